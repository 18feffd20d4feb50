/**
 * decode → normalise → segment: turn a text into the PreparedDocument every
 * extractor reads. No I/O here.
 */
import type { PreparedDocument } from "./document.js";
import { foldForMatching, joinWrappedLines, normaliseText } from "./normalise.js";
import { segment } from "./segment.js";

export function prepareText(raw: string, id = "text", source = id): PreparedDocument {
  const text = normaliseText(raw);
  const folded = joinWrappedLines(text, foldForMatching(text));
  return { id, source, text, folded, layout: segment(text, folded) };
}
