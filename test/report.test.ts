/**
 * extract --report: the page a reviewer opens, rendered by headless Chromium
 * (Debian's `chromium`, driven by playwright-core; .ci/run installs it).
 * Without the browser this suite FAILS with a message: it is the proof the
 * page works, so it never skips.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { load } from "cheerio";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DocumentRecord } from "../src/schema.js";
import { FIXTURES, ROOT, runCli, tempDir } from "./helpers.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Page functions below run in the browser; the project's tsconfig has no DOM library, so declare the little they touch.
declare const getComputedStyle: (element: object, pseudo?: string) => { display: string; content: string; backgroundColor: string };
declare const location: { hash: string };
declare const window: { __pwned?: number };
declare const document: { images: { length: number } };

/** Findings the page must highlight: every figure, every mention of every reference, every person. */
function findingsOf(records: DocumentRecord[]): { total: number; byKind: Map<string, number> } {
  const byKind = new Map<string, number>();
  const add = (kind: string, n: number) => byKind.set(kind, (byKind.get(kind) ?? 0) + n);
  for (const r of records) {
    for (const f of r.figures) add(f.kind, 1);
    add("reference", r.references.reduce((n, x) => n + x.mentions.length, 0));
    add("person", r.people.length);
  }
  return { total: [...byKind.values()].reduce((a, b) => a + b, 0), byKind };
}

function render(inputs: string[]): { report: string; records: DocumentRecord[] } {
  const dir = tempDir();
  const report = join(dir, "report.html");
  const r = runCli([...inputs, "--out", join(dir, "out"), "--report", report, "--quiet"]);
  expect(r.status, r.stderr).toBe(0);
  return { report, records: JSON.parse(readFileSync(join(dir, "out", "records.json"), "utf8")) };
}

describe("extract --report in Chromium", () => {
  let browser: Browser;
  let page: Page;
  let fixtures: ReturnType<typeof render>;
  /** every URL the page asked for besides its own file */
  const requests: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`no Chromium at ${CHROMIUM}: install Debian's package (apt-get install -y chromium; .ci/run does) or set CHROMIUM_PATH`);
    }
    browser = await chromium.launch({ executablePath: CHROMIUM });
    fixtures = render([FIXTURES]);
    page = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
    page.on("request", (request) => {
      if (request.url() !== pathToFileURL(fixtures.report).href) requests.push(request.url());
    });
    await page.goto(pathToFileURL(fixtures.report).href);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("highlights every finding exactly once: figures, reference mentions, people", async () => {
    const { total, byKind } = findingsOf(fixtures.records);
    expect(total).toBeGreaterThan(0);
    expect(await page.locator("mark.hl").count()).toBe(total);
    for (const [kind, n] of byKind) expect(await page.locator(`mark.hl[data-kind="${kind}"]`).count(), kind).toBe(n);
    // and the summary's legend counts the same
    for (const [kind, n] of byKind) expect(await page.locator(`tr:has(#show-${kind}) td.n`).innerText(), kind).toBe(String(n));
    const figures = fixtures.records.reduce((n, r) => n + r.figures.length, 0);
    expect(await page.locator(".totals").innerText()).toContain(`${fixtures.records.length} documents · ${figures} figures`);
    expect(await page.locator("ol.toc > li").count()).toBe(fixtures.records.length);
  });

  it("shows a figure's normalised value, unit and qualifier when hovered, and when focused", async () => {
    await page.locator("button[data-open=all]").click();
    const [record, index] = fixtures.records.map((r, i) => [r, i] as const).find(([r]) => r.figures.some((f) => f.qualifier !== null))!;
    const figureIndex = record.figures.findIndex((f) => f.qualifier !== null);
    const figure = record.figures[figureIndex]!;
    const mark = page.locator(`#d${index + 1}-fig-${figureIndex}`);
    expect(await mark.innerText()).toBe(figure.text);
    const tipOf = () =>
      mark.evaluate((el) => {
        const after = getComputedStyle(el, "::after");
        return { display: after.display, content: after.content.replace(/\u202f/gu, "").replace(/\\a /gu, "\n") };
      });
    expect((await tipOf()).display).toBe("none");
    await mark.hover();
    const tip = await tipOf();
    expect(tip.display).toBe("block");
    expect(tip.content).toContain(`${figure.kind}: ${figure.value} ${figure.unit}`);
    expect(tip.content).toContain(`qualifier: ${figure.qualifier}`);
    expect(await mark.getAttribute("title")).toContain(figure.unit);
    expect(await mark.getAttribute("data-value")).toBe(String(figure.value));
    mkdirSync(join(ROOT, "out"), { recursive: true });
    await page.screenshot({ path: join(ROOT, "out", "report.png") });

    await page.mouse.move(0, 0);
    await mark.focus();
    expect((await tipOf()).display).toBe("block");
  });

  it("jumps from a figure table row to its highlight", async () => {
    const index = fixtures.records.length; // the last document
    const target = `d${index}-fig-0`;
    await page.locator(`#d${index} table.findings a[href="#${target}"]`).first().click();
    expect(await page.evaluate(() => location.hash)).toBe(`#${target}`);
    expect(await page.locator(`#${target}`).evaluate((el) => el.matches(":target"))).toBe(true);
    await expect.poll(() => page.locator(`#${target}`).isVisible()).toBe(true);
  });

  it("filters by kind: an unticked kind loses its colour and its table rows", async () => {
    const kind = fixtures.records[0]!.figures[0]!.kind;
    const mark = page.locator(`mark.hl[data-kind="${kind}"]`).first();
    const colour = () => mark.evaluate((el) => getComputedStyle(el).backgroundColor);
    const before = await colour();
    await page.locator(`#show-${kind}`).uncheck();
    expect(await colour()).not.toBe(before);
    expect(await page.locator(`tr[data-kind="${kind}"]`).first().isVisible()).toBe(false);
    await page.locator(`#show-${kind}`).check();
    expect(await colour()).toBe(before);
  });

  it("asks for nothing over the network and declares UTF-8 and Vietnamese", async () => {
    expect(requests).toEqual([]);
    const html = readFileSync(fixtures.report, "utf8");
    expect(html).not.toMatch(/<(link|img|iframe|object)\b|src=|url\(/u);
    expect(html).toMatch(/<meta charset="utf-8">/u);
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");
  });

  it("shows an input's markup as text and runs none of it", async () => {
    const dir = tempDir();
    const input = join(dir, "doc.txt");
    const hostile = `<script>window.__pwned = 1</script>`;
    writeFileSync(
      input,
      `Báo cáo ${hostile} năm 2024\n\nXã có 25 chi bộ <img src=x onerror="window.__pwned=2"> và "987" đảng viên & 'hơn 3 tỷ đồng'.\n`,
    );
    const { report, records } = render([input]);
    expect(records[0]!.title).toContain(hostile);
    const other = await browser.newPage();
    const errors: string[] = [];
    other.on("pageerror", (e) => errors.push(e.message));
    await other.goto(pathToFileURL(report).href);
    expect(await other.evaluate(() => window.__pwned)).toBeUndefined();
    expect(await other.evaluate(() => document.images.length)).toBe(0);
    expect(await other.locator("details.doc").getAttribute("open")).not.toBeNull(); // a lone document opens by itself
    expect(await other.locator("details.doc h2").innerText()).toBe(records[0]!.title);
    expect(await other.locator(".text").innerText()).toContain(`<img src=x onerror="window.__pwned=2">`);
    expect(await other.locator("mark.hl").count()).toBe(findingsOf(records).total);
    expect(errors).toEqual([]);
    await other.close();
  });
});

