/**
 * The optional consumers of a run besides the output writers: `--check`
 * (compare with expected records) and `--report` (the HTML page). Each is
 * loaded only when its option is given, so a plain run never pays for
 * parsing their code.
 *
 * A sink sees every record WITH its normalised text (the report needs it to
 * place highlights), and every failure; it returns its verdict when closed.
 */
import type { DocumentRecord, Failure } from "../schema.js";

export interface Sink {
  write(record: DocumentRecord): Promise<void>;
  fail(failure: Failure): void;
  /** finish; false when the run must exit 1 (a check found differences) */
  close(): Promise<boolean>;
  abort(): Promise<void>;
  /** what the summary line says was done */
  readonly done: string;
}

export interface SinkOptions {
  check?: string;
  update: boolean;
  report?: string;
}

/** A combination of options that makes no sense, reported as a usage error (exit 2). */
export class SinkUsageError extends Error {}

export async function openSinks(options: SinkOptions): Promise<Sink[]> {
  const sinks: Sink[] = [];
  if (options.update && !options.check) throw new SinkUsageError("--update goes with --check <dir>: it rewrites the expected files in that folder");
  if (options.check) {
    const { checkSink, CheckUsageError } = await import("./check.js");
    try {
      sinks.push(checkSink(options.check, { update: options.update }));
    } catch (e) {
      if (e instanceof CheckUsageError) throw new SinkUsageError(e.message);
      throw e;
    }
  }
  if (options.report) {
    const { reportSink } = await import("../report/html.js");
    sinks.push(await reportSink(options.report));
  }
  return sinks;
}
