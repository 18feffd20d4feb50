/** Money: `250 tỷ đồng`, `2.315.414.600 đồng`, `500.000đ`, `1,2 triệu USD`, `53 triệu đồng/người/năm`. */
import type { PreparedDocument } from "../../pipeline/document.js";
import { CURRENCIES, NOT_MONEY_AFTER_DONG } from "../../lexicon/units.js";
import { END_OF_WORD, GAP, perAfterThing, unitPattern, type UnitMatch } from "./unit-match.js";

// `25 đồng chí` are comrades, `đồng bào` compatriots: `đồng` followed by these is no currency.
const CURRENCY = unitPattern(CURRENCIES, `${GAP}{0,2}`, `(?!\\s(?:${NOT_MONEY_AFTER_DONG.join("|")})${END_OF_WORD})`);
/**
 * `yên` is the yen where an amount ends: a basis, a mark, the clause's end or a small word after it (`160.000 yên/tháng`,
 * `2 triệu Yên mỗi tháng`). Counterexamples: a place's name, `thôn 5 Yên Lạc`; a word of calm, `Khu phố 2 yên tĩnh`,
 * `yên tâm`.
 */
const YEN_ENDS_AT = /^(?:[ ]?[/,.;:)!?]|[ ]?$|[ ](?:mỗi|một|trở lên|và|cho|thì|là|tương đương|nhật)(?![\p{L}\p{M}]))/u;
function isYen(doc: PreparedDocument, end: number): boolean {
  return YEN_ENDS_AT.test(doc.folded.slice(end, end + 14));
}
export function matchMoney(doc: PreparedDocument, at: number): UnitMatch | null {
  CURRENCY.re.lastIndex = at;
  const m = CURRENCY.re.exec(doc.folded);
  if (!m) return null;
  const entry = CURRENCY.lookup.get(m[1]!.replace(/\s+/gu, " "))!;
  // `5 đ/c` are five comrades (`đồng chí` abbreviated), not five đồng per c (but `5.900đ/con`, `đ/cây`: a price per head)
  if (m[1] === "đ" && /^\/c(?:hí)?(?![\p{L}\p{M}])/u.test(doc.folded.slice(at + m[0].length, at + m[0].length + 5))) return null;
  if (entry.unit === "JPY" && (m[1] === "yên" || m[1] === "yen") && !isYen(doc, at + m[0].length)) return null;
  const { per, end } = perAfterThing(doc, at + m[0].length);
  return { kind: "money", unit: entry.unit, end, per, rule: entry.factor ? "money.shorthand" : "money.currency", factor: entry.factor ?? 1 };
}
