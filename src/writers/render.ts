/**
 * A record as the text a writer puts in its file: pure functions of the
 * record, so the worker thread that extracted it can render it too.
 *
 * With `--jobs N` the main thread only puts rendered bytes in order and
 * writes them. Posting whole records back cost each worker a twentieth of
 * its time (the structured clone of every figure object), and the main
 * thread then rendered every record itself: a quarter of a core that two
 * workers on a two-core machine did not get.
 */
import type { DocumentRecord, TableName } from "../schema.js";
import { csvRows } from "./csv.js";

/** What one writer of a run makes of a record; plain data, so it can be sent to a worker. */
export type Rendering = { format: "json" } | { format: "ndjson" } | { format: "csv"; table: TableName };

/** A rendered record: text, or its UTF-8 bytes (as a worker thread hands them over, without a copy). */
export type Rendered = string | Uint8Array;

/** The record's text in one writer's format: an element of records.json, an NDJSON line, its CSV rows ("" when none). */
export function render(record: DocumentRecord, rendering: Rendering): string {
  switch (rendering.format) {
    case "json":
      return JSON.stringify(record, null, 1);
    case "ndjson":
      return JSON.stringify(record) + "\n";
    case "csv":
      return csvRows(record, rendering.table);
  }
}

/** What a run says about a record besides its rendered text: run.json's counts, the summary line, the warnings on stderr. */
export interface RecordSummary {
  encoding: string;
  warnings: string[];
  figures: number;
  references: number;
  people: number;
}

export function summarise(record: DocumentRecord): RecordSummary {
  return { encoding: record.encoding, warnings: record.warnings, figures: record.figures.length, references: record.references.length, people: record.people.length };
}
