/**
 * Find numerals: digit runs (`2.315.414.600`, `98,5`, `07`) and number words
 * (`hai`, `mười hai`), each with its scale word (`250 tỷ`, `1,5 nghìn tỷ`).
 * Positions only; whether a numeral is a figure is decided later.
 */
import type { PreparedDocument } from "../../pipeline/document.js";
import { AFTER_HUNDRED, DIGITS, NOT_LETTER_AHEAD, NOT_LETTER_BEHIND, NUMBER_WORDS, parseAfterHundred, parseDigits, parseNumberWords, SCALE, scaleValue, UNIT_WORDS } from "../../lexicon/numbers.js";
import { DIGIT_STARTS, scan, type ScanRule } from "../scan.js";
import { GAP } from "./unit-match.js";

export interface Numeral {
  start: number;
  /** end of the numeral including its scale word */
  end: number;
  /** end of the digits or number words, before any scale word */
  numberEnd: number;
  /** value with the scale applied */
  value: number;
  /** 1 when no scale word followed */
  scale: number;
  /** written with digits (true) or words (false) */
  digits: boolean;
  /** digits with no separator (`2023`, `07`), which can be a year or a label */
  plainInteger: boolean;
  /** the numeral as written, folded */
  written: string;
}

// A letter-hyphen right before digits marks a name: `Covid-19`, `QL3-QL4`.
const NUMERAL_SOURCE = `(?<![\\p{L}\\p{M}]-)(${DIGITS})|${NOT_LETTER_BEHIND}(${NUMBER_WORDS})${NOT_LETTER_AHEAD}`;
const SCALE_AFTER = new RegExp(`${GAP}?(${SCALE})`, "uy");
/** The smaller part of a compound amount: `12 tỷ 500 triệu đồng`, `3 triệu 200 nghìn đồng`. */
const SMALLER_PART = new RegExp(`${GAP}(\\d{1,3})${GAP}?(${SCALE})`, "uy");
const NUMERAL_AT = new RegExp(NUMERAL_SOURCE, "uy");
/** The rest of a number in words after `trăm`: `(một trăm) hai mươi`, `(hai trăm) linh năm`. */
const HUNDRED_REST = new RegExp(`${GAP}(${AFTER_HUNDRED})${NOT_LETTER_AHEAD}`, "uy");
const ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Where a numeral can start: a digit or a number word's first word (numeral.test.ts checks this against the unanchored rule). */
export const NUMERAL_SCAN: ScanRule = {
  starts: [
    // digits refuse a letter or a digit before them (DIGITS), number words a letter (NOT_LETTER_BEHIND)
    { pattern: DIGIT_STARTS, notAfter: ASCII_LETTERS + "0123456789" },
    { pattern: new RegExp([...Object.keys(UNIT_WORDS), "mười"].join("|"), "g"), notAfter: ASCII_LETTERS },
  ],
  rule: NUMERAL_AT,
};

function toNumeral(folded: string, m: RegExpExecArray): Numeral | null {
  const written = m[0];
  const digits = m[1] !== undefined;
  const base = digits ? parseDigits(written) : parseNumberWords(written);
  if (base === null || !Number.isFinite(base)) return null;
  const numberEnd = m.index + written.length;
  SCALE_AFTER.lastIndex = numberEnd;
  const s = SCALE_AFTER.exec(folded);
  const scale = s ? scaleValue(s[1]!) : 1;
  let end = s ? numberEnd + s[0].length : numberEnd;
  let value = base * scale;
  if (!digits && scale === 100) {
    HUNDRED_REST.lastIndex = end;
    const rest = HUNDRED_REST.exec(folded);
    const restValue = rest ? parseAfterHundred(rest[1]!) : null;
    if (rest && restValue !== null) {
      value += restValue;
      end += rest[0].length;
    }
  }
  // `12 tỉ 500 triệu đồng` is one amount, 12.5e9: each further part has a smaller scale.
  for (let last = scale; last > 1; ) {
    SMALLER_PART.lastIndex = end;
    const part = SMALLER_PART.exec(folded);
    const partScale = part ? scaleValue(part[2]!) : 1;
    if (!part || partScale >= last || Number(part[1]) * partScale >= last) break;
    value += Number(part[1]) * partScale;
    end += part[0].length;
    last = partScale;
  }
  return {
    start: m.index,
    end,
    numberEnd,
    value: roundFloat(value),
    scale,
    digits,
    plainInteger: digits && /^\d+$/u.test(written),
    written,
  };
}

/** Every numeral starting in [from, to), left to right. Each call has its own scan state. */
export function* findNumerals(doc: PreparedDocument, from: number, to: number): Generator<Numeral> {
  for (const m of scan(doc.folded, NUMERAL_SCAN, from, to)) {
    const numeral = toNumeral(doc.folded, m);
    if (numeral) yield numeral;
  }
}

/** The numeral starting exactly at `at`, if any (the second number of `13/10` or `10-12`). */
export function numeralAt(doc: PreparedDocument, at: number): Numeral | null {
  NUMERAL_AT.lastIndex = at;
  const m = NUMERAL_AT.exec(doc.folded);
  return m ? toNumeral(doc.folded, m) : null;
}

/** 6,5 × 1e9 is 6500000000.000001 in floating point; people wrote 6500000000. */
export function roundFloat(x: number): number {
  // most figures are whole numbers of at most 12 digits, which rounding to 12 significant digits leaves as they are
  if (Number.isInteger(x) && Math.abs(x) < 1e12) return x;
  return Number.parseFloat(x.toPrecision(12));
}
