/**
 * References to party and state documents, once per distinct document.
 *
 * Three shapes, tried in this order at each type word (`Nghị quyết`, `Kết luận`,
 * `NQ` …):
 *   reference.plenum   `Nghị quyết Trung ương 4`, `Nghị quyết Hội nghị Trung ương lần thứ tư`,
 *                      `Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương` → NQ 4, issuer Trung ương
 *   reference.numbered `Kết luận số 01-KL/TW`, `Kế hoạch hành động số 73`, `Thông tư số 03/2024/TT-BTC`
 *   reference.bare     `Nghị quyết 22`, `Chỉ thị 05`: a capitalised type word and a number, no `số`
 * then codes standing alone (`reference.code`: `…, 19-NQ/TW`) anywhere in the article.
 * After the number, the tail may give the issue date (`, ngày 18/5/2021`: part
 * of the mention), the issuer (`của BCH Đảng bộ thị xã`) and the term (`khóa XII`).
 *
 * Not references: a type word without a number (`Nghị quyết Đại hội … lần thứ
 * XIII`), a plan's length (`Kế hoạch 5 năm`), a lower-case verb (`quyết định 3
 * vấn đề`: `quyết định` is also "to decide").
 */
import { mergeSpans, overlapsAny, type Line, type PreparedDocument } from "../pipeline/document.js";
import type { Mention, Reference, ReferenceType } from "../schema.js";
import { isoDate } from "../lexicon/dates.js";
import { isPlaceDateLine, MOTTO } from "../lexicon/furniture.js";
import { CODE_ONLY_TYPE_WORDS, CODE_TYPES, ISSUER_ORGANS, ISSUER_WORDS, PLENUM_WORDS, PROSE_ABBREVIATIONS, TYPE_WORDS } from "../lexicon/documents.js";

const LETTER = "\\p{L}\\p{M}";
const byLength = (a: string, b: string) => b.length - a.length;
const alternation = (words: readonly string[]) => [...words].sort(byLength).map((w) => w.replace(/ /gu, "\\s+")).join("|");

const CODE_TYPE = new Map(CODE_TYPES);
const CODE_TYPE_ALT = alternation(CODE_TYPES.map(([abbreviation]) => abbreviation));
// `TW`, also typed `TƯ`
// (a joint issuer's parts may be joined by `&`: `TTLT-BTC-BKH&ĐT-BTTTT`)
const ISSUER_CODE = "[A-ZĐƯ][A-Za-zĐđƯư0-9&]*(?:-[A-ZĐƯ][A-Za-zĐđƯư0-9&]*)*";
/**
 * Party codes `01-KL/TW` (a letter may close the number: `93A/KH-UBND`; also typed `4843 - QĐ/HNDT`, `21 – NQ/TW`, or `15-NQ-TW` with a dash before a committee's code), `621/NQ-NS-TU`-like
 * state codes `489/QĐ-TTg` (also typed `218 /BC-UBND`, `59/QĐ- TTg`), with a year `20/2023/NĐ-CP`, and laws
 * `45/2019/QH14`. Case-sensitive, on the text.
 */
const CODE_BODY =
  `([0-9]{1,5}[a-zA-Z]?)(?:` +
  `[ ]?[-–—][ ]?(${CODE_TYPE_ALT})(?:\\/|-(?=TW|TƯ|T[UƯ]|HU|ĐU|QU|TU))(${ISSUER_CODE})` +
  `|(?:\\/((?:19|20)[0-9]{2}))?[ ]?\\/[ ]?(${CODE_TYPE_ALT})(?:[ ]?-[ ]?(${ISSUER_CODE}))?` +
  `|\\/((?:19|20)[0-9]{2})\\/(QH[0-9]{1,2}))(?![${LETTER}0-9])`;
const CODE_AT = new RegExp(CODE_BODY, "uy");
/**
 * A code with a space where its first mark goes, read only after a type word: a party's `Quy định số 30 QĐ/TW` (its
 * dash), a state's `QĐ số 318 QĐ-TTg` (its slash).
 */
const SPACED_CODE_AT = new RegExp(`([0-9]{1,5})[ ](${CODE_TYPE_ALT})([\\/-])(${ISSUER_CODE})(?![${LETTER}0-9])`, "uy");
/**
 * A code of capitals that is no type's, read only after a type word (counterexample: `số 12/UBND` alone could
 * be anything numbered): an official letter's names its sender (`Công văn số 1520/UBND-NN`, `Báo cáo số
 * 5382/BTC-QLCS`), a standing committee's its body (`Nghị quyết 653/2019/UBTVQH14`), and a type glued to its
 * issuer is typed without its dash (`Nghị định số 61/2018/NĐCP`, `Quyết định số 2468/QĐUBND`). Its parts may
 * be typed with spaces round the dash (`248/SNN - TTBVTV`) and joined by `&` (`BKH&ĐT`).
 */
const LETTER_CODE_AT = new RegExp(
  `([0-9]{1,5}[a-zA-Z]?)(?:\\/((?:19|20)[0-9]{2}))?[ ]?\\/[ ]?([A-ZĐƯ][A-Za-zĐđƯư0-9&]*(?:[ ]?-[ ]?[A-ZĐƯ][A-Za-zĐđƯư0-9&]*)*)(?![${LETTER}0-9])`,
  "uy",
);
/** A type glued to its issuer in a letter code: `NĐCP` is `NĐ-CP`. */
const GLUED_TYPE = new RegExp(`^(?:${CODE_TYPE_ALT})(?=[A-ZĐ]{2})`, "u");
const CODE_ANYWHERE = new RegExp(`(?<![${LETTER}0-9/.,-])${CODE_BODY}`, "gu");

