/**
 * --jobs: files spread over worker threads give the same bytes as one
 * thread, in input order, failures included.
 */
import { cpSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT, runCli, tempDir } from "./helpers.js";

const INPUTS = join(ROOT, "test", "inputs");
const OUT_FILES = ["records.json", "figures.csv", "documents.csv", "references.csv", "people.csv", "run.json"];

/** The seeds and the bad and foreign inputs, several times over with the numbers changed, so every worker gets many files. */
function corpus(): string {
  const dir = tempDir("solieu-jobs-");
  cpSync(INPUTS, join(dir, "inputs"), { recursive: true });
  const seeds = readdirSync(FIXTURES).filter((f) => f.endsWith(".txt"));
  for (let copy = 0; copy < 4; copy++) {
    for (const seed of seeds) {
      const text = readFileSync(join(FIXTURES, seed), "utf8").replace(/\d/gu, (d) => String((Number(d) + copy) % 10));
      writeFileSync(join(dir, `copy${copy}-${seed}`), text);
    }
  }
  return dir;
}

describe("extract --jobs", () => {
  let dir: string;
  const runs = new Map<number, { status: number | null; stderr: string; out: string }>();
  beforeAll(() => {
    dir = corpus();
    for (const jobs of [1, 3]) {
      const out = join(tempDir(), "out");
      // a missing path among the inputs keeps its place in the order too
      const r = runCli([dir, join(dir, "missing.txt"), "--out", out, "--jobs", String(jobs)]);
      runs.set(jobs, { status: r.status, stderr: r.stderr, out });
    }
  }, 120_000);

  it("writes the same bytes into every output file with 3 workers as with 1", () => {
    const one = runs.get(1)!;
    const three = runs.get(3)!;
    for (const file of OUT_FILES) {
      const a = readFileSync(join(one.out, file), "utf8").replaceAll(one.out, "");
      const b = readFileSync(join(three.out, file), "utf8").replaceAll(three.out, "");
      expect(b, file).toBe(a);
    }
    const records = JSON.parse(readFileSync(join(three.out, "records.json"), "utf8")) as unknown[];
    expect(records.length).toBeGreaterThan(20);
  });

  it("reports the same failures, in the same order, with the same exit code", () => {
    const one = runs.get(1)!;
    const three = runs.get(3)!;
    expect(one.status).toBe(1); // the bad inputs and the missing path
    expect(three.status).toBe(one.status);
    expect(three.stderr.replaceAll(three.out, "OUT")).toBe(one.stderr.replaceAll(one.out, "OUT"));
    expect(three.stderr).toMatch(/missing\.txt: unreadable/u);
    expect(three.stderr).toMatch(/binary\.txt: /u);
  });

  it("streams the same NDJSON and CSV to stdout, stdin included", () => {
    const stdin = readFileSync(join(FIXTURES, readdirSync(FIXTURES).find((f) => f.endsWith(".txt"))!));
    // with --include-text the workers render each record with its text
    for (const args of [["--format", "ndjson"], ["--format", "csv", "--table", "people"], ["--format", "json", "--include-text"]]) {
      const a = runCli([dir, "-", ...args, "--jobs", "1"], { input: stdin });
      const b = runCli([dir, "-", ...args, "--jobs", "2"], { input: stdin });
      expect(a.stdout.length).toBeGreaterThan(1000);
      expect(b.stdout).toBe(a.stdout);
      expect(b.status).toBe(a.status);
    }
  }, 120_000);

  it("refuses a --jobs that is not a positive whole number, as a usage error", () => {
    for (const bad of ["0", "-2", "1.5", "many", ""]) {
      const r = runCli([FIXTURES, "--format", "json", "--jobs", bad]);
      expect(r.status, bad).toBe(2);
      expect(r.stderr).toMatch(/--jobs/u);
      expect(r.stdout).toBe("");
    }
  });
});
