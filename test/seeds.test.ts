/**
 * The seed reports scored against the shared gold files with the shared
 * scorer, as a regression floor. Skipped (loudly) where ../shared is absent.
 */
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, ROOT, runCli, tempDir } from "./helpers.js";

const SHARED = join(ROOT, "..", "shared", "eval");
const available = existsSync(join(SHARED, "score.mjs")) && existsSync(join(SHARED, "gold"));
if (!available) console.warn(`seeds.test: ${SHARED} not found, seed score not checked`);

describe.skipIf(!available)("seed score (shared gold, shared scorer)", () => {
  it("meets the bar: figures F1 ≥ 0.95, references F1 = 1, people F1 ≥ 0.9, metadata all correct", () => {
    const run = runCli([FIXTURES, "--format", "json", "--quiet"]);
    expect(run.status).toBe(0);
    const pred = join(tempDir(), "pred.json");
    writeFileSync(pred, run.stdout);
    const scored = spawnSync(process.execPath, [join(SHARED, "score.mjs"), "--gold", join(SHARED, "gold"), "--pred", pred, "--json"], { encoding: "utf8" });
    expect(scored.status).toBe(0);
    const summary = JSON.parse(scored.stdout);
    expect(summary.missingDocuments).toEqual([]);
    expect(summary.figures.F1).toBeGreaterThanOrEqual(0.95);
    expect(summary.references.F1).toBe(1);
    expect(summary.people.F1).toBeGreaterThanOrEqual(0.9);
    expect(summary.metadata).toEqual({ title: 1, published: 1, author: 1 });
  });
});
