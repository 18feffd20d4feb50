/**
 * Lines that are not the article: the furniture that saved web pages carry
 * after (and before) the text. Patterns run on folded text (lower case,
 * new-style tone placement), anchored at the start of a trimmed line.
 */

const FURNITURE_STARTS = [
  // related-news lists and navigation
  "ý kiến bạn đọc", "ý kiến của bạn", "gửi ý kiến", "những tin mới hơn", "những tin cũ hơn", "tin mới hơn", "tin cũ hơn",
  "tin liên quan", "tin cùng chuyên mục", "tin khác", "các tin khác", "các tin đã đưa", "tin đã đưa", "các tin đã đăng", "tin đã đăng",
  "tin cùng loại", "bài cùng chuyên mục", "tin bài liên quan", "tin, bài liên quan",
  "bài viết liên quan", "bài liên quan", "bài viết khác", "các bài viết khác", "xem thêm", "đọc thêm", "mới nhất", "xem nhiều",
  "có thể bạn quan tâm", "bạn có thể quan tâm", "tin cùng chủ đề", "bài cùng chủ đề",
  "bài viết cùng chuyên mục", "các bài viết cùng chuyên mục", "tin tức cùng chuyên mục", "tin cùng danh mục", "bài cùng danh mục",
  "tin bài khác", "các tin bài khác", "tin bài đã đăng", "các tin bài đã đăng", "bài viết mới", "tin tức liên quan",
  "đọc nhiều", "tin nổi bật", "tin mới nhất", "tin đọc nhiều", "tin xem nhiều", "quay lại", "về đầu trang",
  "tin bài cùng chuyên mục", "tin tức sự kiện khác",
  "liên kết website", "liên kết web", "xem tiếp", "in trang", "lên đầu trang", "về trang trước", "bản in", "văn bản mới",
  "lịch công tác", "tin ảnh", "thăm dò ý kiến", "các văn bản khác", "văn bản khác", "văn bản liên quan", "các tin cũ hơn", "các tin mới hơn", "tin tức khác", "bài đọc nhiều",
  // comments and ratings
  "phản hồi", "gửi phản hồi", "xem phản hồi", "ý kiến phản hồi", "bình luận", "gửi bình luận", "viết bình luận", "thêm bình luận", "đánh giá:", "đánh giá bài viết", "lượt đánh giá",
  // (`Họ và tên` as a field's label, not a table's column: `Họ và tên | Chức danh | Tỷ lệ phiếu bầu` heads the elected)
  "mã xác thực", "họ và tên:", "họ và tên (*)", "họ tên:", "nội dung bình luận", "comment", "comments", "vui lòng nhập", "{name}",
  // sharing and tagging
  "chia sẻ", "từ khóa", "tags:", "tag:", "in bài", "gửi bài", "gửi email", "lưu bài", "[trở về]",
  // a blog engine's own lines under the post (`Categorised in: Tin tức`, `Posted in …`, `POWERED BY ONECMS - A PRODUCT OF NEKO`)
  "categorised in", "categorized in", "posted in", "filed under", "powered by",
  // a document's attachments under its signature, labelled (alone, in the whole-line list below: a sentence may open
  // with them, `- Tải về và kích hoạt ứng dụng VNeID cho 1.250 công dân.`, `Tài liệu đính kèm gồm 3 phụ lục …`)
  "tệp đính kèm:", "file đính kèm:", "tài liệu đính kèm:", "tập tin đính kèm:",
  // counters
  "thống kê truy cập", "thống kê:", "số lượt truy cập", "online:", "đang truy cập", "đang online", "lượt truy cập", "tổng lượt truy cập", "lượt xem", "số lượt xem",
  "view count", "views:", "hôm nay:",
  // site footers
  "bản quyền", "copyright", "©", "chịu trách nhiệm", "giấy phép", "ghi rõ nguồn", "trang thông tin điện tử",
  "cơ quan chủ quản", "tổng biên tập", "địa chỉ:", "điện thoại:", "email:", "fax:", "hotline", "đường dây nóng",
  "bạn đã không sử dụng site",
  // a reader's prompt under the article (`Bạn có hài lòng với bài viết?  Chia sẻ  Ý kiến (23)`)
  "bạn có hài lòng", "bài viết có hữu ích", "bạn thấy bài viết",
];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/**
 * A short line that starts with a furniture label, or a label, a colon and a
 * list set off by bars of any length (`Liên kết website: Cổng TTĐT huyện … |
 * Báo Hải Phòng`). The length cap keeps a body sentence that happens to begin
 * with such a word (`Bình luận về kết quả đạt được, đồng chí …`) in the article.
 */
