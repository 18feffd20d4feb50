/**
 * Find numerals: digit runs (`2.315.414.600`, `98,5`, `07`) and number words
 * (`hai`, `mười hai`), each with its scale word (`250 tỷ`, `1,5 nghìn tỷ`).
 * Positions only; whether a numeral is a figure is decided later.
 */
import type { PreparedDocument } from "../../pipeline/document.js";
import {
  AFTER_HUNDRED,
  DIGITS,
  NOT_LETTER_AHEAD,
  NOT_LETTER_BEHIND,
  NUMBER_WORDS,
  NUMBER_WORDS_WITH_FIVE,
  parseAfterHundred,
  parseDigits,
  parseNumberWords,
  SCALE,
  scaleValue,
  UNIT_WORDS,
} from "../../lexicon/numbers.js";
import { COUNT_NOUNS, CURRENCIES, MEASURES, MONEY_NOUNS } from "../../lexicon/units.js";
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

/**
 * `năm` is five, not "year", before a scale word (`năm trăm hộ`) or before a
 * counted noun of the lexicon (`năm nhiệm vụ trọng tâm`, `Năm xã đạt chuẩn`),
 * unless a word before it makes it the year: `trong năm xã đã …`, `mỗi năm
 * hộ …`, `cả năm người dân …` (counterexamples). Before `năm` it is five
 * whatever stands before it: `trong năm năm qua` is "in the five years past"
 * (a year cannot be a span of years). `năm tháng` ("years and months") stays unread.
 */
// (not `vào`: `tập trung vào năm nhóm giải pháp` is five; `vào năm 2024`, `vào năm học mới` have no counted noun after)
// (`bình quân năm`, `trung bình năm`: per year, `Tốc độ tăng dân số bình quân năm giai đoạn 2019 - 2024`, `Thu nhập bình
// quân năm hộ gia đình`; a five after them is rarer; the two words, not `dân quân năm xã`, `bà Bình năm người`)
const YEAR_BEFORE = ["trong", "cả", "mỗi", "hằng", "hàng", "bình quân", "trung bình", "từng", "của", "các", "những", "cuối", "đầu", "giữa", "nửa", "này", "qua", "nhiều", "một", "sang", "năm", "trước", "sau", "theo", "suốt", "quanh", "bao", "mấy", "ngày", "tháng", "quý", "là", "chung", "-", "–"];
// not `con` (`năm con Rồng` is the year of the dragon) nor `bản` before `lề` (`năm bản lề`, a pivotal year), nor a noun
// before its label's number and a comma (`Năm lớp 11, em …` is the year of grade 11; `có năm lớp 6 và …` counts five);
// and the measures no year is followed by: `canh tác năm ha lúa`, `dài năm km`, `năm tấn gạo`
const FIVE_MEASURES = ["ha", "héc-ta", "hecta", "tấn", "tạ", "kg", "km", "km2", "m2", "m3", "mét", "lít", "cây số", "sào", "mẫu"];
const FIVE_NOUNS = [...COUNT_NOUNS.filter((n) => !/^(?:năm|tháng|ngày|tuần|quý|tuổi|con)(?![\p{L}\p{M}])/u.test(n)), ...FIVE_MEASURES]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/ /gu, GAP));
// never right after a number: `kỷ niệm 35 năm huyện …` is 35 years (of the district), not five districts
const FIVE =
  `(?<!\\p{N}${GAP})năm(?=${GAP}(?:trăm|nghìn|ngàn|triệu|tỷ|tỉ|vạn|chục|năm)${NOT_LETTER_AHEAD})` +
  `|(?<!\\p{N}${GAP})(?<!(?<![\\p{L}\\p{M}])(?:${YEAR_BEFORE.join("|")})${GAP})năm(?=${GAP}(?:${FIVE_NOUNS.join("|")})${NOT_LETTER_AHEAD}(?!${GAP}(?:lề|\\d+,)))`;

