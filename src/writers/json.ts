/** records.json: one JSON array, streamed a record at a time so memory does not grow with the corpus. */
import type { Rendering } from "./render.js";
import type { RecordWriter } from "./writer.js";
import type { Target } from "./target.js";

export function jsonArrayWriter(target: Target): RecordWriter {
  let count = 0;
  return {
    rendering: { format: "json" } satisfies Rendering,
    async write(rendered) {
      await target.write(count++ === 0 ? "[\n" : ",\n");
      await target.write(rendered);
    },
    async close() {
      await target.write(count === 0 ? "[]\n" : "\n]\n");
      await target.close();
    },
    abort: () => target.abort(),
  };
}
