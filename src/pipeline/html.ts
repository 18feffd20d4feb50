/**
 * A saved web page → the article's text, plus the title and publication date
 * the page's own markup gives.
 *
 * cheerio's `.text()` glues neighbouring blocks together (`<td>1.234</td><td>567</td>`
 * becomes `1.234567`, one wrong number), so the text is serialised here
 * block-aware: block elements end lines, table cells are separated, inline
 * elements run on. Menus, navigation, footers, scripts and comment forms are
 * dropped, by tag and by class/id words. The article container is picked
 * when a page marks it (`<article>`, `itemprop=articleBody`, a `detail` or
 * `content` block holding most of the text); otherwise the body is read.
 *
 * cheerio is loaded on the first page met (the slim build, without the
 * network helpers), so runs over plain text never pay for it.
 */
import { createRequire } from "node:module";
import type { CheerioAPI, Cheerio } from "cheerio/slim";
import type { AnyNode, Element } from "domhandler";
import { parseDateStamp } from "../lexicon/dates.js";
import { foldForMatching, normaliseText } from "./normalise.js";

export interface HtmlPage {
  /** the article text; every offset of the record points into it (after normalisation) */
  text: string;
  /** og:title, else the article's h1, else <title> */
  title: string | null;
  /** article:published_time, itemprop=datePublished or <time datetime>, as `YYYY-MM-DD[THH:MM]` */
  published: string | null;
}

let cheerio: typeof import("cheerio/slim") | null = null;
function loadCheerio(): typeof import("cheerio/slim") {
  cheerio ??= createRequire(import.meta.url)("cheerio/slim") as typeof import("cheerio/slim");
  return cheerio;
}

/** Whether bytes or text look like an HTML page even without an .html name (`<!doctype html`, `<html`). */
export function looksLikeHtml(head: string): boolean {
  return /^\s*(?:<!--[^]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])/iu.test(head.slice(0, 1024));
}

/** Never content. `form` is not here: ASP.NET sites wrap the whole page in one `<form>` (see dropForms). */
const DROPPED_TAGS =
  "script, style, noscript, template, iframe, object, embed, svg, canvas, nav, aside, button, select, input, textarea, menu, dialog, " +
  "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], [hidden], [aria-hidden=true]";

/**
 * class/id words of page furniture, matched as whole words of the attribute
 * split at `-`, `_` and spaces: `article-related` and `box_comment` go
 * (counterexample to substring matching: `advanced-content` holds `adv` and stays).
 */
const FURNITURE_WORDS = new Set([
  "menu", "menus", "nav", "navbar", "navigation", "footer", "comment", "comments", "binhluan", "sidebar", "breadcrumb", "breadcrumbs",
  "share", "sharing", "social", "related", "relate", "lienquan", "tinlienquan", "tinkhac", "other", "khac", "cungchuyenmuc", "same",
  "tags", "tag", "banner", "advert", "ads", "adv", "quangcao",
  "popup", "modal", "cookie", "newsletter", "subscribe", "login", "search", "widget", "hotline", "copyright", "print", "rating",
]);
const LOGO_WORDS = /(?:^|[\s_-])(?:logo|brand|site|sitename|site-name|page-title)(?:$|[\s_-])/u;
/** The page and the article itself are never furniture, whatever their class says (`<body class="page-search">`). */
const NEVER_FURNITURE = new Set(["html", "body", "main", "article"]);

function attributeWords(el: Element): string {
  return `${el.attribs["class"] ?? ""} ${el.attribs["id"] ?? ""}`.toLowerCase();
}

/** `article, [itemprop=articleBody]` */
const isArticleMark = (el: Element): boolean => el.name === "article" || el.attribs["itemprop"] === "articleBody";

function isFurniture(el: Element, holdingMarks: ReadonlySet<AnyNode>): boolean {
  // asked of every element: the words first, the searches below it only for the few that have them
  const words = attributeWords(el).split(/[\s_-]+/u);
  if (!words.some((w) => FURNITURE_WORDS.has(w))) return false;
  return !(NEVER_FURNITURE.has(el.name) || el.attribs["itemprop"] === "articleBody" || holdingMarks.has(el));
}

