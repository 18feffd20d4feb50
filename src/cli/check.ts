/**
 * extract … --check <dir> [--update]: compare each extracted record with its
 * expected record `<dir>/<id>.json` (written by `--update`, never by hand), so
 * CI fails when extraction changes.
 *
 * What the comparison ignores, because it does not describe the extraction:
 *   - key order (fields are compared by name),
 *   - `source` (the input path as given: absolute on one machine, relative on another),
 *   - `text` (present only with --include-text; `sha256` of the same text is compared instead),
 *   - run timing (records carry none).
 * Everything else is compared: metadata, every figure, reference and person field.
 *
 * Findings are matched by identity before their fields are compared (a figure
 * by start/end/kind, then by start/end alone), so a changed value reads as one
 * "changed" line, not as an addition plus a removal.
 *
 * Outside CI, a document with no expected file gets one written (reported as
 * new, to review and commit); with CI=true that is a difference, and --update
 * is refused.
 */
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import type { DocumentRecord, Failure } from "../schema.js";
import { documentId } from "../pipeline/read.js";
import { fileTarget } from "../writers/target.js";
import type { Sink } from "./sinks.js";

/** Fields of a record that do not take part in the comparison, and are not written to expected files. */
export const IGNORED_FIELDS: readonly string[] = ["source", "text"];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export type Section = "figures" | "references" | "people" | "metadata";
export type Change = "added" | "removed" | "changed";

export interface Difference {
  section: Section;
  change: Change;
  /** one readable line, without indentation */
  line: string;
}

/** `CI=true` (and any other non-empty value but `0`/`false`) means we run in CI. */
export function isCi(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = (env.CI ?? "").trim().toLowerCase();
  return value !== "" && value !== "0" && value !== "false";
}

/** The expected file's content for a record: its fields in record order, minus the ignored ones. */
export function expectedFileContent(record: DocumentRecord): string {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (!IGNORED_FIELDS.includes(key) && value !== undefined) kept[key] = value;
  return JSON.stringify(kept, null, 2) + "\n";
}

// ---------- comparing two records ----------

const FINDING_SECTIONS = ["figures", "references", "people"] as const;
type FindingSection = (typeof FINDING_SECTIONS)[number];

/**
 * Identity keys for each kind of finding, tried in order: the first pass
 * pairs findings whose first key agrees, the next pass pairs what is left by
 * the next key, and so on. What stays unpaired is added or removed.
 */
const IDENTITY: Record<FindingSection, ((f: JsonObject) => string)[]> = {
  figures: [(f) => key(f.start, f.end, f.kind), (f) => key(f.start, f.end)],
  references: [(f) => key(f.start, f.end, f.type), (f) => key(f.type, f.number, f.issuer, f.code), (f) => key(f.type, f.number)],
  people: [(f) => key(f.start, f.end), (f) => key(f.name, f.role), (f) => key(f.name)],
};

function key(...parts: (Json | undefined)[]): string {
  return JSON.stringify(parts.map((p) => p ?? null));
}

/** The same JSON with object keys sorted, so key order never makes two values differ. */
function canonical(value: Json | undefined): string {
  return JSON.stringify(sortKeys(value ?? null));
}
function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    const out: JsonObject = {};
    for (const k of Object.keys(value).sort()) {
      const v = value[k];
      if (v !== undefined) out[k] = sortKeys(v);
    }
    return out;
  }
  return value;
}

function isObject(value: Json | undefined): value is JsonObject {
  return value !== null && value !== undefined && typeof value === "object" && !Array.isArray(value);
}

