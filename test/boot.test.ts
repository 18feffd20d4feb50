/**
 * bin/extract runs the one-file bundle through V8's code cache
 * (scripts/bundle.mjs, src/cli/boot.ts); without the bundle it loads the
 * modules tsc wrote. Both must give the same output.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, rmSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, ROOT, runCli, tempDir } from "./helpers.js";

const BUNDLE = join(ROOT, "dist", "bundle", "extract.cjs");
const FIXTURE = join(FIXTURES, "001_d33448f198e4ce00.txt");

describe("the CLI bundle", () => {
  it("is built with a code cache that V8 accepts under the CLI's flags", () => {
    expect(existsSync(BUNDLE)).toBe(true);
    expect(existsSync(`${BUNDLE}.cache`)).toBe(true);
    // a fresh process: V8 checks the cache against the flags of the process reading it
    const probe = `
      import { setFlagsFromString } from "node:v8";
      import { CLI_V8_FLAGS, compileBundle } from ${JSON.stringify(join(ROOT, "dist", "cli", "bundle.js"))};
      setFlagsFromString(CLI_V8_FLAGS);
      console.log(JSON.stringify(compileBundle(${JSON.stringify(BUNDLE)}).cacheAccepted));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", probe], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout.trim()).toBe("true");
  });

  it("gives the output the modules give without it", () => {
    const bundled = runCli([FIXTURE, "--format", "json", "--quiet"]);
    expect(bundled.status).toBe(0);
    // a copy of the package whose dist/ has no bundle
    const copy = tempDir();
    try {
      cpSync(join(ROOT, "bin"), join(copy, "bin"), { recursive: true });
      cpSync(join(ROOT, "dist"), join(copy, "dist"), { recursive: true, filter: (src) => !src.includes(join("dist", "bundle")) });
      cpSync(join(ROOT, "package.json"), join(copy, "package.json"));
      symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"));
      expect(existsSync(join(copy, "dist", "bundle"))).toBe(false);
      const plain = spawnSync(process.execPath, [join(copy, "bin", "extract"), FIXTURE, "--format", "json", "--quiet"], { encoding: "utf8" });
      expect(plain.stderr).toBe("");
      expect(plain.status).toBe(0);
      expect(plain.stdout).toBe(bundled.stdout);
      expect(JSON.parse(plain.stdout)[0].figures.length).toBeGreaterThan(0);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
