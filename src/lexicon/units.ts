/**
 * What a number can measure: currencies, measure units, spans of time and
 * the nouns that are counted. Words are in folded form (lower case,
 * new-style tone placement: `hóa`, `ủy`), the form patterns run on.
 */
import type { FigureKind } from "../schema.js";

export interface UnitEntry {
  /** surface forms, folded */
  forms: string[];
  kind: FigureKind;
  /** the unit written to the record (the scorer's and the spreadsheet's canonical spelling) */
  unit: string;
  /** multiply the written value by this (none of the measures convert: `value` is as written) */
  factor?: number;
}

/**
 * Currencies. `đồng` is money only when no noun continues it: `25 đồng chí`
 * are 25 comrades, `đồng bào` compatriots (see NOT_MONEY_AFTER_DONG).
 */
export const CURRENCIES: UnitEntry[] = [
  { forms: ["đồng", "vnđ", "vnd", "đ"], kind: "money", unit: "VND" },
  // `50 trđ`, `50 tr.đ`: triệu đồng in shorthand, scale and currency in one
  { forms: ["trđ", "tr.đ", "tr.đồng", "tr đồng", "tr. đồng"], kind: "money", unit: "VND", factor: 1e6 },
  { forms: ["usd", "đô la mỹ", "đô-la mỹ", "đô la", "đô-la", "đôla", "đô"], kind: "money", unit: "USD" },
  { forms: ["euro", "eur"], kind: "money", unit: "EUR" },
  // the yuan, as border trade writes it: `2,5 triệu nhân dân tệ`, `350.000 NDT` (not `tệ` alone: `3 tệ nạn xã hội`)
  { forms: ["nhân dân tệ", "ndt", "cny"], kind: "money", unit: "CNY" },
  // the wages labour export quotes: `160.000 yên/tháng`, `2 triệu won`, `27.470 Đài tệ` (money.ts keeps `yên` to the
  // currency: not a place's name, `thôn 5 Yên Lạc`, nor `yên tâm`)
  { forms: ["yên nhật", "yên", "yen", "jpy"], kind: "money", unit: "JPY" },
  { forms: ["won", "krw"], kind: "money", unit: "KRW" },
  { forms: ["tân đài tệ", "đài tệ", "twd"], kind: "money", unit: "TWD" },
  { forms: ["ringgit"], kind: "money", unit: "MYR" },
  // (money.ts keeps `bảng Anh` to the pound: not a board's, `3 bảng Anh ngữ`, `bảng anh hùng liệt sĩ`)
  { forms: ["bảng anh"], kind: "money", unit: "GBP" },
];
/** Nouns after a scale word that make it money: `36,8 tỷ vốn đầu tư`, `2 tỷ tiền mặt`. */
/**
 * Money's words a table's heading or caption names its numbers by: disbursed, outstanding loans, funds, the budget. Each
 * table rule adds its own (table.ts): `vốn`, a fund, is money in a heading but a count in `Đã vay vốn`.
 */
export const MONEY_HEADING_WORDS = ["giải ngân", "dư nợ", "kinh phí", "ngân sách"];
// (and fees and taxes: `thu được hơn 96 triệu phí sử dụng vỉa hè`, `nộp 2 tỷ thuế`)
export const MONEY_NOUNS = ["vốn", "tiền", "kinh phí", "ngân sách", "tiền mặt", "đồng vốn", "dư nợ", "doanh thu", "lợi nhuận", "phí", "lệ phí", "thuế"];
// (and `đô thị`, towns, after the dollar's short form: `3 đô thị hoàn thành …`)
export const NOT_MONEY_AFTER_DONG = ["chí", "bào", "thời", "ý", "bộ", "nghiệp", "ruộng", "lúa", "đội", "tâm", "hành", "đều", "loạt", "tình", "minh", "hồ", "dao", "ca", "phục", "hương", "cảm", "thuận", "khởi", "môn", "thị"];

/** Measures: `value` stays as written, `unit` is the canonical spelling. */
export const MEASURES: UnitEntry[] = [
  { forms: ["ha", "héc-ta", "hécta", "héc ta", "hecta"], kind: "area", unit: "ha" },
  { forms: ["km2", "km²", "ki-lô-mét vuông", "kilômét vuông", "cây số vuông", "km vuông"], kind: "area", unit: "km2" },
  { forms: ["m2", "m²", "mét vuông", "m vuông"], kind: "area", unit: "m2" },
  { forms: ["km", "ki-lô-mét", "kilômét", "kilomet", "cây số"], kind: "length", unit: "km" },
  { forms: ["m", "mét"], kind: "length", unit: "m" },
  { forms: ["cm", "xen-ti-mét", "centimét"], kind: "length", unit: "cm" },
  { forms: ["mm", "mi-li-mét", "milimét"], kind: "length", unit: "mm" },
  // nautical miles, as sea news gives distances from the shore (`cách bờ 45 hải lý`)
  { forms: ["hải lý"], kind: "length", unit: "hải lý" },
  { forms: ["tấn"], kind: "mass", unit: "tấn" },
  { forms: ["gam", "gram", "g"], kind: "mass", unit: "g" },
  { forms: ["mg", "miligam", "mi-li-gam"], kind: "mass", unit: "mg" },
  // an air's fine dust by its microgram: `185,6 µg/m3` (never a count of `µg`)
  { forms: ["µg", "μg", "microgam"], kind: "mass", unit: "µg" },
  { forms: ["tạ"], kind: "mass", unit: "tạ" },
  { forms: ["yến"], kind: "mass", unit: "yến" },
  // not `cân`: in reports it is mostly a scale (`01 cân tiểu ly`, `cân điện tử`), seldom a kilogram
  { forms: ["kg", "ki-lô-gam", "kilôgam", "kilogam"], kind: "mass", unit: "kg" },
  // `khối` alone is how works and water plants say cubic metres (`đào 12.000 khối đất`); measure.ts takes it only
  // before a material or a basis (`3 khối thi`, `khối 10` are no volume)
  { forms: ["m3", "m³", "mét khối", "khối"], kind: "volume", unit: "m3" },
  { forms: ["lít"], kind: "volume", unit: "lít" },
  { forms: ["ml", "mi-li-lít", "mililít"], kind: "volume", unit: "ml" },
];

