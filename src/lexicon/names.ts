/**
 * Words that tell a person's name from the capitalised words around it:
 * surnames, honorifics, role (title) words, the verbs that end a role, the
 * words that make the next capitalised run a place, and the set phrases
 * whose names are not people. Every entry is in folded form (lower case,
 * new-style tone placement: `ủy`, `hóa`), the form `doc.folded` has.
 */

/**
 * Common Vietnamese surnames, Kinh first, then the surnames of the northern
 * and central highland peoples that party reports often name (Giàng, Sùng,
 * Thào, Lò, Cầm …). Deliberately absent: `phó` (a role prefix: `Phó Bí thư`),
 * `từ` (`Từ Sơn` is a city), `hồng`, `giang`, `sơn` (given names and places
 * far more often than surnames), `ông` (an honorific).
 */
export const SURNAMES: ReadonlySet<string> = new Set([
  "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
  "dương", "lý", "đinh", "đàm", "chử", "bế", "đồng", "lương", "trịnh", "mai", "cao", "hà", "lại", "tạ",
  "triệu", "vương", "quách", "lò", "lưu", "thái", "kiều", "tô", "nông", "ma", "hứa", "đoàn", "trương",
  "lâm", "la", "lục", "khổng", "khúc", "âu", "tăng", "thân", "tôn", "tống", "châu", "doãn", "diệp", "giáp",
  "hầu", "kim", "lạc", "mạc", "mạnh", "nghiêm", "ninh", "phí", "phùng", "quan", "thạch", "tiêu", "trình",
  "ứng", "vi", "đào", "bạch", "cù", "cấn", "chu", "đậu", "hàn", "khuất", "khương", "lã", "lộc", "lù",
  "mẫn", "mông", "thiều", "viên", "vòng", "chẩu", "hoàng", "lường", "cầm", "điêu", "khoàng", "vì",
  "bạc", "mã", "chảo", "tẩn", "bàn", "phàn", "giàng", "sùng", "thào", "vàng", "lầu", "mùa", "hạng",
  "ly", "cứ", "sình", "sầm", "tòng", "quàng", "lỳ", "lỷ", "hờ", "vừ", "mè", "nùng", "ksor", "rơ", "đới", "kha",
  "lành", "nhữ", "lô", "chìu", "lìu", "tẩy", "thàng", "cháng", "lang", "lữ",
  // the Thái and Mường of the north-west (`Cà Văn Chung`, `Đèo Văn Hải`), and rarer Kinh surnames
  "pờ", "cà", "đèo", "lèo", "lự", "thò", "tráng", "chá", "uông", "bành", "nhâm", "tào", "mạch", "lỗ", "quản", "tiết", "ngân", "sa", "cung", "mua",
  // the Central Highlands (Ê Đê, Jrai, Bahnar, M'nông, S'tiêng) and the Khmer of the south; `y` opens Ê Đê men's names (`Y Bình Niê`)
  "y", "nay", "siu", "rcom", "kpă", "puih", "rah", "niê", "ayun", "êban", "hmok", "byă", "mlô", "knul", "bkrông", "kbuôr", "ksơr",
  "điểu", "danh", "sơn",
  // the Cham of Ninh Thuận and Bình Thuận (`Đàng Năng Quang`)
  "đàng",
  // the Cơ Tu of Quảng Nam's mountains (`Alăng Bíp`, `Bríu Liếc`, `Bhling Mia`)
  "alăng", "bríu", "bhling", "pơloong", "clâu", "hốih", "ating", "arất",
  // K'Ho and Chu Ru women's names open with `Ka` (`chị Ka Thị Nhung`, `bà Ka Huệ`; a place after a title's body is none:
  // `cửa khẩu Ka Long`)
  "ka",
]);

/**
 * Second syllables that mark a personal name (`Hà Văn Tuấn`, `Lê Thị Hoa`):
 * after a place word they tell `tỉnh Hà Văn Tuấn` (the provincial chairman
 * Hà Văn Tuấn) from `tỉnh Hà Giang` (a province).
 */
