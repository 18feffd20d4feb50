/** Percentages and per mille: `65%`, `98,5 %`, `5 phần trăm`, `12‰`, `12%0`. */
import type { PreparedDocument } from "../../pipeline/document.js";
import { GAP, perAt, type UnitMatch } from "./unit-match.js";

// `2,5 điểm phần trăm`, `12 điểm %` (percentage points) are reported as a percent.
const PERCENT = new RegExp(`${GAP}?(%0(?!\\p{N})|‰|%|(?:điểm${GAP})?phần trăm(?![\\p{L}\\p{M}])|điểm${GAP}?%)`, "uy");
export function matchPercent(doc: PreparedDocument, at: number): UnitMatch | null {
  PERCENT.lastIndex = at;
  const m = PERCENT.exec(doc.folded);
  if (!m) return null;
  const permille = m[1] === "‰" || m[1] === "%0";
  // `4,5%/năm`: a growth rate per year.
  const { per, end } = perAt(doc, at + m[0].length, true);
  return { kind: "percent", unit: permille ? "‰" : "%", end, per, rule: permille ? "percent.per-mille" : "percent.sign" };
}
