/**
 * Runs every figure corpus: each text must give exactly its one expected
 * figure (kind, value, unit and attributes), with a span that slices back to
 * its text; each negative text must give none.
 */
import { describe, expect, it } from "vitest";
import { prepareText } from "../../pipeline/prepare.js";
import { findFigures } from "./index.js";
import type { Example } from "./corpus.js";
import { COUNT_CORPUS } from "./count.corpus.js";
import { DURATION_CORPUS } from "./duration.corpus.js";
import { MEASURE_CORPUS } from "./measure.corpus.js";
import { MONEY_CORPUS } from "./money.corpus.js";
import { NOT_FIGURES_CORPUS } from "./not-figures.corpus.js";
import { PERCENT_CORPUS } from "./percent.corpus.js";

const CORPORA: Record<string, Example[]> = {
  money: MONEY_CORPUS,
  percent: PERCENT_CORPUS,
  measure: MEASURE_CORPUS,
  duration: DURATION_CORPUS,
  count: COUNT_CORPUS,
};

// The figure extractor alone, with nothing claimed by other extractors: it
// must not mistake a document number, a date or a label for a figure by itself.
function figuresOf(text: string) {
  const doc = prepareText(text);
  const figures = findFigures(doc, []);
  for (const f of figures) expect(doc.text.slice(f.start, f.end)).toBe(f.text);
  return figures;
}

for (const [name, corpus] of Object.entries(CORPORA)) {
  describe(`${name} corpus`, () => {
    for (const { expect: want, texts } of corpus) {
      for (const text of texts) {
        it(`${text}  →  ${want.value} ${want.unit ?? want.kind}`, () => {
          const got = figuresOf(text).map((f) => ({
            kind: f.kind,
            value: f.value,
            unit: f.unit.toLowerCase(),
            qualifier: f.qualifier,
            of: f.of,
            to: f.to,
            per: f.per,
          }));
          expect(got).toEqual([
            {
              kind: want.kind,
              value: want.value,
              unit: (want.unit ?? got[0]?.unit ?? "").toLowerCase(),
              qualifier: want.qualifier ?? null,
              of: want.of ?? null,
              to: want.to ?? null,
              per: want.per ?? null,
            },
          ]);
        });
      }
    }
  });
}

describe("not-figures corpus", () => {
  for (const text of NOT_FIGURES_CORPUS) {
    it(`no figure in: ${text}`, () => {
      expect(figuresOf(text).map((f) => f.text)).toEqual([]);
    });
  }
});

describe("ranges with the unit at both ends", () => {
  it("join only across a dash, đến or tới: a change or a list stays two figures", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.value, f.to, f.text]);
    expect(shapes("Tỷ lệ tăng từ 15% đến 20%.")).toEqual([[15, 20, "từ 15% đến 20%"]]);
    expect(shapes("Số hộ nghèo giảm từ 494 hộ xuống còn 247 hộ.")).toEqual([
      [494, null, "494 hộ"],
      [247, null, "247 hộ"],
    ]);
    expect(shapes("Thu nhập tăng từ 45 triệu đồng lên 52 triệu đồng.")).toEqual([
      [45e6, null, "45 triệu đồng"],
      [52e6, null, "52 triệu đồng"],
    ]);
    expect(shapes("Kết quả:\n- 25 hộ\n- 30 hộ")).toEqual([
      [25, null, "25 hộ"],
      [30, null, "30 hộ"],
    ]);
    // the second end smaller: no range
    expect(shapes("năm 2023 là 20% - 15% năm nay")).toEqual([
      [20, null, "20%"],
      [15, null, "15%"],
    ]);
  });
});

describe("an amount right after an amount of money", () => {
  it("is money though it omits the currency", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.kind, f.value]);
    expect(shapes("Giải Ba 4 triệu đồng; mỗi giải khuyến khích 1,5 triệu.")).toEqual([
      ["money", 4e6],
      ["money", 1.5e6],
    ]);
    // a noun after it, or a new sentence, and it is not
    expect(shapes("Thu 4 triệu đồng. Đón 1,2 triệu lượt khách.")).toEqual([
      ["money", 4e6],
      ["count", 1.2e6],
    ]);
  });
});

describe("a count broken down by place in brackets", () => {
  it("counts each place's number with the noun written once", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.value, f.unit]);
    expect(shapes("Bão làm 9 tàu cá bị chìm (Cà Mau 4, Bạc Liêu 3, Sóc Trăng 2).")).toEqual([
      [9, "tàu cá"],
      [4, "tàu cá"],
      [3, "tàu cá"],
      [2, "tàu cá"],
    ]);
    // (or right after the count, past a semicolon; a label after one is no place: `; Chi bộ 4 tổ chức …`)
    expect(shapes("Năm 2024, huyện Tân Phú kết nạp 120 đảng viên; Định Quán 98; Vĩnh Cửu 87.")).toEqual([
      [120, "đảng viên"],
      [98, "đảng viên"],
      [87, "đảng viên"],
    ]);
    expect(shapes("Đảng bộ có 150 đảng viên; Chi bộ 4 tổ chức sinh hoạt chuyên đề.")).toEqual([[150, "đảng viên"]]);
    expect(shapes("Có 81 chiếc bị hư hỏng (tỉnh Kiên Giang 65 và Cà Mau 16).")).toEqual([
      [81, "chiếc"],
      [65, "chiếc"],
      [16, "chiếc"],
    ]);
    // an area's breakdown, and one after `gồm`
    expect(shapes("Diện tích lúa ngập 100 ha (xã An Lạc 60, xã Bình Minh 40).")).toEqual([
      [100, "ha"],
      [60, "ha"],
      [40, "ha"],
    ]);
    // the first place after `ở`/`tại`, `với` before its number
    expect(shapes("Mưa lũ làm 9 người chết, chủ yếu ở Huế với 5 người, Đà Nẵng 3, Quảng Trị 1.")).toEqual([
      [9, "người"],
      [5, "người"],
      [3, "người"],
      [1, "người"],
    ]);
    expect(shapes("Có 27 sự cố, gồm Bắc Ninh 2, Hà Nội 1.")).toEqual([
      [27, "sự cố"],
      [2, "sự cố"],
      [1, "sự cố"],
    ]);
    // labels in the brackets, and numbers after lower-case words, are no breakdown
    expect(shapes("Huyện có 12 chi bộ (Tổ 4, Tổ 5).")).toEqual([[12, "chi bộ"]]);
    expect(shapes("Có 12 hộ (tăng 4 so với năm trước).")).toEqual([[12, "hộ"]]);
    // names ending in a number: one item alone, or a list whose other items have none
    expect(shapes("Hội trao 5 nhà đại đoàn kết (thôn Cấp Tiến 2) cho các hộ nghèo.")).toEqual([[5, "nhà đại đoàn kết"]]);
    expect(shapes("Hội trao 5 nhà đại đoàn kết (thôn Cấp Tiến 2, trị giá 50 triệu đồng mỗi căn).")).toEqual([
      [5, "nhà đại đoàn kết"],
      [50e6, "VND"],
    ]);
    expect(shapes("Huyện có 8 xã đạt chuẩn, gồm: Gia Tân 3, Gia Kiệm, Quang Trung và Bàu Hàm.")).toEqual([[8, "xã"]]);
  });
});

