/**
 * A number alone in a table cell, its unit in another cell of the row: the
 * statistical tables of reports, saved as text or serialised from a page
 * with a tab between cells, or typed with bars between them.
 *
 *   Diện tích lúa <TAB> ha <TAB> 3.200 <TAB> 3.185            → 3200 ha, 3185 ha
 *   Thu ngân sách (triệu đồng) <TAB> 250.000 <TAB> 125.400    → 250e9 VND, 125.4e9 VND
 *   1 | Diện tích lúa | Ha | 320 | 318,5                      → 320 ha, 318.5 ha
 *
 * The unit is the cell right after the row's label (the ĐVT column), when
 * it is nothing but a unit the matchers know (`ha`, `tấn`, `%`, a one-word
 * counted noun such as `hộ`), or a unit in brackets closing the label. A
 * cell with anything else (`ĐVT`, `Năm 2024`, `Đảng viên` in a list of
 * members) gives no unit, so a header row's years stay unread. Failing
 * those, a column headed by the noun it counts (`Nhà hư hỏng`), or the unit
 * the line above the table gives (`(đơn vị: triệu đồng):`).
 */
import type { PreparedDocument } from "../../pipeline/document.js";
import { prepareText } from "../../pipeline/prepare.js";
import { DEED_VERBS, DOCUMENT_LABELS, EVENT_VERBS, MONEY_HEADING_WORDS, PLAN_VERBS, REPORT_VERBS, SCORE_AND_AGE_NOUNS } from "../../lexicon/units.js";
import { byLength } from "./unit-match.js";
import type { Numeral } from "./numeral.js";
import type { UnitMatch } from "./unit-match.js";

/** What one unit cell makes of a number: read once per distinct cell text. */
type CellUnit = Omit<UnitMatch, "end"> | null;
const known = new Map<string, CellUnit>();
const LABEL_UNIT = /\(([^()\t\n]{1,20})\)[ ]*$/u;

/** How far back a row's cells are read: no table row is longer, and a long line of numbers is read in linear time. */
const MAX_ROW = 2000;
/** A row with more cells before the number is no table of a report (a run of `1<TAB>1<TAB>…` is not read cell by cell). */
const MAX_COLUMNS = 24;

/**
 * What parts a row's cells: a tab, a bar, or in a table copied from a PDF
 * or a word processor, a run of two spaces or more (`Chi thường xuyên
 * 12.900     6.785       52,6`).
 */
type Separator = "\t" | "|" | "  ";
const WIDE_GAPS = /\S {2,}(?=\S)/gu;

/** Whether a line is a row with this separator; aligned by spaces, three cells at least (a double space in prose is a slip). */
function isRow(line: string, separator: Separator): boolean {
  if (separator !== "  ") return line.includes(separator);
  return (line.match(WIDE_GAPS)?.length ?? 0) >= 2;
}

function splitCells(s: string, separator: Separator): string[] {
  return separator === "  " ? s.split(/ {2,}|\t/u) : s.split(separator);
}

/**
 * A row's number opening a row aligned by spaces, under a `TT` heading: `1   Đông      120     5` under `TT  Thôn  Số hộ
 * Hộ nghèo` numbers the row, no count of `Đông` (counterexample: `1 Đông` in a sentence, one space after it, is read on).
 */
