/**
 * Output is streamed as documents finish: a reader on a pipe sees the first
 * record while the run is still waiting for the next input.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, FIXTURES } from "./helpers.js";

const seed = join(FIXTURES, readdirSync(FIXTURES).find((f) => f.endsWith(".txt"))!);

describe("streamed output", () => {
  it("hands the first NDJSON record to the pipe before the run ends (stdin still open)", async () => {
    const child = spawn(process.execPath, [BIN, seed, "-", "--format", "ndjson", "--quiet"], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    child.stdout.setEncoding("utf8");
    const firstLine = new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (d: string) => {
        stdout += d;
        if (stdout.includes("\n")) resolve(stdout.slice(0, stdout.indexOf("\n")));
      });
      child.on("close", () => reject(new Error(`ended before any line: ${stdout}`)));
    });
    // the second input, stdin, is not finished: the first record must come anyway
    const line = await firstLine;
    expect(JSON.parse(line).source).toBe(seed);
    expect(child.exitCode).toBeNull();
    child.stdin.end(readFileSync(seed));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    expect(stdout.trim().split("\n")).toHaveLength(2);
  }, 60_000);
});
