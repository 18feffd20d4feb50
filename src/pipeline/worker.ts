/**
 * One worker thread of `--jobs N` (see pool.ts): reads and extracts the files
 * it is sent, with the same function the main thread uses for `--jobs 1`, so
 * the records are the same. Given renderings, it also renders each record
 * for the run's writers and hands the UTF-8 bytes over without a copy.
 */
import { parentPort, receiveMessageOnPort, workerData } from "node:worker_threads";
import { extractBytes, extractPath, renderResult, type FileResult, type RenderedResult } from "./files.js";
import { RESULTS_PER_MESSAGE, type PoolOptions, type WorkRequest, type WorkResponse } from "./pool.js";

const options = workerData as PoolOptions;
const port = parentPort!;
const encoder = new TextEncoder();

const queue: WorkRequest[] = [];
let draining = false;

port.on("message", (request: WorkRequest) => {
  queue.push(request);
  if (!draining) void drain();
});

/**
 * Works through the queue, posting results a few at a time: each message
 * wakes the main thread, and on a machine with as many cores as workers that
 * wake-up takes a core from a worker. A batch is posted when it is full or
 * when nothing more is waiting, so no result waits on a file not yet sent.
 */
async function drain(): Promise<void> {
  draining = true;
  let batch: Array<WorkResponse<FileResult | RenderedResult>> = [];
  let transfers: ArrayBuffer[] = [];
  for (;;) {
    for (let m = receiveMessageOnPort(port); m !== undefined; m = receiveMessageOnPort(port)) queue.push(m.message as WorkRequest);
    const request = queue.shift();
    if (request !== undefined) {
      const { id, source, bytes } = request;
      const result = bytes ? extractBytes(source, bytes, options) : await extractPath(source, options);
      if (!options.renderings) batch.push({ id, result });
      else {
        const rendered = renderResult(result, options.renderings, encoder);
        batch.push({ id, result: rendered });
        if (rendered.ok) for (const r of rendered.rendered) transfers.push((r as Uint8Array).buffer as ArrayBuffer);
      }
    }
    if (batch.length > 0 && (batch.length >= RESULTS_PER_MESSAGE || queue.length === 0)) {
      port.postMessage(batch, transfers);
      batch = [];
      transfers = [];
    }
    if (request === undefined) break;
  }
  draining = false;
}