export const TOOLBAR_LABEL = String.raw`(?:ý kiến|bình luận|thích|like|share|chia sẻ|facebook|zalo|twitter|tweet|lưu(?: bài)?|in(?: trang| bài)?|bản in|(?:gửi )?email|gửi(?: bài)?|tải về|về đầu trang|quay lại)`;
const TOOLBAR_ITEM = String.raw`\[?${TOOLBAR_LABEL}\]?[ \t]*(?:\(\d+\)|\d+)?`;
const COUNTED_TOOLBAR_ITEM = String.raw`(?:${TOOLBAR_LABEL}[ \t]*(?:\(\d+\)|\d+)|\[${TOOLBAR_LABEL}\])`;
// (two buttons at least, or one with its count or brackets: `Ý kiến` alone on a line may be a subhead, the article going on)
const TOOLBAR_SOURCE = String.raw`^(?:${TOOLBAR_ITEM}(?:[ \t]*(?:\|[ \t]*|[ \t]{2})${TOOLBAR_ITEM})+|${COUNTED_TOOLBAR_ITEM})$`;
/** A share bar's buttons and their counts, alone on a folded, trimmed line: `Like 12  Share  Lưu` (no `12 share` counted). */
export const TOOLBAR_LINE = new RegExp(TOOLBAR_SOURCE, "u");
export const FURNITURE_LINE = new RegExp(
  `^(?:[•·\\-*|]\\s*)?(?:${FURNITURE_STARTS.map(escape).join("|")})(?![\\p{L}\\p{M}])(?:[^\\n]{0,60}|\\s*:[^\\n|]*\\|[^\\n]*)$` +
    // buttons in brackets, one label each (`[In trang]`, `[Bình luận] [Về đầu trang]`; `[Ý kiến bạn đọc về 25 mô hình]` is a link)
    `|^\\[(?:${FURNITURE_STARTS.map(escape).join("|")})\\](?:\\s*\\[[^\\]\\n]{1,20}\\])*\\s*$` +
    // a toolbar of buttons and their counts only, parted by bars or wide spaces: `Ý kiến (3) | Thích 45 | Chia sẻ`,
    // `Like 12  Share  Lưu`, `Thích 45` (a sentence goes on in words: `Ý kiến của cử tri …`)
    `|${TOOLBAR_SOURCE}` +
    // whole lines: a source label cut from its link (`Theo`), a reply button, tags' and back buttons (`TAGS`, `Trở về`;
    // a sentence may open with `Trở về`), a related link (`>> Đại hội …`)
    // and an empty comment box (`Không có nhận xét nào:`; a sentence `Không có nhận xét, kiến nghị nào khác …` is the article's)
    // and related-news labels that a sentence may open with (`Thông tin mới nhất, đến 17h chiều 8/4, …`)
    `|^(?:theo|nguồn|trả lời|cùng chuyên mục|tags?|trở về|tải về|tải xuống|download|(?:tệp|file|tài liệu) đính kèm|họ và tên(?: ?\\*)?|>>[^\\n]*|không có nhận xét nào:?|chưa có bình luận(?: nào)?:?)$` +
    // a file to download or attached, by its name (`Tải về: BC186.pdf (1,2 MB)`; `Đính kèm: danh sách 45 hộ …` is the article's)
    // a counter in words or labelled, alone (`Bài viết đã được xem 846 lần`, `Số lần xem: 846`; a statistics line goes
    // on, `- Số lượt đọc: 45.000 lượt;`, `Lượt đọc sách tại chỗ … tăng`)
    `|^(?:bài viết |tin )?đã (?:được )?xem[ \\t]+\\d[\\d.,]*[ \\t]+lần\\.?$|^(?:lượt đọc|số lượt đọc|số lần xem|số lần đọc)[ \\t]*:?[ \\t]*\\d[\\d.,]*(?:[ \\t]*lần)?(?:[ \\t]*\\|[^\\n]*)?$` +
    `|^(?:đính kèm|tải về|tải xuống|tải văn bản|tải tệp|tải file)\\s*:[^\\n]{0,100}\\.(?:pdf|docx?|xlsx?|pptx?|zip|rar)(?![\\p{L}\\p{M}])[^\\n]{0,40}$` +
    `|^(?:[•·\\-*|]\\s*)?(?:(?:theo dõi[^\\n]{0,60}(?:trên )?)?google news|thông tin mới nhất|thông tin khác|tin mới|bài mới nhất|(?:các )?tin, bài khác|tin tức mới nhất|tin mới cập nhật|sự kiện liên quan|(?:các )?bài khác` +
    // a portal's lists of documents, videos and posts under the article, their label alone on its line (a sentence may
    // open with one, `Tài liệu liên quan gồm 15 bộ hồ sơ …`)
    `|văn bản cùng (?:chuyên mục|lĩnh vực)|tài liệu liên quan|video (?:cùng chuyên mục|liên quan|khác)|(?:bài viết|tin bài) cùng chủ đề` +
    `|(?:các )?(?:báo cáo|thông báo) khác|(?:tin|bài) tiếp theo)\\s*:?$`,
  "u",
);

/**
 * A footer of several fields on one line, one of them labelled as footers are, parted by a bar or by two dashes:
 * `Trang thông tin điện tử xã Ea Tiêu | Điện thoại: 0262 3636 789`, `Báo Quảng Ngãi - Số 2 Nguyễn Chánh - ĐT: …`
 * (counterexample: a notice's contact, `Mọi chi tiết liên hệ anh A - Điện thoại: 0912 …`, is one field: the
 * article goes on). Each part is read one way (it ends at its mark), so a line is given up in linear time.
 */
const FOOTER_FIELDS =
  /^(?:(?:[^\n|]*\|)+|(?:[^\n–-]*[–-]){2,})[ \t]*(?:điện thoại|đt|sđt|email|e-mail|fax|địa chỉ|hotline|tổng truy cập|lượt truy cập|đang truy cập|đang online)[ \t]*:[^\n]{0,80}$/u;
/** Characters a footer of fields takes at most. */
const MAX_FOOTER_LINE = 200;

/** Whether a folded line is page furniture: FURNITURE_LINE, or a footer of fields (asked only of a short line with its marks). */
/**
 * A footer's sentences on one line, one of them a field only a site's footer has: `Trang thông tin điện tử Đảng bộ tỉnh
 * Hà Tĩnh. Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy. Số 02 …`, `Báo Hà Tĩnh - … Tổng Biên tập: Lê Văn A.` (an article
 * names an editor without the colon: `Tổng biên tập Báo Hà Tĩnh cho biết …`).
 */
const FOOTER_ONLY_FIELD = /(?:^|[.|][ \t]+|[ \t][-–][ \t])(?:cơ quan chủ quản|tổng biên tập|chịu trách nhiệm(?: nội dung| xuất bản| chính)?|giấy phép(?: hoạt động| xuất bản| số)?)[ \t]*:/u;
/**
 * And the footer's other marks with it: the site's name or its copyright opening the line, or its contact (counterexamples,
 * the article's: a project's card, `Tên dự án: … . Cơ quan chủ quản: UBND tỉnh. Tổng mức đầu tư: 120 tỷ đồng.`, an
 * interview's speaker, `Tổng Biên tập: Năm qua, báo đã xuất bản …`).
 */
