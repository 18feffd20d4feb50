import { describe, expect, it } from "vitest";
import { prepareText } from "./prepare.js";
import { isParagraph, proseEnd } from "./segment.js";

const PARAGRAPH =
  "Những năm qua, Đảng bộ phường luôn quan tâm xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh, có 25 chi bộ trực thuộc với 987 đảng viên sinh hoạt thường xuyên.";

describe("segment", () => {
  it("takes the first headline-like line before the lead paragraph as the title, skipping menus and weather", () => {
    const doc = prepareText(["Trang chủ | Tin tức | Xây dựng Đảng", "Hà Nội 28°C", "Phường Hương Mạc nâng cao chất lượng sinh hoạt chi bộ", "", PARAGRAPH].join("\n"));
    expect(doc.layout.title?.raw).toBe("Phường Hương Mạc nâng cao chất lượng sinh hoạt chi bộ");
  });

  it("has no title when the text opens with a lead on its day, though it closes on a quoted name", () => {
    const lead = "Sáng 12/3, Đảng ủy phường Hương Mạc tổ chức hội nghị sinh hoạt chuyên đề với chủ đề “Học tập và làm theo Bác”";
    expect(prepareText(`${lead}\n\n${PARAGRAPH}`).layout.title).toBeNull();
    const vague = "Vừa qua, Đảng ủy phường Hương Mạc tổ chức hội nghị sinh hoạt chuyên đề với chủ đề “Học tập và làm theo Bác”";
    expect(prepareText(`${vague}\n\n${PARAGRAPH}`).layout.title).toBeNull();
  });

  it("has no title when the text opens with the lead paragraph", () => {
    expect(prepareText(`${PARAGRAPH}\n\n${PARAGRAPH}`).layout.title).toBeNull();
    // a lead that lost its full stop is no headline when longer than any (35 words)
    const unended = "Hội nghị cũng đã tập trung thảo luận nêu lên tồn tại hạn chế, những bài học kinh nghiệm trong quá trình thực hiện các Nghị quyết đồng thời đóng góp nhiều ý kiến vào phương hướng nhiệm vụ, giải pháp trong thời gian tới";
    expect(prepareText(`${unended}\n\n${PARAGRAPH}`).layout.title).toBeNull();
  });

  it("reads a sentence cut short at a comma as running text (a saved excerpt stops mid-sentence)", () => {
    expect(isParagraph("Trong 6 tháng cuối năm, phường tập trung thực hiện 3 nhiệm vụ,")).toBe(true);
    // (counterexample: a short line with a comma is no paragraph; nor is a menu in capitals)
    expect(isParagraph("Tin tức, sự kiện,")).toBe(false);
    expect(isParagraph("TRANG CHỦ, GIỚI THIỆU, TIN TỨC, SỰ KIỆN, VĂN BẢN, LỊCH CÔNG TÁC, THỦ TỤC HÀNH CHÍNH, LIÊN HỆ,")).toBe(false);
  });

  it("keeps a date stamp under the headline as a header line", () => {
    const doc = prepareText(["Phường Hương Mạc nâng cao chất lượng sinh hoạt chi bộ", "", "Thứ hai - 10/06/2024 06:03", PARAGRAPH].join("\n"));
    expect(doc.layout.header.map((l) => l.raw)).toEqual(["Thứ hai - 10/06/2024 06:03"]);
  });

  it("ends the body above a portal's name over its footer, not above the article's sentence about the portal", () => {
    const footer = "Địa chỉ: Xóm 5, xã Phúc Thành - ĐT: 0238 3654 123 - Email: phucthanh@nghean.gov.vn";
    const body = (text: string) => {
      const doc = prepareText(text);
      return doc.text.slice(doc.layout.body.start, doc.layout.body.end).trimEnd();
    };
    expect(body([PARAGRAPH, "", "Cổng thông tin điện tử xã Phúc Thành, huyện Yên Thành", footer].join("\n"))).toBe(PARAGRAPH);
    expect(body([PARAGRAPH, "", "Cổng Thông tin điện tử Đảng bộ xã Phúc Thành", footer].join("\n"))).toBe(PARAGRAPH);
    expect(body([PARAGRAPH, "", "Trang TTĐT huyện Yên Thành", footer].join("\n"))).toBe(PARAGRAPH);
    const sentence = "Cổng thông tin điện tử xã đã đăng tải bài viết mới";
    expect(body([PARAGRAPH, "", sentence, footer].join("\n"))).toBe(`${PARAGRAPH}\n\n${sentence}`);
  });

  it("ends the body at a menu of the site's pages parted by bars, or at its copyright and contact, not at a table's header", () => {
    const body = (text: string) => {
      const doc = prepareText(text);
      return doc.text.slice(doc.layout.body.start, doc.layout.body.end).trimEnd();
    };
    expect(body([PARAGRAPH, "", "Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ", "Xem thêm các tin khác"].join("\n"))).toBe(PARAGRAPH);
    expect(body([PARAGRAPH, "", "Bản quyền thuộc Huyện đoàn Nga Sơn. Địa chỉ: Tiểu khu 3, thị trấn Nga Sơn"].join("\n"))).toBe(PARAGRAPH);
    // (the owner's name then its address; an address then its phone; a counter of people)
    expect(body([PARAGRAPH, "", "UBND phường Quang Trung - Địa chỉ: Số 12 phố Quang Trung", "Lượt truy cập: 245.118"].join("\n"))).toBe(PARAGRAPH);
    expect(body([PARAGRAPH, "", "Địa chỉ: Thôn 3, xã Yên Lạc, huyện Như Thanh. Điện thoại: 0237.3848.105", "Số người truy cập: 45.219"].join("\n"))).toBe(PARAGRAPH);
    expect(body([PARAGRAPH, "", "Tổng đài quốc gia bảo vệ trẻ em: 111 (miễn phí)", "Bài viết liên quan"].join("\n"))).toBe(PARAGRAPH);
    // (counterexamples: a counter's label opening a sentence; a notice's contact with its text going on after it)
    const counted = "Số người truy cập Cổng dịch vụ công của xã năm nay tăng 35% so với năm trước.";
    expect(body([PARAGRAPH, "", counted].join("\n"))).toBe(`${PARAGRAPH}\n\n${counted}`);
    const contact = "Trung tâm Y tế huyện Tân Yên. Địa chỉ: số 10 đường Nguyễn Văn Cừ, thị trấn Cao Thượng";
    const more = "Hồ sơ nộp trong 30 ngày, lệ phí 500.000 đồng/thí sinh; thí sinh đến đúng giờ để làm thủ tục dự tuyển theo quy định.";
    expect(body([PARAGRAPH, "", contact, more].join("\n"))).toBe(`${PARAGRAPH}\n\n${contact}\n${more}`);
    // (counterexample: a sentence naming an address, no mark before its field)
    const notice = "UBND xã đã công khai địa chỉ: thôn 3 để người dân liên hệ.";
    expect(body([PARAGRAPH, "", notice].join("\n"))).toBe(`${PARAGRAPH}\n\n${notice}`);
    const table = "TT | Nội dung | Chỉ tiêu | Thực hiện\n1 | Kết nạp đoàn viên | 30 | 38";
    expect(body([PARAGRAPH, "", table].join("\n"))).toBe(`${PARAGRAPH}\n\n${table}`);
  });

  it("ends the body at page furniture and keeps bylines as trailer lines", () => {
    const text = [PARAGRAPH, "Tác giả: Đinh Gia Cảnh", "", "Ý kiến bạn đọc", "Những tin cũ hơn", "Thống kê truy cập", "Tổng lượt truy cập3,025,799"].join("\n");
    const doc = prepareText(text);
    expect(doc.text.slice(doc.layout.body.start, doc.layout.body.end)).toBe(PARAGRAPH);
    expect(doc.layout.trailer.map((l) => l.raw)).toEqual(["Tác giả: Đinh Gia Cảnh"]);
  });

  it("sets a share bar's buttons and counts between the headline and the lead inside the body", () => {
    const doc = prepareText(["Cầu Giấy kiểm tra nhà trọ", "Thứ bảy, ngày 8 tháng 6 năm 2024 - 06:45", "Like 12  Share  Lưu", PARAGRAPH].join("\n"));
    expect(doc.layout.insets.map((s) => doc.text.slice(s.start, s.end))).toEqual(["Like 12  Share  Lưu"]);
  });

  it("sets a related article's link between paragraphs inside the body, and ends it at links after the article", () => {
    const link = ">> Tỉnh có nhiều thành phố đạt chuẩn văn minh đô thị";
    const inside = prepareText([PARAGRAPH, link, PARAGRAPH].join("\n"));
    expect(inside.layout.body.end).toBe(inside.text.length);
    expect(inside.layout.insets.map((s) => inside.text.slice(s.start, s.end))).toEqual([link]);
    const after = prepareText([PARAGRAPH, link, ">> Phường Hương Mạc ra mắt mô hình mới", "Ý kiến bạn đọc"].join("\n"));
    expect(after.text.slice(after.layout.body.start, after.layout.body.end)).toBe(PARAGRAPH);
  });

  it("ends the body at a portal's lists of documents, reports and videos under the article, after the byline over them", () => {
    for (const label of ["TIN, BÀI LIÊN QUAN", "Văn bản cùng chuyên mục", "Tài liệu liên quan", "Các báo cáo khác:", "Thông báo khác", "Video cùng chuyên mục", "Bài viết cùng chủ đề", "Tin tiếp theo"]) {
      const doc = prepareText([PARAGRAPH, "Thu Hà", label, "- Hội LHPN xã trao 20 suất quà cho hội viên nghèo (20/02/2024)"].join("\n"));
      expect(doc.text.slice(doc.layout.body.start, doc.layout.body.end)).toBe(`${PARAGRAPH}\nThu Hà`);
    }
    // a sentence opening like one goes on, however short
    for (const line of ["Thông báo khác của UBND xã nêu rõ thời hạn nộp hồ sơ là ngày 30/6.", "Tài liệu liên quan gồm 15 bộ hồ sơ."]) {
      const sentence = prepareText([PARAGRAPH, line, PARAGRAPH].join("\n"));
      expect(sentence.layout.body.end).toBe(sentence.text.length);
    }
  });

  it("ends the body at an empty comment box, not at a sentence that opens like one", () => {
    const box = prepareText([PARAGRAPH, "Không có nhận xét nào:", PARAGRAPH].join("\n"));
    expect(box.layout.body.end).toBe(PARAGRAPH.length);
    const sentence = prepareText([PARAGRAPH, "Không có nhận xét, kiến nghị nào khác ngoài nội dung đã nêu.", PARAGRAPH].join("\n"));
    expect(sentence.layout.body.end).toBe(sentence.text.length);
  });

  it("ends the body at a comment form's name field, not at a table headed by the name's column", () => {
    for (const field of ["Họ và tên", "Họ và tên:", "Họ và tên *"]) {
      const form = prepareText([PARAGRAPH, field, "Email", PARAGRAPH].join("\n"));
      expect(form.layout.body.end).toBe(PARAGRAPH.length);
    }
    const table = prepareText([PARAGRAPH, "Họ và tên | Chức danh | Tỷ lệ phiếu bầu", "Nguyễn Văn An | Chủ tịch | 100%", PARAGRAPH].join("\n"));
    expect(table.layout.body.end).toBe(table.text.length);
  });

  it("does not end the body at a long sentence that merely starts like a furniture label", () => {
    const line = "Chia sẻ tại hội nghị, đồng chí Bí thư nhấn mạnh cần tiếp tục nâng cao chất lượng sinh hoạt chi bộ ở cơ sở.";
    const doc = prepareText([PARAGRAPH, line, PARAGRAPH].join("\n"));
    expect(doc.layout.body.end).toBe(doc.text.length);
    // nor at a short one opening like an attachment's button or label
    for (const short of ["- Tải về và kích hoạt ứng dụng VNeID cho 1.250 công dân.", "Tài liệu đính kèm gồm 3 phụ lục về 15 chỉ tiêu."]) {
      const item = prepareText([PARAGRAPH, short, PARAGRAPH].join("\n"));
      expect(item.layout.body.end).toBe(item.text.length);
    }
  });

  it("reads figures to the end of a hard-wrapped paragraph cut off mid-sentence, as a saved PDF excerpt ends", () => {
    const wrapped = [
      "Với những cố gắng trên, sản xuất nông nghiệp phát triển, năm",
      "1992 năng suất lúa đạt 10,5 tấn/ha, tổng sản lượng lương",
      "thực đạt 2.900 tấn, vượt chỉ tiêu 400 tấn. Từ chỗ thiếu",
      "ăn, Nhân dân trong xã",
    ];
    const doc = prepareText([PARAGRAPH, ...wrapped].join("\n"));
    expect(proseEnd(doc.layout)).toBe(doc.text.length);
    // (nor does a list of related headlines, none of which goes on in lower case)
    const related = ["Huyện Văn Yên khánh thành 3 công trình chào mừng 20 năm tái lập huyện", "12 tập thể, 25 cá nhân được khen thưởng trong phong trào thi đua", "3 xã về đích nông thôn mới nâng cao năm 2024 với 120 tỷ đồng"];
    const list = prepareText([PARAGRAPH, "", ...related].join("\n"));
    expect(proseEnd(list.layout)).toBe(PARAGRAPH.length);
    // (a bullet item wrapped onto a line of its own is still read alone)
    const bullet = prepareText([PARAGRAPH, "- Hỗ trợ 5 hộ", "nghèo làm nhà"].join("\n"));
    expect(proseEnd(bullet.layout)).toBe(bullet.text.indexOf("\nnghèo"));
  });

  it("stops figures at the last prose line, before an unmarked list of headlines", () => {
    const text = [PARAGRAPH, "Minh Anh", "Quận Long Biên khánh thành 3 công trình chào mừng 20 năm thành lập quận", "Hà Nội: 10 năm xây dựng nông thôn mới"].join("\n");
    const doc = prepareText(text);
    expect(proseEnd(doc.layout)).toBe(PARAGRAPH.length);
  });

  it("reads on past a photo's credit between paragraphs, and ends at one that closes the article", () => {
    const after = "Trong 6 tháng, Ủy ban Kiểm tra Đảng ủy đã kiểm tra 25 chi bộ và 150 đảng viên, giám sát chuyên đề 12 chi bộ.";
    const doc = prepareText([PARAGRAPH, "", "Ảnh: Minh Thảo", "", after, "", "Hà Linh"].join("\n"));
    expect(doc.layout.body.end).toBe(doc.text.length);
    const closing = prepareText([PARAGRAPH, "", "Ảnh: Minh Thảo", "", "Tin cùng chuyên mục", after].join("\n"));
    expect(proseEnd(closing.layout)).toBe(PARAGRAPH.length);
  });

  it("reads on past a chart's source between paragraphs, and ends at the article's source with its link", () => {
    const after = "Trong 6 tháng, Ủy ban Kiểm tra Đảng ủy đã kiểm tra 25 chi bộ và 150 đảng viên, giám sát chuyên đề 12 chi bộ.";
    const doc = prepareText([PARAGRAPH, "", "Nguồn: Cục Thống kê tỉnh.", "", after].join("\n"));
    expect(doc.layout.body.end).toBe(doc.text.length);
    const linked = prepareText([PARAGRAPH, "", "Nguồn: baodongnai.com.vn", "", after].join("\n"));
    for (const source of ["Nguồn: Internet", "Nguồn: Báo cáo số 125-BC/HU của Huyện ủy"]) {
      expect(prepareText([PARAGRAPH, "", source, "", after].join("\n")).layout.body.end).toBe([PARAGRAPH, "", source, "", after].join("\n").length);
    }
    expect(proseEnd(linked.layout)).toBe(PARAGRAPH.length);
  });

  it("reads on past a feature's byline under the sapo, over a subhead, but ends a news brief at its own", () => {
    const body = "Năm 2023, xã làm mới 12 km đường giao thông nông thôn với tổng kinh phí 8 tỷ đồng, trong đó nhân dân đóng góp 2,5 tỷ đồng.";
    const feature = [PARAGRAPH, "", "Bài và ảnh: MINH PHƯƠNG", "", "Những con đường mới", "", body].join("\n");
    expect(prepareText(feature).layout.body.end).toBe(feature.length);
    // (a follow prompt between)
    const followed = [PARAGRAPH, "", "Bài và ảnh: MINH PHƯƠNG", "Theo dõi Báo Bắc Giang trên Google News", "", body, "", PARAGRAPH].join("\n");
    expect(prepareText(followed).layout.body.end).toBe(followed.length);
    // (counterexample: `Tin:` closes a brief, the next item's headline and paragraph under it)
    const brief = [PARAGRAPH, "", "Tin: HOÀNG ANH", "", "Những con đường mới", "", body].join("\n");
    expect(prepareText(brief).layout.body.end).toBe(PARAGRAPH.length + 1);
  });

  it("keeps an unended photo caption with a number that closes the article, under its last paragraph", () => {
    const caption = "Lãnh đạo xã trao 20 suất quà cho hộ nghèo";
    const doc = prepareText([PARAGRAPH, "", caption, "", "Bài, ảnh: Minh Thảo"].join("\n"));
    expect(proseEnd(doc.layout)).toBe(PARAGRAPH.length + 2 + caption.length);
    // two such lines in a row are a list of headlines, not a caption
    const listed = prepareText([PARAGRAPH, caption, "Huyện Yên Định trao 200 suất quà cho các hộ nghèo"].join("\n"));
    expect(proseEnd(listed.layout)).toBe(PARAGRAPH.length);
  });

  it("reads on past a related-news box set between paragraphs, keeping the box out of the article", () => {
    const box = ["Tin liên quan", "Huyện Yên Định trao 200 suất quà cho hộ nghèo", "Xem thêm: Thanh Hóa có 350 sản phẩm OCOP"];
    const after = "Theo ông Lê Văn Hải, Chủ tịch UBND xã, năm 2026 xã phấn đấu có thêm 20 mô hình mới, nâng thu nhập bình quân lên 70 triệu đồng/người/năm.";
    const doc = prepareText([PARAGRAPH, ...box, after, "Hà Phương", "", "Tin cùng chuyên mục", "Liên kết website"].join("\n"));
    expect(doc.text.slice(doc.layout.body.start, doc.layout.body.end)).toBe([PARAGRAPH, ...box, after, "Hà Phương", ""].join("\n"));
    expect(doc.layout.insets.map((s) => doc.text.slice(s.start, s.end))).toEqual([box.join("\n")]);
  });

  it("reads a related link with its arrow before the label as a box between paragraphs", () => {
    const after = "Dịp này, huyện tặng mỗi tân binh 2 triệu đồng và biểu dương các gia đình có con nhập ngũ.";
    for (const link of ["> Xem thêm: Quảng Ninh: 1.470 tân binh lên đường", "» Đọc thêm: Quảng Ninh: 1.470 tân binh lên đường", "→ Tin liên quan: Quảng Ninh: 1.470 tân binh lên đường"]) {
      const doc = prepareText([PARAGRAPH, "", link, "", after, "", "Minh Đức"].join("\n"));
      expect(doc.layout.insets.map((s) => doc.text.slice(s.start, s.end))).toEqual([link]);
      expect(doc.layout.body.end).toBe(doc.text.length);
    }
  });

  it("reads on past a related-news box when a short sentence or a table's row follows it", () => {
    const box = ["Đọc thêm:", "Hải Phòng hút 1,9 tỷ USD vốn FDI trong 7 tháng"];
    for (const after of [["Kim ngạch xuất khẩu ước đạt 870 triệu USD."], ["Chỉ tiêu\tĐVT\tThực hiện", "Xuất khẩu\tTriệu USD\t870"]]) {
      const doc = prepareText([PARAGRAPH, "", ...box, "", ...after, "", "Hoàng Quỳnh"].join("\n"));
      expect(doc.layout.body.end).toBe(doc.text.length);
      expect(doc.layout.insets.map((s) => doc.text.slice(s.start, s.end))).toEqual([box.join("\n")]);
    }
  });

  it("ends the article at a related-news box that no paragraph follows", () => {
    const doc = prepareText([PARAGRAPH, "Tin liên quan", "Huyện Yên Định trao 200 suất quà cho hộ nghèo", "Tin cùng chuyên mục", PARAGRAPH].join("\n"));
    expect(doc.layout.body.end).toBe(PARAGRAPH.length);
    expect(doc.layout.insets).toEqual([]);
    // (under the other labels sites give such a box)
    for (const label of ["Thông tin mới nhất", "Thông tin khác", "Bài mới nhất", "Các tin, bài khác", "Tin bài cùng chuyên mục", "Tin tức mới nhất", "Tin mới cập nhật", "Sự kiện liên quan"]) {
      const boxed = prepareText([PARAGRAPH, label, "• Huyện Kiến Xương trao Huy hiệu Đảng cho 312 đảng viên"].join("\n"));
      expect(boxed.layout.body.end).toBe(PARAGRAPH.length);
    }
    // (a sentence opening with such a label is the article's)
    for (const sentence of ["Thông tin mới nhất, đến 17h chiều 8/4, 12 hộ dân phải di dời.", "Sự kiện liên quan đến 12 vụ việc đã được xử lý dứt điểm."]) {
      const doc = prepareText([PARAGRAPH, sentence, "", "Hà Phương"].join("\n"));
      expect(doc.layout.body.end).toBe(doc.text.length);
    }
    // (its headlines ending in full stops, or set beside their dates)
    for (const box of [
      ["Tin liên quan", "Can Lộc có thêm 5 xã nông thôn mới kiểu mẫu.", "Hà Tĩnh giải ngân 1.200 tỷ đồng."],
      ["Tin liên quan", "Can Lộc có thêm 5 xã nông thôn mới kiểu mẫu\t08/04/2024", "Hà Tĩnh giải ngân 1.200 tỷ đồng\t07/04/2024"],
    ]) {
      const boxed = prepareText([PARAGRAPH, ...box, "Tin cùng chuyên mục", PARAGRAPH].join("\n"));
      expect(boxed.layout.body.end).toBe(PARAGRAPH.length);
    }
  });

  it("reads on past a toolbar under the lead (`Bình luận 0`, `Chia sẻ`) when the article's paragraphs follow", () => {
    const after = "Theo ông Lê Văn Hải, Chủ tịch UBND xã, năm 2026 xã phấn đấu có thêm 20 mô hình mới, nâng thu nhập bình quân lên 70 triệu đồng/người/năm.";
    for (const toolbar of [["Bình luận 0"], ["Chia sẻ", "Zalo"], ["Lượt xem: 120"], ["In bài viết", "Cỡ chữ"]]) {
      const doc = prepareText([PARAGRAPH, ...toolbar, "", after, "", PARAGRAPH, "", "Hà Phương", "", "Ý kiến bạn đọc"].join("\n"));
      expect(doc.text.slice(doc.layout.body.start, doc.layout.body.end)).toBe([PARAGRAPH, ...toolbar, "", after, "", PARAGRAPH, "", "Hà Phương", ""].join("\n"));
      expect(doc.layout.insets.map((s) => doc.text.slice(s.start, s.end))).toEqual([toolbar.join("\n")]);
    }
  });

  it("reads on past a related link under the lead however long (`>> …`)", () => {
    const link = ">> Hội nghị đánh giá kết quả chỉ đạo và tổ chức đại hội điểm các đảng bộ, chi bộ cơ sở nhiệm kỳ 2025-2030 của các huyện, thị xã, thành phố trong tỉnh";
    const doc = prepareText([PARAGRAPH, "", link, "", "Thưa các đồng chí đại biểu,", "", PARAGRAPH, "", PARAGRAPH].join("\n"));
    expect(doc.layout.insets.map((s) => doc.text.slice(s.start, s.end))).toEqual([link]);
    expect(doc.layout.body.end).toBe(doc.text.length);
  });

  it("keeps a subheading after a toolbar under the lead in the article", () => {
    const subheading = "Quỹ hỗ trợ nông dân đạt quy mô hơn 304 tỷ đồng";
    const doc = prepareText([PARAGRAPH, "Bình luận 0", "", subheading, "", PARAGRAPH, "", PARAGRAPH].join("\n"));
    expect(doc.layout.insets.map((s) => doc.text.slice(s.start, s.end))).toEqual(["Bình luận 0"]);
    expect(doc.layout.body.end).toBe(doc.text.length);
  });

  it("ends the article at furniture after its second paragraph, though readers' comments follow", () => {
    const comment = "Tôi rất đồng tình với cách làm của xã, mong rằng các địa phương khác cũng học tập kinh nghiệm này để người dân được hưởng lợi nhiều hơn nữa.";
    const doc = prepareText([PARAGRAPH, "", PARAGRAPH, "Bình luận (2)", comment, comment].join("\n"));
    expect(doc.layout.body.end).toBe(PARAGRAPH.length * 2 + 2);
    expect(doc.layout.insets).toEqual([]);
  });

  it("keeps bullet items and short sentences as prose", () => {
    const text = [PARAGRAPH, "- Kết nạp 45 đảng viên mới", "Tổng kinh phí 5 tỷ đồng."].join("\n");
    const doc = prepareText(text);
    expect(proseEnd(doc.layout)).toBe(text.length);
  });
});
