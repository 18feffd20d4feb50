/**
 * Figures: numbers in the headline and body that measure something.
 *
 * One pass over the numerals, left to right. For each: skip it if a date, a
 * reference, a label or a list marker owns it; read a ratio (`13/10`) or a
 * range (`10-12`, `từ 5 đến 7`); then ask the dimension matchers, most
 * specific first: percent, money, measure, duration, counted noun, money
 * without `đồng`, and last the noun that came before (`Số hợp tác xã … là 851`).
 * The qualifier is read off the words before the figure.
 */
import { mergeSpans, overlapsAny, type PreparedDocument, type Span } from "../../pipeline/document.js";
import { proseEnd } from "../../pipeline/segment.js";
import type { Figure, Qualifier } from "../../schema.js";
import { COMPARATIVES, DEADLINE_WORDS, QUALIFIERS } from "../../lexicon/numbers.js";
import { SPEECH_VERBS, SURNAMES } from "../../lexicon/names.js";
import { CLASSIFIERS, COUNT_NOUNS, FAMILY_BONDS, MEASURED_AFTER_LABELS, IDENTIFIER_NOUNS, MONEY_NOUNS, NOT_A_NOUN, NOT_LABEL_COMPOUNDS, REPORT_VERBS, SCORE_AND_AGE_NOUNS } from "../../lexicon/units.js";
import { findDateSpans } from "../dates.js";
import { findNumerals, numeralAt, roundFloat, type Numeral } from "./numeral.js";
import { matchNoun, matchNounStartingAt } from "./count.js";
import { isAnniversary, matchDuration, SPAN_BEFORE_ONE } from "./duration.js";
import { matchMeasure } from "./measure.js";
import { matchMoney } from "./money.js";
import { matchPercent } from "./percent.js";
import { PhraseBefore } from "./phrase-before.js";
import { eachBasisAfter, perAfterThing, perAt, type UnitMatch } from "./unit-match.js";
import { sentenceAround } from "./sentence.js";
import { NOT_A_COUNT_AFTER_SO, opensSpacedRow, tableCellUnit, unitAboveList, unitOfCell } from "./table.js";

/** The unit a table cell names (table.ts), read by this extractor itself. */
const readCellUnit = (cell: string) => unitOfCell(cell, (doc) => findFigures(doc, []));

/** `Tổ 10`, `tổ dân phố số 5`, `lần thứ 3`: a label right before the number. `tổng số 120 hộ` is no label. */
const LABEL_BEFORE = new PhraseBefore(IDENTIFIER_NOUNS);
/** What may follow a count's basis: the clause's end, or a word of place, time, purpose or whom. */
const EACH_BASIS_END = /^(?:[ ]?[,.;:!?)”"…]|[ ]?$|[ ](?:vào|cho|tại|ở|trong|với|để|từ|đến|tới|và|của|trên|theo|nhằm|khi|trở lên|như|qua|sau|trước)(?![\p{L}\p{M}]))/u;
/**
 * Number words that are nothing but numbers count a noun the lexicon does not know, as digits do: `hai thùng chứa rác`,
 * `mười hai câu hỏi`, `bốn điều kiện` (not one word that is also another: `một`, "a"; `năm`, a year; `tư`, private; nor
 * a guess in capitals, `Hai Bà Trưng`, a name; nor a side's or a way's, `hai bên`, `hai chiều`, no things; nor hours or
 * words, `Hai tiếng "đồng chí"`; nor a time ago, `Hai bữa trước`). After a noun, a
 * number word names which one, no count: `sinh viên năm hai khoa Luật`, `Người dân hai bức xúc`, `tổ hai`, `thứ hai`; or a
 * plant's kind, `thông ba lá`, `cỏ ba lá`.
 */
// (one word only `hai`, `bốn`, `sáu`: `ba` is a father and opens `ba lô`, `ba ba`, `ba kích`, `cá ba sa`; `chín` is ripe,
// `lúa chín vàng`; `tám` a rice, `gạo tám thơm`; `bảy` and `mười` open sayings, `bảy nổi ba chìm`, `mười phân vẹn mười`)
const PLAIN_NUMBER_WORD = /^(?:hai|bốn|sáu)$|[ ]/u;
/** A number word: the next word after one, `bảy tám chục`, `ba bốn năm`, is a range said roughly, no noun. */
const NUMBER_WORD_OPENING = /^(?:một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|mốt|chục|trăm|nghìn|ngàn|vạn|triệu|tỷ|dăm|vài|mấy)(?:[ ]|$)/u;
/** A number word then another word before it: a saying's pair, `một nắng hai sương`, or a rough range, `hai, ba tầng`. */
const PAIRED_NUMBER_BEFORE = /(?<![\p{L}\p{M}])(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?:[ ][\p{L}\p{M}]+)?,?[ ]$/u;
// (nor `mười mấy năm`, "ten-odd years", a span's)
const NOT_COUNTED_BY_WORD = /^(?:bên|chiều|mặt|phía|tay|chân|mắt|vai|đầu|miền|cấp|thứ|mẹ|má|me|con|tiếng|mấy|lăm)(?:[ ]|$)/u;
const TIME_AGO_AFTER = /^[ ](?:trước|sau|qua|nay|tới)(?![\p{L}\p{M}])/u;
let nounsBeforeWord: ReadonlySet<string> | undefined;
const CLASSIFIER_WORDS: ReadonlySet<string> = new Set(CLASSIFIERS);
function plainWordCounts(doc: PreparedDocument, numeral: Numeral, noun: { unit: string; end: number }): boolean {
  if (!PLAIN_NUMBER_WORD.test(numeral.written) || numeral.scale !== 1 || NOT_COUNTED_BY_WORD.test(noun.unit) || NUMBER_WORD_OPENING.test(noun.unit)) return false;
  if (PAIRED_NUMBER_BEFORE.test(doc.folded.slice(Math.max(0, numeral.start - 16), numeral.start))) return false;
  if (TIME_AGO_AFTER.test(doc.folded.slice(noun.end, noun.end + 7))) return false;
  // (a classifier alone, its thing unknown: `ba ngôi sao` is no shrine, `hai bức xúc` no picture)
  if (CLASSIFIER_WORDS.has(noun.unit.split(" ")[0]!)) return false;
  const nounAt = noun.end - noun.unit.length;
  if (!/^\p{Ll}/u.test(doc.text.slice(nounAt, nounAt + 1))) return false;
  // (and a day's or a month's: `tháng hai âm lịch`, `mùng hai Tết`)
  nounsBeforeWord ??= new Set([...COUNT_NOUNS, ...IDENTIFIER_NOUNS, "năm", "dân", "sinh viên", "học sinh", "thông", "cỏ", "tháng", "ngày", "mùng", "mồng", "rằm", "tuần", "quý"]);
  const before = /(?:^|[^\p{L}\p{M}])((?:[\p{L}\p{M}]+[ ])?([\p{L}\p{M}]+))[ ]$/u.exec(doc.folded.slice(Math.max(0, numeral.start - 24), numeral.start));
  return !before || !(nounsBeforeWord.has(before[2]!) || nounsBeforeWord.has(before[1]!));
}
/**
 * A count's basis after `mỗi`, `hằng`: `2 lần mỗi năm`, `20 lượt khách mỗi ngày` (counterexamples: the count's own noun
 * again shares it out, `tổ chức 3 đợt mỗi đợt 50 người`; what there is, after `có`, is no flow, `Xã có 3 tổ hằng tuần ra
 * quân`, the span the next verb's).
 */
function eachCountBasis(doc: PreparedDocument, numeral: Numeral, noun: { unit: string; end: number }): { per: string; end: number } | null {
  if (/(?<![\p{L}\p{M}])(?:có|gồm)[ ]$/u.test(doc.folded.slice(Math.max(0, numeral.start - 5), numeral.start))) return null;
  const each = eachBasisAfter(doc, noun.end);
  if (!each || each.per.split("/")[0]!.toLowerCase() === noun.unit.split(" ")[0]) return null;
  // (a verb after it takes the span: `15 câu lạc bộ hằng tháng sinh hoạt`; a place, a purpose or the clause's end leaves it the count's)
  return EACH_BASIS_END.test(doc.folded.slice(each.end, each.end + 12)) ? each : null;
}
/** `tổng số 120 hộ`, `phát biểu 6 ý kiến`, and each of a kind: `mỗi đợt 20 người`, `mỗi tổ 5 người`, `từng thôn 3 hộ` (no team 5). */
const NOT_LABEL_BEFORE = new PhraseBefore([...NOT_LABEL_COMPOUNDS, ...IDENTIFIER_NOUNS.flatMap((label) => [`mỗi ${label}`, `từng ${label}`])]);
/**
 * The whole of a kind: `Toàn huyện 15 xã`, `cả thôn 120 hộ` (the label's noun in lower case; counterexample:
 * `Toàn Chi bộ 4 …` names Chi bộ 4).
 */
const WHOLE_OF_BEFORE = new PhraseBefore(IDENTIFIER_NOUNS.flatMap((label) => [`toàn ${label}`, `cả ${label}`]));
const QUALIFIER_BEFORE = new PhraseBefore(QUALIFIERS.map(([w]) => w));
const QUALIFIER_KIND = new Map(QUALIFIERS.map(([w, q]) => [w, q]));
const COMPARATIVE_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${COMPARATIVES.join("|")})\\s+$`, "u");
// (not `xuống` before where one goes down to: `đi bộ 5 km trở xuống chợ`; a length's also before a village, `cơ sở` or a
// place's name, below)
const OR_MORE_AFTER = /\s?trở (lên|xuống(?![ ](?:chợ|bản|làng|núi|đồi|ruộng|đồng|sông|suối|biển|xã|phố|thị trấn|huyện|dưới|đây|đó|nhà|thuyền|tàu|xe)(?![\p{L}\p{M}])))(?![\p{L}\p{M}])/uy;
/**
 * Where a walk goes down to after `trở xuống`: `5 km trở xuống thôn Nà Lạn`, `30 cán bộ trở xuống cơ sở`, `Sau 2 ngày trở
 * xuống địa bàn`; a place's name after a length or a count, `leo 2 km trở xuống Sa Pa` (counterexamples, bounds from
 * above, the sentence running on without a comma: `án 3 năm trở xuống Tòa án có thể …`, `15 tỷ đồng trở xuống cơ sở …`).
 */
const PLACE_WORD_AFTER = /[ ](?:thôn|buôn|ấp|sóc|xóm|khóm|phường|thị xã|thành phố|tỉnh|cơ sở|địa bàn|vùng)(?![\p{L}\p{M}])/uy;
const PLACE_NAME_AFTER = /[ ]\p{Lu}/uy;
/** `trở lên` after one to eight lower-case words of the thing counted or measured, in its clause. */
// (not `xuống` a few words on: `Mất 3 ngày đi bộ lên bản rồi trở xuống` comes back down)
const OR_MORE_LATER = /(?:[ ][\p{Ll}\p{M}]+){1,8}[ ]trở[ ](lên)(?![\p{L}\p{M}])/uy;
/** `số` and one to three words of what is counted, then `trở lên`, after a share: `90% số hộ gia đình trở lên`. */
// (not a grade's `trở lên`: `75% số học sinh khá trở lên`, `100% số xã loại khá trở lên` are exact)
const SHARE_OR_MORE_LATER = /[ ]số(?:[ ](?!(?:khá|giỏi|tốt|xuất sắc|trung bình|loại|đạt|hoàn thành)(?![\p{L}\p{M}]))[\p{Ll}\p{M}]+){1,3}[ ]trở[ ]lên(?![\p{L}\p{M}])/uy;
const NOUN_OR_MORE_LATER = /[ ]([\p{Ll}\p{M}]+(?:,?[ ][\p{Ll}\p{M}]+){0,4})[ ]trở[ ]lên(?![\p{L}\p{M}])/uy;
// (a bound may stand before the upper end: `từ 12 đến gần 25 tấn`, `từ 6.000 đến hơn 7.000 đồng/kg`; the range is 12 to 25)
const RANGE_AFTER = /\s?(?:[-–—]|(?:đến|tới)(?:\s(?:gần|hơn|trên|dưới|khoảng|xấp xỉ))?)\s?(?=\p{N})/uy;
const WORD_RANGE_AFTER = /[ ](?:đến|tới)[ ](?=[\p{L}\p{M}])/uy;
const RANGE_FROM_BEFORE = /(?<![\p{L}\p{M}])từ\s+$/u;
// `13/10`, and `17 trong tổng số 19 mục tiêu` (17 of the 19)
const RATIO_AFTER = /(?:\s?\/\s?|\s+trong\s+(?:tổng\s+)?số\s+)(?=\p{N})/uy;
// and as it is said, `9 trên 11 chỉ tiêu`, `12 trên tổng số 14 chi bộ` (a part no larger than the whole: `Năm 2023 trên 300
// hộ` is over 300)
const TIME_WORD_BEFORE = /(?<![\p{L}\p{M}])(?:sáng|chiều|tối|trưa|đêm|ngày|tháng|năm|quý|tuần|đợt|lần|khóa|lớp)[ ]$/u;
const SPOKEN_RATIO_AFTER = /[ ]trên[ ](?:tổng[ ]số[ ])?(?=\p{N})/uy;
/** `2/3 số xã`, `1/3 tổng số cán bộ`: a fraction of "the (whole) number of" communes; the counted noun follows `số`. */
const FRACTION_OF = /[^\S\n\t](?:tổng[^\S\n\t])?số(?=[^\S\n\t][\p{L}\p{M}])/uy;
/** `gấp 1,5 lần`, `tăng 2,6 lần`: how many times as much, no count of occasions (counterexample: `tổ chức 3 lần` counts). */
// (the upper end of a range or a pair too: `gấp 2 - 3 lần`, `gấp 1,5-2 lần`, `gấp 2, 3 lần`)
const MULTIPLIER_BEFORE =
  /(?<![\p{L}\p{M}])(?:gấp|tăng|giảm|(?:cao|nhiều|lớn|thấp|ít) hơn)(?:\s(?:hơn|gần|khoảng|trên|gấp|ít nhất|tối thiểu))?\s+(?:\p{N}+(?:,\p{N}+)?\s?(?:[-–]|,|đến|tới)\s?)?$/u;
/** `Km 15+200`: the metres after a kilometre mark name a place on a road, no figure. */
const CHAINAGE_BEFORE = /\p{N}\+$/u;
/**
 * `học bổng 1 + 1`, `mô hình 3 + 1` (a name or a formula): the number after a spaced plus counts only a known
 * noun (counterexample: `10 + 5 hộ nhận hỗ trợ` counts 5 hộ).
 */
const PLUS_BEFORE = /\p{N}[ ]\+[ ]$/u;
/**
 * `vắc xin 5 trong 1`, `dầu gội 2 trong 1`: a product's name, more in one (counterexamples: `3 trong 5 xã` is a share,
 * `còn 18 trong 1 năm` a span, `3 trong 1.000 trẻ` a rate).
 */
const IN_ONE_AFTER = /^[ ]trong[ ]1(?![\p{N}]|[.,]\p{N})(?![ ](?:năm|tháng|ngày|tuần|giờ|quý|lần|đợt|kỳ|vụ)(?![\p{L}\p{M}]))/u;
// (a province's code in mixed case too: `QNg 95468 TS`, `BTh 96012 TS`)
const REGISTRATION_BEFORE = /(?<![\p{L}\p{M}])\p{Lu}(?:\p{Lu}{0,2}|\p{Ll}|\p{Lu}\p{Ll})[ -]$/u;
const REGISTRATION_AFTER = /^[ -]?\p{Lu}{1,3}(?![\p{L}\p{M}])/u;
/**
 * A vehicle's plate: the province's two digits and the series, a dash, then the number (`BKS 73C - 031.16`,
 * `biển số 59N2-760.10`); none is a count of what the vehicle does next (`031.16 chở bò`).
 */
const PLATE_BEFORE = /(?<![\p{L}\p{M}\p{N}])\p{N}{2}\p{Lu}{1,2}\p{N}?[ ]?[-–][ ]?$/u;
/** A vehicle before its seats: `ô tô 7 chỗ`, `xe khách 45 chỗ` name its class (`bãi đỗ xe có 200 chỗ` counts). */
// (not where vehicles park: `Bãi đỗ xe 200 chỗ`, `nhà để xe 300 chỗ` count places)
const VEHICLE_BEFORE = /(?<![\p{L}\p{M}])(?<!(?:đỗ|để|gửi|đậu|giữ|nhà)[ ])(?:xe|ô tô|ôtô|xe khách|xe buýt|xe ô tô|xe con|xe du lịch)[ ]$/u;
/** `(1)`, `1.` or `2)` opening a line: list numbering. */
const LIST_MARKER_BEFORE = /(?:^|\n)[ \t•·*-]*\(?$/u;
const SECTION_NUMBER = /^\d{1,2}\.\d{1,2}$/u;
const LINE_START_BEFORE = /(?:^|\n)[ \t]*$/u;
const LIST_MARKER_AFTER = /^(?:\)|\.(?!\p{N}))/u;
/**
 * A copula before a bare number whose noun came first: `Số hợp tác xã … là
 * 851`, `Số hộ nghèo giảm xuống còn 120`, `Số đảng viên tăng lên 1.248`, the change itself (`số vụ tai nạn giảm
 * 258`); a
 * qualifier may stand between (`là khoảng 120`). Not `có` (counterexample:
 * `Số hộ có 4 thế hệ cùng chung sống` counts no households).
 */
// (`dao động` "ranges": `Số ca nhập viện mỗi ngày dao động 87-145`, `… dao động từ 19 đến 30`)
const COPULA_BEFORE = /(?:(?<![\p{L}\p{M}])(?:là|đạt|được|còn|lên|tăng|giảm|tăng thêm|dao động|dao động từ|dao động trong khoảng)|:)\s*(?:(?:khoảng|hơn|trên|gần|dưới|ước|xấp xỉ|chừng|gần như|ước tính|ước đạt)\s+)?$/u;
/** A word that `ước` ends (`thỏa ước`, `quy ước`), or a wisher (`Em ước có 1 chiếc xe đạp`, `mong ước có 3 cây cầu`). */
const FIRM_AGREEMENT_BEFORE = /(?<![\p{L}\p{M}])(?:thỏa|thoả|quy|hiệp|hương|khế|mơ|mong|em|tôi|cháu|chúng tôi|bé)\s+$/u;
const AGREEMENT_BEFORE = /(?<![\p{L}\p{M}])(?:thỏa|thoả|quy|hiệp|công|điều|mơ|mong|cam|giao|khế|em|tôi|cháu|chúng tôi|bé)\s+$/u;
/** A clause opened by `Ước` (estimated) before `… đạt` and the number: `Ước cả năm thu ngân sách đạt 45 tỷ đồng`. */
const ESTIMATE_CLAUSE = /(?:^|[.;\n]\s*)ước(?:\s+tính|\s+thực\s+hiện)?\s[^.;\n]{0,80}?\sđạt\s*$/u;
/**
 * An estimate's words inside the clause, its verb before the amount: `GRDP ước thực hiện năm 2024 đạt 7,78%`, `dự ước
 * GRDP năm 2023 tăng 9,16%`, `ước đạt là 1,87%` (no comma between: `Theo ước tính của ngành, năm nay đạt 7%` is exact; nor
 * a bracket or a rate, which the estimate's own amount went before: `ước đạt 21 tỷ đồng (đạt 19,83% kế hoạch)`).
 */
// (nor past another amount or a joint, `đạt 120 tỷ đồng và dự toán năm 2025 là 130 tỷ đồng`, nor a wish, `mơ ước đạt`)
const ESTIMATE_IN_CLAUSE =
  /(?<![\p{L}\p{M}])(?<!(?:mơ|mong|niềm)\s)(?:dự ước|ước tính|ước thực hiện|ước đạt)(?![\p{L}\p{M}])(?:(?![ ](?:và|còn|trong khi)[ ]|\d[ ]?(?:tỷ|tỉ|triệu|nghìn|ngàn|đồng)(?![\p{L}\p{M}]))[^.;:,()%\n]){0,60}?(?<![\p{L}\p{M}])(?:đạt|tăng|giảm|là)(?:\s+(?:là|được))?\s*$/u;
/**
 * `số` (the number of) and its noun; not `một số` (some) or `trong số`
 * (among), nor a `số` inside a word: `dân số`, `mã số`, `chuyển đổi số`,
 * `kỹ thuật số`, `đa số`, `thiểu số`, `con số`, `chỉ số`, `số liệu`, `số hóa`,
 * `số học` (arithmetic, but `số học sinh`, `số học viên` count pupils)
 * (counterexample: `Số đảng viên vi phạm chính sách dân số là 5` counts
 * `đảng viên`, not `là`).
 */
const NOUN_FIRST =
  /(?<![\p{L}\p{M}])(?<!(?:một|trong|dân|mã|đổi|thuật|đa|thiểu|con|chỉ|hệ|ký|biển|điểm|tổng đài|tần)\s)số(?:\slượng)?\s(?=[\p{L}\p{M}])(?!(?:liệu|hóa|học(?!\s(?:sinh|viên|bổng)(?![\p{L}\p{M}]))|phận|ít|đông|đo|thứ tự|điện thoại|hiệu)(?![\p{L}\p{M}]))/gu;
const MONEY_CONTEXT = /(?<![\p{L}\p{M}])(?:đồng|tiền|kinh phí|vốn|ngân sách|thu|chi|trị giá|giá trị|doanh thu|đầu tư|ủng hộ|hỗ trợ|nộp|thuế|lợi nhuận|thu nhập|giải ngân|tín dụng|vay|dư nợ|tổng mức|quỹ|huy động|bồi thường|tài trợ|đóng góp|chi phí|lương|giá|thưởng|phạt|kiếm|lãi|tiết kiệm|biếu|học phí|viện phí)(?![\p{L}\p{M}])/u;
/** A price's word right before an amount in thousands with no currency: `trị giá 500 nghìn`, `ngày công chỉ 250 nghìn`. */
/**
 * A loss's word right before an amount in millions with no currency: `thiệt hại chừng 300 triệu`, `bị thiệt hại gần 200
 * triệu` (not anywhere in the sentence: `Đàn lợn bị thiệt hại … là 2,1 triệu con, số còn lại khoảng 1,5 triệu` counts).
 */
const LOSS_BEFORE = /(?<![\p{L}\p{M}])thiệt hại[ ](?:(?:chừng|khoảng|gần|hơn|trên|ước tính|ước|lên tới|lên đến|tới|là)[ ])?$/u;
/**
 * A counted subject in the clause: `Tổng số gia cầm bị thiệt hại lên tới 1,2 triệu` counts birds (not `Số tiền`), and so
 * do `Tổng đàn lợn`, `lượng gia cầm`, `Đàn gia súc bị thiệt hại là 1,2 triệu` (not past a comma: `hoa màu của bà con,
 * thiệt hại khoảng 700 triệu` is money).
 */
