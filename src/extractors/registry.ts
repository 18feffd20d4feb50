/**
 * The one place that knows every extractor and the order they run in.
 * Order matters: document references claim their spans first, so the digits
 * of `01-KL/TW` or `Nghị quyết 22` can never become figures.
 */
import type { PreparedDocument, Span } from "../pipeline/document.js";
import type { Figure, Person, Reference } from "../schema.js";
import { findFigures } from "./figures/index.js";
import { findMetadata, type Metadata } from "./metadata.js";
import { findPeople } from "./person.js";
import { findReferences, isOwnNumber } from "./reference.js";

export interface Findings extends Metadata {
  figures: Figure[];
  references: Reference[];
  people: Person[];
}

export function runExtractors(doc: PreparedDocument): Findings {
  const mentioned = findReferences(doc);
  const claimed: Span[] = mentioned.flatMap((r) => r.mentions.map((m) => ({ start: m.start, end: m.end })));
  // a document's own number in its letterhead is claimed (no figure) but cites nothing
  const references = mentioned.filter((r) => !isOwnNumber(doc, r));
  const figures = findFigures(doc, claimed);
  const metadata = findMetadata(doc);
  const people = findPeople(doc, metadata);
  return { ...metadata, figures, references, people };
}
