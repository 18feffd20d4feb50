/**
 * The sentence around a span, for a reader checking a figure in a
 * spreadsheet. A boundary is a line break or `.`, `!`, `?`, `;`, `…` followed
 * by a space; the dot inside `2.315.414.600` or `TP.HCM` is none.
 */
const MAX_REACH = 400;
const BOUNDARY = /[.!?;…]\s|\n/gu;

export function sentenceAround(text: string, start: number, end: number): string {
  const windowStart = Math.max(0, start - MAX_REACH);
  let from = windowStart;
  BOUNDARY.lastIndex = windowStart;
  for (let m = BOUNDARY.exec(text); m && m.index < start; m = BOUNDARY.exec(text)) from = m.index + m[0].length;
  BOUNDARY.lastIndex = end;
  const next = BOUNDARY.exec(text);
  const to = next && next.index < end + MAX_REACH ? next.index + (next[0] === "\n" ? 0 : 1) : Math.min(text.length, end + MAX_REACH);
  return text.slice(from, to).trim();
}
