/**
 * Calendar dates as Vietnamese pages write them, turned into ISO strings.
 * Patterns run on folded text (lower case, new-style tone placement) and are
 * linear: every quantifier is bounded or separated by a literal.
 *
 *   `10/06/2024`, `1/3/2024`, `15-05-2022`, `15.05.2022`, `10/06/24`  → day month year
 *   `2024-06-10`                                                  → ISO already
 *   `ngày 10 tháng 6 năm 2024`, `10 tháng 6, 2024`                → words
 *   `06:03`, `7:41:48 am`, `19:52`, `10h48`, `10 giờ 48`          → time of day
 *
 * Counterexample kept out on purpose: `15/10` has no year and gives no date
 * (`Sáng ngày 15/10, …` is an event in the body, and guessing its year would
 * invent a publication date).
 */

/** Weekday names as sites print them before a date (`Thứ hai - 10/06/2024`, `T2, 10/06/2024`, `Chủ nhật, …`). */
export const WEEKDAY = "(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\\s+nhật|t[2-7]|cn|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

// ASCII digits, as in extractors/dates.ts (why not `\p{N}` is said there)
const NOT_DIGIT_BEHIND = "(?<!\\d)";
const NOT_DIGIT_AHEAD = "(?!\\d)";

/** `10/06/2024`, `15-05-2022`, `15.05.2022`; one separator throughout; a two-digit year only with `/`. */
const DMY = `${NOT_DIGIT_BEHIND}(\\d{1,2})(?:\\/(\\d{1,2})\\/(\\d{4}|\\d{2})|-(\\d{1,2})-(\\d{4})|\\.(\\d{1,2})\\.(\\d{4}))${NOT_DIGIT_AHEAD}`;
/** `2024-06-10`, `2024/06/10` */
const YMD = `${NOT_DIGIT_BEHIND}(\\d{4})(?:-(\\d{1,2})-(\\d{1,2})|\\/(\\d{1,2})\\/(\\d{1,2}))${NOT_DIGIT_AHEAD}`;
/**
 * Months in words, as some sites print their stamps (`Thứ Sáu, 05 Tháng tư 2024`), folded; only with a year after them.
 * Not `năm` (May): `5 tháng năm 2024` is as often "five months of 2024"; but after a weekday (MAY_STAMP) it is May.
 */
const MONTH_NUMBER: ReadonlyMap<string, number> = new Map([
  ["giêng", 1], ["một", 1], ["hai", 2], ["ba", 3], ["tư", 4], ["sáu", 6], ["bảy", 7], ["tám", 8], ["chín", 9], ["mười", 10], ["mười một", 11], ["mười hai", 12], ["chạp", 12],
]);
/** The month words, longest first (`mười một` before `mười`). */
export const MONTH_WORDS = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length);
/** A weekday in words (not `Thứ 2`, which a rank writes too: `xếp thứ 2, 6 tháng năm 2024`). */
export const WEEKDAY_IN_WORDS = "(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\\s+nhật)";
/** `10 tháng 6 năm 2024`, `10 tháng 6, 2024`, `10 tháng 06/2024`, `05 tháng 4 2024`, `05 tháng tư 2024` */
const WORDS = `${NOT_DIGIT_BEHIND}(\\d{1,2})\\s{1,3}tháng\\s{1,3}(\\d{1,2}|${MONTH_WORDS.join("|").replace(/ /gu, "\\s")})(?:\\s{0,3}(?:năm\\s{1,3}|[,/-]\\s{0,3})|\\s{1,3}(?=(?:19|20)\\d{2}))(\\d{4})${NOT_DIGIT_AHEAD}`;
/** `06:03`, `7:41:48 am`, `19:52`, `10h48`, `10 giờ 48` */
const TIME = `${NOT_DIGIT_BEHIND}(\\d{1,2})(?::(\\d{2})(?::\\d{2})?(?:\\s?([ap])\\.?m\\.?|\\s?(sa|ch)(?![\\p{L}\\p{M}]))?|\\s?(?:h|giờ)\\s?(\\d{2}))${NOT_DIGIT_AHEAD}`;