export const MIDDLE_NAMES: ReadonlySet<string> = new Set([
  "văn", "thị", "đức", "ngọc", "hữu", "công", "quang", "xuân", "thanh", "minh", "kim", "thu", "trọng",
  "đình", "bá", "quốc", "anh", "tiến", "mạnh", "huy", "duy", "khắc", "viết", "thế", "tuấn", "như",
  "hồng", "thúy", "thùy", "mỹ", "diệu", "bích", "phương", "thái", "hải", "việt", "trung", "hoài", "chí",
  "đăng", "hoàng", "tuệ", "thành", "sỹ", "sĩ", "phú", "vĩnh", "a", "seo", "mí", "nhật", "tất", "quý",
  "cẩm", "lệ", "hương", "mai", "lan", "tú", "gia", "nam", "hà", "long", "trường", "vân", "bảo",
  "tấn", "phước", "phúc", "doãn", "tường", "đắc", "nhất", "cảnh", "khánh", "hiếu", "mậu", "tài",
]);

/**
 * Words before a name that make it a person: `Đồng chí Đàm Đức Hà`,
 * `Bà Nguyễn Thị Oanh`, `Đại tá Lò Văn Pọm`, `cựu chiến binh Lương Văn Hoan`.
 * `strong` honorifics take any capitalised name; the others (`anh`, `chị`,
 * `em` are also everyday words: `anh em`, `chị em`) need a known surname.
 */
export const HONORIFICS: ReadonlyArray<readonly [word: string, strong: boolean]> = [
  ["các đồng chí", true], ["đồng chí", true], ["đ/c", true], ["các ông", true], ["các bà", true], ["ông", true], ["bà", true],
  ["đại tướng", true], ["thượng tướng", true], ["trung tướng", true], ["thiếu tướng", true],
  ["đại tá", true], ["thượng tá", true], ["trung tá", true], ["thiếu tá", true],
  ["đại úy", true], ["thượng úy", true], ["trung úy", true], ["thiếu úy", true],
  // the ranks below an officer's, and those who serve (a known surname after them: `Dân quân xã Hoàng Văn Thụ` is a unit)
  ["chuẩn úy", true], ["thượng sĩ", false], ["trung sĩ", false], ["hạ sĩ", false], ["binh nhất", false], ["binh nhì", false],
  ["quân nhân", false], ["dân quân", false], ["tự vệ", false], ["học viên", false],
  ["pgs.ts", true], ["pgs. ts", true], ["gs.ts", true], ["gs", true], ["pgs", true], ["ts", true], ["ths", true], ["tiến sĩ", true], ["thạc sĩ", true],
  // a doctor's degrees: `BS`, `ThS.BS`, `TS.BS`, `BS.CKII` (specialist, level II)
  ["bs", true], ["ths.bs", true], ["ts.bs", true], ["bs.cki", true], ["bs.ckii", true], ["bscki", true], ["bsckii", true],
  ["anh hùng lao động", true], ["anh hùng lực lượng vũ trang nhân dân", true], ["mẹ việt nam anh hùng", true], ["nhà giáo ưu tú", true], ["nhà giáo nhân dân", true],
  ["nghệ sĩ ưu tú", true], ["nghệ sĩ nhân dân", true], ["nsưt", true], ["nsnd", true], ["ngưt", true], ["ngnd", true],
  ["bác sĩ", true], ["nhà giáo", true], ["nhà báo", true], ["nhà thơ", true], ["nghệ nhân", true], ["luật sư", true], ["kỹ sư", true],
  ["nghệ nhân ưu tú", true], ["nghệ nhân nhân dân", true], ["thầy thuốc ưu tú", true], ["thầy thuốc nhân dân", true], ["ttưt", true], ["ttnd", true],
  ["anh", false], ["chị", false], ["em", false], ["cô", false], ["thầy", false], ["cụ", false], ["cháu", false], ["bạn", false],
  ["cô giáo", false], ["thầy giáo", false], ["đảng viên", false], ["cựu chiến binh", false], ["hội viên", false], ["đoàn viên", false],
  // a reader who wrote in: `thư của bạn đọc Lê Văn Cường`
  ["bạn đọc", false],
  // the press's callings, as awards name winners: `tác phẩm của nhóm tác giả Phạm Thanh Tùng, Đinh Thị Ngọc Hân`
  ["tác giả", false], ["nhóm tác giả", false], ["phóng viên", false], ["cộng tác viên", false], ["nhóm phóng viên", false],
  // health's callings (`y sĩ Vi Văn Thắm`, `Dược sĩ Lê Thị Hoa`), a known surname after them
  ["y sĩ", false], ["dược sĩ", false], ["điều dưỡng", false], ["nữ hộ sinh", false], ["hộ sinh", false], ["kỹ thuật viên", false],
  ["thương binh", false], ["liệt sĩ", false], ["mẹ", false], ["gia đình", false], ["hộ", false], ["học sinh", false], ["giáo viên", false],
  ["thí sinh", false], ["sinh viên", false], ["bệnh nhân", false], ["nạn nhân", false], ["vận động viên", false], ["chiến sĩ", false],
  ["cử tri", false], ["người dân", false], ["nông dân", false], ["hộ dân", false], ["công nhân", false],
  // those the state honours, with a grade or a word between (`thương binh 2/4 Nguyễn Văn Bình`, `bệnh binh hạng 1/3`)
  ["bệnh binh", false], ["thương binh nặng", false], ["thương binh hạng", false], ["bệnh binh hạng", false],
  ["nạn nhân chất độc da cam", false], ["nạn nhân da cam", false], ["người có công", false],
  // players by their position and sportsmen by their sport (`trung vệ Đặng Văn Lực`, `kỳ thủ Lê Quang Liêm`), veterans by
  // their acronym (`CCB Nguyễn Văn Lương`; `Hội CCB Nguyễn Trãi` is an association's), a child (`bé Lê Gia Kha`), a village's
  // elder (`già bản Hà Văn Sinh`), a forecaster (`dự báo viên Đặng Thị Hồng Nhung`)
  ["thủ môn", false], ["tiền đạo", false], ["trung vệ", false], ["hậu vệ", false], ["tiền vệ", false], ["cầu thủ", false], ["võ sĩ", false],
  ["kỳ thủ", false], ["xạ thủ", false], ["tay vợt", false], ["ccb", false], ["bé", false], ["già bản", false], ["dự báo viên", false],
  ["tân binh", false], ["ngư dân", false], ["vđv", false], ["tiểu thương", false], ["thuyền viên", false], ["tài xế", false], ["chủ hộ", false],
  // donors and owners (`nhà hảo tâm Huỳnh Văn Tám`, `mạnh thường quân Lê Văn Hùng`, `chủ tàu Lê Văn Sơn`), and artisans by
  // their title's acronym (`NNƯT Trần Thị Nhiên`)
  ["nhà hảo tâm", false], ["mạnh thường quân", false], ["doanh nhân", false], ["chủ tàu", false], ["phật tử", false],
  ["nnưt", true], ["nnnd", true],
  // the clergy: `Đại đức Danh Sóc, trụ trì chùa Ô Rồng`
  ["đại đức", true], ["thượng tọa", true], ["hòa thượng", true], ["ni sư", true], ["linh mục", true], ["mục sư", true],
  // a list of names after what they are: `kết nạp Đảng cho 3 học sinh, gồm: Trần Văn Hùng, Lê Thị Mai và …`
  ["gồm", false], ["gồm có", false], ["bao gồm", false],
  // police news names suspects: `bắt quả tang đối tượng Lê Trung Nghĩa (SN 1996)`; admissions name the admitted
  ["đối tượng", false], ["các đối tượng", false], ["bị can", false], ["bị cáo", false], ["quần chúng", false], ["đoàn viên ưu tú", false], ["quần chúng ưu tú", false],
];

