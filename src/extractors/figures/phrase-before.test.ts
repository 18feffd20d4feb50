import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QUALIFIERS } from "../../lexicon/numbers.js";
import { IDENTIFIER_NOUNS } from "../../lexicon/units.js";
import { lastWord, PhraseBefore } from "./phrase-before.js";

describe("lastWord", () => {
  it("is the letters that end the text before its trailing spaces", () => {
    expect(lastWord("thuộc khu phố  \n")).toBe("phố");
    expect(lastWord("tổ")).toBe("tổ");
    expect(lastWord("số 12, ")).toBe("");
    expect(lastWord("ước đạt 𝒜b")).toBe("𝒜b");
    expect(lastWord("")).toBe("");
  });
});

describe("PhraseBefore", () => {
  it("refuses a phrase its last-word lookup could miss", () => {
    expect(() => new PhraseBefore(["covid-19"])).toThrow(/covid-19/u);
  });

  for (const [name, phrases] of [["identifier nouns", IDENTIFIER_NOUNS], ["qualifiers", QUALIFIERS.map(([w]) => w)]] as const) {
    it(`finds what the end-anchored pattern alone finds (${name})`, () => {
      const before = new PhraseBefore(phrases);
      const plain = new RegExp(before.pattern.source, "u");
      const piece = fc.oneof(fc.constantFrom(...phrases), fc.constantFrom(" ", "  ", "\n", "\t", ",", "(", "a", "đ", "1", "ệ", "x" + phrases[0]));
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
          const text = parts.join("");
          expect(before.exec(text)?.[1]).toBe(plain.exec(text)?.[1]);
          expect(before.exec(text)?.index).toBe(plain.exec(text)?.index);
        }),
        { numRuns: 2000 },
      );
    });
  }
});
