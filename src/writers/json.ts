/** records.json: one JSON array, streamed a record at a time so memory does not grow with the corpus. */
import type { DocumentRecord } from "../schema.js";
import type { RecordWriter } from "./writer.js";
import type { Target } from "./target.js";

export function jsonArrayWriter(target: Target): RecordWriter {
  let count = 0;
  return {
    async write(record: DocumentRecord) {
      await target.write((count++ === 0 ? "[\n" : ",\n") + JSON.stringify(record, null, 1));
    },
    async close() {
      await target.write(count === 0 ? "[]\n" : "\n]\n");
      await target.close();
    },
    abort: () => target.abort(),
  };
}
