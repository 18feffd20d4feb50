/** Area, length, mass and volume: `677ha`, `2560m2`, `26,6 km`, `1.187 tấn`, `60 tạ/ha`, `500 m3`. */
import type { PreparedDocument } from "../../pipeline/document.js";
import { MEASURES } from "../../lexicon/units.js";
import { GAP, perAfterThing, unitPattern, type UnitMatch } from "./unit-match.js";

const MEASURE = unitPattern(MEASURES, `${GAP}{0,2}`, "(?!\\s(?:công|vuông)(?![\\p{L}\\p{M}]))");
export function matchMeasure(doc: PreparedDocument, at: number): UnitMatch | null {
  MEASURE.re.lastIndex = at;
  const m = MEASURE.re.exec(doc.folded);
  if (!m) return null;
  const entry = MEASURE.lookup.get(m[1]!.replace(/\s+/gu, " "))!;
  // a gram's symbol is lower case: `4G`, `phủ sóng 5G` name a mobile network (`435g ma túy` is a mass)
  if (m[1] === "g" && doc.text[at + m[0].length - 1] === "G") return null;
  const { per, end } = perAfterThing(doc, at + m[0].length);
  return { kind: entry.kind, unit: entry.unit, end, per, rule: `${entry.kind}.unit` };
}
