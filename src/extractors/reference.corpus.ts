/**
 * Reference corpus: each entry is one document as the extractor must report
 * it, and sentences that cite it in the ways party and state reports write
 * citations. Sentences are composed for this corpus, not copied from the seeds.
 * Fields left out of `expect` are not checked; `null` means "must be null".
 */
import type { Reference } from "../schema.js";

export type ExpectedReference = Partial<Pick<Reference, "type" | "number" | "code" | "issuer" | "term" | "date">> & {
  /** the first mention's text */
  mention?: string;
  /** how many mentions the sentence has of this document */
  mentions?: number;
};

export interface ReferenceExample {
  expect: ExpectedReference;
  texts: string[];
}

export const REFERENCE_CORPUS: ReferenceExample[] = [
  // numbered state documents beyond SPEC's table of examples: a plan of action, a submission, a telegram, a letter
  {
    expect: { type: "PA", number: "215", code: "215/PA-UBND", issuer: "UBND", date: "2023-12-05" },
    texts: ["Thực hiện Phương án số 215/PA-UBND ngày 5/12/2023 của UBND huyện về di dời dân."],
  },
  // a bare number, then its date after `ngày` (no span of days)
  { expect: { type: "KH", number: "45", date: "2024-04-12" }, texts: ["Thực hiện Kế hoạch 45 ngày 12/4/2024 của Huyện ủy, xã tổ chức ra quân."] },
  // the day it was issued opening the sentence (an event's day is none: `Ngày 20/3/2024, phường tổ chức ra quân theo Kế hoạch …`)
  {
    expect: { type: "KH", number: "61", code: "61/KH-UBND", date: "2024-03-02" },
    texts: ["Ngày 02/3/2024, UBND thành phố ban hành Kế hoạch số 61/KH-UBND về chỉnh trang đô thị.", "Tiếp đó, ngày 02/3/2024, UBND thành phố đã ký ban hành Kế hoạch số 61/KH-UBND.",
      "(GDLL) - Ngày 02/3/2024, UBND thành phố ban hành Kế hoạch số 61/KH-UBND về chỉnh trang đô thị.",
      // the day written in words
      "Ngày 02 tháng 3 năm 2024, Ban Thường vụ Đảng ủy phường đã ban hành Kế hoạch số 61/KH-UBND.",
      // signed that day, or issued on a day's morning
      "Ngày 02/3/2024, UBND thành phố đã ký Kế hoạch số 61/KH-UBND về chỉnh trang đô thị.",
      "Sáng 02/3/2024, UBND thành phố ban hành Kế hoạch số 61/KH-UBND về chỉnh trang đô thị.",
      // after a speaker's clause: `Ông Chương cho biết, ngày …`
      "Ông Chương cho biết, ngày 02/3/2024, UBND thành phố đã ban hành Kế hoạch số 61/KH-UBND.",
    ],
  },
  // codes of one type and body listed before a date share it (not a document of another type before it)
  { expect: { type: "NQ", number: "18", date: "2017-10-25" }, texts: ["Thực hiện Nghị quyết số 18-NQ/TW và 19-NQ/TW ngày 25/10/2017 của Hội nghị Trung ương 6."] },
  { expect: { type: "NQ", number: "18", date: null }, texts: ["Thực hiện Nghị quyết 18-NQ/TW, Kết luận 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương."] },
  // (nor one numbered far apart, or with its own year in its code)
  { expect: { type: "QĐ", number: "99", date: null }, texts: ["Thực hiện Quyết định số 99-QĐ/TW, 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị."] },
  { expect: { type: "NĐ", number: "15", date: null }, texts: ["Căn cứ Nghị định số 15/2020/NĐ-CP, 16/2014/NĐ-CP ngày 26/02/2014 của Chính phủ."] },
  { expect: { type: "NĐ", number: "101", date: "2024-07-29" }, texts: ["Luật có hiệu lực cùng các Nghị định số 101/2024/NĐ-CP và 102/2024/NĐ-CP ngày 29/7/2024 của Chính phủ."] },
  // listed right after a document its sentence dated: issued that day too
  {
    expect: { type: "QĐ", number: "62", code: "62/QĐ-UBND", date: "2024-03-02" },
    texts: ["Ngày 02/3/2024, UBND thành phố ban hành Kế hoạch số 61/KH-UBND và Quyết định số 62/QĐ-UBND."],
  },
  { expect: { type: "QĐ", number: "62", date: "2024-03-02" }, texts: ["Ngày 2 tháng 3 năm 2024, UBND huyện ban hành các Quyết định 61, 62 về thành lập tổ công tác."] },
  { expect: { type: "QĐ", number: "61", date: "2024-03-02" }, texts: ["Ngày 2 tháng 3 năm 2024, UBND huyện ban hành các Quyết định 61, 62 về thành lập tổ công tác."] },
  // (not a document the dated one carries out, nor one listed after a document with a date of its own)
  {
    expect: { type: "NQ", number: "15", date: null },
    texts: [
      "Ngày 02/3/2024, UBND thành phố ban hành Kế hoạch số 61/KH-UBND thực hiện Nghị quyết số 15-NQ/TU.",
      "Thực hiện Kế hoạch số 61/KH-UBND ngày 02/3/2024 và Nghị quyết số 15-NQ/TU, xã ra quân.",
      // (another body's, by its code)
      "Ngày 02/3/2024, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 61-KH/HU, Nghị quyết số 15-NQ/TW của Bộ Chính trị.",
    ],
  },
  {
    expect: { type: "KH", number: "61", code: "61/KH-UBND", date: null },
    texts: [
      "Ngày 20/3/2024, phường tổ chức ra quân theo Kế hoạch số 61/KH-UBND của UBND thành phố.",
      "Ngày 01/7/2024, sau khi UBND thành phố ban hành Kế hoạch số 61/KH-UBND, phường ra quân.",
      "Ngày 01/7/2024, UBND thành phố chỉ đạo các xã khẩn trương ban hành Kế hoạch số 61/KH-UBND.",
      "Sáng 20/3/2024, phường tổ chức hội nghị quán triệt Kế hoạch số 61/KH-UBND.",
      "Ngày 20/3/2024, hai bên ký kết chương trình phối hợp theo Kế hoạch số 61/KH-UBND.",
    ],
  },
  { expect: { type: "KL", number: "121", date: "2025-01-24" }, texts: ["Thực hiện Kết luận 121 ngày 24/01/2025 của Bộ Chính trị."] },
  // a plural type word's list, ending on what the documents did
  { expect: { type: "QĐ", number: "417" }, texts: ["UBND huyện đã ban hành các Quyết định 415, 416, 417 công nhận ba ấp văn hóa."] },
  { expect: { type: "QĐ", number: "1416" }, texts: ["UBND tỉnh ban hành các Quyết định 1415, 1416 về việc công nhận xã đạt chuẩn."] },
  // a letter closing the number
  {
    expect: { type: "KH", number: "93A", code: "93A/KH-UBND", date: "2023-03-12" },
    texts: ["Thực hiện Kế hoạch số 93A/KH-UBND ngày 12/3/2023 của UBND huyện về chuyển đổi số."],
  },
  { expect: { type: "KH", number: "93A", code: null }, texts: ["Theo Kế hoạch 93A của UBND huyện, xã triển khai thực hiện."] },
  { expect: { type: "TTr", number: "88", code: "88/TTr-UBND", date: "2024-03-02" }, texts: ["HĐND xã xem xét Tờ trình số 88/TTr-UBND ngày 2/3/2024 của UBND xã."] },
  { expect: { type: "CĐ", number: "03", code: "03/CĐ-UBND", date: "2024-09-10" }, texts: ["Thực hiện Công điện số 03/CĐ-UBND ngày 10/9/2024 về ứng phó bão số 3."] },
  // a letter's code names its sender, not its type
  {
    expect: { type: "CV", number: "1520", code: "1520/UBND-NN", date: "2024-08-12" },
    texts: ["Theo Công văn số 1520/UBND-NN ngày 12/8/2024 của UBND tỉnh, các xã rà soát diện tích.", "Công văn 1520/UBND-NN ngày 12/8/2024 yêu cầu các xã báo cáo."],
  },
  // a list of numbers ending on the meeting that adopted them
  { expect: { type: "NQ", number: "19" }, texts: ["Quán triệt các Nghị quyết số 18, 19 Hội nghị Trung ương 6 khóa XII về sắp xếp tổ chức bộ máy."] },
  // a letter code of capitals after any type word: a sender's, a standing committee's, a type glued to its issuer
  { expect: { type: "BC", number: "5382", code: "5382/BTC-QLCS", issuer: "BTC-QLCS", date: "2021-05-24" }, texts: ["Theo Báo cáo số 5382/BTC-QLCS ngày 24/5/2021 của Bộ Tài chính."] },
  { expect: { type: "NQ", number: "653", code: "653/2019/UBTVQH14", issuer: "UBTVQH14", date: "2019-03-12" }, texts: ["Thực hiện Nghị quyết 653/2019/UBTVQH14 ngày 12/3/2019 về sắp xếp đơn vị hành chính."] },
  {
    expect: { type: "NĐ", number: "61", code: "61/2018/NĐCP", issuer: "CP", date: "2018-04-23" },
    texts: ["Thực hiện Nghị định số 61/2018/NĐCP ngày 23 tháng 4 năm 2018 của Chính phủ về cơ chế một cửa."],
  },
  { expect: { type: "QĐ", number: "2468", code: "2468/QĐUBND", issuer: "UBND" }, texts: ["Theo Quyết định số 2468/QĐUBND ngày 02 tháng 11 năm 2018 của UBND tỉnh."] },
  { expect: { type: "TT", number: "19", code: "19/2012/TTLT-BTC-BKH&ĐT-BTTTT" }, texts: ["Căn cứ Thông tư liên tịch số 19/2012/TTLT-BTC-BKH&ĐT-BTTTT của liên Bộ."] },
  // (counterexample: letters that only open like a type are the sender's: Thanh tra Chính phủ)
  { expect: { type: "CV", number: "1234", code: "1234/TTCP-KHTH", issuer: "TTCP-KHTH" }, texts: ["Thực hiện Công văn số 1234/TTCP-KHTH của Thanh tra Chính phủ."] },
  // a party code with spaces for its marks keeps the party's form
  { expect: { type: "KH", number: "45", code: "45-KH/ĐU" }, texts: ["Thực hiện Kế hoạch số 45 KH-ĐU của Đảng ủy xã."] },
  // the date after `ngày` with its space lost
  { expect: { type: "NQ", number: "12", date: "2021-04-12" }, texts: ["Thực hiện Nghị quyết số 12-NQ/TW ngày12/4/2021 của Trung ương."] },
  // (counterexample to a year's plan: a decision's number in that range)
  { expect: { type: "QĐ", number: "1956" }, texts: ["Quyết định 1956 của Thủ tướng đã được triển khai."] },
  // a bare number wrapped onto the next line, going on in lower case
  { expect: { type: "NQ", number: "18" }, texts: ["Đảng bộ triển khai thực hiện Nghị quyết\n18 của Ban Chấp hành Trung ương khóa XII về sắp xếp bộ máy."] },
  // an official letter called `văn bản`, only with its code (counterexample: `văn bản số 2` in not-references)
  { expect: { type: "CV", number: "4912", code: "4912/UBND-NC" }, texts: ["UBND tỉnh có văn bản số 4912/UBND-NC chỉ đạo các sở, ngành."] },
  // a party code with an en dash, spaced
  { expect: { type: "NQ", number: "21", code: "21-NQ/TW" }, texts: ["Thực hiện Nghị quyết số 21 – NQ/TW của Ban Chấp hành Trung ương."] },
  // a party code typed with a space for its dash, after its type word
  { expect: { type: "QĐi", number: "30", code: "30-QĐ/TW", date: "2016-07-26" }, texts: ["Thực hiện Quy định số 30 QĐ/TW, ngày 26/7/2016 của Ban Chấp hành Trung ương."] },
  { expect: { type: "CT", number: "05", code: "05-CT/TW" }, texts: ["Đảng bộ tiếp tục thực hiện Chỉ thị 05 CT/TW của Bộ Chính trị."] },
  // a joint circular is a circular
  { expect: { type: "TT", number: "183", code: "183/2010/TTLT-BTC-BNN" }, texts: ["Căn cứ Thông tư liên tịch số 183/2010/TTLT-BTC-BNN của liên Bộ."] },
  // reference.numbered with a party code
  {
    expect: { type: "NQ", number: "15", code: "15-NQ/TU", issuer: "TU", date: null },
    texts: [
      "Ban Thường vụ Huyện ủy đã ban hành kế hoạch thực hiện Nghị quyết số 15-NQ/TU về phát triển du lịch.",
      "Quán triệt Nghị quyết 15-NQ/TU đến toàn thể cán bộ, đảng viên.",
      "Triển khai NQ số 15-NQ/TU của Tỉnh ủy tới các chi bộ.",
      "Thực hiện nghị quyết số 15-NQ/TU, xã đã trồng mới 40 ha rừng.",
      "Sơ kết 3 năm thực hiện 15-NQ/TU của Tỉnh ủy về kinh tế tập thể.",
    ],
  },
  {
    expect: { type: "CT", number: "27", code: "27-CT/TW", issuer: "TW", date: "2019-01-10", mention: "Chỉ thị số 27-CT/TW, ngày 10/01/2019" },
    texts: ["Thực hiện Chỉ thị số 27-CT/TW, ngày 10/01/2019 của Bộ Chính trị về bảo vệ người phát hiện, tố giác tham nhũng."],
  },
  {
    expect: { type: "CT", number: "27", code: "27-CT/TW", issuer: "TW", date: "2019-01-10", mention: "Chỉ thị số 27-CT/TW, ngày 10 tháng 01 năm 2019" },
    texts: ["Thực hiện Chỉ thị số 27-CT/TW, ngày 10 tháng 01 năm 2019 của Bộ Chính trị, chi bộ đã tổ chức học tập."],
  },
  {
    expect: { type: "CT", number: "27", code: "27-CT/TW", date: "2019-01-10" },
    texts: ["Các chi bộ quán triệt Chỉ thị 27-CT/TW (ngày 10-01-2019) của Bộ Chính trị."],
  },
  {
    expect: { type: "KH", number: "08", code: "08-KH/ĐU", issuer: "ĐU", date: "2023-03-02" },
    texts: [
      "Đảng ủy xã ban hành Kế hoạch số 08-KH/ĐU ngày 02/3/2023 về tổ chức Đại hội chi bộ.",
      "Căn cứ Kế hoạch số 08-KH/ĐU, ngày 2.3.2023, các chi bộ đã tiến hành rà soát.",
    ],
  },
  {
    expect: { type: "ĐA", number: "06", code: "06-ĐA/TU", issuer: "TU" },
    texts: ["Đề án số 06-ĐA/TU của Tỉnh ủy về chuyển đổi số đã đạt nhiều kết quả."],
  },
  {
    expect: { type: "CTr", number: "12", code: "12-CTr/HU", issuer: "HU" },
    texts: [
      "Huyện ủy ban hành Chương trình hành động số 12-CTr/HU nhằm cụ thể hóa nghị quyết.",
      "Xã đã xây dựng kế hoạch triển khai Chương trình số 12-CTr/HU.",
    ],
  },
  {
    expect: { type: "QĐi", number: "08", code: "08-QĐi/TW", issuer: "TW" },
    texts: ["Nêu cao trách nhiệm nêu gương theo Quy định số 08-QĐi/TW của Ban Chấp hành Trung ương."],
  },
  {
    expect: { type: "HD", number: "03", code: "03-HD/BTGTU", issuer: "BTGTU" },
    texts: ["Thực hiện Hướng dẫn số 03-HD/BTGTU của Ban Tuyên giáo Tỉnh ủy về chuyên đề năm 2024."],
  },
  {
    expect: { type: "QĐi", number: "144", code: "144-QĐ/TW", issuer: "TW" },
    texts: ["Cán bộ, đảng viên học tập Quy định 144-QĐ/TW về chuẩn mực đạo đức cách mạng."],
  },
  // the codes listed after a regulation's are regulations' too, and so is a list ending on one
  { expect: { type: "QĐi", number: "132", code: "132-QĐ/TW" }, texts: ["Thực hiện các Quy định số 131-QĐ/TW, 132-QĐ/TW của Bộ Chính trị.", "Quán triệt Quy định số 114, 131 và 132-QĐ/TW của Bộ Chính trị."] },
  { expect: { type: "QĐi", number: "131", code: null }, texts: ["Quán triệt Quy định số 114, 131 và 132-QĐ/TW của Bộ Chính trị."] },
  // (a decision's list stays decisions, and so does a state decision or another committee's after a regulation)
  { expect: { type: "QĐ", number: "1234", code: "1234/QĐ-UBND" }, texts: ["Căn cứ Quy định số 131-QĐ/TW, 1234/QĐ-UBND ngày 5/3/2024 của UBND tỉnh."] },
  { expect: { type: "QĐ", number: "2068", code: "2068-QĐ/TU" }, texts: ["Theo Quy định số 213-QĐ/TW và 2068-QĐ/TU của Tỉnh ủy về thành lập Ban Chỉ đạo."] },
  // a list of documents laid out in columns cites them
  { expect: { type: "NQ", number: "15", code: "15-NQ/ĐU" }, texts: ["Đảng ủy xã ban hành các văn bản sau:\nSố: 15-NQ/ĐU     ngày 5/1/2024     về công tác cán bộ"] },
  { expect: { type: "QĐ", number: "15", code: "15-QĐ/TU" }, texts: ["Thực hiện Quyết định số 12-QĐ/TU, 15-QĐ/TU của Tỉnh ủy."] },
  // reference.numbered with a state code
  {
    expect: { type: "QĐ", number: "489", code: "489/QĐ-TTg", issuer: "TTg" },
    texts: [
      "Theo Quyết định số 489/QĐ-TTg của Thủ tướng Chính phủ, tỉnh được hỗ trợ vốn.",
      "Theo Quyết định 489/QĐ-TTg, tỉnh được hỗ trợ vốn.",
      "Theo quyết định số 489/QĐ-TTg, tỉnh được hỗ trợ vốn.",
    ],
  },
  {
    expect: { type: "NQ", number: "1669", code: "1669/NQ-UBTVQH15", issuer: "UBTVQH15" },
    texts: ["Thực hiện Nghị quyết số 1669/NQ-UBTVQH15 về sắp xếp đơn vị hành chính cấp xã."],
  },
  {
    expect: { type: "NĐ", number: "20", code: "20/2023/NĐ-CP", issuer: "CP" },
    texts: ["Mức hỗ trợ thực hiện theo Nghị định số 20/2023/NĐ-CP của Chính phủ."],
  },
  // Typed on an ASCII keyboard: the type is still NĐ, the code stays as written.
  {
    expect: { type: "NĐ", number: "20", code: "20/2023/ND-CP", issuer: "CP" },
    texts: ["Mức hỗ trợ thực hiện theo Nghị định 20/2023/ND-CP."],
  },
  {
    expect: { type: "TT", number: "03", code: "03/2024/TT-BTC", issuer: "BTC" },
    texts: ["Kinh phí được quyết toán theo Thông tư số 03/2024/TT-BTC của Bộ Tài chính."],
  },
  {
    expect: { type: "L", number: "45", code: "45/2019/QH14", issuer: "QH14" },
    texts: ["Người lao động được bảo vệ theo Bộ luật Lao động, Luật số 45/2019/QH14."],
  },
  {
    expect: { type: "NQ", number: "88", code: "88/2019/QH14", issuer: "QH14" },
    texts: [
      "Thực hiện Nghị quyết số 88/2019/QH14 của Quốc hội về Đề án tổng thể phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số.",
      "Triển khai Nghị quyết 88/2019/QH14 ngày 18/11/2019, tỉnh đã bố trí vốn.",
    ],
  },
  {
    expect: { type: "KH", number: "58", code: "58/KH-UBND", issuer: "UBND" },
    texts: ["UBND phường ban hành Kế hoạch số 58/KH-UBND về chuyển đổi số năm 2024."],
  },
  // reference.numbered and reference.bare without a code
  {
    expect: { type: "KH", number: "73", code: null, issuer: "Huyện ủy Văn Chấn" },
    texts: [
      "Căn cứ Kế hoạch số 73 của Huyện ủy Văn Chấn về lãnh đạo nhiệm vụ năm 2024, Đảng ủy xã đã triển khai.",
      "Căn cứ Kế hoạch 73 của Huyện ủy Văn Chấn, Đảng ủy xã đã triển khai.",
      "Căn cứ kế hoạch số 73 của Huyện ủy Văn Chấn và điều kiện thực tế, xã đã triển khai.",
    ],
  },
  {
    expect: { type: "NQ", number: "07", issuer: "Đảng bộ huyện", code: null },
    texts: [
      "Tổng kết 5 năm thực hiện Nghị quyết 07 của BCH Đảng bộ huyện về phát triển cây chè.",
      "Tổng kết Nghị quyết số 07 của Ban Chấp hành Đảng bộ huyện về phát triển cây chè.",
      "Tổng kết NQ 07 của BCH Đảng bộ huyện về phát triển cây chè.",
    ],
  },
  {
    expect: { type: "NQ", number: "18", issuer: "Trung ương", term: "XII" },
    texts: [
      "Sắp xếp tổ chức bộ máy theo Nghị quyết 18 của Ban Chấp hành Trung ương Đảng khóa XII.",
      "Sắp xếp tổ chức bộ máy theo Nghị quyết số 18 của BCH Trung ương khoá XII.",
    ],
  },
  // numbers listed after one type word
  {
    expect: { type: "NQ", number: "19", code: null },
    texts: ["Thực hiện Nghị quyết số 18, 19, 20, 21-NQ/TW của Trung ương về sắp xếp bộ máy."],
  },
  {
    expect: { type: "NQ", number: "20", code: null },
    texts: ["Thực hiện Nghị quyết số 18, 19, 20, 21-NQ/TW của Trung ương về sắp xếp bộ máy."],
  },
  {
    expect: { type: "NQ", number: "7", issuer: "Trung ương", term: "XII" },
    texts: ["Gắn với thực hiện Nghị quyết Trung ương 6, 7 khóa XII về xây dựng Đảng."],
  },
  // a run of bare numbers that ends on who issued them
  {
    expect: { type: "CT", number: "36", issuer: "Bộ Chính trị", code: null },
    texts: ["Quán triệt các Chỉ thị 35, 36 của Bộ Chính trị về công tác đại hội.", "Quán triệt các Chỉ thị 35 và 36 của Bộ Chính trị về công tác đại hội."],
  },
  // a meeting of the body: its number is skipped, the body is the issuer, the term still read
  {
    expect: { type: "NQ", number: "18", issuer: "Trung ương", term: "XII", code: null },
    texts: [
      "Thực hiện Nghị quyết 18 của Hội nghị Trung ương 6 khóa XII về sắp xếp bộ máy.",
      "Thực hiện Nghị quyết số 18 của Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII, tỉnh đã sắp xếp bộ máy.",
    ],
  },
  {
    expect: { type: "NQ", number: "19", code: "19-NQ/TW", issuer: "TW", term: "XIII", date: "2022-06-16" },
    texts: ["Thực hiện Nghị quyết số 19-NQ/TW, ngày 16/6/2022 của Hội nghị Trung ương 5 khóa XIII về nông nghiệp, nông dân."],
  },
  {
    expect: { type: "NQ", number: "05", issuer: "Đảng bộ tỉnh", term: "XVI", code: null },
    texts: ["Triển khai Nghị quyết số 05 của Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 10, khóa XVI về chuyển đổi số."],
  },
  {
    expect: { type: "KL", number: "12", issuer: null, code: null },
    texts: ["Kết luận 12 của hội nghị tổng kết đã nêu rõ những hạn chế."],
  },
  {
    expect: { type: "CT", number: "05", code: null, issuer: null },
    texts: [
      "Các chi bộ xây dựng kế hoạch thực hiện Chỉ thị 05 sát với thực tế.",
      "Gắn việc học tập với thực hiện CT 05 ở từng chi bộ.",
    ],
  },
  // a type word in lower case, a bare number, then who issued it or its quoted name
  { expect: { type: "NQ", number: "22", issuer: "Đảng ủy" }, texts: ["Thực hiện kế hoạch số 73 và nghị quyết 22 của Đảng ủy về xây dựng Đảng."] },
  { expect: { type: "ĐA", number: "178" }, texts: ['Hội thực hiện đề án 178 "Phụ nữ Hưng Yên thực hiện phân loại rác thải".'] },
  // a plenum's list naming the Central Committee again
  { expect: { type: "NQ", number: "7", issuer: "Trung ương" }, texts: ["Quán triệt Nghị quyết Trung ương 6, Trung ương 7 khóa XIII cho cán bộ chủ chốt."] },
  // one code written two ways is one document
  {
    expect: { type: "NQ", number: "60", code: "60-NQ/TW", mentions: 2 },
    texts: ["Thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Trung ương. Quán triệt Nghị quyết số 60/NQ-TW ngày 12/4/2025."],
  },
  {
    expect: { type: "KL", number: "01", code: "01-KL/TW", mentions: 2 },
    texts: ["Thực hiện Kết luận số 01-KL/TW, phường đã đề ra 5 giải pháp; sau một năm thực hiện Kết luận số 01, các chi bộ đều có mô hình."],
  },
  // reference.plenum
  {
    expect: { type: "NQ", number: "4", issuer: "Trung ương", code: null },
    texts: [
      "Gắn với thực hiện Nghị quyết Trung ương 4 về xây dựng, chỉnh đốn Đảng.",
      "Gắn với thực hiện Nghị quyết Trung ương 4, khóa XII về xây dựng Đảng.",
      "Gắn với thực hiện Nghị quyết Hội nghị Trung ương lần thứ tư về xây dựng Đảng.",
      "Gắn với thực hiện nghị quyết TW 4 về xây dựng Đảng.",
      "Gắn với thực hiện NQ TW4 về xây dựng Đảng.",
      "Gắn với thực hiện Nghị quyết T.Ư 4 khóa XII về xây dựng Đảng.",
      "Gắn với thực hiện Nghị quyết TƯ 4 khóa XII về xây dựng Đảng.",
    ],
  },
  // the plenum's number before the body that held it
  {
    expect: { type: "NQ", number: "8", issuer: "Trung ương", code: null, term: "XIII" },
    texts: [
      "Quán triệt Nghị quyết Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII về Chiến lược bảo vệ Tổ quốc.",
      "Quán triệt Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương khóa XIII.",
      "Quán triệt các nghị quyết Hội nghị lần thứ tám BCH Trung ương Đảng khóa XIII.",
    ],
  },
  {
    expect: { type: "NQ", number: "4", term: "XII" },
    texts: ["Kiểm điểm theo tinh thần Nghị quyết Trung ương 4 (khóa XII) về xây dựng Đảng."],
  },
  // the plenum's number in Roman numerals
  {
    expect: { type: "NQ", number: "2", issuer: "Trung ương", term: "VIII" },
    texts: ["Sau 15 năm thực hiện Nghị quyết Trung ương II (khóa VIII) về phát triển giáo dục và đào tạo."],
  },
  // the issuer typed `TƯ`
  {
    expect: { type: "NQ", number: "19", code: "19-NQ/TƯ", issuer: "TƯ", date: "2022-06-16" },
    texts: ["Thực hiện Nghị quyết số 19-NQ/TƯ ngày 16/6/2022 của Ban Chấp hành Trung ương."],
  },
  // a code typed with spaces around its dash
  {
    expect: { type: "QĐ", number: "4843", code: "4843-QĐ/HNDT", date: "2020-03-05" },
    texts: ["Theo Quyết định số 4843 - QĐ/HNDT ngày 5/3/2020 của Ban Thường vụ Hội Nông dân tỉnh."],
  },
  // an office as the issuer
  {
    expect: { type: "CT", number: "10", issuer: "Chủ tịch UBND tỉnh" },
    texts: ["Thực hiện Chỉ thị số 10 của Chủ tịch UBND tỉnh về xây dựng khu dân cư an toàn."],
  },
  // a verb after a bare number is no count of documents
  {
    expect: { type: "KH", number: "45" },
    texts: ["Thực hiện Kế hoạch 45 tổ chức Đại hội Đoàn các cấp."],
  },
  // a party code typed with a dash before the committee's code
  {
    expect: { type: "NQ", number: "15", code: "15-NQ-TW", issuer: "TW" },
    texts: ["Thực hiện Nghị quyết số 15-NQ-TW của Bộ Chính trị."],
  },
  // a state code typed with a space before its slash or after its dash
  {
    expect: { type: "QĐ", number: "59", code: "59/QĐ-TTg", issuer: "TTg", date: "2015-11-19" },
    texts: ["Thực hiện Quyết định số 59/QĐ- TTg ngày 19/11/2015 của Thủ tướng Chính phủ."],
  },
  {
    expect: { type: "BC", number: "218", code: "218/BC-UBND", issuer: "UBND" },
    texts: ["Theo Báo cáo số 218 /BC-UBND của UBND xã."],
  },
  // A lost space before the type word still starts a reference.
  {
    expect: { type: "NQ", number: "35", code: "35-NQ/TW" },
    texts: ["Thực hiện Chỉ thị của Ban Bí thư vàNghị quyết số 35-NQ/TW về bảo vệ nền tảng tư tưởng của Đảng."],
  },
  // a list of plans, one to a line, with their dates in cells: cited, not the report's own number
  {
    expect: { type: "KH", number: "68", code: "68-KH/ĐU", date: "2024-01-05" },
    texts: ["Đảng ủy xã đã ban hành các văn bản hướng dẫn trong năm 2024:\nSố 68-KH/ĐU\tngày 5/1/2024\tvề công tác phát triển đảng viên"],
  },
  // reference.code standing alone after another reference
  {
    expect: { type: "NQ", number: "19", code: "19-NQ/TW", mention: "19-NQ/TW" },
    texts: ["Học tập Nghị quyết số 18-NQ/TW, 19-NQ/TW của Hội nghị Trung ương 6 khóa XII."],
  },
];

