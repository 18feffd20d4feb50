/**
 * The text of a document with every finding marked in place: one highlight
 * per figure, per reference MENTION (a document cited three times is marked
 * three times, each where the reader meets it) and per person. So a page
 * has exactly figures + Σ mentions + people highlights.
 *
 * Findings may overlap across extractors (a person named inside a reference's
 * title, a figure inside a quoted document name); HTML needs a tree, so:
 *   - a finding wholly inside another is nested in it;
 *   - a finding that crosses the end of an enclosing one is cut at that end
 *     (`[0,10)` then `[5,15)` gives the second mark `[5,10)`); its tooltip
 *     and data attributes still describe the whole finding.
 * The order is deterministic: by start, longer first, then reference,
 * person, figure (containers before what they contain).
 */
import type { DocumentRecord } from "../schema.js";

export interface Highlight {
  start: number;
  end: number;
  /** a figure kind, `reference` or `person` */
  kind: string;
  id: string;
  /** what hovering or focusing shows, one fact a line */
  tip: string;
  /** data-* attributes (names without the prefix), null values left out */
  data: Record<string, string | number | null>;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text and attribute values from the input go through here and nowhere else into the page. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ESCAPES[c]!);
}

/**
 * A number as a reviewer reads it: groups of three digits split by a narrow
 * no-break space, decimals after a point, never `.` or `,` as a group mark
 * (Vietnamese `2.315` is two thousand, English 2.315 is two).
 */
export function showNumber(value: number): string {
  const [whole, fraction] = String(value).split(".");
  if (!/^-?\d+$/u.test(whole!)) return String(value); // 1e+21 and the like: as JavaScript writes them
  const grouped = whole!.replace(/\B(?=(\d{3})+$)/gu, "\u202f");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

function lines(parts: (string | false | null | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === "string" && p !== "").join("\n");
}

/** Every highlight of a record, ids prefixed with the document's anchor (`d3-fig-0`, `d3-ref-1-0`, `d3-per-2`). */
export function highlightsOf(record: DocumentRecord, anchor: string): Highlight[] {
  const out: Highlight[] = [];
  record.figures.forEach((f, i) => {
    out.push({
      start: f.start,
      end: f.end,
      kind: f.kind,
      id: `${anchor}-fig-${i}`,
      tip: lines([
        `${f.kind}: ${showNumber(f.value)} ${f.unit}`,
        f.qualifier && `qualifier: ${f.qualifier}`,
        f.of !== null && `of: ${showNumber(f.of)}`,
        f.to !== null && `to: ${showNumber(f.to)}`,
        f.per && `per: ${f.per}`,
        `rule: ${f.rule}`,
      ]),
      data: { value: f.value, unit: f.unit, qualifier: f.qualifier, of: f.of, to: f.to, per: f.per, start: f.start, end: f.end },
    });
  });
  record.references.forEach((r, j) => {
    r.mentions.forEach((m, k) => {
      out.push({
        start: m.start,
        end: m.end,
        kind: "reference",
        id: `${anchor}-ref-${j}-${k}`,
        tip: lines([
          `reference: ${r.type} ${r.number}${r.code ? ` (${r.code})` : ""}`,
          r.issuer && `issuer: ${r.issuer}`,
          r.term && `term: ${r.term}`,
          r.date && `date: ${r.date}`,
          r.mentions.length > 1 && `mention ${k + 1} of ${r.mentions.length}`,
        ]),
        data: { type: r.type, number: r.number, code: r.code, issuer: r.issuer, term: r.term, date: r.date, start: m.start, end: m.end },
      });
    });
  });
  record.people.forEach((p, i) => {
    out.push({
      start: p.start,
      end: p.end,
      kind: "person",
      id: `${anchor}-per-${i}`,
      tip: lines([`person: ${p.name}`, p.role && `role: ${p.role}`]),
      data: { name: p.name, role: p.role, start: p.start, end: p.end },
    });
  });
  return out;
}

const CONTAINER_RANK: Record<string, number> = { reference: 0, person: 1 };
const rank = (h: Highlight) => CONTAINER_RANK[h.kind] ?? 2;

function openTag(h: Highlight): string {
  const data = Object.entries(h.data)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => ` data-${k}="${escapeHtml(String(v))}"`)
    .join("");
  const tip = escapeHtml(h.tip);
  return `<mark class="hl" id="${escapeHtml(h.id)}" data-kind="${escapeHtml(h.kind)}"${data} data-tip="${tip}" title="${tip}" tabindex="0">`;
}

/**
 * The text as HTML, every highlight a <mark> in place. Spans outside the
 * text are clamped to it; an empty one (after clamping) is still written,
 * as an empty mark, so the count of marks is the count of findings.
 */
export function markText(text: string, highlights: readonly Highlight[]): string {
  const sorted = highlights
    .map((h) => ({ h, start: Math.max(0, Math.min(h.start, text.length)), end: Math.max(0, Math.min(h.end, text.length)) }))
    .map((s) => ({ ...s, end: Math.max(s.start, s.end) }))
    .sort((a, b) => a.start - b.start || b.end - a.end || rank(a.h) - rank(b.h) || (a.h.id < b.h.id ? -1 : a.h.id > b.h.id ? 1 : 0));
  let html = "";
  let at = 0;
  const open: number[] = []; // the (clipped) ends of the marks open now, innermost last
  const emitTo = (position: number) => {
    // close every mark that ends at or before position, writing the text in between
    while (open.length > 0 && open[open.length - 1]! <= position) {
      const end = open.pop()!;
      html += escapeHtml(text.slice(at, end)) + "</mark>";
      at = end;
    }
    html += escapeHtml(text.slice(at, position));
    at = position;
  };
  for (const s of sorted) {
    emitTo(s.start);
    const enclosingEnd = open.length > 0 ? open[open.length - 1]! : text.length;
    open.push(Math.min(s.end, enclosingEnd));
    html += openTag(s.h);
  }
  emitTo(text.length);
  return html;
}
