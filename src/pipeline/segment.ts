/**
 * Segment a report into headline, header lines, article body, end-of-article
 * bylines and page furniture (menus, related-news lists, visitor counters,
 * comment forms, site footers). Numbers outside the headline and the body are
 * never figures: `Tổng lượt truy cập3,025,799` is a counter, not a count.
 */
import { countWords } from "./chars.js";
import type { Layout, Line, Span } from "./document.js";
import { PROVINCES, SURNAMES } from "../lexicon/names.js";
import { isContactTailLine, isFurnitureLine, TRAILER_LINE, MENU_LINE, MASTHEAD_LINE, MOTTO_LINE, NATIONAL_PAPER_CAPS, NATIONAL_PAPER_LINE, SECTION_RUN_LINE, PAPER_NAME_LINE, AGENCY_NAME_LINE, SECTION_PATH_LINE, DATE_LINE, isLetterheadLine, TOOLBAR_LINE, BODY_NAME_LINE, isPlaceDateLine, MOTTO } from "../lexicon/furniture.js";
import { TYPE_WORDS } from "../lexicon/documents.js";

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, index, raw: text.slice(start, end) });
    if (nl < 0) break;
    start = nl + 1;
    index++;
  }
  return lines;
}

/**
 * A page store's stamp glued before the first line (` date 2025-12-31 Toàn tỉnh có thêm 64 sản phẩm OCOP`,
 * ` date 2020-01 Giá trị xuất khẩu …`) is read as a line of its own: the headline or the lead after it is then read
 * as one, and the date as the page's stamp. Only before the first line, in this form: `date` in running text is
 * English, and a body's line never opens with it.
 */
const STORE_STAMP = /^[ \t]*date[ \t]+\d{4}-\d{2}(?:-\d{2})?(?=[ \t]+\S)/u;

function splitStoreStamp(lines: Line[]): Line[] {
  const first = lines.findIndex((l) => l.raw.trim() !== "");
  const line = lines[first];
  const m = line ? STORE_STAMP.exec(line.raw) : null;
  if (!line || !m) return lines;
  const cut = m[0].length;
  const stamp: Line = { start: line.start, end: line.start + cut, index: first, raw: line.raw.slice(0, cut) };
  const rest: Line = { start: line.start + cut, end: line.end, index: first + 1, raw: line.raw.slice(cut) };
  return [...lines.slice(0, first), stamp, rest, ...lines.slice(first + 1).map((l) => ({ ...l, index: l.index + 1 }))];
}

/** How many `[\p{L}\p{M}\p{N}]+` runs: asked of every line, so read with the character table. */
function wordCount(s: string): number {
  return countWords(s);
}

/**
 * A breadcrumb: opening with `>`, or two `>` between its parts; or two slashes, arrows or backslashes between
 * capitalised parts, the whole line (`Tin tức - Sự kiện / Kinh tế / Nông nghiệp`, `Kinh tế → Nông nghiệp → Trồng trọt`;
 * counterexamples: `đạt 12 / 15 xã` parts numbers, `Thi vào lớp 10: Toán / Ngữ văn / Tiếng Anh là ba môn bắt buộc` is a
 * headline).
 */
const BREADCRUMB = /^>|\s>\s.*\s>\s|^\p{Lu}[^/→\\\n:\d]{0,29}(?:[ ][/→\\][ ]\p{Lu}[^/→\\\n:\d]{0,29}){2,}$/u;

/** A menu's own items, which no stamp or byline has: `Trang chủ`, `Giới thiệu`, `Liên hệ`. */
const MENU_WORDS = /(?<![\p{L}\p{M}])(?:trang chủ|trang nhất|giới thiệu|liên hệ|home)(?![\p{L}\p{M}])/iu;

/** A line this long is a paragraph whatever ends it. */
const PARAGRAPH_WORDS = 25;

/** A line in capitals throughout (`GIÁO DỤC CÀ MAU SAU 15 NĂM …`): a heading, however long. */
const NO_LOWER_CASE = /^[^\p{Ll}]*$/u;

/** A line that reads as running text: long, or several words ending a sentence; never one in capitals. */
/**
 * Items a menu between bars or wide spaces has at least, and words each has at most (the first may carry the site's
 * name, `TUỔI TRẺ ONLINE   Thời sự`); one item may be a long section's name (`Học tập và làm theo tư tưởng, đạo đức,
 * phong cách Hồ Chí Minh`).
 */
const MIN_BAR_MENU_ITEMS = 5;
const MIN_WIDE_MENU_ITEMS = 3;
const MAX_BAR_MENU_ITEM_WORDS = 6;
const MAX_LONG_MENU_ITEM_WORDS = 14;
// (parted by wide spaces, only with a menu's own item: a paragraph copied from a PDF may set its words two spaces apart)
// (or a long run of sections' names, each capitalised and short: `Chính trị  Kinh tế  Văn hóa  Xã hội  Pháp luật  Du lịch  Thế
// giới  Thể thao`; a paragraph's words two spaces apart go on in lower case)
function isBarMenu(t: string): boolean {
  const bars = t.includes("|");
  if (!bars && !MENU_WORDS.test(t) && !t.startsWith("☰") && !isSectionsRun(t)) return false;
  const cells = t.split(bars ? "|" : /[ \t]{2,}/u).map((cell) => cell.trim());
  // (three items will do between wide spaces when one is a menu's own: `Giới thiệu chung   Tin tức sự kiện   Liên hệ`)
  // (three spaces at least between them: a headline's words may stand two apart, `Giới thiệu  Văn hóa  Xứ Nghệ`)
  if (!bars && MENU_WORDS.test(t) && cells.length >= MIN_WIDE_MENU_ITEMS && cells.length < MIN_BAR_MENU_ITEMS) {
    const wide = t.split(/[ \t]{3,}/u).map((cell) => cell.trim());
    return wide.length === cells.length && wide.every((cell) => wordCount(cell) <= 4 && !/[.!?;:,\d]/u.test(cell));
  }
  if (cells.length < MIN_BAR_MENU_ITEMS || cells.some((cell) => /[.!?;:,]$/u.test(cell))) return false;
  const long = cells.filter((cell) => wordCount(cell) > MAX_BAR_MENU_ITEM_WORDS);
  return long.length === 0 || (long.length === 1 && wordCount(long[0]!) <= MAX_LONG_MENU_ITEM_WORDS);
}

/** Sections' names in a run parted by wide spaces: eight at least, each capitalised, of three words at most, no digits. */
const MIN_SECTIONS_RUN = 8;
function isSectionsRun(t: string): boolean {
  const cells = t.split(/[ \t]{2,}/u);
  return cells.length >= MIN_SECTIONS_RUN && cells.every((cell) => /^\p{Lu}/u.test(cell) && wordCount(cell) <= 3 && !/\d/u.test(cell));
}