/** Sentences that cite no numbered document. */
export const NOT_REFERENCES: string[] = [
  // a table's unit column and the count after it, parted by a tab
  "STT\tNội dung\tĐơn vị tính\tNăm 2024\n2\tNghị quyết ban hành\tNghị quyết\t22",
  // a plan of so many days, then its span of dates
  "Công an tỉnh ban hành Kế hoạch 100 ngày 01/6/2024 đến 08/9/2024 cao điểm tấn công trấn áp tội phạm.",
  "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX đã đề ra 3 khâu đột phá.",
  "Phấn đấu hoàn thành thắng lợi Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII.",
  "Huyện đã hoàn thành Kế hoạch 5 năm 2021 - 2025 trước thời hạn.",
  // a year after a type word names the year's plan
  "UBND xã triển khai Kế hoạch 2026 về phát triển kinh tế.",
  // a document's own number in its letterhead
  "ỦY BAN NHÂN DÂN\nHUYỆN TÂN LẠC\nSố: 215/BC-UBND\nBÁO CÁO\nTình hình kinh tế - xã hội 6 tháng đầu năm 2024",
  "HUYỆN ỦY ĐỒNG PHÚ | ĐẢNG CỘNG SẢN VIỆT NAM\nSố: 125-BC/HU | Đồng Phú, ngày 15 tháng 12 năm 2023",
  // (its cells parted by tabs as a Word table copies; its number alone on its line, without a colon)
  "ĐẢNG BỘ TỈNH HÀ TĨNH\tĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY CAN LỘC\nSố 415-BC/HU\tCan Lộc, ngày 15 tháng 12 năm 2023",
  "ĐẢNG ỦY XÃ NGHĨA TRUNG\tNghĩa Trung, ngày 30 tháng 7 năm 2024\nSố 68-KH/ĐU\nKẾ HOẠCH\nTổ chức đại hội các chi bộ trực thuộc",
  // (its columns run together, as a PDF's text keeps them)
  "UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG AN BÌNH Độc lập - Tự do - Hạnh phúc\nSố: 97/BC-UBND An Bình, ngày 05 tháng 7 năm 2025",
  // (its columns laid out with runs of spaces)
  "HỘI NÔNG DÂN HUYỆN NHO QUAN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBCH HỘI NÔNG DÂN XÃ QUẢNG LẠC          Độc lập - Tự do - Hạnh phúc\nSố: 38-BC/HND          Quảng Lạc, ngày 10 tháng 12 năm 2024",
  // a count of documents or of committees after a document word
  "Báo cáo 4 Nghị quyết của Trung ương đã được quán triệt.",
  "Kết luận 01 chi ủy có vi phạm.",
  "Ủy ban nhân dân xã quyết định 3 nội dung quan trọng tại kỳ họp.",
  "Đảng ủy ban hành nhiều nghị quyết, chỉ thị, kết luận về công tác cán bộ.",
  "Tỷ lệ hoàn thành kế hoạch đạt 105%.",
  "Chương trình có 250 đại biểu tham dự.",
  "Kế hoạch 2 tháng cuối năm đã được triển khai.",
  // (in lower case, a number before a noun names no document)
  "Huyện hoàn thành kế hoạch 5 năm của tỉnh; UBND xã quyết định 3 nội dung của kỳ họp.",
  "Xã đạt 19/19 tiêu chí nông thôn mới theo quy định.",
  "Nhà văn hóa thôn được xây dựng theo đề án với tổng kinh phí 1,2 tỷ đồng.",
  "Báo cáo tại hội nghị cho thấy 95% đảng viên hoàn thành tốt nhiệm vụ.",
  "Số điện thoại đường dây nóng: 0216 3852 123.",
  // `văn bản` without a code, and a type word's number across a paragraph break
  "Xã đã ban hành 15 văn bản chỉ đạo; văn bản số 2 được gửi các thôn.",
  "1\n\nTuyên truyền Nghị quyết\n\n2\n\nKiểm tra giám sát",
  "1\nTuyên truyền Nghị quyết\n2\nKiểm tra giám sát",
  // a plenum of a local committee: its number is the meeting's, not a document the province can look up
  "Quán triệt Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Đảng bộ huyện khóa XXI.",
];