describe("extract --report and records.json", () => {
  it("extracts the text for the page but writes it to records.json only with --include-text", () => {
    const without = render([FIXTURES]).records;
    expect(without.filter((r) => "text" in r)).toEqual([]);
    const dir = tempDir();
    const r = runCli([FIXTURES, "--out", join(dir, "out"), "--report", join(dir, "report.html"), "--include-text", "--quiet"]);
    expect(r.status, r.stderr).toBe(0);
    const withText: DocumentRecord[] = JSON.parse(readFileSync(join(dir, "out", "records.json"), "utf8"));
    for (const record of withText) expect(record.text!.slice(record.figures[0]!.start, record.figures[0]!.end)).toBe(record.figures[0]!.text);
  });
});

describe("extract --report with many documents", () => {
  it("lists every document in the contents, collapsed, and grows in proportion to the input", () => {
    const sizes: number[] = [];
    for (const n of [20, 200]) {
      const dir = tempDir();
      mkdirSync(join(dir, "in"));
      for (let i = 0; i < n; i++) writeFileSync(join(dir, "in", `${String(i).padStart(4, "0")}.txt`), `Báo cáo số ${i}\n\nPhường có ${i + 2} chi bộ, ${i + 100} đảng viên.\n`);
      const { report, records } = render([join(dir, "in")]);
      const $ = load(readFileSync(report, "utf8"));
      expect($("ol.toc > li")).toHaveLength(n);
      expect($("details.doc")).toHaveLength(n);
      expect($("details.doc[open]")).toHaveLength(0);
      expect($("mark.hl")).toHaveLength(findingsOf(records).total);
      expect(readdirSync(dirname(report)).sort()).toEqual(["out", "report.html"]); // no scratch file left behind
      sizes.push(readFileSync(report).length);
    }
    // ten times the documents: about ten times the page (the fixed style and summary make it a little less)
    expect(sizes[1]! / sizes[0]!).toBeGreaterThan(6);
    expect(sizes[1]! / sizes[0]!).toBeLessThan(11);
  });
});
