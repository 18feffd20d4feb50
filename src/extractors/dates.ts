/**
 * Numbers that are never figures because they name a moment, a contact or an
 * address: dates, times, years and periods, phone numbers, URLs and e-mails.
 * Their spans are claimed before figures are looked for.
 *
 * `a/b` is a date only after `ngày`/`hôm`/a time of day/a weekday, or with a
 * year: `ngày 15/10` and `18/5/2021` are dates; `giảm 13/10 hộ nghèo` and
 * `10/10 chi bộ` are ratios (counterexamples chrono-node gets wrong).
 */
import type { PreparedDocument, Span } from "../pipeline/document.js";
import { MONTH_WORDS, WEEKDAY_IN_WORDS } from "../lexicon/dates.js";
import { DIGIT_STARTS, scan, type ScanRule } from "./scan.js";

/**
 * ASCII digits, which are all figures read (`１８/５/２０２１` is no number
 * here either). Not `\p{N}`: these patterns hold it some 140 times, and V8
 * builds a property's set from ICU at each one, when the pattern is made and
 * again when it is compiled; `\d` took 5.7% off the instructions of a run
 * over one report (callgrind, same output).
 */
const D = "\\d";
const NOT_DIGIT_BEHIND = `(?<![${D}.,/])`;
const NOT_DIGIT_AHEAD = `(?!${D}|[.,/]${D})`;
/**
 * Every day, every month, then an amount for each: `mỗi tháng 30 kg gạo`, `hằng tháng 15 kg`, `mỗi ngày 2 lít sữa`,
 * `mỗi ngày 5 - 10 nghìn đồng` are no dates (counterexamples: `Vào mỗi tháng 3 hằng năm`, `Mỗi tháng 7 tri ân`,
 * `mỗi dịp 26/3` name their month or day).
 */
const EACH_AMOUNT = `(?<=(?:mỗi|hằng|hàng|mọi)\\s+)(?:ngày|tháng)\\s+${D}{1,2}(?:[.,]${D}+)?(?:\\s*[-–]\\s*${D}{1,2})?\\s+(?:kg|g|gam|lít|ml|tấn|tạ|yến|triệu|nghìn|ngàn|trăm|đồng|lần|buổi|giờ|tiếng|ngày|chuyến|lượt|suất|bữa|người)(?![\\p{L}\\p{M}])`;
const NOT_EVERY_BEHIND = `(?!${EACH_AMOUNT})`;
// `Quốc khánh 2/9`: a holiday's day (counterexamples: `giảm 13/10 hộ nghèo` is a ratio; `nghỉ lễ 2-3 ngày` a range)
const DATE_CONTEXT = "(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|rạng sáng|dịp|quốc khánh|thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|t[2-7]|cn)";

/** What a rule's match can open with: a digit, a word (or `+84`, `www.`), either, or an e-mail address (found from its `@`). */
type Opening = "digit" | "word" | "both" | "address";

