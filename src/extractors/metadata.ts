/** Title, publication date, author and source site. (stub: being written) */
import type { PreparedDocument } from "../pipeline/document.js";

export interface Metadata {
  title: string | null;
  published: string | null;
  author: string | null;
  site: string | null;
}

export function findMetadata(doc: PreparedDocument): Metadata {
  const title = doc.layout.title ? doc.layout.title.raw.trim().replace(/\s+/gu, " ") : null;
  return { title, published: null, author: null, site: null };
}
