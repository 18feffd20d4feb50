/**
 * Files in, records streamed out: expand → read → decode → (HTML → text) →
 * extract → validate. A file that cannot be read, decoded or validated
 * becomes a Failure with a reason; it never stops the others.
 */
import type { DocumentRecord, Failure } from "../schema.js";
import { render, summarise, type RecordSummary, type Rendered, type Rendering } from "../writers/render.js";
import { decode, DecodeError } from "./decode.js";
import { extractRecord, InvalidRecordError } from "./extract.js";
import { htmlToText, looksLikeHtml } from "./html.js";
import { countInputs, describeIoError, documentId, isHtmlName, readInput, tooLargeMessage, TooLargeError, walkInputs } from "./read.js";

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * The longest run of characters with no white space a text may hold. V8 keeps
 * one backtrack entry per character when a `u` pattern repeats a class over
 * non-Latin-1 text, and a run of a few million (`ẢẢẢ…`, one 20 MB "word")
 * overflows its stack. No report has a word of a million characters.
 */
export const MAX_RUN = 1_000_000;

export interface FileOptions {
  /** files larger than this are refused (status too-large) */
  maxBytes?: number;
  includeText?: boolean;
  /**
   * Worker threads extracting files side by side (default 1: in this thread).
   * Results still come in input order, identical to one worker's. Needs the
   * built package (dist/), where the worker script lives.
   */
  jobs?: number;
  /** told once how many inputs the run has, before the first result */
  onInputs?: (count: number) => void;
}

/** What became of one input; `bytes` is how many were read (0 when none could be). */
export type FileResult = Extracted | Failed;
export type Extracted = { ok: true; source: string; bytes: number; record: DocumentRecord };
export type Failed = { ok: false; source: string; bytes: number; failure: Failure };

/**
 * An input's result with its record already rendered for a run's writers
 * (`rendered[i]` for `renderings[i]`), and the summary the run reports: what
 * the command line needs, made in the worker thread that extracted it.
 */
export type RenderedResult = RenderedRecord | Failed;
export type RenderedRecord = { ok: true; source: string; bytes: number; summary: RecordSummary; rendered: Rendered[] };

/** How many results per worker slot may wait, done, for an earlier file to finish. */
const WINDOW_PER_SLOT = 4;

/** Fewer files than this are not worth starting worker threads for (each loads the extractors anew). */
export const MIN_FILES_PER_WORKER = 4;

export function extractBytes(source: string, bytes: Uint8Array, options: FileOptions = {}): FileResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) return fail(source, "too-large", tooLargeMessage(bytes.length, maxBytes), bytes.length);
  try {
    // A page saved as .txt, or piped to stdin, is still a page.
    const htmlByName = isHtmlName(source) || looksLikeHtml(Buffer.from(bytes.subarray(0, 1024)).toString("latin1"));
    const decoded = decode(bytes, { html: htmlByName });
    const page = htmlByName || looksLikeHtml(decoded.text) ? htmlToText(decoded.text) : null;
    const text = page ? page.text : decoded.text;
    if (page && text.trim() === "") return fail(source, "empty", "the page holds no article text");
    // only a text longer than MAX_RUN can hold such a run: most are never walked
    const run = text.length > MAX_RUN ? longestRun(text) : 0;
    if (run > MAX_RUN) return fail(source, "too-large", `a run of ${run} characters with no space or line break (at most ${MAX_RUN}): not a text report`);
    const record = extractRecord(text, {
      id: documentId(source),
      source,
      encoding: decoded.encoding,
      warnings: decoded.warnings,
      includeText: options.includeText ?? false,
      ...(page ? { hints: { title: page.title, published: page.published } } : {}),
    });
    return { ok: true, source, bytes: bytes.length, record };
  } catch (e) {
    if (e instanceof DecodeError) return fail(source, e.status, e.message, bytes.length);
    if (e instanceof InvalidRecordError) return fail(source, "invalid-record", e.message, bytes.length);
    return fail(source, "error", `internal error: ${(e as Error)?.stack ?? String(e)}`, bytes.length);
  }
}