/** Spans of time. `năm` after a number is "years"; before one (`năm 2023`) it names a year. */
export const DURATIONS: UnitEntry[] = [
  { forms: ["năm"], kind: "duration", unit: "năm" },
  { forms: ["tháng"], kind: "duration", unit: "tháng" },
  { forms: ["tuần"], kind: "duration", unit: "tuần" },
  { forms: ["ngày"], kind: "duration", unit: "ngày" },
  { forms: ["giờ"], kind: "duration", unit: "giờ" },
  // hours as they are said, the unit as written: `chưa đầy 10 tiếng đồng hồ`, `3 tiếng`
  { forms: ["tiếng đồng hồ", "tiếng"], kind: "duration", unit: "tiếng" },
  { forms: ["phút"], kind: "duration", unit: "phút" },
  // a race's time and a short wait: `16 phút 42 giây`, `chỉ sau 30 giây` (never a count of `giây`)
  { forms: ["giây"], kind: "duration", unit: "giây" },
];

/**
 * Counted nouns that span several syllables, so the record's unit is the
 * whole head noun (`nhà văn hóa`, not `nhà`). Longest match wins. A noun
 * missing here is still found (the first syllables after the number);
 * this list decides where the head noun ends, and which nouns a number WORD
 * (`hai nội dung`) may count.
 */
/** A family counted by its bond: `hai vợ chồng`, `ba mẹ con`, `năm anh chị em` (a year before one is when: `Đến 2015 vợ chồng …`). */
export const FAMILY_BONDS = ["vợ chồng", "mẹ con", "bố con", "cha con", "anh em", "chị em", "anh chị em", "ông cháu", "bà cháu", "chú cháu", "cô cháu", "dì cháu", "cậu cháu"];