const COUNTED_SUBJECT = /(?<![\p{L}\p{M}])(?:(?:số|lượng)[ ](?:lượng[ ])?(?!tiền(?![\p{L}\p{M}]))[\p{L}\p{M}]+|đàn|gia súc|gia cầm)(?![\p{L}\p{M}])[^.!?;,\n]*$/u;
const PAID_BEFORE =
  /(?:(?<![\p{L}\p{M}])(?:tốn|trả|đóng|nộp|nợ|mất trắng|lỗ|thua lỗ)|(?<![\p{L}\p{M}])mua[^,.;:!?\n]{0,20}[ ]hết)[ ](?:(?:hết|mất|khoảng|hơn|gần|chừng|chỉ|trên|tới|lên tới)[ ])?$/u;
/**
 * Spent, lost or earned right before a sum that ends its clause, or goes on with a function word: `khoan giếng mất 90
 * triệu.`, `bị lừa mất 200 triệu qua mạng`, `kiếm hai triệu mỗi tháng` (counterexample: `mất 2 triệu lượt truy cập`, `thu
 * hút hai triệu lượt khách` go on to what they count).
 */
const SPENT_BEFORE = /(?<![\p{L}\p{M}])mất[ ](?:(?:hết|khoảng|hơn|gần|chừng|tới|lên tới)[ ])?$/u;
const SAID_SUM_BEFORE = /(?<![\p{L}\p{M}])(?:tốn|trả|mất|lỗ|lãi|lời|kiếm|thu)[ ](?:(?:được|hết|mất|khoảng|hơn|gần|chừng|chỉ|tới|lên tới)[ ])?$/u;
const CLAUSE_ENDS_AT = /^[ ]?(?:[,.;:!?)"”…]|$)|^[ ](?:qua|để|trong|cho|do|mà|vì|khi|nhờ|sau|mỗi|một|ở|tại|từ|rồi|nên|thì|và|nhưng|với)(?![\p{L}\p{M}])/mu;
const MONEY_CLAUSE_BEFORE =
  /(?<![\p{L}\p{M}])(?:tiền(?![ ](?:giang|đề|phong|hải|tuyến|thân|lệ|vệ|sử|đồn|nhiệm|cảnh|bối|định|kiếp))|kinh phí|chi phí|học phí|viện phí|lương(?![ ](?:thực|y|tâm|tri)))(?![\p{L}\p{M}])[^,.;:!?\n]*[ ]$/u;
const PRICE_BEFORE = /(?<![\p{L}\p{M}])(?:trị giá|giá trị|giá|mức giá|tiền công|ngày công|lương|thu nhập)[ ](?:(?:chỉ|là|khoảng|từ|hơn|gần|trên|dưới|chừng|bằng)[ ])?$/u;

/** A capitalised word right before the number, not opening its sentence: the number ends a name (`Vsip 2`, `Hải Giang 1`). */
// (with a lower-case letter: `UBND 3 xã Tân Phú, …` counts three communes, an acronym ends no name)
const NAME_ENDS_BEFORE = /(?<=[\p{L}\p{M}][ ])\p{Lu}[\p{Ll}\p{M}]+[ ]$/u;
/** A basis that is a number and a noun: `1.000 trẻ` in `950 trẻ/1.000 trẻ`. */
const SAME_NOUN_BASIS = /^[\p{N}.,]+[ ](.+)$/u;
/** An address's word before a house number. */
const ADDRESS_BEFORE = /(?<![\p{L}\p{M}])(?:số|tại|ở|đường|phố|địa chỉ|trụ sở)[ ]$/u;
/** After a bracket, an address shows its ward or district after the street: `(44 Gò Dầu, Tân Phú, TP HCM)`. */
const PLACE_AFTER_STREET = /^[^\S\n]*,[^\S\n]*\p{Lu}[\p{Ll}\p{M}]*(?:[^\S\n](?:\p{Lu}[\p{Ll}\p{M}]*|\d{1,2}))*[^\S\n]*[,)]/u;
/** A work's name right before a number: a bridge's, a dam's, a plant's word, then one to three words in Title Case. */
const WORK_NAME_BEFORE = /(?<![\p{L}\p{M}])(?:[Cc]ầu|[Tt]hủy điện|[Tt]huỷ điện|[Nn]hiệt điện|[Đđ]iện gió|[Nn]hà máy|[Hh]ồ|[Đđ]ập|[Cc]ống|[Tt]rạm bơm|[Kk]ênh|[Cc]ảng|[Hh]ầm)(?:[ ]\p{Lu}[\p{Ll}\p{M}]*){1,3}[ ]$/u;
/** Two words in Title Case: a name (`Trần Xuân`, `Tràng Thi`), after an address's word no counted noun. */
const PROPER_NAME_AFTER = /^[^\S\n\t]{1,3}["“]?\p{Lu}[\p{Ll}\p{M}]*[^\S\n\t]\p{Lu}[\p{Ll}\p{M}]*/u;
const PLACE_NOUN = /^(?:xã|phường|thị trấn|thị xã|thành phố|huyện|quận|tỉnh|thôn|bản|xóm|tổ dân phố|khu phố|làng|ấp)$/u;
const PLACE_ALTERNATIVE = /^\s?\/\s?(?:thành|xã|phường|thị trấn|thị xã|thành phố|huyện|quận|tỉnh|thôn|bản|xóm|tổ dân phố|khu phố|làng|ấp)(?![\p{L}\p{M}])/u;
const HALF_AFTER = /[ ]rưỡi(?![\p{L}\p{M}])/uy;
/**
 * A number word in capitals right after a capitalised word is part of a name:
 * `xã Bình Ba tổ chức`, `cựu chiến binh Hồ Bảy năm nay` (counterexample: `Hai
 * tỉnh xếp đầu` opens a sentence).
 */
// or after a word in lower case, mid-sentence: `dọn vệ sinh kênh Ba Bò`, `huyện Năm Căn` (a sentence opens after a stop or a line's start)
const NAME_WORD_BEFORE = /(?:(?<![\p{L}\p{M}])\p{Lu}\p{Ll}[\p{Ll}\p{M}]*|[\p{Ll}\p{M}])[ ]$/u;
/** A deadline's or a starting point's word right before a day and month: `đến 30/9`, `trước 31/12`, `tính đến 30/6`. */
// (not `có tới`: as many as, `Có tới 2/3 diện tích lúa bị ngập`)
const DEADLINE_DAY_BEFORE = /(?<![\p{L}\p{M}])(?<!có[ ])(?:đến|tới|trước|sau|từ|kể từ|hết|đến hết|tính đến|chậm nhất|muộn nhất)[ ]$/u;
// (before a place or a route: `kéo dài trên hai tháng`, `trên năm thành viên` are over)
const NOT_MONEY_DONG = /^đồng (?:bào|chí|đội|nghiệp|hương|môn|ruộng|lúa|bằng)(?![\p{L}\p{M}])/u;
const SMALL_WORD_AT = /^(?:hai|ba|bốn|năm|sáu|bảy|tám|chín)[ ](?:tuyến|địa bàn|tỉnh|huyện|xã|phường|thôn|bản|khu vực|vùng|lĩnh vực|mặt trận|đảo|bờ|tầng)(?![\p{L}\p{M}])/u;
/** What sets the rest apart later in a sentence opened by `Ngoài`: `Ngoài 2 tỷ đồng …, huyện còn bố trí thêm …`. */
const BESIDES_LATER = /^[^.;!?\n]*,[^.;!?\n]*(?<![\p{L}\p{M}])(?:còn|cũng|thêm)(?![\p{L}\p{M}])/u;
/** A sentence's or a list item's opening before a word: `. Ngoài`, `\nNgoài`, `- Ngoài`. */
const OPENS_OR_ITEM_BEFORE = /(?:^|[.!?…:;\n]|(?:^|\n)[ \t]*[-–•+*])[ \t]*$/u;
/** What is built to a grade, before `cấp N`: `nhà cấp 4`, `đường cấp 3`, `công trình cấp 2`. */
const GRADED_BEFORE = /(?<![\p{L}\p{M}])(?:nhà|nhà ở|nhà xưởng|đường|tuyến đường|công trình|cầu|đê|kè|cảng|trạm|bệnh viện|rừng)[ ]cấp[ ]$/u;
/** The highest grade of a building or a road (`nhà cấp 4`, `đường cấp 6`). */
const MAX_GRADE = 6;
/** How many subjects an exam's sum is over at most: `tổng điểm 3 môn` (more is a score, `tổng điểm 29 môn khối A00`). */
const MAX_SUBJECTS = 10;
// (and a sound's: `21 tiếng pháo`, `3 hồi 9 tiếng chuông`, `2 tiếng nổ`, `Hai tiếng “đồng chí”`; counterexamples, hours
// before a verb that opens with a sound's word: `Sau 2 tiếng động viên`, `3 tiếng kêu gọi`, `5 tiếng nổ lực` misspelt)
/** A span's word before hours said `tiếng`, a bound maybe after it: `Sau 2 tiếng`, `mất 2 tiếng`, `Chờ gần 3 tiếng`. */
const HOURS_SPAN_BEFORE = /(?<![\p{L}\p{M}])(?:sau|mất|chờ|đợi|suốt|trong|kéo dài|hết)[ ](?:(?:gần|hơn|khoảng|chừng|đúng|tròn)[ ])?$/u;
const LANGUAGE_AFTER =
  /^\s*tiếng(?:\s*(?:[:“]|"(?=\p{L}))|\s+(?:\p{Lu}|(?:dân tộc|nói|mẹ đẻ|địa phương|đồng bào|nước ngoài|pháo|chuông|còi|nổ(?! lực)|mõ|kêu(?! gọi)|trống|hét|súng|cười|khóc|vỗ tay|đàn(?! ông)|hát|sáo|gọi(?! điện)|động(?! viên)|chim|gà|đại bác)(?![\p{L}\p{M}])))/u;
const AGE_AFTER = /^[ ]tuổi(?![\p{L}\p{M}])/u;
/** Words of a day before `N Tết` (`chiều 29 Tết`, `từ 2 Tết đến 6 Tết`); elsewhere new years are counted (`đón 3 Tết ở Trường Sa`). */
const TET_DAY_BEFORE = /(?:(?<![\p{L}\p{M}])(?:ngày|mùng|mồng|sáng|chiều|tối|trưa|đêm|khuya|hôm|từ|đến|tới|điểm)[ ]|[-–][ ]?)$/u;
/**
 * A bracket that makes `N Tết` a day when the clause ends on it: `Sáng nay (2 Tết)` (counterexample: `(3 Tết liền)` counts
 * new years).
 */
const TET_DAY_IF_ENDED_BEFORE = /\([ ]?$/u;
const CLAUSE_ENDS_AFTER = /^[ ]?(?:[,.;:)!?]|$)/u;
/** `vào N Tết`, `Hôm nay là N Tết`: a day, unless counted on (`Vào 3 Tết gần đây`, `là 3 Tết liên tiếp`). */
const TET_DAY_WORD_BEFORE = /(?<![\p{L}\p{M}])(?:vào|(?:hôm )?nay là|hôm đó là)[ ]$/u;
const TET_COUNTED_AFTER = /^[ ](?:liên tiếp|liền|gần đây|qua|rồi|xa nhà)(?![\p{L}\p{M}])/u;
const CROSSROADS_BEFORE = /(?<![\p{L}\p{M}])ngã[ ]$/u;
/** A crossroads' ways (`ngã ba`, `ngã tư`), not a fall's count (`bị ngã hai lần`, `té ngã ba lần`). */
const CROSSROADS_AT = /^(?:ba|tư|năm|sáu|bảy)(?![ ](?:lần|lượt|cú|người|em|cháu|cụ|cây|cột|nhà|căn)(?![\p{L}\p{M}]))/u;
const NAME_BEFORE_LABEL = /(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]*[ ]\p{Lu}[\p{Ll}\p{M}]+[ ]$/u;
/**
 * What the state ranks, heritage and crafts (counterexamples, ranks: `được xếp hạng 1 bệnh viện tuyến tỉnh`, `xếp hạng 2
 * địa phương có chỉ số … tốt`).
 */
const RANKED_THINGS = /^(?:di tích|danh thắng|danh lam|di sản|bảo vật|làng nghề|công trình|điểm du lịch)/u;
/** The top of a ranking after its noun, in the clause: `10 doanh nghiệp lớn nhất`, `5 địa phương dẫn đầu`. */
const TOP_AFTER = /^[^,.;:\n]*(?<![\p{L}\p{M}])(?:nhất|hàng đầu|dẫn đầu)(?![\p{L}\p{M}])/u;
/** Ranking as a verb, right before the number. */
const RANKING_BEFORE = /(?<![\p{L}\p{M}])xếp[ ]hạng[ ]$/u;
/** A rank's verb right before a ratio: `xếp 8/63`, `xếp hạng 12/63`, `đứng 5/63`. */
// (not `sắp xếp 12/15 thôn`, arranging: a ratio)
const RANK_BEFORE = /(?<![\p{L}\p{M}])(?<!sắp[ ])(?:xếp|xếp hạng|đứng|đứng thứ|xếp vị trí)[ ]$/u;
/** A rating's score out of five, then a bracket: the votes' count follows. */
// (a score with its decimal, or after the rating's word: `19/5 (58 đảng viên …)` is a day, `4/5 (4 xã)` a share)
// (or drawn in stars: `Bình chọn: ★★★★☆ (12 lượt)`)
const RATING_SCORE_BEFORE = /(?:(?:\d[.,]\d{1,2}|(?:đánh giá|bình chọn|điểm)[^\n]{0,20}\d)[ ]?\/[ ]?5|[★☆]{3,})[ ]?\([ ]?$/u;
/** A page counter's words after a number, as a reach: `lượt xem`, `lượt truy cập`, `lượt tiếp cận`. */
const REACH_AFTER = /[ ](lượt (?:xem|đọc|truy cập|tiếp cận|chia sẻ|thích|tương tác))(?![\p{L}\p{M}])/uy;
/** A verb of reach before the number, maybe a bound after it: `thu hút hơn`, `đạt trên`, `với gần`. */
const REACH_BEFORE = /(?<![\p{L}\p{M}])(?:thu hút|đạt|đạt được|có|với|lên tới|lên đến|tới|hút|nhận được)[ ](?:(?:hơn|trên|gần|khoảng|gần như|xấp xỉ)[ ])?$/u;
/** A reporting period's words after a span: `5 tháng đầu năm`, `9 tháng cuối năm`, `6 tháng qua`. */
const REPORTING_PERIOD_AFTER = /^[ ](?:(?:đầu|cuối)[ ]năm|qua)(?![\p{L}\p{M}])/u;
/** Whose a numbered steering committee is, in lower case: the nation's, a committee's (`BCĐ 389 quốc gia`). */
const COMMITTEE_OWNER = /^(?:quốc gia|trung ương|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|đảng ủy|bộ|công an)(?![\p{L}\p{M}])/u;
/** A steering committee's word right before its number, one committee's (not `các`, `những`). */
const COMMITTEE_NUMBER_BEFORE = /(?<![\p{L}\p{M}])(?<!(?:các|những)[ ])(?:ban chỉ đạo|bcđ)[ ]$/u;
/** What is dispatched: vehicles, boats and forces (`điều 5 xe chữa cháy`, `điều 20 cán bộ`). */
const DISPATCHED = /^(?:xe|tàu|ca nô|xuồng|phương tiện|cán bộ|chiến sĩ|người|tổ|đội|lực lượng)(?![\p{L}\p{M}])/u;
/** Words before `điều` that make it an article: `tại điều 5`, `theo điều 8`, `khoản 2 điều 6`. */
const ARTICLE_BEFORE = /(?<![\p{L}\p{M}])(?:tại|theo|của|và|khoản|điểm|ở|trong|quy định|thuộc)[ ]$/u;
/** Where a sentence opens: the text's or a line's start, or after a stop. */
const SENTENCE_OPENS_BEFORE = /(?:^|[.!?…:;\n])[ \t]*$/u;
/** Words a sentence opens with before a label, capitalised as its first: `Theo Điều 5 …`, `Trích Điều 32 …`. */
const OPENING_WORD = /^(?:Theo|Trích|Tại|Căn|Về|Với|Của|Do|Từ|Ở|Trong|Và|Đến)[ ]/u;

/**
 * Whether a capitalised word and a capitalised label end the text before `at` as a name's last syllables do (`Nhật
 * Bản 386`, `Nà Làng 10`, `Cụ thể: Thanh Chương 250 hộ`); not when the first is a sentence's opening word (`Theo Điều
 * 5 Luật …`, `Trích Điều 32 …`).
 */
function nameBeforeLabel(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - 40), at);
  const m = NAME_BEFORE_LABEL.exec(window);
  if (!m) return false;
  const start = at - window.length + m.index;
  return !(OPENING_WORD.test(m[0]) && SENTENCE_OPENS_BEFORE.test(text.slice(Math.max(0, start - 4), start)));
}
const PERIOD_LABELS: ReadonlySet<string> = new Set(["tuần", "quý"]);
/**
 * Labels no place is numbered by: before a known counted noun, they count it (`(huyện 18 cuộc, xã 48 cuộc)`,
 * `cấp Trung ương 02 hộ`). `Hội nghị Trung ương 4 khóa XII` and `Nghị quyết Trung ương 4 về …` still label theirs.
 */
const TIER_LABELS: ReadonlySet<string> = new Set(["huyện", "trung ương"]);
/**
 * Whether the label at `at` is written in capitals inside its sentence: it names one before a counted noun (`Dự án 5
 * Chương trình MTQG`), where a sentence opening with it may count (`Báo cáo 4 Nghị quyết …`). (A span after it is
 * measured all the same: `Theo Kế hoạch 3 tháng cuối năm`.)
 */
function namedInCapitals(doc: PreparedDocument, at: number): boolean {
  if (!/^\p{Lu}/u.test(doc.text[at] ?? "")) return false;
  const before = doc.text.slice(Math.max(0, at - 4), at);
  return !/(?:^|[.!?:;\n•-])\s*$/u.test(before);
}
/** A weapon's word right before its calibre. */
// (two words may name its kind: `súng máy phòng không 12,7mm`)
const CALIBRE_BEFORE = /(?<![\p{L}\p{M}])(?:súng|cối|pháo|súng máy|súng cối|đạn|đại liên|trung liên|lựu đạn|súng phóng lựu)(?:[ ][\p{Ll}\p{M}]+){0,2}[ ]$/u;
/**
 * A road's code in capitals, a dot or a space before its number: `ĐT.741`, `QL 14`, `TL.8`, `ĐH.12`, `HL.2`
 * (glued, `QL14`, no number starts; `Quốc lộ 14`, `Đường tỉnh 741` are labels). A count read after one is the
 * road's number before the next word (`ĐT.741 đoạn qua xã`, `QL 1 tuyến tránh`); a measure is kept (`DT 500 m2`).
 * Codes that abbreviate other words too need their dot (`ĐH`, `ĐX`: `tốt nghiệp ĐH 2 chuyên ngành`, `vụ ĐX 12 giống
 * lúa`) or, with a space, a next word that is no counted noun (`ĐT 300 lao động` is training). Groups 1 and 2: the
 * dot of an ambiguous code; group 3: a road's own code.
 */
const ROAD_CODE_BEFORE = /(?<![\p{L}\p{M}])(?:(?:ĐT|DT|ĐCT)(\.?)[ ]?|(?:ĐH|DH|ĐX)(\.)|(QL|TL|HL)\.?[ ]?)$/u;
/** `con số` after a number: `tăng trưởng 2 con số` (double-digit). */
const TWO_DIGITS_AFTER = /^[ ]số(?![\p{L}\p{M}])/u;
/** Words that say a span runs on: `5 năm liền`, `3 năm liên tiếp`. */
// (not `qua`, `nay`: `Tổ 3 năm nay`, `lớp 12 năm nay` name the team and the grade in this year)
const SPAN_RUNS_ON = /^[ ](?:liền|liên tục|liên tiếp)(?![\p{L}\p{M}])/u;
/** Courses, whose length a span of time after their word measures. */
const COURSE_LABELS: ReadonlySet<string> = new Set(["khóa", "lớp"]);
const SIGN_BEFORE = /([≤≥<>])[ ]?$/u;
const MINUS_BEFORE = /(?:^|[\s(:])[-−]$/u;
const PERCENT_ASIDE = /[ ]?\([^()\n]{1,12}%\)/uy;
/**
 * `tối thiểu một mô hình`, `ít nhất một lần`, `chỉ có một bác sĩ`, `chỉ còn một hộ nghèo`: a bound makes `một` a
 * count of one (counterexamples: `Không chỉ có một lần` is not just once; `Chỉ một bộ phận nhỏ` is a small part).
 */
const AT_LEAST_BEFORE = /(?<![\p{L}\p{M}])(?:tối thiểu|ít nhất|(?<!không[ ])chỉ[ ](?:có|còn))[ ]$/u;
// `trước` ending the phrase: `30 phút trước giờ làm bài`, `24 giờ trước khi …` are spans before something
// (or glued to the next link's words, as an aggregator saves it: `5 giờ trướcBài gốc`)
/**
 * An hour of the clock, no span: a deadline before an afternoon's hour, `trước 17 giờ`; a count's moment, `Tính đến 16
 * giờ`, a clause's `Đến 17 giờ,`; a day's hours with the hour on both ends, from the morning to the afternoon, `từ 7 giờ
 * đến 19 giờ`. Counterexamples, spans: `thông báo trước 24 giờ`, `có mặt trước 2 giờ so với giờ cất cánh` (in advance),
 * `từ 2 đến 3 giờ`, `cách ly từ 12 giờ đến 24 giờ`, `kéo dài 17 giờ`, `; đến 3 giờ sau`, `Sau 48 giờ`, and `Sau 10 giờ`
 * either way, left a span.
 */
function isClockHour(doc: PreparedDocument, numeral: Numeral, unitEnd: number): boolean {
  if (!isWhole(numeral) || numeral.value > 24 || SPAN_AFTER.test(doc.folded.slice(unitEnd, unitEnd + 12))) return false;
  const before = doc.folded.slice(Math.max(0, numeral.start - 24), numeral.start);
  // (`trước` only before an afternoon's hour: `có mặt trước 2 giờ`, `khai báo trước 12 giờ` are in advance)
  const deadline = DEADLINE_BEFORE.test(before) ? numeral.value > 12 && numeral.value < 24 && !IN_ADVANCE_BEFORE.test(before) : CLOCK_BEFORE.test(before) && numeral.value < 24;
  if (deadline) return true;
  // (after an hour, only a daily one: `Sau 20 giờ truy xét` is a span)
  if (AFTER_HOUR_BEFORE.test(before) && numeral.value > 12 && numeral.value < 24 && DAILY_AFTER.test(doc.folded.slice(unitEnd, unitEnd + 14))) return true;
  // (any hour in a window of the day's hours: `trong khung giờ từ 18 giờ đến 22 giờ`, `vào khung giờ sau 21 giờ`)
  // (not the golden hours of a rescue, `trong khung giờ vàng 6 giờ đầu`: a span; `khung giờ vàng` is the evening's on air)
  const window = TIME_WINDOW_BEFORE.exec(before);
  if (numeral.value <= 24 && window && !FIRST_HOURS_AFTER.test(doc.folded.slice(unitEnd, unitEnd + 10)) && (window[1] === undefined || numeral.value >= 17)) return true;
  // an afternoon's or evening's hour until which a service runs, its clause ending there: `Cửa khẩu làm việc đến 22 giờ.`,
  // `mở cửa tới 21 giờ hằng ngày` (counterexamples, amounts of hours: `tăng lên đến 20 giờ`, `học đến 15 giờ mỗi tuần`,
  // `tập huấn đến 20 giờ`)
  if (SERVICE_UNTIL_BEFORE.test(before) && numeral.value > 12 && numeral.value < 24 && !AMOUNT_OF_HOURS_AFTER.test(doc.folded.slice(unitEnd, unitEnd + 14))) return true;
  // (a day's hours run from the morning to the afternoon: `từ 12 giờ đến 24 giờ`, `từ 4 giờ đến 16 giờ` are spans)
  const lower = CLOCK_RANGE_BEFORE.exec(before);
  // (a span said to run or grow is hours however they fall: `kéo dài từ 18 giờ đến 24 giờ`, `tăng từ 18 giờ đến 22 giờ mỗi tuần`)
  if ((lower || RANGE_FROM_WORD_BEFORE.test(before)) && (SPAN_VERB_BEFORE.test(doc.folded.slice(Math.max(0, numeral.start - 40), numeral.start)) || AMOUNT_OF_HOURS_AFTER.test(doc.folded.slice(unitEnd, unitEnd + 14)))) return false;
  if (lower) return isDayHours(Number(lower[1]), numeral.value);
  const range = CLOCK_RANGE_AFTER.exec(doc.folded.slice(unitEnd, unitEnd + 12));
  return range !== null && RANGE_FROM_WORD_BEFORE.test(before) && !SPAN_AFTER.test(doc.folded.slice(unitEnd + range[0].length, unitEnd + range[0].length + 12)) && isDayHours(numeral.value, Number(range[1]));
}
// (or the evening's: `từ 18 giờ đến 22 giờ`; `cách ly từ 12 giờ đến 24 giờ` stays a span)
const isDayHours = (from: number, to: number) => (from >= 5 && from <= 11 && to >= 13 && to <= 23) || (from >= 17 && from <= 23 && to > from && to <= 24);
const SPAN_VERB_BEFORE = /(?<![\p{L}\p{M}])(?:kéo dài|tăng|giảm|bồi dưỡng|học|tập huấn|cách ly|thời gian|thời lượng)[ ](?:từ[ ]\d{1,2}[ ]?(?:giờ|h)[ ]?(?:đến|tới|-|–)[ ]?|từ[ ])$/u;
const TIME_WINDOW_BEFORE = /(?<![\p{L}\p{M}])khung giờ[ ](vàng[ ])?(?:(?:từ|sau|trước|đến|tới|lúc)[ ])?$/u;
const FIRST_HOURS_AFTER = /^[ ](?:đầu|đầu tiên)(?![\p{L}\p{M}])/u;
/** After the hours, what makes them a span: `10 giờ đồng hồ`, `3 giờ sau`, `2 giờ so với giờ cất cánh`, `16 giờ làm việc`. */
const SPAN_AFTER = /^[ ](?:đồng hồ|sau|trước|liên tục|làm việc|so với|khi|kể từ)(?![\p{L}\p{M}])/u;
const DEADLINE_BEFORE = /(?<![\p{L}\p{M}])trước[ ]$/u;
/** `sau` before an afternoon's or evening's hour of every day: `thu dọn bàn ghế sau 22 giờ hằng ngày`, `sau 21 giờ đêm`. */
const AFTER_HOUR_BEFORE = /(?<![\p{L}\p{M}])sau[ ]$/u;
const DAILY_AFTER = /^[ ](?:hằng ngày|hàng ngày|mỗi ngày|mỗi tối|mỗi đêm|hằng đêm|tối|đêm|hôm)(?![\p{L}\p{M}])/u;
// (of rice: `5% tấm lợp`, `30% tấm pin` are shares)
const BROKEN_GRAINS_AFTER = /^[ ]tấm(?![\p{L}\p{M}])(?![ ](?:lợp|pin|tôn|ván|kính|bê tông|thẻ|gương|bằng|ảnh|vé|lưới))/u;
// (rice in the sentence before the grade, or a grade's word: `Giá gạo xuất khẩu của Việt Nam loại 5% tấm`, `loại 25% tấm`)
const RICE_BEFORE = /(?<![\p{L}\p{M}])gạo[^.;\n]{0,80}$/u;
const SERVICE_UNTIL_BEFORE = /(?<![\p{L}\p{M}])(?:làm việc|mở cửa|hoạt động|phục vụ|bán hàng|tiếp nhận|thông quan|đón khách|trực|diễn ra|làm bài)[ ](?:đến|tới)[ ]$/u;
/** After the hours, a basis or what the hours are of: `đến 20 giờ/tháng`, `đến 15 giờ mỗi tuần`, `đến 16 giờ thực hành`. */
const AMOUNT_OF_HOURS_AFTER = /^(?:[ ]?\/|[ ](?:mỗi|một)[ ](?:tuần|tháng|năm|khóa|đợt|học kỳ)|[ ](?:thực hành|lý thuyết|học|làm thêm|tình nguyện|công tác xã hội)(?![\p{L}\p{M}]))/u;
const CLOCK_BEFORE = /(?:(?<![\p{L}\p{M}])tính đến|(?:^|[.,;:!?\n(])[ ]?đến)[ ]$/u;
const IN_ADVANCE_BEFORE = /(?<![\p{L}\p{M}])(?:báo|đăng ký|đặt|hẹn|xin phép)[ ]trước[ ]$/u;
const CLOCK_RANGE_AFTER = /^[ ]?(?:đến|tới|-|–)[ ]?(\d{1,2})[ ]?(?:giờ|h)(?![\p{L}\p{M}])/u;
const RANGE_FROM_WORD_BEFORE = /(?<![\p{L}\p{M}])từ[ ]$/u;
const CLOCK_RANGE_BEFORE = /(?<![\p{L}\p{M}])từ[ ](\d{1,2})[ ]?(?:giờ|h)(?:[ ]?\d{2}(?:[ ]?phút)?)?[ ]?(?:đến|tới|-|–)[ ]?$/u;
const AGO_AFTER = /^[ ]trước(?=\s*(?:$|[\n.,;|)])|[\p{L}\p{M}])/u;
const READ_AFTER = /^[ ]đọc(?=[ \t]*(?:$|[\n|·•)]))/u;
// (a colon after its label, or the line to itself: `Thời gian đọc khoảng 10 phút mỗi ngày giúp trẻ …` is a span)
const READING_TIME_BEFORE = /(?<![\p{L}\p{M}])thời gian đọc[ ]?:[ ]?(?:(?:khoảng|chừng)[ ])?$/u;
const READING_TIME_LINE = /(?:^|\n)[ \t•·|]*thời gian đọc[ ]?(?:(?:khoảng|chừng)[ ])?$/u;
function readingTime(doc: PreparedDocument, start: number, end: number): boolean {
  const before = doc.folded.slice(Math.max(0, start - 24), start);
  return READING_TIME_BEFORE.test(before) || (READING_TIME_LINE.test(before) && /^[ \t]*(?:$|\n|\|)/u.test(doc.folded.slice(end, end + 4)));
}
const AGO_IN_STAMP_AFTER = /^[ ]trước(?=[ \t]*(?:$|[\n|]))/u;
/**
 * Inside the quoted name of a programme, a campaign or a model: `Chương
 * trình “Chăm sóc dinh dưỡng 1.000 ngày đầu đời”`, `Cuộc vận động “5 không,
 * 3 sạch”`: the number names it, it measures nothing. Counterexample: `39
 * "Chung cư văn minh"` counts, its number before the quote.
 */
const MAX_QUOTED_NAME = 100;
const QUOTED_NAME_BEFORE =
  /(?<![\p{L}\p{M}])(?:[Cc]hương trình|[Đđ]ề án|[Pp]hong trào|[Cc]uộc vận động|[Cc]uộc thi|[Hh]ội thi|[Mm]ô hình|[Dd]ự án|[Cc]hủ đề|[Kk]hẩu hiệu|[Cc]hiến dịch|[Dd]anh hiệu|[Gg]iải thưởng|[Cc]âu lạc bộ)[ ]?[“"][^“”"\n]*$/u;
const FAMILY_BOND: ReadonlySet<string> = new Set(FAMILY_BONDS);
const FOOTBALL_BEFORE = /(?<![\p{L}\p{M}])bóng đá(?: mini| nam| nữ| sân)?\s+$/u;
/** What a free service is called by before `0 đồng`, its name: `Gian hàng 0 đồng`, `Bữa cơm 0 đồng`, `Tủ bánh mì 0 đồng`. */
const FREE_PLACE_BEFORE =
  /(?<![\p{L}\p{M}])(?:gian hàng|siêu thị(?: mini)?|cửa hàng|chợ(?: nhân đạo| yêu thương| nghĩa tình| quê)?|phiên chợ|bếp ăn|bếp|quán(?: cơm| ăn| nước)?|tiệm|bữa (?:cơm|ăn|sáng|trưa|tối)|suất (?:cơm|ăn)|nồi cháo|tủ(?: bánh mì| thuốc| sách| quần áo| đồ)?|chuyến xe|xe|tuyến xe|cây nước|trà đá|lớp học|phòng khám|mô hình|chương trình|điểm)\s+$/iu;

/** Words a quoted name has at most: `“Bữa cơm 0 đồng”`, `“3 xây – 3 chống”`. */
const MAX_QUOTED_NAME_WORDS = 8;
/** Words a slogan opening with its number has at most: `“3 chung”`, `“3 xây – 3 chống”`, `“5 không, 3 sạch”`. */
const MAX_SLOGAN_WORDS = 5;
const COUNT_NOUN: ReadonlySet<string> = new Set(COUNT_NOUNS);
/** A scale, a currency, a measure or a classifier opening the words after a quoted number. */
const UNIT_OPENING = /^(?:tỷ|tỉ|triệu|nghìn|ngàn|đồng|usd|tấn|tạ|kg|ha|km|m|m2|m3|lít|con|chiếc|cái|căn|ngôi|suất|phần|bộ|người|hộ|em|cháu)(?![\p{L}\p{M}])/u;
/**
 * Words that name what a quote holds, within a few words before it: a model, a movement, a principle, or a list of
 * them (`như:`; counterexample: `chỉ tiêu “kết nạp 5 đảng viên mới”` is a target's figure).
 */
// (right before it, a colon between at most: `mô hình “…”`, `như: “…”`; counterexamples: `Nhờ mô hình, xã có “20 hộ …”`,
// `Cũng như các năm trước, xã phấn đấu “giảm 2% …”`)
const NAME_BEFORE_QUOTE =
  /(?<![\p{L}\p{M}])(?:mô hình|phong trào|chương trình|cuộc vận động|chủ đề|khẩu hiệu|nguyên tắc|phương châm|chiến dịch|danh hiệu|giải thưởng|câu lạc bộ|tiêu chí|mang tên|gọi là|như)[ \t]*:?[ \t]*$/iu;
/**
 * A shop's or a market's word right before a quoted name in capitals, its price in it: `Quán “Cơm 5.000 đồng”`, `phiên
 * “Chợ nhân đạo 0 đồng”` (counterexamples: `tại chợ “khoảng 120.000 đồng/kg”`, `Chủ quán: “bán 30.000 đồng …”` quote
 * what is said; `nhất quán “giảm 10% …”`).
 */
const SHOP_BEFORE_QUOTE =
  /(?<![\p{L}\p{M}])(?<!(?:nhất|tập)[ ])(?:[Qq]uán|[Pp]hiên|[Cc]hợ|[Gg]ian hàng|[Ss]iêu thị|[Cc]ửa hàng|[Bb]ếp ăn|[Bb]ếp|[Tt]iệm)[ \t]*[“"]\p{Lu}[^“”"\n]*$/u;
/** A speech verb and its colon before a quote: what is said, not a name (`Ông cho biết: “… 3 đảng viên …”`). */
// (also `cho biết, “…”`, `Theo ông Hùng, “…”`)
const SPEECH_BEFORE_QUOTE = new RegExp(
  `(?:(?:${SPEECH_VERBS.join("|")})(?:[ \\t]+như sau)?[ \\t]*[:,]?|(?<![\\p{L}\\p{M}])theo(?:[ \\t]+[\\p{L}\\p{M}]+){1,5}[ \\t]*,)[ \\t]*$`,
  "iu",
);
/**
 * Whether the number stands in a short quoted name, its quote closing within a few words: after a name's word
 * within a few words (`như: “Bữa cơm 0 đồng”`), or a slogan opening with its number (`về “3 xây – 3 chống”`).
 * Counterexamples: speech, `Ông cho biết: “Năm qua chi bộ kết nạp 3 đảng viên …”`; a target, `chỉ tiêu “kết nạp 5
 * đảng viên mới”`.
 */
function inShortQuotedName(text: string, nearBefore: string, numberStart: number, numberEnd: number): boolean {
  // (a straight quote opens only before a word: in `"Tuyến hẻm …", 39 "Chung cư …"` the one before 39 closes)
  const straight = nearBefore.lastIndexOf('"');
  const startOf = numberStart - nearBefore.length;
  const open = Math.max(nearBefore.lastIndexOf("“"), straight >= 0 && /[\p{L}\p{M}\p{N}]/u.test(text[startOf + straight + 1] ?? "") ? straight : -1);
  if (open < 0 || nearBefore.includes("”", open)) return false;
  const after = text.slice(numberEnd, numberEnd + MAX_QUOTED_NAME);
  const close = Math.min(...["”", '"'].map((q) => after.indexOf(q)).filter((k) => k >= 0), Infinity);
  if (close === Infinity) return false;
  const quoted = text.slice(startOf + open + 1, numberEnd + close);
  const words = quoted.match(/[\p{L}\p{M}\p{N}]+/gu)?.length ?? 0;
  // (a dot between digits is a number's: `“Ngày hội 1.000 cây xanh”`)
  if (words > MAX_QUOTED_NAME_WORDS || /[.!?](?!\p{N})/u.test(quoted)) return false;
  const before = nearBefore.slice(0, open);
  if (SPEECH_BEFORE_QUOTE.test(before)) return false;
  // a name's word before it, or a slogan opening with its number: two numbers in it (`về “3 xây – 3 chống”`), or
  // the number and one word (`nguyên tắc “3 chung”`; counterexample: `xã đạt “100% hộ dân”`, `“50 hộ đã thoát nghèo”`)
  // (or the number and two syllables no counted noun: `phương châm “3 sẵn sàng”`; `xã có “20 hộ nghèo”` counts)
  // (nor an amount's or a measure's: `hỗ trợ “2 tỷ đồng”`, `“50 tấn rác”`, `“30 con bò”`)
  const rest = quoted.replace(/^[\p{N}.,]+\s*/u, "").trim().toLowerCase();
  const oneNumber = words <= 2 || (words === 3 && !COUNT_NOUN.has(rest) && !UNIT_OPENING.test(rest));
  const slogan = /^\p{N}/u.test(quoted) && words <= MAX_SLOGAN_WORDS && ((quoted.match(/\p{N}+/gu)?.length ?? 0) >= 2 ? !/%/u.test(quoted) : oneNumber && !/%/u.test(quoted));
  // (or a count of what the quote names right before it: `xây dựng 6 "Ngôi nhà 50.000 đồng"`, the house's name)
  // (not a label's number: `giải 3 “Giải thưởng 10 triệu đồng”` names a prize, no count of it)
  const counted = /(?<![\p{L}\p{M}\p{N}.,])\d{1,4}[ \t]*$/u.test(before) && !/(?<![\p{L}\p{M}])(?:giải|hạng|số|loại|thứ|lần|tổ|khu)[ ]\d{1,4}[ \t]*$/iu.test(before) && /^\p{Lu}/u.test(quoted);
  return NAME_BEFORE_QUOTE.test(before) || slogan || SHOP_BEFORE_QUOTE.test(nearBefore) || counted;
}

/** Rounds and occasions: a count of them is when, not where (`Qua 2 đợt trên 300 người`). */
const EVENT_NOUNS: ReadonlySet<string> = new Set(["đợt", "lần", "buổi", "cuộc", "kỳ", "phiên", "lượt", "khóa", "vụ", "mùa"]);
/**
 * Between a figure and the next number only `trên`: that `trên` says where, not how many (words between are most often a
 * verb, which bounds: `53 hội viên vay trên 956 triệu đồng`, `418 nhà ngập sâu trên 1 m`; so `40 bộ đèn LED trên 5 tuyến
 * phố` is left over).
 */
const ON_AFTER_FIGURE = /^[ ]trên[ ]$/u;
const GOVERNMENT_TIERS_BEFORE = /(?<![\p{L}\p{M}])chính quyền(?: địa phương| cơ sở)?[ ]$/u;
const PARTY_AGE_AFTER = /^\sđảng(?![\p{L}\p{M}])/u;
/**
 * An age counts nothing: it says who is meant (`trẻ em dưới 5 tuổi`, `người
 * từ 60 tuổi trở lên`, `anh Giàng A Gà (25 tuổi)`, `mừng thọ các cụ tròn 90
 * tuổi`). Only a population's average age is a figure, a measure of it:
 * `tuổi thọ bình quân đạt 74,5 tuổi`, `tuổi đời bình quân 38 tuổi`.
 */
// within the clause (no comma between: `tuổi đời bình quân 38 tuổi, trẻ nhất 19 tuổi` keeps only the 38)
const AVERAGE_AGE_BEFORE = /(?<![\p{L}\p{M}])(?:tuổi thọ|tuổi đời|tuổi (?:trung bình|bình quân))(?![\p{L}\p{M}])[^.;,\n]{0,70}$/u;

const MONEY_NOUN = new Set(MONEY_NOUNS.map((n) => n.split(" ")[0]!));

function isYearLike(n: Numeral): boolean {
  return n.plainInteger && n.written.length === 4 && n.value >= 1900 && n.value <= 2099 && n.scale === 1;
}

interface Reading {
  start: number;
  numeral: Numeral;
  value: number;
  of: number | null;
  to: number | null;
  /** where the unit is looked for: after the second number of a ratio or range */
  unitAt: number;
  shape: "" | ".ratio" | ".range";
  /** the scale word applied: the upper end's in `10-12 triệu` */
  scale: number;
}

/** A span's basis that is a period's part (`6 tháng/đầu năm`), or a period after it (`9 tháng/năm 2023`, `/quý III`). */
const SPAN_BASIS_NOT = /^(?:đầu|cả|cuối|giữa|nửa)(?![\p{L}\p{M}])/u;
const PERIOD_AFTER_BASIS = /^[ ](?:\d|[IVX]{1,4}(?![\p{L}\p{M}])|nay(?![\p{L}\p{M}])|qua(?![\p{L}\p{M}])|tới(?![\p{L}\p{M}]))/u;
/** A day and month before `giải`, after a date's word or before a verb opening with `giải` (`Đến 31/12 giải thể`). */
const DAY_MONTH_BEFORE_PRIZE = /^(\d{1,2})\/(\d{1,2})(?=[ ]giải(?![\p{L}\p{M}]))/u;
const DATE_WORD_BEFORE = /(?<![\p{L}\p{M}])(?:đến|từ|tới|ngày|trước|sau|hết|tính đến|sáng|chiều|tối)[ ]$/u;
const PRIZE_VERB_AFTER = /^[ ]giải[ ](?:ngân|thể|quyết|phóng|trình|tỏa|cứu|đáp|thích|tán|phẫu|thoát|độc|mã|chấp)(?![\p{L}\p{M}])/u;
const STREET_NAME_AFTER = /^[ ](?:đường|phố|tuyến|hẻm|ngõ|kiệt|đoạn|khu)[ ]\p{Lu}/u;
/** A unit's line: after the label, an amount with its unit, then the line's end (or the bracket's). */
function isUnitLine(doc: PreparedDocument, numeral: Numeral): boolean {
  const unit = matchMoney(doc, numeral.end) ?? matchMeasure(doc, numeral.end);
  return unit !== null && /^[ \t]*\)?[ \t]*:?[ \t]*(?:\n|$)/u.test(doc.text.slice(unit.end, unit.end + 8));
}
const PRICE_POSITION_BEFORE = /(?<![\p{L}\p{M}])vị trí[ ]$/u;
/** Positions a street's land prices are given for at most. */
const MAX_PRICE_POSITION = 6;
const UNIT_LABEL_BEFORE = /(?<![\p{L}\p{M}])(?<!số[ ])(?:đơn vị tính|đơn vị|đvt)[ ]?:[ ]?$/u;

export function findFigures(doc: PreparedDocument, claimed: readonly Span[]): Figure[] {
  const from = doc.layout.title ? doc.layout.title.start : doc.layout.body.start;
  const to = proseEnd(doc.layout);
  const blocked = mergeSpans([...claimed, ...findDateSpans(doc, from, to), ...doc.layout.insets]);
  const { folded } = doc;
  const figures: Figure[] = [];
  let consumedUntil = from;

  const numerals = findNumerals(doc, from, to);
  for (let n = numerals.next(); !n.done; n = numerals.next()) {
    const numeral = n.value;
    if (numeral.start < consumedUntil || numeral.end > to) continue;
    if (overlapsAny(blocked, numeral.start, numeral.end)) continue;
    if (!numeral.digits && /\p{Lu}/u.test(doc.text[numeral.start]!) && NAME_WORD_BEFORE.test(doc.text.slice(Math.max(0, numeral.start - 12), numeral.start))) continue;
    // a building's or a road's grade: `căn nhà cấp 4`, `đường cấp 3 đồng bằng`, `Công trình cấp 2` (counterexample, the verb:
    // `phường cấp 4 giấy phép` counts permits)
    if (numeral.scale === 1 && numeral.value <= MAX_GRADE && GRADED_BEFORE.test(doc.folded.slice(Math.max(0, numeral.start - 24), numeral.start))) continue;
    // a score, then its subject: `đạt điểm 9,75 môn Lịch sử`, `35 điểm 10 môn Toán` (no count of subjects)
    // (counterexample: a sum's subjects are counted, `tổng điểm 3 môn khối C00 đạt 27,25 điểm`; a sum's score is none,
    // `tổng điểm 29,5 môn khối C00`)
    const subjectsSummed = Number.isInteger(numeral.value) && numeral.value <= MAX_SUBJECTS && /tổng điểm[ ]$/u.test(doc.folded.slice(Math.max(0, numeral.start - 11), numeral.start));
    if (numeral.scale === 1 && !subjectsSummed && /(?<![\p{L}\p{M}])điểm[ ]$/u.test(doc.folded.slice(Math.max(0, numeral.start - 6), numeral.start)) && /^[ ]môn(?![\p{L}\p{M}])/u.test(doc.folded.slice(numeral.end, numeral.end + 5))) continue;
    // a stamp's time zone: `07/10/2024 07:57 GMT+7 Huy Nam - Thanh Hải` (no count of `huy nam`)
    if (numeral.digits && /(?:gmt|utc)\s?[+-]$/u.test(doc.folded.slice(Math.max(0, numeral.start - 5), numeral.start))) continue;
    // `Ngã ba Đồng Lộc`, `ngã tư Hàng Xanh`: a crossroads by its number of ways, a place (no `ba Đồng`, 3 đồng)
    if (!numeral.digits && CROSSROADS_BEFORE.test(doc.folded.slice(Math.max(0, numeral.start - 4), numeral.start)) && CROSSROADS_AT.test(doc.text.slice(numeral.start, numeral.start + 16))) continue;
    const before = folded.slice(Math.max(0, numeral.start - 40), numeral.start);
    if (LIST_MARKER_BEFORE.test(before) && LIST_MARKER_AFTER.test(folded.slice(numeral.end, numeral.end + 2))) continue;
    // `2.5 Uỷ ban kiểm tra …` opening a line: a section's number (`2.500 Hộ` has three digits after its dot)
    if (SECTION_NUMBER.test(numeral.written) && LINE_START_BEFORE.test(before) && /^[ ]\p{Lu}/u.test(doc.text.slice(numeral.end, numeral.end + 2))) continue;
    if (CHAINAGE_BEFORE.test(before)) continue;
    // a day and month before a word opening with a prize's `giải` is a date: `Đến 31/12 giải thể 5 trường`, `Từ 15/3 giải
    // chạy bộ diễn ra` (no 31 of 12 prizes)
    // (after a date's word or before a verb only: `đạt 10/12 giải thưởng` is a ratio of prizes)
    const dayMonth = DAY_MONTH_BEFORE_PRIZE.exec(folded.slice(numeral.start, numeral.start + 24));
    const dated = dayMonth !== null && (DATE_WORD_BEFORE.test(before) || PRIZE_VERB_AFTER.test(folded.slice(numeral.start + dayMonth[0].length, numeral.start + dayMonth[0].length + 12)));
    if (dayMonth && dated && Number(dayMonth[1]) <= 31 && Number(dayMonth[2]) >= 1 && Number(dayMonth[2]) <= 12) {
      consumedUntil = numeral.start + dayMonth[0].length;
      continue;
    }
    // a table's unit, no amount: `Đơn vị tính: 1.000 đồng/m2` alone on its line (its cells are in thousands;
    // counterexamples: `Số đơn vị: 5`, and a sentence after the label, `Đơn vị: 5 xã đạt chuẩn …`)
    if (UNIT_LABEL_BEFORE.test(before) && isUnitLine(doc, numeral)) continue;
    // a land price's position on its street: `Giá đất vị trí 2 đường Lê Lợi`, `vị trí 1 một số tuyến` (counterexamples:
    // `tên gọi, vị trí 3 đặc khu` places what it counts; `Có 3 vị trí` counts)
    if (numeral.scale === 1 && numeral.value <= MAX_PRICE_POSITION && PRICE_POSITION_BEFORE.test(before)) {
      // (`vị trí 4 trạm bơm mới` counts pumping stations: only no noun, or a street's name, is a position)
      if (!matchNoun(doc, numeral.end) || STREET_NAME_AFTER.test(doc.text.slice(numeral.end, numeral.end + 24))) continue;
    }
    const inOne = numeral.plainInteger && numeral.value > 1 && numeral.value <= 10 ? IN_ONE_AFTER.exec(folded.slice(numeral.end, numeral.end + 24)) : null;
    if (inOne) {
      consumedUntil = numeral.end + inOne[0].length;
      continue;
    }
    // a programme named after its round goal, unquoted: `Đề án trồng 1 tỷ cây xanh`, `Chương trình 1 triệu tấn muối`
    // (counterexamples: `Chương trình đã hỗ trợ 1,2 tỷ đồng`, no round one; `Chương trình hỗ trợ 1 tỷ đồng`, money, what it
    // spends; `đề án` in lower case is any plan's)
    if (
      numeral.scale >= 1e6 &&
      (numeral.written === "1" || numeral.written === "một") &&
      GOAL_NAME_BEFORE.test(doc.text.slice(Math.max(0, numeral.start - 40), numeral.start)) &&
      !/^[ ](?:đồng|usd|vnđ|đô)(?![\p{L}\p{M}])/u.test(doc.folded.slice(numeral.end, numeral.end + 5))
    ) {
      continue;
    }
    const nearBefore = doc.text.slice(Math.max(0, numeral.start - MAX_QUOTED_NAME), numeral.start);
    // (the pattern only where a quote opens: asked of every number)
    if ((nearBefore.includes("“") || nearBefore.includes('"')) && (QUOTED_NAME_BEFORE.test(nearBefore) || inShortQuotedName(doc.text, nearBefore, numeral.start, numeral.end))) continue;
    // `tàu BĐ 97258 TS`: a vessel's or a vehicle's registration between its letters
    if (numeral.plainInteger && numeral.written.length >= 4 && REGISTRATION_BEFORE.test(doc.text.slice(Math.max(0, numeral.start - 5), numeral.start)) && REGISTRATION_AFTER.test(doc.text.slice(numeral.end, numeral.end + 5))) continue;
    // (a plate's number is `031.16` or four or five digits: `lớp 12A - 38 học sinh` counts)
    if (numeral.digits && /^\d{3}\.\d{2}$|^\d{4,5}$/u.test(numeral.written) && PLATE_BEFORE.test(doc.text.slice(Math.max(0, numeral.start - 9), numeral.start))) continue;

    if (opensSpacedRow(doc.text, numeral)) continue;
    // an age group's bounds: `trong độ tuổi 15 - 60 biết chữ`, `lứa tuổi 16 - 18` (ages, no count of what follows)
    if (AGE_GROUP_BEFORE.test(doc.folded.slice(Math.max(0, numeral.start - 16), numeral.start))) {
      const range = AGE_RANGE_REST.exec(doc.folded.slice(numeral.end, numeral.end + 16));
      consumedUntil = numeral.end + (range ? range[0].length : 0);
      continue;
    }
    const reading = readShape(doc, numeral, blocked);
    const unit =
      matchUnit(doc, numeral, reading) ??
      (reading.shape === "" && numeral.digits
        ? (tableCellUnit(doc, numeral, readCellUnit) ??
          breakdownUnit(doc, numeral, figures[figures.length - 1]) ??
          ratedUnit(doc, numeral, figures[figures.length - 1]) ??
          listEndUnit(doc, numeral, blocked) ??
          pairUnit(doc, numeral, blocked))
        : null) ??
      moneyAfterMoney(doc, numeral, figures[figures.length - 1]) ??
      (reading.shape === "" && numeral.digits ? changeFromUnit(doc, numeral) : null) ??
      oneAgainstCount(doc, numeral, figures[figures.length - 1]);
    if (!unit) continue;
    if (before.endsWith(" + ") && PLUS_BEFORE.test(before) && unit.rule !== "count.noun") continue;
    const road = unit.kind === "count" || unit.kind === "duration" ? ROAD_CODE_BEFORE.exec(doc.text.slice(Math.max(0, numeral.start - 5), numeral.start)) : null;
    if (road && (road[1] === "." || road[2] === "." || road[3] !== undefined || (unit.rule === "count.noun-guessed" && reading.shape === ""))) continue;
    // `giải bóng đá 7 người`: a football's format, no count of players (`môn bóng đá 12 đội` counts)
    if (unit.kind === "count" && unit.unit === "người" && FOOTBALL_BEFORE.test(before)) continue;
    // `Gian hàng 0 đồng`, `siêu thị mini 0 đồng`: a free shop's or meal's name, no sum (a sum may be nothing: `giảm về 0 đồng`)
    if (numeral.written === "0" && (unit.kind === "money" || unit.unit === "đồng") && FREE_PLACE_BEFORE.test(before)) continue;
    if (unit.kind === "count" && unit.unit === "lần" && MULTIPLIER_BEFORE.test(before)) continue;
    // a label's number then the year it falls in: `cho đối tượng 4 năm 2024`, `Đại hội lần 5 năm 2024` (no span of four years;
    // `Sau 4 năm 2020 - 2024`, `5 năm 2021-2025`, `2 năm 2023 và 2024` span the years after them)
    if (
      unit.kind === "duration" &&
      unit.unit === "năm" &&
      numeral.plainInteger &&
      ONE_YEAR_AFTER.test(doc.folded.slice(unit.end, unit.end + 24)) &&
      !SPAN_OPENING_BEFORE.test(doc.folded.slice(Math.max(0, numeral.start - 12), numeral.start))
    ) {
      continue;
    }
    // a year listed after a year is one too: `năm 2023 và 2024, xã xây …`, `3 năm 2021, 2022, 2023 tỉnh đạt` (no count of 2024)
    if (isYearLike(numeral) && YEAR_LISTED_BEFORE.test(doc.folded.slice(Math.max(0, numeral.start - 20), numeral.start))) continue;
    // a grade's number before a guessed word: `cam V2 loại 1 bán tại vườn` (`xếp loại 3.450 đảng viên` counts)
    // (and a type's small number before any noun: `xe loại 4 chỗ ngồi`, `nhà văn hóa loại 3 gian`)
    if (unit.kind === "count" && (unit.rule === "count.noun-guessed" || (numeral.plainInteger && numeral.value < 10)) && GRADE_BEFORE.test(before)) continue;
    if (unit.kind === "count" && unit.unit.split(" ")[0] === "chỗ" && VEHICLE_BEFORE.test(before)) continue;
    // `quý II/2024 tỉnh Gia Lai`: a period's year after its slash, no count of provinces
    if (unit.kind === "count" && isYearLike(numeral) && doc.text[numeral.start - 1] === "/") continue;
    // a code padded with zeros to four digits or more: `mã HS 0901 xuất khẩu` (a count's zero pads to two, `02 đồng chí`)
    if (unit.kind === "count" && /^0\d{3,}$/u.test(numeral.written)) continue;
    // the statistics office's basis, one person one month: `Thu nhập bình quân 1 người 1 tháng đạt 3.865 nghìn đồng`
    if ((numeral.written === "1" || numeral.written === "một") && PER_PERSON_MONTH.test(doc.folded.slice(Math.max(0, numeral.start - 40), numeral.end + 16))) continue;
    // `không … một đồng nào`: not a single đồng, no sum
    if ((numeral.written === "một" || numeral.written === "1") && unit.kind === "money" && /^[ ]nào(?![\p{L}\p{M}])/u.test(doc.folded.slice(unit.end, unit.end + 5))) continue;
    // a label's list going on before a name, its first word no counted noun: `Bến số 5, 6 Cảng Cửa Lò` (counterexamples:
    // `Khu phố số 3, 120 hộ` in lower case, and a known noun in capitals, `Chi bộ số 2, 15 Đảng viên`, count)
    if (numeral.plainInteger && numeral.value < 100 && unit.rule === "count.noun-guessed" && LABEL_LIST_BEFORE.test(before) && /^[ ]\p{Lu}/u.test(doc.text.slice(reading.unitAt, reading.unitAt + 2))) continue;
    // a work's name ending on its number, then its day: `thủy điện Đa Nhim 2 ngày 5/10`, `hồ Sông Bung 4 ngày 14/11/2023`
    // (counterexamples: `kéo dài 2 ngày 5 và 6/10`, `ở Quảng Trị 2 ngày 12/10 và 13/10` measure)
    if (unit.kind === "duration" && unit.unit === "ngày" && NAME_ENDS_BEFORE.test(doc.text.slice(Math.max(0, numeral.start - 30), numeral.start)) && ONE_DAY_AFTER.test(doc.folded.slice(unit.end, unit.end + 24))) continue;
    // a rate's basis after its noun and a slash, a round number of people: `bác sĩ/10.000 dân` (the rate's, no figure;
    // counterexample: `89 lượt/102 người` counts both)
    // (not its own noun before the slash: `98 hộ/100 hộ` is a ratio)
    if (unit.kind === "count" && PEOPLE_BASIS_NOUN.test(unit.unit) && /^10{2,}$/u.test(String(reading.value)) && /[\p{L}\p{M}][ ]?\/[ ]?$/u.test(before) && !before.trimEnd().slice(0, -1).trimEnd().endsWith(unit.unit)) continue;
    // `xếp 8/63 tỉnh`, `đứng 12/63`: a rank among them, as `xếp thứ 12/63` (counterexample: `đạt 8/10 tiêu chí` counts)
    // `Bảo đảm đến 30/9 giải ngân trên 60%`, `hoàn thành trước 31/12 năm nay`: a day and month after a deadline's word, then
    // no noun the lexicon knows, is a date (counterexamples: `tăng từ 5/10 lên 8/10 xã`, `đạt 10/10 chi bộ` count)
    if (reading.shape === ".ratio" && unit.rule !== "count.noun" && numeral.plainInteger && reading.value <= 31 && reading.of !== null && reading.of <= 12 && DEADLINE_DAY_BEFORE.test(before)) {
      consumedUntil = reading.unitAt;
      continue;
    }
    if (reading.shape === ".ratio" && RANK_BEFORE.test(before)) {
      consumedUntil = unit.end;
      continue;
    }
    // a rating's votes in brackets after its score: `Đánh giá: 4.5/5 (12 phiếu)`, `4,6/5 (35 lượt đánh giá)`
    if (unit.kind === "count" && RATING_SCORE_BEFORE.test(before)) continue;
    // `Ban Chỉ đạo 138 tỉnh`, `BCĐ 389 huyện`: a place's steering committee named by the decree that set it up
    // (counterexamples: `Ban Chỉ đạo 15 thành viên`, `Các BCĐ 12 xã` count)
    // (or before a body's name in capitals or the nation's: `Ban Chỉ đạo 35 Đảng ủy xã`, `BCĐ 389 quốc gia`)
    if (unit.kind === "count" && COMMITTEE_NUMBER_BEFORE.test(before) && (PLACE_NOUN.test(unit.unit) || COMMITTEE_OWNER.test(unit.unit) || /^\s*\p{Lu}/u.test(doc.text.slice(reading.unitAt, unit.end)))) continue;
    // `chiều 29 Tết`, `mùng 2 Tết`: a day of the lunar new year, no count (`Đã 3 Tết anh không về quê` counts new years)
    if (
      unit.kind === "count" &&
      unit.unit.split(" ")[0] === "tết" &&
      (numeral.value >= 20 ||
        TET_DAY_BEFORE.test(before) ||
        /^[ ]?[-–]/u.test(folded.slice(unit.end, unit.end + 2)) ||
        (TET_DAY_IF_ENDED_BEFORE.test(before) && CLAUSE_ENDS_AFTER.test(folded.slice(unit.end, unit.end + 2))) ||
        (TET_DAY_WORD_BEFORE.test(before) && !TET_COUNTED_AFTER.test(folded.slice(unit.end, unit.end + 12))))
    )
      continue;
    // `chương trình 135 giai đoạn 2021 - 2025`: the programme's number, then its period (counterexample: `qua ba giai đoạn`)
    // (or its phase in Roman numerals: `Chương trình 135 giai đoạn II`, `Đề án 06 giai đoạn I`)
    // (after a programme's or a plan's label only: `Dự án chia làm 2 giai đoạn I và II` counts its phases)
    if (unit.kind === "count" && unit.unit === "giai đoạn" && numeral.digits && LABEL_BEFORE.exec(before) && /^[ ](?:\d|[ivx]+(?![\p{L}\p{M}]))/u.test(folded.slice(unit.end, unit.end + 6))) continue;
    // `súng cối 82mm`, `súng máy 12,7 mm`, `pháo 105 ly`: a weapon's calibre names it, no length (`ống dài 350 mm` is one)
    if ((unit.unit === "mm" || unit.unit === "ly") && CALIBRE_BEFORE.test(before)) continue;
    // `tăng trưởng 2 con số`: double-digit growth, no count (`2 con bò` counts)
    if (unit.kind === "count" && unit.unit === "con" && TWO_DIGITS_AFTER.test(folded.slice(unit.end, unit.end + 5))) continue;
    // `Khu công nghiệp Vsip 2 tỉnh Bình Dương`, `khối Hải Giang 1 phường Nghi Hải`: a number ending a name, then where
    // it is (a count of places is followed by their names too, `có 3 xã Tân Phú, …`, but after no name of its own)
    if (unit.kind === "count" && PLACE_NOUN.test(unit.unit) && NAME_ENDS_BEFORE.test(doc.text.slice(Math.max(0, numeral.start - 40), numeral.start)) && /^[ ]\p{Lu}/u.test(doc.text.slice(unit.end, unit.end + 2))) continue;
    // a number ending a name, then the sentence's verb: `thôn Phú Thọ 2 hướng dẫn người dân`, `Trung đoàn Bộ binh 890 tổ
    // chức lễ`, `Tiểu học Mỹ Lý 2 chia sẻ` (a noun that is a verb too, or a speech verb guessed as a noun;
    // counterexamples: `Thôn Nà Làng 10 hộ`, `gồm: Kỳ Anh 45 ngư dân` count, `Xã Tân Lập có 2 tổ chức đoàn thể` has a
    // verb before its number, `đã chọn 19 tổ chức` no name)
    // (after a work's name, any word the lexicon does not know is its verb: `Cầu Mỹ Thuận 3 hợp long`, `thủy điện Đăk Mi 4
    // xả nước`, `cầu Tó 2 hoạt động`; after a place's it may be a noun, `huyện Mê Linh 5 HTX`, `Kiên Giang 12 ghe`)
    if (
      unit.kind === "count" &&
      reading.shape === "" &&
      ((VERB_NOUNS.has(unit.unit) && !COUNT_AFTER_VERB_NOUN.test(folded.slice(unit.end, unit.end + 16))) ||
        (unit.rule === "count.noun-guessed" &&
          (SPEECH_VERB.has(unit.unit) || WORKS_VERB.has(unit.unit) || WORK_NAME_BEFORE.test(doc.text.slice(Math.max(0, numeral.start - 50), numeral.start))))) &&
      nameEndsBefore(doc.text, numeral.start)
    )
      continue;
    // `3 đ/c 65 tuổi Đảng`: years in the Party, a badge's, no figure (like `Huy hiệu 30 năm tuổi Đảng`)
    if (unit.kind === "count" && unit.unit === "tuổi" && PARTY_AGE_AFTER.test(folded.slice(unit.end, unit.end + 6))) continue;
    // `xã Tam Xuân 2 lần thứ VII`: a name's number before an ordinal, no count of times
    // (counterexample: `2 lần thứ Bảy hằng tuần` counts times, on Saturdays)
    if (unit.kind === "count" && unit.unit === "lần" && /^[ ]thứ[ ](?:[ivxlc]+|\d{1,2})(?![\p{L}\p{M}\p{N}])/u.test(folded.slice(unit.end, unit.end + 12))) continue;
    // `Hội nghị T.Ư 4 khóa XII`: a plenum's number before its term, no count of terms
    if (unit.kind === "count" && /^khóa [ivxlc]+$/u.test(unit.unit)) continue;
    // `mô hình chính quyền địa phương 2 cấp`: the model's name, no count of tiers (counterexample: `2 cấp ủy` counts)
    if (unit.kind === "count" && unit.unit.split(" ")[0] === "cấp" && GOVERNMENT_TIERS_BEFORE.test(before)) continue;
    if (unit.kind === "count" && unit.unit === "tuổi" && !AVERAGE_AGE_BEFORE.test(folded.slice(Math.max(0, numeral.start - 100), numeral.start))) continue;
    // a rice's grade by its broken grains: `gạo 5% tấm`, `gạo trắng 25% tấm` (no share of anything)
    if (unit.kind === "percent" && BROKEN_GRAINS_AFTER.test(folded.slice(unit.end, unit.end + 16)) && RICE_BEFORE.test(folded.slice(Math.max(0, numeral.start - 90), numeral.start))) continue;
    // A label before a plain number names a thing: `Tổ 10`, `số 2`. Money and measures are never labels.
    const explicitUnit = unit.kind !== "count" && unit.kind !== "duration";
    // a unit read off a table's cell is no label's (`Số lớp tập huấn <TAB> lớp <TAB> 36`)
    // (a column's gap, a tab or three spaces, parts a label's word from the number, a row's cells: `Công an, dân phòng <spaces>
    // 185 người`; `Số  2  đường Lê Lợi` typed with two is an address)
    const labelled = !explicitUnit && numeral.scale === 1 && !unit.rule.startsWith("table.") && !/(?:\t| {3,})$/u.test(before) ? LABEL_BEFORE.exec(before) : null;
    // the last syllable of a name is no label: `Nhật Bản 386 người`, `thôn Nà Làng 10 hộ` (counterexample: `Tổ 10 có …`)
    // a label's noun that the number before it counts labels nothing: `nhà lớp học 2 tầng 8 phòng học`, `10 phòng 2 giường`
    // (counterexample: `Tổ 3 thôn 5` labels twice, the 3 no figure)
    const countedLabel = labelled !== null && (figures.at(-1)?.end ?? -1) > numeral.start - before.length + labelled.index;
    const named = (labelled && nameBeforeLabel(doc.text, numeral.start)) || countedLabel ? null : labelled;
    // `tuần 26, quận ghi nhận …` names a week; `hằng tuần 1 lần`, `tuần 2 buổi` count what a week holds
    // `điều 5 xe chữa cháy`: the verb "dispatch" in lower case before vehicles or forces in lower case, no article (`Điều 5
    // Luật …`, `theo điều 173 Bộ luật Hình sự`, `tại điều 3 văn bản trên` are)
    const dispatched =
      named?.[1] === "điều" &&
      unit.rule === "count.noun" &&
      DISPATCHED.test(unit.unit) &&
      !ARTICLE_BEFORE.test(before.slice(0, named.index)) && /^\p{Ll}/u.test(doc.text.slice(numeral.start - before.length + named.index, numeral.start)) && /^\s*\p{Ll}/u.test(doc.text.slice(reading.unitAt, unit.end));
    const label = named && (((PERIOD_LABELS.has(named[1]!) || TIER_LABELS.has(named[1]!.replace(/\s+/gu, " "))) && unit.rule === "count.noun") || dispatched) ? null : named;
    // `kế hoạch 3 tháng`, `quy định 5 nội dung`: a document word before a measure names no document
    const labelWord = label?.[1]!.replace(/\s+/gu, " ") ?? "";
    const measured =
      label !== null &&
      // `khóa 3 tháng`, `lớp 2 ngày`: a course's length (counterexample: `lớp 3 học sinh giỏi` is a grade); after any
      // label, a span said to run on: `Đảng bộ phường 5 năm liền …`, `chi bộ 3 năm liên tiếp` (counterexample: `Tổ 10 năm 2023`)
      // (a counted noun before a name in capitals names one: `giai đoạn 2 KCN Phú Hà`)
      ((MEASURED_AFTER_LABELS.has(labelWord) &&
        (unit.kind === "duration" || (unit.rule === "count.noun" && !namedInCapitals(doc, numeral.start - before.length + label.index) && !/^[ ]\p{Lu}/u.test(doc.text.slice(unit.end, unit.end + 2))))) ||
        // a document's word in lower case is a verb before an acronym it acts on: `đã hướng dẫn 9 HTX`, `thông báo 15 HTX`
        // (counterexample: `Hướng dẫn 09 HD/BTGTU`, a reference, read before)
        (MEASURED_AFTER_LABELS.has(labelWord) &&
          unit.rule === "count.noun-guessed" &&
          /^\p{Ll}/u.test(doc.text[numeral.start - before.length + label.index] ?? "") &&
          ACRONYM_ACTED_ON.test(doc.text.slice(reading.unitAt, reading.unitAt + 12))) ||
        // (months, days, weeks: `lớp 12 năm học 2023 - 2024` is a grade, the school year after it)
        (COURSE_LABELS.has(labelWord) && unit.kind === "duration" && unit.unit !== "năm") ||
        // relics and the like ranked, a noun the lexicon knows after the number: `đề nghị xếp hạng 02 di tích quốc gia`
        // (counterexamples, ranks: `xếp hạng 16 cả nước`, `được xếp hạng 2 trong danh sách`, a place among the top, `xếp
        // hạng 10 doanh nghiệp lớn nhất`)
        (labelWord === "hạng" && RANKED_THINGS.test(unit.unit) && RANKING_BEFORE.test(before) && !TOP_AFTER.test(doc.folded.slice(unit.end, unit.end + 48))) ||
        // a house's floors, bays and rooms: `xây được ngôi nhà 2 tầng`, `căn nhà 3 gian` (counterexample: `tầng 1 trụ sở`
        // names the floor)
        // (not an address's room, `nhà 5 phòng 302`, its number of three digits; `nhà 2 phòng 1 bếp` counts)
        (labelWord === "nhà" && HOUSE_PARTS.has(unit.unit) && !(unit.unit === "phòng" && ROOM_NUMBER_AFTER.test(doc.folded.slice(unit.end, unit.end + 12)))) ||
        (unit.kind === "duration" && SPAN_RUNS_ON.test(folded.slice(unit.end, unit.end + 12))) ||
        // how often, after a place's word in lower case: `đài truyền thanh phường 2 lần/tháng`, `thôn 2 buổi/tháng`
        // (a frequency names no place; counterexample: `Phường 2 lần đầu tổ chức`, no basis, names the ward)
        (unit.kind === "count" && (unit.unit === "lần" || unit.unit === "buổi" || unit.unit === "đợt") && unit.per !== null && /^\p{Ll}/u.test(doc.text[numeral.start - before.length + label.index] ?? "")) ||
        // a reporting period after a place's word in lower case: `Thu ngân sách phường 5 tháng đầu năm`, `thôn 6 tháng qua`
        // (counterexample: `Phường 5 có 1.200 hộ`, `Thôn 6 năm 2024` name them)
        (unit.kind === "duration" &&
          unit.unit !== "năm" &&
          PLACE_NOUN.test(labelWord) &&
          // (`quận 3 tháng đầu năm` is District 3's)
          labelWord !== "quận" &&
          /^\p{Ll}/u.test(doc.text[numeral.start - before.length + label.index] ?? "") &&
          REPORTING_PERIOD_AFTER.test(folded.slice(unit.end, unit.end + 12)))) &&
      // `Nghị quyết 35 ngày 22/10/2018`: `ngày` opens the document's date (a counted noun may stand right
      // before a document it counts: `Báo cáo 4 Nghị quyết: Nghị quyết số 18-NQ/TW, …`)
      !overlapsAny(blocked, numeral.end, unit.kind === "duration" ? unit.end + 3 : unit.end);
    const whole = label && !measured ? WHOLE_OF_BEFORE.exec(before) : null;
    const wholeOf = whole !== null && /^\p{Ll}/u.test(doc.text[numeral.start - before.length + whole.index + whole[0].indexOf(label![1]!)] ?? "");
    // a compound ending in a label's words is no label, unless the label is the longer (`Dự án thành phần 1` labels, `thành phần`
    // alone does not)
    const notLabel = label ? NOT_LABEL_BEFORE.exec(before) : null;
    if (label && !measured && !wholeOf && !(notLabel && notLabel[1]!.length >= label[1]!.length)) {
      // The label owns the whole shape: in `xếp thứ 12/63 tỉnh` the 63 is part of a rank, not 63 provinces.
      consumedUntil = reading.unitAt;
      continue;
    }

    // `tăng trưởng -1,2%`, `(-21,7%)`: a negative rate (a minus after a space or a bracket; `10-12%` is a range)
    // (in a table's cell, any figure: `Hộ nghèo <TAB> hộ <TAB> 250 <TAB> 225 <TAB> -25` under `Tăng/giảm`)
    const negative =
      (unit.kind === "percent" || unit.rule.startsWith("table.")) && reading.shape === "" && MINUS_BEFORE.test(doc.text.slice(Math.max(0, reading.start - 2), reading.start));
    // `từ 5 đến 7 tỷ đồng`: the range's `từ` belongs to the figure, and a qualifier may stand before it (and before a minus).
    const rangeFrom = reading.shape === ".range" ? RANGE_FROM_BEFORE.exec(before) : null;
    const qualifierAt = rangeFrom ? reading.start - rangeFrom[0].length : negative ? reading.start - 1 : reading.start;
    const read = readQualifier(doc, Math.max(from, qualifierAt), unit.kind);
    // `trồng 120 cây xanh trên 3 km đường`, `74 mô hình trên 6 khu dân cư`: `trên` right after the thing
    // counted before places it ("on", "across"); a verb or a comma before `trên` bounds (`đạt trên 3 km`)
    const previous = figures[figures.length - 1];
    // (not after a span or a round of events: `Sau 3 năm trên 1.200 hộ`, `Qua 2 đợt trên 300 người` bound the count)
    const placing =
      read.qualifier === "over" && previous !== undefined && previous.kind !== "duration" && !EVENT_NOUNS.has(previous.unit) && ON_AFTER_FIGURE.test(folded.slice(previous.end, qualifierAt));
    const { qualifier, start: qualifierStart } = placing ? { qualifier: null, start: qualifierAt } : read;
    let end = unit.end;
    // `2 ngày rưỡi`: and a half of the span
    HALF_AFTER.lastIndex = end;
    const half = unit.kind === "duration" && reading.shape === "" && HALF_AFTER.test(folded);
    if (half) end = HALF_AFTER.lastIndex;
    let finalQualifier = qualifier;
    OR_MORE_AFTER.lastIndex = end;
    let orMore = OR_MORE_AFTER.exec(folded);
    if (orMore?.[1] === "xuống" && unit.kind !== "money" && unit.kind !== "percent") {
      PLACE_NAME_AFTER.lastIndex = PLACE_WORD_AFTER.lastIndex = end + orMore[0].length;
      if (((unit.kind === "length" || unit.kind === "count") && PLACE_NAME_AFTER.test(doc.text)) || PLACE_WORD_AFTER.test(folded)) orMore = null;
    }
    // (`trở xuống`, or less, as the Criminal Code writes it: `từ 3 năm trở xuống` is under)
    if (orMore && qualifier === null) {
      finalQualifier = orMore[1] === "xuống" ? "under" : "over";
      end += orMore[0].length;
    } else if (!orMore && qualifier === null && reading.shape === "" && (unit.kind === "count" || unit.kind === "duration")) {
      // `trở lên` a few words on, the thing's words between: after `từ` (`từ 3 thôn đạt chuẩn … trở lên`, `từ 10 lao động
      // nữ trở lên`) or after a span (`20 năm đóng bảo hiểm xã hội trở lên`, `3 năm liên tục trở lên`); counterexample:
      // `100% cán bộ có trình độ đại học trở lên` bounds the degree
      OR_MORE_LATER.lastIndex = end;
      const later = unit.kind === "duration" || FROM_BEFORE.test(before) ? OR_MORE_LATER.exec(folded) : null;
      if (later) finalQualifier = later[1] === "xuống" ? "under" : "over";
    } else if (!orMore && qualifier === null && unit.kind === "percent") {
      // a target's share of a count, then `trở lên`: `90% số hộ trở lên đạt gia đình văn hóa` (counterexample: `100% cán
      // bộ có trình độ đại học trở lên` bounds the degree, no `số` opening the words between)
      SHARE_OR_MORE_LATER.lastIndex = end;
      if (SHARE_OR_MORE_LATER.test(folded)) finalQualifier = "over";
      // (or a counted noun the lexicon knows and nothing else before it: `70% chi đoàn trở lên đạt vững mạnh`)
      NOUN_OR_MORE_LATER.lastIndex = end;
      const noun = NOUN_OR_MORE_LATER.exec(folded);
      // (or a list of them: `80% thôn, tổ dân phố trở lên`)
      if (noun && noun[1]!.split(/,[ ]/u).every((part) => COUNT_NOUN.has(part))) finalQualifier = "over";
    }
    if (perOneUnit(doc, numeral, unit, qualifierStart)) continue;
    // `một mét` right after an amount's scale or currency is its basis, no measure of one (`3, 4 triệu một mét`, the
    // amount itself unread)
    if (!numeral.digits && numeral.value === 1 && unit.kind !== "count" && unit.kind !== "duration" && unit.kind !== "money" && AMOUNT_END_BEFORE.test(folded.slice(Math.max(0, numeral.start - 16), numeral.start))) continue;
    const start = Math.min(qualifierStart, qualifierAt);
    const factor = (unit.factor ?? 1) * (negative ? -1 : 1);
    figures.push({
      kind: unit.kind,
      value: unit.kind === "count" && reading.shape === "" ? countValue(numeral) * factor : roundFloat(reading.value * factor) + (half ? 0.5 : 0),
      unit: unit.unit,
      qualifier: finalQualifier,
      of: reading.of,
      to: reading.to === null ? null : roundFloat(reading.to * factor),
      per: unit.per,
      text: doc.text.slice(start, end),
      start,
      end,
      sentence: sentenceAround(doc.text, start, end),
      rule: unit.rule + reading.shape,
    });
    consumedUntil = unit.resumeAt ?? end;
  }
  return mergeRanges(doc, figures);
}

/** What joins a ratio's two numbers written with their unit twice: `40 ha/55 ha`. */
const RATIO_JOIN = /^[ ]?\/[ ]?$/u;
/** What joins the two ends of a range written with its unit twice: `15% - 20%`, `10 ha đến 15 ha`. Spaces, no line break. */
const RANGE_JOIN = /^[ ]?(?:[-–—]|đến|tới)[ ]?$/u;
/**
 * Its upper end bounded, as classes of size and fines are written: `tàu từ 12 m đến dưới 15 m`, `từ 50 triệu đồng đến
 * dưới 100 triệu đồng` (one range, the bound's word inside the upper end's figure; a dash is no such join).
 */
const RANGE_JOIN_BOUNDED = /^[ ](?:đến|tới)[ ]$/u;

/**
 * A range that repeats its unit (`từ 15% đến 20%`, `từ 5 tỷ đồng đến 7 tỷ
 * đồng`) is one figure, as `từ 15 đến 20%` is: the second end becomes `to`.
 * Counterexample: `giảm từ 494 hộ xuống còn 247 hộ` is a change, two counts
 * (only `đến`, `tới` or a dash join a range).
 */
function mergeRanges(doc: PreparedDocument, figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const f of figures) {
    const a = out[out.length - 1];
    const joinable =
      a !== undefined && a.to === null && a.of === null && f.to === null && f.of === null &&
      a.kind === f.kind && a.unit === f.unit && (a.per === f.per || a.per === null) && f.value > a.value &&
      (f.qualifier === null ? RANGE_JOIN : RANGE_JOIN_BOUNDED).test(doc.folded.slice(a.end, f.start));
    // `bàn giao 40 ha/55 ha`, `12 km/20 km`: achieved of planned, the unit written at both ends (as `40/55 ha` is)
    const ratio =
      !joinable && a !== undefined && a.to === null && a.of === null && a.per === null && f.to === null && f.of === null && f.qualifier === null &&
      a.kind === f.kind && a.unit === f.unit && RATIO_JOIN.test(doc.folded.slice(a.end, f.start));
    if (ratio) {
      out[out.length - 1] = { ...a, of: f.value, per: f.per, text: doc.text.slice(a.start, f.end), end: f.end, sentence: sentenceAround(doc.text, a.start, f.end), rule: `${a.rule}.ratio` };
      continue;
    }
    if (!joinable) {
      out.push(f);
      continue;
    }
    const from = a.qualifier === null ? RANGE_FROM_BEFORE.exec(doc.folded.slice(Math.max(0, a.start - 10), a.start)) : null;
    const start = from ? a.start - from[0].length : a.start;
    out[out.length - 1] = {
      ...a,
      // `từ 7.000 đồng đến 7.500 đồng/kg`: the rate's basis written once, at the upper end
      per: f.per,
      to: f.value,
      text: doc.text.slice(start, f.end),
      start,
      end: f.end,
      sentence: sentenceAround(doc.text, start, f.end),
      rule: `${a.rule}.range`,
    };
  }
  return out;
}

