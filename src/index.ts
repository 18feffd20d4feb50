/**
 * solieu as a library:
 *
 *   import { extractText, extractFiles } from "solieu";
 *   const record = extractText("Đảng bộ có 25 chi bộ, 987 đảng viên.");
 *   for await (const result of extractFiles(["reports/"])) …
 */
import { extractRecord, type ExtractOptions } from "./pipeline/extract.js";
import type { DocumentRecord } from "./schema.js";

export { extractFiles, extractBytes, type FileResult, type FileOptions } from "./pipeline/files.js";
export { InvalidRecordError, type ExtractOptions } from "./pipeline/extract.js";
export * from "./schema.js";

/** One text in, one validated record out. Throws InvalidRecordError if the record fails validation. */
export function extractText(text: string, options: ExtractOptions = {}): DocumentRecord {
  return extractRecord(text, options);
}
