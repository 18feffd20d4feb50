import { load } from "cheerio";
import { describe, expect, it } from "vitest";
import { extractText } from "../index.js";
import { DocumentRecord } from "../schema.js";
import { renderBottom, renderDocument, renderTop } from "./html.js";

const TEXT = "Thực hiện Kết luận số 01-KL/TW của Bộ Chính trị, đồng chí Nguyễn Văn An cho biết phường có 25 chi bộ, 987 đảng viên. Kết luận 01-KL/TW được quán triệt.";

/** An extracted record with a reference added by hand (mentions found in the text, so spans are real), whatever the reference extractor does today. */
function recordWithReference(): DocumentRecord {
  const base = extractText(TEXT, { id: "doc", includeText: true });
  const code = "01-KL/TW";
  const first = TEXT.indexOf("Kết luận số 01-KL/TW");
  const second = TEXT.lastIndexOf(code);
  const mentions = [
    { text: "Kết luận số 01-KL/TW", start: first, end: first + "Kết luận số 01-KL/TW".length },
    { text: code, start: second, end: second + code.length },
  ];
  const record = { ...base, references: [{ type: "KL" as const, number: "01", code, issuer: "TW", term: null, date: null, ...mentions[0]!, mentions }] };
  expect(DocumentRecord.safeParse(record).success).toBe(true);
  return record;
}

describe("renderDocument", () => {
  const record = recordWithReference();
  const { html, entry } = renderDocument(record, 7);
  const $ = load(html);

  it("marks every figure, every reference mention and every person, and keeps the text", () => {
    expect(record.figures.length).toBeGreaterThan(0);
    expect(record.people.length).toBeGreaterThan(0);
    expect($(".text mark.hl")).toHaveLength(record.figures.length + 2 + record.people.length);
    expect($('.text mark[data-kind="reference"]')).toHaveLength(2);
    expect($(".text").text()).toBe(record.text);
    expect(entry.byKind).toMatchObject({ reference: 2, person: record.people.length });
  });

  it("links every table row to a highlight that exists", () => {
    const targets = $("table.findings a")
      .toArray()
      .map((a) => $(a).attr("href")!.slice(1));
    expect(targets.length).toBeGreaterThanOrEqual(record.figures.length + record.people.length);
    for (const id of targets) expect($(`[id="${id}"]`).is("mark.hl"), id).toBe(true);
    const rowKinds = $("table.findings tbody tr")
      .toArray()
      .map((tr) => $(tr).attr("data-kind"));
    expect(rowKinds).toEqual([...record.figures.map((f) => f.kind), "reference", ...record.people.map(() => "person")]);
  });

  it("refuses a record without its text", () => {
    const { text: _text, ...bare } = record;
    expect(() => renderDocument(bare, 1)).toThrow(/includeText/u);
  });
});

describe("renderTop", () => {
  it("sums the documents' counts and names each failure, escaped", () => {
    const a = renderDocument(recordWithReference(), 1).entry;
    const b = renderDocument(extractText("Xã có 3 thôn.", { id: "b", includeText: true }), 2).entry;
    const page = load(renderTop([a, b], [{ source: "bad<1>.txt", status: "binary", message: "looks binary\nsecond line" }]) + renderBottom());
    expect(page(".totals").text()).toMatch(new RegExp(`^2 documents · ${a.figures + b.figures} figures · 1 reference \\(2 mentions\\) · `, "u"));
    expect(page(".totals").text()).toMatch(/ · 1 failure$/u);
    expect(page(".failures li").text()).toBe("bad<1>.txt: binary: looks binary");
    expect(page("#show-count").closest("tr").find("td.n").text()).toBe(String((a.byKind.count ?? 0) + (b.byKind.count ?? 0)));
    expect(page("ol.toc a").map((_, el) => page(el).attr("href")).get()).toEqual(["#d1", "#d2"]);
  });
});