function asFindings(value: Json | undefined): JsonObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** Pair expected with actual findings by identity; the rest is removed (expected only) or added (actual only). */
function pairFindings(section: FindingSection, expected: JsonObject[], actual: JsonObject[]) {
  const pairs: [JsonObject, JsonObject][] = [];
  let restExpected = expected;
  let restActual = actual;
  for (const identity of IDENTITY[section]) {
    const waiting = new Map<string, JsonObject[]>();
    for (const f of restActual) {
      const k = identity(f);
      const list = waiting.get(k);
      if (list) list.push(f);
      else waiting.set(k, [f]);
    }
    const unpaired: JsonObject[] = [];
    for (const e of restExpected) {
      const match = waiting.get(identity(e))?.shift();
      if (match) pairs.push([e, match]);
      else unpaired.push(e);
    }
    restExpected = unpaired;
    const paired = new Set(pairs.map(([, a]) => a));
    restActual = restActual.filter((a) => !paired.has(a));
  }
  return { pairs, removed: restExpected, added: restActual };
}

const MAX_SHOWN = 80;

/** A value as a reader wants to see it in a diff: strings quoted, long ones cut, spans as ranges. */
function show(value: Json | undefined, field = ""): string {
  if (value === undefined) return "(absent)";
  if (field === "mentions" && Array.isArray(value)) {
    return "[" + value.map((m) => (isObject(m) ? `${String(m.start)}–${String(m.end)}` : canonical(m))).join(", ") + "]";
  }
  const text = typeof value === "string" ? JSON.stringify(value) : canonical(value);
  return text.length > MAX_SHOWN ? text.slice(0, MAX_SHOWN - 1) + "…" : text;
}

function quoted(text: Json | undefined): string {
  const s = typeof text === "string" ? text : canonical(text);
  return `«${s.length > MAX_SHOWN ? s.slice(0, MAX_SHOWN - 1) + "…" : s}»`;
}

/** How a finding is named in a diff line: what it is, its text, and where it stands. */
function describe(section: FindingSection, f: JsonObject): string {
  const at = `at ${String(f.start)}–${String(f.end)}`;
  if (section === "figures") return `figure ${String(f.kind)} ${quoted(f.text)} ${at}`;
  if (section === "references") return `reference ${String(f.type)} ${String(f.number)} ${quoted(f.text)} ${at}`;
  return `person ${quoted(f.name)} ${at}`;
}

/** The fields worth reading for an added or removed finding. */
const SUMMARY_FIELDS: Record<FindingSection, string[]> = {
  figures: ["value", "unit", "qualifier", "of", "to", "per"],
  references: ["code", "issuer", "term", "date"],
  people: ["role"],
};

