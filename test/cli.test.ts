/** The extract command as a user runs it: the real built binary, in temp folders. */
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, runCli, tempDir } from "./helpers.js";

const SEED = join(FIXTURES, "000_c094ad408fb18e51.txt");
const seedFiles = readdirSync(FIXTURES).filter((f) => f.endsWith(".txt")).sort();

describe("extract (CLI)", () => {
  let outDir: string;
  let run: ReturnType<typeof runCli>;
  beforeAll(() => {
    outDir = join(tempDir(), "out");
    run = runCli([FIXTURES, "--out", outDir]);
  });

  it("writes records.json and the CSV tables into --out, with a summary on stderr and nothing on stdout", () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(new RegExp(`${seedFiles.length} documents, \\d+ figures, 0 failures`));
    for (const f of ["records.json", "figures.csv", "documents.csv", "references.csv", "people.csv"]) expect(existsSync(join(outDir, f))).toBe(true);
    const records = JSON.parse(readFileSync(join(outDir, "records.json"), "utf8"));
    expect(records.map((r: { id: string }) => r.id)).toEqual(seedFiles.map((f) => f.replace(/\.txt$/u, "")));
  });

  it("figures.csv has one row per figure, with the documented columns first", () => {
    const records = JSON.parse(readFileSync(join(outDir, "records.json"), "utf8"));
    const figureCount = records.reduce((n: number, r: { figures: unknown[] }) => n + r.figures.length, 0);
    const csv = readFileSync(join(outDir, "figures.csv"), "utf8");
    expect(csv.startsWith("\ufeff")).toBe(true);
    const header = csv.slice(1).split("\n")[0]!;
    expect(header.startsWith("id,kind,value,unit,qualifier,of,to,per,text,start,end,sentence")).toBe(true);
    // every figure is one record row; quoted cells may hold no newline since sentences are one line
    expect(csv.trimEnd().split("\n").length - 1).toBe(figureCount);
  });

  it("--format json writes the records array to stdout and no files", () => {
    const cwd = tempDir();
    const r = runCli([SEED, "--format", "json"], { cwd });
    expect(r.status).toBe(0);
    const records = JSON.parse(r.stdout);
    expect(records).toHaveLength(1);
    expect(records[0].id).toBe("000_c094ad408fb18e51");
    expect(existsSync(join(cwd, "out"))).toBe(false);
  });

  it("--format ndjson writes one record per line", () => {
    const r = runCli([FIXTURES, "--format", "ndjson", "--quiet"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(seedFiles.length);
    for (const line of lines) expect(JSON.parse(line).figures.length).toBeGreaterThan(0);
  });

  it("--format csv --table picks the table; stdout CSV has no BOM", () => {
    const r = runCli([SEED, "--format", "csv", "--table", "documents", "--quiet"]);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith("id,source,title")).toBe(true);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(2);
  });

  it("reads standard input with -", () => {
    const r = runCli(["-", "--format", "json", "--quiet"], { input: "Đảng bộ phường có 25 chi bộ trực thuộc, 987 đảng viên." });
    expect(r.status).toBe(0);
    const [record] = JSON.parse(r.stdout);
    expect(record.id).toBe("stdin");
    expect(record.figures.map((f: { value: number; unit: string }) => [f.value, f.unit])).toEqual([
      [25, "chi bộ"],
      [987, "đảng viên"],
    ]);
  });

  it("reports a missing input by name, still writes the others, and exits 1", () => {
    const dir = tempDir();
    const r = runCli([join(dir, "nope.txt"), SEED, "--out", join(dir, "out")]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("nope.txt");
    expect(r.stderr).toMatch(/1 documents, \d+ figures, 1 failures/u);
    const records = JSON.parse(readFileSync(join(dir, "out", "records.json"), "utf8"));
    expect(records.map((x: { id: string }) => x.id)).toEqual(["000_c094ad408fb18e51"]);
  });

  it("walks folders recursively in a stable, sorted order", () => {
    const dir = tempDir();
    mkdirSync(join(dir, "b", "c"), { recursive: true });
    writeFileSync(join(dir, "b", "c", "z.md"), "Xã có 3 thôn.");
    writeFileSync(join(dir, "b", "a.text"), "Xã có 4 thôn.");
    writeFileSync(join(dir, "a.txt"), "Xã có 5 thôn.");
    writeFileSync(join(dir, "skip.json"), "{}");
    const r = runCli([dir, "--format", "ndjson", "--quiet"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).id)).toEqual(["a", "a", "z"]);
  });

  it("exits 2 with a clear message when no input is given or an option is unknown", () => {
    const none = runCli([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/no input/u);
    const unknown = runCli([SEED, "--frobnicate"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option/u);
    const badFormat = runCli([SEED, "--format", "xml"]);
    expect(badFormat.status).toBe(2);
  });

  it("--help and --version work", () => {
    const help = runCli(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--format");
    const version = runCli(["--version"]);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/u);
  });

  it("--schema prints a JSON Schema whose figure kinds are the schema's", () => {
    const r = runCli(["--schema"]);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(JSON.stringify(schema)).toContain("\"duration\"");
    expect(schema.properties.figures.type).toBe("array");
  });
});