/**
 * Things come whole: `1,500 hộ` is 1500 households written the English way,
 * not 1.5 (a comma before exactly three digits, in a count with no scale).
 * Money and rates keep the Vietnamese decimal comma: `41,795 tỷ` is 41.795e9.
 */
function countValue(numeral: Numeral): number {
  return numeral.scale === 1 && /^\d{1,3},\d{3}$/u.test(numeral.written) ? Number(numeral.written.replace(",", "")) : numeral.value;
}

// (after a number or a vague one: `cánh đồng một ha` is a field's hectare)
const AMOUNT_END_BEFORE = /(?:\d|(?<![\p{L}\p{M}])(?:vài|mấy|chục|trăm))[ ]?(?:triệu|nghìn|ngàn|tỷ|tỉ|đồng|đ)[ ]$/u;
/** A value reckoned per unit of land, earlier in its clause: `Giá trị sản xuất trên 1 ha`, `Thu nhập bình quân trên 1 ha`. */
const VALUE_PER_AREA_BEFORE = /(?<![\p{L}\p{M}])(?:giá trị|thu nhập|doanh thu|lợi nhuận|năng suất|sản lượng)(?![\p{L}\p{M}])[^.;:\n]{0,30}$/u;

/**
 * `trên 1 ha` after a value reckoned per hectare: the basis of a rate (`trên`
 * is "per" here), no area of over one hectare. Counterexample: `Mỗi trang
 * trại có diện tích trên 1 ha` is an area, over.
 */