/** Read one file (or `-`, stdin) and extract it: the unit of work of a run, in this thread or a worker's. */
export async function extractPath(source: string, options: FileOptions = {}): Promise<FileResult> {
  let bytes: Buffer;
  try {
    bytes = await readInput(source, options.maxBytes ?? DEFAULT_MAX_BYTES);
  } catch (e) {
    return e instanceof TooLargeError ? fail(source, "too-large", e.message) : fail(source, "unreadable", describeIoError(e));
  }
  return extractBytes(source, bytes, options);
}

/** Every input's result, in input order (folders sorted), as soon as it is ready. */
export function extractFiles(inputs: readonly string[], options: FileOptions = {}): AsyncGenerator<FileResult> {
  return inInputOrder<Extracted>(inputs, options, (path) => extractPath(path, options), {});
}

/**
 * Every input's result with its record rendered for the given writers, in
 * input order: extractFiles for a run that only writes. With `jobs` > 1 the
 * workers render (and encode) what they extracted, so the thread that
 * writes does little else.
 */
export function renderFiles(inputs: readonly string[], renderings: readonly Rendering[], options: FileOptions = {}): AsyncGenerator<RenderedResult> {
  return inInputOrder<RenderedRecord>(inputs, options, async (path) => renderResult(await extractPath(path, options), renderings), { renderings });
}

/** A file's record rendered for the given writers, as text or (for a worker to hand over without a copy) as UTF-8 bytes. */
export function renderResult(result: FileResult, renderings: readonly Rendering[], encoder?: { encode(text: string): Uint8Array }): RenderedResult {
  if (!result.ok) return result;
  const rendered: Rendered[] = renderings.map((r) => {
    const text = render(result.record, r);
    return encoder ? encoder.encode(text) : text;
  });
  return { ok: true, source: result.source, bytes: result.bytes, summary: summarise(result.record), rendered };
}

/**
 * Each input's result, in input order: from `here` in this thread, or from
 * worker threads (which render too when `inWorkers.renderings` is given, so
 * `Ok` is what `here` would return).
 */
async function* inInputOrder<Ok>(
  inputs: readonly string[],
  options: FileOptions,
  here: (path: string) => Promise<Ok | Failed>,
  inWorkers: { renderings?: readonly Rendering[] },
): AsyncGenerator<Ok | Failed> {
  // counted first (a walk that keeps nothing), so progress has a total and
  // a handful of files does not start worker threads
  const count = await countInputs(inputs);
  options.onInputs?.(count.entries);
  const jobs = Math.min(options.jobs ?? 1, Math.floor(count.files / MIN_FILES_PER_WORKER));
  if (jobs <= 1) {
    for await (const entry of walkInputs(inputs)) yield "failure" in entry ? refused(entry.failure) : await here(entry.path);
    return;
  }
  const { ExtractorPool } = await import("./pool.js");
  const pool = new ExtractorPool<Ok>(jobs, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, includeText: options.includeText ?? false, ...inWorkers });
  const entries = walkInputs(inputs);
  try {
    // Results are yielded strictly in input order (the output never depends
    // on which worker finished first), but work is handed out as workers
    // finish, not as results are yielded: a slow report at the head of the
    // line must not leave the other workers idle. At most WINDOW_PER_SLOT
    // results per slot wait their turn.
    const window: Promise<Ok | Failed>[] = [];
    let walking = true;
    const refill = async () => {
      while (walking && pool.busy < pool.capacity && window.length < pool.capacity * WINDOW_PER_SLOT) {
        const next = await entries.next();
        if (next.done) walking = false;
        // stdin can only be read by this thread; its bytes travel to a worker
        else window.push("failure" in next.value ? Promise.resolve(refused(next.value.failure)) : pool.extract(next.value.path));
      }
    };
    await refill();
    while (window.length > 0) {
      const head = window[0]!;
      const headReady = await Promise.race([head.then(() => true), pool.finished().then(() => false)]);
      if (headReady) window.shift();
      await refill();
      if (headReady) yield await head;
    }
  } finally {
    await entries.return(undefined);
    await pool.close();
  }
}

function refused(failure: Failure): Failed {
  return { ok: false, source: failure.source, bytes: 0, failure };
}

function longestRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c <= 0x20 || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
    run = space ? 0 : run + 1;
    if (run > longest) longest = run;
  }
  return longest;
}

function fail(source: string, status: Failure["status"], message: string, bytes = 0): Failed {
  return { ok: false, source, bytes, failure: { source, status, message } };
}