export const COUNT_NOUNS = [
  // party and state organisation
  "đảng viên", "đảng viên mới", "chi bộ", "đảng bộ", "chi, đảng bộ", "tổ chức cơ sở đảng", "tổ chức đảng", "cấp ủy", "cấp ủy viên",
  // a committee's members, not the committee's place: `2 huyện ủy viên` (counterexample to `2 huyện`)
  "huyện ủy viên", "tỉnh ủy viên", "thành ủy viên", "quận ủy viên", "thị ủy viên", "đảng ủy viên", "chi ủy viên",
  "ủy viên", "đại biểu", "cán bộ", "công chức", "viên chức", "cán bộ, công chức", "người lao động", "lao động", "hội viên", "đoàn viên",
  "thành viên", "quần chúng", "cử tri", "tổ chức", "cơ quan", "đơn vị", "doanh nghiệp", "hợp tác xã", "tổ hợp tác", "ban", "ngành",
  "đoàn thể", "tập thể", "cá nhân", "đồng chí", "đảng ủy", "ban chỉ đạo", "hội nghị", "cuộc", "cuộc họp", "cuộc kiểm tra", "cuộc giám sát",
  "đoàn kiểm tra", "văn bản", "nghị quyết", "chỉ thị", "kết luận", "kế hoạch", "quyết định", "chương trình", "đề án", "dự án", "công trình",
  "nhiệm vụ", "chỉ tiêu", "nội dung", "giải pháp", "tiêu chí", "mục tiêu", "chuyên đề", "lớp", "lớp học", "học viên", "buổi", "lượt",
  "lượt người", "lượt cán bộ", "ý kiến", "kiến nghị", "đơn", "đơn thư", "vụ", "vụ việc", "trường hợp", "đối tượng", "hồ sơ", "thủ tục",
  "thủ tục hành chính", "bằng khen", "giấy khen", "giấy chứng nhận", "giấy phép", "huy hiệu", "danh hiệu", "tập thể, cá nhân", "điển hình", "gương điển hình",
  "mô hình", "sáng kiến", "phong trào", "câu lạc bộ", "chi hội", "tổ", "nhóm",
  // the economy: `tạo 6.000 việc làm` (not `việc`), `93 chuỗi liên kết` (not `chuỗi liên`), `35 thanh thiếu niên`, `1000 khẩu trang`
  // the new countryside's models: `năm vườn mẫu` (a number word counts only nouns the lexicon knows)
  "vườn mẫu", "vườn", "khu dân cư kiểu mẫu", "khu dân cư nông thôn mới kiểu mẫu", "tuyến đường kiểu mẫu", "bể bơi", "sân chơi", "điểm sinh hoạt",
  // a woman's or a man's count: `6 nữ thanh niên` (not `nữ thanh`), `Hai nam thanh niên`
  "nữ đảng viên", "nữ thanh niên", "nữ cán bộ", "nữ hội viên", "nữ công nhân", "nữ chiến sĩ", "nữ đoàn viên", "nam thanh niên",
  // `X viên` is one noun: `1.150 đội viên` (not `đội`, a team), `1.250 cộng tác viên`
  "đội viên", "cộng tác viên", "tuyên truyền viên", "hướng dẫn viên", "kiểm soát viên", "điều tra viên", "kiểm sát viên", "huấn luyện viên", "vận động viên",
  "việc làm", "chỗ làm việc", "chuỗi liên kết", "chuỗi giá trị", "thanh thiếu niên", "khẩu trang", "cựu quân nhân", "đầu mối",
  // places and administrative units
  "tổ dân phố", "khu dân cư", "khu phố", "thôn", "xóm", "bản", "ấp", "làng", "khóm", "sóc", "buôn", "plei", "xã", "phường", "thị trấn", "huyện", "quận", "thị xã",
  "thành phố", "tỉnh", "xã, phường", "xã, phường, thị trấn", "thôn, bản", "thôn, tổ dân phố", "địa phương", "điểm", "điểm trường", "điểm cầu",
  // people and households
  "hộ", "hộ gia đình", "hộ dân", "hộ nghèo", "hộ cận nghèo", "hộ thoát nghèo", "gia đình", "gia đình hội viên", "gia đình văn hóa",
  "nhân khẩu", "khẩu", "người", "người dân", "người có công", "học sinh", "sinh viên", "trẻ em", "thanh niên", "phụ nữ", "nông dân",
  "cựu chiến binh", "bệnh nhân", "bệnh", "bệnh truyền nhiễm",
  // a farm's plot, counted (`4 sào ruộng`): its size is the region's (360 m2 in the North, 500 in the Centre), no area SPEC
  // converts
  "sào", "lao động nông thôn", "thí sinh", "giáo viên", "bác sĩ", "thương binh", "liệt sĩ", "gia đình chính sách",
  "người cao tuổi", "công nhân", "chiến sĩ", "tình nguyện viên", "thiếu nhi", "cháu thiếu nhi", "em thiếu nhi", "cháu", "em",
  // a child's classifier, the noun after it taken too (CLASSIFIERS): `hai đứa con`, `ba đứa cháu`
  "đứa",
  // a day of events counts them (`5 ngày hội việc làm`, not 5 days; `4 ngày hội chợ`, `2 ngày hội nghị` are spans)
  "ngày hội việc làm", "ngày hội đại đoàn kết", "ngày hội văn hóa", "ngày hội tuyển sinh", "ngày hội hiến máu", "ngày hội thể thao",
  ...FAMILY_BONDS, "y sĩ", "nữ hộ sinh", "máy thở", "máy in", "vắc xin", "điểm thi",
  // blood as drives count it, its unit a bag (not `đơn vị`, a unit of the organisation): `tiếp nhận 2.345 đơn vị máu`
  "đơn vị máu", "túi máu",
  // land by its plot (`hai thửa đất`, `ba mảnh vườn`; `thửa 123` after its word names the plot) and a trade (`ba mươi nghề`)
  "thửa đất", "thửa ruộng", "mảnh đất", "mảnh vườn", "mảnh ruộng", "nghề",
  // a hall's seats (`hội trường 250 chỗ ngồi`), a car park's places
  "chỗ ngồi", "chỗ đỗ xe",
  // public order's: addicts and users (not `người` alone), guesthouses, tip-offs, neighbourhood watch groups, syringes
  "người nghiện", "người sử dụng", "nhà nghỉ", "tin báo", "tổ liên gia", "tổ bảo vệ", "bơm kim tiêm",
  // the budget's and the forces' (`hai lực lượng`, `hai sắc thuế`, `năm khoản thu`)
  "lực lượng", "sắc thuế", "khoản thu", "nguồn thu", "phiên đấu giá",
  // an age stands alone: `trẻ em dưới 5 tuổi suy dinh dưỡng` counts `tuổi`, not `tuổi suy`
  "tuổi",
  // buildings and infrastructure
  "nhà", "căn", "nhà ở", "nhà văn hóa", "nhà đại đoàn kết", "nhà tình nghĩa", "nhà tình thương", "nhà nhân ái", "căn nhà", "ngôi nhà",
  "khung nhà lưới", "nhà lưới", "tuyến đường", "tuyến", "con đường", "cây cầu", "cầu", "trường", "trường học", "phòng học",
  "trạm y tế", "chợ", "công trình", "hạng mục", "cột đèn", "bóng đèn", "camera", "km đường", "tuyến kênh", "cống", "giếng",
  // things and animals
  "cây", "cây xanh", "con", "con giống", "cái", "chiếc", "bộ", "suất", "suất quà", "suất học bổng", "học bổng", "phần quà",
  // livestock: `35.000 con gia cầm` counts `con gia cầm` (not `con gia`), `1.200 con trâu, bò` both kinds
  "gia cầm", "gia súc", "trâu", "bò", "trâu, bò", "lợn", "heo", "lợn nái", "bò sữa", "gà", "vịt", "dê", "đàn ong", "tổ ong",
  "xuất quà", "sổ", "thẻ", "thẻ bảo hiểm y tế", "tài khoản", "sản phẩm", "sản phẩm ocop", "tin", "tin bài", "bài", "bài viết",
  "tác phẩm", "cuốn", "bản", "ấn phẩm", "pano", "băng rôn", "khẩu hiệu", "lần", "đợt", "kỳ", "tết", "ca", "liều", "mẫu", "chuyến", "vòng",
  "tiêu chuẩn", "tiêu chí nông thôn mới", "đội", "đội bóng", "chi đoàn", "gian hàng", "trang trại", "gia trại",
  // nouns that begin with a unit of time but count things: `2.000 ngày công` are work-days
  "ngày công", "tháng lương",
  "dự thảo", "khâu", "khâu đột phá", "vườn quốc gia", "khu bảo tồn", "cặp vợ chồng", "xe", "xe ô tô", "xe mô tô", "xe máy", "xe đạp", "xe đạp điện", "xe ba gác", "tàu", "tàu cá",
  // post (`đồng/bưu gửi`), a voters' meeting's place (`đồng/điểm tiếp xúc`)
  "bưu gửi", "bưu phẩm", "bưu kiện", "điểm tiếp xúc", "điểm tiếp xúc cử tri",
  // the sea's people and gear (`bị` alone is the passive's word: `95 thiết bị` is no `95 thiết`)
  "ngư dân", "chủ tàu", "thuyền viên", "thiết bị", "trang thiết bị",
  // a merged government's seats and offices, which a number word counts too: `hai trụ sở còn lại`, `ba đặc khu`
  // (not `biên chế`, a table's heading, `Biên chế giao`, over people counted in the unit above the table)
  "trụ sở", "đặc khu", "phòng chuyên môn", "văn phòng", "ủy ban", "sở", "lãnh đạo",
  // an inspection's teams, inspectors and findings, a report's difficulties, trains: `hai đoàn thanh tra`, `ba sai phạm`,
  // `hai khó khăn lớn`, `12 đoàn tàu` (not `kết quả`, a label's word: `Kết quả: 95,2` counts no results)
  "đoàn", "đoàn thanh tra", "thanh tra viên", "sai phạm", "vi phạm", "khó khăn", "đoàn tàu",
  // the press's and the loudspeakers' (`ba giải A`, `ba cụm loa`, `bốn đài truyền thanh`, `bảy báo cáo viên`), power and
  // telecoms' customers (`Số khách hàng sử dụng điện <TAB> 168.540`, `thuê bao`)
  "giải", "cụm loa", "đài truyền thanh", "báo cáo viên", "khách hàng", "thuê bao",
  // economy and the exam: `3 khu công nghiệp` (not `khu công`), `4 vùng kinh tế trọng điểm`, `Hai thủ khoa`
  "khu công nghiệp", "cụm công nghiệp", "khu kinh tế", "vùng kinh tế", "khu đô thị", "khu du lịch", "điểm du lịch", "nhà máy",
  "làng nghề", "cơ sở", "cơ sở sản xuất", "cơ sở kinh doanh", "cửa hàng", "thủ khoa", "á khoa",
  // the courts: `51 bị cáo`, `21 bị can` (`bị` alone is the passive: `12 người bị thương` counts `người`)
  "bị cáo", "bị can", "bị hại", "bị đơn", "nguyên đơn", "phạm nhân", "vụ án",
  // what classifiers count in police news, and nouns that stopped a word short: `55 viên ma túy` (not `viên ma`),
  // `1 chiếc ô tô`, `2 khẩu súng`, `25 tuyến phố`, `4 kỳ đại hội`
  "ma túy", "hồng phiến", "ô tô", "khẩu súng", "súng", "tuyến phố", "kỳ đại hội", "túi", "gói", "gói thầu", "viên",
  "chi ủy", "chiến dịch", "đội hình", "thanh thiếu nhi", "clb", "đoàn công tác", "ứng cử viên", "nước", "tuyến hẻm", "chung cư",
  // nouns whose second syllable reads as a verb, so a guess stopped short: `chủ đầu tư` (not `chủ`), `trạm biến áp`
  // (not `trạm biến`), `khu tái định cư`, `phiên giao dịch`; and what a number word counts: `ba đột phá`, `ba trụ cột`
  "chủ đầu tư", "nhà đầu tư", "phiên giao dịch", "trạm biến áp", "máy biến áp", "đột phá", "trụ cột", "lô đất",
  "môn", "môn thi", "bài thi", "tiệm", "quầy", "bảng", "bảng tin", "trận", "trận đấu", "trận lũ", "trận mưa",
  // nouns opening with a word that opens none (`hiện`, `đầu`): `1.500 hiện vật`, `30 đầu bếp` (`4 thế hệ` cùng chung
  // sống is how a household lives: no count, in the not-figures corpus)
  "hiện vật", "đầu bếp", "mũi", "mũi tiêm",
  // a guess stopped short or ran on: `1.512 mộ liệt sĩ` (not `mộ liệt`), `8 trẻ mồ côi`, `1.650 chuyến bay/tháng`
  "mộ", "mộ liệt sĩ", "hài cốt", "hài cốt liệt sĩ", "trẻ", "trẻ mồ côi", "máy tính", "máy tính bảng", "chuyến bay",
  // callings and groups that a short guess cut (`45 nhà giáo`, not `nhà`; `30 y bác sĩ`, not `y bác`), and what police,
  // unions and libraries count (`hai nạn nhân`, `46 công đoàn cơ sở`, `25.000 đầu sách`, `9 chốt kiểm dịch`)
  "nhà giáo", "nhà khoa học", "nhà tài trợ", "nhà hảo tâm", "nhà báo", "y bác sĩ", "y, bác sĩ", "nạn nhân", "tài xế", "nghi phạm",
  "công đoàn", "công đoàn cơ sở", "cđcs", "công đoàn viên", "đầu sách", "đầu báo", "đầu việc", "công dân", "lượt công dân", "lượt tiếp cận", "phiếu", "phiếu tín nhiệm", "phiếu bầu", "chốt", "chốt kiểm dịch", "chốt kiểm soát", "điện thoại", "mã số vùng trồng",
  // health care, where a number word counts only a known noun (`hai bệnh viện`, `ba ổ dịch`, `chia thành hai mức`; not
// `khoa`, as often a student's faculty, `sinh viên năm hai khoa Luật`, or `khoa học`) and a
  // classifier's guess stopped short (`2 triệu lượt nội trú`, not `lượt nội`; `36.735 lượt phương tiện`)
  "bệnh viện", "ổ dịch", "giường", "giường bệnh", "khoa phòng", "mức", "mức lương", "mức lương cơ sở", "mức lương tối thiểu", "trung tâm", "phòng khám", "cơ sở y tế",
  "lượt khám", "lượt khám chữa bệnh", "lượt khám bệnh", "lượt nội trú", "lượt điều trị", "lượt điều trị nội trú",
  "phương tiện", "bạn đọc", "tổ công tác", "chư tăng", "tăng ni", "phật tử", "tín đồ", "cột mốc", "mốc quốc giới",
  "dược sĩ", "điều dưỡng", "kỹ thuật viên", "nhân viên", "nhân viên y tế", "người bệnh", "chức năng",
  // what a number word counts in military and cultural news (`qua ba giai đoạn`, `hai phương án`, `ba trung đội`,
  // `hai ca khúc`), and heads a guess ran past (`45 VĐV tiêu biểu`, not `vđv tiêu`; `52 homestay tập trung`)
  "giai đoạn", "tình huống", "phương án", "trung đội", "tiểu đội", "đại đội", "tân binh", "ca khúc", "nhà hàng", "khách sạn",
  "homestay", "vđv", "hlv", "tiếng dân tộc", "việc", "việc thi hành án", "tiểu dự án", "dự án thành phần", "kcn", "ccn", "kkt", "phó chủ tịch", "phó bí thư", "phó giám đốc", "phiên", "phiên họp", "phiên tòa", "phiên toà", "phiên bản", "lợi thế", "lứa",
  // guest-nights, no span (`12.500 ngày khách`); the elderly by their word (`27 cụ`, `Số NCT`)
  "ngày khách", "lượt ngày khách", "cụ", "nct",
  // a certificate to a martyr's family: `cấp mới 284 bằng Tổ quốc ghi công` (`bằng` alone is "by" or "equal to")
  "bằng tổ quốc ghi công",
  // what a number word counts in banks', waterworks', religions', justice's, culture's and roads' news (`hai chi nhánh`,
  // `ba hồ chứa`, `hai tổ máy`, `ba tôn giáo`, `hai linh mục`, `mười hòa giải viên`, `ba di tích`, `hai trụ tháp`), and
  // nouns a two-word guess cut (`trợ giúp viên`, not `trợ`; `tổ hòa giải`, not `tổ`; `3.500 mũ bảo hiểm`, not `mũ bảo`;
  // `37 cặp tảo hôn`, not `cặp tảo`; a table's unit cell `Cặp` under marriages)
  "chi nhánh", "phòng giao dịch", "hồ chứa", "trạm bơm", "tổ máy", "tôn giáo", "linh mục", "tu sĩ", "chức sắc", "chức việc",
  "điểm nhóm", "cơ sở thờ tự", "giáo xứ", "giáo họ", "nhà thờ", "chùa", "hòa giải viên", "tổ hòa giải", "trợ giúp viên",
  "trợ giúp viên pháp lý", "di tích", "lễ hội", "thư viện", "danh thắng", "dân tộc", "dân tộc thiểu số", "mũ bảo hiểm",
  "đèn tín hiệu", "biển báo", "điểm đen", "bản sao", "tổ công nghệ số", "tổ công nghệ số cộng đồng", "trụ tháp", "cặp",
  // trade's and science's (`hai cửa khẩu quốc tế`, `tờ khai`, `8 bằng độc quyền sáng chế`, `2 chỉ dẫn địa lý`, `5 không gian
  // làm việc chung`, whose first words open none: `bằng`, `chỉ`, `không`), and a rate's bases (`50 triệu đồng/chuyên án`,
  // `2 tỷ đồng/hợp đồng`, `đồng/đề tài`)
  "cửa khẩu", "container", "lô hàng", "tờ khai", "mặt hàng", "thị trường", "hợp đồng", "bằng độc quyền", "văn bằng",
  "văn bằng bảo hộ", "chỉ dẫn địa lý", "nhãn hiệu", "sáng chế", "đơn đăng ký", "đề tài", "giải thưởng", "tấm gương",
  "chuyên án", "bản án", "không gian", "bạn trẻ",
  // industry's and crafts' (`hai cụm đã lấp đầy`, `hai xưởng`, `ba lò gạch`)
  "cụm", "cụm xã", "cụm thi đua", "cụm dân cư", "xưởng", "nhà xưởng", "lò gạch", "lò nung", "lò đốt", "lò sấy",
  // the environment's and health's works (`27 bãi chôn lấp`, not `bãi chôn`; `16 trạm quan trắc`; `hai khu xử lý`; `Số trạm
  // giảm từ 35 xuống còn 32 trạm`)
  "bãi chôn lấp", "bãi rác", "trạm quan trắc", "trạm trung chuyển", "khu xử lý", "nhà máy xử lý", "trạm xử lý", "trạm",
  "ký túc xá", "góp ý", "chữ ký", "chữ ký số", "thư ký", "huy chương", "huy chương vàng", "huy chương bạc", "huy chương đồng", "biểu hiện", "hiện tượng", "tồn tại", "hạn chế", "khu tái định cư", "điểm tái định cư",
  // a house's bays and rooms, a school's meals and rooms (`căn nhà 3 gian`, `ba bữa ăn`, `22 phòng ở`, `nhà ăn`, `nhà tắm`)
  // (not `bữa` alone, also the south's day: `Hai bữa trước`, `Cách đây ba bữa`)
  "gian", "bữa ăn", "bữa chính", "bữa phụ", "bữa cơm", "bữa sáng", "bữa trưa", "bữa tối", "phòng ở", "nhà ăn", "nhà tắm",
  // weather's, transport's and border gates' (`ba cơn bão`, `2 ra đa`, `hai bến container`, `412 đầu xe`, `25 đầu kéo`,
  // `hai bãi đỗ xe`, `hai luồng kiểm hóa`, `hai cự ly`)
  "cơn bão", "ra đa", "bến container", "bến xe", "cầu cảng", "đầu xe", "đầu kéo", "bãi đỗ xe", "luồng", "khu kiểm dịch", "cự ly",
  // what a meeting discusses and holds (`ba vấn đề lớn`, `hai sự kiện`)
  "vấn đề", "sự kiện", "giả thuyết", "giả thiết", "giả định",
  // heritage's, which a number word counts too: `ba vị thần`, `bốn pho tượng`, `hai bảo vật quốc gia`, `ba nghệ nhân ưu tú`,
  // `ba ngôi đền`, `hai bức tượng` (not the classifier alone: `hai bức xúc` is indignation, `ba ngôi sao` no shrine)
  "vị thần", "pho tượng", "tượng", "bảo vật", "bảo vật quốc gia", "nghệ nhân", "nghệ nhân ưu tú", "nghệ nhân nhân dân",
  "di sản", "bảo tàng", "tượng đài", "ngôi đền", "ngôi đình", "ngôi chùa", "ngôi miếu", "ngôi mộ", "ngôi trường",
  "bức tượng", "bức tranh", "bức ảnh", "bức phù điêu", "bức hoành phi", "bức thư", "bức tường", "bức chạm", "bức chạm khắc",
];

