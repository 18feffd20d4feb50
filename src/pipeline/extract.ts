/**
 * Text in, validated record out: prepare → run extractors → validate.
 * Pure: no I/O, so the library API, the CLI and workers share it.
 */
import { createHash } from "node:crypto";
import { runExtractors } from "../extractors/registry.js";
import { validateRecord, type DocumentRecord } from "../schema.js";
import { normaliseText } from "./normalise.js";
import { prepareText } from "./prepare.js";

export interface ExtractOptions {
  id?: string;
  source?: string;
  encoding?: string;
  warnings?: string[];
  /** include the normalised text in the record (offsets point into it) */
  includeText?: boolean;
  /** metadata the source gave outside the text (a web page's og:title, article:published_time); wins over what the text suggests */
  hints?: MetadataHints;
}

export interface MetadataHints {
  title?: string | null;
  /** `YYYY-MM-DD[THH:MM]` */
  published?: string | null;
}

export class InvalidRecordError extends Error {}

export function extractRecord(raw: string, options: ExtractOptions = {}): DocumentRecord {
  const id = options.id ?? "text";
  const doc = prepareText(raw, id, options.source ?? id);
  const findings = runExtractors(doc);
  const record: DocumentRecord = {
    id,
    source: doc.source,
    encoding: options.encoding ?? "utf-16",
    sha256: createHash("sha256").update(doc.text).digest("hex"),
    title: hintText(options.hints?.title) ?? findings.title,
    ...splitStamp(options.hints?.published ?? findings.published),
    author: findings.author,
    site: findings.site,
    figures: findings.figures,
    references: findings.references,
    people: findings.people,
    warnings: options.warnings ?? [],
    ...(options.includeText ? { text: doc.text } : {}),
  };
  // Validate against the schema and against the text itself (spans slice back).
  const checked = validateRecord({ ...record, text: doc.text });
  if (!checked.ok) throw new InvalidRecordError(`record ${id} failed validation: ${checked.message}`);
  return record;
}

/** `2024-06-10T06:03` → the date, as SPEC.md's `published` has it, and the time of day beside it. */
function splitStamp(stamp: string | null): { published: string | null; publishedTime: string | null } {
  if (stamp === null) return { published: null, publishedTime: null };
  return { published: stamp.slice(0, 10), publishedTime: stamp.length > 10 ? stamp.slice(11, 16) : null };
}

/** A hint read from markup gets the text's normalisation (NFC, odd spaces), on one line. */
function hintText(value: string | null | undefined): string | null {
  const text = value ? normaliseText(value).replace(/\s+/gu, " ").trim() : "";
  return text === "" ? null : text;
}
