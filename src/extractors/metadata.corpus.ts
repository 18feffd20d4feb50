/**
 * Metadata corpus: each entry is the value a page must give for one field
 * and the ways sites write it. A page is a headline, a header line, a lead
 * paragraph, more body and the end-of-article lines, composed for this
 * corpus (not copied from the seed reports).
 */
import type { Metadata } from "./metadata.js";

export interface MetadataExample {
  expect: Partial<Metadata>;
  texts: string[];
}

const TITLE = "Xã Phú Cường ra quân làm đường giao thông nông thôn";
const LEAD =
  "Thời gian qua, Đảng bộ xã Phú Cường đã lãnh đạo cán bộ, đảng viên và Nhân dân thực hiện tốt các nhiệm vụ chính trị, phát triển kinh tế - xã hội, giữ vững quốc phòng, an ninh trên địa bàn.";
const MORE =
  "Ngày 20/01/2023, Ban Chấp hành Đảng bộ xã ban hành Nghị quyết chuyên đề về xây dựng nông thôn mới nâng cao, trong đó xác định giao thông là khâu đột phá cần tập trung nguồn lực.";
const LONG_TITLE =
  "Bài 3: Đổi mới, nâng cao hiệu quả mối liên hệ giữa đại biểu Quốc hội với cử tri nhằm xây dựng Quốc hội dân chủ, chuyên nghiệp, hiện đại, pháp quyền vì Nhân dân";
const QUOTED_TITLE = "Đảng bộ phường Cô Giang tổ chức triển khai chuyên đề “Học tập và làm theo tấm gương đạo đức Chủ tịch Hồ Chí Minh về ý thức tôn trọng Nhân dân”";
const DATED_TITLE =
  "Họp mặt Kỷ niệm 131 năm Ngày sinh của Chủ tịch Hồ Chí Minh (19/5/1890 – 19/5/2021); Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị giai đoạn 2016 – 2021";
const REPEATED_TITLE =
  "Ủy ban Mặt trận Tổ quốc phường Phúc La triển khai Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư và kỷ niệm 88 năm ngày thành lập Mặt trận dân tộc thống nhất Việt Nam";
const FOOTER = ["Ý kiến bạn đọc", "Tin cùng chuyên mục", "Liên kết website"];

interface Page {
  before?: string[];
  title?: string | null;
  header?: string[];
  body?: string[];
  after?: string[];
  footer?: string[];
}

/** Lay out one page, line by line, as saved sites do. */
export function page({ before = [], title = TITLE, header = [], body = [LEAD, "", MORE], after = [], footer = FOOTER }: Page): string {
  return [...before, ...(title === null ? [] : [title, ""]), ...header, ...body, "", ...after, "", ...footer].join("\n");
}

const headers = (lines: string[]) => lines.map((h) => page({ header: [h] }));
const trailers = (lines: string[][]) => lines.map((after) => page({ after }));

const OFFICIAL_POSTED_TITLE =
  "Kế hoạch tổ chức Tháng hành động phòng, chống ma túy và hưởng ứng Ngày Quốc tế, Ngày Toàn dân phòng, chống ma túy năm 2024";

