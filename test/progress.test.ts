/**
 * The progress line: its text and pacing as pure functions, then the real
 * CLI under a real terminal (tmux), and never when stderr is not one.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { clock, progressText, progressWanted, ProgressLine, PROGRESS_DELAY_MS } from "../src/cli/progress.js";
import { BIN, FIXTURES, runCli, tempDir } from "./helpers.js";

const ERASE = "\r\x1b[K";

function fakeTerminal(columns = 200) {
  const written: string[] = [];
  return { written, terminal: { isTTY: true, columns, write: (s: string) => written.push(s) } };
}

describe("progress text", () => {
  it("says files done of total, MB/s and the time left at the pace so far", () => {
    expect(progressText({ done: 250, total: 1000, bytes: 5e6, elapsedMs: 2000 })).toBe("extract: 250/1000 files · 2.5 MB/s · 0:06 left");
    expect(progressText({ done: 1000, total: 1000, bytes: 5e6, elapsedMs: 2000 })).toBe("extract: 1000/1000 files · 2.5 MB/s");
    expect(progressText({ done: 0, total: 10, bytes: 0, elapsedMs: 0 })).toBe("extract: 0/10 files · 0.0 MB/s");
  });

  it("writes the time left as a clock", () => {
    expect(clock(0)).toBe("0:00");
    expect(clock(59.6)).toBe("1:00");
    expect(clock(725)).toBe("12:05");
    expect(clock(3723)).toBe("1:02:03");
  });

  it("is wanted only on a terminal, outside CI, without --quiet", () => {
    const tty = { isTTY: true, write: () => true };
    expect(progressWanted(tty, {}, false)).toBe(true);
    expect(progressWanted({ isTTY: false, write: () => true }, {}, false)).toBe(false);
    expect(progressWanted(tty, { CI: "true" }, false)).toBe(false);
    expect(progressWanted(tty, { CI: "false" }, false)).toBe(true);
    expect(progressWanted(tty, {}, true)).toBe(false);
  });
});

describe("ProgressLine", () => {
  it("stays silent for the first second, then redraws at most every 100 ms", () => {
    let t = 0;
    const { written, terminal } = fakeTerminal();
    const line = new ProgressLine(terminal, () => t);
    line.setTotal(100);
    for (; t < PROGRESS_DELAY_MS; t += 10) line.advance(1000);
    expect(written).toEqual([]);
    for (let i = 0; i < 50; i++, t += 10) line.advance(1000); // 500 ms more
    expect(written.length).toBeGreaterThanOrEqual(4);
    expect(written.length).toBeLessThanOrEqual(6);
    expect(written.every((w) => w.startsWith(ERASE) && !w.includes("\n"))).toBe(true);
    expect(written.at(-1)).toMatch(/^\r\x1b\[Kextract: \d+\/100 files · [\d.]+ MB\/s/u);
  });

  it("prints a warning on a line of its own and redraws below it; clear erases it for the summary", () => {
    let t = 0;
    const { written, terminal } = fakeTerminal();
    const line = new ProgressLine(terminal, () => t);
    line.setTotal(10);
    t = 2000;
    line.advance(10);
    expect(written).toHaveLength(1);
    line.print("extract: a.txt: warning: encoding guessed\n");
    expect(written[1]).toBe(`${ERASE}extract: a.txt: warning: encoding guessed\n`);
    expect(written[2]).toMatch(/^\r\x1b\[Kextract: 1\/10 files/u);
    line.clear();
    expect(written.at(-1)).toBe(ERASE);
  });

  it("prints warnings unchanged before any line was drawn, and clear then writes nothing", () => {
    const { written, terminal } = fakeTerminal();
    const line = new ProgressLine(terminal, () => 0);
    line.print("extract: x\n");
    line.clear();
    expect(written).toEqual(["extract: x\n"]);
  });

  it("never writes a line wider than the terminal (it would wrap and \\r could not erase it)", () => {
    let t = 0;
    const { written, terminal } = fakeTerminal(20);
    const line = new ProgressLine(terminal, () => t);
    line.setTotal(123456);
    t = 5000;
    line.advance(1);
    expect(written[0]!.length - ERASE.length).toBeLessThan(20);
  });
});

/** A folder of copies of the seeds; 400 copies (2,000 reports) keep one worker busy well past the first second. */
function slowCorpus(copies: number): string {
  const dir = tempDir("solieu-progress-");
  const seeds = readdirSync(FIXTURES).filter((f) => f.endsWith(".txt"));
  for (let copy = 0; copy < copies; copy++) {
    for (const seed of seeds) writeFileSync(join(dir, `${String(copy).padStart(3, "0")}-${seed}`), readFileSync(join(FIXTURES, seed)));
  }
  return dir;
}

const hasTmux = spawnSync("tmux", ["-V"]).status === 0;

describe("extract on a terminal", () => {
  it.skipIf(!hasTmux)(
    "shows a live progress line under tmux and leaves only the summary at the end",
    async () => {
      const dir = slowCorpus(400);
      const out = join(dir, "out");
      const done = join(dir, "done");
      const session = `solieu-progress-${process.pid}`;
      const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "CI"));
      const command = `${process.execPath} ${BIN} ${dir} --out ${out} --jobs 1; echo exit=$? > ${done}; sleep 30`;
      const tmux = (...args: string[]) => spawnSync("tmux", args, { encoding: "utf8", env });
      expect(tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "10", command).status).toBe(0);
      try {
        const screens: string[] = [];
        for (let i = 0; i < 600 && !existsOrNull(done); i++) {
          screens.push(tmux("capture-pane", "-p", "-t", session).stdout);
          await new Promise((r) => setTimeout(r, 100));
        }
        const live = screens.find((s) => /extract: \d+\/2000 files · [\d.]+ MB\/s · \d+:\d\d left/u.test(s));
        expect(live, screens.at(-1)).toBeDefined();
        const final = tmux("capture-pane", "-p", "-t", session).stdout;
        expect(final).toMatch(/extract: 2000 documents, \d+ figures, 0 failures/u);
        expect(final).not.toMatch(/files · /u);
        expect(readFileSync(done, "utf8")).toBe("exit=0\n");
      } finally {
        tmux("kill-session", "-t", session);
      }
    },
    90_000,
  );

  it("writes only the summary line when stderr is not a terminal", () => {
    const dir = slowCorpus(40);
    const r = runCli([dir, "--out", join(dir, "out"), "--jobs", "1"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^extract: 200 documents, \d+ figures, 0 failures → [^\n]*\n$/u);
    expect(r.stderr).not.toMatch(/[\r\x1b]/u);
  }, 90_000);
});

function existsOrNull(path: string): boolean {
  try {
    readFileSync(path);
    return true;
  } catch {
    return false;
  }
}
