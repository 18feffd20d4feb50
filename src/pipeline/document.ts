/**
 * The shapes that flow between pipeline stages. Every offset is a half-open
 * [start, end) range of UTF-16 code units into `PreparedDocument.text`.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Line extends Span {
  /** the line's index among all lines of the text */
  index: number;
  /** the line as written, without the newline */
  raw: string;
}

/** Where the article is, and what around it is page furniture. */
export interface Layout {
  lines: Line[];
  /** the headline line, or null when the text starts with the lead paragraph */
  title: Line | null;
  /** short lines between title and body that carry the publication date or a dateline */
  header: Line[];
  /** the article: title excluded, from the first body line to the last one before furniture */
  body: Span;
  /** the end-of-article lines (bylines, `Theo …`, `Tác giả: …`) kept for metadata, not for figures */
  trailer: Line[];
  /** furniture inside the body: a related-news box set between paragraphs (`Tin liên quan` and its headlines); no figures, people or references */
  insets: Span[];
}

/** A decoded, normalised text and everything every extractor needs to read it. */
export interface PreparedDocument {
  id: string;
  source: string;
  /** the normalised text; every output offset points into it */
  text: string;
  /** same length as `text`: lower case, new-style tone placement, for matching */
  folded: string;
  layout: Layout;
}

/** Whether [start, end) overlaps any span of a sorted, non-overlapping list. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo];
  return s !== undefined && s.start < end;
}

/** Sort spans and merge overlapping ones, so `overlapsAny` can binary-search them. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}
