import { parseString } from "fast-csv";
import { describe, expect, it } from "vitest";
import { extractText } from "../index.js";
import { TABLES, TABLE_NAMES, type DocumentRecord } from "../schema.js";
import { csvCell, csvHeader, csvRows, csvWriter, neutraliseCell } from "./csv.js";
import type { Target } from "./target.js";
import { writeRecord } from "./writer.js";

/** fast-csv's parser, the reference reader: every line's cells. */
function parse(csv: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString(csv, { headers: false })
      .on("data", (row: string[]) => rows.push(row))
      .on("error", reject)
      .on("end", () => resolve(rows));
  });
}

const TRICKY = ['a "quoted" word', "one, two", "line\nbreak", "cr\rhere", "=SUM(A1)", "-5 hộ", "+84", "@x", "\ttab", "nul\0byte", "", "plain", "ống | ngăn", "’"];

describe("csvCell", () => {
  it("quotes only cells that need it, and fast-csv's parser reads every cell back", async () => {
    const line = TRICKY.map(csvCell).join(",") + "\n";
    const [cells] = await parse(line);
    expect(cells).toEqual(TRICKY.map((t) => t.replaceAll("\0", "")));
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("one, two")).toBe('"one, two"');
    expect(csvCell(-5)).toBe("-5");
  });
});

describe("csvRows", () => {
  const record: DocumentRecord = extractText(
    'Báo cáo "quý I"\n\nĐảng bộ phường có 25 chi bộ, 987 đảng viên; thu ngân sách 2.315.414.600 đồng, đạt 98,5%.\nĐồng chí Nguyễn Văn Hùng, Bí thư Đảng ủy, phát biểu theo Kết luận số 01-KL/TW.\n',
    { id: "r,1" },
  );

  it("gives each table's rows, one line each, that parse back to the neutralised cells", async () => {
    for (const table of TABLE_NAMES) {
      const { columns, rows } = TABLES[table];
      const expected = rows(record).map((row) => columns.map((c) => String(neutraliseCell(row[c]))));
      const parsed = await parse(csvHeader(table) + csvRows(record, table));
      expect(parsed[0]).toEqual(columns);
      expect(parsed.slice(1)).toEqual(expected);
    }
    expect(record.figures.length).toBeGreaterThan(2);
    expect(record.references.length).toBeGreaterThan(0);
    expect(record.people.length).toBeGreaterThan(0);
  });

  it("writes the header (after a BOM) even when no record has a row", async () => {
    let written = "";
    const target: Target = { name: "mem", write: async (c) => void (written += c), close: async () => {}, abort: async () => {} };
    const writer = csvWriter(target, "people", { bom: true });
    await writeRecord(writer, { ...record, people: [] });
    await writer.close();
    expect(written).toBe("\ufeff" + csvHeader("people"));
  });
});