describe("a count broken down by category in brackets", () => {
  it("counts each category's whole number with the noun written once; a share, a change or a verb is no category", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.value, f.unit]);
    expect(shapes("Đã xử lý kỷ luật 1.574 đảng viên (trong đó: khiển trách 692, cảnh cáo 560, cách chức 115, khai trừ 207).")).toEqual([
      [1574, "đảng viên"],
      [692, "đảng viên"],
      [560, "đảng viên"],
      [115, "đảng viên"],
      [207, "đảng viên"],
    ]);
    // (a category of two joined by a comma before its colon, first or after another)
    for (const text of ["Đã cấp 9.000 thẻ (cấp đổi, cấp lại: 5.000; cấp mới: 4.000).", "Đã cấp 9.000 thẻ (cấp mới: 5.000; cấp đổi, cấp lại: 4.000)."]) {
      expect(shapes(text)).toEqual([
        [9000, "thẻ"],
        [5000, "thẻ"],
        [4000, "thẻ"],
      ]);
    }
    expect(shapes("Kỷ luật 14 đảng viên (khiển trách 8, cảnh cáo 6).")).toEqual([
      [14, "đảng viên"],
      [8, "đảng viên"],
      [6, "đảng viên"],
    ]);
    expect(shapes("Toàn xã có 120 hộ (chiếm 3,5), 45 hộ nghèo (tăng 5 so với năm trước).")).toEqual([
      [120, "hộ"],
      [45, "hộ nghèo"],
    ]);
    // a list by place, the noun written with its first item only
    expect(shapes("Toàn tỉnh kết nạp 520 đảng viên. Trong đó, Thạnh Phú 121 đảng viên, Mỏ Cày Nam 98, Giồng Trôm 80.")).toEqual([
      [520, "đảng viên"],
      [121, "đảng viên"],
      [98, "đảng viên"],
      [80, "đảng viên"],
    ]);
    // with no bracket, after its word
    const fourteen = [
      [14, "đảng viên"],
      [8, "đảng viên"],
      [6, "đảng viên"],
    ];
    expect(shapes("Kỷ luật 14 đảng viên, trong đó khiển trách 8, cảnh cáo 6.")).toEqual(fourteen);
    expect(shapes("Kỷ luật 14 đảng viên với các hình thức: khiển trách 8, cảnh cáo 6.")).toEqual(fourteen);
    expect(shapes("Kỷ luật 14 đảng viên; trong đó: khiển trách 8, cảnh cáo 6.")).toEqual(fourteen);
    // the bracket's first category reading its noun from a label before the count: the next counts the same
    // (counterexample: a share after it, `(nam: 560; chiếm 56,7%)`, is no category)
    expect(shapes("Tổng số đảng viên: 987 (nam: 560; nữ: 427).")).toEqual([
      [987, "đảng viên"],
      [560, "đảng viên"],
      [427, "đảng viên"],
    ]);
    expect(shapes("Tổng số đảng viên: 987 (nam: 560; tuổi đời bình quân: 48).")).toEqual([
      [987, "đảng viên"],
      [560, "đảng viên"],
    ]);
    expect(shapes("Tổng số đảng viên: 987 (nam: 560; chiếm 56,7%).")).toEqual([
      [987, "đảng viên"],
      [560, "đảng viên"],
      [56.7, "%"],
    ]);
    // two amounts of one thing, its unit after the second (not a date's month before a count: `Ngày 19 và 20/10, 298 đại biểu`)
    expect(shapes("Hai xã có lần lượt 1.200 và 1.500 hộ dân.")).toEqual([
      [2, "xã"],
      [1200, "hộ dân"],
      [1500, "hộ dân"],
    ]);
    expect(shapes("Giá vé các loại là 450.000 và 600.000 đồng/vé.")).toEqual([
      [450000, "VND"],
      [600000, "VND"],
    ]);
    expect(shapes("Ngày 19 và 20/10, 298 đại biểu đã dự đại hội.")).toEqual([[298, "đại biểu"]]);
    // (nor a ratio of the noun after the date: `20/10 tổ chức`)
    expect(shapes("Ngày 19 và 20/10 tổ chức hội thi cho 120 đoàn viên.")).toEqual([[120, "đoàn viên"]]);
    // the scale word written once too, on the second amount (not on a larger first: `500 và 1 triệu đồng`)
    expect(shapes("Mỗi suất quà trị giá 3 và 5 triệu đồng.")).toEqual([
      [3000000, "VND"],
      [5000000, "VND"],
    ]);
    expect(shapes("Hai mức hỗ trợ là 1,5 và 2 tỷ đồng.")).toEqual([
      [2, "mức"],
      [1500000000, "VND"],
      [2000000000, "VND"],
    ]);
    // three or more, commas before the last `và` (not a comma list alone: `Chiều 15, 200 đoàn viên`)
    expect(shapes("Ba xã có lần lượt 120, 150 và 200 hộ nghèo.")).toEqual([
      [3, "xã"],
      [120, "hộ nghèo"],
      [150, "hộ nghèo"],
      [200, "hộ nghèo"],
    ]);
    expect(shapes("Mức hỗ trợ là 15, 20 và 25%.")).toEqual([
      [15, "%"],
      [20, "%"],
      [25, "%"],
    ]);
    // a byline right under the sapo leaves the body after it the article's
    expect(shapes("Yên Bái: Lũ rút, người dân dọn bùn\n\nNước lũ sông Chảy rút đến đâu, bà con các xã ven sông lại bắt tay dọn dẹp đến đó, nhiều gia đình gần như mất trắng.\n\nBài và ảnh: MINH PHƯƠNG\n\nToàn huyện có 312 hộ bị ngập sâu, 46 hộ phải di dời khẩn cấp đến nơi an toàn.")).toEqual([
      [312, "hộ"],
      [46, "hộ"],
    ]);
    // money's words are no category
    expect(shapes("Thu hút 50 dự án (vốn đăng ký: 1.200; vốn thực hiện: 800).")).toEqual([[50, "dự án"]]);
    // a colon after each category
    expect(shapes("Kỷ luật 14 đảng viên (khiển trách: 8; cảnh cáo: 6).")).toEqual(fourteen);
    // grouped thousands are whole numbers too
    expect(shapes("Kỷ luật 2.869 đảng viên (khiển trách 1.168, cảnh cáo 551).")).toEqual([
      [2869, "đảng viên"],
      [1168, "đảng viên"],
      [551, "đảng viên"],
    ]);
    // a clause's verb after a semicolon opens the next count, not an item of this breakdown
    expect(shapes("Kỷ luật 29 tổ chức đảng, với hình thức: khiển trách 26, cảnh cáo 03; kỷ luật 1.090 đảng viên.")).toEqual([
      [29, "tổ chức đảng"],
      [26, "tổ chức đảng"],
      [3, "tổ chức đảng"],
      [1090, "đảng viên"],
    ]);
  });
});

