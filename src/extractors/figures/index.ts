/** Figures: numbers that measure something. (stub: being written) */
import type { PreparedDocument, Span } from "../../pipeline/document.js";
import type { Figure } from "../../schema.js";

export function findFigures(_doc: PreparedDocument, _claimed: readonly Span[]): Figure[] {
  return [];
}
