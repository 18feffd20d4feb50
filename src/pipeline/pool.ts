/**
 * Worker threads for `--jobs N`: each runs the read → extract stages of
 * files.ts on the files it is handed and posts the result back. The pool
 * only spreads work; extractFiles puts the results back in input order.
 *
 * A worker that dies (out of memory, a crash in native code) costs the files
 * it held, each reported as an `error` failure by name, and is replaced: the
 * rest of the run goes on.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Rendering } from "../writers/render.js";
import type { Extracted, Failed } from "./files.js";
import { describeIoError, readInput, STDIN, TooLargeError } from "./read.js";

/** Files handed to one worker before its first result comes back: enough that it never waits for the next. */
export const IN_FLIGHT_PER_WORKER = 8;
/**
 * Results a worker gathers into one message (worker.ts): half its files in
 * flight, so it is sent more while it works on the rest. One message per
 * file woke the main thread for each, and with two workers on two cores
 * each wake-up took a core from a worker: 3,000 reports with --jobs 2 made
 * 24,000 context switches, 17,000 with four results a message (and 4 files
 * in flight, 8), and ran about 4% faster (alternating runs; the machine's
 * noise is as large).
 */
export const RESULTS_PER_MESSAGE = 4;

/**
 * Each worker's young generation, where a document's short-lived strings and
 * arrays live. V8's default (48 MB per thread) made two workers cost 100 MB
 * of mostly empty space. Since a document's tokens no longer outlive it
 * (person.ts), little survives a young collection, and 8 MB measured the same
 * speed as 16 with 20 MB less peak memory for two workers (10,000 reports,
 * three runs each). Only the young generation is capped: a cap on the old
 * one (`maxOldGenerationSizeMb`) made a 20 MB report abort the whole process
 * instead of the worker.
 */
export const WORKER_YOUNG_GENERATION_MB = 8;

export interface PoolOptions {
  maxBytes: number;
  includeText: boolean;
  /** when given, workers post each record rendered for these writers (a RenderedResult), not the record */
  renderings?: readonly Rendering[];
}

/** What the main thread asks of a worker: a path to read, or bytes it read itself (stdin). */
export interface WorkRequest {
  id: number;
  source: string;
  bytes?: Uint8Array;
}
export interface WorkResponse<Ok> {
  id: number;
  result: Ok | Failed;
}

interface Task<Ok> {
  source: string;
  resolve(result: Ok | Failed): void;
}

interface Slot<Ok> {
  worker: Worker;
  tasks: Map<number, Task<Ok>>;
}

/**
 * `Ok` is what a worker posts for a file it extracted: an `Extracted` (the
 * record), or a `RenderedRecord` when `renderings` are given.
 */
export class ExtractorPool<Ok = Extracted> {
  private readonly slots: Slot<Ok>[] = [];
  private nextId = 0;
  private closed = false;
  private finishWaiters: Array<() => void> = [];
  readonly capacity: number;

  constructor(
    size: number,
    private readonly options: PoolOptions,
  ) {
    this.capacity = size * IN_FLIGHT_PER_WORKER;
    for (let i = 0; i < size; i++) this.slots.push(this.start());
  }

  /** The result for one input; never rejects (a worker's death is a failure of its files). */
  async extract(source: string): Promise<Ok | Failed> {
    let bytes: Uint8Array | undefined;
    if (source === STDIN) {
      try {
        bytes = await readInput(STDIN, this.options.maxBytes);
      } catch (e) {
        const message = e instanceof TooLargeError ? e.message : describeIoError(e);
        return { ok: false, source, bytes: 0, failure: { source, status: e instanceof TooLargeError ? "too-large" : "unreadable", message } };
      }
    }
    const slot = this.slots.reduce((least, s) => (s.tasks.size < least.tasks.size ? s : least));
    const id = this.nextId++;
    return new Promise((resolve) => {
      slot.tasks.set(id, { source, resolve });
      const request: WorkRequest = bytes ? { id, source, bytes } : { id, source };
      slot.worker.postMessage(request);
    });
  }

  /** Files handed to workers and not yet back. */
  get busy(): number {
    let busy = 0;
    for (const slot of this.slots) busy += slot.tasks.size;
    return busy;
  }

  /** Settles when the next file comes back from a worker (whichever file it is). */
  finished(): Promise<void> {
    return new Promise((resolve) => this.finishWaiters.push(resolve));
  }

  private settle(task: Task<Ok>, result: Ok | Failed): void {
    task.resolve(result);
    const waiters = this.finishWaiters;
    this.finishWaiters = [];
    for (const wake of waiters) wake();
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private start(): Slot<Ok> {
    const worker = new Worker(workerScript(), { workerData: this.options, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    const slot: Slot<Ok> = { worker, tasks: new Map() };
    worker.on("message", (batch: Array<WorkResponse<Ok>>) => {
      for (const { id, result } of batch) {
        const task = slot.tasks.get(id);
        slot.tasks.delete(id);
        if (task) this.settle(task, result);
      }
    });
    const died = (reason: string) => {
      const index = this.slots.indexOf(slot);
      if (index < 0) return; // already replaced
      const lost = [...slot.tasks.values()];
      slot.tasks.clear();
      if (!this.closed) this.slots[index] = this.start();
      else this.slots.splice(index, 1);
      for (const task of lost) {
        this.settle(task, { ok: false, source: task.source, bytes: 0, failure: { source: task.source, status: "error", message: `internal error: the worker thread extracting it stopped (${reason})` } });
      }
    };
    worker.on("error", (e) => died(e.message));
    worker.on("exit", (code) => {
      if (!this.closed) died(`exit code ${code}`);
    });
    return slot;
  }
}

/** worker.js beside this module in dist/; from the TypeScript sources (tests) the built one is used. */
function workerScript(): URL {
  const beside = new URL("./worker.js", import.meta.url);
  if (existsSync(fileURLToPath(beside))) return beside;
  const built = new URL("../../dist/pipeline/worker.js", import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  throw new Error(`the worker script is missing (${fileURLToPath(beside)}): run npm run build`);
}


