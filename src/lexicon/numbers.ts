/**
 * Vietnamese numerals: digit formats, number words, scale words and the
 * qualifiers that bound an amount. All words are in folded form (lower case,
 * new-style tone placement), the form patterns run on.
 */

/** Letters and combining marks: JavaScript's \w and \b stop at `đ`, `ư`, `ơ`. */
export const LETTER = "\\p{L}\\p{M}";
export const NOT_LETTER_AHEAD = `(?![${LETTER}])`;
export const NOT_LETTER_BEHIND = `(?<![${LETTER}])`;

/**
 * Thousands grouped by spaces, as some sites and spreadsheets write them:
 * `19 136 hộ vay`, `1 250 000 đồng`, `1 250,5 tỷ` (read apart, they gave
 * 136 hộ and 0 đồng). Only before a word; never after a number and a space,
 * nor after a label's word. Counterexamples, kept apart: `năm 2020 150 hộ` (four digits), `Đợt 2 200
 * hộ`, `Giai đoạn 1 150 hộ`, `tháng 6 250 lượt người` (a label's number, then
 * the count).
 */
const SPACE_GROUPED =
  `(?<!\\p{N} )(?<!(?<![${LETTER}])(?:tổ|đợt|tháng|đoạn|khu|thôn|ấp|xóm|bản|quý|lần|số|phường|quận|khóa|kỳ|tuần|năm|ngày|lớp|đội|xã|câu|điều|mục|phần|chương) )` +
  `\\p{N}{1,3}(?: \\p{N}{3})+(?:,\\p{N}{1,3})?(?= ?[${LETTER}])`;

/**
 * A run of digits with `.`/`,` separators between digits. Which separator
 * groups thousands and which marks decimals is decided by `parseDigits`, not
 * here. The run never starts right after a letter or digit (`QL3`,
 * `truy cập3,025,799`), and never after another separator-digit pair.
 * Bounded (24 digits a group, 9 groups, and the run must end there): an
 * unbounded `(?:[.,]\p{N}+)*` keeps one backtrack entry per group, and a
 * 20 MB `1.1.1.1…` overflowed the stack. A longer run is no numeral at all
 * (counterexample: `1.1.1.1.1.1.1.1.1.1` is not read as `1.1.1.1.1.1.1.1.1`).
 */
export const DIGITS =
  `(?<![${LETTER}\\p{N}]|\\p{N}[.,])(?:${SPACE_GROUPED}|\\p{N}{1,24}(?:[.,]\\p{N}{1,24}){0,8}(?![.,]?\\p{N}))`;

/**
 * The value of a digit run, Vietnamese rules first:
 *   `2.315.414.600` → 2315414600 (dot followed by exactly three digits groups thousands)
 *   `98,5` → 98.5 and `41,795` → 41.795 (a single comma is the decimal mark)
 *   `3,025,799` → 3025799 (commas repeating in three-digit groups are English grouping)
 *   `95.77` → 95.77 (a single dot before other than three digits is an English decimal)
 *   `1.500,5` → 1500.5
 * Anything else (`1.1.1.1`, `9,9,9`, `1,5.3`) is not a number: null.
 */
export function parseDigits(s: string): number | null {
  if (/^\d+$/u.test(s)) return Number(s);
  if (/^\d{1,3}(?: \d{3})+(?:,\d+)?$/u.test(s)) return Number(s.replace(/ /gu, "").replace(",", "."));
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u.test(s)) return Number(s.replace(/\./gu, "").replace(",", "."));
  if (/^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$/u.test(s)) return Number(s.replace(/,/gu, ""));
  // English grouping with its decimal point: `12,560.75 USD` (a comma group, then a point: never Vietnamese `12.560,75`)
  // (one or two decimals: `5,200.000` is no English number but a slip in a Vietnamese one)
  if (/^\d{1,3}(?:,\d{3})+\.\d{1,2}$/u.test(s)) return Number(s.replace(/,/gu, ""));
  if (/^\d+,\d+$/u.test(s)) return Number(s.replace(",", "."));
  if (/^\d+\.\d+$/u.test(s)) return Number(s);
  return null;
}

/** Number words for small counts. `một` is handled apart (it is also "a/one of"). */
export const UNIT_WORDS: Record<string, number> = {
  "một": 1, hai: 2, ba: 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
};
// After `mười`/`mươi`, five is `lăm`: `mười năm` is ten years, not fifteen
// (counterexample to reading `năm` as 5 there); one after `mươi` is `mốt`.
const { "năm": _year, ...UNIT_WORDS_BUT_NAM } = UNIT_WORDS;
const TEEN_LAST: Record<string, number> = { ...UNIT_WORDS_BUT_NAM, "lăm": 5 };
const { "một": _one, ...TENS_UNITS } = UNIT_WORDS_BUT_NAM;
const TENS_LAST: Record<string, number> = { ...TENS_UNITS, "mốt": 1, "lăm": 5, "tư": 4 };

