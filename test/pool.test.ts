/**
 * The worker pool on its own: a worker gives the same result as this thread,
 * and a worker that dies costs only the files it held, which are reported by
 * name, while a replacement takes the next ones.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { extractPath } from "../src/pipeline/files.js";
import { ExtractorPool } from "../src/pipeline/pool.js";
import { FIXTURES } from "./helpers.js";

const seeds = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => join(FIXTURES, f));
const OPTIONS = { maxBytes: 50 * 1024 * 1024, includeText: false };

/** The pool's worker threads, read from outside as a test may: killing one is the point. */
const workersOf = (pool: ExtractorPool) => (pool as unknown as { slots: Array<{ worker: Worker }> }).slots.map((s) => s.worker);

describe("ExtractorPool", () => {
  let pool: ExtractorPool | null = null;
  afterEach(async () => {
    await pool?.close();
    pool = null;
  });

  it("gives the same result as extracting in this thread", async () => {
    pool = new ExtractorPool(2, OPTIONS);
    const inWorkers = await Promise.all(seeds.map((s) => pool!.extract(s)));
    const here = await Promise.all(seeds.map((s) => extractPath(s, OPTIONS)));
    expect(JSON.stringify(inWorkers)).toBe(JSON.stringify(here));
    expect(inWorkers.every((r) => r.ok)).toBe(true);
  }, 60_000);

  it("reports the files of a worker that died as errors, by name, and goes on with a new worker", async () => {
    pool = new ExtractorPool(1, OPTIONS);
    const held = [pool.extract(seeds[0]!), pool.extract(seeds[1]!)];
    await workersOf(pool)[0]!.terminate();
    const lost = await Promise.all(held);
    for (const [i, result] of lost.entries()) {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.source).toBe(seeds[i]);
        expect(result.failure.status).toBe("error");
        expect(result.failure.message).toMatch(/worker thread extracting it stopped/u);
      }
    }
    const after = await pool.extract(seeds[2]!);
    expect(after.ok).toBe(true);
  }, 60_000);
});
