/** References to party and state documents. (stub: being written) */
import type { PreparedDocument } from "../pipeline/document.js";
import type { Reference } from "../schema.js";

export function findReferences(_doc: PreparedDocument): Reference[] {
  return [];
}