const FOOTER_SITE_OPENING = /^(?:©|bản quyền|copyright|(?:trang|cổng) thông tin điện tử|báo[ \t])/u;
// (a hotline, a web licence's code, the content's editor: `Hotline 0243.888.999`, `Giấy phép số 12/GP-TTĐT`, `Chịu trách
// nhiệm nội dung: …`)
const FOOTER_CONTACT = /(?<![\p{L}\p{M}])(?:(?:điện thoại|đt|sđt|địa chỉ|email|e-mail|fax)[ \t]*:|hotline|gp-ttđt|gp-btttt|chịu trách nhiệm (?:nội dung|xuất bản))/u;
/**
 * A site's menu of links parted by bars, every one a portal's page or a section: `Trang chủ | Giới thiệu | Tin tức | Văn
 * bản | Liên hệ` (counterexample: a table's header row, `TT | Nội dung | Chỉ tiêu | Thực hiện`, names no page).
 */
// (built on first use: SECTION_NAMES is declared further down)
let menuPages: ReadonlySet<string> | undefined;
const MENU_PAGES = (): ReadonlySet<string> => (menuPages ??= new Set([...SECTION_NAMES, "trang chủ", "giới thiệu", "liên hệ", "văn bản", "văn bản pháp quy", "hỏi đáp", "thư viện", "sơ đồ site", "sơ đồ trang", "tin tức - sự kiện", "góp ý", "thủ tục hành chính", "dịch vụ công", "lịch công tác", "hình ảnh", "tiếng anh", "english", "đăng nhập"]));
const MIN_MENU_LINKS = 3;
// (a site's own page among them: a table's header of sections, `Mặt trận | Phụ nữ | Nông dân`, names none)
const SITE_PAGE = /^(?:trang chủ|giới thiệu|liên hệ|hỏi đáp|sơ đồ (?:site|trang)|góp ý|đăng nhập|english|tiếng anh|thư viện|lịch công tác|dịch vụ công)$/u;
function isBarMenu(low: string): boolean {
  if (!low.includes("|")) return false;
  // (bars closing the menu at its ends are the menu's, `| Trang chủ | Liên hệ |`; an empty cell inside, a table's)
  const links = low.trim().replace(/^\|+|\|+$/gu, "").split("|").map((s) => s.trim());
  return links.length >= MIN_MENU_LINKS && links.every((link) => MENU_PAGES().has(link)) && links.some((link) => SITE_PAGE.test(link));
}
/**
 * A site's name or copyright, a few words closed by a stop, a dash or a bar, then its contact's field (counterexamples, the
 * article's sentences: `Báo cáo kết quả về Huyện đoàn qua email: …`, `Cổng thông tin điện tử huyện đã công khai đường dây
 * nóng, điện thoại: …`, `Trang thông tin điện tử của xã tại địa chỉ: …`).
 */
// (a comma may part the owner's name, `Bản quyền thuộc UBND xã An Bình, huyện Yên Thành.`; the contact may be a hotline or
// the newsroom's, `Hotline 0912 …`, `Tòa soạn: …`)
const SITE_NAME_THEN_CONTACT =
  /^(?:©|bản quyền|copyright|(?:trang|cổng) thông tin điện tử|báo(?![ \t]cáo)[ \t])(?:,?[ \t]+[^\s.|:,;]+){0,14}[ \t]*[.|–-][ \t]*(?:(?:điện thoại|đt|sđt|địa chỉ|email|e-mail|fax|tòa soạn|toà soạn|trụ sở)[ \t]*:|hotline(?![\p{L}\p{M}]))/u;
export function isFurnitureLine(low: string): boolean {
  if (FURNITURE_LINE.test(low) || isBarMenu(low)) return true;
  if (low.length > MAX_FOOTER_LINE || !low.includes(":")) return false;
  return (
    ((low.includes("|") || low.includes("-") || low.includes("–")) && FOOTER_FIELDS.test(low)) ||
    (FOOTER_ONLY_FIELD.test(low) && (FOOTER_SITE_OPENING.test(low) || FOOTER_CONTACT.test(low))) ||
    // (or the site's name or copyright opening the line and its contact after it: `Bản quyền thuộc Huyện đoàn Nga Sơn.
    // Địa chỉ: …`, `Cổng thông tin điện tử huyện Đức Thọ. Địa chỉ: …`)
    SITE_NAME_THEN_CONTACT.test(low) ||
    PEOPLE_COUNTER_LINE.test(low)
  );
}
/**
 * A counter of people, its label and a bare number alone: `Số người truy cập: 45.219`, `Người online: 12` (counterexample, a
 * sentence: `Số người truy cập Cổng dịch vụ công tăng 35%`).
 */
// (other counters may share its line after bars: `Số người online: 12 | Hôm nay: 345 | Tổng: 98.765`)
const PEOPLE_COUNTER_LINE = /^(?:tổng số lượt truy cập|số người (?:đang )?truy cập|số người online|người online)[ \t]*:?[ \t]*[\d.,]+[ \t]*(?:\|[^\n]*)?$/u;

/**
 * The site's contact at the page's tail, no paragraph after it: the owner's name then its address or phone, an address then
 * a phone, a service's number boxed (`UBND phường Quang Trung - Địa chỉ: Số 12 …`, `Địa chỉ: Thôn 3, … Điện thoại: 0237…`,
 * `Tổng đài quốc gia bảo vệ trẻ em: 111 (miễn phí)`). A notice's contact has its text after it: the caller asks
 * (segment.ts) that none follows.
 */
export function isContactTailLine(low: string): boolean {
  return low.length <= MAX_FOOTER_LINE && (OWNER_THEN_CONTACT.test(low) || ADDRESS_THEN_PHONE.test(low) || SERVICE_NUMBER_LINE.test(low));
}
/**
 * The site owner's name, a stop, a dash or a bar, then its address or phone with digits: `UBND phường Quang Trung - Địa chỉ:
 * Số 12 phố Quang Trung` (counterexample, a sentence: `UBND xã đã công khai địa chỉ: …`, no mark before the field).
 */
const OWNER_THEN_CONTACT =
  /^(?:ubnd|ủy ban nhân dân|đảng ủy|huyện ủy|thành ủy|tỉnh ủy|hđnd|trung tâm|văn phòng)[ ][^\n.:|–-]{2,60}[ \t]*[.|–-][ \t]*(?:địa chỉ|điện thoại|đt|email)[ \t]*:[^\n]*\d/u;