const unitWordAlternation = Object.keys(UNIT_WORDS).join("|");
// Bare `năm` is "year" far more often than "five" (`trong năm xã đã …` is "this year the
// commune …"), so alone it is no number word; `năm mươi` (50) still is.
const SINGLE_UNIT_WORDS = Object.keys(UNIT_WORDS_BUT_NAM).join("|");
/** `mười`, `mười hai`, `hai mươi`, `hai mươi lăm`, `ba`, … (longest first). */
export const NUMBER_WORDS = `(?:(?:${unitWordAlternation}) mươi(?: (?:${Object.keys(TENS_LAST).join("|")}))?|mười(?: (?:${Object.keys(TEEN_LAST).join("|")}))?|${SINGLE_UNIT_WORDS})`;

/** Number words with `năm` as five, for where a number is certain: the smaller part of `ba nghìn năm trăm`. */
export const NUMBER_WORDS_WITH_FIVE = `(?:(?:${unitWordAlternation}) mươi(?: (?:${Object.keys(TENS_LAST).join("|")}))?|mười(?: (?:${Object.keys(TEEN_LAST).join("|")}))?|${unitWordAlternation})`;

/**
 * What may follow `trăm` in a number written in words: tens (`một trăm hai
 * mươi` = 120) or `linh`/`lẻ` and a unit (`hai trăm linh năm` = 205). A bare
 * unit is not taken: `hai trăm năm` is two hundred years.
 */

export const AFTER_HUNDRED = `(?:linh|lẻ) (?:${unitWordAlternation})|(?:${unitWordAlternation}) mươi(?: (?:${Object.keys(TENS_LAST).join("|")}))?|mười(?: (?:${Object.keys(TEEN_LAST).join("|")}))?`;

/** Value of a phrase matched by AFTER_HUNDRED. */
export function parseAfterHundred(phrase: string): number | null {
  const words = phrase.trim().split(/\s+/u);
  if (words[0] === "linh" || words[0] === "lẻ") return UNIT_WORDS[words[1]!] ?? null;
  return parseNumberWords(phrase);
}

/** Value of a phrase matched by NUMBER_WORDS. */
export function parseNumberWords(phrase: string): number | null {
  const words = phrase.trim().split(/\s+/u);
  if (words[0] === "mười") return 10 + (words[1] ? (TEEN_LAST[words[1]] ?? NaN) : 0);
  if (words[1] === "mươi") return 10 * (UNIT_WORDS[words[0]!] ?? NaN) + (words[2] ? (TENS_LAST[words[2]] ?? NaN) : 0);
  if (words.length === 1 && words[0] === "nửa") return 0.5;
  if (words.length === 1 && words[0] === "chục") return 10;
  const v = UNIT_WORDS[words[0]!];
  return words.length === 1 && v !== undefined ? v : null;
}

/**
 * Scale words, longest first. `tỷ lệ` ("rate") is not a scale: `tỷ lệ hộ
 * nghèo` has no billions in it, hence the look-ahead.
 */
export const SCALES: ReadonlyArray<readonly [string, number]> = [
  ["nghìn tỷ", 1e12], ["ngàn tỷ", 1e12], ["nghìn tỉ", 1e12], ["ngàn tỉ", 1e12], ["triệu tỷ", 1e15], ["triệu tỉ", 1e15],
  ["trăm nghìn", 1e5], ["trăm ngàn", 1e5], ["trăm triệu", 1e8],
  ["nghìn", 1e3], ["ngàn", 1e3], ["triệu", 1e6], ["tỷ", 1e9], ["tỉ", 1e9],
  // `ba trăm hộ` is 300 households; `phần trăm` never follows a numeral directly, so it is not read here
  ["trăm", 1e2], ["vạn", 1e4],
  // `hai chục thanh niên` (20), `2 chục suất quà`, `3 chục triệu đồng`; `hàng chục` (dozens) has no number before it
  ["chục nghìn tỷ", 1e13], ["chục tỷ", 1e10], ["chục triệu", 1e7], ["chục nghìn", 1e4], ["chục ngàn", 1e4], ["chục", 10],
];
export const SCALE = `(?:${SCALES.map(([w]) => w).join("|")})(?! lệ)${NOT_LETTER_AHEAD}`;
export function scaleValue(word: string): number {
  const normalised = word.replace(/\s+/gu, " ");
  return SCALES.find(([w]) => w === normalised)?.[1] ?? 1;
}

/**
 * Words of a deadline, which bound only a span of time: `chậm nhất 30 ngày` (counterexample: `tăng trưởng chậm
 * nhất 2,1%` is the slowest).
 */
// (with the span's own word after it: `chậm nhất sau 05 ngày làm việc`, `muộn nhất trong 30 ngày`)
// (not `chậm nhất trong 10 năm trở lại đây`, the slowest in ten years)
// (and `trong vòng`, within: `giải quyết trong vòng 7 ngày làm việc`; `trong vòng 10 năm qua` looks back, no bound)
export const DEADLINE_WORDS: readonly string[] = ["chậm nhất", "chậm nhất là", "muộn nhất", "muộn nhất là", "chậm nhất sau", "muộn nhất sau", "trong vòng"];