/**
 * Words after a number that make it no count, though they open with a
 * counted noun: a page's counters (`366 Lượt xem`, `4 bình luận`) and
 * `lần lượt` ("respectively": `xếp thứ 4 và 5 lần lượt là …`).
 */
export const NOT_COUNTED = [
  "lượt xem", "lượt truy cập", "lượt đọc", "lượt thích", "lượt chia sẻ", "bình luận", "lần lượt",
  // `3 cụ thể là …` is "specifically", no elders (`cho 117 cụ thể hiện sự tri ân` counts them)
  "cụ thể là", "cụ thể như", "cụ thể gồm",
  // days as idioms: `Năm bữa nay trời mưa`, `năm bữa nửa tháng` (`hai bữa chính` counts meals)
  "bữa nay", "bữa nửa tháng",
  // verbs opening with a prize's `giải`: `đến 30/9 giải ngân hết vốn` (no ratio of prizes; not `giải thể`, which
  // `7 giải thể thao` opens)
  "giải ngân", "giải quyết", "giải phóng", "giải trình", "giải tỏa", "giải cứu", "giải đáp", "giải thích", "giải tán", "giải phẫu",
  // electrical units, no kind of figure here (`đường điện 110 kV`, `công suất 50 MW`): no count of `kv`
  "kv", "kva", "kw", "kwh", "mw", "mwh", "mwp", "gw", "gwh", "v", "w", "mva", "mvar", "kvar", "twh", "kwp", "gwp", "mwac", "mwdc",
  // a download's size (`(1,2 MB)`), a connection's speed
  "kb", "mb", "gb", "tb", "kbps", "mbps", "gbps",
];

