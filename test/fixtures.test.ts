/**
 * The committed expected records of the seed reports (fixtures/expected,
 * written by `extract fixtures --check fixtures/expected --update` and
 * reviewed against SPEC.md) still agree with what the tool extracts. A change
 * in extraction fails here with the diff per document; if the change is
 * intended, regenerate with --update, review the diff, and commit it.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, runCli } from "./helpers.js";

const EXPECTED = join(FIXTURES, "expected");

describe("fixtures/expected", () => {
  it("has one expected record per seed report", () => {
    const reports = readdirSync(FIXTURES).filter((f) => f.endsWith(".txt")).map((f) => f.replace(/\.txt$/u, ""));
    const expected = readdirSync(EXPECTED).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/u, ""));
    expect(expected.sort()).toEqual(reports.sort());
  });

  it("agrees with what extract finds in the fixtures (run as CI runs it)", () => {
    const run = runCli([FIXTURES, "--check", EXPECTED], { env: { CI: "true" } });
    expect(run.stderr).toMatch(/check: 5 documents agree/u);
    expect(run.status, run.stderr).toBe(0);
  });
});
