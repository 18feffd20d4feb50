import type { DocumentRecord } from "../schema.js";

/** A writer formats records and hands the bytes to its target; it never decides where they go. */
export interface RecordWriter {
  write(record: DocumentRecord): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

/** Several writers fed the same records (records.json and the CSV tables of one run). */
export function fanOut(writers: RecordWriter[]): RecordWriter {
  return {
    async write(record) {
      for (const w of writers) await w.write(record);
    },
    async close() {
      for (const w of writers) await w.close();
    },
    async abort() {
      await Promise.all(writers.map((w) => w.abort()));
    },
  };
}