const TYPE_WORD = new Map([...TYPE_WORDS, ...CODE_ONLY_TYPE_WORDS]);
const CODE_ONLY_TYPE_WORD = new Set(CODE_ONLY_TYPE_WORDS.map(([w]) => w));
const TYPE_WORD_RE = new RegExp(`(${alternation([...TYPE_WORD.keys()])})(?![${LETTER}])`, "gu");
const ABBREVIATION = new Map(PROSE_ABBREVIATIONS.map(([a, type, bare]) => [a, { type, bare }]));
const ABBREVIATION_RE = new RegExp(`(?<![${LETTER}0-9/-])(${alternation(PROSE_ABBREVIATIONS.map(([a]) => a))})(?=\\s)`, "gu");

/** A plenum's number in Roman numerals, folded to lower case: `Nghị quyết Trung ương II (khóa VIII)`. */
const ROMAN = "(?=[ivx])x{0,2}(?:ix|iv|v?i{0,3})";
const ROMAN_VALUE: Record<string, number> = { i: 1, v: 5, x: 10 };
function romanValue(roman: string): number {
  let total = 0;
  for (let k = 0; k < roman.length; k++) {
    const v = ROMAN_VALUE[roman[k]!]!;
    total += k + 1 < roman.length && v < ROMAN_VALUE[roman[k + 1]!]! ? -v : v;
  }
  return total;
}

// On the folded text (lower case), sticky at the end of the type word. `Trung ương` is also written `TW`, `T.Ư`, `TƯ`.
const PLENUM_AT = new RegExp(
  `\\s+(?:hội\\s+nghị\\s+)?(?:ban\\s+chấp\\s+hành\\s+)?(?:trung\\s+ương|tw|t\\.?ư|t\\.w)\\s*(?:lần\\s+thứ\\s+)?` +
    `([0-9]{1,2}|${ROMAN}|${Object.keys(PLENUM_WORDS).join("|")})(?![${LETTER}0-9])(?!\\s*[0-9])`,
  "uy",
);
/**
 * The plenum's number before the body that held it: `Nghị quyết Hội nghị lần
 * thứ tám Ban Chấp hành Trung ương Đảng` is `Nghị quyết Trung ương 8`. Only
 * the Central Committee's: a local committee's plenum (`Hội nghị lần thứ năm
 * Ban Chấp hành Đảng bộ huyện`) numbers meetings, not documents one can cite.
 */
const PLENUM_BEFORE_BODY_AT = new RegExp(
  `\\s+hội\\s+nghị\\s+lần\\s+thứ\\s+([0-9]{1,2}|${Object.keys(PLENUM_WORDS).join("|")})\\s+(?:ban\\s+chấp\\s+hành|bch)\\s*(?:trung\\s+ương|tw)(?:\\s+đảng)?(?![${LETTER}])`,
  "uy",
);
/** `số`, after at most two qualifying words: `Kế hoạch hành động số`, `Nghị quyết chuyên đề số`. */
const NUMBERED_AT = new RegExp(`(?:\\s+[${LETTER}]+){0,2}?\\s+số\\s*:?\\s*(?=[0-9])`, "uy");
// (no tab: a table's cells, `Nghị quyết ban hành <TAB> Nghị quyết <TAB> 22`, give a count of resolutions, not one's number)
const BARE_AT = /[^\S\t]+(?=[0-9])/uy;
/** A party committee's code: `TW`, `TU`, `HU`, `ĐU`, `QU`, `ĐUK`, `BCS` (a state's: `TTg`, `UBND`, `BTC`). */
const PARTY_ISSUER = /^(?:TW|TƯ|T[UƯ]|HU|ĐU|QU|ĐUK|BCS)(?![A-Za-zĐđƯư])/u;
/** Types a year after their word names the year of: a year's plan, programme, report or resolution. */
const YEAR_DOCUMENT_TYPES: ReadonlySet<ReferenceType> = new Set(["KH", "CTr", "BC", "NQ"]);
const WRAPPED_NUMBER_AT = /^[0-9]{1,5}(?:\/(?:19|20)[0-9]{2})?[ \t]+\p{Ll}/u;
/** A number without a code; `/2024` of `Thông tư số 03/2024` is its year, not a ratio. */
// (a letter may close the number: `Kế hoạch 93A`)
const NUMBER_AT = new RegExp(`([0-9]{1,5}[a-z]?)(?:\\/((?:19|20)[0-9]{2}))?(?![${LETTER}0-9]|[.,/-][0-9])`, "uy");
/**
 * A bare number followed by these measures something: `Kế hoạch 5 năm`, `Chương trình 3 nội dung`,
 * `Báo cáo 4 Nghị quyết` (documents counted), `Kết luận 01 chi ủy`, `Kết luận 66 tổ chức đảng` (not
 * `Kế hoạch 45 tổ chức Đại hội`: there `tổ chức` is the verb).
 */
