/**
 * The read stage: expand the user's inputs into a sorted list of files and
 * read their bytes. One of the two stages that do I/O (the other is write).
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { Failure } from "../schema.js";

/** Extensions read when walking a folder; a file named explicitly is read whatever its name. */
export const TEXT_EXTENSIONS = new Set([".txt", ".text", ".md"]);
export const STDIN = "-";

export interface InputList {
  files: string[];
  failures: Failure[];
}

/** Files under `inputs`, folders walked recursively; stable order: as given, each folder sorted. */
export async function expandInputs(inputs: readonly string[], extensions: ReadonlySet<string> = TEXT_EXTENSIONS): Promise<InputList> {
  const files: string[] = [];
  const failures: Failure[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      failures.push({ source: dir, status: "unreadable", message: describeIoError(e) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.name.startsWith(".")) continue;
      if (entry.isDirectory()) await walk(path);
      else if (extensions.has(extname(entry.name).toLowerCase())) {
        if (entry.isSymbolicLink()) {
          try {
            if (!(await stat(path)).isFile()) continue;
          } catch (e) {
            failures.push({ source: path, status: "unreadable", message: describeIoError(e) });
            continue;
          }
        }
        add(path);
      }
    }
  }
  for (const input of inputs) {
    if (input === STDIN) {
      add(STDIN);
      continue;
    }
    let info;
    try {
      info = await stat(input);
    } catch (e) {
      failures.push({ source: input, status: "unreadable", message: describeIoError(e) });
      continue;
    }
    if (info.isDirectory()) await walk(input);
    else add(input);
  }
  return { files, failures };
}

export async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function readInput(path: string): Promise<Buffer> {
  return path === STDIN ? readStdin() : readFile(path);
}

/** The document id: the file name without its extension. */
export function documentId(path: string): string {
  if (path === STDIN) return "stdin";
  const name = basename(path);
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
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