/**
 * Qualifier words before a number; the one nearest the number wins
 * (`ước đạt hơn 43,4 tỷ` → over). `vượt 20%` is exact: it says by how much a
 * target was exceeded, not that the amount is more than 20%.
 */
export const QUALIFIERS: ReadonlyArray<readonly [string, "over" | "under" | "about"]> = [
  ["ít nhất", "over"], ["tối thiểu", "over"], ["trên", "over"], ["hơn", "over"], ["ngoài", "over"], ["có hơn", "over"],
  // with a word between: `dưới mức 3%`, `tối đa lên đến 100 triệu`, `không dưới 95%` (no less than: over)
  ["trên mức", "over"], ["không dưới", "over"], ["không ít hơn", "over"], ["ít nhất là", "over"], ["tối thiểu là", "over"],
  ["dưới mức", "under"], ["dưới ngưỡng", "under"], ["tối đa lên đến", "under"], ["tối đa lên tới", "under"], ["tối đa là", "under"],
  ["gần", "under"], ["gần như", "under"], ["dưới", "under"], ["chưa đến", "under"], ["chưa tới", "under"], ["chưa đầy", "under"],
  ["không quá", "under"], ["không tới", "under"], ["không đến", "under"], ["tối đa", "under"],
  // a bound, then the span's own word: `tối đa trong 10 ngày`, `tối thiểu sau 12 tháng`, `sớm nhất sau 12 tháng` (at the
  // earliest: no less than; not `nhiều nhất là 45 hộ`, the most there were)
  ["tối đa trong", "under"], ["tối đa trong vòng", "under"], ["tối thiểu sau", "over"], ["ít nhất sau", "over"], ["sớm nhất sau", "over"],
  ["sớm nhất là", "over"],
  // a deadline: `chậm nhất 30 ngày`, `muộn nhất 15 ngày làm việc` (at the latest: no more than)
  ...DEADLINE_WORDS.map((w) => [w, "under"] as const),
  // `chậm nộp quá 01 tháng`, `quá 50% số phiếu`: beyond (`không quá`, the longer, is under)
  ["quá", "over"], ["vượt quá", "over"],
  // negated, `quá` bounds from above: `không vượt quá 3%`, `không được quá 15 ngày`, `chưa quá 2%`
  ["không vượt quá", "under"], ["không được quá", "under"], ["không được vượt quá", "under"], ["chưa quá", "under"],
  ["khoảng", "about"], ["xấp xỉ", "about"], ["chừng", "about"], ["ước tính", "about"], ["ước đạt", "about"],
  ["ước khoảng", "about"], ["ước", "about"], ["trên dưới", "about"], ["xung quanh", "about"], ["độ chừng", "about"],
  // `ước` and the verb of what is estimated: `chi ngân sách ước thực hiện 512 tỷ đồng`, `ước thu hoạch 89.537 tấn`
  ["ước thực hiện", "about"], ["ước thu hoạch", "about"], ["ước thu", "about"], ["ước chi", "about"], ["ước giải ngân", "about"],
  ["ước tăng", "about"], ["ước giảm", "about"], ["ước tính tăng", "about"], ["ước tính giảm", "about"],
  ["ước tính đạt", "about"], ["ước cả năm", "about"],
  // (`Kinh tế số ước chiếm 11,2% GRDP`, `ước có 1.250 doanh nghiệp`, `ước huy động 350 tỷ đồng`)
  // (and its worth: `tang vật ước trị giá 9,75 tỷ đồng`)
  ["ước trị giá", "about"], ["ước tính trị giá", "about"], ["trị giá ước tính", "about"],
  ["ước chiếm", "about"], ["ước có", "about"], ["ước huy động", "about"], ["ước sản xuất", "about"], ["ước xuất khẩu", "about"],
  ["ước nhập khẩu", "about"], ["ước tiêu thụ", "about"], ["ước đón", "about"], ["ước thu được", "about"],
  // past a mark: `lần đầu tiên vượt mốc 3 tỷ USD`, `vượt ngưỡng 1 triệu lượt khách` (`vượt 20%` says by how much: exact)
  ["vượt mốc", "over"], ["vượt ngưỡng", "over"],
  // a comparison negated is a bound (`thấp hơn 5,25%` alone is exact): `không thấp hơn 1,4 triệu đồng/m3` (at least),
  // `không cao hơn 3%`, `không vượt 5 tỷ đồng` (at most; `không vượt 20% kế hoạch`, an excess denied, reads the same)
  ["không thấp hơn", "over"], ["không nhỏ hơn", "over"], ["không kém hơn", "over"],
  ["không cao hơn", "under"], ["không lớn hơn", "under"], ["không nhiều hơn", "under"], ["không vượt", "under"],
];

/**
 * Adjectives that turn `hơn` into a comparison: `thấp hơn 5,25%` is "lower
 * than 5.25%", an exact figure, not "more than".
 */
export const COMPARATIVES = ["cao", "thấp", "nhiều", "ít", "lớn", "nhỏ", "rộng", "hẹp", "dài", "ngắn", "sớm", "muộn", "nhanh", "chậm", "tốt", "kém", "mạnh", "yếu", "đắt", "rẻ"];