// (`ngày` then a date is the document's own: `Kế hoạch 45 ngày 12/4/2024`, `Kết luận 121 ngày 24/01/2025`; not a span
// of dates, `Kế hoạch 100 ngày 01/6/2024 đến 08/9/2024` is a plan of 100 days)
const MEASURED_AFTER = new RegExp(
  `\\s*(?:%|‰|(?:năm|tháng|tuần|quý|ngày(?!\\s+[0-9]{1,2}[/.-][0-9]{1,2}(?:[/.-][0-9]{2,4})?(?![0-9/.-])(?!\\s*(?:đến|tới|-|–)\\s*[0-9]))|giờ|lần|nội\\s+dung|điểm|chỉ\\s+tiêu|nhiệm\\s+vụ|giải\\s+pháp|mục\\s+tiêu|tiêu\\s+chí|giai\\s+đoạn|bước|đợt|khâu|đồng|triệu|tỷ|hộ|người|ha|km` +
    `|nghị\\s+quyết|chỉ\\s+thị|kết\\s+luận|văn\\s+bản|chuyên\\s+đề|chi\\s+bộ|chi\\s+ủy|tổ\\s+chức\\s+đảng|đảng\\s+viên)(?![${LETTER}]))`,
  "uy",
);
const DATE_TAIL = new RegExp(
  // (`ngày12/4/2021`, its space lost, is the same date)
  `\\s*,?\\s*\\(?\\s*(?:được\\s+)?(?:ban\\s+hành\\s+)?ngày\\s*([0-9]{1,2})\\s*` +
    `(?:([/.-])\\s*([0-9]{1,2})\\s*\\2\\s*((?:19|20)[0-9]{2})|tháng\\s+([0-9]{1,2})\\s*(?:năm\\s+|[,/-]\\s*)((?:19|20)[0-9]{2}))\\)?`,
  "uy",
);
const ISSUER_TAIL = /\s*,?\s*của\s+/uy;
const TERM_TAIL = new RegExp(`\\s*,?\\s*\\(?\\s*khóa\\s+([ivxlc]+|[0-9]{1,2})(?![${LETTER}0-9])`, "uy");
const WORD_AT = new RegExp(`[${LETTER}]+`, "uy");

interface Found {
  type: ReferenceType;
  number: string;
  code: string | null;
  /** issuer read off the code (`TW`), which outranks one read off the prose */
  codeIssuer: string | null;
  issuer: string | null;
  term: string | null;
  date: string | null;
  start: number;
  end: number;
  rule: string;
}

interface CodeMatch {
  type: ReferenceType;
  number: string;
  code: string;
  issuer: string | null;
  end: number;
}

function codeAt(text: string, at: number): CodeMatch | null {
  CODE_AT.lastIndex = at;
  const m = CODE_AT.exec(text);
  return m ? readCode(m, at) : null;
}

function readCode(m: RegExpExecArray, start: number): CodeMatch | null {
  const number = m[1]!;
  const end = start + m[0].length;
  if (m[8] !== undefined) return { type: "L", number, code: m[0], issuer: m[8], end };
  const type = CODE_TYPE.get((m[2] ?? m[5])!);
  if (!type) return null;
  // `4843 - QĐ/HNDT` is the code `4843-QĐ/HNDT`, `21 – NQ/TW` is `21-NQ/TW`, `59/QĐ- TTg` is `59/QĐ-TTg`
  return { type, number, code: m[0].replace(/ /gu, "").replace(/[–—]/gu, "-"), issuer: m[3] ?? m[6] ?? null, end };
}

function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/**
 * A meeting named before the body that held it: `Hội nghị Trung ương 5`,
 * `Hội nghị lần thứ 6 Ban Chấp hành Trung ương Đảng`. The body is the
 * issuer; the meeting's number is skipped, so a term after it is still read
 * (counterexample: `của Hội nghị Trung ương 5 khóa XIII` gave the issuer
 * `Hội` and no term).
 */
const MEETING = new RegExp(`hội\\s+nghị\\s+(?:lần\\s+thứ\\s+(?:[0-9]{1,2}|[ivxlc]+|[${LETTER}]+)\\s+)?(?=[${LETTER}])`, "uy");
const MEETING_NUMBER = new RegExp(`\\s+(?:lần\\s+thứ\\s+)?(?:[0-9]{1,2}|[ivxlc]+)(?![${LETTER}0-9]|[.,/][0-9])`, "uy");

/** The issuer named after `của`: capitalised words and the organisational words between them. */
function issuerAt(doc: PreparedDocument, at: number, afterMeeting = false): { issuer: string; end: number } | null {
  MEETING.lastIndex = at;
  // one meeting only: `Hội nghị Hội nghị …` repeated is no issuer (and must not recurse without end)
  const meeting = afterMeeting ? null : MEETING.exec(doc.folded);
  if (meeting) {
    const body = issuerAt(doc, at + meeting[0].length, true);
    if (!body) return null;
    MEETING_NUMBER.lastIndex = body.end;
    const number = MEETING_NUMBER.exec(doc.folded);
    return number ? { issuer: body.issuer, end: body.end + number[0].length } : body;
  }
  const words: Array<{ start: number; end: number }> = [];
  let p = at;
  while (words.length < 8) {
    WORD_AT.lastIndex = p;
    const m = WORD_AT.exec(doc.folded);
    if (!m) break;
    const word = m[0];
    const capital = isUpper(doc.text[p]);
    if (words.length === 0 && !capital) return null;
    if (!capital && (!ISSUER_WORDS.has(word) || word === "khóa")) break;
    words.push({ start: p, end: p + word.length });
    p += word.length;
    if (doc.text[p] !== " " || !/[\p{L}]/u.test(doc.text[p + 1] ?? "")) break;
    p++;
  }
  if (words.length === 0) return null;
  let first = 0;
  const foldedFrom = (i: number) => doc.folded.slice(words[i]!.start, words[words.length - 1]!.end);
  for (const organ of ISSUER_ORGANS) {
    const count = organ.split(" ").length;
    if (words.length > count && foldedFrom(0).startsWith(organ + " ")) first = count;
  }
  const end = words[words.length - 1]!.end;
  // `BCH Trung ương Đảng`, `Trung ương Đảng khóa X` are the Central Committee: `Trung ương`.
  if (foldedFrom(first).startsWith("trung ương")) return { issuer: "Trung ương", end };
  return { issuer: doc.text.slice(words[first]!.start, end), end };
}