function perOneUnit(doc: PreparedDocument, numeral: Numeral, unit: UnitMatch, qualifierStart: number): boolean {
  if (unit.kind !== "area" || numeral.value !== 1 || !/^trên\s/u.test(doc.folded.slice(qualifierStart, numeral.start))) return false;
  return VALUE_PER_AREA_BEFORE.test(doc.folded.slice(Math.max(0, qualifierStart - 40), qualifierStart));
}

/** A ratio `13/10`, a range `10-12` / `từ 5 đến 7`, or a single number. */
function readShape(doc: PreparedDocument, numeral: Numeral, blocked: readonly Span[]): Reading {
  const single: Reading = { start: numeral.start, numeral, value: numeral.value, of: null, to: null, unitAt: numeral.end, shape: "", scale: numeral.scale };
  const second = (pattern: RegExp): Numeral | null => {
    pattern.lastIndex = numeral.end;
    const m = pattern.exec(doc.folded);
    if (!m) return null;
    const next = numeralAt(doc, numeral.end + m[0].length);
    if (!next || next.digits !== numeral.digits || overlapsAny(blocked, next.start, next.end)) return null;
    return next;
  };
  if (!numeral.digits) {
    // `một đến hai công trình`, `ba đến năm người`: a range in words (no dash: `hai - ba` is rare and `năm` ambiguous)
    WORD_RANGE_AFTER.lastIndex = numeral.end;
    const upper = WORD_RANGE_AFTER.test(doc.folded) ? second(WORD_RANGE_AFTER) : null;
    return upper && upper.value > numeral.value && upper.scale === numeral.scale
      ? { ...single, to: upper.value, unitAt: upper.end, shape: ".range" }
      : single;
  }
  if (numeral.scale === 1) {
    // (not after a label or a time: `Khu phố 3 trên 150 hộ`, `Quý 3 trên 200 lượt khách`, `Sáng 15 trên 200 đoàn viên`)
    const labelled = (): boolean => {
      const before = doc.folded.slice(Math.max(0, numeral.start - 40), numeral.start);
      return LABEL_BEFORE.exec(before) !== null || TIME_WORD_BEFORE.test(before);
    };
    // (the label is looked for only where `trên` follows: asked of every number)
    const spokenNext = numeral.plainInteger && !isYearLike(numeral) && doc.folded.startsWith(" trên ", numeral.end) ? second(SPOKEN_RATIO_AFTER) : null;
    const spoken = spokenNext && !labelled() ? spokenNext : null;
    if (spoken && spoken.scale === 1 && spoken.value >= numeral.value) return { ...single, of: spoken.value, unitAt: spoken.end, shape: ".ratio" };
    const denominator = second(RATIO_AFTER);
    // `45.799/36.875 tỷ đồng`: achieved of planned, the scale written once, after the second (as a range's is)
    if (denominator) {
      const scale = denominator.scale;
      return { ...single, value: numeral.value * scale, of: denominator.value, unitAt: denominator.end, shape: ".ratio", scale: Math.max(scale, 1) };
    }
  } else {
    // `792,9 tỷ/1.287,4 tỷ đồng`: achieved of planned, both with their scale
    const denominator = second(RATIO_AFTER);
    if (denominator && denominator.scale === numeral.scale) return { ...single, of: denominator.value, unitAt: denominator.end, shape: ".ratio" };
  }
  const upper = second(RANGE_AFTER);
  if (upper && !isYearLike(numeral)) {
    // `từ 5 đến 7 tỷ đồng`: the scale written once applies to both ends, unless the lower end is written whole
    // (`từ 500.000 đến 1,2 triệu đồng`, `từ 300 đến 1,2 nghìn hộ`: 500 billion would be no lower end)
    const scale = numeral.scale === 1 ? upper.scale : 1;
    // (`270-290.000 đồng`: the thousands written once, on the upper end, when the lower end times a thousand falls
    // below it and within a tenth of it)
    const thousands = scale === 1 && numeral.plainInteger && numeral.value < 1000 && /^\d{1,3}\.000$/u.test(upper.written);
    const grouped = thousands && numeral.value * 1000 < upper.value && numeral.value * 1000 * 10 >= upper.value ? 1000 : scale;
    const value = numeral.value * grouped < upper.value ? numeral.value * grouped : numeral.value;
    if (upper.value > value) return { ...single, value, to: upper.value, unitAt: upper.end, shape: ".range", scale: Math.max(upper.scale, numeral.scale) };
  }
  return single;
}

