/**
 * One worker thread of `--jobs N` (see pool.ts): reads and extracts the files
 * it is sent, with the same function the main thread uses for `--jobs 1`, so
 * the records are the same.
 */
import { parentPort, workerData } from "node:worker_threads";
import { extractBytes, extractPath } from "./files.js";
import type { PoolOptions, WorkRequest, WorkResponse } from "./pool.js";

const options = workerData as PoolOptions;
const port = parentPort!;

port.on("message", async ({ id, source, bytes }: WorkRequest) => {
  const result = bytes ? extractBytes(source, bytes, options) : await extractPath(source, options);
  const response: WorkResponse = { id, result };
  port.postMessage(response);
});