/**
 * Classifiers that take the noun after them into the unit: `1,2 triệu lượt
 * khách` counts `lượt khách`, `20 con bò` counts `con bò`.
 */
// (`đứa`, a child's: `hai đứa con`, `ba đứa cháu`)
export const CLASSIFIERS = ["lượt", "con", "chiếc", "cái", "căn", "ngôi", "cuốn", "suất", "xuất", "phần", "bộ", "tấm", "bức", "viên", "đứa"];

/**
 * Nouns that name an identifier when a number FOLLOWS them: `Tổ 10`,
 * `khu tái định cư 2`, `tổ dân phố số 5`, `lần thứ 3`, `Điều 5`, `Km 5`.
 * A number after one of these is a label, not an amount. (Counterexample:
 * `10 tổ` counts tổ; only the order `tổ 10` labels one.)
 */
export const IDENTIFIER_NOUNS = [
  "số", "thứ", "lần thứ", "tổ", "tổ dân phố", "tổ dân cư", "khu dân cư", "kênh", "khu", "khu phố", "khối", "thôn", "xóm", "bản", "ấp", "làng", "đội", "chi bộ", "chi hội",
  "phường", "quận", "huyện", "khóa", "nhiệm kỳ", "điều", "khoản", "mục", "chương", "phần", "câu", "tập", "kỳ", "đợt", "giai đoạn",
  "phòng", "tầng", "lô", "thửa", "tờ", "đường", "quốc lộ", "tỉnh lộ", "km", "dự án", "tiểu dự án", "chương trình", "đề án", "hạng",
  "top", "lớp", "trường", "khu tái định cư", "tái định cư", "điểm tái định cư", "ô", "căn hộ", "nhà", "hẻm", "ngõ", "ngách", "kiệt",
  "tiểu khu", "vùng", "cụm", "cụm công nghiệp", "khu công nghiệp", "khối phố", "cụm dân cư", "cổng", "bến", "bảng", "biểu", "phụ lục",
  // villages of the Mekong delta and the Highlands: `Khóm 1`, `Sóc 3`, `Buôn 2`, `Plei 1`
  "khóm", "sóc", "buôn", "bon", "plei",
  // document types: `Chỉ thị 05`, `Nghị quyết Trung ương 4` are references (but see DOCUMENT_LABELS)
  "nghị quyết", "chỉ thị", "kết luận", "kế hoạch", "quyết định", "nghị định", "thông tư", "thông báo", "hướng dẫn", "công văn",
  "quy định", "quy chế", "báo cáo", "tờ trình", "trung ương", "hội nghị trung ương", "hội nghị tw", "hội nghị tư",
  "mức độ", "cấp độ", "tuần", "quý", "đường tỉnh", "đường huyện", "vành đai", "đường vành đai", "huyện lộ", "covid", "sư đoàn", "trung đoàn", "tiểu đoàn", "quân khu", "quân đoàn", "mã",
  // a national target programme's number (`Chương trình MTQG 1719 năm 2024`), units numbered as their names
  // (`Lữ đoàn 147 Hải quân`, `Bệnh viện 108`)
  "mtqg", "mục tiêu quốc gia",
  "lữ đoàn", "hải đoàn", "binh đoàn", "bệnh viện",
  // ordinals and ranks: `Hội nghị lần 3`, `giải Ba cá nhân` (counterexample: `3 lần` counts; only `lần 3` ranks)
  "lần", "giải",
  // a dose's number: `tiêm mũi 2 vắc xin sởi`, `liều 3` (counterexample: `tiêm đủ 3 mũi` counts)
  "mũi", "liều",
  // a grade of disability: `thương binh 2/4`, `bệnh binh 1/3` (no ratio)
  "thương binh", "bệnh binh",
  // an exercise or an article of a series (`bắn bài 1`, `Bài 2: …`)
  "bài",
  // a part of a project, a contract's lot, a ranking (`Dự án thành phần 1 cao tốc`, `gói thầu 3 tuyến`, `tốp 5 huyện`)
  "dự án thành phần", "gói thầu", "tốp",
  // a wind's grade (`Bão số 5 giật cấp 12 hướng vào Quảng Ninh`; `3 cấp` counts levels, `cấp 120 giấy` issues papers)
  "giật cấp", "gió cấp", "mạnh cấp", "gió mạnh cấp",
];

