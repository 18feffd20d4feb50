/** Spans of time: `03 năm`, `6 tháng đầu năm`, `hơn 2 năm qua`, `15 ngày`. Not anniversaries. */
import type { PreparedDocument } from "../../pipeline/document.js";
import { DURATIONS } from "../../lexicon/units.js";
import { GAP, unitPattern, type UnitMatch } from "./unit-match.js";

// Anniversaries and badges name a span of time without measuring one:
// `kỷ niệm 70 năm Ngày thành lập`, `Huy hiệu 30 năm tuổi Đảng` (counterexamples to `N năm`).
// A badge's list counts too: `Huy hiệu 30 năm, 40 năm và 50 năm tuổi Đảng`.
// (`truyền thống 94 năm của Mặt trận`: the tradition's age, as `94 năm truyền thống` is)
const ANNIVERSARY_BEFORE = /(?:kỷ niệm|huy hiệu|chào mừng|mừng|tròn|lễ|dịp|truyền thống)\s(?:[\p{L}\p{M}]+\s){0,2}(?:\d{1,3}\s(?:năm|tuổi)(?:\stuổi đảng)?\s?(?:,|và|;)\s){0,6}$/u;
const ANNIVERSARY_AFTER = /^\s(?:ngày\s)?(?:thành lập|tuổi đảng|tuổi|truyền thống|chiến thắng|giải phóng|ngày sinh|ngày mất|mất|hy sinh|khởi nghĩa|cách mạng|quốc khánh|đồng khởi|toàn quốc kháng chiến)(?![\p{L}\p{M}])/u;
/**
 * An anniversary, its name, then `và` before the next: `kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh và 55 năm …`;
 * the name may hold its dates in brackets (`79 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2023)
 * và 34 năm Ngày hội Quốc phòng toàn dân`).
 */
const ANNIVERSARY_LIST_BEFORE = /(?<![\p{L}\p{M}])(?:kỷ niệm|chào mừng|mừng)\s\d{1,3}\snăm\s(?:[^.,;:\n\d()]|\([^()\n]{0,40}\)){3,100}\svà\s$/u;
/** A span counted from the founding: `Sau ba năm thành lập, HTX đã có 27 thành viên` (counterexample to ANNIVERSARY_AFTER). */
// (`Sau đúng 2 năm ngày khởi công`, `Đã 5 năm ngày dự án được phê duyệt`)
const SINCE_BEFORE = /(?<![\p{L}\p{M}])(?:sau|qua|trải qua|trong|suốt|đã)(?:\s(?:hơn|gần|khoảng|chưa đầy|đúng|tròn|vừa tròn))?\s$/u;
const FOUNDED_AFTER = /^\s(?:ngày\s)?thành lập(?![\p{L}\p{M}])/u;
/**
 * A named day after the span: `92 năm Ngày Phụ nữ Việt Nam`, `79 năm Ngày Thương binh - Liệt sĩ`, `64 năm ngày Bến
 * Tre Đồng khởi` (capitals: `10 năm ngày đêm` is no name).
 */
const NAMED_DAY_AFTER = /^[ ](?:Ngày|NGÀY|ngày)[ ]\p{Lu}/u;
/**
 * A day named in lower case, its date in brackets after: `51 năm ngày ký Hiệp định Pari (27/01/1973 - 27/01/2024)`,
 * `94 năm ngày thành lập Hội (1930 - 2024)` (counterexample: a span counted from the day is measured, `Sau 5 năm ngày
 * ký kết (2019 - 2024)`).
 */
const DAY_DATED_AFTER =
  /^[ ]ngày[ ][^.;:!?()\n]{2,60}\((?:\d{1,2}[/.-]\d{1,2}[/.-](?:1[89]|20)\d{2}(?:[ ]?[-–][ ]?\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2})?|(?:1[89]|20)\d{2}[ ]?[-–][ ]?(?:19|20)\d{2})\)/u;
/** An item of a badges' list, the badge's words after the last: `các đồng chí 60 năm, 55 năm và 50 năm tuổi Đảng`. */
const BADGE_LIST_AFTER = /^(?:[ ]?(?:,|và|;)[ ]\d{1,3}[ ]năm){1,6}[ ]tuổi[ ]đảng(?![\p{L}\p{M}])/u;
/**
 * A badge's level written short, in a sentence about Party badges: `Huy hiệu 70 năm tuổi Đảng: 2 đồng chí; 60 năm: 5
 * đồng chí`, `(01 đồng chí 55 năm, 02 đồng chí 45 năm tuổi Đảng)`: a multiple of five from 30 to 90 years, then a mark
 * or `và` (counterexample: `đồng chí có 45 năm công tác` measures, a word follows).
 */
// (or the count right after it, `60 năm 15 đồng chí`, or a table's next cell)
const BADGE_LEVEL_AFTER = /^[ ]?(?:[:;,)\t|]|và[ ]|\d{1,4}[ ](?:đồng chí|đảng viên)(?![\p{L}\p{M}]))/u;
const BADGE_SENTENCE = /huy hiệu|tuổi đảng/u;
/** A number on a list's item or opening a table's row: `- 75 năm: 9 đồng chí; 70 năm: …`, `75 năm <TAB> 9`. */
// (the line's first item opening with its years too: `- Công tác tại địa phương: 35 năm` measures)
const LIST_LINE_BEFORE = /(?:^|\n)[ \t]*(?:[-+•*][ \t]*)?(?:\d{2}[ ]năm[^\n]*[;,][ ])?$/u;
function isBadgeLevel(doc: PreparedDocument, numeralStart: number, unitEnd: number): boolean {
  const years = Number(doc.folded.slice(numeralStart, unitEnd).replace(/\D.*$/u, ""));
  if (!(years >= 30 && years <= 90 && years % 5 === 0) || !BADGE_LEVEL_AFTER.test(doc.folded.slice(unitEnd, unitEnd + 20))) return false;
  const from = Math.max(0, numeralStart - 200);
  const to = Math.min(doc.folded.length, unitEnd + 120);
  const before = doc.folded.slice(from, numeralStart);
  const after = doc.folded.slice(unitEnd, to);
  // (an item of a list or a table's row: the sentence that opens the list, over its lines: `Huy hiệu 80 năm tuổi Đảng: 1
  // đồng chí;` / `- 75 năm: 9 đồng chí`)
  const opener = LIST_LINE_BEFORE.test(before) ? before.lastIndexOf(". ") : Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n"));
  const sentence = before.slice(opener + 1) + after.slice(0, after.search(/\.[ \n]|\n|$/u));
  return BADGE_SENTENCE.test(sentence);
}