/**
 * A count broken down by place in brackets after it, the noun written once:
 * `9 tàu cá bị chìm (Cà Mau 4, Bạc Liêu 3, Sóc Trăng 2)` — each number after a
 * capitalised name counts `tàu cá`. Counterexample: `(Tổ 4, Tổ 5)` labels
 * groups (the label nouns stop it, LABEL_BEFORE), and a number after a
 * lower-case word in the brackets is no part of the breakdown.
 */
function breakdownUnit(doc: PreparedDocument, numeral: Numeral, last: Figure | undefined): UnitMatch | null {
  if (!last || !BREAKDOWN_KINDS.has(last.kind) || last.of !== null || last.to !== null || numeral.start - last.end > MAX_BREAKDOWN) return null;
  const between = doc.text.slice(last.end, numeral.start);
  // a birth year in brackets is no item: `Tạm giữ 4 xe tải của ông Nguyễn Văn An (SN 1979, ở phường 5)`
  if (BIRTH_YEAR_BEFORE.test(between)) return null;
  // from the count itself, or from the breakdown's item before
  // (or from a place's count with its noun, the first of a list: `Trong đó, Thạnh Phú 121 đảng viên, Mỏ Cày Nam 98, …`)
  const opens = last.rule.endsWith(".breakdown")
    ? BREAKDOWN_NEXT.test(between) ||
      (last.rule.endsWith(".labelled.breakdown") && isWhole(numeral) && LABELLED_BREAKDOWN_NEXT.test(between) && !NOT_A_COUNTED_CATEGORY.test(between))
    : BREAKDOWN_BETWEEN.test(between) || (BREAKDOWN_NEXT.test(between) && PLACE_ITEM_BEFORE.test(doc.text.slice(Math.max(0, last.start - 60), last.start)));
  // `kỷ luật 1.574 đảng viên (trong đó: khiển trách 692, cảnh cáo 560, …)`: categories in lower case, whole numbers
  const labelled = !opens && !last.rule.endsWith(".breakdown") && isWhole(numeral) && LABELLED_BREAKDOWN_BETWEEN.test(between);
  // (or the bracket's first category took its noun from before, `Tổng số đảng viên: 987 (nam: 560; nữ: 427)`: the next
  // category counts the same)
  // (counterexamples: an average or a year among them, `(nam: 560; tuổi đời bình quân: 48)`; an area's, `(diện tích: 25
  // km2; dân số: 8.500)`)
  const afterFirstCategory =
    !opens && !labelled && last.kind === "count" && last.rule === "count.noun-before" && isWhole(numeral) && LABELLED_BREAKDOWN_NEXT.test(between) &&
    !NOT_A_COUNTED_CATEGORY.test(between) &&
    (LABELLED_FIRST_BEFORE.test(doc.text.slice(Math.max(0, last.start - MAX_ITEM), last.start)) ||
      // (or the label's first category with no bracket: `Số giáo viên: mầm non 412; tiểu học 650`)
      NUMBER_OF_CATEGORY.test(doc.folded.slice(Math.max(0, last.start - MAX_ITEM), last.start)));
  if ((labelled || afterFirstCategory) && BREAKDOWN_AFTER.test(doc.text.slice(numeral.end, numeral.end + 5))) {
    return { kind: last.kind, unit: last.unit, end: numeral.end, per: null, rule: `${last.kind}.labelled.breakdown` };
  }
  if (!opens || !BREAKDOWN_AFTER.test(doc.text.slice(numeral.end, numeral.end + 5))) return null;
  // the first item opens a breakdown only when the next item carries a number too: two at least, each numbered
  // (counterexamples: `gồm: Gia Tân 3, Gia Kiệm, Quang Trung` names communes; `(thôn Cấp Tiến 2)` a village)
  if (!last.rule.endsWith(".breakdown") && !NEXT_ITEM_NUMBERED.test(doc.text.slice(numeral.end, numeral.end + MAX_ITEM))) return null;
  const rule = last.rule.endsWith(".labelled.breakdown") ? last.rule : `${last.kind}.breakdown`;
  return { kind: last.kind, unit: last.unit, end: numeral.end, per: null, rule };
}
const BIRTH_YEAR_BEFORE = /(?<![\p{L}\p{M}])(?:SN|sinh năm|năm sinh):?[ ]?$/iu;
/** A whole number in digits, grouped or not: `551`, `1.168`, `252 nghìn` (not `1,5`, `95.77`). */
function isWhole(n: Numeral): boolean {
  return n.digits && Number.isInteger(n.value);
}

