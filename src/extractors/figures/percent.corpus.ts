import { examples } from "./corpus.js";

export const PERCENT_CORPUS = [
  // (an agreement's: `quy ước`, `hương ước`, `thỏa ước` before `đạt`)
  examples({ kind: "percent", value: 65, unit: "%" }, ["Tỷ lệ doanh nghiệp ký thỏa ước đạt 65%."]),
  // (a crop's word before `ước đạt` is no agreement: `cam ước đạt`, an estimate)
  examples({ kind: "mass", value: 15000, unit: "tấn", qualifier: "about" }, ["Sản lượng cam ước đạt 15.000 tấn."]),
  // an estimate's own verb after a word that ends like an agreement's (`thi công`, not `công ước`)
  examples({ kind: "percent", value: 42.5, unit: "%", qualifier: "about" }, ["Tiến độ thi công ước đạt 42,5% khối lượng."]),
  // `trở lên` after the degree bounds the degree, not the share
  // a counted noun alone, then `trở lên`: at least that share (a grade or a degree between is bounded itself)
  examples({ kind: "percent", value: 70, unit: "%", qualifier: "over" }, ["Có 70% chi đoàn trở lên đạt vững mạnh.", "Phấn đấu 70% thôn, tổ dân phố trở lên đạt chuẩn."]),
  examples({ kind: "percent", value: 75, unit: "%", qualifier: null }, ["Có 75% học sinh khá trở lên."]),
  examples({ kind: "percent", value: 100, unit: "%", qualifier: null }, ["100% cán bộ có trình độ đại học trở lên."]),
  // a share of a thing of `tấm` other than rice's broken grains; a grade's `trở lên`
  examples({ kind: "percent", value: 5, unit: "%", qualifier: "about" }, ["Khoảng 5% tấm lợp bị hư hỏng.", "Sau bão gạo bị ướt, khoảng 5% tấm lợp kho bị hư hỏng."]),
  examples({ kind: "percent", value: 75, unit: "%", qualifier: null }, ["Năm học này có 75% số học sinh khá trở lên."]),
  // a target's share of a count, then `trở lên`
  examples({ kind: "percent", value: 90, unit: "%", qualifier: "over" }, ["Phấn đấu 90% số hộ trở lên đạt danh hiệu gia đình văn hóa."]),
  // a negated `quá` bounds from above
  examples({ kind: "percent", value: 3, unit: "%", qualifier: "under" }, ["Tỷ lệ nợ xấu không vượt quá 3%.", "Tỷ lệ nợ xấu chưa quá 3%."]),
  // (a quoted share opening with its number is no slogan)
  examples({ kind: "percent", value: 100, unit: "%" }, ["Xã đạt “100% hộ dân” dùng nước sạch."]),
  examples({ kind: "percent", value: 2, unit: "%" }, ["Cũng như các năm trước, xã phấn đấu “giảm 2% hộ nghèo”."]),
  // a bound said of the subject, the amount after its copula
  examples({ kind: "percent", value: 80, unit: "%", qualifier: "under" }, ["Mức vay tối đa bằng 80% giá trị hợp đồng."]),
  // `chậm nhất` before a rate is the slowest, no deadline
  examples({ kind: "percent", value: 2.1, unit: "%" }, ["Tốc độ tăng trưởng của huyện chậm nhất 2,1%."]),
  // the signs `≤`, `≥`
  examples({ kind: "percent", value: 0.09, unit: "%", qualifier: "under" }, ["Tỷ lệ hộ tái nghèo (≤ 0,09%)."]),
  // a negative rate
  examples({ kind: "percent", value: -1.2, unit: "%" }, ["Chỉ số sản xuất công nghiệp tăng trưởng -1,2% so với cùng kỳ.", "Giá trị xuất khẩu giảm mạnh (-1,2%)."]),
  examples({ kind: "percent", value: -2, unit: "%", qualifier: "about" }, ["Chỉ số giá giảm khoảng -2%."]),
  // a minus opening a table's cell, under a rate's heading
  examples({ kind: "percent", value: -2.3, unit: "%" }, ["Chỉ tiêu\tTăng/giảm so cùng kỳ (%)\nKhai khoáng\t-2,3", "Chỉ tiêu\tTăng/giảm so cùng kỳ (%)\nKhai khoáng\t−2,3"]),
  // (a plus opening the cell, a rise)
  examples({ kind: "percent", value: 13.2, unit: "%" }, ["Chỉ tiêu | Ghi chú | So cùng kỳ (%)\nXuất khẩu | tăng | +13,2"]),
  // `ước` and the change estimated
  examples({ kind: "percent", value: 8.72, unit: "%", qualifier: "about" }, ["Tổng sản phẩm ước tăng 8,72%.", "Chi phí ước giảm 8,72%."]),
  examples({ kind: "percent", value: 5.4, unit: "%", qualifier: "about" }, ["Chỉ số sản xuất công nghiệp quý II ước tính tăng 5,4% so với cùng kỳ."]),
  // a qualifier with a word between it and the number
  examples({ kind: "percent", value: 3, unit: "%", qualifier: "under" }, ["Tỷ lệ hộ nghèo giảm xuống dưới mức 3%.", "Tỷ lệ hộ nghèo dưới ngưỡng 3%."]),
  examples({ kind: "percent", value: 95, unit: "%", qualifier: "over" }, ["Tỷ lệ tham gia bảo hiểm y tế không dưới 95%.", "Tỷ lệ tham gia bảo hiểm y tế tối thiểu là 95%."]),
  // a comparison negated is a bound (alone, `thấp hơn 5,25%`, it is exact)
  examples({ kind: "percent", value: 95, unit: "%", qualifier: "over" }, ["Tỷ lệ che phủ rừng không thấp hơn 95%.", "Tỷ lệ che phủ rừng không nhỏ hơn 95%."]),
  examples({ kind: "percent", value: 3, unit: "%", qualifier: "under" }, ["Tỷ lệ hộ nghèo không cao hơn 3%.", "Tỷ lệ hộ nghèo không lớn hơn 3%."]),
  examples({ kind: "percent", value: 50, unit: "%", qualifier: "under" }, ["Kinh phí hỗ trợ không vượt 50% tổng chi phí."]),
  // a rate column of a table: its heading's unit, not the row's (`Triệu đồng`)
  examples({ kind: "percent", value: 56.1, unit: "%" }, [
    "TT | Chỉ tiêu | ĐVT | Tỷ lệ (%)\n1 | Thu ngân sách | Triệu đồng | 56,1",
    "TT\tChỉ tiêu\tĐVT\tSo với kế hoạch (%)\n1\tThu ngân sách\tTriệu đồng\t56,1",
  ]),
  examples({ kind: "percent", value: 1, unit: "%", qualifier: "under" }, ["2\tTỷ lệ hộ nghèo đa chiều (%)\t≤ 1"]),
  examples({ kind: "percent", value: 98.5, unit: "%" }, [
    "toàn phường có 98,5% số hộ đạt gia đình văn hóa",
    "toàn phường có 98,5 % số hộ đạt gia đình văn hoá",
    "tỷ lệ hộ gia đình văn hóa đạt 98,5%.",
    "tỉ lệ 98,5 phần trăm",
  ]),
  examples({ kind: "percent", value: 0.58, unit: "%" }, [
    "tỷ lệ hộ nghèo giảm còn 0,58%",
    "tỷ lệ hộ nghèo giảm xuống 0,58%;",
  ]),
  examples({ kind: "percent", value: 9.23, unit: "%", qualifier: "over" }, [
    "có hơn 9,23% số hộ đạt danh hiệu",
    "có trên 9,23% số hộ đạt danh hiệu",
  ]),
  examples({ kind: "percent", value: 100, unit: "%" }, [
    "100% chi bộ hoàn thành tốt nhiệm vụ trở lên",
    "đạt 100% kế hoạch",
    "bê tông hóa 100% các tuyến đường nội tổ",
  ]),
  examples({ kind: "percent", value: 100, unit: "%", qualifier: "over" }, [
    "đào tạo nghề đạt trên 100% kế hoạch",
  ]),
  examples({ kind: "percent", value: 95.77, unit: "%", of: 96 }, [
    "tỷ lệ dân số có thẻ bảo hiểm y tế: 95.77/96%",
    "tỷ lệ bao phủ bảo hiểm y tế đạt 95.77/96%, vượt kế hoạch",
  ]),
  examples({ kind: "percent", value: 10, unit: "%", to: 12 }, [
    "phấn đấu tăng 10-12% so với cùng kỳ",
    "phấn đấu tăng 10 - 12% so với cùng kỳ",
    "phấn đấu tăng từ 10 đến 12% so với cùng kỳ",
  ]),
  // the unit written at both ends
  examples({ kind: "percent", value: 15, unit: "%", to: 20 }, [
    "phấn đấu tăng từ 15% đến 20% so với cùng kỳ",
    "phấn đấu tăng 15% - 20% so với cùng kỳ",
    "tốc độ tăng trưởng đạt 15% – 20%",
  ]),
  examples({ kind: "percent", value: 100, unit: "%", qualifier: "under" }, ["Có gần như 100% hộ dân tham gia."]),
  // percentage points
  examples({ kind: "percent", value: 12, unit: "%" }, [
    "tỷ lệ hộ nghèo giảm 12 điểm % so với năm trước",
    "tăng 12 điểm phần trăm so với năm trước",
  ]),
  examples({ kind: "percent", value: 5.25, unit: "%" }, [
    "lãi suất thấp hơn 5,25% một năm",
    "lãi suất cao hơn 5,25% của năm trước",
    "giá bán đắt hơn 5,25% so với tháng trước",
  ]),
  examples({ kind: "percent", value: 20, unit: "%" }, [
    "vượt 20% chỉ tiêu được giao",
    "tăng 20% so với năm trước",
  ]),
  examples({ kind: "percent", value: 2.5, unit: "%" }, [
    "tỷ lệ hộ nghèo giảm 2,5 điểm phần trăm",
  ]),
  examples({ kind: "percent", value: 4.5, unit: "%", per: "năm" }, [
    "tốc độ tăng trưởng bình quân đạt 4,5%/năm",
  ]),
  examples({ kind: "percent", value: 12.5, unit: "‰" }, [
    "tỷ lệ sinh 12,5‰",
    "tỷ suất sinh thô 12,5%0",
  ]),
  examples({ kind: "percent", value: 65, unit: "%", qualifier: "about" }, [
    "khoảng 65% các hộ dân có đất bị thu hồi",
    "chừng 65% hộ dân đã nhận tiền",
  ]),
  // an estimate's words inside its clause, the verb before the amount (no comma, bracket or rate between)
  examples({ kind: "percent", value: 7.78, unit: "%", qualifier: "about" }, [
    "GRDP ước thực hiện năm 2024 đạt 7,78%.",
    "Kinh tế số ước chiếm 7,78% GRDP.",
    "Dự ước GRDP năm 2024 của tỉnh tăng 7,78%.",
    "Tốc độ tăng CPI ước đạt là 7,78%.",
  ]),
  examples({ kind: "percent", value: 7, unit: "%" }, ["Theo ước tính của ngành, năm nay đạt 7%."]),
];