export const METADATA_CORPUS: MetadataExample[] = [
  // a portal's headline right over an official document's letterhead; its place and date line publishes it
  examples({ title: OFFICIAL_POSTED_TITLE, published: "2024-05-20" }, [
    [
      OFFICIAL_POSTED_TITLE,
      "",
      "ỦY BAN NHÂN DÂN                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "HUYỆN TUẦN GIÁO                                  Độc lập - Tự do - Hạnh phúc",
      "",
      "Số: 152/KH-UBND                            Tuần Giáo, ngày 20 tháng 5 năm 2024",
      "",
      "                                  KẾ HOẠCH",
      "         Tổ chức Tháng hành động phòng, chống ma túy năm 2024",
      "",
      LEAD,
    ].join("\n"),
  ]),
  // title.layout
  examples({ title: TITLE }, [
    page({}),
    // a date line in words under the headline, a follow prompt and a topic's tag in lower case over it
    page({ before: ["Xã Đông Thành - Huyện Yên Thành - Nghệ An", "Menu ☰   Trang chủ   Tin tức   Liên hệ", ""], header: ["Đăng ngày: 20 Tháng Mười Hai, 2024 bởi Trần Văn Lợi   |   Chuyên mục: Tin tức"] }),
    page({ before: ["Theo dõi Báo Tây Ninh trên Google News"] }),
    // a site's address of units joined by dashes; a section, its time and date
    page({ before: ["Huyện Mộc Châu - Tỉnh Sơn La", ""] }),
    page({ before: ["Thời sự - 15:50, 17/11/2024", ""] }),
    // a national paper's name and its motto over the menu and the stamp; a paper's name in capitals with its motto
    page({ before: ["Báo Dân tộc và Phát triển", "Cơ quan của Ủy ban Dân tộc", "TIN TỨC | CHÍNH SÁCH DÂN TỘC | GIÁO DỤC", "Giáo dục", "", "Thứ Sáu, 15/12/2023, 07:45 (GMT+7)", ""] }),
    page({ before: ["QUẢNG NGÃI ĐIỆN TỬ - Cổng thông tin của Đảng bộ, chính quyền và nhân dân tỉnh Quảng Ngãi", "Cập nhật: 06/05/2024 16:20", ""] }),
    page({ before: ["ĐẮK LẮK ONLINE - Thông tin chính thống của tỉnh Đắk Lắk", "Cập nhật: 06/05/2024 16:20", ""] }),
    page({ before: ["TẠP CHÍ TUYÊN GIÁO - Thông tin chính thống của Ban Tuyên giáo Trung ương", "Cập nhật: 06/05/2024 16:20", ""] }),
    page({ before: ["NHÂN DÂN - Tiếng nói của Đảng, Nhà nước và Nhân dân Việt Nam", "Cập nhật: 06/05/2024 16:20", ""] }),
    // a national paper's name alone in capitals, and its motto of a paragraph's length
    page({
      before: [
        "QUÂN ĐỘI NHÂN DÂN",
        "Cơ quan Trung ương của Quân ủy Trung ương và Bộ Quốc phòng - Tiếng nói của lực lượng vũ trang và nhân dân Việt Nam",
        "Thời sự | Quân sự - Quốc phòng | Xây dựng Đảng",
        "",
      ],
      header: ["Thứ Bảy, 08/03/2025 | 06:42"],
    }),
    // a menu of sections' names saved with single spaces
    page({ before: ["Chính trị Kinh tế Xã hội Văn hóa Thể thao Pháp luật"] }),
    page({ before: ["Thời sự Góc nhìn Thế giới Video Podcast Kinh doanh Bất động sản"] }),
    // a breadcrumb after `Bạn đang xem:`, its parts parted by slashes
    page({ before: ["CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH NGHỆ AN", "Bạn đang xem: Trang chủ / Phát triển kinh tế", "", "Thứ Ba, 09/07/2024 - 07:30", ""] }),
    // a station's name over its stamp
    page({ before: ["Đài Phát thanh - Truyền hình Hậu Giang", "Thứ Tư, 27/12/2023, 16:42"] }),
    // a logo's alternative text, a skip link
    page({ before: ["Logo báo điện tử Đảng Cộng sản Việt Nam", ""] }),
    page({ before: ["Logo", ""] }),
    page({ before: ["Logo Đảng bộ tỉnh Lào Cai", ""] }),
    // a department's name ending on its place, over the stamp and the headline
    page({ before: ["Sở Lao động - Thương binh và Xã hội tỉnh Nam Định", "Cập nhật lúc 09:15 ngày 05/04/2024"] }),
    page({ before: ["Phòng Giáo dục và Đào tạo huyện Yên Định", "Cập nhật lúc 09:15 ngày 05/04/2024"] }),
    // (a headline with a verb after a body's name is one: `Hội Nông dân giúp xã Nậm Cang`, below)
    // a sign-up prompt, a welcome banner to its readers
    page({ before: ["Đăng ký tài khoản để nhận tin mới", ""] }),
    page({ before: ["Chào mừng quý vị đến với Cổng thông tin điện tử Đảng bộ tỉnh An Giang!", ""] }),
    page({ header: ["Thứ năm - 12/09/2024 08:15"] }),
    page({ before: ["Trang chủ » Tin tức » Xây dựng Đảng"] }),
    // menu items one per line, and a section name of four words, above the headline
    page({ before: ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Văn bản", "Liên hệ"] }),
    page({ before: ["Xây dựng Đảng", "Chính trị - Xã hội"] }),
    // a date written out in words, above the headline, is the site's date box, not a headline
    page({ before: ["ĐẢNG BỘ TỈNH LÀO CAI", "Thứ tư, ngày 19 tháng 11 năm 2025", "Tin hoạt động"] }),
    // the paper's name alone, a toolbar, a banner and a section's name above the headline
    page({ before: ["Báo Đồng Nai điện tử"] }),
    // over a stamp over the headline: the paper's name with the police's or the people's word, a section's path of
    // dashes, breadcrumbs of slashes or arrows
    page({ before: ["Báo Công an tỉnh Thanh Hóa điện tử", "TIN TỨC | PHÁP LUẬT | GIAO THÔNG | VIDEO", "Giao thông", "09:15 | 28/12/2023"] }),
    page({ before: ["Báo Công an nhân dân điện tử", "Thứ sáu, 21/6/2024, 7:05 (GMT+7)"] }),
    page({ before: ["An ninh trật tự - Phòng cháy chữa cháy - Cứu nạn", "09:15 | 28/12/2023"] }),
    page({ before: ["Tin tức - Sự kiện / Kinh tế / Nông nghiệp", "Ngày đăng: 22/08/2024 | Lượt xem: 1.457", ""] }),
    page({ before: ["Kinh tế → Nông nghiệp → Trồng trọt", "Ngày đăng: 22/08/2024", ""] }),
    page({ before: ["NHIỆT LIỆT CHÀO MỪNG 80 NĂM CÁCH MẠNG THÁNG TÁM THÀNH CÔNG VÀ QUỐC KHÁNH 2/9"] }),
    page({ before: ["Tin nổi bật", "Tin hoạt động của UBND"] }),
    page({ before: ["TIN TỨC - CHI BỘ"] }),
    // the site owner's name, in capitals or not, a skip link and an advertising contact above the headline
    page({ before: ["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "QUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH"] }),
    page({ before: ["Truy cập nội dung luôn", "UBND Xã Sơn Mùa"] }),
    page({ before: ["Liên hệ Quảng cáo: (04)39.431.943 - (04)39.447.011"] }),
    page({ before: ["• Xem với cỡ chữ", "Tin liên quan Ia Grai ra quân làm đường giao thông"] }),
    // a long breadcrumb, the masthead's motto after the paper's name, and the site's address with its motto
    page({ before: ["> Tin tức - Sự kiện > Tin hoạt động HĐND > Xã Phú Cường ra quân làm đường giao thông nông thôn trong đợt cao điểm ra quân năm 2024 -"] }),
    page({ before: ["Báo Quảng Nam điện tử - Cơ quan của Đảng bộ tỉnh Quảng Nam"] }),
    page({ before: ["www.donghuongtienphuoc.com - Đồng hương Tiên Phước - Quê hương là của chúng tôi nhưng cảm nhận là của bạn"] }),
    page({ before: ["Thông tin điện tử Tuyên giáo và Dân vận tỉnh Quảng Trị"] }),
    page({ before: ["BÁO TIN TỨC - THÔNG TẤN XÃ VIỆT NAM"] }),
    page({ before: ["Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị"] }),
    // a photo's caption with its credit between the headline and the stamp
    page({ header: ["Đồng chí Lê Văn Tâm phát biểu tại hội nghị. Ảnh: Thống Nhất/TTXVN", "Thứ Ba, 04/11/2025 - 10:30"] }),
    page({ header: ["Đồng chí Lê Văn Tâm phát biểu tại hội nghị (Ảnh: Thống Nhất)", "Thứ Ba, 04/11/2025 - 10:30"] }),
  ]),
  // a headline wrapped onto a second line, the second in lower case
  examples({ title: "Hội nghị Ban Chấp hành Đảng bộ xã lần thứ năm thảo luận, cho ý kiến vào dự thảo nghị quyết về nhiệm vụ năm 2026" }, [
    page({ title: "Hội nghị Ban Chấp hành Đảng bộ xã lần thứ năm thảo luận, cho ý kiến vào\ndự thảo nghị quyết về nhiệm vụ năm 2026", header: ["Thứ Năm, 06/11/2025, 15:30"] }),
  ]),
  // a long headline closing on a quoted name (no full stop inside the quote), over a view counter
  examples({ title: QUOTED_TITLE }, [page({ title: QUOTED_TITLE }), page({ title: QUOTED_TITLE, header: ["10"] })]),
  // a long headline with no comma, over the lead
  examples({ title: DATED_TITLE }, [page({ title: DATED_TITLE })]),
  // a headline of sections' words with others among them
  examples({ title: "Phát triển kinh tế xã hội gắn với giáo dục đào tạo và du lịch" }, [page({ title: "Phát triển kinh tế xã hội gắn với giáo dục đào tạo và du lịch" })]),
  // a headline with a motto's words after a dash, no paper's name before it
  examples({ title: "HÀ NỘI - Tiếng nói của nhân dân thủ đô vang lên mạnh mẽ" }, [page({ title: "HÀ NỘI - Tiếng nói của nhân dân thủ đô vang lên mạnh mẽ" })]),
  // a banner for the congresses above the headline
  examples({ title: TITLE }, [page({ before: ["Chào mừng đại hội Đảng các cấp nhiệm kỳ 2025-2030"] })]),
  // a headline in capitals opening with its body's name (counterexample: the body's name alone, `ĐẢNG ỦY PHƯỜNG TÂN MAI`)
  examples({ title: "ĐẢNG BỘ XÃ NẬM CÓ NÂNG CAO NĂNG LỰC LÃNH ĐẠO" }, [page({ title: "ĐẢNG BỘ XÃ NẬM CÓ NÂNG CAO NĂNG LỰC LÃNH ĐẠO", header: ["Thứ hai - 10/06/2024 06:03"] })]),
  // a long headline, unended: over its writer's line, or repeated as the lead opens
  examples({ title: LONG_TITLE }, [
    page({ title: LONG_TITLE, header: ["TS. Phạm Văn Phong", "Tạp chí Cộng sản"] }),
    // under the site's masthead, menu and section's label, and its stamp
    page({ before: ["ĐẢNG BỘ TỈNH VĨNH PHÚC", "HUYỆN ỦY YÊN LẠC", "Giới thiệu | Tin tức - Sự kiện | Liên hệ", "Xây dựng Đảng", "15/09/2024 10:20:35"], title: LONG_TITLE }),
  ]),
  // over a stamp with fields after wide spaces, a counter first too
  examples({ title: LONG_TITLE, published: "2024-06-26T08:30" }, [
    page({ title: LONG_TITLE, header: ["Cập nhật: 08:30 ngày 26/06/2024    Lượt xem: 1.208    [In trang]  [Gửi email]"] }),
    page({ title: LONG_TITLE, header: ["Đăng lúc: 08:30:00 | 26-06-2024   Người đăng: Quản trị viên   Lượt xem: 312"] }),
  ]),
  examples({ title: LONG_TITLE, published: "2024-06-26" }, [page({ title: LONG_TITLE, header: ["Lượt xem: 1.208    Cập nhật: 26/06/2024"] })]),
  examples({ title: REPEATED_TITLE }, [page({ title: REPEATED_TITLE, body: [`Chiều ngày 19/10/2024, ${REPEATED_TITLE}. ${LEAD}`, "", MORE] })]),
  // the paper's name in capitals, or with the day's date after wide spaces, and a run of sections' names two spaces apart
  // are the site's: the headline is the one under the stamp
  examples({ title: TITLE }, [
    page({ before: ["NHÂN DÂN điện tử", "Chính trị  Kinh tế  Văn hóa  Xã hội  Pháp luật  Du lịch  Thế giới  Thể thao  Giáo dục", "Kinh tế | Thị trường", "Thứ Hai, 20-01-2025, 06:45"] }),
    page({ before: ["Báo Tuyên Quang điện tử   Thứ Hai, 29/04/2024", "Đăng nhập | Đăng ký | RSS", "Dân tộc - Miền núi", "Chủ nhật, 28/4/2024 | 07:30"] }),
    // a menu of three items between wide spaces, one a menu's own; the paper's name in Title Case
    page({ before: ["UBND HUYỆN QUỐC OAI", "Giới thiệu chung   Tin tức sự kiện   Liên hệ", "Đăng ngày: 2023-11-20 08:12"] }),
    page({ before: ["Nhân Dân điện tử", "Thứ Hai, 20-01-2025, 06:45"] }),
    // a menu's items parted by arrows, one of them with a dash (a headline's clauses so parted, with numbers, stay one)
    page({ before: ["Trang chủ ▸ Tin tức ▸ Dân tộc - Miền núi ▸ Video"] }),
  ]),
  // no headline at all: the skip link and the owner's name are none
  examples({ title: null }, [page({ before: ["Truy cập nội dung luôn", "", "UBND Xã Sơn Mùa"], title: null })]),
  // a lead that ends on a call, its clauses parted by commas, under a paper's name and its stamp
  examples({ title: null }, [
    ["Báo Hà Nam điện tử", "Cập nhật lúc 07:30, Chủ nhật, 17/09/2023", "", "Sáng nay, xã Tân Phú đón nhận danh hiệu nông thôn mới nâng cao, niềm vui lớn của 12 nghìn người dân!", "", MORE].join("\n"),
  ]),
  // but a headline may open with a body's name, and one in capitals with a place
  examples({ title: "UBND xã Sơn Mùa ra quân làm đường giao thông nông thôn" }, [page({ title: "UBND xã Sơn Mùa ra quân làm đường giao thông nông thôn" })]),
  // a department's headline ending on a place (a department's name alone is the site's)
  examples({ title: "Sở Y tế kiểm tra an toàn thực phẩm tại tỉnh Nam Định" }, [page({ title: "Sở Y tế kiểm tra an toàn thực phẩm tại tỉnh Nam Định", header: ["Thứ hai - 10/06/2024 06:03"] })]),
  examples({ title: "Hội Nông dân giúp xã Nậm Cang" }, [page({ title: "Hội Nông dân giúp xã Nậm Cang", header: ["Thứ hai - 10/06/2024 06:03"] })]),
  examples({ title: "Logo Đại hội Đảng bộ tỉnh lần thứ XX chính thức phát hành" }, [page({ title: "Logo Đại hội Đảng bộ tỉnh lần thứ XX chính thức phát hành", header: ["Thứ hai - 10/06/2024 06:03"] })]),
  // a headline about a logo (a logo's alternative text names the site: `Logo báo điện tử …`)
  examples({ title: "Logo Đại hội Thể thao toàn quốc lần thứ X được công bố" }, [page({ title: "Logo Đại hội Thể thao toàn quốc lần thứ X được công bố", header: ["Thứ hai - 10/06/2024 06:03"] })]),
  examples({ title: "HUYỆN ĐỨC TRỌNG ĐẨY MẠNH THU NGÂN SÁCH" }, [page({ title: "HUYỆN ĐỨC TRỌNG ĐẨY MẠNH THU NGÂN SÁCH" })]),
  // a headline written in lower case, a place and date line under it; a headline opening with `Theo dõi`
  examples({ title: "vaccine Covid-19 được tiêm cho 500 người cao tuổi trong xã" }, [page({ title: "vaccine Covid-19 được tiêm cho 500 người cao tuổi trong xã", header: ["Hà Nội, 12/3/2024"] })]),
  examples({ title: "Theo dõi, khắc phục hạn chế, tồn tại" }, [page({ title: "Theo dõi, khắc phục hạn chế, tồn tại" })]),
  examples({ title: "Huyện Mộc Châu - Điểm sáng du lịch" }, [page({ title: "Huyện Mộc Châu - Điểm sáng du lịch" })]),
  examples({ title: "Đăng ký tài khoản định danh điện tử cho người dân trong độ tuổi" }, [page({ title: "Đăng ký tài khoản định danh điện tử cho người dân trong độ tuổi" })]),
  // a list's bullet before the headline
  examples({ title: TITLE }, [["• " + TITLE, "  • Thời gian đăng: 28/04/2025 09:26:51 AM", "", LEAD, "", MORE].join("\n")]),
  // a topic's tag in lower case over the headline
  examples({ title: "Rà soát, tháo gỡ vướng mắc các dự án chậm tiến độ" }, [page({ before: ["rà soát dự án bỏ hoang", ""], title: "Rà soát, tháo gỡ vướng mắc các dự án chậm tiến độ" })]),
  // a headline of paragraph length that asks a question
  examples({ title: "Vì sao Thanh Hà sớm vượt chỉ tiêu phát triển đảng viên trong nhiệm kỳ này?" }, [
    ["Vì sao Thanh Hà sớm vượt chỉ tiêu phát triển đảng viên trong nhiệm kỳ này?", "", LEAD, "", MORE].join("\n"),
    // under a paper's name and its stamp
    ["Báo Hà Nam điện tử", "Cập nhật lúc 07:30, Chủ nhật, 17/09/2023", "", "Vì sao Thanh Hà sớm vượt chỉ tiêu phát triển đảng viên trong nhiệm kỳ này?", "", LEAD, "", MORE].join("\n"),
    // a toolbar between it and the lead
    ["Báo Hà Nam điện tử", "Cập nhật lúc 07:30, Chủ nhật, 17/09/2023", "", "Vì sao Thanh Hà sớm vượt chỉ tiêu phát triển đảng viên trong nhiệm kỳ này?", "", "Chia sẻ  |  Lưu  |  Cỡ chữ", "", LEAD, "", MORE].join("\n"),
  ]),
  // or calls out
  examples({ title: "Đừng để tiền công đức làm mất hồn đình cổ ở các làng quê của huyện Kim Bảng!" }, [
    ["Báo Hà Nam điện tử", "Cập nhật lúc 07:30, Chủ nhật, 17/09/2023", "", "Đừng để tiền công đức làm mất hồn đình cổ ở các làng quê của huyện Kim Bảng!", "", LEAD, "", MORE].join("\n"),
  ]),
  // headlines that open like a paper's name or a section's
  examples({ title: "Báo chí với thương mại điện tử" }, [page({ title: "Báo chí với thương mại điện tử" })]),
  // headlines of dashes, slashes or a paper's name alone on their page
  examples({ title: "Đoàn kết - Kỷ cương - Sáng tạo - Hiệu quả" }, [page({ title: "Đoàn kết - Kỷ cương - Sáng tạo - Hiệu quả" })]),
  examples({ title: "Thi vào lớp 10: Toán / Ngữ văn / Tiếng Anh là ba môn bắt buộc" }, [page({ title: "Thi vào lớp 10: Toán / Ngữ văn / Tiếng Anh là ba môn bắt buộc" })]),
  examples({ title: "Báo Công an nhân dân điện tử - 20 năm đồng hành cùng bạn đọc" }, [page({ title: "Báo Công an nhân dân điện tử - 20 năm đồng hành cùng bạn đọc" })]),
  examples({ title: "Xã Yên Phú - Điểm sáng xây dựng nông thôn mới - Bài 2" }, [page({ title: "Xã Yên Phú - Điểm sáng xây dựng nông thôn mới - Bài 2" })]),
  examples({ title: "Tin mới nhất về bão số 3" }, [page({ title: "Tin mới nhất về bão số 3" })]),
  // a stamp in brackets at the end of the headline's line, which runs to a paragraph's length, a counter's label above it
  examples(
    {
      title: "Tình hình thực hiện một số nội dung về công tác giải ngân vốn đầu tư công 9 tháng đầu năm; nhiệm vụ, giải pháp những tháng cuối năm 2019",
      published: "2019-10-02T09:15",
    },
    [
      page({
        before: ["Thống kê truy cập", "Trang chủ"],
        title: "Tình hình thực hiện một số nội dung về công tác giải ngân vốn đầu tư công 9 tháng đầu năm; nhiệm vụ, giải pháp những tháng cuối năm 2019 ( 09:15 | 02/10/2019 )",
      }),
      page({ title: "Tình hình thực hiện một số nội dung về công tác giải ngân vốn đầu tư công 9 tháng đầu năm; nhiệm vụ, giải pháp những tháng cuối năm 2019 (02/10/2019 09:15)" }),
    ],
  ),
  // no headline: the site's logo (its name glued to the image's link) and a font-size toolbar are none
  examples({ title: null, published: "2025-12-29T08:47" }, [
    page({ before: ["UBND xã Tân Hòahttps://tanhoa.example.gov.vn/uploads/logo_1.png", "Thứ hai - 29/12/2025 08:47", "Xem với cỡ chữ"], title: null }),
  ]),
  // a toolbar between the headline and its stamp
  examples({ title: TITLE, published: "2023-08-10T17:03" }, [page({ header: ["RSS In Gởi cho bạn bè", "10/08/2023 05:03:54 PM"] })]),
  // a stamp with the weekday as a digit above the headline
  examples({ title: TITLE, published: "2025-04-08T00:56" }, [page({ before: ["Thứ 3, 08/04/2025 00:56 [(GMT +7)]"] })]),
  // a one-line menu of many short items, long as a paragraph, is no lead (the headline under it is the title)
  examples({ title: TITLE, published: "2026-03-18T21:30" }, [
    page({
      before: ["TUỔI TRẺ ONLINE   Thời sự | Thế giới | Pháp luật | Kinh doanh | Công nghệ | Xe | Du lịch | Nhịp sống trẻ | Văn hóa | Giải trí | Thể thao"],
      header: ["18/03/2026 21:30 GMT+7"],
    }),
  ]),
  // a speech's salutations under a headline in capitals, a toolbar between: no headline
  examples({ title: "PHÁT BIỂU CHỈ ĐẠO CỦA CHỦ TỊCH UBND THÀNH PHỐ TẠI HỘI NGHỊ PHÁT TRIỂN NHÀ Ở XÃ HỘI" }, [
    [
      "CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CẦN THƠ",
      "☰ Chính quyền | Công dân | Doanh nghiệp | Du khách | Thông tin chỉ đạo điều hành",
      "Thông tin chỉ đạo điều hành » Phát biểu của lãnh đạo",
      "",
      "PHÁT BIỂU CHỈ ĐẠO CỦA CHỦ TỊCH UBND THÀNH PHỐ TẠI HỘI NGHỊ PHÁT TRIỂN NHÀ Ở XÃ HỘI",
      "Ngày đăng 05 tháng 07 năm 2024 | Lượt xem 1.032",
      "[Tải về]  [In trang]  [Gửi email]",
      "",
      "Kính thưa các đồng chí lãnh đạo Bộ Xây dựng,",
      "Thưa các đồng chí đại biểu, thưa toàn thể hội nghị!",
      "",
      LEAD,
      "",
      MORE,
    ].join("\n"),
  ]),
  // a menu opened by its button's glyph, `☰`, its last item a long section's name
  examples({ title: TITLE }, [page({ before: ["Báo Quảng Nam Online", "☰  Chính trị  Kinh tế  Xã hội  Văn hóa  Phóng sự  Quảng Nam - Mảnh đất con người", "Phóng sự", ""] })]),
  // a menu parted by wide spaces, one of its items a long section's name
  examples({ title: TITLE, published: "2024-04-10T14:35" }, [
    page({
      before: [
        "BÁO ĐIỆN TỬ ĐẢNG BỘ TỈNH BẮC GIANG",
        "Trang chủ  Xây dựng Đảng  Thời sự  Kinh tế  Văn hóa - Xã hội  Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "Xây dựng Đảng > Lãnh đạo thực hiện nghị quyết",
        "",
        "Tác giả: Ngọc Thúy - Ban Tuyên giáo Tỉnh ủy",
        "Thứ Tư, 10/04/2024, 14:35",
        "",
      ],
    }),
  ]),
  // a stamp's long fields over a share bar: no paragraph wrapped onto the bar
  examples({ title: TITLE, published: "2024-04-12" }, [
    page({ header: ["Ngày đăng: 12-04-2024 | Người viết: Đức Thịnh - Công an huyện Phù Cát | Lượt đọc: 318", "[f] Chia sẻ   [Zalo]   [In]"] }),
  ]),
  // a time with a minute's mark before the date (in words it opens a body's sentence as often: `14 giờ 30 phút ngày
  // 12/3/2024, tại xã … xảy ra cháy`, no stamp)
  examples({ title: TITLE, published: null }, [page({ body: ["14 giờ 30 phút ngày 12/3/2024, tại xã Hòa Bình xảy ra cháy.", "", LEAD, "", MORE] })]),
  examples({ title: TITLE, published: "2025-06-30T14:07" }, [
    page({ before: ["Trang chủ | Tin tức", "Cập nhật lúc 14h07' ngày 30/6/2025"] }),
    page({ before: ["Trang chủ | Tin tức", "14h07' 30/06/2025"] }),
  ]),
  // a long headline: in capitals throughout, or over the date stamp, is no lead paragraph
  examples({ title: "GIÁO DỤC HUYỆN SAU 15 NĂM TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG II (KHÓA VIII) VỀ PHÁT TRIỂN GIÁO DỤC VÀ ĐÀO TẠO (1997-2013)" }, [
    page({ title: "GIÁO DỤC HUYỆN SAU 15 NĂM TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG II (KHÓA VIII) VỀ PHÁT TRIỂN GIÁO DỤC VÀ ĐÀO TẠO (1997-2013)" }),
  ]),
  examples({ title: "Kỷ niệm 127 năm Ngày sinh nhật Chủ tịch Hồ Chí Minh: Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" }, [
    page({
      before: ["BAN BIÊN TẬP", "Trưởng ban: Đ/c Lê Trung Hiếu"],
      title: "Kỷ niệm 127 năm Ngày sinh nhật Chủ tịch Hồ Chí Minh: Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
      header: ["Ngày cập nhật 25/04/2017"],
    }),
  ]),
  // a headline of paragraph length first in the text, no full stop, the lead after it
  examples({ title: "Huyện ủy Lục Nam tổ chức hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm và quán triệt các nghị quyết của Tỉnh ủy" }, [
    page({ title: "Huyện ủy Lục Nam tổ chức hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm và quán triệt các nghị quyết của Tỉnh ủy" }),
  ]),
  // a headline that ends on a full stop, first in the text, a blank line and the lead under it
  examples({ title: "Nghi Lộc: Hội nghị giao chỉ tiêu kế hoạch kinh tế - xã hội năm 2025." }, [
    ["Nghi Lộc: Hội nghị giao chỉ tiêu kế hoạch kinh tế - xã hội năm 2025.", "", LEAD, "", MORE].join("\n"),
    // no blank line under a place's name and colon
    ["Nghi Lộc: Hội nghị giao chỉ tiêu kế hoạch kinh tế - xã hội năm 2025.", LEAD, "", MORE].join("\n"),
  ]),
  // a section's path over a headline closed by a full stop: the headline; an agency's prefix before a lead opens no headline
  examples({ title: "Huyện Chư Sê kết nạp được 1.500 đảng viên trong nhiệm kỳ." }, [
    ["Kinh tế - Xã hội - Môi trường", "", "Huyện Chư Sê kết nạp được 1.500 đảng viên trong nhiệm kỳ.", "", "Cập nhật 11/6/2020", "", LEAD, "", MORE].join("\n"),
  ]),
  examples({ title: null }, [["QTV: Sáng 12/3, Đảng ủy xã tổ chức hội nghị tổng kết năm 2024.", LEAD, "", MORE].join("\n")]),
  // a short headline with a number under a menu one item per line
  examples({ title: "Kết nạp 12 đảng viên mới" }, [["Trang chủ", "Tin tức", "Liên hệ", "Kết nạp 12 đảng viên mới", LEAD, "", MORE].join("\n")]),
  // no blank line over a lead opening on its date; short lines between it and the lead
  examples({ title: "Đảng ủy phường Quyết Tiến tổng kết công tác xây dựng Đảng năm 2024." }, [
    ["Đảng ủy phường Quyết Tiến tổng kết công tác xây dựng Đảng năm 2024.", `Ngày 03/01 Đảng ủy phường Quyết Tiến tổ chức hội nghị tổng kết. ${LEAD}`, "", MORE].join("\n"),
    ["Đảng ủy phường Quyết Tiến tổng kết công tác xây dựng Đảng năm 2024.", "", "in trang", "", "tn1", "", LEAD, "", MORE].join("\n"),
  ]),
  // a stamp with no year, or with fields after dashes, under the headline: the category's label over it is none; a menu one
  // item per line or of bracketed items is none either
  examples({ title: TITLE, published: null }, [page({ before: ["Học tập và làm theo Bác", ""], header: ["Cập nhật: 10/7 08:15"] })]),
  examples({ title: TITLE }, [
    page({ before: ["Học tập và làm theo Bác", ""], header: ["Thứ Hai, 17/6 - 10:12"] }),
    page({ before: ["Trang chủ", "Tin tức", "Chỉ đạo - Điều hành", "Học tập và làm theo Bác", "Video", ""] }),
    page({ before: ["[Trang chủ] [Tin hoạt động] [Xây dựng Đảng]", ""] }),
    // a hotline's masthead; an advertiser's banner over the headline over its writer's stamp
    // a portal's welcome banner
    page({ before: ["Chào mừng đến Cổng Thông tin điện tử huyện Châu Thành!!", ""] }),
    page({ before: ["Hotline: 0865015015 Tiền Phong Nhật báo Sinh viên Việt Nam Hoa Học trò Tòa soạn Quảng cáo", ""] }),
    page({ before: ["Công ty Phân lân nung chảy Văn Điển", ""], header: ["Bùi Ánh - 14:20 28/09/2023 GMT+7"] }),
  ]),
  examples({ title: TITLE, published: "2024-06-18T10:12" }, [
    page({ before: ["Học tập và làm theo Bác", ""], header: ["Đăng lúc: 18/06/2024 10:12 - Người đăng: admin - Lượt xem: 562"] }),
  ]),
  examples({ title: "BTV Huyện ủy duyệt đại hội Đảng bộ xã Thịnh Sơn nhiệm kỳ 2015-2020." }, [
    ["BTV Huyện ủy duyệt đại hội Đảng bộ xã Thịnh Sơn nhiệm kỳ 2015-2020.", "", LEAD, "", MORE].join("\n"),
    // under the site's section, skip link or toolbar: the headline is still the article's first line
    ["Tin tức - Sự kiện", "", "BTV Huyện ủy duyệt đại hội Đảng bộ xã Thịnh Sơn nhiệm kỳ 2015-2020.", "", LEAD, "", MORE].join("\n"),
    ["Skip to main content", "", "BTV Huyện ủy duyệt đại hội Đảng bộ xã Thịnh Sơn nhiệm kỳ 2015-2020.", "", LEAD, "", MORE].join("\n"),
    ["Chế độ ban đêm In trang Xuất PDF Đọc nội dung", "", "BTV Huyện ủy duyệt đại hội Đảng bộ xã Thịnh Sơn nhiệm kỳ 2015-2020.", "", LEAD, "", MORE].join("\n"),
  ]),
  // but a short lead is no headline: it opens on its time, has a clause or a tense
  examples({ title: null }, [
    ["Sáng 15/10, Đảng ủy phường Bắc Hồng tổ chức hội nghị tổng kết công tác dân vận.", "", LEAD, "", MORE].join("\n"),
    ["Hiện nay, toàn huyện có 215 đảng viên sinh hoạt tại 12 chi bộ.", "", LEAD, "", MORE].join("\n"),
    ["Đảng ủy xã Tân Phú vừa tổ chức hội nghị tổng kết công tác năm 2024.", "", LEAD, "", MORE].join("\n"),
  ]),
  // a headline that ends on a full stop, over its stamp
  examples({ title: "Nhiệm kỳ 2015-2020, huyện Chư Sê kết nạp được 1.500 đảng viên.", published: "2020-06-11T08:06" }, [
    page({ title: "Nhiệm kỳ 2015-2020, huyện Chư Sê kết nạp được 1.500 đảng viên.", header: ["Cập nhật 11/6/2020, 08:06:29"] }),
  ]),
  examples({ title: "ĐẢNG BỘ XÃ TÂN LẬP NÂNG CAO NĂNG LỰC LÃNH ĐẠO", author: "Minh Thảo" }, [
    ["ĐẢNG BỘ XÃ TÂN LẬP NÂNG CAO NĂNG LỰC LÃNH ĐẠO", "Minh Thảo | 10/06/2024", "Đồng chí Bí thư Đảng ủy xã phát biểu tại hội nghị sơ kết", LEAD, "", MORE].join("\n"),
  ]),
  examples({ title: "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 15" }, [
    ["HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 15", "Thứ hai, 10/06/2024 | 08:30", "Toàn cảnh hội nghị Ban Chấp hành Đảng bộ xã Tân Lập", LEAD, "", MORE].join("\n"),
    ["Trang chủ | Tin tức | Xây dựng Đảng", "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 15", "Thứ hai, 10/06/2024 | 08:30", "Toàn cảnh hội nghị Ban Chấp hành Đảng bộ xã Tân Lập", LEAD, "", MORE].join("\n"),
  ]),
  // one closed by a full stop whose words the lead under it repeats nearly all
  examples(
    { title: "Đảng bộ xã Hùng Thắng tổ chức Lễ trao tặng Huy hiệu Đảng cho đảng viên đợt 2/9/2025 và Hội nghị sơ kết công tác 9 tháng đầu năm, triển khai nhiệm vụ 3 tháng cuối năm 2025." },
    [
      [
        "Đảng bộ xã Hùng Thắng tổ chức Lễ trao tặng Huy hiệu Đảng cho đảng viên đợt 2/9/2025 và Hội nghị sơ kết công tác 9 tháng đầu năm, triển khai nhiệm vụ 3 tháng cuối năm 2025.",
        "Trong không khí hân hoan chào mừng Đại hội Đảng bộ thành phố lần thứ I. Chiều ngày 24/9/2025, Đảng bộ xã Hùng Thắng long trọng tổ chức Lễ trao tặng Huy hiệu Đảng cho đảng viên đợt 2/9/2025 gắn với tổ chức Hội nghị sơ kết công tác 9 tháng đầu năm, triển khai nhiệm vụ 3 tháng cuối năm 2025.",
        "",
        MORE,
      ].join("\n"),
    ],
  ),
  // (counterexample: a sentence over a dated list's items, no stamp: the text has no headline)
  examples({ title: null }, [
    [
      "Lịch công tác tuần của Thường trực Đảng ủy xã Tân Lập từ ngày 10/6 đến ngày 14/6/2024 được thông báo như sau.",
      "- Thứ hai, 10/06/2024: Họp giao ban Thường trực",
      "- Thứ ba, 11/06/2024: Làm việc với các chi bộ",
    ].join("\n"),
  ]),
  // (counterexample: a sapo of clauses, opening as a lead does, over the body that repeats it)
  examples({ title: null }, [
    [
      "6 tháng đầu năm nay, xuất khẩu cà phê ước đạt 955.000 tấn, trị giá 1,609 tỷ USD, tăng 3,7% về lượng so với cùng kỳ năm 2019.",
      "",
      "Theo Cục Xuất nhập khẩu, tính chung 6 tháng đầu năm nay, xuất khẩu cà phê ước đạt 955.000 tấn, trị giá 1,609 tỷ USD, tăng 3,7% về lượng so với cùng kỳ năm 2019.",
    ].join("\n"),
  ]),
  // one of a paragraph's length, when it opens the article (a lead's first sentence is never over the stamp)
  examples(
    {
      title: "Kết quả xác minh giải quyết đơn phản ánh của người dân về tình trạng chăn nuôi gây ô nhiễm môi trường tại thị trấn Phước Bửu, huyện Xuyên Mộc.",
      published: "2021-12-10T11:19",
    },
    [
      page({
        title: "Kết quả xác minh giải quyết đơn phản ánh của người dân về tình trạng chăn nuôi gây ô nhiễm môi trường tại thị trấn Phước Bửu, huyện Xuyên Mộc.",
        header: ["10/12/2021 - 11:19 | Tin tức"],
      }),
    ],
  ),
  // a headline trailing off in an ellipsis, its writer and stamp under it
  examples({ title: "Xây dựng nông dân phát triển toàn diện, văn minh, nghĩa tình...", author: "Lê Minh", published: "2024-03-12T14:20" }, [
    page({ title: "Xây dựng nông dân phát triển toàn diện, văn minh, nghĩa tình...", header: ["Lê Minh - 14:20 12/03/2024 GMT+7"] }),
  ]),
  // a long unended headline with the stamp above it
  examples({ title: "Thi đua lập thành tích chào mừng đại hội đảng bộ các cấp, tiến tới Đại hội Đại biểu Đảng bộ NHPT lần thứ III nhiệm kỳ 2020-2025" }, [
    page({ before: ["20/03/2020 00:00", ""], title: "Thi đua lập thành tích chào mừng đại hội đảng bộ các cấp, tiến tới Đại hội Đại biểu Đảng bộ NHPT lần thứ III nhiệm kỳ 2020-2025" }),
  ]),
  // the page's own toolbar is no title, even as the only line above the headline
  examples({ title: TITLE }, [page({ before: ["Chế độ ban đêm In trang Xuất PDF Đọc nội dung", "-A A +A"] })]),
  // a log-in prompt and a "today" line above the headline are the site's
  examples({ title: TITLE }, [
    page({ before: ["Đăng nhập", "Đăng nhập để trải nghiệm thêm những tính năng hữu ích"] }),
    page({ before: ["Hôm nay, Thứ tư ngày 12/06/2024", "Tin tức trong huyện"] }),
  ]),
  // but a headline may open with those words
  examples({ title: "Hôm nay khai mạc Đại hội Đảng bộ huyện lần thứ XX" }, [page({ title: "Hôm nay khai mạc Đại hội Đảng bộ huyện lần thứ XX" })]),
  examples({ title: "Tìm kiếm nạn nhân mất tích trong vụ sạt lở đất" }, [page({ title: "Tìm kiếm nạn nhân mất tích trong vụ sạt lở đất" })]),
  // published.header: the site's "today" box above the headline loses to the article's stamp under it
  examples({ title: TITLE, published: "2025-11-15T08:05" }, [
    page({ before: ["Tin tức - Sự kiện", "Thứ Ba, 18/11/2025 | Hà Nội 24°C"], header: ["Ngày đăng 15/11/2025 | 08:05"] }),
    page({ before: ["Thứ Ba, 18/11/2025", "Tin tức - Sự kiện"], header: ["Thứ Bảy, 15/11/2025 08:05"] }),
  ]),
  // title.layout: the site's name, a section label, a labelled stamp above the headline are none of them
  examples({ title: TITLE }, [
    // (counterexample: a headline in capitals over a stamp or a byline with a bar, a caption under it, keeps its title)
    // the site's masthead in capitals or with its motto over the menu, though the stamp stands above the headline
    page({ before: ["LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA", "Trang chủ | Tin hoạt động | Chính sách - Pháp luật | Văn bản", "Tin hoạt động"] }),
    page({ before: ["BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI TỈNH THÁI BÌNH", "Trang chủ  Giới thiệu  Tin tức - Sự kiện  Chính sách mới  Hỏi đáp"] }),
    page({ before: ["THÁI BÌNH ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Thái Bình", "Trang nhất | Thời sự | Kinh tế", "", "Cập nhật lúc 19:30, Thứ năm, 12/09/2024", ""] }),
    // a top bar with its date and its menu under the masthead; a reading toolbar after a button
    page({ before: ["SỞ Y TẾ TỈNH CAO BẰNG", "Thứ Năm, 13/06/2024 | Trang chủ | Giới thiệu | Tin tức | Liên hệ"] }),
    page({ before: ["Trang chủ", "Nghe đọc bài viết Chế độ ban đêm Xuất PDF"] }),
    // a menu's items parted by runs of spaces, the site's name before its kind
    page({ before: ["Báo Ninh Bình điện tử", "Thời sự  Chính trị  Kinh tế  Xã hội  Văn hóa  Thể thao  Bạn đọc", "Chính trị » Mặt trận - Đoàn thể"] }),
    // a site's slogan of the year over its menu
    page({ before: ["Chủ đề năm 2024: Tăng cường kỷ luật, kỷ cương hành chính; đẩy mạnh chuyển đổi số", "Danh mục"] }),
    // (items of two names joined by a dash: `Biên giới - Biển đảo`)
    page({ before: ["BIÊN PHÒNG - Cơ quan của Đảng ủy, Bộ Tư lệnh Bộ đội Biên phòng", "Thời sự   Biên giới - Biển đảo   Quốc phòng - An ninh   Pháp luật"] }),
    page({ before: ["HỘI CỰU CHIẾN BINH TỈNH THÁI BÌNH - TRANG THÔNG TIN ĐIỆN TỬ", "Trang chủ / Hoạt động các cấp Hội / Cơ sở"] }),
    page({ before: ["Cổng Thông tin điện tử huyện Krông Pắc"] }),
    page({ before: ["TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ XÃ TÂN HÒA", "Tin hoạt động"] }),
    page({ before: ["BÁO ĐIỆN TỬ TIỀN PHONG TỈNH"] }),
    page({ before: ["Chuyên mục: Xây dựng Đảng - Chính quyền - Đoàn thể"] }),
    // a section name of six words, the stamp under the headline
    page({ before: ["Thông tin chỉ đạo điều hành"], header: ["Ngày cập nhật 18/01/2024"] }),
  ]),
  examples({ title: TITLE, published: "2024-06-10T08:15" }, [
    page({ before: ["Tin tức sự kiện", "Ngày xuất bản: 10-06-2024 08:15"] }),
    page({ before: ["Đăng lúc: 08:15, 10/06/2024"] }),
    page({ before: ["Cập nhật lúc 08:15 ngày 10/06/2024"] }),
  ]),
  // a headline may end on a quoted name; it is not the lead paragraph
  examples({ title: 'Phường Trần Hưng Đạo ra mắt mô hình "Tuyến phố văn minh"' }, [
    page({ before: ["Tin tức sự kiện"], title: 'Phường Trần Hưng Đạo ra mắt mô hình "Tuyến phố văn minh"' }),
  ]),
  // title.layout, published.header: an official document's letterhead (agency, number, motto, place and date) above its kind and
  // subject; the subject is the title, or the kind and the subject when the subject goes on from it in lower case (one
  // phrase, as Nghị định 30/2020/NĐ-CP sets them out: "tên loại và trích yếu nội dung")
  examples({ title: "Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2024", published: "2024-06-25" }, [
    page({
      before: ["ỦY BAN NHÂN DÂN", "PHƯỜNG NGỌC HÀ", "Số: 125/BC-UBND", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Ngọc Hà, ngày 25 tháng 6 năm 2024", "", "BÁO CÁO"],
      title: "Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2024",
    }),
  ]),
  // a subject of a paragraph's length on one line, unended
  examples({ title: "Kết quả thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi 6 tháng đầu năm 2024" }, [
    page({
      before: ["ỦY BAN NHÂN DÂN", "HUYỆN MƯỜNG TÈ", "Số: 215/BC-UBND", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Mường Tè, ngày 20 tháng 6 năm 2024", "", "BÁO CÁO"],
      title: "Kết quả thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi 6 tháng đầu năm 2024",
    }),
  ]),
  // a web headline over the letterhead copied in two columns: the place and date beside the number or the star are the
  // document's, the column's run of spaces no prose running on
  examples({ published: "2024-01-10" }, [
    page({
      title: "Báo cáo tình hình bồi thường, hỗ trợ, tái định cư năm 2023",
      header: [
        "UBND THÀNH PHỐ TÂN HIỆP              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "UBND PHƯỜNG ĐÔNG HƯNG                      Độc lập - Tự do - Hạnh phúc",
        "Số: 12/BC-UBND                     Đông Hưng, ngày 10 tháng 01 năm 2024",
        "",
        "BÁO CÁO",
        "Tình hình bồi thường, hỗ trợ, tái định cư năm 2023",
        "",
      ],
    }),
    page({
      title: "Báo cáo tình hình bồi thường, hỗ trợ, tái định cư năm 2023",
      header: [
        "ĐẢNG BỘ TỈNH THANH HÓA                         ĐẢNG CỘNG SẢN VIỆT NAM",
        "  HUYỆN ỦY ĐỒNG LÂM",
        "          *                                Đông Hưng, ngày 10 tháng 01 năm 2024",
        "   Số 145-BC/HU",
        "",
        "BÁO CÁO",
        "Tình hình bồi thường, hỗ trợ, tái định cư năm 2023",
        "",
      ],
    }),
  ]),
  // a subject's clauses joined by `;` over two lines; a plan's subject opening on `Thực hiện`, alone over a blank line
  examples({ title: "Tổng kết công tác quân sự, quốc phòng địa phương năm 2024; phương hướng, nhiệm vụ năm 2025", published: "2024-12-16" }, [
    page({
      title: null,
      before: ["ỦY BAN NHÂN DÂN", "PHƯỜNG HÒA BÌNH", "Số: 215/BC-UBND", "Hòa Bình, ngày 16 tháng 12 năm 2024", "", "BÁO CÁO"],
      header: ["Tổng kết công tác quân sự, quốc phòng địa phương năm 2024;", "phương hướng, nhiệm vụ năm 2025", ""],
    }),
  ]),
  examples({ title: "Kết quả thực hiện nhiệm vụ năm 2024; Phương hướng, nhiệm vụ năm 2025" }, [
    page({
      title: null,
      before: ["ỦY BAN NHÂN DÂN", "PHƯỜNG HÒA BÌNH", "Số: 215/BC-UBND", "Hòa Bình, ngày 16 tháng 12 năm 2024", "", "BÁO CÁO"],
      header: ["Kết quả thực hiện nhiệm vụ năm 2024;", "Phương hướng, nhiệm vụ năm 2025", ""],
    }),
  ]),
  examples({ title: "Thực hiện Kết luận số 06-KL/TW ngày 10/6/2021 của Ban Bí thư về tín dụng chính sách xã hội, giai đoạn 2024 - 2025", published: "2024-03-05" }, [
    page({
      title: null,
      before: [
        "ĐẢNG BỘ HUYỆN BA BỂ                            ĐẢNG CỘNG SẢN VIỆT NAM",
        "ĐẢNG ỦY XÃ ĐỒNG PHÚC",
        "          *                                  Đồng Phúc, ngày 05 tháng 3 năm 2024",
        "   Số 45-KH/ĐU",
        "",
        "                                    KẾ HOẠCH",
      ],
      header: ["Thực hiện Kết luận số 06-KL/TW ngày 10/6/2021 của Ban Bí thư về tín dụng chính sách xã hội, giai đoạn 2024 - 2025", ""],
    }),
  ]),
  // (counterexample: a decision's grounds, `- Căn cứ …;`, no subject; the text's opening sentence under the kind, no
  // subject, the letterhead's date the document's all the same)
  examples({ published: "2024-12-16" }, [
    page({
      title: null,
      before: ["ỦY BAN NHÂN DÂN", "XÃ AN BÌNH", "Số: 15/KH-UBND", "An Bình, ngày 16 tháng 12 năm 2024", "", "KẾ HOẠCH"],
      header: ["Thực hiện Kế hoạch số 12/KH-UBND, UBND xã báo cáo như sau", ""],
      body: ["Xã có 45 hộ nghèo."],
    }),
    page({
      title: null,
      before: ["ỦY BAN NHÂN DÂN", "XÃ AN BÌNH", "Số: 15/KH-UBND", "An Bình, ngày 16 tháng 12 năm 2024", "", "KẾ HOẠCH"],
      header: ["Thực hiện Công văn số 125/UBND-VX của huyện, UBND xã thông báo kế hoạch tổ chức Tết", ""],
      body: ["Xã có 45 hộ nghèo."],
    }),
  ]),
  examples({ title: null }, [
    page({
      title: null,
      before: ["ỦY BAN NHÂN DÂN", "XÃ AN BÌNH", "Số: 15/QĐ-UBND", "An Bình, ngày 16 tháng 12 năm 2024", "", "QUYẾT ĐỊNH"],
      header: ["- Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;", "- Căn cứ Nghị định số 30/2020/NĐ-CP;", ""],
    }),
  ]),
  examples({ title: null }, [
    page({
      title: null,
      before: ["ỦY BAN NHÂN DÂN", "XÃ AN BÌNH", "Số: 15/BC-UBND", "An Bình, ngày 16 tháng 12 năm 2024", "", "BÁO CÁO"],
      header: ["Thực hiện Kế hoạch số 12/KH-UBND của UBND huyện, UBND xã báo cáo như sau:", ""],
    }),
  ]),
  // (a subject opening on `Về` keeps its kind, as a submission's or a resolution's does)
  examples({ title: "TỜ TRÌNH Về việc đề nghị công nhận xã đạt chuẩn nông thôn mới năm 2024" }, [
    page({
      before: ["ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ", "Số: 45/TTr-UBND", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "TỜ TRÌNH"],
      title: "Về việc đề nghị công nhận xã đạt chuẩn nông thôn mới năm 2024",
    }),
  ]),
  examples({ title: "BÁO CÁO tổng kết công tác xây dựng Đảng năm 2024, phương hướng nhiệm vụ năm 2025", published: "2024-12-15" }, [
    page({
      before: ["ĐẢNG BỘ TỈNH YÊN BÁI", "HUYỆN ỦY VĂN CHẤN", "*", "Số 125-BC/HU", "", "ĐẢNG CỘNG SẢN VIỆT NAM", "", "Văn Chấn, ngày 15 tháng 12 năm 2024", "", "BÁO CÁO"],
      title: "tổng kết công tác xây dựng Đảng năm 2024, phương hướng nhiệm vụ năm 2025",
    }),
  ]),
  // a subject on two lines is joined; one with no blank line under it stops before the text's first sentence
  examples({ title: "Sơ kết công tác xây dựng Đảng 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2025", published: "2025-06-15" }, [
    [
      "ĐẢNG BỘ HUYỆN ĐỊNH QUÁN", "ĐẢNG ỦY XÃ TÂN PHÚ", "*", "Số 45-BC/ĐU", "ĐẢNG CỘNG SẢN VIỆT NAM", "", "Tân Phú, ngày 15 tháng 6 năm 2025", "",
      "BÁO CÁO", "Sơ kết công tác xây dựng Đảng 6 tháng đầu năm,", "phương hướng nhiệm vụ 6 tháng cuối năm 2025", "-----", "", LEAD, "", MORE,
    ].join("\n"),
  ]),
  examples({ title: "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024" }, [
    ["ĐẢNG ỦY XÃ HÙNG SƠN", "Số 12-BC/ĐU", "BÁO CÁO", "Kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024", LEAD, "", MORE].join("\n"),
  ]),
  // a menu in capitals is no letterhead, though it lists `THÔNG BÁO`
  examples({ title: TITLE }, [page({ before: ["TRANG CHỦ", "GIỚI THIỆU", "TIN TỨC", "THÔNG BÁO", "VĂN BẢN", "LIÊN HỆ"] })]),
  // a lead paragraph that closes on a date in brackets is still the lead
  examples({ title: TITLE }, [page({ body: [`${LEAD} (9/6/2024)`, "", MORE] })]),
  examples({ title: "Xã Phú Cường ra quân làm đường giao thông nông thôn" }, [
    page({ title: "  Xã Phú Cường  ra quân làm đường   giao thông nông thôn " }),
  ]),
  examples({ title: null }, [page({ title: null }), page({ title: null, body: [MORE, "", LEAD] })]),

  // published.header: the forms sites use, date and time
  // (counterexample: an event's date and hour after its word stay in the headline)
  examples({ title: "Thông báo lịch cắt điện ngày 15/6/2024 07:00", published: "2024-06-10T06:03" }, [
    page({ title: "Thông báo lịch cắt điện ngày 15/6/2024 07:00", header: ["Thứ hai - 10/06/2024 06:03"] }),
  ]),
  // a stamp set after the headline's last word, no bracket
  examples({ title: TITLE, published: "2025-11-23T07:27" }, [page({ title: `${TITLE} 23/11/2025 07:27` })]),
  // the stamp, not the date in a short sapo above it
  examples({ published: "2025-11-08T16:20" }, [page({ header: ["(HG) - Ngày 6/11/2025, đoàn kiểm tra làm việc với Đảng ủy xã.", "Thứ Bảy, 08/11/2025 16:20"] })]),
  examples({ published: "2024-06-10T06:03" }, headers([
    "Thứ hai - 10/06/2024 06:03",
    "Thứ Hai, 10/06/2024, 06:03 (GMT+7)",
    "10-06-2024 06:03",
    "T2, 10/06/2024 | 06:03",
    "06:03 | 10/06/2024",
    "Cập nhật lúc 06:03 ngày 10/6/2024",
    "Ngày đăng: 10/06/2024 06:03",
  ])),
  examples({ published: "2024-06-10" }, headers([
    "Thứ hai, ngày 10 tháng 6 năm 2024",
    "Publish date 10/06/2024",
    "Ngày đăng 10.06.2024",
    "10/06/24",
    "Đăng ngày: 2024-06-10",
  ])),
  examples({ published: "2024-03-01T07:41" }, headers(["Cập nhật: Thứ sáu, 1/3/2024 | 7:41:48 AM", "  • Cập nhật: Thứ sáu, 01/03/2024 | 07:41"])),
  examples({ published: "2024-03-01T19:41" }, headers(["Cập nhật: Thứ sáu, 1/3/2024 | 7:41:48 PM"])),
  // a section's name, a bar, then the date (`Văn Hóa - Thể Thao | …` names no writer)
  examples({ published: "2025-06-12T20:15", author: null }, [
    ...headers(["Thể thao | 12/06/2025 20:15 GMT+7", "Văn Hóa - Thể Thao | 12/06/2025 20:15"]),
    page({ before: ["Thể thao | 12/06/2025 20:15 GMT+7"] }),
  ]),
  // months in words as WordPress prints them, day first or month first; a section's name before a time and the date
  examples({ published: "2024-12-20" }, [
    ...headers(["Đăng ngày: 20 Tháng Mười Hai, 2024 bởi Trần Văn Lợi   |   Chuyên mục: Hội - Đoàn thể   |   3 bình luận", "Tháng Mười Hai 20, 2024", "Tháng 12 20, 2024"]),
  ]),
  // a section's name, a bar, the date and the time
  examples({ published: "2024-04-12T09:15" }, headers(["Tin tức | 12/04/2024 09:15"])),
  // a section's name, a dash, the time and the date
  examples({ published: "2024-11-17T15:50" }, [page({ before: ["Thời sự - 15:50, 17/11/2024", ""] })]),
  // the page's labelled stamp over the headline, a letterhead's place and date under it: the page's
  examples({ published: "2024-06-20" }, [page({ before: ["Ngày đăng: 20-06-2024 | Người đăng: Văn phòng Sở", ""], header: ["Sơn La, ngày 18 tháng 6 năm 2024"] })]),
  // (a site's clock, `Cập nhật`, over the menu is none)
  examples({ published: "2024-06-18" }, [page({ before: ["Cập nhật lúc 08:15 ngày 25/12/2025", "Trang chủ | Văn bản", ""], header: ["Sơn La, ngày 18 tháng 6 năm 2024"] })]),
  // a name closing the article over a related box and a footer's row of links with its copyright
  examples({ author: "MAI ANH" }, [
    page({
      body: [LEAD, "", MORE, "", "MAI ANH"],
      after: ["TIN LIÊN QUAN", "› Thành đoàn phát động Tháng Thanh niên", "Đọc nhiều nhất  |  Bình luận  |  © Báo Hànộimới. Địa chỉ: 44 Lê Thái Tổ, Hoàn Kiếm, Hà Nội"],
      footer: [],
    }),
  ]),
  // a name alone over the headline, under the page's stamp, is none: a district's or a street's reads the same (`HOÀNG MAI`)
  examples({ author: null, title: TITLE }, [page({ before: ["Báo Sơn La điện tử", "21/05/2024 10:12 GMT+7", "PHÁP LUẬT"] }), page({ before: ["Báo Hà Nội mới", "21/05/2024 10:12 GMT+7", "HOÀNG MAI"] })]),
  // `Thưa` opening a headline as "sparse" is no salutation
  examples({ title: "Thưa thớt khách đến chợ hoa Tết năm nay" }, [page({ title: "Thưa thớt khách đến chợ hoa Tết năm nay" })]),
  // a rank before the name under the headline
  examples({ author: "NGUYỄN VĂN AN" }, [page({ header: ["Thứ Bảy, 16/3/2024, 10:05", "THƯỢNG TÁ NGUYỄN VĂN AN"] })]),
  // the byline over a photo's caption with its credit, or the stock photo's note (counterexample: the caption alone, with
  // no name over it, gives no author: the credit is the photographer's)
  examples({ author: "Nguyễn Thu Hằng" }, [
    page({ body: [LEAD, "", MORE, "", "Nguyễn Thu Hằng", "", "Tổ công tác kiểm tra tại một nhà trọ. Ảnh: Hải Linh"] }),
    // (the writer's own photo)
    page({ body: [LEAD, "", MORE, "", "Nguyễn Thu Hằng", "", "Tổ công tác kiểm tra tại một nhà trọ. Ảnh: Nguyễn Thu Hằng"] }),
    page({ body: [LEAD, "", MORE, "", "Nguyễn Thu Hằng", "", "Ảnh minh họa"] }),
    // (a caption led by its label, what it shows in lower case)
    page({ body: [LEAD, "", MORE, "", "Nguyễn Thu Hằng", "", "Ảnh: Đoàn liên ngành kiểm tra hàng hoá tại chợ Neo."] }),
    page({ body: [LEAD, "", MORE, "", "Nguyễn Thu Hằng", "", "Ảnh minh hoạ: Người dân làm thủ tục tại bộ phận một cửa."] }),
  ]),
  examples({ author: "Lê Hà - Thu Trang" }, [
    page({ body: [LEAD, "", MORE, "", "Lê Hà - Thu Trang (Trung tâm Văn hoá huyện)", "", "Ảnh: Đoàn liên ngành kiểm tra tại chợ Neo."] }),
  ]),
  examples({ author: null }, [
    page({ body: [LEAD, "", MORE, "", "Tổ công tác kiểm tra tại một nhà trọ. Ảnh: Hải Linh"] }),
    // (nor a name heading the photo that shows him)
    page({ body: [LEAD, "", MORE, "", "Nguyễn Văn Hùng", "", "Ông Nguyễn Văn Hùng nhận giấy khen tại buổi lễ. Ảnh: Hải Linh"] }),
    page({ body: [LEAD, "", MORE, "", "Nguyễn Văn Hùng", "", "Ảnh: Ông Nguyễn Văn Hùng nhận giấy khen tại buổi lễ."] }),
  ]),
  // a Highlands name in capitals, its prefix's apostrophe kept, as the last line
  examples({ author: "KSOR H'BƠ KHĂP" }, [page({ body: [LEAD, "", MORE, "", "KSOR H'BƠ KHĂP"] })]),
  // a speech's signer over the source in brackets; a writer over a reader's prompt
  examples({ author: "TRẦN VĂN LÂU" }, [page({ body: [LEAD, "", MORE, "", "TRẦN VĂN LÂU", "Chủ tịch UBND tỉnh Sóc Trăng", "(Nguồn: Văn phòng UBND tỉnh)"] })]),
  examples({ author: "Thùy Dung" }, [page({ body: [LEAD, "", MORE, "", "Thùy Dung", "Bạn có hài lòng với bài viết?  Chia sẻ  Ý kiến (23)"] })]),
  // a name alone right under the lead paragraph, the article going on after it
  examples({ author: "Đức Minh" }, [
    page({ body: [LEAD, "", "Đức Minh", "", MORE] }),
    // (its stamp under it)
    page({ body: [LEAD, "", "Đức Minh", "Thứ Hai, 06/11/2023 14:22 | Chia sẻ   | Lưu   | Bình luận (12)", "", MORE] }),
    // (over a photo's caption, the paper after a slash)
    page({ body: [LEAD, "", MORE, "", "Đức Minh/VOV-Tây Bắc", "", "Lực lượng chức năng tìm kiếm nạn nhân tại hiện trường. (Ảnh: CTV)"] }),
  ]),
  // two writers under the lead over their stamp, or the stamp beside them (counterexample: a place's name beside the
  // stamp names no writer)
  examples({ author: "THÀNH CƯỜNG - HOÀI THU", published: "2025-02-15T07:30" }, [
    page({ body: [LEAD, "", "THÀNH CƯỜNG - HOÀI THU", "15/02/2025 07:30 GMT+7", "", MORE] }),
    page({ body: [LEAD, "", "THÀNH CƯỜNG - HOÀI THU | 15/02/2025 07:30", "", MORE] }),
  ]),
  // a long headline with its clauses, a labelled byline between it and its stamp; a menu of three sections' names parted
  // by wide spaces over it
  examples({ title: "Phó Chủ tịch UBND tỉnh Hồ Thị Minh Nguyệt thăm, tặng quà Tết gia đình chính sách, người có công và hộ nghèo tại huyện Lệ Thủy" }, [
    page({
      before: ["BÁO BÌNH ĐỊNH", "Thời sự   Kinh tế   Xã hội", ""],
      title: "Phó Chủ tịch UBND tỉnh Hồ Thị Minh Nguyệt thăm, tặng quà Tết gia đình chính sách, người có công và hộ nghèo tại huyện Lệ Thủy",
      header: ["Tác giả: Hoàng Quân", "Cập nhật ngày: 09/07/2024, 07:30", ""],
    }),
  ]),
  // (the menu is none, though no headline is found under it)
  examples({ title: null }, [page({ before: ["Thời sự   Kinh tế   Xã hội", ""], title: null })]),
  // a question for a headline under the stamp, the writer's line in capitals with its part in brackets between it and the lead
  examples({ title: "Từ 1/7/2024, người dân cần biết gì khi làm thẻ căn cước?", author: "LÊ THANH" }, [
    ["Thời sự | An ninh | Pháp luật", "Thứ Hai, 01/07/2024, 10:02 [GMT+7]", "Từ 1/7/2024, người dân cần biết gì khi làm thẻ căn cước?", "LÊ THANH (thực hiện)", LEAD, MORE].join("\n"),
    // (a follow prompt after the site's address between them too)
    ["Thời sự | An ninh | Pháp luật", "Thứ Hai, 01/07/2024, 10:02 [GMT+7]", "Từ 1/7/2024, người dân cần biết gì khi làm thẻ căn cước?", "LÊ THANH (thực hiện)", "anninhthudo.vn   Theo dõi trên Google News", LEAD, MORE].join("\n"),
  ]),
  examples({ author: "Thành Cường", published: "2025-02-15T07:30" }, [page({ body: [LEAD, "", "Thành Cường | 15/02/2025 07:30", "", MORE] })]),
  examples({ author: null }, [page({ body: [LEAD, "", "Quảng Ninh | 15/02/2025 07:30", "", MORE] })]),
  // a lone button's word between paragraphs is no toolbar (a subhead): the article and its byline go on
  examples({ author: "Minh Anh" }, [page({ body: [LEAD, "", "Ý kiến", "", MORE, "", "Minh Anh"] })]),
  // the byline over a share bar's buttons and counts, or a bracketed button
  examples({ author: "Phương Linh" }, [
    page({ body: [LEAD, "", MORE, "", "Phương Linh"], after: ["Ý kiến (3) | Thích 45 | Chia sẻ"] }),
    page({ body: [LEAD, "", MORE, "", "Phương Linh"], after: ["[In trang]"] }),
    page({ body: [LEAD, "", MORE, "", "Phương Linh"], after: ["[Bình luận] [In trang] [Về đầu trang]"] }),
    // (a footer's sentences run together on one line, one a field only footers have)
    page({ body: [LEAD, "", MORE, "", "Phương Linh"], after: ["Trang thông tin điện tử Đảng bộ tỉnh Hà Tĩnh. Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy. Số 02 Phan Đình Phùng, TP Hà Tĩnh. ĐT: 0239.3855.202"] }),
    page({ body: [LEAD, "", MORE, "", "Phương Linh"], after: ["Báo Hà Tĩnh - Cơ quan của Đảng bộ tỉnh Hà Tĩnh. Tổng Biên tập: Lê Văn A. Địa chỉ: 02 Phan Đình Phùng, TP Hà Tĩnh."] }),
    page({ body: [LEAD, "", MORE, "", "Phương Linh"], after: ["Ban Tuyên giáo Tỉnh ủy. Chịu trách nhiệm nội dung: Nguyễn Văn A. Hotline 0243.888.999"] }),
    // (counterexamples, the article's: a project's card, an interview's speaker)
    page({ body: [LEAD, "", "Tên dự án: Đường giao thông liên xã. Cơ quan chủ quản: UBND tỉnh. Tổng mức đầu tư: 120 tỷ đồng.", "", MORE, "", "Phương Linh"] }),
    page({ body: [LEAD, "", "Tổng Biên tập: Năm qua, báo đã xuất bản 365 số báo in và 12.000 tin bài điện tử.", "", MORE, "", "Phương Linh"] }),
  ]),
  // a labelled byline on the stamp's line after wide spaces
  examples({ published: "2024-10-25T08:14", author: "Đỗ Minh Thu" }, [page({ header: ["Ngày 25/10/2024 | 08:14     Tác giả: Đỗ Minh Thu"] })]),
  // a labelled byline over the headline, under the stamp
  examples({ author: "Phạm Thu Hà", title: TITLE }, [page({ before: ["Cập nhật: 09:30 - 22/03/2024", "Tác giả: Phạm Thu Hà", ""] })]),
  // a byline right under the sapo, the body after
  examples({ author: "MINH PHƯƠNG" }, [page({ body: [LEAD, "", "Bài và ảnh: MINH PHƯƠNG", "", MORE] })]),
  // the writers and the stamp on one line under the sapo, the body after
  examples({ published: "2024-12-18T14:05", author: "Lê Hà - Minh Tú" }, [page({ body: [LEAD, "", "Lê Hà - Minh Tú | 18/12/2024 14:05", "", MORE] })]),
  examples({ published: "2024-07-24T15:42" }, [page({ before: ["HÀ TĨNH TV", "Trang chủ | Tin tức | Chuyên mục", "THỜI SỰ  |  15:42  |  24/07/2024", ""] })]),
  examples({ published: "2023-03-15T19:52" }, headers(["Ngày đăng 15/03/2023 | 19:52"])),
  // the year first, as a CMS stores it: a stamp line, so the headline is the last full line above it, not the site's banner
  examples({ title: TITLE, published: "2023-11-18T09:45" }, [page({ before: ["HỘI CỰU CHIẾN BINH TỈNH THÁI BÌNH"], header: ["Ngày đăng: 2023-11-18 09:45:00"] })]),
  // a long headline of clauses, unended, first in the text, over a lead that opens on its day
  examples({ title: "Hội nghị đánh giá tình hình KT-XH, QP-AN 9 tháng đầu năm, triển khai nhiệm vụ trọng tâm 3 tháng cuối năm 2024; Định hướng nhiệm vụ phát triển kinh tế xã hội năm 2025" }, [
    [
      "Hội nghị đánh giá tình hình KT-XH, QP-AN 9 tháng đầu năm, triển khai nhiệm vụ trọng tâm 3 tháng cuối năm 2024; Định hướng nhiệm vụ phát triển kinh tế xã hội năm 2025",
      "Sáng 25/9/2024, UBND xã Trung Hòa tổ chức phiên họp thường kỳ đánh giá tình hình thực hiện nhiệm vụ 9 tháng đầu năm, triển khai nhiệm vụ trọng tâm 3 tháng cuối năm 2024.",
      "",
      MORE,
    ].join("\n"),
  ]),
  // (a paragraph that lost its full stop, with a tense, is none)
  examples({ title: null }, [
    [
      "Hội nghị cũng đã tập trung thảo luận nêu lên tồn tại hạn chế, những bài học kinh nghiệm trong quá trình thực hiện các Nghị quyết đồng thời đóng góp nhiều ý kiến vào phương hướng nhiệm vụ, giải pháp trong thời gian tới",
      "",
      "Sáng ngày 25/10, Đảng ủy phường Bắc Hồng tổ chức tổng kết 40 năm thực hiện Nghị quyết 32 của BCH Đảng bộ thị xã về tăng cường sự lãnh đạo của Đảng.",
    ].join("\n"),
  ]),
  // a section's label over the stamp, a long headline of clauses under it
  examples({ title: LONG_TITLE.replace(": ", ", "), published: "2024-03-12" }, [
    ["Thông tin chuyên đề", "Đăng ngày: 12/03/2024 - Lượt xem: 80", LONG_TITLE.replace(": ", ", "), "", LEAD, "", MORE].join("\n"),
  ]),
  // a short news item, no paragraph of a lead's length: the headline over its stamp all the same
  examples({ title: TITLE, published: "2024-04-08T16:45", author: "Hoàng Quỳnh" }, [
    [TITLE, "", "Thứ Hai, 08/04/2024 - 16:45", "", "Thu ngân sách quý I ước đạt 11.327 tỷ đồng.", "", "Hoàng Quỳnh"].join("\n"),
  ]),
  // (a stamp's long line of fields, another line right under it, is no wrapped paragraph)
  // (the document it carries, below, has its own date)
  examples({ published: "2024-06-20" }, [
    page({
      header: ["Ngày đăng: 20/06/2024 | Người đăng: Văn phòng HĐND-UBND huyện | Lượt xem: 389", "Tải về: BC215.pdf (1,2 MB)", "", "ỦY BAN NHÂN DÂN", "Tân Lạc, ngày 15 tháng 6 năm 2024", ""],
    }),
  ]),
  // a short paragraph hard-wrapped under the headline holds the event's dates, not the page's
  examples({ title: TITLE, published: "2023-10-31" }, [
    [
      "31/10/2023",
      TITLE,
      "Chiều ngày 18/10/2023, Hội LHPN thị trấn Võ Xu tổ chức Lễ kỷ niệm Ngày thành lập Hội LHPN Việt Nam",
      "(20/10/1930 -20/10/2023).",
      "Trong không khí vui tươi, các đại biểu đã ôn lại truyền thống và trao 35 phần quà cho hội viên.",
    ].join("\n"),
    [
      "31/10/2023",
      TITLE,
      "Các chi hội phụ nữ ở 4/4 thôn đều tổ chức lễ kỷ niệm Ngày thành lập Hội Liên hiệp Phụ nữ Việt",
      "Nam 20/10/1930 - 20/10/2023.",
      "Trong không khí vui tươi, các đại biểu đã ôn lại truyền thống và trao 35 phần quà cho hội viên.",
    ].join("\n"),
  ]),
  // a page store's stamp glued before the first line: the headline, or the lead, is what follows it
  examples({ title: TITLE, published: "2025-12-31" }, [` date 2025-12-31 ${page({})}`, ` date 2025-12-31 Multimedia\n\n${page({})}`]),
  examples({ title: null, published: "2025-12-14" }, [` date 2025-12-14 ${page({ title: null })}`]),
  // a month alone is no date; `date` in a line of running text is no stamp
  examples({ title: TITLE, published: null }, [` date 2020-01 ${page({})}`, page({ body: [LEAD, "", "Ngày hội có tên tiếng Anh date 2025-12-31 của câu lạc bộ.", "", MORE] })]),
  examples({ published: "2022-05-15T10:48" }, headers(["15-05-2022 10:48"])),
  // the month in words or without a separator before the year, as Joomla prints its stamp
  examples({ published: "2024-04-05T02:22" }, headers(["Được viết ngày Thứ Sáu, 05 Tháng tư 2024 02:22", "Thứ Sáu, 05 Tháng 4 2024 02:22"])),
  examples({ published: "2024-04-05" }, headers(["Thứ Sáu, 05 Tháng Tư 2024", "Thứ sáu, 05 tháng tư năm 2024"])),
  // (May, `năm`, after a weekday: `5 tháng năm 2024` alone is as often five months)
  examples({ published: "2024-05-20T10:05" }, headers(["Thứ hai, 20 Tháng Năm 2024 10:05"])),
  examples({ published: "2015-12-29T08:40" }, headers(["| 29-12-2015 | 08:40:09"])),
  examples({ published: "2025-02-11T14:32" }, headers(["(Cập nhật: 11/02/2025 14:32)"])),
  // fields after bars: the poster is the writer
  examples({ published: "2024-07-12", author: "Minh Châu" }, headers(["Đăng ngày: 12/07/2024 | Người đăng: Minh Châu | Lượt xem: 2.407"])),
  // (the writer, where one is named, over the poster)
  examples({ author: "Trần Văn Minh" }, [
    page({ header: ["Đăng ngày: 12/07/2024 | Người đăng: Minh Châu | Tác giả: Trần Văn Minh"] }),
    page({ header: ["Đăng ngày: 12/07/2024 | Người đăng: Minh Châu | Lượt xem: 2.407"], after: ["Tác giả: Trần Văn Minh"] }),
  ]),
  examples({ published: "2014-09-22" }, headers(["Publish date 22/09/2014"])),

  // published.header: the stamp under the headline, not the site's "today" box above it
  examples({ published: "2024-06-10T06:03" }, [
    page({ before: ["Thứ Bảy, 23/11/2024"], header: ["Thứ hai - 10/06/2024 06:03"] }),
    // above the headline, a stamp with its time of day is the article's
    page({ before: ["Thứ hai - 10/06/2024 06:03"] }),
  ]),
  examples({ published: "2024-06-10" }, [page({ before: ["Cập nhật: 10/06/2024"] })]),
  // a bare date above the headline is the site's "today" box, not the article's date: no guess
  // a date alone on the line right above the headline is the article's
  examples({ title: TITLE, published: "2024-07-07" }, [
    page({ before: ["Trang chủ | Giới thiệu | Tin tức", "Chủ nhật, ngày 07 tháng 7 năm 2024"] }),
    page({ before: ["Đảng bộ huyện Yên Thế", "Ngày 07/7/2024"] }),
  ]),
  examples({ published: null }, [
    page({ before: ["Thứ Ba, 18/11/2025 | Hà Nội 24°C"] }),
    page({ before: ["ĐẢNG BỘ TỈNH LÀO CAI", "Thứ tư, ngày 19 tháng 11 năm 2025", "Tin hoạt động"] }),
  ]),

  // published.stamp-line and published.labelled: a stamp at the end of the article
  examples({ published: "2023-01-05" }, [
    page({ after: ["Ngày đăng: 05/01/2023"] }),
    page({ footer: ["Ngày xuất bản: 05/01/2023", ...FOOTER] }),
    page({ body: [LEAD, "", MORE, "", "Ngày đăng: 05/01/2023"], footer: [] }),
  ]),

  examples({ published: "2023-01-05T08:00" }, [page({ body: [LEAD, "", MORE, "", "Ngày đăng: 05/01/2023 | 08:00"], footer: [] })]),

  // published: never an event date of the body, never a date without a year
  examples({ published: null }, [
    page({}),
    page({ title: null, body: ["Sáng ngày 15/10, Đảng ủy xã Phú Cường tổ chức tổng kết 10 năm thực hiện Nghị quyết chuyên đề về công tác dân vận, với sự tham dự của đông đảo cán bộ, đảng viên.", "", LEAD] }),
    page({ header: ["Thứ hai - 10/06"] }),
    page({ header: ["Thứ hai - 31/02/2024"] }),
    page({ body: [LEAD, "", MORE, "", "Tổng kết ngày 15/10/2023"] }),
    // a paragraph broken into short lines (a report copied from a PDF): its first line, with a document's date, is no stamp
    page({
      body: [
        "Thực hiện Kế hoạch số 12-KH/ĐU ngày 10/3/2021 của Đảng ủy xã về việc",
        "tổng kết, Ban Thường vụ Đảng ủy báo cáo kết quả như sau: toàn Đảng bộ có",
        "32 chi bộ với 1.245 đảng viên; đã tổ chức 156 buổi sinh hoạt chuyên đề.",
      ],
    }),
  ]),

  // author.label: bylines, without title words
  examples({ author: "Nông Thị Huyền" }, trailers([
    ["Tác giả: Nông Thị Huyền, Bí thư Đảng ủy xã Quang Vinh"],
    ["Tác giả: Nông Thị Huyền - Phó Trưởng ban Tuyên giáo Huyện ủy"],
    // (a rangers' unit after the dash is where the writer works, no second writer)
    ["Tác giả: Nông Thị Huyền - Hạt Kiểm lâm Sốp Cộp"],
    ["Tác giả: Nông Thị Huyền - Đội Kiểm lâm cơ động"],
    ["Tác giả: ThS. Nông Thị Huyền"],
    ["Bài và ảnh: Nông Thị Huyền", "Theo báo Bắc Kạn"],
    // the news's source, when a person
    ["Nguồn tin: Nông Thị Huyền - Cán bộ Huyện đoàn"],
  ])),
  // a workplace's full name in brackets after the writer
  examples({ author: "Minh Ngọc" }, [page({ body: [LEAD, "", MORE, "", "Minh Ngọc (Trung tâm Nước sạch và Vệ sinh môi trường nông thôn)"] })]),
  // a writer's degree before the name under the headline, and where the writer works
  examples({ author: "Lê Thị Huyền" }, [page({ header: ["ThS. Lê Thị Huyền"] })]),
  examples({ author: "NGUYỄN VĂN KHÁNH" }, [page({ header: ["17.06.2024 | 07:05", "TS. NGUYỄN VĂN KHÁNH, Trường Chính trị tỉnh Hà Giang"] })]),
  // a Highlands writer's name: one syllable with its prefix, or opening with Y or A
  examples({ author: "K'Thi" }, trailers([["Bài, ảnh: K'Thi"]])),
  examples({ author: "Y Hương" }, [...trailers([["Bài và ảnh: Y Hương"]]), page({ body: [LEAD, "", MORE, "", "Y Hương"] })]),
  examples({ author: "A Nhiên" }, [page({ body: [LEAD, "", MORE, "", "A Nhiên"] })]),
  // a school portal's label; a police site's writer with a rank; a name over hashtags, a counter in words or a bare
  // `Tin mới`; a name under the photo's credit that ended the article
  examples({ author: "Phạm Thị Thu Hương" }, trailers([["Người đưa tin: Phạm Thị Thu Hương"]])),
  examples({ author: "Trần Thị Mai Anh" }, [page({ body: [LEAD, "", MORE, "", "Đại úy Trần Thị Mai Anh - Phòng PC06"] })]),
  // a name over a blog engine's line; a name and a national paper after a slash; `Trường` as a given name in capitals
  examples({ author: "Dân Hùng" }, [page({ body: [LEAD, "", MORE, "", "Dân Hùng", "Categorised in: Tin tức"] })]),
  examples({ author: "Phong Châu" }, [page({ body: [LEAD, "", MORE, "", "Phong Châu/Hà Nội mới"] })]),
  examples({ author: "NGUYỄN TRƯỜNG" }, [page({ body: [LEAD, "", MORE, "", "NGUYỄN TRƯỜNG"] })]),
  examples({ author: null }, [
    page({ body: [LEAD, "", MORE, "", "POWERED BY ONECMS - A PRODUCT OF NEKO"] }),
    // a state farm's and a forest's names in capitals
    page({ body: [LEAD, "", MORE, "", "NÔNG TRƯỜNG SÔNG HẬU"] }),
    page({ body: [LEAD, "", MORE, "", "LÂM TRƯỜNG"] }),
  ]),
  // an initial and a name (initials alone are nobody's)
  examples({ author: "K.HÀ" }, [page({ body: [LEAD, "", MORE, "", "K.HÀ"] })]),
  examples({ author: "T.Hương" }, [page({ body: [LEAD, "", MORE, "", "T.Hương"] }), ...trailers([["Tin, ảnh: T.Hương"]])]),
  // several initials, or a consonant of two letters (`Ng`, `Th`): `N.H.Khôi`, `NG.MẪN`
  examples({ author: "N.H.Khôi" }, [page({ body: [LEAD, "", MORE, "", "N.H.Khôi"] })]),
  examples({ author: "NG.MẪN" }, [page({ body: [LEAD, "", MORE, "", "NG.MẪN"] })]),
  examples({ author: null }, [page({ body: [LEAD, "", MORE, "", "T.H"] }), page({ body: [LEAD, "", MORE, "", "P.H."] })]),
  // a footer's label in capitals is nobody
  examples({ author: null }, [page({ body: [LEAD, "", MORE, "", "LIÊN KẾT"] })]),
  // a follow button is nobody; a site's notice in English after the writer's name is passed over
  examples({ author: null }, [page({ header: ["Google News"] })]),
  examples({ author: "Nhật Duy" }, [page({ body: [LEAD, "", MORE, "", "Nhật Duy", "", "Are you sure that you want to switch to desktop version?"] })]),
  // a headline of 25 words or more over its writer's name and stamp
  examples(
    {
      title: "Phó Chủ tịch BCH TƯ Hội NDVN Bùi Thị Thơm: Phải đẩy mạnh chuyển đổi số để đáp ứng yêu cầu nhiệm vụ trong bối cảnh mới",
      author: "Nguyễn Hòa",
      published: "2025-11-14T06:49",
    },
    [
      page({
        title: "Phó Chủ tịch BCH TƯ Hội NDVN Bùi Thị Thơm: Phải đẩy mạnh chuyển đổi số để đáp ứng yêu cầu nhiệm vụ trong bối cảnh mới",
        header: ["Nguyễn Hòa Thứ sáu, ngày 14/11/2025 06:49 GMT+7"],
      }),
    ],
  ),
  // pen names opening with a word that opens a body's name too (`Trang thông tin`, `Chi cục`, `Thông tấn xã`)
  examples({ author: "Tấn Đạt" }, [page({ body: [LEAD, "", MORE, "", "Tấn Đạt"] }), ...trailers([["Tin, ảnh: Tấn Đạt"]])]),
  examples({ author: "TRANG NHUNG" }, [page({ body: [LEAD, "", MORE, "", "TRANG NHUNG"] })]),
  examples({ author: "Chi Mai" }, [page({ body: [LEAD, "", MORE, "", "Chi Mai"] })]),
  examples({ author: null }, [page({ body: [LEAD, "", MORE, "", "Trang thông tin điện tử xã"] }), page({ body: [LEAD, "", MORE, "", "Chi cục Thống kê"] })]),
  // a colonel signs; a counter with fields after the writer's name
  examples({ author: "Nguyễn Văn Hùng" }, [
    page({ body: [LEAD, "", MORE, "", "Đại tá Nguyễn Văn Hùng"] }),
    // set to the right of a signature block, or over the signer's role in capitals; two degrees joined without the last dot
    page({ body: [LEAD, "", MORE, "", "                                        KT. TRƯỞNG BAN", "                                        PHÓ TRƯỞNG BAN", "", "                                          (Đã ký)", "", "                                     Thượng tá Nguyễn Văn Hùng"] }),
    page({ body: [LEAD, "", MORE, "", "PGS.TS Nguyễn Văn Hùng"] }),
    // (footnotes under their rule after the signature, and the page's number)
    page({ body: [LEAD, "", MORE, "", "KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "", "Nguyễn Văn Hùng", "", "____________", "¹ Quyết định số 2516/QĐ-UBND phê duyệt danh sách hộ nghèo.", "2"] }),
  ]),
  examples({ author: "NGUYỄN VĂN HÙNG" }, [page({ body: [LEAD, "", MORE, "", "ĐẠI TÁ NGUYỄN VĂN HÙNG", "Chủ tịch Hội CCB huyện Thuỷ Nguyên"] })]),
  examples({ author: "Minh Thảo" }, [page({ body: [LEAD, "", MORE, "", "Minh Thảo", "Lượt đọc: 1.245 | Bình luận: 3"] })]),
  // a colonel or a general under a quote is quoted, no writer; nor a leader under the headline
  examples({ author: null }, [
    page({ body: [LEAD, "", MORE, "", "Đại tướng Tô Lâm"] }),
    page({ header: ["Đại tá Nguyễn Văn Minh, Giám đốc Công an tỉnh"] }),
  ]),
  // the article's source under its writer, then another article's teaser: the writer signs
  examples({ author: "Minh Hương" }, [
    page({ body: [LEAD, "", MORE, "", "Minh Hương", "Nguồn: Báo Bắc Giang", "Huyện Lục Nam ra quân làm đường giao thông nông thôn với sự tham gia của 2.000 đoàn viên thanh niên trên địa bàn 25 xã."] }),
  ]),
  // the poster labelled `Đăng bởi:` before the stamp, or after its date (`by`, `bởi`)
  examples({ author: "Minh Anh", published: "2023-11-14T05:40" }, headers(["Đăng bởi: Minh Anh | 14/11/2023 05:40", "Posted on 14/11/2023 05:40 by Minh Anh"])),
  examples({ author: "Minh Anh", published: "2023-11-14" }, headers(["Thứ Ba, 14/11/2023 bởi Minh Anh", "14/11/2023 bởi Minh Anh - 0 bình luận"])),
  examples({ author: "Trần Văn Lợi" }, headers(["Đăng ngày: 20 Tháng Mười Hai, 2024 bởi Trần Văn Lợi   |   Chuyên mục: Tin tức"])),
  // (a builder after `bởi` in the body is no poster)
  examples({ author: null }, [
    page({ body: [LEAD, "", MORE, "", "Nhà máy được xây dựng năm 1965 bởi Liên Xô."] }),
    page({ body: [LEAD, "", MORE, "", "12/3/2024 bởi Nguyễn Văn An, người dân địa phương phát hiện."] }),
  ]),
  examples({ author: "Nguyễn Thư" }, [
    page({ body: [LEAD, "", MORE, "", "Nguyễn Thư", "#congantuyenquang #caxlambinh"] }),
    page({ body: [LEAD, "", MORE, "", "Nguyễn Thư", "", "Bình chọn: ★★★★☆ (12 lượt)"] }),
    page({ body: [LEAD, "", MORE, "", "Nguyễn Thư", "Bài viết đã được xem 846 lần"] }),
    page({ body: [LEAD, "", MORE, "", "Nguyễn Thư", "Số lần xem: 846"] }),
    page({ body: [LEAD, "", MORE, "", "Nguyễn Thư", "Tin mới"] }),
    page({ body: [LEAD, "", MORE, "", "Ảnh: Minh Anh (Sở GD&ĐT)", "Nguyễn Thư", "BÌNH LUẬN"] }),
  ]),
  // (a Highlands place so named is none: `A Lưới`)
  examples({ author: null }, [page({ body: [LEAD, "", MORE, "", "A Lưới"] })]),
  // (a body line opening with `Đính kèm:` is the article's, its writer under it)
  examples({ author: "Minh Thảo" }, [page({ body: [LEAD, "", MORE, "", "Đính kèm: danh sách 45 hộ nghèo được hỗ trợ", "Minh Thảo"] })]),
  // (a body as the source is no author)
  examples({ author: null }, trailers([["Nguồn tin: Văn phòng Huyện ủy"]])),
  examples({ author: "Thanh Tùng" }, [
    ...trailers([["Bài, ảnh: Thanh Tùng"], ["Bài: Thanh Tùng"], ["Tin, ảnh: Thanh Tùng"], ["Bài và ảnh: Thanh Tùng", "Theo http://baolaocai.vn"]]),
    page({ body: [LEAD, "", MORE, "", " Thanh Tùng"], footer: [] }),
    page({ body: [LEAD, "", MORE, "", "Thanh Tùng (tổng hợp)"] }),
  ]),
  examples({ author: "THANH TÙNG" }, trailers([["Bài, ảnh: THANH TÙNG"], ["Tin và ảnh: THANH TÙNG"]])),
  // a name with the writer's standing before it, a note and a stamp after it, a link or an empty comment box under it
  examples({ author: "Minh Hoàn" }, [
    page({ after: ["PV Minh Hoàn"] }),
    page({ after: ["CTV Minh Hoàn (Huyện Mang Yang)"] }),
    page({ after: ["Minh Hoàn (thực hiện) 10/10/2018 03:09"] }),
    page({ after: ["Minh Hoàn", "http://baolamdong.vn/"] }),
    page({ after: ["Minh Hoàn (Báo Bắc Giang)"], footer: ["Không có nhận xét nào:"] }),
    page({ after: ["Minh Hoàn 10/10/2018 03:09                    "] }),
  ]),
  // a name alone on the last line, then lines a page's scripts left: punctuation, a counter, a comment box, a template
  examples({ author: "HOÀNG MY" }, [
    page({ after: ["HOÀNG MY", ",", "."], footer: [] }),
    page({ after: ["HOÀNG MY", "741"], footer: ["Viết bình luận mới"] }),
    page({ after: ["HOÀNG MY", "", "Comment", "", "Vui lòng nhập tiếng việt có dấu"], footer: [] }),
    page({ after: ["HOÀNG MY", "{name} - {time}", "-", "2025-10-21 09:13:00", "Dự án “Cà mèn” giành giải nhất Cuộc thi khởi nghiệp"], footer: [] }),
  ]),
  examples({ author: "Lưu Thị Hằng" }, [
    page({ body: [LEAD, "", MORE, "", "Lưu Thị Hằng - Ban Tuyên giáo Huyện ủy"] }),
    page({ body: [LEAD, "", MORE, "", "Lưu Thị Hằng, Phó Bí thư Đảng ủy xã Phú Cường"] }),
  ]),
  examples({ author: "Thanh Hà - Minh Đức" }, [
    ...trailers([["Bài và ảnh: Thanh Hà - Minh Đức"]]),
    // co-authors alone on the last body line
    page({ body: [LEAD, "", MORE, "", "Thanh Hà - Minh Đức"] }),
    // and where they work, in brackets after them
    page({ body: [LEAD, "", MORE, "", "Thanh Hà - Minh Đức (Trung tâm Truyền thông huyện)"] }),
  ]),
  examples({ author: "Thanh Hà, Minh Đức" }, [page({ body: [LEAD, "", MORE, "", "Thanh Hà, Minh Đức"] })]),
  // author.signature: a name line above a role line
  examples({ author: "Kiều Văn Dũng" }, [
    page({ body: [LEAD, "", MORE, "", "Kiều Văn Dũng", " Bí thư Đảng ủy xã Phú Cường"] }),
    // an official document's: the title above the name
    page({ body: [LEAD, "", MORE, "", "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "(Đã ký)", "", "Kiều Văn Dũng"] }),
    // beside the recipients, with the site's list of other documents after it
    page({
      body: [LEAD, "", MORE, "", "Nơi nhận:\tT/M BAN THƯỜNG VỤ", "- Ban Thường vụ Huyện ủy (b/c);\tBÍ THƯ", "- Lưu VP Đảng ủy.\t(đã ký)", "", "\tKiều Văn Dũng"],
      footer: ["Các văn bản khác", "  • Kế hoạch tổ chức Tết Trung thu năm 2024 cho 1.200 cháu thiếu nhi"],
    }),
    // (its columns parted by runs of spaces, as a PDF's are copied)
    page({ body: [LEAD, "", MORE, "", "Nơi nhận:                         BÍ THƯ", "- Ban Thường vụ Huyện ủy (b/c);        (Đã ký)", "- Lưu: VT.                    Kiều Văn Dũng"] }),
  ]),
  // author: a label for the writer, ranks and degrees before the name, the paper after a slash, a dash before, the workplace in brackets under
  examples({ author: "Lê Văn Bình" }, [
    ...trailers([["Tác giả bài viết: Trung úy Lê Văn Bình"], ["Phóng viên: Lê Văn Bình"], ["Tác giả: Đại tá, TS. Lê Văn Bình"]]),
    page({ body: [LEAD, "", MORE, "", "Lê Văn Bình/Báo Tin tức"] }),
    page({ body: [LEAD, "", MORE, "", "— Lê Văn Bình"] }),
    page({ body: [LEAD, "", MORE, "", "Lê Văn Bình", "(Ban Tuyên giáo Thị ủy)"] }),
  ]),
  // author.header: a name alone under the headline, maybe with a note (`(thực hiện)`: an interview's)
  examples({ author: "NGUYÊN ĐOAN" }, [page({ header: ["NGUYÊN ĐOAN |"] })]),
  // two writers alone under the headline, joined by a dash (counterexample: a site's sections, `Văn Hóa - Thể Thao`)
  examples({ author: "Tâm Lê - Minh Thông" }, [page({ header: ["Tâm Lê - Minh Thông"] }), page({ header: ["Tâm Lê - Minh Thông (TT TT-VH Bắc Hà)"] })]),
  examples({ author: "TÂM LÊ - MINH THÔNG" }, [page({ header: ["TÂM LÊ - MINH THÔNG |"] })]),
  examples({ author: "Thu Hằng" }, [
    page({ header: ["Thu Hằng (thực hiện)", "Thứ Hai, 08/01/2024, 07:15 (GMT+7)"] }),
    page({ header: ["Thứ Hai, 08/01/2024, 07:15", "Thu Hằng"] }),
    // a labelled byline wins over it
    page({ header: ["Thứ Hai, 08/01/2024, 07:15", "Thu Hằng"], after: ["Bài, ảnh: Thu Hằng"] }),
  ]),
  // a letterhead set in columns: its place and date in one cell
  examples({ title: "BÁO CÁO KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2023", published: "2023-12-15" }, [
    page({ before: ["HUYỆN ỦY ĐỒNG PHÚ | ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 125-BC/HU | Đồng Phú, ngày 15 tháng 12 năm 2023"], title: "BÁO CÁO KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2023" }),
    page({ before: ["HUYỆN ỦY ĐỒNG PHÚ\tĐẢNG CỘNG SẢN VIỆT NAM", "Số: 125-BC/HU\tĐồng Phú, ngày 15 tháng 12 năm 2023"], title: "BÁO CÁO KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2023" }),
    // (its columns laid out with runs of spaces, as a text file keeps them)
    page({
      before: ["HUYỆN ỦY ĐỒNG PHÚ                ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 125-BC/HU                   Đồng Phú, ngày 15 tháng 12 năm 2023"],
      title: "BÁO CÁO KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2023",
    }),
  ]),
  // a letterhead whose two columns a PDF's text runs together on each line
  examples({ title: "Tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2025", published: "2025-07-05" }, [
    [
      "UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "PHƯỜNG AN BÌNH Độc lập - Tự do - Hạnh phúc",
      "Số: 97 /BC-UBND An Bình, ngày 05 tháng 7 năm 2025",
      "",
      "BÁO CÁO",
      "Tình hình thực hiện nhiệm vụ 6 tháng đầu năm 2025",
      "",
      LEAD,
    ].join("\n"),
  ]),
  examples({ title: "Kết quả công tác Hội năm 2024", published: "2024-12-10" }, [
    [
      "HỘI NÔNG DÂN HUYỆN NHO QUAN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "BCH HỘI NÔNG DÂN XÃ QUẢNG LẠC                      Độc lập - Tự do - Hạnh phúc",
      "Số: 38-BC/HND                                  Quảng Lạc, ngày 10 tháng 12 năm 2024",
      "",
      "BÁO CÁO",
      "Kết quả công tác Hội năm 2024",
      "",
      LEAD,
    ].join("\n"),
  ]),
  // the byline over the page's lines: a source label cut from its link, a reply button, a related link, a workplace
  examples({ author: "Hồng Nhung" }, [
    page({ body: [LEAD, "", MORE, "", "Hồng Nhung"], footer: ["Theo", "", "Cùng chuyên mục"] }),
    page({ body: [LEAD, "", MORE, "", "Hồng Nhung"], footer: ["Trả lời"] }),
    // an attachment's line under a signature
    page({ body: [LEAD, "", MORE, "", "Hồng Nhung"], footer: ["Tập tin đính kèm: 186-BC-UBND.pdf (Tải về)"] }),
    page({ body: [LEAD, "", MORE, "", "Hồng Nhung"], footer: ["Tải về: BC186.pdf (1,2 MB)"] }),
    page({ body: [LEAD, "", MORE, "", "Hồng Nhung"], footer: ["Tải văn bản: 15-BC-UBBC.pdf (245 KB)"] }),
    // a stamp under it, labelled or with its counter
    page({ body: [LEAD, "", MORE, "", "Hồng Nhung", "Ngày đăng: 15/03/2024"] }),
    page({ body: [LEAD, "", MORE, "", "Hồng Nhung", "Cập nhật: 15/03/2024 09:12 | Lượt xem: 245"] }),
    // tags, comments and a back button under it
    page({ body: [LEAD, "", MORE, "", "Hồng Nhung"], footer: ["TAGS"] }),
    page({ body: [LEAD, "", MORE, "", "Hồng Nhung"], footer: ["[Trở về]"] }),
    page({ body: [LEAD, "", MORE, "", "Hồng Nhung"], footer: ["Xem phản hồi", "Tin khác"] }),
    page({ body: [LEAD, "", MORE, "", "Hồng Nhung"], footer: ["Thêm bình luận :"] }),
    // its paper's line under it with the article's link, however long
    page({ body: [LEAD, "", MORE, "", "Hồng Nhung", "", "Nguồn Đại Đoàn Kết http://daidoanket.vn/yen-bai-hon-30-ty-dong-ung-ho-quy-vi-nguoi-ngheo-553996.html"], footer: [] }),
    // a related-news label of any wording closes the article
    page({ body: [LEAD, "", MORE, "", "Hồng Nhung"], footer: ["Đọc thêm", "Xã Phú Cường công bố kết quả tuyển sinh lớp 10 năm 2025"] }),
    page({ body: [LEAD, "", MORE, "", "Hồng Nhung"], footer: ["Có thể bạn quan tâm", "Xã Phú Cường công bố kết quả tuyển sinh lớp 10 năm 2025"] }),
    page({ body: [LEAD, "", MORE, "", "Hồng Nhung"], footer: ["Bài viết cùng chuyên mục", "Xã Long Mỹ sơ kết công tác dân vận"] }),
    page({ body: [LEAD, "", MORE, "", "Hồng Nhung"], footer: ["Tin bài khác", "Xã Long Mỹ sơ kết công tác dân vận"] }),
    // a footer of several fields on one line
    page({ body: [LEAD, "", MORE, "", "Hồng Nhung"], footer: ["Trang thông tin điện tử xã Ea Tiêu | Điện thoại: 0262 3636 789 | Tổng truy cập: 1.203.456"] }),
    page({ body: [LEAD, "", MORE, "", "Hồng Nhung"], footer: ["Báo Quảng Ngãi điện tử - Số 2 Nguyễn Chánh, TP Quảng Ngãi - ĐT: 0255.3822.585"] }),
    // a source line with a long link
    page({
      body: [LEAD, "", MORE, "", "Hồng Nhung"],
      footer: ["Nguồn Hà Nội TV : https://hanoionline.vn/tin-tuc/xa-phu-cuong-ra-quan-lam-duong-giao-thong-nong-thon-nam-2024-voi-nhieu-tuyen-duong-moi-duoc-be-tong-hoa-abc-123456.htm?utm_source=facebook"],
    }),
    page({ body: [LEAD, "", MORE, "", "Hồng Nhung"], footer: [">> Đại hội Đoàn tỉnh lần thứ XII thành công tốt đẹp", "Bình luận"] }),
    page({ body: [LEAD, "", MORE, "", "Hồng Nhung", "Trung tâm Văn hóa – Thông tin huyện Lộc Bình"] }),
  ]),
  // a writer in capitals or a full name beside the stamp, a bar between (counterexample: `QĐND ONLINE | …`, in not-authors)
  examples({ author: "TRẦN QUANG VINH" }, [
    page({ header: ["TRẦN QUANG VINH | Thứ Hai, 10/11/2025 14:32 (GMT+7)"] }),
    page({ header: ["Thứ Hai, 10/11/2025 14:32 | TRẦN QUANG VINH"] }),
  ]),
  examples({ author: "Trần Quang Vinh" }, [page({ header: ["Trần Quang Vinh | Thứ Hai, 10/11/2025 14:32"] })]),
  // or a pen name of two syllables, either side of the bar (counterexamples: a province's or a section's, in not-authors)
  examples({ author: "Hoài Thu", published: "2021-05-15T10:35" }, [page({ header: ["Hoài Thu | Thứ bảy, ngày 15 tháng 5 năm 2021 | 10:35"] })]),
  examples({ author: "Minh Thảo" }, [page({ header: ["Minh Thảo | 10/03/2022"] }), page({ header: ["10/03/2022 09:15 | Minh Thảo"] })]),
  // (the stamp's weekday after a dash is no second writer)
  examples({ author: "Trần Khánh" }, [page({ header: ["Trần Khánh - Thứ Hai, 10/03/2022 09:15"] })]),
  // two writers joined by a dash before the stamp, a bar between (counterexample: `Lai Châu Online | Thứ năm, …`)
  examples({ author: "Đình Hiệp - Nguyệt Ánh", published: "2022-03-10T09:15" }, [page({ header: ["Đình Hiệp - Nguyệt Ánh| 10/03/2022 09:15"] })]),
  // a name before the date stamp on one header line, and a label after the stamp
  examples({ author: "Thùy Trang" }, [
    page({ header: ["Thùy Trang 14/08/2021 07:18"] }),
    page({ header: ["Thùy Trang Thứ hai, ngày 04/12/2023 07:45 AM (GMT+7)"] }),
    page({ header: ["Ngày đăng bài: 29/12/2020 | Tác giả: Thùy Trang"] }),
    // the name over its paper's line
    page({ body: [LEAD, "", MORE, "", "Thùy Trang", "Báo Thái Nguyên – baothainguyen.vn"] }),
  ]),
  // the last body line before the site's links in one line (`Liên kết website: A | B`) or a hotline
  examples({ author: "Văn Hòa" }, [
    page({ body: [LEAD, "", MORE, "", "Văn Hòa - Đài Truyền thanh xã Hòa Tiến"], footer: ["Liên kết website: Cổng TTĐT huyện Thủy Nguyên | Cổng TTĐT thành phố Hải Phòng | Báo Hải Phòng"] }),
    page({ body: [LEAD, "", MORE, "", "Văn Hòa (Trung tâm Văn hóa - Truyền thông huyện)"], footer: ["Đường dây nóng PCTT&TKCN: 0216.3844.115"] }),
  ]),
  examples({ author: "Nguyễn Thị Hồng" }, [page({ body: [LEAD, "", MORE, "", "Nguyễn Thị Hồng", "Công chức Văn hóa - Xã hội xã"] })]),
  // a caption after the last paragraph, opened by `Ảnh:`, is the article's; the byline after it is read
  examples({ author: "Hoàng Nam" }, [page({ body: [LEAD, "", MORE, "", "Ảnh: Đồng chí Giàng A Sử trao 20 suất quà cho hộ nghèo."], after: ["Tác giả: Hoàng Nam"] })]),
  // a name after stars on the last line
  examples({ author: "Nguyễn Thu Hải" }, [page({ body: [LEAD, "", MORE, "", "** Nguyễn Thu Hải"] })]),
  // a name in capitals after the last sentence, on its line (counterexample: a button, `… . ĐỌC TIẾP`)
  examples({ author: "YẾN NHI" }, [page({ body: [LEAD, "", `${MORE} YẾN NHI`] })]),
  examples({ author: "Huỳnh Lâm - Hoàng Vũ" }, [page({ body: [LEAD, "", MORE, "", "Huỳnh Lâm - Hoàng Vũ/Báo Cà Mau"] })]),
  // labels without their comma
  examples({ author: "Anh Thư" }, trailers([["Tin ảnh: Anh Thư"], ["Bài ảnh: Anh Thư"], ["Cộng tác viên: Anh Thư"], ["Công tác viên: Anh Thư"]])),
  // a pen name of one syllable, alone after a byline label
  examples({ author: "Thiện" }, [...trailers([["Tác giả: Thiện"], ["Bài, ảnh: Thiện (tổng hợp)"]]), page({ header: ["Ngày đăng: 29/12/2020 | Tác giả: Thiện"] })]),
  // author: a source, a photo credit, an agency or initials are not authors
  examples({ author: null }, [
    // a site's name before a bar and the stamp, a place before its date
    page({ header: ["Lai Châu Online | Thứ năm, 22/08/2024 08:15"] }),
    page({ header: ["QĐND ONLINE | Thứ Hai, 10/11/2025 14:32 (GMT+7)"] }),
    // a site's sections in Title Case over the stamp, as two writers' names would be
    page({ header: ["Văn Hóa - Thể Thao | 10/03/2022 09:15"] }),
    page({ header: ["Thái Bình | 10/03/2022 09:15"] }),
    page({ header: ["Thanh Niên | Thứ bảy, ngày 15 tháng 6 năm 2024 | 10:35"] }),
    page({ header: ["Giao Thông - Đô Thị"] }),
    page({ header: ["Thi Đua - Khen Thưởng"] }),
    // a list of prizes ending the article, names beside them after tabs (no recipients' block, no signature)
    page({ body: [LEAD, "", MORE, "Kết quả trao giải:", "- Giải Nhất\tNguyễn Thị Lan", "- Giải Nhì\tTrần Văn Minh"] }),
    page({ header: ["Văn Hóa - Thể Thao"] }),
    // a document's kind heading its copied text, in capitals
    page({ before: ["ỦY BAN NHÂN DÂN", "XÃ CÁT VÂN"], title: "Kế hoạch giảm nghèo năm 2019 của xã Cát Vân", header: ["Cát Vân, ngày 12 tháng 02 năm 2019", "KẾ HOẠCH", "Giảm nghèo năm 2019"] }),
    page({ header: ["Thời Sự | 10/03/2022 09:15"] }),
    page({ header: ["Tân Lạc, ngày 15 tháng 6 năm 2024"] }),
    // a letterhead's second line, in capitals
    page({ header: ["ĐẢNG ỦY TRƯỜNG ĐẠI HỌC", "KỸ THUẬT CÔNG NGHIỆP"] }),
    // (wrapped on `và`: an agency's, no writer's)
    page({ header: ["UBND TỈNH LÂM ĐỒNG", "SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH", "Số: 412/BC-SVHTTDL"] }),
    page({ header: ["UBND HUYỆN YÊN ĐỊNH", "PHÒNG GIÁO DỤC", "VÀ ĐÀO TẠO"] }),
    ...trailers([["Theo báo Lào Cai"], ["Theo http://baolaocai.vn"], ["Ảnh: Vương Thu Hà"], ["Nguồn: TTXVN"], ["Bài: PV"], ["Bài, ảnh: T.H"]]),
    ...trailers([["Tin: TTXVN"], ["Bài: Theo"], ["Tác giả: Ban Tuyên giáo Huyện ủy"], ["Tin: Ctv"], ["Tin, ảnh: Internet"], ["Bài: Vietnamnet"]]),
    page({ body: [LEAD, "", MORE, "", "Ban Tuyên giáo Huyện ủy"] }),
    page({ body: [LEAD, "", MORE, "", "Hà Nội"] }),
    page({ body: [LEAD, "", MORE, "", "Lưu Thị Hằng - Chủ tịch UBND xã trao quà cho hộ nghèo"] }),
    page({ body: [LEAD, "", MORE, "", "Báo Cao Bằng"] }),
    // a page's button in capitals
    page({ body: [LEAD, "", MORE, "", "TRỌN BỘ"] }),
    page({ body: [LEAD, "", MORE, "", "ĐỌC TIẾP"] }),
    page({ body: [LEAD, "", `${MORE} ĐỌC TIẾP`] }),
  ]),

  // site.source
  examples({ site: "baodienbienphu.info.vn" }, trailers([["Theo http://baodienbienphu.info.vn"], ["Theo https://www.baodienbienphu.info.vn/tin-tuc/xay-dung-dang"]])),
  examples({ site: "tuyengiaothanhhoa.vn" }, [
    page({ after: ["Nguồn: tuyengiaothanhhoa.vn"] }),
    page({ footer: [...FOOTER, "Ghi rõ nguồn https://tuyengiaothanhhoa.vn khi phát hành lại thông tin từ địa chỉ này."] }),
  ]),
  examples({ site: null }, trailers([["Theo báo Lào Cai"], []])),
];

function examples(expect: Partial<Metadata>, texts: string[]): MetadataExample {
  return { expect, texts };
}