/** Date, issuer and term after the number, in any order; only the date belongs to the mention. */
function readTail(doc: PreparedDocument, found: Found): void {
  let p = found.end;
  for (let round = 0; round < 3; round++) {
    DATE_TAIL.lastIndex = p;
    const date = found.date === null ? DATE_TAIL.exec(doc.folded) : null;
    if (date) {
      const [, day, , month1, year1, month2, year2] = date;
      found.date = isoDate(Number(year1 ?? year2), Number(month1 ?? month2), Number(day));
      p += date[0].length;
      if (found.date) found.end = p;
      continue;
    }
    ISSUER_TAIL.lastIndex = p;
    const of = found.issuer === null && ISSUER_TAIL.exec(doc.folded);
    if (of) {
      const issuer = issuerAt(doc, p + of[0].length);
      if (!issuer) return;
      found.issuer = issuer.issuer;
      p = issuer.end;
      continue;
    }
    TERM_TAIL.lastIndex = p;
    const term = found.term === null ? TERM_TAIL.exec(doc.folded) : null;
    if (term) {
      found.term = term[1]!.toUpperCase();
      p += term[0].length;
      continue;
    }
    return;
  }
}

/** A number or a code right at `at`, after a type word. */
function numberAt(doc: PreparedDocument, type: ReferenceType, start: number, at: number, rule: string, bare: boolean, codeOnly = false): Found | null {
  const code = codeAt(doc.text, at);
  if (code) {
    // Party regulations long used QĐ in their codes: `Quy định 144-QĐ/TW` is a regulation (QĐi), not a decision.
    // A National Assembly code (`88/2019/QH14`) names no type: the word before it does (`Nghị quyết 88/2019/QH14` is NQ, `Luật 45/2019/QH14` L).
    const codeType = code.type === "QĐ" && type === "QĐi" ? "QĐi" : code.type === "L" ? type : code.type;
    return { type: codeType, number: code.number, code: code.code, codeIssuer: code.issuer, issuer: null, term: null, date: null, start, end: code.end, rule };
  }
  // after a type word, a party code typed with a space for its dash: `Quy định số 30 QĐ/TW` is `30-QĐ/TW`
  SPACED_CODE_AT.lastIndex = at;
  const spaced = SPACED_CODE_AT.exec(doc.text);
  const spacedType = spaced ? CODE_TYPE.get(spaced[2]!) : undefined;
  if (spaced && spacedType) {
    const codeType = spacedType === "QĐ" && type === "QĐi" ? "QĐi" : spacedType;
    // a party committee's code keeps the party's form (`45 KH-ĐU` is `45-KH/ĐU`)
    const party = spaced[3] === "/" || PARTY_ISSUER.test(spaced[4]!);
    const code = party ? `${spaced[1]}-${spaced[2]}/${spaced[4]}` : `${spaced[1]}/${spaced[2]}-${spaced[4]}`;
    return { type: codeType, number: spaced[1]!, code, codeIssuer: spaced[4]!, issuer: null, term: null, date: null, start, end: at + spaced[0].length, rule };
  }
  LETTER_CODE_AT.lastIndex = at;
  const letter = LETTER_CODE_AT.exec(doc.text);
  if (letter) {
    const end = at + letter[0].length;
    const letters = letter[3]!.replace(/ /gu, "");
    // the type glued to the issuer only when it is the type word's (`Nghị định số 61/2018/NĐCP`; counterexample:
    // `Công văn số 1234/TTCP-KHTH` is from Thanh tra Chính phủ, `TT` no circular)
    const glued = GLUED_TYPE.exec(letters)?.[0];
    const issuer = glued !== undefined && CODE_TYPE.get(glued) === type ? letters.slice(glued.length) : letters;
    return { type, number: letter[1]!, code: letter[0].replace(/ /gu, ""), codeIssuer: issuer, issuer: null, term: null, date: null, start, end, rule };
  }
  if (codeOnly) return null;
  NUMBER_AT.lastIndex = at;
  const m = NUMBER_AT.exec(doc.folded);
  if (!m) return null;
  const end = at + m[0].length;
  if (bare) {
    MEASURED_AFTER.lastIndex = end;
    if (MEASURED_AFTER.test(doc.folded)) return null;
    // `Kế hoạch 2026`, `Chương trình 2025`, `Nghị quyết 2025 về chuyển đổi số`: the year's plan or resolution, no
    // document number (counterexample: `Quyết định 1956 của Thủ tướng`, `Đề án 1956` are numbers)
    if (YEAR_DOCUMENT_TYPES.has(type) && /^(?:19|20)[0-9]{2}$/u.test(m[1]!) && m[2] === undefined) return null;
  }
  return { type, number: doc.text.slice(at, at + m[1]!.length), code: null, codeIssuer: null, issuer: null, term: null, date: null, start, end, rule };
}