export function opensSpacedRow(text: string, numeral: Numeral): boolean {
  if (!numeral.plainInteger || numeral.written.length > 3 || !/^ {2,}\S/u.test(text.slice(numeral.end, numeral.end + 12))) return false;
  // (only spaces back to the line's start, read back over them alone: a long line of numbers is read in linear time)
  let lineStart = numeral.start;
  while (lineStart > 0 && (text[lineStart - 1] === " " || text[lineStart - 1] === "\t")) lineStart--;
  if (lineStart > 0 && text[lineStart - 1] !== "\n") return false;
  const lineEnd = text.indexOf("\n", numeral.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  // (a row has numbers of its own after its label; a justified line of prose under a table, `15  hộ  còn lại  chưa …`, none)
  if (!isRow(line, "  ") || !/ {2,}[\d.,]+(?: {2,}|$)/u.test(line.slice(numeral.end - lineStart))) return false;
  const headerStart = headerRowStart(text, lineStart, "  ");
  return headerStart >= 0 && ROW_NUMBER_HEADING.test(headerCellsAt(text, headerStart, "  ")[0] ?? "");
}

/** Signs that may open a cell before its number: a bound's (`≥ 65`), a minus (`-2,3`, `−0,8` in a change's column). */
// (and a change's plus, `+13,2` under `So cùng kỳ (%)`)
const OPENING_SIGNS = new Set(["≥", "≤", ">", "<", "-", "−", "+"]);

export function tableCellUnit(doc: PreparedDocument, numeral: Numeral, readUnit: (text: string) => CellUnit): UnitMatch | null {
  const { text } = doc;
  // the number is a whole cell, after another: a tab (or a bar, or two spaces) before it, the same or the line's end after it
  let b = numeral.start;
  while (b > 0 && text[b - 1] === " ") b--;
  // (a target's bound opens its cell: `Thu nhập (triệu đồng/người/năm) <TAB> ≥ 65 <TAB> 68,2`)
  let spaces = numeral.start - b;
  if (b > 0 && OPENING_SIGNS.has(text[b - 1]!)) {
    const sign = --b;
    while (b > 0 && text[b - 1] === " ") b--;
    // (the spaces before the sign part the cells, not the one after it: `tỷ lệ tiêm chủng ≥ 95` is prose)
    spaces = sign - b;
  }
  const separator: Separator | null = text[b - 1] === "\t" || text[b - 1] === "|" ? (text[b - 1] as Separator) : spaces >= 2 ? "  " : null;
  if (separator === null) return null;
  let a = numeral.end;
  while (a < text.length && text[a] === " ") a++;
  const lineEnds = a >= text.length || text[a] === "\n" || text[a] === "\r";
  if (!lineEnds && (separator === "  " ? a - numeral.end < 2 : text[a] !== separator)) return null;
  // the row's start, reading back at most MAX_COLUMNS cells and MAX_ROW characters
  let rowStart = numeral.start;
  for (let cellsBack = 0; rowStart > 0 && text[rowStart - 1] !== "\n"; rowStart--) {
    if (numeral.start - rowStart > MAX_ROW) return null;
    // a cell boundary: the separator, or where a run of two spaces starts
    const boundary = separator === "  " ? text[rowStart - 1] === " " && text[rowStart - 2] === " " && text[rowStart - 3] !== " " : text[rowStart - 1] === separator;
    if (boundary && ++cellsBack > MAX_COLUMNS) return null;
  }
  // a row aligned by spaces shows it on its own line, read no further than a row runs (a long line is no row)
  // (or a total's row of two cells right under a row, its other cells empty: `Tổng cộng <spaces> 2.648.500.000`)
  if (separator === "  " && !isRow(text.slice(rowStart, Math.min(text.length, numeral.end + MAX_ROW)).split("\n", 1)[0]!, separator) && !totalUnderRow(text, rowStart)) return null;
  const before = text.slice(rowStart, numeral.start);
  // a year is a column's heading (`Chỉ tiêu <TAB> ĐVT <TAB> 2023 <TAB> 2024`)
  if (numeral.plainInteger && numeral.written.length === 4 && numeral.value >= 1900 && numeral.value <= 2099) return null;
  const cells = splitCells(before, separator).slice(0, -1).map((c) => c.trim());
  const headerStart = headerRowStart(text, rowStart, separator, TOTAL_LABEL.test(cells.find((c) => c !== "") ?? ""));
  // a row typed with bars may open with one (`| 1 | Diện tích lúa | Ha | 320 |`), a row aligned by spaces with spaces;
  // under a header that opens with none, an empty first cell is the row's own (`STT | Chương trình | Dư nợ` over
  // `  | Tổng cộng | 412.635`: a total has no number)
  const bordered = separator !== "|" || headerStart < 0 || /^[ \t]*\|/u.test(text.slice(headerStart, headerStart + 40));
  if (separator !== "\t" && cells[0] === "" && bordered) cells.shift();
  const header = headerStart < 0 ? null : headerCellsAt(text, headerStart, separator);
  const rowLine = text.slice(rowStart).split("\n", 1)[0]!;
  const byCount = cells.length + (header && mergedTotalLabel(header, cells, rowLine, separator) ? 1 : 0);
  // a row aligned by spaces with cells left empty (`Cộng    37    1.250` under `TT  Đơn vị  Số lớp  Số học viên  Nghề`):
  // its cells counted fall short, so the number's column is the heading it stands under
  const column =
    header && separator === "  " && splitCells(rowLine.trim(), separator).length < header.length
      ? (columnUnderneath(text, headerStart, numeral.start - rowStart, numeral.end - rowStart) ?? byCount)
      : byCount;
  const headed = header ? columnUnit(header, column, readUnit) : null;
  if (headed) return { ...headed, end: numeral.end, rule: "table.unit-column" };
  // the row's label is its first cell, or its second after a row number (`1 <TAB> Diện tích lúa`)
  // (or after an empty cell where a row's number would stand: `  | Trong đó: thu nội địa | tỷ đồng | 4.800`)
  const labelAt = /^(?:(?:\d{1,3}|[IVX]{1,4})\.?)?$/u.test(cells[0] ?? "x") && cells.length > 1 ? 1 : 0;
  const label = LABEL_UNIT.exec(cells[labelAt] ?? "");
  // (a word the lexicon does not count, bracketed after the label, counts all the same a whole number: `Tờ rơi, áp phích
  // (tờ) | 12.500`, `HTX nông nghiệp liên kết chuỗi (HTX) | 30`)
  // (not under a column of money, a measure, a rate: `Kinh phí | 50.000.000` in the same row)
  const wordCounted = Number.isInteger(numeral.value) && !NOT_CAPTION_COUNTED.test(header?.[column] ?? "");
  // (a thing's classifier or an acronym only: `(nữ)`, `(mới)`, `(ng)` qualify the row's own noun)
  const bracketWord = label && wordCounted && BRACKETED_UNIT_WORD.test(label[1]!.trim()) ? wordUnit(label[1]!) : null;
  const labelUnit = label ? (cachedUnit(label[1]!.trim(), readUnit) ?? bracketWord) : null;
  if (labelUnit) return { ...labelUnit, end: numeral.end, rule: "table.unit-cell" };
  // the unit column (ĐVT) comes right after the label; a counted noun there is one word (`hộ`, `người`, `con`)
  // unless the header names the column (`ĐVT`: `Lượt người`, `Mô hình`);
  // counterexample: `3 <TAB> Lê Văn Cường <TAB> Đảng viên <TAB> 38` is a member aged 38, not 38 members
  const unitCell = cells[labelAt + 1];
  // (under a heading that names the unit column, a whole number, any one word or counted acronym there is the count's:
  // `chòi`, `bể`, `HTX`; not when the number's own column names what it counts, `Số người`)
  const free = unitCell && header && Number.isInteger(numeral.value) && UNIT_HEADER.test(header[labelAt + 1] ?? "") && !countedColumn(header[column], readUnit);
  const unit = unitCell ? (cachedUnit(unitCell, readUnit) ?? (free ? wordUnit(unitCell) : null)) : null;
  if (unit && !(unit.kind === "count" && /\s/u.test(unitCell!) && !UNIT_HEADER.test(header?.[labelAt + 1] ?? ""))) {
    // (a classifier there counts the row's thing: `Xuồng máy | chiếc | 04` counts `xuồng máy`)
    const thing = unit.kind === "count" && CLASSIFIER_UNITS.has(unit.unit) ? labelledThing(cells[labelAt] ?? "") : null;
    return { ...(thing ?? unit), end: numeral.end, rule: "table.unit-cell" };
  }
  // failing those: a column headed by what it counts (`Nhà hư hỏng`), or the table's unit above it (`(Đơn vị: triệu đồng)`)
  // (whole numbers only: a total's row short of its number's cell, `Toàn huyện | 1.432 | 986 | 68,85`, puts its rate under a count)
  // (a plan's or a result's column counts what the row's label names: `Kết nạp đoàn viên mới | 30 | 38` under `Nội dung |
  // Chỉ tiêu | Thực hiện`, not `chỉ tiêu`; a row naming a school, `THPT Phan Đình Phùng | 585`, counts the quota)
  if (header && Number.isInteger(numeral.value) && PLAN_OR_RESULT_HEADING.test(header[column]?.trim() ?? "")) {
    const own = ownRowCount(cells[labelAt] ?? "", readUnit);
    if (own) return { ...own, end: numeral.end, rule: "table.unit-cell" };
    // (a row that measures, its unit unwritten, or a deed's whose thing is unknown counts no quota: `Tỷ lệ trẻ em suy dinh
    // dưỡng | 10 | 9`, `Tập huấn kỹ thuật cho nông dân | 8 | 10`)
    if (MEASURING_LABEL.test(cells[labelAt] ?? "") || PLAN_VERB.test(cells[labelAt] ?? "")) return null;
  }
  const counted = header && Number.isInteger(numeral.value) ? countedColumn(header[column], readUnit) : null;
  // (a column of a category, `Tuyến huyện`, under a row that numbers its noun: `Tổng số cơ sở được kiểm tra <TAB> 64` counts
  // establishments)
  const numberedRow = counted && !/^số\s/iu.test(header![column] ?? "") ? rowNumbered(cells[labelAt] ?? "", readUnit) : null;
  if (numberedRow) return { ...numberedRow, end: numeral.end, rule: "table.unit-cell" };
  if (counted) return { ...counted, end: numeral.end, rule: "table.unit-column" };
  // not for a column of its own kind: `Số lượng`, `Số hộ`, `STT`
  const tableUnit = headerStart > 0 && !OWN_COUNT_HEADING.test(header?.[column] ?? "") ? unitAboveTable(text, headerStart, readUnit) : null;
  if (tableUnit) return { ...tableUnit, end: numeral.end, rule: "table.unit-above" };
  // (after the table's unit above it: `(đơn vị: triệu đồng)` over `Số hộ vay | Đã giải ngân` is money)
  const progress = header && Number.isInteger(numeral.value) ? progressOfCountColumn(header, column, readUnit) : null;
  if (progress) return { ...progress, end: numeral.end, rule: "table.unit-column" };
  // last, the row counts what its label numbers, a noun the lexicon knows: `Số vụ <TAB> 18 <TAB> 14`, `Số người chết |
  // 11 | 8` (not `Số nhà`, `Số tiền`, `Số vào sổ`: an address, money, a register's entry; a unit column above wins:
  // `Số dư nợ <TAB> Tỷ đồng <TAB> 125,6`)
  // (or what a report's verb acted on: `Kết nạp đảng viên | 300`, `Chuyển đảng viên chính thức | 250`, `Xóa xóm chưa có chi
  // bộ | 3`)
  const rowLabel = cells[labelAt] ?? "";
  const verb = ROW_VERB.exec(rowLabel);
  // (or the label itself is the noun, lower case after its first letter: `Hộ nghèo <TAB> 120 <TAB> 98` under `Chỉ tiêu |
  // Năm 2023 | Năm 2024`; not a place's name, `Xã An Hòa <TAB> 1.250`)
  // (or under a column of counts, a noun the lexicon knows opening the label: `Cấp ủy viên nữ <TAB> 13` under `Nội dung |
  // Số lượng | Tỷ lệ (%)`, `Hồ sơ tiếp nhận <TAB> 1.234` under `Nội dung | Kết quả`; `Tổng số đảng viên <TAB> 486`)
  const rowCounted =
    NUMBER_OF_LABEL.test(rowLabel)
      ? rowNumbered(rowLabel, readUnit)
      : // (not a label naming one: a name after its first word, `Xã Tân Lập`, `Trường THCS Kim Đồng`; a number after a label's
        // word, `Tổ 1`, `Khu dân cư số 3`; a date, `Hội nghị ngày 15/3`; `Hồ sơ tiếp nhận, giải quyết`, `Tài khoản VNeID mức 2`,
        // `Trẻ em dưới 14 tuổi được cấp căn cước` count)
        COUNT_HEADING.test(header?.[column] ?? "") && Number.isInteger(numeral.value) && !ROW_VERB.test(rowLabel) && !NAMING_ROW_LABEL.test(rowLabel)
        ? knownCountIn(rowLabel, readUnit)
      : verb
        ? knownCountIn(rowLabel.slice(verb[0].length), readUnit)
        : NOUN_LABEL.test(rowLabel) && header !== null && Number.isInteger(numeral.value)
          ? wholeLabelCount(rowLabel, readUnit)
          : null;
  if (rowCounted) return { ...rowCounted, end: numeral.end, rule: "table.unit-cell" };
  // failing all, what the caption above says the table counts
  const captioned = headerStart > 0 && Number.isInteger(numeral.value) && !NOT_CAPTION_COUNTED.test(header?.[column] ?? "") ? captionCount(text, headerStart, readUnit) : null;
  return captioned ? { ...captioned, end: numeral.end, rule: "table.unit-above" } : null;
}

/**
 * What a table's caption says it counts, a report's verbs then their noun: `Kết quả tiếp nhận, giải quyết hồ sơ TTHC quý I
 * năm 2024:` over `TT | Lĩnh vực | Tiếp nhận | Trực tuyến | Đúng hạn | Trễ hạn` counts `hồ sơ` (counterexample: `Kết quả thu
 * ngân sách năm 2024:`, its verb's noun no count).
 */
// (not a column of money, a measure, a rate, a score or a rank under it: `Kinh phí`, `Diện tích`, `Độ bao phủ`, `Điểm`,
// `Xếp hạng`)
const NOT_CAPTION_COUNTED = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${MONEY_HEADING_WORDS.join("|")}|thành tiền|tiền|phạt|giá trị|vốn|diện tích|sản lượng|năng suất|tỷ lệ|tỉ lệ|độ|điểm|xếp hạng|hạng|thứ hạng|ghi chú|năm|tháng|ngày)(?![\\p{L}\\p{M}])|%|\\(`,
  "iu",
);
let captionPattern: RegExp | undefined;
function captionCount(text: string, headerStart: number, readUnit: (text: string) => CellUnit): CellUnit {
  // (every cell of a table asks: the caption is read once per table)
  if (lastCaption.text === text && lastCaption.at === headerStart) return lastCaption.unit;
  lastCaption = { text, at: headerStart, unit: readCaption(text, headerStart, readUnit) };
  return lastCaption.unit;
}
let lastCaption: { text: string; at: number; unit: CellUnit } = { text: "", at: -1, unit: null };
function readCaption(text: string, headerStart: number, readUnit: (text: string) => CellUnit): CellUnit {
  const line = lineAboveTable(text, headerStart);
  if (line.length > MAX_ROW) return null;
  const verbs = [...new Set([...REPORT_VERBS, ...PLAN_VERBS, ...DEED_VERBS])].sort(byLength).join("|");
  captionPattern ??= new RegExp(
    `^[ \\t]*(?:[-–+•*][ \\t]*)?(?:[\\dIVXa-zđ]{1,4}[.)][\\d.]*[ \\t]*)?(?:bảng[ ]+[\\dIVX]+[.:]?[ \\t]*)?(?:kết quả|tình hình|số liệu|tổng hợp)[ ]+(?:${verbs})(?:[ ]*(?:,|và)[ ]*(?:${verbs}))*[ ]+([^:\\n]+?)[ \\t]*:?[ \\t]*$`,
    "iu",
  );
  const caption = captionPattern.exec(line);
  return caption ? knownCountIn(caption[1]!, readUnit) : null;
}

/**
 * The header's cell, aligned by spaces, that a number at `from`..`to` of its row stands under: the most overlap, else the
 * nearest (a PDF's copy keeps the columns' places, a row's empty cells none of its own).
 */
function columnUnderneath(text: string, headerStart: number, from: number, to: number): number | null {
  const line = text.slice(headerStart, text.indexOf("\n", headerStart) < 0 ? text.length : text.indexOf("\n", headerStart));
  let best: number | null = null;
  let bestScore = -Infinity;
  const cell = /\S+(?: \S+)*/gu;
  for (let m = cell.exec(line), k = 0; m !== null; m = cell.exec(line), k++) {
    const start = m.index;
    const end = m.index + m[0].length;
    const overlap = Math.min(end, to) - Math.max(start, from);
    if (overlap > bestScore) {
      bestScore = overlap;
      best = k;
    }
  }
  return best;
}

/** Whether the line at `rowStart` is a total's label and its number, the line right above a row aligned by spaces. */
function totalUnderRow(text: string, rowStart: number): boolean {
  const line = text.slice(rowStart, text.indexOf("\n", rowStart) < 0 ? text.length : text.indexOf("\n", rowStart)).trim();
  const label = line.split(/ {2,}/u)[0]!;
  if (!TOTAL_LABEL.test(label) || rowStart < 2) return false;
  const above = text.slice(text.lastIndexOf("\n", rowStart - 2) + 1, rowStart - 1);
  return isRow(above, "  ");
}

const TOTAL_LABEL = /^(?:tổng cộng|tổng số|tổng|cộng|toàn (?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|ngành))$/iu;
const ROW_NUMBER_HEADING = /^(?:s?tt|số tt|số thứ tự)\.?$/iu;
/**
 * A total's label set across the number's and the name's cells, as Word merges them: `Tổng cộng <TAB> 41,83 <TAB> 20,62`
 * under `TT <TAB> Tên hồ <TAB> Dung tích …`, a cell short of the header, its values under the header's last columns
 * (counterexample: `<TAB> Tổng cộng <TAB> 41,83`, the number's cell left empty, is aligned already).
 */
function mergedTotalLabel(header: readonly string[], cells: readonly string[], row: string, separator: Separator): boolean {
  // (an empty cell after the label keeps the columns: `Tổng số <TAB><TAB> 22` under `TT | Đơn vị | Số hộ | Diện tích (ha)`)
  if (!TOTAL_LABEL.test(cells[0] ?? "") || !ROW_NUMBER_HEADING.test(header[0]?.trim() ?? "") || cells[1] === "") return false;
  // (cells counted between a bordered row's outer bars; an empty cell inside is one: `Toàn huyện | | 1.318 | 412,65` fills
  // every column)
  const inner = (cells: readonly string[]) => cells.length - (cells[0]?.trim() === "" ? 1 : 0) - (cells.length > 1 && cells.at(-1)!.trim() === "" ? 1 : 0);
  return inner(splitCells(row, separator)) === inner(header) - 1;
}

/** `Số X`, `Tổng số X` opening a row's label. */
const NUMBER_OF_LABEL = /^(?:tổng\s+)?số\s+/iu;
/** What a row's label numbers: `Số vụ`, `Tổng số cơ sở được kiểm tra` (not `Số nhà`, `Số tiền`); null for none. */
function rowNumbered(label: string, readUnit: (text: string) => CellUnit): CellUnit {
  const numberOf = NUMBER_OF_LABEL.exec(label);
  if (!numberOf || NOT_A_COUNT_AFTER_SO.test(label.slice(numberOf[0].length).trim().toLowerCase())) return null;
  return knownCountIn(label.slice(numberOf[0].length), readUnit);
}

/** A plan's or a result's column: `Chỉ tiêu`, `Kế hoạch`, `Thực hiện`, `Kết quả`, `Ước thực hiện năm 2024`. */
const PLAN_OR_RESULT_HEADING = /^(?:chỉ tiêu|kế hoạch|kh|thực hiện|th|kết quả|kết quả thực hiện|ước thực hiện|lũy kế)(?:\s+(?:năm\s+)?\d{4})?$/iu;
// (not a label that measures, `Tỷ lệ trẻ em suy dinh dưỡng`, `Thu nhập bình quân`, whose numbers are no count of the noun
// in it)
const MEASURING_LABEL = /^(?:tỷ lệ|tỉ lệ|thu nhập|giá trị|tổng giá trị|diện tích|sản lượng|năng suất|tốc độ|bình quân|mức|số tiền|kinh phí|tổng kinh phí|doanh thu)(?![\p{L}\p{M}])/iu;
/**
 * A plan's verbs opening a row's label, what they act on after them, or who gains after `cho`: `Giới thiệu đoàn viên ưu tú
 * cho Đảng` (đoàn viên), `Giải quyết việc làm cho lao động` (lao động), `Tổ chức hội nghị` (hội nghị), `Đào tạo nghề cho lao
 * động nông thôn` (not `giải`, `tổ chức`, `nghề`, the verb's own syllables or the trade taught).
 */
const PLAN_VERB = new RegExp(`^(?:${[...PLAN_VERBS].sort(byLength).join("|")})(?![\\p{L}\\p{M}])[ ]*`, "iu");
const EVENT_VERB = new RegExp(`^(?:${[...EVENT_VERBS].sort(byLength).join("|")})(?![\\p{L}\\p{M}])`, "iu");
/** What a row's own label counts: a report's verb then its noun, `Số X`, or a noun the lexicon knows opening it; not a name. */
function ownRowCount(label: string, readUnit: (text: string) => CellUnit): CellUnit {
  const verb = ROW_VERB.exec(label);
  if (verb) return knownCountIn(label.slice(verb[0].length), readUnit);
  const planVerb = PLAN_VERB.exec(label);
  if (planVerb && EVENT_VERB.test(label)) {
    // (what the event is of, before any `cho`: `Tổ chức hội nghị`, `Thăm hỏi gia đình chính sách`)
    return knownCountIn(label.slice(planVerb[0].length).split(/(?<![\p{L}\p{M}])cho(?![\p{L}\p{M}])/iu)[0]!, readUnit);
  }
  if (planVerb) {
    const gains = /(?<![\p{L}\p{M}])cho[ ]+/iu.exec(label.slice(planVerb[0].length));
    const beneficiary = gains ? knownCountIn(label.slice(planVerb[0].length + gains.index + gains[0].length), readUnit) : null;
    return beneficiary ?? knownCountIn(label.slice(planVerb[0].length), readUnit);
  }
  if (NAMING_ROW_LABEL.test(label) || MEASURING_LABEL.test(label)) return null;
  return rowNumbered(label, readUnit) ?? knownCountIn(label, readUnit);
}
/** The count a row's label names as a whole (`Hộ nghèo`, `Đảng viên mới`; not `Nhà trẻ`, `Mẫu giáo`, whose first word only is a noun). */
function wholeLabelCount(label: string, readUnit: (text: string) => CellUnit): CellUnit {
  const unit = cachedUnit(label.trim(), readUnit);
  return unit && unit.kind === "count" && unit.rule !== "count.noun-guessed" && unit.unit === label.trim().toLowerCase().replace(/\s+/gu, " ") ? unit : null;
}
/** A row's label of lower-case words after its first letter, no digits or marks: `Hộ nghèo`, `Đảng viên mới`. */
const NOUN_LABEL = /^\p{Lu}?[\p{Ll}\p{M}]*(?:[ ][\p{Ll}\p{M}]+){0,5}$/u;

/** A row's label that names one thing: a name after its first word, a number after a label's word, a date. */
const NAMING_ROW_LABEL = /^\S+[ ]+(?:\p{Lu}|\d)|(?<![\p{L}\p{M}])(?:số|tổ|khu|thôn|xóm|đội|lớp|phòng)[ ]+\d|\d{1,2}\/\d{1,2}/u;
/** A column of counts or results, its rows' labels naming what each counts. */
const COUNT_HEADING = /^(?:số lượng|sl|kết quả|tổng số|số)$/iu;
/** A report's verb opening a row's label, before the noun it acted on. */
const ROW_VERB = new RegExp(`^(?:${REPORT_VERBS.join("|")})\\s+`, "iu");

export const NOT_A_COUNT_AFTER_SO = /^(?:lượng|tiền|thứ tự|tt|điện thoại|hiệu|liệu|nhà|tài khoản|hóa đơn|báo danh|chứng minh|định danh|hợp đồng|đăng ký|ký hiệu|căn cước|hộ chiếu|giấy phép|văn bản|biên bản|phách|hộ khẩu|vào sổ|phát hành|sê-ri|seri)(?:\s|$)/u;
// (`Số tiền` is money, in the unit the line above gives: `(đơn vị tính: đồng)` over `STT | Đơn vị | Số tiền`)
const OWN_COUNT_HEADING = /^(?:số(?![ ]tiền)|sl|stt|tt)(?![\p{L}\p{M}])/iu;
/** Headings that name a score, an age or a document, no count: `Điểm`, `Tuổi`, `Số quyết định`. */
const NOT_COUNTED_HEADING: ReadonlySet<string> = new Set([...DOCUMENT_LABELS, ...SCORE_AND_AGE_NOUNS, "stt", "tt"]);
/** `(Đơn vị: triệu đồng)`, `ĐVT: ha`, `Đơn vị tính: tấn` closing the line above a table. */
// (of two units, the first: `(đơn vị tính: triệu đồng, hộ)` over `Dư nợ | Số hộ`, the count's column naming its own)
const UNIT_ABOVE = /(?:đơn vị(?: tính)?|đvt)\s*:\s*([^():,;\n]{1,20}?)\s*(?:[,;][^():\n]{1,20})?\)?\s*[:.]?\s*$/iu;

/** The unit the line above the table gives for all its numbers: `Chi thường xuyên theo lĩnh vực (đơn vị: triệu đồng):`. */
function unitAboveTable(text: string, headerStart: number, readUnit: (text: string) => CellUnit): CellUnit {
  // every cell of a table asks: the line is read once per table
  if (lastAbove.text !== text || lastAbove.at !== headerStart) {
    const line = lineAboveTable(text, headerStart);
    const m = UNIT_ABOVE.exec(line.length > MAX_ROW ? line.slice(-MAX_ROW) : line);
    lastAbove = { text, at: headerStart, unit: m ? cachedUnit(moneyUnitAbove(m[1]!, `${line}\n${headerLine(text, headerStart)}`), readUnit) : null };
  }
  return lastAbove.unit;
}

/** The line right above a table's header, over one blank line (`Kết quả … (đơn vị tính: công dân):` / `` / `TT  Cụm thôn …`). */
function lineAboveTable(text: string, headerStart: number): string {
  let lineStart = text.lastIndexOf("\n", headerStart - 2) + 1;
  let line = text.slice(lineStart, headerStart - 1);
  if (line.trim() === "" && lineStart > 1) {
    const end = lineStart - 1;
    lineStart = text.lastIndexOf("\n", end - 1) + 1;
    line = text.slice(lineStart, end);
  }
  return line.replace(/\r$/u, "");
}
const headerLine = (text: string, headerStart: number): string => text.slice(headerStart, text.indexOf("\n", headerStart) < 0 ? text.length : text.indexOf("\n", headerStart));
let lastAbove: { text: string; at: number; unit: CellUnit } = { text: "", at: -1, unit: null };

/**
 * A table's unit of money written short, as budget tables do: `ĐVT: triệu`, `Đơn vị: nghìn`, `ĐVT: 1000đ` are millions,
 * thousands, thousands of đồng (the same word in a sentence is no money: `1 triệu người`, `2 nghìn hộ`).
 */
// (only where the caption or the header speaks of money: `Lượt khách (ĐVT: nghìn)` counts visitors in thousands, no money)
const MONEY_WORDS = new RegExp(`(?<![\\p{L}\\p{M}])(?:${MONEY_HEADING_WORDS.join("|")}|thu|chi|vốn|giá trị|doanh thu|tiền|dự toán|đầu tư|quyết toán)(?![\\p{L}\\p{M}])`, "iu");
function moneyUnitAbove(unit: string, caption: string): string {
  if (/^(?:triệu|nghìn|ngàn)$/iu.test(unit)) return MONEY_WORDS.test(caption) ? `${unit} đồng` : unit;
  const thousands = /^(1(?:\.000)+|10+)[ ]?(?:đ|đồng|vnđ)$/iu.exec(unit);
  return thousands ? `${thousands[1]} đồng` : unit;
}

/** Lines of a list a unit line above may govern at most. */
const MAX_LIST_ITEMS = 40;
/** An item of a list: a label, a colon and a number (`- Xã An Hòa: 1.250`). */
const LIST_ITEM_LINE = /^[ \t]*[-–•+*]?[ \t]*[^:\n]{1,60}:[ \t]*[\d.,]+[ \t]*[;.]?[ \t]*$/u;

/**
 * The unit a line above a list of `label: number` items gives them all: `Thu ngân sách (đơn vị tính: triệu đồng):`
 * over `- Xã An Hòa: 1.250`. `lineStart` is where the number's item starts.
 */
export function unitAboveList(text: string, lineStart: number, readUnit: (text: string) => CellUnit): Omit<UnitMatch, "end"> | null {
  let start = lineStart;
  for (let n = 0; n < MAX_LIST_ITEMS && start > 0; n++) {
    const above = text.lastIndexOf("\n", start - 2) + 1;
    const line = text.slice(above, start - 1);
    if (LIST_ITEM_LINE.test(line)) {
      start = above;
      continue;
    }
    const m = UNIT_ABOVE.exec(line.length > MAX_ROW ? line.slice(-MAX_ROW) : line);
    const unit = m ? cachedUnit(moneyUnitAbove(m[1]!, `${line}\n${text.slice(start, text.indexOf("\n", start))}`), readUnit) : null;
    return unit ? { ...unit, rule: "table.unit-above" } : null;
  }
  return null;
}

/**
 * A column headed by the noun it counts, and a few words about it: `Nhà hư
 * hỏng`, `Số hộ nghèo`. Counts only: `Năm 2024` heads a year's column, no
 * span of years (counterexample).
 */
/** A noun the lexicon knows at the start of words, as a count: `người chết` → `người`; null for any other. */
// (a list's first noun: `Công trình, phần việc thanh niên` counts `công trình`)
function knownCountIn(words: string, readUnit: (text: string) => CellUnit): CellUnit {
  const unit = countOpening(words.split(",")[0]!.trim().split(/\s+/u), readUnit);
  return unit && unit.rule !== "count.noun-guessed" ? unit : null;
}

/** Words of the longest counted noun the lexicon knows: `tổ chức cơ sở đảng`. */
const MAX_NOUN_WORDS = 5;
/**
 * What the longest of the first five words that reads as a unit gives: a count, unless of a score, an age or a
 * document; null for a unit of another kind; undefined when none reads as one.
 */
function countOpening(words: readonly string[], readUnit: (text: string) => CellUnit): CellUnit | undefined {
  for (let n = Math.min(words.length, MAX_NOUN_WORDS); n >= 1; n--) {
    const unit = cachedUnit(words.slice(0, n).join(" "), readUnit);
    if (unit) return unit.kind === "count" && !NOT_COUNTED_HEADING.has(unit.unit) ? unit : null;
  }
  return undefined;
}

/**
 * What befalls a counted noun in a long heading: `được`, `đã`, `bị`, `có`, `mới`, `tham gia` after it (counterexample: `Lao
 * động nông thôn qua đào tạo nghề năm 2023`, no such word: a label, not a heading's count).
 */
// (or a report's or a plan's verb done to it: `Hội viên kết nạp mới`, `Đảng viên khen thưởng`, `Lao động đào tạo nghề`)
const PARTICIPLE = new RegExp(`^(?:được|đã|bị|có|mới|tham gia|thoát|vay|${[...REPORT_VERBS, ...PLAN_VERBS].sort(byLength).join("|")})$`, "u");
function nounBeforeParticiple(words: readonly string[], readUnit: (text: string) => CellUnit): CellUnit {
  for (let n = Math.min(words.length - 1, MAX_NOUN_WORDS); n >= 1; n--) {
    const unit = cachedUnit(words.slice(0, n).join(" "), readUnit);
    if (!unit) continue;
    const next = words[n]!.toLowerCase();
    return unit.kind === "count" && !NOT_COUNTED_HEADING.has(unit.unit) && (PARTICIPLE.test(next) || PARTICIPLE.test(`${next} ${words[n + 1] ?? ""}`.toLowerCase())) ? unit : null;
  }
  return null;
}

/** Money's words opening a heading: `Giải ngân` is disbursed money, no count of `giải` (prizes), nor `Vốn vay` of loans. */
const MONEY_HEADING = new RegExp(`^(?:${MONEY_HEADING_WORDS.join("|")}|vốn)(?![\\p{L}\\p{M}])`, "iu");
function countedColumn(heading: string | undefined, readUnit: (text: string) => CellUnit): CellUnit {
  if (MONEY_HEADING.test(heading?.trim() ?? "")) return null;
  const numberOf = /^số\s+/iu.test(heading ?? "");
  // a medal's column in a games' table: `Hạng | Đơn vị | HCV | HCB | HCĐ` counts gold, silver and bronze medals
  const medal = MEDAL_HEADING.exec(heading?.trim() ?? "");
  if (medal) return { kind: "count", unit: medal[0].toLowerCase(), per: null, rule: "table.unit-column" };
  const words = heading?.replace(/^số\s+/iu, "").split(/\s+/u) ?? [];
  // a noun alone heads a column of which ones (`Thôn`, `Lớp`: `3` is the third); `Số hộ`, `Nhà hư hỏng` count
  // (a longer heading after `Số` when a noun the lexicon knows opens it: `Số cơ sở được kiểm tra`)
  if (numberOf && words.length > 4 && !words.some((w) => /\d/u.test(w))) return countOpening(words, readUnit) ?? null;
  // (or, without `Số`, a noun the lexicon knows then what befell it: `Lao động được tạo việc làm mới`, `Hộ đã thoát nghèo`)
  if (!numberOf && words.length > 4 && !words.some((w) => /\d/u.test(w))) return nounBeforeParticiple(words, readUnit);
  if (words.length === 0 || words.length > 4 || (words.length === 1 && !numberOf) || words.some((w) => /\d/u.test(w))) return null;
  const read = countOpening(words, readUnit);
  if (read !== undefined) return read;
  // `Số ổ dịch`: the number of a noun the lexicon does not know is its count all the same (two words at most)
  // (not `Số lượng`, `Số tiền`, `Số thứ tự`, `Số nhà`: a quantity, money, an order, an address)
  // (two words: one alone is as often which one, `Số thửa`, `Số tờ`, as how many)
  if (numberOf && words.length === 2 && words.every((w) => /^[\p{L}\p{M}]+$/u.test(w))) {
    const unit = words.join(" ").toLowerCase();
    return NOT_COUNTED_HEADING.has(unit) || NOT_A_COUNT_AFTER_SO.test(unit) ? null : { kind: "count", unit, per: null, rule: "table.unit-column" };
  }
  return null;
}

/**
 * A column headed by how far the work went, naming no noun (`Đã giải quyết`, `Còn tồn`, `Trong đó: đã xử lý`), counts what
 * the nearest `Số X` column before it counts: `Số đơn <TAB> Đã giải quyết` over `64 <TAB> 58` is 58 `đơn`.
 * (counterexample: `Đã giải quyết` after `Diện tích (ha)` alone inherits nothing; the heading must follow a count's column)
 */
const PROGRESS_HEADING = /^(?:trong đó:?[ ]*)?(?:đã|chưa|đang|còn|tồn)(?:[ ][\p{Ll}\p{M}]+){0,3}$/iu;
/**
 * Money's or a rate's words, whole, in such a heading: `Đã giải ngân`, `Còn dư nợ`, `Đã đạt tỷ lệ`, `Trong đó kinh phí nhà
 * nước` under `Số hộ vay`, `Số xã` are no more of them (`Đã đạt chuẩn`, `Đã trả lời`, `Đã vay vốn` are).
 */
// (and paying's: `Đã chi trả`, `Đã thu`, `Đã trả nợ`, `Đã nộp`, but for `thu hồi`, `nộp hồ sơ`, `trả lời`)
const MONEY_OR_RATE_WORD = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${MONEY_HEADING_WORDS.join("|")}|tỷ lệ|tỉ lệ|số tiền|tiền|chi trả|chi|thu(?![ ]hồi)|trả nợ|nộp(?![ ]hồ sơ))(?![\\p{L}\\p{M}])|%`,
  "iu",
);
/** A part of the column before: `Trong đó XKLĐ`, `Trong đó: nữ` (counterexample: `Trong đó: tỷ lệ (%)`, a rate, read before). */
const PART_HEADING = /^trong đó(?![\p{L}\p{M}])/iu;
function progressOfCountColumn(header: readonly string[], column: number, readUnit: (text: string) => CellUnit): CellUnit {
  const heading = header[column]?.trim() ?? "";
  if (MONEY_OR_RATE_WORD.test(heading)) return null;
  if (PART_HEADING.test(heading) && !PROGRESS_HEADING.test(heading)) return column > 0 ? countedColumn(header[column - 1], readUnit) : null;
  if (!PROGRESS_HEADING.test(heading)) return null;
  for (let left = column - 1; left >= 0; left--) {
    const heading = header[left] ?? "";
    // (over the other progress columns, money's too: `Số hộ | Đã giải ngân | Đã được cấp`)
    if (PROGRESS_HEADING.test(heading.trim()) || (PART_HEADING.test(heading.trim()) && MONEY_OR_RATE_WORD.test(heading))) continue;
    return /^số\s/iu.test(heading) ? countedColumn(heading, readUnit) : null;
  }
  return null;
}