/** A year of the sexagenary cycle: `Giáp Thìn`, `Ất Tỵ`, `Quý Mão`. */
const LUNAR_YEAR = "(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\\s+(?:tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)(?![\\p{L}\\p{M}])";
const PATTERNS: Array<[rule: string, opens: Opening, source: string]> = [
  ["url", "word", "(?:https?:\\/\\/|www\\.)[^\\s<>\"”]+"],
  // Starts only where a run of address characters starts: tried at every
  // position of `1.1.1.1…` or `99999…`, the unanchored run would rescan to the
  // end each time looking for `@` (quadratic on a long run of digits).
  ["email", "address", "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}"],
  // 18/5/2021, 01-06-2024, 15.5.2021, 10/06/24: one separator throughout; a
  // two-digit year only with slashes (counterexample: `95.77/96%` is a ratio).
  ["date.dmy", "digit", `${NOT_DIGIT_BEHIND}${D}{1,2}(?:\\s?\\/\\s?${D}{1,2}\\s?\\/\\s?(?:${D}{4}|${D}{2})|-${D}{1,2}-${D}{4}|\\.${D}{1,2}\\.${D}{4})${NOT_DIGIT_AHEAD}`],
  // 2024-06-10 (ISO, as pages print their stamps), and its year and month, 2024-05
  // (counterexample: `2021-2025` is a period, below)
  ["date.iso", "digit", `${NOT_DIGIT_BEHIND}(?:19|20)${D}{2}-(?:${D}{1,2}-${D}{1,2}|0[1-9]|1[0-2])${NOT_DIGIT_AHEAD}`],
  // ngày 18 tháng 5 năm 2021, 18 tháng 5, and a lunar month's day: `(tức 21 tháng Chạp)`, `13 tháng Giêng năm Ất Tỵ`
  // May after a weekday, as a stamp prints it: `Thứ hai, 20 Tháng Năm 2024` (no span of 20 months)
  ["date.may-stamp", "digit", `(?<=${WEEKDAY_IN_WORDS}\\s{0,3}[,-]?\\s{0,3})${D}{1,2}\\s+tháng\\s+năm\\s+(?:19|20)${D}{2}${NOT_DIGIT_AHEAD}`],
  // (a month in words with its year: `05 Tháng tư 2024`, `20 Tháng Mười Hai, 2024`, not the span `5 tháng`)
  ["date.words", "both", `(?:ngày\\s+)?${NOT_DIGIT_BEHIND}${D}{1,2}\\s+tháng\\s+(?:${D}{1,2}(?:\\s*(?:năm\\s+|[/,-]\\s*)${D}{4}|\\s+(?:19|20)${D}{2})?${NOT_DIGIT_AHEAD}|(?:giêng|chạp)(?![\\p{L}\\p{M}])|(?:${MONTH_WORDS.join("|").replace(/ /gu, "\\s")}),?\\s+(?:năm\\s+)?(?:19|20)${D}{2}${NOT_DIGIT_AHEAD})`],
  // `ngày 13,14 tháng 12`, `ngày 13, 14 và 15 tháng 12`: days listed before their month (13,14 is no decimal)
  ["date.day-list", "word", `ngày\\s+${D}{1,2}(?:\\s*(?:[,;]|và)\\s*${D}{1,2})+\\s+tháng\\s+${D}{1,2}(?:\\s*(?:năm\\s+|[/,-]\\s*)${D}{4})?${NOT_DIGIT_AHEAD}`],
  // the same with the month after a slash: `Ngày 19 và 20/10`, `ngày 19-20/10` (not `20/10 tổ chức` read as a ratio)
  ["date.day-list-slash", "word", `ngày\\s+${D}{1,2}(?:\\s*(?:[,;]|và|-|–|đến|tới)\\s*${D}{1,2})+\\s?\\/\\s?${D}{1,2}(?:\\/${D}{4})?${NOT_DIGIT_AHEAD}`],
  // tháng 8/2023, tháng 8 năm 2023, tháng 8, tháng 10-2023, tháng 5.2015 (not the count 5.2015)
  // (not after every: `mỗi tháng 30 kg gạo`, `hằng tháng 15 kg`, `mỗi ngày 2 lít sữa` are amounts for each)
  ["date.month", "word", `${NOT_EVERY_BEHIND}tháng\\s+${D}{1,2}(?:\\s*[/-]\\s*${D}{4}|\\.(?:19|20)${D}{2}|\\s+năm\\s+${D}{4})?${NOT_DIGIT_AHEAD}`],
  // 8/2023 (month/year)
  ["date.month-year", "digit", `${NOT_DIGIT_BEHIND}${D}{1,2}\\/(?:19|20)${D}{2}${NOT_DIGIT_AHEAD}`],
  // 2/9 năm 2024 (a day and month with the year in words), and a lunar date's year by its name: `(tức 17/4 năm Giáp Thìn)`
  // (no span of 17 years)
  ["date.day-month-year", "digit", `${NOT_DIGIT_BEHIND}${D}{1,2}\\s?\\/\\s?${D}{1,2}\\s+năm\\s+(?:(?:19|20)${D}{2}${NOT_DIGIT_AHEAD}|${LUNAR_YEAR})`],
  // ngày 15/10, sáng 15/10, thứ hai 3/6, hôm 2-9 (with its year: `Ngày 25-4-2019`, not a day and month
  // leaving `2019 đồng chí`), and the days listed after one: `nhân dịp 3/2 và 19/5`
  // (or a dot, the month's number after it: `ngày 8.7 Phát còn …`; not `ngày 1.000`, nor a decimal before its unit,
  // `bình quân ngày 2.5 triệu lượt khách`, `riêng ngày 4.5 tấn`)
  // (not `ngày` closing its clause, `Cùng ngày,`, `Trong ngày,`, before what a ratio counts: `Cùng ngày, 9/9 huyện … ra
  // quân` is a ratio; `Trong ngày, 1/5 năm nay` is a date)
  ["date.day-month", "word", `${NOT_EVERY_BEHIND}(?!ngày\\s*,\\s*${D}{1,2}\\s?\\/\\s?${D}{1,2}\\s+(?!năm|vừa|tới|này)[\\p{L}])${DATE_CONTEXT}\\s*,?\\s*(?:ngày\\s+)?${D}{1,2}(?:\\s?[/-]\\s?${D}{1,2}|\\.(?:0?[1-9]|1[0-2])(?!\\s*(?:triệu|tỷ|tỉ|nghìn|ngàn|trăm|tấn|tạ|kg|ha|km|m|lít|lượt|người|hộ|%|đồng)(?![\\p{L}\\p{M}])))(?:-${D}{4})?${NOT_DIGIT_AHEAD}(?:\\s*(?:,|và|hoặc)\\s*${D}{1,2}\\/${D}{1,2}${NOT_DIGIT_AHEAD})*`],
  // a day of every year: `19/5 hằng năm` (counterexample: `giảm 13/10 hộ nghèo` is a ratio)
  // `lễ 30/4`, `Tết 2/9`: a holiday's day, written with a slash (`nghỉ lễ 2-3 ngày` is a range)
  ["date.holiday", "word", `(?:lễ|tết)\\s+${D}{1,2}\\/${D}{1,2}${NOT_DIGIT_AHEAD}`],
  ["date.annual", "digit", `${NOT_DIGIT_BEHIND}${D}{1,2}\\s?[/-]\\s?${D}{1,2}(?=\\s+(?:hằng|hàng)\\s+năm(?![\\p{L}\\p{M}]))`],
  // days of every month: `các ngày 5 và 6 hàng tháng`, `ngày 15 hằng tháng` (no count of 6 months)
  ["date.monthly", "word", `ngày\\s+${D}{1,2}(?:\\s*(?:[,;]|và)\\s*${D}{1,2})*\\s+(?:hàng|hằng)\\s+tháng(?![\\p{L}\\p{M}])`],
  // days of a month, from one to another: `từ mùng 8 đến 10 tháng Giêng`, `ngày 8 - 10 tháng 3` (no span of 10 months)
  ["date.day-range", "word", `(?:ngày|mùng|mồng)\\s+${D}{1,2}\\s*(?:đến|tới|-|–)\\s*(?:(?:ngày|mùng|mồng)\\s+)?${D}{1,2}\\s+tháng\\s+(?:giêng|chạp|${D}{1,2}(?!${D}))(?:\\s+âm\\s+lịch)?`],
  // ngày 15
  ["date.day", "word", `${NOT_EVERY_BEHIND}(?:ngày|mùng|mồng)\\s+${D}{1,2}${NOT_DIGIT_AHEAD}`],
  // 2020 - 2025, 2021-2025 (periods), năm 2023, năm 2021, 2022
  ["date.period", "digit", `${NOT_DIGIT_BEHIND}(?:19|20)${D}{2}\\s?[-–—]\\s?(?:19|20)${D}{2}${NOT_DIGIT_AHEAD}`],
  ["date.year", "word", `(?:năm|niên khóa|niên vụ)\\s+(?:19|20)${D}{2}${NOT_DIGIT_AHEAD}`],
  // 06:03, 7:41:48 AM, 7h30, 8 giờ 30, lúc 8 giờ
  ["time.clock", "digit", `${NOT_DIGIT_BEHIND}${D}{1,2}:${D}{2}(?::${D}{2})?(?:\\s?[ap]m)?${NOT_DIGIT_AHEAD}`],
  // opening hours, from one hour of the day to another: `từ 7 giờ 30 đến 17 giờ`, `từ 17 giờ đến 21 giờ hằng ngày`
  // (counterexamples: `từ 2 giờ đến 3 giờ` alone, `từ 10 giờ đến 12 giờ mỗi ngày`, `2 giờ 30 phút - 3 giờ` may be how
  // long something takes: left to the duration reader)
  ["time.range", "digit", `${NOT_DIGIT_BEHIND}${D}{1,2}\\s?(?:h|giờ)(?:\\s?${D}{2}(?!\\s?phút)\\s*(?:đến|tới|-|–)\\s*${D}{1,2}\\s?(?:h|giờ)(?:\\s?${D}{2}(?:\\s?phút)?)?|(?:\\s?${D}{2}(?:\\s?phút)?)?\\s*(?:đến|tới|-|–)\\s*${D}{1,2}\\s?(?:h|giờ)(?:\\s?${D}{2}(?:\\s?phút)?)?(?=\\s*,?\\s+(?:sáng|trưa|chiều|tối|đêm|khuya|hằng ngày|hàng ngày|các ngày|các tối|các buổi|trong ngày|cùng ngày|thứ)(?![\\p{L}\\p{M}])))${NOT_DIGIT_AHEAD}`],
  ["time.hours", "digit", `${NOT_DIGIT_BEHIND}${D}{1,2}\\s?(?:h|giờ)\\s?${D}{1,2}(?:\\s?phút)?${NOT_DIGIT_AHEAD}`],
  // lúc 8 giờ, with its minutes: `lúc 17 giờ 30 ngày 3-2` (left behind, the minutes read as `30 ngày`)
  // (and its hour and minutes parted by a dot: `lúc 07.30 phút`)
  ["time.at", "word", `(?:lúc|vào lúc|hồi|đúng|vào|bắt đầu từ)\\s+${D}{1,2}(?:\\s?(?:h|giờ)(?:\\s?${D}{1,2}(?:\\s?phút)?${NOT_DIGIT_AHEAD}|(?![\\p{L}\\p{M}]))|\\.${D}{2}\\s?phút(?![\\p{L}\\p{M}]))`],
  // an hour of a named day or part of it: `đến 17 giờ ngày 10/9`, `9 giờ sáng nay` (counterexample: `kéo dài 17 giờ liên tục` is a span)
  // (`khoảng 6 giờ cùng ngày`, `7 giờ hôm sau`)
  ["time.of-day", "digit", `${NOT_DIGIT_BEHIND}${D}{1,2}\\s?(?:h|giờ)(?=\\s*,?\\s+(?:sáng|trưa|chiều|tối|đêm|khuya|rạng sáng|hôm|cùng ngày|ngày\\s+${D}|thứ\\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)(?![\\p{L}\\p{M}]))`],
  // round the clock: `trực 24/24 giờ`, `24/24h`, `24/7` (no share of 24 hours; `đạt 24/24 tiêu chí` is one)
  // (`24/7` only where its phrase ends: `Có 24/7 xã` is a share)
  ["time.round-the-clock", "digit", `${NOT_DIGIT_BEHIND}24\\s?\\/\\s?(?:24\\s?(?:giờ|h)(?![\\p{L}\\p{M}])|7(?=\\s*(?:$|[.,;:)!?\\n])))`],
  // 0206 3855 011, 0912.345.678, +84 912 345 678; any number after a phone label
  ["phone", "both", `(?:\\+84|${NOT_DIGIT_BEHIND}0)${D}{2,3}[\\s.]?${D}{3,4}[\\s.]?${D}{3,4}${NOT_DIGIT_AHEAD}`],
  // (seven digits at least: `qua điện thoại 1.274 lượt khách`, `điện thoại 1.274 nghìn chiếc` count)
  ["phone.label", "word", "(?:điện thoại|đt|sđt|dđ|di động|hotline|fax|đường dây nóng)\\s*:?\\s*\\(?\\d(?:[\\s.()+-]{0,2}\\d){6,14}"],
];