describe("ratings whose noun is written once, at the first", () => {
  it("count each rating's number with the first count's noun; with no rating after the first, nothing is said", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.value, f.unit]);
    expect(shapes("Có 689 đảng viên hoàn thành xuất sắc nhiệm vụ; 3.504 hoàn thành tốt nhiệm vụ; 281 hoàn thành nhiệm vụ và 38 không hoàn thành nhiệm vụ.")).toEqual([
      [689, "đảng viên"],
      [3504, "đảng viên"],
      [281, "đảng viên"],
      [38, "đảng viên"],
    ]);
    expect(shapes("Năm 2024 có 12 chi bộ HTXSNV, 40 HTTNV, 3 KHTNV.")).toEqual([
      [12, "chi bộ"],
      [40, "chi bộ"],
      [3, "chi bộ"],
    ]);
    expect(shapes("Có 689 đảng viên, 3.504 hoàn thành tốt nhiệm vụ.")).toEqual([[689, "đảng viên"]]);
    // an aside after a rating, `có` before the next
    expect(shapes("Có 12 chi bộ hoàn thành xuất sắc nhiệm vụ (tăng 2 so với năm trước), 8 hoàn thành tốt nhiệm vụ; có 3 không hoàn thành nhiệm vụ.")).toEqual([
      [12, "chi bộ"],
      [8, "chi bộ"],
      [3, "chi bộ"],
    ]);
    // another noun named between: its numbers are not the first count's
    expect(shapes("Về tổ chức đảng: 10 chi bộ hoàn thành xuất sắc nhiệm vụ, 25 hoàn thành tốt nhiệm vụ; về đảng viên, 85 hoàn thành xuất sắc nhiệm vụ.")).toEqual([
      [10, "chi bộ"],
      [25, "chi bộ"],
    ]);
    expect(shapes("Có 689 đảng viên hoàn thành xuất sắc nhiệm vụ. 3.504 hoàn thành tốt nhiệm vụ.")).toEqual([[689, "đảng viên"]]);
  });
});

describe("a list's item opened by a report's verb, then its noun and a colon", () => {
  it("counts the noun", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.value, f.unit]);
    expect(shapes("Kết quả năm 2024:\n- Kỷ luật đảng viên: 31.\n- Kết nạp đảng viên mới: 85.")).toEqual([
      [31, "đảng viên"],
      [85, "đảng viên mới"],
    ]);
  });
});

describe("a Party badge's levels written short in a list or a table", () => {
  it("are no spans of years; the members counted are", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.value, f.unit]);
    expect(shapes("Số đảng viên được tặng Huy hiệu theo từng mức:\n- Huy hiệu 80 năm tuổi Đảng: 1 đồng chí;\n- 75 năm: 9 đồng chí; 70 năm: 36 đồng chí.")).toEqual([
      [1, "đồng chí"],
      [9, "đồng chí"],
      [36, "đồng chí"],
    ]);
    expect(shapes("Trao Huy hiệu Đảng cho 126 đảng viên, trong đó: Huy hiệu 70 năm tuổi Đảng 3 đồng chí, 60 năm 15 đồng chí.")).toEqual([
      [126, "đảng viên"],
      [3, "đồng chí"],
      [15, "đồng chí"],
    ]);
    expect(shapes("Kết quả trao Huy hiệu Đảng năm 2024\nLoại Huy hiệu\tSố đảng viên\n75 năm\t9\n70 năm\t36")).toEqual([
      [9, "đảng viên"],
      [36, "đảng viên"],
    ]);
    expect(shapes("Đồng chí được trao tặng Huy hiệu 60 năm tuổi Đảng, quá trình công tác như sau:\n- Công tác tại địa phương: 35 năm;")).toEqual([[35, "năm"]]);
    // a span of service measures
    expect(shapes("Đồng chí Lê Văn An có 45 năm công tác trong ngành.")).toEqual([[45, "năm"]]);
  });
});

describe("a box of related headlines with no label, between the article's paragraphs", () => {
  it("gives no figures; a list of places with their numbers does", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.value, f.unit]);
    const lead = "Ngày 3/5, Ủy ban MTTQ huyện Cam Lộ bàn giao 12 căn nhà Đại đoàn kết cho hộ nghèo trên địa bàn các xã của huyện.";
    const after = "Mỗi căn nhà được hỗ trợ 60 triệu đồng từ Quỹ Vì người nghèo huyện.";
    const box = ["Sơn La: Gần 9 tỷ đồng hỗ trợ làm nhà cho hộ nghèo", "", "Cần Thơ: Khởi công 150 căn nhà Đại đoàn kết"];
    expect(shapes([lead, "", ...box, "", after].join("\n"))).toEqual([
      [12, "căn nhà"],
      [60e6, "VND"],
    ]);
    expect(shapes([lead, "", "Xã An Hòa: 15 căn nhà", "Xã Bình Minh: 9 căn nhà", "", after].join("\n")).length).toBe(4);
    // a list of communes or prizes, each a place's or a prize's name and a sentence, is the article's
    const communes = ["Xã Tân Lập: Kết nạp 35 đảng viên mới trong năm qua", "Xã Phú Thọ: Kết nạp 28 đảng viên mới trong năm qua"];
    // nor the items of a list its opening line announces, though they name provinces
    const provinces = ["Kết quả cụ thể:", "Hà Nội: Có 125 xã đạt chuẩn nông thôn mới nâng cao trong năm", "Nghệ An: Có 35 xã đạt chuẩn nông thôn mới nâng cao trong năm"];
    expect(shapes([lead, "", ...provinces, "", after].join("\n")).map(([value]) => value)).toEqual([12, 125, 35, 60e6]);
    expect(shapes([lead, "", ...communes, "", after].join("\n")).map(([value]) => value)).toEqual([12, 35, 28, 60e6]);
  });
});

