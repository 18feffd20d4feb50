/**
 * The worker pool on its own: a worker gives the same result as this thread,
 * and a worker that dies costs only the files it held, which are reported by
 * name, while a replacement takes the next ones.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { extractPath, renderResult, type RenderedRecord } from "../src/pipeline/files.js";
import { ExtractorPool } from "../src/pipeline/pool.js";
import { TABLE_NAMES } from "../src/schema.js";
import type { Rendering } from "../src/writers/render.js";
import { FIXTURES } from "./helpers.js";

const seeds = readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => join(FIXTURES, f));
const OPTIONS = { maxBytes: 50 * 1024 * 1024, includeText: false };

/** The pool's worker threads, read from outside as a test may: killing one is the point. */
const workersOf = (pool: ExtractorPool<unknown>) => (pool as unknown as { slots: Array<{ worker: Worker }> }).slots.map((s) => s.worker);

describe("ExtractorPool", () => {
  let pools: Array<ExtractorPool<unknown>> = [];
  const started = <Ok>(pool: ExtractorPool<Ok>) => (pools.push(pool), pool);
  afterEach(async () => {
    await Promise.all(pools.map((p) => p.close()));
    pools = [];
  });

  it("gives the same result as extracting in this thread", async () => {
    const pool = started(new ExtractorPool(2, OPTIONS));
    const inWorkers = await Promise.all(seeds.map((s) => pool.extract(s)));
    const here = await Promise.all(seeds.map((s) => extractPath(s, OPTIONS)));
    expect(JSON.stringify(inWorkers)).toBe(JSON.stringify(here));
    expect(inWorkers.every((r) => r.ok)).toBe(true);
  }, 60_000);

  it("renders each record in the worker as this thread renders it, handed over as UTF-8 bytes", async () => {
    const renderings: Rendering[] = [{ format: "json" }, { format: "ndjson" }, ...TABLE_NAMES.map((table) => ({ format: "csv" as const, table }))];
    const pool = started(new ExtractorPool<RenderedRecord>(2, { ...OPTIONS, renderings }));
    const inWorkers = await Promise.all(seeds.map((s) => pool.extract(s)));
    for (const [i, result] of inWorkers.entries()) {
      const here = renderResult(await extractPath(seeds[i]!, OPTIONS), renderings);
      expect(result.ok && here.ok).toBe(true);
      if (!result.ok || !here.ok) continue;
      expect(result.summary).toEqual(here.summary);
      expect(result.rendered.map((bytes) => Buffer.from(bytes as Uint8Array).toString("utf8"))).toEqual(here.rendered);
      expect(result.summary.figures).toBeGreaterThan(0);
    }
  }, 60_000);

  it("reports the files of a worker that died as errors, by name, and goes on with a new worker", async () => {
    const pool = started(new ExtractorPool(1, OPTIONS));
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
