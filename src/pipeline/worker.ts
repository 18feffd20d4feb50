/**
 * One worker thread of `--jobs N` (see pool.ts): reads and extracts the files
 * it is sent, with the same function the main thread uses for `--jobs 1`, so
 * the records are the same. Given renderings, it also renders each record
 * for the run's writers and hands the UTF-8 bytes over without a copy.
 */
import { parentPort, workerData } from "node:worker_threads";
import { extractBytes, extractPath, renderResult, type FileResult, type RenderedResult } from "./files.js";
import type { PoolOptions, WorkRequest, WorkResponse } from "./pool.js";

const options = workerData as PoolOptions;
const port = parentPort!;
const encoder = new TextEncoder();

port.on("message", async ({ id, source, bytes }: WorkRequest) => {
  const result = bytes ? extractBytes(source, bytes, options) : await extractPath(source, options);
  if (!options.renderings) {
    const response: WorkResponse<FileResult> = { id, result };
    port.postMessage(response);
    return;
  }
  const rendered = renderResult(result, options.renderings, encoder);
  const response: WorkResponse<RenderedResult> = { id, result: rendered };
  port.postMessage(response, rendered.ok ? rendered.rendered.map((r) => (r as Uint8Array).buffer as ArrayBuffer) : []);
});