/**
 * Nouns whose number is a score or an age, never a count of them in a form's
 * field or a table's column: `Điểm: 8`, `Tuổi: 45`, a column headed `Điểm`.
 */
export const SCORE_AND_AGE_NOUNS = ["điểm", "tuổi"];

/**
 * Labels above that are also words for a plan, a rule or a report, which a
 * measure can follow: `theo quy định 15 ngày làm việc`, `kế hoạch 3 tháng
 * cuối năm`, `Báo cáo 6 tháng đầu năm`, `quy định 5 nội dung`. Before a span
 * of time or a known counted noun they do not label the number
 * (counterexample: `Chỉ thị 05 sát với thực tế` labels it: no known noun follows).
 */
export const DOCUMENT_LABELS: ReadonlySet<string> = new Set([
  "nghị quyết", "chỉ thị", "kết luận", "kế hoạch", "quyết định", "nghị định", "thông tư", "thông báo", "hướng dẫn", "công văn",
  "quy định", "quy chế", "báo cáo", "tờ trình", "chương trình", "đề án", "dự án",
  // a term or a stage, measured: `Nhiệm kỳ 5 năm qua`, `giai đoạn 10 năm`
  "nhiệm kỳ", "giai đoạn",
]);

/**
 * Labels that name a programme, a unit or those the state honours, which a measure or a counted noun can follow as
 * DOCUMENT_LABELS can: `các Chương trình MTQG 6 tháng đầu năm`, `tuyến bệnh viện 12.500 lượt`, `thương binh 45 người`
 * (counterexamples: `Chương trình MTQG 1719 năm 2024` is no span of 1719 years, `Lữ đoàn 147 Hải quân` no count).
 */
export const MEASURED_AFTER_LABELS: ReadonlySet<string> = new Set([
  ...DOCUMENT_LABELS, "mtqg", "mục tiêu quốc gia", "bệnh viện", "lữ đoàn", "hải đoàn", "binh đoàn", "thương binh", "bệnh binh",
  // zones counted in lower case, then a period (`của các khu công nghiệp 6 tháng đầu năm`)
  "khu công nghiệp", "cụm công nghiệp", "khu kinh tế",
  // a school's size: `xây mới trường 30 phòng học` (counterexample: `Trường 30 học sinh …` in capitals names the school)
  "trường",
]);

/**
 * Compounds whose second syllable is a label noun above: `kỷ luật 9 đảng
 * viên` disciplines nine members (not "law 9"), `cơ bản 5 tuyến` is "basically
 * five routes" (not "village 5"), `cùng kỳ 3 năm` …
 */
/**
 * A report's verbs that open a list's item or a table's row before the noun they acted on: `Kết nạp đảng viên mới: 85`,
 * `Kỷ luật đảng viên | 31`, `Chuyển đảng viên chính thức | 250`.
 */
