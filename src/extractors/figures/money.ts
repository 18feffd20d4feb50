/** Money: `250 tỷ đồng`, `2.315.414.600 đồng`, `500.000đ`, `1,2 triệu USD`, `53 triệu đồng/người/năm`. */
import type { PreparedDocument } from "../../pipeline/document.js";
import { CURRENCIES, NOT_MONEY_AFTER_DONG } from "../../lexicon/units.js";
import { END_OF_WORD, GAP, perAfterThing, unitPattern, type UnitMatch } from "./unit-match.js";

// `25 đồng chí` are comrades, `đồng bào` compatriots: `đồng` followed by these is no currency.
const CURRENCY = unitPattern(CURRENCIES, `${GAP}{0,2}`, `(?!\\s(?:${NOT_MONEY_AFTER_DONG.join("|")})${END_OF_WORD})`);
/**
 * `yên` after an amount is the yen (`160.000 yên/tháng`, `12 tỷ yên của JICA`, `100.000 yên tiền lương`) but before a word
 * of calm or a saddle's (`Khu phố 2 yên tĩnh`, `yên tâm`, `yên xe`) or a place's capitalised syllable (`thôn 5 Yên Lạc`).
 */
// (a saddle's: `2 yên sau`, the pillion; a place's syllable in Title Case, not an acronym after it, `12 tỷ yên ODA`)
const NOT_YEN_AFTER = /^[ ](?:tĩnh|tâm|ổn|bình|ả|ắng|lặng|vui|ấm|nghỉ|trí|lòng|vị|hàn|ngựa|xe|sau|trước|lành|giấc|bề|thế|phận|nghe)(?![\p{L}\p{M}])/u;
function isYen(doc: PreparedDocument, end: number): boolean {
  return !NOT_YEN_AFTER.test(doc.folded.slice(end, end + 8)) && !/^[ ]\p{Lu}\p{Ll}/u.test(doc.text.slice(end, end + 3));
}
/**
 * `bảng Anh` after an amount is the pound, `Anh` capitalised and no word of a board's after it (counterexamples: `12 bảng
 * Anh - Việt`, `3 bảng Anh ngữ`, `bảng anh hùng liệt sĩ`).
 */
const NOT_POUND_AFTER = /^(?:[ ]?[-–]|[ ](?:ngữ|văn|việt|hùng)(?![\p{L}\p{M}]))/u;
function isPound(doc: PreparedDocument, end: number): boolean {
  return doc.text[end - 3] === "A" && !NOT_POUND_AFTER.test(doc.folded.slice(end, end + 8));
}
export function matchMoney(doc: PreparedDocument, at: number): UnitMatch | null {
  CURRENCY.re.lastIndex = at;
  const m = CURRENCY.re.exec(doc.folded);
  if (!m) return null;
  const entry = CURRENCY.lookup.get(m[1]!.replace(/\s+/gu, " "))!;
  // `5 đ/c` are five comrades (`đồng chí` abbreviated), not five đồng per c (but `5.900đ/con`, `đ/cây`: a price per head)
  if (m[1] === "đ" && /^\/c(?:hí)?(?![\p{L}\p{M}])/u.test(doc.folded.slice(at + m[0].length, at + m[0].length + 5))) return null;
  if (entry.unit === "JPY" && (m[1] === "yên" || m[1] === "yen") && !isYen(doc, at + m[0].length)) return null;
  if (entry.unit === "GBP" && !isPound(doc, at + m[0].length)) return null;
  const { per, end } = perAfterThing(doc, at + m[0].length);
  return { kind: "money", unit: entry.unit, end, per, rule: entry.factor ? "money.shorthand" : "money.currency", factor: entry.factor ?? 1 };
}