/**
 * Where a person works, a role only right after their name and a comma or a bracket: `Bà Nguyễn Thị Lan, cán bộ Hội Phụ nữ
 * xã, cho biết`, `anh Lê Văn Tám (nhân viên Trạm Y tế xã)`. Not in ROLE_WORDS: before a body's name they open a photo's
 * caption, `Cán bộ Chi cục Thuế khu vực Thạch Khê hướng dẫn người nộp thuế`, no person's title.
 */
export const WORK_AFTER_NAME: readonly string[] = [
  "cán bộ", "nhân viên", "thành viên", "viên chức", "cán bộ chuyên trách", "cán bộ phụ trách",
  // callings and who is taught, with where (`cô Lê Thị Hoa, giáo viên Trường Tiểu học Kim Đồng`, `em Nguyễn Thu Hà, học
  // sinh lớp 12A1 …`, `chị Lò Thị Xuân, chủ homestay Xuân Lác`, `ông Vi Văn Thắm, y sĩ Trạm Y tế xã`)
  "giáo viên", "học sinh", "sinh viên", "y sĩ", "bác sĩ", "điều dưỡng", "dược sĩ", "hộ sinh", "nữ hộ sinh", "nông dân",
  "công nhân", "tài xế", "chủ dãy trọ", "chủ nhà trọ",
  "hướng dẫn viên", "chủ homestay", "chủ nhà hàng", "chủ khách sạn", "chủ nhà nghỉ", "chủ vườn", "chủ tiệm",
];