describe("a list whose noun comes once, at its end", () => {
  it("counts each item's number with the last item's noun", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.value, f.unit]);
    expect(shapes("Thi hành kỷ luật khiển trách 11, cảnh cáo 04, cách chức 01, khai trừ 01 đảng viên.")).toEqual([
      [11, "đảng viên"],
      [4, "đảng viên"],
      [1, "đảng viên"],
      [1, "đảng viên"],
    ]);
    expect(shapes("Xếp loại khá 3, trung bình 7 và yếu 2 xã.")).toEqual([
      [3, "xã"],
      [7, "xã"],
      [2, "xã"],
    ]);
    expect(shapes("Xếp loại hoàn thành xuất sắc nhiệm vụ 4, hoàn thành tốt nhiệm vụ 25, hoàn thành nhiệm vụ 5 đảng viên.")).toEqual([
      [4, "đảng viên"],
      [25, "đảng viên"],
      [5, "đảng viên"],
    ]);
    // labels, decimals, a measure or a span of time at the end, and a capital before the number: no list
    expect(shapes("Tổ 4, Tổ 5 có 30 hộ.")).toEqual([[30, "hộ"]]);
    // (a decimal after a score's compound noun is that score, not the list's item)
    expect(shapes("Điểm bình quân 8,5, có 30 học sinh.")).toEqual([
      [8.5, "điểm"],
      [30, "học sinh"],
    ]);
    expect(shapes("Tỷ lệ đạt 8,5, có 30 học sinh.")).toEqual([[30, "học sinh"]]);
    expect(figuresOf("Có 46 em đạt điểm trung bình xét tốt nghiệp từ 8,0 trở lên.").map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [46, "em", null],
      [8, "điểm", "over"],
    ]);
    expect(shapes("Năng suất tăng 4, đạt 30 ha.")).toEqual([[30, "ha"]]);
    expect(shapes("Đợt một kéo dài 4, đợt hai 6 tháng.").map(([, unit]) => unit)).toEqual(["tháng"]);
    expect(shapes("Thu 5, chi 7 hộ.")).toEqual([[7, "hộ"]]);
    // a level's number is no item (`mức 2` of electronic identification)
    expect(shapes("Thu nhận 2.340 hồ sơ định danh mức 2, kích hoạt 1.560 tài khoản.")).toEqual([
      [2340, "hồ sơ"],
      [1560, "tài khoản"],
    ]);
  });
});

describe("a count's breakdown by category in brackets after `các loại`", () => {
  it("counts each category's number with the count's noun", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.value, f.unit]);
    expect(shapes("Tạm giữ 8.904 phương tiện các loại (ô tô 1.032, mô tô 7.805).")).toEqual([
      [8904, "phương tiện"],
      [1032, "phương tiện"],
      [7805, "phương tiện"],
    ]);
  });
});

describe("`số` and its noun right before each number", () => {
  it("counts each item's noun", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.value, f.unit]);
    expect(shapes("Toàn tỉnh: số vụ 41, số người chết 23, số người bị thương 29.")).toEqual([
      [41, "vụ"],
      [23, "người"],
      [29, "người"],
    ]);
  });
});

describe("a table's column of counts", () => {
  it("counts the noun opening each row's label, the rate column a percent", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.kind, f.value, f.unit]);
    expect(shapes("Nội dung\tSố lượng\tTỷ lệ (%)\nCấp ủy viên nữ\t13\t31,71\nĐảng viên nữ\t120\t24,7")).toEqual([
      ["count", 13, "cấp ủy viên"],
      ["percent", 31.71, "%"],
      ["count", 120, "đảng viên"],
      ["percent", 24.7, "%"],
    ]);
  });
});

describe("a label's noun, its colon, then categories each with its number", () => {
  it("counts the label's noun in every category; a place's name, an age or an average is none", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.value, f.unit]);
    expect(shapes("Số học sinh: mầm non 5.200; tiểu học 8.100; THCS 6.050.")).toEqual([
      [5200, "học sinh"],
      [8100, "học sinh"],
      [6050, "học sinh"],
    ]);
    expect(shapes("Số đảng viên: nam 560; nữ 427; tuổi bình quân 48.")).toEqual([
      [560, "đảng viên"],
      [427, "đảng viên"],
    ]);
    expect(shapes("Số hộ: Xã An Hòa 120; Xã Bình Minh 80.")).toEqual([]);
  });
});

describe("a column of an exam's scores", () => {
  it("counts points under `Điểm chuẩn`, whole or not", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.kind, f.value, f.unit]);
    expect(shapes("STT | Trường | Điểm chuẩn năm 2024\n1 | THPT Phan Đình Phùng | 38,5")).toEqual([["count", 38.5, "điểm"]]);
    expect(shapes("STT | Trường | Chỉ tiêu | Điểm chuẩn\n1 | THPT Phan Đình Phùng | 585 | 38,5\n2 | THPT Việt Đức | 675 | 40")).toEqual([
      ["count", 585, "chỉ tiêu"],
      ["count", 38.5, "điểm"],
      ["count", 675, "chỉ tiêu"],
      ["count", 40, "điểm"],
    ]);
  });
});

describe("a column headed by how far the work went, naming no noun", () => {
  it("counts what the nearest `Số X` column before it counts", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.kind, f.value, f.unit]);
    expect(shapes("Dự án\tSố hộ\tSố đơn\tĐã giải quyết\tCòn tồn\nKhu công nghiệp Yên Lư\t1.247\t64\t58\t6")).toEqual([
      ["count", 1247, "hộ"],
      ["count", 64, "đơn"],
      ["count", 58, "đơn"],
      ["count", 6, "đơn"],
    ]);
    // (the table's unit above it wins, and money's or a rate's progress inherits nothing)
    expect(shapes("(đơn vị: triệu đồng)\nXã\tSố hộ vay\tĐã giải ngân\nXã An Hòa\t120\t1.250")).toEqual([
      ["count", 120, "hộ"],
      ["money", 1_250_000_000, "VND"],
    ]);
    expect(shapes("Huyện\tSố xã\tĐã đạt tỷ lệ\nHuyện A\t12\t85")).toEqual([["count", 12, "xã"]]);
    expect(shapes("Xã\tSố công trình\tTrong đó kinh phí nhà nước\nXã A\t12\t3.500")).toEqual([["count", 12, "công trình"]]);
    expect(shapes("Xã\tSố đối tượng\tĐã chi trả\nXã A\t450\t1.250")).toEqual([["count", 450, "đối tượng"]]);
    // (a word of money's inside another word is none: `Đã đạt chuẩn`, `Đã trả lời`)
    expect(shapes("Huyện\tSố xã\tĐã đạt chuẩn\tChưa đạt chuẩn\nHuyện A\t36\t30\t6")).toEqual([
      ["count", 36, "xã"],
      ["count", 30, "xã"],
      ["count", 6, "xã"],
    ]);
    // (after a measure's column it inherits nothing)
    expect(shapes("Dự án\tDiện tích (ha)\tĐã giải quyết\nKhu công nghiệp Yên Lư\t118,6\t58")).toEqual([["area", 118.6, "ha"]]);
  });
});

describe("a long heading opening with a counted noun, then what befell it, and a part of it", () => {
  it("counts the noun under the heading and under `Trong đó` after it", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.kind, f.value, f.unit]);
    expect(shapes("Năm\tLao động được tạo việc làm mới\tTrong đó XKLĐ\tĐạt so với KH\n2021\t215\t38\t102,4%")).toEqual([
      ["count", 215, "lao động"],
      ["count", 38, "lao động"],
      ["percent", 102.4, "%"],
    ]);
    // (a long label with no such word after its noun counts nothing)
    expect(shapes("Năm\tLao động nông thôn qua đào tạo nghề năm nay\n2021\t215")).toEqual([]);
    // (a report's verb done to the noun befalls it too)
    expect(shapes("Chi hội\tSố hội viên\tHội viên kết nạp mới\tXếp loại\nChi hội 1 (Tổ 1, 2)\t46\t3\tVững mạnh\nCác chi hội hoạt động tốt.")).toEqual([
      ["count", 46, "hội viên"],
      ["count", 3, "hội viên"],
    ]);
  });
});