// `gần nửa tỷ đồng`: half, before a scale only (`nửa đầu năm`, `nửa tháng` are no amounts)
const HALF = `nửa(?=${GAP}(?:tỷ|tỉ|triệu|nghìn|ngàn|vạn)${NOT_LETTER_AHEAD})`;
// `hơn chục năm`, `gần chục hộ`: ten alone, after a bound only (`hàng chục`, `vài chục` are vague: no number)
const TEN_ALONE = `(?<=(?<![\\p{L}\\p{M}])(?:hơn|gần|trên|khoảng|ngót|chừng|xấp xỉ)${GAP})chục`;
// A letter-hyphen right before digits marks a name: `Covid-19`, `QL3-QL4`.
const NUMERAL_SOURCE = `(?<![\\p{L}\\p{M}]-)(${DIGITS})|${NOT_LETTER_BEHIND}(${NUMBER_WORDS}|${FIVE}|${HALF}|${TEN_ALONE})${NOT_LETTER_AHEAD}`;
const SCALE_AFTER = new RegExp(`${GAP}?(${SCALE})`, "uy");
/**
 * The smaller part of a compound amount: `12 tỷ 500 triệu đồng`, `3 triệu 200
 * nghìn đồng`, in words `một nghìn hai trăm hộ`, `ba nghìn năm trăm người`.
 */
const SMALLER_PART = new RegExp(`${GAP}(\\d{1,3}|${NUMBER_WORDS_WITH_FIVE})${GAP}?(${SCALE})`, "uy");
/**
 * In words, a comma may part the groups, as an amount is spelled out after its digits, in brackets or after `Bằng chữ`:
 * `(Ba mươi tám tỷ, sáu trăm bốn mươi hai triệu, năm trăm nghìn đồng)` (elsewhere a comma parts two amounts: `lần lượt
 * là ba tỷ, năm trăm triệu đồng`, `lần lượt 12 tỷ, 500 triệu đồng`).
 */