/**
 * Every node that holds one of `nodes`, read upwards once; a walk stops at an
 * ancestor already met, so the whole set costs one pass over the tree.
 * Asking each candidate in turn (`holdsAny`) was quadratic on a page with
 * thousands of tagged blocks and articles.
 */
function ancestorsOf(nodes: readonly AnyNode[]): Set<AnyNode> {
  const out = new Set<AnyNode>();
  for (const node of nodes) for (let up = node.parent; up && !out.has(up); up = up.parent) out.add(up);
  return out;
}

/**
 * Whether any of the nodes lies inside `el`, read from the nodes up. Not
 * `$(el).find(selector)`: cheerio first dedupes the element's children
 * against each other (css-select's removeSubsets, quadratic in their
 * number), and a page whose body holds ten thousand paragraphs took a
 * second per search.
 */
function holdsAny(el: AnyNode, nodes: readonly AnyNode[]): boolean {
  for (const node of nodes) for (let up = node.parent; up; up = up.parent) if (up === el) return true;
  return false;
}

/** Containers that mark the article, most specific first: `[itemprop=articleBody]`, `article`, `[role=main]`, `main`. */
const ARTICLE_CONTAINERS: Array<(el: Element) => boolean> = [
  (el) => el.attribs["itemprop"] === "articleBody",
  (el) => el.name === "article",
  (el) => el.attribs["role"] === "main",
  (el) => el.name === "main",
];
const CONTAINER_WORDS = /(?:^|[\s_-])(?:detail|details|content|contents|article|post|entry|story|news|noidung|chitiet|body|main|text)(?:$|[\s_-])/u;
/** A container must hold this much text to be believed: a teaser `<article>` in a list is not the page's article. */
const MIN_ARTICLE_CHARS = 200;
/** …and this share of the page's text. */
const MIN_ARTICLE_SHARE = 0.3;

const BLOCK_TAGS = new Set([
  "p", "div", "section", "article", "main", "header", "footer", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
  "table", "thead", "tbody", "tfoot", "tr", "caption", "blockquote", "figure", "figcaption", "pre", "address", "hr", "center", "body", "html",
]);
const CELL_TAGS = new Set(["td", "th"]);
/** Blocks followed by a blank line, as paragraphs are in the plain-text reports. */
const PARAGRAPH_TAGS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table", "figure", "ul", "ol"]);

export function htmlToText(html: string): HtmlPage {
  const $ = loadCheerio().load(html);
  const elements = elementsOf($.root().get(0)!);
  const title = pageTitle($, elements);
  const published = pagePublished($, elements);
  const root = $.root().get(0)!;
  $(DROPPED_TAGS).remove();
  // A page's header and footer go; an article's own <header> holds its headline and date and stays.
  $("header, footer")
    .filter((_, el) => $(el).parents("article").length === 0)
    .remove();
  // After each removal the page's elements are walked again (once), rather than selected kind by kind.
  let live = elementsOf(root);
  const holdingMarks = ancestorsOf(live.filter(isArticleMark));
  $(live.filter((el) => isFurniture(el, holdingMarks))).remove();
  const sizes = textSizes(root);
  live = elementsOf(root);
  if (dropForms($, sizes, live)) live = elementsOf(root);
  const container = articleContainer($, sizes, live);
  let text = serialise(container.get());
  // The headline often stands above the article block: keep it as the first line, so its figures count.
  // not a logo or a site name set in an <h1> (`<h1 class="logo">BÁO CAO BẰNG</h1>`)
  const h1s = live.filter((el) => el.name === "h1" && !LOGO_WORDS.test(attributeWords(el)));
  if (h1s.length && !holdsAny(container.get(0)!, h1s) && !container.is("body")) text = `${inline(serialise([h1s[0]!]))}\n\n${text}`;
  return { text, title, published };
}

