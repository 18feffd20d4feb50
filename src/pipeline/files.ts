/**
 * Files in, records streamed out: expand → read → decode → extract → validate.
 * A file that cannot be read, decoded or validated becomes a Failure with a
 * reason; it never stops the others.
 */
import type { DocumentRecord, Failure } from "../schema.js";
import { decode, DecodeError } from "./decode.js";
import { extractRecord, InvalidRecordError } from "./extract.js";
import { describeIoError, documentId, expandInputs, readInput } from "./read.js";

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface FileOptions {
  /** files larger than this are refused (status too-large) */
  maxBytes?: number;
  includeText?: boolean;
}

export type FileResult = { ok: true; source: string; record: DocumentRecord } | { ok: false; source: string; failure: Failure };

export function extractBytes(source: string, bytes: Uint8Array, options: FileOptions = {}): FileResult {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    return fail(source, "too-large", `${bytes.length} bytes, over the limit of ${maxBytes} (--max-bytes)`);
  }
  try {
    const decoded = decode(bytes);
    const record = extractRecord(decoded.text, {
      id: documentId(source),
      source,
      encoding: decoded.encoding,
      warnings: decoded.warnings,
      includeText: options.includeText ?? false,
    });
    return { ok: true, source, record };
  } catch (e) {
    if (e instanceof DecodeError) return fail(source, e.status, e.message);
    if (e instanceof InvalidRecordError) return fail(source, "invalid-record", e.message);
    return fail(source, "error", `internal error: ${(e as Error)?.stack ?? String(e)}`);
  }
}

/** Every input's result, in input order (folders sorted), as soon as it is ready. */
export async function* extractFiles(inputs: readonly string[], options: FileOptions = {}): AsyncGenerator<FileResult> {
  const { files, failures } = await expandInputs(inputs);
  for (const failure of failures) yield { ok: false, source: failure.source, failure };
  for (const source of files) {
    let bytes: Buffer;
    try {
      bytes = await readInput(source);
    } catch (e) {
      yield fail(source, "unreadable", describeIoError(e));
      continue;
    }
    yield extractBytes(source, bytes, options);
  }
}

function fail(source: string, status: Failure["status"], message: string): FileResult {
  return { ok: false, source, failure: { source, status, message } };
}
