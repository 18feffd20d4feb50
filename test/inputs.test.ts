/**
 * Real-world input, through the real binary: saved web pages, Windows-era
 * encodings, and files that cannot be read. Each bad input gets one stderr
 * line naming it and a status in run.json; every other file is written in
 * full; the exit code is 1. The foreign copies of test/inputs/report.txt
 * (written by test/inputs/make.mjs) must give the same figures as the UTF-8 text.
 */
import { spawn } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, FIXTURES, ROOT, runCli, tempDir } from "./helpers.js";

const INPUTS = join(ROOT, "test", "inputs");

interface Figure {
  kind: string;
  value: number;
  unit: string;
  qualifier: string | null;
  of: number | null;
  to: number | null;
  per: string | null;
  text: string;
  start: number;
  end: number;
}
interface RecordOut {
  id: string;
  source: string;
  encoding: string;
  sha256: string;
  title: string | null;
  published: string | null;
  publishedTime: string | null;
  author: string | null;
  figures: Figure[];
  warnings: string[];
  text?: string;
}
interface RunEntry {
  source: string;
  status: string;
  message: string | null;
  encoding: string | null;
  warnings: string[];
  figures: number;
}

/** What each file in test/inputs must give: a status, and for readable ones the encoding. */
const EXPECTED: Record<string, { status: string; encoding?: string; guessed?: boolean }> = {
  "binary.txt": { status: "binary" },
  "blank.txt": { status: "empty" },
  "empty.txt": { status: "empty" },
  "invalid-utf8.txt": { status: "undecodable" },
  "latin1.txt": { status: "undecodable" },
  "page-cp1258.html": { status: "ok", encoding: "windows-1258" },
  "page-saved-as.txt": { status: "ok", encoding: "utf-8" },
  "page.html": { status: "ok", encoding: "utf-8" },
  "report-bom.txt": { status: "ok", encoding: "utf-8-bom" },
  "report-cp1258.txt": { status: "ok", encoding: "windows-1258", guessed: true },
  "report-nfd.txt": { status: "ok", encoding: "utf-8" },
  "report-old-tone.txt": { status: "ok", encoding: "utf-8" },
  "report-utf16be.txt": { status: "ok", encoding: "utf-16be" },
  "report-utf16le.txt": { status: "ok", encoding: "utf-16le" },
  "report.txt": { status: "ok", encoding: "utf-8" },
};

const name = (path: string) => path.split("/").pop()!;
/** A figure as the scorer compares it; units folded to one tone placement (`hoá` = `hóa`). */
const key = (f: Figure) => [f.kind, f.value, f.unit.replace(/hoá/gu, "hóa").replace(/uỷ/gu, "ủy"), f.qualifier, f.of, f.to, f.per, f.start, f.end];

describe("the inputs folder: every outcome, one run", () => {
  let out: string;
  let run: ReturnType<typeof runCli>;
  let records: Map<string, RecordOut>;
  let report: { inputs: RunEntry[]; documents: number; failures: number };
  beforeAll(() => {
    out = join(tempDir(), "out");
    run = runCli([INPUTS, "--out", out, "--include-text"]);
    records = new Map((JSON.parse(readFileSync(join(out, "records.json"), "utf8")) as RecordOut[]).map((r) => [name(r.source), r]));
    report = JSON.parse(readFileSync(join(out, "run.json"), "utf8"));
  });

  it("exits 1, names each bad file once on stderr with its status, and writes every good one", () => {
    expect(run.status).toBe(1);
    const bad = Object.entries(EXPECTED).filter(([, e]) => e.status !== "ok");
    for (const [file, e] of bad) {
      const lines = run.stderr.split("\n").filter((l) => l.includes(`/${file}:`) && !l.includes("warning"));
      expect(lines, file).toHaveLength(1);
      expect(lines[0]).toContain(`: ${e.status}: `);
    }
    const good = Object.keys(EXPECTED).filter((f) => EXPECTED[f]!.status === "ok");
    expect([...records.keys()].sort()).toEqual(good.sort());
  });

  it("run.json lists every input in order with its status and encoding; the stray PDF is not walked", () => {
    const listed = report.inputs.map((e) => name(e.source));
    expect(listed).toEqual(Object.keys(EXPECTED).sort());
    for (const entry of report.inputs) {
      const expected = EXPECTED[name(entry.source)]!;
      expect(entry.status, entry.source).toBe(expected.status);
      expect(entry.encoding).toBe(expected.encoding ?? null);
      expect(entry.message === null).toBe(expected.status === "ok");
    }
    expect(report.failures).toBe(Object.values(EXPECTED).filter((e) => e.status !== "ok").length);
  });

  it("warns when the encoding was guessed, and only then", () => {
    for (const [file, e] of Object.entries(EXPECTED).filter(([, e]) => e.status === "ok")) {
      const guessed = records.get(file)!.warnings.some((w) => w.startsWith("encoding guessed: windows-1258"));
      expect(guessed, file).toBe(e.guessed === true);
    }
    expect(run.stderr).toMatch(/report-cp1258\.txt: warning: encoding guessed: windows-1258/u);
  });

  it("the same report in any encoding, NFD or CRLF gives the same text and the same figures", () => {
    const reference = records.get("report.txt")!;
    expect(reference.figures.length).toBeGreaterThan(10);
    for (const file of ["report-bom.txt", "report-utf16le.txt", "report-utf16be.txt", "report-cp1258.txt", "report-nfd.txt"]) {
      const r = records.get(file)!;
      expect(r.sha256, file).toBe(reference.sha256);
      expect(r.figures, file).toEqual(reference.figures);
      expect([r.title, r.published, r.author]).toEqual([reference.title, reference.published, reference.author]);
    }
  });

  it("old-style tone placement gives the same figures, each unit spelled as its source spells it", () => {
    const reference = records.get("report.txt")!;
    const old = records.get("report-old-tone.txt")!;
    expect(old.figures.map(key)).toEqual(reference.figures.map(key));
    expect(old.figures.map((f) => f.unit)).toContain("nhà văn hoá");
  });
});