/** `Nhân 92 năm …`: on the occasion of an anniversary (`nhân` right before the number). */
const ON_THE_BEFORE = /(?<![\p{L}\p{M}])nhân\s$/u;
const SINCE_AFTER = /^[ ](?:kể từ|từ khi|từ ngày|thi công|thực hiện|triển khai)(?![\p{L}\p{M}])/u;
/** A span's word before `tròn` ("a full"): `cách đây tròn 30 năm`, `Sau tròn 10 năm`. */
// (not `đã tròn`: `Hội đã tròn 35 năm ngày thành lập` celebrates)
const FULL_SPAN_BEFORE = /(?<![\p{L}\p{M}])(?:sau|qua|trải qua|trong|suốt|cách đây|mất|được)(?:\s(?:đúng|vừa))?\stròn\s$/u;
/** What says a span has passed before `tròn … kể từ`: `đã tròn`, `vừa tròn`, `là tròn`, `Đến nay, tròn`, a clause opening on it. */
const SINCE_TRON_BEFORE = /(?:(?<![\p{L}\p{M}])(?:đã|vừa|được|là|nay,?)\s|(?:^|[.!?;,\n])[ \t]*)tròn\s$/u;
/** `kỷ niệm 70 năm Ngày thành lập`, `Huy hiệu 30 năm tuổi Đảng`: a span of time in a name, no figure. */
export function isAnniversary(doc: PreparedDocument, numeralStart: number, unitEnd: number): boolean {
  const before = doc.folded.slice(Math.max(0, numeralStart - 30), numeralStart);
  // `tròn` after a word of a span is "a full": `cách đây tròn 30 năm`, `Sau tròn 10 năm thực hiện` measure (counterexample:
  // `kỷ niệm tròn 80 năm`, `Đảng bộ tròn 95 năm` celebrate)
  // (`đã tròn 2 năm kể từ khi …` measures too; `đã tròn 35 năm ngày thành lập` celebrates)
  // (`Đến nay là tròn 10 năm kể từ ngày …`, `Đến nay, tròn 5 năm kể từ khi …` measure; `Kỷ niệm tròn 70 năm kể từ ngày
  // thành lập`, `Đảng bộ tròn 95 năm kể từ ngày thành lập` still celebrate)
  const fullSpan = before.endsWith("tròn ") && (FULL_SPAN_BEFORE.test(before) || (SINCE_TRON_BEFORE.test(before) && SINCE_AFTER.test(doc.folded.slice(unitEnd, unitEnd + 16))));
  if (!fullSpan && ANNIVERSARY_BEFORE.test(before)) return true;
  // (the second of two anniversaries celebrated together: `kỷ niệm 95 năm Ngày thành lập Đảng và 30 năm tái lập huyện`)
  if (before.endsWith(" và ") && ANNIVERSARY_LIST_BEFORE.test(doc.folded.slice(Math.max(0, numeralStart - 140), numeralStart))) return true;
  // (a span counted from the day is measured: `Qua 5 năm ngày Nghị quyết có hiệu lực`, `Sau 10 năm ngày Tái lập huyện`)
  if ((NAMED_DAY_AFTER.test(doc.text.slice(unitEnd, unitEnd + 20)) && !SINCE_BEFORE.test(before)) || ON_THE_BEFORE.test(before)) return true;
  if (doc.folded.startsWith(" ngày ", unitEnd) && DAY_DATED_AFTER.test(doc.folded.slice(unitEnd, unitEnd + 110)) && !SINCE_BEFORE.test(before)) return true;
  const after = doc.folded.slice(unitEnd, unitEnd + 30);
  if (BADGE_LIST_AFTER.test(doc.folded.slice(unitEnd, unitEnd + 80)) || isBadgeLevel(doc, numeralStart, unitEnd)) return true;
  return ANNIVERSARY_AFTER.test(after) && !(FOUNDED_AFTER.test(after) && SINCE_BEFORE.test(before));
}

// `một năm` is a duration only where a span of time is expected: `sau một
// năm`, `trong một năm qua`; not `5,25% một năm` ("a year", a rate's basis).
export const SPAN_BEFORE_ONE = /(?<![\p{L}\p{M}])(?:sau|trong|hơn|gần|khoảng|qua|suốt|mất|kéo dài|vòng|được|trên|dưới|chỉ|đúng|tròn|thêm|gần|ít nhất|tối đa)\s+$/u;

const DURATION = unitPattern(DURATIONS, `${GAP}{1,2}`);
export function matchDuration(doc: PreparedDocument, at: number): UnitMatch | null {
  DURATION.re.lastIndex = at;
  const m = DURATION.re.exec(doc.folded);
  if (!m) return null;
  const end = at + m[0].length;
  const entry = DURATION.lookup.get(m[1]!)!;
  return { kind: "duration", unit: entry.unit, end, per: null, rule: "duration.unit" };
}