/**
 * The rules, in order, as one sticky pattern; with `opening`, only those
 * whose match can open that way (the scan tries those at a digit or a word:
 * half as many alternatives each time).
 */
function rulesOpening(opening?: "digit" | "word"): RegExp {
  const chosen = PATTERNS.filter(([, opens]) => opening === undefined || opens === opening || opens === "both");
  return new RegExp(chosen.map(([, , source]) => `(?:${source})`).join("|"), "uy");
}

let wholeRule: RegExp | undefined;

/**
 * Where a rule can start: a digit, or the first letters of a rule's leading
 * word (no word boundary: the rules have none either). Every rule's first
 * token must be here; the e-mail rule, which starts anywhere, is found from
 * its `@` instead. scan.test.ts checks the scan against trying every rule
 * at every position.
 */
export const DATE_SCAN: ScanRule = {
  starts: [
    // every rule that begins with a digit refuses a digit, `.`, `,` or `/` before it (NOT_DIGIT_BEHIND)
    { pattern: DIGIT_STARTS, notAfter: "0123456789.,/", rule: rulesOpening("digit") },
    { pattern: /\+84|http|www\.|ngày|hôm|sáng|chiều|tối|trưa|đêm|rạng|dịp|quốc|lễ|tết|thứ|chủ|t[2-7]|cn|tháng|mùng|mồng|năm|niên|lúc|vào|hồi|đúng|bắt|điện|đt|sđt|dđ|di động|hotline|fax|đường/g, rule: rulesOpening("word") },
  ],
  // every rule at once is needed only where an e-mail may start too: built then, not at every start-up
  get rule(): RegExp {
    return (wholeRule ??= rulesOpening());
  },
};
const ADDRESS_CHAR = /^[\p{L}\p{N}._%+-]$/u;
const LOW_SURROGATE = /[\udc00-\udfff]/u;

