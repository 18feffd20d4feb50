/**
 * Title, publication date, author and source site of an article.
 *
 * Rules, each with a stable id (the corpus beside this file shows them at work):
 *   title.layout          the headline line the segmenter found, spaces folded; null when the text opens with the lead
 *   published.header      a date stamp among the header lines (`Thứ hai - 10/06/2024 06:03`, `Cập nhật: Thứ sáu, 1/3/2024 | 7:41:48 AM`)
 *   published.stamp-line  a short line that is only a labelled or bare date stamp, near the top of the body or in the trailer
 *   published.labelled    `Ngày đăng: …`, `Publish date …` on a short line just after the article
 *   author.label          `Tác giả: X, Bí thư …` → X; `Bài, ảnh: Minh Thảo`; `Bài và ảnh: …`
 *   author.signature      a name line above a role line at the end of the body
 *   author.last-line      a name alone on the last body line (` Trần Ngọc`)
 *   site.source           `Theo http://baodienbienphu.info.vn`, `Nguồn: …`, `Ghi rõ nguồn https://tuyengiaocaobang.vn …`
 *
 * Never from the body's running text: `Sáng ngày 15/10, …` is the event, not
 * the publication, and has no year anyway; `Ngày 15/10/2023, Đảng ủy …` is a
 * paragraph, not a stamp.
 */
import type { Line, PreparedDocument } from "../pipeline/document.js";
import { findDates, parseDateStamp, WEEKDAY } from "../lexicon/dates.js";
import { DATE_LINE, MENU_LINE, isLetterheadLine, isPlaceDateLine } from "../lexicon/furniture.js";
import { findBylines, nameText, tokenize } from "./person.js";

export interface Metadata {
  title: string | null;
  published: string | null;
  author: string | null;
  site: string | null;
}

const fold = (s: string) => s.trim().replace(/\s+/gu, " ");

/** Labels that put a date stamp on a page. */
const STAMP_LABEL =
  "(?:cập nhật(?: lúc| ngày)?|ngày cập nhật|ngày đăng|đăng ngày|đăng lúc|ngày xuất bản|xuất bản|thời gian đăng|thời gian|ngày|lúc|publish(?:ed)?(?: date| on)?|posted(?: on)?|date|updated)";

/** Text allowed before the date on a stamp line: a label, a weekday, a time of day, bullets. */
const STAMP_PREFIX = new RegExp(
  `^[\\s•·*|(\\[-]*(?:${STAMP_LABEL}[ \\t]*:?[ \\t]*)?(?:${WEEKDAY}[ \\t]*[,-]?[ \\t]*)?(?:\\d{1,2}(?::\\d{2}(?::\\d{2})?(?:[ \\t]?[ap]m)?|h\\d{2}'?)[ \\t]*[|,-]?[ \\t]*)?(?:ngày[ \\t]+)?$`,
  "u",
);
const LABELLED = new RegExp(`^[\\s•·*|(\\[-]*(?:cập nhật|ngày cập nhật|ngày đăng|đăng ngày|đăng lúc|ngày xuất bản|xuất bản|thời gian đăng|publish(?:ed)?(?: date| on)?|posted(?: on)?|updated|date(?=[ \\t]+\\d{4}-))(?![\\p{L}\\p{M}])`, "u");

/** A short line that is a date stamp, the date near its start and little after it. */
function stampOf(folded: string): string | null {
  if (folded.length > 120) return null;
  const first = findDates(folded)[0];
  if (!first) return null;
  if (!STAMP_PREFIX.test(folded.slice(0, first.start))) return null;
  if (folded.length - first.end > 60) return null;
  return parseDateStamp(folded);
}

/**
 * A line of a paragraph hard-wrapped: it runs on into the next line, or the line before runs on into it (`(20/10/1930 -
 * 20/10/2023).` under `… Ngày thành lập Hội LHPN Việt Nam`). The headline runs into nothing: a stamp right under it is one.
 */
function isWrapped(lines: readonly Line[], l: Line, title: Line | null, stamp: boolean): boolean {
  const runsOn = (line: Line | undefined, next: Line | undefined) =>
    line !== undefined && next !== undefined && line.index !== title?.index && next.raw.trim() !== "" && line.raw.trim().length >= MIN_WRAPPED_LENGTH && !/[.!?:;…]\s*$/u.test(line.raw) &&
    // (a stamp's fields parted by bars are no prose, whatever follows: `Ngày đăng: 12-04-2024 | Người viết: … | Lượt đọc: 318`
    // over a share bar)
    !line.raw.includes(" | ") &&
    // (nor a letterhead's two columns, parted by a tab or a run of spaces: `UBND PHƯỜNG ĐÔNG HƯNG <spaces> Độc lập - Tự do -
    // Hạnh phúc` over `Số: 12/BC-UBND <spaces> Đông Hưng, ngày 10 tháng 01 năm 2024`)
    !(/\S(?:\t| {4,})[ \t]*\S/u.test(line.raw) && (isLetterheadLine(line.raw) || isPlaceDateLine(line.raw)));
  return (!stamp && runsOn(l, lines[l.index + 1])) || runsOn(lines[l.index - 1], l);
}
/** A line this long that stops mid-sentence was wrapped, not ended. */
const MIN_WRAPPED_LENGTH = 60;

