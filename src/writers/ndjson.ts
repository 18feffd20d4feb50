/** NDJSON: one record per line, ready for `jq` or a streaming reader. */
import type { DocumentRecord } from "../schema.js";
import type { RecordWriter } from "./writer.js";
import type { Target } from "./target.js";

export function ndjsonWriter(target: Target): RecordWriter {
  return {
    write: (record: DocumentRecord) => target.write(JSON.stringify(record) + "\n"),
    close: () => target.close(),
    abort: () => target.abort(),
  };
}
