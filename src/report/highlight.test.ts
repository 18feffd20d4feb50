import { load } from "cheerio";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml, markText, showNumber, type Highlight } from "./highlight.js";

const KINDS = ["count", "money", "reference", "person"];

function highlight(start: number, end: number, kind: string, id: string): Highlight {
  return { start, end, kind, id, tip: `${kind} ${id}`, data: { start, end } };
}

/** The marked text parsed back as a browser would: its visible text, and its marks in document order. */
function parse(html: string) {
  const $ = load(`<div id="root">${html}</div>`);
  const marks = $("mark")
    .toArray()
    .map((m) => ({ id: $(m).attr("id")!, text: $(m).text(), parentId: $(m).parent().closest("mark").attr("id") ?? null }));
  return { text: $("#root").text(), marks };
}

describe("markText", () => {
  it("keeps the text exactly and writes one mark per highlight, whatever the spans and characters", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "ệ", " ", "\n", "<", ">", "&", '"', "'", "1", "đ"), maxLength: 60 });
    const input = text.chain((t) =>
      fc.tuple(
        fc.constant(t),
        fc.array(
          fc.tuple(fc.nat({ max: t.length }), fc.nat({ max: t.length }), fc.constantFrom(...KINDS)).map(([a, b, kind]) => [Math.min(a, b), Math.max(a, b), kind] as const),
          { maxLength: 12 },
        ),
      ),
    );
    fc.assert(
      fc.property(input, ([t, spans]) => {
        const highlights = spans.map(([s, e, k], i) => highlight(s, e, k, `h${i}`));
        const parsed = parse(markText(t, highlights));
        expect(parsed.text).toBe(t);
        expect(parsed.marks.map((m) => m.id).sort()).toEqual(highlights.map((h) => h.id).sort());
      }),
    );
  });

  it("nests a finding inside another and cuts one that crosses its end", () => {
    const text = "Nghị quyết của Đồng chí Lê Văn Tám về 25 chi bộ";
    const outer = highlight(0, 33, "reference", "ref");
    const inner = highlight(15, 33, "person", "per");
    const crossing = highlight(28, 47, "count", "fig");
    const { marks } = parse(markText(text, [crossing, inner, outer]));
    expect(marks).toEqual([
      { id: "ref", text: text.slice(0, 33), parentId: null },
      { id: "per", text: text.slice(15, 33), parentId: "ref" },
      { id: "fig", text: text.slice(28, 33), parentId: "per" },
    ]);
  });

  it("puts a reference around a figure on the same span, in either input order", () => {
    const text = "Chỉ thị 05";
    const a = parse(markText(text, [highlight(0, 10, "count", "fig"), highlight(0, 10, "reference", "ref")]));
    const b = parse(markText(text, [highlight(0, 10, "reference", "ref"), highlight(0, 10, "count", "fig")]));
    expect(a).toEqual(b);
    expect(a.marks[1]).toEqual({ id: "fig", text, parentId: "ref" });
  });

  it("escapes what it writes into attributes", () => {
    const h = { ...highlight(0, 1, "count", "x"), tip: `"><script>alert(1)</script>`, data: { unit: `a"b'c<d>&` } };
    const $ = load(markText("5", [h]));
    expect($("script")).toHaveLength(0);
    expect($("mark").attr("data-unit")).toBe(`a"b'c<d>&`);
    expect($("mark").attr("data-tip")).toBe(h.tip);
  });
});

describe("escapeHtml and showNumber", () => {
  it("escapes the five characters that matter in text and quoted attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });

  it("groups digits with narrow no-break spaces and never with . or ,", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (value) => {
        const shown = showNumber(value);
        expect(Number(shown.replace(/\u202f/gu, "")) === value).toBe(true);
        expect(shown.replace(/e[-+]\d+$/u, "").replace(/\.\d+$/u, "")).not.toMatch(/[.,]/u);
      }),
    );
    expect(showNumber(2315414600)).toBe("2\u202f315\u202f414\u202f600");
    expect(showNumber(98.5)).toBe("98.5");
  });
});
