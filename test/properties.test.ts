/**
 * Properties that hold for any text, checked with fast-check on Vietnamese-ish
 * input (numbers with separators, scale and unit words, counted nouns, dates,
 * references, accented letters, stray symbols, line breaks) and on arbitrary
 * Unicode. Fixed seed and run count, so a failure reproduces.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractText, type DocumentRecord } from "../src/index.js";

const RUNS = { seed: 20240615, numRuns: 400 } as const;

/** Words as pairs: new-style tone placement, and the old style Windows-era files use. */
const WORDS: ReadonlyArray<readonly [string, string]> = [
  ["nhà văn hóa", "nhà văn hoá"], ["Đảng ủy", "Đảng uỷ"], ["ủy viên", "uỷ viên"], ["thủy lợi", "thuỷ lợi"], ["hòa giải", "hoà giải"],
  ["sức khỏe", "sức khoẻ"], ["Ủy ban", "Uỷ ban"], ["quý", "quý"],
  ...[
    "tỷ", "triệu", "nghìn", "đồng", "hộ", "hộ nghèo", "ngày", "năm", "tháng", "đảng viên", "chi bộ", "ha", "km", "m2", "tấn", "người",
    "Nghị quyết", "số", "hơn", "khoảng", "gần", "trên", "từ", "đến", "là", "đạt", "giảm", "tăng", "Tổ", "lần thứ", "một", "hai", "mười",
    "trở lên", "Theo", "Tác giả:", "Thứ hai", "ĐT:", "xã", "phường", "Nguyễn Văn An", "Bí thư", "tỷ lệ", "kinh phí", "trđ", "lượt",
  ].map((w) => [w, w] as const),
];
const SEPARATORS = [" ", " ", " ", ", ", ". ", "; ", "\n", "\n\n", " - ", "/", "-", ".", ",", "%", ":", "\t", "\u00a0", "\r\n"];

const number = fc.oneof(
  fc.nat({ max: 100_000 }).map(String),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 999 })).map(([a, b]) => `${a}.${String(b).padStart(3, "0")}`),
  fc.tuple(fc.nat({ max: 999 }), fc.nat({ max: 99 })).map(([a, b]) => `${a},${b}`),
  fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1990, max: 2030 })).map(([d, m, y]) => `${d}/${m}/${y}`),
  fc.tuple(fc.nat({ max: 99 }), fc.constantFrom("KL/TW", "NQ/TU", "QĐ-UBND", "KH/ĐU")).map(([n, c]) => `${String(n).padStart(2, "0")}-${c}`),
  fc.stringMatching(/^[0-9.,/%-]{1,12}$/u),
).map((s) => [s, s] as const);
const token = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...WORDS) }, { weight: 3, arbitrary: number }, { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }).map((s) => [s, s] as const) });
const separator = fc.constantFrom(...SEPARATORS);

/** A text in new-style tone placement, and the same text with old-style placement. */
const report = fc.array(fc.tuple(token, separator), { maxLength: 60 }).map((parts) => ({
  text: parts.map(([[w], s]) => w + s).join(""),
  oldStyle: parts.map(([[, w], s]) => w + s).join(""),
}));

function checkSpans(record: DocumentRecord): void {
  const text = record.text!;
  for (const f of record.figures) {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    for (const v of [f.value, f.of ?? 0, f.to ?? 0]) expect(Number.isFinite(v)).toBe(true);
  }
  for (const r of record.references) for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  for (const p of record.people) expect(text.slice(p.start, p.end)).toBe(p.text);
}

const figureKey = (r: DocumentRecord) => r.figures.map((f) => ({ ...f, unit: f.unit.normalize("NFC"), text: f.text.normalize("NFC"), sentence: f.sentence.normalize("NFC") }));
/** Units folded to new-style placement (`hoá` → `hóa`, `thuỷ` → `thủy`), as a reader comparing the two spellings would. */
const OLD_STYLE = /([ou])([áàảãạéèẻẽẹýỳỷỹỵ])(?![\p{L}\p{M}])/gu;
const toneFold = (s: string) =>
  s.toLowerCase().replace(OLD_STYLE, (_, first: string, toned: string) => {
    const [base, mark] = [...toned.normalize("NFD")];
    return (first + mark).normalize("NFC") + base;
  });
const toneKey = (r: DocumentRecord) => r.figures.map((f) => [f.kind, f.value, toneFold(f.unit), f.qualifier, f.of, f.to, f.per && toneFold(f.per), f.start, f.end]);

describe("properties of the extractor on any text", () => {
  it("never throws; every span slices back to its text; every value is finite", () => {
    fc.assert(
      fc.property(report, ({ text }) => checkSpans(extractText(text, { includeText: true }))),
      RUNS,
    );
  });

  it("the same holds for arbitrary Unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => checkSpans(extractText(text, { includeText: true }))),
      RUNS,
    );
  });

  it("NFD text gives the same record as NFC text", () => {
    fc.assert(
      fc.property(report, ({ text }) => {
        expect(figureKey(extractText(text.normalize("NFD")))).toEqual(figureKey(extractText(text)));
      }),
      RUNS,
    );
  });

  it("old-style tone placement gives the same figures at the same offsets", () => {
    fc.assert(
      fc.property(report, ({ text, oldStyle }) => {
        expect(toneKey(extractText(oldStyle))).toEqual(toneKey(extractText(text)));
      }),
      RUNS,
    );
  });
});
