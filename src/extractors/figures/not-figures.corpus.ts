/**
 * Texts with numbers that are NOT figures: dates, times, years and periods,
 * labels and ordinals, document numbers, phone numbers, number words used as
 * articles, anniversaries and badges.
 */
export const NOT_FIGURES_CORPUS: string[] = [
  // a line that ends its sentence, or a heading, is not wrapped onto the next: `2025` is no count of `đồng chí`
  "Kết quả thực hiện nhiệm vụ năm 2025.\nđồng chí Bí thư phát biểu kết luận.",
  "II. Phương hướng nhiệm vụ năm 2025\n- phấn đấu hoàn thành các chỉ tiêu.",
  // `số liệu` (data) opens no noun-first count
  "Theo số liệu thống kê của xã là 850.",
  // a number ending a name, then where it is; a house number before its street
  "Khu công nghiệp Vsip 2 tỉnh Bình Dương thu hút thêm vốn đầu tư.",
  "Khối Hải Giang 1 phường Nghi Hải ra quân dọn vệ sinh.",
  "Trụ sở đặt tại số 27 Trần Xuân Soạn.",
  "Công an kiểm tra quán bar Phương Lâm (44 Gò Dầu, Tân Phú, TP HCM).",
  "Hộ ông Nguyễn Văn A (15 Lê Lợi, Phường 2) được hỗ trợ sửa nhà.",
  // a map sheet's number, after `số` (not "digital")
  "Thửa đất số 45, tờ bản đồ số 7 thôn Đông thuộc quy hoạch.",
  // a place's name before the colon, no unit above the list: no count of communes
  "Kết quả thu ngân sách của các xã:\n- Xã An Hòa: 1.250\n- Xã Bình Minh: 980",
  // days of every month, and days of a month from one to another
  "Chợ phiên họp vào các ngày 5 và 6 hàng tháng.",
  "Lễ hội làng diễn ra từ mùng 8 đến 10 tháng Giêng.",
  // a product's name, more in fewer
  "Trạm y tế tiêm vắc xin 5 trong 1 cho trẻ.",
  // a formula or a name with a plus; the name of the two-tier model of local government
  "Trường thành lập học bổng 1 + 1 nhằm khen thưởng học sinh.",
  "Xã vận hành mô hình chính quyền địa phương 2 cấp ổn định.",
  // a table's number before `kèm theo`
  "Chi tiết theo Biểu 6 kèm theo báo cáo.",
  // a number word in capitals mid-sentence is part of a name; one in a programme's quoted name names it
  "Người dân ra quân dọn vệ sinh kênh Ba Bò sáng Chủ nhật.",
  "Huyện triển khai Chương trình “Chăm sóc dinh dưỡng 1.000 ngày đầu đời” trên toàn địa bàn.",
  "Cuộc vận động “5 không, 3 sạch” được phụ nữ hưởng ứng.",
  // a short quoted name after another word than its trigger
  "Nhiều mô hình phát huy hiệu quả như: “Bữa cơm 0 đồng”, “Vòng tay nhân ái”.",
  "Đồng chí quán triệt Chỉ thị của Thành ủy về “3 xây – 3 chống” đến toàn thể cán bộ.",
  'Chiến dịch triển khai theo nguyên tắc "3 chung" trên toàn thành phố.',
  "Huyện hưởng ứng mô hình “Ngày hội 1.000 cây xanh” của tỉnh.",
  // a grade, the school year after it; a team in this year
  "Học sinh lớp 12 năm học 2023 - 2024 đạt kết quả tốt.",
  "Học sinh lớp 12 năm nay đạt kết quả tốt.",
  "Tổ 3 năm nay đã hoàn thành kế hoạch.",
  // an hour of a weekday, `vào` an hour; the age of a tradition
  "Các chi bộ báo cáo kết quả trước 16 giờ thứ sáu hằng tuần.",
  "Hội nghị bắt đầu vào 22 giờ.",
  "Hội nghị ôn lại truyền thống 94 năm của Mặt trận.",
  // opening hours: from one hour of the day to another
  "Bộ phận một cửa tiếp dân từ 7 giờ đến 11 giờ hằng ngày.",
  "Bộ phận một cửa làm việc từ 7 giờ 30 đến 17 giờ.",
  "Xe thu gom rác chạy từ 17h đến 21h hằng ngày.",
  // an age says who is meant: a bracket, a threshold, a person's
  "tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng giảm",
  "Thanh niên trong độ tuổi từ 18 đến 25 tuổi đăng ký khám sức khỏe.",
  "Anh Giàng A Gà (25 tuổi) cho biết gia đình đã thoát nghèo.",
  "Người từ 60 tuổi trở lên được cấp thẻ bảo hiểm y tế.",
  // a form's fields: which one, a score, an age, a year
  "Lớp: 12. Tổ: 3. Thôn: 4.",
  "Điểm: 8; tuổi: 45.",
  "Ông Nguyễn Văn An, năm sinh: 1970.",
  // anniversaries of a named day, and `nhân` (on the occasion of)
  "Chào tháng 10, Hội trao quà nhân 92 năm Ngày Phụ nữ Việt Nam.",
  "Tỉnh tổ chức gặp mặt 79 năm Ngày Thương binh - Liệt sĩ.",
  "Các chi bộ tuyên truyền 64 năm ngày Bến Tre Đồng khởi (17/01/1960 – 17/01/2024).",
  // a free shop's or meal's name, unquoted
  "Gian hàng 0 đồng mở cửa vào sáng thứ Bảy hằng tuần.",
  "Hội Phụ nữ duy trì siêu thị mini 0 đồng cho hộ nghèo.",
  "Đoàn xã duy trì Bữa cơm 0 đồng cho bệnh nhân nghèo.",
  // half of a span or of a thing, no amount
  "Trong nửa đầu năm, xã tập trung xây dựng đường giao thông.",
  "Sau nửa tháng, công trình hoàn thành.",
  // `một số` is some, `một trong những` one of, however `chỉ` bounds them
  "Xã chỉ còn một số hộ chưa hoàn thành.",
  "Không chỉ có một lần mà nhiều lần, đoàn đã đến thăm.",
  "Chỉ một bộ phận nhỏ cán bộ vi phạm.",
  "Đây chỉ là một trong những nguyên nhân.",
  "Các anh em trong đơn vị luôn đoàn kết, giúp đỡ nhau.",
  "Đến 2015 vợ chồng anh Nam đã xây được nhà mới.",
  // a vessel's or a wind's number before what it does, a page's counter before its print button
  "Gió giật cấp 12 kéo dài nhiều giờ.",
  "Tàu SAR 412 đưa các thuyền viên gặp nạn vào bờ.",
  "Tàu CSB 8004 tiếp cận hiện trường lúc sáng sớm.",
  "Đã xem: 389   In   Gửi email",
  // an exercise's number, a football's format
  "Chiến sĩ bắn bài 1 đạt loại giỏi.",
  "Đoàn xã tổ chức giải bóng đá 7 người chào mừng đại hội.",
  "Tuyên truyền kỷ niệm 94 năm Ngày thành lập Đảng, 64 năm ngày Bến Tre Đồng khởi và 78 năm Toàn quốc kháng chiến.",
  // a table's row of addresses or of money without its unit
  "Họ tên\tĐịa chỉ\nSố nhà\t12",
  "Số vào sổ\t1234\nSố hộ khẩu\t123456",
  // a lunar month's day
  "Chiều 20/1 (tức 21 tháng Chạp), hội viên gói bánh chưng.",
  "Sáng 10/2 (tức 13 tháng Giêng năm Ất Tỵ), phiên giao dịch khai mạc.",
  // days listed before their month, anniversaries joined by `và`
  "Vào ngày 13,14 tháng 12 tổ chức hội nghị.",
  "Lễ kỷ niệm 50 năm thực hiện Di chúc và 50 năm ngày mất của Người.",
  // a day kept every year, a section's number opening a line
  "Ngày hội Đại đoàn kết toàn dân tộc 18-11 hằng năm",
  "2.5 Uỷ ban kiểm tra giúp cấp uỷ tiến hành kiểm tra",
  // which one, by its number, in a form
  "Hộ số: 5. Nhà số: 15. Đội sản xuất: 4.",
  // roads named by number, a download's size
  "Đường tỉnh 832 đoạn qua xã được nâng cấp.",
  "Dự án Vành đai 4 đoạn qua huyện khởi công.",
  "Tải về tệp đính kèm (1,2 MB).",
  // a page's "hours ago"
  "Đăng 4 giờ trước",
  "Cập nhật 15 phút trước",
  // dates and times
  "Sáng ngày 15/10, Đảng ủy phường tổ chức hội nghị.",
  "Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị",
  "Thứ hai - 10/06/2024 06:03",
  "Cập nhật: Thứ sáu, 1/3/2024 | 7:41:48 AM",
  "từ tháng 8/2023 và dần đi vào nề nếp",
  "Trong tháng 5.2015 tổng lượt khách tăng mạnh",
  "Kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9 nước Cộng hòa xã hội chủ nghĩa Việt Nam",
  "Chào mừng lễ 30/4 trọng thể",
  "ngày 18 tháng 5 năm 2021",
  "Hội nghị diễn ra lúc 8 giờ sáng",
  // an hour of the clock after a deadline's `trước`, a count's `Tính đến`, a clause's `Đến`, and both ends of a day's hours
  "Các tổ bầu cử kết thúc bỏ phiếu trước 17 giờ.",
  "Tính đến 16 giờ, cử tri đã đi bầu đông đủ.",
  "Đến 17 giờ, đám cháy được khống chế hoàn toàn.",
  "Cử tri đi bầu từ 7 giờ đến 19 giờ.",
  // a rating box's count of ratings
  "Bảng tin Tuổi Trẻ Sao: 4.8 (12.508 đánh giá)",
  // a day and month before a word opening with a prize's `giải`
  "Từ 15/3 giải chạy bộ của huyện diễn ra sôi nổi.",
  // a total is no counted noun
  "Việc này chiếm 2/3 tổng số thời gian của hội nghị.",
  // `lúc` with the minutes too: the minutes are no `30 ngày`
  "Lúc 17 giờ 30 ngày 3-2, tại hội trường",
  "vào lúc 9 giờ 45 phút sáng nay",
  "hồi 14h30 ngày 12/5",
  "khai mạc vào 7h30 ngày 2/9",
  "hôm 3/2 vừa qua",
  "Chiều 25/12, tại hội trường",
  "chào mừng Quốc khánh 2/9 năm 2024",
  "Năm học 2023-2024 toàn huyện",
  // a table's header row: years head the columns; a row label is no unit
  "Chỉ tiêu\tĐVT\t2023\t2024",
  "STT\tNội dung\t2024",
  "Xã\tSố hộ\t120",
  "3\tLê Văn Cường\tĐảng viên\t38",
  "Lớp\tSĩ số\tĐiểm\t8,5",
  // a bar in a date line or a counter is no table
  "Ngày đăng: 28/06/2024 | Lượt xem: 312 | Người đăng: Văn phòng",
  "Chỉ tiêu | ĐVT | 2023 | 2024",
  // the basis of a rate: value `per` one hectare, not an area of over one hectare
  "Giá trị sản xuất trên 1 ha đất canh tác ngày càng tăng.",
  "Thu nhập bình quân trên 1 ha đất trồng lúa được nâng lên rõ rệt.",
  // a road's chainage: kilometre 15 plus 200 metres, a place
  "Sạt lở tại Km 15+200 Quốc lộ 4A đã được khắc phục.",
  // a multiplier: `gấp 1,5 lần` is how many times as much, not a number of occasions (`3 lần` is)
  "Thu ngân sách gấp 1,5 lần cùng kỳ năm trước.",
  "Sản lượng tăng gấp 2 lần so với năm 2020.",
  "Thu nhập bình quân đầu người tăng 2,6 lần so với năm 2015.",
  "Giá trị sản xuất cao hơn 3 lần so với trồng lúa.",
  // campaign names
  "Cuộc vận động \"Xây dựng gia đình 5 không, 3 sạch\" được hưởng ứng.",
  "phong trào \"Sinh viên 5 tốt\", \"Phụ nữ 2 giỏi\"",
  // a rating widget
  "(0 Bình chọn)",
  // a year and month (`2024-03`), a time after a comma, a page's counters, `lần lượt` ("respectively"),
  // number words in names
  "Cập nhật 2024-03 Huyện Yên Sơn tổ chức hội nghị.",
  "Đăng lúc 2023-11 Năm nay xã trồng rừng.",
  "Khoảng 21 giờ, ngày 3/4, tổ tuần tra phát hiện vụ việc.",
  "Thứ Ba, 05/03/2024 | 842 lượt xem | 4 bình luận",
  "Bình Dương và Đồng Nai xếp thứ 2 và 3 lần lượt là những tỉnh dẫn đầu.",
  "Số hộ khá tăng ít nhất 1,5 lần.",
  "Cựu chiến binh Hồ Bảy năm nay vẫn tham gia sinh hoạt.",
  "Đảng bộ xã Hòa Ba tổ chức đại hội.",
  // a date with its year after a day word, and ISO dates
  "Ngày 25-4-2019 đồng chí Trương Thị Mai về thăm xã.",
  "2025-10-26 Dân vận khéo ở xã vùng cao",
  "Ngày 2024-06-10 hội nghị được tổ chức.",
  // an hour of a named day or part of a day is a time
  "Tính đến 17 giờ ngày 10/9, mưa lớn đã gây ngập nhiều nơi.",
  "Đến 9 giờ sáng 10/9 vẫn chưa tìm thấy nạn nhân mất tích.",
  "Khoảng 23 giờ ngày 05/11, tổ công tác phát hiện vụ việc.",
  // days listed after one, and a day of every year
  "Nhân dịp 3/2 và 19/5 hằng năm, Đảng bộ trao Huy hiệu Đảng.",
  "Tổ chức các hoạt động chào mừng 19/5 hằng năm.",
  "Vào các ngày 2/9, 19/5 và 3/2, nhà trường tổ chức dâng hương.",
  // a temperature and a rating: no kind holds them
  "Nhiệt độ ngoài trời lên tới 38 độ C, có nơi trên 40 độ.",
  "Nắng nóng gay gắt, nhiệt độ cao nhất 39°C.",
  "Toàn huyện có thêm sản phẩm OCOP đạt 4 sao.",
  // a name's number before its verb, after a word in Title Case inside the sentence
  "Cầu Mỹ Thuận 3 hợp long vào sáng nay.",
  "Nhà máy thủy điện Đăk Mi 4 xả nước về hạ du.",
  "Công trình cầu Tó 2 hoạt động ổn định.",
  // symbols of measures no kind holds: engine power, electric power; a mobile network's generation, no grams
  "Các thôn vùng cao đã được phủ sóng 4G và 5G.",
  // an evening's hour until which something runs; a part of a time, a multiple; a rice's grade by its broken grains
  "Cửa khẩu làm việc đến 22 giờ.",
  // a place's row under a column of counts; a vessel's name and number before its verb
  "Nội dung\tSố lượng\nXã Tân Lập\t7",
  "Nội dung\tSố lượng\nTrường THCS Kim Đồng\t45",
  "Nội dung\tSố lượng\nTổ 1\t25",
  // an address's number after `số nhà`
  "Cơ sở kinh doanh đặt tại số nhà 41, đường Lê Lợi.",
  // an amount of energy after a scale word (no money); a name's number before its size's word
  "Sản lượng điện thương phẩm năm nay đạt 6,7 tỷ kWh.",
  "Cụm công nghiệp Thanh Hải 2 quy mô lớn nhất tỉnh.",
  // the year of a grade (`năm` before a noun and its label's number)
  "Năm lớp 11, em từng đoạt giải Nhì môn Toán.",
  // a code padded with zeros
  "Mặt hàng cà phê mã HS 0901 xuất khẩu tăng mạnh.",
  // the southern clock before a clause's comma; an evening's hour until which an event runs
  "Sau 17g, lượng xe qua cầu tăng mạnh.",
  "Đêm hội diễn ra đến 23 giờ.",

  "Mức thưởng tương đương 1,5 lần mức lương cơ sở.",
  "Giá gạo 5% tấm tiếp tục tăng nhẹ.",
  // a lunar date's year by its name (no span of 17 years)
  "Đại lễ diễn ra vào ngày 24/5 (tức 17/4 năm Giáp Thìn).",
  "Nhà mạng đã triển khai 3 G tại các xã vùng cao.",
  // the southern press's clock, an hour with `g`: no grams
  "Lúc 8g sáng nay, hội nghị đã khai mạc.",
  "Từ 7g đến 11g, đoàn làm việc tại xã.",
  "Đến 20g cùng ngày, đám cháy được dập tắt.",
  "Tàu cá có công suất 400 CV trở lên phải lắp thiết bị giám sát.",
  "Trạm biến áp có công suất 750 kVA đã được đóng điện.",
  // a document's number and its date
  "Thực hiện Nghị quyết 35 ngày 22/10/2018 của Bộ Chính trị.",
  // `số` after `có` is no noun-first figure
  "Số hộ có 4 thế hệ cùng chung sống.",
  // `năm` the year: a pivotal year, a zodiac year, the whole year
  "Năm bản lề của nhiệm kỳ.",
  "Đón Tết năm con Rồng vui vẻ, an toàn.",
  "Tính chung năm tổ chức được nhiều hoạt động.",
  // `năm` is the year after these words, whatever noun follows
  "Trong năm xã đã tổ chức nhiều hội nghị.",
  "Mỗi năm hộ gia đình đều đóng góp ngày công.",
  "Cả năm người dân đều phấn khởi.",
  "kết quả quý I/2024 và tháng 12",
  // years and periods
  "nhiệm kỳ 2020 - 2025",
  "giai đoạn 2021-2025",
  "MTTQ HTXSNV (2021, 2022, 2023)",
  "Hội Nông dân năm 2021, 2022 HTXSNV, 2023 hoàn thành tốt nhiệm vụ",
  "từ những năm 2000 đến nay",
  "trước năm 2030",
  // labels and ordinals
  "mô hình camera an ninh Tổ 10, Tổ 12",
  "Ủng hộ quỹ tại tổ 4 phường Sông Hiến",
  "Chi bộ tổ dân phố số 2 có nhiều cố gắng",
  "Dự án các điểm tái định cư số 1, số 3",
  "khu tái định cư 2; các dự án phát triển đô thị 7A, 9A, 10A",
  "Dự án Đường nối QL3-QL4",
  // a road's code in capitals, a dot or a space before its number, then the next word
  "Hệ thống biển báo trên tuyến ĐT.741 đoạn qua xã Đức Tân đã xuống cấp.",
  "Vụ va chạm xảy ra trên QL 14 hướng đi Buôn Ma Thuột.",
  "Tuyến HL.2 nối trung tâm xã với quốc lộ.",
  // a vehicle's plate, its seats as its class; a unit or a committee named by its number; an order's number
  "Ô tô tải BKS 73C - 031.16 chở bò đỗ bên đường.",
  "Chị Hoa điều khiển xe máy biển số 59N2-760.10 lưu thông trên đường tỉnh.",
  "Chiếc ô tô 16 chỗ va chạm với xe tải.",
  "Trung tâm 114 điều động lực lượng đến hiện trường.",
  "Ban Chỉ đạo 138 tỉnh tổ chức hội nghị sơ kết công tác.",
  "Công an thành phố ban hành mệnh lệnh 01 mở đợt cao điểm.",
  // a label's list going on before a name; a work's name ending on its number before its day; a slogan of two syllables
  "Bến số 5, 6 Cảng Cửa Lò đã hoàn thành.",
  "Nhà máy thủy điện Đa Nhim 2 ngày 5/10 đã mở cửa xả.",
  'Lực lượng vũ trang thực hiện tốt "3 sẵn sàng".',
  // a wind's grade before the storm's heading; electrical units
  "Bão số 5 giật cấp 12 hướng vào Quảng Ninh.",
  "Trạm có tổng dung lượng 252 MVA.",
  "Hộ gia đình lắp 6 kWp điện mặt trời mái nhà.",
  // the statistics office's basis, one person one month; not a single đồng; `năm` after an average is the year's
  "Thu nhập bình quân 1 người 1 tháng năm 2024 tăng mạnh.",
  "Anh không lấy của ai một đồng nào.",
  "Không ai mất 1 đồng nào.",
  // a shop's or a market's name with its price
  'Hội tổ chức phiên "Chợ nhân đạo 0 đồng" cho người nghèo.',
  'Quán "Cơm 5.000 đồng" phục vụ người lao động.',
  "Bếp ăn 0 đồng phục vụ bệnh nhân nghèo.",
  // a document's code after its word in lower case, loosely written; an address's room; idioms of days
  "Thực hiện kế hoạch 15 KH/UBND ngày 3/3/2024 của tỉnh.",
  "Ban hành quyết định 1234 QĐ-UBND về việc này.",
  "Địa chỉ: nhà 5 phòng 302, đường Trần Phú.",
  "Năm bữa nay trời mưa.",
  "Hai bữa trước, đoàn đã đến thăm bà con.",
  "Liên hệ nhà 8 phòng 12 khu tập thể.",
  "Tốc độ tăng dân số bình quân năm giai đoạn 2019 - 2024 chậm lại.",
  "Thu nhập bình quân năm hộ gia đình tăng khá.",
  // a story's reading time and a rating's votes, the page's
  "Bài viết đã được kiểm duyệt | 5 phút đọc",
  "Thời gian đọc: 3 phút",
  "Thời gian đọc 3 phút\nBài viết đã được kiểm duyệt",
  "Bình chọn: ★★★★☆ (12 lượt)",
  // a mark a paper got, after `điểm` alone (a compound opens a score: `điểm trung bình 6,45`)
  "Bài thi môn Văn của em đạt điểm 10.",
  // an article of a law after a sentence's first word, and in lower case before a document
  "Theo Điều 5 Luật Phòng cháy, chữa cháy, mọi người phải tham gia.",
  "Việc này được nêu tại điều 3 văn bản trên.",
  "Theo quy định tại điều 5 người lao động có quyền từ chối làm việc.",
  // a day and month with a dot, after `ngày`
  "Công an xác định ngày 8.7 Phát còn thực hiện vụ trộm khác.",
  // a multiplier's range or pair; a wind's grade and its gusts
  "Giá sầu riêng cao gấp 2 - 3 lần năm trước.",
  "Giá cà phê hiện nay gấp 2, 3 lần so với cùng kỳ năm ngoái.",
  "Trên đất liền có gió mạnh cấp 6 giật cấp 8.",
  // a page's counter in the stamp's line; a rating's votes after its score
  "Thứ Ba, 05/03/2024 | 842 lượt xem | Bình luận",
  // a rank, no noun after it
  "Đội tuyển được xếp hạng 2 trong danh sách.",
  "Mật độ 5 nghìn/km2 ở nội thị.",
  'Hai tiếng "đồng chí" vang lên thiêng liêng.',
  // a banknote's value before what it is: no count of `giả` (fake)
  "Có hôm bà nhận phải tờ 200 nghìn giả.",
  // a grade's or a model's number after its code counts no word after it
  "Xăng RON 92 dùng để pha chế nhiên liệu sinh học.",
  "Gạo ST 25 bán ra rất chạy dịp cuối năm.",
  "Giá vàng nhẫn 9999 bình quân ở mức cao.",
  // no price by a span's basis, no money lost before what it counts, a rank among the top, a classifier with no thing
  "Các ca mắc mới tăng thêm 2 nghìn/ngày trong tuần qua.",
  "Sau sự cố, trang web mất 2 triệu lượt truy cập.",
  "Vinamilk được xếp hạng 10 doanh nghiệp lớn nhất Việt Nam.",
  "Bệnh viện được xếp hạng 1 bệnh viện tuyến tỉnh.",
  // a part with `là` counts people only: `con số` is a figure's word
  "Theo ông, 5 nghìn là con số rất nhỏ so với nhu cầu.",
  // a head's or a trip's basis is a price only after a sale's word
  "Phà chở 1 nghìn/lượt vào dịp cao điểm.",
  "Người dân hai bức xúc về tình trạng ô nhiễm.",
  // an evening's hour of every day after `sau`; a grade's number after `loại`
  "Yêu cầu thu dọn bàn ghế sau 22 giờ hằng ngày.",
  "Giá cam V2 loại 1 bán tại vườn khá cao.",
  // a label's number then the year it falls in; a year listed after a year
  "Bồi dưỡng kiến thức quốc phòng cho đối tượng 4 năm 2024.",
  "Các năm 2023 và 2024 tỉnh đều đạt kế hoạch.",
  // an age group's bounds
  "Tỷ lệ người trong độ tuổi 15 - 60 biết chữ được duy trì.",
  "Học sinh lứa tuổi 16 - 18 học sinh tham gia.",
  "Nhóm tuổi từ 60 đến 79 được quan tâm.",
  // an indicator's basis of so many young people after its acronym's slash; a programme named after its round goal
  "Chỉ số phát hiện AFP/100.000 trẻ dưới 15 tuổi chưa đạt yêu cầu.",
  "Hưởng ứng Đề án trồng 1 tỷ cây xanh giai đoạn 2021 - 2025, xã đã ra quân.",
  "Cuộc vận động 1 triệu sáng kiến được phát động rộng rãi.",
  // a number word before a guess: a side, a way, a parent, a plant's kind, ten-odd, which one after a noun, a name
  "Các bên đã thống nhất hai bên cùng có lợi.",
  "Tuyến đường hai chiều được mở rộng.",
  "Ba mẹ em đều làm nông.",
  // (one word that is also another: a father, a backpack, a turtle, ripe, a rice; a saying's pair; a lunar month)
  "Ba tôi là thương binh.",
  "Các em được tặng ba lô và sách vở.",
  "Mô hình nuôi ba ba thương phẩm cho thu nhập khá.",
  "Lúa chín vàng trên khắp cánh đồng.",
  "Gạo tám thơm được người dân ưa chuộng.",
  "Cả đời bà một nắng hai sương.",
  "Lễ hội diễn ra vào tháng hai âm lịch.",
  "Rừng trồng thông ba lá phát triển tốt.",
  "Mười mấy năm qua ông gắn bó với nghề.",
  "Em học lớp ba trường làng.",
  "Đường Hai Bà Trưng được lát đá.",
  "Khu di tích có ba ngôi sao vàng được gắn trên cổng.",
  // (a number in words with no scale of millions is no sum: `vài trăm` is none)
  "Có hàng triệu người xem trực tiếp buổi lễ.",
  "Đồn Biên phòng 621 tổ chức lễ ra quân.",
  "Tốc độ tăng trưởng xếp hạng 16 cả nước.",
  // a toolbar's fields parted by wide spaces: a counter counts no button after it
  "Cập nhật: 09:30 - 05/08/2024   Lượt xem: 356   Bản in   Gửi email",
  "05/08/2024   Bình luận: 12   Thích: 45   Chia sẻ",
  // an aggregator's "hours ago" glued to its next link
  "5 giờ trướcBài gốc",
  "Đánh giá: 4.5/5 (12 phiếu)",
  // a period's year after its slash; a rank among provinces
  "Báo cáo tình hình kinh tế quý II/2024 tỉnh Gia Lai đã được ban hành.",
  "Tỉnh xếp 8/63 tỉnh, thành phố về chỉ số PCI.",
  "Thị xã có Khóm 1 và Sóc 3 đạt chuẩn văn minh đô thị.",
  "Ban Chỉ đạo 35 Đảng ủy xã họp phiên thường kỳ.",
  "BCĐ 389 quốc gia kiểm tra công tác chống buôn lậu.",
  "Số thu ngân sách tăng 12 so với cùng kỳ.",
  // the second of two anniversaries celebrated together
  "Huyện tổ chức kỷ niệm 95 năm Ngày thành lập Đảng và 30 năm tái lập huyện.",
  "Tọa đàm kỷ niệm 134 năm Ngày sinh Chủ tịch Hồ Chí Minh và 55 năm thực hiện Di chúc của Người.",
  "Tầng 4, Trụ sở Tỉnh ủy, Km5, phường Đề Thám",
  "Đại hội lần thứ XVIII của Đảng bộ",
  "xếp thứ 3 toàn tỉnh",
  "Chỉ số PCI xếp thứ 12/63 tỉnh, thành phố",
  "dịch Covid-19 vẫn diễn biến phức tạp",
  "(1) Nâng cao nhận thức cho cán bộ",
  "1. Công tác xây dựng Đảng",
  "Điều 5 Luật Thi đua khen thưởng",
  // document numbers
  "thực hiện Chỉ thị 05 bám sát nhiệm vụ chính trị",
  "theo tinh thần Nghị quyết Trung ương 4 khóa XII",
  "Quyết định số 489/QĐ-TTg của Thủ tướng",
  // phone numbers and contacts
  "Điện thoại: 0206 3855 011 - Email: bbt@example.vn",
  "Đường dây nóng 0912.345.678",
  "ĐT: (0206) 3855 011, Hotline 1900 1234",
  // number words that are articles, not counts
  "là một nhiệm vụ khó",
  "mở ra một trang mới cho phát triển",
  "thực hiện một số dự án trọng điểm",
  "một trong những nhiệm vụ đột phá",
  "hàng tỷ đồng được huy động",
  "tỷ lệ hộ nghèo giảm mạnh",
  "trong năm xã đã làm được nhiều việc",
  // anniversaries and badges
  "trao Huy hiệu 30 năm tuổi Đảng cho đảng viên",
  // years in the Party without `năm`, and a badge's list
  "Cụ Nguyễn Văn An, đảng viên 65 tuổi Đảng, được trao Huy hiệu.",
  "trao Huy hiệu 30 năm, 40 năm và 50 năm tuổi Đảng cho các đảng viên",
  "Đảng bộ trao huy hiệu cho các đồng chí 60 năm, 55 năm và 50 năm tuổi Đảng.",
  // a name's number before an ordinal; a while; a name's number before its verb
  "Đại hội Đảng bộ xã Tam Xuân 2 lần thứ VII thành công tốt đẹp.",
  "Sau 1 thời gian ngắn, công trình đã hoàn thành.",
  "Xã Sơn Kim 1 ký cam kết thực hiện nếp sống văn minh.",
  "kỷ niệm 70 năm Ngày thành lập Đảng bộ tỉnh",
  // a stamp's month in words (no span of 5 months)
  "Được viết ngày Thứ Sáu, 05 Tháng tư 2024",
  "Thứ hai, 20 Tháng Năm 2024",
  // every March, every 26 March: the month or the day named (an amount for each follows `mỗi tháng 30 kg`)
  "Vào mỗi tháng 3 hằng năm, Đoàn Thanh niên xã ra quân làm đường giao thông.",
  "Mỗi tháng 7 tri ân, Đoàn xã tổ chức dọn dẹp nghĩa trang.",
  "Hằng năm, vào mỗi dịp 26/3 đoàn viên thanh niên ra quân tình nguyện.",
  // a rate of the noun before counts none of it
  "Số hộ nghèo giảm mạnh, tỷ lệ hộ nghèo giảm từ 5,2 xuống còn 3,1.",
  // a national target programme's number, and a project of it named in capitals
  "Tỉnh phân bổ vốn Chương trình MTQG 1719 năm 2024.",
  "Thực hiện Chương trình MTQG 1719 giai đoạn 2021 - 2025.",
  "Triển khai Dự án 5 Chương trình MTQG 1719 tại xã.",
  // an hour of the same day, its minutes after a dot; round the clock; a start's hour; hours of evenings
  "Chương trình nghệ thuật bắt đầu từ 20 giờ.",
  "Đêm hội diễn ra từ 20 giờ đến 22 giờ 30 các tối 29 và 30/4.",
  "Đại hội được khai mạc lúc 07.30 phút tại nhà văn hóa xã.",
  "Vào khoảng 6 giờ cùng ngày, người dân phát hiện đám cháy.",
  "Lực lượng chức năng trực 24/24 giờ tại chốt, tổng đài hoạt động 24/7.",
  // a vessel's registration with its province's code in mixed case; a weapon's calibre
  "Tàu cá QNg 95468 TS bị nạn trên biển.",
  "Khẩu đội súng cối 82mm bắn đạt loại giỏi.",
  "Súng máy 12,7 mm được bảo quản tốt.",
  "Khẩu pháo 105 ly được trưng bày tại bảo tàng.",
  // units numbered as their names
  "Lữ đoàn 147 Hải quân tổ chức lễ kỷ niệm.",
  // thousands of people, no money: nothing paid, no money's word in the clause (`lương thực` is food)
  "Dân số 120 nghìn.",
  "Sản lượng lương thực năm nay đạt 585 nghìn.",
  "Dân số toàn tỉnh hơn 1,2 triệu, trong đó nhiều hộ đã đóng bảo hiểm y tế.",
  // a land price's position on its street
  "Giá đất vị trí 2 đường Lê Lợi được điều chỉnh tăng.",
  // (a rank and six months, not 6 May: `năm` is May only after a weekday in words)
  // a dose's number
  "Trẻ được tiêm mũi 2 vắc xin sởi.",
  // a grade of disability
  "Đoàn thăm, tặng quà thương binh 2/4 Nguyễn Văn Bình.",
  // a stamp's "days ago"
  "Cập nhật: 2 ngày trước | Lượt xem",
  "Đăng: 3 tuần trước",
  // a day named in lower case, its date in brackets
  "Hội tuyên truyền 51 năm ngày ký Hiệp định Pari (27/01/1973).",
  "Tuyên truyền 70 năm ngày ký Hiệp định Giơ-ne-vơ (1954 - 2024).",
  // a number ending a name, then a word the lexicon does not count; a project's part, a ranking; double digits
  "Cầu Cái Sơn 2 dài nhất tỉnh đã thông xe.",
  "Nhà máy nhiệt điện Vũng Áng 2 công suất lớn nhất khu vực.",
  "Dự án thành phần 1 cao tốc Bắc - Nam đoạn qua tỉnh.",
  "Tỉnh lọt tốp 5 địa phương dẫn đầu cả nước.",
  "Tăng trưởng kinh tế đạt 2 con số, hai con số.",
  // a house number and a street named after a person, whatever word comes before; a day of the lunar new year
  "Vụ ngộ độc xảy ra tại cơ sở 644 Nguyễn Thị Định, phường Thạnh Mỹ Lợi.",
  "Chiều 29 Tết, lãnh đạo tỉnh đến thăm bệnh nhân.",
  "Đêm 30 Tết, các y bác sĩ vẫn trực tại bệnh viện.",
  // a number ending a name, then the sentence's verb; a village's number in lower case
  "Cán bộ thôn Phú Thọ 2 hướng dẫn người dân kê khai.",
  "Sáng 4/6, Trung đoàn Bộ binh 890 tổ chức lễ tuyên thệ.",
  "Ủy ban MTTQ Việt Nam Phường 1 tổ chức hội nghị giao ban.",
  "“Các em rất vui”, thầy hiệu trưởng Trường Tiểu học Mỹ Lý 2 chia sẻ.",
  "Ban quản lý khu dân cư 12 cắm biển cấm đổ rác.",
  // a crossroads, an age in months, a weapon's calibre, a programme's number before its period
  "Đoàn dâng hương tại Ngã ba Đồng Lộc.",
  "Trẻ 9 tháng tuổi được tiêm vắc xin sởi.",
  "Đơn vị được trang bị súng máy phòng không 12,7mm.",
  "Chương trình 135 giai đoạn 2021 - 2025 được triển khai.",
  // a day and month after a deadline's word, then no known noun
  "Huyện bảo đảm đến 30/9 giải ngân hết vốn được giao.",
  // a student's faculty, a programme's phase in Roman numerals, an anniversary after `đã tròn`
  "Em là sinh viên năm hai khoa Luật.",
  "Khu dân cư Nam Sơn 1 tổ chức ngày hội đại đoàn kết.",
  "Từ 2 Tết đến 6 Tết, chợ hoa rất đông khách.",
  "Vào 2 Tết, gia đình đi chúc Tết họ hàng.",
  "Hôm nay là 3 Tết, chợ đã họp lại.",
  "Sáng nay (2 Tết), người dân đi lễ chùa.",
  "Hôm nay là 3 Tết mà chợ đã đông.",
  "Vào 2 Tết gia đình tôi đi chúc Tết họ hàng.",
  "Vụ tai nạn xảy ra tại ngã ba trung tâm xã.",
  "Chỉ tiêu\tNăm 2023\tNăm 2024\nHộ nghèo\t3,5\t2,8",
  "07/10/2024 07:57 GMT+7 Huy Nam - Thanh Hải",
  "Em đạt điểm 9,75 môn Lịch sử.",
  // a number ending a work's name, then what it does
  "Cầu dân sinh Liên Hà 2 bắc qua suối Nậm Lúc.",
  "Hồ chứa nước Sông Quao 3 cấp nước tưới cho vùng lúa.",
  // a grade of a building or a road
  "Nhiều căn nhà cấp 4 mọc lên trên đất nông nghiệp.",
  "Tuyến đường cấp 3 đồng bằng được nâng cấp.",
  "Công trình cấp 2 phải có giấy phép xây dựng.",
  "Em giành tổng điểm 29,5 môn khối C00.",
  "Hộ ông ở thôn 5 Yên Lạc đã thoát nghèo.",
  "Cuộc sống ở Khu phố 2 yên tĩnh hơn trước.",
  "Phường 2 lần đầu tổ chức hội thi.",
  // the evening's hours and a window of the day's hours are of the clock
  "Lực lượng CSGT tuần tra trong khung giờ từ 18 giờ đến 22 giờ hằng ngày.",
  "Xử lý nghiêm các trường hợp vi phạm vào khung giờ sau 21 giờ.",
  "Chương trình phát sóng vào khung giờ vàng 20 giờ.",
  "Trong ngày, 1/5 năm nay, người dân đổ về các điểm du lịch.",
  "Giá đất ở đây vài chục triệu một mét vuông.",
  // `một` and a measure after an amount's scale is its basis, the amount unread
  "Đất bán quanh đó đã 3, 4 triệu một mét.",
  "Đám cháy bùng phát từ 18 giờ đến 22 giờ mới được dập tắt.",
  "Một khối khí lạnh tràn về các tỉnh miền Bắc.",
  "Thửa 123, tờ bản đồ số 5 thuộc quyền sử dụng của hộ ông A.",
  // a label's number, then a place's name opening with a scale's word
  "Thầy cô Trường Tiểu học số 2 Triệu Thượng tham gia.",
  "Hộ ông ở Tổ 5 Triệu Sơn đã thoát nghèo.",
  "Thầy cô TRƯỜNG TIỂU HỌC SỐ 2 TRIỆU THƯỢNG tham gia.",
  "Xã có Tổ 5 Triệu Sơn đạt chuẩn.",
  "Các thôn 2 Triệu Thành tham gia.",
  // a place's or a boat's number before its verb
  "Các khu dân cư Khối phố 2, Khối phố 11 nằm ở vùng trũng.",
  "Tàu BP 26-01-05 lai dắt tàu cá về bờ an toàn.",
  "Giá cà phê loại 1 dao động mạnh trong tuần.",
  "Em giành tổng điểm 29 môn khối A00.",
  // a loss's amount of a counted subject, no money
  "Tổng số gia cầm bị thiệt hại lên tới 1,2 triệu.",
  "Tổng đàn lợn bị thiệt hại lên tới 1,2 triệu.",
  "Lượng gia cầm bị thiệt hại lên tới 1,2 triệu.",
  "Dự án đầu tư hạ tầng giai đoạn 2 KCN Phú Hà đang được triển khai.",
  // a related article's line between the headline and the lead
  "Cà Mau đẩy nhanh giải ngân vốn đầu tư công\nTin liên quan: Quảng Ngãi đẩy nhanh dự án công viên cây xanh 900 tỷ đồng\n\nTheo UBND tỉnh, các chủ đầu tư đang khẩn trương hoàn thiện hồ sơ thanh toán khối lượng hoàn thành trong thời gian sớm nhất.",
  "Bậc học\tNăm 2023\tNăm 2024\nNhà trẻ\t\t\nMẫu giáo\t\t",
  "Chương trình 135 giai đoạn II đã hoàn thành.",
  "Hội Cựu chiến binh đã tròn 35 năm ngày thành lập.",
  "Nhà trường tổ chức lễ kỷ niệm tròn 70 năm kể từ ngày thành lập.",
  "Năm nay, Đảng bộ tròn 95 năm kể từ ngày thành lập.",
  "Công trình phải hoàn thành trước 31/12 năm nay.",
  "Nhân kỷ niệm 79 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2023) và 34 năm Ngày hội Quốc phòng toàn dân, đơn vị giao lưu.",
  // bare numbers with nothing counted
  "Chi bộ 10 có nhiều cố gắng",
  "kết quả đạt 8,5.",
];