const SPELLED_OUT_BEFORE = /(?:\(|bằng chữ[ \t]*:?)[ \t]*$/u;
const SMALLER_PART_IN_WORDS = new RegExp(`,?${GAP}(${NUMBER_WORDS_WITH_FIVE})${GAP}?(${SCALE})`, "uy");
/** Half the last scale: `1 triệu rưỡi` (1.5e6), `hai trăm rưỡi` (250). */
const AND_A_HALF = new RegExp(`${GAP}rưỡi${NOT_LETTER_AHEAD}`, "uy");
const NUMERAL_AT = new RegExp(NUMERAL_SOURCE, "uy");
/** The rest of a number in words after `trăm`: `(một trăm) hai mươi`, `(hai trăm) linh năm`. */
const HUNDRED_REST = new RegExp(`${GAP}(${AFTER_HUNDRED})${NOT_LETTER_AHEAD}`, "uy");
const ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Where a numeral can start: a digit or a number word's first word (numeral.test.ts checks this against the unanchored rule). */
export const NUMERAL_SCAN: ScanRule = {
  starts: [
    // digits refuse a letter or a digit before them (DIGITS), number words a letter (NOT_LETTER_BEHIND)
    { pattern: DIGIT_STARTS, notAfter: ASCII_LETTERS + "0123456789" },
    { pattern: new RegExp([...Object.keys(UNIT_WORDS), "mười", "nửa", "chục"].join("|"), "g"), notAfter: ASCII_LETTERS },
  ],
  rule: NUMERAL_AT,
};

/**
 * A label's number, then a place's name that opens with a scale's word: `Trường Tiểu học số 2 Triệu Thượng`, `Tổ 5
 * Triệu Sơn` (the number names, the capitals go on; counterexample: `số tiền 2 Tỷ Đồng` in a headline's capitals, no label).
 */
// (not `tổng số`, `con số`, a sum's `số`; in capitals too, `SỐ 2 TRIỆU THƯỢNG`, but a scale before what an amount is of
// stays one: `TỔNG SỐ 2,5 TRIỆU LƯỢT KHÁCH`, `số 1 Tỷ Đồng`)
const LABEL_BEFORE_NUMBER = /(?<![\p{L}\p{M}])(?:(?<!(?:tổng|con|trong|các|với|có|là)[ ])số|tổ|thôn|xóm|khu|đội|lớp|phòng|bản|ấp|khối)[ ]$/u;
const CAPITAL_WORD_AFTER = /^[ ]\p{Lu}/u;
/** What a scale's amount may be of, after it: a currency, a measure, or a counted noun, whole (folded). */
let amountWords: ReadonlySet<string> | undefined;
const AMOUNT_WORDS = (): ReadonlySet<string> => (amountWords ??= new Set([...[...CURRENCIES, ...MEASURES].flatMap((u) => u.forms), ...COUNT_NOUNS, ...MONEY_NOUNS]));
function placeNameAfterLabel(text: string, folded: string, start: number, scaleEnd: number): boolean {
  const scaleWord = /(\S+)$/u.exec(text.slice(start, scaleEnd))?.[1] ?? "";
  if (!/^\p{Lu}/u.test(scaleWord) || !CAPITAL_WORD_AFTER.test(text.slice(scaleEnd, scaleEnd + 2))) return false;
  const words = folded.slice(scaleEnd, scaleEnd + 40).trim().split(/[ ,.;:]+/u);
  for (let n = 1; n <= 3; n++) if (AMOUNT_WORDS().has(words.slice(0, n).join(" "))) return false;
  return LABEL_BEFORE_NUMBER.test(folded.slice(Math.max(0, start - 12), start));
}
function toNumeral(folded: string, m: RegExpExecArray, text: string): Numeral | null {
  const written = m[0];
  const digits = m[1] !== undefined;
  // `000` is what is left of a number cut from its groups, never one written so
  if (digits && /^0{2,}$/u.test(written)) return null;
  const base = digits ? parseDigits(written) : parseNumberWords(written);
  if (base === null || !Number.isFinite(base)) return null;
  const numberEnd = m.index + written.length;
  SCALE_AFTER.lastIndex = numberEnd;
  const scaleRead = SCALE_AFTER.exec(folded) ?? (digits ? scaleOnNextLine(folded, text, m.index, numberEnd) : null);
  const s = scaleRead && placeNameAfterLabel(text, folded, m.index, numberEnd + scaleRead[0].length) ? null : scaleRead;
  const scale = s ? scaleValue(s[1]!) : 1;
  let end = s ? numberEnd + s[0].length : numberEnd;
  let value = base * scale;
  let last = scale;
  if (!digits && scale === 100) {
    const rest = hundredRest(folded, end);
    if (rest) {
      value += rest.value;
      end += rest.length;
    }
    // `hai trăm ba mươi triệu đồng` is 230 million: the hundreds group takes the scale after it (it gave 30 million)
    SCALE_AFTER.lastIndex = end;
    const groupScale = rest ? SCALE_AFTER.exec(folded) : null;
    const times = groupScale ? scaleValue(groupScale[1]!) : 1;
    if (times > 100) {
      value *= times;
      end += groupScale![0].length;
      last = times;
    }
  }
  // `12 tỉ 500 triệu đồng` is one amount, 12.5e9: each further part has a smaller scale.
  while (last > 1) {
    const smaller = digits || !SPELLED_OUT_BEFORE.test(folded.slice(Math.max(0, m.index - 12), m.index)) ? SMALLER_PART : SMALLER_PART_IN_WORDS;
    smaller.lastIndex = end;
    const part = smaller.exec(folded);
    const partScale = part ? scaleValue(part[2]!) : 1;
    const partBase = part ? (/^\d/u.test(part[1]!) ? Number(part[1]) : parseNumberWords(part[1]!)) : null;
    if (!part || partBase === null || partScale >= last || partBase * partScale >= last) break;
    let partValue = partBase * partScale;
    let partEnd = end + part[0].length;
    let partLast = partScale;
    if (partScale === 100 && !/^\d/u.test(part[1]!)) {
      // `(một nghìn) hai trăm hai mươi`, `(2 triệu) ba trăm năm mươi nghìn`: a hundreds group, then maybe its own scale
      const rest = hundredRest(folded, partEnd);
      if (rest) {
        partValue += rest.value;
        partEnd += rest.length;
        partLast = 1;
      }
      SCALE_AFTER.lastIndex = partEnd;
      const groupScale = SCALE_AFTER.exec(folded);
      const times = groupScale ? scaleValue(groupScale[1]!) : 1;
      if (times > 100 && partValue * times < last) {
        partValue *= times;
        partEnd += groupScale![0].length;
        partLast = times;
      }
    }
    value += partValue;
    end = partEnd;
    last = partLast;
  }
  if (last > 1) {
    AND_A_HALF.lastIndex = end;
    if (AND_A_HALF.test(folded)) {
      value += last / 2;
      end = AND_A_HALF.lastIndex;
    }
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

/**
 * A scale word wrapped onto the next line of a hard-wrapped paragraph:
 * `Doanh thu ước đạt 692,5` / `tỷ đồng, …`. The number ends a long line with
 * no tab (prose, not a table), and the next line opens with the scale word
 * in lower case. Counterexample: a table's `95,2` over a heading `Tỷ đồng`.
 */
function scaleOnNextLine(folded: string, text: string, numberStart: number, numberEnd: number): RegExpExecArray | null {
  if (folded.charCodeAt(numberEnd) !== 10) return null;
  WRAPPED_SCALE_AFTER.lastIndex = numberEnd;
  const s = WRAPPED_SCALE_AFTER.exec(folded);
  if (!s) return null;
  const scaleAt = numberEnd + s[0].length - s[1]!.length;
  if (text[scaleAt] !== folded[scaleAt]) return null;
  const lineStart = folded.lastIndexOf("\n", numberStart - 1) + 1;
  return numberStart - lineStart >= MIN_WRAPPED_LINE && !folded.slice(lineStart, numberStart).includes("\t") ? s : null;
}
const WRAPPED_SCALE_AFTER = new RegExp(`\\n${GAP}*(${SCALE})(?![\\p{L}\\p{M}])`, "uy");
/** How long the line before a wrapped scale word is at least: a wrapped paragraph's, not a cell's. */
const MIN_WRAPPED_LINE = 30;

/** What follows `trăm` at `at` (`hai mươi`, `linh năm`): its value and length, or null. */
function hundredRest(folded: string, at: number): { value: number; length: number } | null {
  HUNDRED_REST.lastIndex = at;
  const rest = HUNDRED_REST.exec(folded);
  const value = rest ? parseAfterHundred(rest[1]!) : null;
  return rest && value !== null ? { value, length: rest[0].length } : null;
}

/** Every numeral starting in [from, to), left to right. Each call has its own scan state. */
export function* findNumerals(doc: PreparedDocument, from: number, to: number): Generator<Numeral> {
  for (const m of scan(doc.folded, NUMERAL_SCAN, from, to)) {
    const numeral = toNumeral(doc.folded, m, doc.text);
    if (numeral) yield numeral;
  }
}

/** The numeral starting exactly at `at`, if any (the second number of `13/10` or `10-12`). */
export function numeralAt(doc: PreparedDocument, at: number): Numeral | null {
  NUMERAL_AT.lastIndex = at;
  const m = NUMERAL_AT.exec(doc.folded);
  return m ? toNumeral(doc.folded, m, doc.text) : null;
}

/** 6,5 × 1e9 is 6500000000.000001 in floating point; people wrote 6500000000. */
export function roundFloat(x: number): number {
  // most figures are whole numbers of at most 12 digits, which rounding to 12 significant digits leaves as they are
  if (Number.isInteger(x) && Math.abs(x) < 1e12) return x;
  return Number.parseFloat(x.toPrecision(12));
}
