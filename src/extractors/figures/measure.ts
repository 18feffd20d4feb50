/** Area, length, mass and volume: `677ha`, `2560m2`, `26,6 km`, `1.187 tấn`, `60 tạ/ha`, `500 m3`. */
import type { PreparedDocument } from "../../pipeline/document.js";
import { MEASURES } from "../../lexicon/units.js";
import { GAP, perAfterThing, unitPattern, type UnitMatch } from "./unit-match.js";

const MEASURE = unitPattern(MEASURES, `${GAP}{0,2}`);
/**
 * `tấn công`, an attack, after a number: `3 tấn công` is no mass (counterexamples: `4,5 ha công viên`, `3.000 m2 công
 * trình`, `1.200 tấn công suất` measure).
 */
const ATTACK_AFTER = /^[ ]công(?![\p{L}\p{M}])(?![ ](?:suất|trình|nghệ|việc|nhân|ty|ích|cộng|tác))/u;
/**
 * The southern press's clock, an hour written with `g` (giờ): `Lúc 8g sáng nay`, `Đến 20g cùng ngày`, `Từ 7g đến 11g`. A
 * whole hour of the day after a clock's word or before a time of day (counterexample: `thu giữ 20g ma túy` is a mass).
 */
// (not a hedge, `khoảng 15g ma túy`, `hơn 12g`: with no time of day after the hour, it weighs)
const CLOCK_WORD_BEFORE = /(?<![\p{L}\p{M}])(?:lúc|vào lúc|đúng|đến|tới)[ ]$/u;
const TIME_OF_DAY_AFTER = /^[ ](?:sáng|trưa|chiều|tối|đêm|khuya|cùng ngày|ngày|hôm|hằng ngày|mỗi ngày|đến|-|–)(?![\p{L}\p{M}])/u;
/** A sentence opening on the hour, its clause's comma after it: `Sau 17g, lượng xe tăng mạnh`, `Khoảng 15g, đám cháy …`. */
const OPENING_WORD_BEFORE = /(?:^|[.!?\n][ ]?)\p{Lu}[\p{Ll}\p{M}]*[ ]$/u;
/** Whether the number before the unit `g` at `unitStart`..`end` is such an hour. */
function isClockInG(doc: PreparedDocument, unitStart: number, end: number): boolean {
  const hour = /(?<![\d.,])(\d{1,2})$/u.exec(doc.folded.slice(Math.max(0, unitStart - 4), unitStart));
  if (!hour || Number(hour[1]) > 24) return false;
  const start = unitStart - hour[0].length;
  if (doc.text[end] === "," && OPENING_WORD_BEFORE.test(doc.text.slice(Math.max(0, start - 12), start))) return true;
  return CLOCK_WORD_BEFORE.test(doc.folded.slice(Math.max(0, start - 8), start)) || TIME_OF_DAY_AFTER.test(doc.folded.slice(end, end + 12));
}
/**
 * What `khối` (cubic metres, as said) measures: earth, stone, sand, concrete, water, timber, waste, or a basis after a slash
 * (`5.000 khối/ngày đêm`). Counterexamples: counts, `3 khối thi`, `12 khối lớp`, `3 khối/36 lớp`, `12 khối/tổ dân phố`;
 * a block of it by its size, `3 khối đá lớn lăn xuống`; an air mass, `khối khí lạnh`.
 */
// (biogas too, `2 khối khí`, not an air mass, `khối khí lạnh`; any basis but a school's or a ward's unit, `120 khối/ha`,
// `15 khối/hộ/tháng`, `12 khối/chuyến`, not `3 khối/36 lớp`, `12 khối/tổ dân phố`)
const CUBIC_MATERIAL_AFTER =
  /^(?:[ ](?:đất|đá|cát|sỏi|bê tông|bê-tông|nước|gỗ|bùn|rác|than|quặng|dầu|xăng|củi|nhựa|khí(?![ ](?:lạnh|nóng|ẩm)))(?![\p{L}\p{M}])(?![ ](?:lớn|to|khổng lồ|nhỏ|nặng)(?![\p{L}\p{M}]))|[ ]?\/[ ]?(?!(?:lớp|tổ|khu|xóm|thôn|trường|phường|xã|khối|ấp|bản|ngành|chi bộ|đảng bộ|cơ quan|đơn vị|huyện)(?![\p{L}\p{M}]))[\p{L}])/u;
/** A number word before the unit (`một khối đá` is one block), a scale's word being the digits' (`12 nghìn khối đất`). */
const NUMBER_WORD_BEFORE = /(?<![\p{L}\p{M}])(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|trăm|vài|mấy|nhiều|các|những)[ ]$/u;
export function matchMeasure(doc: PreparedDocument, at: number): UnitMatch | null {
  MEASURE.re.lastIndex = at;
  const m = MEASURE.re.exec(doc.folded);
  if (!m) return null;
  const entry = MEASURE.lookup.get(m[1]!.replace(/\s+/gu, " "))!;
  // a gram's symbol is lower case: `4G`, `phủ sóng 5G` name a mobile network (`435g ma túy` is a mass)
  if (m[1] === "g" && (doc.text[at + m[0].length - 1] === "G" || isClockInG(doc, at + m[0].length - m[1]!.length, at + m[0].length))) return null;
  // (`m vuông góc` is a right angle: `cách 5 m vuông góc với trục đường` is 5 metres)
  if (m[1]!.endsWith(" vuông") && /^[ ]góc(?![\p{L}\p{M}])/u.test(doc.folded.slice(at + m[0].length, at + m[0].length + 5))) {
    return { kind: "length", unit: entry.unit === "km2" ? "km" : "m", end: at + m[0].length - " vuông".length, per: null, rule: "length.unit" };
  }
  // (after digits or their scale, not a number word: `một khối đá` is one block)
  if (m[1] === "khối" && (NUMBER_WORD_BEFORE.test(doc.folded.slice(Math.max(0, at - 8), at + m[0].length - m[1].length)) || !CUBIC_MATERIAL_AFTER.test(doc.folded.slice(at + m[0].length, at + m[0].length + 24)))) return null;
  if (entry.unit === "tấn" && ATTACK_AFTER.test(doc.folded.slice(at + m[0].length, at + m[0].length + 16))) return null;
  const { per, end } = perAfterThing(doc, at + m[0].length);
  return { kind: entry.kind, unit: entry.unit, end, per, rule: `${entry.kind}.unit` };
}