export const REPORT_VERBS = ["kết nạp", "kỷ luật", "khen thưởng", "xử lý", "tiếp nhận", "chuyển", "xóa", "thành lập", "kiện toàn", "giải thể", "tặng", "trao"];
/** Verbs of events, a plan's row counting the events themselves, never who attends: `Tập huấn kỹ thuật cho nông dân | 8 | 10`. */
export const EVENT_VERBS = ["tập huấn", "bồi dưỡng", "tuyên truyền", "tổ chức", "kiểm tra", "khám", "khám bệnh", "thăm", "thăm hỏi", "tư vấn"];
/**
 * A plan's verbs opening a row's label, before what they act on or, after `cho`, who gains: `Giải quyết việc làm cho lao
 * động`, `Giới thiệu đoàn viên ưu tú cho Đảng`.
 */
export const PLAN_VERBS = [
  ...EVENT_VERBS,
  "giới thiệu việc làm", "giải quyết", "giới thiệu", "phát triển", "tuyển dụng", "hoà giải", "hòa giải", "nâng cấp", "sửa chữa",
  "vận động", "xây dựng", "cho vay", "cấp mới", "cấp đổi", "làm mới", "đào tạo", "hỗ trợ", "tuyển", "cấp", "đưa",
];
/** Deeds done to a thing, opening a row's label before it: `Trồng cây xanh`, `Tiêm vắc xin`, `Trao nhà đại đoàn kết`. */
export const DEED_VERBS = ["trồng", "nuôi", "xây", "làm", "mua", "sắm", "lắp", "đào", "sửa", "cấp", "hỗ trợ", "trao", "tặng", "phát", "thu", "bán", "tiêm", "kiểm tra"];

export const NOT_LABEL_COMPOUNDS = [
  // verbs and adjectives ending in a label's syllable: `phát biểu 6 ý kiến`, `hòa giải 15 vụ việc`
  "phát biểu", "đại biểu", "tiêu biểu", "hòa giải", "hoà giải", "lý giải", "phân giải",
  // (`diễn tập 35 đồng chí`, `lực lượng dân phòng 185 người`, `vắc xin phòng 11 bệnh`: to drill, the fire guard, to prevent)
  "diễn tập", "thực tập", "biên tập", "sưu tập", "tuyển tập", "dân phòng", "vắc xin phòng", "vaccine phòng", "thuốc phòng",
  "kỷ luật", "pháp luật", "cơ bản", "văn bản", "kịch bản", "phiên bản", "thời kỳ", "cùng kỳ", "định kỳ", "học kỳ", "chu kỳ",
  "danh mục", "hạng mục", "tiết mục", "chuyên mục", "biên bản", "góp phần", "thành phần", "cổ phần", "văn phòng", "quốc phòng", "dự phòng", "con đường", "tuyến đường", "tổng số", "trong số",
  "với số", "có số", "là số", "các số", "toàn bộ số", "trên số", "chiếm số", "dân số", "chỉ số", "hệ số", "đa số", "con số",
  // a unit's or a class's numbers: `Tổng quân số 86 đồng chí`, `sĩ số 35 học sinh`
  "quân số", "sĩ số",
  // a series' parts: `Loạt bài 3 kỳ` (no article 3)
  "loạt bài",
  // `triệu tập 250 đại biểu` convenes them (not volume 250, `tập`), `học tập 5 chuyên đề`
  "triệu tập", "học tập", "luyện tập", "thực tập", "biên tập",
  "điểm số", "tần số", "đạt số",
  "chủ trương", "nhà trường", "thị trường", "môi trường",
  // verbs ending in a label's syllable: `tiêm phòng 1.250 liều`, `nâng hạng 9 sản phẩm`, `trao giải 25 tác phẩm`,
  // `quy tập 1.512 mộ`; `lao động nông thôn 1.586 người`; `đúng một phần 19 đơn` (partly), `Trong kỳ 296 đơn thư`
  "tiêm phòng", "nâng hạng", "trao giải", "quy tập", "nông thôn", "một phần", "trong kỳ", "cho trường",
  // the forces a year's recruits go to: `Quân đội 221 công dân, Bộ đội Biên phòng 15 công dân` (not `Đội 221`, `Phòng 15`;
  // `Đồn Biên phòng 621` still names its post)
  "quân đội", "bộ đội biên phòng",
  // verbs ending in a village's word: `chăm sóc 100 cây xanh` (`Sóc 3` labels a village)
  "chăm sóc", "săn sóc", "đi buôn", "buôn bán",
  // a tier, not a numbered place: `cấp huyện 148 hộ, cấp xã 447 hộ`
  "cấp huyện", "cấp quận", "cấp phường", "cấp trung ương", "cấp trường", "cấp thôn",
  // a road travelled: `Trải qua chặng đường 28 năm xây dựng` (no road 28)
  "chặng đường",
  "hiện trường", "lập trường", "quảng trường", "chiến trường", "ra trường", "đến trường", "tựu trường", "công trường", "hội trường", "phi trường",
  // `học tập 4 chuyên đề`, `luyện tập 4 buổi/tháng`: studying, no volume (`tập 4`)
  "học tập", "luyện tập", "ôn tập", "thực tập", "tuyển tập",
  // `số` after a noun as "digital", and minorities: `chuyển đổi số 12 thủ tục`, `dân tộc thiểu số 5 đồng chí`
  // (not a thing that is numbered: `tờ bản đồ số 12`, `kênh truyền hình số 1`, `Thư viện số 2` label theirs)
  "thiểu số", "chuyển đổi số", "ký số", "chữ ký số", "kinh tế số", "xã hội số", "chính quyền số", "chính phủ số", "công dân số",
  "nền tảng số", "hạ tầng số",
];

/**
 * Verbs that end a guessed noun but are counted nouns themselves: `51 bàn hoạt động xuyên đêm` counts `bàn`,
 * `12 hoạt động` counts activities.
 */
export const NOT_A_NOUN_AFTER_A_NOUN = ["hoạt động"];

/**
 * Words that cannot begin a counted noun: function words and verbs. A
 * number followed by one of them counts nothing (`Chi bộ 10 có …`,
 * `năm 2021, 2022 hoàn thành …`), unless the noun came first (`Số hợp tác xã … là 851`).
 */