/**
 * A service's number boxed under the article: `Tổng đài quốc gia bảo vệ trẻ em: 111 (miễn phí)` (counterexample, a
 * sentence: `Tổng đài 111 đã tiếp nhận 500 cuộc gọi`).
 */
const SERVICE_NUMBER_LINE = /^(?:tổng đài|đường dây nóng|số điện thoại)[^\n:]{0,60}:[ \t]*[\d. ]{3,15}(?:[ \t]*\([^)\n]{1,20}\))?[ \t.]*$/u;
/** An address then a phone, the footer's contact: `Địa chỉ: Thôn 3, xã Yên Lạc, huyện Như Thanh. Điện thoại: 0237.3848.105`. */
const ADDRESS_THEN_PHONE = /^địa chỉ[ \t]*:[^\n]{1,100}(?:điện thoại|đt|sđt|email|fax)[ \t]*:[ \t]*\S/u;

/**
 * End-of-article lines that carry the byline or the source: `Tác giả: …`,
 * `Bài, ảnh: …`, `Theo http://…`, `Nguồn: …`, `Nguồn Hà Nội TV : <a long link>`. Matched on folded text.
 * A photo's credit is a few words (`Ảnh: VGP/Thế Phong`); counterexample: `Ảnh: Đồng chí Giàng A Sử trao 20
 * suất quà cho hộ nghèo.` is a caption, the article's.
 */
export const TRAILER_LINE =
  /^(?:tác giả\s*:|(?:bài|tin|bài viết|tin, ảnh|tin và ảnh|tin ảnh|bài và ảnh|bài, ảnh|bài ảnh)\s*:|ảnh\s*:(?=[ \t]*\S+(?:[ \t]+\S+){0,5}[ \t]*$)|theo\s+(?:https?:\/\/|www\.|[\p{L}\p{M}.-]+\.(?:vn|com|net|org)\b)|nguồn\s*:)(?:[^\n]{0,160}|[^\n]{0,80}?https?:\/\/\S+[ \t]*)$|^nguồn\s+[^\n:]{1,40}?\s*:\s*https?:\/\/\S+[ \t]*$/u;

/**
 * The letterhead of an official document, above its subject line: the
 * national motto and its slogan, the Party's name, the document's own
 * number. None is a headline (counterexample: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
 * NAM` was the title of a report published as the document itself).
 */
const MOTTO_SOURCE = String.raw`cộng\s+h(?:òa|oà)\s+xã\s+hội\s+chủ\s+nghĩa\s+việt\s+nam|độc\s+lập\s*[-–—]\s*tự\s+do\s*[-–—]\s*hạnh\s+phúc|đảng\s+cộng\s+sản\s+việt\s+nam`;
export const LETTERHEAD_LINE = new RegExp(String.raw`^[\s*]*(?:${MOTTO_SOURCE}|số\s*:?\s*\d+[^\s]*)[\s*.-]*$`, "iu");
/** The national motto or the Party's name anywhere in a line, as a letterhead prints them beside its other cells. */
export const MOTTO = new RegExp(MOTTO_SOURCE, "iu");

/**
 * What parts a letterhead's cells on one line: a bar, a tab as a Word table copies, or a run of spaces as a text
 * file lays out its two columns (`HỘI NÔNG DÂN HUYỆN NHO QUAN <16 spaces> CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`).
 */
export const CELL_BREAK = /[|\t]| {3,}/u;
const hasCells = (line: string) => line.includes("|") || line.includes("\t") || line.includes("   ");

/** LETTERHEAD_LINE, or one cell of a letterhead set in columns (`HUYỆN ỦY ĐỒNG PHÚ <TAB> ĐẢNG CỘNG SẢN VIỆT NAM`). */
export function isLetterheadLine(line: string): boolean {
  return LETTERHEAD_LINE.test(line) || (hasCells(line) && line.trim().split(CELL_BREAK).some((cell) => LETTERHEAD_LINE.test(cell)));
}

/**
 * The place and date of an official document (`Ngọc Hà, ngày 25 tháng 6 năm
 * 2024`): the date it was issued, never its headline. Raw or folded text.
 * A weekday is no place: `Thứ tư, ngày 19 tháng 11 năm 2025` is a site's
 * date box, not the article's date.
 */
