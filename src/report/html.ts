/**
 * extract … --report out/report.html: one self-contained page for a reviewer.
 * On top a summary (documents, figures by kind with a colour legend that is
 * also the filter, references, people, failures) and a table of contents;
 * below, one collapsed section per document: its metadata, its text with
 * every finding highlighted in place (see highlight.ts), and tables whose
 * rows jump to the highlights.
 *
 * Streamed: each document's section is written to a scratch file beside the
 * report as its record arrives, and its text is then dropped; only a line of
 * counts per document stays in memory for the summary, which is known at the
 * end and goes on top. The page is assembled into a temporary file and
 * renamed, like every output.
 *
 * Nothing from the input reaches the page unescaped, and a Content-Security-
 * Policy allows only the page's own style and script (by hash) and no
 * network at all, so even a slip in escaping could not run a script.
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import type { Sink } from "../cli/sinks.js";
import type { DocumentRecord, Failure } from "../schema.js";
import { fileTarget, scratchFile } from "../writers/target.js";
import { KIND_COLOURS, SCRIPT, STYLE } from "./assets.js";
import { escapeHtml, highlightsOf, markText, showNumber } from "./highlight.js";

/** What the summary keeps of a document once its section is written. */
export interface DocumentEntry {
  anchor: string;
  id: string;
  title: string | null;
  published: string | null;
  /** highlights by kind: figure kinds, `reference` (mentions), `person` */
  byKind: Record<string, number>;
  figures: number;
  references: number;
}

const KINDS = Object.keys(KIND_COLOURS);

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
const people = (n: number) => (n === 1 ? "1 person" : `${n} people`);

function swatch(kind: string): string {
  return `<span class="swatch" data-kind="${escapeHtml(kind)}"></span>`;
}

interface Row {
  kind: string;
  /** cells as HTML, escaped by the caller */
  cells: string[];
}