export const NOT_A_NOUN = [
  "và", "với", "của", "cho", "các", "những", "là", "được", "đã", "đang", "sẽ", "có", "không", "chưa", "bị", "do", "để", "từ", "đến",
  "tới", "trong", "ngoài", "trên", "dưới", "theo", "tại", "về", "vào", "ra", "lên", "xuống", "qua", "sau", "trước", "khi", "thì", "mà",
  "nên", "nhưng", "hoặc", "hay", "cũng", "vẫn", "còn", "đều", "rất", "nhất", "hơn", "này", "đó", "kia", "ấy", "nào", "gì", "đây",
  "tăng", "giảm", "đạt", "vượt", "bằng", "so", "như", "nay", "hiện", "vừa", "mới", "luôn", "ngay", "chỉ", "cùng", "gồm", "bao gồm",
  "thuộc", "trực thuộc", "trở lên", "trở xuống", "hoàn thành", "thực hiện", "tổ chức thực hiện", "triển khai", "tham gia", "đề ra",
  "ở", "ngày", "tháng", "năm", "tuần", "giờ", "phút", "quý", "đồng thời", "cụ thể", "trong đó", "riêng", "mỗi", "mọi", "toàn", "tất cả", "nhiều", "ít", "đa số", "số",
  "đầu", "cuối", "giữa", "liền", "liên tiếp", "tiếp theo", "gần", "khoảng", "xấp xỉ", "chừng", "lần thứ", "thứ", "trở", "là", "tương đương",
  "chiếm", "đến nay", "bởi", "vì", "nếu", "tuy", "dù", "song", "thế", "vậy", "lại", "hết", "xong", "rồi", "nữa", "thêm", "trừ", "kể cả",
  "phát biểu", "cho biết", "nhấn mạnh", "yêu cầu", "đề nghị", "khẳng định", "ban hành", "xây dựng", "phấn đấu", "đảm bảo", "bảo đảm",
  // verbs that follow a counted noun the lexicon does not know: `4 homestay đón khách` counts `homestay`
  "đón", "thu hút", "tiếp nhận", "giúp", "mang lại", "cung cấp", "sử dụng", "đóng góp", "ủng hộ", "trao", "tặng", "nhận", "phục vụ",
  "giải quyết", "tham dự", "dự", "hỗ trợ", "làm", "đối với", "chứa",
  // damage after a classifier: `200 căn sập đổ`, `169.228 căn hư hỏng` count `căn`
  "sập", "hư", "đổ", "tốc", "ngập", "cháy", "hỏng", "sạt",
  // verbs after a noun the lexicon does not know: `115 nước trồng lúa`, `6.779 ca mắc sốt`, `11 đoàn đi`,
  // `150 khách ngồi`, `Biểu 6 kèm theo`
  "trồng", "mắc", "đi", "ngồi", "nhằm", "mang tên", "kèm theo", "kèm",
  // a place's or a boat's number before its verb: `Khối phố 11 nằm ở vùng trũng`, `tàu BP 26-01-05 lai dắt tàu cá`
  "nằm", "lai dắt",
  // a price moving after a grade's number: `cà phê loại 1 dao động 120.000 đồng/kg`
  "dao động",
  // `một thời gian` is a while; a name's number before its verb: `xã Sơn Kim 1 ký cam kết`, `thôn 3 góp tiền`
  "thời gian", "ký", "ký kết", "góp", "giành", "đoạt",
  // a total, never what is counted: `chiếm 2/3 tổng số thời gian` counts no `tổng` (but `lập nên 2 tổng`, cantons, does)
  "tổng số",
  // a number word of its own: `vị trí 1 một số tuyến` counts no `một`
  "một",
  // a verb after a session's number (`kỳ họp thứ 16 đánh giá …`), and a rating box's count (`Sao: 4.8 (12.508 đánh giá)`)
  "đánh giá",
  // a consequence after an unknown noun: `168,01 triệu bao khiến xuất khẩu giảm` counts `bao`
  "khiến", "gây",
  // a banknote's value before what it is: `nhận phải tờ 200 nghìn giả` counts no `giả` (fake)
  "giả",
  // measures no kind holds, and ratings: `38 độ C` is a temperature, `sản phẩm đạt 4 sao` a grade
  // (counterexample: `5 ngôi sao` counts `ngôi sao`: the classifier comes first)
  "độ", "sao", "bình chọn",
  // symbols of measures no kind holds, never a counted noun: `tàu 400 CV`, `750 kVA`, `0,5 ppm`; a network's `3 G`
  "ppm", "cv", "g", "hp", "w", "kw", "mw", "kwh", "kva", "kv", "mah", "db", "mva", "mvar", "kvar", "twh", "kwp", "gwp",
  // adjectives of campaign names: `gia đình 5 không, 3 sạch`, `sinh viên 5 tốt`, `phụ nữ 2 giỏi`
  "sạch", "tốt", "giỏi", "đẹp", "xanh", "đảm đang",
  // what a named vessel or a wind's grade does next: `Tàu SAR 412 đưa …`, `Gió giật cấp 12 kéo dài`, `Tàu CSB 8004 tiếp
  // cận …`; a page's print button after its counter (`Đã xem: 389   In`)
  "kéo dài", "đưa", "tiếp cận", "cất cánh", "phát hiện", "in",
  // what a share is for, after its classifier: `380 suất dành cho học sinh` counts `suất`
  "dành",
  // a work's measure after a name's number: `Cầu Cái Sơn 2 dài 72,5 m`, `Nhà máy Vũng Áng 2 công suất 1.200 MW`,
  // `Trạm bơm Phú Lộc 3 tưới cho 500 ha`
  "dài", "rộng", "cao", "sâu", "công suất", "tưới", "quy mô",
  // what a unit named by its number does next, and a wind's gusts after its grade: `Trung tâm 114 điều động lực lượng`,
  // `gió mạnh cấp 6 giật cấp 8`, `mệnh lệnh 01 mở đợt cao điểm`
  "điều động", "giật", "mở",
  // connectives after an amount: `khoảng 8 triệu nhờ làm thêm giờ`, `tăng 1.200 thay vì …`, `kể từ …`
  "nhờ", "thay vì", "kể từ", "gấp",
  // a rating written short after a count whose noun came first (`12 chi bộ HTXSNV, 40 HTTNV`: 40 cells)
  "htxsnv", "httnv", "htnv", "khtnv",
];
