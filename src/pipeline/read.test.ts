/** The input walk: order, overlap, failures; lazy, so it is checked entry by entry. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { countInputs, walkInputs, type InputEntry } from "./read.js";

async function walk(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const e of walkInputs(inputs)) out.push(show(e));
  return out;
}
const show = (e: InputEntry) => ("path" in e ? e.path : `! ${e.failure.source}: ${e.failure.message}`);

describe("walkInputs", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "solieu-walk-"));
    mkdirSync(join(dir, "b", "sub"), { recursive: true });
    for (const f of ["a.txt", "b/z.md", "b/c.html", "b/sub/d.text", "b/skip.pdf", "b/.hidden.txt", "e.TXT"]) writeFileSync(join(dir, f), "x");
    symlinkSync(join(dir, "nowhere.txt"), join(dir, "b", "dangling.txt"));
  });

  it("walks folders recursively in sorted order, by extension, skipping hidden files and reporting dangling links", async () => {
    expect((await walk([dir])).map((p) => p.replace(dir, "D"))).toEqual([
      "D/a.txt",
      "D/b/c.html",
      "! D/b/dangling.txt: dangling symbolic link (its target does not exist)",
      "D/b/sub/d.text",
      "D/b/z.md",
      "D/e.TXT",
    ]);
  });

  it("keeps the order the inputs were given and meets each file once when they overlap", async () => {
    const a = join(dir, "a.txt");
    const b = join(dir, "b");
    const sub = join(b, "sub");
    const z = join(b, "z.md");
    const rel = (list: string[]) => list.filter((p) => !p.startsWith("!")).map((p) => p.replace(dir, "D"));
    expect(rel(await walk([z, b]))).toEqual(["D/b/z.md", "D/b/c.html", "D/b/sub/d.text"]);
    expect(rel(await walk([b, z, `${b}/`, sub]))).toEqual(["D/b/c.html", "D/b/sub/d.text", "D/b/z.md"]);
    expect(rel(await walk([sub, b]))).toEqual(["D/b/sub/d.text", "D/b/c.html", "D/b/z.md"]);
    expect(rel(await walk([a, a, "-", "-"]))).toEqual(["D/a.txt", "-"]);
    // a file named outright is read whatever its extension, even inside a walked folder
    expect(rel(await walk([b, join(b, "skip.pdf")]))).toEqual(["D/b/c.html", "D/b/sub/d.text", "D/b/z.md", "D/b/skip.pdf"]);
  });

  it("reports a missing input by name and goes on", async () => {
    const list = await walk([join(dir, "missing"), join(dir, "a.txt")]);
    expect(list[0]).toMatch(/^! .*missing: no such file or folder$/u);
    expect(list[1]).toBe(join(dir, "a.txt"));
  });

  it("counts what it would yield", async () => {
    expect(await countInputs([dir, join(dir, "missing")])).toEqual({ entries: 7, files: 5 });
  });
});