/** Words that make a generic work word a group of those who came: `cán bộ công chức`, `cán bộ, chiến sĩ`, `nhân viên và …`. */
export const GROUP_AFTER_WORK_WORDS: readonly string[] = [
  "công chức", "viên chức", "chiến sĩ", "nhân viên", "nhân dân", "đảng viên", "hội viên", "đoàn viên", "người lao động", "các", "cùng", "và",
];

/** Titles the state confers, a person's role when they stand before the name with no other: `Nghệ nhân Ưu tú Triệu Thị Pham`. */
export const STATE_HONOUR_TITLES: readonly string[] = [
  "anh hùng lao động", "anh hùng lực lượng vũ trang nhân dân", "mẹ việt nam anh hùng", "nhà giáo ưu tú", "nhà giáo nhân dân",
  "nghệ sĩ ưu tú", "nghệ sĩ nhân dân", "nsưt", "nsnd", "ngưt", "ngnd", "nghệ nhân ưu tú", "nghệ nhân nhân dân", "nnưt", "nnnd",
  "thầy thuốc ưu tú", "thầy thuốc nhân dân", "ttưt", "ttnd",
];

/**
 * Title words that start a role, longest first so `Phó Bí thư` wins over
 * `Bí thư`. A role may also start with `nguyên` (former) or `quyền` (acting).
 */
