import { examples } from "./corpus.js";

export const COUNT_CORPUS = [
  examples({ kind: "count", value: 25, unit: "chi bộ" }, [
    "Đảng bộ phường có 25 chi bộ trực thuộc",
    "Đảng bộ xã có 25 Chi bộ",
    "gồm 25 chi bộ, trong đó",
  ]),
  // the last syllable of a name is no label (`bản`, `làng`), nor `biên bản`'s
  examples({ kind: "count", value: 386, unit: "người" }, ["Năm nay, thị trường Nhật Bản 386 người."]),
  // after a label's number, counts go on (`bài 1, bắn 3 viên`); a count of articles or players is no label
  examples({ kind: "count", value: 3, unit: "viên" }, ["Chiến sĩ bắn bài 1, bắn 3 viên."]),
  examples({ kind: "count", value: 12, unit: "bài" }, ["Đoàn viên viết 12 bài tham gia cuộc thi."]),
  examples({ kind: "count", value: 7, unit: "người" }, ["Mỗi đội bóng gồm 7 người."]),
  examples({ kind: "count", value: 12, unit: "đội" }, ["Ở môn bóng đá 12 đội tham gia thi đấu."]),
  // a sum's subjects (a score before a subject is none: `đạt điểm 9,75 môn Lịch sử`)
  // a scale after a label's `số` in capitals before what the amount is of stays a scale
  examples({ kind: "count", value: 2_500_000, unit: "lượt khách" }, ["Dự án có TỔNG SỐ 2,5 TRIỆU LƯỢT KHÁCH đến tỉnh."]),
  examples({ kind: "count", value: 2, unit: "lực lượng" }, ["Từ nay đến cuối năm hai lực lượng sẽ tập trung kiểm tra.", "Có 2 lực lượng tham gia."]),
  examples({ kind: "count", value: 45, unit: "người nghiện" }, ["Toàn xã có 45 người nghiện có hồ sơ quản lý."]),
  // a hall's seats: `hội trường` ends in a label's word, no label
  examples({ kind: "count", value: 250, unit: "chỗ ngồi" }, ["Xã xây dựng hội trường 250 chỗ ngồi.", "Nhà văn hóa có hội trường 250 chỗ ngồi."]),
  // a ratio after `Cùng ngày,`: the same day's clause ended at its comma
  examples({ kind: "count", value: 9, unit: "huyện", of: 9 }, ["Cùng ngày, 9/9 huyện, thị xã tổ chức lễ ra quân.", "Trong ngày, 9/9 huyện đã hoàn thành.", "Cũng trong ngày, 9/9 huyện ra quân."]),
  // a child's classifier and land's plots, after a number word
  examples({ kind: "count", value: 2, unit: "đứa con" }, ["Gia đình chị nuôi hai đứa con ăn học.", "Chị có 2 đứa con đang đi học."]),
  examples({ kind: "count", value: 2, unit: "thửa đất" }, ["Gia đình được giao hai thửa đất sản xuất."]),
  examples({ kind: "count", value: 30, unit: "nghề" }, ["Trung tâm đào tạo ba mươi nghề phổ biến.", "Trung tâm đào tạo 30 nghề phổ biến."]),
  // how often, after a place's word in lower case
  examples({ kind: "count", value: 2, unit: "lần", per: "tháng" }, ["Loa phát trên đài truyền thanh phường 2 lần/tháng.", "Tin được phát tại khu phố 2 lần/tháng."]),
  examples({ kind: "count", value: 2, unit: "buổi", per: "tháng" }, ["Chi đoàn sinh hoạt tại nhà văn hóa thôn 2 buổi/tháng."]),
  examples({ kind: "count", value: 2345, unit: "đơn vị máu" }, ["Ngày hội tiếp nhận 2.345 đơn vị máu.", "Thu về 2.345 đơn vị máu an toàn."]),
  examples({ kind: "count", value: 3, unit: "môn" }, ["Em có tổng điểm 3 môn khối C00 cao nhất trường.", "Em đạt tổng điểm ba môn khối A00 cao nhất tỉnh."]),
  // a score after its compound noun and what was scored, no `điểm` after it (`đạt điểm 10` is a mark, no figure)
  examples({ kind: "count", value: 6.45, unit: "điểm" }, [
    "Môn Toán có điểm trung bình 6,45, cao hơn năm trước.",
    "Với tổng điểm 6,45, em không trúng tuyển.",
    "Điểm chuẩn ngành Sư phạm Tin học là 6,45.",
    "Điểm trung bình các môn thi của tỉnh đạt 6,45, xếp thứ nhì khu vực.",
    // (after a copula when words stand between: `năm 24` is no score)
    "Điểm chuẩn năm 24 là 6,45.",
  ]),
  examples({ kind: "count", value: 1386, unit: "trường hợp" }, ["Lực lượng chức năng lập biên bản 1.386 trường hợp vi phạm."]),
  // a table's row labelled by a report's verb and the noun it acted on
  examples({ kind: "count", value: 300, unit: "đảng viên" }, ["Nội dung | Năm 2024\nKết nạp đảng viên | 300"]),
  // a table's unit column: a label word (`lớp`) or, under `ĐVT`, a noun of two words
  examples({ kind: "count", value: 36, unit: "lớp" }, ["TT\tChỉ tiêu\tĐVT\tNăm 2024\n5\tSố lớp tập huấn\tlớp\t36"]),
  examples({ kind: "count", value: 12, unit: "mô hình" }, ["TT\tChỉ tiêu\tĐVT\tNăm 2024\n7\tMô hình trình diễn\tMô hình\t12"]),
  // under a column of counts or results, a noun the lexicon knows opening the row's label; `Tổng số X` as `Số X`
  examples({ kind: "count", value: 13, unit: "cấp ủy viên" }, ["Nội dung\tSố lượng\nCấp ủy viên nữ\t13"]),
  examples({ kind: "count", value: 1234, unit: "hồ sơ" }, ["TT\tNội dung\tKết quả\n1\tHồ sơ tiếp nhận\t1.234", "Nội dung\tKết quả\nHồ sơ tiếp nhận, giải quyết\t1.234"]),
  examples({ kind: "count", value: 486, unit: "đảng viên" }, ["Chỉ tiêu\tNăm 2024\nTổng số đảng viên\t486"]),
  // a row numbering its noun under a column of a category (`Tuyến huyện`), a long heading after `Số` opening with a known noun
  examples({ kind: "count", value: 64, unit: "cơ sở" }, [
    "TT\tNội dung\tTuyến huyện\n1\tTổng số cơ sở được kiểm tra\t64",
    "Tuyến | Số cơ sở được kiểm tra\nTỉnh | 64",
  ]),
  // a document's type in the unit column counts documents, no reference's number after it
  examples({ kind: "count", value: 22, unit: "nghị quyết" }, ["STT\tNội dung\tĐơn vị tính\tNăm 2024\n2\tNghị quyết ban hành\tNghị quyết\t22"]),
  // `nước ngoài` (foreign) before a number qualifies nothing
  examples({ kind: "count", value: 66, unit: "dự án" }, ["Khu vực có vốn đầu tư nước ngoài 66 dự án."]),
  // a slash between places joins alternatives, no rate
  examples({ kind: "count", value: 7, unit: "xã" }, ["Có 7 xã/thị trấn đạt chuẩn nông thôn mới."]),
  examples({ kind: "count", value: 9, unit: "huyện" }, ["Toàn tỉnh có 9 huyện/thành phố tham gia."]),
  // an item of a list written `noun: number`
  examples({ kind: "count", value: 40, unit: "hộ cận nghèo" }, ["Kết quả rà soát: hộ nghèo giảm; hộ cận nghèo: 40.", "Trong đó:\n- Hộ cận nghèo: 40;\n"]),
  examples({ kind: "count", value: 15, unit: "đảng viên" }, ["Kết quả:\n- Đảng viên kết nạp: 15;", "Chi bộ thôn 3: đảng viên: 15."]),
  // `điều` in lower case before vehicles or forces dispatches them (`Điều 5 Luật …` is an article)
  examples({ kind: "count", value: 5, unit: "xe" }, ["Phòng Cảnh sát PCCC đã điều 5 xe chữa cháy đến hiện trường."]),
  examples({ kind: "count", value: 20, unit: "cán bộ" }, ["Công an huyện điều 20 cán bộ hỗ trợ xã."]),
  // callings and groups a short guess cut, and what police and libraries count, in digits or in words
  examples({ kind: "count", value: 2, unit: "nạn nhân" }, ["Tại hiện trường, hai nạn nhân tử vong tại chỗ."]),
  examples({ kind: "count", value: 2, unit: "nam thanh niên" }, ["Hai nam thanh niên điều khiển xe máy đã tử vong."]),
  examples({ kind: "count", value: 2, unit: "chú cháu" }, ["Cú đâm mạnh khiến hai chú cháu thiệt mạng tại chỗ."]),
  examples({ kind: "count", value: 45, unit: "nhà giáo" }, ["Trường có 45 nhà giáo tâm huyết."]),
  examples({ kind: "count", value: 25000, unit: "đầu sách" }, ["Thư viện tỉnh hiện có 25.000 đầu sách."]),
  // seats counted where no vehicle names its class
  examples({ kind: "count", value: 200, unit: "chỗ đỗ" }, ["Bãi đỗ xe có 200 chỗ đỗ."]),
  examples({ kind: "count", value: 300, unit: "chỗ" }, ["Nhà để xe 300 chỗ của bệnh viện đã quá tải."]),
  // towns, no dollars; villages of the Mekong delta and the Highlands; a verb ending in a village's word
  examples({ kind: "count", value: 3, unit: "đô thị" }, ["Toàn tỉnh có 3 đô thị hoàn thành nhiệm vụ."]),
  examples({ kind: "count", value: 4, unit: "khóm" }, ["Thị xã có 4 khóm đạt chuẩn văn minh đô thị."]),
  examples({ kind: "count", value: 100, unit: "cây xanh" }, ["Đoàn viên chăm sóc 100 cây xanh."]),
  examples({ kind: "count", value: 50, unit: "người" }, ["Đơn vị đã điều 50 người tham gia chữa cháy."]),
  // arranging is no ranking
  examples({ kind: "count", value: 12, of: 15, unit: "thôn" }, ["Huyện đã sắp xếp 12/15 thôn."]),
  // `trở lên` a few words on, after `từ`
  examples({ kind: "count", value: 10, unit: "lao động", qualifier: "over" }, ["Doanh nghiệp có từ 10 lao động nữ trở lên phải có nhà trẻ."]),
  // a day in May, then a count in brackets (no rating's votes)
  examples({ kind: "count", value: 12, unit: "chi bộ" }, ["Sáng 15/5 (12 chi bộ tham gia), hội thi được tổ chức."]),
  // a road's code, its number with a space, before a known noun
  examples({ kind: "count", value: 6, unit: "xe" }, ["Trên QL 14 có 6 xe tải vi phạm."]),
  // a reach said in a sentence (a page's counter is none: in the not-figures corpus)
  examples({ kind: "count", value: 25000, unit: "lượt xem", qualifier: "over" }, ["Các video tuyên truyền thu hút hơn 25.000 lượt xem."]),
  examples({ kind: "count", value: 1.2e6, unit: "lượt truy cập", qualifier: "over" }, ["Trang thông tin điện tử đạt trên 1,2 triệu lượt truy cập."]),
  examples({ kind: "count", value: 10, unit: "lượt công dân" }, ["Lãnh đạo phường đã tiếp 10 lượt công dân."]),
  // a steering committee's members or several committees counted; a class's letter before a dash; `ĐH` with a space
  examples({ kind: "count", value: 15, unit: "thành viên" }, ["Ban Chỉ đạo 15 thành viên họp định kỳ."]),
  examples({ kind: "count", value: 12, unit: "xã" }, ["Các BCĐ 12 xã, thị trấn đã được kiện toàn."]),
  examples({ kind: "count", value: 38, unit: "học sinh" }, ["Lớp 12A - 38 học sinh tham gia ngoại khóa."]),
  examples({ kind: "count", value: 2, unit: "chuyên ngành" }, ["Em Lan đã tốt nghiệp ĐH 2 chuyên ngành với bằng giỏi."]),
  // a place whose name ends in a label's word, after a colon
  examples({ kind: "count", value: 386, unit: "người" }, ["Cụ thể: Nhật Bản 386 người."]),
  // a decimal with a dot after `ngày` before its scale: no day and month
  examples({ kind: "count", value: 2.5e6, unit: "lượt khách" }, ["Bình quân ngày 2.5 triệu lượt khách qua cửa khẩu."]),
  // after a road's code the next count is the road's own (`ĐT.741 đoạn` is none)
  examples({ kind: "count", value: 12, unit: "đoạn đường" }, ["Xã sửa chữa 12 đoạn đường hư hỏng trên ĐT.741."]),
  examples({ kind: "count", value: 3, unit: "vụ" }, ["Trên QL 14 xảy ra 3 vụ tai nạn."]),
  examples({ kind: "count", value: 3, unit: "khu công nghiệp" }, ["Tỉnh có 3 khu công nghiệp."]),
  examples({ kind: "count", value: 4, unit: "vùng kinh tế" }, ["Cả nước có 4 vùng kinh tế trọng điểm."]),
  examples({ kind: "count", value: 5, unit: "nhà máy" }, ["Trên địa bàn có 5 nhà máy chế biến."]),
  examples({ kind: "count", value: 2, unit: "thủ khoa" }, ["Hai thủ khoa được tuyên dương."]),
  examples({ kind: "count", value: 6, unit: "tỉnh" }, ["Có 6 tỉnh/thành đạt chuẩn."]),
  // `mức độ 3` names a level
  examples({ kind: "count", value: 14, unit: "huyện" }, ["Tỉnh công nhận phổ cập giáo dục mức độ 3 đối với 14 huyện."]),
  // the courts' nouns open with `bị`
  examples({ kind: "count", value: 51, unit: "bị cáo" }, ["Tòa án đã xét xử sơ thẩm 51 bị cáo."]),
  examples({ kind: "count", value: 21, unit: "bị can" }, ["Viện kiểm sát khởi tố mới 21 bị can."]),
  // each of a kind is no label (`mỗi đợt 20 người`), nor is `học tập` a volume (`tập 4`)
  examples({ kind: "count", value: 20, unit: "người" }, ["Mỗi đợt 20 người tham gia.", "Mỗi tổ 20 người."]),
  examples({ kind: "count", value: 4, unit: "chuyên đề" }, ["Chi bộ tổ chức học tập 4 chuyên đề."]),
  examples({ kind: "count", value: 4, unit: "buổi", per: "tháng" }, ["Đội chiêng luyện tập 4 buổi/tháng."]),
  // a paragraph hard-wrapped by a PDF breaks a line between the number and its noun
  examples({ kind: "count", value: 2_140, unit: "phụ nữ" }, ["Đến nay, Hội Phụ nữ xã hiện có 2.140\nphụ nữ tham gia sinh hoạt tại các chi hội."]),
  examples({ kind: "count", value: 16, unit: "chi bộ" }, ["Đảng bộ xã Tân Phú hiện có tổng số 16\nchi bộ trực thuộc, hoạt động đều đặn."]),
  // a classifier before a noun of the lexicon that opens like a verb (`dự`); nouns of the economy
  examples({ kind: "count", value: 66, unit: "lượt dự án" }, ["Năm qua, tỉnh đã tiếp nhận 66 lượt dự án đăng ký đầu tư."]),
  examples({ kind: "count", value: 6000, unit: "việc làm", qualifier: "over" }, ["Các doanh nghiệp tạo hơn 6.000 việc làm cho người dân."]),
  examples({ kind: "count", value: 93, unit: "chuỗi liên kết" }, ["Toàn tỉnh có 93 chuỗi liên kết giá trị trong nông nghiệp."]),
  // a number word before a model of the new countryside
  examples({ kind: "count", value: 5, unit: "vườn mẫu" }, ["Năm 2024, xã xây dựng thêm năm vườn mẫu."]),
  examples({ kind: "count", value: 3, unit: "bể bơi" }, ["Huyện có ba bể bơi phục vụ thiếu nhi."]),
  // a woman's count
  examples({ kind: "count", value: 6, unit: "nữ thanh niên" }, ["Đơn vị có 6 nữ thanh niên tham gia nghĩa vụ."]),
  // a rate whose basis is a number of people; `X viên` is one noun
  examples({ kind: "count", value: 120, unit: "ca", per: "100.000 dân" }, ["Tỷ lệ mắc sốt xuất huyết của huyện là 120 ca/100.000 dân."]),
  examples({ kind: "count", value: 5, unit: "ca", per: "vạn dân" }, ["Tỷ lệ mắc bệnh là 5 ca/vạn dân."]),
  // an acronym is the whole noun, the lower-case words after it are not (a headline in capitals keeps two syllables)
  examples({ kind: "count", value: 73, unit: "htx" }, ["Toàn tỉnh có 73 HTX ứng dụng công nghệ cao."]),
  // a document's word in lower case is a verb before an acronym it acts on
  examples({ kind: "count", value: 9, unit: "htx" }, ["Phòng đã hướng dẫn 9 HTX xây dựng phương án.", "Sở thông báo 9 HTX giải thể.", "Đoàn kiểm tra kết luận 9 HTX vi phạm."]),
  examples({ kind: "count", value: 5, unit: "giải pháp" }, ["HUYỆN ĐỀ RA 5 GIẢI PHÁP ĐỘT PHÁ"]),
  // one of the basis written: per the noun, no count of one
  examples({ kind: "count", value: 9500, unit: "người", per: "máy ATM" }, ["Bình quân 9.500 người/1 máy ATM."]),
  // a sex ratio's basis; a house's bays; nouns a number word counts
  // (a label's list before a count in lower case counts; a quoted count of a known noun is one)
  examples({ kind: "count", value: 120, unit: "hộ" }, ["Khu phố số 3, 120 hộ đã tham gia."]),
  examples({ kind: "count", value: 20, unit: "hộ nghèo" }, ['Xã có "20 hộ nghèo" cần hỗ trợ.']),
  // `năm` after `dân quân` or a name is five (only `bình quân`/`trung bình năm` is the year's); a known noun in capitals after
  // a label's list
  examples({ kind: "count", value: 5, unit: "xã" }, ["Lực lượng dân quân năm xã phối hợp tuần tra."]),
  examples({ kind: "count", value: 5, unit: "người" }, ["Nhà bà Bình năm người đều làm nông."]),
  examples({ kind: "count", value: 15, unit: "đảng viên" }, ["Chi bộ số 2, 15 Đảng viên đã tham gia sinh hoạt."]),
  // meals; an acronym after a document's verb, no document's code
  examples({ kind: "count", value: 2, unit: "bữa chính", per: "ngày" }, ["Trẻ được ăn hai bữa chính mỗi ngày."]),
  // a label's syllable ending another word labels nothing: to drill, the fire guard, to prevent
  examples({ kind: "count", value: 35, unit: "đồng chí" }, ["Tổ chức diễn tập 35 đồng chí tham gia."]),
  examples({ kind: "count", value: 185, unit: "người" }, ["Lực lượng dân phòng 185 người tham gia."]),
  examples({ kind: "count", value: 11, unit: "bệnh truyền nhiễm" }, ["Trẻ được tiêm vắc xin phòng 11 bệnh truyền nhiễm."]),
  // a type's small number after `loại` labels its noun, no count
  examples({ kind: "count", value: 35, unit: "xe" }, ["Tuyển 35 xe loại 4 chỗ ngồi phục vụ đoàn."]),
  // `xếp loại`, `đã loại` are verbs before what they count, no grade's label
  examples({ kind: "count", value: 3450, unit: "đảng viên" }, ["Đảng ủy đã xếp loại 3.450 đảng viên."]),
  // a count between 1900 and 2099 after a year's comma (a year lists after two years only)
  examples({ kind: "count", value: 1950, unit: "hộ dân" }, ["Năm 2023, 1950 hộ dân được hỗ trợ."]),
  // a count of what a quote names right before it, the quote's number the name's; `vào năm` before a counted noun is five
  examples({ kind: "count", value: 6, unit: "ngôi nhà" }, ['Hội xây dựng 6 "Ngôi nhà 50.000 đồng" cho học sinh nghèo.']),
  examples({ kind: "count", value: 5, unit: "nhóm" }, ["Chúng tôi tập trung vào năm nhóm giải pháp."]),
  // number words that are nothing but numbers count a noun the lexicon does not know, as digits do
  examples({ kind: "count", value: 2, unit: "thùng" }, ["Mỗi hộ được cấp hai thùng chứa rác có nắp đậy."]),
  examples({ kind: "count", value: 12, unit: "câu hỏi" }, ["Đại biểu đã nêu mười hai câu hỏi tại phiên chất vấn."]),
  examples({ kind: "count", value: 4, unit: "điều kiện" }, ["Có bốn điều kiện cần đáp ứng."]),
  examples({ kind: "count", value: 2, unit: "lĩnh vực" }, ["Đoàn giám sát hai lĩnh vực trọng tâm."]),
  // a count's basis after `mỗi` or `hằng` (not the count's own noun again, nor after `có`: what there is)
  examples({ kind: "count", value: 1200, unit: "lượt khách", per: "ngày" }, ["Đón 1.200 lượt khách mỗi ngày vào dịp lễ."]),
  examples({ kind: "count", value: 1, unit: "buổi", per: "tháng" }, ["Trạm y tế tổ chức tiêm chủng 1 buổi hằng tháng."]),
  examples({ kind: "count", value: 3, unit: "tổ" }, ["Xã có 3 tổ hằng tuần ra quân dọn vệ sinh."]),
  // (nor before a verb that takes the span, nor when `mỗi` opens the next clause with its own amount)
  examples({ kind: "count", value: 15, unit: "câu lạc bộ" }, ["Duy trì 15 câu lạc bộ hằng tháng sinh hoạt đều đặn."]),
  examples({ kind: "count", value: 15, unit: "ubnd" }, ["Sở đã hướng dẫn 15 UBND xã thực hiện."]),
  examples({ kind: "count", value: 99, unit: "nam", per: "100 nữ" }, ["Tỷ số giới tính của dân số đạt 99,0 nam/100 nữ."]),
  examples({ kind: "count", value: 3, unit: "gian" }, ["Ông đã có căn nhà 3 gian vững chãi.", "Gia đình dựng ngôi nhà ba gian."]),
  examples({ kind: "count", value: 3, unit: "cơn bão" }, ["Năm qua có ba cơn bão đổ bộ vào tỉnh."]),
  examples({ kind: "count", value: 2, unit: "sự kiện" }, ["Tỉnh tổ chức hai sự kiện lớn."]),
  examples({ kind: "count", value: 3, unit: "bữa ăn" }, ["Mỗi ngày trường tổ chức ba bữa ăn cho học sinh."]),
  // an indicator named before its value, a noun per so many people (the basis's number is the rate's, no figure)
  examples({ kind: "count", value: 7.9, unit: "bác sĩ", per: "vạn dân" }, ["Tỷ lệ bác sĩ/vạn dân của huyện đạt 7,9, thấp hơn mức chung."]),
  examples({ kind: "count", value: 9.6, unit: "giường bệnh", per: "10.000 dân" }, ["Số giường bệnh/10.000 dân của tỉnh đã tăng lên 9,6."]),
  // (the first number after the indicator only: a later clause's count is its own)
  examples({ kind: "count", value: 10, unit: "xã" }, ["Năm 2024, tỷ lệ bác sĩ/vạn dân rất thấp, số xã đạt chuẩn nông thôn mới là 10."]),
  examples({ kind: "count", value: 1150, unit: "đội viên" }, ["Huyện tổ chức trại hè cho 1.150 đội viên tiêu biểu."]),
  // a count of places after an acronym; of bodies named in Title Case
  examples({ kind: "count", value: 3, unit: "xã" }, ["Chủ tịch UBND 3 xã Tân Phú, Tân Lập và Tân Hòa đã ký cam kết."]),
  examples({ kind: "count", value: 2, unit: "hạt kiểm" }, ["Tỉnh có 2 Hạt Kiểm lâm trực thuộc."]),
  // a count of places followed by their names
  examples({ kind: "count", value: 3, unit: "xã" }, ["Huyện có 3 xã Tân Phú, Tân Lập và Tân Hòa đạt chuẩn."]),
  // an acronym is a noun, though in capitals
  examples({ kind: "count", value: 14, unit: "clb" }, ["Đã thành lập được 14 CLB trên địa bàn."]),
  // thousands grouped by spaces, but not a year's number and the count after it
  examples({ kind: "count", value: 19_136, unit: "hộ" }, ["Ngân hàng đã cho 19 136 hộ vay vốn."]),
  examples({ kind: "count", value: 150, unit: "hộ" }, ["Riêng năm 2020 150 hộ đã thoát nghèo.", "Giai đoạn 1 150 hộ đã nhận tiền bồi thường."]),
  examples({ kind: "count", value: 1000, unit: "hộ" }, ["Toàn xã có 1 000 hộ sử dụng nước sạch."]),
  // an unknown noun ends at the verb of its consequence
  examples({ kind: "count", value: 168010000, unit: "bao" }, ["Sản lượng toàn cầu giảm xuống 168,01 triệu bao khiến giá tăng mạnh."]),
  examples({ kind: "count", value: 12, unit: "lò" }, ["Trên địa bàn còn 12 lò gây ô nhiễm môi trường."]),
  // a week's or a quarter's number is a label
  examples({ kind: "count", value: 96, unit: "ca" }, ["Riêng trong tuần 26, quận ghi nhận 96 ca mắc mới.", "Trong quý 3, quận ghi nhận 96 ca mắc mới."]),
  // documents counted after a document word, and a party cell's committee
  examples({ kind: "count", value: 4, unit: "nghị quyết" }, ["Báo cáo 4 Nghị quyết: Nghị quyết số 18-NQ/TW, Nghị quyết số 19-NQ/TW."]),
  examples({ kind: "count", value: 1, unit: "chi ủy" }, ["Ủy ban Kiểm tra đã kết luận 01 chi ủy có vi phạm."]),
  examples({ kind: "count", value: 4, unit: "chiến dịch" }, ["Đoàn xã tổ chức bốn chiến dịch tình nguyện."]),
  // `năm` after `đến` is five before a counted noun (`đến năm 2025` is a year)
  examples({ kind: "count", value: 5, unit: "bản" }, ["Dự án đưa điện đến năm bản vùng cao."]),
  // a noun in quotes
  examples({ kind: "count", value: 39, unit: "chung cư" }, ['Phường cải tạo 39 "Chung cư văn minh".', "Phường cải tạo 39 “Chung cư văn minh”."]),
  examples({ kind: "count", value: 12, unit: "tuyến hẻm" }, ["Phường cải tạo 12 tuyến hẻm."]),
  // a range in words
  examples({ kind: "count", value: 1, to: 2, unit: "công trình" }, ["Mỗi xã xây dựng từ một đến hai công trình."]),
  examples({ kind: "count", value: 3, to: 5, unit: "người" }, ["Mỗi tổ có ba đến năm người."]),
  // one of a total, in words
  examples({ kind: "count", value: 17, of: 19, unit: "mục tiêu" }, ["Kết quả đạt và vượt 17 trong tổng số 19 mục tiêu chủ yếu."]),
  // a vessel's registration is no count; damage after a classifier is no part of its noun
  examples({ kind: "count", value: 8, unit: "ngư dân" }, ["Có 8 ngư dân trên tàu BĐ 97258 TS mất liên lạc."]),
  examples({ kind: "count", value: 200, unit: "căn" }, ["Bão làm 200 căn sập đổ hoàn toàn."]),
  // a clock time after `Đúng`
  examples({ kind: "count", value: 10, unit: "khu dân cư" }, ["Đúng 18 giờ hằng ngày, đèn của 10 khu dân cư được thắp sáng."]),
  // two numbers parted by a verb are no list (`có 300 hộ` alone counts)
  examples({ kind: "count", value: 300, unit: "hộ" }, ["Dân số khoảng 1200, có 300 hộ."]),
  examples({ kind: "count", value: 5, unit: "gói thầu" }, ["Dự án có 5 gói thầu."]),
  examples({ kind: "count", value: 1, unit: "lần" }, ["Chi đoàn sinh hoạt hằng tuần 1 lần."]),
  // a bound makes `một` a count; `chục` is ten
  examples({ kind: "count", value: 1, unit: "mô hình", qualifier: "over" }, ["Mỗi chi hội có tối thiểu một mô hình tự quản.", "Mỗi xã có ít nhất một mô hình."]),
  // a list's item, its noun and three words before the colon
  examples({ kind: "count", value: 135, unit: "doanh nghiệp" }, ["Doanh nghiệp thành lập mới: 135."]),
  examples({ kind: "count", value: 3, unit: "máy in" }, ["Trường được trang bị 3 máy in."]),
  examples({ kind: "count", value: 27, unit: "điểm thi" }, ["Toàn tỉnh có 27 điểm thi."]),
  examples({ kind: "count", value: 380, unit: "suất" }, ["Trao 380 suất dành cho học sinh nghèo."]),
  // a committee's members
  examples({ kind: "count", value: 2, unit: "huyện ủy viên" }, ["Có 2 huyện ủy viên được phân công theo dõi."]),
  examples({ kind: "count", value: 1, unit: "chi ủy viên" }, ["Bầu bổ sung 1 chi ủy viên."]),
  // a table's row counts what its label numbers
  examples({ kind: "count", value: 18, unit: "vụ" }, ["Tiêu chí\tNăm 2024\nSố vụ\t18", "Tiêu chí | Năm 2024\nSố vụ | 18"]),
  // a day of events is counted, no span of days
  examples({ kind: "count", value: 5, unit: "ngày hội việc làm" }, ["Năm nay tỉnh tổ chức 5 ngày hội việc làm."]),
  // a family counted by its bond, in words as in digits
  examples({ kind: "count", value: 2, unit: "vợ chồng" }, ["Vụ tai nạn khiến hai vợ chồng tử vong.", "Vụ tai nạn khiến 2 vợ chồng tử vong."]),
  examples({ kind: "count", value: 3, unit: "anh em" }, ["Ba anh em ruột cùng nhập ngũ."]),
  examples({ kind: "count", value: 5, unit: "anh chị em" }, ["Gia đình có năm anh chị em."]),
  examples({ kind: "count", value: 2, unit: "y sĩ" }, ["Trạm y tế có hai y sĩ."]),
  // `chỉ có một`, `chỉ còn một`: only one, a count (counterexample: `chỉ còn một số hộ`, some)
  examples({ kind: "count", value: 1, unit: "bác sĩ" }, ["Trạm y tế xã chỉ có một bác sĩ."]),
  examples({ kind: "count", value: 1, unit: "hộ nghèo" }, ["Đến nay xã chỉ còn một hộ nghèo."]),
  examples({ kind: "count", value: 20, unit: "thanh niên", qualifier: "under" }, ["Có gần hai chục thanh niên tham gia.", "Có gần 2 chục thanh niên tham gia."]),
  // classifiers and nouns of police news
  examples({ kind: "count", value: 55, unit: "viên ma túy" }, ["Thu giữ 55 viên ma túy tổng hợp."]),
  examples({ kind: "count", value: 3, unit: "túi" }, ["Thu giữ 3 túi chứa ma túy đá."]),
  examples({ kind: "count", value: 2, unit: "khẩu súng" }, ["Thu giữ 2 khẩu súng kíp."]),
  examples({ kind: "count", value: 25, unit: "tuyến phố" }, ["Phường có 25 tuyến phố văn minh."]),
  // electrical units are no counted noun
  examples({ kind: "count", value: 3, unit: "vị trí" }, ["Có 3 vị trí vướng đường điện 110 kV.", "Có 3 vị trí của nhà máy công suất 50 MW."]),
  // compound nouns counted whole
  examples({ kind: "count", value: 3, unit: "dự thảo" }, ["Ban Pháp chế thẩm tra 03 dự thảo nghị quyết trình kỳ họp."]),
  examples({ kind: "count", value: 3, unit: "vườn quốc gia" }, ["Tỉnh có 3 vườn quốc gia."]),
  examples({ kind: "count", value: 3, unit: "khâu đột phá" }, ["Đại hội xác định 3 khâu đột phá."]),
  examples({ kind: "count", value: 40, unit: "cặp vợ chồng" }, ["Xã có 40 cặp vợ chồng được tuyên dương."]),
  // `danh mục` (a list) is no label noun `mục` (`Mục 5`)
  examples({ kind: "count", value: 48, unit: "công trình" }, ["Kỳ họp cũng thông qua danh mục 48 công trình, dự án cần thu hồi đất."]),
  examples({ kind: "count", value: 1200, unit: "cháu thiếu nhi" }, ["Tổ chức Tết Trung thu cho 1.200 cháu thiếu nhi."]),
  examples({ kind: "count", value: 987, unit: "đảng viên" }, [
    "Đảng bộ có 987 đảng viên.",
    "tổng số 987 đảng viên",
    "với 987 Đảng viên sinh hoạt",
  ]),
  examples({ kind: "count", value: 7, unit: "tuyến đường" }, [
    "hoàn thành đưa vào sử dụng 07 tuyến đường giao thông nông thôn",
    "làm mới 7 tuyến đường",
  ]),
  examples({ kind: "count", value: 4, unit: "nhà văn hoá" }, [
    "sửa chữa 04 nhà văn hoá",
  ]),
  examples({ kind: "count", value: 4, unit: "nhà văn hóa" }, [
    "sửa chữa 04 nhà văn hóa",
  ]),
  examples({ kind: "count", value: 7000, unit: "nhân khẩu", qualifier: "over" }, [
    "có trên 7.000 nhân khẩu",
    "dân số trên 7.000 nhân khẩu",
  ]),
  // nouns of two words whose first is a noun too: the whole noun
  examples({ kind: "count", value: 120, unit: "điểm cầu" }, ["Hội nghị trực tuyến với 120 điểm cầu trong toàn tỉnh."]),
  examples({ kind: "count", value: 200, unit: "suất học bổng" }, ["Hội Khuyến học trao 200 suất học bổng cho học sinh nghèo."]),
  // occasions count; a multiplier (`gấp 3 lần`) does not (not-figures corpus)
  examples({ kind: "count", value: 3, unit: "lần" }, [
    "Chi bộ đã tổ chức 3 lần kiểm tra đột xuất.",
  ]),
  // a population's average age is a measure of it (a person's age or an age bracket is none: not-figures corpus)
  examples({ kind: "count", value: 74.5, unit: "tuổi" }, ["Tuổi thọ bình quân của người dân đạt 74,5 tuổi.", "tuổi đời bình quân của đảng viên là 74,5 tuổi"]),
  examples({ kind: "count", value: 300, unit: "hộ dân" }, [
    "đã có ba trăm hộ dân tham gia",
    "thu hút 3 trăm hộ dân",
  ]),
  examples({ kind: "count", value: 25_000, unit: "người" }, [
    "với 2,5 vạn người tham gia",
  ]),
  examples({ kind: "count", value: 14, unit: "tổ dân phố" }, [
    "Phường có 14 tổ dân phố, bản",
    "gồm 14 Tổ dân phố",
  ]),
  examples({ kind: "count", value: 1500, unit: "hộ", qualifier: "over" }, [
    "vận động thành công trên 1.500 hộ bị ảnh hưởng",
    "vận động hơn 1500 hộ di dời",
  ]),
  examples({ kind: "count", value: 13, unit: "hộ nghèo", of: 10 }, [
    "giảm 13/10 hộ nghèo",
    "giảm 13/10  hộ nghèo",
  ]),
  examples({ kind: "count", value: 10, unit: "chi bộ", of: 10 }, [
    "10/10 chi bộ được đánh giá hoàn thành tốt nhiệm vụ",
    "có 10/10 chi bộ đạt trong sạch vững mạnh",
  ]),
  examples({ kind: "count", value: 3, unit: "khu dân cư", of: 3 }, [
    "3/3 khu dân cư đạt danh hiệu Khu phố văn hóa",
  ]),
  examples({ kind: "count", value: 2, unit: "nội dung" }, [
    "lựa chọn hai nội dung đột phá",
    "lựa chọn 02 nội dung đột phá",
  ]),
  examples({ kind: "count", value: 61, unit: "trường hợp" }, [
    "xử phạt 61 trường hợp vi phạm",
  ]),
  examples({ kind: "count", value: 34, unit: "nhà ở" }, [
    "xây dựng 34 nhà ở cho hộ nghèo",
  ]),
  examples({ kind: "count", value: 74, unit: "mô hình" }, [
    "đã xây dựng được 74 mô hình dân vận khéo",
    "có 74 mô hình \"Dân vận khéo\"",
  ]),
  examples({ kind: "count", value: 5935000, unit: "thành viên" }, [
    "với 5.935 nghìn thành viên",
  ]),
  examples({ kind: "count", value: 851, unit: "hợp tác xã" }, [
    "Số hợp tác xã đang hoạt động trên địa bàn tỉnh là 851.",
    "Số hợp tác xã đang hoạt động: 851",
    // a `số` inside a word later in the phrase is not the one that opens it
    "Số hợp tác xã hoàn thành chuyển đổi số là 851.",
    "Số hợp tác xã đã có mã số thuế là 851.",
  ]),
  examples({ kind: "count", value: 5, unit: "đảng viên" }, ["Số đảng viên bị kỷ luật do vi phạm chính sách dân số là 5."]),
  // `số học` is arithmetic, but not before `sinh`, `viên`: `số học sinh` counts pupils
  examples({ kind: "count", value: 17340, unit: "học sinh" }, ["Số học sinh: 17.340.", "Năm học này, số học sinh toàn huyện là 17.340."]),
  examples({ kind: "count", value: 250, unit: "học viên" }, ["Tổng số học viên của trung tâm là 250."]),
  examples({ kind: "count", value: 40, unit: "chỉ tiêu" }, [
    "Đảng bộ phường đề ra 40 chỉ tiêu trên tất cả các lĩnh vực",
  ]),
  examples({ kind: "count", value: 12, unit: "đồng chí" }, [
    "Ban Chấp hành gồm 12 đồng chí",
  ]),
  examples({ kind: "count", value: 200, unit: "lượt người", qualifier: "about" }, [
    "thu hút khoảng 200 lượt người tham gia",
    "thu hút trên dưới 200 lượt người tham gia",
  ]),
  examples({ kind: "count", value: 1.2e6, unit: "lượt khách" }, [
    "đón 1,2 triệu lượt khách du lịch",
  ]),
  examples({ kind: "count", value: 100, unit: "hộ", qualifier: "over" }, [
    "hỗ trợ 100 hộ trở lên",
  ]),
  examples({ kind: "count", value: 15, unit: "xã" }, [
    "huyện có 15 xã, thị trấn",
    "toàn huyện có mười lăm xã",
  ]),
  // `số` as "digital" or in `thiểu số` labels nothing (counterexample: `Tổ dân phố số 5 có 120 hộ`)
  examples({ kind: "count", value: 12, unit: "thủ tục" }, [
    "Xã đã chuyển đổi số 12 thủ tục trong năm.",
    "Đã thực hiện ký số 12 thủ tục trên hệ thống.",
  ]),
  examples({ kind: "count", value: 5, unit: "đồng chí" }, [
    "Kết nạp đảng viên là người dân tộc thiểu số 5 đồng chí.",
  ]),
  // (counterexamples to a quoted name: a target in quotes; a number after a straight quote that closes the name before
  // it; speech in quotes)
  examples({ kind: "count", value: 5, unit: "đảng viên mới" }, ["Chỉ tiêu “kết nạp 5 đảng viên mới” đã đạt."]),
  examples({ kind: "count", value: 30, unit: "đảng viên" }, ["Ông nói rằng: “Chi bộ có 30 đảng viên”."]),
  examples({ kind: "count", value: 50, unit: "hộ" }, ["Theo ông Hùng, “50 hộ đã thoát nghèo” trong năm nay.", "Nhờ mô hình, xã có “50 hộ làm giàu”."]),
  // `2 lần thứ Bảy hằng tuần`: twice, on Saturdays (counterexample: `2 lần thứ VII` in not-figures)
  examples({ kind: "count", value: 2, unit: "lần" }, ["Câu lạc bộ tập luyện 2 lần thứ Bảy hằng tuần."]),
  examples({ kind: "count", value: 3, unit: "ký túc xá" }, ["Trường có 3 ký túc xá cho học sinh ở xa."]),
  examples({ kind: "count", value: 39, unit: "chung cư" }, ['Sau khi công nhận "Khu phố văn minh", 39 "Chung cư văn minh" được ghi nhận.']),
  examples({ kind: "count", value: 3, unit: "đảng viên" }, ["Ông cho biết: “Năm qua chi bộ kết nạp 3 đảng viên”."]),
  // a notice's contact, one field after a dash, does not end the article
  examples({ kind: "count", value: 5, unit: "nghị quyết" }, [
    "Mọi chi tiết liên hệ anh Nguyễn Văn Bình - Điện thoại: 0912 345 678.\n\nSau đó, hội nghị đã thông qua 5 nghị quyết quan trọng của nhiệm kỳ mới.",
  ]),
  // a caption after the last paragraph, opened by `Ảnh:`, is the article's (a credit is a few words)
  examples({ kind: "count", value: 20, unit: "suất quà" }, [
    "Thời gian qua, Đảng bộ xã đã lãnh đạo cán bộ, đảng viên và Nhân dân thực hiện tốt các nhiệm vụ chính trị, phát triển kinh tế - xã hội, giữ vững quốc phòng, an ninh.\n\nẢnh: Đồng chí Giàng A Sử trao 20 suất quà cho hộ nghèo.",
  ]),
  // nouns whose second syllable reads as a verb, and nouns a number word counts
  examples({ kind: "count", value: 12, unit: "chủ đầu tư" }, ["Huyện đã làm việc với 12 chủ đầu tư chậm giải ngân."]),
  examples({ kind: "count", value: 4, unit: "trạm biến áp" }, ["Điện lực xây mới 4 trạm biến áp trong năm."]),
  examples({ kind: "count", value: 2, unit: "khu tái định cư" }, ["Huyện đã hoàn thành 2 khu tái định cư cho người dân."]),
  examples({ kind: "count", value: 3, unit: "đột phá" }, ["Đại hội xác định ba đột phá chiến lược của nhiệm kỳ."]),
  examples({ kind: "count", value: 3, unit: "huy chương vàng" }, ["Đoàn thể thao huyện giành ba huy chương vàng."]),
  // a verb or adjective ending in a label's syllable, and the whole of a kind, label nothing
  examples({ kind: "count", value: 6, unit: "ý kiến" }, ["Các đảng viên dự hội nghị đã phát biểu 6 ý kiến."]),
  examples({ kind: "count", value: 15, unit: "vụ việc" }, ["Tổ hòa giải đã hòa giải 15 vụ việc."]),
  examples({ kind: "count", value: 15, unit: "xã" }, ["Toàn huyện 15 xã đã hoàn thành kế hoạch.", "Cả huyện 15 xã đã hoàn thành kế hoạch."]),
  examples({ kind: "count", value: 1250, unit: "liều" }, ["Trạm Y tế xã đã tiêm phòng 1.250 liều vắc xin cho trẻ."]),
  examples({ kind: "count", value: 9, unit: "sản phẩm" }, ["Năm nay tỉnh nâng hạng 9 sản phẩm lên 4 sao."]),
  examples({ kind: "count", value: 25, unit: "tác phẩm" }, ["Ban tổ chức trao giải 25 tác phẩm xuất sắc."]),
  examples({ kind: "count", value: 1512, unit: "mộ liệt sĩ" }, ["Đội K51 đã quy tập 1.512 mộ liệt sĩ."]),
  examples({ kind: "count", value: 1586, unit: "người" }, ["Đào tạo nghề cho lao động nông thôn 1.586 người."]),
  examples({ kind: "count", value: 19, unit: "đơn" }, ["Kết luận tố cáo đúng và đúng một phần 19 đơn."]),
  examples({ kind: "count", value: 296, unit: "đơn thư" }, ["Trong kỳ 296 đơn thư được tiếp nhận, xử lý."]),
  examples({ kind: "count", value: 50, unit: "suất học bổng" }, ["Hội trao cho trường 50 suất học bổng."]),
  // a place's name before its count (`Kỳ Anh 45 ngư dân`), though a name's number may end one (`Cầu Cái Sơn 2 dài`)
  examples({ kind: "count", value: 45, unit: "ngư dân" }, ["Số ngư dân được hỗ trợ gồm: Kỳ Anh 45 ngư dân."]),
  // a badge's level written short is no span: only the members count
  examples({ kind: "count", value: 5, unit: "đồng chí" }, ["Trao Huy hiệu Đảng đợt này, 60 năm: 5 đồng chí.", "Nhận Huy hiệu Đảng có 5 đồng chí 55 năm, tuổi Đảng cao nhất huyện."]),
  // those the state honours, counted after their word (`thương binh 2/4` is a grade)
  examples({ kind: "count", value: 45, unit: "người" }, ["Trong đó thương binh 45 người."]),
  examples({ kind: "count", value: 12500, unit: "lượt khám" }, ["Tuyến bệnh viện 12.500 lượt khám."]),
  // a change's cell in a table keeps its minus
  examples({ kind: "count", value: -25, unit: "hộ" }, ["Chỉ tiêu\tĐVT\tTăng/giảm\nHộ nghèo\thộ\t-25"]),
  // (a type word as a verb, then a count and a quoted phrase: no document)
  examples({ kind: "count", value: 2, unit: "điểm" }, ['Chủ tịch xã thông báo 2 "điểm mới" của Luật.']),
  // doses counted (`mũi 2` is the second)
  examples({ kind: "count", value: 3, unit: "mũi" }, ["Trẻ được tiêm đủ 3 mũi vắc xin."]),
  // a unit's or a class's numbers; nouns opening with a word that opens none
  examples({ kind: "count", value: 86, unit: "đồng chí" }, ["Tổng quân số 86 đồng chí tham gia huấn luyện."]),
  examples({ kind: "count", value: 1500, unit: "hiện vật" }, ["Bảo tàng trưng bày 1.500 hiện vật."]),
  // a phone's word before a count is no phone number (seven digits make one)
  examples({ kind: "count", value: 1274, unit: "lượt khách" }, ["Tổng đài đã tiếp nhận qua điện thoại 1.274 lượt khách."]),
  // a tier is no numbered place: `cấp huyện 148 hộ`, `(huyện 18 cuộc, xã 48 cuộc)`
  examples({ kind: "count", value: 148, unit: "hộ" }, ["Hỗ trợ làm nhà (cấp huyện 148 hộ)."]),
  examples({ kind: "count", value: 2, unit: "hộ" }, ["Hỗ trợ làm nhà: cấp Trung ương 02 hộ."]),
  examples({ kind: "count", value: 18, unit: "cuộc" }, ["Các cuộc kiểm tra (huyện 18 cuộc)."]),
  // (counterexample: a label's noun in capitals names one, `Toàn Chi bộ 4 …`)
  examples({ kind: "count", value: 32, unit: "đảng viên" }, ["Toàn Chi bộ 4 có 32 đảng viên."]),
  // a guessed noun stops before a verb (counterexample: `51 bàn ghế` is one noun)
  examples({ kind: "count", value: 51, unit: "bàn" }, ["Quán có 51 bàn hoạt động xuyên đêm."]),
  // (counterexample: the activities themselves are counted)
  examples({ kind: "count", value: 12, unit: "hoạt động" }, ["Đoàn phường là đơn vị dẫn đầu với 12 hoạt động trong hè."]),
  examples({ kind: "count", value: 2, unit: "cấp ủy" }, ["Xã có 2 cấp ủy cơ sở."]),
  // a number after a spaced plus counts a known noun (counterexample: `học bổng 1 + 1 nhằm …` in not-figures)
  examples({ kind: "count", value: 5, unit: "hộ" }, ["Kết quả hỗ trợ: 10 + 5 hộ."]),
  // `N trong 1` names a product only when nothing is counted or spanned after the 1
  examples({ kind: "duration", value: 3, unit: "năm" }, ["Xã xếp hạng 10 trong 3 năm liên tiếp."]),
  examples({ kind: "count", value: 9, unit: "đảng viên" }, [
    "thi hành kỷ luật 9 đảng viên",
    "xử lý kỷ luật 09 đảng viên vi phạm",
  ]),
  examples({ kind: "count", value: 5, unit: "dự án" }, [
    "Trong số 5 dự án trọng điểm, các dự án đã hoàn thành.",
  ]),
  examples({ kind: "count", value: 5400, unit: "người", per: "km2" }, [
    "mật độ dân số 5.400 người/km2",
    // (a basis that is a measure is written as the measure's unit, however the text spells it)
    "mật độ dân số 5.400 người/km²",
    "mật độ dân số 5.400 người/ki-lô-mét vuông",
  ]),
  // a classifier takes the whole noun it counts, two syllables too
  examples({ kind: "count", value: 2000, unit: "lượt hội viên", qualifier: "over" }, [
    "tập huấn cho hơn 2.000 lượt hội viên",
    "hơn 2.000 lượt hội viên được tập huấn",
  ]),
  examples({ kind: "count", value: 35_000, unit: "con gia cầm", qualifier: "about" }, [
    "khoảng 35.000 con gia cầm được tiêm phòng",
    "tiêm phòng cho khoảng 35.000 con gia cầm, thủy cầm",
  ]),
  // a list of nouns after one number counts its first (SPEC: `61 chi, đảng bộ` → `chi`)
  examples({ kind: "count", value: 1200, unit: "con trâu" }, [
    "đàn gia súc có 1.200 con trâu, bò",
  ]),
  examples({ kind: "count", value: 125, unit: "xã" }, ["Có 125 xã, phường, thị trấn tham gia.", "Toàn tỉnh có 125 xã, phường tham gia."]),
  examples({ kind: "count", value: 450, unit: "gia súc" }, [
    "tiêu hủy 450 gia súc mắc bệnh",
  ]),
  examples({ kind: "count", value: 20, unit: "hộ", to: 25 }, [
    "mỗi tổ hợp tác có từ 20 hộ đến 25 hộ tham gia",
    "mỗi tổ hợp tác có 20 hộ - 25 hộ tham gia",
  ]),
  // ranks and ordinals label, they do not count
  examples({ kind: "count", value: 12, unit: "đại biểu" }, [
    "Hội nghị lần 3 Ban Chấp hành Đảng bộ có 12 đại biểu vắng mặt",
    "đạt giải Ba cá nhân; 12 đại biểu được khen thưởng",
  ]),
  examples({ kind: "count", value: 5, unit: "nội dung" }, ["Huyện quy định 5 nội dung cần làm ngay."]),
  examples({ kind: "count", value: 145, unit: "hộ" }, ["Số hộ nuôi cá lồng\thộ\t145"]),
  // the noun first, then a copula: `còn`, `lên`, `có`, and a qualifier between
  examples({ kind: "count", value: 120, unit: "hộ nghèo" }, ["Số hộ nghèo giảm xuống còn 120.", "Số hộ nghèo cuối năm còn 120."]),
  // the change itself, the noun first (`số vụ tai nạn giảm 258`); a connective after the number is no noun
  examples({ kind: "count", value: 1200, unit: "đoàn viên" }, ["Số đoàn viên tăng 1.200 so với năm trước.", "Số đoàn viên của công đoàn tăng thêm 1.200 nhờ đổi mới cách vận động."]),
  examples({ kind: "count", value: 1248, unit: "đảng viên" }, ["Số đảng viên tăng lên 1.248."]),
  examples({ kind: "count", value: 120, unit: "hộ nghèo", qualifier: "about" }, ["Số hộ nghèo là khoảng 120."]),
  examples({ kind: "count", value: 25_600, unit: "con", qualifier: "about" }, ["Ước tính tổng đàn trâu, bò đạt 25.600 con."]),
  // `năm` is five before a counted noun or a scale word
  examples({ kind: "count", value: 5, unit: "nhiệm vụ" }, [
    "Huyện ủy xác định năm nhiệm vụ trọng tâm",
    "Năm nhiệm vụ trọng tâm được triển khai đồng bộ",
  ]),
  examples({ kind: "count", value: 5, unit: "xã" }, ["Năm 2024 có năm xã đạt chuẩn nông thôn mới."]),
  examples({ kind: "count", value: 500, unit: "hộ" }, ["Có năm trăm hộ tham gia mô hình."]),
  // numbers in words with several scales, and `rưỡi`
  examples({ kind: "count", value: 1200, unit: "hộ" }, ["Có một nghìn hai trăm hộ tham gia."]),
  examples({ kind: "count", value: 3500, unit: "người" }, ["Ba nghìn năm trăm người tham gia lễ hội."]),
  examples({ kind: "count", value: 2320, unit: "hộ" }, ["Hỗ trợ hai nghìn ba trăm hai mươi hộ."]),
  examples({ kind: "count", value: 1_500_000, unit: "lượt khách" }, ["Thu hút 1 triệu rưỡi lượt khách.", "Thu hút một triệu rưỡi lượt khách."]),
  examples({ kind: "count", value: 250, unit: "suất quà" }, ["Tặng hai trăm rưỡi suất quà."]),
  examples({ kind: "count", value: 1500, unit: "lượt hộ" }, [
    "1.500 lượt hộ được vay vốn",
  ]),
  examples({ kind: "count", value: 5, unit: "tuyến đường" }, [
    "đã hoàn thành cơ bản 5 tuyến đường",
  ]),
  examples({ kind: "count", value: 2000, unit: "ngày công", qualifier: "under" }, [
    "đóng góp gần 2.000 ngày công lao động",
  ]),
  examples({ kind: "count", value: 12, unit: "đội" }, [
    "giải bóng đá với 12 đội tham gia",
  ]),
  examples({ kind: "count", value: 19, unit: "tiêu chí", of: 19 }, [
    "xã đạt 19/19 tiêu chí",
  ]),
  examples({ kind: "count", value: 1500, unit: "hộ" }, [
    "vận động 1,500 hộ tham gia",
  ]),
  examples({ kind: "count", value: 5, unit: "đ/c" }, [
    "gồm 5 đ/c trong Ban Thường vụ",
  ]),
  examples({ kind: "count", value: 21, unit: "xã" }, [
    "hai mươi mốt xã đạt chuẩn nông thôn mới",
  ]),
  // a number ending a line takes no unit from the next line: `245` + `Ngày 17/11` is no `245 ngày`
  examples({ kind: "count", value: 28, unit: "đảng viên" }, [
    "Lượt xem: 245\nNgày 17/11, Chi bộ thôn Nậm Tông sinh hoạt chuyên đề; chi bộ có 28 đảng viên.",
    "Mã tin 312\nTháng 11, chi bộ có 28 đảng viên.",
    "Số thứ tự 7\nTấn công tội phạm là nhiệm vụ của 28 đảng viên trong chi bộ.",
  ]),
  // a noun the lexicon does not know, and a verb after it
  examples({ kind: "count", value: 4, unit: "homestay" }, [
    "thôn có 4 homestay đón khách du lịch",
    "có 4 homestay thu hút du khách",
    "4 homestay phục vụ hơn nghìn lượt khách mỗi năm",
  ]),
  // a table row: the number of the row is no count of the next cell's words
  examples({ kind: "count", value: 15, unit: "đảng viên" }, [
    "2\tKết nạp\t15 đảng viên",
    "STT\tChỉ tiêu\n2\tKết nạp đảng viên mới\t15 đảng viên",
  ]),
  // a fraction of "the number of" households: the noun after `số`
  examples({ kind: "count", value: 2, unit: "xã", of: 3 }, [
    "2/3 số xã đạt chuẩn nông thôn mới",
    "có 2/3 số xã hoàn thành chỉ tiêu",
    "Số xã dôi dư trụ sở chiếm 2/3 tổng số xã của huyện.",
  ]),
  // hundreds in words: tens or `linh`/`lẻ` after `trăm` belong to the number, and `một` with a scale is one
  examples({ kind: "count", value: 120, unit: "hộ" }, [
    "Một trăm hai mươi hộ được hỗ trợ",
    "hỗ trợ một trăm hai mươi hộ",
  ]),
  examples({ kind: "count", value: 205, unit: "hộ" }, [
    "có hai trăm linh năm hộ",
    "có hai trăm lẻ năm hộ",
  ]),
  examples({ kind: "count", value: 1000, unit: "lượt khách" }, [
    "đón một nghìn lượt khách",
  ]),
  // health care's nouns, which a number word counts only when the lexicon knows them
  examples({ kind: "count", value: 3, unit: "bệnh viện" }, ["Lãnh đạo tỉnh thăm ba bệnh viện tuyến huyện."]),
  examples({ kind: "count", value: 2, unit: "mức" }, ["Quà tặng được chia thành hai mức tùy đối tượng."]),
  examples({ kind: "count", value: 3, unit: "ổ dịch" }, ["Huyện ghi nhận ba ổ dịch sởi trong tuần."]),
  examples({ kind: "count", value: 2, unit: "mức lương cơ sở" }, ["Mức hỗ trợ bằng hai mức lương cơ sở."]),
  // a classifier's noun of two syllables: not `lượt phương`, `lượt nội`
  examples({ kind: "count", value: 36735, unit: "lượt phương tiện" }, ["Lực lượng CSGT kiểm soát 36.735 lượt phương tiện."]),
  examples({ kind: "count", value: 2000000, unit: "lượt nội trú", qualifier: "over" }, ["Mỗi năm có hơn 2 triệu lượt nội trú."]),
  // a certificate to a martyr's family (`bằng` alone is "by" or "equal to")
  examples({ kind: "count", value: 284, unit: "bằng tổ quốc ghi công" }, ["Bộ trình Thủ tướng cấp mới 284 bằng Tổ quốc ghi công."]),
  // a unit's size after its label in lower case: a hospital's beds, a school's classrooms
  examples({ kind: "count", value: 1200, unit: "giường" }, ["Tỉnh khởi công xây dựng bệnh viện 1.200 giường."]),
  examples({ kind: "count", value: 2, unit: "tầng" }, ["Gia đình xây được ngôi nhà 2 tầng."]),
  examples({ kind: "count", value: 30, unit: "phòng học" }, ["Huyện xây mới trường 30 phòng học."]),
  // a position's number before what it counts (no land price's position: `vị trí 2 đường Lê Lợi`)
  examples({ kind: "count", value: 3, unit: "đặc khu" }, ["Tỉnh dự kiến tên gọi, vị trí 3 đặc khu, trụ sở làm việc."]),
  examples({ kind: "count", value: 4, unit: "trạm bơm" }, ["Huyện đã xác định vị trí 4 trạm bơm mới."]),
  // a sentence after a unit's label is the article's
  examples({ kind: "count", value: 5, unit: "xã" }, ["Đơn vị: 5 xã đạt chuẩn nông thôn mới nâng cao."]),
  // a merged government's seats, and the sea's gear, which a number word counts too (`bị` alone is the passive's word)
  examples({ kind: "count", value: 2, unit: "trụ sở" }, ["Xã mới dùng một trụ sở làm việc; hai trụ sở còn lại làm điểm tiếp nhận hồ sơ."]),
  examples({ kind: "count", value: 95, unit: "thiết bị" }, ["Tỉnh lắp 95 thiết bị giám sát hành trình cho tàu cá."]),
  // people counted in the unit above the table, under a heading that is no counted noun of the lexicon (`Biên chế giao`)
  examples({ kind: "count", value: 32, unit: "người" }, ["Bảng 1. Cán bộ, công chức (đơn vị tính: người)\nTT\tCơ quan\tBiên chế giao\n1\tKhối Đảng\t32"]),
  // an inspection's teams and inspectors, a report's difficulties, by number words
  examples({ kind: "count", value: 2, unit: "thanh tra viên" }, ["Phòng hiện chỉ có hai thanh tra viên."]),
  examples({ kind: "count", value: 2, unit: "đoàn thanh tra" }, ["Tỉnh thành lập hai đoàn thanh tra liên ngành."]),
  examples({ kind: "count", value: 2, unit: "khó khăn" }, ["Báo cáo nêu rõ hai khó khăn lớn nhất."]),
  // banks', waterworks', religions', justice's, culture's nouns by number words; nouns a two-word guess cut
  examples({ kind: "count", value: 2, unit: "chi nhánh" }, ["Ngân hàng đã có thêm hai chi nhánh theo kế hoạch."]),
  examples({ kind: "count", value: 3, unit: "hồ chứa" }, ["Tỉnh có ba hồ chứa lớn đang cạn nước."]),
  examples({ kind: "count", value: 2, unit: "tổ máy" }, ["Nhà máy vận hành hai tổ máy để xả nước."]),
  examples({ kind: "count", value: 3, unit: "tôn giáo" }, ["Trên địa bàn có ba tôn giáo lớn cùng hoạt động."]),
  examples({ kind: "count", value: 2, unit: "linh mục" }, ["Giáo xứ có hai linh mục phục vụ."]),
  examples({ kind: "count", value: 10, unit: "hòa giải viên" }, ["Thôn có mười hòa giải viên nhiệt tình.", "Huyện có 10 hòa giải viên được tập huấn."]),
  examples({ kind: "count", value: 8, unit: "trợ giúp viên pháp lý" }, ["Trung tâm có 8 trợ giúp viên pháp lý."]),
  examples({ kind: "count", value: 412, unit: "tổ hòa giải" }, ["Toàn tỉnh có 412 tổ hòa giải ở cơ sở."]),
  examples({ kind: "count", value: 3, unit: "di tích" }, ["Huyện có ba di tích được xếp hạng cấp quốc gia."]),
  // a part said with `là` before what it counts (not money's noun: `2 tỷ là vốn vay` is money)
  examples({ kind: "count", value: 1.1e6, unit: "người", qualifier: "under" }, ["Trong đó, gần 1,1 triệu là người nhập cư từ các tỉnh khác."]),
  examples({ kind: "count", value: 3, unit: "giả thuyết" }, ["Nhóm nghiên cứu đưa ra 3 giả thuyết về nguyên nhân."]),
  examples({ kind: "count", value: 2, unit: "giả định" }, ["Mô hình dựa vào 2 giả định quan trọng."]),
  // wide-spaced text from Word counts its noun (a toolbar's button after a counter is none: not-figures)
  examples({ kind: "count", value: 120, unit: "hộ thoát nghèo" }, ["Năm 2024, toàn xã có 120   hộ thoát nghèo, vượt kế hoạch."]),
  // the forces recruits go to (no `Đội 221`, `Phòng 15`)
  examples({ kind: "count", value: 221, unit: "công dân" }, ["Năm nay huyện giao Quân đội 221 công dân."]),
  examples({ kind: "count", value: 15, unit: "công dân" }, ["Năm nay huyện giao Bộ đội Biên phòng 15 công dân."]),
  // relics ranked (`hạng` is no label here)
  examples({ kind: "count", value: 2, unit: "di tích" }, ["Sở đề nghị xếp hạng 02 di tích quốc gia trong năm nay."]),
  examples({ kind: "count", value: 25, unit: "làng nghề" }, ["Tỉnh đã công nhận và xếp hạng 25 làng nghề truyền thống."]),
  examples({ kind: "count", value: 5, unit: "bức thư" }, ["Các cháu gửi năm bức thư cho các chiến sĩ."]),
  // heritage's nouns, which a number word counts too, and a classifier's thing
  examples({ kind: "count", value: 3, unit: "vị thần" }, ["Đền thờ ba vị thần có công khai phá vùng đất."]),
  examples({ kind: "count", value: 4, unit: "pho tượng" }, ["Trong chùa còn bốn pho tượng cổ."]),
  examples({ kind: "count", value: 2, unit: "bảo vật quốc gia" }, ["Tỉnh có hai bảo vật quốc gia được công nhận."]),
  examples({ kind: "count", value: 3, unit: "nghệ nhân ưu tú" }, ["Huyện có ba nghệ nhân ưu tú được phong tặng."]),
  examples({ kind: "count", value: 3, unit: "ngôi đền" }, ["Khu di tích gồm ba ngôi đền cổ."]),
  examples({ kind: "count", value: 2, unit: "bức tượng" }, ["Nhà bảo tàng trưng bày hai bức tượng đồng."]),
  examples({ kind: "count", value: 3500, unit: "mũ bảo hiểm" }, ["Đoàn trao tặng 3.500 mũ bảo hiểm cho học sinh."]),
  examples({ kind: "count", value: 2, unit: "cửa khẩu" }, ["Tỉnh có hai cửa khẩu quốc tế."]),
  // `số` and its noun right before the number, an item of its own (not an address's `số nhà 41,`)
  examples({ kind: "count", value: 41, unit: "vụ" }, ["Toàn tỉnh xảy ra tai nạn giao thông: số vụ 41, giảm so với năm trước."]),
  // five before a noun and its label's number, no comma after it (`Năm lớp 11, em …` is the year)
  examples({ kind: "count", value: 5, unit: "lớp" }, ["Năm nay trường có năm lớp 6 đạt chuẩn."]),
  // the environment's works, whole (`bãi chôn lấp`, not `bãi chôn`), and by number words
  examples({ kind: "count", value: 27, unit: "bãi chôn lấp" }, ["Toàn tỉnh có 27 bãi chôn lấp rác thải."]),
  examples({ kind: "count", value: 2, unit: "khu xử lý" }, ["Tỉnh đầu tư hai khu xử lý chất thải rắn."]),
  // industry's and crafts' nouns by number words
  examples({ kind: "count", value: 2, unit: "cụm" }, ["Huyện có hai cụm đã lấp đầy."]),
  examples({ kind: "count", value: 3, unit: "lò gạch" }, ["Xã còn ba lò gạch thủ công."]),
  // a medal's column in a games' table
  examples({ kind: "count", value: 86, unit: "hcv" }, ["Hạng\tĐơn vị\tHCV\n1\tTP Bắc Giang\t86"]),
  // a basis of so many people after `trên`, no count of its own
  examples({ kind: "count", value: 112, unit: "bé trai", per: "100 bé gái" }, ["Tỷ số giới tính khi sinh là 112 bé trai trên 100 bé gái."]),
  // `ước` ending another word estimates nothing
  examples({ kind: "count", value: 18, unit: "điều", qualifier: null }, ["Bản thỏa ước có 18 điều.", "Bản quy ước có 18 điều."]),
  // (nor a wish)
  examples({ kind: "count", value: 3, unit: "cây cầu", qualifier: null }, ["Bà con mong ước có 3 cây cầu mới bắc qua sông."]),
  examples({ kind: "count", value: 8, unit: "bằng độc quyền" }, ["Năm nay tỉnh được cấp 8 bằng độc quyền sáng chế."]),
  examples({ kind: "count", value: 2, unit: "chỉ dẫn địa lý" }, ["Tỉnh đã có 2 chỉ dẫn địa lý được bảo hộ."]),
  examples({ kind: "money", value: 5e7, unit: "VND", per: "chuyên án" }, ["Mức thưởng 50 triệu đồng/chuyên án."]),
  examples({ kind: "count", value: 37, unit: "cặp" }, ["Năm qua xảy ra 37 cặp tảo hôn.", "STT\tChỉ tiêu\tĐVT\tNăm 2024\n1\tKết hôn\tCặp\t37"]),
  // the press's prizes and the loudspeakers, by number words; a series' parts after `Loạt bài` (no article 3)
  examples({ kind: "count", value: 3, unit: "giải" }, ["Tỉnh có tác phẩm đoạt giải, trong đó có ba giải A."]),
  // a ratio of prizes (no date's word before it, no verb after `giải`)
  examples({ kind: "count", value: 10, unit: "giải thưởng", of: 12 }, ["Đơn vị đạt 10/12 giải thưởng của cuộc thi."]),
  examples({ kind: "count", value: 3, unit: "cụm loa" }, ["Xã lắp mới ba cụm loa ở các thôn xa."]),
  examples({ kind: "count", value: 3, unit: "kỳ" }, ["Loạt bài 3 kỳ của nhóm phóng viên đoạt giải cao."]),
  // a table's row of customers, their noun after `Số`
  examples({ kind: "count", value: 168540, unit: "khách hàng" }, ["Chỉ tiêu\tNăm 2024\nSố khách hàng sử dụng điện\t168.540"]),
  // a sentence opened by `Ngoài` sets its count apart ("besides"), no bound; inside a clause it is "over"
  examples({ kind: "count", value: 7, unit: "đơn vị" }, ["Ngoài 7 đơn vị tuyển dụng trực tiếp, hội chợ còn kết nối nhiều nơi khác."]),
  examples({ kind: "count", value: 700, unit: "lao động", qualifier: "over" }, ["Toàn tỉnh có ngoài 700 lao động đi làm việc ở nước ngoài."]),
  // a noun first, then the range it moves in
  examples({ kind: "count", value: 87, unit: "ca", to: 145 }, ["Số ca nhập viện mỗi ngày dao động 87-145."]),
  examples({ kind: "count", value: 120, unit: "hộ", to: 150 }, ["Số hộ tham gia dao động từ 120 đến 150."]),
  // what a number word counts in military news; a patient's noun of two words, with its basis
  examples({ kind: "count", value: 3, unit: "giai đoạn" }, ["Cuộc diễn tập được tiến hành qua ba giai đoạn."]),
  examples({ kind: "count", value: 2, unit: "phương án" }, ["Tỉnh xử lý tình huống theo hai phương án."]),
  examples({ kind: "count", value: 300, unit: "người bệnh", per: "ngày" }, ["Bệnh viện tiếp nhận 300 người bệnh/ngày."]),
  examples({ kind: "count", value: 10, unit: "hộ dân", qualifier: "under" }, ["Gần chục hộ dân bị ảnh hưởng."]),
  // `trên` "on" before a small number in words (`trên 200 hộ` is over)
  examples({ kind: "count", value: 2, unit: "tuyến" }, ["Các đồn tổ chức nhiều hoạt động trên hai tuyến biên giới của tỉnh."]),
  // a count of bodies with no name before its number; a birth year in brackets is no item of a breakdown
  examples({ kind: "count", value: 19, unit: "tổ chức" }, ["Huyện đã chọn được 19 tổ chức tiêu biểu."]),
  // bodies counted after a name or a certificate's word, the verb's object not following
  examples({ kind: "count", value: 5, unit: "tổ chức" }, ["Bộ trưởng tặng Bằng khen 5 tổ chức.", "Riêng TP Huế 5 tổ chức được khen thưởng."]),
  // a bound stays before a span or a count that is no place (`trên hai tuyến biên giới` is "on")
  examples({ kind: "duration", value: 2, unit: "tháng", qualifier: "over" }, ["Đợt mưa kéo dài trên hai tháng."]),
  // a fall counted, no crossroads; new years counted
  examples({ kind: "count", value: 2, unit: "lần" }, ["Cụ bà bị ngã hai lần trong tháng."]),
  examples({ kind: "count", value: 3, unit: "tết" }, [
    "Đã 3 Tết anh không về quê.",
    "Anh đã đón 3 Tết xa nhà.",
    "Đây là 3 Tết liên tiếp anh trực ở đảo.",
    "Anh trực ở đảo (3 Tết liền).",
    "Vào 3 Tết gần đây, anh đều trực ở đảo.",
  ]),
  // `trở xuống` a place after a count: going down to it
  examples({ kind: "count", value: 30, unit: "cán bộ" }, ["Huyện cử 30 cán bộ trở xuống cơ sở.", "Huyện cử 30 cán bộ trở xuống Sa Pa."]),
  examples({ kind: "count", value: 3, unit: "tết" }, ["Ông đón 3 Tết ở Trường Sa."]),
  // a comma parts a day from a count; a sound's `tiếng` counts sounds, no hours
  examples({ kind: "count", value: 200, unit: "đoàn viên" }, ["Chiều 15, 200 đoàn viên đã ra quân dọn vệ sinh."]),
  examples({ kind: "count", value: 21, unit: "tiếng pháo" }, ["Lễ chào cờ có 21 tiếng pháo lễ."]),
  // a count of works, then what they do (no name before the number)
  examples({ kind: "count", value: 2, unit: "cầu" }, ["Huyện khánh thành 2 cầu dân sinh bắc qua suối."]),
  // `cấp` the verb, no grade
  examples({ kind: "count", value: 4, unit: "giấy phép" }, ["Năm nay phường cấp 4 giấy phép xây dựng."]),
  examples({ kind: "count", value: 2, unit: "tiếng động" }, ["Nghe 2 tiếng động lạ, anh chạy ra xem."]),
  examples({ kind: "count", value: 3, unit: "cây" }, ["Cơn lốc làm ngã ba cây cổ thụ."]),
  // a convening is no volume's number (`tập`); guest-nights are no span; five before a counted noun after `vào`
  examples({ kind: "count", value: 250, unit: "đại biểu" }, ["Đại hội đã triệu tập 250 đại biểu."]),
  examples({ kind: "count", value: 12500, unit: "ngày khách" }, ["Lượng khách lưu trú đạt 12.500 ngày khách."]),
  // a table's row whose label is the noun, under a header of years (not `Nhà trẻ`, `Mẫu giáo`: a noun's first word only)
  examples({ kind: "count", value: 120, unit: "hộ nghèo" }, ["Chỉ tiêu\tNăm 2024\nHộ nghèo\t120"]),
  // compatriots by the million, no money
  examples({ kind: "count", value: 1100000, unit: "đồng bào", qualifier: "over" }, ["Vùng có hơn 1,1 triệu đồng bào dân tộc thiểu số."]),
  // languages, no hours
  examples({ kind: "count", value: 2, unit: "tiếng dân tộc" }, ["Cô giáo thông thạo 2 tiếng dân tộc."]),
  // an industrial zone by its acronym after a number word
  examples({ kind: "count", value: 3, unit: "kcn" }, ["Ba KCN trên địa bàn đã lấp đầy."]),
  // a programme's phases counted; a spoken ratio's bound after a label stays a bound; `có tới` before a ratio
  examples({ kind: "count", value: 2, unit: "giai đoạn" }, ["Dự án chia làm 2 giai đoạn I và II."]),
  examples({ kind: "count", value: 150, unit: "hộ dân", qualifier: "over" }, ["Khu phố 3 trên 150 hộ dân đã ký cam kết."]),
  examples({ kind: "count", value: 117, unit: "cụ" }, ["Hội trao quà cho 117 cụ thể hiện sự tri ân."]),
  // an enforcement's cases (`việc`; `việc làm` stays one noun), a project's parts
  examples({ kind: "count", value: 2015, unit: "việc" }, ["Chi cục đã thụ lý 2.015 việc trong năm."]),
  examples({ kind: "count", value: 2, unit: "tiểu dự án" }, ["Tỉnh có 2 tiểu dự án đang triển khai."]),
  // the elderly by their word; a session
  examples({ kind: "count", value: 27, unit: "cụ" }, ["Toàn xã có 27 cụ tuổi cao vẫn tham gia sản xuất."]),
  examples({ kind: "count", value: 3, unit: "phiên" }, ["Đại hội sẽ gồm ba phiên làm việc chính."]),
  // thousands written once, on a range's upper end
  examples({ kind: "count", value: 5000, unit: "người", to: 10000 }, ["Từ 5 - 10.000 người tham gia lễ hội."]),
  examples({ kind: "count", value: 4, unit: "xe" }, ["Tạm giữ 4 xe tải của ông Nguyễn Văn An (SN 1979, ở phường 5)."]),
  // a ratio as it is said, the part no larger than the whole; `đến` as "as many as" before a ratio
  examples({ kind: "count", value: 9, unit: "chỉ tiêu", of: 11 }, ["Năm nay, huyện có 9 trên 11 chỉ tiêu đạt kế hoạch."]),
  examples({ kind: "count", value: 12, unit: "chi bộ", of: 14 }, ["Có 12 trên tổng số 14 chi bộ hoàn thành tốt nhiệm vụ."]),
  examples({ kind: "count", value: 9, unit: "xã", of: 12 }, ["Có đến 9/12 xã đạt chuẩn nông thôn mới."]),
];