/** A comment or search form goes; the one `<form>` an ASP.NET page wraps around everything stays. Whether any went. */
function dropForms($: CheerioAPI, sizes: Map<AnyNode, number>, elements: readonly Element[]): boolean {
  const total = sizes.get($.root().get(0)!) ?? 0;
  const holdingMarks = ancestorsOf(elements.filter(isArticleMark));
  const dropped = elements.filter((el) => el.name === "form" && !holdingMarks.has(el) && (sizes.get(el) ?? 0) < total / 2);
  $(dropped).remove();
  return dropped.length > 0;
}

function articleContainer($: CheerioAPI, sizes: Map<AnyNode, number>, elements: readonly Element[]): Cheerio<AnyNode> {
  const size = (el: AnyNode) => sizes.get(el) ?? 0;
  const bodies = elements.filter((el) => el.name === "body");
  const body: Cheerio<AnyNode> = bodies.length ? $(bodies) : $.root();
  const bodySize = size(body.get(0)!);
  // A marked container must also hold a fair share of the page: a teaser `<article>` in the sidebar
  // (counterexample: 250 characters beside a 3,000-character `div.chitiet`) is not the page's article.
  const enough = Math.max(MIN_ARTICLE_CHARS, bodySize * MIN_ARTICLE_SHARE);
  for (const isContainer of ARTICLE_CONTAINERS) {
    const found = elements
      .filter((el) => isContainer(el) && size(el) >= enough)
      .sort((a, b) => size(b) - size(a))[0];
    if (found) return $(found);
  }
  // The smallest block named like an article that still holds most of the page's text.
  const named = elements
    .filter((el) => (el.name === "div" || el.name === "section" || el.name === "td") && CONTAINER_WORDS.test(attributeWords(el)))
    .filter((el) => size(el) >= MIN_ARTICLE_CHARS && size(el) >= bodySize / 2)
    .sort((a, b) => size(a) - size(b))[0];
  return named ? $(named) : body;
}

/** Characters of text (white space not counted) under every node, in one pass. */
function textSizes(root: AnyNode): Map<AnyNode, number> {
  const sizes = new Map<AnyNode, number>();
  const order: AnyNode[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    order.push(node);
    if ("children" in node) for (const child of node.children) stack.push(child);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    let size = node.type === "text" ? (node as unknown as { data: string }).data.replace(/\s+/gu, "").length : 0;
    if ("children" in node) for (const child of node.children) size += sizes.get(child) ?? 0;
    sizes.set(node, size);
  }
  return sizes;
}

/**
 * Text of the nodes, one line per block, cells separated by a tab. Iterative,
 * so a page nested ten thousand levels deep does not overflow the stack.
 */
function serialise(roots: AnyNode[]): string {
  // Parts joined at the end, and the last character kept apart: asking a
  // growing string whether it ends with a line break flattens it each time,
  // which made a 1 MB page take seconds (quadratic).
  const parts: string[] = [];
  let last = "";
  const write = (s: string) => {
    if (s === "") return;
    parts.push(s);
    last = s[s.length - 1]!;
  };
  const breakLine = () => {
    if (last !== "" && last !== "\n") write("\n");
  };
  type Step = { node: AnyNode } | { close: "block" | "paragraph" | "cell" };
  const stack: Step[] = roots.map((node) => ({ node })).reverse();
  while (stack.length) {
    const step = stack.pop()!;
    if ("close" in step) {
      if (step.close === "cell") write("\t");
      else breakLine();
      if (step.close === "paragraph") write("\n");
      continue;
    }
    const node = step.node;
    if (node.type === "text") {
      const data = (node as unknown as { data: string }).data.replace(/[ \t\r\n\f]+/gu, " ");
      write(last === "\n" || last === "" ? data.trimStart() : data);
      continue;
    }
    if (node.type !== "tag" && node.type !== "root") continue;
    const el = node as Element;
    const name = node.type === "tag" ? el.name.toLowerCase() : "body";
    if (name === "br") {
      write("\n");
      continue;
    }
    const block = BLOCK_TAGS.has(name);
    const cell = CELL_TAGS.has(name);
    if (block) breakLine();
    if (block || cell) stack.push({ close: PARAGRAPH_TAGS.has(name) ? "paragraph" : block ? "block" : "cell" });
    for (let i = el.children.length - 1; i >= 0; i--) stack.push({ node: el.children[i]! });
  }
  return parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/u, "").replace(/^[ \t]+/u, ""))
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim();
}