export const ROLE_WORDS: readonly string[] = [
  // not `phóng viên`: `Trao đổi với phóng viên, ông …` is the reporter, not the person's title
  "giảng viên", "đồn trưởng", "già làng", "chuyên viên", "công chức",
  // a person's work after the comma, as reports describe people they quote: `Chị Nguyễn Thị Mai, kế toán một công ty`,
  // `Ông Lê Văn Nam, chủ trang trại nuôi lợn` (not the generic `cán bộ`, `nhân viên`, `thành viên`: before a body's name
  // they open a caption, `Cán bộ Chi cục Thuế khu vực Thạch Khê - Vĩnh An hướng dẫn …`, no title of a person)
  "kế toán", "thủ quỹ", "xã viên", "tiểu thương",
  "chủ trang trại", "chủ cơ sở", "chủ hộ", "chủ hộ kinh doanh", "chủ quán", "chủ cửa hàng", "chủ doanh nghiệp",
  // a village's reputable person, a status the state names (`người có uy tín Vừ A Dơ`); the law's callings (`Trợ giúp viên
  // pháp lý Phạm Thị Thu Trang`, `Công chứng viên`, `Thừa phát lại`), a coach, an office's head
  "người có uy tín", "trợ giúp viên pháp lý", "hòa giải viên", "hoà giải viên", "thừa phát lại", "công chứng viên", "quản tài viên",
  "hlv", "huấn luyện viên", "trưởng văn phòng", "phó trưởng văn phòng",
  // an inspector's grades: `Thanh tra viên chính`, `Thanh tra viên cao cấp` (not `Kiểm lâm viên`: `Kiểm lâm viên Hạt
  // Kiểm lâm Hà Trung` names the unit's place, no person)
  "thanh tra viên", "thanh tra viên chính", "thanh tra viên cao cấp",
  // the State Audit's (`Kiểm toán trưởng Đặng Văn Hải`, `Tổng Kiểm toán Nhà nước Ngô Văn Tuấn`)
  "kiểm toán trưởng", "phó kiểm toán trưởng", "tổng kiểm toán nhà nước", "phó tổng kiểm toán nhà nước", "tổng kiểm toán", "phó tổng kiểm toán",
  "kiểm toán viên",
  "bí thư", "tổng bí thư", "chủ tịch", "ủy viên", "trưởng ban", "trưởng phòng", "trưởng đoàn", "trưởng khoa",
  "giám đốc", "tổng giám đốc", "chánh văn phòng", "chánh thanh tra", "tổng thanh tra", "trưởng ban chỉ đạo", "chánh án", "chủ tịch danh dự", "viện trưởng", "đại biểu quốc hội",
  "thủ tướng", "bộ trưởng", "thứ trưởng", "chủ nhiệm", "tổng biên tập", "hiệu trưởng", "trưởng thôn",
  "trưởng bản", "trưởng khu", "trưởng khu phố", "trưởng ấp", "trưởng xóm", "trưởng buôn", "trưởng khóm", "trưởng sóc", "trưởng plei", "tổ trưởng", "tổ phó", "trưởng công an", "chỉ huy trưởng",
  "chính trị viên", "tư lệnh", "chính ủy", "cục trưởng", "vụ trưởng", "chi cục trưởng", "trưởng khối",
  // a general department's head and the deputies named after their unit: `Phó Tổng cục trưởng`, `Cục phó`, `Vụ phó`
  "tổng cục trưởng", "cục phó", "vụ phó", "chi cục phó", "phó phòng",
  "chủ tịch nước", "thường trực", "kế toán trưởng", "trưởng trạm", "trạm trưởng", "đội trưởng", "tiểu đội trưởng",
  // a unit's head named after it: `Hạt trưởng Hạt Kiểm lâm`, `Xã đội trưởng`, `Đồn phó`
  "hạt trưởng", "hạt phó", "xã đội trưởng", "xã đội phó", "phường đội trưởng", "phường đội phó", "đồn phó", "trạm phó", "đội phó",
  "trưởng chi hội", "chi hội trưởng", "hội trưởng", "trưởng ban công tác mặt trận", "trưởng ban thường trực",
  // `nguyên Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam`, `là thư ký Hội nghị`
  "tổng thư ký", "thư ký",
  "chủ tịch hội đồng", "trưởng đài", "trưởng trung tâm", "giám đốc trung tâm", "bí thư chi đoàn", "bí thư đoàn",
  // a council's member: `Đại biểu Lê Văn Tâm (tổ đại biểu số 3) đề nghị …`, `ông A, đại biểu HĐND huyện`
  "đại biểu",
  // a member of a committee, named after it: `Tỉnh ủy viên, Bí thư Huyện ủy`
  "tỉnh ủy viên", "thành ủy viên", "huyện ủy viên", "quận ủy viên", "thị ủy viên", "đảng ủy viên", "chi ủy viên",
  // as abbreviated: `UVBTV` (ủy viên Ban Thường vụ), `TUV`, `HUV`, `ĐUV`
  "uvbtv", "ubtv", "tuv", "huv", "quv", "đuv", "uv.btv", "uv", "ủy viên btv", "uvtw", "ủy viên trung ương",
  // `UVTV Tỉnh ủy` (ủy viên Thường vụ), `UVBCH Đảng bộ tỉnh` (ủy viên Ban Chấp hành)
  "uvtv", "uvbch", "ủy viên bch", "uvt.ư",
  // the clergy's offices: `Trụ trì chùa X, Phó Trưởng ban Trị sự …`, `Linh mục Chánh xứ …`
  "trụ trì", "chánh xứ", "phó xứ", "quản nhiệm", "chánh trị sự", "trưởng ban trị sự",
  // `Ủy viên dự khuyết T.Ư Đảng, Bí thư thứ nhất T.Ư Đoàn`
  "ủy viên dự khuyết", "bí thư thứ nhất",
  // the chief of staff: `Phó Tư lệnh, Tham mưu trưởng Quân khu 4`
  "tham mưu trưởng", "tổng tham mưu trưởng",
  // the court and the procuracy: `Thẩm phán Nguyễn Thị Kim Liên`, `Kiểm sát viên Hồ Đức Anh`, `…, Thẩm phán TAND tỉnh`
  "thẩm phán", "hội thẩm", "hội thẩm nhân dân", "kiểm sát viên", "điều tra viên", "chấp hành viên", "thẩm tra viên",
  // `PBT Đảng ủy phường` (Phó Bí thư), `PCT UBND huyện` (Phó Chủ tịch), `PGĐ`, and `Phó CT`, `Phó Ban Tổ chức`
  "pbt", "pct", "pgđ", "ptb", "ct", "ban", "đbqh", "ct ubnd", "ct hđnd", "ct ubmttq",
  "phó", "nguyên", "quyền",
]
  // `ct` and `ban` alone are no title (`CT` a company, `Ban Tổ chức` a body): only after `phó`
  .flatMap((w) => (w === "phó" || w === "nguyên" || w === "quyền" ? [] : w === "ct" || w === "ban" ? [`phó ${w}`] : [w, `phó ${w}`, `nguyên ${w}`, `quyền ${w}`, `nguyên phó ${w}`]))
  .sort((a, b) => b.length - a.length);

/**
 * Words after a name or role that end the role: the speech and action verbs
 * of reports (`cho biết`, `phát biểu`, `chia sẻ`, `nhấn mạnh`) and the small
 * words that start a predicate (`đã`, `là`, `được`). Counterexample for
 * `và`: `Sở Nông nghiệp và Phát triển nông thôn` keeps its `và`, so `và` only
 * ends a role before another person (see person.ts).
 */