export const PLACE_DATE_LINE = /^[\s*]*(?!(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*,)[\p{L}\p{M} .'-]{2,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}[\s.]*$/iu;

/**
 * PLACE_DATE_LINE, or one cell of a letterhead set in columns (CELL_BREAK):
 * `Số: 125-BC/HU | Đồng Phú, ngày 15 tháng 12 năm 2023`, `Số 415-BC/HU <TAB> Can Lộc, ngày 15 tháng 12 năm 2023`.
 */
export function isPlaceDateLine(line: string): boolean {
  if (PLACE_DATE_LINE.test(line) || (hasCells(line) && line.trim().split(CELL_BREAK).some((cell) => PLACE_DATE_LINE.test(cell)))) return true;
  // the two columns run together, as a PDF's text keeps them: `Số: 97/BC-UBND An Bình, ngày 05 tháng 7 năm 2025`
  const merged = NUMBER_THEN_REST.exec(line);
  return merged !== null && PLACE_DATE_LINE.test(merged[1]!);
}
/** A letterhead's own number, then the rest of its line. */
// (a space may part the number from its code: `Số: 97 /BC-UBND An Bình, ngày …`)
const NUMBER_THEN_REST = /^[\s*]*số\s*:?\s*\d+(?:[ ]?\/)?[^\s]*\s+(\S.*)$/iu;

/**
 * Menu bars (also of bracketed items, `[Trang chủ] [Tin hoạt động] [Xây dựng Đảng]`), breadcrumbs and weather boxes
 * before the headline; the site's
 * name (`Cổng thông tin điện tử huyện Krông Pắc`, `BÁO ĐIỆN TỬ …`) and a
 * section label (`Chuyên mục: Xây dựng Đảng`) above it; a "today" box
 * (`Hôm nay, Thứ tư ngày 12/06/2024`), a log-in prompt (`Đăng nhập để …`), the paper's
 * name alone (`Báo Đồng Nai điện tử`), a toolbar (`RSS In Gởi cho bạn bè`), a banner
 * (`NHIỆT LIỆT CHÀO MỪNG …`), a section's name (`Tin hoạt động của UBND`, `TIN TỨC - CHI BỘ`),
 * a menu's items parted by runs of spaces (`Thời sự  Chính trị  Kinh tế  Xã hội`), the site's name before its
 * kind (`HỘI CỰU CHIẾN BINH TỈNH THÁI BÌNH - TRANG THÔNG TIN ĐIỆN TỬ`),
 * a skip link (`Truy cập nội dung luôn`, `Skip to main content`), a reading toolbar (`Chế độ ban đêm In trang Xuất
 * PDF Đọc nội dung`), an advertising contact (`Liên hệ Quảng cáo: …`), a
 * font-size toolbar (`• Xem với cỡ chữ`), a related-news label (`Tin liên quan …`), a breadcrumb however long
 * (`> Tin tức - Sự kiện > Tin hoạt động HĐND > …`) and the site's address with its motto
 * (`www.donghuongtienphuoc.com - Đồng hương Tiên Phước - …`), or its name as a masthead
 * (`Thông tin điện tử Tuyên giáo và Dân vận tỉnh …`, `BÁO TIN TỨC - THÔNG TẤN XÃ VIỆT NAM`).
 * Counterexamples, headlines: `Hôm nay khai mạc Đại hội …`, `Tìm kiếm nạn nhân mất tích`.
 */
/**
 * The paper's name on its line, in capitals, alone or with its masthead's motto after a dash: `Báo Đồng Nai điện
 * tử`, `Báo Quảng Nam điện tử - Cơ quan của Đảng bộ tỉnh Quảng Nam` (counterexample: the headline `Báo chí với
 * thương mại điện tử`).
 */
// (its name may hold a place's or the people's word, and the police's: `Báo Công an tỉnh Thanh Hóa điện tử`, `Báo Công an nhân dân điện tử`)
// (a motto after the name only when its words are all capitalised: `Báo Công an nhân dân điện tử - 20 năm đồng hành …` is
// a headline)
// (and a station's name, every word after its kind capitalised: `Đài Phát thanh - Truyền hình Hậu Giang`, `Đài Phát thanh
// và Truyền hình Thanh Hóa`)
/**
 * A department's or an office's name ending on its place, the site's own: `Sở Lao động - Thương binh và Xã hội tỉnh Nam
 * Định`, `Phòng Giáo dục và Đào tạo huyện Yên Định`; each part a capitalised word and one in lower case (counterexamples,
 * headlines: `Sở Y tế thăm huyện Mường Tè`, `Hội Nông dân giúp xã Nậm Cang`, two lower-case words in a row).
 */
export const AGENCY_NAME_LINE =
  /^\s*(?:Sở|Phòng|Chi cục|Cục|Trung tâm|Hội|Liên đoàn|Bảo hiểm|Công an|Văn phòng)(?:[ ](?:(?:và|[-–&])[ ])?\p{Lu}[\p{Ll}\p{M}]*(?:[ ][\p{Ll}\p{M}]+)?){1,6}[ ](?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?:[ ]\p{Lu}[\p{Ll}\p{M}]*){1,4}\s*$/u;
// (its name in capitals too, `NHÂN DÂN điện tử`, and the day's date after wide spaces: `Báo Tuyên Quang điện tử   Thứ Hai,
// 29/04/2024`)
export const PAPER_NAME_LINE =
  /^\s*(?:Báo\s+(?:(?:\p{Lu}[\p{Ll}\p{M}]*\s+){1,4}điện\s+tử\s*(?:[-–—|][^\n]*)?|(?:(?:\p{Lu}[\p{Ll}\p{M}]*|tỉnh|thành phố|nhân dân|an)\s+){1,6}điện\s+tử\s*)|(?:NHÂN DÂN|Nhân Dân|Nhân dân|QUÂN ĐỘI NHÂN DÂN|CÔNG AN NHÂN DÂN|LAO ĐỘNG|TIỀN PHONG|THANH NIÊN|ĐẠI ĐOÀN KẾT|PHÁP LUẬT|GIÁO DỤC|DÂN TRÍ|TIN TỨC)\s+điện\s+tử\s*)(?:[ \t]{2,}[^\n]{0,30}\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[^\n]{0,12})?$|^\s*Đài\s+(?:Phát\s+thanh(?:\s*(?:-|–|và)\s*Truyền\s+hình)?|Truyền\s+hình)(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,4}\s*$/u;
/**
 * A section's path, its parts parted by dashes, each a capitalised word and up to three in lower case: `Giao thông -
 * Đô thị - Phòng cháy`, `An ninh trật tự - Phòng cháy chữa cháy - Cứu nạn` (counterexample: places, each word
 * capitalised, `Hà Nội - Hải Phòng - Quảng Ninh`, or a headline's clause, `Xã A - điểm sáng …`).
 */
export const SECTION_PATH_LINE = /^\s*\p{Lu}[\p{Ll}\p{M}]*(?:[ ][\p{Ll}\p{M}]+){0,3}(?:[ ][-–][ ]\p{Lu}[\p{Ll}\p{M}]*(?:[ ][\p{Ll}\p{M}]+){0,3}){2,}\s*$/u;
/**
 * A paper's name in capitals and its motto after a dash: `THÁI BÌNH ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Thái Bình`,
 * `QUẢNG NGÃI ĐIỆN TỬ - Cổng thông tin của Đảng bộ, …`, `ĐẮK LẮK ONLINE - Thông tin chính thống của tỉnh Đắk Lắk`
 * (a paper's, a magazine's, a station's or a portal's word, a national paper's name or `ĐIỆN TỬ`/`ONLINE` before all but
 * `Cơ quan`, `TẠP CHÍ TUYÊN GIÁO - Thông tin chính thống của …`, `NHÂN DÂN - Tiếng nói của Đảng …`; counterexamples, headlines: `Ban Tuyên giáo - cơ quan
 * của Đảng làm công tác tư tưởng`, its name in lower case; `HÀ NỘI - Tiếng nói của nhân dân thủ đô …`, no paper's).
 */
export const MASTHEAD_LINE =
  /^(?:[^\p{Ll}\n]{3,60}[ \t][-–—][ \t]*(?:Cơ|CƠ|cơ)[ \t]+(?:quan|QUAN)(?:[ \t]+(?:ngôn|NGÔN)[ \t]+(?:luận|LUẬN))?|(?:(?:BÁO|TẠP CHÍ|ĐÀI|CỔNG|TRANG)[ \t][^\p{Ll}\n]{2,56}|[^\p{Ll}\n]{2,50}[ \t](?:ĐIỆN TỬ|ONLINE)|NHÂN DÂN|QUÂN ĐỘI NHÂN DÂN|CÔNG AN NHÂN DÂN|ĐẠI ĐOÀN KẾT|LAO ĐỘNG|TIỀN PHONG|THANH NIÊN)[ \t][-–—][ \t]*(?:Cổng thông tin(?: điện tử)?|CỔNG THÔNG TIN(?: ĐIỆN TỬ)?|Trang thông tin(?: điện tử)?|TRANG THÔNG TIN(?: ĐIỆN TỬ)?|Thông tin chính thống|THÔNG TIN CHÍNH THỐNG|Tiếng nói|TIẾNG NÓI))[ \t]+(?:của|CỦA)(?![\p{L}\p{M}])/u;
/**
 * A site's sections' names (folded): printed in Title Case over the stamp as a pair of writers' names would be (`Văn Hóa -
 * Thể Thao | 10/03/2022`), or run together as a menu saved with single spaces (`Chính trị Kinh tế Xã hội Văn hóa Thể thao`).
 */
export const SECTION_NAMES: readonly string[] = [
  "văn hóa", "thể thao", "quốc phòng", "an ninh", "giáo dục", "đào tạo", "nông nghiệp", "nông thôn", "xây dựng", "chính quyền",
  "kinh tế", "xã hội", "pháp luật", "đời sống", "y tế", "sức khỏe", "du lịch", "môi trường", "chính trị", "thời sự",
  "tin tức", "sự kiện", "khoa học", "công nghệ", "doanh nghiệp", "bạn đọc", "thế giới", "trong nước", "quốc tế", "nội chính",
  "văn nghệ", "giải trí", "thông tin", "tài chính", "đầu tư", "giao thông", "đô thị", "thi đua", "khen thưởng", "dân vận",
  "tuyên giáo", "lao động", "việc làm", "tổ chức", "cán bộ", "kiểm tra", "giám sát", "nội vụ", "tư pháp", "tôn giáo",
  "dân tộc", "quốc hội", "hội đồng", "mặt trận", "đoàn thể", "phụ nữ", "thanh niên", "cựu chiến binh", "nông dân", "công đoàn",
  "cải cách", "hành chính", "chuyển đổi số", "biển đảo", "phòng chống", "thiên tai", "góc nhìn", "video", "podcast", "kinh doanh",
  "bất động sản", "sức khoẻ", "văn hoá", "số hóa", "số hoá", "ý kiến", "tâm sự", "xe", "multimedia", "media",
];
/**
 * A menu of four sections' names or more run together with single spaces, as a saved page flattens it: `Thời sự Góc nhìn
 * Thế giới Video Podcast Kinh doanh` (counterexample: `Sở Văn hóa, Thể thao và Du lịch …` has other words).
 */
// (or three parted by wide spaces or tabs, as a menu's cells are: `Thời sự   Kinh tế   Xã hội`)
export const SECTION_RUN_LINE = new RegExp(
  `^\\s*(?:(?:(?:${SECTION_NAMES.join("|")})\\s+){3,}|(?:(?:${SECTION_NAMES.join("|")})(?:[ ]{2,}|[ ]*\\t\\s*)){2,})(?:${SECTION_NAMES.join("|")})\\s*$`,
  "iu",
);
/**
 * A national paper's name alone on its line, its masthead, `Báo` before it: `Báo Dân tộc và Phát triển`, `BÁO SỨC KHỎE VÀ ĐỜI
 * SỐNG` (names in lower case after their first word, which PAPER_NAME_LINE's capitals miss; counterexample, a headline:
 * `Báo Nhân Dân nhận Huân chương Sao vàng`, a verb after the name).
 */
/** A national paper's name alone in capitals, its masthead: `QUÂN ĐỘI NHÂN DÂN`, `NHÂN DÂN`. */
export const NATIONAL_PAPER_CAPS = /^\s*(?:QUÂN ĐỘI NHÂN DÂN|NHÂN DÂN|CÔNG AN NHÂN DÂN|ĐẠI ĐOÀN KẾT|TIỀN PHONG|THANH NIÊN|TUỔI TRẺ|LAO ĐỘNG|NGƯỜI LAO ĐỘNG)\s*$/u;
export const NATIONAL_PAPER_LINE = new RegExp(
  String.raw`^\s*báo\s+(?:${[
    "dân tộc và phát triển", "sức khỏe và đời sống", "sức khoẻ và đời sống", "giáo dục và thời đại", "kinh tế và đô thị", "tài nguyên và môi trường",
    "nông nghiệp việt nam", "nông nghiệp và môi trường", "phụ nữ việt nam", "người lao động", "lao động", "nhân dân", "quân đội nhân dân", "công an nhân dân",
    "đại đoàn kết", "tiền phong", "thanh niên", "tuổi trẻ", "pháp luật việt nam", "văn hóa", "văn hoá", "xây dựng", "công thương", "đầu tư", "hà nội mới",
    "sài gòn giải phóng", "tin tức", "dân trí", "giao thông", "biên phòng", "đời sống và pháp luật", "bảo vệ pháp luật", "kinh tế việt nam",
  ].join("|")})(?:\s+(?:điện\s+tử|online))?\s*$`,
  "iu",
);

/**
 * A masthead's motto alone on its line: `Cơ quan của Ủy ban Dân tộc`, `Cơ quan ngôn luận của Đảng bộ, chính quyền và nhân
 * dân tỉnh Quảng Ngãi`, `Cơ quan Trung ương của … - Tiếng nói của lực lượng vũ trang …`; every word after `của` a name's, capitalised or of a body's name in lower case (counterexample,
 * a headline: `Cơ quan của Ủy ban Dân tộc tổ chức hội nghị`, a verb after the name).
 */
export const MOTTO_LINE =
  /^\s*(?:Cơ quan(?: ngôn luận| Trung ương)?|Cổng thông tin(?: điện tử)?|Trang thông tin(?: điện tử)?|Tiếng nói|Thông tin chính thống)[ ]của(?:,?[ ](?:\p{Lu}[\p{Ll}\p{M}]*|bộ|chính|quyền|và|nhân|dân|tỉnh|thành|phố|huyện|quận|xã|phường|thị|trấn|các|tộc|ủy|uỷ|ban|đảng|hội|đoàn|thể|trung|ương|nước|mặt|trận|tổ|quốc|lực|lượng|vũ|trang|quân|đội|phòng|công|an|nhà)|[ ][-–][ ](?:Tiếng nói|Cơ quan)[ ]của){1,24}\s*$/u;
// (`☰`, a menu's button, opens or stands in one: `☰  Chính trị  Kinh tế  …`)
export const MENU_LINE =
  /^\[[^\]\n]{1,40}\](?:\s*\[[^\]\n]{1,40}\]){2,}\s*$|[|»›☰]|^(?:[^\n▸►\d]{1,30}[▸►]){2,}[^\n▸►\d]{0,30}$|\s>\s|^>|°\s*[cCfF]|^(?:https?:\/\/|www\.)|^theo dõi [^\n,]{0,60}[ ](?:trên|tại)(?:\s+google news)?\s*$|^logo(?![\p{L}\p{M}])(?![^\n]*(?<![\p{L}\p{M}])(?:được|ra mắt|công bố|lựa chọn|thiết kế|cuộc thi|phát hành|chính thức|ý nghĩa|giới thiệu)(?![\p{L}\p{M}])|[^\n]*\?)|^(?:nhảy|chuyển|bỏ qua) (?:đến|tới) nội dung|^thông\s+tin\s+điện\s+tử(?![\p{L}\p{M}])|^báo\s[^\n]{1,40}[-–—]\s*thông\s+tấn\s+xã(?![\p{L}\p{M}])|^(?:trang chủ|home)(?![\p{L}\p{M}])|^hôm nay\s*,?\s*(?:là\s+)?(?:thứ|ngày|chủ nhật)(?![\p{L}\p{M}])|^(?:đăng nhập|đăng ký|tìm kiếm)\s*(?:$|để\s)|^rss(?![\p{L}\p{M}])|^truy cập nội dung|^(?:[^\s|]+(?: [^\s|]+){0,4}[ \t]{2,}){3,}[^\s|]+(?: [^\s|]+){0,4}\s*$|[-–—][ \t]*(?:trang|cổng)[ \t]+(?:thông[ \t]+)?tin[ \t]+điện[ \t]+tử\s*$|^skip to (?:main )?content|^chủ\s+đề\s+năm\s+\d{4}\s*:|^chế độ ban đêm|(?:^|\s)in trang\s+xuất pdf|^[^\n]{0,40}chế độ ban đêm[^\n]{0,20}xuất pdf|^(?:liên hệ(?: quảng cáo)?|quảng cáo|hotline|đường dây nóng)\s*:|^(?:[•·*-]\s*)?(?:xem với\s+)?cỡ chữ(?![\p{L}\p{M}])|^(?:[•·*-]\s*)?(?:tin liên quan|tin bài liên quan|bài liên quan|xem thêm|đọc thêm)(?![\p{L}\p{M}])|g[ửở]i cho bạn bè|^nhiệt liệt chào mừng(?![\p{L}\p{M}])|^chào mừng (?:(?:bạn|các bạn|quý vị|quý khách|quý độc giả)\s)?đến (?:với )?(?:cổng|trang|website)(?![\p{L}\p{M}])|^đăng ký(?: tài khoản)?(?: để)? nhận tin|^đăng ký tài khoản(?:\s*$|\s+để\s)|^chào mừng đại hội(?![\p{L}\p{M}])[^\n.,:;]{0,80}nhiệm kỳ[^\n.,:;]{0,20}$|^tin\s+(?:tức|nổi bật|hoạt động|mới|mới nhất|vắn|trong nước|địa phương)(?![\p{L}\p{M}])(?:\s+(?!về(?![\p{L}\p{M}]))\S+){0,3}\s*$|^\s*(?:(?:trang|cổng)\s+(?:thông\s+)?tin(?:\s+điện\s+tử)?|báo\s+điện\s+tử|tạp\s+chí\s+điện\s+tử|(?:chuyên\s+mục|danh\s+mục|bạn\s+đang\s+ở|bạn\s+đang\s+xem|vị\s+trí)\s*:)(?![\p{L}\p{M}])/iu;