function table(caption: string, headers: string[], rows: Row[]): string {
  if (rows.length === 0) return "";
  const head = headers.map((h) => `<th>${escapeHtml(h)}</th>`).join("");
  const body = rows.map((r) => `<tr data-kind="${escapeHtml(r.kind)}">${r.cells.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("\n");
  return `<table class="findings"><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>\n`;
}

const link = (id: string, html: string) => `<a href="#${escapeHtml(id)}">${html}</a>`;
const orBlank = (value: string | null) => (value === null ? "" : escapeHtml(value));
/** The date, and the time of day when the stamp gives it: `2024-06-10 06:03`. */
const showDate = (r: Pick<DocumentRecord, "published" | "publishedTime">) => (r.published === null ? null : [r.published, r.publishedTime].filter(Boolean).join(" "));

function figureTable(record: DocumentRecord, anchor: string): string {
  const rows = record.figures.map((f, i): Row => {
    const id = `${anchor}-fig-${i}`;
    const extra = [f.of !== null && `of ${showNumber(f.of)}`, f.to !== null && `to ${showNumber(f.to)}`, f.per && `per ${f.per}`].filter(Boolean).join(", ");
    return {
      kind: f.kind,
      cells: [link(id, String(i + 1)), `${swatch(f.kind)} ${escapeHtml(f.kind)}`, link(id, escapeHtml(f.text)), `<span class="n">${escapeHtml(showNumber(f.value))}</span>`, escapeHtml(f.unit), orBlank(f.qualifier), escapeHtml(extra)],
    };
  });
  return table("Figures", ["#", "kind", "text", "value", "unit", "qualifier", "of / to / per"], rows);
}

function referenceTable(record: DocumentRecord, anchor: string): string {
  const rows = record.references.map((r, j): Row => ({
    kind: "reference",
    cells: [
      link(`${anchor}-ref-${j}-0`, String(j + 1)),
      escapeHtml(`${r.type} ${r.number}`),
      link(`${anchor}-ref-${j}-0`, escapeHtml(r.text)),
      orBlank(r.code),
      orBlank(r.issuer),
      orBlank(r.term),
      orBlank(r.date),
      r.mentions.map((_, k) => link(`${anchor}-ref-${j}-${k}`, String(k + 1))).join(" "),
    ],
  }));
  return table("References", ["#", "document", "first mention", "code", "issuer", "term", "date", "mentions"], rows);
}

function peopleTable(record: DocumentRecord, anchor: string): string {
  const rows = record.people.map((p, i): Row => ({
    kind: "person",
    cells: [link(`${anchor}-per-${i}`, String(i + 1)), link(`${anchor}-per-${i}`, escapeHtml(p.name)), orBlank(p.role)],
  }));
  return table("People", ["#", "name", "role"], rows);
}

function metadataList(record: DocumentRecord): string {
  const items: [string, string | null][] = [
    ["title", record.title],
    ["published", showDate(record)],
    ["author", record.author],
    ["site", record.site],
    ["file", record.id],
    ["encoding", record.encoding],
    ...record.warnings.map((w): [string, string] => ["warning", w]),
  ];
  return `<dl class="meta">${items.map(([k, v]) => `<dt>${k}</dt><dd>${v === null ? "—" : escapeHtml(v)}</dd>`).join("")}</dl>\n`;
}

/** One document's section of the page, and what the summary keeps of it. `text` must be in the record. */
export function renderDocument(record: DocumentRecord, index: number): { html: string; entry: DocumentEntry } {
  if (record.text === undefined) throw new Error(`record ${record.id} has no text: the report needs extraction with includeText`);
  const anchor = `d${index}`;
  const highlights = highlightsOf(record, anchor);
  const byKind: Record<string, number> = {};
  for (const h of highlights) byKind[h.kind] = (byKind[h.kind] ?? 0) + 1;
  const entry: DocumentEntry = { anchor, id: record.id, title: record.title, published: showDate(record), byKind, figures: record.figures.length, references: record.references.length };
  const meta = [showDate(record), record.author, countsLine(entry, record.people.length)].filter(Boolean).map((s) => escapeHtml(s!)).join(" · ");
  const html =
    `<details class="doc" id="${anchor}">\n<summary><h2>${escapeHtml(record.title ?? record.id)}</h2> <span class="doc-meta">${meta}</span></summary>\n` +
    metadataList(record) +
    figureTable(record, anchor) +
    `<div class="text" lang="vi">${markText(record.text, highlights)}</div>\n` +
    referenceTable(record, anchor) +
    peopleTable(record, anchor) +
    `</details>\n`;
  return { html, entry };
}

function countsLine(entry: DocumentEntry, persons: number): string {
  return [count(entry.figures, "figure"), count(entry.references, "reference"), people(persons)].join(", ");
}

/** Everything above the documents: head, summary with the filter, table of contents. */
export function renderTop(entries: readonly DocumentEntry[], failures: readonly Failure[]): string {
  const totals: Record<string, number> = {};
  for (const e of entries) for (const [kind, n] of Object.entries(e.byKind)) totals[kind] = (totals[kind] ?? 0) + n;
  const figures = entries.reduce((n, e) => n + e.figures, 0);
  const references = entries.reduce((n, e) => n + e.references, 0);
  const kindRows = KINDS.map((kind) => {
    const label = kind === "reference" ? "reference (mentions)" : kind;
    return `<tr><td><input type="checkbox" id="show-${kind}" checked></td><td><label for="show-${kind}">${swatch(kind)} ${label}</label></td><td class="n">${totals[kind] ?? 0}</td></tr>`;
  }).join("\n");
  const failureList =
    failures.length === 0
      ? ""
      : `<h2>Failures</h2>\n<ul class="failures">${failures.map((f) => `<li>${escapeHtml(`${f.source}: ${f.status}: ${f.message.split("\n")[0]}`)}</li>`).join("\n")}</ul>\n`;
  const toc = entries
    .map((e) => {
      const counts = [e.published, count(e.figures, "figure"), e.references > 0 ? count(e.references, "reference") : null].filter(Boolean).join(" · ");
      return `<li>${link(e.anchor, escapeHtml(e.title ?? e.id))} <span class="counts">${escapeHtml(counts)}</span></li>`;
    })
    .join("\n");
  return (
    `<!doctype html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src '${hash(STYLE)}'; script-src '${hash(SCRIPT)}'">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="solieu">\n` +
    `<title>solieu report: ${count(entries.length, "document")}, ${count(figures, "figure")}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n` +
    `<header class="summary">\n<h1>Figures found in ${count(entries.length, "document")}</h1>\n` +
    `<p class="totals">${count(entries.length, "document")} · ${count(figures, "figure")} · ${count(references, "reference")} (${count(totals.reference ?? 0, "mention")}) · ${people(totals.person ?? 0)} · ${count(failures.length, "failure")}</p>\n` +
    `<table class="kinds"><thead><tr><th>show</th><th>kind</th><th>found</th></tr></thead><tbody>\n${kindRows}\n</tbody></table>\n` +
    failureList +
    `<nav>\n<h2>Documents</h2>\n<p class="controls"><button type="button" data-open="all">open all</button><button type="button" data-open="none">close all</button></p>\n<ol class="toc">\n${toc}\n</ol>\n</nav>\n</header>\n<main>\n`
  );
}

export function renderBottom(): string {
  return `</main>\n<script>${SCRIPT}</script>\n</body>\n</html>\n`;
}

function hash(source: string): string {
  return `sha256-${createHash("sha256").update(source, "utf8").digest("base64")}`;
}

/** The report as the CLI runs it: sections to a scratch file as records come, the page assembled at the end. */
export async function reportSink(path: string): Promise<Sink> {
  const scratch = await scratchFile(path);
  const entries: DocumentEntry[] = [];
  const failures: Failure[] = [];
  return {
    async write(record) {
      const { html, entry } = renderDocument(record, entries.length + 1);
      entries.push(entry);
      await scratch.write(html);
    },
    fail(failure) {
      failures.push(failure);
    },
    async close() {
      await scratch.finish();
      const target = await fileTarget(path);
      try {
        await target.write(renderTop(entries, failures));
        for await (const chunk of createReadStream(scratch.path, { encoding: "utf8" })) await target.write(chunk as string);
        await target.write(renderBottom());
        await target.close();
      } catch (e) {
        await target.abort();
        throw e;
      } finally {
        await scratch.remove();
      }
      return true;
    },
    abort: () => scratch.remove(),
    done: `report ${path}`,
  };
}
