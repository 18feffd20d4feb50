/**
 * The character table must answer exactly what the `u` patterns it replaces
 * answer: word counts and tokens are compared with the patterns on the
 * corpora, the fixtures, and random text over letters, digits, marks,
 * apostrophes and astral characters.
 */
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTokens, TOKEN_PATTERN } from "../extractors/person.js";
import { PEOPLE_CORPUS } from "../extractors/person.corpus.js";
import { charAt, countWords, LETTER_OR_MARK, NUMBER, unitKind } from "./chars.js";
import { prepareText } from "./prepare.js";

function agree(text: string): void {
  expect(countWords(text)).toBe(text.match(/[\p{L}\p{M}\p{N}]+/gu)?.length ?? 0);
  const doc = prepareText(text);
  const tokens = readTokens(doc).map((t) => [t.start, t.raw, t.low]);
  const expected = [...doc.text.matchAll(TOKEN_PATTERN)].map((m) => [m.index, m[0], doc.folded.slice(m.index, m.index + m[0].length)]);
  expect(tokens, JSON.stringify(text.slice(0, 80))).toEqual(expected);
}

describe("the character table reads words as \\p{L}\\p{M}\\p{N} patterns do", () => {
  it("on names, apostrophes, digits, marks and astral characters", () => {
    for (const text of [
      "Đồng chí Đàm Đức Hà, Bí thư Đảng ủy phường Hương Mạc; Ka’Ngọc, H'Hen Niê, Y-Moan",
      "2.315.414.600 đồng, 98,5%, QL3, Km5, ²³, ٣٤, Ⅻ, 𝟏𝟐, 𝐀𝐁𝐂, 😀 x",
      "hoa\u0300 (NFD), ' ’ '' a'' b’c’d 1'a a'1 a'",
      // romanised names joined by a hyphen, and what is none
      "Ông Lee Jae-woon, Bàng-cho hay, Jae-woon2, Jaé-woon, Jae-Woon, aJae-woon, Jae-woon-x, Ka'Jae-woon",
      "Kim Jong-nam, Kim Bo-ra, Anh Minh-con, Văn Minh-con, Thanh Minh-con, x-Kim Bo-ra, Ka'Kim Bo-ra, Ab Kim Bo-ra, Kim  Bo-ra, aKim Bo-ra",
      "",
    ])
      agree(text);
  });

  it("on the people corpus and the fixtures", () => {
    for (const example of PEOPLE_CORPUS) for (const text of example.texts) agree(text);
    const dir = join(import.meta.dirname, "../../fixtures");
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".txt"))) agree(readFileSync(join(dir, name), "utf8"));
  });

  it("on random text", () => {
    const pieces = fc.constantFrom("a", "Đ", "ứ", "\u0301", "1", "٣", "²", "'", "’", " ", "-", "𝟏", "𝐀", "😀", "\ud835", "\udc00", ".", "\n");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => agree(parts.join(""))),
      { seed: 20240615, numRuns: 2000 },
    );
  });

  it("on every code unit of the Basic Multilingual Plane, in any order of first sight", () => {
    // the table is filled as units are met: ask from the top down, then check
    // each answer, and again through charAt (which fills the same table)
    const expected = (unit: number): number => {
      if (unit >= 0xd800 && unit <= 0xdfff) return 0;
      const char = String.fromCharCode(unit);
      return /^[\p{L}\p{M}]$/u.test(char) ? LETTER_OR_MARK : /^\p{N}$/u.test(char) ? NUMBER : 0;
    };
    const wrong: string[] = [];
    for (let unit = 0xffff; unit >= 0; unit--) {
      if (unitKind(unit) !== expected(unit)) wrong.push(unit.toString(16));
      if (unit < 0xd800 || unit > 0xdbff) {
        if ((charAt(String.fromCharCode(unit), 0) & 3) !== expected(unit)) wrong.push(`charAt ${unit.toString(16)}`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });
});