/** Verbs of speech after a person or before a quote: `… cho biết`, `Ông A phát biểu`, `chia sẻ: “…”`. */
export const SPEECH_VERBS: readonly string[] = [
  "cho biết", "phát biểu", "chia sẻ", "nhấn mạnh", "khẳng định", "cho rằng", "nói", "trao đổi", "đề nghị", "bày tỏ", "tâm sự", "kể",
  "nhận định", "phân tích", "trình bày", "báo cáo", "kết luận", "chủ trì", "thông tin", "nhớ lại", "nhắc lại", "chất vấn", "kiến nghị",
  "giải trình", "trả lời",
];

export const ROLE_STOPS: readonly string[] = [
  "cho biết", "cho hay", "phát biểu", "chia sẻ", "nhấn mạnh", "khẳng định", "cho rằng", "nói", "trao đổi", "đề nghị", "yêu cầu",
  "báo cáo", "trình bày", "kết luận", "chủ trì", "đã", "đang", "sẽ", "được", "vừa", "cũng", "tặng", "trao", "thăm",
  "dự", "tham dự", "tới dự", "đến dự", "là", "có", "nêu", "nhận định", "bày tỏ", "tâm sự", "kể", "phân tích",
  "giới thiệu", "thông tin", "chỉ đạo", "quán triệt", "gửi", "ghi nhận", "đánh giá", "biểu dương", "lưu ý",
  "động viên", "tiếp", "chúc mừng", "nhận", "khai mạc", "bế mạc", "điều hành", "trả lời", "thay mặt", "cùng",
  // what the titled person did next, in lower case: `Chủ tịch UBND xã tổ chức trao 20 phần quà`, `Bí thư Tỉnh Đoàn đại
  // diện nhận Bằng khen` (a capitalised `Ban Tổ chức` is a body's name)
  "tổ chức", "đại diện",
  "với", "khi", "thì", "mà", "người", "từng", "luôn", "rất", "không", "chưa", "đều", "lại", "còn", "phải",
  "cần", "muốn", "mong", "hy vọng", "hi vọng", "tin", "tin tưởng", "khuyến khích", "đi", "về", "tại", "trong",
  "cảm ơn", "xúc động", "kiểm tra", "làm việc", "tiếp thu", "giải trình", "chất vấn", "tái chất vấn", "đồng tình", "phấn khởi", "vui mừng",
  "lo lắng", "băn khoăn", "thừa nhận", "nhớ lại", "nhắc lại", "kiến nghị", "đề xuất", "hướng dẫn", "trực tiếp",
  // a duty given next: `Phó Chủ tịch UBND xã chịu trách nhiệm chỉ đạo …`
  "chịu trách nhiệm",
  "năm", "nay", "hiện", "hiện nay", "bày", "nhấn", "lưu", "đọc", "công bố", "trúng cử", "tái đắc cử", "đắc cử",
  "nên", "vì", "do", "bởi", "nhưng", "song", "để", "nhằm", "bằng", "theo", "qua", "sau", "trước", "từ", "đến", "hơn", "ở",
  "nhiều", "gần", "suốt", "ngay", "vẫn", "liền", "hãy", "như",
  // admitted, and where a member belongs: `kết nạp hai đồng chí A và B vào Đảng`, `gồm Hoàng Thị Lan sinh hoạt tại Chi bộ …`
  // (not `vào`, `sinh hoạt` alone: `Trưởng ban quản lý Nhà sinh hoạt cộng đồng`, `đưa Nghị quyết vào cuộc sống`)
  "vào đảng", "sinh hoạt tại",
  // verbs of a visit or an explanation that a role ran on into: `…, Bí thư Tỉnh ủy gặp mặt đại biểu`, `… Huyện ủy lý giải`
  "lý giải", "trăn trở", "giải thích", "dẫn chứng", "khái quát", "thẳng thắn", "ân cần", "căn dặn", "trò chuyện", "chúc tết", "gặp mặt", "hội ý",
  // and of a warning or a promise: `…, Phó Giám đốc CDC Hà Nội khuyến cáo, …`
  "khuyến cáo", "cảnh báo", "lo ngại", "cam kết", "nhắc nhở", "phản ánh", "tiết lộ", "khuyên",
  // a term after a title is not part of it: `Bí thư Đảng ủy xã nhiệm kỳ 2025 - 2030`
  "nhiệm kỳ",
  // what the person does next: `…, Chủ nhiệm Ủy ban Kiểm tra Huyện ủy làm trưởng đoàn`, `…, Chủ tịch HĐND xã bổ sung ý kiến`
  "làm", "bổ sung", "giữ", "giữ chức", "ký", "ký kết", "phát động", "kêu gọi", "thông qua", "thảo luận", "tham gia", "tham luận",
  "chứng kiến", "dẫn đầu", "triển khai", "truyền đạt", "nhận xét", "góp ý", "chỉ rõ", "đề ra", "thông báo", "thăm hỏi", "trao tặng",
  "mong muốn", "khen", "tuyên dương", "hoan nghênh", "lắng nghe", "giải đáp", "đối thoại", "tiếp xúc", "cắt băng", "dâng hương",
  "thắp hương", "khánh thành", "khởi công", "ra mắt", "tuyên thệ", "bàn giao", "thực hiện", "chủ tọa", "đồng chủ trì", "hỏi",
  "tự hào", "cho", "xin", "tiếp nhận", "ủng hộ", "ôn", "ôn lại",
  // the sentence's own words after a title: `…, Bí thư Đảng ủy xã Tân Lập xung quanh nội dung này`, `…, Giám đốc Sở Y tế
  // nhân dịp …`, `…, Phó Đội trưởng chỉ huy …`, `…, Đội trưởng phụ trách địa bàn phát hiện` (not `hiện` of `phát hiện`)
  "xung quanh", "nhân dịp", "chỉ huy", "phát hiện", "bị", "biểu diễn", "phối hợp",
];

