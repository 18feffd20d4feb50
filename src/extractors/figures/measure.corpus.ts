import { examples } from "./corpus.js";

export const MEASURE_CORPUS = [
  // a measure before a word opening with `công` (only `tấn công` is an attack)
  examples({ kind: "area", value: 4.5, unit: "ha" }, ["Thành phố xây dựng 4,5 ha công viên.", "Diện tích công viên là 4,5ha công cộng."]),
  // a square metre said `m vuông` (`m vuông góc` is a right angle)
  examples({ kind: "area", value: 80, unit: "m2" }, ["Căn phòng rộng 80 m vuông."]),
  examples({ kind: "length", value: 5, unit: "m" }, ["Cột đặt cách 5 m vuông góc với trục đường."]),
  // grams, with a decimal comma
  examples({ kind: "mass", value: 5.239, unit: "g" }, ["Thu giữ ma túy tổng trọng lượng 5,239 gam."]),
  // `năm` before a measure is five: no year is followed by one
  examples({ kind: "area", value: 5, unit: "ha" }, ["Gia đình anh canh tác năm ha lúa chất lượng cao."]),
  examples({ kind: "length", value: 5, unit: "km" }, ["Tuyến đường dài năm km được bê tông hóa."]),
  // `trở xuống` a place: going down to it, no bound
  examples({ kind: "length", value: 5, unit: "km" }, [
    "Đoàn đi bộ 5 km trở xuống chợ.",
    "Cán bộ đi bộ 5 km trở xuống thôn Nà Lạn.",
    "Đoàn đi bộ 5 km trở xuống cơ sở.",
    "Đoàn leo 5 km trở xuống Sa Pa.",
  ]),
  // nautical miles, a distance at sea
  examples({ kind: "length", value: 45, unit: "hải lý" }, ["Tàu đang hoạt động cách bờ 45 hải lý thì bị hỏng máy."]),
  // a bound before a range's upper end: the range stands
  examples({ kind: "mass", value: 12, unit: "tấn", to: 25 }, ["Các tàu lưới vây trúng những mẻ cá từ 12 đến gần 25 tấn."]),
  // the unit at both ends, the upper one bounded: a class of size, one range
  examples({ kind: "length", value: 12, unit: "m", to: 15, qualifier: null }, ["Nhóm tàu có chiều dài từ 12 m đến dưới 15 m được hỗ trợ lắp thiết bị."]),
  examples({ kind: "mass", value: 5, unit: "tấn" }, ["Hợp tác xã đã thu mua năm tấn gạo cho bà con."]),
  // an amount for each day or month: `mỗi tháng 30 kg` is no date (`tháng 30`)
  examples({ kind: "mass", value: 30, unit: "kg" }, ["Mỗi hộ được hỗ trợ mỗi tháng 30 kg gạo.", "Hằng tháng 30 kg gạo được cấp cho hộ.", "Hàng tháng 30 kg gạo được cấp cho hộ."]),
  examples({ kind: "volume", value: 2, unit: "lít" }, ["Mỗi cháu được uống mỗi ngày 2 lít sữa."]),
  // a field's hectare: `đồng` there ends no amount
  examples({ kind: "area", value: 1, unit: "ha" }, ["Mô hình cánh đồng một ha cho thu nhập cao."]),
  // a hive's yield, the product between the measure and its basis
  examples({ kind: "mass", value: 15, unit: "kg", per: "đàn/năm" }, ["Đàn ong nội cho 15 kg mật/đàn/năm."]),
  // `khối`, cubic metres as said, before a material or a basis
  examples({ kind: "volume", value: 12000, unit: "m3" }, ["Đơn vị thi công đã đào đắp 12.000 khối đất.", "Công trình đổ 12.000 khối bê tông.", "Tàu hút 12.000 khối cát trái phép."]),
  examples({ kind: "volume", value: 5000, unit: "m3", per: "ngày đêm" }, ["Nhà máy nước có công suất 5.000 khối/ngày đêm."]),
  examples({ kind: "money", value: 8000, unit: "VND", per: "m3" }, ["Giá nước sạch sinh hoạt là 8.000 đồng/khối."]),
  // (a block of classes or exams is counted: no material after it)
  examples({ kind: "count", value: 3, unit: "khối thi" }, ["Trường tổ chức xét tuyển 3 khối thi."]),
  examples({ kind: "volume", value: 12000, unit: "m3" }, ["Đơn vị thi công đào 12 nghìn khối đất.", "Mỗi năm hầm biogas tạo ra 12.000 khối khí."]),
  examples({ kind: "volume", value: 15, unit: "m3", per: "hộ/tháng" }, ["Mức sử dụng bình quân 15 khối/hộ/tháng."]),
  // (a block by its size, a school's blocks after a slash, an air mass: no volume)
  examples({ kind: "count", value: 3, unit: "khối đá" }, ["Có 3 khối đá lớn lăn xuống đường."]),
  examples({ kind: "count", value: 3, unit: "khối", per: "tổ dân phố" }, ["Mỗi phường có 3 khối/tổ dân phố."]),
  examples({ kind: "count", value: 4, unit: "khối", per: "ngành" }, ["Hội thao chia thành 4 khối/ngành."]),
  // a table row: the unit in its own cell
  examples({ kind: "area", value: 3200, unit: "ha" }, [
    "Diện tích lúa\tha\t3.200",
    "1\tDiện tích lúa\tha\t3.200",
    // typed with bars, maybe with one opening the row
    "1 | Diện tích lúa | Ha | 3.200",
    "| 1 | Diện tích lúa | Ha | 3.200 |",
    // a unit in brackets heading the column
    "TT\tChỉ tiêu\tDiện tích (ha)\n1\tLúa xuân\t3.200",
  ]),
  examples({ kind: "area", value: 120, unit: "ha", qualifier: "over" }, [
    "tổng diện tích đất thu hồi trên 120ha",
    "tổng diện tích đất thu hồi trên 120 ha",
    "diện tích thu hồi hơn 120 héc-ta",
  ]),
  // over one hectare where no value is reckoned per hectare
  examples({ kind: "area", value: 1, unit: "ha", qualifier: "over" }, [
    "Mỗi trang trại có diện tích trên 1 ha.",
  ]),
  examples({ kind: "area", value: 677, unit: "ha" }, [
    "Phường hiện có diện tích 677ha với nhiều tổ dân phố",
    "diện tích tự nhiên 677 ha.",
  ]),
  examples({ kind: "area", value: 2560, unit: "m2" }, [
    "Nhân dân đã hiến 2560m2 đất ở",
    "Nhân dân đã hiến 2.560 m2 đất ở",
    "Nhân dân đã hiến 2.560m² đất ở",
  ]),
  examples({ kind: "area", value: 1.2, unit: "km2" }, [
    "khu bảo tồn rộng 1,2 km2",
  ]),
  examples({ kind: "length", value: 2978, unit: "m" }, [
    "với tổng số chiều dài là 2.978m,",
    "dài 2.978 m",
    "dài 2978 mét",
  ]),
  examples({ kind: "length", value: 26.6, unit: "km" }, [
    "đã làm được 26,6 km đường bê tông",
    "làm mới 26,6km đường giao thông nông thôn",
    // hard-wrapped between the number and its unit
    "Năm 2024, xã đã nhựa hóa tuyến đường liên thôn dài 26,6\nkm, vượt kế hoạch đề ra.",
  ]),
  examples({ kind: "mass", value: 1187, unit: "tấn" }, [
    "sản lượng lương thực đạt 1.187 tấn",
    "thu gom 1187 tấn rác thải",
  ]),
  // alternatives after the thing measured are no rate
  examples({ kind: "area", value: 150, unit: "ha" }, ["Xã trồng 150 ha lúa/màu."]),
  // the thing measured between the unit and the rate's basis
  examples({ kind: "mass", value: 30, unit: "kg", per: "nhân khẩu/tháng" }, ["Hỗ trợ 30 kg gạo/nhân khẩu/tháng."]),
  // a thing's size said in its measure after `hơn` is over (not a comparison against something later in the clause)
  examples({ kind: "length", value: 7, unit: "km", qualifier: "over" }, ["Đoạn kênh dài hơn 7 km bị ô nhiễm.", "Cây cầu vượt biển dài hơn 7 km đã thông xe."]),
  examples({ kind: "mass", value: 200, unit: "tấn" }, ["Sản lượng năm nay cao hơn 200 tấn so với năm trước."]),
  // the thing weighed in up to four words before the basis, or before `mỗi`
  examples({ kind: "mass", value: 42, unit: "tấn", per: "ngày" }, ["Thu gom 42 tấn rác thải sinh hoạt/ngày.", "Thu gom 42 tấn rác mỗi ngày."]),
  examples({ kind: "mass", value: 120, unit: "tấn", per: "km" }, ["Tỉnh hỗ trợ 120 tấn xi măng/km."]),
  // (a road's milestone after the slash is no basis; any other basis before a number stays)
  examples({ kind: "mass", value: 42, unit: "tấn", per: "ngày" }, ["Thu gom 42 tấn rác thải sinh hoạt/ngày 2 lần."]),
  examples({ kind: "mass", value: 500, unit: "tấn" }, ["Đã rải 500 tấn nhựa đường/km 15 trên Quốc lộ 1."]),
  // (a longer thing before a slash holds alternatives but for a span's or people's basis)
  examples({ kind: "mass", value: 25, unit: "tấn" }, ["Bón 25 tấn phân bón lúa/cây ăn quả."]),
  examples({ kind: "mass", value: 60, unit: "tạ", per: "ha" }, [
    "Năng suất lúa đạt 60 tạ mỗi ha.",
    "năng suất lúa bình quân 60 tạ/ha",
    "năng suất lúa đạt 60 tạ / ha",
    // a hectare spelled out is its unit's basis all the same
    "Năng suất lúa đạt 60 tạ/héc-ta.",
    "Năng suất lúa đạt 60 tạ mỗi héc-ta.",
  ]),
  // a dimension's noun before `hơn` is no comparison
  examples({ kind: "length", value: 12500, unit: "km", qualifier: "over" }, ["Tổng chiều dài hơn 12.500 km đường giao thông."]),
  // grams by their symbol, as by their word (never a count of `g`)
  examples({ kind: "mass", value: 325, unit: "g" }, ["Lực lượng chức năng thu giữ 325 g ma túy đá.", "thu giữ 325 gam ma túy"]),
  examples({ kind: "mass", value: 8.2, unit: "g", per: "l" }, ["Độ mặn tại cống đo được 8,2 g/l lúc sáng nay."]),
  // fine dust by its microgram (never a count of `µg`)
  examples({ kind: "mass", value: 185.6, unit: "µg", per: "m3" }, ["Nồng độ bụi mịn PM2.5 đo được 185,6 µg/m3."]),
  // a hedge before grams, no time of day after them: a mass, no clock
  examples({ kind: "mass", value: 15, unit: "g", qualifier: "about" }, ["Thu giữ khoảng 15g ma túy đá."]),
  // (the clock's comma only after a word opening the sentence: `Sau 17g, …`)
  examples({ kind: "mass", value: 12, unit: "g" }, ["Đối tượng tàng trữ 12g, cất giấu trong nhà."]),
  examples({ kind: "mass", value: 0.5, unit: "mg", per: "l" }, ["Hàm lượng sắt 0,5 mg/l, dưới ngưỡng cho phép."]),
  // a concentration's basis, one measure or a hundred millilitres (no volume of its own)
  // the thing measured, then one of the basis (`/1 khẩu/1 tháng`)
  examples({ kind: "mass", value: 10, unit: "kg", per: "khẩu/tháng" }, ["Cấp 10 kg gạo/1 khẩu/1 tháng cho hộ nghèo."]),
  examples({ kind: "mass", value: 0.25, unit: "mg", per: "1 lít" }, ["Nồng độ cồn 0,25 miligam/1 lít khí thở."]),
  examples({ kind: "mass", value: 50, unit: "mg", per: "100 mililít" }, ["Nồng độ cồn 50 miligam/100 mililít máu."]),
  examples({ kind: "mass", value: 3.5, unit: "kg" }, [
    "mỗi hộ được hỗ trợ 3,5 kg giống lúa",
  ]),
  examples({ kind: "volume", value: 2000, unit: "m3", per: "ngày đêm" }, ["Nhà máy nước có công suất 2.000 m3/ngày đêm.", "công suất 2.000 m3/ngày đêm, cấp cho các xã"]),
  examples({ kind: "volume", value: 500, unit: "m3" }, [
    "nạo vét 500 m3 đất bùn",
    "nạo vét 500m3 kênh mương",
  ]),
  examples({ kind: "volume", value: 1200, unit: "lít" }, [
    "phun 1.200 lít hóa chất khử trùng",
  ]),
  examples({ kind: "length", value: 1480, unit: "m" }, [
    "hiến 1480m tường rào để mở rộng đường",
  ]),
  examples({ kind: "length", value: 1800, unit: "mm" }, [
    "tổng lượng mưa cả năm 1.800 mm",
    "lượng mưa đo được 1.800mm",
  ]),
  examples({ kind: "length", value: 2.5, unit: "cm" }, [
    "mặt đường được thảm lớp bê tông nhựa dày 2,5 cm",
  ]),
  examples({ kind: "volume", value: 250, unit: "ml" }, [
    "mỗi người hiến 250 ml máu",
  ]),
];
