/**
 * People corpus: each entry is the people a text must give (name and role as
 * written) and the many ways reports write them. Sentences are composed for
 * this corpus, not copied from the seed reports. A Vietnamese reader can check
 * every line without reading person.ts.
 */

export interface ExpectedPerson {
  name: string;
  role: string | null;
}

export interface PeopleExample {
  expect: ExpectedPerson[];
  texts: string[];
}

function examples(expect: Array<[name: string, role: string | null]>, texts: string[]): PeopleExample {
  return { expect: expect.map(([name, role]) => ({ name, role })), texts };
}

/** A paragraph long enough to be the lead, so the lines after it are read as the end of an article. */
const LEAD =
  "Thời gian qua, Đảng bộ xã đã lãnh đạo cán bộ, đảng viên và Nhân dân thực hiện tốt các nhiệm vụ chính trị, phát triển kinh tế - xã hội, giữ vững quốc phòng, an ninh trên địa bàn.";
const article = (...tail: string[]) => [LEAD, "", ...tail].join("\n");

export const PEOPLE_CORPUS: PeopleExample[] = [
  // person.honorific, person.role-after, person.role-before: one person, one role, every word order
  examples([["Hoàng Văn Thắng", "Chủ tịch UBND xã Quang Trung"]], [
    "Đồng chí Hoàng Văn Thắng, Chủ tịch UBND xã Quang Trung cho biết năm nay xã phấn đấu về đích nông thôn mới.",
    "Ông Hoàng Văn Thắng - Chủ tịch UBND xã Quang Trung phát biểu tại buổi làm việc.",
    "Chủ tịch UBND xã Quang Trung Hoàng Văn Thắng nhấn mạnh yêu cầu giữ vững an ninh trật tự.",
    "Hoàng Văn Thắng, Chủ tịch UBND xã Quang Trung, đã trực tiếp kiểm tra tiến độ.",
    "đồng chí Hoàng Văn Thắng – Chủ tịch UBND xã Quang Trung chủ trì hội nghị.",
  ]),
  // a unit's head named after it; a project's management board (`dự án` is no attending, `dự`)
  examples([["Nguyễn Văn Bình", "Hạt trưởng Hạt Kiểm lâm huyện Di Linh"]], ["Ông Nguyễn Văn Bình, Hạt trưởng Hạt Kiểm lâm huyện Di Linh cho biết đã tuần tra."]),
  examples([["Trần Văn Bình", "Giám đốc Ban Quản lý dự án đầu tư xây dựng quận"]], [
    "Ông Trần Văn Bình - Giám đốc Ban Quản lý dự án đầu tư xây dựng quận cho biết tiến độ đạt yêu cầu.",
  ]),
  examples([["Lê Văn Cường", "Trưởng Ban Quản lý các dự án giao thông tỉnh"]], ["Ông Lê Văn Cường, Trưởng Ban Quản lý các dự án giao thông tỉnh khẳng định như vậy."]),
  // a role given by a verb after a dash, or `giữ chức vụ`; the ward's name after it is no person
  examples([["Lê Văn Chung", "Bí thư Đảng ủy xã"]], ["Đồng chí Lê Văn Chung - tái đắc cử Bí thư Đảng ủy xã nhiệm kỳ 2025 - 2030."]),
  examples([["Nguyễn Lê Mạnh Sơn", "Chủ tịch Hội CCB phường Nguyễn Trung Trực"]], ["Đại hội bầu ông Nguyễn Lê Mạnh Sơn giữ chức vụ Chủ tịch Hội CCB phường Nguyễn Trung Trực."]),
  // a comma, then the body the unit belongs to
  examples([["Nguyễn Văn An", "Trưởng khoa Nhi, Bệnh viện Đa khoa tỉnh"]], ["Bác sĩ Nguyễn Văn An - Trưởng khoa Nhi, Bệnh viện Đa khoa tỉnh cho biết đã tiếp nhận nhiều ca bệnh."]),
  // a department's, a bureau's, a faculty's or a team's head, then the body it belongs to
  examples([["Hà Văn Hải", "Vụ trưởng Vụ Tổng hợp, Ban Tuyên giáo Trung ương"]], ["Dự hội nghị có đồng chí Hà Văn Hải, Vụ trưởng Vụ Tổng hợp, Ban Tuyên giáo Trung ương."]),
  examples([["Lưu Văn Phúc", "Cục trưởng Cục Báo chí, Bộ Thông tin và Truyền thông"]], ["Ông Lưu Văn Phúc, Cục trưởng Cục Báo chí, Bộ Thông tin và Truyền thông phát biểu khai mạc."]),
  examples([["Nguyễn Tiến Sơn", "Đội phó Đội Vận động quần chúng, Đồn Biên phòng Đắc Ơ"]], ["Thiếu tá Nguyễn Tiến Sơn, Đội phó Đội Vận động quần chúng, Đồn Biên phòng Đắc Ơ cho biết đơn vị đã hỗ trợ 20 hộ."]),
  examples([["Lê Hồng Nam", "Phó Tư lệnh, Tham mưu trưởng Quân khu 4"]], ["Thiếu tướng Lê Hồng Nam, Phó Tư lệnh, Tham mưu trưởng Quân khu 4 kiểm tra diễn tập."]),
  examples([["Hà Văn Dũng", "Đồn trưởng Đồn Biên phòng Cửa khẩu, Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]], ["Thượng tá Hà Văn Dũng, Đồn trưởng Đồn Biên phòng Cửa khẩu, Bộ Chỉ huy Bộ đội Biên phòng tỉnh cho biết."]),
  // (counterexample: a board, or a body that is the next clause's subject, is no unit's parent)
  examples([["Nguyễn Văn An", "Trưởng phòng Văn hóa huyện"]], ["Theo ông Nguyễn Văn An, Trưởng phòng Văn hóa huyện, Ban Tổ chức hội thi đã chấm điểm công khai."]),
  examples([["Lê Thị Hoa", "Trưởng khoa Nhi"]], ["Theo bà Lê Thị Hoa, Trưởng khoa Nhi, Ban Giám đốc bệnh viện đã bổ sung thêm 10 giường bệnh."]),
  examples([["Hà Văn Dũng", "Giám đốc Trung tâm Y tế huyện"]], ["Ông Hà Văn Dũng, Giám đốc Trung tâm Y tế huyện, Viện Vệ sinh dịch tễ Trung ương phối hợp kiểm tra."]),
  // (counterexample: `nhiệm vụ` heads no unit; a body after the comma that no unit belongs to ends the role)
  examples([["Phạm Văn Giang", "Trưởng Công an xã"]], ["Ông Phạm Văn Giang, Trưởng Công an xã, Ban Chỉ huy Quân sự xã và các đoàn thể cùng tham dự."]),
  // a council's member, the title before or after the name
  examples([["Lê Văn Tâm", "đại biểu HĐND huyện"]], ["Ông Lê Văn Tâm, đại biểu HĐND huyện, đề nghị làm rõ nguyên nhân."]),
  // a name in capitals after an honorific of weight; the National Assembly's chair; an alternate member
  examples([["TRẦN THỊ PHƯƠNG THẢO", "Phó Trưởng Trạm y tế phường 2"]], ["Bà TRẦN THỊ PHƯƠNG THẢO, Phó Trưởng Trạm y tế phường 2 cho biết."]),
  examples([["Nguyễn Sinh Hùng", "Chủ tịch Quốc hội"]], ["Chủ tịch Quốc hội Nguyễn Sinh Hùng đã đánh trống khai giảng."]),
  examples([["Lê Quốc Phong", "Ủy viên dự khuyết T.Ư Đảng, Bí thư thứ nhất T.Ư Đoàn"]], ["Dự có anh Lê Quốc Phong, Ủy viên dự khuyết T.Ư Đảng, Bí thư thứ nhất T.Ư Đoàn."]),
  // a parish's or a club's name is nobody (counterexample: `Nhà giáo Ngô Phi Khanh` is a teacher)
  examples([], [
    "Về việc xây dựng nhà mục vụ Giáo xứ Thái Hà, Chủ tịch UBND thành phố khẳng định sẽ xem xét.",
    "Câu lạc bộ Nhà giáo Quảng Bình tại TP.HCM tổ chức gặp mặt đầu xuân.",
  ]),
  examples([["Ngô Phi Khanh", "Hiệu trưởng nhà trường"]], ["Nhà giáo Ngô Phi Khanh, Hiệu trưởng nhà trường phát biểu."]),
  // (counterexample: a plural's title is no title of the person after a comma; a province's name after `Ông` is a given name)
  examples([["Nguyễn Văn An", null]], ["Thay mặt các đại biểu, đồng chí Nguyễn Văn An phát biểu cảm ơn."]),
  examples([["Hải Dương", "Chủ tịch UBND xã"]], ["Ông Hải Dương, Chủ tịch UBND xã cho biết."]),
  // the clergy's offices
  examples([["Thích Minh Tâm", "Trụ trì chùa Phổ Quang, Phó Trưởng ban Trị sự huyện"]], ["Đại đức Thích Minh Tâm, Trụ trì chùa Phổ Quang, Phó Trưởng ban Trị sự huyện phát biểu."]),
  // the court's titles
  examples([["Nguyễn Thị Kim Liên", "Thẩm phán"]], ["Hội đồng xét xử do Thẩm phán Nguyễn Thị Kim Liên làm chủ tọa."]),
  examples([["Nguyễn Thị Kim Liên", "Thẩm phán TAND tỉnh"]], ["Chủ tọa phiên tòa là bà Nguyễn Thị Kim Liên, Thẩm phán TAND tỉnh."]),
  // suspects listed after a count, a bracket after the last
  examples([["Lầu Bá Chò", null], ["Hờ Bá Dình", null]], ["Hai đối tượng Lầu Bá Chò, Hờ Bá Dình (đều SN 1998) bị bắt quả tang."]),
  // as many names as counted, one title after the last: theirs all
  examples([["Đinh Công Sơn", "Phó Giám đốc Sở Xây dựng"], ["Mai Xuân Trường", "Phó Giám đốc Sở Xây dựng"]], [
    "Hai đồng chí Đinh Công Sơn và Mai Xuân Trường, Phó Giám đốc Sở Xây dựng được điều động.",
  ]),
  // (counterexample: uncounted, the title after a comma is the last name's)
  examples([["Đinh Công Sơn", null], ["Mai Xuân Trường", "Phó Giám đốc Sở Xây dựng"]], ["Đồng chí Đinh Công Sơn và đồng chí Mai Xuân Trường, Phó Giám đốc Sở Xây dựng dự họp."]),
  // the sentence's words after a title are not the title's
  examples([["Hà Quang Minh", "Bí thư Đảng ủy xã Tân Lập"]], ["Phóng viên trao đổi với đồng chí Hà Quang Minh, Bí thư Đảng ủy xã Tân Lập xung quanh nội dung này."]),
  examples([["Lê Văn Nam", "Đội trưởng phụ trách địa bàn"]], ["Vụ việc do Thiếu tá Lê Văn Nam, Đội trưởng phụ trách địa bàn phát hiện."]),
  // a post's title given before the person it concerns, and a post left
  examples([["Lê Văn Sáu", "Phó Chủ tịch UBND xã"]], [
    "HĐND xã đã miễn nhiệm chức danh Phó Chủ tịch UBND xã đối với ông Lê Văn Sáu do nghỉ hưu.",
    "Ông Lê Văn Sáu thôi giữ chức Phó Chủ tịch UBND xã từ ngày 1/7.",
  ]),
  examples([["Hoàng Văn Nam", "Trưởng phòng Kinh tế"]], ["Huyện trao quyết định bổ nhiệm chức vụ Trưởng phòng Kinh tế cho ông Hoàng Văn Nam."]),
  // (counterexample: `cho ông A` after no post gives no title)
  examples([["Nguyễn Văn Hải", null]], ["Chủ tịch UBND xã trao quà cho ông Nguyễn Văn Hải."]),
  // a plural's title is every name listed after it: after the title, after a colon, and without an honorific
  examples([["Nguyễn Long Biên", "Phó Chủ tịch UBND tỉnh"], ["Lê Huyền", "Phó Chủ tịch UBND tỉnh"]], [
    "Dự hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh: Nguyễn Long Biên, Lê Huyền.",
    "Dự hội nghị có các đồng chí Phó Chủ tịch UBND tỉnh Nguyễn Long Biên và Lê Huyền.",
    "Các Phó Chủ tịch UBND tỉnh Nguyễn Long Biên, Lê Huyền cùng dự.",
  ]),
  // (counterexample: a name with a title of its own ends the shared one)
  examples([["Trần Văn Long", "Phó Bí thư Huyện ủy"], ["Lê Văn Bình", "Phó Bí thư Huyện ủy"], ["Hà Thị Cúc", "Chủ tịch Hội Phụ nữ huyện"]], [
    "Có mặt các đồng chí Phó Bí thư Huyện ủy Trần Văn Long, Lê Văn Bình, Hà Thị Cúc, Chủ tịch Hội Phụ nữ huyện.",
  ]),
  // a title given by a verb after a list of names is theirs all
  examples([["Nguyễn Văn Đạo", "Phó Chủ tịch Hội khóa VI"], ["Nguyễn Song Phi", "Phó Chủ tịch Hội khóa VI"], ["Nguyễn Văn Chương", "Phó Chủ tịch Hội khóa VI"]], [
    "Các đồng chí: Nguyễn Văn Đạo, Nguyễn Song Phi, Nguyễn Văn Chương được bầu là Phó Chủ tịch Hội khóa VI.",
  ]),
  // a school's name ending in a place, then a person: the title after the person is theirs, not the place's
  examples([["Trần Đình Khiêm", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"]], [
    "Tại Trường THPT chuyên Hà Tĩnh, ông Trần Đình Khiêm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, đánh trống khai giảng.",
  ]),
  // a name without its surname, ending a longer name of the article, is the same person mentioned again
  examples([["Nguyễn Thị Lan Anh", "Phó Giám đốc CDC tỉnh"]], [
    "Bác sĩ Nguyễn Thị Lan Anh, Phó Giám đốc CDC tỉnh cho biết số ca bệnh tăng. Theo bác sĩ Lan Anh, người dân cần diệt lăng quăng.",
  ]),
  // (counterexample: someone else of the same given name, with a title of their own)
  examples([["Nguyễn Thị Lan Anh", "Chủ tịch Hội Phụ nữ xã"], ["Lan Anh", "Trạm trưởng Trạm Y tế xã"]], [
    "Bà Nguyễn Thị Lan Anh, Chủ tịch Hội Phụ nữ xã phát biểu khai mạc. Bác sĩ Lan Anh, Trạm trưởng Trạm Y tế xã hướng dẫn người dân.",
  ]),
  // an Ê Đê or Jrai name mentioned again by its `Y` and given name
  examples([["Y Thuôn Byă", null]], ["Anh Y Thuôn Byă ở buôn Ea Kmar có 2 ha cà phê. Anh Y Thuôn cho biết năm nay thu 5 tấn."]),
  examples([["Ksor Y Phơ", "Trưởng thôn Plei Ơi"]], ["Ông Ksor Y Phơ, Trưởng thôn Plei Ơi, cho biết thôn có 120 hộ. Ông Y Phơ đề nghị hỗ trợ."]),
  // (counterexample: the author's pen name is the author's)
  examples([["Huỳnh Thị Thúy Nga", null], ["Thúy Nga", null]], [article("Chi bộ kết nạp quần chúng Huỳnh Thị Thúy Nga vào Đảng.", "", "Thúy Nga")]),
  // (counterexample: a name opening with a surname is a name of its own)
  examples([["Nguyễn Thị Lê Huyền", "Chủ tịch Hội Phụ nữ xã"], ["Lê Huyền", null]], [
    "Bà Nguyễn Thị Lê Huyền, Chủ tịch Hội Phụ nữ xã đã trao quà. Chị Lê Huyền ở thôn 2 cảm ơn Hội.",
  ]),
  // a committee membership abbreviated before the title
  examples([["Trần Minh Lực", "UVTV Tỉnh ủy, Phó Chủ tịch HĐND tỉnh"]], ["Đồng chí Trần Minh Lực, UVTV Tỉnh ủy, Phó Chủ tịch HĐND tỉnh dự hội nghị."]),
  examples([["Lê Văn Hùng", "UVBCH Đảng bộ tỉnh, Bí thư Huyện ủy"]], ["Đồng chí Lê Văn Hùng, UVBCH Đảng bộ tỉnh, Bí thư Huyện ủy phát biểu chỉ đạo."]),
  examples([["Nguyễn Thị Thanh", "UVT.Ư Đảng, Bí thư Tỉnh ủy"]], ["Đồng chí Nguyễn Thị Thanh, UVT.Ư Đảng, Bí thư Tỉnh ủy dự và chủ trì hội nghị."]),
  examples([["Lê Văn Bình", "Trưởng phòng Y tế, UBND huyện Đông Sơn"]], ["Ông Lê Văn Bình, Trưởng phòng Y tế, UBND huyện Đông Sơn phát biểu."]),
  // but not the subject of the next clause, nor a lower-case word after a body's head
  examples([["Lê Văn Hùng", "Chủ tịch UBND xã"]], ["Chủ tịch UBND xã Lê Văn Hùng, UBND huyện đã phê duyệt kế hoạch."]),
  // a role after `đắc cử chức`
  examples([["Lê Thị Thu Hà", "Chủ tịch Hội LHPN xã"]], ["Bà Lê Thị Thu Hà tái đắc cử chức Chủ tịch Hội LHPN xã nhiệm kỳ mới."]),
  // a list after a counted honorific and a colon
  examples([["Phan Thị Hưởng", null], ["Phan Thị Chúc", null], ["Đặng Thị Tú Trinh", null]], [
    "Đảng ủy trao quyết định kết nạp cho 3 đồng chí: Phan Thị Hưởng, Phan Thị Chúc và Đặng Thị Tú Trinh.",
    "Đảng ủy trao quyết định kết nạp cho ba đồng chí: Phan Thị Hưởng, Phan Thị Chúc và Đặng Thị Tú Trinh.",
  ]),
  // a list of titles after the colon names nobody
  examples([], ["Biểu dương 3 đồng chí: Trưởng Công an xã, Chỉ huy trưởng Quân sự xã và Bí thư Đoàn xã."]),
  // a secretary, general or not
  examples([["Trần Văn Đăng", "nguyên Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam"]], ["Dự buổi lễ có ông Trần Văn Đăng - nguyên Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam."]),
  examples([["Nguyễn Thị Hường", "thư ký Hội nghị"]], ["TS. Nguyễn Thị Hường là thư ký Hội nghị."]),
  // a place after `Tại` is where, and the rank in lower case still names the person
  examples([["Phan Văn Giang", "Bộ trưởng Quốc phòng"]], ["Tại Cao Bằng, đại tướng Phan Văn Giang, Bộ trưởng Quốc phòng thăm hỏi các gia đình."]),
  // a body's acronym joined by `&` or a dash belongs to the role
  examples([["Thái Văn Thành", "Giám đốc Sở GD&ĐT Nghệ An"]], ["Ông Thái Văn Thành, Giám đốc Sở GD&ĐT Nghệ An cho biết năm học này có nhiều đổi mới."]),
  examples([["Nguyễn Văn Hải", "Giám đốc Sở GD&ĐT"]], ["Giám đốc Sở GD&ĐT Nguyễn Văn Hải phát biểu tại hội nghị."]),
  examples([["Nguyễn Thanh Hòa", "Thứ trưởng Bộ LĐ-TB&XH"]], ["Ông Nguyễn Thanh Hòa, Thứ trưởng Bộ LĐ-TB&XH cho biết."]),
  examples([["Trần Văn Nam", "Phó Giám đốc Sở VH-TT&DL"]], ["Phó Giám đốc Sở VH-TT&DL Trần Văn Nam dự và phát biểu."]),
  examples([["Huỳnh Phong Tranh", "Tổng Thanh tra Chính phủ"]], ["Tổng Thanh tra Chính phủ Huỳnh Phong Tranh phát biểu chỉ đạo."]),
  // a term after the title is not part of it: `nhiệm kỳ 2025 - 2030` (the role once ended at `nhiệm kỳ 2025`)
  examples([["Hoàng Thị Mai", "Bí thư Đảng ủy xã"]], [
    "Đồng chí Hoàng Thị Mai được bầu giữ chức Bí thư Đảng ủy xã nhiệm kỳ 2025-2030.",
    "Bà Hoàng Thị Mai, Bí thư Đảng ủy xã nhiệm kỳ 2025 - 2030 phát biểu bế mạc đại hội.",
    "Đồng chí Hoàng Thị Mai, Bí thư Đảng ủy xã nhiệm kỳ 2020 - 2025, trình bày báo cáo chính trị.",
  ]),
  // a surname after a dash, then a word in lower case, is a body's word: `Ban Kinh tế - Ngân sách`, `Giáo dục - Đào tạo`
  examples([["Phạm Văn Tâm", "Trưởng ban Kinh tế - Ngân sách HĐND tỉnh"]], [
    "Ông Phạm Văn Tâm, Trưởng ban Kinh tế - Ngân sách HĐND tỉnh phát biểu.",
    "Trưởng ban Kinh tế - Ngân sách HĐND tỉnh Phạm Văn Tâm phát biểu.",
  ]),
  examples([["Lý Văn Sơn", "Trưởng ban Dân tộc - Tôn giáo"]], ["Trưởng ban Dân tộc - Tôn giáo Lý Văn Sơn dự hội nghị."]),
  // a plural title, a colon, the names: each has the title
  examples([["Nguyễn Văn Phước", "Phó Chủ tịch UBND tỉnh"], ["Trần Phước Hiền", "Phó Chủ tịch UBND tỉnh"]], [
    "Dự họp có các Phó Chủ tịch UBND tỉnh: Nguyễn Văn Phước, Trần Phước Hiền.",
  ]),
  // a title before a Highlands name opening with A or Y (three syllables: `xã Y Tý` is a commune)
  examples([["A Páo Giàng", "Trưởng bản"]], ["Trưởng bản A Páo Giàng cho biết cả bản có 45 hộ."]),
  examples([], ["Chủ tịch UBND xã Y Tý cho biết cả xã có 45 hộ nghèo."]),
  // a role's place, a comma, the place it lies in (not the sentence going on: `…, xã này có 36 đảng viên`)
  examples([["Nguyễn Thị Hải Yến", "Bí thư Chi bộ thôn Đồng Đỉnh, xã Cương Sơn"]], ["Bà Nguyễn Thị Hải Yến, Bí thư Chi bộ thôn Đồng Đỉnh, xã Cương Sơn, chia sẻ về kinh nghiệm."]),
  examples([["Nguyễn Thị Hải Yến", "Bí thư Chi bộ thôn Đồng Đỉnh"]], ["Bà Nguyễn Thị Hải Yến, Bí thư Chi bộ thôn Đồng Đỉnh, xã này có 36 đảng viên."]),
  // a reader who wrote in
  examples([["Lê Văn Cường", null]], ["Tòa soạn nhận được thư của bạn đọc Lê Văn Cường phản ánh về tuyến đường."]),
  // a Cham name after the title
  examples([["Đàng Năng Quang", "Chủ tịch UBND xã Phước Hậu"]], ["Theo Chủ tịch UBND xã Phước Hậu Đàng Năng Quang, xã có 5 tuyến đường mới."]),
  // `Phó phòng`, as a deputy head of office is called
  examples([["Nguyễn Quốc Bảo", "Phó phòng Quản lý đô thị quận"]], ["Theo Phó phòng Quản lý đô thị quận Nguyễn Quốc Bảo, còn 37 hồ sơ đang xử lý."]),
  // (a comma parts a class's word from a person's)
  examples([["Lê Thị Dung", null]], ["Tại lớp, giáo viên Lê Thị Dung hướng dẫn các em làm bài."]),
  // a cohort named after a hero (counterexample: `đoàn viên Nguyễn Văn Cừ, Bí thư Chi đoàn` is one)
  examples([], ['Huyện đoàn tổ chức Lễ kết nạp đoàn viên mới "Lớp đoàn viên Nguyễn Văn Cừ" cho 120 học sinh.', "Đảng ủy kết nạp Lớp đảng viên Nguyễn Văn Trỗi gồm 15 quần chúng ưu tú."]),
  // (a unit named by its letter before a Kinh name is the unit's: the name is the person's)
  examples([["Trần Văn Bình", "Tổ trưởng Tổ A"]], ["Tổ trưởng Tổ A Trần Văn Bình cho biết tổ có 30 hộ."]),
  // a Highlands name in a photo's credit: a one-syllable name with its prefix, or one opening with Y
  examples([["H'Xíu", null]], ["Đoàn công tác thăm hỏi già làng (Ảnh: H'Xíu)."]),
  examples([["Y Hương", null]], ["Đoàn công tác thăm hỏi già làng (Ảnh: Y Hương)."]),
  // a Ba Na or Xơ Đăng man's name opens with A, as an Ê Đê's with Y
  examples([["A Tuân", "Phó Chủ tịch UBND huyện Kon Plông"]], ["Theo ông A Tuân, Phó Chủ tịch UBND huyện Kon Plông, huyện đã hỗ trợ 120 hộ."]),
  // a list after `gồm`, past asides in brackets; the second of two admitted `vào Đảng`
  examples([["Trần Văn Hùng", null], ["Lê Thị Mai", null], ["Phạm Quốc Bảo", null]], [
    "Chi bộ tổ chức kết nạp Đảng cho 3 học sinh, gồm: Trần Văn Hùng, Lê Thị Mai và Phạm Quốc Bảo.",
    "Những quần chúng được kết nạp gồm: Trần Văn Hùng (lớp 12A2), Lê Thị Mai (lớp 12A5), Phạm Quốc Bảo (lớp 12A1).",
  ]),
  examples([["Đinh Quang Huy", null], ["Tạ Minh Châu", null]], ["Chi bộ kết nạp hai quần chúng Đinh Quang Huy và Tạ Minh Châu vào Đảng."]),
  // (a list of places or bodies after `gồm` names nobody, nor one of wards named after people)
  examples([], [
    "Các xã đạt chuẩn gồm: Tân Thành, Hòa Bình, Phú Lộc và Minh Hưng.",
    "Đoàn công tác gồm: Sở Nội vụ, Sở Tài chính và Ban Tổ chức Tỉnh ủy.",
    "Thành phố có 4 phường nội thị gồm: Trần Hưng Đạo, Lê Hồng Phong, Nguyễn Trãi và Quang Trung.",
  ]),
  // (a plural title over names with titles of their own gives each theirs)
  examples([["Nguyễn Văn Hùng", "Trưởng Ban Tuyên giáo Tỉnh ủy"], ["Trần Văn Bình", "Trưởng Ban Tổ chức Tỉnh ủy"]], [
    "Tham dự có các Ủy viên Ban Thường vụ Tỉnh ủy: Nguyễn Văn Hùng, Trưởng Ban Tuyên giáo Tỉnh ủy; Trần Văn Bình, Trưởng Ban Tổ chức Tỉnh ủy.",
  ]),
  // (nor a title with no name after an honorific)
  examples([], ["Hội nghị có sự tham dự của các ông, bà Trưởng Ban công tác Mặt trận các thôn."]),
  // (nor do those who serve before a place: `Dân quân Cao Lộc`; and a role goes on past `vào`, `sinh hoạt`)
  examples([], ["Lực lượng Dân quân Cao Lộc tham gia diễn tập."]),
  examples([["Nguyễn Văn An", "Trưởng ban quản lý Nhà sinh hoạt cộng đồng thôn Đông"]], ["Trưởng ban quản lý Nhà sinh hoạt cộng đồng thôn Đông Nguyễn Văn An phát biểu."]),
  // a role ends before a warning's verb
  examples([["Vũ Thị Hồng Nhung", "Phó Giám đốc CDC Hà Nội"]], ["TS.BS Vũ Thị Hồng Nhung, Phó Giám đốc CDC Hà Nội khuyến cáo, người dân cần diệt bọ gậy."]),
  // an athlete, abbreviated
  examples([["Nguyễn Văn Lai", null]], ["VĐV Nguyễn Văn Lai (CLB Điền kinh Quân khu 4) về nhất."]),
  // the ranks below an officer's and those who serve, before a name (`Dân quân xã Hoàng Văn Thụ` is a unit: below)
  examples([["Lê Văn Tâm", null]], [
    "Ngày 3/5, Binh nhì Lê Văn Tâm được khen thưởng.",
    "Hạ sĩ Lê Văn Tâm tham gia cứu hộ.",
    "Dân quân Lê Văn Tâm đã cứu người bị nạn.",
    "Học viên Lê Văn Tâm đạt danh hiệu thủ khoa.",
  ]),
  examples([], ["Dân quân xã Hoàng Văn Thụ tham gia diễn tập khu vực phòng thủ."]),
  // those the state honours, a grade or a word between them and the name
  examples([["Nguyễn Văn Bình", null]], [
    "Đoàn thăm, tặng quà thương binh 2/4 Nguyễn Văn Bình ở thôn 3.",
    "Đoàn thăm thương binh hạng 1/4 Nguyễn Văn Bình ở thôn Đông.",
    "Đoàn đã thăm bệnh binh Nguyễn Văn Bình tại nhà riêng.",
    "Tặng quà cho thương binh nặng Nguyễn Văn Bình.",
    "Thăm nạn nhân chất độc da cam Nguyễn Văn Bình.",
  ]),
  // connectors of a post held, kept or taken again: the post's own word (`chức vụ`, `vị trí`) is not the title's
  examples([["Hoàng Thị Lan", "Trưởng phòng Nội vụ huyện"]], [
    "Bà Hoàng Thị Lan được bổ nhiệm giữ chức vụ Trưởng phòng Nội vụ huyện từ ngày 1/3.",
    "Bà Hoàng Thị Lan tiếp tục giữ vị trí Trưởng phòng Nội vụ huyện.",
    "Bà Hoàng Thị Lan được tín nhiệm giữ chức Trưởng phòng Nội vụ huyện.",
    "Bà Hoàng Thị Lan đảm nhận chức vụ Trưởng phòng Nội vụ huyện.",
  ]),
  examples([["Lê Văn Hải", "Chủ tịch Ủy ban MTTQ Việt Nam huyện"]], [
    "Ông Lê Văn Hải được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ Việt Nam huyện.",
    "Ông Lê Văn Hải được tín nhiệm bầu giữ chức Chủ tịch Ủy ban MTTQ Việt Nam huyện.",
  ]),
  examples([["Nguyễn Văn Hùng", "Chủ tịch Hội Nông dân xã"]], [
    "Tại đại hội, đồng chí Nguyễn Văn Hùng tái cử chức Chủ tịch Hội Nông dân xã nhiệm kỳ 2023 - 2028.",
    "Đồng chí Nguyễn Văn Hùng tái cử Chủ tịch Hội Nông dân xã.",
  ]),
  // (a post taken before the person's name is still theirs)
  examples([["Trần Văn Hòa", "Bí thư Đảng ủy xã"]], [
    "Sau khi đảm nhận chức vụ Bí thư Đảng ủy xã, đồng chí Trần Văn Hòa tập trung chỉ đạo xây dựng nông thôn mới.",
    "Khi giữ vị trí Bí thư Đảng ủy xã, ông Trần Văn Hòa đã vận động nhân dân hiến đất.",
  ]),
  // a place held is no post: `giữ vị trí thứ nhất toàn đoàn`
  examples([["Đỗ Văn Nam", null]], ["Ông Đỗ Văn Nam tiếp tục giữ vị trí thứ nhất toàn đoàn."]),
  // a committee member's title (`Tỉnh ủy viên`) chained with the office before it
  examples([["Vi Văn Tuấn", "Tỉnh ủy viên, Bí thư Huyện ủy Bình Gia"]], [
    "Dự đại hội có đồng chí Vi Văn Tuấn, Tỉnh ủy viên, Bí thư Huyện ủy Bình Gia.",
  ]),
  // the role as written: the old tone placement (uỷ) is kept
  examples([["Vi Văn Tuấn", "Tỉnh uỷ viên, Bí thư Huyện uỷ Bình Gia"]], [
    "Đồng chí Vi Văn Tuấn - Tỉnh uỷ viên, Bí thư Huyện uỷ Bình Gia phát biểu chỉ đạo đại hội.",
  ]),
  examples([["Phạm Thị Hằng", "Huyện ủy viên, Chủ tịch UBND xã Tân Thịnh"]], [
    "Bà Phạm Thị Hằng, Huyện ủy viên, Chủ tịch UBND xã Tân Thịnh cho biết xã đã hoàn thành 19/19 tiêu chí.",
  ]),
  examples([["Lò Thị Mai", "Phó Bí thư Thường trực Huyện ủy Mường Chà"]], [
    "Bà Lò Thị Mai, Phó Bí thư Thường trực Huyện ủy Mường Chà chia sẻ: “Chúng tôi luôn lấy dân làm gốc”.",
    "Phó Bí thư Thường trực Huyện ủy Mường Chà Lò Thị Mai khẳng định huyện sẽ hoàn thành chỉ tiêu.",
    "Sau đó, đồng chí Lò Thị Mai (Phó Bí thư Thường trực Huyện ủy Mường Chà) trao quà cho các hộ nghèo.",
  ]),
  examples([["Vũ Quốc Khánh", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy"]], [
    "Đồng chí Vũ Quốc Khánh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy dự và chỉ đạo hội nghị.",
    "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy Vũ Quốc Khánh dự và chỉ đạo hội nghị.",
  ]),
  examples([["Vũ Quốc Khánh", "Uỷ viên Ban Thường vụ Tỉnh uỷ, Trưởng ban Dân vận Tỉnh uỷ"]], [
    "Đồng chí Vũ Quốc Khánh, Uỷ viên Ban Thường vụ Tỉnh uỷ, Trưởng ban Dân vận Tỉnh uỷ dự và chỉ đạo hội nghị.",
  ]),
  // right after a committee (`Tỉnh ủy`), a three-syllable name needs no common middle name (`Doãn` is a surname too)
  examples([["Nguyễn Doãn Anh", "Bí thư Tỉnh ủy"]], [
    "Tại các nơi đến thăm, Bí thư Tỉnh ủy Nguyễn Doãn Anh gửi lời thăm hỏi tới các gia đình.",
    "Đồng chí Bí thư Tỉnh ủy Nguyễn Doãn Anh phát biểu chỉ đạo hội nghị.",
  ]),
  examples([["Lê Khả Tú", "Phó Bí thư Thường trực Huyện ủy"]], ["Phó Bí thư Thường trực Huyện ủy Lê Khả Tú trao quà cho các hộ."]),
  examples([["Trần Văn Sơn", "Bí thư Huyện ủy Lâm Hà"]], ["Bí thư Huyện ủy Lâm Hà Trần Văn Sơn trao quà cho các hộ."]),
  examples([["Trần Hồng Minh", "Bí thư Tỉnh ủy Cao Bằng"]], [
    "Bí thư Tỉnh ủy Cao Bằng Trần Hồng Minh đã chủ trì buổi làm việc với Ban Thường vụ Huyện ủy.",
    "Đồng chí Bí thư Tỉnh ủy Cao Bằng Trần Hồng Minh thăm hỏi gia đình chính sách.",
    "Trần Hồng Minh, Bí thư Tỉnh ủy Cao Bằng, đề nghị các cấp ủy tập trung lãnh đạo.",
  ]),
  examples([["Hà Văn Tuấn", "Phó Chủ tịch UBND tỉnh"]], [
    "Phó Chủ tịch UBND tỉnh Hà Văn Tuấn yêu cầu các sở, ngành khẩn trương vào cuộc.",
    "Ông Hà Văn Tuấn, Phó Chủ tịch UBND tỉnh kiểm tra công tác phòng chống lụt bão.",
  ]),
  // person.table-row: a name's cell, its title in the next
  // (or each name in the column a header names, `Họ và tên`, with the post of its column, `Chức vụ`, past others)
  examples([["Nguyễn Thị Lan Anh", "Chủ tịch Hội Liên hiệp Phụ nữ xã"], ["Phan Đình Bảo", "Trưởng Công an xã"]], [
    article("TT\tHọ và tên\tNăm sinh\tChức vụ\n1\tNguyễn Thị Lan Anh\t1981\tChủ tịch Hội Liên hiệp Phụ nữ xã\n2\tPhan Đình Bảo\t1976\tTrưởng Công an xã"),
    article("| TT | Họ và tên | Năm sinh | Chức vụ |", "| 1 | Nguyễn Thị Lan Anh | 1981 | Chủ tịch Hội Liên hiệp Phụ nữ xã |", "| 2 | Phan Đình Bảo | 1976 | Trưởng Công an xã |"),
  ]),
  examples([["Nguyễn Thị Lan Anh", null], ["Phan Đình Bảo", null]], [article("TT | Họ và tên | Năm sinh | Quê quán", "1 | Nguyễn Thị Lan Anh | 1981 | Xã Tân Lập", "2 | Phan Đình Bảo | 1976 | Xã Tân Lập")]),
  // (a header naming no person: schools named after people are none)
  examples([], [article("TT\tTên trường\tNăm công nhận\n1\tTrường THCS Phan Bội Châu\t2019\n2\tPhan Bội Châu\t2021")]),
  examples([["Lê Văn Cường", "Chủ tịch HĐND xã"], ["Hoàng Thị Mai", "Chủ tịch UBND xã"]], [
    article("STT | Họ tên | Chức vụ được bầu | Tỷ lệ", "1 | Lê Văn Cường | Chủ tịch HĐND xã | 100%", "2 | Hoàng Thị Mai | Chủ tịch UBND xã | 96%"),
    article("STT\tHọ tên\tChức vụ\n1\tLê Văn Cường\tChủ tịch HĐND xã\n2\tHoàng Thị Mai\tChủ tịch UBND xã"),
  ]),
  // person.pair: two names joined by `và`, `Văn` or `Thị` after each surname
  examples([["Trần Văn Quyết", null], ["Lê Thị Hằng", null]], ["Cơ quan điều tra đã bắt Trần Văn Quyết và Lê Thị Hằng."]),
  examples([["Hà Văn Tuấn", null], ["Hà Văn Tú", null]], [
    "Hai anh em sinh đôi Hà Văn Tuấn và Hà Văn Tú cùng lên đường nhập ngũ.",
    "Tân binh Hà Văn Tuấn và tân binh Hà Văn Tú cùng lên đường nhập ngũ.",
  ]),
  // callings before a name: a recruit, a fisherman
  examples([["Lê Văn Rớt", null]], ["Lực lượng cứu hộ đã đưa ngư dân Lê Văn Rớt vào bờ."]),
  // (counterexample: a person of three syllables before the comma keeps the title, a place ending it: `Hà Nội`)
  examples([["Nguyễn Văn An", "Giám đốc Sở Y tế Hà Nội"]], ["Nguyễn Văn An, Giám đốc Sở Y tế Hà Nội cho biết có 12 bệnh viện."]),
  examples([["Trần Minh Hải", "Chủ tịch UBND phường Hoàng Văn Thụ"]], ["Trần Minh Hải, Chủ tịch UBND phường Hoàng Văn Thụ cho biết phường có 12 tổ."]),
  // a year or a place before a comma and a title, and the title's person after it (`Nhâm`, `Cà`, `Đèo` are surnames too)
  examples([["Trần Văn Nam", "Chủ tịch UBND xã"]], ["Tết Nhâm Dần, Chủ tịch UBND xã Trần Văn Nam thăm 30 hộ.", "Dịp Tết Giáp Thìn, Chủ tịch UBND xã Trần Văn Nam thăm 30 hộ."]),
  examples([["Trần Lưu Quang", "Phó Thủ tướng"]], ["Đến Cà Mau, Phó Thủ tướng Trần Lưu Quang kiểm tra công trình."]),
  examples([["Phạm Minh Chính", "Thủ tướng"]], ["Khánh thành hầm Đèo Cả, Thủ tướng Phạm Minh Chính nhấn mạnh ý nghĩa của công trình."]),
  // Thái and Mường surnames (`Cà`, `Đèo`, `Lèo`)
  examples([["Lò Văn Muôn", "Bí thư Huyện ủy"], ["Cà Văn Chung", "Phó Chủ tịch UBND huyện"]], [
    "Dự đại hội có các đồng chí: Lò Văn Muôn, Bí thư Huyện ủy; Cà Văn Chung, Phó Chủ tịch UBND huyện.",
  ]),
  examples([["Đèo Văn Hải", "Chủ tịch UBND xã"]], ["Ông Đèo Văn Hải, Chủ tịch UBND xã, cho biết xã có 12 bản."]),
  examples([["Pờ Xá Mé", null]], ["Chị Pờ Xá Mé cho biết gia đình đã thoát nghèo."]),
  // after a province's word, a surname opens a person whatever the middle name: no province is named after one (after a
  // district's, with a common middle name)
  examples([["Nguyễn Tấn Dũng", "Phó Chủ tịch UBND tỉnh"]], ["Sáng 7/3, Phó Chủ tịch UBND tỉnh Nguyễn Tấn Dũng làm việc với UBND xã Tây Sơn."]),
  examples([["Nguyễn Lương Dũng", "Phó Chủ tịch UBND tỉnh"]], ["Phó Chủ tịch UBND tỉnh Nguyễn Lương Dũng kiểm tra tiến độ bồi thường."]),
  examples([["Lê Phước Hải", "Chủ tịch UBND huyện"]], ["Chiều 5/4, Chủ tịch UBND huyện Lê Phước Hải kiểm tra khu tái định cư."]),
  examples([["Trần Cảnh Hưng", "Chủ tịch UBND thị xã"]], ["Chủ tịch UBND thị xã Trần Cảnh Hưng trao quyết định cho các hộ."]),
  examples([["Nguyễn Tự Công Hoàng", "Phó Chủ tịch UBND tỉnh"]], ["Phó Chủ tịch UBND tỉnh Nguyễn Tự Công Hoàng làm việc với huyện."]),
  examples([["Lê Trần Bảo Ngọc", "Phó Chủ tịch UBND tỉnh"]], ["Phó Chủ tịch UBND tỉnh Lê Trần Bảo Ngọc kiểm tra dự án."]),
  examples([["Trần Sơn", "Phó Chủ tịch UBND tỉnh Hà Giang"]], ["Phó Chủ tịch UBND tỉnh Hà Giang Trần Sơn phát biểu tại hội nghị."]),
  // two syllables after `tỉnh` that name no province
  examples([["Hoàng Nam", "Phó Chủ tịch UBND tỉnh"]], ["Phó Chủ tịch UBND tỉnh Hoàng Nam yêu cầu các sở vào cuộc."]),
  examples([["Phạm Tấn Lực", "Bí thư Đảng ủy phường"]], ["Bí thư Đảng ủy phường Phạm Tấn Lực trao quà cho các hộ."]),
  examples([["Phạm Quang Vinh", "Bí thư Đảng ủy phường Lê Lợi"]], [
    "Bí thư Đảng ủy phường Lê Lợi Phạm Quang Vinh cho biết phường có 12 chi bộ trực thuộc.",
    "Ông Phạm Quang Vinh, Bí thư Đảng ủy phường Lê Lợi cho biết phường có 12 chi bộ trực thuộc.",
  ]),
  examples([["Bùi Thanh Sơn", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn"]], [
    "Giám đốc Sở Nông nghiệp và Phát triển nông thôn Bùi Thanh Sơn thông tin về tiến độ giải ngân vốn.",
    "Ông Bùi Thanh Sơn, Giám đốc Sở Nông nghiệp và Phát triển nông thôn, trả lời ý kiến cử tri.",
  ]),
  examples([["Lại Thế Nguyên", "Chánh Văn phòng Huyện ủy"]], [
    "Đồng chí Lại Thế Nguyên - Chánh Văn phòng Huyện ủy trình bày dự thảo báo cáo chính trị.",
  ]),
  examples([["Tạ Ngọc Bích", "Trưởng phòng Giáo dục và Đào tạo huyện"]], [
    "Bà Tạ Ngọc Bích, Trưởng phòng Giáo dục và Đào tạo huyện báo cáo kết quả năm học.",
  ]),
  examples([["Triệu Thị Ngoan", "Bí thư Đảng uỷ xã Thượng Hà"]], [
    "Bà Triệu Thị Ngoan, Bí thư Đảng uỷ xã Thượng Hà cho hay toàn xã đã xóa xong nhà tạm.",
    "Bí thư Đảng uỷ xã Thượng Hà Triệu Thị Ngoan cho hay toàn xã đã xóa xong nhà tạm.",
  ]),
  examples([["Hà Văn Sinh", "Trưởng bản Nà Nhạn"]], [
    "Ông Hà Văn Sinh, Trưởng bản Nà Nhạn, phấn khởi cho biết cả bản đã thoát nghèo.",
  ]),
  examples([["Giàng A Páo", "Bí thư Chi bộ bản Sín Chải"]], [
    "Anh Giàng A Páo, Bí thư Chi bộ bản Sín Chải kể lại những ngày đầu vận động bà con bỏ hủ tục.",
  ]),
  // a list of titled people, each title before its name: the second title is not the first person's
  examples([["Phạm Tiến Hưng", "Phó Chủ tịch UBND huyện"], ["Hoàng Hữu Hiệp", "Phó Chủ tịch HĐND huyện"]], [
    "Dự hội nghị có Phó Chủ tịch UBND huyện Phạm Tiến Hưng, Phó Chủ tịch HĐND huyện Hoàng Hữu Hiệp và đại diện các ban, ngành.",
  ]),
  // abbreviated titles (`PBT` Phó Bí thư, `PCT` Phó Chủ tịch), `Phó Ban`, `Phó CT`, `được bầu là`
  examples([["Trần Thị Thu Hoài", "Phó Ban Tổ chức Quận ủy"]], ["Hội nghị có sự tham dự của bà Trần Thị Thu Hoài - Phó Ban Tổ chức Quận ủy."]),
  examples([["Phạm Quốc Thụ", "PBT Đảng ủy phường"], ["Nguyễn Công Châu", "UVBTV – PCT UBND huyện"]], [
    "Ông Phạm Quốc Thụ - PBT Đảng ủy phường. Đồng chí Nguyễn Công Châu UVBTV – PCT UBND huyện phát biểu.",
  ]),
  examples([["Lê Văn Tám", "Phó CT Hội Nông dân huyện Võ Nhai"]], ["Ông Lê Văn Tám (Phó CT Hội Nông dân huyện Võ Nhai) trao quà cho hội viên."]),
  examples([["Hà Văn Mạnh", "Bí thư Chi bộ thôn Nà Làng"]], ["Đồng chí Hà Văn Mạnh được bầu là Bí thư Chi bộ thôn Nà Làng."]),
  // a whole name with a middle name, right after a word that says who (`là`, `của`, `do`, `bắt giữ`, `bắt quả tang`),
  // and each listed after it; not two syllables (`của Lê Lợi`) nor a street or a hero
  examples([["Huỳnh Ngọc Anh", null]], ["Công an bắt nghi can cầm đầu đường dây là Huỳnh Ngọc Anh, 48 tuổi."]),
  examples([["Trần Văn Đạo", null]], ["Đường dây đánh bạc của Trần Văn Đạo mới nổi lên thời gian gần đây."]),
  examples([["Bùi Mạnh Trí", null]], ["Công an huyện đã bắt giữ Bùi Mạnh Trí tại nhà riêng."]),
  examples([["Hoàng Bá Dương", null], ["Lò Văn Sáng", null]], ["Tổ công tác bắt quả tang Hoàng Bá Dương, Lò Văn Sáng đang mua bán trái phép chất ma túy."]),
  examples([], [
    "Người dân dọc tuyến phố của Lê Lợi đã chỉnh trang nhà cửa.",
    "Học tập và làm theo tư tưởng của Hồ Chí Minh là việc làm thường xuyên.",
    "Tuyến đường được đặt tên là Nguyễn Văn Cừ.",
    "Các tuyến đường bị ngập sâu là Nguyễn Hữu Cảnh, Huỳnh Tấn Phát và Lê Văn Lương.",
    "Học sinh của Lê Hồng Phong đạt 12 giải trong kỳ thi.",
  ]),
  // after a place's word, a whole run opening with two surnames is a person's name (no ward has one syllable)
  examples([["Võ Lê Nhật", "Chủ tịch HĐND phường"]], ["Tham dự có Chủ tịch HĐND phường Võ Lê Nhật."]),
  examples([["Nguyễn Lê Trường Sơn", "Phó Chủ tịch UBND xã"]], ["Phó Chủ tịch UBND xã Nguyễn Lê Trường Sơn trao quyết định giao dự toán."]),
  // a Highlands village's head; a district named after a person is none
  examples([["Y Von Niê", "Trưởng buôn Yang Lành"]], ["Ông Y Von Niê, Trưởng buôn Yang Lành, cho biết cả buôn đã thoát nghèo."]),
  examples([], ["Phong trào phát triển mạnh ở tỉnh Cà Mau nói chung và huyện Trần Văn Thời nói riêng."]),
  // a name with `Văn` or `Thị` after `là`, `của`, `do`, in a clause of no street or school
  examples([["Trần Thị Mai", null]], ["Người đạt giải nhất hội thi là Trần Thị Mai."]),
  examples([["Phạm Văn Hòa", null]], ["Sáng kiến của Phạm Văn Hòa được áp dụng rộng rãi."]),
  // a table of names, a blank line, a table of streets: the second header names no people
  examples([["Lê Văn Cường", null]], [article("TT | Họ và tên | Năm sinh", "1 | Lê Văn Cường | 1975", "", "TT | Tuyến đường | Chiều dài", "1 | Nguyễn Văn Linh | 1,2 km")]),
  // a role ends before what the person did next, in lower case
  examples([["Trần Văn An", "Chủ tịch UBND xã"]], ["Ông Trần Văn An - Chủ tịch UBND xã tổ chức trao 20 phần quà cho hộ nghèo."]),
  examples([["Trần Thị Chúc Quỳnh", "Bí thư Tỉnh Đoàn Lâm Đồng"]], ["Chị Trần Thị Chúc Quỳnh - Bí thư Tỉnh Đoàn Lâm Đồng đại diện nhận Bằng khen."]),
  examples([["Trần Hồng Dung", "Trưởng Ban đại diện HĐQT NHCSXH huyện"]], ["Bà Trần Hồng Dung, Trưởng Ban đại diện HĐQT NHCSXH huyện phát biểu."]),
  // a second name after `và`, with `Văn` or `Thị`, before a verb no stop list knows
  examples([["Hoàng Văn Nam", null], ["Nguyễn Thị Lan", null]], ["Vận động viên Hoàng Văn Nam và Nguyễn Thị Lan giành huy chương vàng."]),
  // a vessel's registration ends with `TS`, then the sentence's stop: no degree before the next sentence
  examples([], ["Lực lượng chức năng đã kiểm tra tàu cá BĐ 95123 TS. Ông Hùng cho biết tàu vừa cập cảng."]),
  // a hard-wrapped line breaking a name after its middle name
  examples([["Nguyễn Văn Vững", "Huyện ủy viên, Trưởng Phòng GD&ĐT huyện"]], ["Dự hội nghị có đồng chí Nguyễn Văn\nVững - Huyện ủy viên, Trưởng Phòng GD&ĐT huyện."]),
  // a general department's deputy head
  examples([["Nguyễn Văn Tiến", "Phó Tổng cục trưởng"]], ["Tham dự có Phó Tổng cục trưởng Nguyễn Văn Tiến và lãnh đạo các sở, ngành."]),
  // a sentence's first word runs into the honorific after it: `Theo Thượng tá …` as `Cũng theo Thượng tá …`
  examples([["Nguyễn Văn Hùng", null]], ["Theo Thượng tá Nguyễn Văn Hùng, lực lượng công an đã bắt giữ 5 đối tượng."]),
  // a birth year in brackets after a name (`(SN 1992, …)`) makes it a person
  examples([["Hồ Văn Lả", null], ["Trần Quốc Khánh", null]], [
    "Lực lượng chức năng xác định kẻ cầm đầu là Hồ Văn Lả (SN 1988, trú tại xã Lìa) cùng Trần Quốc Khánh (SN 1992, trú tại phường 5) đã móc nối với nhau.",
  ]),
  examples([["Lê Thị Hoa", "Trưởng ban chỉ đạo phong trào thi đua của xã"]], ["Đồng chí Lê Thị Hoa, Trưởng ban chỉ đạo phong trào thi đua của xã, phát biểu tại hội nghị."]),
  // two surnames open a name of four syllables (not after a place: `Huyện ủy Lâm Hà Trần Văn Sơn`, above)
  examples([["Nguyễn Văn Nên", "Bí thư Thành ủy"], ["Phan Nguyễn Như Khuê", "Phó Bí thư Thành ủy"]], [
    "Dự hội nghị có các đồng chí: Nguyễn Văn Nên, Bí thư Thành ủy; Phan Nguyễn Như Khuê, Phó Bí thư Thành ủy.",
  ]),
  examples([["Lê Trường Lưu", "UVTW Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh"]], ["Đồng chí Lê Trường Lưu - UVTW Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu."]),
  // a council's verb ends a role, and names a person on its own
  examples([["Lê Minh Tuấn", "Phó Chủ tịch UBND xã Phù Ninh"]], ["Ông Lê Minh Tuấn, Phó Chủ tịch UBND xã Phù Ninh chất vấn về tiến độ dự án."]),
  examples([["Lê Minh Tuấn", "Đại biểu"]], [
    "Đại biểu Lê Minh Tuấn chất vấn về tuyến đường liên xã.",
    // past a short aside in brackets
    "Đại biểu Lê Minh Tuấn (Tổ đại biểu số 5, xã Phù Ninh) chất vấn về tuyến đường liên xã.",
  ]),
  // a role given by a verb after names joined by `và` is theirs all; a title after a comma is the last one's
  examples([["Đỗ Quang Huy", "Phó Chủ tịch Hội"], ["Phạm Thị Liên", "Phó Chủ tịch Hội"]], ["Đại hội bầu các đồng chí Đỗ Quang Huy và Phạm Thị Liên được bầu giữ chức Phó Chủ tịch Hội."]),
  examples([["Lê Văn An", null], ["Trần Văn Bình", "Phó Chủ tịch Hội"]], ["Dự có các đồng chí Lê Văn An và Trần Văn Bình, Phó Chủ tịch Hội."]),
  examples([["Lê Văn Tám", "Bí thư Chi bộ và trưởng thôn Tân Lập"]], ["Ông Lê Văn Tám, Bí thư Chi bộ và trưởng thôn Tân Lập, cho biết."]),
  // a verb after `và` goes on with the sentence (an acronym goes on with the body's name)
  examples([["Phan Văn Hùng", "Trưởng phòng Nông nghiệp và PTNT huyện Yên Thành"]], ["Ông Phan Văn Hùng, Trưởng phòng Nông nghiệp và PTNT huyện Yên Thành cho biết."]),
  examples([["Nguyễn Đức Dương", "Bí thư"]], ["Đại hội bầu Ban Chấp hành gồm 7 đồng chí, đồng chí Nguyễn Đức Dương được bầu làm Bí thư và bầu 3 đại biểu đi dự đại hội."]),
  // a comma inside a body's name, its last part after `và`
  examples([["Lê Văn Hùng", "Phó Trưởng phòng Văn hóa, Khoa học và Thông tin huyện Đông Anh"]], [
    "Ông Lê Văn Hùng, Phó Trưởng phòng Văn hóa, Khoa học và Thông tin huyện Đông Anh cho biết.",
  ]),
  examples([["Nguyễn Văn Tâm", "Giám đốc Sở Văn hóa, Thể thao và Du lịch"]], ["Giám đốc Sở Văn hóa, Thể thao và Du lịch Nguyễn Văn Tâm phát biểu."]),
  // after a label's number, the sentence's verb ends the role (a place word, or words on to a capital, go on with it)
  examples([["Lê Thị Hoa", "Bí thư Chi bộ 3 đảng bộ phường Tân Lập"]], ["Bà Lê Thị Hoa, Bí thư Chi bộ 3 đảng bộ phường Tân Lập, phát biểu."]),
  // a place word closes a body's name before a comma: the next body is no part of the role
  examples([["Lê Thị Mai", "Chủ tịch Hội Phụ nữ xã"]], ["Bà Lê Thị Mai, Chủ tịch Hội Phụ nữ xã, Công đoàn và Đoàn Thanh niên phối hợp tổ chức."]),
  examples([["Trần Văn Nam", "chính trị viên Ban Chỉ huy quân sự Quận 1"]], ["Đồng chí Trần Văn Nam, chính trị viên Ban Chỉ huy quân sự Quận 1 phổ biến 4 nghị quyết của Đảng ủy."]),
  examples([["Lê Thị Hoa", "Bí thư Chi bộ thôn 5 xã Tân Lập"]], ["Bà Lê Thị Hoa, Bí thư Chi bộ thôn 5 xã Tân Lập, phát biểu."]),
  // a dotted abbreviation opens a role; a city's acronym ends a place before a name of three syllables
  examples([["Nguyễn Văn An", "UV.BTV Huyện ủy"]], ["Đồng chí Nguyễn Văn An – UV.BTV Huyện ủy dự hội nghị."]),
  examples([["Lê Văn Tám", "PCT.UBND xã"]], ["Ông Lê Văn Tám, PCT.UBND xã, phát biểu."]),
  examples([["Trần Lưu Quang", "Bí thư Thành ủy TP.HCM"]], ["Bí thư Thành ủy TP.HCM Trần Lưu Quang phát biểu chỉ đạo."]),
  examples([["Nguyễn Thị Hoài", null]], ["Chi bộ tổ chức lễ kết nạp quần chúng ưu tú: Nguyễn Thị Hoài vào Đảng."]),
  // voters, residents and the clergy are named after their word
  examples([["Trần Thị Nga", null]], ["Cử tri Trần Thị Nga phản ánh việc cấp giấy chứng nhận còn chậm.", "Người dân Trần Thị Nga cho biết."]),
  examples([["Danh Sóc", "trụ trì chùa Ô Rồng"]], ["Đại đức Danh Sóc, trụ trì chùa Ô Rồng, nói về công tác an sinh."]),
  examples([["Lữ Thị Phương", null]], ["Chị Lữ Thị Phương, bản Huồi Tụ, xúc động kể lại."]),
  examples([["H'Ngân Êban", "Phó Bí thư Chi đoàn buôn"]], ["Chị H'Ngân Êban, Phó Bí thư Chi đoàn buôn, cho biết."]),
  // a city whose name ends like a person's
  examples([["Y Khu Niê", "già làng"]], ["Tại buôn Kô Sier, TP. Buôn Ma Thuột, già làng Y Khu Niê kể chuyện."]),
  // candidates, students and patients are named after their noun
  examples([["Nguyễn Thị Thanh Yên", null]], ["Thí sinh Nguyễn Thị Thanh Yên đỗ thủ khoa khối A.", "Bệnh nhân Nguyễn Thị Thanh Yên đã được xuất viện."]),
  // a birth year after a comma, or the age in brackets
  examples([["Phạm Văn Tùng", null], ["Lê Huy Nam", null]], [
    "Công an đã bắt giữ thêm 2 đối tượng gồm: Phạm Văn Tùng, sinh năm 1983 và Lê Huy Nam, sinh năm 1998, cùng trú tại xã An Bình.",
    "Hai đối tượng là Phạm Văn Tùng (25 tuổi) và Lê Huy Nam (31 tuổi, trú tại xã An Bình) đã bị tạm giữ.",
  ]),
  // an official document's signature beside its recipients, in two columns
  examples([["Kiều Văn Dũng", "BÍ THƯ"]], [
    [
      "Đảng ủy thị trấn đề nghị các chi bộ trực thuộc quán triệt, triển khai thực hiện nghiêm túc các nội dung của báo cáo này.",
      "",
      "Nơi nhận:\tT/M BAN THƯỜNG VỤ",
      "- Ban Thường vụ Huyện ủy (b/c);\tBÍ THƯ",
      "- Các chi bộ trực thuộc;\t",
      "- Lưu VP Đảng ủy.\t(đã ký)",
      "",
      "\tKiều Văn Dũng",
      "",
      "Các văn bản khác",
      "  • Kế hoạch tổ chức Tết Trung thu năm 2024 cho 1.200 cháu thiếu nhi",
    ].join("\n"),
  ]),
  // the same with spaces for columns, the recipients' list longer than the signature, a portal's name and its footer under it
  examples([["Nguyễn Văn Hoà", "PHÓ BÍ THƯ"]], [
    [
      "Đảng ủy xã đề nghị các chi bộ trực thuộc quán triệt, triển khai thực hiện nghiêm túc các nội dung của báo cáo này.",
      "",
      "Nơi nhận:                                                  T/M ĐẢNG UỶ",
      "- Ban Thường vụ Huyện uỷ (b/c),                             PHÓ BÍ THƯ",
      "- Huyện đoàn Yên Thành,",
      "- Các đồng chí Đảng uỷ viên,",
      "- Lưu VP.",
      "",
      "                                                          Nguyễn Văn Hoà",
      "",
      "Cổng thông tin điện tử xã Phúc Thành, huyện Yên Thành",
      "Địa chỉ: Xóm 5, xã Phúc Thành - ĐT: 0238 3654 123 - Email: phucthanh@nghean.gov.vn",
    ].join("\n"),
  ]),
  // a letterhead's body name wrapped onto a line of capitals is no writer; a menu and a footer of the site's name and
  // contact under the signature
  examples([["Trần Đình Khoa", "PHÓ CHỦ TỊCH UBND HUYỆN"]], [
    [
      "Báo cáo tổng kết công tác vận động hiến máu tình nguyện năm 2023",
      "Cập nhật: 15/01/2024 14:20",
      "",
      "UBND HUYỆN ĐỨC THỌ                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "BAN CHỈ ĐẠO VẬN ĐỘNG                         Độc lập - Tự do - Hạnh phúc",
      "HIẾN MÁU TÌNH NGUYỆN",
      "Số: 02/BC-BCĐ                          Đức Thọ, ngày 10 tháng 01 năm 2024",
      "",
      "Năm 2023, Ban Chỉ đạo đã tổ chức nhiều đợt vận động hiến máu tình nguyện, được nhân dân hưởng ứng tích cực.",
      "",
      "Nơi nhận:                                               TRƯỞNG BAN",
      "- BCĐ tỉnh (b/c);                              PHÓ CHỦ TỊCH UBND HUYỆN",
      "- Lưu: VT.",
      "",
      "                                                      Trần Đình Khoa",
      "",
      "Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ",
      "Cổng thông tin điện tử huyện Đức Thọ. Địa chỉ: Số 12 đường Hà Huy Tập, thị trấn Đức Thọ",
    ].join("\n"),
  ]),
  // (the label without its colon: a superior's copy marks the block all the same)
  examples([["Nguyễn Văn Hòa", "BÍ THƯ"]], [
    [
      "Đảng ủy xã đề nghị các chi bộ trực thuộc quán triệt, triển khai thực hiện nghiêm túc các nội dung của báo cáo này.",
      "",
      "Nơi nhận                                                   T/M ĐẢNG ỦY",
      "- Ban Thường vụ Huyện ủy (b/c),                             BÍ THƯ",
      "- Các chi bộ,",
      "- Lưu VP.",
      "",
      "                                                          Nguyễn Văn Hòa",
    ].join("\n"),
  ]),
  // (no recipients' block: a heading over a list of the article's points is no writer's title)
  examples([["Nguyễn Minh Anh", null]], [
    [
      "Huyện đoàn đã tổ chức nhiều hoạt động thiết thực cho thanh thiếu nhi trong dịp hè vừa qua, được nhân dân đồng tình ủng hộ.",
      "",
      "Phó Bí thư Huyện đoàn",
      "- Tổ chức 5 lớp dạy bơi cho thiếu nhi;",
      "- Trao 10 suất quà cho học sinh nghèo.",
      "",
      "Nguyễn Minh Anh",
    ].join("\n"),
  ]),
  // a writer's name and where they work, a field's name in a body's (`Thông tin` is no verb there)
  examples([["Hoàng Yến", null]], [
    "Sáng 27/11, UBND tỉnh tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2023, có 128 đại biểu tham dự.\n\nHoàng Yến - Trung tâm Thông tin",
    "Biểu dương người có uy tín tiêu biểu\nCập nhật lúc 14:32 ngày 28/11/2023\nHoàng Yến - TTVH-TT huyện Yên Lạc\n\nSáng 27/11, UBND tỉnh tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2023, có 128 đại biểu tham dự.",
  ]),
  // a writer and the paper after a slash, under the stamp; a byline over a line of tags of several words
  examples([["Hoàng Anh", null]], [
    "Sơn La thu giữ hơn 2.000 chai dầu gội giả\n\nThứ tư, 08/01/2025 11:32 (GMT+7)\nHoàng Anh/VOV-Tây Bắc\n\nVOV.VN - Lực lượng Quản lý thị trường tỉnh Sơn La vừa phát hiện, thu giữ hơn 2.000 chai dầu gội đầu giả mạo nhãn hiệu nổi tiếng tại một cơ sở kinh doanh.",
    "Sáng 27/11, Sở Y tế tỉnh Khánh Hòa cho biết đã có 45 người phải nhập viện sau khi ăn bánh mì tại một cơ sở trên địa bàn thành phố Nha Trang.\n\nHoàng Anh (TTXVN)\n#ngộ độc thực phẩm  #Khánh Hòa",
  ]),
  // a writer's name in brackets alone on the last line; an interview's writer under the stamp, `thực hiện` with no brackets
  examples([["Minh Đức", null]], [
    "Sáng 24/10, UBND tỉnh tổ chức hội nghị tuyên dương 45 tập thể và 120 cá nhân có thành tích xuất sắc trong phong trào thi đua.\n\n(Minh Đức)",
    "Tuyên dương điển hình tiên tiến\nThứ Hai, 12/5/2025 09:15\nMinh Đức thực hiện\n\nSáng 24/10, UBND tỉnh tổ chức hội nghị tuyên dương 45 tập thể và 120 cá nhân có thành tích xuất sắc trong phong trào thi đua.",
  ]),
  // (a series' note in brackets is no name; a place's headline under the stamp is no writer)
  examples([], [
    "Sáng 24/10, UBND tỉnh tổ chức hội nghị tuyên dương 45 tập thể và 120 cá nhân có thành tích xuất sắc trong phong trào thi đua.\n\n(Còn Nữa)",
    "Biểu dương người có uy tín tiêu biểu\nCập nhật lúc 14:32 ngày 28/11/2023\nMỹ Đức - Hà Nội đẩy mạnh chuyển đổi số\n\nSáng 27/11, UBND tỉnh tổ chức hội nghị biểu dương người có uy tín tiêu biểu trong đồng bào dân tộc thiểu số năm 2023, có 128 đại biểu tham dự.",
  ]),
  // a signature over the recipients' block, each on its own lines
  examples([["Phan Thị Thanh Hà", "PHÓ TRƯỞNG BAN"]], [
    [
      "Ban Chỉ đạo đề nghị các thành viên triển khai thực hiện nghiêm túc các nội dung của báo cáo này.",
      "",
      "KT. TRƯỞNG BAN",
      "PHÓ TRƯỞNG BAN",
      "Phan Thị Thanh Hà",
      "Nơi nhận:",
      "- Sở Y tế;",
      "- Lưu: VT.",
    ].join("\n"),
  ]),
  // a body's name going on in lower case after a dash; an honorific after the dash opens the person
  examples([["Đỗ Quang Vinh", "Đội trưởng Đội Cảnh sát giao thông - trật tự"]], [
    "Theo Đội trưởng Đội Cảnh sát giao thông - trật tự Đỗ Quang Vinh, đơn vị tăng cường tuần tra ban đêm.",
  ]),
  examples([["Lê Văn An", "Chủ tịch UBND xã"]], ["Chủ tịch UBND xã - ông Lê Văn An phát biểu."]),
  // a steering committee's name with the commas of what it fights
  examples([["Nguyễn Thị Hương", "Phó Chủ tịch UBND thành phố, Trưởng Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội thành phố"]], [
    "Dự lễ có bà Nguyễn Thị Hương, Phó Chủ tịch UBND thành phố, Trưởng Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội thành phố cùng đông đảo đoàn viên.",
  ]),
  // a person's work after the comma
  examples([["Nguyễn Thị Mai", "kế toán Công ty Xây dựng Tân An"]], ["Chị Nguyễn Thị Mai, kế toán Công ty Xây dựng Tân An, cho biết hóa đơn điện tử rất tiện."]),
  examples([["Lê Văn Nam", "chủ trang trại nuôi lợn"]], ["Ông Lê Văn Nam, chủ trang trại nuôi lợn, cho biết giá lợn tăng."]),
  // a role's place, a comma, then the town or the city it lies in; a set phrase's parts joined by `và`; a duty after it
  examples([["Nông Thị Hà", "Tổ trưởng tổ TK&VV Tổ 7, thị trấn Chợ Chu"]], ["Bà Nông Thị Hà, Tổ trưởng tổ TK&VV Tổ 7, thị trấn Chợ Chu, cho biết tổ có 48 tổ viên."]),
  examples([["Nguyễn Văn Đông", "Chánh xứ Giáo xứ Plei Chuet, thành phố Pleiku"]], ["Linh mục Nguyễn Văn Đông, Chánh xứ Giáo xứ Plei Chuet, thành phố Pleiku, cho biết."]),
  examples([["Lê Văn An", "Chủ tịch Hội đồng bồi thường, hỗ trợ và tái định cư dự án"]], [
    "Ông Lê Văn An, Chủ tịch Hội đồng bồi thường, hỗ trợ và tái định cư dự án, cho biết tiến độ đạt yêu cầu.",
  ]),
  examples([["Lê Văn An", "Phó Chủ tịch UBND xã"]], ["Ông Lê Văn An, Phó Chủ tịch UBND xã chịu trách nhiệm chỉ đạo thực hiện."]),
  // where a person works, only after the name and a comma or a bracket
  examples([["Nguyễn Thị Lan", "cán bộ Hội Phụ nữ xã"]], ["Bà Nguyễn Thị Lan, cán bộ Hội Phụ nữ xã, cho biết có 45 hội viên tham gia."]),
  examples([["Lê Văn Tám", "nhân viên Trạm Y tế xã"]], ["Ông Lê Văn Tám, nhân viên Trạm Y tế xã, cho biết đã tiêm cho 320 trẻ."]),
  examples([["Trần Văn Bình", "thành viên Tổ công nghệ số cộng đồng thôn Đông"]], [
    "Anh Trần Văn Bình (thành viên Tổ công nghệ số cộng đồng thôn Đông) hướng dẫn người dân cài đặt ứng dụng.",
  ]),
  examples([["Phạm Văn Đức", "viên chức Trung tâm Dịch vụ nông nghiệp huyện"]], [
    "Ông Phạm Văn Đức, viên chức Trung tâm Dịch vụ nông nghiệp huyện, cho biết lúa đã trổ đều.",
  ]),
  examples([["Lê Thị Hoa", "giáo viên Trường Tiểu học Kim Đồng"]], ["Cô Lê Thị Hoa, giáo viên Trường Tiểu học Kim Đồng, chia sẻ."]),
  examples([["Nguyễn Thị Thu Hà", "học sinh lớp 12A1 Trường THPT chuyên Lê Quý Đôn"]], [
    "Em Nguyễn Thị Thu Hà, học sinh lớp 12A1 Trường THPT chuyên Lê Quý Đôn, đạt giải nhất.",
  ]),
  // (a home province before where one works is nobody: `quê Sơn La, công nhân …`)
  examples([["Lò Thị Hiền", null]], ["Chị Lò Thị Hiền (34 tuổi, quê Sơn La, công nhân Công ty TNHH Giày Thái Bình Dương) cho biết."]),
  examples([["Nguyễn Thị Lài", "công nhân Công ty TNHH Giày da Tân Phú"]], ["Chị Nguyễn Thị Lài, công nhân Công ty TNHH Giày da Tân Phú, cho biết."]),
  examples([["Lò Thị Xuân", "chủ homestay Xuân Lác"]], ["Chị Lò Thị Xuân, chủ homestay Xuân Lác, cho biết khách đông dần."]),
  examples([["Vi Văn Thắm", "y sĩ Trạm Y tế xã"]], ["Ông Vi Văn Thắm, y sĩ Trạm Y tế xã, cho biết trạm luôn có người trực."]),
  // (the word alone is who came, no title; before a body it opens a caption under a credit)
  examples([["Trần Văn Bình", null]], [
    "Tham dự có ông Trần Văn Bình, cán bộ và nhân dân thôn Đông.",
    "Tham dự có ông Trần Văn Bình, cán bộ công chức xã và đông đảo nhân dân.",
    "Tham dự có ông Trần Văn Bình, cán bộ, chiến sĩ đơn vị.",
  ]),
  examples([["Trần Minh", null]], [article("Ảnh: Trần Minh", "Cán bộ Chi cục Thuế khu vực Thạch Khê hướng dẫn người nộp thuế.")]),
  // health's callings before a name
  examples([["Vi Văn Thắm", "Trưởng trạm"]], ["Trưởng trạm, y sĩ Vi Văn Thắm, cho biết trạm đã khám cho nhiều lượt người."]),
  // players by their position, veterans by their acronym, a child, a village's elder, a forecaster
  examples([["Đặng Văn Lực", null]], [
    "Phút 35, trung vệ Đặng Văn Lực đánh đầu mở tỷ số.",
    "Trang trại của CCB Đặng Văn Lực ở thôn Đông có 500 con lợn.",
    "Những người như già bản Đặng Văn Lực luôn gương mẫu.",
    "Bé Đặng Văn Lực được tặng quà.",
    "Dự báo viên Đặng Văn Lực cho biết mưa sẽ giảm.",
    // donors and owners, an artisan by the acronym of the title
    "Dịp này, nhà hảo tâm Đặng Văn Lực trao tặng 2 tấn gạo.",
    "Mạnh thường quân Đặng Văn Lực ủng hộ thêm 20 suất quà.",
    "Chủ tàu Đặng Văn Lực bị xử phạt vì tắt thiết bị giám sát hành trình.",
  ]),
  // an association's unit named after a hero (`Hội CCB Nguyễn Trãi`) names nobody
  examples([], ["Hội CCB Nguyễn Trãi tổ chức hội nghị tổng kết.", "Hội Cựu chiến binh Lê Lợi tổ chức hội nghị tổng kết."]),
  // the State Audit's titles
  examples([["Đặng Văn Hải", "Kiểm toán trưởng"]], ["Theo Kiểm toán trưởng Đặng Văn Hải, tỉnh còn nợ đọng thuế."]),
  examples([["Ngô Văn Tuấn", "Tổng Kiểm toán Nhà nước"]], ["Tổng Kiểm toán Nhà nước Ngô Văn Tuấn phát biểu tại hội nghị."]),
  // a country or a club after a player's word
  examples([], ["Cầu thủ Hàn Quốc thi đấu rất quyết liệt.", "Võ sĩ Thái Lan để thua ở hiệp hai.", "Thủ môn Hoàng Anh Gia Lai bắt bài tốt."]),
  // (a hospital's ward after the doctor's word is where, no one's name; `Khoa` opening a pen name is one)
  examples([], ["Bác sĩ Khoa Tim mạch thực hiện thành công ca phẫu thuật."]),
  examples([["Khoa Nam", null]], ["Lãnh đạo huyện trao quà cho hộ nghèo. Ảnh: Khoa Nam"]),
  // a Dao surname
  examples([["Lỷ Thị Sếnh", null]], ["Chị Lỷ Thị Sếnh cho biết gia đình đã thoát nghèo."]),
  // a photo's note of where the person stands, after the role, is no part of it
  examples([["Lê Đại Dương", "Phó Bí thư Đảng ủy phường Tân Lợi"]], [
    "Đồng chí Lê Đại Dương, Phó Bí thư Đảng ủy phường Tân Lợi (đứng giữa) tặng hoa chúc mừng đại hội.",
    "Đồng chí Lê Đại Dương, Phó Bí thư Đảng ủy phường Tân Lợi (thứ hai từ trái sang) tặng hoa chúc mừng đại hội.",
  ]),
  // a body's acronym after a dash inside its name
  examples([["Nguyễn Văn Khải", "Chi cục trưởng Chi cục Dân số - KHHGĐ tỉnh"]], ["Ông Nguyễn Văn Khải, Chi cục trưởng Chi cục Dân số - KHHGĐ tỉnh cho biết."]),
  examples([["Lê Văn Minh", "Đội trưởng Đội CSGT - TT Công an TP Thanh Hóa"]], ["Theo Thượng tá Lê Văn Minh, Đội trưởng Đội CSGT - TT Công an TP Thanh Hóa, đơn vị đã xử lý 120 trường hợp."]),
  // a short bracket inside a role, and `ông`/`bà` between a title and its person
  examples([["Nguyễn Hoàng Hiệp", "Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn (NN&PTNT)"]], [
    "Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn (NN&PTNT) Nguyễn Hoàng Hiệp phát biểu.",
  ]),
  examples([["Bùi Minh Túy", "Chủ tịch UBND huyện Đông Hải (tỉnh Bạc Liêu)"]], ["Chủ tịch UBND huyện Đông Hải (tỉnh Bạc Liêu) ông Bùi Minh Túy cho biết."]),
  examples([["Lê Thị Hoa", "Chủ tịch UBND xã"]], ["Chủ tịch UBND xã bà Lê Thị Hoa phát biểu."]),
  examples([["Lê Văn Tám", "Giám đốc Sở Tài nguyên và Môi trường (TN&MT)"]], ["Ông Lê Văn Tám, Giám đốc Sở Tài nguyên và Môi trường (TN&MT) cho biết."]),
  // `Chủ tịch nước` is a title, not a place before the name; a role of three titles is read whole
  examples([["Võ Cường", "Chủ tịch nước"], ["Phạm Minh Chính", "Thủ tướng Chính phủ"]], ["Cùng dự có Chủ tịch nước Võ Cường, Thủ tướng Chính phủ Phạm Minh Chính."]),
  examples([["Hoàng Văn Nam", "Ủy viên Ban Chấp hành Đảng bộ tỉnh, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Phó Trưởng Ban Dân vận Tỉnh ủy Bắc Giang"]], [
    "Đồng chí Hoàng Văn Nam, Ủy viên Ban Chấp hành Đảng bộ tỉnh, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Phó Trưởng Ban Dân vận Tỉnh ủy Bắc Giang phát biểu.",
  ]),
  // `già làng` is a village elder, not a village; a title, a dash, then the person
  examples([["Lỳ Xuyến Phù", "già làng"]], ["Sáng 5/3, già làng Lỳ Xuyến Phù cùng cán bộ đồn biên phòng tuần tra."]),
  examples([["Trần Văn Lợi", "Phó Chủ tịch Hội Nông dân tỉnh"]], ["Phó Chủ tịch Hội Nông dân tỉnh - Trần Văn Lợi phát biểu."]),
  // the role given with a birth year, in its brackets or after them
  examples([["Lưu Văn Tâm", "Phó Chủ tịch UBND xã Tân Lập"]], ["Cơ quan điều tra bắt tạm giam Lưu Văn Tâm (SN 1970, trú tại xã Tân Lập, Phó Chủ tịch UBND xã Tân Lập)."]),
  examples([["Hồ Văn Lực", "nguyên Bí thư Đảng ủy xã Hòa Bình"]], ["Khởi tố bị can Hồ Văn Lực (SN 1968, trú tại xã Hòa Bình, huyện Tân Yên) - nguyên Bí thư Đảng ủy xã Hòa Bình."]),
  // `T.Ư` (Trung ương) keeps its dot; `ĐBQH`, `CT UBND`; a number after `và` counts others
  examples([["Phạm Văn Long", "Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy"]], ["Dự có đồng chí Phạm Văn Long, Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy."]),
  examples([["Đặng Thị Hoa", "ĐBQH tỉnh"]], ["Cử tri nghe bà Đặng Thị Hoa, ĐBQH tỉnh báo cáo kết quả kỳ họp."]),
  examples([["Lê Văn Tám", "CT UBND huyện"]], ["Ông Lê Văn Tám - CT UBND huyện phát biểu."]),
  examples([["Hà Văn Tuấn", "Chủ tịch UBND xã"]], ["Đồng chí Hà Văn Tuấn, Chủ tịch UBND xã và 80 đại biểu chính thức dự đại hội."]),
  // a list goes on past an uncommon surname when a middle name follows it
  examples([["Hứa Văn Lâm", null], ["Mạch Thị Xuân", null], ["Đàm Quang Huy", null], ["Nguyễn Thị Loan", null]], [
    "Ban chấp hành khóa mới gồm các đồng chí: Hứa Văn Lâm, Mạch Thị Xuân, Đàm Quang Huy, Nguyễn Thị Loan.",
  ]),
  // a photo credit's pen name may open with `Công`
  examples([["Công Nãng", null]], ["Nông dân xã Tân Lập thu hoạch lúa. Ảnh: Công Nãng"]),
  // suspects in police news, and those admitted to the Party
  examples([["Lê Trung Nghĩa", null]], ["Tổ công tác bắt quả tang đối tượng Lê Trung Nghĩa (SN 1996, trú tại xã Hòa Bình) đang tàng trữ ma túy."]),
  examples([["Hồ Văn Lả", null], ["Trần Quốc Khánh", null]], ["Cơ quan điều tra khởi tố các đối tượng Hồ Văn Lả, Trần Quốc Khánh về tội mua bán trái phép chất ma túy."]),
  examples([["Hồ Viết Thư", null]], ["Chi bộ tổ chức lễ kết nạp đảng viên cho đoàn viên ưu tú Hồ Viết Thư."]),
  // Thái and Dao surnames after an everyday honorific, which needs a known surname
  examples([["Lô Thị Mai", null]], ["Điển hình như chị Lô Thị Mai, hội viên Chi hội phụ nữ xóm 7, từ nguồn vốn vay chị đầu tư nuôi bò."]),
  examples([["Chìu Văn Sinh", null]], ["Gia đình anh Chìu Văn Sinh ở thôn Nà Pồng có 5 ha quế."]),
  examples([["Nguyễn Thị Minh Khuê", "Hiệu trưởng Trường THCS Tân Lập"]], [
    "Cô Nguyễn Thị Minh Khuê, Hiệu trưởng Trường THCS Tân Lập cho biết nhà trường có 98% học sinh khá giỏi.",
  ]),
  examples([["Lâm Thị Thanh Hương", "Tổ trưởng tổ dân phố số 7"]], [
    "Bà Lâm Thị Thanh Hương - Tổ trưởng tổ dân phố số 7 cho biết cả tổ đã góp gần 300 ngày công.",
  ]),
  examples([["Lò Văn Pọm", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"]], [
    "Đại tá Lò Văn Pọm, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh kiểm tra công tác huấn luyện.",
  ]),
  examples([["Quách Văn Tiến", "Chính trị viên Ban Chỉ huy Quân sự huyện"]], [
    "Thượng tá Quách Văn Tiến, Chính trị viên Ban Chỉ huy Quân sự huyện phát biểu giao nhiệm vụ.",
  ]),
  examples([["Mai Văn Hải", "Đại biểu Quốc hội khóa XV"]], [
    "Đại biểu Quốc hội khóa XV Mai Văn Hải tiếp xúc cử tri xã Yên Lạc.",
    "Ông Mai Văn Hải, Đại biểu Quốc hội khóa XV tiếp xúc cử tri xã Yên Lạc.",
  ]),
  examples([["Nguyễn Hữu Phước", "Trưởng Công an xã"]], [
    "Trưởng Công an xã Nguyễn Hữu Phước cho biết tình hình an ninh trật tự ổn định.",
  ]),
  examples([["Dương Văn Thái", "Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"]], [
    "Theo ông Dương Văn Thái, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy, công tác kiểm tra được tăng cường.",
  ]),
  examples([["Đồng Văn Khải", "Bí thư Chi bộ thôn Đông"]], [
    "Đồng chí Đồng Văn Khải - Bí thư Chi bộ thôn Đông nhấn mạnh vai trò nêu gương của đảng viên.",
  ]),
  examples([["Lê Văn Tư", "Bí thư Chi bộ thôn 5"]], [
    "Bí thư Chi bộ thôn 5, ông Lê Văn Tư cho biết cả thôn đã hiến gần 1.000m2 đất.",
    "Ông Lê Văn Tư là Bí thư Chi bộ thôn 5 nên luôn gương mẫu đi đầu.",
  ]),
  examples([["Hoàng Thị Dung", "Chủ tịch Hội Phụ nữ xã"]], [
    "Bà Hoàng Thị Dung, nguyên là Chủ tịch Hội Phụ nữ xã, vẫn tích cực tham gia công tác hòa giải.",
  ]),
  // a role after `được bầu làm`, `giữ chức` belongs to the person before it, never to the next name
  examples([["Vũ Đức Thành", "Bí thư Chi bộ"], ["Trần Thị Hoa", "Phó Bí thư"]], [
    "Đồng chí Vũ Đức Thành được bầu làm Bí thư Chi bộ, bà Trần Thị Hoa tiếp tục giữ chức Phó Bí thư.",
    "Ông Vũ Đức Thành được bầu giữ chức Bí thư Chi bộ; bà Trần Thị Hoa được bầu làm Phó Bí thư.",
  ]),
  examples([["Ngô Quang Huy", "Chủ tịch UBND xã Tân Lập"]], [
    "Ông Ngô Quang Huy được bổ nhiệm giữ chức Chủ tịch UBND xã Tân Lập từ tháng 3.",
    "Đồng chí Ngô Quang Huy, hiện là Chủ tịch UBND xã Tân Lập, trực tiếp chỉ đạo.",
  ]),
  // a title the state confers, before the name with no other, is the role as written
  examples([["Đinh Văn Quý", "Anh hùng Lao động"]], [
    "Anh hùng Lao động Đinh Văn Quý chia sẻ kinh nghiệm làm kinh tế trang trại.",
  ]),
  examples([["Hồ Thị Bé", "Mẹ Việt Nam anh hùng"]], ["Mẹ Việt Nam anh hùng Hồ Thị Bé năm nay đã 98 tuổi."]),
  examples([["Đặng Văn Lực", "NNƯT"]], ["NNƯT Đặng Văn Lực truyền dạy hát xoan cho lớp trẻ."]),
  examples([["Lê Văn Hòa", "Giám đốc Nhà hát tỉnh"]], ["NSƯT Lê Văn Hòa, Giám đốc Nhà hát tỉnh, cho biết vở diễn đã sẵn sàng."]),
  // person.honorific, no role
  examples([["Phạm Thị Nga", null]], [
    "Theo chị Phạm Thị Nga, nhờ vay vốn ưu đãi, gia đình chị đã có đàn bò 12 con.",
  ]),
  examples([["Nguyễn Văn Sáu", null]], [
    "Gia đình ông Nguyễn Văn Sáu ở thôn 3 đã hiến 200m2 đất làm đường.",
  ]),
  examples([["Cao Thị Hảo", null]], [
    "Cựu chiến binh Cao Thị Hảo là tấm gương sáng trong phát triển kinh tế.",
  ]),
  // person.speech
  examples([["Trần Quốc Hưng", null]], [
    "Trần Quốc Hưng cho biết đoàn thanh niên sẽ tiếp tục ra quân.",
  ]),
  // person.list
  examples([["Nguyễn Thị Hằng", null], ["Phạm Văn Lợi", null], ["Trịnh Minh Tuấn", null]], [
    "Tham dự hội nghị có các đồng chí Nguyễn Thị Hằng, Phạm Văn Lợi và Trịnh Minh Tuấn.",
    // who they are, before a colon and the list
    "Tham dự hội nghị có các đồng chí trong Ban Thường vụ Huyện ủy: Nguyễn Thị Hằng, Phạm Văn Lợi và Trịnh Minh Tuấn.",
    "Tham dự hội nghị có các đồng chí lãnh đạo huyện: Nguyễn Thị Hằng, Phạm Văn Lợi, Trịnh Minh Tuấn.",
  ]),
  examples([["Lương Văn Cường", "Bí thư Huyện ủy"], ["Đỗ Thị Hạnh", "Chủ tịch UBND huyện"], ["Ngô Đức Tài", "Trưởng ban Tổ chức Huyện ủy"]], [
    "Dự buổi lễ có các đồng chí: Lương Văn Cường - Bí thư Huyện ủy; Đỗ Thị Hạnh - Chủ tịch UBND huyện; Ngô Đức Tài - Trưởng ban Tổ chức Huyện ủy.",
    "Các đồng chí Lương Văn Cường, Bí thư Huyện ủy, Đỗ Thị Hạnh, Chủ tịch UBND huyện và Ngô Đức Tài, Trưởng ban Tổ chức Huyện ủy đã trao quà.",
  ]),
  examples([["Ngô Thị Hoa", "Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố"], ["Tô Văn Định", "Phó Chủ tịch UBND thành phố"]], [
    "Chủ trì hội nghị có đồng chí Ngô Thị Hoa - Phó Bí thư Thường trực Thành ủy, Chủ tịch HĐND thành phố và đồng chí Tô Văn Định - Phó Chủ tịch UBND thành phố.",
  ]),
  // person.photo-credit: a name is a person with no role
  examples([["Lê Minh Hải", null]], [
    "Các đại biểu cắt băng khánh thành nhà văn hóa thôn Nà Pồng. (Ảnh: Lê Minh Hải)",
    "Ảnh: Lê Minh Hải",
  ]),
  examples([["Thu Hiền", null]], [
    "Lãnh đạo huyện trao quà cho hộ nghèo. Ảnh: Thu Hiền",
    // the agency before its photographer, after a slash
    "Lãnh đạo huyện trao quà cho hộ nghèo. Ảnh: VGP/Thu Hiền",
    "Lãnh đạo huyện trao quà cho hộ nghèo. (Ảnh: Báo Nhân Dân/Thu Hiền)",
  ]),
  // (a source in Title Case is no photographer: `Ảnh: VTV/Chụp Màn Hình`)
  examples([], ["Lãnh đạo huyện trao quà cho hộ nghèo. Ảnh: VTV/Chụp Màn Hình", "Lãnh đạo huyện trao quà cho hộ nghèo. Ảnh: Tuổi Trẻ/Tổng Hợp", "Toàn cảnh hội nghị. Ảnh: Minh Họa"]),
  // (an everyday word opening a pen name; counterexample: an honorific of weight opens a caption of whom the photo shows)
  examples([["Anh Tuấn", null]], ["Lãnh đạo huyện trao quà cho hộ nghèo. Ảnh: Anh Tuấn"]),
  examples([["Trần Văn Nam", "Chủ tịch UBND xã"]], ["Ảnh: Ông Trần Văn Nam – Chủ tịch UBND xã trao quà cho hộ nghèo."]),
  // person.byline: signature block, last line, labelled byline
  examples([["Kiều Văn Dũng", "Bí thư Đảng ủy xã Phú Cường"]], [
    article("Kiều Văn Dũng", "Bí thư Đảng ủy xã Phú Cường"),
    article("Kiều Văn Dũng", " Bí thư Đảng ủy xã Phú Cường", "", "Tác giả: Kiều Văn Dũng, Bí Thư Đảng ủy xã Phú Cường"),
  ]),
  // the title written after the name wins over a word before it (the reporter is no one's title)
  examples([["Trần Văn Tâm", "Chủ tịch UBND xã"]], ["Trao đổi với phóng viên, ông Trần Văn Tâm, Chủ tịch UBND xã cho biết kết quả năm nay."]),
  examples([["Lê Văn Hòa", "Giám đốc Trung tâm Dịch vụ việc làm tỉnh"]], ["Ông Lê Văn Hòa, Giám đốc Trung tâm Dịch vụ việc làm tỉnh phát biểu."]),
  examples([["Lò Văn Sơn", "Bí thư Đảng ủy xã"]], ["Tại buổi lễ, ông Lò Văn Sơn, Bí thư Đảng ủy xã ôn lại truyền thống vẻ vang của quê hương."]),
  // a dash inside a body's name; abbreviated titles
  examples([["Lê Thị Mai", "Trưởng phòng Văn hóa – Thông tin huyện"]], ["Bà Lê Thị Mai, Trưởng phòng Văn hóa – Thông tin huyện cho biết."]),
  examples([["Trần Văn Nam", "Giám đốc Sở Lao động - Thương binh và Xã hội"]], ["Đồng chí Trần Văn Nam, Giám đốc Sở Lao động - Thương binh và Xã hội dự hội nghị."]),
  examples([["Nguyễn Văn Hải", "UVBTV, Trưởng Ban Tổ chức Huyện ủy"]], ["Ông Nguyễn Văn Hải - UVBTV, Trưởng Ban Tổ chức Huyện ủy phát biểu."]),
  examples([["Hà Văn Khánh", "TUV, Bí thư Huyện ủy"]], ["Đồng chí Hà Văn Khánh, TUV, Bí thư Huyện ủy chủ trì hội nghị."]),
  // an aside in brackets between the name and the role
  examples([["Nguyễn Văn Hưng", "Bí thư Huyện ủy"]], [
    "Đồng chí Nguyễn Văn Hưng (thứ hai từ trái sang), Bí thư Huyện ủy trao Giấy khen cho các tập thể.",
    "Ông Nguyễn Văn Hưng (bên phải) - Bí thư Huyện ủy trao Giấy khen cho các tập thể.",
    "Đồng chí Nguyễn Văn Hưng (Bí thư Huyện ủy) trao Giấy khen cho các tập thể.",
  ]),
  // an apposition between commas, opening in lower case or with a digit
  examples([["Chìu Thị Mai", "Bí thư Chi bộ thôn Khe Lặc"]], [
    "Bà Chìu Thị Mai, người dân tộc Dao, Bí thư Chi bộ thôn Khe Lặc cho biết năm nay thôn có 45 hộ thoát nghèo.",
    "Bà Chìu Thị Mai, 58 tuổi, Bí thư Chi bộ thôn Khe Lặc cho biết năm nay thôn có 45 hộ thoát nghèo.",
  ]),
  // a list is no aside: the second name opens in capitals
  examples([["Nguyễn Văn An", null], ["Trần Thị Bình", "Bí thư Chi bộ thôn 3"]], ["Các đồng chí Nguyễn Văn An, Trần Thị Bình, Bí thư Chi bộ thôn 3 dự lễ."]),
  // doctors' degrees and state titles before the name
  examples([["Trần Thị Cúc", null]], [
    "ThS.BS Trần Thị Cúc khám bệnh cho người dân.",
    "BS.CKII Trần Thị Cúc khám bệnh cho người dân.",
    "BS Trần Thị Cúc khám bệnh cho người dân.",
  ]),
  examples([["Trần Thị Cúc", "Thầy thuốc ưu tú"]], ["Thầy thuốc ưu tú Trần Thị Cúc khám bệnh cho người dân."]),
  examples([["Hà Thị Gấm", "Nghệ nhân ưu tú"]], ["Nghệ nhân ưu tú Hà Thị Gấm biểu diễn hát then."]),
  // names of the Central Highlands and the Khmer south
  examples([["Y Bình Niê", "Phó Chủ tịch UBND huyện"]], ["Đồng chí Y Bình Niê - Phó Chủ tịch UBND huyện chủ trì hội nghị."]),
  examples([["Ksor H'Bơ Khăp", "Phó Chủ tịch UBND tỉnh"]], ["Bà Ksor H'Bơ Khăp, Phó Chủ tịch UBND tỉnh dự buổi lễ."]),
  // a Central Highlands name of one word, its prefix joined by an apostrophe: after an honorific only
  examples([["K'Mák", null]], ["Ông K'Mák, người dân tộc Cơ Ho ở xã Lộc Bắc, cho biết gia đình được hỗ trợ làm nhà."]),
  examples([["K’Điểu", "Bí thư Chi bộ thôn 2"]], ["Ông K’Điểu, Bí thư Chi bộ thôn 2 cho biết cả thôn đã thoát nghèo."]),
  examples([["H'Hen Niê", null]], ["Bà H'Hen Niê chia sẻ về mô hình nuôi bò."]),
  examples([["Danh Sol", null]], ["Anh Danh Sol cho biết gia đình đã thoát nghèo."]),
  // a role ends where the person's doing begins
  examples([["Lưu Văn Hùng", "Huyện ủy viên, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"]], [
    "Đoàn kiểm tra do đồng chí Lưu Văn Hùng, Huyện ủy viên, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy làm trưởng đoàn đã làm việc với Đảng ủy xã.",
  ]),
  examples([["Hoàng Thị Thúy", "Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã"]], [
    "Bà Hoàng Thị Thúy - Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã bổ sung ý kiến về công tác cán bộ.",
  ]),
  // `và` and a second person with a title of their own
  examples([["Nguyễn Văn Hải", "Phó Tư lệnh Quân khu 2"], ["Trần Văn Lâm", "Chính ủy Bộ CHQS tỉnh"]], [
    "Dự buổi lễ có Thiếu tướng Nguyễn Văn Hải, Phó Tư lệnh Quân khu 2 và Đại tá Trần Văn Lâm, Chính ủy Bộ CHQS tỉnh.",
  ]),
  examples([["Bùi Văn Long", "Bí thư Đảng ủy xã Hồng Phong"], ["Trần Văn Lâm", "Chủ tịch UBND xã"]], [
    "Đồng chí Bùi Văn Long, Bí thư Đảng ủy xã Hồng Phong và Chủ tịch UBND xã Trần Văn Lâm dự hội nghị.",
  ]),
  // a title after a sentence's first word (`Theo`), an abbreviated degree with its dot, `anh` after a title
  examples([["Nguyễn Văn An", "Chủ tịch UBND xã"]], [
    "Theo Chủ tịch UBND xã Nguyễn Văn An, đây là kết quả của cả hệ thống chính trị.",
    "Theo Chủ tịch UBND xã Nguyễn Văn An cho biết, đây là kết quả của cả hệ thống chính trị.",
  ]),
  examples([["Hoàng Văn Dũng", "giảng viên Trường Chính trị tỉnh"]], [
    "TS. Hoàng Văn Dũng, giảng viên Trường Chính trị tỉnh, đánh giá cao mô hình.",
  ]),
  examples([["Nguyễn Văn Tú", "Bí thư chi bộ"]], ["Bí thư chi bộ, anh Nguyễn Văn Tú chia sẻ kinh nghiệm."]),
  // a role's words are read with it: a school or street named after someone in it is nobody here
  examples([["Phạm Thị Hương", "Hiệu trưởng Trường THPT Chu Văn An"]], [
    "Thạc sĩ Phạm Thị Hương, Hiệu trưởng Trường THPT Chu Văn An chia sẻ kinh nghiệm dạy học.",
    "Phạm Thị Hương, Hiệu trưởng Trường THPT Chu Văn An chia sẻ kinh nghiệm dạy học.",
    "Bà Phạm Thị Hương - Hiệu trưởng Trường THPT Chu Văn An cho biết nhà trường có 1.200 học sinh.",
  ]),
  // an official document's signature: the title above the name, a signed mark between them
  examples([["Hoàng Văn Thắng", "BÍ THƯ"]], [
    article("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "Hoàng Văn Thắng"),
    article("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "(Đã ký)", "Hoàng Văn Thắng"),
    // the file attached under it is the page's
    article("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "(Đã ký)", "Hoàng Văn Thắng", "", "Tệp đính kèm:  68-KH-DU.pdf (312 KB)   Tải về"),
    // set in a Word table beside the recipients, copied with tabs
    article("Nơi nhận:\tT/M BAN THƯỜNG VỤ", "- Thường trực Tỉnh ủy (b/c),\tBÍ THƯ", "- Các đồng chí Huyện ủy viên,\t(Đã ký)", "- Lưu Văn phòng Huyện ủy.\tHoàng Văn Thắng"),
    // copied from a PDF's two columns, the name beside a row above the last
    article(
      "Nơi nhận:                                        T/M BAN THƯỜNG VỤ",
      "- Thường trực Tỉnh ủy (b/c);                         BÍ THƯ",
      "- Các đồng chí Huyện ủy viên;",
      "- Các chi bộ trực thuộc;                          Hoàng Văn Thắng",
      "- Lưu VP.",
    ),
  ]),
  examples([["Trần Thị Mai", "PHÓ CHỦ TỊCH"]], [article("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký và đóng dấu)", "", "Trần Thị Mai")]),
  // a sentence above the name is not a title
  examples([["Hồng Nhung", null]], [
    article("Đồng chí Bí thư Chi bộ phát biểu tại buổi lễ.", "", "Hồng Nhung"),
    article("Phát biểu tại buổi lễ, Chủ tịch UBND xã", "Hồng Nhung"),
  ]),
  examples([["Hồng Nhung", null]], [
    article(" Hồng Nhung"),
    article("Bài, ảnh: Hồng Nhung"),
    article("Bài và ảnh: Hồng Nhung", "Theo https://baolaichau.vn"),
  ]),
  examples([["Lưu Thị Hằng", "Phó Bí thư Đảng ủy xã Phú Cường"]], [article("Lưu Thị Hằng, Phó Bí thư Đảng ủy xã Phú Cường")]),
  examples([["Lưu Thị Hằng", "Chủ tịch UBND xã"]], [article("Lưu Thị Hằng - Chủ tịch UBND xã trao quà cho hộ nghèo")]),
  examples([["Phùng Thị Lan", "Phó Trưởng ban Tuyên giáo Huyện ủy"]], [
    article("Tác giả: Phùng Thị Lan, Phó Trưởng ban Tuyên giáo Huyện ủy"),
  ]),
  examples([["MINH THẢO", null]], [article("Bài, ảnh: MINH THẢO")]),
  examples([["Thanh Hà", null], ["Minh Đức", null]], [
    article("Bài và ảnh: Thanh Hà - Minh Đức"),
  ]),
  examples([["Vi Thị Thắm", "Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện"], ["Thu Trang", null]], [
    article("Chị Vi Thị Thắm, Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện cho biết các chi hội đều có mô hình tiết kiệm.", "", "Thu Trang"),
  ]),
  // `sỹ`, the old spelling of `sĩ`: `bác sỹ` is an honorific as `bác sĩ` is
  examples([["Nguyễn Văn An", null]], ["Theo bác sỹ Nguyễn Văn An, có 12 ca mắc trong tuần.", "Bác sỹ Nguyễn Văn An cho biết có 12 ca mắc."]),
  // bodies' names that hold a comma or an ampersand as written
  examples([["Trần Văn Bình", "Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phòng, chống dịch bệnh của tỉnh"]], [
    "Ông Trần Văn Bình - Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phòng, chống dịch bệnh của tỉnh chủ trì cuộc họp.",
  ]),
  examples([["Phạm Tuấn Chung", "Phó Giám đốc Sở Lao động, thương binh và Xã hội tỉnh Yên Bái"]], [
    "Ông Phạm Tuấn Chung, Phó Giám đốc Sở Lao động, thương binh và Xã hội tỉnh Yên Bái cho biết có 10 đoàn công tác.",
  ]),
  examples([["Nguyễn Văn Hải", "Trưởng phòng Tài nguyên & Môi trường huyện"]], [
    "Ông Nguyễn Văn Hải, Trưởng phòng Tài nguyên & Môi trường huyện, cho biết đã cấp 120 giấy chứng nhận.",
  ]),
  // Highlands names after a village elder's title: two syllables opening with `A`, one word with its prefix; a K'Ho
  // woman's `Ka`; a village's reputable person
  examples([["A Thút", "Già làng"]], ["Già làng A Thút cho biết cả làng đã có nước sạch."]),
  examples([["K’Sơn", "Già làng"]], ["Già làng K’Sơn vận động con cháu hiến đất làm đường."]),
  examples([["Ka Thị Nhung", null]], ["Gia đình chị Ka Thị Nhung ở thôn Đăng Rách vừa được nhận nhà mới."]),
  examples([["Vừ A Dơ", "người có uy tín"]], ["Tại bản Nậm Chua 3, người có uy tín Vừ A Dơ là người đầu tiên dỡ nhà cũ."]),
  // a title the clause acts on, then the person's own after a comma
  examples([["Lưu Văn Huy", "Phó Chủ tịch UBND huyện"]], ["Giải trình ý kiến đại biểu, Phó Chủ tịch UBND huyện Lưu Văn Huy cho biết huyện sẽ bố trí vốn."]),
  examples([["Nguyễn Văn Nam", "Phó Chủ tịch HĐND huyện"]], ["Thay mặt Thường trực HĐND huyện, Phó Chủ tịch HĐND huyện Nguyễn Văn Nam phát biểu bế mạc kỳ họp."]),
  examples([["Nguyễn Văn Bình", "Phó Chủ tịch UBND tỉnh"]], ["Thực hiện chỉ đạo của Chủ tịch UBND tỉnh, Phó Chủ tịch UBND tỉnh Nguyễn Văn Bình đã kiểm tra các công trình."]),
  // a body's acronym with a slash inside its name; a post given by `được cử làm`
  examples([["Lê Văn Hòa", "Chủ tịch Hội NNCĐDC/dioxin huyện Sơn Tịnh"]], ["Ông Lê Văn Hòa, Chủ tịch Hội NNCĐDC/dioxin huyện Sơn Tịnh cho biết hội có nhiều hội viên."]),
  examples([["Phạm Văn Dũng", "Chủ tịch Hội"]], ["Ông Phạm Văn Dũng được cử làm Chủ tịch Hội."]),
  // `đề nghị` alone takes no title from the person after it; `Sở Y Tế` is no Ê Đê name's start
  examples([["Nguyễn Văn Cường", "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy"]], ["Đồng chí Bí thư đề nghị Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy Nguyễn Văn Cường báo cáo."]),
  examples([["Trần Văn Hoàng", "Phó Giám đốc Sở Y Tế"]], ["Phó Giám đốc Sở Y Tế Trần Văn Hoàng cho biết như vậy."]),
  // a prefix's apostrophe followed in lower case, as pages type it; an Ê Đê name after `là`
  examples([["H'win Niê", null]], ["Gia đình bà H'win Niê (73 tuổi) vừa được hỗ trợ làm nhà."]),
  examples([["Y Brao M'lô", null]], ["Theo anh Y Brao M'lô, cả buôn đã có điện."]),
  examples([["Y Khuê Byă", null]], ["Con trai bà là Y Khuê Byă bị khởi tố."]),
  // a family's bond right before a name with its middle name (counterexample: `Cả` opening a sentence is "even")
  examples([["Nguyễn Văn Hai", null]], ["Anh con trai cả Nguyễn Văn Hai hy sinh năm 1968 khi mới 20 tuổi."]),
  examples([["Lê Thị Mai", null]], ["Con gái Lê Thị Mai đang học năm thứ ba đại học."]),
  examples([], ["Các tuyến phố bị ngập gồm cả Nguyễn Thị Minh Khai, Điện Biên Phủ."]),
  // the press's callings before their names, a group's before each of its list
  examples([["Phạm Thanh Tùng", null], ["Đinh Thị Ngọc Hân", null]], ["Giải A thuộc về loạt bài của nhóm tác giả Phạm Thanh Tùng, Đinh Thị Ngọc Hân (Báo Quảng Ngãi)."]),
  examples([["Lê Thị Hoa", null]], ["Cộng tác viên Lê Thị Hoa phản ánh tình trạng lấn chiếm vỉa hè."]),
  // an inspector's and a ranger's grades are titles
  examples([["Trần Thị Mai", "Thanh tra viên chính"]], ["Đoàn do bà Trần Thị Mai, Thanh tra viên chính, làm trưởng đoàn."]),
  examples([], ["Kiểm lâm viên Hạt Kiểm lâm Hà Trung tăng cường công tác kiểm tra rừng."]),
  // a press group's list ends at a province
  examples([["Lê Văn Nam", null], ["Trần Thị Mai", null]], ["Giải B thuộc về nhóm phóng viên Lê Văn Nam, Trần Thị Mai, Hà Nội."]),
  // `Đội` is a name's syllable too (only `Đội Kiểm lâm` is a unit)
  examples([["Đội Văn Hải", "Chủ tịch UBND xã"]], ["Ông Đội Văn Hải, Chủ tịch UBND xã cho biết như vậy."]),
  // the Cơ Tu's surnames
  examples([["Alăng Bíp", null]], ["Anh Alăng Bíp ở thôn Ta Lang cho biết cả thôn đã có điện."]),
  // a prefix typed with a space after its apostrophe (counterexample: a quoted letter, `loại 'A' Tốt`, is nobody)
  examples([["K' Brèo", "Chủ tịch UBND xã Đạ Tông"]], ["Ông K' Brèo, Chủ tịch UBND xã Đạ Tông cho biết cả xã có 120 hộ thoát nghèo."]),
  examples([["Ka’ Nhung", "Trưởng thôn Đăng Rách"]], ["Bà Ka’ Nhung, Trưởng thôn Đăng Rách, cho biết cả thôn đã có nước sạch."]),
  examples([], ["Ông cho biết sản phẩm được xếp loại 'A' Tốt nhất huyện."]),
  // a body's own words that are verbs elsewhere: `đoàn kiểm tra`, `giải phóng mặt bằng`
  examples([["Lê Văn Hải", "Chánh Thanh tra Sở, Trưởng đoàn kiểm tra"]], ["Ông Lê Văn Hải, Chánh Thanh tra Sở, Trưởng đoàn kiểm tra đề nghị các xã khắc phục."]),
  examples([["Lê Văn Hải", "Phó Trưởng Ban Chỉ đạo giải phóng mặt bằng huyện"]], ["Ông Lê Văn Hải, Phó Trưởng Ban Chỉ đạo giải phóng mặt bằng huyện cho biết như vậy."]),
  // an ethnic group after `người` is no surname
  examples([["Vàng A Chu", "Trưởng bản Sà Phìn"]], ["Thanh niên người Mông Vàng A Chu, Trưởng bản Sà Phìn cho biết cả bản đã có điện."]),
  // (the group's word is a surname before a middle name)
  examples([["Thái Văn Tùng", null], ["Lò Văn Dũng", null]], ["Cảnh sát đã bắt 2 người Thái Văn Tùng và Lò Văn Dũng về hành vi trộm cắp."]),
  // a romanised given name joined by a hyphen
  examples([["Lee Jae-woon", "Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc khu vực phía Bắc"]], ["Ông Lee Jae-woon, Chủ tịch Hiệp hội Doanh nghiệp Hàn Quốc khu vực phía Bắc, đánh giá cao tỉnh."]),
  // (after a romanised surname, any second part: Korean names share syllables with Vietnamese words)
  examples([["Kim Bo-ra", null]], ["Đoàn có bà Kim Bo-ra, đến thăm tỉnh."]),
  // (not a Vietnamese word after a name typed without marks)
  examples([["Nguyễn Thanh Minh", null]], ["Ông Nguyễn Thanh Minh-con trai cụ Hoa kể lại."]),
  // an Ê Đê name of five syllables; the law's callings before a name
  examples([["Y Thanh Hà Niê Kđăm", "Bí thư Tỉnh ủy Lâm Đồng"]], ["Phát biểu bế mạc, Bí thư Tỉnh ủy Lâm Đồng Y Thanh Hà Niê Kđăm cho biết tỉnh đạt nhiều kết quả."]),
  examples([["Phạm Thị Thu Trang", "Trợ giúp viên pháp lý"]], ["Trợ giúp viên pháp lý Phạm Thị Thu Trang được cử tham gia tố tụng."]),
  // a proposal's or an instruction's maker after three words
  examples([["Lê Văn Cường", "Chủ tịch UBND tỉnh"]], ["Theo đề nghị Giám đốc Sở Nội vụ, Chủ tịch UBND tỉnh Lê Văn Cường đã ký quyết định."]),
  // a delegate's title, not the one delegating; `&` before another person ends the role
  examples([["Đỗ Thành Trung", "Thứ trưởng Bộ Kế hoạch và Đầu tư"]], [
    "Thừa ủy quyền của Thủ tướng Chính phủ, Thứ trưởng Bộ Kế hoạch và Đầu tư Đỗ Thành Trung trao quyết định.",
    "Thừa ủy quyền Thủ tướng Chính phủ, Thứ trưởng Bộ Kế hoạch và Đầu tư Đỗ Thành Trung trao quyết định.",
  ]),
  examples([["Nguyễn Văn An", "Giám đốc Sở Y tế"], ["Trần Văn Bình", "Giám đốc Sở Tài chính"]], ["Dự có ông Nguyễn Văn An, Giám đốc Sở Y tế & ông Trần Văn Bình, Giám đốc Sở Tài chính."]),
  // a task in lower case after a connector is no title: the title before the name stays
  examples([["Nguyễn Đức Hoàng", "Phó Chủ tịch UBND tỉnh"]], [
    "Đoàn công tác của tỉnh do Phó Chủ tịch UBND tỉnh Nguyễn Đức Hoàng làm trưởng đoàn đã đến thăm các gia đình.",
  ]),
];

/** Texts with capitalised runs, titles and set phrases that name nobody. */
export const NOT_PEOPLE_CORPUS: string[] = [
  // a body after an honorific, a company's name
  "Đại hội chỉ định 7 đồng chí Ban Thường vụ Đảng ủy.",
  "Giám đốc Công ty Trách nhiệm hữu hạn Mạnh La phát biểu.",
  // a province after a word for people (`thí sinh`, `học sinh`, `cử tri`) is where they come from
  "Thí sinh Hà Nội đạt điểm cao; học sinh Thái Bình giành 3 giải.",
  "Cử tri Hà Nội kiến nghị nhiều nội dung.",
  // a title of honour
  "Dự lễ có Bà Mẹ Việt Nam anh hùng, cựu chiến binh và thân nhân liệt sĩ.",
  // a place after a word for residents, a tree's age
  "Người dân Lý Sơn vui mừng đón tin vui.",
  "Cử tri Phan Thiết kiến nghị nhiều nội dung.",
  "Cây đa Hồ Tây (200 tuổi) được công nhận là cây di sản.",
  // a place or a body before an age or a founding year
  "Đoàn xã Hòa Bình, sinh năm 2000 là năm thành lập chi đoàn.",
  "Câu lạc bộ Hoa Sen (15 tuổi) biểu diễn văn nghệ.",
  // places whose names open with an honorific
  "Đoàn công tác Bà Rịa Vũng Tàu thăm và làm việc tại huyện.",
  "Xe khách tuyến Bà Rịa Vũng Tàu 2 chạy mỗi ngày.",
  "Trạm Y Tế xã khám bệnh cho 120 người cao tuổi.",
  "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh là nhiệm vụ thường xuyên.",
  "Đoàn TNCS Hồ Chí Minh phường tổ chức ra quân Tháng Thanh niên.",
  "Thành phố Hồ Chí Minh hỗ trợ tỉnh xây dựng 50 căn nhà đại đoàn kết.",
  "Chủ tịch Hồ Chí Minh luôn căn dặn cán bộ phải gần dân, hiểu dân.",
  "Bác Hồ kính yêu đã dạy: dân vận khéo thì việc gì cũng thành công.",
  "Cán bộ, đảng viên phường Lê Lợi tham gia dọn vệ sinh đường Trần Hưng Đạo.",
  "Thành phố Cao Bằng có 8 phường và 3 xã.",
  "Đảng bộ tỉnh Hà Giang lãnh đạo thực hiện thắng lợi Nghị quyết Đại hội.",
  // words that are also rarer surnames, before capitalised words that are no name
  "Cung Văn hóa Lao động tỉnh tổ chức hội thi văn nghệ.",
  // namesakes joined by `và`: streets, schools, prizes
  "Tai nạn xảy ra tại ngã tư đường Lê Lợi và Trần Phú.",
  "Tuyến đường Nguyễn Văn Linh và Nguyễn Thị Định được mở rộng.",
  "Học sinh các trường THCS Nguyễn Văn Trỗi và Lê Thị Hồng Gấm tham gia.",
  "Thành phố mở rộng các tuyến đường Nguyễn Văn Linh, Phạm Văn Đồng và Võ Văn Kiệt.",
  "Giao lộ Nguyễn Văn Cừ và Trần Thị Lý được cải tạo.",
  // a table of roads named after people: no title beside them
  "Tuyến đường | Chiều dài\nNguyễn Văn Linh | 2,5 km\nTrần Phú | 1,2 km",
  // a calling before a place, as residents' words are: the fishermen of Lý Sơn
  "Mùa này, 12 tàu cá của ngư dân Lý Sơn cập cảng an toàn.",
  "Chủ tịch UBND tỉnh Sa Đéc về thăm 12 hộ gia đình.",
  // where a doctor works, after the calling's word
  "Hằng tháng, bác sĩ Trạm Y tế xã đến từng thôn khám bệnh.",
  "Bác sĩ Bệnh viện Đa khoa huyện khám cho 200 người.",
  "Ngân hàng Chính sách xã hội huyện cho vay 50 tỷ đồng.",
  "Sa Pa đón 2 triệu lượt khách. Cà Mau có 100 xã.",
  // districts, wards and communes are named after people (or open with a surname), provinces are not
  "Đoàn công tác đã làm việc tại UBND phường Nguyễn Thái Học.",
  "Lãnh đạo UBND huyện Trần Văn Thời dự lễ khởi công.",
  "Chiều 5/3, Chủ tịch UBND huyện Hoàng Su Phì cho biết huyện có 25 xã.",
  "Chủ tịch UBND thành phố Phan Rang Tháp Chàm cho biết thành phố có 15 phường.",
  "Đoàn của tỉnh Thừa Thiên Huế đến thăm và làm việc.",
  "Đoàn công tác của UBND tỉnh Hà Nam làm việc với huyện.",
  "Đoàn đại biểu tỉnh Hà Tây cũ về thăm quê hương.",
  "Ban Thường vụ Thành ủy Điện Biên Phủ chỉ đạo các chi, đảng bộ đẩy mạnh tuyên truyền.",
  "Chủ tịch UBND huyện chủ trì cuộc họp với các xã.",
  "Đồng chí Bí thư Huyện ủy đã trực tiếp chỉ đạo giải phóng mặt bằng.",
  // a colon after a plural honorific's words, and no surname after it
  "Các đồng chí cùng thống nhất: Huyện Bảo Lâm cần tập trung cho nông thôn mới.",
  "Trường THCS Nguyễn Du đạt chuẩn quốc gia mức độ 2.",
  "Bí thư Đảng ủy phường Lê Lợi phát biểu chỉ đạo hội nghị.",
  "Hội Liên hiệp Phụ nữ xã Mai Sơn trao 20 suất quà cho hội viên nghèo.",
  "Tỉnh Lâm Đồng và tỉnh Đồng Nai ký kết chương trình hợp tác.",
  "Đường Võ Nguyên Giáp được mở rộng thêm hai làn xe.",
  "Anh em trong tổ giúp nhau phát triển kinh tế gia đình.",
  "Chị em phụ nữ Thái Bình tích cực tham gia phong trào.",
  "Bà Rịa - Vũng Tàu là địa phương dẫn đầu về thu ngân sách.",
  "Nhà văn hóa nằm trên phố Bà Huyện Thanh Quan, gần đường Bà Triệu.",
  "Ảnh: TTXVN",
  "Đại biểu tham quan mô hình trồng chè. Ảnh: T.H",
  "Ảnh minh họa: Internet",
  "Ảnh: Tư liệu",
  "Các đại biểu dâng hương tại Khu di tích. Ảnh: Báo Cao Bằng",
  "Ảnh: Cổng TTĐT tỉnh",
  "Ảnh: Trung Tâm Văn Hóa",
  article("Tác giả: Ban Tuyên giáo Huyện ủy"),
  article("Trung Tâm Chính Trị"),
  "Chịu trách nhiệm nội dung: Nông Văn Khải, Phó Trưởng ban Tuyên giáo Tỉnh ủy",
  "Theo báo Lào Cai",
  "Quê hương Lam Sơn, nơi khởi nghĩa của Lê Lợi, nay đã đổi thay nhiều.",
  "Huyện Mường Chà tổ chức Lễ kỷ niệm 70 năm Chiến thắng Điện Biên Phủ.",
  article("Ban Tuyên giáo Huyện ủy"),
  article("PV"),
  article("Hà Nội"),
];