/** A column of an exam's scores (counterexample: `Điểm` alone may number a place, `Điểm trường`, or rank). */
const SCORE_HEADING = /^(?:điểm (?:chuẩn|trúng tuyển|sàn|thi|trung bình|xét tuyển)|tổng điểm)(?:\s+năm\s+\d{4})?(?:\s*\(điểm\))?$/iu;
/** A medal's abbreviation heading its column: gold, silver, bronze. */
const MEDAL_HEADING = /^(?:HCV|HCB|HCĐ)$/u;
/** Lines above a row read for the table's header row. */
const MAX_HEADER_LINES = 60;
/** A rate column: `Tỷ lệ (%)`, `So với kế hoạch (%)`, `%`. */
const RATE_HEADER = /^(?:tỷ lệ|tỉ lệ|%)|\(%\)$/iu;

/**
 * A unit column's cell of one lower-case word or a counted acronym (`chòi`, `HTX`; not a name, `Lê`, a number, a body's
 * acronym, `MTTQ`, `UBND`, a measure's symbol, `MW`, a scale, `triệu`, or an age, `tuổi`).
 */
const ONE_WORD_UNIT = /^(?:\p{Ll}[\p{Ll}\p{M}]*|HTX|THT|CLB|DN|HSSV|TTHC)$/u;
const NOT_A_WORD_UNIT = /^(?:triệu|tỷ|tỉ|nghìn|ngàn|trăm|tuổi|năm|tháng|ngày|lần)$/u;
/** A unit bracketed after a row's label that the lexicon does not know: a classifier or a body's acronym. */
const BRACKETED_UNIT_WORD = /^(?:tờ|cái|chiếc|bộ|cuốn|quyển|tấm|buổi|suất|con|cây|quả|bình|bao|hộp|chai|\p{Lu}{2,6})$/u;
function wordUnit(cell: string): CellUnit {
  const word = cell.trim();
  return ONE_WORD_UNIT.test(word) && !NOT_A_WORD_UNIT.test(word) ? { kind: "count", unit: word.toLowerCase(), per: null, rule: "table.unit-cell" } : null;
}
/**
 * Classifiers a unit column gives for the row's thing: things' and beasts' (narrower than CLASSIFIERS: a unit column's
 * `lượt`, `suất`, `phần` count visits, gifts and portions, no row's thing, `Khám bệnh | lượt | 120`).
 */