/** The document a type word at [start, wordEnd) names, if a number follows. */
function afterTypeWord(doc: PreparedDocument, type: ReferenceType, start: number, wordEnd: number, bareAllowed: boolean, codeOnly = false): Found | null {
  if (type === "NQ") {
    PLENUM_AT.lastIndex = wordEnd;
    PLENUM_BEFORE_BODY_AT.lastIndex = wordEnd;
    const plenum = PLENUM_AT.exec(doc.folded) ?? PLENUM_BEFORE_BODY_AT.exec(doc.folded);
    if (plenum) {
      const written = plenum[1]!;
      const number = /[0-9]/u.test(written) ? written : written in PLENUM_WORDS ? String(PLENUM_WORDS[written]) : String(romanValue(written));
      return { type, number, code: null, codeIssuer: null, issuer: "Trung ương", term: null, date: null, start, end: wordEnd + plenum[0].length, rule: "reference.plenum" };
    }
  }
  NUMBERED_AT.lastIndex = wordEnd;
  const numbered = NUMBERED_AT.exec(doc.folded);
  if (numbered) return numberAt(doc, type, start, wordEnd + numbered[0].length, "reference.numbered", false, codeOnly);
  if (codeOnly) return null;
  BARE_AT.lastIndex = wordEnd;
  const bare = BARE_AT.exec(doc.folded);
  if (!bare) return null;
  const at = wordEnd + bare[0].length;
  // A code after the type word is always a reference; a bare number only after a capitalised type word, on
  // the same line (counterexample: a list's `Tuyên truyền Nghị quyết` / `2` / `Kiểm tra giám sát`, a table's
  // cells one per line); a paragraph break ends the type word's reach.
  if (/\n[^\S\n]*\n/u.test(bare[0])) return null;
  // (a number wrapped onto the next line goes on in lower case there: `Nghị quyết` / `18 của Ban Chấp hành …`)
  if (!bareAllowed || (bare[0].includes("\n") && !WRAPPED_NUMBER_AT.test(doc.text.slice(at, at + 40)))) {
    const code = codeAt(doc.text, at);
    return code ? numberAt(doc, type, start, at, "reference.bare", true) : null;
  }
  return numberAt(doc, type, start, at, "reference.bare", true);
}

