/**
 * CSV tables (figures, documents, references, people): RFC 4180 quoting,
 * columns from the zod schema, and text cells that a spreadsheet would run as
 * a formula (`=`, `+`, `-`, `@`, tab, CR) prefixed with `'`. Numbers stay
 * numbers: `-5` as a number is never touched.
 *
 * Rows are formatted here, synchronously, rather than through fast-csv's
 * formatter stream: that stream (an object per row, a Buffer per row, a
 * promise per chunk) was 6% of a whole run over 10,000 reports, and a row
 * formatter that returns a string can run in any thread. csv.test.ts parses
 * what this writes with fast-csv's parser and gets every cell back.
 */
import { TABLES, type DocumentRecord, type TableName } from "../schema.js";
import type { RecordWriter } from "./writer.js";
import type { Target } from "./target.js";

const FORMULA_START = /^[=+\-@\t\r]/u;
/** A cell holding one of these is quoted; a quote inside is doubled (RFC 4180). */
const NEEDS_QUOTES = /[",\r\n]/;

export function neutraliseCell(value: unknown): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell as CSV: quoted only when it must be. NUL is dropped (spreadsheets stop reading a cell at it). */
export function csvCell(value: string | number): string {
  if (typeof value === "number") return String(value);
  const text = value.includes("\0") ? value.replaceAll("\0", "") : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The header line of a table, with its line end. */
export function csvHeader(table: TableName): string {
  return TABLES[table].columns.map(csvCell).join(",") + "\n";
}

/** A record's rows in one table, each line ended by `\n`; "" when it has none. */
export function csvRows(record: DocumentRecord, table: TableName): string {
  const { columns, rows } = TABLES[table];
  let out = "";
  for (const row of rows(record)) {
    let line = "";
    for (let c = 0; c < columns.length; c++) line += (c === 0 ? "" : ",") + csvCell(neutraliseCell(row[columns[c]!]));
    out += line + "\n";
  }
  return out;
}

export function csvWriter(target: Target, table: TableName, options: { bom?: boolean } = {}): RecordWriter {
  // The header comes first even when no record has a row (an empty people.csv
  // still says what its columns are); the BOM lets Excel read it as UTF-8.
  let started: Promise<void> | null = null;
  const start = () => (started ??= target.write((options.bom ? "\ufeff" : "") + csvHeader(table)));
  return {
    rendering: { format: "csv", table },
    async write(rows) {
      await start();
      if (rows.length !== 0) await target.write(rows);
    },
    async close() {
      await start();
      await target.close();
    },
    abort: () => target.abort(),
  };
}
