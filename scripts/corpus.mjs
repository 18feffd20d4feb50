/**
 * A synthetic corpus for the benchmark, built from the fixtures outside the
 * repository: every document is a seed report with its numbers, names and
 * paragraph order varied (no two are equal), one in ten is a saved web page,
 * and a few are 1 MB long. Deterministic: the same arguments give the same
 * bytes, and a corpus already built with them is reused.
 *
 *   node scripts/corpus.mjs [--docs 10000] [--dir <folder>]
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const FIXTURES = fileURLToPath(new URL("../fixtures/", import.meta.url));
const VERSION = 1;
const PER_FOLDER = 100;
const HTML_EVERY = 10;
const LARGE_EVERY = 2500;
const LARGE_BYTES = 1024 * 1024;
const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đàm"];
const SURNAME = new RegExp(`(?<![\\p{L}\\p{M}])(${SURNAMES.join("|")})(?= \\p{Lu})`, "gu");

/** mulberry32: small, fast and the same everywhere. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Digits changed at random, separators kept, so `2.315.414.600` stays a grouped number and `18/5/2021` a date shape. */
function varyDigits(text, rnd) {
  return text.replace(/\d+/gu, (run) =>
    [...run].map((d, i) => (rnd() < 0.35 ? String(i === 0 && run.length > 1 ? 1 + Math.floor(rnd() * 9) : Math.floor(rnd() * 10)) : d)).join(""),
  );
}

/** Surnames swapped by one permutation per document, so names vary but stay names. */
function varyNames(text, rnd) {
  const shuffled = shuffle([...SURNAMES], rnd);
  const swap = new Map(SURNAMES.map((s, i) => [s, shuffled[i]]));
  return text.replace(SURNAME, (s) => swap.get(s) ?? s);
}

function shuffle(list, rnd) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

/** Long paragraphs (the article's body) trade places; headline, header and page furniture stay where they are. */
function shuffleParagraphs(text, rnd) {
  const lines = text.split("\n");
  const body = lines.map((l, i) => (l.length >= 200 ? i : -1)).filter((i) => i >= 0);
  const order = shuffle([...body], rnd);
  const out = [...lines];
  body.forEach((at, k) => (out[at] = lines[order[k]]));
  return out.join("\n");
}

const escape = (s) => s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");

/** The text as a news site serves it: menu, article, footer, scripts. */
function asPage(text) {
  const [title, ...rest] = text.split("\n");
  const paragraphs = rest.filter((l) => l.trim() !== "").map((l) => `      <p>${escape(l)}</p>`);
  return `<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <title>${escape(title)} - Báo điện tử</title>
  <meta property="og:title" content="${escape(title)}">
  <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag("js", new Date());</script>
</head>
<body>
  <nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/chinh-tri">Chính trị</a></li><li><a href="/kinh-te">Kinh tế</a></li><li><a href="/xa-hoi">Xã hội</a></li></ul></nav>
  <main>
    <article>
      <h1>${escape(title)}</h1>
${paragraphs.join("\n")}
    </article>
  </main>
  <footer><p>Cơ quan chủ quản: Tỉnh ủy · Giấy phép số 123/GP-BTTTT · Điện thoại: 0206 3855 011</p><p>Tổng lượt truy cập: 3,025,799</p></footer>
  <script src="/assets/app.js"></script>
</body>
</html>
`;
}

/** Where the corpus of `docs` documents lives unless told otherwise. */
export function defaultDir(docs) {
  return join(tmpdir(), "solieu-bench", String(docs));
}

/**
 * Build (or reuse) the corpus; returns its manifest:
 * { dir, root (the folder to extract), docs, bytes, html, large, files: [paths under root] }.
 * The manifest sits beside the documents, not among them.
 */
export function buildCorpus({ docs = 10_000, dir = defaultDir(docs), log = () => {} } = {}) {
  const manifestPath = join(dir, "corpus.json");
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    if (manifest.version === VERSION && manifest.docs === docs) return { ...manifest, dir, root: join(dir, "docs") };
  }
  const seeds = readdirSync(FIXTURES)
    .filter((n) => n.endsWith(".txt"))
    .sort()
    .map((n) => readFileSync(join(FIXTURES, n), "utf8"));
  if (seeds.length === 0) throw new Error(`no .txt fixtures in ${FIXTURES}`);
  const root = join(dir, "docs");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const rnd = random(20240615);
  const seen = new Set();
  const variant = (i) => {
    for (;;) {
      const text = shuffleParagraphs(varyNames(varyDigits(seeds[i % seeds.length], rnd), rnd), rnd);
      const hash = createHash("sha256").update(text).digest("hex");
      if (!seen.has(hash)) {
        seen.add(hash);
        return text;
      }
    }
  };
  const files = [];
  let bytes = 0;
  let html = 0;
  let large = 0;
  for (let i = 0; i < docs; i++) {
    const folder = `d${String(Math.floor(i / PER_FOLDER)).padStart(4, "0")}`;
    if (i % PER_FOLDER === 0) mkdirSync(join(root, folder), { recursive: true });
    let text = variant(i);
    if (i % LARGE_EVERY === LARGE_EVERY - 1) {
      // one long report: many bodies in a row under the first one's headline
      const parts = [text];
      for (let size = Buffer.byteLength(text); size < LARGE_BYTES; ) {
        const next = variant(i + parts.length).split("\n").slice(1).join("\n");
        parts.push(next);
        size += Buffer.byteLength(next);
      }
      text = parts.join("\n\n");
      large++;
    }
    const isPage = i % HTML_EVERY === HTML_EVERY - 1;
    const name = `${folder}/r${String(i).padStart(6, "0")}.${isPage ? "html" : "txt"}`;
    const content = isPage ? asPage(text) : text;
    if (isPage) html++;
    writeFileSync(join(root, name), content);
    bytes += Buffer.byteLength(content);
    files.push(name);
    if (i % 10_000 === 9_999) log(`corpus: ${i + 1} of ${docs} documents written`);
  }
  const manifest = { version: VERSION, docs, bytes, html, large, files };
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { ...manifest, dir, root };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const value = (name) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const docs = Number(value("--docs") ?? 10_000);
  if (!Number.isSafeInteger(docs) || docs <= 0) {
    console.error("corpus: --docs takes a positive whole number");
    process.exit(2);
  }
  const corpus = buildCorpus({ docs, dir: value("--dir") ?? defaultDir(docs), log: (m) => console.error(m) });
  console.log(`${corpus.root}: ${corpus.docs} documents, ${(corpus.bytes / 1e6).toFixed(1)} MB, ${corpus.html} HTML, ${corpus.large} of 1 MB`);
}
