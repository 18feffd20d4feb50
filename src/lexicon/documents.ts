/**
 * Party and state document types: the words that name them in prose and the
 * abbreviations their codes use (`01-KL/TW`, `489/QĐ-TTg`, `20/2023/NĐ-CP`).
 */
import type { ReferenceType } from "../schema.js";

/** Type words in folded form (lower case, new tone placement), longest first where one starts another. */
export const TYPE_WORDS: ReadonlyArray<readonly [word: string, type: ReferenceType]> = [
  ["nghị quyết", "NQ"],
  ["nghị định", "NĐ"],
  ["chỉ thị", "CT"],
  ["kết luận", "KL"],
  ["kế hoạch", "KH"],
  ["quyết định", "QĐ"],
  ["hướng dẫn", "HD"],
  ["thông báo", "TB"],
  ["thông tư", "TT"],
  ["đề án", "ĐA"],
  ["chương trình", "CTr"],
  ["quy định", "QĐi"],
  ["quy chế", "QC"],
  ["báo cáo", "BC"],
  ["luật", "L"],
  // not in SPEC's table, which names examples: numbered state documents all the same (`Phương án số 215/PA-UBND`,
  // `Tờ trình số 88/TTr-UBND`, `Công điện số 03/CĐ-UBND`, `Công văn số 1520/UBND-NN`)
  ["phương án", "PA"],
  ["tờ trình", "TTr"],
  ["công điện", "CĐ"],
  ["công văn", "CV"],
];

/**
 * Words that name a numbered document only before a code: `UBND tỉnh có văn
 * bản số 4912/UBND-NC` is an official letter (counterexample: `văn bản số 2`
 * alone, or `15 văn bản`, cite nothing one can look up).
 */
export const CODE_ONLY_TYPE_WORDS: ReadonlyArray<readonly [word: string, type: ReferenceType]> = [["văn bản", "CV"]];

/**
 * Type abbreviations inside codes, case-sensitive (`CTr` is a programme, `CT`
 * a directive; `QĐi` a regulation, `QĐ` a decision). Typed on ASCII keyboards
 * `Đ` becomes `D`: `20/2023/ND-CP`, `123/QD-UBND`.
 */
export const CODE_TYPES: ReadonlyArray<readonly [abbreviation: string, type: ReferenceType]> = [
  ["QĐi", "QĐi"],
  ["QĐ", "QĐ"],
  ["QD", "QĐ"],
  ["CTr", "CTr"],
  ["CT", "CT"],
  ["NQ", "NQ"],
  ["KL", "KL"],
  ["KH", "KH"],
  ["HD", "HD"],
  ["TB", "TB"],
  ["ĐA", "ĐA"],
  ["DA", "ĐA"],
  ["QC", "QC"],
  ["NĐ", "NĐ"],
  ["ND", "NĐ"],
  ["TTr", "TTr"],
  // a joint circular is a circular: `183/2010/TTLT-BTC-BNN`
  ["TTLT", "TT"],
  ["TT", "TT"],
  ["BC", "BC"],
  ["PA", "PA"],
  ["CĐ", "CĐ"],
  ["CV", "CV"],
];

/**
 * Abbreviated type words that stand in prose for the full word: `NQ 22`,
 * `CT 05`, `NQ số 02`. Only these three may take a bare number; the others
 * need `số` (counterexample: `TT 5` is more often a township than a circular).
 */
export const PROSE_ABBREVIATIONS: ReadonlyArray<readonly [abbreviation: string, type: ReferenceType, bareNumber: boolean]> = [
  ["NQ", "NQ", true],
  ["CT", "CT", true],
  ["KL", "KL", true],
  ["KH", "KH", false],
  ["QĐ", "QĐ", false],
  ["HD", "HD", false],
  ["TB", "TB", false],
  ["ĐA", "ĐA", false],
  ["CTr", "CTr", false],
  ["NĐ", "NĐ", false],
];

/** Ordinal words of a plenum: `Nghị quyết Trung ương tư`, `Hội nghị Trung ương lần thứ năm`. */
export const PLENUM_WORDS: Readonly<Record<string, number>> = {
  nhất: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  bốn: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
};

/**
 * Lower-case words that may continue an issuer after `của` (`Đảng bộ thị xã`,
 * `Ủy ban nhân dân tỉnh`). Any other lower-case word ends it
 * (counterexample: `của Thị ủy Nghĩa Lộ về lãnh đạo` stops before `về`).
 */
export const ISSUER_WORDS: ReadonlySet<string> = new Set([
  "thị", "xã", "tỉnh", "huyện", "thành", "phố", "phường", "trấn", "quận", "bộ", "ủy", "ban", "nhân", "dân",
  "chấp", "hành", "thường", "vụ", "chính", "trị", "bí", "thư", "trung", "ương", "đảng", "quốc", "hội",
  "phủ", "đồng", "tướng", "thủ", "sự", "đoàn", "cán", "kiểm", "tra", "tuyên", "giáo", "tổ", "chức",
  // an office: `của Chủ tịch UBND tỉnh`
  "tịch",
]);

/** Leading words of an issuer that name its organ, not the body: `BCH Trung ương Đảng` → `Trung ương`. */
export const ISSUER_ORGANS: readonly string[] = ["ban chấp hành", "bch"];
