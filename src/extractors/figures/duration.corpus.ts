import { examples } from "./corpus.js";

export const DURATION_CORPUS = [
  // a span after a name, then two days (a work's number before one day is none: `Đa Nhim 2 ngày 5/10`)
  // a day's hours, `ngày học tập trung` no basis of its own (`ngày thực học` is)
  examples({ kind: "duration", value: 4, unit: "giờ", per: "ngày" }, ["Học viên học 4 giờ/ngày học tập trung tại trung tâm."]),
  examples({ kind: "duration", value: 2, unit: "ngày" }, ["Mưa lớn kéo dài ở Quảng Trị 2 ngày 12/10 và 13/10."]),
  // minutes before `đọc` going on in the sentence are a span, no page's reading time (`5 phút đọc` alone is)
  examples({ kind: "duration", value: 5, unit: "phút" }, ["Sau 5 phút đọc đề, em bắt đầu làm bài.", "Thời gian đọc 5 phút mỗi ngày giúp trẻ phát triển."]),
  // a reporting period after a place's word in lower case (`Phường 5 có …` names a ward)
  examples({ kind: "duration", value: 5, unit: "tháng" }, ["Thu ngân sách phường 5 tháng đầu năm đạt khá.", "Kết quả của tổ dân phố 5 tháng qua rất tích cực."]),
  // a span after `và` in a sentence of an anniversary, a clause apart
  examples({ kind: "duration", value: 5, unit: "năm" }, ["Nhân dịp kỷ niệm ngày tái lập huyện, có những khó khăn và 5 năm liên tiếp hoàn thành vượt mức kế hoạch."]),
  // `trở lên` a few words after a span
  examples({ kind: "duration", value: 20, unit: "năm", qualifier: "over" }, ["Người có đủ 20 năm đóng bảo hiểm xã hội trở lên được hưởng lương hưu."]),
  // `quá`: beyond
  examples({ kind: "duration", value: 1, unit: "tháng", qualifier: "over" }, ["Nhiều hộ chậm nộp thuế quá 01 tháng."]),
  // a span since the founding is measured (counterexample: `kỷ niệm 70 năm Ngày thành lập`)
  examples({ kind: "duration", value: 3, unit: "năm" }, ["Sau ba năm thành lập, HTX đã có lãi.", "Qua 3 năm thành lập, hợp tác xã đã có lãi."]),
  // `năm` before `năm` is five: a year is no span of years
  examples({ kind: "duration", value: 5, unit: "năm" }, ["Trong năm năm qua, huyện đã hoàn thành các mục tiêu.", "Sau năm năm thực hiện Nghị quyết."]),
  examples({ kind: "duration", value: 2, to: 3, unit: "ngày" }, ["Công nhân được nghỉ lễ 2-3 ngày."]),
  // spans before something, and the days of Tết
  examples({ kind: "duration", value: 30, unit: "phút" }, ["Thí sinh có mặt 30 phút trước giờ làm bài."]),
  examples({ kind: "duration", value: 9, unit: "ngày" }, ["Công nhân được nghỉ 9 ngày Tết Nguyên đán."]),
  // a term measured after its word (`Nhiệm kỳ 5 năm qua`), and years before a district's name (not five districts)
  examples({ kind: "duration", value: 5, unit: "năm" }, ["Nhiệm kỳ 5 năm qua, Hội luôn đoàn kết.", "Sau 5 năm huyện đã có nhiều đổi mới."]),
  // and a half
  examples({ kind: "duration", value: 2.5, unit: "ngày" }, ["Sau 2 ngày rưỡi làm việc, đại hội bế mạc.", "Sau hai ngày rưỡi làm việc, đại hội bế mạc."]),
  // hours as a span; an hour of a named day is a time (not-figures)
  examples({ kind: "duration", value: 17, unit: "giờ" }, ["Mưa lớn kéo dài 17 giờ liên tục."]),
  // (spans, though a clock's words stand near: in advance, a range of lengths, after a long search)
  examples({ kind: "duration", value: 24, unit: "giờ" }, ["Chủ hộ phải thông báo trước 24 giờ."]),
  examples({ kind: "duration", value: 2, unit: "giờ", to: 3 }, ["Mỗi ca trực kéo dài từ 2 đến 3 giờ."]),
  examples({ kind: "duration", value: 2, unit: "giờ" }, ["Sớm hơn 2 giờ so với quy định.", "Hành khách có mặt tại sân bay trước 2 giờ so với giờ cất cánh."]),
  examples({ kind: "duration", value: 12, unit: "giờ", to: 24 }, ["Thời gian cách ly từ 12 giờ đến 24 giờ."]),
  // (no basis, a period after the slash)
  examples({ kind: "duration", value: 9, unit: "tháng", per: null }, ["Kết quả 9 tháng/năm 2023 khả quan.", "Hội nghị sơ kết 9 tháng/đầu năm diễn ra sáng nay."]),
  // a span's basis after a slash, an abbreviation's too (`TTHC`, an administrative procedure)
  examples({ kind: "duration", value: 5, unit: "ngày", per: "TTHC" }, ["Thời gian giải quyết bình quân 5 ngày/TTHC."]),
  examples({ kind: "duration", value: 10, unit: "giờ", per: "ngày" }, ["Công nhân làm việc 10 giờ/ngày trước đây, nay đã giảm."]),
  examples({ kind: "duration", value: 7.5, unit: "ngày", per: "hồ sơ" }, ["Thời gian giải quyết bình quân 7,5 ngày/hồ sơ."]),
  examples({ kind: "duration", value: 300, unit: "phút", per: "khách hàng/năm", qualifier: "under" }, ["Chỉ số SAIDI dưới 300 phút/khách hàng/năm."]),
  examples({ kind: "duration", value: 9, unit: "tháng", per: "năm học", qualifier: "under" }, ["Học sinh được hỗ trợ tối đa 9 tháng/năm học."]),
  examples({ kind: "duration", value: 3, unit: "giờ" }, ["Mưa to; đến 3 giờ sau mới ngớt."]),
  examples({ kind: "duration", value: 30, unit: "phút" }, ["Mỗi buổi tập kéo dài 30 phút."]),
  // seconds, a race's time (never a count of `giây`)
  examples({ kind: "duration", value: 42, unit: "giây" }, ["Vận động viên về đích sau 42 giây."]),
  // `kéo dài hơn` lasts more than; `dài hơn` alone compares
  examples({ kind: "duration", value: 2, unit: "năm", qualifier: "over" }, ["Dự án kéo dài hơn 2 năm mới hoàn thành."]),
  // an amount of hours after `đến`, no evening's hour (`làm việc đến 22 giờ` is the clock's)
  examples({ kind: "duration", value: 20, unit: "giờ" }, [
    "Thời gian xử lý tăng lên đến 20 giờ.",
    "Thời lượng tập huấn đến 20 giờ.",
    "Học viên phải học đến 20 giờ mỗi tuần.",
    "Cuộc giải cứu kéo dài tới 20 giờ, lực lượng cứu hộ mới tiếp cận được hiện trường.",
  ]),
  // a document word before a span of time names no document
  examples({ kind: "duration", value: 15, unit: "ngày" }, ["Thời hạn giải quyết theo quy định 15 ngày làm việc."]),
  examples({ kind: "duration", value: 3, unit: "tháng" }, ["Xã xây dựng kế hoạch 3 tháng cuối năm.", "Báo cáo 3 tháng đầu năm của UBND xã."]),
  examples({ kind: "duration", value: 3, unit: "năm" }, [
    "Sau 03 năm triển khai thực hiện kết luận",
    "Mặt trận đạt danh hiệu 03 năm liền",
    "sau 3 năm thực hiện",
    "sau ba năm thực hiện",
  ]),
  examples({ kind: "duration", value: 2, unit: "năm", qualifier: "over" }, [
    "hơn 2 năm qua mặc dù bị ảnh hưởng bởi dịch bệnh",
    "Trong hơn hai năm qua, phường đã làm được nhiều việc",
  ]),
  examples({ kind: "duration", value: 1, unit: "năm" }, [
    "Đảng bộ thành phố sau một năm thực hiện",
    "trong 1 năm qua",
  ]),
  examples({ kind: "duration", value: 10, unit: "năm" }, [
    "tổng kết 10 năm thực hiện Nghị quyết",
    "Trong 10 năm qua Nhân dân đã hiến đất",
    "sau mười năm xây dựng nông thôn mới",
  ]),
  examples({ kind: "duration", value: 6, unit: "tháng" }, [
    "6 tháng đầu năm, thu ngân sách tăng",
    "Trong 6 tháng đầu năm 2024, toàn tỉnh",
    "sáu tháng đầu năm",
  ]),
  examples({ kind: "duration", value: 9, unit: "tháng" }, [
    "kết quả 9 tháng năm 2018",
  ]),
  examples({ kind: "duration", value: 15, unit: "ngày" }, [
    "thời hạn 15 ngày kể từ khi nhận hồ sơ",
    // (within a span looking back bounds nothing)
    "Trong vòng 15 ngày qua, không có ca mắc mới.",
  ]),
  // (after `sau`, an hour is a span unless every day's: `Sau 20 giờ truy xét`)
  examples({ kind: "duration", value: 20, unit: "giờ" }, ["Sau 20 giờ truy xét, công an bắt giữ đối tượng."]),
  // a span then the years it covers
  examples({ kind: "duration", value: 4, unit: "năm" }, [
    "Sau 4 năm 2020 - 2024, xã đạt chuẩn.",
    "Sau 4 năm (2020-2024), xã đạt chuẩn.",
    // (a span's opening word keeps it one, the year its start: `Sau 4 năm 2021 đến nay`)
    "Sau 4 năm 2021 đến nay, mô hình phát triển tốt.",
    "Qua 4 năm 2020 — 2024, xã đạt chuẩn.",
  ]),
  // within, a deadline: no more than
  examples({ kind: "duration", value: 15, unit: "ngày", qualifier: "under" }, ["trong vòng 15 ngày làm việc", "Trả kết quả trong vòng 15 ngày."]),
  examples({ kind: "duration", value: 10, unit: "năm", qualifier: "under" }, [
    "phạt tù tối đa 10 năm",
    "không quá 10 năm",
  ]),
  // a span said to run on, after a label's word (counterexample: `Tổ 10 năm 2023` names team 10)
  examples({ kind: "duration", value: 5, unit: "năm" }, ["Đảng bộ phường 5 năm liền được đánh giá hoàn thành xuất sắc nhiệm vụ."]),
  // a span followed by a lower-case day is measured (counterexample: `64 năm ngày Bến Tre Đồng khởi`)
  // (a span in a sentence about badges, a word after it, is measured)
  examples({ kind: "duration", value: 45, unit: "năm" }, ["Trao Huy hiệu Đảng cho đồng chí Nguyễn Văn An, người có 45 năm công tác."]),
  // a span since a day, its date in brackets after, is measured
  examples({ kind: "duration", value: 2, unit: "năm" }, ["Sau đúng 2 năm ngày khởi công (2022), nhà máy đã đi vào hoạt động."]),
  examples({ kind: "duration", value: 5, unit: "năm" }, ["Đã 5 năm ngày dự án được phê duyệt (2019 - 2024) nhưng vẫn chưa triển khai."]),
  examples({ kind: "duration", value: 6, unit: "tháng" }, ["Tăng trưởng quý II xếp thứ 2, 6 tháng năm nay xếp thứ 5 cả nước."]),
  // (a start's span without `từ` is measured: `bắt đầu 48 giờ trực`)
  examples({ kind: "duration", value: 48, unit: "giờ" }, ["Tổ công tác bắt đầu 48 giờ trực liên tục."]),
  // a span after a programme's or a unit's label is measured
  examples({ kind: "duration", value: 6, unit: "tháng" }, ["Hội nghị đánh giá kết quả thực hiện các Chương trình MTQG 6 tháng đầu năm."]),
  // (the body's "years ago" is measured)
  examples({ kind: "duration", value: 2, unit: "năm" }, ["2 năm trước, xã còn rất nhiều khó khăn."]),
  examples({ kind: "duration", value: 10, unit: "năm" }, [
    "Trong 10 năm ngày càng có nhiều hộ thoát nghèo.",
    "Sau 10 năm ngày Tái lập huyện, kinh tế phát triển.",
    "Sau 10 năm ngày ký kết (2014 - 2024), hai bên hợp tác hiệu quả.",
  ]),
  examples({ kind: "duration", value: 4, unit: "ngày" }, ["Trong 4 ngày hội chợ diễn ra sôi nổi.", "Sau 4 ngày hội nghị làm việc khẩn trương."]),
  examples({ kind: "duration", value: 3, unit: "năm" }, ["Có chi bộ 3 năm liền không kết nạp được đảng viên."]),
  // a course's length after its word (counterexample: `lớp 3 học sinh giỏi` is a grade)
  examples({ kind: "duration", value: 3, unit: "tháng" }, ["Học viên tham gia khóa 3 tháng tại trường nghề."]),
  // a deadline: at the latest
  examples({ kind: "duration", value: 30, unit: "ngày", qualifier: "under" }, [
    "Hồ sơ được giải quyết chậm nhất 30 ngày kể từ ngày nhận.",
    "UBND xã trả lời muộn nhất là 30 ngày sau khi nhận đơn.",
    "Hồ sơ được giải quyết chậm nhất sau 30 ngày làm việc.",
    "Hồ sơ được giải quyết tối đa trong 30 ngày.",
  ]),
  examples({ kind: "duration", value: 12, unit: "tháng", qualifier: "over" }, ["Được xét kết nạp sớm nhất sau 12 tháng.", "Được xem xét tối thiểu sau 12 tháng."]),
  // (the slowest in a span is no deadline; a span said to run is hours however they fall)
  examples({ kind: "duration", value: 10, unit: "năm", qualifier: null }, ["Tốc độ tăng chậm nhất trong 10 năm trở lại đây."]),
  examples({ kind: "duration", value: 18, unit: "giờ", to: 24 }, ["Vụ cháy kéo dài từ 18 giờ đến 24 giờ."]),
  // (the golden hours of a rescue are a span)
  examples({ kind: "duration", value: 6, unit: "giờ" }, ["Bệnh nhân được cấp cứu trong khung giờ vàng 6 giờ đầu."]),
  examples({ kind: "duration", value: 5, unit: "năm", qualifier: "over" }, [
    "Sau hơn 5 năm thực hiện Chỉ thị số 05",
    "Sau hơn 5 năm thực hiện Chỉ thị 05-CT/TW",
  ]),
  examples({ kind: "duration", value: 2, unit: "tuần" }, [
    "chiến dịch kéo dài 2 tuần",
  ]),
  // hours as they are said, the unit as written (`2 tiếng dân tộc` are languages)
  examples({ kind: "duration", value: 10, unit: "tiếng", qualifier: "under" }, ["Chưa đầy 10 tiếng đồng hồ, đoàn đã đến nơi."]),
  examples({ kind: "duration", value: 2, unit: "tiếng" }, [
    "Sau 2 tiếng động viên, thuyết phục, đối tượng đã ra đầu thú.",
    // (a straight quote closing the speech after it: an opening one is before a word, `Hai tiếng "đồng chí"`)
    'Máy bơm chỉ chạy được 2 tiếng", ông Dũng cho biết.',
    "Sau 2 tiếng kêu gọi, đối tượng đã buông dao.",
    "Sau 2 tiếng nổ lực, lực lượng cứu hộ đã đưa nạn nhân ra ngoài.",
    "Sau 2 tiếng gọi điện, gia đình mới liên lạc được.",
    "Anh mất 2 tiếng gọi xe cứu hộ.",
  ]),
  // a period after zones counted in lower case
  examples({ kind: "duration", value: 6, unit: "tháng" }, ["Doanh nghiệp của các khu công nghiệp 6 tháng đầu năm tăng trưởng khá."]),
  // `đã tròn … kể từ` measures; a hotel after `ngày khách` keeps the span; `trở xuống` a few words on goes back down
  examples({ kind: "duration", value: 2, unit: "năm" }, [
    "Đến nay đã tròn 2 năm kể từ khi bão số 3 đổ bộ vào tỉnh.",
    "Đến nay là tròn 2 năm kể từ ngày xã đạt chuẩn nông thôn mới.",
    "Đến nay, tròn 2 năm kể từ khi khởi công, cây cầu vẫn chưa xong.",
    "Tròn 2 năm kể từ khi tái lập huyện, bộ mặt nông thôn đổi mới.",
  ]),
  examples({ kind: "duration", value: 3, unit: "ngày" }, ["Trong 3 ngày khách sạn luôn kín phòng.", "Mất 3 ngày đi bộ lên bản rồi trở xuống."]),
  // `trở xuống` before the sentence goes on
  examples({ kind: "duration", value: 3, unit: "năm", qualifier: "under" }, ["Số án từ 3 năm trở xuống chiếm đa số."]),
  // `trở xuống`, or less
  examples({ kind: "duration", value: 3, unit: "năm", qualifier: "under" }, ["Bị cáo bị phạt tù từ 3 năm trở xuống.", "Người bị kết án 3 năm trở xuống Tòa án có thể cho hưởng án treo."]),
  // ten alone after a bound (`hàng chục năm` is vague: no figure)
  examples({ kind: "duration", value: 10, unit: "năm", qualifier: "over" }, ["Dân làng mong đình được sửa từ hơn chục năm nay."]),
  // `tròn` after a span's word is "a full", no anniversary
  examples({ kind: "duration", value: 30, unit: "năm" }, ["Lễ ra quân diễn ra cách đây tròn 30 năm.", "Sau tròn 30 năm thực hiện Chương trình, huyện đổi mới."]),
];
