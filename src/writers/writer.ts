import type { DocumentRecord } from "../schema.js";
import { render, type Rendered, type Rendering } from "./render.js";

/**
 * A writer hands a record's rendered text to its target; it never decides
 * where the bytes go, and it renders nothing itself: the record was rendered
 * by `render(record, writer.rendering)`, in this thread or in the worker
 * thread that extracted it.
 */
export interface RecordWriter {
  readonly rendering: Rendering;
  write(rendered: Rendered): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

/** Render a record in this thread and write it. */
export function writeRecord(writer: RecordWriter, record: DocumentRecord): Promise<void> {
  return writer.write(render(record, writer.rendering));
}