const inline = (s: string) => s.replace(/\s+/gu, " ").trim();

/**
 * Every element of the page in document order, read in one walk. The
 * markup's title and date are fifteen questions ("the first
 * `meta[property="og:title"]`", …); asked as selectors, each walked the
 * whole page again, a tenth of the time a page took.
 */
function elementsOf(root: AnyNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    // what css-select takes for an element: tags, and script and style, which domhandler types apart
    if (node.type === "tag" || node.type === "script" || node.type === "style") out.push(node as Element);
    if ("children" in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

type ElementTest = (el: Element) => boolean;
/** `name[attribute="value"]`, as a selector matches it: names lower-cased by the parser, the value exactly. */
const tagWith = (name: string, attribute: string, value?: string): ElementTest => (el) =>
  el.name === name && Object.hasOwn(el.attribs, attribute) && (value === undefined || el.attribs[attribute] === value);
const insideArticle = (el: Element): boolean => {
  for (let up = el.parent; up; up = up.parent) if (up.type === "tag" && (up as Element).name === "article") return true;
  return false;
};

/** Whether an ancestor is page furniture by its tag (`aside`, `nav`, `footer`) or its class/id words (`sidebar`, `related`, `other`). */
function insideFurniture(el: Element): boolean {
  for (let up = el.parent; up; up = up.parent) {
    if (up.type !== "tag") continue;
    const tag = up as Element;
    if (tag.name === "aside" || tag.name === "nav" || tag.name === "footer") return true;
    if (attributeWords(tag).split(/[\s_-]+/u).some((w) => FURNITURE_WORDS.has(w))) return true;
  }
  return false;
}

/** The first element each test finds (in order of the tests) with a non-blank `content` or `datetime`. */
function meta($: CheerioAPI, elements: readonly Element[], tests: ElementTest[]): string | null {
  for (const test of tests) {
    const found = elements.find(test);
    if (!found) continue;
    const first = $(found);
    const v = first.attr("content") ?? first.attr("datetime");
    if (v && v.trim()) return v.trim();
  }
  return null;
}

function pageTitle($: CheerioAPI, elements: readonly Element[]): string | null {
  const og = meta($, elements, [tagWith("meta", "property", "og:title"), tagWith("meta", "name", "og:title"), tagWith("meta", "name", "twitter:title")]);
  const textOf = (el: Element | undefined) => (el ? $(el).text() : "");
  const isHeadline = (el: Element) => el.name === "h1" && !LOGO_WORDS.test(attributeWords(el));
  const h1 = inline(textOf(elements.find((el) => isHeadline(el) && insideArticle(el))) || textOf(elements.find(isHeadline)));
  const title = inline(textOf(elements.find((el) => el.name === "title")));
  const siteName = meta($, elements, [tagWith("meta", "property", "og:site_name")]);
  if (og || h1) return withoutSiteName(og ? inline(og) : h1, siteName);
  // `<title>` alone is often the site's or the section's name (`Huyện ủy Yên Thế`, `Tin hoạt động – Tỉnh ủy …`):
  // a short one gives way to the headline found in the text
  const fromTitle = title ? withoutSiteName(title, siteName) : null;
  return fromTitle !== null && fromTitle.split(/\s+/u).length >= 6 ? fromTitle : null;
}

/** Words that open a site's name: `Báo Cao Bằng điện tử`, `Tỉnh ủy Hà Giang`, `UBND xã Mường Phăng`, `Cổng thông tin điện tử …`. */
const SITE_NAME = /^(?:báo|tạp chí|cổng thông tin|trang thông tin|trang tin|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|huyện ủy|huyện uỷ|thị ủy|thị uỷ|quận ủy|quận uỷ|đảng ủy|đảng uỷ|đảng bộ|ubnd|ủy ban nhân dân|uỷ ban nhân dân|ttxvn|vov|vtv)(?![\p{L}\p{M}])/iu;
/** Titles a site gives every page: no headline. */
const GENERIC_TITLES = new Set(["chi tiết tin tức", "chi tiết tin", "tin chi tiết", "chi tiết", "tin tức", "tin tức sự kiện", "trang chủ", "bài viết", "tin bài"]);

/**
 * A markup title without the site's name that sites put before or after the
 * headline (`… - Báo Cao Bằng điện tử`, `Tỉnh ủy Hà Giang | …`); null when
 * what is left is a title every page of the site has (`Chi tiết tin tức`),
 * so the headline found in the text is used instead.
 */
function withoutSiteName(title: string, siteName: string | null): string | null {
  // parts and the separators between them, alternating, so what is kept is as written
  let pieces = title.split(/(\s+[-–—|]\s+)/u);
  // a site's name is short (`Tỉnh ủy Hà Giang`); a headline may open with the same words (`Đảng bộ huyện Vị Xuyên sơ kết 6 tháng`)
  const isSite = (part: string) =>
    (SITE_NAME.test(part) && part.split(/\s+/u).length <= 8 && !/\d/u.test(part)) || (siteName !== null && part.toLowerCase() === siteName.trim().toLowerCase());
  if (pieces.length > 1 && isSite(pieces[pieces.length - 1]!)) pieces = pieces.slice(0, -2);
  if (pieces.length > 1 && isSite(pieces[0]!)) pieces = pieces.slice(2);
  if (pieces.length === 1 && isSite(pieces[0]!)) return null;
  const left = pieces.join("");
  return GENERIC_TITLES.has(left.toLowerCase()) ? null : left;
}

/**
 * `2024-06-10T06:03:00+07:00` → `2024-06-10T06:03`: Vietnam's time, as the
 * stamps in the text are. A time given in another zone is moved to Vietnam's
 * (UTC+7): `2024-08-31T23:45:00+00:00` is `2024-09-01T06:45` there, the day
 * the article appeared for its readers.
 */
const ISO_START = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/u;
const VIETNAM_OFFSET_MINUTES = 7 * 60;

export function isoFromMarkup(value: string | null): string | null {
  const m = value ? ISO_START.exec(value.trim()) : null;
  if (!m) return null;
  const [, y, mo, d, h, mi, , zone] = m;
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (day.getUTCFullYear() !== Number(y) || day.getUTCMonth() !== Number(mo) - 1 || day.getUTCDate() !== Number(d)) return null;
  if (h === undefined || Number(h) >= 24 || Number(mi) >= 60) return `${y}-${mo}-${d}`;
  const offset = zone === undefined ? VIETNAM_OFFSET_MINUTES : zone === "Z" ? 0 : (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  if (offset === VIETNAM_OFFSET_MINUTES) return `${y}-${mo}-${d}T${h}:${mi}`;
  const local = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) + (VIETNAM_OFFSET_MINUTES - offset) * 60_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${local.getUTCFullYear()}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}T${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`;
}

function pagePublished($: CheerioAPI, elements: readonly Element[]): string | null {
  const fromMeta = meta($, elements, [
    tagWith("meta", "property", "article:published_time"),
    tagWith("meta", "itemprop", "datePublished"),
    tagWith("meta", "name", "pubdate"),
    tagWith("meta", "name", "publishdate"),
    tagWith("meta", "name", "date"),
    tagWith("meta", "name", "dc.date.issued"),
    // `[itemprop=datePublished][datetime]`: any element
    (el) => el.attribs["itemprop"] === "datePublished" && Object.hasOwn(el.attribs, "datetime"),
  ]);
  const isTime = tagWith("time", "datetime");
  // the article's own `<time>` first, then any outside the page's furniture (a sidebar's latest news has times too)
  const time = elements.find((el) => isTime(el) && insideArticle(el)) ?? elements.find((el) => isTime(el) && !insideFurniture(el));
  // a meta date written as the text writes dates (`15/07/2024 07:30`) is read as the text's stamps are
  const written = fromMeta && !isoFromMarkup(fromMeta) ? parseDateStamp(foldForMatching(normaliseText(fromMeta))) : null;
  return isoFromMarkup(fromMeta) ?? written ?? isoFromMarkup(time ? ($(time).attr("datetime") ?? null) : null);
}
