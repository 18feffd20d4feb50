/**
 * The sentence around a span, for a reader checking a figure in a
 * spreadsheet. A boundary is a line break or `.`, `!`, `?`, `;`, `…` followed
 * by a space; the dot inside `2.315.414.600` or `TP.HCM` is none.
 */
const MAX_REACH = 400;
const BOUNDARY = /[.!?;…]\s|\n/gu;

export function sentenceAround(text: string, start: number, end: number): string {
  // Both searches run on bounded windows: a search from `end` over the whole
  // text costs the rest of the text for every figure on a page with no
  // boundary (`1% 1% 1% …` on one line), which is quadratic.
  const windowStart = Math.max(0, start - MAX_REACH);
  const before = text.slice(windowStart, start + 1);
  let from = windowStart;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(before); m && windowStart + m.index < start; m = BOUNDARY.exec(before)) from = windowStart + m.index + m[0].length;
  BOUNDARY.lastIndex = 0;
  const next = BOUNDARY.exec(text.slice(end, end + MAX_REACH + 1));
  const to = next && next.index < MAX_REACH ? end + next.index + (next[0] === "\n" ? 0 : 1) : Math.min(text.length, end + MAX_REACH);
  return text.slice(from, to).trim();
}