function foldedLine(doc: PreparedDocument, l: Line): string {
  return doc.folded.slice(l.start, l.end);
}

/** A stamp's label for when the page was posted (not `Cập nhật`, which a site's clock may carry too). */
const POSTED_LABEL = /^[\s•·*|(\[-]*(?:ngày đăng|đăng ngày|đăng lúc|ngày xuất bản|thời gian đăng)(?![\p{L}\p{M}])/u;
/** The site's lines over the headline looked through for the page's labelled stamp. */
const MAX_LINES_OVER_TITLE = 4;

export function findPublished(doc: PreparedDocument): string | null {
  const { lines, header, body, trailer, title } = doc.layout;
  const nonEmpty = lines.filter((l) => l.raw.trim() !== "" && l !== title);

  // published.header: a header line is a short line between the headline and the lead; any full date there is the stamp
  // lines under the headline first. A date above it may be the site's "today" box (`Thứ Ba, 18/11/2025 | Hà Nội
  // 24°C`): there only a stamp with a time of day or a label (`Cập nhật`, `Ngày đăng`) is the article's.
  const under = title ? header.filter((l) => l.start > title.start) : header;
  const above = title ? header.filter((l) => l.start < title.start) : [];
  // a line that is a stamp before one that holds a date: a short sapo above the stamp (`(HG) - Ngày 6/11/2025, đoàn
  // kiểm tra làm việc với Đảng ủy xã.` over `Thứ Bảy, 08/11/2025 16:20`) gives its event's date
  // (not a paragraph hard-wrapped over short lines: `… Hội Liên hiệp Phụ nữ Việt` / `Nam 20/10/1930 - 20/10/2023.` holds
  // the event's dates)
  // (a stamp's line runs on into nothing, however long its fields: `Ngày đăng: 20/06/2024 | Người đăng: … | Lượt xem: 389`)
  const stampFirst = [
    ...under.filter((l) => DATE_LINE.test(l.raw.trim()) && !isWrapped(lines, l, title, true)),
    ...under.filter((l) => !DATE_LINE.test(l.raw.trim()) && !isWrapped(lines, l, title, false)),
  ];
  // (an official document's own place and date under its headline yields to the page's labelled stamp over it: `Ngày
  // đăng: 20-06-2024 | Người đăng: Văn phòng Sở` over the headline, `Sơn La, ngày 18 tháng 6 năm 2024` in the letterhead)
  const pageStamp = title
    ? nonEmpty
        .filter((l) => l.end <= title.start)
        .slice(-MAX_LINES_OVER_TITLE)
        .map((l) => foldedLine(doc, l).trim())
        .find((f) => f.length <= 160 && POSTED_LABEL.test(f) && findDates(f).length > 0)
    : undefined;
  for (const l of stampFirst) {
    const f = foldedLine(doc, l);
    if (f.length <= 160 && findDates(f).length) {
      const labelled = pageStamp !== undefined && isPlaceDateLine(f) ? parseDateStamp(pageStamp) : null;
      return labelled ?? parseDateStamp(f);
    }
  }
  // The line right above the headline, a date and nothing else, is the article's too (`Thứ Hai, ngày 10/06/2024`);
  // a "today" box comes with more (the weather, a menu: `Thứ Ba, 18/11/2025 | Hà Nội 24°C`) or further up.
  const lineAbove = title ? lines.slice(0, title.index).findLast((l) => l.raw.trim() !== "") : undefined;
  for (const l of above) {
    const f = foldedLine(doc, l);
    if (f.length > 160 || !findDates(f).length) continue;
    const stamp = parseDateStamp(f);
    const adjacent = l === lineAbove && !MENU_LINE.test(l.raw);
    // an official document's place and date (`Ngọc Hà, ngày 25 tháng 6 năm 2024`) is its own
    if (stamp && (stamp.includes("T") || adjacent || LABELLED.test(f.trim()) || isPlaceDateLine(f))) return stamp;
  }
  // published.stamp-line: the first lines of the body (a stamp the segmenter did not lift out), the trailer
  const firstBody = nonEmpty.filter((l) => l.start >= body.start && l.end <= body.end).slice(0, 3);
  for (const l of [...firstBody, ...trailer]) {
    const stamp = stampOf(foldedLine(doc, l).trim()) ?? stampAfterWriter(doc, l);
    if (stamp) return stamp;
  }
  // published.labelled: a labelled stamp before the headline or just after the article
  const before = nonEmpty.filter((l) => l.end <= body.start);
  const bodyTail = nonEmpty.filter((l) => l.start >= body.start && l.end <= body.end).slice(-3);
  const after = nonEmpty.filter((l) => l.start >= body.end).slice(0, 15);
  for (const l of [...before, ...bodyTail, ...after]) {
    const f = foldedLine(doc, l).trim();
    if (LABELLED.test(f)) {
      const stamp = stampOf(f);
      if (stamp) return stamp;
    }
  }
  // published.letterhead: an official document's place and date among its first lines, its subject unread (`BÁO CÁO` /
  // `Thực hiện Kế hoạch số 12/KH-UBND, UBND xã báo cáo như sau`, no subject): the document's own date all the same
  // (only under an official heading, no headline: a letterhead's line or the document's number among them; counterexample,
  // a news page quoting a letter's `Hà Nội, ngày 15 tháng 12 năm 2024`)
  const heading = nonEmpty.slice(0, MAX_LETTERHEAD_LINES);
  const official = title === null && heading.some((l) => isLetterheadLine(l.raw.trim()) || /^[\s*]*số\s*:?\s*\d+[^\s]*\//iu.test(l.raw));
  for (const l of official ? heading : []) {
    const f = foldedLine(doc, l);
    if (f.length <= 160 && isPlaceDateLine(f)) {
      const stamp = parseDateStamp(f);
      if (stamp) return stamp;
    }
  }
  return null;
}
/** The lines a letterhead's place and date stand among at most. */
const MAX_LETTERHEAD_LINES = 8;

/** A short line ending on a date, what stands before it a writer's name's length: `THÀNH CƯỜNG - HOÀI THU | 15/02/2025 07:30`. */
const NAME_THEN_DATE = /^[^\d\n]{4,50}\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:[ \t,|-]+\d{1,2}[:h]\d{2})?[ \t]*(?:\(?gmt[ \t]*[+-][ \t]*\d{1,2}\)?)?$/u;
/**
 * The stamp beside the writer's name under the lead: the name read as the byline, the date after it the page's (the
 * lead's own dates, `Sáng 16/2, …`, stand at a long line's start and are no stamp).
 */
function stampAfterWriter(doc: PreparedDocument, l: Line): string | null {
  const folded = foldedLine(doc, l).trim();
  if (!NAME_THEN_DATE.test(folded)) return null;
  const writer = bylinesOf(doc).bylines.find((b) => b.rule === "byline.under-lead" && b.start >= l.start && b.end <= l.end);
  return writer ? stampOf(doc.folded.slice(writer.end, l.end).replace(/^[ \t|,–—-]+/u, "")) : null;
}

/** The document's tokens and bylines, read once for the stamp beside a writer and for the author. */
const BYLINES = new WeakMap<PreparedDocument, { tokens: ReturnType<typeof tokenize>; bylines: ReturnType<typeof findBylines> }>();
function bylinesOf(doc: PreparedDocument): { tokens: ReturnType<typeof tokenize>; bylines: ReturnType<typeof findBylines> } {
  let read = BYLINES.get(doc);
  if (!read) {
    const tokens = tokenize(doc);
    read = { tokens, bylines: findBylines(doc, tokens) };
    BYLINES.set(doc, read);
  }
  return read;
}

export function findAuthor(doc: PreparedDocument): string | null {
  const { tokens, bylines } = bylinesOf(doc);
  const chosen =
    bylines.find((b) => b.rule === "byline.label") ?? bylines.find((b) => b.rule === "byline.header") ?? bylines.find((b) => b.rule !== "byline.poster") ?? bylines[0];
  if (!chosen) return null;
  const first = chosen.names[0]!;
  const lastName = chosen.names[chosen.names.length - 1]!;
  if (chosen.names.length === 1) return nameText(doc, tokens, first);
  return fold(doc.text.slice(tokens[first.from]!.start, tokens[lastName.to - 1]!.end));
}

/** `Theo http://…` names the article's origin; `Ghi rõ nguồn https://…` the publishing site: the former wins. */
const SOURCE = /(?<![\p{L}\p{M}])(theo|nguồn|ghi rõ nguồn)[ \t]*:?[ \t]*(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?![a-z0-9-])/gu;

export function findSite(doc: PreparedDocument): string | null {
  const { lines, body, trailer, header } = doc.layout;
  const candidates = [...trailer, ...header, ...lines.filter((l) => l.start >= body.end)];
  let best: { site: string; rank: number; at: number } | null = null;
  for (const l of candidates) {
    for (const m of foldedLine(doc, l).matchAll(SOURCE)) {
      const rank = m[1] === "theo" ? 0 : m[1] === "nguồn" ? 1 : 2;
      const at = l.start + m.index;
      if (!best || rank < best.rank || (rank === best.rank && at < best.at)) best = { site: m[2]!, rank, at };
    }
  }
  return best?.site ?? null;
}

export function findMetadata(doc: PreparedDocument): Metadata {
  // (a list's bullet a page set before its headline is no part of it: `• Kỳ họp thứ 24 …`)
  const title = doc.layout.title ? fold(doc.layout.title.raw).replace(/^[•·▪►]\s*/u, "") : null;
  return { title: title === "" ? null : title, published: findPublished(doc), author: findAuthor(doc), site: findSite(doc) };
}
