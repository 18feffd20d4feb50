/**
 * run.json: what happened to every input of a run, in order — `ok` with its
 * encoding, warnings and counts, or the failure status and its reason — so a
 * batch over hundreds of saved pages can be checked without reading stderr.
 */
import type { FileResult } from "../pipeline/files.js";
import type { FailureStatus } from "../schema.js";
import { fileTarget } from "./target.js";

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

export interface RunSummary {
  inputs: RunEntry[];
  documents: number;
  failures: number;
  figures: number;
}

export class RunReport {
  private readonly entries: RunEntry[] = [];

  add(result: FileResult): void {
    if (result.ok) {
      const r = result.record;
      this.entries.push({ source: result.source, status: "ok", message: null, encoding: r.encoding, warnings: r.warnings, figures: r.figures.length, references: r.references.length, people: r.people.length });
    } else {
      this.entries.push({ source: result.source, status: result.failure.status, message: result.failure.message, encoding: null, warnings: [], figures: 0, references: 0, people: 0 });
    }
  }

  summary(): RunSummary {
    const ok = this.entries.filter((e) => e.status === "ok");
    return { inputs: this.entries, documents: ok.length, failures: this.entries.length - ok.length, figures: ok.reduce((n, e) => n + e.figures, 0) };
  }

  /** Written like every output file: complete or not at all. */
  async write(path: string): Promise<void> {
    const target = await fileTarget(path);
    try {
      await target.write(JSON.stringify(this.summary(), null, 1) + "\n");
      await target.close();
    } catch (e) {
      await target.abort();
      throw e;
    }
  }
}