/**
 * Words right before a capitalised run that make (part of) it a place or a
 * body, not a person: `phường Sông Hiến`, `Thành phố Cao Bằng`, `đường Lê Lợi`,
 * `trường THCS Nguyễn Du`.
 */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  "phường", "xã", "trấn", "thị trấn", "thị xã", "huyện", "quận", "tỉnh", "phố", "thành phố", "tp", "thôn", "bản",
  "ấp", "xóm", "làng", "khu", "khu phố", "tổ", "đường", "ngõ", "hẻm", "đại lộ", "cầu", "sông", "núi", "hồ",
  "chùa", "đền", "đình", "trường", "thpt", "thcs", "học", "non", "viện", "ty", "xã", "htx", "tncs", "đội",
  "giải", "quỹ", "tưởng", "cách", "đức", "chúc", "lăng", "tàng", "quảng trường", "chợ", "bến", "cảng", "vịnh",
  "đảo", "đèo", "kênh", "hội", "đoàn", "ủy", "uỷ", "bộ", "ban", "sở", "cục", "vùng", "miền", "tộc", "nước",
  "trại", "công viên", "hòa", "hoá", "hóa", "tích", "niệm", "tượng", "đài", "nhà", "mang", "tên", "hiệu", "danh",
  // `Công ty Trách nhiệm hữu hạn Mạnh La`: a company's name
  "hạn", "tnhh",
  // `Tại Cao Bằng, đại tướng …`: where, not who
  "tại", "ở",
  // a parish's, a temple's or a church's name: `Giáo xứ Thái Hà`, `Giáo phận Vinh`, `nhà thờ Phát Diệm`, `thánh thất …`
  "xứ", "phận", "thờ", "thất",
  // a border gate's: `cửa khẩu Ka Long`
  "khẩu",
]);

/**
 * Names that are part of set phrases, never a person in these reports:
 * `tư tưởng Hồ Chí Minh`, `Đoàn TNCS Hồ Chí Minh`, `Thành phố Hồ Chí Minh`,
 * `Chủ tịch Hồ Chí Minh` (the reports mean the doctrine, the union or the
 * city; analysts do not tabulate him as a participant).
 */
// `Buôn Ma Thuột`: a city whose name ends like a person's (`Ma` is a surname)
// `Bà Mẹ Việt Nam anh hùng`: a title, no person
// (and places of the Highlands named as its people are: `A Lưới`, `Y Tý`, `K'Bang`; a follow button, `Google News`)
export const NOT_PERSON_NAMES: ReadonlySet<string> = new Set([
  "hồ chí minh", "hồ chủ tịch", "y tế", "y dược", "y khoa", "ma thuột", "mẹ việt nam", "a lưới", "y tý", "k'bang", "a pa chải", "a mú sung",
  "google news",
  // districts and communes named after people, with a middle name: `huyện Trần Văn Thời`, `xã Nguyễn Việt Khái`
  "trần văn thời", "nguyễn việt khái", "đào hữu cảnh", "võ thị sáu",
  // countries and a club opening with a surname's syllable, after a player's word: `cầu thủ Hàn Quốc`, `thủ môn Hoàng Anh Gia Lai`
  "hàn quốc", "thái lan", "hà lan", "phần lan", "trung quốc", "triều tiên", "mông cổ", "hồng kông", "hoàng anh gia lai",
]);

