/**
 * What kind of character stands at a position, from a table instead of a
 * `u` pattern. V8 runs `/[\p{L}\p{M}\p{N}]+/gu` at about 55 Mchar/s; a table
 * lookup per code unit is many times faster, and tokenising every report is
 * on the hot path. Each code unit's entry is asked of the engine's own
 * `\p{L}`, `\p{M}` and `\p{N}` the first time the unit is met, so the table
 * answers exactly what those classes answer. Filling all 65,536 entries up
 * front cost 5–6 ms of every start, for a report that holds a few hundred
 * distinct characters.
 */

export const LETTER_OR_MARK = 1;
export const NUMBER = 2;
/**
 * Every code unit of the Basic Multilingual Plane in order, surrogates as
 * spaces: a string to read a class's ranges off with one global pattern.
 */
export function basicPlane(): string {
  const units = new Uint16Array(0x10000);
  for (let unit = 0; unit <= 0xffff; unit++) units[unit] = unit >= 0xd800 && unit <= 0xdfff ? 0x20 : unit;
  return new TextDecoder("utf-16le").decode(units);
}

/** A table entry not asked yet. */
const UNKNOWN = 255;

const BMP_KINDS = new Uint8Array(0x10000).fill(UNKNOWN);
const LETTER_OR_MARK_CHAR = /^[\p{L}\p{M}]$/u;
const NUMBER_CHAR = /^\p{N}$/u;

function kindOf(char: string): number {
  return LETTER_OR_MARK_CHAR.test(char) ? LETTER_OR_MARK : NUMBER_CHAR.test(char) ? NUMBER : 0;
}

/** A code unit's kind, asked of the engine and kept. A lone surrogate is no letter. */
function learn(unit: number): number {
  const kind = unit >= 0xd800 && unit <= 0xdfff ? 0 : kindOf(String.fromCharCode(unit));
  BMP_KINDS[unit] = kind;
  return kind;
}

/** The kind of a code unit of the Basic Multilingual Plane outside the surrogates: LETTER_OR_MARK, NUMBER or 0. */
export function unitKind(unit: number): number {
  const kind = BMP_KINDS[unit]!;
  return kind === UNKNOWN ? learn(unit) : kind;
}

/**
 * The kind of the character at `i` (LETTER_OR_MARK, NUMBER or 0) in the low
 * bits, and its width in code units (1, or 2 for a surrogate pair) from bit 2 on.
 */
export function charAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff) {
    const kind = BMP_KINDS[unit]!;
    return (kind === UNKNOWN ? learn(unit) : kind) | 4;
  }
  const next = text.charCodeAt(i + 1);
  if (!(next >= 0xdc00 && next <= 0xdfff)) return 4;
  return kindOf(text.slice(i, i + 2)) | 8;
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
