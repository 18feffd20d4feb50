/**
 * Loading the one-file CLI (dist/bundle/extract.cjs, written by
 * scripts/bundle.mjs) through V8's code cache. Only node's own modules are
 * imported here: this runs before anything else of a run.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";

/**
 * Let the heap grow by at most 30% between full collections. A run keeps
 * about 50 MB alive whatever the corpus size, but by default V8 let garbage
 * pile up to 250 MB before collecting (peak RSS 364 MB over 100,000
 * reports); this measured 150 MB over 10,000 at the same speed. V8 flags are
 * process-wide, so the worker threads get it too. Set by the CLI, not the
 * library: a program that imports solieu keeps its own heap policy. Set
 * before the bundle is compiled: V8 accepts a code cache only under the
 * flags it was written with.
 *
 * And compile each pattern to machine code on its first use: by default V8
 * first interprets a pattern's bytecode and compiles it once it has run, so
 * the several hundred patterns a report meets once were each built twice. A
 * small report's start-up went from 0.32 to 0.25 s of CPU, the throughput over
 * 2,000 reports stayed the same (output the same: only how a pattern runs
 * changes, not what it matches).
 */
export const CLI_V8_FLAGS = "--heap-growing-percent=30 --no-regexp-tier-up";

export interface LoadedBundle {
  script: Script;
  /** whether V8 took the code cache; null when there was none */
  cacheAccepted: boolean | null;
  path: string;
}

/** The bundle compiled as a CommonJS module's function, from its code cache when there is one; null without a bundle. */
export function compileBundle(path: string): LoadedBundle | null {
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch {
    return null;
  }
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(`${path}.cache`);
  } catch {
    // no cache: compiled from the source
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: path, cachedData });
  return { script, cacheAccepted: cachedData ? !script.cachedDataRejected : null, path };
}

/** Run the bundle as node would run a CommonJS file. */
export function runBundle({ script, path }: LoadedBundle): void {
  const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string) => void;
  const module = { exports: {} };
  run.call(module.exports, module.exports, createRequire(path), module, path, dirname(path));
}

/** After the run, the code V8 compiled for it (every function the run used) as the bundle's cache. */
export function writeCacheOnExit({ script, path }: LoadedBundle): void {
  process.once("exit", () => writeFileSync(`${path}.cache`, script.createCachedData()));
}