const CLASSIFIER_UNITS: ReadonlySet<string> = new Set(["cái", "chiếc", "con", "bộ", "cuốn", "tấm", "quả", "cây"]);
/** The row's thing, a few lower-case words after its first (`Xuồng máy`, `Phao tròn cứu sinh`), lower case; null for a name. */
const THING_LABEL = /^\p{Lu}?[\p{Ll}\p{M}]+(?:[ ][\p{Ll}\p{M}]+){0,3}$/u;
// (not a total's or a deed's: `Tổng đàn lợn | con`, `Trồng cây xanh | cây` keep the classifier)
const NOT_A_THING_OPENING = new RegExp(`^(?:tổng|${[...DEED_VERBS].sort(byLength).join("|")})(?![\\p{L}\\p{M}])`, "iu");
function labelledThing(label: string): CellUnit {
  const thing = label.trim();
  return THING_LABEL.test(thing) && !NOT_A_THING_OPENING.test(thing) ? { kind: "count", unit: thing.toLowerCase(), per: null, rule: "table.unit-cell" } : null;
}

/** The heading of a unit column: `ĐVT`, `Đơn vị tính`, `Đơn vị`. */
const UNIT_HEADER = /^(?:đvt|đơn vị(?: tính)?)$/iu;

/** Where a table's header row starts: its first row, the lines above the row with the same separator, up to the first without; -1 for none. */
// (a total's row may stand a blank line under its table, `Tây <TAB> 98 <TAB> 3` / `` / `Tổng cộng <TAB> 218 <TAB> 8`: the
// table goes on over it; any other row there opens a table of its own)
function headerRowStart(text: string, rowStart: number, separator: Separator, total = false): number {
  let headerStart = -1;
  let lineStart = rowStart;
  if (total && /\n[ \t]*\r?\n$/u.test(text.slice(Math.max(0, rowStart - 4), rowStart))) lineStart = text.lastIndexOf("\n", rowStart - 2) + 1;
  for (let n = 0; n < MAX_HEADER_LINES && lineStart > 0; n++) {
    const above = text.lastIndexOf("\n", lineStart - 2) + 1;
    const line = text.slice(above, lineStart - 1);
    if (!isRow(line, separator)) break;
    headerStart = above;
    lineStart = above;
  }
  return headerStart;
}

