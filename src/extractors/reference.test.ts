/**
 * Runs the reference corpus through the whole pipeline: each sentence must
 * cite the expected document (in NFC, NFD and old tone placement alike), every
 * mention must slice back to its text, and no figure may overlap a mention.
 */
import { describe, expect, it } from "vitest";
import { extractText } from "../index.js";
import { foldForMatching } from "../pipeline/normalise.js";
import { NOT_REFERENCES, REFERENCE_CORPUS, type ExpectedReference } from "./reference.corpus.js";

const numberKey = (n: string) => String(parseInt(n, 10));

function check(text: string, want: ExpectedReference) {
  const record = extractText(text, { includeText: true });
  const normalised = record.text!;
  const found = record.references.find((r) => r.type === want.type && numberKey(r.number) === numberKey(want.number!));
  expect(found, `no ${want.type} ${want.number} in ${JSON.stringify(record.references)}`).toBeDefined();
  for (const field of ["code", "issuer", "term", "date"] as const) {
    // Fields keep the source's spelling: compare across tone placements.
    const fold = (v: string | null | undefined) => (typeof v === "string" ? foldForMatching(v) : v);
    if (field in want) expect(fold(found![field]), field).toBe(fold(want[field]));
  }
  if (want.mention !== undefined) expect(found!.text).toBe(want.mention);
  if (want.mentions !== undefined) expect(found!.mentions).toHaveLength(want.mentions);
  for (const m of found!.mentions) {
    expect(normalised.slice(m.start, m.end)).toBe(m.text);
    for (const f of record.figures) expect(f.end <= m.start || f.start >= m.end, `figure ${f.text} inside ${m.text}`).toBe(true);
  }
}

const oldTones = (s: string) => s.replace(/hóa/gu, "hoá").replace(/khóa/gu, "khoá").replace(/ủy/gu, "uỷ").replace(/Ủy/gu, "Uỷ");

describe("reference corpus", () => {
  for (const { expect: want, texts } of REFERENCE_CORPUS) {
    for (const text of texts) {
      it(`${want.type} ${want.number}: ${text}`, () => {
        check(text, want);
        check(text.normalize("NFD"), want);
        check(oldTones(text), want);
      });
    }
  }
});

describe("not references", () => {
  for (const text of NOT_REFERENCES) {
    it(text, () => {
      expect(extractText(text).references).toEqual([]);
    });
  }
});

describe("one reference per document", () => {
  it("merges later mentions, keeps the code and the date of any mention, and orders by first mention", () => {
    const text =
      "Thực hiện Kết luận số 01 của Bộ Chính trị, Đảng ủy ban hành Kế hoạch số 33-KH/ĐU; Kết luận số 01-KL/TW, ngày 18/5/2021 được quán triệt đến 100% đảng viên.";
    const { references, figures } = extractText(text);
    expect(references.map((r) => `${r.type} ${r.number}`)).toEqual(["KL 01", "KH 33"]);
    const kl = references[0]!;
    expect(kl.mentions.map((m) => m.text)).toEqual(["Kết luận số 01", "Kết luận số 01-KL/TW, ngày 18/5/2021"]);
    expect([kl.code, kl.issuer, kl.date]).toEqual(["01-KL/TW", "TW", "2021-05-18"]);
    expect(figures.map((f) => `${f.kind} ${f.value}`)).toEqual(["percent 100"]);
  });
  it("keeps two documents apart when their codes differ", () => {
    const { references } = extractText("Thực hiện Nghị quyết số 01-NQ/TU của Tỉnh ủy và Nghị quyết số 01-NQ/HU của Huyện ủy.");
    expect(references.map((r) => r.code)).toEqual(["01-NQ/TU", "01-NQ/HU"]);
  });
});

describe("lists of numbers after one type word", () => {
  it("take only a run that ends on a code of the same type or a plenum's term", () => {
    const numbers = (text: string) => extractText(text).references.map((r) => `${r.type} ${r.number}`);
    expect(numbers("Thực hiện Nghị quyết số 18, 19, 20, 21-NQ/TW.")).toEqual(["NQ 18", "NQ 19", "NQ 20", "NQ 21"]);
    expect(numbers("Theo Nghị quyết 18, 25 hộ nghèo được hỗ trợ.")).toEqual(["NQ 18"]);
    expect(numbers("Thực hiện Nghị quyết số 18, 19, 20-KH/TU.")).toEqual(["NQ 18", "KH 20"]);
  });
});
