/** NDJSON: one record per line, ready for `jq` or a streaming reader. */
import type { Rendering } from "./render.js";
import type { RecordWriter } from "./writer.js";
import type { Target } from "./target.js";

export function ndjsonWriter(target: Target): RecordWriter {
  return {
    rendering: { format: "ndjson" } satisfies Rendering,
    write: (rendered) => target.write(rendered),
    close: () => target.close(),
    abort: () => target.abort(),
  };
}
