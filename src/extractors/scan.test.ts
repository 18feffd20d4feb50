/**
 * The date and numeral scans only try their rules where one can start (a
 * digit, a rule's first word, the run before an `@`). That shortcut must
 * never change what is found: each is checked here against trying its rule
 * at every position, on every corpus text, the fixtures, and random texts
 * made of the rules' own pieces (where a missing start word shows first).
 */
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareText } from "../pipeline/prepare.js";
import { DATE_SCAN, emailStarts } from "./dates.js";
import { COUNT_CORPUS } from "./figures/count.corpus.js";
import { DURATION_CORPUS } from "./figures/duration.corpus.js";
import { MEASURE_CORPUS } from "./figures/measure.corpus.js";
import { MONEY_CORPUS } from "./figures/money.corpus.js";
import { NOT_FIGURES_CORPUS } from "./figures/not-figures.corpus.js";
import { NUMERAL_SCAN } from "./figures/numeral.js";
import { PERCENT_CORPUS } from "./figures/percent.corpus.js";
import { NUMBER_START, scan, scanEverywhere, type ScanRule } from "./scan.js";

const SCANS: ReadonlyArray<readonly [name: string, rule: ScanRule, extra: (folded: string) => number[]]> = [
  ["dates", DATE_SCAN, (folded) => emailStarts(folded, 0, folded.length)],
  ["numerals", NUMERAL_SCAN, () => []],
];

const spans = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => [m.index, m[0]]);

function agree(text: string): void {
  const { folded } = prepareText(text);
  for (const [name, rule, extra] of SCANS) {
    expect(spans(scan(folded, rule, 0, folded.length, extra(folded))), `${name} in ${JSON.stringify(text.slice(0, 80))}`).toEqual(spans(scanEverywhere(folded, rule, 0, folded.length)));
  }
}

describe("a scan that tries its rule only where it can start finds what trying everywhere finds", () => {
  it("on date, time, phone, URL, e-mail and number-word shapes", () => {
    for (const text of [
      "Sáng ngày 15/10, thứ hai 3/6, hôm 2-9 và chủ nhật 7/7; rạng sáng 1/1",
      "ngày 18 tháng 5 năm 2021, tháng 8/2023, 8/2023, 2/9 năm 2024, mùng 2, mồng 5",
      "giai đoạn 2020 - 2025, niên khóa 2023, niên vụ 2024, năm 2022",
      "lúc 8 giờ, vào lúc 7h, hồi 9 giờ, 06:03, 7:41:48 am, 8 giờ 30 phút",
      "ĐT: 0206 3855 011, sđt 0912.345.678, +84 912 345 678, Hotline: 1900 1234, fax (024) 3825 1234, đường dây nóng 113, di động 0987654321",
      "Email: toasoan@baocaobang.vn, www.baocaobang.vn, https://x.vn/a?b=1 và ông.ba_1@x.com.vn",
      "T2, 10/06/2024; CN 9/6; t7 8/6; liên hệ a@b, @@, x@y.z, 2024abc@gmail.com, năm 2024abc@x.vn",
      "𝟏𝟐/𝟓/𝟐𝟎𝟐𝟏 và 𝐚𝐛@x.vn, sđt𝟎𝟗𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖",
      "hai mươi lăm hộ, mười hai chi bộ, năm mươi mốt, bảy, bẩy, khai mạc, ba tám, Covid-19, QL3, 1.1.1, 2.315.414.600 đồng",
    ])
      agree(text);
  });

  it("on every figure corpus text", () => {
    for (const corpus of [COUNT_CORPUS, DURATION_CORPUS, MEASURE_CORPUS, MONEY_CORPUS, PERCENT_CORPUS]) for (const example of corpus) for (const text of example.texts) agree(text);
    for (const text of NOT_FIGURES_CORPUS) agree(text);
  });

  it("on the fixtures", () => {
    const dir = join(import.meta.dirname, "../../fixtures");
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".txt"))) agree(readFileSync(join(dir, name), "utf8"));
  });

  it("on random texts made of the rules' pieces", () => {
    const pieces = fc.constantFrom(
      ...["ngày", "hôm", "sáng", "chiều", "tối", "trưa", "đêm", "rạng sáng", "thứ hai", "thứ năm", "chủ nhật", "t2", "t7", "cn", "tháng", "năm", "niên khóa", "niên vụ"],
      ...["mùng", "mồng", "lúc", "vào lúc", "hồi", "giờ", "h", "phút", "am", "pm", "điện thoại", "đt", "sđt", "dđ", "di động", "hotline", "fax", "đường dây nóng"],
      ...["bắt đầu", "bắt đầu từ", "cùng ngày", "các tối", "mỗi", "hằng", "24/24", "24/7", "tháng tư", "tháng năm", "date"],
      ...["một", "hai", "ba", "bốn", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "mươi", "mốt", "lăm", "tư", "tỷ", "triệu", "nghìn", "lệ", "k", "Q"],
      ...["http://", "https://", "www.", "@", ".", ",", "/", "-", "–", ":", " ", "  ", "\n", "+84", "0", "1", "9", "12", "2021", "1999", "05", "x", "đ", "a_b", "%", "𝟏"],
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => agree(parts.join(""))),
      { seed: 20240615, numRuns: 2000 },
    );
  });
});

describe("the code units a number can begin with", () => {
  const members = new RegExp(`^${NUMBER_START}$`);
  it("hold every number of the Basic Multilingual Plane and every high surrogate", () => {
    for (let unit = 0; unit <= 0xffff; unit++) {
      const c = String.fromCharCode(unit);
      if ((unit < 0xd800 || unit > 0xdfff) && /\p{N}/u.test(c)) expect(members.test(c), `U+${unit.toString(16)}`).toBe(true);
    }
    expect(members.test("\ud835")).toBe(true);
  });
  it("hold no letter, mark or punctuation a report is written in", () => {
    for (const c of "aAzZđĐêệỡƯư\u0301.,/%- \t\n–“”") expect(members.test(c), c).toBe(false);
  });
});
