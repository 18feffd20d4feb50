/**
 * CSV tables (figures, documents, references, people) through fast-csv:
 * RFC 4180 quoting, columns from the zod schema, and text cells that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) prefixed
 * with `'`. Numbers stay numbers: `-5` as a number is never touched.
 */
import { format } from "fast-csv";
import { TABLES, type DocumentRecord, type TableName } from "../schema.js";
import type { RecordWriter } from "./writer.js";
import type { Target } from "./target.js";

const FORMULA_START = /^[=+\-@\t\r]/u;

export function neutraliseCell(value: unknown): string | number {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return value;
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvWriter(target: Target, table: TableName, options: { bom?: boolean } = {}): RecordWriter {
  const { columns, rows } = TABLES[table];
  const stream = format<Record<string, string | number>, Record<string, string | number>>({
    headers: [...columns],
    alwaysWriteHeaders: true,
    includeEndRowDelimiter: true,
  });
  // The BOM is written here, not by fast-csv: its writeBOM leaves it out of a
  // table with a header and no rows (an empty people.csv opened in Excel).
  let pending: Promise<void> = options.bom ? target.write("\ufeff") : Promise.resolve();
  let failure: unknown = null;
  stream.on("data", (chunk: Buffer | string) => {
    pending = pending.then(() => target.write(chunk.toString())).catch((e) => {
      failure ??= e;
    });
  });
  const ended = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  return {
    async write(record: DocumentRecord) {
      for (const row of rows(record)) {
        const cells: Record<string, string | number> = {};
        for (const column of columns) cells[column] = neutraliseCell(row[column]);
        stream.write(cells);
      }
      await pending;
      if (failure) throw failure;
    },
    async close() {
      stream.end();
      await ended;
      await pending;
      if (failure) throw failure;
      await target.close();
    },
    async abort() {
      stream.destroy();
      await target.abort();
    },
  };
}