describe("a table's caption naming what a report's verbs acted on", () => {
  it("counts that noun in columns that name none", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.kind, f.value, f.unit]);
    const table = (caption: string) => `${caption}\nTT\tLĩnh vực\tTiếp nhận\tĐúng hạn\tTrễ hạn\n1\tHộ tịch\t412\t410\t2\nCác hồ sơ đều được trả đúng quy định.`;
    expect(shapes(table("Kết quả tiếp nhận, giải quyết hồ sơ TTHC quý I năm 2024:"))).toEqual([
      ["count", 412, "hồ sơ"],
      ["count", 410, "hồ sơ"],
      ["count", 2, "hồ sơ"],
    ]);
    // (counterexamples: a verb's object the lexicon does not count; a caption with no report's verb)
    expect(shapes(table("Kết quả thu ngân sách xã năm 2024:"))).toEqual([]);
    expect(shapes(table("Bảng 3. Hồ sơ theo lĩnh vực:"))).toEqual([]);
    // (a caption numbered or marked, or a blank line under it)
    expect(shapes(table("b) Kết quả tiếp nhận, giải quyết hồ sơ:"))).toHaveLength(3);
    expect(shapes(table("- Kết quả tiếp nhận, giải quyết hồ sơ:\n"))).toHaveLength(3);
    // (not a column of money, a measure, a rate, a score: `Kinh phí` under `Kết quả hỗ trợ hộ nghèo`)
    expect(shapes("Kết quả hỗ trợ hộ nghèo năm 2024:\nTT\tThôn\tHỗ trợ\tKinh phí\n1\tĐông\t12\t250.000.000\nCác hộ đều nhận đủ.")).toEqual([
      ["count", 12, "hộ nghèo"],
    ]);
  });
});

describe("`mỗi` opening the next clause with its own amount", () => {
  it("is no basis of the amount before it", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.kind, f.value, f.unit, f.per ?? null]);
    expect(shapes("Huyện cử 45 cán bộ mỗi xã 3 người.")).toEqual([
      ["count", 45, "cán bộ", null],
      ["count", 3, "người", null],
    ]);
    expect(shapes("Hỗ trợ 20 triệu đồng mỗi hộ là 2 triệu đồng.")[0]).toEqual(["money", 20e6, "VND", null]);
  });
});

describe("a word bracketed after a row's label", () => {
  it("counts the row's whole numbers though the lexicon does not know it, not under a column of money", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.kind, f.value, f.unit]);
    const table = "TT\tNội dung\tSố lượng\tKinh phí\n2\tTờ rơi, áp phích (tờ)\t12.500\t50.000.000\n3\tHTX liên kết chuỗi (HTX)\t30\t\nCác nội dung đều đạt.";
    expect(shapes(table)).toEqual([
      ["count", 12500, "tờ"],
      ["count", 30, "htx"],
    ]);
  });
});

describe("a table's unit above it over a blank line", () => {
  it("is still the table's: a count's, money's", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.kind, f.value, f.unit]);
    const spaced = [
      "Kết quả theo cụm thôn (đơn vị tính: công dân):",
      "",
      "   TT    Cụm thôn          Gọi khám    Đạt sức khỏe",
      "   1     Đồng Bừa             22            16",
      "Các cụm đều hoàn thành.",
    ].join("\n");
    expect(shapes(spaced)).toEqual([
      ["count", 22, "công dân"],
      ["count", 16, "công dân"],
    ]);
    expect(shapes("Bảng kinh phí (đơn vị tính: triệu đồng):\n\nTT\tNội dung\tDự toán\n1\tThu thuế\t1.200\nCác khoản đều đạt.")).toEqual([["money", 1.2e9, "VND"]]);
    // (a bare thousand over visitors is no money)
    expect(shapes("Lượt khách du lịch (ĐVT: nghìn)\nNăm\tThôn\n2023\tĐông\t120\nDu lịch tăng trưởng khá.").filter(([kind]) => kind === "money")).toEqual([]);
  });
});

describe("a unit column's word", () => {
  it("counts the row's thing after a classifier, a word under the unit's heading, not over the number's own heading", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.kind, f.value, f.unit]);
    expect(shapes("TT\tTên thiết bị\tĐơn vị tính\tSố lượng\n1\tXuồng máy\tchiếc\t04\n2\tBao tải cát\tbao\t2.000")).toEqual([
      ["count", 4, "xuồng máy"],
      ["count", 2000, "bao"],
    ]);
    expect(shapes("TT\tĐơn vị\tĐơn vị tính\tSố người\n1\tXã A\tMTTQ\t250")).toEqual([["count", 250, "người"]]);
    // (a total's or a deed's label keeps the classifier)
    expect(shapes("TT\tChỉ tiêu\tĐVT\tSố lượng\n1\tTổng đàn lợn\tcon\t1.200")).toEqual([["count", 1200, "con"]]);
    expect(shapes("TT\tNội dung\tĐVT\tSố lượng\n1\tCụ ông\ttuổi\t74,5")).toEqual([]);
  });
});

describe("a plan's and a result's columns", () => {
  it("count what the row's label names, a school's row the quota", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.kind, f.value, f.unit]);
    const table = "TT\tNội dung\tChỉ tiêu\tThực hiện\tTỷ lệ (%)\n";
    expect(shapes(`${table}1\tGiới thiệu đoàn viên ưu tú cho Đảng\t12\t15\t125\n2\tCông trình, phần việc thanh niên\t05\t07\t140`)).toEqual([
      ["count", 12, "đoàn viên"],
      ["count", 15, "đoàn viên"],
      ["percent", 125, "%"],
      ["count", 5, "công trình"],
      ["count", 7, "công trình"],
      ["percent", 140, "%"],
    ]);
    // (a plan's verb: who gains after `cho`, else what it acts on; never the verb's own syllables)
    expect(shapes(`${table}1\tGiải quyết việc làm cho lao động\t300\t320\t106\n2\tTổ chức hội nghị\t4\t5\t125`)).toEqual([
      ["count", 300, "lao động"],
      ["count", 320, "lao động"],
      ["percent", 106, "%"],
      ["count", 4, "hội nghị"],
      ["count", 5, "hội nghị"],
      ["percent", 125, "%"],
    ]);
    // (an event's verb counts the events, never who attends; a longer verb before its shorter form)
    expect(shapes(`${table}1\tTập huấn kỹ thuật cho nông dân\t8\t10\t125\n2\tThăm hỏi gia đình chính sách\t120\t125\t104`)).toEqual([
      ["percent", 125, "%"],
      ["count", 120, "gia đình chính sách"],
      ["count", 125, "gia đình chính sách"],
      ["percent", 104, "%"],
    ]);
    // (a label that measures counts none of its noun)
    expect(shapes(`${table}1\tTỷ lệ trẻ em suy dinh dưỡng\t10\t9\t90`)).toEqual([["percent", 90, "%"]]);
    expect(shapes("STT | Trường | Chỉ tiêu\n1 | THPT Phan Đình Phùng | 585")).toEqual([["count", 585, "chỉ tiêu"]]);
  });
});