/**
 * A line that is only a body's name, the site's owner over its pages: `UBND
 * Xã Sơn Mùa`, `ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM`, `ĐẢNG ỦY PHƯỜNG TÂN MAI`:
 * `Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị`:
 * the body's word, then names in capitals (counterexamples: `UBND xã Sơn
 * Mùa ra quân làm đường` is a headline: a lower-case word after the name; a
 * headline in capitals may open with a place, `HUYỆN ĐỨC TRỌNG ĐẨY MẠNH …`,
 * so a place's word alone opens no body's name). Each word reads one way
 * only (lower case from the list, or capitalised), so a line that fails is
 * given up in linear time: `UBND Xã Xã Xã … x` once took seconds.
 */
export const BODY_NAME_LINE = new RegExp(
  String.raw`^(?:UBND|HĐND|ỦY BAN|UỶ BAN|Ủy ban|Uỷ ban|ĐẢNG ỦY|ĐẢNG UỶ|Đảng ủy|Đảng uỷ|ĐẢNG BỘ|Đảng bộ|HUYỆN ỦY|HUYỆN UỶ|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|QUẬN ỦY|QUẬN UỶ|THỊ ỦY|THỊ UỶ|MẶT TRẬN|BAN TUYÊN GIÁO|Ban Tuyên giáo|BAN DÂN VẬN|Ban Dân vận)(?:[ ](?:nhân|dân|xã|phường|thị|trấn|huyện|quận|tỉnh|thành|phố|và|vận|giáo|ủy|uỷ|[-–]|\p{Lu}[\p{L}\p{M}]*|\d{1,2})(?![\p{L}\p{M}\p{N}]))*$` +
    // the district and city under it, in capitals: `QUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH`
    String.raw`|^(?:QUẬN|HUYỆN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)[ ][^\p{Ll}\n]{1,40}[ ][-–][ ](?:TỈNH|THÀNH PHỐ|TP\.?)[ ][^\p{Ll}\n]+$`,
  "u",
);

