/**
 * run.json: what happened to every input of a run, in order — `ok` with its
 * encoding, warnings and counts, or the failure status and its reason — so a
 * batch over hundreds of saved pages can be checked without reading stderr.
 *
 * Streamed like records.json: each input's entry goes to the temporary file
 * as it comes, so memory does not grow with the corpus; the totals follow the
 * list, and the file is renamed into place only when the run finishes.
 */
import type { Failure, FailureStatus } from "../schema.js";
import type { RecordSummary } from "./render.js";
import { fileTarget, type Target } from "./target.js";

/** One input's outcome, as run.json needs it: a record's summary, or the failure. */
export type Outcome = { ok: true; source: string; summary: RecordSummary } | { ok: false; source: string; failure: Failure };

export interface RunEntry {
  source: string;
  status: "ok" | FailureStatus;
  /** the failure's reason; null when ok */
  message: string | null;
  encoding: string | null;
  warnings: string[];
  figures: number;
  references: number;
  people: number;
}

/** The shape of run.json. */
export interface RunSummary {
  inputs: RunEntry[];
  documents: number;
  failures: number;
  figures: number;
}

export function runEntry(result: Outcome): RunEntry {
  if (result.ok) {
    const r = result.summary;
    return { source: result.source, status: "ok", message: null, encoding: r.encoding, warnings: r.warnings, figures: r.figures, references: r.references, people: r.people };
  }
  return { source: result.source, status: result.failure.status, message: result.failure.message, encoding: null, warnings: [], figures: 0, references: 0, people: 0 };
}

export class RunReport {
  private inputs = 0;
  private documents = 0;
  private figures = 0;

  private constructor(private readonly target: Target) {}

  static async open(path: string): Promise<RunReport> {
    return new RunReport(await fileTarget(path));
  }

  async add(result: Outcome): Promise<void> {
    const entry = runEntry(result);
    if (entry.status === "ok") this.documents++;
    this.figures += entry.figures;
    // the same layout as JSON.stringify(summary, null, 1)
    const indented = JSON.stringify(entry, null, 1).replace(/\n/g, "\n  ");
    await this.target.write((this.inputs++ === 0 ? '{\n "inputs": [\n  ' : ",\n  ") + indented);
  }

  async close(): Promise<void> {
    const totals = { documents: this.documents, failures: this.inputs - this.documents, figures: this.figures };
    const tail = JSON.stringify(totals, null, 1).slice(1); // `\n "documents": …}` without its opening brace
    await this.target.write((this.inputs === 0 ? '{\n "inputs": [],' : "\n ],") + tail + "\n");
    await this.target.close();
  }

  abort(): Promise<void> {
    return this.target.abort();
  }
}