// (a plenum's list may name the Central Committee again: `Nghị quyết Trung ương 6, Trung ương 7 khóa XIII`)
const LIST_ITEM = /[ \t]*(?:,|và)[ \t]*(?:(?:trung[ \t]+ương|tw|t\.?ư)[ \t]+)?([0-9]{1,5})(?![0-9])/uy;
const TERM_NEXT = /[ \t]*,?[ \t]*\(?khóa(?![\p{L}\p{M}])/uy;
// (the Central Committee's: a local committee's meeting numbers meetings, `Nghị quyết số 05, 3 Hội nghị BCH đã …` counts them)
const MEETING_NEXT = /[ \t]*,?[ \t]*(?=hội\s+nghị\s+(?:(?:ban\s+chấp\s+hành|bch)\s+)?(?:trung\s+ương|tw|t\.?ư)(?![\p{L}\p{M}]))/uy;

/**
 * The numbers listed after one type word: `Nghị quyết số 18, 19, 20,
 * 21-NQ/TW` (the run ends on a code of the same type, which the code reader
 * takes), `Nghị quyết Trung ương 6, 7 khóa XII` (a plenum's, ending on its
 * term), `các Chỉ thị 35, 36 của Bộ Chính trị` (ending on who issued them).
 * Counterexample: `Nghị quyết 18, 25 hộ nghèo …` ends on none of these: the
 * 25 is no document.
 */
function listAfter(doc: PreparedDocument, first: Found): Found[] {
  const items: Found[] = [];
  for (let p = first.end; items.length <= 10; ) {
    LIST_ITEM.lastIndex = p;
    const m = LIST_ITEM.exec(doc.folded);
    if (!m) {
      TERM_NEXT.lastIndex = p;
      if (first.rule === "reference.plenum" && TERM_NEXT.test(doc.folded)) return items;
      // `các Chỉ thị 35, 36 của Bộ Chính trị`: the run ends on who issued the documents,
      // or on the meeting that adopted them (`Nghị quyết số 18, 19 Hội nghị Trung ương 6 khóa XII`)
      ISSUER_TAIL.lastIndex = p;
      const of = items.length > 0 && ISSUER_TAIL.exec(doc.folded);
      if (of) return issuerAt(doc, p + of[0].length) ? items : [];
      MEETING_NEXT.lastIndex = p;
      const meeting = items.length > 0 && MEETING_NEXT.exec(doc.folded);
      if (meeting && isUpper(doc.text[p + meeting[0].length])) return items;
      // or after a plural's type word, on a verb (`các Quyết định 415, 416, 417 công nhận …`; counterexample: `Nghị quyết
      // 18, 25 hộ nghèo` names one document and counts households)
      return items.length > 0 && /(?:^|[^\p{L}\p{M}])(?:các|những)[ \t]+$/u.test(doc.folded.slice(Math.max(0, first.start - 8), first.start)) && VERB_AFTER_LIST.test(doc.folded.slice(p, p + 20)) ? items : [];
    }
    const start = p + m[0].length - m[1]!.length;
    const code = codeAt(doc.text, start);
    if (code) return code.type === first.type || partyRegulationCode(code, first.type) ? items : [];
    p = start + m[1]!.length;
    items.push({ ...first, number: m[1]!, code: null, codeIssuer: null, term: null, date: null, start, end: p, rule: `${first.rule}.list` });
  }
  return [];
}

/**
 * Party regulations long used QĐ in their codes: a party's `QĐ` code (`132-QĐ/TW`) read where a regulation (`QĐi`) is
 * meant. A state decision's code (`1234/QĐ-UBND`) is a decision's wherever it stands.
 */
function partyRegulationCode(code: { type: string; code: string | null }, meant: string): boolean {
  return code.type === "QĐ" && meant === "QĐi" && code.code !== null && /^[^/]*-QĐ\//u.test(code.code);
}
/** A verb after a plural's list of numbers: what the documents did (`công nhận`, `về việc`, `phê duyệt`, `ban hành`). */
const VERB_AFTER_LIST = /^[ \t]*(?:công nhận|về việc|về|phê duyệt|ban hành|quy định|giao|thành lập|kiện toàn|điều chỉnh|sửa đổi|hướng dẫn)(?![\p{L}\p{M}])/u;
/** What parts two items of one list: `, `, ` và `. */
const LIST_JOIN = /^[ \t]*(?:,|;|và)[ \t]*$/u;

/** After a bare number in lower case, who issued it (`của Đảng ủy`, `của Chính phủ`) or its quoted name (`"Phụ nữ …"`). */
const ISSUED_BY_AFTER = /[ \t]*(?:của|do)[ \t]+/uy;
// (the quoted name only after a number of two digits or more: `thông báo 2 "điểm mới"` is a verb and a count)
function citedAfter(doc: PreparedDocument, at: number, number: string): boolean {
  if (number.length >= 2 && /^[ \t]*["“]/u.test(doc.text.slice(at, at + 4))) return true;
  ISSUED_BY_AFTER.lastIndex = at;
  const by = ISSUED_BY_AFTER.exec(doc.folded);
  return by !== null && issuerAt(doc, at + by[0].length) !== null;
}

/**
 * A sentence opening on the day a body issued the document: `Ngày 02/3/2024, UBND thành phố ban hành Kế hoạch số
 * 61/KH-UBND …`, `Tiếp đó, ngày …`, after a dateline's source, `(GDLL) - Ngày 28/7/2021, …`; signed that day, `Ngày
 * 16/6/2023, UBND tỉnh đã ký Quyết định số 1756/QĐ-UBND`, `Sáng 5/3/2024, … ban hành Chỉ thị …` (counterexample, an event's
 * day: `Ngày 20/3/2024, phường tổ chức ra quân theo Kế hoạch số 61/KH-UBND`).
 */
// (the issuer is the sentence's subject: not after `sau khi`, `kể từ khi`, nor a plan or a request, `chưa`, `dự kiến`,
// `chỉ đạo các xã … ban hành`, `văn bản mới ban hành`)
const ISSUED_ON_BEFORE =
  /(?:^|[.!?;\n][ \t]*|[)][ \t]*[-–][ \t]*)(?:[\p{L}\p{M}]+(?:[ ][\p{L}\p{M}]+){0,3},[ ])?(?:(?:sáng|chiều|tối|trưa)[ ](?:ngày[ ])?|ngày[ ])(\d{1,2})(?:\/(\d{1,2})\/|[ ]tháng[ ](\d{1,2})[ ]năm[ ])(\d{4})[ ]?,[ ](?:(?:(?!(?:sau|khi|chưa|dự kiến|chỉ đạo|đề nghị|yêu cầu|mới|sẽ|cần)(?![\p{L}\p{M}]))[^,.;!?\n])*?[ ])?(?:(?:đã|vừa)[ ])?(?:ký(?:[ ]ban hành)?|ban hành)[ ](?:(?:các|những)[ ])?$/u;
/** How far back the issuing sentence's opening is looked for (`Ngày 02 tháng 3 năm 2024, Ban Thường vụ Đảng ủy …`). */
const ISSUED_ON_REACH = 120;
function issuedOnBefore(doc: PreparedDocument, start: number): string | null {
  // (a window cut inside the text opens on a mark, so that `^` is only the text's start)
  const window = start > ISSUED_ON_REACH ? `\u0000${doc.folded.slice(start - ISSUED_ON_REACH, start)}` : doc.folded.slice(0, start);
  const m = ISSUED_ON_BEFORE.exec(window);
  return m ? isoDate(Number(m[4]), Number(m[2] ?? m[3]), Number(m[1])) : null;
}

/** How far apart the numbers of one day's documents may be: `99/QĐ-UBND, 103/QĐ-UBND, 105/QĐ-UBND ngày 26/01/2023`. */
const MAX_LISTED_GAP = 10;
const YEAR_IN_CODE = /\/((?:19|20)\d{2})\//u;
function findMentions(doc: PreparedDocument, from: number, to: number): Found[] {
  const found: Found[] = [];
  // the last document dated by its issuing sentence: the documents listed right after it were issued that day too
  // (`ngày 02/3/2024, UBND ban hành Kế hoạch số 61/KH-UBND và Quyết định số 62/QĐ-UBND`; counterexample: `… Kế hoạch
  // số 61/KH-UBND thực hiện Nghị quyết số 15-NQ/TU` is another body's older document)
  // (nor one of another body: `… Kế hoạch số 61-KH/HU, Nghị quyết số 15-NQ/TW` lists the Politburo's older document)
  let issued: { end: number; date: string; by: string | null } | null = null;
  const take = (f: Found | null) => {
    if (!f || f.end > to) return;
    readTail(doc, f);
    if (f.date === null) {
      const by = f.codeIssuer ?? f.issuer;
      const listed =
        issued && f.start >= issued.end && (by === null || issued.by === null || by === issued.by) && LIST_JOIN.test(doc.text.slice(issued.end, f.start)) ? issued.date : null;
      f.date = listed ?? issuedOnBefore(doc, f.start);
      if (f.date !== null) issued = { end: f.end, date: f.date, by: by ?? issued?.by ?? null };
    }
    found.push(f);
  };

  TYPE_WORD_RE.lastIndex = from;
  for (let m = TYPE_WORD_RE.exec(doc.folded); m && m.index < to; m = TYPE_WORD_RE.exec(doc.folded)) {
    const start = m.index;
    const capital = isUpper(doc.text[start]);
    // `vàNghị quyết` (a lost space) still starts a reference; `thảoluận` does not end in one.
    if (start > 0 && /[\p{L}\p{M}]/u.test(doc.folded[start - 1]!) && !capital) continue;
    const word = m[1]!.replace(/\s+/gu, " ");
    let f = afterTypeWord(doc, TYPE_WORD.get(word)!, start, start + m[0].length, capital, CODE_ONLY_TYPE_WORD.has(word));
    // in lower case, a bare number only with who issued it or its quoted name after it: `nghị quyết 22 của Đảng ủy`,
    // `đề án 178 "Phụ nữ …"` (counterexample: `kế hoạch 5 năm`, `quyết định 3 nội dung` name none)
    if (!f && !capital) {
      const loose = afterTypeWord(doc, TYPE_WORD.get(word)!, start, start + m[0].length, true, CODE_ONLY_TYPE_WORD.has(word));
      if (loose && citedAfter(doc, loose.end, loose.number)) f = loose;
    }
    take(f);
    if (f && f.code === null) for (const item of listAfter(doc, f)) take(item);
  }

  ABBREVIATION_RE.lastIndex = from;
  for (let m = ABBREVIATION_RE.exec(doc.text); m && m.index < to; m = ABBREVIATION_RE.exec(doc.text)) {
    const abbreviation = ABBREVIATION.get(m[1]!)!;
    take(afterTypeWord(doc, abbreviation.type, m.index, m.index + m[0].length, abbreviation.bare));
  }

  // Codes the type words did not reach: `các Nghị quyết 18-NQ/TW, 19-NQ/TW`.
  const covered = mergeSpans(found);
  CODE_ANYWHERE.lastIndex = from;
  for (let m = CODE_ANYWHERE.exec(doc.text); m && m.index < to; m = CODE_ANYWHERE.exec(doc.text)) {
    const start = m.index;
    if (overlapsAny(covered, start, start + m[0].length)) continue;
    const code = readCode(m, start);
    if (code) {
      // `các Quy định số 131-QĐ/TW, 132-QĐ/TW`, `Quy định số 114, 131 và 132-QĐ/TW`: a code listed after a regulation's
      // is a regulation's too (a decision's code reads the same)
      // (of the same issuer: `Quy định số 213-QĐ/TW và 2068-QĐ/TU của Tỉnh ủy` lists a committee's decision)
      const issuer = (c: string) => c.slice(c.lastIndexOf("/") + 1);
      const listed =
        partyRegulationCode(code, "QĐi") &&
        found.some((f) => f.type === "QĐi" && (f.code === null || issuer(f.code) === issuer(code.code)) && LIST_JOIN.test(doc.text.slice(f.end, start)));
      take({ type: listed ? "QĐi" : code.type, number: code.number, code: code.code, codeIssuer: code.issuer, issuer: null, term: null, date: null, start, end: code.end, rule: "reference.code" });
    }
  }
  const sorted = found.sort((a, b) => a.start - b.start || b.end - a.end).filter((f, i, all) => i === 0 || f.start >= all[i - 1]!.end);
  // codes of one type and body listed before a date share it, numbered close together as one day's are: `Quyết định số
  // 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013` (counterexamples: `Nghị quyết 18-NQ/TW, Kết luận 21-KL/TW ngày 25/10/2021` dates
  // the conclusion alone; `99-QĐ/TW, 217-QĐ/TW ngày …` years apart; a code of another year, `15/2020/NĐ-CP, 16/2020/NĐ-CP
  // ngày 26/02/2014`; one of the date's year shares it, `101/2024/NĐ-CP và 102/2024/NĐ-CP ngày 29/7/2024`)
  for (let i = sorted.length - 2; i >= 0; i--) {
    const [f, next] = [sorted[i]!, sorted[i + 1]!];
    const year = YEAR_IN_CODE.exec(f.code ?? "");
    const close = Math.abs(parseInt(f.number, 10) - parseInt(next.number, 10)) <= MAX_LISTED_GAP && (year === null || next.date?.startsWith(year[1]!) === true);
    if (f.date === null && next.date !== null && close && f.type === next.type && f.codeIssuer !== null && f.codeIssuer === next.codeIssuer && LIST_JOIN.test(doc.text.slice(f.end, next.start))) {
      f.date = next.date;
    }
  }
  return sorted;
}

/** A document is its type and number (`01` = `1`); two codes that differ (`01-NQ/TU`, `01-NQ/HU`) are two documents. */
const documentKey = (type: string, number: string) => `${type}#${parseInt(number, 10)}`;
// (one code written two ways is one document: `60-NQ/TW` and `60/NQ-TW`)
const codeKey = (code: string) => code.replace(/[\s/–—-]/gu, "").toUpperCase();
const compatible = (r: Reference, f: Found) => r.code === null || f.code === null || codeKey(r.code) === codeKey(f.code);

/** Where references may stand: the headline and the article body, never the page furniture. */
function articleRange(doc: PreparedDocument): [number, number] {
  const title: Line | null = doc.layout.title;
  return [title ? Math.min(title.start, doc.layout.body.start) : doc.layout.body.start, doc.layout.body.end];
}

/**
 * A document's own number in its letterhead (`Số: 215/BC-UBND` on a line of its
 * own, or a cell of one, parted by a bar or a tab; `Số 68-KH/ĐU` alone on its line under
 * a portal's headline): the report is not citing itself. Its span is still
 * claimed, so its digits become no figure. (A citation goes on after its code: `Số 68-KH/ĐU ngày …`.)
 */
export function isOwnNumber(doc: PreparedDocument, reference: Reference): boolean {
  return reference.mentions.every((m) => {
    const lineStart = doc.text.lastIndexOf("\n", m.start - 1) + 1;
    const lineEnd = doc.text.indexOf("\n", m.end);
    const before = doc.folded.slice(lineStart, m.start);
    const after = doc.text.slice(m.end, lineEnd < 0 ? doc.text.length : lineEnd);
    if (OWN_NUMBER_BEFORE.test(before) && /^[ \t]*(?:\||$)/u.test(after)) return true;
    // (the place and date run on after it, as a PDF's text keeps the columns: `Số: 97/BC-UBND An Bình, ngày 05 tháng 7 năm 2025`)
    if (LOOSE_OWN_NUMBER_BEFORE.test(before) && isPlaceDateLine(after.trim())) return true;
    // without its colon, or a tab or a run of spaces after it, only in a letterhead: the motto or the place and date
    // on its line or the two around it (counterexample: a list of plans, `Số 68-KH/ĐU <TAB> ngày 5/1/2024 <TAB> về …`,
    // `Số: 15-NQ/ĐU     ngày 5/1/2024     về …`, cites them)
    return LOOSE_OWN_NUMBER_BEFORE.test(before) && /^(?:[ \t]*(?:[|\t]|$)| {3,})/u.test(after) && nearLetterhead(doc, lineStart, lineEnd < 0 ? doc.text.length : lineEnd);
  });
}
const OWN_NUMBER_BEFORE = /(?:^|\|)[ \t]*số(?:[ \t]+k[ýí][ \t]+hiệu)?[ \t]*:[ \t]*$/u;
const LOOSE_OWN_NUMBER_BEFORE = /(?:^|[|\t])[ \t]*số(?:[ \t]+k[ýí][ \t]+hiệu)?[ \t]*:?[ \t]*$/u;

/** Whether the line, or one of the three lines with text on either side (blank lines passed over), is a letterhead's: its motto, or its place and date. */
function nearLetterhead(doc: PreparedDocument, lineStart: number, lineEnd: number): boolean {
  const letterhead = (line: string) => MOTTO.test(line) || isPlaceDateLine(line);
  if (letterhead(doc.text.slice(lineStart, lineEnd))) return true;
  // up, then down, each line read once, at most a few lines each way (blank ones are free, up to a bound)
  for (let seen = 0, blank = 0, end = lineStart - 1; end > 0 && seen < 3 && blank < MAX_BLANK_LINES; ) {
    const start = doc.text.lastIndexOf("\n", end - 1) + 1;
    const line = doc.text.slice(start, end);
    if (line.trim() === "") blank++;
    else if (letterhead(line)) return true;
    else seen++;
    end = start - 1;
  }
  for (let seen = 0, blank = 0, start = lineEnd + 1; start < doc.text.length && seen < 3 && blank < MAX_BLANK_LINES; ) {
    const next = doc.text.indexOf("\n", start);
    const end = next < 0 ? doc.text.length : next;
    const line = doc.text.slice(start, end);
    if (line.trim() === "") blank++;
    else if (letterhead(line)) return true;
    else seen++;
    start = end + 1;
  }
  return false;
}
/** Blank lines passed over at most looking for a letterhead's line. */
const MAX_BLANK_LINES = 8;


export function findReferences(doc: PreparedDocument): Reference[] {
  const [from, to] = articleRange(doc);
  const references: Reference[] = [];
  const byKey = new Map<string, Reference[]>();
  for (const f of findMentions(doc, from, to)) {
    if (overlapsAny(doc.layout.insets, f.start, f.end)) continue;
    const mention: Mention = { text: doc.text.slice(f.start, f.end), start: f.start, end: f.end };
    const key = documentKey(f.type, f.number);
    const existing = byKey.get(key)?.find((r) => compatible(r, f));
    if (existing) {
      existing.mentions.push(mention);
      existing.code ??= f.code;
      // An issuer read off a code (`TW`) outranks one read off the prose (`của Bộ Chính trị`).
      if (f.codeIssuer) existing.issuer = f.codeIssuer;
      else existing.issuer ??= f.issuer;
      existing.term ??= f.term;
      existing.date ??= f.date;
      continue;
    }
    const reference: Reference = {
      type: f.type,
      number: f.number,
      code: f.code,
      issuer: f.codeIssuer ?? f.issuer,
      term: f.term,
      date: f.date,
      ...mention,
      mentions: [mention],
    };
    references.push(reference);
    byKey.set(key, [...(byKey.get(key) ?? []), reference]);
  }
  return references;
}