/**
 * A short line that is a date stamp: `Thứ hai - 10/06/2024 06:03`, `Cập nhật: …`, `15-05-2022 10:48`,
 * `Thứ tư, ngày 19 tháng 11 năm 2025`, `Đăng lúc: 09:12, 21/12/2023`, `Cập nhật lúc 14:22 ngày 20/10/2023`,
 * `Ngày đăng: 2023-11-18 09:45:00` (the year first, as a CMS stores it), `| 29-12-2015 | 08:40:09`, `(Cập nhật:
 * 11/02/2025 14:32)`, and fields after bars: `Đăng ngày: 12/07/2024 | Người đăng: Minh Châu | Lượt xem: 2.407`;
 * a section's name first, before a time and a bar or a comma (`THỜI SỰ | 15:42 | 24/07/2024`, `Thời sự - 15:50, 17/11/2024`; `Văn Hóa - Thể Thao | 10/03/2022` is
 * a site's sections beside the stamp, not a writer's name before a stamp); months in words as WordPress prints
 * them (`Đăng ngày: 20 Tháng Mười Hai, 2024 bởi …`, `Tháng Mười Hai 20, 2024`);
 * a page store's ` date 2025-12-31` or ` date 2020-01` (segment splits it off the first line); fields after wide spaces
 * (`Cập nhật: 08:30 ngày 26/06/2024    Lượt xem: 1.208    [In trang]`, a counter first too, `Lượt xem: 1.208    Cập
 * nhật: 26/06/2024`; a paragraph never spaces its words so).
 */
