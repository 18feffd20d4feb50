/**
 * The read stage: expand the user's inputs into a sorted list of files and
 * read their bytes. One of the two stages that do I/O (the other is write).
 */
import { closeSync, createReadStream, fstatSync, openSync, readFileSync } from "node:fs";
import { lstat, readdir, stat } from "node:fs/promises";
import { basename, dirname, extname, join, normalize } from "node:path";
import type { Failure } from "../schema.js";

/** Saved web pages: read through the HTML stage. */
export const HTML_EXTENSIONS = new Set([".html", ".htm"]);
/** Extensions read when walking a folder; a file named explicitly is read whatever its name. */
export const TEXT_EXTENSIONS = new Set([".txt", ".text", ".md", ...HTML_EXTENSIONS]);
export const STDIN = "-";

export function isHtmlName(path: string): boolean {
  return HTML_EXTENSIONS.has(extname(path).toLowerCase());
}

/** One input as the run meets it: a file to read, or a path that failed already. */
export type InputEntry = { path: string } | { failure: Failure };

/**
 * The files under `inputs`, one at a time, in a stable order: as given, each
 * folder sorted, walked recursively. Lazy, so a folder of 100,000 reports is
 * never held as one list (that list alone took 44 MB of heap).
 *
 * A file is met once even when inputs overlap (`extract dir dir/a.txt`,
 * `extract dir dir/sub`): the walk remembers the folders it walked and the
 * files named outright, both few next to the files found inside folders.
 */
export async function* walkInputs(inputs: readonly string[], extensions: ReadonlySet<string> = TEXT_EXTENSIONS): AsyncGenerator<InputEntry> {
  const walked = new Set<string>();
  const named = new Set<string>();
  const wasWalked = (path: string) => walked.has(dirname(path)) && extensions.has(extname(path).toLowerCase());
  const refuse = async (source: string, e: unknown): Promise<InputEntry> => ({ failure: { source, status: "unreadable", message: await describePathError(source, e) } });

  async function* walk(dir: string): AsyncGenerator<InputEntry> {
    const key = normalize(dir).replace(/(?<=.)[\\/]+$/u, "");
    if (walked.has(key)) return;
    walked.add(key);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      yield await refuse(dir, e);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.name.startsWith(".")) continue;
      if (entry.isDirectory()) yield* walk(path);
      else if (extensions.has(extname(entry.name).toLowerCase()) && !named.has(path)) {
        if (entry.isSymbolicLink()) {
          try {
            if (!(await stat(path)).isFile()) continue;
          } catch (e) {
            yield await refuse(path, e);
            continue;
          }
        }
        yield { path };
      }
    }
  }

  for (const input of inputs) {
    if (input === STDIN) {
      if (!named.has(STDIN)) yield { path: STDIN };
      named.add(STDIN);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (e) {
      yield await refuse(input, e);
      continue;
    }
    if (info.isDirectory()) yield* walk(input);
    else {
      const path = normalize(input);
      if (named.has(path) || wasWalked(path)) continue;
      named.add(path);
      yield { path: input };
    }
  }
}

/** How many entries walkInputs will yield: the same walk, counted and let go. */
export async function countInputs(inputs: readonly string[], extensions: ReadonlySet<string> = TEXT_EXTENSIONS): Promise<{ entries: number; files: number }> {
  let entries = 0;
  let files = 0;
  for await (const entry of walkInputs(inputs, extensions)) {
    entries++;
    if ("path" in entry) files++;
  }
  return { entries, files };
}

/** A file over the size limit; thrown by readInput before the whole file is in memory. */
export class TooLargeError extends Error {}

/**
 * The bytes of a file or of stdin, at most `maxBytes` of them. A regular file
 * is refused by its size before it is read; a pipe, stdin or a device
 * (`/dev/zero` never ends) is read until it passes the limit.
 */
export async function readInput(path: string, maxBytes = Number.POSITIVE_INFINITY): Promise<Buffer> {
  if (path === STDIN) return readCapped(process.stdin, maxBytes);
  // A regular file is read in one synchronous call: four trips through the
  // thread pool per file (open, stat, read, close) left the CPU idle a third
  // of a run over thousands of small reports. Pipes and devices are streamed.
  const fd = openSync(path, "r");
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return await readCapped(createReadStream("", { fd, autoClose: false }), maxBytes);
    if (info.size > maxBytes) throw new TooLargeError(tooLargeMessage(info.size, maxBytes));
    const bytes = readFileSync(fd);
    // the file grew after it was measured
    if (bytes.length > maxBytes) throw new TooLargeError(tooLargeMessage(bytes.length, maxBytes));
    return bytes;
  } finally {
    closeSync(fd);
  }
}

export function tooLargeMessage(size: number | null, maxBytes: number): string {
  return size === null ? `more than ${maxBytes} bytes, the limit (--max-bytes)` : `${size} bytes, over the limit of ${maxBytes} (--max-bytes)`;
}

async function readCapped(stream: AsyncIterable<unknown>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    const bytes = chunk as Buffer;
    length += bytes.length;
    if (length > maxBytes) throw new TooLargeError(tooLargeMessage(null, maxBytes));
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, length);
}

/** The document id: the file name without its extension. */
export function documentId(path: string): string {
  if (path === STDIN) return "stdin";
  const name = basename(path);
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

/** describeIoError, and a missing path that is a symbolic link is called dangling. */
export async function describePathError(path: string, e: unknown): Promise<string> {
  if ((e as NodeJS.ErrnoException)?.code === "ENOENT") {
    try {
      if ((await lstat(path)).isSymbolicLink()) return "dangling symbolic link (its target does not exist)";
    } catch {
      /* the path itself is missing: ENOENT says it */
    }
  }
  return describeIoError(e);
}

export function describeIoError(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a folder";
    case "ELOOP":
      return "symbolic link loop";
    default:
      return err?.message ?? String(e);
  }
}