describe("a table aligned by spaces, its rows' cells left empty", () => {
  it("puts a short row's number under the heading it stands under; a total of two cells under a row is read", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.kind, f.value, f.unit]);
    const table = [
      " TT   Đơn vị                          Số lớp   Số học viên   Nghề đào tạo",
      " 1    Xã Châu Quang                      4         140       Chăn nuôi gia súc",
      "      Cộng                              37       1.250",
    ].join("\n");
    expect(shapes(table).slice(2)).toEqual([
      ["count", 37, "lớp"],
      ["count", 1250, "học viên"],
    ]);
    const money = [
      "TT   Nội dung                             Đơn vị tính   Số lượng   Thành tiền (đồng)",
      "1    Xây dựng chòi canh lửa               chòi          3          540.000.000",
      "     Tổng cộng                                                     2.648.500.000",
      // (a number closing the text may be cut off there: a sentence after the table)
      "Các đơn vị triển khai thực hiện kế hoạch này.",
    ].join("\n");
    expect(shapes(money)).toEqual([
      ["count", 3, "chòi"],
      ["money", 540_000_000, "VND"],
      ["money", 2_648_500_000, "VND"],
    ]);
    // (a unit column's acronym is the count's; a name under no such heading is none)
    expect(shapes(" TT   Chỉ tiêu                 Đơn vị      Kế hoạch     Thực hiện\n 3    Chủ thể OCOP là HTX      HTX            10            12")).toEqual([
      ["count", 10, "htx"],
      ["count", 12, "htx"],
    ]);
  });
});

describe("a row's number and a total set apart by a blank line", () => {
  it("number no count, and the total goes on counting the table's columns", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.kind, f.value, f.unit]);
    const spaced = ["TT  Thôn      Số hộ   Hộ nghèo", "1   Đông      120     5", "2   Tây       98      3", "", "    Cộng      218     8", "Số hộ nghèo giảm."].join("\n");
    expect(shapes(spaced)).toEqual([
      ["count", 120, "hộ"],
      ["count", 5, "hộ nghèo"],
      ["count", 98, "hộ"],
      ["count", 3, "hộ nghèo"],
      ["count", 218, "hộ"],
      ["count", 8, "hộ nghèo"],
    ]);
    const tabbed = ["Thôn\tSố hộ\tHộ nghèo", "Đông\t120\t5", "", "Tổng cộng\t218\t8", "Số hộ nghèo giảm."].join("\n");
    expect(shapes(tabbed).slice(2)).toEqual([
      ["count", 218, "hộ"],
      ["count", 8, "hộ nghèo"],
    ]);
    // (a justified line of prose under the table, no number after its label, counts)
    expect(shapes(["TT  Thôn      Số hộ   Hộ nghèo", "1   Đông      120     5", "15  hộ  còn lại  chưa  được  hỗ trợ."].join("\n")).at(-1)).toEqual(["count", 15, "hộ"]);
    // (counterexamples: a row not a total after the blank line opens a table of its own; a number opening a sentence counts)
    expect(shapes(["Thôn\tSố hộ\tHộ nghèo", "Đông\t120\t5", "", "Phường 2\t218\t8", "Số hộ nghèo giảm."].join("\n")).slice(2)).toEqual([]);
    expect(shapes("Năm nay có\n3 thôn  đạt chuẩn  văn hóa.")).toEqual([["count", 3, "thôn"]]);
  });
});

describe("a total's label merged across the number's and the name's cells", () => {
  it("puts the total's values under the header's last columns", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.kind, f.value, f.unit]);
    const table = "TT\tTên hồ\tDung tích (triệu m3)\tTỷ lệ (%)\n1\tNúi Ngang\t23,90\t48,0\n";
    expect(shapes(`${table}Tổng cộng\t23,90\t48,0`).slice(2)).toEqual([
      ["volume", 23.9e6, "m3"],
      ["percent", 48, "%"],
    ]);
    // (an empty cell after the label keeps the columns, though the row is a cell short)
    expect(shapes("TT\tĐơn vị\tSố hộ\tDiện tích (ha)\n1\tXã A\t12\t3,5\nTổng số\t\t22").slice(2)).toEqual([["count", 22, "hộ"]]);
    // (its number's cell left empty, aligned already)
    expect(shapes(`${table}\tTổng cộng\t23,90\t48,0`).slice(2)).toEqual([
      ["volume", 23.9e6, "m3"],
      ["percent", 48, "%"],
    ]);
  });
});

describe("a ratio with its share in brackets before the noun", () => {
  it("counts the noun, and the share is a percent of its own", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.kind, f.value, f.of, f.unit]);
    expect(shapes("Có 16/16 (100%) xã đạt chuẩn nông thôn mới.")).toEqual([
      ["count", 16, 16, "xã"],
      ["percent", 100, null, "%"],
    ]);
    // no known noun after the brackets: the ratio stays unread
    expect(shapes("Kết quả 16/16 (100%) đạt.")).toEqual([["percent", 100, null, "%"]]);
  });
});

describe("a scale word wrapped onto the next line", () => {
  it("joins a long prose line's last number, not a table cell's or a short line's", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.kind, f.value]);
    expect(shapes("Tổng lượt khách đến tham quan trong năm đạt khoảng 3.475\nnghìn lượt khách.")).toEqual([["count", 3475000]]);
    expect(shapes("Thu ngân sách\t95,2\ntỷ đồng là mức cao")).toEqual([]);
    expect(shapes("Kết quả: 95,2\ntỷ đồng là mức cao")).toEqual([]);
    // a capital opens a new line of its own
    expect(shapes("Tổng lượt khách đến tham quan trong năm đạt 3.475\nTriệu người dân vui mừng.")).toEqual([]);
  });
});