export function isParagraph(raw: string): boolean {
  const t = raw.trim();
  // a headline with its stamp (`… cuối năm 2018 ( 14:44 | 11/09/2018 )`) may run to 25 words: no paragraph ends with a time and date
  if (t.endsWith(")") && TIMED_STAMP.test(t)) return false;
  // a breadcrumb, however long (`> Tin tức - Sự kiện > Tin hoạt động HĐND > Phát biểu …`), is the page's
  if (t.includes(">") && BREADCRUMB.test(t)) return false;
  // nor is a menu of many short items between bars, however many (`Thời sự | Thế giới | Pháp luật | … | Thể thao`)
  if ((t.includes("|") || t.includes("  ")) && isBarMenu(t.replace(/^☰\s*/u, ""))) return false;
  const words = wordCount(t);
  // a closing quote ends a sentence only after its punctuation: a headline may end on a quoted name
  // (counterexample: `Phường ra mắt mô hình "Tuyến phố văn minh"` is a headline, not the lead)
  // (a comma ends a sentence cut short: a saved excerpt stops mid-sentence, `… thực hiện 3 nhiệm vụ,`)
  // (nor does an ellipsis: a headline may trail off, `Xây dựng nông dân phát triển toàn diện, văn minh, nghĩa tình...`)
  return (words >= PARAGRAPH_WORDS || (words >= 12 && /(?:[.!?…:;,]|[.!?…]["”])$/u.test(t) && !/(?:\.\.\.|…)["”]?$/u.test(t))) && !NO_LOWER_CASE.test(t);
}

/**
 * Whether the line after `line` carries on its sentence: `line` ends without
 * a sentence's punctuation and the next starts in lower case. A report copied
 * from a PDF breaks every paragraph into such lines (`… của Đảng ủy xã về
 * việc` / `tổng kết, Ban Thường vụ …`). A line starting with a digit is no
 * continuation: a headline over its date stamp (`… tổ chức Đại hội` /
 * `10/06/2024 06:03`) stays two lines.
 */
function continuesOnto(line: Line, next: Line | undefined): boolean {
  return next !== undefined && !/[.!?…:;]["”]?\s*$/u.test(line.raw) && /^\s*\p{Ll}/u.test(next.raw) && line.raw.trim() !== "";
}

/**
 * The first line that opens a paragraph, read with the lines its sentences
 * carry on to, but for a line where a headline stands (headlineBefore: `Kỷ
 * niệm 127 năm Ngày sinh … Hồ Chí Minh` over `Ngày cập nhật 25/04/2017`).
 */
/** A site's welcome to its readers, as long as a sentence: `Chào mừng quý vị đến với Cổng thông tin điện tử …!` (no lead). */
const WELCOME_LINE = /^chào mừng (?:(?:bạn|các bạn|quý vị|quý khách|quý độc giả)\s)?đến (?:với )?(?:cổng|trang|website)(?![\p{L}\p{M}])/iu;

function firstParagraphIndex(lines: readonly Line[]): number {
  // the first line that is the article's: menus and breadcrumbs above the headline are the site's (`Tin tức - Sự kiện`),
  // and a stamp above it is the header's (`20/03/2020 00:00`)
  const first = lines.findIndex((l) => {
    const t = l.raw.trim();
    return t !== "" && !MENU_LINE.test(t) && !BREADCRUMB.test(t) && !SECTION_PATH_LINE.test(t) && !DATE_LINE.test(t);
  });
  for (let i = 0; i < lines.length; ) {
    let text = lines[i]!.raw;
    let j = i;
    while (continuesOnto(lines[j]!, lines[j + 1])) text += " " + lines[++j]!.raw.trim();
    // (a masthead's motto is no lead, however long: `Cơ quan Trung ương của … - Tiếng nói của lực lượng vũ trang …`)
    if (isParagraph(text) && !WELCOME_LINE.test(text.trim()) && !MOTTO_LINE.test(text) && !MASTHEAD_LINE.test(text.trim()) && !headlineBefore(lines, i, j, text, first)) return i;
    i = j + 1;
  }
  return -1;
}

/**
 * Whether lines i..j, read as a paragraph, stand where a headline does: over
 * the date stamp, with no full stop or short of a paragraph's length
 * (`Huyện Chư Sê kết nạp được 1.500 đảng viên.` / `Cập nhật 11/6/2020`); or
 * first of the article's lines (menus and breadcrumbs above are the site's) with no full stop, a paragraph
 * after it; or one shaped
 * as a headline, closed by a full stop (below).
 */
/** Words a section's label above the stamp has at most (`Thông tin chuyên đề`, `Tin hoạt động`). */
const MAX_SECTION_LABEL_WORDS = 4;

/** The site's lines over a stamp looked through (a masthead, its menus, a section's label). */
const MAX_SITE_LINES = 10;

/**
 * Whether line i stands right under a stamp, and every line from the article's first to the stamp is the site's: a
 * section's label, a masthead in capitals, a menu (`ĐẢNG BỘ TỈNH VĨNH PHÚC` / `HUYỆN ỦY YÊN LẠC` / `Giới thiệu | Tin
 * tức` / `Xây dựng Đảng` / `15/09/2024 10:20:35` / the headline).
 */
function underLabelledStamp(lines: readonly Line[], i: number, first: number): boolean {
  if (first < 0 || first >= i) return false;
  let stamp: Line | undefined;
  let seen = 0;
  for (let l: Line | undefined = lines[first]; l !== undefined && l.index < i; l = nextNonEmpty(lines, l.index)) {
    if (++seen > MAX_SITE_LINES) return false;
    const t = l.raw.trim();
    if (DATE_LINE.test(t)) stamp = l;
    // (a paper's name of any length is the site's too: `Báo Hà Nam điện tử`)
    else if (stamp !== undefined || !(wordCount(t) <= MAX_SECTION_LABEL_WORDS || NO_LOWER_CASE.test(t) || MENU_LINE.test(t) || BREADCRUMB.test(t) || PAPER_NAME_LINE.test(t) || AGENCY_NAME_LINE.test(t))) return false;
  }
  return stamp !== undefined && nextNonEmpty(lines, stamp.index)?.index === i;
}

function headlineBefore(lines: readonly Line[], i: number, j: number, text: string, first: number): boolean {
  const nextLine = nextNonEmpty(lines, j);
  // (a labelled byline between the headline and its stamp is passed over: `Tác giả: Hoàng Quân` / `Cập nhật ngày: …`)
  const pastByline = nextLine && LABELLED_BYLINE.test(nextLine.raw.trim()) ? nextNonEmpty(lines, nextLine.index) : undefined;
  const next = (pastByline && DATE_LINE.test(pastByline.raw.trim()) ? pastByline : nextLine)?.raw.trim() ?? "";
  const unended = sentenceUnended(text);
  // (or, the article's first line, one sentence of a headline's length: `Kết quả xác minh … tại thị trấn Phước Bửu, huyện
  // Xuyên Mộc.` over `10/12/2021 - 11:19 | Tin tức`)
  // (a dated item of a list is no stamp: `- Thứ hai, 10/06/2024: Họp giao ban`)
  const stampUnder = DATE_LINE.test(next) && !/^[•·\-*]/u.test(next);
  if (DATE_LINE.test(next) && (unended || wordCount(text) < PARAGRAPH_WORDS || (stampUnder && first === i && i === j && wordCount(text) <= MAX_HEADLINE_WORDS && !/[.!?…]\s/u.test(text.trim())))) {
    return true;
  }
  // (or the writer's name before the stamp: `Nguyễn Hòa Thứ sáu, ngày 14/11/2025 06:49 GMT+7` under a long headline)
  if (unended && i === j && wordCount(text) <= MAX_HEADLINE_WORDS && namedStamp(next)) return true;
  // or one question (`Vì sao Thanh Hà sớm vượt chỉ tiêu phát triển đảng viên?`) or exclamation (`Đừng để … hồn đình cổ!`):
  // a headline asks or calls, a lead does not stop at one
  // (a call has no comma: a lead may end on one, `Sáng nay, xã Tân Phú đón nhận …, niềm vui của người dân!`)
  const question = (/\?\s*$/u.test(text) || (/!\s*$/u.test(text) && !text.includes(","))) && !/[.!?…]\s/u.test(text.trim());
  // (never a line opening as a lead does, on its day: `Sáng 12/3, Đảng ủy phường … với chủ đề “Học tập …”`)
  if (DATED_LEAD.test(text)) return false;
  // (or the page's first line over an official document's letterhead, as a portal posts one: `Kế hoạch tổ chức Tháng hành
  // động phòng, chống ma túy … năm 2024` / `ỦY BAN NHÂN DÂN <spaces> CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`)
  if (unended && first === i && i === j && wordCount(text) <= MAX_HEADLINE_WORDS && isLetterheadLine(next)) return true;
  // (first, or right under a section's label and its stamp: `Thông tin chuyên đề` / `Đăng ngày: 12/03/2024` / the headline)
  const opening = first === i || underLabelledStamp(lines, i, first);
  // (a question or a call may have a toolbar under it before the lead: `Chia sẻ | Lưu | Cỡ chữ`)
  if ((unended || question) && opening && i === j && wordCount(text) <= MAX_HEADLINE_WORDS && isHeadline(lines[i]!.raw) && (isParagraph(next) || (question && paragraphSoonAfter(lines, j)))) return true;
  // longer, with no comma (a lead that lost its full stop has its clauses): `Họp mặt Kỷ niệm 131 năm Ngày sinh … (19/5/1890 –
  // 19/5/2021); Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW … giai đoạn 2016 – 2021`
  // (its clauses too, under a section's label and its stamp: the label is no headline; or over a lead that opens on
  // its day, `Hội nghị đánh giá tình hình KT-XH, QP-AN 9 tháng …; Định hướng …` over `Sáng 25/9/2024, UBND xã …`)
  if (
    unended &&
    opening &&
    i === j &&
    wordCount(text) <= MAX_LONG_HEADLINE_WORDS &&
    // (with no tense: `Hội nghị cũng đã tập trung thảo luận …, giải pháp trong thời gian tới` is a paragraph that lost its stop)
    (!text.includes(",") || first !== i || (DATED_LEAD.test(next) && !TENSE_WORD.test(text))) &&
    isHeadline(lines[i]!.raw) &&
    isParagraph(next)
  )
    return true;
  // a long headline, unended: over a short line in capitals (its writer, `TS. Phạm Văn Phong`), or the lead
  // repeating its words (`Chiều ngày 19/10/2018, UBMTTQ phường …` under `UBMTTQ phường …`)
  if (unended && first === i && i === j && wordCount(text) <= MAX_LONG_HEADLINE_WORDS && isHeadline(lines[i]!.raw)) {
    if (/^\p{Lu}/u.test(next) && !/[.!?…:;,]$/u.test(next) && wordCount(next) <= MAX_BYLINE_WORDS) return true;
    const opening = text.trim().split(/\s+/u).slice(0, REPEATED_WORDS).join(" ");
    if (wordCount(opening) === REPEATED_WORDS && next.replace(/\s+/gu, " ").includes(opening)) return true;
  }
  // or one sentence closed by a full stop whose words the lead under it repeats nearly all (`Đảng bộ xã Hùng Thắng tổ
  // chức Lễ trao tặng Huy hiệu Đảng …, triển khai nhiệm vụ 3 tháng cuối năm 2025.` over `Trong không khí … Chiều ngày
  // 24/9/2025, Đảng bộ xã Hùng Thắng long trọng tổ chức Lễ trao tặng Huy hiệu Đảng …`): a lead says more than the next
  // (not a sapo's sentence of clauses, opening as a lead does: `6 tháng đầu năm nay, xuất khẩu cà phê ước đạt …, …`)
  const clauses = text.split(",").length - 1;
  if (first === i && i === j && /[^.]\.$/u.test(text.trim()) && !/[.!?…]\s/u.test(text.trim()) && wordCount(text) <= MAX_LONG_HEADLINE_WORDS && clauses <= 1 && !LEAD_OPENING.test(text.trim())) {
    if (isHeadline(text.trim().slice(0, -1)) && isParagraph(next) && next.length > text.length && repeatedShare(text, next) >= REPEATED_SHARE) return true;
  }
  // or one sentence shorter than a paragraph, closed by a full stop, a blank line under it, written as headlines are:
  // a place and a colon before it (`Nghi Lộc: Hội nghị giao chỉ tiêu …`), or no clause, no lead's opening and no
  // tense (`BTV Huyện ủy duyệt đại hội Đảng bộ xã Thịnh Sơn.`). Counterexamples, leads: `Sáng 15/10, Đảng ủy phường
  // tổ chức hội nghị.`, `Hiện nay, toàn huyện có 215 đảng viên.`, `Đảng ủy xã vừa tổ chức hội nghị tổng kết.`
  // (no blank line needed under a place's name and colon, `Nghi Lộc: …`, or over a lead opening on its date, `Ngày 03/01
  // Đảng ủy phường …`; short lines may stand between it and the lead: a stamp, `in trang`, an image's name)
  const t = text.trim();
  // (a place of two to four words in title case: `QTV: Trung đội …`, an agency's prefix, is the lead's)
  const placed = /^(?:\p{Lu}[\p{Ll}\p{M}]+[ ]){1,3}\p{Lu}[\p{Ll}\p{M}]+:\s/u.test(t);
  const headlineShaped = /^[^,:]{2,40}:\s/u.test(t) || (!t.includes(",") && !LEAD_OPENING.test(t) && !TENSE_WORD.test(t));
  return (
    first === i && i === j && /[^.]\.$/u.test(t) && !/[.!?…]\s/u.test(t) && wordCount(t) < PARAGRAPH_WORDS &&
    (lines[i + 1]?.raw.trim() === "" || placed || DATED_START.test(next)) &&
    headlineShaped && isHeadline(t.slice(0, -1)) && paragraphSoonAfter(lines, j)
  );
}

/** A writer's name of two to four capitalised words before a stamp on its line: `Nguyễn Hòa Thứ sáu, ngày …`, `Bùi Ánh - 14:20 …`. */
const NAME_BEFORE_STAMP = /^(?:\p{Lu}[\p{Ll}\p{M}]*[ ]){2,4}(?:[-–|][ ])?(?=[Tt]hứ[ ]|[Cc]hủ nhật|[Nn]gày[ ]|\d)/u;

/**
 * A related article's headline, its place first: `Sơn La: Gần 9 tỷ đồng hỗ trợ làm nhà cho hộ nghèo` — a capitalised
 * place of up to four words, a colon, then five words or more from a capital, no closing stop (counterexamples: a
 * list's item, `Xã An Hòa: 1.250`, `- Xã Bình Minh: 980 hộ;`).
 */
const PLACED_HEADLINE = /^((?:\p{Lu}[\p{Ll}\p{M}]*\.?[ ]){0,3}\p{Lu}[\p{Ll}\p{M}]*):[ ]\p{Lu}\S*(?:[ ]\S+){4,30}$/u;

/**
 * The last line of a box of related headlines with no label, between the article's paragraphs: two or more placed
 * headlines in a row (blank lines between); -1 when line i opens none.
 */
function placedHeadlinesEnd(lines: readonly Line[], i: number): number {
  // (the place a province or a city, as a news site's box has: a list's item names a commune or a prize, `Xã Tân Lập: …`,
  // `Giải Nhất: …`)
  const placed = (l: Line | undefined) => {
    const m = l === undefined ? null : PLACED_HEADLINE.exec(l.raw.trim());
    return m !== null && !/[.!?;:,…]$/u.test(l!.raw.trim()) && PROVINCES.has(m[1]!.toLowerCase().replace(/^(?:tỉnh|thành phố|tp\.?)[ ]/u, ""));
  };
  if (!placed(lines[i])) return -1;
  // (not the items of a list its opening line announces: `Kết quả cụ thể:` / `Hà Nội: Có 125 xã đạt chuẩn …`)
  for (let k = i - 1; k >= 0; k--) {
    const above = lines[k]!.raw.trim();
    if (above === "") continue;
    if (above.endsWith(":")) return -1;
    break;
  }
  let last = lines[i]!;
  let count = 1;
  for (let next = nextNonEmpty(lines, i); placed(next); next = nextNonEmpty(lines, last.index)) {
    last = next!;
    count++;
  }
  return count >= 2 ? last.index : -1;
}

/** Whether a line is a stamp after its writer's name. */
function namedStamp(t: string): boolean {
  return NAME_BEFORE_STAMP.test(t) && DATE_LINE.test(t.replace(NAME_BEFORE_STAMP, ""));
}

/** A lead opening on its date, with or without a comma after: `Ngày 03/01 Đảng ủy phường …`, `Sáng 6/8, …`. */
const DATED_START = /^\s*(?:(?:sáng|chiều|tối|trưa|đêm|hôm)\s+(?:ngày\s*)?|ngày\s+)\d{1,2}[/.-]\d{1,2}/iu;
/** A follow prompt, the site's address maybe before it: `anninhthudo.vn   Theo dõi trên Google News`. */
const FOLLOW_PROMPT = /(?:^|\s)theo dõi[^\n]{0,60}google news\s*$/iu;
/** A byline with its label, a few words: `Tác giả: Hoàng Quân`, `Bài và ảnh: Minh Phương`. */
const LABELLED_BYLINE = /^(?:tác giả|người viết|bài(?:,? (?:và )?ảnh)?|tin(?:,? (?:và )?ảnh)?)[ \t]*:[ \t]*\S[^\n:]{0,50}$/iu;
/** A writer's line: a name in capitals, its part in brackets after it (`LÊ THANH (thực hiện)`, `NGỌC ANH (ghi)`). */
const WRITER_SHAPED = /^(?:\p{Lu}+[ ]){1,4}\p{Lu}+(?:[ ]\([\p{Ll}\p{M} ]{2,20}\))?$/u;
/** Short lines looked past, under a headline, for the lead. */
const MAX_LINES_TO_LEAD = 4;

/**
 * Whether a paragraph comes after line j, past short lines only (up to three words, or a stamp): `22 08 2022`, `in
 * trang`, an image's name (`tn1`).
 */
function paragraphSoonAfter(lines: readonly Line[], j: number): boolean {
  let line = nextNonEmpty(lines, j);
  for (let seen = 0; line !== undefined && seen < MAX_LINES_TO_LEAD; seen++, line = nextNonEmpty(lines, line.index)) {
    const raw = line.raw.trim();
    if (isParagraph(raw)) return true;
    // (a toolbar may stand between: `Chia sẻ | Lưu | Cỡ chữ`; or the writer's line, `LÊ THANH (thực hiện)`)
    if (wordCount(raw) > 3 && !DATE_LINE.test(raw) && !MENU_LINE.test(raw) && !WRITER_SHAPED.test(raw) && !FOLLOW_PROMPT.test(raw)) return false;
  }
  return false;
}
/** The share of a line's words that the next paragraph has too. */
function repeatedShare(line: string, next: string): number {
  const words = line.toLowerCase().match(/[\p{L}\p{M}\p{N}/]+/gu) ?? [];
  const nextWords = new Set(next.toLowerCase().match(/[\p{L}\p{M}\p{N}/]+/gu) ?? []);
  return words.length === 0 ? 0 : words.filter((w) => nextWords.has(w)).length / words.length;
}
/** A headline's words the lead repeats at least (a sapo over the body shares about half). */
const REPEATED_SHARE = 0.9;

/** Words of tense and voice that a lead's sentence has and a headline drops. */
const TENSE_WORD = /(?<![\p{L}\p{M}])(?:vừa|đã|đang|sẽ|được|bị)(?![\p{L}\p{M}])/iu;
/** How a lead opens: the time or occasion of the event (`Sáng 15/10,`, `Vừa qua,`, `Thực hiện …`, `Năm 2024,`). */
const LEAD_OPENING =
  /^(?:sáng|chiều|tối|trưa|đêm|ngày|hôm|vừa qua|mới đây|gần đây|trong|thực hiện|theo|nhằm|sau|đến nay|tính đến|qua|từ|với|nhân dịp|chào mừng|hưởng ứng|căn cứ|được sự|dưới sự|năm \d{4}\s*,|những năm|thời gian|những ngày|vào|hiện nay|để|\d+ tháng)(?![\p{L}\p{M}])/iu;
/**
 * A lead's opening on its day and date: `Sáng 12/3,`, `Ngày 2/4/2021,`, `Chiều ngày 19/10/2018,`, `Vừa qua,`. Narrower
 * than LEAD_OPENING (which also takes `Trong`, `Sau`, `Thực hiện` …): it rules a line out as a headline anywhere,
 * and a headline may open with those (`Sau 5 năm thực hiện Chỉ thị 05: …`).
 */
// (and `Vừa qua, …`, `Sáng ngày 12 tháng 3, …`, `Sáng 12/3 vừa qua, …`: the time, then a comma within a few words)
// (counterexample: `Ngày hội Đại đoàn kết toàn dân tộc, …` opens with a festival's name: a day's word needs its date)
const DATED_LEAD = /^\s*(?:vừa qua|mới đây|gần đây|(?:(?:sáng|chiều|tối|trưa|đêm|hôm)(?:\s+(?:nay|qua))?|ngày)\s+(?:ngày\s*)?\d)[^,\n]{0,30},/iu;
/** Headlines run to 35 words at most; a longer first line is a lead that lost its full stop. */
const MAX_HEADLINE_WORDS = 35;
/** A series' headline may run longer (`Bài 3: Đổi mới, nâng cao hiệu quả …`), when what follows shows it is one. */
const MAX_LONG_HEADLINE_WORDS = 50;
/** A writer's line under a headline. */
const MAX_BYLINE_WORDS = 6;
/** The opening words a lead repeats of its headline. */
const REPEATED_WORDS = 8;

/**
 * Whether the text's last character is no sentence's end (read from the end: a lead can be a whole page long). A
 * closing quote ends a sentence only after its punctuation: `… chuyên đề “Học tập và làm theo … Hồ Chí Minh”` is
 * unended.
 */
function sentenceUnended(text: string): boolean {
  const t = text.trimEnd();
  const last = t.at(-1);
  if (last === undefined) return false;
  if (last === '"' || last === "”") return !".!?…".includes(t.at(-2) ?? "");
  return !".!?…:;".includes(last);
}

/** Counters' numbers passed over under a headline: the look ahead stays short on a column of numbers. */
const MAX_COUNTERS = 3;

/** The next line with a word on it: a counter's bare number (`10`, the views) is passed over. */
function nextNonEmpty(lines: readonly Line[], i: number): Line | undefined {
  for (let k = i + 1, counters = 0; k < lines.length; k++) {
    const t = lines[k]!.raw.trim();
    if (t === "") continue;
    if (!/^\d{1,7}$/u.test(t) || ++counters > MAX_COUNTERS) return lines[k];
  }
  return undefined;
}

/** Headlines of this many words or more are preferred over shorter lines above them (menu and section names). */
const FULL_HEADLINE_WORDS = 6;

/**
 * The date stamp some portals set in brackets at the end of the headline's
 * own line: `Tình hình thực hiện … cuối năm 2018 ( 14:44 | 11/09/2018 )`.
 * The headline is the text before it; the stamp is a header line of its own.
 */
// no leading `\s*`: tried at every space of a long run of spaces, it read each line in quadratic time
const HEADLINE_STAMP = /\(\s*(?:\d{1,2}:\d{2}\s*[|,-]?\s*)?\d{1,2}\/\d{1,2}\/\d{4}(?:\s*[|,-]?\s*\d{1,2}:\d{2})?\s*\)\s*$/u;
/** A stamp with its time of day (`( 14:44 | 11/09/2018 )`): a portal's, never a paragraph's closing date (`… (9/6/2024)`). */
const TIMED_STAMP = /\(\s*(?:\d{1,2}:\d{2}\s*[|,-]?\s*\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2}\/\d{1,2}\/\d{4}\s*[|,-]?\s*\d{1,2}:\d{2})\s*\)\s*$/u;

/**
 * Or the stamp, date and time, set after the headline's last word with no bracket: `… khuyến học, khuyến tài
 * 23/11/2025 07:27` (a time of day after the date: a headline may end on a date, `… ngày 2/9/1945`).
 */
// (not an event's date and hour, after its word: `Thông báo lịch cắt điện ngày 15/6/2024 07:00`)
const BARE_HEADLINE_STAMP = /(?<=[\p{L}\p{M}\p{N}"”])(?<!(?<![\p{L}\p{M}])(?:ngày|lúc|vào|từ|đến|hôm|sáng|chiều|tối|trưa|đêm))[ ]+\d{1,2}\/\d{1,2}\/\d{4}[ ]+\d{1,2}:\d{2}[ ]*$/iu;

/** The line's text without a stamp at its end. */
function withoutStamp(raw: string): string {
  const t = raw.trimEnd();
  // (each pattern only where its stamp can end the line: asked of every candidate line, the bare one looked
  // behind every space of a paragraph)
  const m = t.endsWith(")") ? HEADLINE_STAMP.exec(raw) : t.at(-3) === ":" ? BARE_HEADLINE_STAMP.exec(raw) : null;
  return m ? raw.slice(0, m.index).trimEnd() : raw;
}

/** An image's link, or a link glued to the word before it: the site's logo (`UBND xã Dầu Giâyhttps://…/logo_1.png`). */
const LOGO_LINK = /[\p{L}\p{M}]https?:\/\/|https?:\/\/\S+\.(?:png|jpe?g|gif|svg|webp)(?![\p{L}\p{N}])/iu;

/** Verbs of headlines, in capitals: a line that has one is no body's name alone. */
const HEADLINE_VERB =
  /(?<![\p{L}\p{M}])(?:NÂNG CAO|ĐẨY MẠNH|TỔ CHỨC|TRIỂN KHAI|THỰC HIỆN|PHÁT ĐỘNG|KỶ NIỆM|TỔNG KẾT|SƠ KẾT|HỌP|RA QUÂN|TRAO|TẶNG|KHAI MẠC|BẾ MẠC|PHÁT HUY|TĂNG CƯỜNG|HOÀN THÀNH|ĐÓN|CHÀO MỪNG|XÂY DỰNG|LÃNH ĐẠO|THĂM|KIỂM TRA|GẶP MẶT|ĐỐI THOẠI|TIẾP XÚC|QUÁN TRIỆT|HỌC TẬP|ĐẠT|VƯỢT|BAN HÀNH|KẾT NẠP|CÔNG BỐ|KHÁNH THÀNH|KHỞI CÔNG|BÀN GIAO|HỖ TRỢ|GIÚP|VÌ)(?![\p{L}\p{M}])/u;

/** A photo's credit in a caption: `Ảnh: Thống Nhất`, `(Ảnh: TTXVN)`, `Ảnh minh họa`. */
const PHOTO_CREDIT = /(?:^|[\s(.–-])ảnh(?:\s*:|\s+minh\s+họa)/iu;

/** A line that can be a headline: several words, not a sentence, not a menu, not a date, not a logo. */
function isHeadline(raw: string): boolean {
  // a stamp line is none, before and after its stamp is cut (`Cập nhật ngày Thứ Hai 10/06/2024 06:03`); nor a
  // section's heading numbered as an outline's (`1. Kết quả đạt được`, `II. Phương hướng …`)
  // (`1.2.` too; not initials, `V. I. Lênin …`); nor a line opening as a lead on its day (`Vừa qua, …`, `Sáng 12/3, …`)
  if (DATE_LINE.test(raw.trim()) || /^\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4})[.)]\s+(?!\p{Lu}\.)/u.test(raw) || DATED_LEAD.test(raw)) return false;
  const t = withoutStamp(raw.trim());
  const words = wordCount(t);
  if (words < 4 || t.length > 250 || LOGO_LINK.test(t)) return false;
  // a site's place, its units joined by dashes (`Huyện Mộc Châu - Tỉnh Sơn La`, `Xã Đông Thành - Huyện Yên Thành - Nghệ An`)
  if (ADMIN_PATH_LINE.test(t)) return false;
  // a speech's salutation (`Thưa các đồng chí đại biểu, thưa toàn thể hội nghị!`, `Kính thưa …`)
  if (SALUTATION.test(t)) return false;
  if (/[.;:,]$/u.test(t) && !/\.\.\.$/u.test(t)) return false;
  if (MENU_LINE.test(t) || BREADCRUMB.test(t) || MASTHEAD_LINE.test(t) || MOTTO_LINE.test(t) || NATIONAL_PAPER_LINE.test(t) || NATIONAL_PAPER_CAPS.test(t) || SECTION_RUN_LINE.test(t) || PAPER_NAME_LINE.test(t) || AGENCY_NAME_LINE.test(t) || DATE_LINE.test(t) || TRAILER_LINE.test(t.toLowerCase())) return false;
  // (a menu of a few items between wide spaces, one a menu's own: `Giới thiệu chung   Tin tức sự kiện   Liên hệ`)
  if (raw.includes("  ") && isBarMenu(raw.trim())) return false;
  // a photo's caption with its credit (`… phát biểu tại hội nghị. Ảnh: Thống Nhất/TTXVN`, `(Ảnh: Thống Nhất)`)
  if (PHOTO_CREDIT.test(t)) return false;
  // (a headline in capitals may open with its body's name and go on with what it did: `ĐẢNG BỘ XÃ NẬM CÓ NÂNG
  // CAO NĂNG LỰC LÃNH ĐẠO`)
  return !isLetterheadLine(t) && !isPlaceDateLine(t) && (!BODY_NAME_LINE.test(t) || HEADLINE_VERB.test(t));
}

// (counterexample: `Thưa thớt khách đến chợ hoa Tết`, sparse, is a headline)
const SALUTATION = /^(?:kính[ ])?thưa[ ](?:các|quý|toàn thể|đồng chí|hội nghị|đại hội|ông|bà|anh|chị|chủ tọa|đoàn chủ tịch|bác|thầy|cô)(?![\p{L}\p{M}])/iu;
/** Administrative units joined by dashes, each but the last opening with its word: a site's address, no headline. */
// (case is told apart: `Huyện Mộc Châu - Điểm sáng du lịch` is a headline, its last part in lower case after its first word)
const ADMIN_WORD = "(?:[Xx]ã|XÃ|[Pp]hường|PHƯỜNG|[Tt]hị [Tt]rấn|[Hh]uyện|HUYỆN|[Qq]uận|[Tt]hị [Xx]ã|[Tt]hành [Pp]hố|TP\\.?|[Tt]ỉnh|TỈNH)";
const ADMIN_PATH_LINE = new RegExp(
  `^(?:${ADMIN_WORD}[ ][^\\n–—-]{2,30}?[ ]?[-–—][ ]?)+(?:${ADMIN_WORD}[ ])?\\p{Lu}[\\p{Ll}\\p{M}]*(?:[ ]\\p{Lu}[\\p{Ll}\\p{M}]*){0,3}$`,
  "u",
);

/**
 * A line of running text: a paragraph, a sentence ending in punctuation, or a
 * bullet item. Related-news headlines after an article are none of these
 * (`Quận Long Biên khánh thành 3 công trình chào mừng 20 năm thành lập quận`).
 */
export function isProse(raw: string): boolean {
  const t = raw.trim();
  if (isParagraph(t)) return true;
  // a table row with a number (`Tổng thu ngân sách <TAB> Tỷ đồng <TAB> 95,2`, or with bars between its
  // cells: `1 | Thu ngân sách | Tỷ đồng | 95,2`): a table closing the article still counts
  // (or aligned by runs of spaces, as copied from a PDF: `Chi thường xuyên   12.900   6.785`)
  if ((t.includes("\t") || /\|[^|]*\|/u.test(t) || /\S {2,}\S.*\S {2,}\S/u.test(t)) && /\d/u.test(t)) return true;
  const words = wordCount(t);
  return words >= 3 && (/[.;!?…:"”)]$/u.test(t) || /^[-+•*–]\s/u.test(t));
}

/**
 * Where figures stop: the end of the last prose line of the body. Names and
 * titles of a signature after it carry no figures; headline lists do.
 */
export function proseEnd(layout: Layout): number {
  const { lines } = layout;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.start >= layout.body.end || line.end > layout.body.end) continue;
    if (line.end <= layout.body.start) break;
    if (isProse(line.raw) || isClosingCaption(layout, i)) return line.end;
    // a paragraph broken into lines, as a report copied from a PDF is, cut off mid-sentence where the excerpt ends
    // (`… vượt chỉ tiêu 400 tấn. Từ chỗ thiếu` / `ăn, Nhân dân trong xã`): its lines read together
    let j = i;
    let text = line.raw.trim();
    while (j > 0 && i - j < MAX_WRAPPED_LINES && lines[j - 1]!.raw.trim() !== "" && !/[.!?…:;]["”]?\s*$/u.test(lines[j - 1]!.raw) && /^\s*[\p{Ll}\d]/u.test(lines[j]!.raw)) {
      text = `${lines[--j]!.raw.trim()} ${text}`;
    }
    // (some line of it goes on in lower case: a list of related headlines, `12 tập thể, …` / `3 xã về đích …`, has none)
    let lowerCaseGoesOn = false;
    for (let k = j + 1; k <= i && !lowerCaseGoesOn; k++) lowerCaseGoesOn = /^\s*\p{Ll}/u.test(lines[k]!.raw);
    if (j < i && lowerCaseGoesOn && wordCount(text) >= PARAGRAPH_WORDS && !NO_LOWER_CASE.test(text)) return line.end;
    // (the block's first line is still read alone: a bullet item, `- Hỗ trợ 5 hộ` / `nghèo làm nhà`)
    if (j < i) i = j + 1;
  }
  return layout.body.end;
}
/** Lines of a hard-wrapped paragraph read together at most, looking for where figures stop. */
const MAX_WRAPPED_LINES = 12;

/**
 * Line `i` is a photo caption closing the article, unended: a sentence with
 * a number (isCaptionWithNumber) right under a paragraph, and no such line
 * after it. Counterexample: headlines listed after the article (`Minh Anh` /
 * `Quận Long Biên khánh thành 3 công trình …` / `Hà Nội: 10 năm …`) follow a
 * byline, or each other.
 */
function isClosingCaption(layout: Layout, i: number): boolean {
  if (!isCaptionWithNumber(layout.lines[i]!.raw)) return false;
  const nonEmpty = (from: number, step: number) => {
    for (let j = from + step; j >= 0 && j < layout.lines.length; j += step) if (layout.lines[j]!.raw.trim() !== "") return layout.lines[j];
    return undefined;
  };
  const before = nonEmpty(i, -1);
  const after = nonEmpty(i, 1);
  // (or its photo's credit closing it, whatever stands above: `PV: Xin cảm ơn ông!` / `Trụ sở … tiếp khoảng 20 lượt công
  // dân. Ảnh: Quang Minh`)
  const credited = CREDIT_CLOSING.test(layout.lines[i]!.raw.trim());
  return before !== undefined && (credited || isParagraph(before.raw.trim())) && !(after && after.end <= layout.body.end && isCaptionWithNumber(after.raw));
}
/** A photo's credit closing a caption's line: `… 20 lượt công dân. Ảnh: Quang Minh`, `(Ảnh: TTXVN)`. */
const CREDIT_CLOSING = /[.!)]\s*\(?(?:ảnh|Ảnh|ẢNH)\s*:\s*[^.:\n]{1,40}\)?$/u;

/**
 * A photo caption closing the article, unended: `Lãnh đạo xã trao 20 suất quà
 * cho hộ nghèo`, a sentence of six words or more, four of them in lower case, with a
 * number. Counterexample: a signature's lines (`Kiều Văn Dũng`, `Phó Chủ tịch
 * UBND xã`) are short and capitalised.
 */
function isCaptionWithNumber(raw: string): boolean {
  if (!/\d/u.test(raw)) return false;
  const words = raw.trim().split(/\s+/u);
  return words.length >= 6 && words.filter((w) => /^\p{Ll}/u.test(w)).length >= 4;
}

/** The label of a related-news box, which sites also set between paragraphs (on folded text). */
// (`Sự kiện liên quan` only alone on its line: `Sự kiện liên quan đến 12 vụ …` is a sentence)
// (a link's arrow may stand before it: `> Xem thêm: …`, `» Đọc thêm: …`, `→ Tin liên quan: …`)
const INSET_LABEL = /^(?:(?:[•·\-*|»›→►▶▸]|>{1,2})\s*)?(?:(?:tin liên quan|tin bài liên quan|bài liên quan|bài viết liên quan|xem thêm|đọc thêm|có thể bạn quan tâm)(?![\p{L}\p{M}])[^\n]{0,120}|sự kiện liên quan\s*:?)$/u;
/** Headlines a box between paragraphs holds at most. */
const MAX_INSET_LINES = 8;

/**
 * The last line of a related-news box whose label is line `i`, when the
 * article goes on after it: the label, up to MAX_INSET_LINES headlines (no
 * paragraph among them), then a paragraph; or, past a blank line, short
 * sentences (no headline ends in a full stop) or a table's rows, up to the
 * end of the text or a paragraph. -1 when other furniture or the end of the
 * text comes first: then the box closes the article.
 * Counterexamples: `Tin liên quan` / headlines / `Tin cùng chuyên mục` is the
 * page's furniture after the article, whatever follows, and so is a box whose
 * headlines end in full stops right under its label.
 */
/** A copyright's mark or words: the page's footer. */
const COPYRIGHT = /©|(?<![\p{L}\p{M}])(?:bản quyền|copyright)(?![\p{L}\p{M}])/u;
function insetEnd(lines: readonly Line[], folded: string, i: number): number {
  let last = i;
  let headlines = 0;
  // the box's last line when what came after it reads as the article's (sentences, a table), -1 before
  let resumed = -1;
  let blankBefore = false;
  for (let j = i + 1; j < lines.length; j++) {
    const raw = lines[j]!.raw.trim();
    if (raw === "") {
      blankBefore = true;
      continue;
    }
    if (isParagraph(raw)) return resumed >= 0 ? resumed : last;
    const low = folded.slice(lines[j]!.start, lines[j]!.end).trim();
    if (TRAILER_LINE.test(low) || (isFurnitureLine(low) && !INSET_LABEL.test(low))) return -1;
    // (a table's row has three cells or more: a headline and its date, `Hà Tĩnh giải ngân … <TAB> 08/04/2024`, is two;
    // nor is a footer's row of links with its copyright one, `Đọc nhiều nhất | Bình luận | © Báo Hànộimới. Địa chỉ: …`)
    if (resumed < 0 && headlines > 0 && ((blankBefore && /[^.]\.$/u.test(raw)) || (raw.split(/[\t|]/u).length >= 3 && !COPYRIGHT.test(low)))) resumed = last;
    blankBefore = false;
    if (resumed >= 0) continue;
    if (++headlines > MAX_INSET_LINES) return -1;
    last = j;
  }
  return resumed;
}

/** Lines a toolbar under the lead holds at most (`Bình luận 0`, `Chia sẻ`, `Zalo`, `Cỡ chữ`). */
const MAX_TOOLBAR_LINES = 4;
/** Words a toolbar's line has at most (`In bài viết`, `Nghe bài viết`); a longer line is the article's (a subheading). */
const MAX_TOOLBAR_WORDS = 4;
/** A paragraph after a toolbar this long is the article's, not a reader's comment. */
const LONG_PARAGRAPH_WORDS = 60;

/**
 * The last line of a toolbar set right under the lead (`Bình luận 0`,
 * `Lượt xem: 120`, `Chia sẻ`), when the article goes on after it: a few
 * short lines, then two paragraphs or one long one (a subheading may open
 * them). -1 otherwise. Asked only before any paragraph after the lead:
 * further down, furniture ends the article (counterexample: `Ý kiến bạn
 * đọc` then readers' comments, after the article).
 */
function toolbarEnd(lines: readonly Line[], folded: string, i: number): number {
  const low = (k: number) => folded.slice(lines[k]!.start, lines[k]!.end).trim();
  const furniture = (k: number) => TRAILER_LINE.test(low(k)) || isFurnitureLine(low(k));
  let last = i;
  let j = i + 1;
  // the toolbar: furniture and short lines
  for (let short = 0; j < lines.length; j++) {
    const raw = lines[j]!.raw.trim();
    if (raw === "") continue;
    if (isParagraph(raw) || (!furniture(j) && wordCount(raw) > MAX_TOOLBAR_WORDS)) break;
    if (++short > MAX_TOOLBAR_LINES) return -1;
    last = j;
  }
  // the article after it: two paragraphs, or one long one, before any furniture
  let paragraphs = 0;
  for (let k = j; k < lines.length; k++) {
    const raw = lines[k]!.raw.trim();
    if (raw === "") continue;
    if (furniture(k)) return -1;
    if (!isParagraph(raw)) continue;
    if (++paragraphs >= 2 || wordCount(raw) >= LONG_PARAGRAPH_WORDS) return last;
  }
  return -1;
}

/**
 * A portal's name alone on its line, over its footer: `Cổng thông tin điện tử xã Phúc Thành, huyện Yên Thành` / `Địa chỉ:
 * …`. Every word after the opening a name's, capitalised, or a unit's (counterexample, the article's sentence: `Cổng
 * thông tin điện tử xã đã đăng tải 120 tin bài`).
 */
// (the opening read in lower case, `Cổng Thông tin điện tử`, `Trang TTĐT`; the rest as written, with no `i` flag: with it,
// `\p{Lu}` would match a lower-case word too)
const SITE_NAME_OPENING = /^[ \t]*(?:trang|cổng)[ ](?:thông[ ]tin(?:[ ]điện[ ]tử)?|ttđt)(?![\p{L}\p{M}])/iu;
const SITE_NAME_REST =
  /^(?:,?[ ](?:\p{Lu}[\p{L}\p{M}]*|xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|bộ|ủy|uỷ|ban|nhân|dân|hội|đoàn|thanh|niên|cộng|sản|của|và|-|–))+[ \t.]*$/u;
const isSiteNameLine = (raw: string): boolean => {
  const opening = SITE_NAME_OPENING.exec(raw);
  return opening !== null && SITE_NAME_REST.test(raw.slice(opening[0].length));
};
/** Where the body ends when furniture opens at line `i`: above the portal's name lines right over it. */
function siteNameAbove(lines: readonly Line[], i: number): number {
  let end = i;
  for (let j = i - 1; j >= 0; j--) {
    const raw = lines[j]!.raw;
    if (raw.trim() === "") continue;
    if (!isSiteNameLine(raw)) break;
    end = j;
  }
  return end;
}

/** A link to a related article, on its own line: `>> Tỉnh có nhiều thành phố …`. */
const LINK_BETWEEN = /^>>/u;
/**
 * A photo's credit alone on its line: `Ảnh: Minh Thảo`, `Ảnh: VGP/Thế Phong` (not `Bài, ảnh: …`, a byline); or a
 * chart's, a table's or a picture's own source, a body that keeps statistics or a report, `Nguồn: Cục Thống kê tỉnh.`,
 * `Nguồn: Internet`, `Nguồn: Niên giám thống kê 2023` (counterexamples: the article's source, a paper or an agency,
 * `Nguồn: Báo Bắc Giang`, `Nguồn: TTXVN`, `Nguồn: baodongnai.com.vn`).
 */
const PHOTO_CREDIT_LINE =
  /^(?:ảnh\s*:|nguồn(?:\s+số\s+liệu)?\s*:\s*(?:tổng cục|cục|chi cục|sở|bộ|ủy ban|uỷ ban|ubnd|phòng|viện|internet|sưu tầm|tổng hợp|niên giám|báo cáo|số liệu)(?![\p{L}\p{M}])[^\n]{0,60}$)/u;
/**
 * A feature's byline label opening its line: `Bài và ảnh:`, `Bài, ảnh:`, `Tác giả:` (not a news brief's `Tin:`, which
 * closes its item, the next item under it).
 */
const BYLINE_LABEL_LINE = /^(?:tác giả|bài|bài viết|bài và ảnh|bài, ảnh|bài ảnh)\s*:[^\n]{1,60}$/u;
/** Lines a caption may take between a photo's credit and the paragraph after it. */
const MAX_LINES_TO_PARAGRAPH = 3;

/**
 * Whether the article goes on after line `i`: a paragraph within a few
 * lines, before any furniture or byline. Counterexample: `Ảnh: Minh Thảo`
 * then `Tin cùng chuyên mục` ends the article.
 */
function paragraphFollows(lines: readonly Line[], folded: string, i: number): boolean {
  for (let j = i + 1, seen = 0; j < lines.length && seen <= MAX_LINES_TO_PARAGRAPH; j++) {
    const raw = lines[j]!.raw.trim();
    if (raw === "") continue;
    seen++;
    const low = folded.slice(lines[j]!.start, lines[j]!.end).trim();
    if (TRAILER_LINE.test(low) || isFurnitureLine(low) || INSET_LABEL.test(low)) return false;
    if (isParagraph(raw)) return true;
  }
  return false;
}

/**
 * The type line of an official document: `BÁO CÁO`, `KẾ HOẠCH`, `NGHỊ
 * QUYẾT`, … alone on its line, in capitals, its subject on the lines under it:
 * the reference lexicon's type words, and a few kinds of document no one cites.
 */
const DOCUMENT_TYPE_LINE = new RegExp(
  `^(?:${[...TYPE_WORDS.map(([word]) => word), "chương trình hành động", "thông báo kết luận", "biên bản", "thông cáo", "diễn văn"]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.toUpperCase())
    .join("|")})$`,
  "u",
);
/** A rule under a subject (`-----`, `*`) or a line only of such marks. */
const RULE_LINE = /^[-–—_*=.\s]+$/u;
/** Lines a document's subject runs to at most. */
const MAX_SUBJECT_LINES = 4;
/**
 * Lines that open the document's text, not its subject: `Căn cứ …`, `Thực
 * hiện …`, `Kính gửi: …`, a first heading. Capitalised: a subject may begin
 * `thực hiện Chỉ thị số 21-CT/TU …` under `KẾ HOẠCH`.
 */
// (and a decision's grounds: `- Căn cứ Luật …;`, `Xét đề nghị …;`, `Theo đề nghị …;`)
const OPENS_TEXT = /^(?:[-–+][ \t]*)?(?:Căn cứ|Thực hiện|Kính gửi|Kính thưa|Xét đề nghị|Xét tờ trình|Xét Tờ trình|Theo đề nghị|Phần|PHẦN|I\.|1\.)(?![\p{L}\p{M}])/u;

/**
 * An official document copied whole (a report, a plan, a resolution): a
 * letterhead in capitals (the bodies, `Số: 128/BC-UBND`, the national motto,
 * the place and date), then the type line and the subject under it. The
 * title is the subject, its lines joined (`Tình hình thực hiện dự toán … 6
 * tháng đầu năm 2025` under `BÁO CÁO`), not the first body of the letterhead
 * (`ỦY BAN NHÂN DÂN THỊ XÃ PHÚ MỸ`).
 * Asked only when every line above the type line is in capitals or the
 * letterhead's, and one of them shows a letterhead (the motto, the Party's
 * name, a number, a place and date): a web page's headline or menu above it
 * leaves the page's own headline the title. Returns the indexes of the type
 * line and the subject's last line.
 */
function officialTitle(lines: readonly Line[]): [first: number, last: number] | null {
  // a letterhead shows itself: the motto, the Party's name, the document's number, or its place and date
  // (counterexample: a menu in capitals, `TRANG CHỦ` / `TIN TỨC` / `THÔNG BÁO` / `VĂN BẢN`, has none)
  let letterhead = false;
  for (let i = 0; i < lines.length && i < 40; i++) {
    const t = lines[i]!.raw.trim();
    if (t === "") continue;
    if (DOCUMENT_TYPE_LINE.test(t)) {
      if (!letterhead) return null;
      let last = i;
      for (let j = i + 1; j < lines.length && j <= i + MAX_SUBJECT_LINES; j++) {
        const s = lines[j]!.raw.trim();
        // a sentence's end or a paragraph's length opens the text (`Trong 6 tháng đầu năm 2024, … trực thuộc.`); the
        // subject's first line may run to a paragraph's length, unended (`Kết quả thực hiện Chương trình mục tiêu quốc gia
        // phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi 6 tháng đầu năm 2024`)
        const longSubject = j === i + 1 && wordCount(s) <= MAX_SUBJECT_WORDS;
        // (the first line may end on `;` joining the subject's clauses, `… năm 2024;` / `phương hướng, nhiệm vụ năm 2025`;
        // or open on `Thực hiện` when it stands alone, unended, over a blank line: `Thực hiện Kết luận số 06-KL/TW … giai đoạn
        // 2024 - 2025` under `KẾ HOẠCH`; counterexample, the text: `Thực hiện Kế hoạch số 12/KH-UBND, UBND xã báo cáo như sau:`)
        const first = j === i + 1;
        // (not the text's opening sentence, a body acting after a comma or `như sau`: `Thực hiện Kế hoạch số 12/KH-UBND, UBND xã
        // báo cáo kết quả như sau`)
        const subjectOpening =
          first &&
          /^Thực hiện(?![\p{L}\p{M}])/u.test(s) &&
          !/[.:;]$/u.test(s) &&
          // (a document's name after a comma goes on with the subject: `… của Tỉnh ủy, Chương trình hành động số 08-CTr/HU`)
          !/,[ ](?!(?:Chương trình|Kế hoạch|Nghị quyết|Chỉ thị|Kết luận|Quyết định|Công văn|Hướng dẫn|Thông báo|Đề án|Luật|Nghị định|Thông tư)(?![\p{L}\p{M}]))\p{Lu}|như sau\s*$/u.test(s) &&
          (lines[j + 1]?.raw.trim() ?? "") === "";
        // (`;` on the first line when a subject's line follows, not the text's grounds: `… năm 2024;` / `Phương hướng, nhiệm vụ
        // năm 2025`)
        const nextLine = lines[j + 1]?.raw.trim() ?? "";
        const goesOn = /;$/u.test(s) && nextLine !== "" && !OPENS_TEXT.test(nextLine);
        const endsClause = first ? /[.:]$/u.test(s) || (/;$/u.test(s) && !goesOn) : /[.:;]$/u.test(s);
        if (s === "" || RULE_LINE.test(s) || (OPENS_TEXT.test(s) && !subjectOpening) || isPlaceDateLine(s) || endsClause || (isParagraph(s) && !longSubject)) break;
        last = j;
      }
      return last > i ? [i, last] : null;
    }
    // (the motto anywhere on the line: a PDF's text runs the columns together, `PHƯỜNG AN BÌNH Độc lập - Tự do - Hạnh phúc`)
    const letterheadLine = isLetterheadLine(t) || isPlaceDateLine(t) || /^số\s*:?\s*\d/iu.test(t) || MOTTO.test(t);
    if (!NO_LOWER_CASE.test(t) && !letterheadLine) return null;
    letterhead ||= letterheadLine;
  }
  return null;
}

/** Words a topic's tag over a headline has at most (`rà soát dự án bỏ hoang`). */
const MAX_TAG_WORDS = 6;

/** Words a document's subject on one line has at most (a paragraph's length or more). */
const MAX_SUBJECT_WORDS = 60;

/** Lines with text a page's stamp is looked for among, when no paragraph shows where the article opens. */
const MAX_LINES_BEFORE_STAMP = 6;

/** The first line with text after a stamp among the page's first lines; else the first line with text. */
function afterFirstStamp(lines: readonly Line[]): number {
  const nonEmpty = lines.filter((l) => l.raw.trim() !== "");
  const stamp = nonEmpty.slice(1, MAX_LINES_BEFORE_STAMP).findIndex((l) => DATE_LINE.test(l.raw.trim()));
  const after = stamp < 0 ? undefined : nonEmpty[stamp + 2];
  return after ? after.index : (nonEmpty[0]?.index ?? -1);
}

/** Lines of a menu one item per line, looked through each way. */
const MAX_MENU_LINES = 12;
/** Words a menu's item has at most (`Học tập và làm theo Bác`). */
const MAX_MENU_ITEM_WORDS = 7;

/**
 * Whether line l is an item of a menu written one item per line: a block of short lines with no blank line between,
 * one of them a menu's own word (`Trang chủ` / `Tin tức` / `Chỉ đạo - Điều hành` / `Học tập và làm theo Bác` /
 * `Video`). Counterexample: a headline under the menu, parted from it by a blank line.
 */
function inVerticalMenu(lines: readonly Line[], l: Line): boolean {
  // (an item has no number; the block's last line over a paragraph is the headline: `Liên hệ` / `Kết nạp 12 đảng viên
  // mới` / `Sáng 12/12, …`)
  const item = (k: number) => {
    const t = lines[k]?.raw.trim() ?? "";
    return t !== "" && wordCount(t) <= MAX_MENU_ITEM_WORDS && !/[.,:;!?]$/u.test(t) && !/\d/u.test(t);
  };
  if (!item(l.index)) return false;
  if (!item(l.index + 1) && isParagraph(lines[l.index + 1]?.raw ?? "")) return false;
  let from = l.index;
  while (from > 0 && l.index - from < MAX_MENU_LINES && item(from - 1)) from--;
  let to = l.index;
  while (to < lines.length - 1 && to - l.index < MAX_MENU_LINES && item(to + 1)) to++;
  if (to - from < 2) return false;
  for (let k = from; k <= to; k++) if (MENU_WORDS.test(lines[k]!.raw)) return true;
  return false;
}

/** A web page's layout above its article: the lead paragraph, the headline above it and the header lines. */
function webLayout(lines: readonly Line[]): { leadIndex: number; titleLine: Line | null; header: Line[] } {
  const nonEmpty = (l: Line) => l.raw.trim() !== "";

  // The first paragraph anchors everything: the headline is before it, furniture after it.
  const firstParagraph = firstParagraphIndex(lines);
  // a short news item with no paragraph of a lead's length: it opens after its stamp (`Thu ngân sách quý I đạt 23%
  // dự toán` / `Thứ Hai, 08/04/2024 - 16:45` / `Thu ngân sách quý I ước đạt 11.327 tỷ đồng.`)
  const leadIndex = firstParagraph >= 0 ? firstParagraph : afterFirstStamp(lines);

  const beforeLead = lines.slice(0, Math.max(leadIndex, 0)).filter(nonEmpty);
  // (a line in lower case over a headline in capitals is a tag's or a topic's, `rà soát dự án bỏ hoang` over `Rà soát, tháo
  // gỡ vướng mắc …`; alone, it is the headline a site wrote so, `triển khai thực hiện phong trào …`; and a headline
  // wrapped from the line above goes on in lower case, read by wrappedHeadline)
  const headlineLines = beforeLead.filter((l) => isHeadline(l.raw) && !inVerticalMenu(lines, l));
  // (a tag is short, `tổ chức kỷ niệm 80 năm`: `vaccine Covid-19 được tiêm cho 500 người cao tuổi` is a headline in lower
  // case; the one under it a full headline's length)
  const lowerTag = (l: Line) => /^\s*\p{Ll}/u.test(l.raw) && !continuesLineAbove(lines, l) && wordCount(l.raw) <= MAX_TAG_WORDS;
  const fullBelow = (l: Line) => headlineLines.some((c) => c.start > l.start && /^\s*\p{Lu}/u.test(c.raw) && wordCount(c.raw) >= FULL_HEADLINE_WORDS);
  const candidates = headlineLines.filter((l) => !(lowerTag(l) && fullBelow(l)));
  // the site's masthead in capitals over its menu (`LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA` / `Trang chủ | Tin hoạt động | …`)
  // is no headline when one stands under the menu (a headline in capitals under it is: `ĐẢNG BỘ XÃ NẬM CÓ NÂNG CAO …`)
  // (the last menu line, not a stamp's or a byline's bar, `Thứ hai, 10/06/2024 | 08:30`, `Minh Thảo | 10/06/2024`, but a
  // top bar with its date and menu, `Thứ Năm, 13/06/2024 | Trang chủ | Giới thiệu`)
  const menu = beforeLead.findLast((l) => {
    const t = l.raw.trim();
    return (MENU_LINE.test(t) || BREADCRUMB.test(t)) && (!/\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/u.test(t) || MENU_WORDS.test(t));
  });
  const headlines =
    menu && candidates.some((l) => l.start > menu.start) ? candidates.filter((l) => l.start > menu.start || !NO_LOWER_CASE.test(l.raw.trim())) : candidates;
  // A section name from the site's menu or breadcrumb (`Tin tức - Sự kiện`,
  // `Xây dựng Đảng`) is a short line above the headline; the headline is the
  // first line of a full headline's length, or else the first candidate. When
  // the article's date stamp stands before the lead, the headline is the last
  // full line above it: a section name of six words above the headline
  // (`Thông tin chỉ đạo điều hành`) is not it, nor a photo caption under the stamp.
  // (a section's path of dashes is the site's when another headline stands: `Giao thông - Đô thị - Phòng cháy` over the
  // stamp over the headline; alone, it is one, `Đoàn kết - Kỷ cương - Sáng tạo - Hiệu quả`)
  const sectionless = headlines.filter((l) => !SECTION_PATH_LINE.test(l.raw.trim()));
  const fullLines = headlines.filter((l) => wordCount(l.raw) >= FULL_HEADLINE_WORDS);
  const notSections = fullLines.filter((l) => !SECTION_PATH_LINE.test(l.raw.trim()));
  const full = notSections.length > 0 ? notSections : fullLines;
  const stamp = beforeLead.findLast((l) => DATE_LINE.test(l.raw.trim()) || namedStamp(l.raw.trim()));
  const aboveStamp = stamp ? notSections.filter((l) => l.start < stamp.start) : [];
  // failing all, a headline that ends on a full stop (`Huyện Chư Sê kết nạp được 1.500 đảng viên.`)
  // (past a section's path: `Kinh tế - Xã hội - Môi trường` over `Huyện Chư Sê kết nạp được 1.500 đảng viên …`)
  const dotted = sectionless.length === 0 ? beforeLead.find((l) => /[^.]\.\s*$/u.test(l.raw) && isHeadline(l.raw.trim().slice(0, -1))) : undefined;
  const titleLine = aboveStamp[aboveStamp.length - 1] ?? (notSections.length > 0 ? notSections[0] : undefined) ?? sectionless[0] ?? dotted ?? full[0] ?? headlines[0] ?? null;
  const header = beforeLead.filter((l) => l !== titleLine && ((titleLine !== null && l.start > titleLine.start) || DATE_LINE.test(l.raw.trim()) || isPlaceDateLine(l.raw)));
  return { leadIndex, titleLine, header };
}

/** Whether the line above `l` is unended text that `l` may go on (no blank line, no closing mark between). */
function continuesLineAbove(lines: readonly Line[], l: Line): boolean {
  const above = lines[l.index - 1];
  return above !== undefined && above.raw.trim() !== "" && !/[.!?…:;,]\s*$/u.test(above.raw);
}

/**
 * A headline wrapped onto a second line, the title chosen being that second line: it opens in lower case, and
 * the line right above it is unended and could be a headline (`Hội nghị Ban Chấp hành Đảng bộ xã lần thứ năm
 * thảo luận, cho ý kiến vào` / `dự thảo nghị quyết về nhiệm vụ năm 2026`). The two are one title.
 */
function wrappedHeadline(text: string, lines: readonly Line[], titleLine: Line): Line {
  const above = lines[titleLine.index - 1];
  if (!above || !/^\s*\p{Ll}/u.test(titleLine.raw) || /[.!?…:;,]\s*$/u.test(above.raw) || !isHeadline(above.raw)) return titleLine;
  return { start: above.start, end: titleLine.end, index: above.index, raw: text.slice(above.start, titleLine.end) };
}

/** Kinds whose subject is quoted alone: a report's, a plan's, a programme's, a guide's. */
const SUBJECT_ALONE_KIND = /^(?:BÁO CÁO|KẾ HOẠCH|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|HƯỚNG DẪN|ĐỀ ÁN|PHƯƠNG ÁN)$/u;
/** An official document's layout: its subject the title, its place and date line the header, the lead after the subject. */
function officialLayout(text: string, lines: readonly Line[], [first, last]: [number, number]): { leadIndex: number; titleLine: Line; header: Line[] } {
  const after = lines.slice(last + 1);
  const firstParagraph = firstParagraphIndex(after);
  const leadIndex = last + 1 + (firstParagraph < 0 ? Math.max(0, after.findIndex((l) => l.raw.trim() !== "")) : firstParagraph);
  // the subject is the title (`BÁO CÁO` / `Kết quả thực hiện …` → `Kết quả thực hiện …`: readers of reports quote the
  // subject alone, 17 of 28 held-out reports' gold); a subject going on in lower case from the kind is one phrase with it
  // (`BÁO CÁO` / `sơ kết 03 năm thực hiện …` → `BÁO CÁO sơ kết 03 năm …`, 3 of 3), as Nghị định 30/2020/NĐ-CP sets them
  // out, one element, "tên loại và trích yếu nội dung"
  // (a report's, a plan's or a programme's; a subject that opens on `Về`, `V/v`, a dash, or names a meeting keeps its kind:
  // `TỜ TRÌNH` / `Về việc đề nghị …`, `THÔNG BÁO KẾT LUẬN` / `Hội nghị Ban Chấp hành …`)
  const subjectOnly = SUBJECT_ALONE_KIND.test(lines[first]!.raw.trim()) && /^\p{Lu}/u.test(lines[first + 1]!.raw.trim()) && !/^(?:Về|V\/v|VỀ)(?![\p{L}\p{M}])/u.test(lines[first + 1]!.raw.trim());
  const start = lines[subjectOnly ? first + 1 : first]!.start;
  const end = lines[last]!.end;
  const titleLine: Line = { start, end, index: subjectOnly ? first + 1 : first, raw: text.slice(start, end) };
  const header = lines.slice(0, first).filter((l) => l.raw.trim() !== "" && (DATE_LINE.test(l.raw.trim()) || isPlaceDateLine(l.raw)));
  return { leadIndex, titleLine, header };
}

/** A related article's label and its headline on one line: `Tin liên quan: …`, `Xem thêm: …`, `>> …`. */
const RELATED_ABOVE_LEAD = /^(?:(?:[•·\-*»›→►▶▸]|>{1,2})\s*)?(?:tin liên quan|bài liên quan|tin bài liên quan|xem thêm|đọc thêm|>>)\s*:?\s*\S/u;

/** Writers' names in title case before a bar: `Lê Hà - Minh Tú |`, `Đức Minh |`. */
const NAMES_BEFORE_BAR = /^(?:\p{Lu}[\p{Ll}\p{M}]*[ ]?){1,4}(?:[-–,][ ]?(?:\p{Lu}[\p{Ll}\p{M}]*[ ]?){1,4})*\|/u;

export function segment(text: string, folded: string): Layout {
  const lines = splitStoreStamp(splitLines(text));
  const nonEmpty = (l: Line) => l.raw.trim() !== "";
  const official = officialTitle(lines);
  const { leadIndex, titleLine: chosen, header } = official ? officialLayout(text, lines, official) : webLayout(lines);
  const titleLine = official || !chosen ? chosen : wrappedHeadline(text, lines, chosen);
  // a stamp at the headline's end is cut off it and read as the first header line
  let title = titleLine;
  if (titleLine) {
    const kept = withoutStamp(titleLine.raw);
    if (kept.length < titleLine.raw.length) {
      title = { ...titleLine, end: titleLine.start + kept.length, raw: kept };
      header.unshift({ ...titleLine, start: title.end, raw: titleLine.raw.slice(kept.length) });
    }
  }
  // a sapo, then the writers and the stamp on one line, then the body (`Lê Hà - Minh Tú | 18/12/2024 14:05`): the stamp
  // line is the header's, when the header has none
  if (title && leadIndex >= 0 && !header.some((l) => DATE_LINE.test(l.raw.trim()))) {
    const afterLead = nextNonEmpty(lines, leadIndex);
    const t = afterLead?.raw.trim() ?? "";
    // (a writer's name opens with a surname, or two writers are joined: `Phú Cường | 18/12/2024` names a place)
    const writers = NAMES_BEFORE_BAR.test(t) && (SURNAMES.has(t.split(/\s/u)[0]!.toLowerCase()) || /^[^|]+\s[-–]\s[^|]+\|/u.test(t));
    if (afterLead && t.includes("|") && DATE_LINE.test(t.slice(t.indexOf("|") + 1).trim()) && writers) header.push(afterLead);
  }

  // The article ends at the first furniture or byline line after the lead
  // paragraph, but for a related-news box, or a toolbar right under the lead,
  // the article goes on after.
  let bodyEndIndex = lines.length;
  const trailer: Line[] = [];
  const insets: Span[] = [];
  let paragraphAfterLead = false;
  let lastProseLine: number | undefined;
  for (let i = Math.max(leadIndex, 0) + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const low = folded.slice(line.start, line.end).trim();
    if (low === "") continue;
    if (TRAILER_LINE.test(low)) {
      // a photo's credit or a chart's source between paragraphs (`Ảnh: Minh Thảo`, `Nguồn: Cục Thống kê tỉnh.`, then
      // the article goes on) is the article's
      if (bodyEndIndex === lines.length && PHOTO_CREDIT_LINE.test(low) && paragraphFollows(lines, folded, i)) continue;
      // a byline right under the sapo, the body after it (`Bài và ảnh: MINH PHƯƠNG`): the writer's, the article goes on
      // (a subhead or a photo's caption may stand between: `Bài và ảnh: MINH PHƯƠNG` / `Những con đường mới` / the body;
      // a news brief's `Tin:` over the next item's headline closes its item, below)
      // (or a toolbar or a follow prompt between: `Bài và ảnh: Hoàng Anh` / `Theo dõi Báo Bắc Giang trên Google News` / the body)
      if (bodyEndIndex === lines.length && !paragraphAfterLead && BYLINE_LABEL_LINE.test(low) && (paragraphFollows(lines, folded, i) || toolbarEnd(lines, folded, i) >= 0)) {
        trailer.push(line);
        insets.push({ start: line.start, end: line.end });
        continue;
      }
      if (bodyEndIndex === lines.length) bodyEndIndex = i;
      trailer.push(line);
      continue;
    }
    const inset = bodyEndIndex === lines.length ? (INSET_LABEL.test(low) ? insetEnd(lines, folded, i) : placedHeadlinesEnd(lines, i)) : -1;
    if (inset >= 0) {
      insets.push({ start: line.start, end: lines[inset]!.end });
      i = inset;
      continue;
    }
    // a related article's link between paragraphs (`>> Tỉnh có nhiều …`, then the article goes on) is set inside it
    if (bodyEndIndex === lines.length && LINK_BETWEEN.test(low) && paragraphFollows(lines, folded, i)) {
      insets.push({ start: line.start, end: line.end });
      continue;
    }
    // (the site's contact, only with no paragraph of the article after it: a notice's `Địa chỉ: …; điện thoại: …` goes on)
    // (nor a sentence, however short: `- 120 ca được hỗ trợ kịp thời.`; the last such line found once, for linear time)
    const proseAfter = () => (lastProseLine ??= lines.findLastIndex((l) => (isParagraph(l.raw) || /[.!?…]\s*$/u.test(l.raw)) && !isFurnitureLine(folded.slice(l.start, l.end).trim()))) > i;
    if (isFurnitureLine(low) || (isContactTailLine(low) && !proseAfter())) {
      const toolbar = bodyEndIndex === lines.length && !paragraphAfterLead ? toolbarEnd(lines, folded, i) : -1;
      if (toolbar >= 0) {
        insets.push({ start: line.start, end: lines[toolbar]!.end });
        i = toolbar;
        continue;
      }
      if (bodyEndIndex === lines.length) bodyEndIndex = siteNameAbove(lines, i);
      // Bylines can follow a share bar or a rating box; keep looking for them a little further.
      for (let j = i + 1; j < Math.min(lines.length, i + 12); j++) {
        const l = lines[j]!;
        if (TRAILER_LINE.test(folded.slice(l.start, l.end).trim())) trailer.push(l);
      }
      break;
    }
    // the article's own paragraphs, not a long furniture line (`>> Hội nghị đánh giá …`): from here furniture ends it
    if (!paragraphAfterLead && isParagraph(line.raw)) paragraphAfterLead = true;
  }

  // between the headline and the lead, a related article's line is set inside the body too (`Tin liên quan: Quảng Ngãi
  // đẩy nhanh dự án … 900 tỷ đồng` under the headline: none of its figures is the article's)
  if (titleLine && leadIndex > titleLine.index + 1) {
    const above: Span[] = [];
    for (let i = titleLine.index + 1; i < leadIndex; i++) {
      const line = lines[i]!;
      const low = folded.slice(line.start, line.end).trim();
      // (and a share bar's counts: `Like 12  Share  Lưu`)
      if (low !== "" && (RELATED_ABOVE_LEAD.test(low) || TOOLBAR_LINE.test(low))) above.push({ start: line.start, end: line.end });
    }
    insets.unshift(...above);
  }

  const bodyStart = titleLine ? titleLine.end : 0;
  const lastBodyLine = lines[bodyEndIndex - 1];
  const bodyEnd = bodyEndIndex >= lines.length ? text.length : lastBodyLine ? lastBodyLine.end : bodyStart;
  const body: Span = { start: Math.min(bodyStart, bodyEnd), end: bodyEnd };
  return { lines, title, header, body, trailer, insets };
}