export const DATE_LINE =
  new RegExp(
  String.raw`^(?:date\s+\d{4}-\d{1,2}(?:-\d{1,2})?\s*$)|^(?:[•·\-*|(]\s*)?(?:(?:lượt xem|lượt đọc|số lần xem|lượt truy cập)\s*:\s*[\d.,]+[ \t]{2,})?(?:\p{L}+(?:\s\p{L}+){0,2}\s*[|–-]\s*(?=\d{1,2}[:h]\d{2}\s*[|,])|(?:tin tức|thời sự|tin hoạt động)\s*\|\s*(?=\d))?(?:(?:cập nhật(?: lúc| ngày)?|ngày cập nhật|ngày đăng|đăng ngày|đăng lúc|ngày xuất bản|xuất bản(?: ngày| lúc)?|thời gian đăng|ngày|publish(?:ed)? date|posted(?: on)?|đăng bởi\s*:?\s*[^\n|:]{2,40}\|\s*|thời gian)\s*:?\s*)?(?:\d{1,2}[:h]\d{2}(?::\d{2})?'?\s*[,|-]?\s*)?(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|t[2-7]|cn)\s*[,-]?\s*)?(?:(?:ngày\s+)?\d{1,2}(?:[/.-]\d{1,2}[/.-]\d{2,4}|\s+tháng\s+\d{1,2}\s*(?:năm|,|\/)\s*\d{4}|\s+tháng\s+(?:mười một|mười hai|giêng|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|chạp)\s*(?:năm|,)?\s*\d{4})|\d{4}-\d{1,2}-\d{1,2}(?!\d)|tháng\s+(?:mười một|mười hai|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d{1,2})\s+\d{1,2},\s*\d{4})(?:[^\n|]{0,40}(?:\|[^\n|]{0,40}){0,4}|[^\n|]{0,20}(?:\s[-–]\s(?:người đăng|tác giả|người viết|lượt xem|lượt đọc|số lần xem|lượt truy cập)\s*:[^\n|]{0,40}){1,4}|[^\n|]{0,20}(?:[ \t]{2,}\[?(?:người đăng|tác giả|người viết|lượt xem|lượt đọc|số lần xem|lượt truy cập|in trang|in bài|gửi email|gửi bài|chia sẻ|bình luận)(?![\p{L}\p{M}])[^\n|]{0,30}){1,4})$` +
    // a section's name, a bar, the date and its time only: `Thể thao | 12/06/2025 20:15 GMT+7` (a headline after the date,
    // `Giáo dục | 15/8/2024 sẽ khai giảng …`, is a related story's)
    String.raw`|^(?:thể thao|văn hóa|văn hoá|xã hội|kinh tế|chính trị|giáo dục|y tế|pháp luật|quốc phòng|an ninh|đời sống|du lịch|nông nghiệp|môi trường|thế giới|trong nước|sự kiện|khoa học|công nghệ)\s*\|\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[|,-]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?(?:\s*\(?gmt\s*[+-]\s*\d{1,2}\)?)?\s*$` +
    // a stamp with no year, after its label or a weekday: `Cập nhật: 10/7 08:15`, `Thứ Hai, 17/6 - 10:12` (no date is published)
    String.raw`|^(?:[•·\-*|(]\s*)?(?:(?:cập nhật(?: lúc| ngày)?|ngày cập nhật|ngày đăng|đăng ngày|đăng lúc|thời gian đăng)\s*:?\s*(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)\s*[,-]?\s*)?|(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)\s*[,-]\s*)\d{1,2}\/\d{1,2}(?:\s*[,|-]?\s*\d{1,2}[:h]\d{2})?\s*$`,
  "iu",
);