describe("a table's unit above it, or in a column's heading noun", () => {
  it("reads the unit the line above the table gives, and the noun a column counts", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.kind, f.value, f.unit]);
    const budget = ["Chi thường xuyên theo lĩnh vực (đơn vị: triệu đồng):", "Lĩnh vực\tDự toán\tQuyết toán\tTỷ lệ (%)", "Y tế\t38.200\t36.954\t96,7"].join("\n");
    expect(shapes(budget)).toEqual([
      ["money", 38.2e9, "VND"],
      ["money", 36.954e9, "VND"],
      ["percent", 96.7, "%"],
    ]);
    const damage = ["Số liệu thiệt hại tại một số xã:", "Xã\tNhà hư hỏng\tLúa ngập (ha)", "Bắc Lý\t265\t380"].join("\n");
    expect(shapes(damage)).toEqual([
      ["count", 265, "nhà"],
      ["area", 380, "ha"],
    ]);
    // a column of which ones (`Thôn`), and one of its own count under a unit line (`Số lượng`), take neither
    const villages = ["Kết quả (đơn vị: triệu đồng):", "Thôn\tSố lượng\tKinh phí", "3\t12\t450"].join("\n");
    expect(shapes(villages)).toEqual([["money", 450e6, "VND"]]);
    // `Số <noun>` heads a count of it, though the lexicon does not know the noun
    const outbreaks = ["Thôn\tSố hộ được kiểm tra\tSố ổ dịch\tTỷ lệ", "Thôn 1\t320\t5\t4,2%"].join("\n");
    expect(shapes(outbreaks)).toEqual([
      ["count", 320, "hộ"],
      ["count", 5, "ổ dịch"],
      ["percent", 4.2, "%"],
    ]);
    // a year's column, and a table with no unit anywhere, give nothing
    expect(shapes(["Chỉ tiêu\tNăm 2023\tNăm 2024", "Kết quả\t12\t15"].join("\n"))).toEqual([]);
  });

  it("reads a table copied from a PDF, its cells aligned by runs of spaces", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.kind, f.value, f.unit, f.per]);
    const budget = ["(Đơn vị tính: triệu đồng)", "Nội dung              Dự toán    Thực hiện   Tỷ lệ (%)", "Chi thường xuyên       12.900     6.785       52,6"].join("\n");
    expect(shapes(budget)).toEqual([
      ["money", 12.9e9, "VND", null],
      ["money", 6.785e9, "VND", null],
      ["percent", 52.6, "%", null],
    ]);
    const crops = ["Cây trồng     Diện tích (ha)    Năng suất (tạ/ha)", "Lúa           1.250             62,5"].join("\n");
    expect(shapes(crops)).toEqual([
      ["area", 1250, "ha", null],
      ["mass", 62.5, "tạ", "ha"],
    ]);
    // a double space in prose is a slip, no cell: `Tổ  5` stays a label
    expect(shapes("Tổ  5 có 120 hộ.")).toEqual([["count", 120, "hộ", null]]);
  });
});

describe("a photo's caption closing the article with its credit", () => {
  it("counts its figure though a short line stands above it", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.kind, f.value, f.unit]);
    const text = [
      "Tiếp công dân",
      "",
      "Trụ sở Tiếp công dân tỉnh đã tiếp nhận nhiều đơn thư của công dân trong năm qua, được giải quyết kịp thời, đúng quy định.",
      "",
      "PV: Xin cảm ơn ông!",
      "",
      "Trụ sở Tiếp công dân tỉnh mỗi ngày tiếp khoảng 20 lượt công dân. Ảnh: Quang Minh",
      "",
      "Bài viết cùng chuyên mục",
    ].join("\n");
    expect(shapes(text)).toEqual([["count", 20, "lượt công dân"]]);
  });
});

describe("a table closing the article", () => {
  it("still gives its figures: the rows are no signature", () => {
    const text = [
      "Báo cáo kết quả năm 2024",
      "",
      "Năm 2024, các chỉ tiêu kinh tế - xã hội cơ bản của huyện đều đạt và vượt kế hoạch đề ra, cụ thể như sau:",
      "STT\tChỉ tiêu\tĐVT\t2023\t2024",
      "1\tTổng thu ngân sách\tTỷ đồng\t95,2\t127,6",
      "2\tDiện tích lúa\tha\t1.150\t1.320",
      "",
      "Hoàng Linh",
    ].join("\n");
    expect(figuresOf(text).map((f) => [f.kind, f.value, f.unit])).toEqual([
      ["money", 95.2e9, "VND"],
      ["money", 127.6e9, "VND"],
      ["area", 1150, "ha"],
      ["area", 1320, "ha"],
    ]);
  });
});

describe("`trên` right after a counted thing", () => {
  it("places the next figure (on, across) rather than bounding it; after a verb or a comma it bounds", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.value, f.unit, f.qualifier]);
    expect(shapes("Phường đã trồng mới 120 cây xanh trên 3 km đường ven sông.")).toEqual([
      [120, "cây xanh", null],
      [3, "km", null],
    ]);
    expect(shapes("Xây dựng 74 mô hình trên 6 khu dân cư.")).toEqual([
      [74, "mô hình", null],
      [6, "khu dân cư", null],
    ]);
    expect(shapes("Thu hút 120 người, trên 3 km đường được làm mới.")).toEqual([
      [120, "người", null],
      [3, "km", "over"],
    ]);
    expect(shapes("Phường có trên 3 km đường ven sông.")).toEqual([[3, "km", "over"]]);
    // a verb between bounds
    expect(shapes("Hội giải quyết cho 53 hội viên vay trên 956 triệu đồng.")[1]).toEqual([956e6, "VND", "over"]);
    // after a span or a round of events, `trên` bounds
    expect(shapes("Sau 3 năm trên 1.200 hộ đã thoát nghèo.")).toEqual([
      [3, "năm", null],
      [1200, "hộ", "over"],
    ]);
    expect(shapes("Qua 2 đợt trên 300 người được khám bệnh.")).toEqual([
      [2, "đợt", null],
      [300, "người", "over"],
    ]);
  });
});

describe("`một` set against a count of the same noun", () => {
  it("is one of them; `một số`, `một trong`, and `một` with no count before it stay unread", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.value, f.unit]);
    expect(shapes("Trong năm có 87 doanh nghiệp thành lập mới, một doanh nghiệp giải thể.")).toEqual([
      [87, "doanh nghiệp"],
      [1, "doanh nghiệp"],
    ]);
    expect(shapes("Có 12 hộ nghèo, một số hộ khó khăn.")).toEqual([[12, "hộ nghèo"]]);
    expect(shapes("Có 3 hộ tham gia, một trong những hộ đó đạt giải.")).toEqual([[3, "hộ"]]);
    expect(shapes("Xã xây mới một nhà văn hóa.")).toEqual([]);
    // nor is a share (`mỗi … một`), here a programme's name
    expect(shapes("Cấp giấy chứng nhận cho 11 sản phẩm OCOP thuộc Chương trình Mỗi xã một sản phẩm OCOP.")).toEqual([[11, "sản phẩm ocop"]]);
    // another sentence is no contrast
    expect(shapes("Có 87 doanh nghiệp. Một doanh nghiệp giải thể.")).toEqual([[87, "doanh nghiệp"]]);
  });
});

