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

export interface Target {
  write(chunk: string): Promise<void>;
  /** finish: flush, and for a file, move it into place */
  close(): Promise<void>;
  /** give up: for a file, remove the temporary file */
  abort(): Promise<void>;
  readonly name: string;
}

async function writeTo(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, "drain");
}

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
  const stream: WriteStream = createWriteStream(temporary, { encoding: "utf8" });
  openTemporaries.add(temporary);
  await once(stream, "open");
  return {
    temporary,
    write: (chunk: string) => writeTo(stream, chunk),
    async finish() {
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
export async function scratchFile(path: string): Promise<{ path: string; write(chunk: string): Promise<void>; finish(): Promise<void>; remove(): Promise<void> }> {
  const file = await openTemporary(path, "scratch");
  return { path: file.temporary, write: file.write, finish: file.finish, remove: file.remove };
}

export function stdoutTarget(): Target {
  return {
    name: "stdout",
    write: (chunk) => writeTo(process.stdout, chunk),
    async close() {
      /* stdout stays open for the process */
    },
    async abort() {
      /* nothing to remove */
    },
  };
}