/** May in words after a weekday, as a stamp prints it: `Thứ hai, 20 Tháng Năm 2024` (the weekday is kept out of the match). */
const MAY_STAMP = `(?<=${WEEKDAY_IN_WORDS}\\s{0,3}[,-]?\\s{0,3})(\\d{1,2})\\s{1,3}tháng\\s{1,3}năm\\s{1,3}(\\d{4})${NOT_DIGIT_AHEAD}`;

/**
 * The month first, as WordPress's Vietnamese stamps print it: `Tháng Mười Hai 20, 2024` (the comma before the year makes
 * it a date; May too, `Tháng Năm 3, 2024`); in digits only as a whole stamp, `Tháng 12 20, 2024`, maybe with its time
 * (`trong tháng 12 15, 2020 và 2021` is no date).
 */
const MONTH_FIRST = `(?<![\\p{L}\\p{M}])tháng\\s{1,3}(\\d{1,2}(?=\\s{1,3}\\d{1,2},\\s{0,3}\\d{4}\\s*(?:$|\\||\\d{1,2}:\\d{2}))|năm|${MONTH_WORDS.join("|").replace(/ /gu, "\\s")})\\s{1,3}(\\d{1,2}),\\s{0,3}(\\d{4})${NOT_DIGIT_AHEAD}`;

const DATE_RE = new RegExp(`${DMY}|${YMD}|${WORDS}|${MAY_STAMP}|${MONTH_FIRST}`, "gu");
const TIME_RE = new RegExp(TIME, "gu");

const pad = (n: number) => String(n).padStart(2, "0");

/** `YYYY-MM-DD` for a real calendar day, or null (`31/02/2024`, month 13). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 100) year += 2000;
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export interface FoundDate {
  /** `YYYY-MM-DD` */
  iso: string;
  start: number;
  end: number;
}

/** Every full date (with a year) in a folded string, in order. */
export function findDates(folded: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of folded.matchAll(DATE_RE)) {
    let iso: string | null = null;
    if (m[1] !== undefined) {
      const month = m[2] ?? m[4] ?? m[6];
      const year = m[3] ?? m[5] ?? m[7];
      iso = isoDate(Number(year), Number(month), Number(m[1]));
    } else if (m[8] !== undefined) {
      iso = isoDate(Number(m[8]), Number(m[9] ?? m[11]), Number(m[10] ?? m[12]));
    } else if (m[13] !== undefined) {
      iso = isoDate(Number(m[15]), MONTH_NUMBER.get(m[14]!.replace(/\s+/gu, " ")) ?? Number(m[14]), Number(m[13]));
    } else if (m[16] !== undefined) {
      iso = isoDate(Number(m[17]), 5, Number(m[16]));
    } else if (m[18] !== undefined) {
      const month = m[18].replace(/\s+/gu, " ");
      iso = isoDate(Number(m[20]), month === "năm" ? 5 : (MONTH_NUMBER.get(month) ?? Number(month)), Number(m[19]));
    }
    if (iso) out.push({ iso, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The first time of day in a folded string as `HH:MM` (12-hour clocks converted), or null. */
export function findTime(folded: string): string | null {
  for (const m of folded.matchAll(TIME_RE)) {
    let hour = Number(m[1]);
    const minute = Number(m[2] ?? m[5]);
    const half = m[3] ?? (m[4] === "sa" ? "a" : m[4] === "ch" ? "p" : undefined);
    if (half === "p" && hour < 12) hour += 12;
    if (half === "a" && hour === 12) hour = 0;
    if (hour > 23 || minute > 59) continue;
    return `${pad(hour)}:${pad(minute)}`;
  }
  return null;
}

/**
 * The date stamp of a short line: its first full date, with the line's time of
 * day when it has one (`Thứ hai - 10/06/2024 06:03` → `2024-06-10T06:03`).
 * Null when the line gives no year.
 */
export function parseDateStamp(folded: string): string | null {
  const dates = findDates(folded);
  const first = dates[0];
  if (!first) return null;
  // Look for the time outside the date itself (`10.06.2024` must not read as 10 h).
  const time = findTime(folded.slice(0, first.start) + " ".repeat(first.end - first.start) + folded.slice(first.end));
  return time ? `${first.iso}T${time}` : first.iso;
}
