/**
 * Where a writer's bytes go: stdout, or a file that appears complete or not at
 * all (written to a temporary file in the same folder, renamed on success,
 * removed on failure or interruption).
 */
import { createWriteStream, rmSync, type WriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { once } from "node:events";
import type { Writable } from "node:stream";
import type { Rendered } from "./render.js";

export interface Target {
  /** text, or UTF-8 bytes (a record a worker thread rendered) */
  write(chunk: Rendered): Promise<void>;
  /** finish: flush, and for a file, move it into place */
  close(): Promise<void>;
  /** give up: for a file, remove the temporary file */
  abort(): Promise<void>;
  readonly name: string;
}

async function writeTo(stream: Writable, chunk: Rendered): Promise<void> {
  if (!stream.write(chunk)) await once(stream, "drain");
}

/** How many bytes a target gathers before handing them to its stream. */
export const BATCH_BYTES = 64 * 1024;
const DONE = Promise.resolve();

/**
 * Gathers small writes (a CSV row, a record) into one buffer of about
 * BATCH_BYTES before it reaches the stream: a stream write per row cost more
 * than formatting the row (a tenth of a run over 10,000 reports). Each write
 * is encoded as UTF-8 straight into the buffer; joining the strings first
 * and letting the stream encode the result copied every character twice.
 * Bytes (a record a worker rendered and encoded) are copied in as they are.
 * `flush` hands over what is gathered; the returned promise waits for a
 * full stream.
 */
export function batched(stream: Writable): { write(chunk: Rendered): Promise<void>; flush(): Promise<void> } {
  // a batch, plus one more write of at most BATCH_BYTES
  const capacity = 2 * BATCH_BYTES;
  let buffer = Buffer.allocUnsafe(capacity);
  let used = 0;
  const flush = (): Promise<void> => {
    if (used === 0) return DONE;
    const chunk = buffer.subarray(0, used);
    // the stream keeps the bytes until they are written: the next batch gets a new buffer
    buffer = Buffer.allocUnsafe(capacity);
    used = 0;
    return writeTo(stream, chunk);
  };
  return {
    write(chunk) {
      // up to 3 bytes a UTF-16 unit: a write that could fill a batch goes as it is, after what is gathered
      const most = typeof chunk === "string" ? chunk.length * 3 : chunk.length;
      if (most > BATCH_BYTES) return Promise.all([flush(), writeTo(stream, chunk)]).then(() => undefined);
      if (typeof chunk === "string") used += buffer.write(chunk, used);
      else {
        buffer.set(chunk, used);
        used += chunk.length;
      }
      return used >= BATCH_BYTES ? flush() : DONE;
    },
    flush,
  };
}

/**
 * How many bytes a file's stream may hold before a write waits for the disk.
 * At the default (16 KB) every batch filled the stream and the run waited
 * for each write to land: the CPU sat idle a twentieth of a run.
 */
export const FILE_BUFFER_BYTES = 1024 * 1024;

/** Temporary files still open, so an interrupted run (Ctrl-C) can remove them on the way out. */
const openTemporaries = new Set<string>();
export function removeTemporariesSync(): void {
  for (const path of openTemporaries) rmSync(path, { force: true });
  openTemporaries.clear();
}

/** A temporary file beside `path`, removed on interruption until it is renamed or removed. */
async function openTemporary(path: string, suffix: string) {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${suffix}`);
  const stream: WriteStream = createWriteStream(temporary, { encoding: "utf8", highWaterMark: FILE_BUFFER_BYTES });
  openTemporaries.add(temporary);
  await once(stream, "open");
  const batch = batched(stream);
  return {
    temporary,
    write: batch.write,
    async finish() {
      await batch.flush();
      stream.end();
      await once(stream, "finish");
    },
    async remove() {
      stream.destroy();
      await rm(temporary, { force: true });
      openTemporaries.delete(temporary);
    },
  };
}

export async function fileTarget(path: string): Promise<Target> {
  const file = await openTemporary(path, "tmp");
  return {
    name: path,
    write: file.write,
    async close() {
      await file.finish();
      await rename(file.temporary, path);
      openTemporaries.delete(file.temporary);
    },
    abort: file.remove,
  };
}

/**
 * A scratch file beside `path` for content assembled later (the report's
 * documents, written before the summary that goes above them): read it back
 * after `finish`, then `remove` it; never renamed into place.
 */
export async function scratchFile(path: string): Promise<{ path: string; write(chunk: Rendered): Promise<void>; finish(): Promise<void>; remove(): Promise<void> }> {
  const file = await openTemporary(path, "scratch");
  return { path: file.temporary, write: file.write, finish: file.finish, remove: file.remove };
}

/**
 * Standard output, batched like a file. A reader at the other end of a pipe
 * (`| jq`) still sees a slow run's records as they come: what is gathered is
 * handed over once it is FLUSH_MS old, checked at the next write (a busy
 * main thread runs no timers) and by a timer (an idle one waiting for a
 * worker writes nothing).
 */
const FLUSH_MS = 200;
export function stdoutTarget(): Target {
  const batch = batched(process.stdout);
  let timer: NodeJS.Timeout | null = null;
  let oldest = 0;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    return batch.flush();
  };
  return {
    name: "stdout",
    write(chunk) {
      const now = performance.now();
      if (!timer) {
        oldest = now;
        timer = setTimeout(() => void flush().catch(() => {}), FLUSH_MS).unref();
      }
      const written = batch.write(chunk);
      if (now - oldest < FLUSH_MS) return written;
      // both, so a full pipe still holds the run back
      return Promise.all([written, flush()]).then(() => undefined);
    },
    // stdout itself stays open for the process
    close: flush,
    // what was extracted before the failure is still data the reader can use
    abort: flush,
  };
}