/** The cells of the header row starting at `headerStart`. */
function headerCellsAt(text: string, headerStart: number, separator: Separator): string[] {
  const cells = splitCells(text.slice(headerStart, text.indexOf("\n", headerStart)), separator).map((c) => c.trim());
  if (separator !== "\t" && cells[0] === "") cells.shift();
  return cells;
}

/**
 * The unit of a column, from the table's header row: a rate column (`Tỷ lệ
 * (%)`) or a unit in brackets (`Diện tích (ha)`). It wins over the row's
 * unit: in `1 | Thu ngân sách | Triệu đồng | 15.600 | 56,1` under `… | Tỷ lệ
 * (%)`, 56,1 is a percentage, not 56.1 million đồng.
 */
function columnUnit(cells: readonly string[], column: number, readUnit: (text: string) => CellUnit): CellUnit {
  const heading = cells[column];
  if (!heading) return null;
  if (RATE_HEADER.test(heading)) return cachedUnit("%", readUnit);
  // an exam's scores, as the score after its compound noun in prose: `Điểm chuẩn`, `Điểm trúng tuyển`, `Tổng điểm`
  if (SCORE_HEADING.test(heading.trim())) return { kind: "count", unit: "điểm", per: null, rule: "table.unit-column" };
  const bracketed = LABEL_UNIT.exec(heading);
  return bracketed ? cachedUnit(bracketed[1]!.trim(), readUnit) : null;
}

