/**
 * What kind of character stands at a position, from a table instead of a
 * `u` pattern. V8 runs `/[\p{L}\p{M}\p{N}]+/gu` at about 55 Mchar/s; a table
 * lookup per code unit is many times faster, and tokenising every report is
 * on the hot path. The table is read off the engine's own Unicode data once,
 * so it answers exactly what `\p{L}`, `\p{M}` and `\p{N}` answer.
 */

export const LETTER_OR_MARK = 1;
export const NUMBER = 2;

/** Every code unit of the Basic Multilingual Plane in order, surrogates as spaces: the string the tables are read off. */
function basicPlane(): string {
  const units = new Uint16Array(0x10000);
  for (let unit = 0; unit <= 0xffff; unit++) units[unit] = unit >= 0xd800 && unit <= 0xdfff ? 0x20 : unit;
  return new TextDecoder("utf-16le").decode(units);
}

/** Mark with `kind` every code unit of `plane` in a run `pattern` (`…+`, global, `u`) matches: runs, not characters, so few matches. */
function markRuns(kinds: Uint8Array, plane: string, pattern: RegExp, kind: number): void {
  for (const m of plane.matchAll(pattern)) kinds.fill(kind, m.index, m.index + m[0].length);
}

const BMP_KINDS = (() => {
  const kinds = new Uint8Array(0x10000);
  const plane = basicPlane();
  markRuns(kinds, plane, /[\p{L}\p{M}]+/gu, LETTER_OR_MARK);
  markRuns(kinds, plane, /\p{N}+/gu, NUMBER);
  return kinds;
})();
/** The kind of a code unit of the Basic Multilingual Plane outside the surrogates: LETTER_OR_MARK, NUMBER or 0. */
export function unitKind(unit: number): number {
  return BMP_KINDS[unit]!;
}
const ASTRAL_LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const ASTRAL_NUMBER = /^\p{N}$/u;

/**
 * The kind of the character at `i` (LETTER_OR_MARK, NUMBER or 0) in the low
 * bits, and its width in code units (1, or 2 for a surrogate pair) from bit 2 on.
 */
export function charAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff) return BMP_KINDS[unit]! | 4;
  const next = text.charCodeAt(i + 1);
  if (!(next >= 0xdc00 && next <= 0xdfff)) return 4;
  const pair = text.slice(i, i + 2);
  return (ASTRAL_LETTER_OR_MARK.test(pair) ? LETTER_OR_MARK : ASTRAL_NUMBER.test(pair) ? NUMBER : 0) | 8;
}

/** How many `[\p{L}\p{M}\p{N}]+` runs a string holds. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const c = charAt(text, i);
    const word = (c & 3) !== 0;
    if (word && !inWord) words++;
    inWord = word;
    i += c >> 2;
  }
  return words;
}