/**
 * Places whose names open with an honorific: `tỉnh Bà Rịa - Vũng Tàu`, `chợ
 * Bà Chiểu`, `núi Bà Đen`, `sông Ông Đốc`. The honorific and the next word,
 * folded; what follows is no person.
 */
export const HONORIFIC_PLACES: ReadonlySet<string> = new Set(["bà rịa", "bà chiểu", "bà điểm", "bà đen", "bà nà", "ông đốc", "bà hom", "ông ích"]);

/** The provinces and cities under the centre, old and new, as a news site's box of related headlines opens with them. */
export const PROVINCES: ReadonlySet<string> = new Set([
  "hà nội", "cao bằng", "điện biên", "điện biên phủ", "yên bái", "hà giang", "lào cai", "lai châu",
  "sơn la", "hòa bình", "thái nguyên", "bắc kạn", "lạng sơn", "tuyên quang", "phú thọ", "bắc ninh", "bắc giang",
  "hải phòng", "hải dương", "hưng yên", "thái bình", "nam định", "ninh bình", "hà nam", "thanh hóa", "nghệ an",
  "hà tĩnh", "quảng bình", "quảng trị", "thừa thiên huế", "đà nẵng", "quảng nam", "quảng ngãi", "bình định",
  "phú yên", "khánh hòa", "ninh thuận", "bình thuận", "kon tum", "gia lai", "đắk lắk", "đắk nông", "lâm đồng",
  "bình phước", "tây ninh", "bình dương", "đồng nai", "bà rịa", "long an", "tiền giang", "bến tre", "trà vinh",
  "vĩnh long", "đồng tháp", "an giang", "kiên giang", "cần thơ", "hậu giang", "sóc trăng", "bạc liêu", "cà mau",
  "vĩnh phúc", "quảng ninh", "hà tây", "hà bắc", "hà sơn bình", "hà nam ninh", "cao lạng", "hà tuyên", "sa đéc", "sơn tây",
  "hoàng liên sơn", "hồ chí minh", "tp hồ chí minh", "huế",
]);

/**
 * Capitalised pairs that look like a pen name on a line of their own but are
 * places or bodies: the last body line `Hà Nội` is not a byline.
 */
export const NOT_NAME_LINES: ReadonlySet<string> = new Set([
  "việt nam", ...PROVINCES, "hồ nam", "liên kết", "liên kết website", "trang chủ", "tin tức", "thời sự", "xem thêm",
  // a district whose first word opens pen names too (`Chi Mai`)
  "chi lăng",
  // a page's buttons in capitals: `TRỌN BỘ`, `ĐỌC TIẾP`
  "trọn bộ", "đọc tiếp", "xem tiếp", "chia sẻ", "tin mới", "quay lại", "đăng nhập", "bình luận", "đọc thêm",
  // papers' names, beside a stamp as a pen name would be: `Thanh Niên | Thứ bảy, …`
  "thanh niên", "tiền phong", "tuổi trẻ", "lao động", "nhân dân", "dân trí", "pháp luật", "tin tức", "văn nghệ",
  "quân đội", "biên phòng", "công an", "giáo dục", "sức khỏe", "đời sống", "kinh tế", "đầu tư", "hải quan", "dân việt", "nông nghiệp",
  // a document's kind heading its text, in capitals: `KẾ HOẠCH`, `QUYẾT ĐỊNH`
  "kế hoạch", "quyết định", "thông báo", "tờ trình", "nghị quyết", "chỉ thị", "công văn", "hướng dẫn", "chương trình",
  "đề án", "quy định", "kết luận", "báo cáo", "quy chế", "thông tri", "công điện", "phương án",
  // a photo's source in Title Case, where a credit's name would stand: `Ảnh: VTV/Chụp Màn Hình`, `Ảnh: Minh Họa`
  "minh họa", "tư liệu", "tổng hợp", "sưu tầm", "cung cấp", "chụp màn hình", "nhân vật", "nhân vật cung cấp", "internet",
  "nguồn internet", "tác giả", "cộng tác viên",
  // a series' notes in brackets on the last line, in Title Case: `(Còn Nữa)`, `(Tiếp Theo)`
  "còn nữa", "còn tiếp", "tiếp theo", "lược trích", "văn bản", "kỳ sau", "hết",
]);