/** Starts of the address-character runs that end at an `@`: the only places the e-mail rule can start. */
export function emailStarts(folded: string, from: number, to: number): number[] {
  const starts: number[] = [];
  for (let at = folded.indexOf("@", from); at !== -1 && at < to; at = folded.indexOf("@", at + 1)) {
    let s = at;
    for (;;) {
      // step back one character: a surrogate pair is one character to the rule
      const width = s >= 2 && LOW_SURROGATE.test(folded[s - 1]!) ? 2 : 1;
      if (s - width < 0 || !ADDRESS_CHAR.test(folded.slice(s - width, s))) break;
      s -= width;
    }
    if (s < at && s >= from) starts.push(s);
  }
  return starts;
}

/** Spans of dates, times, years, periods, phone numbers, URLs and e-mails in the folded text. */
export function findDateSpans(doc: PreparedDocument, from = 0, to = doc.folded.length): Span[] {
  const spans: Span[] = [];
  for (const m of scan(doc.folded, DATE_SCAN, from, to, emailStarts(doc.folded, from, to))) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** Which rule a date span came from (for tests and debugging). */
export function dateRule(text: string): string | null {
  for (const [rule, , source] of PATTERNS) if (new RegExp(`^(?:${source})$`, "u").test(text)) return rule;
  return null;
}