describe("saved web pages", () => {
  let page: RecordOut;
  let encoded: RecordOut;
  let savedAs: RecordOut;
  beforeAll(() => {
    const r = runCli([join(INPUTS, "page.html"), join(INPUTS, "page-cp1258.html"), join(INPUTS, "page-saved-as.txt"), "--format", "json", "--include-text", "--quiet"]);
    expect(r.status).toBe(0);
    [page, encoded, savedAs] = JSON.parse(r.stdout) as [RecordOut, RecordOut, RecordOut];
  });

  it("reads the article: menus, navigation, scripts, comments, related news, sidebars and footers are gone", () => {
    const text = page.text!;
    expect(text).toContain("Đảng bộ xã có 18 chi bộ trực thuộc, 642 đảng viên");
    for (const furniture of ["Trang chủ", "Thời sự 24h", "window.stats", "color: red", "bình luận", "Chia sẻ", "Tin liên quan", "Đọc nhiều", "Tổng lượt truy cập", "0206 3855 011"]) {
      expect(text, furniture).not.toContain(furniture);
    }
  });

  it("keeps neighbouring table cells and paragraphs apart, and inline elements together", () => {
    const text = page.text!;
    expect(text).not.toMatch(/1\.234567/u);
    expect(text).toMatch(/1\.234[ \t]+567/u);
    expect(text).toMatch(/đồng\/người\/năm\.\nDiện tích/u); // <br> ends a line
    expect(text).toContain("677 ha"); // <span> runs on
    for (const f of page.figures) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(page.figures.map((f) => f.text)).toEqual(expect.arrayContaining(["18 chi bộ", "642 đảng viên", "hơn 12,5 tỷ đồng", "2,35%", "677 ha"]));
  });

  it("takes the title and the publication date from the page's markup", () => {
    expect(page.title).toBe("Đảng bộ xã Thủy Xuân: nhiều kết quả nổi bật");
    expect([page.published, page.publishedTime]).toEqual(["2024-03-15", "08:30"]);
    expect(page.author).toBe("Nguyễn Thị Minh");
  });

  it("a page in its declared charset, or saved under a .txt name, reads the same", () => {
    expect(encoded.encoding).toBe("windows-1258");
    expect(encoded.warnings).toEqual([]);
    for (const r of [encoded, savedAs]) {
      expect(r.text).toBe(page.text);
      expect(r.figures).toEqual(page.figures);
      expect([r.title, r.published]).toEqual([page.title, page.published]);
    }
  });

  it("a page with no article text is empty, not an error", () => {
    const r = runCli(["-", "--format", "json"], { input: "<!doctype html><html><body><nav>Trang chủ</nav><script>1</script></body></html>" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^extract: -: empty: the page holds no article text$/mu);
  });
});

describe("paths that cannot be read", () => {
  it("a missing file, a dangling link, a file named explicitly that is binary, and a file over --max-bytes: each named once, the rest written", () => {
    const dir = tempDir();
    symlinkSync(join(dir, "gone.txt"), join(dir, "dangling.txt"));
    writeFileSync(join(dir, "big.txt"), "Xã có 3 thôn. ".repeat(100));
    const out = join(dir, "out");
    const r = runCli([join(dir, "missing.txt"), join(dir, "dangling.txt"), join(INPUTS, "stray.pdf"), join(dir, "big.txt"), join(INPUTS, "report.txt"), "--max-bytes", "1000", "--out", out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/missing\.txt: unreadable: no such file or folder/u);
    expect(r.stderr).toMatch(/dangling\.txt: unreadable: dangling symbolic link/u);
    expect(r.stderr).toMatch(/stray\.pdf: binary: /u);
    expect(r.stderr).toContain(`big.txt: too-large: ${Buffer.byteLength("Xã có 3 thôn. ") * 100} bytes, over the limit of 1000 (--max-bytes)`);
    expect(r.stderr).toMatch(/1 documents, \d+ figures, 4 failures/u);
    const report = JSON.parse(readFileSync(join(out, "run.json"), "utf8"));
    expect(report.inputs.map((e: RunEntry) => [name(e.source), e.status])).toEqual([
      ["missing.txt", "unreadable"],
      ["dangling.txt", "unreadable"],
      ["stray.pdf", "binary"],
      ["big.txt", "too-large"],
      ["report.txt", "ok"],
    ]);
    expect(JSON.parse(readFileSync(join(out, "records.json"), "utf8")).map((x: RecordOut) => x.id)).toEqual(["report"]);
  });

  it("a dangling link met while walking a folder is named; a folder's stray PDF is skipped", () => {
    const dir = tempDir();
    copyFileSync(join(INPUTS, "report.txt"), join(dir, "a.txt"));
    copyFileSync(join(INPUTS, "stray.pdf"), join(dir, "b.pdf"));
    symlinkSync(join(dir, "nowhere.txt"), join(dir, "c.txt"));
    const r = runCli([dir, "--format", "ndjson"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/c\.txt: unreadable: dangling symbolic link/u);
    expect(r.stderr).not.toContain("b.pdf");
    expect(r.stdout.trim().split("\n")).toHaveLength(1);
  });

  it("standard input over --max-bytes is refused without reading it all", () => {
    const r = runCli(["-", "--max-bytes", "100", "--format", "json"], { input: "Xã có 3 thôn. ".repeat(1000) });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/-: too-large: more than 100 bytes/u);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)("a file without read permission is unreadable", () => {
    const dir = tempDir();
    const path = join(dir, "locked.txt");
    writeFileSync(path, "Xã có 3 thôn.");
    chmodSync(path, 0o000);
    const r = runCli([path, "--format", "json"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/locked\.txt: unreadable: permission denied/u);
  });
});

describe("spreadsheet safety", () => {
  it("out/ CSV files start with a BOM, stdout CSV only with --bom; formula-like text cells are neutralised, numbers stay numbers", () => {
    const dir = tempDir();
    const file = join(dir, "formula.txt");
    writeFileSync(file, '=HYPERLINK("http://x","bấm")\n\n-Xã có 25 chi bộ, 987 đảng viên, "giảm" 13/10 hộ nghèo.\n');
    const out = join(dir, "out");
    expect(runCli([file, "--out", out, "--quiet"]).status).toBe(0);
    for (const table of ["figures", "documents", "references", "people"]) expect(readFileSync(join(out, `${table}.csv`), "utf8").startsWith("\ufeff")).toBe(true);
    const documents = readFileSync(join(out, "documents.csv"), "utf8");
    expect(documents).toContain(`"'=HYPERLINK(""http://x"",""bấm"")"`);
    const figures = readFileSync(join(out, "figures.csv"), "utf8");
    const row = figures.split("\n").find((l) => l.includes(",987 đảng viên,"))!;
    expect(row).toMatch(/^formula,count,987,đảng viên,/u); // value unquoted: a number
    expect(row).toContain(`"'-Xã có 25 chi bộ, 987 đảng viên, ""giảm"" 13/10 hộ nghèo."`); // sentence neutralised and RFC 4180 quoted
    const stdout = runCli([file, "--format", "csv", "--quiet"]);
    expect(stdout.stdout.startsWith("id,")).toBe(true);
    expect(runCli([file, "--format", "csv", "--bom", "--quiet"]).stdout.startsWith("\ufeffid,")).toBe(true);
  });
});

describe("output that is complete or absent", () => {
  it("a broken pipe (`extract … --format csv | head`) exits quietly", async () => {
    const big = join(tempDir(), "many");
    mkdirSync(big);
    for (let i = 0; i < 40; i++) copyFileSync(join(FIXTURES, readdirSync(FIXTURES).filter((f) => f.endsWith(".txt"))[i % 5]!), join(big, `${String(i).padStart(2, "0")}.txt`));
    const child = spawn(process.execPath, [BIN, big, "--format", "csv", "--quiet"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.stdout.once("data", () => child.stdout.destroy()); // `head` reads a line and leaves
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("an interrupted run leaves neither a half-written file nor a temporary one", async () => {
    const out = join(tempDir(), "out");
    // stdin left open: the run has opened its temporary files and waits for input
    const child = spawn(process.execPath, [BIN, "-", "--out", out], { stdio: ["pipe", "ignore", "pipe"] });
    child.stdin.write("Xã có 3 thôn.");
    for (let i = 0; i < 200 && !(existsSync(out) && readdirSync(out).some((f) => f.endsWith(".tmp"))); i++) await new Promise((r) => setTimeout(r, 25));
    expect(readdirSync(out).filter((f) => f.endsWith(".tmp")).length).toBeGreaterThan(0);
    child.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(130);
    expect(readdirSync(out)).toEqual([]);
  });
});