/** An added or removed finding: what it is, then its set fields (`person «Lê Văn A» at 3–11`, with no role, ends there). */
function withSummary(section: FindingSection, f: JsonObject): string {
  const fields = SUMMARY_FIELDS[section]
    .filter((field) => f[field] !== null && f[field] !== undefined)
    .map((field) => `${field} ${show(f[field], field)}`);
  return fields.length > 0 ? `${describe(section, f)}: ${fields.join(", ")}` : describe(section, f);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function changedFields(expected: JsonObject, actual: JsonObject): string[] {
  const fields = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
  return fields
    .filter((field) => canonical(expected[field]) !== canonical(actual[field]))
    .map((field) => `${field} ${show(expected[field], field)} → ${show(actual[field], field)}`);
}

/** Every difference between an expected and an actual record, findings in text order. */
export function compareRecords(expected: unknown, actual: unknown): Difference[] {
  const e = (isObject(expected as Json) ? expected : {}) as JsonObject;
  const a = (isObject(actual as Json) ? actual : {}) as JsonObject;
  const differences: Difference[] = [];

  const metadataFields = [...new Set([...Object.keys(e), ...Object.keys(a)])].filter(
    (field) => !IGNORED_FIELDS.includes(field) && !(FINDING_SECTIONS as readonly string[]).includes(field),
  );
  for (const field of metadataFields) {
    if (canonical(e[field]) === canonical(a[field])) continue;
    const change: Change = e[field] === undefined ? "added" : a[field] === undefined ? "removed" : "changed";
    differences.push({ section: "metadata", change, line: `${field}: ${show(e[field], field)} → ${show(a[field], field)}` });
  }

  for (const section of FINDING_SECTIONS) {
    const { pairs, removed, added } = pairFindings(section, asFindings(e[section]), asFindings(a[section]));
    const lines: { at: number; difference: Difference }[] = [];
    const position = (f: JsonObject) => (typeof f.start === "number" ? f.start : 0);
    for (const [before, after] of pairs) {
      const fields = changedFields(before, after);
      if (fields.length > 0) lines.push({ at: position(after), difference: { section, change: "changed", line: `${describe(section, before)}: ${fields.join(", ")}` } });
    }
    for (const f of removed) lines.push({ at: position(f), difference: { section, change: "removed", line: withSummary(section, f) } });
    for (const f of added) lines.push({ at: position(f), difference: { section, change: "added", line: withSummary(section, f) } });
    lines.sort((x, y) => x.at - y.at);
    differences.push(...lines.map((l) => l.difference));
  }
  return differences;
}

const SIGN: Record<Change, string> = { added: "+", removed: "-", changed: "~" };

/** One document's differences as the lines printed on stderr. */
export function formatDifferences(id: string, differences: Difference[]): string {
  const lines = [`${id}: ${plural(differences.length, "difference")} (${countWords(differences)})`];
  for (const d of differences) lines.push(`  ${SIGN[d.change]} ${d.section === "metadata" ? "metadata " : ""}${d.change} ${d.line}`);
  return lines.join("\n") + "\n";
}

function countWords(differences: Difference[]): string {
  const sections: Section[] = ["figures", "references", "people", "metadata"];
  const parts: string[] = [];
  for (const section of sections) {
    const inSection = differences.filter((d) => d.section === section);
    if (inSection.length === 0) continue;
    const changes = (["added", "removed", "changed"] as Change[])
      .map((change) => [change, inSection.filter((d) => d.change === change).length] as const)
      .filter(([, n]) => n > 0)
      .map(([change, n]) => `${n} ${change}`);
    parts.push(`${section}: ${changes.join(", ")}`);
  }
  return parts.join("; ");
}

// ---------- the run: records in, verdict out ----------

export interface CheckOptions {
  /** rewrite the expected files instead of comparing */
  update: boolean;
  /** running in CI: --update is refused and a missing expected file is a difference */
  ci: boolean;
  /** where the lines go (stderr in the CLI) */
  log: (text: string) => void;
}

export interface CheckOutcome {
  /** true when every document agrees with its expected file (or, with --update, when the files were written) */
  ok: boolean;
}

export class CheckUsageError extends Error {}

/** Compares (or with `update`, writes) one expected file per record fed to it. */
export class Checker {
  private readonly seen = new Set<string>();
  private readonly failed = new Map<string, Failure>();
  private differing = 0;
  private written = 0;
  private updated = 0;
  private errors = 0;
  private readonly totals: Difference[] = [];

  constructor(
    private readonly dir: string,
    private readonly options: CheckOptions,
  ) {
    if (options.update && options.ci) throw new CheckUsageError("--update is refused when CI is set: expected files are written locally, reviewed, and committed");
  }

  private path(id: string): string {
    return join(this.dir, `${id}.json`);
  }

  /** An input that could not be extracted: its expected file, if any, is not met. */
  fail(failure: Failure): void {
    this.failed.set(documentId(failure.source), failure);
  }

  async write(record: DocumentRecord): Promise<void> {
    if (this.seen.has(record.id)) {
      this.errors++;
      this.options.log(`${record.id}: two inputs share this id (${record.source}); expected files are named by id, so rename one\n`);
      return;
    }
    this.seen.add(record.id);
    const content = expectedFileContent(record);
    const path = this.path(record.id);
    let existing: string | null = null;
    try {
      existing = await readFile(path, "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }

    if (existing === null) {
      if (this.options.ci && !this.options.update) {
        this.errors++;
        this.options.log(`${record.id}: no expected file ${path} (CI is set, so it is not written: run --update locally, review, commit)\n`);
        return;
      }
      await writeAtomically(path, content);
      this.written++;
      this.options.log(`${record.id}: new expected file ${path} written; review and commit it\n`);
      return;
    }

    let expected: unknown;
    try {
      expected = JSON.parse(existing);
    } catch (e) {
      if (this.options.update) {
        await writeAtomically(path, content);
        this.updated++;
        this.options.log(`${record.id}: ${path} was not valid JSON; rewritten\n`);
        return;
      }
      this.errors++;
      this.options.log(`${record.id}: cannot read expected file ${path}: ${(e as Error).message}\n`);
      return;
    }
    const differences = compareRecords(expected, JSON.parse(content));
    if (this.options.update) {
      if (differences.length > 0 || existing !== content) {
        await writeAtomically(path, content);
        this.updated++;
        if (differences.length > 0) this.options.log(formatDifferences(record.id, differences).replace(/^([^\n]*)/u, "$1 → updated"));
      }
      return;
    }
    if (differences.length > 0) {
      this.differing++;
      this.totals.push(...differences);
      this.options.log(formatDifferences(record.id, differences));
    }
  }

  /** Expected files with no document in this run, then the count line. */
  async finish(): Promise<CheckOutcome> {
    const stale: string[] = [];
    let names: string[] = [];
    try {
      names = (await readdir(this.dir)).filter((n) => n.endsWith(".json")).sort();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
    for (const name of names) {
      const id = name.slice(0, -".json".length);
      if (this.seen.has(id)) continue;
      const failure = this.failed.get(id);
      if (failure) {
        this.errors++;
        this.options.log(`${id}: expected, but the input failed: ${failure.status}: ${failure.message}\n`);
        continue;
      }
      stale.push(id);
    }
    if (this.options.update) {
      for (const id of stale) {
        await rm(this.path(id), { force: true });
        this.options.log(`${id}: no such input any more; ${this.path(id)} removed\n`);
      }
      const unchanged = this.seen.size - this.written - this.updated;
      this.options.log(
        `check: ${this.seen.size} documents: ${this.written} new, ${this.updated} updated, ${unchanged} unchanged, ${stale.length} removed → ${this.dir}\n`,
      );
      return { ok: this.errors === 0 };
    }
    for (const id of stale) this.options.log(`${id}: expected file ${this.path(id)} has no input document (removed input? run --update)\n`);
    const problems = this.differing + this.errors + stale.length;
    const detail = countWords(this.totals);
    const line =
      problems === 0
        ? `check: ${this.seen.size} documents agree with ${this.dir}${this.written > 0 ? ` (${this.written} new expected files written)` : ""}\n`
        : `check: ${this.differing} of ${this.seen.size} documents differ from ${this.dir}` +
          (detail ? ` (${detail})` : "") +
          (this.errors > 0 ? `, ${plural(this.errors, "error")}` : "") +
          (stale.length > 0 ? `, ${plural(stale.length, "expected file")} without input` : "") +
          "\n";
    this.options.log(line);
    return { ok: problems === 0 };
  }
}

/** The checker as the CLI runs it: lines on stderr, CI from the environment. */
export function checkSink(dir: string, options: { update: boolean }): Sink {
  const checker = new Checker(dir, { update: options.update, ci: isCi(), log: (text) => process.stderr.write(text) });
  return {
    write: (record) => checker.write(record),
    fail: (failure) => checker.fail(failure),
    close: async () => (await checker.finish()).ok,
    // expected files are each written atomically as they come: nothing is half-written to remove
    abort: async () => {},
    done: options.update ? `expected records in ${dir}` : `checked against ${dir}`,
  };
}

async function writeAtomically(path: string, content: string): Promise<void> {
  const target = await fileTarget(path);
  try {
    await target.write(content);
    await target.close();
  } catch (e) {
    await target.abort();
    throw e;
  }
}
