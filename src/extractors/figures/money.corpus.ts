import { examples } from "./corpus.js";

export const MONEY_CORPUS = [
  // the yuan; a loss's verb before millions with no currency; an estimate of worth
  examples({ kind: "money", value: 2_500_000, unit: "CNY" }, ["Kim ngạch đạt 2,5 triệu nhân dân tệ.", "Doanh nghiệp thu 2.500.000 NDT."]),
  // a scale word after `số` in capitals or before a currency is a scale (only a name in Title Case after a label's number is none)
  examples({ kind: "money", value: 250e9, unit: "VND" }, ["Dự án có TỔNG SỐ 250 TỶ ĐỒNG vốn đầu tư.", "Hỗ trợ con số 250 Tỷ Đồng cho các hộ."]),
  // a basis with `một` and a measure spelled out (no area of one square metre)
  examples({ kind: "money", value: 85_000, unit: "VND", per: "m2" }, ["Giá đền bù 85 nghìn đồng một mét vuông.", "Giá đền bù 85.000 đồng một mét vuông."]),
  // training's bases of several words: a course, a day of classes
  examples({ kind: "money", value: 200_000, unit: "VND", per: "người/khóa học" }, ["Hỗ trợ 200.000 đồng/người/khóa học."]),
  examples({ kind: "money", value: 50_000, unit: "VND", per: "ngày thực học/người" }, ["Hỗ trợ tiền ăn 50.000 đồng/ngày thực học/người."]),
  examples({ kind: "money", value: 30_000, unit: "VND", per: "ngày học/người" }, ["Hỗ trợ tiền ăn 30.000 đồng/ngày học/người."]),
  // the wages labour export quotes, in yen, won and Taiwan dollars
  examples({ kind: "money", value: 160_000, unit: "JPY", per: "tháng" }, ["Lương cơ bản 160.000 yên/tháng.", "Lương cơ bản 160.000 Yên Nhật/tháng.", "Lương cơ bản 160.000 Yên/tháng.", "Lương cơ bản 160.000 yen/tháng."]),
  examples({ kind: "money", value: 12e9, unit: "JPY" }, ["Dự án vay 12 tỷ yên của JICA.", "Dự án vay 12 tỷ yên (vốn ODA)."]),
  examples({ kind: "money", value: 3e6, unit: "GBP" }, ["Dự án được tài trợ 3 triệu bảng Anh."]),
  examples({ kind: "count", value: 3, unit: "bảng" }, ["Trường có 3 bảng Anh ngữ.", "Xã dựng 3 bảng anh hùng liệt sĩ.", "Xã dựng 3 bảng Anh hùng liệt sĩ."]),
  examples({ kind: "money", value: 12e9, unit: "JPY" }, ["Dự án vay 12 tỷ yên ODA."]),
  examples({ kind: "money", value: 2_000_000, unit: "KRW" }, ["Mức lương tại Hàn Quốc là 2 triệu won."]),
  examples({ kind: "money", value: 27_470, unit: "TWD" }, ["Lao động tại Đài Loan nhận 27.470 Đài tệ."]),
  // (a place's name or `yên tâm` after a number is no yen)
  examples({ kind: "count", value: 3, unit: "xã" }, ["Bà con 3 xã yên tâm sản xuất."]),
  examples({ kind: "money", value: 300_000_000, unit: "VND", qualifier: "over" }, ["Vụ lúa này anh mất trắng hơn 300 triệu.", "Công ty bị lỗ hơn 300 triệu."]),
  examples({ kind: "money", value: 9_750_000_000, unit: "VND", qualifier: "about" }, ["Tang vật ước trị giá 9,75 tỷ đồng."]),
  // a quoted amount is no slogan
  examples({ kind: "money", value: 2_000_000_000, unit: "VND" }, ["Tỉnh hỗ trợ “2 tỷ đồng” cho xã."]),
  // a basis of two words: a share, a passenger
  examples({ kind: "money", value: 1200, unit: "VND", per: "cổ phiếu" }, ["Công ty chia cổ tức 1.200 đồng/cổ phiếu."]),
  // a price quoted after a market's word, no name in capitals
  examples({ kind: "money", value: 120_000, unit: "VND", qualifier: "about", per: "kg" }, ['Giá thịt lợn tại chợ "khoảng 120.000 đồng/kg" vào sáng nay.']),
  examples({ kind: "money", value: 12_500_000_000, unit: "VND" }, [
    "Tổng giá trị 12 tỉ 500 triệu đồng.",
    "tổng kinh phí 12 tỷ 500 triệu đồng",
    "hỗ trợ 12,5 tỷ đồng",
  ]),
  // one of the basis written (`/1 hộ`, `/01 căn nhà`): per the noun, no count of one
  examples({ kind: "money", value: 100_000_000, unit: "VND", per: "hộ" }, ["Mỗi hộ được hỗ trợ 100 triệu đồng/1 hộ.", "Mức hỗ trợ là 100 triệu đồng/01 hộ."]),
  // a hard-wrapped line between the amount and its currency, or its scale and its basis
  examples({ kind: "money", value: 48_650_000, unit: "VND" }, ["Trong quý vừa qua, tổng thu ngân sách xã đạt 48.650.000\nđồng, vượt dự toán được giao."]),
  examples({ kind: "money", value: 72_400_000, unit: "VND", per: "người/năm" }, ["Năm 2024, thu nhập bình quân của xã đạt 72,4 triệu\nđồng/người/năm."]),
  // thousands grouped by spaces (they gave `000 đồng`, worth 0)
  examples({ kind: "money", value: 1_250_000, unit: "VND" }, ["Mỗi hộ được hỗ trợ 1 250 000 đồng.", "Mỗi hộ được hỗ trợ 1 250 000đ."]),
  // half, before a scale (counterexample: `nửa đầu năm`, `nửa tháng`)
  examples({ kind: "money", value: 5e8, unit: "VND", qualifier: "under" }, ["Tổng kinh phí gần nửa tỷ đồng.", "kinh phí gần nửa tỉ đồng"]),
  examples({ kind: "money", value: 5e5, unit: "VND" }, ["Mỗi suất quà trị giá nửa triệu đồng."]),
  // a price of nothing is a sum (counterexample: `Gian hàng 0 đồng`, a name)
  examples({ kind: "money", value: 0, unit: "VND" }, ["Học sinh được đi xe buýt với giá 0 đồng.", "Nợ đọng thuế đã giảm về 0 đồng.", "Tổng số tiền phải thu hồi: 0 đồng."]),
  examples({ kind: "money", value: 80e6, unit: "VND", qualifier: "under" }, ["Mỗi hộ được vay tối đa lên đến 80 triệu đồng."]),
  examples({ kind: "money", value: 15e9, unit: "VND", qualifier: "under" }, ["Dự án có tổng mức đầu tư 15 tỷ đồng trở xuống cơ sở tự phê duyệt."]),
  // a table row: the unit in brackets closing the row's label
  examples({ kind: "money", value: 250e9, unit: "VND" }, [
    "Thu ngân sách (triệu đồng)\t250.000",
    "Thu ngân sách (triệu đồng)\t\t250.000",
    "TT | Chỉ tiêu | ĐVT | Kế hoạch\n1 | Thu ngân sách | Triệu đồng | 250.000",
  ]),
  // a row labelled `Số …` takes its unit column's unit
  examples({ kind: "money", value: 125.6e9, unit: "VND" }, ["Chỉ tiêu\tĐVT\tNăm 2024\nSố dư nợ\tTỷ đồng\t125,6"]),
  // a target's bound opening its cell
  examples({ kind: "money", value: 65e6, unit: "VND", qualifier: "over", per: "người/năm" }, [
    "1\tThu nhập bình quân (triệu đồng/người/năm)\t≥ 65",
    "1 | Thu nhập bình quân (triệu đồng/người/năm) | ≥65",
  ]),
  // a hundreds group in words with its own scale, after a larger one
  examples({ kind: "money", value: 2_350_000, unit: "VND", per: "tháng" }, ["Mức hỗ trợ 2 triệu ba trăm năm mươi nghìn đồng mỗi tháng."]),
  examples({ kind: "money", value: 1_250_000_000, unit: "VND" }, ["Tổng kinh phí 1 tỷ hai trăm năm mươi triệu đồng."]),
  // a clause opened by `Ước` estimates the amount after `đạt`
  examples({ kind: "money", value: 45e9, unit: "VND", qualifier: "about" }, [
    "Ước cả năm thu ngân sách đạt 45 tỷ đồng.",
    "Ước thực hiện cả năm, thu ngân sách đạt 45 tỷ đồng.",
    // `ước` and the verb of what is estimated
    "Tổng chi ngân sách ước thực hiện 45 tỷ đồng.",
    "Ngân sách huyện ước thu 45 tỷ đồng.",
    "Năm 2025, quỹ ước huy động 45 tỷ đồng.",
  ]),
  // a range with the unit at both ends is one figure
  examples({ kind: "money", value: 5e9, unit: "VND", to: 7e9, per: "công trình" }, [
    "mức đầu tư từ 5 tỷ đồng đến 7 tỷ đồng mỗi công trình",
    "mức đầu tư từ 5 tỷ đến 7 tỷ đồng mỗi công trình",
  ]),
  // a basis after `mỗi`, any noun the lexicon counts, the longest; after the thing paid or weighed; a recurring span
  examples({ kind: "money", value: 2e6, unit: "VND", per: "sáng kiến" }, ["Thưởng 2 triệu đồng mỗi sáng kiến được công nhận."]),
  examples({ kind: "money", value: 5e6, unit: "VND", per: "hộ nghèo" }, ["Hỗ trợ 5 triệu đồng mỗi hộ nghèo."]),
  examples({ kind: "money", value: 200e6, unit: "VND", per: "năm" }, ["Hỗ trợ 200 triệu đồng hàng năm cho quỹ."]),
  examples({ kind: "money", value: 3_200_000, unit: "VND" }, [
    "mỗi suất trị giá 3 triệu 200 nghìn đồng",
    "mỗi suất 3 triệu 200 ngàn đồng",
  ]),
  examples({ kind: "money", value: 250e9, unit: "VND", qualifier: "over" }, [
    "Số tiền bồi thường hơn 250 tỷ đồng.",
    "Tổng kinh phí giải phóng mặt bằng hơn 250 tỉ đồng",
    "huy động được hơn 250 tỷ đồng từ xã hội hóa",
    "nguồn vốn hơn 250.000 triệu đồng",
  ]),
  examples({ kind: "money", value: 2315414600, unit: "VND" }, [
    "với tổng số tiền đầu tư là 2.315.414.600 đồng",
    "Tổng chi: 2.315.414.600 đ.",
    "tổng kinh phí 2.315.414.600 VNĐ",
    "kinh phí 2.315.414.600đ",
  ]),
  examples({ kind: "money", value: 1243000000, unit: "VND" }, [
    "Nhân dân đóng góp 1.243 triệu đồng",
    "nhân dân đóng góp 1,243 tỷ đồng",
    "trong đó ngân sách xã 1.243.000.000 đồng",
  ]),
  examples({ kind: "money", value: 6.5e9, unit: "VND", qualifier: "over" }, [
    "thu ngân sách trên địa bàn đạt hơn 6,5 tỷ đồng",
    "Thu ngân sách hơn 6,5 tỉ đồng, vượt kế hoạch.",
  ]),
  examples({ kind: "money", value: 10e9, unit: "VND", qualifier: "under" }, [
    "trị giá gần 10 tỷ đồng",
    "tổng giá trị chưa đến 10 tỷ đồng",
    "kinh phí dưới 10 tỷ đồng",
  ]),
  examples({ kind: "money", value: 43.4e9, unit: "VND", qualifier: "over" }, [
    "doanh thu ước đạt hơn 43,4 tỷ đồng",
  ]),
  examples({ kind: "money", value: 43.4e9, unit: "VND", qualifier: "about" }, [
    "doanh thu ước đạt 43,4 tỷ đồng",
    "doanh thu khoảng 43,4 tỷ đồng",
    "giá trị sản xuất xấp xỉ 43,4 tỷ đồng",
  ]),
  examples({ kind: "money", value: 53e6, unit: "VND", qualifier: "under", per: "người/năm" }, [
    "thu nhập bình quân đầu người đạt gần 53 triệu đồng/người/năm",
    "thu nhập bình quân gần 53 triệu đồng / người / năm",
  ]),
  examples({ kind: "money", value: 5000, unit: "VND", per: "thành viên/tháng" }, ["Mỗi người đóng 5.000 đồng/thành viên/tháng."]),
  // the basis in words: `mỗi`, or `một` before a measure (so `một kg` is no figure of its own)
  examples({ kind: "money", value: 25e6, unit: "VND", qualifier: "over", per: "ha" }, ["Mô hình cho lãi trên 25 triệu đồng mỗi ha."]),
  examples({ kind: "money", value: 3e6, unit: "VND", per: "sào" }, ["Huyện hỗ trợ 3 triệu đồng cho mỗi sào."]),
  // thousands by a price's basis, no currency (counterexample: `Mật độ 5 nghìn/km2` is no price)
  examples({ kind: "money", value: 95000, unit: "VND", per: "kg" }, ["Giá tôm thẻ chân trắng hôm nay lên 95 ngàn/kg."]),
  examples({ kind: "money", value: 2e9, unit: "VND" }, ["Trong đó 2 tỷ là vốn vay ưu đãi."]),
  examples({ kind: "money", value: 30000, unit: "VND" }, ["Với giá 30 nghìn là người dân mua được."]),
  // (a scale word and no currency too: no mass of one ton)
  examples({ kind: "money", value: 28e6, unit: "VND", per: "tấn" }, ["Giá thức ăn chỉ 28 triệu một tấn."]),
  examples({ kind: "money", value: 50000, unit: "VND", per: "kg" }, ["Giá lúa tươi ở mức 50.000 đồng một kg.", "Giá lúa tươi ở mức 50.000 đồng/ki-lô-gam."]),
  examples({ kind: "money", value: 12e6, unit: "VND", per: "m2" }, ["Giá đất ở mức 12 triệu đồng/m².", "Giá thuê 12 triệu đồng/mét vuông mỗi năm."]),
  examples({ kind: "money", value: 40e6, unit: "VND", per: "căn nhà" }, ["Quỹ hỗ trợ 40 triệu đồng mỗi căn nhà."]),
  examples({ kind: "money", value: 100e6, unit: "VND", qualifier: "under", per: "hộ" }, ["Mức cho vay tối đa đối với hộ nghèo là 100 triệu đồng/hộ."]),
  // (counterexample: a bound in another clause bounds what it stands before)
  examples({ kind: "money", value: 120e9, unit: "VND" }, ["Phát huy tối đa nguồn lực, tổng vốn đầu tư là 120 tỷ đồng."]),
  examples({ kind: "money", value: 2.4e9, unit: "VND" }, ["Mức bồi thường tối đa đã được công khai; số tiền cao nhất là 2,4 tỷ đồng."]),
  // a list of places, its unit on the line above it
  examples({ kind: "money", value: 1.25e9, unit: "VND" }, ["Kết quả thu ngân sách (đơn vị tính: triệu đồng):\n- Xã An Hòa: 1.250"]),
  // a scale's amount before a fee or a tax is money; a grade's number borrows no unit; the minimum wage's name is no bound
  examples({ kind: "money", value: 96e6, unit: "VND", qualifier: "over" }, ["Phường thu được hơn 96 triệu phí sử dụng vỉa hè."]),
  examples({ kind: "money", value: 15000, unit: "VND", per: "m2/tháng" }, ["Mức thu đối với tuyến đường loại 1 và 15.000 đồng/m2/tháng."]),
  examples({ kind: "money", value: 4.96e6, unit: "VND", per: "tháng" }, ["Mức lương tối thiểu vùng I là 4.960.000 đồng/tháng."]),
  // (a quote after a prize's label is counted by nothing: its money is a figure)
  examples({ kind: "money", value: 10e6, unit: "VND" }, ["Đội tuyển giành giải 3 “Giải thưởng 10 triệu đồng” của tỉnh."]),
  // a basis of two words the lexicon knows after the slash; a programme's money is what it spends
  examples({ kind: "money", value: 12000, unit: "VND", per: "bưu gửi" }, ["Cước phí 12.000 đồng/bưu gửi."]),
  examples({ kind: "money", value: 500000, unit: "VND", per: "điểm tiếp xúc" }, ["Mức chi 500.000 đồng/điểm tiếp xúc."]),
  examples({ kind: "money", value: 5000, unit: "VND", per: "xe máy/lượt" }, ["Phí trông giữ 5.000 đồng/xe máy/lượt."]),
  examples({ kind: "money", value: 1e9, unit: "VND" }, ["Chương trình hỗ trợ 1 tỷ đồng cho xã."]),
  // a heading of money's word under the unit above: `Giải ngân` disbursed, no count of `giải` (prizes)
  examples({ kind: "money", value: 9.87e9, unit: "VND" }, ["Bảng 1. Giải ngân các dự án (đơn vị: triệu đồng)\nDự án\tGiải ngân\nDự án 1\t9.870\nTiến độ còn chậm."]),
  // money's unit written short above a table or a list: millions, thousands of đồng
  examples({ kind: "money", value: 1.25e9, unit: "VND" }, [
    "Kết quả thu ngân sách (ĐVT: triệu):\n- Xã An Hòa: 1.250",
    "Thu ngân sách năm 2024 (Đơn vị: Triệu)\nSTT\tNội dung\tThực hiện\n1\tThu thuế\t1.250\nCác khoản thu đều đạt.",
  ]),
  examples({ kind: "money", value: 1.25e6, unit: "VND" }, [
    "Thu ngân sách năm 2024 (ĐVT: nghìn)\nSTT\tNội dung\tThực hiện\n1\tThu thuế\t1.250\nCác khoản thu đều đạt.",
    "Thu ngân sách năm 2024 (ĐVT: 1000đ)\nSTT\tNội dung\tThực hiện\n1\tThu thuế\t1.250\nCác khoản thu đều đạt.",
    "Thu ngân sách năm 2024 (ĐVT: 1.000 đồng)\nSTT\tNội dung\tThực hiện\n1\tThu thuế\t1.250\nCác khoản thu đều đạt.",
  ]),
  // English grouping with its decimal point
  examples({ kind: "money", value: 12560.75, unit: "USD" }, ["Kim ngạch xuất khẩu đạt 12,560.75 USD trong tháng."]),
  // a basis of several words after the slash
  examples({ kind: "money", value: 50e6, unit: "VND", per: "hợp tác xã" }, ["Mức hỗ trợ 50 triệu đồng/hợp tác xã thành lập mới."]),
  examples({ kind: "money", value: 5e6, unit: "VND", per: "ha/chu kỳ" }, ["Mức hỗ trợ trồng rừng 5 triệu đồng/ha/chu kỳ."]),
  examples({ kind: "money", value: 200000, unit: "VND", per: "ngày công" }, ["Mỗi người được trả 200.000 đồng/ngày công."]),
  // one basis after another; (counterexample: `một năm trước` is a time, no basis)
  examples({ kind: "money", value: 100000, unit: "VND", per: "m2/tháng" }, ["Giá thuê mặt bằng 100.000 đồng mỗi m2 mỗi tháng."]),
  examples({ kind: "money", value: 20e9, unit: "VND" }, ["Huyện đã chi 20 tỷ đồng một năm trước khi dự án khởi công."]),
  examples({ kind: "money", value: 5e5, unit: "VND", per: "hội viên" }, ["Hỗ trợ 500 nghìn đồng/hội viên."]),
  // a hard-wrapped paragraph: the scale word on the next line
  examples({ kind: "money", value: 692.5e9, unit: "VND" }, ["Doanh thu du lịch của toàn tỉnh trong năm nay đạt 692,5\ntỷ đồng."]),
  // achieved of planned, both with their scale
  examples({ kind: "money", value: 792.9e9, of: 1287.4e9, unit: "VND" }, ["Tổng thu ngân sách đạt kế hoạch (792,9 tỷ/1.287,4 tỷ đồng)."]),
  // the scale written once, after the second: both are in billions
  examples({ kind: "money", value: 45799e9, of: 36875e9, unit: "VND" }, ["Thu ngân sách trên địa bàn đạt 45.799/36.875 tỷ đồng."]),
  examples({ kind: "money", value: 120e6, of: 100e6, unit: "VND" }, ["Quỹ đã vận động được 120/100 triệu đồng."]),
  // `cấp trên`, `cấp dưới` name a level, no bound
  examples({ kind: "money", value: 6.65e9, unit: "VND" }, ["Thu bổ sung từ ngân sách cấp trên 6.650 triệu đồng.", "Hỗ trợ cấp dưới 6.650 triệu đồng."]),
  // a total's row with no number, under a table typed with bars and no border
  examples({ kind: "money", value: 412635e6, unit: "VND" }, [
    "STT | Chương trình cho vay | Dư nợ (triệu đồng)\n  | Tổng cộng | 412.635",
    "STT | Chương trình cho vay | Dư nợ (triệu đồng)\n  | Tổng cộng | 412.635 |",
  ]),
  // (a row's empty number cell, its unit in a column of its own)
  examples({ kind: "money", value: 4.8e12, unit: "VND" }, ["STT | Chỉ tiêu | Đơn vị | Kế hoạch 2026\n  | Trong đó: thu nội địa | tỷ đồng | 4.800"]),
  // a price per head with `đ` glued to it (`đ/con` is no `đ/c`, comrades)
  examples({ kind: "money", value: 5900, unit: "VND", per: "con" }, ["Giá tiêm phòng dại tại điểm là 5.900đ/con.", "Giá tiêm phòng dại là 5.900 đ/con."]),
  // no currency written: thousands after a price's word, millions in a sentence about a loan
  examples({ kind: "money", value: 500000, unit: "VND" }, ["Mỗi suất quà trị giá 500 nghìn.", "Tiền công một ngày công chỉ 500 nghìn."]),
  // thousands paid right before, or in a clause about money (counterexample, no money: `Dân số 120 nghìn.`)
  examples({ kind: "money", value: 330000, unit: "VND" }, ["Mỗi tháng tôi đóng 330 nghìn.", "Mỗi tháng tôi đóng 330 nghìn tiền bảo hiểm."]),
  // an amount spelled out, commas between its groups
  examples({ kind: "money", value: 38642500000, unit: "VND" }, ["Bằng chữ: Ba mươi tám tỷ, sáu trăm bốn mươi hai triệu, năm trăm nghìn đồng."]),
  // (elsewhere a comma parts two amounts)
  examples({ kind: "money", value: 500000000, unit: "VND" }, ["Các xã được hỗ trợ lần lượt là ba tỷ, năm trăm triệu đồng."]),
  examples({ kind: "money", value: 500000, unit: "VND" }, ["Tiền hỗ trợ mỗi hộ chỉ có 500 ngàn, không đủ sửa nhà."]),
  // millions after paying's verbs
  examples({ kind: "money", value: 40000000, unit: "VND", qualifier: "over" }, ["Vợ tôi nằm viện, tốn hơn 40 triệu."]),
  // spent (`mất 90 triệu`; `mất 2 tháng` is a span), and a sum in words with its scale, as speech says it
  examples({ kind: "money", value: 90e6, unit: "VND" }, ["Nhà tôi khoan giếng mất 90 triệu.", "Ông bị lừa mất 90 triệu qua mạng."]),
  examples({ kind: "money", value: 2e6, unit: "VND", per: "tháng" }, ["Anh kiếm hai triệu mỗi tháng."]),
  examples({ kind: "money", value: 120000, unit: "VND", per: "con" }, ["Gà thả vườn được bán 120 nghìn/con."]),
  examples({ kind: "money", value: 300e6, unit: "VND" }, ["Mỗi vụ tôm nhà tôi lãi ba trăm triệu."]),
  examples({ kind: "money", value: 300000000, unit: "VND" }, ["Gia đình mua xe hết 300 triệu."]),
  examples({ kind: "money", value: 50e6, unit: "VND" }, ["Chị được vay 50 triệu để mua bò giống."]),
  // an amount for each day: `mỗi ngày 5 - 10` is no date (5 October)
  examples({ kind: "money", value: 5000, to: 10000, unit: "VND", per: "hội viên" }, ["Hội viên đóng góp mỗi ngày 5 - 10 nghìn đồng/hội viên."]),
  // a range whose rate's basis is written once, at its upper end
  examples({ kind: "money", value: 7000, to: 7500, unit: "VND", per: "kg" }, ["Giá lúa từ 7.000 đồng đến 7.500 đồng/kg."]),
  // a hundreds group in words takes the scale after it
  examples({ kind: "money", value: 230e6, unit: "VND" }, ["Hỗ trợ hai trăm ba mươi triệu đồng.", "Kinh phí là hai trăm ba mươi triệu đồng."]),
  examples({ kind: "money", value: 105e6, unit: "VND" }, ["Hỗ trợ một trăm linh năm triệu đồng."]),
  // `chục` before another scale word
  examples({ kind: "money", value: 3e7, unit: "VND" }, ["Mỗi hộ được hỗ trợ 3 chục triệu đồng."]),
  // a rate's basis is one word unless a noun for people of two (`người nhân dịp` is no noun)
  examples({ kind: "money", value: 5e5, unit: "VND", per: "người" }, ["Hỗ trợ 500 nghìn đồng/người nhân dịp Tết."]),
  // a range whose lower end is written whole, the scale only on the upper
  examples({ kind: "money", value: 500000, to: 1.2e6, unit: "VND", per: "đêm" }, ["Giá phòng từ 500.000 đến 1,2 triệu đồng/đêm."]),
  // a range with its scale written once and no currency
  examples({ kind: "money", value: 10e6, to: 12e6, unit: "VND", per: "người/năm" }, ["Thu nhập bình quân đạt 10-12 triệu/người/năm."]),
  examples({ kind: "money", value: 3e9, to: 4e9, unit: "VND" }, ["Dự án cần từ 3-4 tỷ vốn đầu tư."]),
  examples({ kind: "money", value: 3e6, unit: "VND", per: "hộ" }, ["Mỗi hộ được hỗ trợ 3 triệu đồng tiền mặt/hộ."]),
  // a conjunction is no thing measured
  examples({ kind: "money", value: 5e9, unit: "VND" }, ["Phạt 5 tỷ đồng và/hoặc tịch thu tang vật."]),
  examples({ kind: "money", value: 4.5e6, unit: "VND", per: "tháng" }, [
    "mức hỗ trợ 4,5 triệu đồng/tháng",
    "lương bình quân 4.500.000 đồng/tháng",
    // without `đồng`, in a sentence about money
    "mức hỗ trợ 4,5 triệu/tháng cho mỗi hộ",
  ]),
  // past a mark: over (`vượt 20%` says by how much, exact)
  examples({ kind: "money", value: 3e9, unit: "USD", qualifier: "over" }, ["Kim ngạch xuất khẩu lần đầu tiên vượt mốc 3 tỷ USD."]),
  // a basis of several words after a slash
  examples({ kind: "money", value: 5.2e6, unit: "USD", per: "dự án" }, ["Vốn đăng ký bình quân đạt 5,2 triệu USD/dự án."]),
  // a bonus or earnings: money without `đồng` (`nhờ` after it is no noun)
  examples({ kind: "money", value: 5e6, unit: "VND" }, ["Năm nay chị được thưởng 5 triệu."]),
  examples({ kind: "money", value: 8e6, unit: "VND", qualifier: "about" }, ["Anh kiếm được khoảng 8 triệu nhờ làm thêm giờ."]),
  examples({ kind: "money", value: 36.8e9, unit: "VND" }, [
    "Tổng vốn đầu tư lên tới 36,8 tỷ",
    "dự án có tổng mức đầu tư 36,8 tỷ, do tỉnh phân bổ",
  ]),
  examples({ kind: "money", value: 1.5e12, unit: "VND" }, [
    "tổng vốn 1,5 nghìn tỷ đồng",
    "tổng vốn 1,5 ngàn tỷ đồng",
    "tổng vốn 1.500 tỷ đồng",
  ]),
  examples({ kind: "money", value: 500000, unit: "VND" }, [
    "mỗi suất quà trị giá 500.000 đồng",
    "mỗi suất quà trị giá 500 nghìn đồng",
    "mỗi suất quà trị giá 500 ngàn đồng",
    "mỗi suất quà trị giá 500.000đ",
  ]),
  examples({ kind: "money", value: 2e6, unit: "USD" }, [
    "kim ngạch xuất khẩu 2 triệu USD",
    "kim ngạch xuất khẩu 2 triệu đô la Mỹ",
    "kim ngạch xuất khẩu 2.000.000 USD",
  ]),
  examples({ kind: "money", value: 5e9, unit: "VND", to: 7e9 }, [
    "mỗi công trình cần từ 5 đến 7 tỷ đồng",
    "mỗi công trình cần từ 5 - 7 tỷ đồng",
    "mỗi công trình cần 5-7 tỷ đồng",
  ]),
  examples({ kind: "money", value: 120e9, unit: "VND" }, [
    "với tổng kinh phí là 120 tỷ đồng;",
    "Tổng kinh phí 120 tỷ đồng.",
    "TỔNG KINH PHÍ 120 TỶ ĐỒNG",
  ]),
  examples({ kind: "money", value: 50e6, unit: "VND" }, [
    "hỗ trợ mỗi hộ 50 trđ",
    "hỗ trợ mỗi hộ 50 tr.đ",
    "hỗ trợ mỗi hộ 50 tr đồng",
  ]),
  examples({ kind: "money", value: 36.8e9, unit: "VND" }, [
    "thu hút 36,8 tỷ vốn đầu tư",
  ]),
  examples({ kind: "money", value: 3.2e6, unit: "VND", qualifier: "over" }, [
    "ủng hộ được trên 3,2 triệu đồng",
    "quyên góp được 3,2 triệu đồng trở lên",
  ]),
  // a loss in millions with no currency, right after its word
  examples({ kind: "money", value: 3e8, unit: "VND", qualifier: "about" }, ["Gia đình tôi thiệt hại chừng 300 triệu.", "Vụ cháy gây thiệt hại khoảng 300 triệu."]),
  examples({ kind: "money", value: 2e8, unit: "VND", qualifier: "under" }, ["Gia đình bị thiệt hại gần 200 triệu.", "Lũ cuốn trôi hoa màu của bà con, thiệt hại gần 200 triệu."]),
  // a table's money column under the unit the line above gives (of two, the first), a credit group member's share
  examples({ kind: "money", value: 98412e6, unit: "VND" }, ["Dư nợ (đơn vị tính: triệu đồng, hộ)\nSTT\tChương trình\tDư nợ\n1\tHộ nghèo\t98.412"]),
  examples({ kind: "money", value: 1840000, unit: "VND", per: "tổ viên" }, ["Bình quân 1,84 triệu đồng/tổ viên."]),
  examples({ kind: "money", value: 50000000, unit: "VND", to: 100000000 }, ["Hành vi này bị phạt tiền từ 50 triệu đồng đến dưới 100 triệu đồng."]),
  // any counted noun of two words the lexicon knows is a basis whole (not `cử`, `thiết`); a classifier's noun is not
  examples({ kind: "money", value: 31500, unit: "VND", per: "cử tri", qualifier: "about" }, ["Chi phí bầu cử khoảng 31.500 đồng/cử tri."]),
  examples({ kind: "money", value: 15000000, unit: "VND", per: "thiết bị" }, ["Ngư dân được hỗ trợ 15 triệu đồng/thiết bị giám sát hành trình."]),
  examples({ kind: "money", value: 2000000, unit: "VND", per: "đại biểu/tháng" }, ["Mức hỗ trợ 2 triệu đồng/đại biểu/tháng."]),
  examples({ kind: "money", value: 300000, unit: "VND", per: "suất" }, ["Mỗi gia đình nhận 300.000 đồng/suất quà."]),
  examples({ kind: "money", value: 4960000, unit: "VND", per: "tháng" }, ["Mức lương bình quân 4,96 triệu đồng/tháng lương cơ sở."]),
  examples({ kind: "money", value: 1e9, unit: "VND" }, ["(đơn vị tính: đồng)\nSTT | Đơn vị | Số tiền\n1 | Vietcombank | 1.000.000.000"]),
  // a price table's unit with its power (`đồng/m2`), above it in thousands, or in its column's heading; the unit's line
  // itself gives no amount
  examples({ kind: "money", value: 52000000, unit: "VND", per: "m2" }, ["Đơn vị tính: 1.000 đồng/m2\nSTT\tTên đường\tVị trí 1\n1\tLê Lợi\t52.000"]),
  examples({ kind: "money", value: 238100000, unit: "VND", per: "m2" }, ["Tuyến đường | Vị trí | Giá mới (đồng/m2)\nBạch Đằng | VT1 | 238.100.000"]),
  // `Ngoài` opening a sentence, `còn` later in it: besides, no bound
  examples({ kind: "money", value: 2e9, unit: "VND" }, ["Ngoài 2 tỷ đồng hỗ trợ của tỉnh, huyện còn bố trí thêm kinh phí."]),
  // a million billions
  examples({ kind: "money", value: 2.4e15, unit: "VND", qualifier: "under" }, ["GDP cả nước đạt gần 2,4 triệu tỷ đồng."]),
  examples({ kind: "money", value: 270000, unit: "VND", to: 290000 }, ["Giá vé 270-290.000 đồng."]),
  // a rate's basis of two words: a case (not `trường`, a school)
  examples({ kind: "money", value: 2e6, unit: "VND", per: "trường hợp" }, ["Mỗi người vi phạm bị phạt 2 triệu đồng/trường hợp."]),
];
