/**
 * Runs the metadata corpus (each page must give the expected value for the
 * field its entry names, in NFC and NFD alike), the date helpers, and the
 * seed reports against their gold files with the scorer's normalisation.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { prepareText } from "../pipeline/prepare.js";
import { foldForMatching } from "../pipeline/normalise.js";
import { findDates, findTime, isoDate, parseDateStamp } from "../lexicon/dates.js";
import { findMetadata } from "./metadata.js";
import { METADATA_CORPUS } from "./metadata.corpus.js";

const norm = (s: string | null | undefined) => (s == null ? null : foldForMatching(s.normalize("NFC").replace(/\s+/gu, " ").trim()));

describe("metadata corpus", () => {
  for (const { expect: want, texts } of METADATA_CORPUS) {
    // every field the entry names is checked
    const fields = Object.entries(want) as Array<[keyof typeof want, string | null]>;
    for (const text of texts) {
      const shown = text.split("\n").filter((l) => l.trim() && !/^Thời gian qua|^Ngày 20\/01|^Ý kiến|^Tin cùng|^Liên kết/u.test(l)).join(" ⏎ ");
      it(`${fields.map(([f]) => f).join(", ")}: ${shown}  →  ${fields.map(([, v]) => v).join(", ")}`, () => {
        const found = findMetadata(prepareText(text));
        const foundNfd = findMetadata(prepareText(text.normalize("NFD")));
        for (const [field, value] of fields) {
          expect(found[field], field).toBe(value);
          expect(norm(foundNfd[field]), field).toBe(norm(value));
        }
      });
    }
  }
});

describe("date helpers", () => {
  it("isoDate checks the calendar", () => {
    expect(isoDate(2024, 2, 29)).toBe("2024-02-29");
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(24, 6, 10)).toBe("2024-06-10");
    expect(isoDate(2024, 13, 1)).toBeNull();
  });
  it("findDates reads day-month-year forms and skips dates without a year", () => {
    expect(findDates("ngày 18/5/2021 và 15-05-2022, 15.5.2021; 2024-06-10; ngày 10 tháng 6 năm 2024").map((d) => d.iso)).toEqual([
      "2021-05-18", "2022-05-15", "2021-05-15", "2024-06-10", "2024-06-10",
    ]);
    expect(findDates("sáng ngày 15/10, giảm 13/10 hộ nghèo")).toEqual([]);
  });
  it("findTime reads 24- and 12-hour clocks", () => {
    expect(findTime("7:41:48 am")).toBe("07:41");
    expect(findTime("7:41 pm")).toBe("19:41");
    expect(findTime("lúc 10h48")).toBe("10:48");
    expect(findTime("25:61")).toBeNull();
  });
  it("parseDateStamp does not read a dotted date as a time", () => {
    expect(parseDateStamp("10.06.2024")).toBe("2024-06-10");
    expect(parseDateStamp("thứ hai - 10/06/2024 06:03")).toBe("2024-06-10T06:03");
  });
  it("runs in linear time on long digit runs", () => {
    const t0 = Date.now();
    findDates("1/".repeat(50_000) + "x");
    findTime("1:".repeat(50_000) + "x");
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

// The shared gold sits beside the repository (../shared); a clone elsewhere has none, and the
// seed-score test says so loudly. Here the per-document view is only skipped.
const gold = new URL("../../../shared/eval/gold/", import.meta.url);
describe.skipIf(!existsSync(gold))("metadata of the seed reports", () => {
  const fixtures = new URL("../../fixtures/", import.meta.url);
  for (const file of readdirSync(fixtures).filter((f) => f.endsWith(".txt"))) {
    const id = file.replace(/\.txt$/u, "");
    it(id, () => {
      const g = JSON.parse(readFileSync(new URL(`${id}.json`, gold), "utf8")) as { title: string | null; published: string | null; author: string | null };
      const m = findMetadata(prepareText(readFileSync(new URL(file, fixtures), "utf8"), id));
      expect(norm(m.title)).toBe(norm(g.title));
      expect(m.published?.slice(0, 10) ?? null).toBe(g.published ?? null);
      expect(norm(m.author)).toBe(norm(g.author));
    });
  }
});
