/** Named people and their roles. (stub: being written) */
import type { PreparedDocument } from "../pipeline/document.js";
import type { Person } from "../schema.js";
import type { Metadata } from "./metadata.js";

export function findPeople(_doc: PreparedDocument, _metadata: Metadata): Person[] {
  return [];
}