/** A rating of the Party's members or cells after a number: `hoàn thành xuất sắc nhiệm vụ`, `không hoàn thành nhiệm vụ`, `HTTNV`. */
const RATING = String.raw`(?:(?:không |chưa )?hoàn thành(?: xuất sắc| tốt)?(?: nhiệm vụ)?|htxsnv|httnv|htnv|khtnv)`;
const RATING_AFTER = new RegExp(String.raw`^[ ]${RATING}(?![\p{L}\p{M}])`, "u");
/** From a rated count to the next number: its rating, then `;`, `,` or `và`. */
// (an aside in brackets may follow the rating, and `có` open the next: `… nhiệm vụ (tăng 2 so với năm trước), 8 …`,
// `…; có 250 hoàn thành tốt nhiệm vụ`)
const RATED_BETWEEN = new RegExp(String.raw`^[ ]${RATING}(?:[ ]trở lên)?(?:[ ]?\([^()\n]{0,40}\))?(?:[ ]?[,;][ ]?|[ ]và[ ])(?:có[ ])?$`, "u");
/** Characters from one rated count to the next at most. */
const MAX_RATED_GAP = 80;

/**
 * A rating's count whose noun was written once, at the first: `689 đảng viên hoàn thành xuất sắc nhiệm vụ; 3.504 hoàn
 * thành tốt nhiệm vụ; 281 hoàn thành nhiệm vụ và 38 không hoàn thành nhiệm vụ` — each bare number before a rating, in
 * the sentence of a count before its own rating, counts that count's noun. Counterexample: `689 đảng viên, 3.504 hoàn
 * thành tốt nhiệm vụ` (no rating after the first: what the second counts is not said).
 */
function ratedUnit(doc: PreparedDocument, numeral: Numeral, last: Figure | undefined): UnitMatch | null {
  if (!last || last.kind !== "count" || !isWhole(numeral) || numeral.start - last.end > MAX_RATED_GAP) return null;
  const { folded } = doc;
  if (!RATING_AFTER.test(folded.slice(numeral.end, numeral.end + 40))) return null;
  // (the previous count's rating, then only a mark: `…; về đảng viên, 85 hoàn thành …`, `…; cá nhân 120 …` name
  // another noun)
  if (!RATED_BETWEEN.test(folded.slice(last.end, numeral.start))) return null;
  return { kind: "count", unit: last.unit, end: numeral.end, per: null, rule: "count.rated" };
}

/**
 * A list whose noun comes once, at its end: `khiển trách 11, cảnh cáo 04,
 * cách chức 01, khai trừ 01 đảng viên`, `xếp loại khá 3, trung bình 7, yếu 2
 * xã` — each bare number after a lower-case word counts the last item's noun.
 * The items are short (one to five lower-case words and a whole number) and
 * the noun must be one the lexicon knows. Counterexamples: `Tổ 4, Tổ 5 có 30
 * hộ` (labels, skipped by LABEL_BEFORE), `điểm 8,5, có 30 học sinh` (no whole
 * number), `tăng 4, đạt 30 ha` (a measure ends it, no count).
 */
function listEndUnit(doc: PreparedDocument, numeral: Numeral, blocked: readonly Span[]): UnitMatch | null {
  const before = doc.text.slice(Math.max(0, numeral.start - 20), numeral.start);
  // (a level's number is no item: `định danh mức 2, kích hoạt 1.560 tài khoản`)
  if (!isWhole(numeral) || !LIST_ITEM_BEFORE.test(before) || LEVEL_BEFORE.test(before)) return null;
  let item = numeral;
  for (let items = 1; items <= MAX_LIST_ITEMS; items++) {
    LIST_ITEM_NEXT.lastIndex = item.end;
    const joint = LIST_ITEM_NEXT.exec(doc.text);
    if (!joint) return null;
    const next = numeralAt(doc, LIST_ITEM_NEXT.lastIndex);
    if (!next || !isWhole(next) || overlapsAny(blocked, next.start, next.end)) return null;
    const noun = matchNoun(doc, next.end);
    if (noun) {
      // two items only are a list when nothing but a comma parts them and no verb opens the second
      // (counterexamples: `tuổi đời bình quân 45, kết nạp mới 3 đảng viên`, `Dân số khoảng 1200, có 300 hộ`)
      const longList = items >= 2 || PREVIOUS_ITEM.test(doc.text.slice(Math.max(0, numeral.start - 60), numeral.start));
      if (!noun.known || matchDuration(doc, next.end) || (!longList && !SHORT_JOINT.test(joint[0]))) return null;
      return { kind: "count", unit: noun.unit, end: numeral.end, per: null, rule: "count.list-end" };
    }
    item = next;
  }
  return null;
}
/**
 * Two amounts of one thing, its unit written after the second: `1.200 và 1.500 hộ dân`, `450.000 và 600.000
 * đồng/vé`, `15 hoặc 20 ngày` (counterexamples: a year, `năm 2023 và 2024 hộ`; after a time or a label, `Trong hai ngày 19
 * và 20 …`; a comma parts two things, `Chiều 15, 200 đoàn viên`, `62 cụ tuổi 90, 14 cụ`).
 */
function pairUnit(doc: PreparedDocument, numeral: Numeral, blocked: readonly Span[]): UnitMatch | null {
  // (not a date's month, `Ngày 19 và 20/10, 298 đại biểu`)
  if (isYearLike(numeral) || /[/:.,-]$/u.test(doc.text.slice(Math.max(0, numeral.start - 1), numeral.start))) return null;
  const before = doc.folded.slice(Math.max(0, numeral.start - 40), numeral.start);
  if (TIME_WORD_BEFORE.test(before) || LABEL_BEFORE.exec(before) || /(?<![\p{L}\p{M}])tuổi[ ]$/u.test(before) || GRADE_BEFORE.test(before)) return null;
  // (a list of them, commas before the last `và`: `120, 150 và 200 hộ nghèo`)
  let last = numeral;
  for (let items = 1; items < MAX_LIST_ITEMS; items++) {
    LIST_COMMA_NEXT.lastIndex = last.end;
    if (!LIST_COMMA_NEXT.test(doc.folded)) break;
    const item = numeralAt(doc, LIST_COMMA_NEXT.lastIndex);
    if (!item || item.scale !== numeral.scale || isYearLike(item) || overlapsAny(blocked, item.start, item.end)) return null;
    last = item;
  }
  PAIR_NEXT.lastIndex = last.end;
  const joint = PAIR_NEXT.exec(doc.folded);
  if (!joint) return null;
  const next = numeralAt(doc, PAIR_NEXT.lastIndex);
  if (!next || isYearLike(next) || overlapsAny(blocked, next.start, next.end)) return null;
  // (the scale word written once too, on the second: `3 và 5 triệu đồng`, `1,5 và 2 tỷ đồng`; counterexample: `3 và 5.000
  // đồng` gives no scale, and `500 và 1 triệu đồng` is left: the first is no smaller amount of the second's scale)
  if (next.scale !== numeral.scale) {
    if (numeral.scale !== 1 || numeral.value >= next.value / next.scale) return null;
    const money = matchMoney(doc, next.end);
    return money ? { ...money, end: numeral.end, factor: (money.factor ?? 1) * next.scale, rule: "money.pair" } : null;
  }
  const unit = matchMoney(doc, next.end) ?? matchPercent(doc, next.end) ?? matchMeasure(doc, next.end);
  if (unit) return { ...unit, end: numeral.end, rule: `${unit.kind}.pair` };
  const noun = matchNoun(doc, next.end);
  return noun?.known && isWhole(numeral) && !matchDuration(doc, next.end) ? { kind: "count", unit: noun.unit, end: numeral.end, per: null, rule: "count.pair" } : null;
}
const PAIR_NEXT = /[ ](?:và|hoặc)[ ](?=\p{N})/uy;
/** A comma between a list's numbers, before its last `và`: `120, 150 và 200 hộ`. */
const LIST_COMMA_NEXT = /,[ ](?=\p{N})/uy;

/** Between the last two items of a list: a comma or `và`, and one or two words that are no verb (`xuất sắc 4, tốt 25 đảng viên`). */
const SHORT_JOINT = /^(?:[ ]?,[ ]|[ ]và[ ])(?!(?:có|là|đạt|gồm|kết|được|còn|với|tăng|giảm|và)[ ])(?:\p{Ll}[\p{Ll}\p{M}]*[ ]){1,2}$/u;
/** An item of the list before this one: a number, a joint and the item's words. */
const PREVIOUS_ITEM = /\p{N}(?:[ ]?[,;][ ]?|[ ]và[ ])(?:\p{Ll}[\p{Ll}\p{M}]*[ ]){1,5}$/u;
/** How many items a list with its noun at the end may have before the noun. */
const MAX_LIST_ITEMS = 8;
/** A list item's word right before its number: lower case (`khiển trách 11`); a capital is a name or label (`Tổ 4`). */
const LIST_ITEM_BEFORE = /(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}]*[ ]$/u;
const LEVEL_BEFORE = /(?<![\p{L}\p{M}])mức[ ]$/u;
/**
 * Between two items: a comma, semicolon or `và`, then one to five lower-case words (`hoàn thành tốt nhiệm vụ 25`); not a
 * clause's verb, which opens what comes next (`cảnh cáo 03; kỷ luật 1.090 đảng viên`: the 03 are no members).
 */
const LIST_ITEM_NEXT =
  /(?:[ ]?[,;][ ]?|[ ]và[ ])(?!(?:kỷ luật|thi hành|kết nạp|xử lý|có|là|đạt|gồm|được|còn|tăng|giảm)[ ])(?:\p{Ll}[\p{Ll}\p{M}]*[ ]){1,5}(?=\p{N})/uy;

/**
 * An amount with a scale word and no currency right after an amount of money:
 * `giải Ba 4 triệu đồng; mỗi giải khuyến khích 1,5 triệu` (counterexample:
 * `1,2 triệu lượt khách` has its noun).
 */
/**
 * `một` set against a count of the same noun in its sentence is one of them:
 * `87 doanh nghiệp thành lập mới, một doanh nghiệp giải thể`, `2 người chết,
 * giảm một người`. Counterexample: `một số`, `một trong những`, and `một`
 * alone (`xây mới một nhà`: "a house"), which stay unread.
 */
function oneAgainstCount(doc: PreparedDocument, numeral: Numeral, last: Figure | undefined): UnitMatch | null {
  if (numeral.written !== "một" || numeral.scale !== 1 || !last || last.kind !== "count" || numeral.start - last.end > MAX_ONE_AFTER) return null;
  // within its sentence, and not shared out by `mỗi` (`Chương trình Mỗi xã một sản phẩm OCOP` names a programme)
  if (/[.;!?\n]/u.test(doc.text.slice(last.end, numeral.start)) || EACH.test(doc.folded.slice(last.end, numeral.start))) return null;
  const noun = matchNoun(doc, numeral.end);
  return noun?.known && noun.unit === last.unit ? { kind: "count", unit: noun.unit, end: noun.end, per: null, rule: "count.one-against" } : null;
}
const EACH = /(?<![\p{L}\p{M}])mỗi(?![\p{L}\p{M}])/u;
/** How far `một` may stand after the count it is set against. */
const MAX_ONE_AFTER = 80;

/**
 * A change whose unit is written once, at its new value: `giảm từ 460 xuống
 * còn 412 đơn vị`, `tăng từ 12 lên 15%`, `từ 120 lên 150 ha`, `từ 700.000 lên 1,1 triệu đồng` — the old value has the
 * same unit (it was lost), or the noun before both (`Số hợp tác xã tăng từ 120 lên 185`). Counterexample: `từ 2 đến 3
 * tỷ` is a range, read before.
 */
function changeFromUnit(doc: PreparedDocument, numeral: Numeral): UnitMatch | null {
  if (!FROM_BEFORE.test(doc.folded.slice(Math.max(0, numeral.start - 4), numeral.start)) || isYearLike(numeral)) return null;
  CHANGE_TO.lastIndex = numeral.end;
  const change = CHANGE_TO.exec(doc.folded);
  if (!change) return null;
  const next = numeralAt(doc, CHANGE_TO.lastIndex);
  if (!next || !next.digits) return null;
  const sign = next.scale === 1 ? PERCENT_SIGN_AT.exec(doc.text.slice(next.end, next.end + 3)) : null;
  if (sign) return { kind: "percent", unit: sign[1] === "%" ? "%" : "‰", end: numeral.end, per: null, rule: "percent.change-from" };
  // the old value shares the new one's scale word when it has none and is below a thousand: `từ 45 lên 52 triệu
  // đồng` is 45 million (counterexample: `từ 700.000 lên 1,1 triệu đồng` is whole)
  const factor = numeral.scale === 1 && next.scale !== 1 && numeral.value < 1000 ? next.scale : 1;
  const old = numeral.value * factor;
  // it moves the way the verb says, and an amount or a scale shared lands within a hundredfold of the new value; else the
  // old value's unit is unsure, and it gives no figure (`tăng từ 5 lên 800 tỷ đồng`, `từ 800 lên 1,2 km`, `từ 120 lên 1,5
  // nghìn tỷ đồng`)
  const rising = /^[ ](?:lên|tăng)/u.test(change[0]);
  const near = Math.max(old, next.value) < 100 * Math.min(old, next.value);
  if (rising ? old > next.value : old < next.value) return null;
  const measured = matchMoney(doc, next.end) ?? matchMeasure(doc, next.end);
  if (measured) return near ? { ...measured, end: numeral.end, factor: (measured.factor ?? 1) * factor, rule: `${measured.kind}.change-from` } : null;
  if (factor !== 1 && !near) return null;
  // (a noun the lexicon knows, or an acronym: `tăng từ 1.352 lên 1.908 HTX`)
  const noun = matchNoun(doc, next.end);
  if (noun) return noun.known || noun.acronym ? { kind: "count", unit: noun.unit, end: numeral.end, per: null, rule: "count.change-from", factor } : null;
  if (next.scale !== 1) return null;
  // `Số hợp tác xã tăng từ 120 lên 185`: the noun of both before them
  const counted = nounBefore(doc, next);
  return counted ? { ...counted, end: numeral.end, rule: "count.change-from" } : null;
}
const FROM_BEFORE = /(?<![\p{L}\p{M}])từ[ ]$/u;
/** A rate's sign after the new value: `%`, `‰`, `%0` (per mille typed on a keyboard). */
const PERCENT_SIGN_AT = /^[ ]?(‰|%0|%)/u;
const CHANGE_TO = /[ ](?:xuống(?:[ ]còn)?|giảm(?:[ ]xuống)?(?:[ ]còn)?|lên(?:[ ](?:đến|tới|thành))?|tăng[ ]lên|còn)[ ]/uy;

function moneyAfterMoney(doc: PreparedDocument, numeral: Numeral, last: Figure | undefined): UnitMatch | null {
  if (!last || last.kind !== "money" || numeral.scale < 1e6 || numeral.start - last.end > MAX_MONEY_GAP) return null;
  if (/[\n.!?]/u.test(doc.text.slice(last.end, numeral.start)) || /^[ ]?[\p{L}\p{M}]/u.test(doc.folded.slice(numeral.end, numeral.end + 2))) return null;
  return { kind: "money", unit: last.unit, end: numeral.end, per: null, rule: "money.scale-word" };
}
/** How far after an amount of money the next may omit its currency. */
const MAX_MONEY_GAP = 80;