function cachedUnit(cell: string, readUnit: (text: string) => CellUnit): CellUnit {
  if (!known.has(cell)) {
    if (known.size > 10_000) known.clear();
    known.set(cell, readUnit(cell));
  }
  return known.get(cell)!;
}

const UNIT_MULTIPLIER = /^(1(?:\.000)+|10+)[ ](?=\S)/u;
const UNIT_POWER = /(?<![\p{L}\p{M}])(?:k?m|cm)[23](?![\p{L}\p{M}\p{N}])/gu;
/** The unit a cell names, read as the figure `1 <cell>` would be: the whole cell must be its unit. */
export function unitOfCell(cell: string, findFigures: (doc: PreparedDocument) => Array<{ kind: UnitMatch["kind"]; unit: string; value: number; per: string | null; rule: string; end: number }>): CellUnit {
  // a unit in thousands, as price tables give it: `1.000 đồng/m2` (each cell's 52.000 is 52 million đồng)
  const multiplier = UNIT_MULTIPLIER.exec(cell);
  if (multiplier) {
    const unit = unitOfCell(cell.slice(multiplier[0].length), findFigures);
    return unit && unit.kind === "money" ? { ...unit, factor: (unit.factor ?? 1) * Number(multiplier[1]!.replace(/\./gu, "")) } : null;
  }
  // (no number but a unit's power: `đồng/m2`, `m3`)
  if (cell.length > 30 || /\d/u.test(cell.replace(UNIT_POWER, ""))) return null;
  const doc = prepareText(`1 ${cell}`);
  const found = findFigures(doc);
  const f = found.length === 1 ? found[0]! : null;
  if (!f || f.end !== doc.text.length || f.rule.startsWith("count.noun-guessed")) return null;
  return { kind: f.kind, unit: f.unit, per: f.per, factor: f.value, rule: "table.unit-cell" };
}
