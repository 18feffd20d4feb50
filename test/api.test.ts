/** The library API the CLI is a shell over: text in, validated record out; files in, records streamed out. */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DocumentRecord, extractFiles, extractText, recordJsonSchema, TABLES } from "../src/index.js";
import { FIXTURES, tempDir } from "./helpers.js";

describe("extractText", () => {
  it("returns a record that passes the zod schema, with spans into the normalised text", () => {
    const text = "Phường có 25 chi bộ trực thuộc,\u00a0987 đảng viên.\r\nSố tiền bồi thường hơn 250 tỷ đồng.";
    const record = extractText(text, { id: "demo", includeText: true });
    expect(DocumentRecord.safeParse(record).success).toBe(true);
    expect(record.text).not.toContain("\u00a0");
    expect(record.text).not.toContain("\r");
    for (const f of record.figures) expect(record.text!.slice(f.start, f.end)).toBe(f.text);
    expect(record.figures.map((f) => [f.kind, f.value, f.qualifier])).toEqual([
      ["count", 25, null],
      ["count", 987, null],
      ["money", 250e9, "over"],
    ]);
  });

  it("reads the article past a related-news box between its paragraphs, and nothing in the box", () => {
    const text = [
      "Xã Yên Lạc phát triển 45 mô hình kinh tế",
      "Năm 2025, xã Yên Lạc đã hỗ trợ nông dân phát triển 45 mô hình kinh tế hiệu quả, trong đó có 12 mô hình đạt doanh thu lớn, giúp 86 hộ thoát nghèo bền vững.",
      "Tin liên quan",
      "Huyện Yên Định trao 200 suất quà cho hộ nghèo theo Kế hoạch số 12-KH/UBND",
      "Bà Trần Thị Lan, Chủ tịch Hội Phụ nữ huyện trao 150 suất học bổng (Ảnh: Minh Tâm)",
      "Theo ông Lê Văn Hải, Chủ tịch UBND xã, năm 2026 xã phấn đấu có thêm 20 mô hình mới, nâng thu nhập bình quân lên 70 triệu đồng/người/năm.",
      "Hà Phương",
      "",
      "Tin cùng chuyên mục",
    ].join("\n");
    const record = extractText(text);
    expect(record.figures.map((f) => f.text)).toEqual(["45 mô hình", "45 mô hình", "12 mô hình", "86 hộ thoát nghèo", "20 mô hình", "70 triệu đồng/người/năm"]);
    expect(record.people.map((p) => p.name)).toEqual(["Lê Văn Hải", "Hà Phương"]);
    expect(record.references).toEqual([]);
    expect(record.author).toBe("Hà Phương");
  });

  it("gives the same figures for NFD input and old-style tone placement", () => {
    const nfc = "Sửa chữa 04 nhà văn hóa; Đảng ủy có 12 ủy viên; hộ nghèo giảm còn 0,58%.";
    const variants = [nfc.normalize("NFD"), nfc.replace("hóa", "hoá").replace(/ủy/gu, "uỷ").replace("Đảng uỷ", "Đảng uỷ")];
    const key = (t: string) => extractText(t).figures.map((f) => [f.kind, f.value, f.unit.normalize("NFC").replace("hoá", "hóa").replace("uỷ", "ủy")]);
    for (const v of variants) expect(key(v)).toEqual(key(nfc));
  });

  it("keeps the source's spelling of a counted noun", () => {
    expect(extractText("sửa chữa 04 nhà văn hoá").figures[0]!.unit).toBe("nhà văn hoá");
    expect(extractText("sửa chữa 04 nhà văn hóa").figures[0]!.unit).toBe("nhà văn hóa");
  });
});

describe("extractFiles", () => {
  it("streams one result per input in the order given (folders sorted), failures in their place", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "b.txt"), "Xã có 3 thôn.");
    writeFileSync(join(dir, "a.txt"), "Xã có 2 thôn.");
    const results = [];
    for await (const r of extractFiles([dir, join(dir, "missing.txt")])) results.push(r);
    expect(results.map((r) => [r.ok, r.source.split("/").pop()])).toEqual([
      [true, "a.txt"],
      [true, "b.txt"],
      [false, "missing.txt"],
    ]);
  });

  it("reads the fixtures", async () => {
    let n = 0;
    for await (const r of extractFiles([FIXTURES])) if (r.ok) n++;
    expect(n).toBeGreaterThanOrEqual(5);
  });
});

describe("schema", () => {
  it("derives the CSV columns and the JSON Schema from the zod records", () => {
    expect(TABLES.figures.columns.slice(0, 12)).toEqual(["id", "kind", "value", "unit", "qualifier", "of", "to", "per", "text", "start", "end", "sentence"]);
    const schema = recordJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(["figures", "references", "people", "title", "published", "author"]));
  });
});