describe("a change whose noun is written once, at its new value", () => {
  it("counts the old value with the same noun, or as a rate", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.kind, f.value, f.unit]);
    expect(shapes("Số đơn vị giảm từ 460 xuống còn 412 đơn vị.")).toEqual([
      ["count", 460, "đơn vị"],
      ["count", 412, "đơn vị"],
    ]);
    expect(shapes("Tỷ lệ hộ nghèo giảm từ 5,2 xuống còn 3,1%.")).toEqual([
      ["percent", 5.2, "%"],
      ["percent", 3.1, "%"],
    ]);
    expect(shapes("Tỷ suất sinh giảm từ 12 xuống 10%0.")).toEqual([
      ["percent", 12, "‰"],
      ["percent", 10, "‰"],
    ]);
    // the noun of both before them
    expect(shapes("Số hợp tác xã tăng từ 120 lên 185.")).toEqual([
      ["count", 120, "hợp tác xã"],
      ["count", 185, "hợp tác xã"],
    ]);
    // (no noun before or after: no count)
    expect(shapes("Giá tăng từ 120 lên 185.")).toEqual([]);
    // money and measures; the old value takes the new one's scale word when it has none and lands near it
    expect(shapes("Diện tích tăng từ 120 lên 150 ha.")).toEqual([
      ["area", 120, "ha"],
      ["area", 150, "ha"],
    ]);
    expect(shapes("Lương tăng từ 1,8 lên 2,34 triệu đồng.")).toEqual([
      ["money", 1.8e6, "VND"],
      ["money", 2.34e6, "VND"],
    ]);
    expect(shapes("Giá phòng tăng từ 700.000 lên 1,1 triệu đồng.")).toEqual([
      ["money", 700_000, "VND"],
      ["money", 1.1e6, "VND"],
    ]);
    expect(shapes("Lượng khách tăng từ 12 triệu lên 15 triệu lượt.")).toEqual([
      ["count", 12e6, "lượt"],
      ["count", 15e6, "lượt"],
    ]);
    // an acronym for the noun
    expect(shapes("Số HTX tăng từ 1.352 lên 1.908 HTX.")).toEqual([
      ["count", 1352, "htx"],
      ["count", 1908, "htx"],
    ]);
    // (a year is no old value)
    expect(shapes("Từ 2020 lên 15 ha.")).toEqual([["area", 15, "ha"]]);
    // (nor one that moves against the verb, or lands a hundredfold or more from the new amount: its unit is unsure)
    expect(shapes("Doanh thu tăng từ 5 lên 800 tỷ đồng.")).toEqual([["money", 800e9, "VND"]]);
    expect(shapes("Chiều dài tăng từ 800 lên 1,2 km.")).toEqual([["length", 1.2, "km"]]);
    expect(shapes("Dự án tăng vốn từ 120 lên 1,5 nghìn tỷ đồng.")).toEqual([["money", 1.5e12, "VND"]]);
    expect(shapes("Giá giảm từ 1,2 triệu xuống còn 950.000 đồng.")).toEqual([
      ["money", 1.2e6, "VND"],
      ["money", 950_000, "VND"],
    ]);
    // with its noun at both values, nothing changes; a range is one figure
    expect(shapes("Hộ nghèo giảm từ 494 hộ xuống còn 247 hộ.")).toEqual([
      ["count", 494, "hộ"],
      ["count", 247, "hộ"],
    ]);
  });
});

describe("a rate whose basis is a round number of people", () => {
  it("takes the basis as its per; any other number after a slash is a figure of its own", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.kind, f.value, f.unit, f.per]);
    expect(shapes("Tỷ số giới tính khi sinh là 112 bé trai/100 bé gái.")).toEqual([["count", 112, "bé trai", "100 bé gái"]]);
    // its own noun after the slash is a ratio's, and money per households is two figures
    expect(figuresOf("Có 950 trẻ/1.000 trẻ được tiêm chủng.").map((f) => [f.value, f.unit, f.of, f.per])).toEqual([[950, "trẻ", 1000, null]]);
    expect(shapes("Dư nợ đạt 120 tỷ đồng/1.000 hộ vay.")).toEqual([
      ["money", 120e9, "VND", null],
      ["count", 1000, "hộ", null],
    ]);
    expect(shapes("Dư nợ đạt 2.758.926 triệu đồng/98.081 hộ vay.")).toEqual([
      ["money", 2_758_926e6, "VND", null],
      ["count", 98081, "hộ", null],
    ]);
    expect(shapes("Đã tiếp 89 lượt/102 người đến kiến nghị.")).toEqual([
      ["count", 89, "lượt", null],
      ["count", 102, "người", null],
    ]);
  });
});

describe("a ratio with its unit at both ends", () => {
  it("is one figure, achieved of planned, as `40/55 ha` is", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.kind, f.value, f.of, f.unit]);
    expect(shapes("Huyện đã bàn giao mặt bằng 40 ha/55 ha.")).toEqual([["area", 40, 55, "ha"]]);
    expect(shapes("Đã làm được 12 km/20 km đường.")).toEqual([["length", 12, 20, "km"]]);
    // a change is two figures
    expect(shapes("Giảm từ 40 ha xuống 35 ha.")).toEqual([
      ["area", 40, null, "ha"],
      ["area", 35, null, "ha"],
    ]);
  });
});

describe("a label's noun counted by the number before it", () => {
  it("labels nothing: the next number counts on", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.value, f.unit]);
    expect(shapes("Xây dựng nhà lớp học 2 tầng 8 phòng học.")).toEqual([
      [2, "tầng"],
      [8, "phòng học"],
    ]);
    expect(shapes("Khoa có 10 phòng 2 giường bệnh.")).toEqual([
      [10, "phòng"],
      [2, "giường bệnh"],
    ]);
    // a house's rooms and kitchen
    expect(shapes("Gia đình xây nhà 2 phòng 1 bếp.")).toEqual([
      [2, "phòng"],
      [1, "bếp"],
    ]);
    // (a country's code before its coin is no acronym noun)
    expect(figuresOf("Giá 160,8 US cent/pound.").map((f) => [f.unit, f.per])).toEqual([["us cent", "pound"]]);
    // a label's own number is no count, so the next label still labels
    expect(shapes("Tổ 3 thôn 5 có 20 hộ.")).toEqual([[20, "hộ"]]);
  });
});

describe("`tổng số` and its noun before the number, then a part set apart", () => {
  it("counts the whole with its noun, and the part with the part's own subject", () => {
    const shapes = (text: string) => figuresOf(text).map((f) => [f.value, f.unit]);
    expect(shapes("Tổng số thành viên 58.412, trong đó HTX nông nghiệp là 289.")).toEqual([
      [58412, "thành viên"],
      [289, "htx"],
    ]);
    expect(shapes("Toàn huyện: tổng số hộ 12.450, số hộ nghèo 320.")).toEqual([
      [12450, "hộ"],
      [320, "hộ nghèo"],
    ]);
    // (a part whose subject is no counted noun is of the whole: 289 women members)
    expect(shapes("Tổng số thành viên 58.412, trong đó nữ là 289.")).toEqual([
      [58412, "thành viên"],
      [289, "thành viên"],
    ]);
  });
});