/** How far after its count a breakdown's number may stand. */
const MAX_BREAKDOWN = 200;
/** After the count: a few words, the bracket, maybe earlier items, then a capitalised name right before the number. */
// (or right after the count, past a semicolon, a place's name in capitals: `kết nạp 120 đảng viên; Định Quán 98; Vĩnh
// Cửu 87`)
const BREAKDOWN_BETWEEN =
  /^(?:[^()\n.;]{0,40}(?:\(|(?<![\p{L}\p{M}])(?:gồm|trong đó):?[ ])(?:[^()\n]*[,;][ ]?)?(?:[\p{L}\p{M}.'-]+ ){0,3}\p{Lu}[\p{L}\p{M}.'-]* |[ ]?;[ ](?:\p{Lu}[\p{L}\p{M}.'-]* ){0,3}\p{Lu}[\p{L}\p{M}.'-]* )$/u;
/**
 * A list's first item, a place's name after the list's opening: `Trong đó, Thạnh Phú `, `gồm: Định Quán `, or after
 * `ở`/`tại`, with `với` or `có` before its number (`9 người chết, chủ yếu ở Huế với 5 người, Đà Nẵng 3, Quảng Trị 1`).
 */
const PLACE_ITEM_BEFORE = /(?:(?<![\p{L}\p{M}])(?:trong đó|Trong đó|gồm|cụ thể|Cụ thể)[ ]?[:,]?[ ]|[:;][ ]|(?<![\p{L}\p{M}])(?:ở|tại)[ ])(?:\p{Lu}[\p{L}\p{M}.'-]* ){1,4}(?:(?:với|có)[ ])?$/u;
/** What a breakdown may break down: things counted and measured (a rate or money names its own unit). */
const BREAKDOWN_KINDS: ReadonlySet<string> = new Set(["count", "area", "length", "mass", "volume"]);
const BREAKDOWN_NEXT = /^(?:[ ]?[,;][ ]?|[ ]và[ ])(?:[\p{L}\p{M}.'-]+ ){0,3}\p{Lu}[\p{L}\p{M}.'-]* $/u;
/**
 * A breakdown by category in brackets: `(trong đó: khiển trách 692, cảnh
 * cáo 560, cách chức 115, khai trừ 207)` — one to four lower-case words
 * before each whole number, no verb or bound among them (counterexamples:
 * `120 hộ (chiếm 3,5%)`, `(tăng 5 so với năm trước)`, `(có 5 chi bộ)`).
 */
// (nor money's words: `50 dự án (vốn đăng ký: 1.200; vốn thực hiện: 800)` gives no projects)
const NOT_A_CATEGORY = "(?:chiếm|đạt|bằng|là|có|tăng|giảm|vượt|còn|lên|xuống|hơn|khoảng|trên|dưới|gần|so|với|trong|của|được|thêm|mới|vốn|kinh phí|giá trị)";
/**
 * A category's one to four words in lower case, a colon after them or not (`khiển trách 1`, `khiển trách: 1`), or two
 * joined by a comma before a colon (`cấp đổi, cấp lại: 12.237`; without the colon a comma parts two items).
 */
const CATEGORY_WORDS = String.raw`(?:(?:\p{Ll}[\p{Ll}\p{M}]*[ ]){0,3}\p{Ll}[\p{Ll}\p{M}]*:?|(?:\p{Ll}[\p{Ll}\p{M}]*[ ]){0,2}\p{Ll}[\p{Ll}\p{M}]*,[ ](?:\p{Ll}[\p{Ll}\p{M}]*[ ]){0,2}\p{Ll}[\p{Ll}\p{M}]*:)[ ]`;
// (or with no bracket, after its word: `kỷ luật 31 đảng viên, trong đó khiển trách 19, cảnh cáo 8`, `24 đảng viên với các
// hình thức: khiển trách 15, …`)
const LABELLED_BREAKDOWN_BETWEEN = new RegExp(
  // (`các loại` may stand between the count and its bracket: `8.904 phương tiện các loại (ô tô 1.032, mô tô 7.805)`)
  `^(?:(?:[ ]các (?:loại|kiểu|dạng))?[ ]?\\((?:(?:trong đó|gồm|cụ thể)[ ]?:?[ ])?|[ ]?[,;:][ ](?:trong đó|gồm|cụ thể)[ ]?:?[ ]|,?[ ]với (?:các )?hình thức[ ]?:[ ])(?!${NOT_A_CATEGORY}[ ])${CATEGORY_WORDS}$`,
  "u",
);
const LABELLED_BREAKDOWN_NEXT = new RegExp(`^[ ]?[,;][ ](?!${NOT_A_CATEGORY}[ ])${CATEGORY_WORDS}$`, "u");
/** A category that measures its members, no share of them: an age, a year, an average, a people's size. */
const NOT_A_COUNTED_CATEGORY = /(?<![\p{L}\p{M}])(?:tuổi|năm|bình quân|trung bình|dân số|diện tích|mật độ)(?![\p{L}\p{M}])/iu;
/** Right before a bracket's first category's number: the bracket and the category (`(nam: `, `(trong đó: nữ `). */
const LABELLED_FIRST_BEFORE = new RegExp(`\\((?:(?:trong đó|gồm|cụ thể)[ ]?:?[ ])?(?!${NOT_A_CATEGORY}[ ])${CATEGORY_WORDS}$`, "u");
/** Characters an item of a breakdown runs to, with its number. */
const MAX_ITEM = 60;
/** After a breakdown's first number: the next item, and its number before its comma or the bracket's close. */
const NEXT_ITEM_NUMBERED = /^(?:[ ]?[,;][ ]?(?:và[ ])?|[ ]và[ ])[^,;()\n\d]{1,40}\d+(?:[.,]\d+)?(?=[ ]?(?:[,;)]|\.(?!\d)|và(?![\p{L}\p{M}]))|$)/u;
const BREAKDOWN_AFTER = /^(?:[ ]?[,;)]|\.(?!\p{N})|[ ]và(?![\p{L}\p{M}]))/u;

function matchUnit(doc: PreparedDocument, numeral: Numeral, reading: Reading): UnitMatch | null {
  const at = reading.unitAt;
  const percent = matchPercent(doc, at);
  if (percent) return percent;
  const money = matchMoney(doc, at);
  if (money) return money;
  const measure = matchMeasure(doc, at);
  if (measure) return measure;
  // A number glued to letters that are no unit is a label: `7A`, `10A`, `3G`.
  if (/[\p{L}\p{M}]/u.test(doc.folded.charAt(at))) return null;
  const duration = matchDuration(doc, at);
  const knownNoun = duration ? matchNoun(doc, at) : null;
  // (`tiếng` before a language's name counts languages, `thông thạo 2 tiếng dân tộc`, `3 tiếng Anh`: no hours)
  // (after a span's word, hours whatever follows: `mất 2 tiếng gọi xe cứu hộ`, `Chờ gần 3 tiếng gọi cửa`)
  const language =
    duration?.unit === "tiếng" && LANGUAGE_AFTER.test(doc.text.slice(at, at + 24)) && !HOURS_SPAN_BEFORE.test(doc.folded.slice(Math.max(0, numeral.start - 20), numeral.start));
  // (a longer compound after the noun keeps the span: `Trong 3 ngày khách sạn kín phòng`, `2 ngày khách hàng được giảm giá`)
  // (and guest-nights are many: `Suốt 5 ngày khách đến tham quan` is a span)
  const compoundAfter = knownNoun?.unit === "ngày khách" && (numeral.value < 100 || /^[ ](?:sạn|hàng)(?![\p{L}\p{M}])/u.test(doc.folded.slice(knownNoun.end, knownNoun.end + 6)));
  if (duration && !language && (compoundAfter || !(knownNoun?.known && knownNoun.end > duration.end))) {
    // anniversaries count years (`kỷ niệm 70 năm`); `nghỉ lễ 2-3 ngày` is a span of days
    if (isYearLike(numeral) || (duration.unit === "năm" && isAnniversary(doc, numeral.start, duration.end))) return null;
    // an age in months or weeks says who is meant, as `5 tuổi` does: `trẻ 9 tháng tuổi`, `từ 6 đến 36 tháng tuổi`
    if (AGE_AFTER.test(doc.folded.slice(duration.end, duration.end + 6))) return null;
    // `4 giờ trước`, `15 phút trước`: a page's "hours ago", when a story was posted, no span measured
    // (days, weeks, months ago only where a stamp's field ends, `Cập nhật: 2 ngày trước | Lượt xem: 2.457`: `2 năm trước,
    // xã còn 300 hộ nghèo` is the body's)
    if ((duration.unit === "giờ" || duration.unit === "tiếng" || duration.unit === "phút" ? AGO_AFTER : AGO_IN_STAMP_AFTER).test(doc.folded.slice(duration.end, duration.end + 12))) return null;
    // a story's reading time, the page's: `5 phút đọc`, `Thời gian đọc: 3 phút` (`đọc 5 phút mỗi ngày`, `Sau 5 phút đọc đề` are spans)
    if (duration.unit === "phút" && (READ_AFTER.test(doc.folded.slice(duration.end, duration.end + 6)) || readingTime(doc, numeral.start, duration.end))) return null;
    if (duration.unit === "giờ" && isClockHour(doc, numeral, duration.end)) return null;
    if (numeral.written === "một" && reading.shape === "" && !SPAN_BEFORE_ONE.test(doc.folded.slice(Math.max(0, numeral.start - 20), numeral.start))) return null;
    // a span's basis: `7,5 ngày/hồ sơ`, `dưới 300 phút/khách hàng/năm`, `10 ngày/đợt` (counterexamples, a period after
    // the slash: `9 tháng/năm 2023`, `10 ngày/tháng 10`, `6 tháng/đầu năm`, `6 tháng/quý III`, `5 năm/Chỉ thị 05`)
    const basis = perAt(doc, duration.end);
    // (an abbreviation in capitals is a basis: `5 ngày/TTHC`)
    const period = basis.per !== null && (/^\p{Lu}\p{Ll}/u.test(basis.per) || SPAN_BASIS_NOT.test(basis.per) || PERIOD_AFTER_BASIS.test(doc.text.slice(basis.end, basis.end + 6)));
    return basis.per !== null && !period ? { ...duration, per: basis.per, end: basis.end } : duration;
  }
  // `một` is "a/one of" (`một số`, `một trong những`, `một nhiệm vụ`): it counts only spans of
  // time, unless a scale follows (`một trăm hai mươi hộ`, `một nghìn lượt khách`).
  if (numeral.written === "một" && numeral.scale === 1 && reading.shape === "" && !AT_LEAST_BEFORE.test(doc.folded.slice(Math.max(0, numeral.start - 20), numeral.start))) return null;
  const noun = matchNoun(doc, reading.of !== null ? fractionNounAt(doc, at) : at);
  // `1,5 lần mức lương cơ sở`: a part of a time is a multiple, no count of times (`gấp 2,5 lần` is none either)
  if (noun?.unit === "lần" && !Number.isInteger(reading.value)) return null;
  // a page's counters are no figures, but a reach said in a sentence is: `thu hút hơn 25.000 lượt xem`, `đạt trên 1,2 triệu
  // lượt truy cập` (counterexample: `| 842 lượt xem |` in the stamp's line, no verb before it)
  if (!noun && reading.of === null) {
    REACH_AFTER.lastIndex = at;
    const reach = REACH_AFTER.exec(doc.folded);
    // (a bar before it on its line is a stamp's field: looked for in a bounded window, asked of many numbers)
    const near = reach ? doc.text.slice(Math.max(0, reading.start - 60), reading.start) : "";
    if (reach && REACH_BEFORE.test(doc.folded.slice(Math.max(0, reading.start - 30), reading.start)) && !near.slice(near.lastIndexOf("\n") + 1).includes("|")) {
      return { kind: "count", unit: reach[1]!, end: at + reach[0].length, per: null, rule: "count.reach" };
    }
  }
  if (!noun && reading.of !== null) {
    // `16/16 (100%) xã đạt chuẩn`: the ratio's share in brackets before its noun
    PERCENT_ASIDE.lastIndex = at;
    const aside = PERCENT_ASIDE.exec(doc.folded);
    const after = aside ? matchNoun(doc, at + aside[0].length) : null;
    if (aside && after?.known) return { kind: "count", unit: after.unit, end: after.end, per: null, rule: "count.noun", resumeAt: at };
  }
  // `36,8 tỷ vốn đầu tư`: a scale word before a money noun is an amount of money.
  // (not `1,1 triệu đồng bào`, compatriots, nor `đồng chí`: `đồng` there is no currency)
  // (thousands too before `tiền`, which only money is: `tôi đóng 330 nghìn tiền bảo hiểm`, `500 nghìn tiền mặt`)
  const head = noun?.unit.split(" ")[0];
  if (noun && (reading.scale >= 1e6 || (reading.scale === 1e3 && head === "tiền")) && MONEY_NOUN.has(head!) && !NOT_MONEY_DONG.test(noun.unit)) {
    return { kind: "money", unit: "VND", end: at, per: null, rule: "money.scale-word" };
  }
  // a grade's or a model's number after its code counts no guessed word: `Xăng RON 92 dùng để …`, `gạo ST 25 bán ra …`,
  // `vàng nhẫn 9999 bình quân …`
  if (noun && !noun.known && reading.shape === "" && GRADE_CODE_BEFORE.test(doc.text.slice(Math.max(0, numeral.start - 16), numeral.start))) return null;
  // (a year before a family's bond is when: `Đến 2015 vợ chồng anh Nam đã có 30 con bò`)
  if (noun && (noun.known || numeral.digits || plainWordCounts(doc, numeral, noun)) && !(isYearLike(numeral) && (!noun.known || FAMILY_BOND.has(noun.unit)))) {
    // `9 huyện/thành phố`, `7 xã/thị trấn`: a slash between places joins alternatives, no rate (`5.400 người/km2` is one)
    if (PLACE_NOUN.test(noun.unit) && PLACE_ALTERNATIVE.test(doc.folded.slice(noun.end, noun.end + 14))) {
      return { kind: "count", unit: noun.unit, end: noun.end, per: null, rule: noun.known ? "count.noun" : "count.noun-guessed" };
    }
    // a guess in Title Case after an address's word is a house number and its street, no count: `số 27 Trần Xuân
    // Soạn`, `tại 46 Tràng Thi`; after a bracket, with the ward after it: `quán bar X (44 Gò Dầu, Tân Phú)`
    // (counterexamples: `8 Đồn Biên phòng`, `(8 Đồn Biên phòng, 2 Hải đội)` count; an acronym is a noun, `20 CLB`)
    // a person's name is a street's, whatever comes before it: `cơ sở 644 Nguyễn Thị Định, phường …`
    if (!noun.known && PROPER_NAME_AFTER.test(doc.text.slice(at, noun.end + 2))) {
      if (SURNAMES.has(noun.unit.split(" ")[0]!)) return null;
      if (ADDRESS_BEFORE.test(doc.folded.slice(Math.max(0, numeral.start - 12), numeral.start))) return null;
      if (doc.text[numeral.start - 1] === "(" && PLACE_AFTER_STREET.test(doc.text.slice(noun.end, noun.end + 60))) return null;
    }
    // `5.400 người/km2`, `120 ca/100.000 dân`; but `98 hộ/100 hộ` is a ratio (its noun twice: read as one by mergeRanges)
    const rate = perAt(doc, noun.end, true);
    const { per, end } = rate.per !== null && SAME_NOUN_BASIS.exec(rate.per)?.[1]?.toLowerCase() === noun.unit ? { per: null, end: noun.end } : rate.per === null ? (eachCountBasis(doc, numeral, noun) ?? rate) : rate;
    return { kind: "count", unit: noun.unit, end, per, rule: noun.known ? "count.noun" : "count.noun-guessed" };
  }
  // (a number in words only with its scale of millions or more, paid or earned right before, as speech says a sum: `lãi
  // ba trăm triệu`, `mất hai trăm triệu`; counterexample: a sum spelled out after its digits, `38.012.000đ (Ba mươi tám
  // triệu không trăm mười hai ngàn đồng)`, is no second sum)
  if (noun || isYearLike(numeral)) return null;
  const endsClause = CLAUSE_ENDS_AT.test(doc.folded.slice(at, at + 12));
  if (!numeral.digits && !(reading.scale >= 1e6 && endsClause && SAID_SUM_BEFORE.test(doc.folded.slice(Math.max(0, numeral.start - 30), numeral.start)))) return null;
  // an amount of power or energy, a unit no kind holds after the scale: `6,7 tỷ kWh`, `1,2 triệu MW` (no money)
  if (POWER_UNIT_AT.test(doc.folded.slice(at, at + 6))) return null;
  // `tới 36,8 tỷ`: a scale word and no noun, in a sentence about money (`10-12 triệu/người/năm`: the range's scale).
  // `trị giá 500 nghìn`, `ngày công chỉ 250 nghìn`: thousands too, right after a price's word
  // (or paid right before, `Mỗi tháng tôi đóng 330 nghìn`, `tốn hơn 40 triệu`, or in a clause about money, `Tiền hỗ trợ
  // mỗi hộ chỉ có 500 ngàn`; counterexamples: `Dân số 120 nghìn` counts nobody's money, nor do `Tiền Giang`, `tiền đề`,
  // `lương thực` speak of it, and `đã đóng bảo hiểm` elsewhere in the sentence pays for no `1,2 triệu`)
  // a part of a count said with `là` before what it counts: `dân số hơn 3,3 triệu người, trong đó gần 1,1 triệu là người
  // nhập cư` (a noun the lexicon knows, no money's: `2 tỷ là vốn vay` is money)
  // (people only, and no price before it: `5 nghìn là con số nhỏ`, `3 triệu là mức sàn`, `giá 30 nghìn là người dân mua được`)
  if (reading.scale >= 1e3 && /^[ ]là[ ]/u.test(doc.folded.slice(at, at + 4)) && !PRICE_BEFORE.test(doc.folded.slice(Math.max(0, numeral.start - 24), numeral.start))) {
    const counted = matchNoun(doc, at + 3);
    if (counted?.known && PART_PEOPLE.test(counted.unit)) return { kind: "count", unit: counted.unit, end: at, per: null, rule: "count.noun" };
  }
  const paid =
    reading.scale >= 1e3 &&
    (PAID_BEFORE.test(doc.folded.slice(Math.max(0, numeral.start - 30), numeral.start)) ||
      (endsClause && SPENT_BEFORE.test(doc.folded.slice(Math.max(0, numeral.start - 30), numeral.start))));
  const priced =
    reading.scale === 1e3 &&
    (PRICE_BEFORE.test(doc.folded.slice(Math.max(0, numeral.start - 24), numeral.start)) || MONEY_CLAUSE_BEFORE.test(doc.folded.slice(Math.max(0, numeral.start - 60), numeral.start)));
  // (or a price by its basis, the scale word then a slash: `Giá tôm thẻ hôm nay 95 ngàn/kg`, `35 nghìn/lít`)
  const pricedPer =
    reading.scale === 1e3 &&
    (PRICE_BASIS_AT.test(doc.folded.slice(at, at + 12)) ||
      (SOLD_BASIS_AT.test(doc.folded.slice(at, at + 12)) && SALE_IN_CLAUSE.test(doc.folded.slice(Math.max(0, numeral.start - 48), numeral.start))));
  const lost = reading.scale === 1e6 && LOSS_BEFORE.test(doc.folded.slice(Math.max(0, numeral.start - 30), numeral.start)) && !COUNTED_SUBJECT.test(doc.folded.slice(Math.max(0, numeral.start - 80), numeral.start));
  if (paid || priced || pricedPer || lost || (reading.scale >= 1e6 && (reading.scale >= 1e9 || MONEY_CONTEXT.test(sentenceAround(doc.folded, numeral.start, at))))) {
    // `hỗ trợ 2,5 triệu/người`, `28 triệu một tấn` (its basis in words: no mass of one ton)
    const { per, end } = perAfterThing(doc, at);
    return { kind: "money", unit: "VND", end, per, rule: "money.scale-word" };
  }
  return nounBefore(doc, numeral);
}

/** People a part said with `là` counts: `gần 1,1 triệu là người nhập cư`, `5 nghìn là lao động nữ`. */
const PART_PEOPLE = /^(?:người|lao động|phụ nữ|trẻ em|học sinh|sinh viên|công nhân|nông dân|đảng viên|hội viên|đoàn viên|thanh niên|hộ)(?![\p{L}\p{M}])/u;
/**
 * A measure or a pack as a price's basis: `/kg`, `/hộp`, `/vé` (not a span: `tăng thêm 2 nghìn/ngày`, `đón 5
 * nghìn/ngày` count cases and visitors).
 */
const PRICE_BASIS_AT = /^[ ]?\/[ ]?(?:kg|ký|lít|tấn|tạ|yến|quả|trái|chai|hộp|gói|bao|m2|m3|cái|chiếc|bó|chục|suất|vé)(?![\p{L}\p{M}])/u;
/** A head, a person, a trip or a metre as the basis only after a price's or a sale's word: `Gà được bán 120 nghìn/con`. */
// (counterexamples: `1 bác sĩ phụ trách 2 nghìn/người dân`, `Phà chở 1 nghìn/lượt`, `Trại nuôi 10 nghìn/con giống`)
const SOLD_BASIS_AT = /^[ ]?\/[ ]?(?:con|người|lượt|m)(?![\p{L}\p{M}])/u;
const SALE_IN_CLAUSE = /(?<![\p{L}\p{M}])(?:giá|bán|vé|thuê|cước|phí|mua)(?![\p{L}\p{M}])[^.;:!?\n]{0,40}$/u;
/**
 * A grade's code right before its number: petrol's, rice's, cement's and gold's (`RON 92`, `ST 25`, `OM 5451`, `PCB 40`,
 * `SJC 9999`, `vàng nhẫn 9999`). Not any acronym: `tốt nghiệp ĐH 2 chuyên ngành` counts the majors.
 */
const GRADE_CODE_BEFORE = /(?<![\p{L}\p{M}])(?:RON|ST|OM|IR|PCB|SJC|DOJI|PNJ|vàng(?:[ ](?:nhẫn|miếng|trang sức|ta))?)[ ]$/u;
const POWER_UNIT_AT = /^[ ]?(?:kwh|mwh|gwh|kw|mw|gw|kva|kv|mwp|wp)(?![\p{L}\p{M}])/u;
/** Counted nouns that are verbs too, read as the verb after a name's number: `Phường 1 tổ chức hội nghị`. */
const VERB_NOUNS: ReadonlySet<string> = new Set(["tổ chức", "hướng dẫn"]);
/**
 * What follows the bodies counted, not the verb's object: a clause's mark, `và`, `được`, what they are (counterexamples:
 * `Thạch Hà 12 tổ chức, Can Lộc 8`, `Bằng khen 5 tổ chức, 12 cá nhân`, `5 tổ chức được khen thưởng` count the bodies;
 * `Phường 1 tổ chức ngày hội`, `Nam Sơn 1 tổ chức họp dân` are the verb).
 */
const COUNT_AFTER_VERB_NOUN =
  /^(?:[ ]?[,.;:)]|[ ]?$|[ ](?:và|được|có|đạt|tiêu biểu|cơ sở|đảng|đoàn thể|chính trị|xã hội|thành viên|trực thuộc|cá nhân|tập thể|hoàn thành|xuất sắc|khác|trên|tham gia|của|này|đó)(?![\p{L}\p{M}]))/u;
/** A name's last word before `at`: capitalised (`Phú Thọ 2`), or one more word after it that is no function word (`Bộ binh 890`). */
const NAME_TAIL_BEFORE = /(?<=[\p{L}\p{M}][ ])\p{Lu}[\p{Ll}\p{M}]*(?:[ ]([\p{Ll}\p{M}]+))?[ ]$/u;
function nameEndsBefore(text: string, at: number): boolean {
  const m = NAME_TAIL_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  return m !== null && (m[1] === undefined || !NOT_A_NOUN_WORD.has(m[1]));
}
const NOT_A_NOUN_WORD: ReadonlySet<string> = new Set(NOT_A_NOUN);
const SPEECH_VERB: ReadonlySet<string> = new Set(SPEECH_VERBS);
/**
 * What a bridge, a reservoir or a road named with a number does, guessed as a noun after it: `cầu dân sinh Liên Hà 2 bắc
 * qua suối`, `Hồ chứa nước Sông Quao 3 cấp nước` (counterexamples: no name before, `khánh thành 2 cầu bắc qua suối`; `cấp`
 * alone is a level, `Đại hội Hội Nông dân 2 cấp`).
 */
const WORKS_VERB: ReadonlySet<string> = new Set(["bắc", "bắc qua", "cấp nước", "nối", "nối liền", "chạy", "chạy qua", "đi qua", "nằm", "phục vụ", "tưới"]);

/** Where the noun of a fraction starts: after `số` in `1/3 số hộ` (`số` alone is no noun), else at once. */
function fractionNounAt(doc: PreparedDocument, at: number): number {
  FRACTION_OF.lastIndex = at;
  return FRACTION_OF.test(doc.folded) ? FRACTION_OF.lastIndex : at;
}

/** `Số hợp tác xã đang hoạt động là 851`: the noun after `số` earlier in the sentence. */
function nounBefore(doc: PreparedDocument, numeral: Numeral): UnitMatch | null {
  // The line break is looked for inside the window only: `lastIndexOf` from the
  // number would walk back over the whole line for every number of a long line.
  const reach = doc.folded.slice(Math.max(0, numeral.start - 120), numeral.start);
  const windowStart = numeral.start - reach.length + reach.lastIndexOf("\n") + 1;
  const before = doc.folded.slice(windowStart, numeral.start);
  // (asked of every number with no unit after it: the cheap test for the noun's word first)
  if (numeral.value <= 100 && before.includes("điểm") && SCORE_BEFORE.test(before)) return { kind: "count", unit: "điểm", end: numeral.end, per: null, rule: "count.score-before" };
  if (!COPULA_BEFORE.test(before)) return numberOfInline(doc, numeral, windowStart, before);
  const sentence = before.slice(Math.max(before.lastIndexOf(". "), before.lastIndexOf("; "), 0));
  const sentenceStart = windowStart + before.length - sentence.length;
  const indicator = sentence.includes("/") ? populationRateBefore(doc, sentence, sentenceStart) : null;
  if (indicator) return { ...indicator, end: numeral.end };
  let last: RegExpExecArray | null = null;
  NOUN_FIRST.lastIndex = 0;
  for (let m = NOUN_FIRST.exec(sentence); m; m = NOUN_FIRST.exec(sentence)) last = m;
  if (!last) return nounBeforeColon(doc, numeral, windowStart, before);
  const nounAt = windowStart + (before.length - sentence.length) + last.index + last[0].length - 1;
  // a part set apart after it has a subject of its own: `Tổng số thành viên 58.412, trong đó HTX nông nghiệp là 289`
  // counts cooperatives (or, unknown, nothing)
  const part = PART_BEFORE.exec(sentence.slice(last.index));
  if (part) {
    const subjectAt = windowStart + (before.length - sentence.length) + last.index + part.index + part[0].length;
    const subject = matchNounStartingAt(doc, subjectAt);
    return subject && (subject.known || subject.acronym) && Number.isInteger(numeral.value) ? { kind: "count", unit: subject.unit, end: numeral.end, per: null, rule: "count.noun-before" } : null;
  }
  const noun = matchNoun(doc, nounAt);
  if (!noun) return null;
  // a change counts a noun the lexicon knows (`Số thu ngân sách … tăng 12` counts no `thu ngân`)
  if (!noun.known && /(?:tăng|giảm|thêm)\s*(?:(?:khoảng|hơn|trên|gần|dưới|ước|xấp xỉ|chừng|gần như|ước tính|ước đạt)\s+)?$/u.test(before)) return null;
  // a count is whole, and a rate of the noun counts none: `Số hộ nghèo giảm mạnh, tỷ lệ hộ nghèo giảm từ 5,2 xuống còn 3,1`
  if (!Number.isInteger(numeral.value) || RATE_WORD.test(doc.folded.slice(noun.end, numeral.start))) return null;
  return { kind: "count", unit: noun.unit, end: numeral.end, per: null, rule: "count.noun-before" };
}
/**
 * A score's noun, then up to six words of what was scored, before the number: `điểm trung bình 6,45`, `Điểm trung bình các
 * môn thi đạt 6,89`, `với tổng điểm 29,35`, `điểm chuẩn ngành Y khoa là 27,5`: right after the noun, or after the words
 * and a copula (counterexamples: `đạt điểm 10` names a mark, no figure, the compound alone opens a score; `Điểm chuẩn năm
 * 24 là 27` scores 27, not the year).
 */
const SCORE_BEFORE =
  /(?<![\p{L}\p{M}])(?:điểm trung bình|điểm bình quân|tổng điểm|điểm chuẩn|điểm sàn|điểm xét tuyển)(?:(?:[ ][\p{L}\p{M}\d]+){0,6}?[ ](?:là|đạt|ở mức|chỉ|từ)|[ ]?:)?[ ]$/u;
/** A part set apart, `trong đó` after a comma, then its subject. */
const PART_BEFORE = /[,;][ ]trong đó[ ](?=[\p{L}\p{M}])/u;
const RATE_WORD = /(?<![\p{L}\p{M}])(?:tỷ lệ|tỉ lệ|tỷ trọng|chỉ số|tốc độ)(?![\p{L}\p{M}])/u;

/**
 * A health or service indicator named before its value, a noun per so many people: `Tỷ lệ bác sĩ/vạn dân của huyện đạt
 * 7,9`, `Số giường bệnh/vạn dân đạt 32,5`. The noun is one the lexicon knows and ends at the slash (counterexample: `Tỷ
 * lệ tăng dân số/năm đạt 1,2` has no people's basis and stays unread).
 */
function populationRateBefore(doc: PreparedDocument, sentence: string, sentenceStart: number): UnitMatch | null {
  let last: RegExpExecArray | null = null;
  POPULATION_RATE_NAMED.lastIndex = 0;
  for (let m = POPULATION_RATE_NAMED.exec(sentence); m; m = POPULATION_RATE_NAMED.exec(sentence)) last = m;
  // (the first number after it only, no clause mark or number between: `…/vạn dân đạt 9,5, số xã … là 10` counts communes)
  if (!last || /[\d,;:]/u.test(sentence.slice(last.index + last[0].length))) return null;
  const slashAt = sentenceStart + last.index + last[1]!.length;
  // the longest known noun that ends at the slash, from the earliest of the words before it
  let at = sentenceStart + last.index;
  while (at < slashAt) {
    const noun = matchNounStartingAt(doc, at);
    if (noun?.known && noun.end === slashAt) {
      const { per } = perAt(doc, noun.end, true);
      return per ? { kind: "count", unit: noun.unit, end: slashAt, per, rule: "count.rate-named-before" } : null;
    }
    const space = doc.folded.indexOf(" ", at);
    if (space < 0) break;
    at = space + 1;
  }
  return null;
}
// (and the young, pupils and women: `AFP/100.000 trẻ dưới 15 tuổi`, `bác sĩ/1.000 trẻ em`; not households, `120 tỷ
// đồng/1.000 hộ vay` is two figures)
const PEOPLE_BASIS_NOUN = /^(?:dân|người dân|người|dân số|trẻ|trẻ em|trẻ sơ sinh|học sinh|phụ nữ)$/u;
/** One day and month after `ngày`, no second day after it. */
const ONE_DAY_AFTER = /^[ ]\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?![\d/])(?![ ]?(?:và|-|–|đến|tới|,)[ ]?\d)/u;
/** `số 5, ` before the number: a list of labels going on. */
const LABEL_LIST_BEFORE = /(?<![\p{L}\p{M}])số[ ]\d{1,3},[ ]?$/u;
/**
 * A room's number after `phòng`, two digits or more and no measure after it: `nhà 8 phòng 12 khu tập thể` (`nhà 4 phòng 20
 * m2` measures, `nhà 2 phòng 1 bếp` counts).
 */
const ROOM_NUMBER_AFTER = /^[ ]\d{2,4}(?![\d.,]*[ ]?(?:m2|m²|m|mét)(?![\p{L}\p{M}]))/u;
const HOUSE_PARTS: ReadonlySet<string> = new Set(["tầng", "gian", "phòng", "phòng ngủ", "phòng ở"]);
/**
 * An acronym a document's verb acts on, no document's code (counterexamples: `kế hoạch 15 KH/UBND`, `quyết định 1234
 * QĐ-UBND`, `công văn 456 UBND-KT` are references written loosely).
 */
const ACRONYM_ACTED_ON = /^[ ](?!(?:KH|QĐ|HD|CV|TB|BC|NQ|CT|KL|TTr)(?![\p{L}\p{M}]))\p{Lu}{2,}(?![\p{L}\p{M}])(?![ ]?[/-])/u;
/** `bình quân 1 người 1 tháng`, the number being either one (the window runs from 40 before it to 16 after). */
const PER_PERSON_MONTH = /(?:bình quân|trung bình)(?:[ ]đầu người)?[ ](?:1|một)[ ]người[ ](?:1|một)[ ]tháng(?![\p{L}\p{M}])/u;
/** Up to three words, then `/` and a round number of people: group 1 the words. */
const POPULATION_RATE_NAMED = /(?<![\p{L}\p{M}])((?:[\p{L}\p{M}]+[ ]){0,2}[\p{L}\p{M}]+)\/(?:(?:1[ ])?vạn|10\.000|100\.000|1\.000|nghìn|ngàn)[ ](?:dân|người dân|người)(?![\p{L}\p{M}])/gu;

/**
 * `số` and its noun right before the number, each an item of its own: `Toàn tỉnh: số vụ 41, số người chết 23, số người
 * bị thương 29.` The item opens its clause and the number closes it; the noun is one the lexicon knows (counterexamples:
 * `số nhà 41,` an address, `Tổ số 3,` which one, `số 27 Trần Phú` no noun).
 */
function numberOfInline(doc: PreparedDocument, numeral: Numeral, windowStart: number, before: string): UnitMatch | null {
  const first = before.includes(":") ? firstCategoryOf(doc, numeral, windowStart, before) : null;
  if (first) return first;
  const item = NUMBER_OF_ITEM.exec(before);
  if (!item || !isWhole(numeral) || !ITEM_CLOSED_AFTER.test(doc.folded.slice(numeral.end, numeral.end + 2))) return null;
  if (NOT_A_COUNT_AFTER_SO.test(item[1]!)) return null;
  const noun = matchNounStartingAt(doc, windowStart + item.index + item[0].length - item[1]!.length);
  if (!noun?.known || IDENTIFIER_NOUN.has(noun.unit)) return null;
  return { kind: "count", unit: noun.unit, end: numeral.end, per: null, rule: "count.noun-before" };
}
/**
 * A label's noun, its colon, then the first category in lower case before its number: `Số giáo viên: mầm non 412;
 * tiểu học 650` counts teachers, and the categories after it follow (breakdownUnit). Counterexamples: a place's name in
 * capitals (`Số hộ: Xã An Hòa 120`), a bound (`Số hộ: khoảng 120`, a copula's, read before).
 */
function firstCategoryOf(doc: PreparedDocument, numeral: Numeral, windowStart: number, before: string): UnitMatch | null {
  const item = NUMBER_OF_CATEGORY.exec(before);
  if (!item || !isWhole(numeral) || !ITEM_CLOSED_AFTER.test(doc.folded.slice(numeral.end, numeral.end + 2))) return null;
  const categoryAt = windowStart + before.length - item[2]!.length;
  if (/\p{Lu}/u.test(doc.text.slice(categoryAt, numeral.start)) || NOT_A_COUNT_AFTER_SO.test(item[1]!)) return null;
  const noun = matchNounStartingAt(doc, windowStart + item.index + item[0].length - item[2]!.length - 2 - item[1]!.length);
  if (!noun?.known || IDENTIFIER_NOUN.has(noun.unit) || noun.end !== categoryAt - 2) return null;
  return { kind: "count", unit: noun.unit, end: numeral.end, per: null, rule: "count.noun-before" };
}
const NUMBER_OF_CATEGORY = new RegExp(
  `(?:^|[.;(\\n][ ]?|[ ]-[ ]|(?:^|\\n)[-–•+][ ]?)(?:tổng[ ])?số[ ]((?:[\\p{Ll}\\p{M}]+[ ]){0,3}[\\p{Ll}\\p{M}]+):[ ](?!${NOT_A_CATEGORY}[ ])((?:[\\p{Ll}\\p{M}]+[ ]){1,3})$`,
  "u",
);
/** `số` opening a clause, then one to four lower-case words. */
// (`tổng số` too: `Tổng số thành viên 58.412, trong đó …`)
const NUMBER_OF_ITEM = /(?:^|[,;:(][ ]?|[ ]-[ ])(?:tổng[ ])?số[ ]((?:[\p{Ll}\p{M}]+[ ]){1,4})$/u;

/**
 * An item of a list written `noun: number`: `hộ nghèo: 25; hộ cận nghèo: 40`,
 * `- Đảng viên mới: 15`. The item opens its clause, its noun is one the
 * lexicon knows (three more words may follow it: `hộ được hỗ trợ`, `Doanh nghiệp thành lập mới: 135`), and the
 * number closes the item. Counterexamples: `Điện thoại: 0912 …` (no counted
 * noun), `Ông Nguyễn Văn A, năm sinh: 1970` (a year), `hộ nghèo: 25 hộ` (the
 * noun after wins, matchUnit).
 */
function nounBeforeColon(doc: PreparedDocument, numeral: Numeral, windowStart: number, before: string): UnitMatch | null {
  const item = COLON_ITEM.exec(before);
  if (!item || !ITEM_CLOSED_AFTER.test(doc.folded.slice(numeral.end, numeral.end + 2))) return null;
  const colonAt = windowStart + item.index + item[0].length - item[2]!.length;
  // (a report's verb may open the item: `Kết nạp đảng viên mới: 85`, `Kỷ luật đảng viên: 31`, `Trong đó cấp ủy viên: 7`)
  const itemStart = colonAt - item[1]!.length;
  const verb = ITEM_VERB.exec(doc.folded.slice(itemStart, colonAt));
  const noun = matchNounStartingAt(doc, itemStart + (verb ? verb[0].length : 0));
  if (!noun?.known || NOT_COLON_ITEM.has(noun.unit)) return null;
  const rest = doc.folded.slice(noun.end, colonAt);
  // `Hộ số: 5`, `Nhà số: 15`: which one, by its number; `Xã An Hòa: 1.250`: a place's name (in capitals), its
  // figure in the unit the line above the list gives (`đơn vị tính: triệu đồng`), no count of communes
  if (!/^(?:[ ][\p{Ll}\p{M}]+){0,4}$/u.test(rest) || /(?<![\p{L}\p{M}])số$/u.test(rest)) return null;
  if (/\p{Lu}/u.test(doc.text.slice(noun.end, colonAt))) {
    const listed = unitAboveList(doc.text, doc.text.lastIndexOf("\n", numeral.start) + 1, readCellUnit);
    return listed ? { ...listed, end: numeral.end } : null;
  }
  // `Lớp: 12`, `Tổ: 3`, `Đội sản xuất: 4`: a form's field naming which one, no count
  if (IDENTIFIER_NOUN.has(noun.unit)) return null;
  return { kind: "count", unit: noun.unit, end: numeral.end, per: null, rule: "count.noun-before" };
}
const IDENTIFIER_NOUN: ReadonlySet<string> = new Set(IDENTIFIER_NOUNS);
/** A report's verb opening a list item before its noun: `Kết nạp đảng viên mới: 85`, `Kỷ luật đảng viên: 31`. */
const ITEM_VERB = new RegExp(`^(?:${[...REPORT_VERBS, "trong đó"].join("|")})[ ](?=[\\p{L}\\p{M}])`, "u");
const NOT_COLON_ITEM: ReadonlySet<string> = new Set(SCORE_AND_AGE_NOUNS);
/** A clause opened at a line, `;`, a colon, a list dash or a sentence's start, then words, a colon and maybe a qualifier: group 1 the words, group 2 from the colon on. */
const COLON_ITEM = /(?:^|[;:\n•+]|[.!?][ ]|[-–][ ])[ \t]*((?:[\p{L}\p{M}]+[ ]){0,4}[\p{L}\p{M}]+)(:[ ]?(?:(?:khoảng|hơn|trên|gần|dưới)[ ])?)$/u;
/** The number closes the item: a clause mark, a bracket, the line's end. */
const ITEM_CLOSED_AFTER = /^(?:[;,.)(\n]|[ ]\(|$)/u;

// (in the same clause: no comma between, and not `tối đa hóa`)
// (not the minimum wage's name: `mức lương tối thiểu vùng I là 4.960.000 đồng` is the wage, exact)
const BOUND_THEN_COPULA = /(?<![\p{L}\p{M}])(?<!lương[ ])(tối đa|tối thiểu)(?![\p{L}\p{M}]|[ ]hóa)[^.;:,\n\p{N}]{0,50}(?<![\p{L}\p{M}])(?:là|bằng|ở mức)[ ]$/u;

/** What a comparison is against, later in its clause: `cao hơn 200 tấn so với năm trước`. */
const COMPARED_AFTER = /^[^.;,\n]*(?<![\p{L}\p{M}])(?:so với|so cùng kỳ)(?![\p{L}\p{M}])/u;
/** A programme's name opening, then lower-case words up to its round goal: `Đề án trồng `, `Chương trình `. */
const GOAL_NAME_BEFORE = /(?<![\p{L}\p{M}])(?:Đề án|Chương trình|Phong trào|Cuộc vận động)(?:[ ]\p{Ll}[\p{L}\p{M}]*){0,4}[ ]$/u;
/** Where an age group's bounds follow: `độ tuổi`, `lứa tuổi`, `nhóm tuổi`, `độ tuổi từ`. */
const AGE_GROUP_BEFORE = /(?<![\p{L}\p{M}])(?:độ|lứa|nhóm)[ ]tuổi(?:[ ]từ)?[ ]$/u;
/** The rest of an age group's range: ` - 60`, ` đến 14`. */
const AGE_RANGE_REST = /^[ ]?(?:[-–][ ]?|[ ]?(?:đến|tới)[ ])\d{1,3}(?:[ ]tuổi)?/u;
/** One year after a span's `năm`, no range or list of years after it: ` 2024`, ` 2024.` (not ` 2020 - 2024`, ` 2023 và 2024`). */
const ONE_YEAR_AFTER = /^[ ](?:19|20)\d{2}(?![\d\p{L}\p{M}])(?![ ]?[-–—][ ]?(?:\d|nay)|[ ]?\/|,?[ ](?:và|đến|tới|hoặc)[ ](?:\d|nay|năm)|,[ ]?(?:19|20)\d{2}|[ ]?\))/u;
/** Words before a span that make it one whatever year follows: `Sau 3 năm 2021 …`, `trong 5 năm 2021 …`, `hơn 3 năm`. */
const SPAN_OPENING_BEFORE = /(?<![\p{L}\p{M}])(?:sau|trong|trải qua|hơn|gần|khoảng|suốt|qua|kỷ niệm)[ ]$/u;
/** A grade's word right before its number: `loại 1`, not `xếp loại`, `đã loại`. */
const GRADE_BEFORE = /(?<![\p{L}\p{M}])(?<!(?:xếp|phân|đã|bị|được|các|nhiều)[ ])loại[ ]$/u;
/** A year, then a list's comma or `và`, right before a number. */
// (a comma only after two years: `Năm 2023, 1950 hộ dân` counts 1,950 households; a dash parts a year from its count in a
// row, `năm 2023 - 1985 hộ`)
// (or after years said plural: `Trong các năm 2022, 2023 huyện …`)
const YEAR_LISTED_BEFORE =
  /(?<!\d)(?:19|20)\d{2}(?:[ ](?:và|hoặc|đến|tới)[ ](?:năm[ ])?|,[ ]?(?<=(?:19|20)\d{2},[ ]?(?:19|20)\d{2},[ ]?)|,[ ]?(?<=(?:các|những|hai|ba)[ ]năm[ ](?:19|20)\d{2},[ ]?))$/u;
/** The kinds a thing's size is said in. */
const MEASURE_KINDS: ReadonlySet<string> = new Set(["length", "area", "volume", "mass"]);
/** After a span, the past up to now: `10 năm qua`, `mười hai tháng trở lại đây`. */
const LOOKING_BACK_AFTER = /^\S+(?:[ ]\S+){0,2}[ ](?:qua|vừa qua|trở lại đây|gần đây)(?![\p{L}\p{M}])/u;
/** Words of a deadline, which bound only a span of time (the lexicon's DEADLINE_WORDS). */
const DEADLINE: ReadonlySet<string> = new Set(DEADLINE_WORDS);

/** The qualifier nearest the number: `ước đạt hơn 43,4 tỷ` → over; `thấp hơn 5,25%` → exact. */
function readQualifier(doc: PreparedDocument, at: number, kind: string): { qualifier: Qualifier | null; start: number } {
  const before = doc.folded.slice(Math.max(0, at - 30), at);
  // `≤ 0,09%`, `≥ 60 tạ/ha`: the signs
  const sign = SIGN_BEFORE.exec(before);
  if (sign) return { qualifier: sign[1] === "≤" || sign[1] === "<" ? "under" : "over", start: at - sign[0].length };
  const m = QUALIFIER_BEFORE.exec(before);
  if (!m) {
    // `mức vay tối đa bằng 80%`, `mức cho vay tối đa đối với hộ nghèo là 100 triệu`: the bound said of the subject,
    // the amount after its copula (counterexample: `tối đa` in another clause, or before another number, bounds that)
    // (the pattern only after a copula with a bound before it: asked of most numbers)
    const window = doc.folded.slice(Math.max(0, at - 70), at);
    const copula = window.endsWith("là ") || window.endsWith("bằng ") || window.endsWith("mức ");
    const bound = copula && window.includes("tối ") ? BOUND_THEN_COPULA.exec(window) : null;
    if (bound) return { qualifier: bound[1] === "tối đa" ? "under" : "over", start: at };
    const clause = doc.folded.slice(Math.max(0, at - 120), at);
    // the pattern only where `ước` is: asked of most numbers
    return { qualifier: clause.includes("ước") && (ESTIMATE_CLAUSE.test(clause) || ESTIMATE_IN_CLAUSE.test(clause)) ? "about" : null, start: at };
  }
  const word = m[1]!.replace(/\s+/gu, " ");
  const start = at - (before.length - m.index);
  // a table's cell boundary parts the qualifier from its number; `ngân sách cấp trên 6.650`, `hỗ trợ cấp dưới 500`
  // name the higher and the lower level, no bound
  if (before.slice(m.index).includes("\t") || ((word === "trên" || word === "dưới") && /(?<![\p{L}\p{M}])cấp\s+$/u.test(before.slice(0, m.index)))) {
    return { qualifier: null, start: at };
  }
  // `trên hai tuyến biên giới`: "on" before a small number in words and a place or a route, no bound (counterexample:
  // `trên hai nghìn người`, `trên 200 hộ`, `kéo dài trên hai tháng` are over)
  if (word === "trên" && SMALL_WORD_AT.test(doc.folded.slice(at, at + 16))) return { qualifier: null, start: at };
  // `vốn đầu tư nước ngoài 66 dự án`: foreign investment, not more than 66
  // (and a sentence opened by it sets something apart: `Ngoài 7 đơn vị tuyển dụng trực tiếp, hội chợ còn …` is "besides";
  // counterexample: `có ngoài 700 lao động` is over 700)
  // (a count only: `Ngoài 50% số hộ …` is as often over; a list's dash opens a sentence too)
  if (word === "ngoài" && (/(?<![\p{L}\p{M}])nước\s+$/u.test(before.slice(0, m.index)) || (doc.text[start] === "N" && OPENS_OR_ITEM_BEFORE.test(doc.text.slice(Math.max(0, start - 4), start)) && (kind === "count" || BESIDES_LATER.test(doc.folded.slice(at, at + 120)))))) {
    return { qualifier: null, start: at };
  }
  // `thấp hơn 5,25%` compares (exact); `kéo dài hơn 2 năm` lasts more than two years
  // (a dimension's noun is no comparison: `tổng chiều dài hơn 12.500 km`, `độ cao hơn 1.000 m` are over)
  // (nor a thing's size said in its measure: `đoạn kênh dài hơn 7 km`, `tường bao cao hơn 3 m` are over; `cao hơn 5%` compares)
  if (
    word === "hơn" &&
    COMPARATIVE_BEFORE.test(before.slice(0, m.index)) &&
    !/(?:kéo|chiều|độ)\s+(?:dài|rộng|cao|sâu)\s+$/u.test(before.slice(0, m.index)) &&
    !(MEASURE_KINDS.has(kind) && /(?<![\p{L}\p{M}])(?:dài|rộng|cao|sâu|nặng)\s+$/u.test(before.slice(0, m.index)) && !COMPARED_AFTER.test(doc.folded.slice(at, at + 60)))
  ) {
    return { qualifier: null, start: at };
  }
  if (DEADLINE.has(word) && kind !== "duration") return { qualifier: null, start: at };
  // (`trong vòng 10 năm qua` looks back on a span, no bound: `trong vòng 7 ngày làm việc` is one)
  if (word === "trong vòng" && LOOKING_BACK_AFTER.test(doc.folded.slice(at, at + 40))) return { qualifier: null, start: at };
  // `ước` ending another word is no estimate: `Bản thỏa ước có 18 điều`, `quy ước có 5 chương`, `hiệp ước`, `công ước`
  // (before an estimate's verb, only the words that are agreements or wishes whatever follows: `quy ước đạt 100%`, `mong
  // ước đạt`; a crop's or work's, `cam ước đạt 15.000 tấn`, `thi công ước đạt 42,5%`, `ngày công ước đạt`, estimates)
  const agreement = word === "ước" || word === "ước có" ? AGREEMENT_BEFORE : FIRM_AGREEMENT_BEFORE;
  if (word.startsWith("ước") && agreement.test(before.slice(0, m.index)) && !/(?<![\p{L}\p{M}])(?:thi|nhân)\s+công\s+$/u.test(before.slice(0, m.index))) {
    return { qualifier: null, start: at };
  }
  return { qualifier: QUALIFIER_KIND.get(word) ?? null, start };
}
