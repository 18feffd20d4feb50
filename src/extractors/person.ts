/**
 * Named people and their roles.
 *
 * A capitalised run is a person only when something says so, because in
 * these reports most capitalised runs are places and bodies that share
 * syllables with names (`phường Lê Lợi`, `tỉnh Hà Giang`, `Lâm Đồng`,
 * `Đoàn TNCS Hồ Chí Minh`). The triggers, each a rule with a stable id:
 *
 *   person.honorific     `Đồng chí Đàm Đức Hà`, `Bà Nguyễn Thị Oanh`, `Đại tá Lò Văn Pọm`
 *   person.role-before   `Bí thư Đảng ủy phường Bắc Hồng Đặng Ngọc Vệ phát biểu`
 *   person.role-after    `Nguyễn Văn Hùng, Chủ tịch UBND xã`, `Trần Thị Lan - Bí thư Chi bộ`
 *   person.speech        `Hoàng Văn Khánh cho biết` (three or four syllables)
 *   person.born          `Trần Quốc Khánh (SN 1992, trú tại …)`
 *   person.pair          `bắt Trần Văn Quyết và Lê Thị Hằng` (`Văn`, `Thị` after each surname)
 *   person.list          `các đồng chí Lê Văn Tú, Phạm Thị Hằng và Vũ Đức Long`
 *   person.table-row     `1 | Lê Văn Cường | Chủ tịch HĐND xã | 100%` (a name's cell, a title's next to it)
 *   person.photo-credit  `Ảnh: Vương Trang` (a person with no role)
 *   person.byline        the author, from metadata's bylines and signature block
 *
 * Tokens are read from `doc.text` (capitalisation) and `doc.folded` (lexicon
 * lookups), which have the same length, so `Đảng uỷ`/`Đảng ủy` match alike and
 * every span points into `doc.text`.
 */
import { mergeSpans, overlapsAny, type Line, type PreparedDocument } from "../pipeline/document.js";
import type { Person } from "../schema.js";
import {
  HONORIFIC_PLACES,
  HONORIFICS,
  MIDDLE_NAMES,
  NOT_NAME_LINES,
  NOT_PERSON_NAMES,
  PLACE_WORDS,
  PROVINCES,
  ROLE_STOPS,
  ROLE_WORDS,
  WORK_AFTER_NAME,
  GROUP_AFTER_WORK_WORDS,
  STATE_HONOUR_TITLES,
  SPEECH_VERBS,
  SURNAMES,
} from "../lexicon/names.js";
import type { Metadata } from "./metadata.js";
import { charAt, LETTER_OR_MARK } from "../pipeline/chars.js";
import { DATE_LINE, isFurnitureLine, isLetterheadLine, SECTION_NAMES } from "../lexicon/furniture.js";
import { isParagraph } from "../pipeline/segment.js";
import { UNIT_WORDS } from "../lexicon/numbers.js";

// ---------- tokens ----------

/**
 * A word of the text: `[\p{L}\p{M}\p{N}]+` with inner apostrophes
 * (`Ka’Ngọc`). Its strings are cut from the text only when asked for: a
 * report has thousands of tokens and most are never looked at.
 */
export class Token {
  #raw: string | undefined;
  #low: string | undefined;
  #cap: boolean | undefined;
  constructor(
    private readonly doc: PreparedDocument,
    readonly start: number,
    readonly end: number,
  ) {}
  get raw(): string {
    return (this.#raw ??= this.doc.text.slice(this.start, this.end));
  }
  /** folded: lower case, new-style tone placement */
  get low(): string {
    return (this.#low ??= this.doc.folded.slice(this.start, this.end));
  }
  /** a name syllable: capital then lower case (`Đàm`, `Ksor`, `A`), not an acronym (`UBND`) */
  get cap(): boolean {
    if (this.#cap === undefined) {
      // most words start in lower case or with a digit, which no capital (`\p{Lu}`) is: no need to cut the string
      const first = this.doc.text.charCodeAt(this.start);
      this.#cap = first < 0x41 || (first >= 0x61 && first <= 0x7a) || lowerLatin(first, this.doc.folded.charCodeAt(this.start)) ? false : NAME_SYLLABLE.test(this.raw);
    }
    return this.#cap;
  }
}

/**
 * A Latin letter (`đ`, `ư`, `ấ`) that folding left as it was: every capital
 * of these blocks has a lower case of one code unit, so it is no capital.
 * `İ` is the exception (its lower case is two units, and folding keeps it).
 */
function lowerLatin(unit: number, folded: number): boolean {
  return unit === folded && unit !== 0x130 && (unit < 0x250 || (unit >= 0x1e00 && unit <= 0x1eff));
}

const APOSTROPHES = new Set(["'", "’"]);
const SPACED_PREFIX = /^\p{Lu}\p{Ll}?['’] \p{Lu}$/u;
// `Đàm`, `Ka’Ngọc`, and the Central Highlands' `H'Hen`, `K'Mák`, `H'Bơ`
// (or a romanised given name of two joined by a hyphen: `Jae-woon`; a prefix's apostrophe may be followed in lower case,
// as pages type them: `H'win`, `M'lô`)
const NAME_SYLLABLE = /^\p{Lu}(?:[\p{Ll}\p{M}]+(?:['’] ?[\p{L}\p{M}]+)?|['’] ?\p{L}[\p{Ll}\p{M}]+)?$|^[A-Z][a-z]+-[a-z]{2,}$/u;
/**
 * The last document tokenised and its tokens. Not a WeakMap keyed by the
 * document: V8 keeps a WeakMap's entries alive until a full collection, so
 * every document's tokens, and through them its text, outlived the cheap
 * young-generation collections and was copied by each of them (a tenth of a
 * run). Metadata and people read the same document one after the other, so
 * remembering one is enough.
 */
let lastDoc: PreparedDocument | null = null;
let lastTokens: Token[] = [];

/** The document's tokens, read once and shared by metadata (bylines) and people. Read-only. */
export function tokenize(doc: PreparedDocument): readonly Token[] {
  if (doc !== lastDoc) {
    lastTokens = readTokens(doc);
    lastDoc = doc;
  }
  return lastTokens;
}

/** What a token is, as a pattern; readTokens reads the same spans faster. */
// (a romanised Korean or Chinese given name joined by a hyphen is one word, both parts plain Latin letters: `Jae-woon`,
// `Chia-hui`; not a typed `Bàng-cho hay`, whose first part is Vietnamese, nor a Vietnamese word after the hyphen,
// `Nguyễn Văn Minh-con trai`; any second part after a romanised surname, which such names share: `Kim Jong-nam`,
// `Kim Bo-ra`, `Chin Ah-chi`)
const NOT_ROMANISED = "(?:con|cho|va|la|co|ban|anh|em|chi|to|tin|nam|can|sau|hai|ba|bon|nay|khi|thi|ma|de|do|tu|ve|ra|vao|len|xa|ong|cu|chu|bac|me|bo|vo|chong)(?![\\p{L}\\p{M}\\p{N}-])";
/**
 * Korean and Chinese surnames as romanised, before a hyphened given name (not any word of plain Latin letters: a
 * Vietnamese name typed without marks, `Nguyễn Thanh Minh-con trai`).
 */
const ROMANISED_SURNAME =
  "(?<![\\p{L}\\p{M}\\p{N}'’-])(?:Kim|Lee|Park|Choi|Jung|Jeong|Kang|Cho|Yoon|Jang|Lim|Shin|Seo|Kwon|Hwang|Ahn|Yoo|Jeon|Moon|Baek|Ryu|Oh|Chin|Chen|Wang|Lin|Liu|Zhang|Li|Wu|Zhou|Xu|Zhu|Guo|Lai|Tsai|Chang|Yeh|Kuo|Hsu|Cheng|Chung)[ ]";
export const TOKEN_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])\\p{Lu}\\p{Ll}?['’] \\p{Lu}[\\p{L}\\p{M}]*|(?<=${ROMANISED_SURNAME})[A-Z][a-z]+-[a-z]{2,}(?![\\p{L}\\p{M}\\p{N}-])|[A-Z][a-z]+-(?!${NOT_ROMANISED})[a-z]{2,}(?![\\p{L}\\p{M}\\p{N}-])|[\\p{L}\\p{M}\\p{N}]+(?:['’][\\p{L}\\p{M}]+)*`,
  "gu",
);
const ROMANISED_PART = new RegExp(`-(?!${NOT_ROMANISED})[a-z]{2,}(?![\\p{L}\\p{M}\\p{N}-])`, "uy");
const ANY_ROMANISED_PART = /-[a-z]{2,}(?![\p{L}\p{M}\p{N}-])/uy;
const ROMANISED_SURNAME_BEFORE = new RegExp(`${ROMANISED_SURNAME}$`, "u");
/** How far back the surname before a hyphened name is looked for (longer than any surname). */
const SURNAME_REACH = 24;
const ROMANISED_FIRST = /^[A-Z][a-z]+$/u;

/** The tokens of the document: what TOKEN_PATTERN matches, read with the character table (chars.test.ts checks they agree). */
export function readTokens(doc: PreparedDocument): Token[] {
  const { text } = doc;
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    let c = charAt(text, i);
    if ((c & 3) === 0) {
      i += c >> 2;
      continue;
    }
    const start = i;
    while ((c & 3) !== 0) {
      i += c >> 2;
      c = i < text.length ? charAt(text, i) : 0;
    }
    // `['’][\p{L}\p{M}]+`, as often as it repeats
    while (APOSTROPHES.has(text[i]!) && i + 1 < text.length && (charAt(text, i + 1) & 3) === LETTER_OR_MARK) {
      i++;
      for (c = charAt(text, i); (c & 3) === LETTER_OR_MARK; c = i < text.length ? charAt(text, i) : 0) i += c >> 2;
    }
    // a Highlands prefix typed with a space after its apostrophe: `K' Brèo`, `Ka’ Nhung` (counterexample: a quote's
    // closing mark, `'A' là`, is followed by lower case)
    if (i - start <= 2 && APOSTROPHES.has(text[i]!) && text[i + 1] === " " && SPACED_PREFIX.test(text.slice(start, i + 3))) {
      i += 2;
      for (c = charAt(text, i); (c & 3) === LETTER_OR_MARK; c = i < text.length ? charAt(text, i) : 0) i += c >> 2;
    }
    if (text[i] === "-" && ROMANISED_FIRST.test(text.slice(start, i))) {
      const part = ROMANISED_SURNAME_BEFORE.test(text.slice(Math.max(0, start - SURNAME_REACH), start)) ? ANY_ROMANISED_PART : ROMANISED_PART;
      part.lastIndex = i;
      if (part.test(text)) i = part.lastIndex;
    }
    out.push(new Token(doc, start, i));
  }
  return out;
}

/** Index of the first token starting at or after `offset`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---------- phrases of the lexicon, matched token by token ----------

interface Phrase {
  words: string[];
  /** what stands between the words: " " means any run of spaces, anything else must match after trimming */
  gaps: string[];
  value: string;
}

/** A trie of phrases by word: `nguyên` alone begins a hundred roles, so trying them one by one was a fifth of finding people. */
interface PhraseNode {
  next: Map<string, PhraseNode>;
  /** the phrases whose words end here, longest value first */
  ending: Phrase[];
}

interface PhraseIndex {
  root: Map<string, PhraseNode>;
  /** wordKey of every first word: most tokens are rejected here, without cutting their string out */
  firstKeys: Uint8Array;
}

/** A cheap 16-bit hash of a word's first two code units and length; equal words have equal keys. */
function wordKey(s: string, start: number, end: number): number {
  return (s.charCodeAt(start) * 961 + (end - start > 1 ? s.charCodeAt(start + 1) : 0) * 31 + (end - start)) & 0xffff;
}

function compile(list: readonly string[]): PhraseIndex {
  const index: PhraseIndex = { root: new Map(), firstKeys: new Uint8Array(0x10000) };
  for (const value of list) {
    const words: string[] = [];
    const gaps: string[] = [];
    let last = -1;
    for (const m of value.matchAll(TOKEN_PATTERN)) {
      if (last >= 0) gaps.push(value.slice(last, m.index).trim() === "" ? " " : value.slice(last, m.index).trim());
      words.push(m[0]);
      last = m.index + m[0].length;
    }
    if (words.length === 0) continue;
    index.firstKeys[wordKey(words[0]!, 0, words[0]!.length)] = 1;
    let level = index.root;
    let node: PhraseNode | undefined;
    for (const word of words) {
      node = level.get(word);
      if (!node) level.set(word, (node = { next: new Map(), ending: [] }));
      level = node.next;
    }
    node!.ending.push({ words, gaps, value });
  }
  const sortAll = (level: Map<string, PhraseNode>): void => {
    for (const node of level.values()) {
      node.ending.sort((a, b) => b.value.length - a.value.length);
      sortAll(node.next);
    }
  };
  sortAll(index.root);
  return index;
}

const ROLE_INDEX = compile(ROLE_WORDS);
const WORK_AFTER_NAME_INDEX = compile(WORK_AFTER_NAME);
/** `quê Sơn La`: a home province, no name. */
const HOMETOWN_BEFORE = /(?<![\p{L}\p{M}])quê[ ]$/u;
const GROUP_AFTER_WORK: ReadonlySet<string> = new Set(GROUP_AFTER_WORK_WORDS);
const STOP_INDEX = compile(ROLE_STOPS);
const HONORIFIC_INDEX = compile(HONORIFICS.map(([w]) => w));
const STATE_HONOURS: ReadonlySet<string> = new Set(STATE_HONOUR_TITLES);
const STRONG_HONORIFIC = new Set(HONORIFICS.filter(([, strong]) => strong).map(([w]) => w));
/** A number before a title makes it plural: `3 đồng chí`, `ba đồng chí`. */
const COUNT_WORD = new RegExp(`^(?:\\p{N}+|${[...Object.keys(UNIT_WORDS), "mười"].join("|")})$`, "u");
const PRESS_GROUPS: ReadonlySet<string> = new Set(["nhóm tác giả", "nhóm phóng viên"]);
const startsWithProvince = (doc: PreparedDocument, tokens: readonly Token[], n: NameSpan) =>
  n.to - n.from >= 2 && PROVINCES.has(`${tokens[n.from]!.low} ${tokens[n.from + 1]!.low}`);
const PLURAL_HONORIFIC = new Set(["các đồng chí", "các ông", "các bà", "các đối tượng", ...PRESS_GROUPS]);
/** Honorifics of a person as such, not of a calling. */
const PERSONAL_HONORIFICS: ReadonlySet<string> = new Set(["ông", "bà", "đồng chí", "đ/c", "anh", "chị", "các ông", "các bà", "các đồng chí"]);
/** Words that make a title before names plural: `Các Phó Chủ tịch UBND tỉnh A, B`. */
const PLURAL_BEFORE_TITLE = new Set(["các", "những"]);

/** The text between token i and token i+1. */
function gapAfter(doc: PreparedDocument, tokens: readonly Token[], i: number): string {
  const next = tokens[i + 1];
  return next ? doc.text.slice(tokens[i]!.end, next.start) : doc.text.slice(tokens[i]!.end);
}

const SPACES = /^[ \t]+$/u;

/** SPACES.test(gapAfter(…)) without cutting the gap out: asked of nearly every token. */
function spacesAfter(doc: PreparedDocument, tokens: readonly Token[], i: number): boolean {
  const from = tokens[i]!.end;
  const to = tokens[i + 1]?.start ?? doc.text.length;
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const c = doc.text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09) return false;
  }
  return true;
}

/**
 * The phrase of `index` that starts at token i, as [its value, its token
 * count], or null: the one with the most words whose gaps fit, and of those
 * the longest value.
 */
function matchPhrase(doc: PreparedDocument, tokens: readonly Token[], i: number, index: PhraseIndex): [string, number] | null {
  const first = tokens[i];
  if (!first || index.firstKeys[wordKey(doc.folded, first.start, first.end)] === 0) return null;
  let node = index.root.get(first.low);
  // the trie nodes along the tokens, in a scratch array (matchPhrase never
  // runs inside itself): a new array per call was a tenth of a run's garbage
  let depth = 0;
  for (let k = i + 1; node; k++) {
    PATH[depth++] = node;
    node = k < tokens.length ? node.next.get(tokens[k]!.low) : undefined;
  }
  while (depth-- > 0) {
    for (const p of PATH[depth]!.ending) if (gapsFit(doc, tokens, i, p)) return [p.value, p.words.length];
  }
  return null;
}
const PATH: PhraseNode[] = [];

/** Whether what stands between the phrase's words at token i is what the phrase has there. */
function gapsFit(doc: PreparedDocument, tokens: readonly Token[], i: number, p: Phrase): boolean {
  for (let k = 1; k < p.words.length; k++) {
    const want = p.gaps[k - 1]!;
    if (want === " ") {
      if (!spacesAfter(doc, tokens, i + k - 1)) return false;
    } else {
      const gap = gapAfter(doc, tokens, i + k - 1);
      if (gap.trim() !== want || gap.includes("\n")) return false;
    }
  }
  return true;
}

// ---------- names ----------

export interface NameSpan {
  /** first and one-past-last token */
  from: number;
  to: number;
}

/** Whether the `n` tokens from `from` read as one name (`Nguyễn Thị Oanh`, `Giàng A Páo`), lexicon-free. */
/** An Ê Đê's `Y`, a Ba Na's or Xơ Đăng's `A`: a one-letter syllable that opens a given name. */
function opensHighlandsName(t: Token): boolean {
  return t.raw === "Y" || t.raw === "A";
}

function nameShape(tokens: readonly Token[], from: number, to: number): boolean {
  const len = to - from;
  // (five for an Ê Đê name, its `Y` first and an Ê Đê family's name among the last: `Y Thanh Hà Niê Kđăm`; not `Sở Y Tế
  // Trần Văn Hoàng`)
  const longEde = len === 5 && tokens[from]!.raw === "Y" && (EDE_FAMILIES.has(tokens[to - 2]!.low) || EDE_FAMILIES.has(tokens[to - 1]!.low));
  if (len < 2 || (len > 4 && !longEde)) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!t.cap) return false;
    // single letters only inside a name (`Giàng A Páo`), never first: `T. Hà` is initials; but `Y Bình Niê` (Ê Đê),
    // `A Tuân`, `A Hùng` (Ba Na, Xơ Đăng: a man's name opens with A)
    if (t.raw.length === 1 && k === from && !opensHighlandsName(t)) return false;
  }
  // `A Páo` alone, `Minh A`: a one-letter syllable needs a surname before it
  return true;
}

export function nameText(doc: PreparedDocument, tokens: readonly Token[], n: NameSpan): string {
  return doc.text.slice(tokens[n.from]!.start, tokens[n.to - 1]!.end).replace(/\s+/gu, " ");
}

function nameKey(doc: PreparedDocument, tokens: readonly Token[], n: NameSpan): string {
  return tokens
    .slice(n.from, n.to)
    .map((t) => t.low)
    .join(" ");
}

const MAX_RUN = 12;

/** The end of the capitalised run from token i: spaces only between, stopping before a role word. */
function runEnd(doc: PreparedDocument, tokens: readonly Token[], i: number): number {
  let j = i;
  // a bound keeps every scan linear: no name needs more than a place and itself (`TP Hồ Chí Minh Phan Văn Mãi`)
  while (j < tokens.length && tokens[j]!.cap && j - i < MAX_RUN) {
    if (j > i && (!(spacesAfter(doc, tokens, j - 1) || wrappedInName(doc, tokens, j - 1)) || matchPhrase(doc, tokens, j, ROLE_INDEX))) break;
    j++;
  }
  return j;
}

/**
 * Whether a hard-wrapped line breaks a name after token k: a middle name ends the line, which no whole name does
 * (`đồng chí Nguyễn Văn` / `Vững - Huyện ủy viên …`, `Trần Thị` / `Mai, Phó Chủ tịch …`).
 */
function wrappedInName(doc: PreparedDocument, tokens: readonly Token[], k: number): boolean {
  const low = tokens[k]!.low;
  return (low === "văn" || low === "thị") && k > 0 && tokens[k - 1]!.cap && /^[ \t]*\n[ \t]*$/u.test(gapAfter(doc, tokens, k));
}

/** How much of a line is looked at for a lower-case letter (a line in capitals is short). */
const MAX_CAPITALS_LINE = 400;

/**
 * The end of a name of two to four syllables in capitals from token i, opening with a surname and closed by
 * punctuation, a line's end or a lower-case word: `TRẦN THỊ PHƯƠNG THẢO,`; -1 for none (counterexample: `UBND
 * XÃ …` is no name: its syllables are no surname, or acronyms with no vowel).
 */
function capitalsNameEnd(doc: PreparedDocument, tokens: readonly Token[], i: number): number {
  if (i >= tokens.length || !SURNAMES.has(tokens[i]!.low)) return -1;
  // (on a line in capitals throughout, the name's end cannot be told from the verb after it: `ĐỒNG CHÍ LÊ HẢI THĂM, …`)
  const lineStart = doc.text.lastIndexOf("\n", tokens[i]!.start) + 1;
  const lineEnd = doc.text.indexOf("\n", tokens[i]!.start);
  if (!/\p{Ll}/u.test(doc.text.slice(lineStart, lineEnd < 0 ? doc.text.length : Math.min(lineEnd, lineStart + MAX_CAPITALS_LINE)))) return -1;
  let j = i;
  while (j < tokens.length && j - i < 5 && isUpperSyllable(tokens[j]!) && (j === i || spacesAfter(doc, tokens, j - 1))) j++;
  if (j - i < 2 || j - i > 4) return -1;
  for (let k = i; k < j; k++) if (NEVER_IN_NAMES.has(tokens[k]!.low)) return -1;
  const after = j < tokens.length ? gapAfter(doc, tokens, j - 1) : "";
  return j >= tokens.length || /[,.;:()\n–—-]/u.test(after) || !/^\p{Lu}/u.test(tokens[j]!.raw) ? j : -1;
}

/** Words `trường` ends a compound with, no name: `nông trường`, `lâm trường`, `thị trường`, `chiến trường`. */
const TRUONG_COMPOUNDS: ReadonlySet<string> = new Set(["nông", "lâm", "công", "thao", "chiến", "quảng", "phi", "thị", "môi", "hiện", "lập", "thương", "ngư", "học", "pháp"]);

/** Ethnic groups' names that are surnames too: `Mông`, `Hoa`, `Thái`, `Lào`. */
const ETHNIC_GROUPS: ReadonlySet<string> = new Set(["mông", "hmông", "dao", "tày", "thái", "nùng", "mường", "hoa", "chăm", "giáy", "lào", "lự", "kháng", "cống", "khmer"]);

/** Ê Đê and Jrai families' names, which close a long name: `Niê`, `Kđăm`, `Êban`, `Byă`. */
const EDE_FAMILIES: ReadonlySet<string> = new Set(["niê", "kđăm", "êban", "byă", "mlô", "knul", "bkrông", "ayun", "hmok", "kbuôr", "ksơr", "adrơng", "hđơk", "mjâo", "ktla", "buôn yă", "nay", "siu", "rcom", "kpă", "rahlan"]);

/** Words a unit named by a letter follows: `Tổ A`, `Chi bộ A`, `Đội A`, `Khu A`. */
const UNIT_BEFORE_LETTER: ReadonlySet<string> = new Set(["tổ", "bộ", "đội", "khu", "ban", "phòng", "lớp", "đoàn", "khối", "ấp", "cụm", "nhóm", "xóm", "phân"]);

function isPlaceWordBefore(doc: PreparedDocument, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || !spacesAfter(doc, tokens, i - 1)) {
    // `TP. Điện Biên Phủ`, `TX. Nghĩa Lộ`
    return !!prev && /^(?:tp|tx|tt)$/u.test(prev.low) && /^\.\s*$/u.test(gapAfter(doc, tokens, i - 1));
  }
  // `già làng Lỳ Xuyến Phù`: the village elder, not a village; `Chủ tịch nước Võ Cường`: the state's president
  if (PLACE_WORDS.has(prev.low)) return !((prev.low === "làng" && tokens[i - 2]?.low === "già") || (prev.low === "nước" && tokens[i - 2]?.low === "tịch"));
  // acronyms of bodies and schools: `THCS Nguyễn Du`, `TNCS Hồ Chí Minh`, `UBND`
  return /^\p{Lu}{2,}$/u.test(prev.raw);
}

/**
 * `đường Bà Triệu`, `phố Bà Huyện Thanh Quan`: an honorific inside a street or
 * place name. Narrower than the place words, since `gia đình ông Nguyễn Văn
 * Sáu` must keep its person (`đình` is also a communal house).
 */
const STREET_WORDS = new Set(["đường", "phố", "ngõ", "hẻm", "lộ", "phường", "xã", "quận", "huyện", "tỉnh", "chùa", "đền", "trường", "tp"]);
/**
 * `đường Bà Triệu`, `TP. Bà Rịa`: an honorific in a street's or a city's name.
 * A dot ends the sentence but after `TP` (counterexample: `… Đảng ủy phường.
 * Đồng chí Nguyễn Công Châu phát biểu`).
 */
function isStreetBefore(doc: PreparedDocument, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || !STREET_WORDS.has(prev.low)) return false;
  const gap = gapAfter(doc, tokens, i - 1);
  return prev.low === "tp" ? /^[ \t.]+$/u.test(gap) : /^[ \t]+$/u.test(gap);
}

/**
 * A Central Highlands name of one word, its prefix joined by an apostrophe:
 * `K'Mák`, `Ka’Ngọc`. A person after a strong honorific (`Ông K'Mák`), where
 * other one-word runs are not (`Ông Tư`, `bà Ba` are nicknames by rank).
 */
const PREFIXED_NAME = /^\p{Lu}\p{Ll}?['’] ?\p{Lu}[\p{Ll}\p{M}]+$/u;

/** Words that go on with a role after a label's number: `Chi bộ 3 khóa IX`, `Tổ 5 khu phố 2`, `thôn 5 cũ`. */
const ROLE_CONTINUES_AFTER_NUMBER = new Set(["khóa", "nhiệm", "cũ", "mới", "khu", "tổ", "thôn", "của", "thuộc", "trực"]);
/** Syllables of bodies' names that no personal name has: a line of them in capitals is a letterhead's. */
const NEVER_IN_NAMES = new Set(["kỹ", "thuật", "nghiệp", "học", "trường", "ủy", "uỷ", "đảng", "sở", "phòng", "viện", "cục", "huyện", "tỉnh", "xã", "phường", "ban", "báo", "tế", "ubnd"]);
/** The places of the administration, which close a body's name: `Hội Phụ nữ xã, Công đoàn …` names two bodies. */
const ADMINISTRATIVE_PLACES = new Set(["xã", "phường", "thị trấn", "trấn", "huyện", "quận", "tỉnh", "thị xã", "phố", "thôn", "bản", "ấp", "xóm"]);
/** Words that open a list, of names only when people are what the clause before them counts. */
const LIST_OPENER_WORDS = ["gồm", "gồm có", "bao gồm"];
const LIST_OPENERS: ReadonlySet<string> = new Set(LIST_OPENER_WORDS);
/** Words for the residents of a place, which a place's name follows as often as a person's. */
// (after `gồm` too: `Các xã gồm: Hòa Bình, …` lists places)
// (and after those who serve: `Dân quân Cao Lộc`, `Quân nhân Mai Sơn` name where they serve)
const RESIDENTS = new Set([
  "cử tri", "người dân", "nông dân", "hộ dân", "công nhân", "tân binh", "ngư dân", "tiểu thương", "thuyền viên", "tài xế", "chủ hộ",
  "dân quân", "tự vệ", "quân nhân", ...LIST_OPENER_WORDS,
]);
/** The admitted, named after a colon: `kết nạp quần chúng ưu tú: Nguyễn Thị Hoài vào Đảng`; a list after `gồm:`. */
const ADMITTED = new Set(["quần chúng ưu tú", "đoàn viên ưu tú", "quần chúng", ...LIST_OPENER_WORDS]);
/**
 * People counted or named before a list: `cho 3 học sinh, gồm: …`, `Những quần chúng được kết nạp đợt này gồm: …`
 * (counterexample: `4 phường nội thị gồm: Trần Hưng Đạo, Lê Hồng Phong, …` lists wards named after people).
 */
const PEOPLE_BEFORE_LIST =
  /(?<![\p{L}\p{M}])(?:học sinh|sinh viên|học viên|đồng chí|quần chúng|đảng viên|người|cá nhân|đại biểu|thành viên|hội viên|đoàn viên|cán bộ|ứng cử viên|công dân|tân binh|thanh niên|gia đình|hộ|em|cháu|ông|bà|nhân sự|tác giả|thí sinh|giáo viên|vận động viên)(?![\p{L}\p{M}])[^.;!?\n]{0,60}$/u;
function peopleBeforeList(doc: PreparedDocument, at: number): boolean {
  return PEOPLE_BEFORE_LIST.test(doc.folded.slice(Math.max(0, at - 100), at));
}
/** Cities written as acronyms, folded: `TP.HCM`, `TPHCM`. */
const CITY_ACRONYMS = new Set(["hcm", "tphcm", "tp.hcm"]);
/** Where, not who: `Tại Cao Bằng`, `Ở Hà Giang`. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["tại", "ở"]);
/** Words a namesake follows: `tuyến Nguyễn Văn Linh`, `giao lộ …`, `giải thưởng …`, `mang tên …`. */
const NAMESAKE_BEFORE: ReadonlySet<string> = new Set(["tuyến", "lộ", "thưởng", "tên", "cầu", "hầm", "quỹ", "bổng", "đại lộ", "nút", "đền", "tượng", "lăng", "khu", "cụm"]);
/** A name of three or four syllables with `Văn` or `Thị` after its surname: `Trần Văn Quyết`, `Lê Thị Hằng`. */
function personShaped(tokens: readonly Token[], name: NameSpan): boolean {
  // (a name of one word with its prefix, `K’Sơn`, has no middle)
  if (name.to - name.from < 3) return false;
  const middle = tokens[name.from + 1]!.low;
  return name.to - name.from >= 3 && name.to - name.from <= 4 && (middle === "văn" || middle === "thị");
}

/** Surnames that stand second in a name of two surnames and in no commune's or ward's name: `Võ Lê Nhật`, `Hồ Đặng Khoa`. */
const SECOND_SURNAMES: ReadonlySet<string> = new Set(["nguyễn", "lê", "trần", "phạm", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "ngô", "trương"]);

/** The last word of a party committee's name, folded: `Tỉnh ủy`, `Đảng uỷ`. */
const COMMITTEE_ENDS = new Set(["ủy"]);

/**
 * The person's name that ends the capitalised run [from, to), if any. Names
 * end a run (`phường Bắc Hồng Đặng Ngọc Vệ`) and start with a known surname;
 * among several surnames, a three-syllable name wins, then four, then two
 * (`Hương Mạc Đàm Đức Hà`: `Mạc` is a surname too, but `Đàm Đức Hà` wins).
 * Right after a place word the run must show a middle name to be a person:
 * `tỉnh Hà Văn Tuấn` is, `phường Lê Lợi` and `tỉnh Hà Giang` are not. Right
 * after a committee (`Tỉnh ủy`, `Huyện ủy`), whose place is mostly left
 * unsaid, three syllables from a surname are enough: `Bí thư Tỉnh ủy Nguyễn
 * Doãn Anh` (counterexample: `Huyện ủy Lâm Hà`, two syllables, is a place).
 */
function nameEndingRun(doc: PreparedDocument, tokens: readonly Token[], from: number, to: number): NameSpan | null {
  const afterPlace = isPlaceWordBefore(doc, tokens, from);
  // one word with its Highlands prefix, alone after a title that is no place's word: `Già làng K’Sơn` (`huyện K'Bang` is a place)
  if (to - from === 1 && !afterPlace && from > 0 && PREFIXED_NAME.test(tokens[from]!.raw) && !UNIT_BEFORE_LETTER.has(tokens[from - 1]!.low)) {
    return NOT_PERSON_NAMES.has(tokens[from]!.low) ? null : { from, to };
  }
  // right after a committee, or a city's acronym (`Thành ủy TP.HCM Trần Lưu Quang`), a place has ended; not after a
  // school's (`THPT Trần Hưng Đạo` is a school)
  // (and the National Assembly: `Chủ tịch Quốc hội Nguyễn Sinh Hùng`)
  const afterCommittee =
    afterPlace && from > 0 && (COMMITTEE_ENDS.has(tokens[from - 1]!.low) || CITY_ACRONYMS.has(tokens[from - 1]!.low) || (tokens[from - 1]!.low === "hội" && tokens[from - 2]?.low === "quốc"));
  // after a province's word a surname opens a person: no province is named after one (`Phó Chủ tịch UBND tỉnh Nguyễn
  // Tấn Dũng`); districts, wards and communes are (`huyện Trần Văn Thời`, `huyện Hoàng Su Phì`, `phường Nguyễn Thái Học`)
  const afterLevel = afterPlace && from > 0 && tokens[from - 1]!.low === "tỉnh";
  let best: NameSpan | null = null;
  let bestRank = 0;
  for (let p = from; p < to - 1; p++) {
    // (or an Ê Đê's `Y`, a Ba Na's `A` before the given name: `Bí thư Đảng ủy xã Y Khiêm Niê`; three syllables after a
    // place, which may be named so too: `xã Y Tý`)
    const prefixed = opensHighlandsName(tokens[p]!);
    if (!SURNAMES.has(tokens[p]!.low) && !prefixed) continue;
    // an ethnic group after `người` is no surname: `Thanh niên người Mông Vàng A Chu` is Vàng A Chu (a surname after it,
    // not a middle name: `bắt 2 người Thái Văn Tùng và Lò Văn Dũng` names Thái Văn Tùng)
    if (p === from && from > 0 && tokens[from - 1]!.low === "người" && ETHNIC_GROUPS.has(tokens[p]!.low)) {
      const next = tokens[p + 1]?.low;
      if (next !== undefined && next !== "văn" && next !== "thị" && SURNAMES.has(next)) continue;
    }
    const len = to - p;
    if (!nameShape(tokens, p, to)) continue;
    if (prefixed && !SURNAMES.has(tokens[p]!.low)) {
      // (the lowest rank: a unit named by its letter before a Kinh name, `Tổ trưởng Tổ A Trần Văn Bình`, is Bình's;
      // nor a body's name, `Trưởng khu A Khu Công Nghiệp`)
      const kinh = SURNAMES.has(tokens[p + 1]!.low);
      let body = false;
      for (let k = p + 1; k < to; k++) if (NEVER_IN_NAMES.has(tokens[k]!.low) || ADMINISTRATIVE_PLACES.has(tokens[k]!.low) || tokens[k]!.low === "khu") body = true;
      // (two syllables when they are the whole run right after a title that is no place's or unit's word: `Già làng A
      // Thút`; `xã Y Tý`, `Tổ A Trần …` are not)
      const titled = len === 2 && p === from && !afterPlace && from > 0 && !UNIT_BEFORE_LETTER.has(tokens[from - 1]!.low);
      if ((len >= 3 || titled) && !kinh && !body && bestRank === 0) {
        best = { from: p, to };
        bestRank = 0.5;
      }
      continue;
    }
    // inside the run, a capitalised preposition of place before the surname places it too: `Tại Cao Bằng, đại tướng …`
    // (not any place word: in `Bí thư Huyện Ủy Nguyễn Doãn Khánh` the committee's name has ended)
    const placed = p === from ? afterPlace : PLACE_PREPOSITIONS.has(tokens[p - 1]!.low);
    // the whole run after `tỉnh`: three syllables, or four but a place's two and a name's two (`tỉnh
    // Nguyễn Tự Công Hoàng`, `tỉnh Lê Trần Bảo Ngọc`; counterexample: `tỉnh Hà Giang Trần Sơn`)
    // (or two, when they name no province, every one of which is known: `Phó Chủ tịch UBND tỉnh Hoàng Nam`)
    const wholeAfterLevel =
      p === from &&
      afterLevel &&
      !NOT_NAME_LINES.has(nameKey(doc, tokens, { from, to })) &&
      (len === 2 || len === 3 || (len === 4 && (SURNAMES.has(tokens[p + 1]!.low) || !SURNAMES.has(tokens[p + 2]!.low))));
    // (or three or four syllables opening with two surnames, the run's whole: `phường Võ Lê Nhật`, `xã Nguyễn Lê Trường Sơn`; taking the
    // last two would leave a place of one syllable, which no ward is named)
    // (of four, a middle name third: `Lạc Dương Ya Tiong` is a district and a Highlands name)
    // (the second a surname no commune's name has: `xã Lâm Sơn Hà`, `phường Kim Sơn Hòa` are places)
    const twoSurnames =
      (len === 3 || (len === 4 && MIDDLE_NAMES.has(tokens[p + 2]!.low))) && p === from && SECOND_SURNAMES.has(tokens[p + 1]!.low) && !NOT_NAME_LINES.has(nameKey(doc, tokens, { from, to }));
    if (placed && !wholeAfterLevel && !twoSurnames && !(len >= 3 && ((p === from && afterCommittee) || MIDDLE_NAMES.has(tokens[p + 1]!.low)))) continue;
    // `; Phan Nguyễn Như Khuê,`: a whole run of four syllables opening with two surnames (the father's and the
    // mother's) is one name; not after a place, whose name may end in a surname (`Huyện ủy Lâm Hà Trần Văn Sơn`)
    const doubleSurname = len === 4 && p === from && (!afterPlace || wholeAfterLevel) && SURNAMES.has(tokens[p + 1]!.low);
    // (an Ê Đê name of five, `Y Thanh Hà Niê Kđăm`, over the Kinh-shaped three at its end)
    const rank = len === 5 ? 5 : doubleSurname || (twoSurnames && len === 4) ? 4 : len === 3 ? 3 : len === 4 ? 2 : 1;
    if (rank > bestRank) {
      best = { from: p, to };
      bestRank = rank;
    }
  }
  if (best && NOT_PERSON_NAMES.has(nameKey(doc, tokens, best))) return null;
  return best;
}

// ---------- roles ----------

/** Whether the tokens from i start another person: an honorific, or `Lê Văn Tú` followed by a separator. */
function startsPerson(doc: PreparedDocument, tokens: readonly Token[], i: number): boolean {
  const hon = matchPhrase(doc, tokens, i, HONORIFIC_INDEX);
  if (hon && (STRONG_HONORIFIC.has(hon[0]) || /^(?:đồng|các|ông|bà|đ)$/u.test(tokens[i]!.low))) return true;
  // `… và Chủ tịch UBND xã Trần Văn Lâm`: another title with its person (that walk looks no further
  // ahead itself: a chain of `Chủ tịch UBND xã và …` would otherwise fan out at every `và`)
  if (matchPhrase(doc, tokens, i, ROLE_INDEX) && walkRole(doc, tokens, i, true, false).name) return true;
  const t = tokens[i];
  if (!t?.cap || !SURNAMES.has(t.low)) return false;
  const e = runEnd(doc, tokens, i);
  return nameShape(tokens, i, e);
}

/**
 * Whether only a space follows the honorific matched at token i, or, after an
 * abbreviated degree, its dot: `TS. Hoàng Văn Dũng`, `ThS. Lê Thị Hà`
 * (counterexample: `… ông. Nguyễn …` ends a sentence; `ông` is no abbreviation).
 */
function honorificGapAfter(doc: PreparedDocument, tokens: readonly Token[], i: number, hon: [string, number]): boolean {
  const gap = gapAfter(doc, tokens, i + hon[1] - 1);
  // (a vessel's registration ends with `TS`, its sentence's stop after: `tàu cá BĐ 95123 TS. Ông Hùng cho biết …`)
  return SPACES.test(gap) || (ABBREVIATED_DEGREES.has(hon[0]) && /^\.[ \t]+$/u.test(gap) && !(i > 0 && /^\d+$/u.test(tokens[i - 1]!.raw)));
}
/** Places a role's place lies in, after a comma: `thôn Đồng Đỉnh, xã Cương Sơn`, `xã Tân Phú, huyện Yên Lập`. */
// (and of two words, `thành phố Pleiku`, `thị trấn Chợ Chu`, `thị xã`)
const PARENT_PLACES: ReadonlySet<string> = new Set(["xã", "phường", "huyện", "quận", "tỉnh", "thành phố", "thị trấn", "thị xã"]);
/**
 * Places a role may be of, before its parent place: the administrative ones, villages of the Highlands and the delta, a
 * residents' group, a parish (`Tổ trưởng tổ TK&VV Tổ 7, thị trấn Chợ Chu`, `Chánh xứ Giáo xứ Plei Chuet, thành phố Pleiku`).
 */
const CHILD_PLACES: ReadonlySet<string> = new Set([...ADMINISTRATIVE_PLACES, "buôn", "làng", "khóm", "sóc", "plei", "tổ", "xứ", "họ"]);
/**
 * Words naming a cohort after a hero, before its members' word: `Lớp đoàn viên Nguyễn Văn Cừ`, `Khóa đảng viên …`; and an
 * association's unit: `Hội CCB Nguyễn Trãi`, `Hội Cựu chiến binh Lê Lợi`, `CLB cựu chiến binh Trần Phú`.
 */
const COHORT_WORDS: ReadonlySet<string> = new Set(["lớp", "khóa", "hội", "clb"]);
/** Those honoured with a grade of disability before their name: `thương binh 2/4 Nguyễn Văn Bình`, `bệnh binh hạng 1/3 …`. */
const GRADED: ReadonlySet<string> = new Set(["thương binh", "bệnh binh", "thương binh hạng", "bệnh binh hạng"]);
/** The tokens of a grade after honorific `hon` ending before token k (`2/4`): 2, or 0 when none. */
function gradeAfter(doc: PreparedDocument, tokens: readonly Token[], k: number, hon: string): number {
  if (!GRADED.has(hon) || k + 2 >= tokens.length) return 0;
  return /^[1-4]$/u.test(tokens[k]!.low) && /^[2-4]$/u.test(tokens[k + 1]!.low) && gapAfter(doc, tokens, k) === "/" && SPACES.test(gapAfter(doc, tokens, k + 1)) ? 2 : 0;
}
/** The honorifics written as Latin abbreviations (`ts`, `ths`, `pgs.ts`), read off the lexicon rather than listed again. */
const ABBREVIATED_DEGREES = new Set(HONORIFICS.map(([w]) => w).filter((w) => /^[a-z][a-z. ]{0,6}$/u.test(w)));

/**
 * Units of a body, whose head's role goes on to the body after a comma: `Trưởng khoa Nhi, Bệnh viện …`,
 * `Đồn trưởng Đồn Biên phòng X, Bộ Chỉ huy …`; of one syllable or two (`chi nhánh`, `hải đội`).
 */
const SUB_UNITS: ReadonlySet<string> = new Set(["khoa", "phòng", "trạm", "đội", "tổ", "bộ phận", "chi nhánh", "trung tâm", "văn phòng", "ban", "đồn", "hải đội"]);
/**
 * Units whose word is also an everyday one (`nhiệm vụ`, `thường vụ`): a unit only in capitals or right after a
 * head's title (`Vụ trưởng Vụ Tổng hợp`, `Cục trưởng Cục Báo chí`).
 */
const CAPITAL_SUB_UNITS: ReadonlySet<string> = new Set(["vụ", "cục", "chi cục"]);
/** Whether tokens r..k, a role, name a unit of a body: a unit's word among them (`Trưởng khoa`, `Trưởng phòng Y tế`, `Vụ trưởng Vụ Tổng hợp`). */
function headsUnit(tokens: readonly Token[], r: number, k: number): boolean {
  for (let j = r; j <= k; j++) {
    const low = tokens[j]!.low;
    const pair = j < k ? `${low} ${tokens[j + 1]!.low}` : "";
    if (SUB_UNITS.has(low) || SUB_UNITS.has(pair)) return true;
    if ((CAPITAL_SUB_UNITS.has(low) || CAPITAL_SUB_UNITS.has(pair)) && (/^\p{Lu}/u.test(tokens[j]!.raw) || (j > r && tokens[j - 1]!.low === "trưởng"))) return true;
  }
  return false;
}
/**
 * Bodies a unit belongs to, after the unit and a comma: `Bệnh viện Đa khoa tỉnh`, `UBND huyện`, `Công an tỉnh`,
 * `Ban Tuyên giáo Trung ương`, `Học viện Chính trị khu vực II`, `Đồn Biên phòng Đắc Ơ`.
 */
const PARENT_BODY_INDEX = compile(["bệnh viện", "ubnd", "ủy ban nhân dân", "uỷ ban nhân dân", "công an", "trường đại học", "trung tâm y tế", "sở", "bộ"]);
/**
 * Bodies that are as often the subject of the next clause (`…, Trưởng phòng Văn hóa huyện, Ban Tổ chức hội thi đã
 * chấm điểm`): the parent only when the clause ends after it, or a speech verb follows (`…, Vụ trưởng Vụ Tổng hợp, Ban
 * Tuyên giáo Trung ương;`, `…, Học viện Chính trị khu vực II cho biết`).
 */
const CLAUSE_PARENT_BODY_INDEX = compile(["ban", "học viện", "viện", "đồn biên phòng", "bộ chỉ huy", "bộ tư lệnh", "quân khu", "tổng cục", "cục"]);
/** Boards of a body, never a unit's parent: `Ban Giám đốc bệnh viện`, `Ban Tổ chức hội thi`. */
const NOT_PARENT_BODY_INDEX = compile(["ban giám đốc", "ban tổ chức", "ban chỉ đạo", "ban giám hiệu", "ban quản lý", "ban giám khảo", "ban điều hành"]);
/** Whether the clause ends after token k: punctuation, a line's or the text's end, or a speech verb (the person speaks, not the body). */
function clauseEndsAfter(doc: PreparedDocument, tokens: readonly Token[], k: number): boolean {
  if (k + 1 >= tokens.length) return true;
  return /^[ \t]*(?:[,;.:!?…)\]]|\r?\n)/u.test(gapAfter(doc, tokens, k)) || isSpeechVerb(doc, tokens, k + 1);
}
const HARD_STOP = /[\n.;:!?()[\]"“”‘’'…]/u;
const SOFT_SEPARATOR = /^\s*[,–—\-/&]\s*$/u;

/**
 * The role that starts at token r (`Bí thư Đảng uỷ phường Sông Hiến`), read
 * as written up to a speech verb, a hard punctuation mark, or a comma or dash
 * not followed by another title (`Ủy viên Ban Thường vụ, Trưởng Ban Tuyên
 * giáo` goes on; `Bí thư Tỉnh ủy, Nguyễn Văn A` stops). Returns the index of
 * its last token, or -1.
 *
 * With `findName`, the role is instead followed by the person's name
 * (`Bí thư Đảng ủy phường Bắc Hồng Đặng Ngọc Vệ`), returned with the role
 * ending before it.
 */
/**
 * Words a role runs to at most: three titles with their bodies (`Ủy viên Ban
 * Chấp hành Đảng bộ tỉnh, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh, Phó
 * Trưởng Ban Dân vận Tỉnh ủy Bắc Giang` is 28); the bound keeps a runaway walk short.
 */
const MAX_ROLE_WORDS = 40;

/** A part of a body's acronym: `GD`, `ĐT`, `PTNT`, `LĐ`. */
const ACRONYM = /^\p{Lu}{1,5}$/u;

function walkRole(
  doc: PreparedDocument,
  tokens: readonly Token[],
  r: number,
  findName: boolean,
  /** whether a `và` or a dash may end the role before another person (false inside startsPerson) */
  lookAhead = true,
  titles: PhraseIndex = ROLE_INDEX,
): { last: number; name: NameSpan | null } {
  const head = matchPhrase(doc, tokens, r, titles);
  if (!head) return { last: -1, name: null };
  let k = r + head[1] - 1;
  let words = head[1];
  let closedBracket = false;
  // where the role stood before a body that may be the next clause's subject (CLAUSE_PARENT_BODY_INDEX)
  let clauseParentFrom = -1;
  for (;;) {
    const next = k + 1;
    if (next >= tokens.length || words > MAX_ROLE_WORDS) break;
    let gap = gapAfter(doc, tokens, k);
    // the bracket just read through closes here: what follows it is the gap
    if (closedBracket) {
      gap = gap.replace(/^\)/u, "");
      closedBracket = false;
    }
    // `Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn (NN&PTNT) Nguyễn Văn A`,
    // `Chủ tịch UBND huyện Đông Hải (tỉnh Bạc Liêu) ông …`: a short bracket inside the role
    const inner = /^[ \t]*\($/u.test(gap) ? innerBracketEnd(doc, tokens, k) : -1;
    if (inner >= 0) {
      words += inner - k;
      k = inner;
      closedBracket = true;
      continue;
    }
    // `Sở GD&ĐT`, `Bộ LĐ-TB&XH`, `Sở VH-TT&DL`: a body's acronym joined by `&` or a dash, no space
    // (and a slash, after an acronym: `Hội NNCĐDC/dioxin huyện`)
    if ((/^[&-]$/u.test(gap) && ACRONYM.test(tokens[k]!.raw) && ACRONYM.test(tokens[next]!.raw)) || (gap === "/" && /^\p{Lu}{2,}$/u.test(tokens[k]!.raw) && /^\p{L}/u.test(tokens[next]!.raw))) {
      k = next;
      words++;
      continue;
    }
    // `TP. Điện Biên Phủ` keeps its dot
    // and so does `T.Ư` (Trung ương): `Bí thư T.Ư Đảng`, `UVT.Ư Đảng`
    // and `CT.Hội CCB`, `PCT.UBND` (Chủ tịch, Phó Chủ tịch), `UV.BTV`
    const abbrevDot = (/^(?:tp|tx|tt|ct|pct|pbt|uv)$/u.test(tokens[k]!.low) || (/^(?:uv)?t$/u.test(tokens[k]!.low) && tokens[next]!.low === "ư")) && /^\.[ \t]*$/u.test(gap);
    if (HARD_STOP.test(gap) && !abbrevDot) break;
    if (SOFT_SEPARATOR.test(gap)) {
      // set phrases of bodies' names with a comma or an ampersand: `Ban Chỉ đạo phòng, chống dịch bệnh`, `Sở Lao động,
      // thương binh và Xã hội`, `Phòng Tài nguyên & Môi trường` (counterexample: `Giám đốc Sở Y tế, Thương …` stops)
      // (not before another person: `Giám đốc Sở Y tế & Ông Trần Văn B, …`)
      const ampersand = gap.trim() === "&" && tokens[next]!.cap && !SURNAMES.has(tokens[next]!.low) && !matchPhrase(doc, tokens, next, HONORIFIC_INDEX) && !(lookAhead && startsPerson(doc, tokens, next));
      if (commaInSetPhrase(tokens, k, next, gap) || ampersand) {
        k = next;
        words++;
        continue;
      }
      const more = matchPhrase(doc, tokens, next, ROLE_INDEX);
      // `Sở Văn hóa, Thể thao và Du lịch`, `Phòng Văn hóa, Khoa học và Thông tin`: a comma inside a body's name,
      // whose last part follows `và` (counterexample: `Bí thư Đảng ủy, Chủ tịch HĐND xã` is two titles, read above)
      // (counterexample: `Chủ tịch Hội Phụ nữ xã, Công đoàn và Đoàn Thanh niên …`: a place word closed the name)
      if (!more && gap.trim() === "," && !ADMINISTRATIVE_PLACES.has(tokens[k]!.low) && commaInBodyName(doc, tokens, next) && !(lookAhead && startsPerson(doc, tokens, next))) {
        k = next;
        words++;
        continue;
      }
      // `Trưởng khoa Nhi, Bệnh viện Đa khoa tỉnh`, `Trưởng phòng Y tế, UBND huyện Đông Sơn`: a comma, then the body the unit belongs to
      // (only a unit's head, in capitals: `Chủ tịch UBND xã, UBND huyện đã phê duyệt` and `…, công an xã` end there)
      const parent = !more && gap.trim() === "," && /^\p{Lu}/u.test(tokens[next]!.raw) && headsUnit(tokens, r, k) && !(lookAhead && startsPerson(doc, tokens, next));
      if (parent && matchPhrase(doc, tokens, next, PARENT_BODY_INDEX)) {
        k = next;
        words++;
        continue;
      }
      if (parent && clauseParentFrom < 0 && matchPhrase(doc, tokens, next, CLAUSE_PARENT_BODY_INDEX) && !matchPhrase(doc, tokens, next, NOT_PARENT_BODY_INDEX)) {
        clauseParentFrom = k;
        k = next;
        words++;
        continue;
      }
      // `Bí thư Chi bộ thôn Đồng Đỉnh, xã Cương Sơn`: a comma, then the place the role's place lies in, named in capitals
      // (counterexample: `…, xã này có 36 đảng viên` goes on with the sentence)
      const parentWords = PARENT_PLACES.has(tokens[next]!.low) ? 1 : PARENT_PLACES.has(`${tokens[next]!.low} ${tokens[next + 1]?.low ?? ""}`) ? 2 : 0;
      const parentName = next + parentWords;
      if (
        !more &&
        gap.trim() === "," &&
        parentWords > 0 &&
        tokens[parentName]?.cap === true &&
        SPACES.test(gapAfter(doc, tokens, parentName - 1)) &&
        tokens.slice(r, k + 1).some((t) => CHILD_PLACES.has(t.low))
      ) {
        k = parentName - 1;
        words += parentWords;
        continue;
      }
      // `Trưởng phòng Văn hóa – Thông tin`, `Sở Lao động - Thương binh và Xã hội`: a dash inside a body's name; a
      // surname then a word in lower case is a body's word too (`Ban Kinh tế - Ngân sách`, `Giáo dục - Đào tạo`)
      const bodyWord = !SURNAMES.has(tokens[next]!.low) || (next + 1 < tokens.length && !tokens[next + 1]!.cap && SPACES.test(gapAfter(doc, tokens, next)));
      // (or a body's acronym after the dash: `Chi cục Dân số - KHHGĐ tỉnh`, `Sở Lao động - TB&XH`, `Đội CSGT - TT Công an`)
      const bodyAcronym = ACRONYM.test(tokens[next]!.raw) && !SURNAMES.has(tokens[next]!.low);
      if (!more && /[–—-]/u.test(gap) && (tokens[next]!.cap || bodyAcronym) && !(lookAhead && startsPerson(doc, tokens, next)) && bodyWord) {
        k = next;
        words++;
        continue;
      }
      // `Đội trưởng Đội Cảnh sát giao thông - trật tự Đỗ Quang Vinh`: a body's name goes on in lower case after a
      // dash, when a capitalised word follows within three words and no stop word comes first
      if (!more && findName && /[–—-]/u.test(gap) && !tokens[next]!.cap && !matchPhrase(doc, tokens, next, HONORIFIC_INDEX) && lowerCaseBodyPart(doc, tokens, next)) {
        k = next;
        words++;
        continue;
      }
      // `Phó Chủ tịch Hội Nông dân tỉnh - Trần Văn Lợi phát biểu`: the title, a dash, the person
      if (!more && findName && /[–—-]/u.test(gap) && SURNAMES.has(tokens[next]!.low)) {
        const e = runEnd(doc, tokens, next);
        if (nameShape(tokens, next, e)) return { last: k, name: { from: next, to: e } };
      }
      if (!more) {
        // `Bí thư Chi bộ thôn 5, ông Nguyễn Văn Tư cho biết`: the title, then the person
        // (after an everyday word, `Bí thư chi bộ, anh Nguyễn Văn Tú`, a known surname)
        const hon = findName ? matchPhrase(doc, tokens, next, HONORIFIC_INDEX) : null;
        if (hon && honorificGapAfter(doc, tokens, next, hon)) {
          const n0 = next + hon[1];
          const e = runEnd(doc, tokens, n0);
          const known = STRONG_HONORIFIC.has(hon[0]) || SURNAMES.has(tokens[n0]?.low ?? "");
          if (known && nameShape(tokens, n0, e) && !NOT_PERSON_NAMES.has(nameKey(doc, tokens, { from: n0, to: e }))) return { last: k, name: { from: n0, to: e } };
        }
        break;
      }
      k = next + more[1] - 1;
      words += more[1];
      continue;
    }
    if (!SPACES.test(gap) && !abbrevDot) break;
    const t = tokens[next]!;
    if (findName && t.cap && !matchPhrase(doc, tokens, next, ROLE_INDEX)) {
      const e = runEnd(doc, tokens, next);
      const name = nameEndingRun(doc, tokens, next, e);
      if (name) {
        if (name.from === r + 0) break;
        return { last: name.from - 1, name };
      }
      k = e - 1;
      words += e - next;
      continue;
    }
    // a stop word that ends a capitalised name is no stop: `Văn hóa – Thông tin huyện`; nor `làm` in `việc làm` (employment)
    if (
      !t.cap &&
      matchPhrase(doc, tokens, next, STOP_INDEX) &&
      !(tokens[k]!.cap && (matchPhrase(doc, tokens, k, STOP_INDEX)?.[1] ?? 0) >= 2) &&
      !(t.low === "làm" && tokens[k]!.low === "việc") &&
      // `Ban Quản lý dự án đầu tư xây dựng quận`: a project (`dự án`) is no attending (`dự`)
      !(t.low === "dự" && tokens[next + 1]?.low === "án") &&
      // `Trưởng Ban đại diện HĐQT`, `Trưởng ban tổ chức`: a board's name after `Ban`
      !((t.low === "đại" || t.low === "tổ") && tokens[k]!.low === "ban") &&
      // `Trưởng đoàn kiểm tra`, `Tổ trưởng Tổ kiểm tra liên ngành`, `Ban Chỉ đạo giải phóng mặt bằng`: the body's own words
      !(t.low === "kiểm" && (tokens[k]!.low === "đoàn" || tokens[k]!.low === "tổ")) &&
      !(t.low === "bằng" && tokens[k]!.low === "mặt")
    )
      break;
    if (matchPhrase(doc, tokens, next, HONORIFIC_INDEX) && /^(?:đồng|các|đ)$/u.test(t.low)) break;
    // `Chủ tịch UBND huyện Đông Hải (tỉnh Bạc Liêu) ông Bùi Minh Túy`: the title, then `ông`/`bà` and the person
    if (findName && (t.low === "ông" || t.low === "bà") && tokens[next + 1]?.cap) {
      const e = runEnd(doc, tokens, next + 1);
      if (nameShape(tokens, next + 1, e)) return { last: k, name: { from: next + 1, to: e } };
      break;
    }
    // `… Quận 1 phổ biến 4 nghị quyết`: after a label's number, lower-case words that lead to another number are the
    // sentence's (counterexamples: `Chi bộ 3 đảng bộ phường Tân Lập`, `Đội 2 công ty môi trường` go on)
    if (/^\p{N}+$/u.test(tokens[k]!.raw) && !t.cap && !PLACE_WORDS.has(t.low) && !ROLE_CONTINUES_AFTER_NUMBER.has(t.low) && numberWithin(tokens, next, 3)) break;
    if (t.low === "và" && lookAhead && startsPerson(doc, tokens, next + 1)) break;
    // `Chủ tịch UBND xã và 80 đại biểu`: a number after `và` counts others; `được bầu làm Bí thư và bầu 3 đại biểu`:
    // a verb after it goes on with the sentence (a body's name goes on in capitals: `Sở Nông nghiệp và Phát triển …`)
    // (another title in lower case goes on: `Bí thư Chi bộ và trưởng thôn Tân Lập`)
    // (a set phrase's parts joined by `và` go on: `Hội đồng bồi thường, hỗ trợ và tái định cư dự án`)
    const setPhrase = t.low === "và" && next + 1 < tokens.length && (COMMA_SET_PHRASES.has(`${tokens[k]!.low}|${tokens[next + 1]!.low}`) || (k > 0 && COMMA_SET_PHRASES.has(`${tokens[k - 1]!.low} ${tokens[k]!.low}|${tokens[next + 1]!.low}`)));
    if (
      t.low === "và" &&
      !setPhrase &&
      (/^\p{N}/u.test(tokens[next + 1]?.raw ?? "") ||
        (tokens[next + 1] !== undefined && !/^\p{Lu}/u.test(tokens[next + 1]!.raw) && !PLACE_WORDS.has(tokens[next + 1]!.low) && !matchPhrase(doc, tokens, next + 1, ROLE_INDEX)))
    )
      break;
    k = next;
    words++;
  }
  if (clauseParentFrom >= 0 && !clauseEndsAfter(doc, tokens, k)) k = clauseParentFrom;
  return { last: findName ? -1 : k, name: null };
}

/**
 * Bodies' names that hold a comma as written: `phòng, chống` (prevention and control), `Lao động, Thương binh`, and what a
 * steering committee fights, `phòng, chống tội phạm, tệ nạn xã hội`, `an ninh, trật tự`, `ma túy, mại dâm`.
 */
const COMMA_SET_PHRASES: ReadonlySet<string> = new Set(["phòng|chống", "lao động|thương", "tội phạm|tệ", "an ninh|trật", "ma túy|mại", "thiên tai|tìm", "lụt|bão", "bồi thường|hỗ", "hỗ trợ|tái", "giải phóng mặt bằng|tái", "đền bù|hỗ"]);
function commaInSetPhrase(tokens: readonly Token[], k: number, next: number, gap: string): boolean {
  if (gap.trim() !== ",") return false;
  const after = tokens[next]!.low;
  return COMMA_SET_PHRASES.has(`${tokens[k]!.low}|${after}`) || (k > 0 && COMMA_SET_PHRASES.has(`${tokens[k - 1]!.low} ${tokens[k]!.low}|${after}`));
}

/**
 * Whether capitalised words from token i, one to three, then `và` and a
 * capitalised word follow: the rest of a body's name after a comma
 * (`Thể thao và Du lịch`). Not a surname first: that is another person.
 */
function commaInBodyName(doc: PreparedDocument, tokens: readonly Token[], i: number): boolean {
  if (!tokens[i]?.cap || SURNAMES.has(tokens[i]!.low)) return false;
  for (let j = i + 1; j <= i + 3 && j + 1 < tokens.length; j++) {
    if (!spacesAfter(doc, tokens, j - 1)) return false;
    if (tokens[j]!.low === "và") return tokens[j + 1]!.cap && spacesAfter(doc, tokens, j);
    if (!tokens[j]!.cap && j > i + 1) return false;
  }
  return false;
}

/**
 * Where a person's title starts in a role read from token r to `last`: after a comma, when the words before r make
 * the first title the object of the clause (`Thay mặt Thường trực HĐND huyện, Phó Chủ tịch HĐND huyện A`, `Giải trình ý
 * kiến đại biểu, Phó Chủ tịch UBND huyện B`: A's and B's title is the second). Counterexample: `Ủy viên Ban Thường vụ,
 * Trưởng Ban Tuyên giáo Huyện ủy C` holds both.
 */
function titleAfterObject(doc: PreparedDocument, tokens: readonly Token[], r: number, last: number): number {
  const pair = r >= 2 ? `${tokens[r - 2]!.low} ${tokens[r - 1]!.low}` : "";
  const triple = r >= 3 ? `${tokens[r - 3]!.low} ${pair}` : "";
  if (!OBJECT_BEFORE_TITLE.has(pair) && !OBJECT_BEFORE_TITLE_3.has(triple)) return r;
  for (let k = r; k < last; k++) if (gapAfter(doc, tokens, k).trim() === "," && matchPhrase(doc, tokens, k + 1, ROLE_INDEX)) return k + 1;
  return r;
}
// (and a delegate's: `Thừa ủy quyền của Thủ tướng Chính phủ, Thứ trưởng Bộ Kế hoạch và Đầu tư A`)
// (not `đề nghị`, `chỉ đạo` alone: `Bí thư đề nghị Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy A` holds both titles)
const OBJECT_BEFORE_TITLE: ReadonlySet<string> = new Set(["thay mặt", "ý kiến", "đạo của", "nghị của", "quyền của", "ủy quyền", "uỷ quyền", "thừa ủy", "thừa uỷ"]);
/** And after three words: `Theo đề nghị Giám đốc Sở Nội vụ, Chủ tịch UBND tỉnh A`, `Thực hiện chỉ đạo Thủ tướng, Bộ trưởng B`. */
const OBJECT_BEFORE_TITLE_3: ReadonlySet<string> = new Set(["theo đề nghị", "trước kiến nghị", "theo kiến nghị", "hiện chỉ đạo", "theo chỉ đạo", "thu kiến nghị"]);

/** Whether a number stands among the `n` tokens from i, before any capitalised one. */
function numberWithin(tokens: readonly Token[], i: number, n: number): boolean {
  for (let j = i; j < i + n && j < tokens.length; j++) {
    if (/^\p{N}/u.test(tokens[j]!.raw)) return true;
    if (tokens[j]!.cap) return false;
  }
  return false;
}

/** Whether lower-case words from token i, up to three, lead on to a capitalised word, with spaces only and no stop word. */
function lowerCaseBodyPart(doc: PreparedDocument, tokens: readonly Token[], i: number): boolean {
  for (let j = i; j < i + 3 && j < tokens.length; j++) {
    if (tokens[j]!.cap) return j > i;
    if (matchPhrase(doc, tokens, j, STOP_INDEX) || !spacesAfter(doc, tokens, j)) return false;
  }
  return tokens[i + 3]?.cap === true && spacesAfter(doc, tokens, i + 2);
}

/** Characters a bracket inside a role holds at most (`(NN&PTNT)`, `(tỉnh Bạc Liêu)`). */
const MAX_INNER_BRACKET = 30;

/**
 * The last token inside a bracket that opens after token k and closes within
 * MAX_INNER_BRACKET characters on the line, a space after it; -1 otherwise
 * (counterexample: `Nguyễn Văn Hưng (Bí thư Huyện ủy)` ends with its bracket).
 */
function innerBracketEnd(doc: PreparedDocument, tokens: readonly Token[], k: number): number {
  // looked for within the bound only: a long run of open brackets is read in linear time
  const open = doc.text.indexOf("(", tokens[k]!.end);
  const inside = doc.text.slice(open + 1, open + 2 + MAX_INNER_BRACKET);
  const close = inside.indexOf(")") < 0 ? -1 : open + 1 + inside.indexOf(")");
  if (open < 0 || close < 0 || /[\n(]/u.test(doc.text.slice(open + 1, close))) return -1;
  const after = tokenAt(tokens, close + 1);
  if (after >= tokens.length || !/^\)[ \t]+$/u.test(doc.text.slice(close, tokens[after]!.start))) return -1;
  return after - 1 > k ? after - 1 : -1;
}

function roleText(doc: PreparedDocument, tokens: readonly Token[], from: number, last: number): string | null {
  if (last < from) return null;
  // a bracket the role reads through keeps its closing mark
  const end = doc.text.charAt(tokens[last]!.end) === ")" && doc.text.slice(tokens[from]!.start, tokens[last]!.end).includes("(") ? tokens[last]!.end + 1 : tokens[last]!.end;
  const text = doc.text
    .slice(tokens[from]!.start, end)
    .replace(/\s+/gu, " ")
    .replace(PHOTO_POSITION_AFTER, "")
    .replace(/[\s,–—-]+$/u, "");
  return text === "" ? null : text;
}
/** Where a photo shows the person, in brackets after the role: `(đứng giữa)`, `(thứ hai từ trái sang)`, `(bên phải)`. */
const PHOTO_POSITION_AFTER = /\s*\((?:(?:đứng|ngồi)\s+)?(?:giữa|bên phải|bên trái|ngoài cùng[^()]{0,20}|thứ [^()]{1,12} từ (?:trái|phải)(?: sang)?|hàng đầu|hàng trên|hàng dưới|phải|trái)\)$/u;

/**
 * Words that make the role that follows a predicate of the person before it:
 * `ông Nguyễn Văn Tư là Bí thư Chi bộ`, `đồng chí Phạm Văn Hùng được bầu làm
 * Bí thư Chi bộ`, `bà Lê Thị Hoa, nguyên là Chủ tịch Hội`. The same words
 * before a role stop it from reaching forward to the next name
 * (counterexample: `… được bầu làm Bí thư Chi bộ, bà Nguyễn Thị Mai tiếp tục
 * giữ chức Phó Bí thư`: Bí thư Chi bộ is not Mai's role).
 */
const ROLE_CONNECTORS = compile([
  "là", "nguyên là", "hiện là", "nay là",
  // (the Front's congress does not elect, it agrees: `được hiệp thương cử giữ chức Chủ tịch Ủy ban MTTQ`)
  ...["", "tiếp tục ", "thôi ", "được bầu ", "được cử ", "được bổ nhiệm ", "được điều động ", "được phân công ", "được giới thiệu ", "được chỉ định ", "được hiệp thương cử ", "hiệp thương cử ", "được tín nhiệm bầu "].flatMap((before) => [
    `${before}làm`,
    // `được bổ nhiệm giữ chức vụ Trưởng phòng`: the post's word is the connector's, not the title's (`vụ Trưởng phòng`)
    ...["giữ", "đảm nhiệm", "đảm nhận"].flatMap((hold) => ["", " chức", " chức vụ", " chức danh", " vị trí"].map((post) => `${before}${hold}${post}`)).filter((c) => !c.endsWith("giữ")),
  ]),
  "được bầu", "được bầu là", "được bổ nhiệm", "được tín nhiệm giữ chức", "được hiệp thương cử", "hiệp thương cử",
  // re-elected: `đồng chí Nguyễn Văn Hùng tái cử chức Chủ tịch Hội Nông dân xã`
  ...["tái cử", "tái đắc cử", "đắc cử", "trúng cử"].flatMap((elected) => [elected, `${elected} chức`, `${elected} chức vụ`]),
]);

/** Words a post's title follows when it is given before the person: `miễn nhiệm chức danh Phó Chủ tịch UBND xã đối với ông A`. */
const POST_BEFORE_TITLE = compile(["chức danh", "chức vụ", "chức"]);
/** How far back from the person a post's title may start. */
const MAX_POST_WORDS = 20;

/**
 * The title of a post given before the person it concerns: `miễn nhiệm chức danh Phó Chủ tịch UBND xã đối với
 * ông Lê Văn Sáu`, `bổ nhiệm chức vụ Trưởng phòng Kinh tế cho ông Hoàng Văn Nam`; `honorific` is the first token of
 * `ông`. The title must run right up to `đối với` or `cho` (counterexample: `trao quà cho ông A` has no post).
 */
function postTitleBefore(doc: PreparedDocument, tokens: readonly Token[], honorific: number): string | null {
  const forStart = tokens[honorific - 1]?.low === "cho" ? honorific - 1 : tokens[honorific - 2]?.low === "đối" && tokens[honorific - 1]?.low === "với" ? honorific - 2 : -1;
  if (forStart < 2) return null;
  for (let r = forStart - 1; r > 0 && r >= forStart - MAX_POST_WORDS; r--) {
    const post = [1, 2].some((n) => r - n >= 0 && matchPhrase(doc, tokens, r - n, POST_BEFORE_TITLE)?.[1] === n);
    if (!post) continue;
    // (the walk may read `đối` on as a body's word: the title ends before `đối với` all the same)
    const { last } = walkRole(doc, tokens, r, false);
    return last >= forStart - 1 ? roleText(doc, tokens, r, forStart - 1) : null;
  }
  return null;
}

/**
 * Whether token k opens a sentence (or a line): its capital is the sentence's,
 * not a name's. `Theo Chủ tịch UBND xã Nguyễn Văn An, …` has a title after
 * `Theo`; in `… Nguyễn Văn An Chủ tịch UBND xã` the title follows a name.
 */
function opensSentence(doc: PreparedDocument, tokens: readonly Token[], k: number): boolean {
  if (k === 0) return doc.text.slice(0, tokens[0]!.start).trim() === "" || /[.!?…:;\n]/u.test(doc.text.slice(0, tokens[0]!.start));
  return /[.!?…:;\n]/u.test(gapAfter(doc, tokens, k - 1)) && tokens[k]!.end - tokens[k]!.start > 1 && !SURNAMES.has(tokens[k]!.low);
}

/** The longest connector's syllables: `được bổ nhiệm đảm nhiệm chức danh`. */
const MAX_CONNECTOR_WORDS = 8;

/**
 * Whether a connector (`được bầu làm`) ends right before token i, after a name: the role is that person's
 * (counterexample: `Sau khi đảm nhận chức vụ Bí thư Đảng ủy xã, đồng chí Trần Văn Hòa …`, `Khi giữ vị trí …` name no one
 * before it).
 */
function connectorBefore(doc: PreparedDocument, tokens: readonly Token[], i: number): boolean {
  for (let n = 1; n <= MAX_CONNECTOR_WORDS && i - n >= 0; n++) {
    const m = matchPhrase(doc, tokens, i - n, ROLE_CONNECTORS);
    if (m && m[1] === n && spacesAfter(doc, tokens, i - 1)) return i - n > 0 && tokens[i - n - 1]!.cap && !opensSentence(doc, tokens, i - n - 1);
  }
  return false;
}

/** The role written right after a name: `, Bí thư …`, ` - Bí thư …`, `(Bí thư …)`, ` được bầu làm Bí thư …`; with `bare`, also ` Bí thư …`. */
function roleAfter(doc: PreparedDocument, tokens: readonly Token[], nameEnd: number, bare: boolean): string | null {
  return roleSpanAfter(doc, tokens, nameEnd, bare)?.text ?? null;
}

/** roleAfter, with the token after the role: what the finder has read (`Hiệu trưởng Trường THPT Chu Văn An` names a school, not a person). */
function roleSpanAfter(doc: PreparedDocument, tokens: readonly Token[], nameEnd: number, bare: boolean): { text: string; end: number; generic?: boolean } | null {
  if (nameEnd >= tokens.length) return null;
  const gap = gapAfter(doc, tokens, nameEnd - 1);
  let r = nameEnd;
  const connector = matchPhrase(doc, tokens, r, ROLE_CONNECTORS);
  // `Lê Văn Chung - tái đắc cử Bí thư`: a dash before the connector too
  if (connector && (SPACES.test(gap) || /^[ \t]*[,–—-][ \t]*$/u.test(gap))) r += connector[1];
  else if (!(/^[ \t]*[,(–—-][ \t]*$/u.test(gap) || (bare && SPACES.test(gap)))) return null;
  if (r > nameEnd && (r >= tokens.length || !spacesAfter(doc, tokens, r - 1))) return null;
  if (!/[(,]/u.test(gap)) return roleFrom(doc, tokens, r);
  const titled = roleFrom(doc, tokens, r);
  if (titled) return titled;
  const work = roleFrom(doc, tokens, r, WORK_AFTER_NAME_INDEX);
  return work ? { ...work, generic: true } : roleAfterAside(doc, tokens, nameEnd);
}

/** A role's text read elsewhere, as a span ending where the reading goes on. */
function textSpan(text: string | null, end: number): { text: string; end: number } | null {
  return text === null ? null : { text, end };
}

/** The role that starts at token r, and the token after it. */
function roleFrom(doc: PreparedDocument, tokens: readonly Token[], r: number, titles = ROLE_INDEX): { text: string; end: number } | null {
  const { last } = walkRole(doc, tokens, r, false, true, titles);
  // (a generic word alone is no title: `Trần Văn Bình, cán bộ và nhân dân xã …` lists who came; nor one before another
  // group's word, `cán bộ công chức xã và đông đảo nhân dân`)
  const head = titles === WORK_AFTER_NAME_INDEX ? (matchPhrase(doc, tokens, r, titles)?.[1] ?? 0) : 0;
  const next = tokens[r + head];
  const group = next !== undefined && !next.cap && (GROUP_AFTER_WORK.has(next.low) || GROUP_AFTER_WORK.has(`${next.low} ${tokens[r + head + 1]?.low ?? ""}`));
  if (titles === WORK_AFTER_NAME_INDEX && (last === r + head - 1 || group)) return null;
  const text = last < 0 ? null : roleText(doc, tokens, r, last);
  return text === null ? null : { text, end: last + 1 };
}

/**
 * A short aside between a name and its role: in brackets (`(thứ hai từ trái
 * sang)`, `(bên phải)`), or between commas when it opens in lower case or
 * with a digit (`, người dân tộc Dao,`, `, 65 tuổi,`, `, sinh năm 1962,`).
 * Counterexample: `Nguyễn Văn An, Trần Thị Bình, Bí thư …` is a list, and
 * its second name opens in capitals: no aside.
 */
// (not another person: `Trường THPT chuyên Hà Tĩnh, ông Trần Đình Khiêm, Phó Bí thư …` gives the title to Khiêm)
const ASIDE_AFTER_NAME = new RegExp(
  `[ \\t]*(?:\\([^()\\n]{1,40}\\)[ \\t]*[,–—-]|,[ \\t]*(?!(?:${HONORIFICS.map(([w]) => w.replace(/[.]/gu, "\\.")).join("|")})[ \\t]+\\p{Lu})[\\p{Ll}\\p{N}][^,;:()\\n]{0,40},)[ \\t]*`,
  "uy",
);

/**
 * The role after an aside: `Đồng chí Nguyễn Văn Hưng (thứ hai từ trái sang),
 * Bí thư Huyện ủy trao Giấy khen`, `bà Chìu Thị Mai, người dân tộc Dao, Bí
 * thư Chi bộ thôn`. Tried only when no role follows the name at once
 * (`Nguyễn Văn Hưng (Bí thư Huyện ủy)`, `Nguyễn Văn Hưng, Bí thư …`).
 */
function roleAfterAside(doc: PreparedDocument, tokens: readonly Token[], nameEnd: number): { text: string; end: number } | null {
  ASIDE_AFTER_NAME.lastIndex = tokens[nameEnd - 1]!.end;
  const aside = ASIDE_AFTER_NAME.exec(doc.text);
  if (!aside) return null;
  const at = aside.index + aside[0].length;
  const r = tokenAt(tokens, at);
  return r < tokens.length && tokens[r]!.start === at ? roleFrom(doc, tokens, r) : null;
}

/** `Trần Quốc Khánh (SN 1992, trú tại …)`, `(sinh năm 1988)`: a person's birth year after their name. */
const BORN_AFTER = /[ \t]*\([ \t]*(?:sn|sinh năm|sinh ngày|s\.n)[ \t:]*\d/uy;
/** `, sinh năm 1983`, `, SN 1990`, `(22 tuổi)`, `(22 tuổi, trú tại …)`: a person's birth year after a comma, or age. */
// a person's age has two digits at most: `Cây đa Hồ Tây (200 tuổi)` is a tree
const BORN_OR_AGED_AFTER = /[ \t]*(?:,[ \t]*(?:sn|sinh năm|sinh ngày)[ \t:]*\d|\([ \t]*\d{1,2}[ \t]*tuổi(?![\p{L}\p{M}]))/uy;
/** How far a birth year's brackets run at most. */
const MAX_BIRTH_BRACKETS = 160;

/**
 * The role given with a birth year: inside its brackets, after a comma (`(SN
 * 1965, Chủ tịch UBND xã Minh Quang, huyện Kiến Xương)`), or after them
 * (`(SN 1965, trú tại …) - nguyên Chủ tịch UBND xã`).
 */
function roleAfterBirthYear(doc: PreparedDocument, tokens: readonly Token[], nameEnd: number): { text: string; end: number } | null {
  BORN_AFTER.lastIndex = tokens[nameEnd - 1]!.end;
  if (!BORN_AFTER.test(doc.folded)) return null;
  const open = doc.text.indexOf("(", tokens[nameEnd - 1]!.end);
  const inside = doc.text.slice(open, open + MAX_BIRTH_BRACKETS);
  const close = inside.indexOf(")") < 0 ? -1 : open + inside.indexOf(")");
  if (open < 0 || close < 0 || doc.text.slice(open, close).includes("\n")) return null;
  for (let k = tokenAt(tokens, open); k < tokens.length && tokens[k]!.start < close; k++) {
    if (/,[ \t]*$/u.test(doc.text.slice(tokens[k - 1]!.end, tokens[k]!.start)) && matchPhrase(doc, tokens, k, ROLE_INDEX)) return roleFrom(doc, tokens, k);
  }
  const after = tokenAt(tokens, close + 1);
  return after < tokens.length && /^\)[ \t]*[,–—-][ \t]*$/u.test(doc.text.slice(close, tokens[after]!.start)) ? roleFrom(doc, tokens, after) : null;
}

// ---------- the finder ----------

interface Found {
  name: string;
  key: string;
  role: string | null;
  text: string;
  start: number;
  end: number;
  rule: string;
}

const PHOTO_CREDIT = /(?<![\p{L}\p{M}])ảnh[ \t]*:[ \t]*/gu;
/** A photo agency and the slash before its photographer's name: `VGP/`, `Báo Nhân Dân/`. */
const AGENCY_BEFORE_SLASH = /^[^\n/()]{2,30}?[ \t]*\/[ \t]*(?=\p{Lu})/u;
/** `Bài, ảnh:`, `Tin và ảnh:` are bylines of the author (metadata), not photo credits. */
const BYLINE_BEFORE_CREDIT = /(?:bài|tin|bài viết)[ \t]*(?:,|và|&)[ \t]*$/u;

/** Lines of page furniture that name site staff: never people of the article. */
const STAFF_LINE = /^[ \t•·*-]*(?:chịu trách nhiệm|người chịu trách nhiệm|tổng biên tập|phó tổng biên tập|ban biên tập|trưởng ban biên tập|giấy phép|cơ quan chủ quản|bản quyền|copyright|địa chỉ|điện thoại)/u;

export function findPeople(doc: PreparedDocument, metadata: Metadata): Person[] {
  const tokens = tokenize(doc);
  const found: Found[] = [];
  const add = (n: NameSpan, role: string | null, rule: string) => {
    const key = nameKey(doc, tokens, n);
    if (NOT_PERSON_NAMES.has(key)) return;
    const start = tokens[n.from]!.start;
    const end = tokens[n.to - 1]!.end;
    found.push({ name: nameText(doc, tokens, n), key, role, text: doc.text.slice(start, end), start, end, rule });
  };

  const { body } = doc.layout;
  // (sorted and merged, so each token is looked up by halving: scanning them all was quadratic in a page of many
  // related-news boxes, 0.6 s on 512,000 characters)
  const unread = mergeSpans(unreadSpans(doc));
  const from = tokenAt(tokens, body.start);
  const to = tokenAt(tokens, body.end);
  /** The names listed after `name` that share its title, each added with it; the token after the last. */
  const sharedTitleList = (name: NameSpan, role: string | null): number => {
    let end = name.to;
    for (let next = nextInList(doc, tokens, name.to, to, false); next; next = nextInList(doc, tokens, next.to, to, false)) {
      // a name with a title of its own ends the shared one (`…, Lê Huyền, Giám đốc Sở Y tế`)
      if (roleSpanAfter(doc, tokens, next.to, false)) break;
      add(next, role, "person.list");
      end = next.to;
    }
    return end;
  };

  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    if (unread.length > 0 && insideAny(unread, t.start)) {
      i++;
      continue;
    }

    // person.honorific (and person.list after it)
    const hon = matchPhrase(doc, tokens, i, HONORIFIC_INDEX);
    const honAt = i;
    // `các đồng chí: Lương Văn Cường - Bí thư Huyện ủy; …` lists after a colon
    const honGap = hon ? gapAfter(doc, tokens, i + hon[1] - 1) : "";
    // `các đồng chí trong Ban Thường vụ Huyện ủy: A, B và C`: who they are, then the colon and the list
    const described = hon && PLURAL_HONORIFIC.has(hon[0]) && !tokens[i + hon[1]]?.cap ? listAfterDescription(doc, tokens, i + hon[1]) : -1;
    // `cho 3 đồng chí: Phan Thị Hưởng, Phan Thị Chúc và …`: a number makes the honorific plural
    const counted = hon?.[0] === "đồng chí" && i > 0 && COUNT_WORD.test(tokens[i - 1]!.low);
    // a cohort named after a hero: `Lễ kết nạp "Lớp đoàn viên Nguyễn Văn Cừ"`, `Lớp đảng viên Nguyễn Văn Trỗi` (no person)
    // (`Tại lớp, giáo viên Lê Thị Dung …`: a comma parts them)
    const cohort = hon !== null && i > 0 && COHORT_WORDS.has(tokens[i - 1]!.low) && gapAfter(doc, tokens, i - 1) === " " && !PERSONAL_HONORIFICS.has(hon[0]);
    if (hon && !cohort && !(LIST_OPENERS.has(hon[0]) && !peopleBeforeList(doc, tokens[i]!.start)) && !isStreetBefore(doc, tokens, i) && !HONORIFIC_PLACES.has(`${hon[0]} ${tokens[i + hon[1]]?.low ?? ""}`) && (described >= 0 || honorificGapAfter(doc, tokens, i, hon) || ((PLURAL_HONORIFIC.has(hon[0]) || ADMITTED.has(hon[0]) || counted) && /^[ \t]*:[ \t]*$/u.test(honGap)))) {
      const n0 = described >= 0 ? described : i + hon[1] + gradeAfter(doc, tokens, i + hon[1], hon[0]);
      if (matchPhrase(doc, tokens, n0, ROLE_INDEX)) {
        const walked = walkRole(doc, tokens, n0, true);
        if (walked.name) {
          const role = roleText(doc, tokens, n0, walked.last);
          add(walked.name, role, "person.role-before");
          // `các đồng chí Phó Bí thư Huyện ủy Trần Văn Long, Lê Văn Bình`: a plural's title is every name's listed
          i = PLURAL_HONORIFIC.has(hon[0]) ? sharedTitleList(walked.name, role) : walked.name.to;
          continue;
        }
        // `các đồng chí Phó Chủ tịch UBND tỉnh: Nguyễn Long Biên, Lê Huyền`: the title, a colon, the names
        const titled = PLURAL_HONORIFIC.has(hon[0]) ? walkRole(doc, tokens, n0, false).last : -1;
        const first = titled + 1;
        if (titled >= 0 && first < to && /^[ \t]*:[ \t]*$/u.test(gapAfter(doc, tokens, titled)) && SURNAMES.has(tokens[first]!.low)) {
          const e = runEnd(doc, tokens, first);
          if (nameShape(tokens, first, e)) {
            const role = roleText(doc, tokens, n0, titled);
            add({ from: first, to: e }, role, "person.list");
            i = sharedTitleList({ from: first, to: e }, role);
            continue;
          }
        }
        // a title and no name after it is nobody's name: `các ông, bà Trưởng Ban công tác Mặt trận các thôn`
        if (!SURNAMES.has(tokens[n0]!.low)) {
          i = n0;
          continue;
        }
      }
      const strong = STRONG_HONORIFIC.has(hon[0]);
      // a name in capitals after an honorific of weight: `Bà TRẦN THỊ PHƯƠNG THẢO, Phó Trưởng Trạm y tế phường 2`
      const capitals = strong ? capitalsNameEnd(doc, tokens, n0) : -1;
      const e = capitals > 0 ? capitals : runEnd(doc, tokens, n0);
      // `7 đồng chí Ban Thường vụ`: a body after the honorific, nobody's name
      // (`bác sĩ Trạm Y tế xã`, `bác sĩ Bệnh viện Đa khoa`: where the doctor works)
      if (n0 < tokens.length && orgLike(tokens, n0, e) && !SURNAMES.has(tokens[n0]!.low)) {
        i = n0;
        continue;
      }
      // an everyday word (`anh`, `chị`, `hộ`, `gia đình`) needs a known surname after it, and no province (`thí sinh Hà Nội`)
      // (or a Highlands name with its prefix: `Chị H'Ngân Êban`)
      // after a word for residents (`Người dân Lý Sơn`, `Cử tri Phan Thiết`: where they live), a name of three syllables or more
      const everyday = () =>
        (SURNAMES.has(tokens[n0]!.low) || PREFIXED_NAME.test(tokens[n0]!.raw)) &&
        !NOT_NAME_LINES.has(nameKey(doc, tokens, { from: n0, to: e })) &&
        !(RESIDENTS.has(hon[0]) && e - n0 < 3);
      // after a colon, a list of names opens with a surname (`3 đồng chí: Trưởng Công an xã, …` lists titles)
      const listed = honGap.includes(":") && !SURNAMES.has(tokens[n0]?.low ?? "");
      // after a word for a calling, a province's name is no person's: `Câu lạc bộ Nhà giáo Quảng Bình` names a club
      // (counterexample: after `ông`, `bà`, `đồng chí`, it is a given name: `Ông Hải Dương, Chủ tịch UBND xã`)
      const province = !PERSONAL_HONORIFICS.has(hon[0]) && NOT_NAME_LINES.has(nameKey(doc, tokens, { from: n0, to: e }));
      if (!listed && !province && (capitals > 0 || (nameShape(tokens, n0, e) && (strong || everyday())) || (strong && e === n0 + 1 && PREFIXED_NAME.test(tokens[n0]!.raw)))) {
        let name: NameSpan | null = { from: n0, to: e };
        const listed = found.length;
        let previousEnd = -1;
        while (name) {
          const role =
            roleSpanAfter(doc, tokens, name.to, true) ??
            roleAfterBirthYear(doc, tokens, name.to) ??
            (name.from === n0 ? textSpan(postTitleBefore(doc, tokens, i), name.to) : null) ??
            // (a title the state confers is the person's when nothing else is: `Nghệ nhân Ưu tú Triệu Thị Pham`, `Mẹ Việt
            // Nam anh hùng Hồ Thị Bé`)
            (name.from === n0 && STATE_HONOURS.has(hon[0]) ? textSpan(doc.text.slice(tokens[honAt]!.start, tokens[honAt + hon[1] - 1]!.end), name.to) : null);
          // `các đồng chí A và B được bầu giữ chức Phó Chủ tịch`, `Các đồng chí: A, B, C được bầu là …`: a role given
          // by a verb after names joined by `và` or commas is theirs all (counterexample: `A và B, Phó Chủ tịch Hội`
          // gives the title after a comma to B alone)
          if (role && PLURAL_HONORIFIC.has(hon[0]) && previousEnd >= 0 && /^(?:[ \t]*,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)$/u.test(doc.text.slice(previousEnd, tokens[name.from]!.start))) {
            if (matchPhrase(doc, tokens, name.to, ROLE_CONNECTORS)) for (let f = listed; f < found.length; f++) found[f]!.role ??= role.text;
          }
          // (a press group's list ends at a province, its paper's or its place: `nhóm phóng viên Lê Văn Nam, Trần Thị Mai,
          // Hà Nội`, `Nhóm phóng viên Hà Nội Mới`)
          if (PRESS_GROUPS.has(hon[0]) && startsWithProvince(doc, tokens, name)) break;
          add(name, role?.text ?? null, found.length && PLURAL_HONORIFIC.has(hon[0]) && name.from !== n0 ? "person.list" : "person.honorific");
          previousEnd = role ? -1 : tokens[name.to - 1]!.end;
          // go on after the role: its words are read (a school's or a street's namesake in it is nobody here)
          i = Math.max(name.to, role?.end ?? 0);
          name = nextInList(doc, tokens, name.to, to, role !== null);
        }
        // `Hai đồng chí Đinh Công Sơn và Mai Xuân Trường, Phó Giám đốc Sở Xây dựng`: as many names as counted, the
        // title after the last alone is theirs all (counterexample: uncounted, `A và B, Phó Chủ tịch Hội` is B's)
        const counter = honAt > 0 ? tokens[honAt - 1]!.low : "";
        const count = /^\d$/u.test(counter) ? Number(counter) : UNIT_WORDS[counter];
        const names = found.slice(listed);
        if (count !== undefined && names.length === count && count >= 2 && names.at(-1)!.role !== null && names.slice(0, -1).every((f) => f.role === null)) {
          for (const f of names) f.role = names.at(-1)!.role;
        }
        continue;
      }
    }

    // person.role-before (not after a connector: that role belongs to the person before it)
    if (
      matchPhrase(doc, tokens, i, ROLE_INDEX) &&
      (i === 0 || !tokens[i - 1]!.cap || !spacesAfter(doc, tokens, i - 1) || opensSentence(doc, tokens, i - 1)) &&
      !connectorBefore(doc, tokens, i)
    ) {
      const roleStart = i;
      const plural = roleStart > 0 && PLURAL_BEFORE_TITLE.has(tokens[roleStart - 1]!.low);
      // `Dự họp có các Phó Chủ tịch UBND tỉnh: Nguyễn Văn Phước, Trần Phước Hiền`: a plural title, a colon, the names
      // (as after `các đồng chí`)
      const titled = plural ? walkRole(doc, tokens, i, false).last : -1;
      if (titled >= 0 && titled + 1 < to && /^[ \t]*:[ \t]*$/u.test(gapAfter(doc, tokens, titled)) && SURNAMES.has(tokens[titled + 1]!.low)) {
        const e = runEnd(doc, tokens, titled + 1);
        // (each with a title of their own after the name keeps it: `các Ủy viên Ban Thường vụ Tỉnh ủy: A, Trưởng Ban
        // Tuyên giáo Tỉnh ủy; B, …` is read name by name below)
        if (nameShape(tokens, titled + 1, e) && !roleSpanAfter(doc, tokens, e, false)) {
          const role = roleText(doc, tokens, i, titled);
          add({ from: titled + 1, to: e }, role, "person.list");
          i = sharedTitleList({ from: titled + 1, to: e }, role);
          continue;
        }
      }
      const walked = walkRole(doc, tokens, i, true);
      // `Thay mặt các đại biểu, đồng chí X …`: a plural's title, then someone else after a comma
      if (walked.name && plural && doc.text.slice(tokens[walked.last]!.end, tokens[walked.name.from]!.start).includes(",")) {
        i = walked.last + 1;
        continue;
      }
      if (walked.name) {
        // a title written right after the name is theirs (`Trao đổi với phóng viên, ông X, Chủ tịch UBND xã`),
        // unless a name ends it: `Phó Chủ tịch UBND huyện A, Phó Chủ tịch HĐND huyện B` is B's
        const after = walkRole(doc, tokens, walked.name.to, true).name ? null : roleSpanAfter(doc, tokens, walked.name.to, false);
        // (a task in lower case after a connector is no title: `do Phó Chủ tịch UBND tỉnh Nguyễn Đức Hoàng làm trưởng
        // đoàn` keeps the title before; `… Nguyễn Văn A được bầu làm Chủ tịch …` takes the post after)
        const task = after !== null && /^\p{Ll}/u.test(after.text) && SPACES.test(gapAfter(doc, tokens, walked.name.to - 1));
        const role = (task ? null : after?.text) ?? roleText(doc, tokens, titleAfterObject(doc, tokens, i, walked.last), walked.last);
        add(walked.name, role, "person.role-before");
        i = Math.max(walked.name.to, after?.end ?? 0);
        // `Các Phó Chủ tịch UBND tỉnh Nguyễn Long Biên, Lê Huyền`: a plural title is every name's listed
        if (!after && roleStart > 0 && PLURAL_BEFORE_TITLE.has(tokens[roleStart - 1]!.low)) i = sharedTitleList(walked.name, role);
        continue;
      }
    }

    // person.role-after and person.speech: a bare name run
    if (t.cap && (i === 0 || !tokens[i - 1]!.cap || !spacesAfter(doc, tokens, i - 1))) {
      const e = runEnd(doc, tokens, i);
      const name = nameEndingRun(doc, tokens, i, e);
      if (name) {
        const found = roleSpanAfter(doc, tokens, name.to, false);
        // (where one works tells a person only of a name, no place's: `quê Sơn La, công nhân Công ty …` names a province)
        const place = () => !SURNAMES.has(tokens[name.from]!.low) || NOT_NAME_LINES.has(nameKey(doc, tokens, name)) || isPlaceWordBefore(doc, tokens, name.from) || HOMETOWN_BEFORE.test(doc.folded.slice(Math.max(0, tokens[name.from]!.start - 5), tokens[name.from]!.start));
        const role = found?.generic && place() ? null : found;
        // a title that a name ends is that person's, read from it: `Tết Nhâm Dần, Chủ tịch UBND xã Trần Văn Nam thăm …`,
        // `Đến Cà Mau, Phó Thủ tướng Trần Lưu Quang …` (a year or a place before the comma, no person)
        // (a run of two syllables before the comma, a name of three or more ending the title; counterexamples: `Nguyễn
        // Văn An, Giám đốc Sở Y tế Hà Nội` is An's, `Phạm Thị Hương, Hiệu trưởng Trường THPT Chu Văn An` is Hương's)
        const ending = role && name.to - name.from === 2 ? walkRole(doc, tokens, name.to, true).name : null;
        if (ending && ending.to - ending.from >= 3 && (!isPlaceWordBefore(doc, tokens, ending.from) || ADMINISTRATIVE_PLACES.has(tokens[ending.from - 1]!.low))) {
          i = name.to;
          continue;
        }
        if (role) {
          add(name, role.text, "person.role-after");
          i = role.end;
          continue;
        }
        const gap = name.to < tokens.length ? gapAfter(doc, tokens, name.to - 1) : "";
        // (past a short aside in brackets: `Lê Minh Tuấn (Tổ đại biểu số 5, xã Phù Ninh) chất vấn …`)
        if (name.to - name.from >= 3 && (SPACES.test(gap) ? isSpeechVerb(doc, tokens, name.to) : speechAfterAside(doc, tokens, name.to))) {
          add(name, null, "person.speech");
          i = name.to;
          continue;
        }
        // person.pair: two names joined by `và`, each with `Văn` or `Thị` after its surname, which only a person's
        // name has (`Cơ quan điều tra đã bắt Trần Văn Quyết và Lê Thị Hằng`; counterexample: `đường Lê Lợi và Trần Phú`)
        // (nor namesakes after a place's or a school's word: `các trường THCS Nguyễn Văn Trỗi và Lê Thị Hồng Gấm`)
        // (nor the tail of a list: `các tuyến đường A, Phạm Văn Đồng và Võ Văn Kiệt`, `Giao lộ Nguyễn Văn Cừ và …`)
        if (
          personShaped(tokens, name) &&
          name.from > 0 &&
          !isPlaceWordBefore(doc, tokens, name.from) &&
          /^\p{Ll}/u.test(tokens[name.from - 1]!.raw) &&
          !NAMESAKE_BEFORE.has(tokens[name.from - 1]!.low) &&
          SPACES.test(gapAfter(doc, tokens, name.from - 1)) &&
          /^[ \t]+$/u.test(gap) &&
          tokens[name.to]?.low === "và" &&
          SPACES.test(gapAfter(doc, tokens, name.to))
        ) {
          const second = nameEndingRun(doc, tokens, name.to + 1, runEnd(doc, tokens, name.to + 1));
          if (second && second.from === name.to + 1 && personShaped(tokens, second)) {
            add(name, null, "person.pair");
            add(second, roleSpanAfter(doc, tokens, second.to, false)?.text ?? null, "person.pair");
            i = second.to;
            continue;
          }
        }
        // person.born: a birth year in brackets after the name, as police and court news give it
        BORN_AFTER.lastIndex = tokens[name.to - 1]!.end;
        if (name.to - name.from >= 2 && BORN_AFTER.test(doc.folded)) {
          const role = roleAfterBirthYear(doc, tokens, name.to);
          add(name, role?.text ?? null, "person.born");
          i = Math.max(name.to, role?.end ?? 0);
          continue;
        }
        // or after a comma (`Phạm Văn Tùng, sinh năm 1983`), or the age in brackets (`Đào Xuân Hải (22 tuổi)`)
        BORN_OR_AGED_AFTER.lastIndex = tokens[name.to - 1]!.end;
        if (name.to - name.from >= 2 && BORN_OR_AGED_AFTER.test(doc.folded)) {
          add(name, null, "person.born");
          i = name.to;
          continue;
        }
        // person.cued: the whole run, a word that says who right before it, and each name listed after it
        if (name.from === i && cuedName(doc, tokens, name)) {
          for (let next: NameSpan | null = name; next; ) {
            const role = roleSpanAfter(doc, tokens, next.to, false);
            add(next, role?.text ?? null, "person.cued");
            i = Math.max(next.to, role?.end ?? 0);
            // (each listed of three syllables or more too: `…, Kim Đồng` names a school)
            next = nextInList(doc, tokens, next.to, to, role !== null);
            if (next && next.to - next.from < 3) next = null;
          }
          continue;
        }
      }
      // a sentence's first word, capitalised, runs into what follows it: read on from the next word (`Theo Trung tá
      // Nguyễn Văn Hùng, …`: the honorific opens there)
      i = !name && e > i + 1 && opensSentence(doc, tokens, i) ? i + 1 : Math.max(e, i + 1);
      continue;
    }
    i++;
  }

  // person.table-row: a name alone in a table's cell, its title in the next (`1 | Lê Văn Cường | Chủ tịch HĐND xã | 100%`),
  // or in the column its header names (`TT | Họ và tên | Năm sinh | Chức vụ`)
  let columns: PeopleColumns | null = null;
  for (const line of doc.layout.lines) {
    if (line.start < body.start || line.end > body.end) continue;
    if (!(line.raw.includes("|") || line.raw.includes("\t"))) {
      columns = null;
      continue;
    }
    const cells = cellsOf(doc, line);
    const header = peopleColumns(doc, cells);
    if (header) {
      columns = header;
      continue;
    }
    for (const row of tableRowPeople(doc, tokens, cells, columns)) {
      if (!insideAny(unread, tokens[row.name.from]!.start)) add(row.name, row.role, "person.table-row");
    }
  }

  // person.photo-credit
  for (const span of [body, ...doc.layout.trailer]) {
    const slice = doc.folded.slice(span.start, span.end);
    for (const m of slice.matchAll(PHOTO_CREDIT)) {
      const before = slice.slice(Math.max(0, m.index - 12), m.index);
      if (BYLINE_BEFORE_CREDIT.test(before)) continue;
      const k = tokenAt(tokens, span.start + m.index + m[0].length);
      if (k < tokens.length && insideAny(unread, tokens[k]!.start)) continue;
      // `Ảnh: Ông Trần Văn Nam – Chủ tịch UBND xã trao quà`: a caption of whom the photo shows, read as such above
      // (an everyday word is a pen name's: `Ảnh: Anh Tuấn`)
      const honorific = k < tokens.length ? matchPhrase(doc, tokens, k, HONORIFIC_INDEX) : null;
      if (honorific && STRONG_HONORIFIC.has(honorific[0])) continue;
      let from = k;
      let e = bylineRunEnd(doc, tokens, k);
      if (!creditName(doc, tokens, from, e)) {
        // the agency before its photographer: `Ảnh: VGP/Hải Minh`, `Ảnh: TTXVN/Nguyễn Văn Hòa` (`Ảnh: TTXVN` alone is none)
        const at = span.start + m.index + m[0].length;
        const agency = AGENCY_BEFORE_SLASH.exec(doc.text.slice(at, at + 40));
        if (!agency) continue;
        from = tokenAt(tokens, at + agency[0].length);
        e = bylineRunEnd(doc, tokens, from);
        if (!creditName(doc, tokens, from, e)) continue;
      }
      add({ from, to: e }, null, "person.photo-credit");
    }
  }

  // person.byline: the author (signature block, last line, `Tác giả: …`) and co-authors
  const bylines = findBylines(doc, tokens);
  // (the poster is no person of the article when a writer is named: `Người đăng: A | Tác giả: B`)
  const writerNamed = bylines.some((b) => b.rule !== "byline.poster");
  for (const b of bylines) {
    if (b.rule === "byline.poster" && writerNamed) continue;
    for (const n of b.names) add(n, b.role, "person.byline");
  }
  void metadata;

  return merge(found);
}

/** Words a plural honorific's description may run to before its colon: `trong Ban Thường vụ Huyện ủy`. */
const MAX_DESCRIPTION_WORDS = 10;

/**
 * The token after the colon that ends a short description of the people a
 * plural honorific lists (`các đồng chí lãnh đạo huyện: A, B`), or -1 when
 * the clause ends (any other punctuation) or runs on first, or no surname
 * follows the colon.
 */
function listAfterDescription(doc: PreparedDocument, tokens: readonly Token[], from: number): number {
  for (let j = from; j < tokens.length - 1 && j < from + MAX_DESCRIPTION_WORDS; j++) {
    const gap = gapAfter(doc, tokens, j);
    // after the colon a known surname: `các đồng chí nhấn mạnh: Huyện Bảo Lâm cần …` lists nobody
    if (/^[ \t]*:[ \t]*$/u.test(gap)) return SURNAMES.has(tokens[j + 1]!.low) ? j + 1 : -1;
    if (!SPACES.test(gap)) return -1;
  }
  return -1;
}

/** After a name (and its role), the next name of a list: `, Phạm Thị Hằng`, ` và Vũ Đức Long`. */
function nextInList(doc: PreparedDocument, tokens: readonly Token[], after: number, limit: number, hadRole: boolean): NameSpan | null {
  // skip the role just read, if any: it ends at a comma before the next name
  let k = after;
  if (hadRole) {
    const { last } = walkRole(doc, tokens, after, false);
    if (last < 0) return null;
    k = last + 1;
  }
  if (k >= limit) return null;
  let gap = gapAfter(doc, tokens, k - 1);
  // (past a short aside in brackets: `Nguyễn Minh Khôi (lớp 12A2), Đỗ Thanh Hằng (lớp 12A5)`)
  const aside = hadRole ? null : /^[ \t]*\([^()\n]{1,40}\)/u.exec(doc.text.slice(tokens[k - 1]!.end, tokens[k - 1]!.end + 48));
  if (aside) {
    const end = tokens[k - 1]!.end + aside[0].length;
    while (k < limit && tokens[k]!.start < end) k++;
    if (k >= limit) return null;
    gap = doc.text.slice(end, tokens[k]!.start);
  }
  let n = k;
  if (/^[ \t]*,[ \t]*$/u.test(gap)) {
    if (tokens[n]!.low === "và") n++;
  } else if (SPACES.test(gap) && tokens[n]!.low === "và") n++;
  else return null;
  // a known surname, or a common middle name after the first syllable (`Mạch Thị Hai`, `Lục Văn Tâm`)
  if (n >= limit || !(SURNAMES.has(tokens[n]!.low) || MIDDLE_NAMES.has(tokens[n + 1]?.low ?? ""))) return null;
  const e = runEnd(doc, tokens, n);
  if (!nameShape(tokens, n, e)) return null;
  const tail = e < tokens.length ? gapAfter(doc, tokens, e - 1) : "";
  // (a bracket after the name: `Hai đối tượng Lầu Bá Chò, Hờ Bá Dình (đều SN 1998)`)
  if (!(/^[ \t]*[,;.()–—-]/u.test(tail) || tail.includes("\n") || e >= tokens.length || tokens[e]!.low === "và" || SPACES.test(tail))) return null;
  // (a verb after it that no list of stops knows, when the name has `Văn` or `Thị`, which only a person's has: `Vận động viên
  // Hoàng Văn Nam và Nguyễn Thị Lan giành huy chương vàng`)
  if (SPACES.test(tail) && tokens[e]!.low !== "và" && !isSpeechVerb(doc, tokens, e) && !matchPhrase(doc, tokens, e, STOP_INDEX) && !personShaped(tokens, { from: n, to: e })) return null;
  return { from: n, to: e };
}

const SPEECH_VERB: ReadonlySet<string> = new Set(SPEECH_VERBS);
function isSpeechVerb(doc: PreparedDocument, tokens: readonly Token[], i: number): boolean {
  const m = matchPhrase(doc, tokens, i, STOP_INDEX);
  return !!m && SPEECH_VERB.has(m[0]);
}

/** Words for whom police news and exam results are about: `đối tượng`, `nghi can`, `đường dây`, `thủ khoa`, `hai chú cháu`. */
const WHO_NOUN_BEFORE =
  /(?<![\p{L}\p{M}])(?:đối tượng|nghi can|nghi phạm|bị can|bị cáo|thủ phạm|kẻ|nạn nhân|tài xế|lái xe|đường dây|cầm đầu|chủ mưu|thủ khoa|á khoa|vợ chồng|mẹ con|cha con|bố con|anh em|chị em|chú cháu|ông cháu|bà cháu)(?![\p{L}\p{M}])/u;
/** Words of a clause about streets, schools and places named after people. */
const NAMESAKE_CLAUSE = /(?<![\p{L}\p{M}])(?:đường|phố|tuyến|trường|cầu|chợ|công viên|quảng trường|khu|hẻm|ngõ|kiệt|phường|xã|huyện|giải thưởng|quỹ)(?![\p{L}\p{M}])/u;
/**
 * Words that say who comes next: `cầm đầu là`, `đường dây của`, `do … cầm đầu`, `bắt giữ`, `bắt quả tang`, and a family's
 * bond (`Anh con trai cả Nguyễn Văn Hai hy sinh năm 1968`, `con gái Lê Thị Mai`, `chồng bà Phạm Văn Tư`).
 */
const WHO_BEFORE: ReadonlySet<string> = new Set(["là", "của", "do", "giữ", "tang", "bắt", "trai", "gái", "cả", "út", "chồng", "vợ"]);
/** `cả` and `út` say who only as a child's rank (`con trai cả`, `con út`); alone `cả` is "even" (`gồm cả Nguyễn Thị Minh Khai`, a street). */
const CHILD_RANK: ReadonlySet<string> = new Set(["cả", "út"]);
const CHILD_WORDS: ReadonlySet<string> = new Set(["con", "trai", "gái"]);

/**
 * Whether a name of three or four syllables, a known middle name after its surname, follows a word that says who:
 * `cầm đầu là Huỳnh Ngọc Anh, 48 tuổi`, `đường dây của Trần Văn Đạo`, `do Huỳnh Ngọc Anh và Bùi Mạnh Trí cầm đầu`,
 * `bắt giữ Bùi Mạnh Trí` (counterexamples: two syllables, `của Lê Lợi`, a street's or a hero's; `tư tưởng của Hồ Chí
 * Minh`, never a person's name here; a namesake, `đặt tên là Nguyễn Văn Cừ`).
 */
function cuedName(doc: PreparedDocument, tokens: readonly Token[], name: NameSpan): boolean {
  const len = name.to - name.from;
  // (or an Ê Đê name, its `Y` first and its family's name last: `con trai bà là Y Khuê Byă`)
  const ede = len >= 3 && len <= 5 && name.from > 0 && tokens[name.from]!.raw === "Y" && EDE_FAMILIES.has(tokens[name.to - 1]!.low);
  if (!ede && (len < 3 || len > 4 || name.from === 0 || !SURNAMES.has(tokens[name.from]!.low) || !MIDDLE_NAMES.has(tokens[name.from + 1]!.low))) return false;
  const cue = tokens[name.from - 1]!;
  if (cue.cap || !WHO_BEFORE.has(cue.low) || !SPACES.test(gapAfter(doc, tokens, name.from - 1))) return false;
  if (CHILD_RANK.has(cue.low) && !(name.from >= 2 && CHILD_WORDS.has(tokens[name.from - 2]!.low))) return false;
  // `là`, `của`, `do` only after a word for whom the news is about, in the clause (`nghi can cầm đầu đường dây là`,
  // `Hai đối tượng bị bắt là`, `Đường dây đánh bạc của`); counterexamples: streets, schools and landmarks named after
  // people, `các tuyến đường bị ngập là Nguyễn Hữu Cảnh, …`, `Học sinh của Lê Hồng Phong`, `đặt tên là Nguyễn Văn Cừ`
  if (cue.low === "là" || cue.low === "của" || cue.low === "do") {
    const raw = doc.folded.slice(Math.max(0, cue.start - 120), cue.start);
    const clause = raw.slice(Math.max(raw.lastIndexOf(", "), raw.lastIndexOf(". "), raw.lastIndexOf("\n")) + 1);
    // (or a name with `Văn` or `Thị`, which only a person's has, in a clause of no street or school: `Người đạt giải
    // nhất là Trần Thị Mai`, `Sáng kiến của Phạm Văn Hòa`)
    return WHO_NOUN_BEFORE.test(clause) || ((ede || personShaped(tokens, name)) && !NAMESAKE_CLAUSE.test(clause));
  }
  return true;
}

/** Whether a short aside in brackets right after token i-1 is followed by a speech verb. */
function speechAfterAside(doc: PreparedDocument, tokens: readonly Token[], i: number): boolean {
  const open = tokens[i - 1]!.end;
  if (!/^[ \t]*\($/u.test(doc.text.slice(open, tokens[i]?.start ?? open))) return false;
  const inside = doc.text.slice(open, open + MAX_ASIDE + 2);
  const close = inside.indexOf(")");
  if (close < 0 || inside.slice(0, close).includes("\n")) return false;
  const k = tokenAt(tokens, open + close + 1);
  return k < tokens.length && /^\)[ \t]+$/u.test(doc.text.slice(open + close, tokens[k]!.start)) && isSpeechVerb(doc, tokens, k);
}
/** Characters an aside between a name and its verb holds at most. */
const MAX_ASIDE = 60;

/** A photo credit's name: two to four name syllables, none an initial (`T.H`) or an acronym (`TTXVN`). */
function creditName(doc: PreparedDocument, tokens: readonly Token[], from: number, to: number): boolean {
  if (to > from && orgLike(tokens, from, to)) return false;
  if (to > from && isUpperSyllable(tokens[from]!)) return penName(doc, tokens, from, to);
  // (a Highlands name: `Ảnh: H'Xíu`, `Ảnh: Y Hương`)
  const highlands = (to - from === 1 && PREFIXED_NAME.test(tokens[from]!.raw)) || (to - from >= 2 && opensHighlandsName(tokens[from]!));
  if (!highlands && !nameShape(tokens, from, to)) return false;
  for (let k = highlands ? from + 1 : from; k < to; k++) if (tokens[k]!.raw.length < 2) return false;
  const key = nameKey(doc, tokens, { from, to });
  if (NOT_NAME_LINES.has(key)) return false;
  // `Ảnh: Minh họa …` style sentences go on in lower case; a credit ends at the run
  if (to < tokens.length && spacesAfter(doc, tokens, to - 1) && !tokens[to]!.cap) return false;
  return true;
}

/** A table's cell: its span on the line, between bars or tabs. */
interface Cell {
  start: number;
  end: number;
}

/** A table line's cells, parted by bars or tabs (a leading bar leaves an empty first cell, as in its header). */
function cellsOf(doc: PreparedDocument, line: Line): Cell[] {
  const cells: Cell[] = [];
  let start = line.start;
  for (let k = line.start; k <= line.end; k++) {
    const ch = doc.text[k];
    if (k === line.end || ch === "|" || ch === "\t") {
      cells.push({ start, end: k });
      start = k + 1;
    }
  }
  return cells;
}

/** The columns a table's header names: who (`Họ và tên`), and their post (`Chức vụ`), -1 when none. */
interface PeopleColumns {
  name: number;
  post: number;
}
const NAME_COLUMN = /^(?:họ và tên|họ tên|họ, tên)$/u;
const POST_COLUMN = /^(?:chức vụ|chức danh)(?![\p{L}\p{M}])/u;

/** The columns of names and posts, when the cells are a header's (`TT <TAB> Họ và tên <TAB> Năm sinh <TAB> Chức vụ`). */
function peopleColumns(doc: PreparedDocument, cells: readonly Cell[]): PeopleColumns | null {
  const heads = cells.map((c) => doc.folded.slice(c.start, c.end).trim().replace(/\s+/gu, " "));
  const name = heads.findIndex((h) => NAME_COLUMN.test(h));
  return name < 0 ? null : { name, post: heads.findIndex((h) => POST_COLUMN.test(h)) };
}

/**
 * The people of a table's row: a cell that is a name and nothing else (two to four syllables from a surname), and
 * the next cell opening with a title, which is theirs as written (`Vũ Thị Hằng | Chủ tịch | 100%`). Counterexample:
 * a place's cell (`Xã Tân Lập | 1.250`) opens with no surname, a road's (`Nguyễn Văn Linh | 2,5 km`) has no title after it.
 */
function tableRowPeople(doc: PreparedDocument, tokens: readonly Token[], cells: readonly Cell[], columns: PeopleColumns | null): Array<{ name: NameSpan; role: string | null }> {
  const out: Array<{ name: NameSpan; role: string | null }> = [];
  const nameIn = (cell: Cell): NameSpan | null => {
    const from = tokenAt(tokens, cell.start);
    let to = from;
    while (to < tokens.length && tokens[to]!.end <= cell.end) to++;
    if (to - from < 2 || to - from > 4 || doc.text.slice(cell.start, tokens[from]?.start ?? cell.end).trim() !== "") return null;
    if (doc.text.slice(tokens[to - 1]!.end, cell.end).trim() !== "") return null;
    if (!SURNAMES.has(tokens[from]!.low) || !nameShape(tokens, from, to) || NOT_NAME_LINES.has(nameKey(doc, tokens, { from, to }))) return null;
    return { from, to };
  };
  /** The title opening the cell after the name's, as written. */
  const titleAfter = (c: number): string | null => {
    const next = cells[c + 1];
    if (!next) return null;
    const r = tokenAt(tokens, next.start);
    if (r >= tokens.length || tokens[r]!.start >= next.end || doc.text.slice(next.start, tokens[r]!.start).trim() !== "" || !matchPhrase(doc, tokens, r, ROLE_INDEX)) return null;
    return doc.text.slice(tokens[r]!.start, next.end).trim().replace(/\s+/gu, " ");
  };
  // under a header that names the column of names, each name there, with the post its column gives
  if (columns) {
    const cell = cells[columns.name];
    const name = cell ? nameIn(cell) : null;
    if (name) {
      const post = columns.post >= 0 ? cells[columns.post] : undefined;
      const role = post ? doc.text.slice(post.start, post.end).trim().replace(/\s+/gu, " ") : (titleAfter(columns.name) ?? "");
      out.push({ name, role: role === "" ? null : role });
    }
    return out;
  }
  for (let c = 0; c + 1 < cells.length; c++) {
    const name = nameIn(cells[c]!);
    const role = name ? titleAfter(c) : null;
    if (name && role) out.push({ name, role });
  }
  return out;
}

/** Whether `offset` falls inside one of the sorted, merged spans. */
function insideAny(spans: readonly { start: number; end: number }[], offset: number): boolean {
  return overlapsAny(spans, offset, offset + 1);
}

/** Where no one of the article is named: the site's staff lines, and a related-news box between paragraphs. */
function unreadSpans(doc: PreparedDocument): { start: number; end: number }[] {
  const staff = doc.layout.lines
    .filter((l) => l.start >= doc.layout.body.start && l.end <= doc.layout.body.end)
    .filter((l) => STAFF_LINE.test(doc.folded.slice(l.start, l.end)))
    .map((l) => ({ start: l.start, end: l.end }));
  return [...staff, ...doc.layout.insets];
}

/**
 * One person per name, at its first mention; the first mention with a role gives the role. A name without
 * its surname that ends a longer name of the article is that person mentioned again: `bác sĩ Nguyễn Thị Lan
 * Anh` … `bác sĩ Lan Anh khuyến cáo`, `Theo bà Thu Hà` (counterexample: `Lê Huyền` opens with a surname and
 * is a name of its own, beside `Nguyễn Thị Lê Huyền`; a short name ending two longer ones is left alone, and
 * so is a byline's or a photo credit's). An Ê Đê or Jrai name is mentioned again by its `Y` and given name
 * (`Y Thuôn Byă` … `anh Y Thuôn`, `Ksor Y Phơ` … `ông Y Phơ`).
 */
function merge(found: Found[]): Person[] {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const byKey = new Map<string, Person>();
  for (const f of sorted) {
    const p = byKey.get(f.key);
    if (!p) byKey.set(f.key, { name: f.name, role: f.role, text: f.text, start: f.start, end: f.end });
    else if (p.role === null && f.role !== null) p.role = f.role;
  }
  // an author's or a photographer's pen name is theirs (`THÚY NGA` signs a report on `Huỳnh Thị Thúy Nga`)
  const credited = new Set(found.filter((f) => f.rule === "person.byline" || f.rule === "person.photo-credit").map((f) => f.key));
  // each name under the shorter names it ends with (a name has a few syllables: a few entries each, no pair of names compared)
  const endingWith = new Map<string, string[]>();
  for (const key of byKey.keys()) {
    const words = key.split(" ");
    for (let k = 1; k < words.length; k++) {
      const ending = words.slice(k).join(" ");
      const list = endingWith.get(ending);
      if (list) list.push(key);
      else endingWith.set(ending, [key]);
    }
  }
  // an Ê Đê man's name opens with `Y` and ends with his family's (`Y Thuôn Byă`): mentioned again without it, `Y Thuôn`
  const opening = new Map<string, string[]>();
  for (const key of byKey.keys()) {
    const words = key.split(" ");
    if (words[0] !== "y" || words.length < 3) continue;
    const head = words.slice(0, -1).join(" ");
    const list = opening.get(head);
    if (list) list.push(key);
    else opening.set(head, [key]);
  }
  for (const key of [...byKey.keys()]) {
    // (`Y` is a surname's place, but no surname: `Y Phơ` is `Ksor Y Phơ` mentioned again)
    const first = key.split(" ", 1)[0]!;
    if ((SURNAMES.has(first) && first !== "y") || credited.has(key)) continue;
    const longer = [...(endingWith.get(key) ?? []), ...(opening.get(key) ?? [])].filter((other) => byKey.has(other));
    if (longer.length !== 1) continue;
    const short = byKey.get(key)!;
    const full = byKey.get(longer[0]!)!;
    // (not someone else of the same given name, with a title of their own: `Bác sĩ Lan Anh, Trạm trưởng …`)
    if (short.role !== null && full.role !== null && short.role !== full.role) continue;
    full.role ??= short.role;
    byKey.delete(key);
  }
  return [...byKey.values()];
}

// ---------- bylines (shared with metadata.ts) ----------

export interface Byline {
  /** the author names, in order (`Minh Thảo - Thu Hà` gives two) */
  names: NameSpan[];
  /** the role the byline gives (`Tác giả: Đinh Gia Cảnh, Bí thư …`, or the line under a signature) */
  role: string | null;
  /** `byline.label` (`Tác giả:`, `Bài, ảnh:`), `byline.header` (a name under the headline), `byline.signature` (name line + role line), `byline.last-line`, `byline.poster` (`Người đăng:`) */
  rule: string;
  start: number;
  end: number;
}

/**
 * Labels of a byline line. `Ảnh:` alone is a photo credit (a person, not the
 * author); `Theo …` and `Nguồn: …` name a source, not an author.
 */
/** `Người đăng:`, the account that posted the page: the writer only when nothing else names one. */
const POSTER_LABEL = /người đăng|đăng bởi|posted by/u;
const BYLINE_LABEL =
  /^[ \t•·*-]*(?:tác giả bài viết|tác giả|người đăng|phóng viên|cộng tác viên|công tác viên|ctv|bài và ảnh|bài, ảnh|bài & ảnh|bài - ảnh|bài ảnh|tin và ảnh|tin, ảnh|tin & ảnh|tin ảnh|bài viết|bài|tin|nhóm phóng viên|nhóm pv|thực hiện|người viết|người thực hiện|người đưa tin|nguồn tin|author|đăng bởi|posted by)[ \t]*:[ \t]*/u;

/**
 * A pen name or a personal name standing as a byline: two to four name
 * syllables (`Minh Thảo`, `Trần Ngọc`, `Giàng A Páo`), no initials (`T.H`),
 * no acronyms (`PV`, `TTXVN`), no place (`Hà Nội`).
 */
/**
 * First syllables of the bodies that sign photos and articles (`Báo Cao Bằng`,
 * `Cổng TTĐT tỉnh`, `Ban Tuyên giáo`, `Trung tâm VHTT`): not pen names.
 */
const ORG_FIRST = new Set([
  "báo", "cổng", "đài", "tạp", "ban", "sở", "phòng", "hội", "huyện", "tỉnh", "xã", "phường", "quận", "tư",
  "nguồn", "internet", "kỳ", "phóng", "bộ", "đảng", "thông", "truyền", "nhóm", "tổ", "ảnh", "video",
  "clip", "tin", "bài", "theo", "đơn", "cục", "viện", "trường", "thị", "minh họa", "đồ", "mặt", "ủy", "uỷ", "trạm",
]);
// (and rangers' units, `Lường Văn Thoả - Hạt Kiểm lâm Sốp Cộp`, `Đội Kiểm lâm cơ động`: `Đội Văn Hải` is a name)
// `công`, `trang`, `chi`, `tấn` only with their noun: `Ảnh: Công Nãng`, `Trang Nhung`, `Chi Mai`, `TẤN MINH` are pen
// names; `Công an tỉnh`, `Trang thông tin điện tử`, `Chi cục Thống kê`, `Tấn Xã` bodies; `Khoa` only before a hospital's
// ward, `Bác sĩ Khoa Tim mạch thực hiện …` (`Khoa Nam` is a pen name)
const ORG_FIRST_PAIRS =
  /^(?:trung tâm|thành phố|thành ủy|thành đoàn|văn phòng|tỉnh ủy|huyện ủy|quân khu|đoàn thanh|công an|công ty|công đoàn|công thông|bệnh viện|phòng khám|trang thông|trang tin|trang chủ|trang web|chi bộ|chi hội|chi đoàn|chi cục|chi nhánh|tấn xã|hạt kiểm|đội kiểm|kiểm lâm|khoa (?:tim|nội|ngoại|nhi|sản|hồi|cấp|khám|xét|truyền|dược|răng|mắt|chẩn|kiểm|phụ|gây|phẫu|ung|lây|da|tai|phục|dinh|y))$/u;

function orgLike(tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from]!.low;
  const pair = to - from >= 2 ? `${first} ${tokens[from + 1]!.low}` : "";
  return ORG_FIRST.has(first) || ORG_FIRST_PAIRS.test(pair);
}

/** Words that open the second line of a wrapped name in capitals, never a person's name. */
const WRAPPED_NAME_OPENERS: ReadonlySet<string> = new Set(["và", "của", "các", "những", "cho", "với", "về", "trong", "tại"]);
function penName(doc: PreparedDocument, tokens: readonly Token[], from: number, to: number): boolean {
  if (to > from && orgLike(tokens, from, to)) return false;
  if (to > from && isUpperSyllable(tokens[from]!)) {
    // `Bài, ảnh: MINH THẢO`: some sites print bylines in capitals
    const len = to - from;
    const key = nameKey(doc, tokens, { from, to });
    // `KỸ THUẬT CÔNG NGHIỆP` (a letterhead's second line) is a body's name, not a pen name (`Trường` is a given name
    // after a surname, though: `NGUYỄN TRƯỜNG`; `TRƯỜNG THPT …` opens a school's)
    // (the given name last, not a compound's end: `NÔNG TRƯỜNG SÔNG HẬU`, `LÂM TRƯỜNG` are a state farm and a forest)
    const givenTruong = (k: number) => k > from && k === to - 1 && tokens[k]!.low === "trường" && SURNAMES.has(tokens[from]!.low) && !TRUONG_COMPOUNDS.has(tokens[k - 1]!.low);
    for (let k = from; k < to; k++) if (NEVER_IN_NAMES.has(tokens[k]!.low) && !givenTruong(k)) return false;
    // a letterhead's agency wrapped on `và`: `SỞ VĂN HÓA, THỂ THAO` / `VÀ DU LỊCH`, `PHÒNG GIÁO DỤC` / `VÀ ĐÀO TẠO`
    if (WRAPPED_NAME_OPENERS.has(tokens[from]!.low)) return false;
    return len >= 2 && len <= 4 && !NOT_NAME_LINES.has(key) && !NOT_PERSON_NAMES.has(key);
  }
  // a Highlands name of one syllable with its prefix: `Bài, ảnh: K'Thi`, `Ảnh: H'Xíu`
  if (to - from === 1 && PREFIXED_NAME.test(tokens[from]!.raw)) return !NOT_PERSON_NAMES.has(nameKey(doc, tokens, { from, to }));
  if (!nameShape(tokens, from, to)) return false;
  const surname = SURNAMES.has(tokens[from]!.low);
  // (a one-letter syllable inside a name after a surname, or first as an Ê Đê's or a Ba Na's: `Y Hương`, `A Nhiên`)
  const prefixed = opensHighlandsName(tokens[from]!);
  for (let k = from; k < to; k++) if (tokens[k]!.raw.length < 2 && !(surname && k > from) && !(prefixed && k === from)) return false;
  if (!surname && to - from > 3) return false;
  const key = nameKey(doc, tokens, { from, to });
  return !NOT_NAME_LINES.has(key) && !NOT_PERSON_NAMES.has(key);
}

/**
 * A syllable in capitals (`THẢO`, `NGUYỄN`): two or more letters with a vowel,
 * so the agencies' acronyms (`TTXVN`, `PV`, `CTV`) are not names.
 */
function isUpperSyllable(t: Token): boolean {
  // (a Highlands prefix's apostrophe too: `KSOR H'BƠ KHĂP`)
  if (!/^\p{Lu}(?:\p{Lu}?['’] ?)?[\p{Lu}\p{M}]+$/u.test(t.raw) || t.raw.length > 8) return false;
  const base = t.raw.normalize("NFD").replace(/\p{M}/gu, "");
  return /[AEIOUY]/u.test(base) && !/^(?:VOV|VTV|VTC|VNA|UBND|HĐND|MTTQ)$/u.test(t.raw);
}

/** The end of a byline's name run: title case (`Minh Thảo`) or capitals (`MINH THẢO`). */
function bylineRunEnd(doc: PreparedDocument, tokens: readonly Token[], k: number): number {
  if (tokens[k] && isUpperSyllable(tokens[k]!)) {
    let j = k + 1;
    while (j < tokens.length && j - k < 5 && isUpperSyllable(tokens[j]!) && spacesAfter(doc, tokens, j - 1)) j++;
    return j;
  }
  return runEnd(doc, tokens, k);
}

/** Names of a byline from `offset` to `lineEnd`, with an optional title first (`TS.`, `Đại tá`) and a role after. */
function readBylineNames(doc: PreparedDocument, tokens: readonly Token[], offset: number, lineEnd: number): Omit<Byline, "rule"> | null {
  let k = tokenAt(tokens, offset);
  // `Trung úy Lê Văn Bình`, `Đại tá, TS. Nguyễn Văn Hùng`: ranks and degrees before the name
  for (let hon = matchPhrase(doc, tokens, k, HONORIFIC_INDEX); hon && STRONG_HONORIFIC.has(hon[0]); hon = matchPhrase(doc, tokens, k, HONORIFIC_INDEX)) {
    if (!/^[ \t.,]+$/u.test(gapAfter(doc, tokens, k + hon[1] - 1))) break;
    k += hon[1];
  }
  if (k >= tokens.length || tokens[k]!.start >= lineEnd) return null;
  const e = bylineRunEnd(doc, tokens, k);
  if (!penName(doc, tokens, k, e) || tokens[e - 1]!.end > lineEnd) return null;
  // `Tác giả: Ban Tuyên giáo …` goes on in lower case: the run was not a whole name
  if (e < tokens.length && tokens[e]!.start < lineEnd && spacesAfter(doc, tokens, e - 1) && !tokens[e]!.cap && tokens[e]!.low !== "và") return null;
  const names: NameSpan[] = [{ from: k, to: e }];
  const role = e < tokens.length && tokens[e]!.start < lineEnd ? roleAfter(doc, tokens, e, false) : null;
  if (!role) {
    // co-authors: `Minh Thảo - Thu Hà`, `Lan Anh, Quốc Việt`, `Hà Linh và Tuấn Minh`
    let last = e;
    while (last < tokens.length && tokens[last]!.start < lineEnd) {
      const gap = gapAfter(doc, tokens, last - 1);
      let n = last;
      if (SPACES.test(gap) && tokens[n]!.low === "và") n++;
      else if (!/^[ \t]*[,–—-][ \t]*$/u.test(gap)) break;
      if (n >= tokens.length || tokens[n]!.start >= lineEnd) break;
      const ne = bylineRunEnd(doc, tokens, n);
      if (!penName(doc, tokens, n, ne) || tokens[ne - 1]!.end > lineEnd) break;
      names.push({ from: n, to: ne });
      last = ne;
    }
  }
  return { names, role, start: tokens[names[0]!.from]!.start, end: tokens[names[names.length - 1]!.to - 1]!.end };
}

/** An initial and a name alone after a byline label: `Tin, ảnh: T.Hương`. */
function initialledAlone(doc: PreparedDocument, tokens: readonly Token[], offset: number, lineEnd: number): Omit<Byline, "rule"> | null {
  const n = nameLine(doc, tokens, { start: offset, end: lineEnd });
  if (!n || !INITIAL.test(tokens[n.from]!.raw)) return null;
  return { names: [n], role: null, start: tokens[n.from]!.start, end: tokens[n.to - 1]!.end };
}

/**
 * A pen name of one syllable, alone after a byline label: `Tác giả: Thiện`,
 * `Bài, ảnh: Khánh (tổng hợp)`. The label says a person wrote it, so one word
 * will do there (nowhere else: a lone capitalised word is a place or a
 * heading as often). Counterexamples: `Tin: TTXVN` (an agency, in capitals),
 * `Bài: Minh Thảo` (two syllables, readBylineNames), `Tác giả: Ban Tuyên giáo`
 * (more words follow).
 */
function pseudonymAlone(doc: PreparedDocument, tokens: readonly Token[], offset: number, lineEnd: number): Omit<Byline, "rule"> | null {
  const k = tokenAt(tokens, offset);
  const t = tokens[k];
  if (!t || t.start >= lineEnd || doc.text.slice(offset, t.start).trim() !== "") return null;
  // a syllable has seven letters at most: `Internet`, `Vietnamnet` are sources
  if (!/^\p{Lu}[\p{Ll}\p{M}]{1,6}$/u.test(t.raw) || !ALONE_AFTER.test(doc.text.slice(t.end, lineEnd))) return null;
  if (NOT_NAME_LINES.has(t.low) || NOT_PERSON_NAMES.has(t.low) || ROLE_OR_PLACE_WORD.test(t.low)) return null;
  return { names: [{ from: k, to: k + 1 }], role: null, start: t.start, end: t.end };
}
/** After a lone pen name: nothing but a note in brackets or a full stop. */
const ALONE_AFTER = /^[ \t]*(?:\([^()\n]{0,40}\))?[ \t.]*$/u;
/** One word that is a body, a source or a place, never a pen name: `Tin: Theo`, `Bài: Ban`. */
const ROLE_OR_PLACE_WORD = /^(?:theo|nguồn|ban|báo|đài|phòng|sở|tỉnh|huyện|xã|phường|tổng|hợp|pv|ctv|btv|nhóm|admin|quản|trị)$/u;

/**
 * Where a line's trailing note starts: `(tổng hợp)`, `(TH)`, spaces and full
 * stops, as `/[ \t]*(?:\([^()\n]{0,40}\))?[ \t.]*$/` would find it, read
 * from the end: that pattern, unanchored at its start, was tried at every
 * character of a long last paragraph (1% of a run).
 */
/** Characters a note in brackets after a byline's name holds at most. */
const MAX_NOTE_CHARS = 80;

export function trailingNoteStart(line: string): number {
  const isSpace = (c: string | undefined) => c === " " || c === "\t";
  let end = line.length;
  // and a bar a page left after the name (`NGUYÊN ĐOAN |`)
  while (end > 0 && (isSpace(line[end - 1]) || line[end - 1] === "." || line[end - 1] === "|")) end--;
  let start = end;
  if (line[end - 1] === ")") {
    const open = line.lastIndexOf("(", end - 2);
    const inside = open >= 0 ? line.slice(open + 1, end - 1) : "";
    // (a workplace's full name may run long: `Minh Ngọc (Trung tâm Nước sạch và Vệ sinh môi trường nông thôn)`)
    if (open >= 0 && inside.length <= MAX_NOTE_CHARS && !/[()\n]/u.test(inside)) start = open;
  } else {
    // an interview's writer, the note without brackets: `Hải Yến thực hiện`
    const note = /[ \t]thực[ \t]hiện$/iu.exec(line.slice(0, end));
    if (note) start = note.index + 1;
  }
  while (start < end && start > 0 && isSpace(line[start - 1])) start--;
  return start;
}

/** A whole line that is only a name (`Trần Ngọc`, `Minh Thảo (tổng hợp)`), as a token range. */
function nameLine(doc: PreparedDocument, tokens: readonly Token[], line: { start: number; end: number }, ranked = false): NameSpan | null {
  const raw = doc.text.slice(line.start, line.end);
  const trimmed = raw.slice(0, trailingNoteStart(raw));
  const start = pastDegree(doc, line, ranked);
  const k = tokenAt(tokens, start);
  if (k >= tokens.length) return null;
  if (doc.text.slice(start, tokens[k]!.start).trim() !== "") return null;
  const lineEnd = line.start + trimmed.length;
  // initials, each with its dot, then the name: `K.HÀ`, `N.Ngà`, `T. Hương`, `C.THÀNH`, `N.H.Khôi`, `NG.MẪN` (a
  // consonant of two letters); initials alone, `T.H`, are nobody's
  let n = k;
  while (n + 1 < tokens.length && INITIAL.test(tokens[n]!.raw) && /^\.[ ]?$/u.test(gapAfter(doc, tokens, n))) n++;
  if (n > k) {
    const e = bylineRunEnd(doc, tokens, n);
    // (one syllable after a place's initial, `H.`, `Q.`, `P.`, `X.`: `H.Đức Trọng`, `Q.Bình Thạnh` are a district's)
    if (e === n || tokens[e - 1]!.end !== lineEnd || e - n > (PLACE_INITIALS.has(tokens[n - 1]!.raw) ? 1 : 2)) return null;
    for (let t = n; t < e; t++) if (tokens[t]!.raw.length < 2 || !(tokens[t]!.cap || isUpperSyllable(tokens[t]!))) return null;
    const key = nameKey(doc, tokens, { from: n, to: e });
    return !orgLike(tokens, n, e) && !NOT_NAME_LINES.has(key) && !NOT_PERSON_NAMES.has(key) ? { from: k, to: e } : null;
  }
  const e = bylineRunEnd(doc, tokens, k);
  if (e === k || tokens[e - 1]!.end !== lineEnd) return null;
  return penName(doc, tokens, k, e) ? { from: k, to: e } : null;
}
/** A capital letter alone, or a consonant written with two or three letters (`NG.MẪN`, `Th.Hà`): an initial. */
const INITIAL = /^(?:\p{Lu}|N[Gg][Hh]?|[CKPTN][Hh]|T[Rr]|G[Ii])$/u;
/** Initials that also abbreviate a place's word: huyện, quận, phường, xã. */
const PLACE_INITIALS: ReadonlySet<string> = new Set(["H", "Q", "P", "X"]);

/** A line in English, ASCII throughout with its function words: a site's notice, no Vietnamese writer's. */
const ENGLISH_LINE = /^(?=[\x20-\x7E]+$)(?=(?:.*?(?<![A-Za-z])(?:the|you|your|to|and|of|is|are|this|that)(?![A-Za-z])){2})/iu;

/** A footnote under a Word document's signature, its mark in superscript: `¹ Quyết định số 2516/QĐ-UBND …`. */
const FOOTNOTE_LINE = /^[ \t]*[¹²³⁴⁵⁶⁷⁸⁹⁰]+[ \t]*\S/u;
/** A rating's widget alone on its line: `Bình chọn: ★★★★☆ (12 lượt)`, `Đánh giá: 4.5/5 (20 lượt đánh giá)`. */
const RATING_LINE = /^[ \t]*(?:(?:bình chọn|đánh giá|xếp hạng)[ \t]*:?[ \t]*)?(?:[★☆]{3,}|\d[.,]\d[ \t]*\/[ \t]*5)[^\n]{0,40}$/u;

/** The source in brackets under a signature: `(Nguồn: Văn phòng UBND tỉnh)`. */
const BRACKETED_SOURCE_LINE = /^[ \t]*\([ \t]*nguồn[ \t]*:[^()\n]{1,80}\)[ \t.]*$/u;
/** A line of hashtags: `#congantuyenquang #caxlambinh`. */
// (a tag of several words too: `#ngộ độc thực phẩm  #Khánh Hòa`)
const HASHTAG_LINE = /^[ \t]*#[\p{L}\p{M}\p{N}_]+(?:[ \t]+#?[\p{L}\p{M}\p{N}_]+)*[ \t]*$/u;

/** A photo's credit opening its line: `Ảnh: Minh Anh`, `Ảnh: Minh Anh (Sở GD&ĐT)` (segment's also takes a chart's source). */
const CREDIT_LINE_START = /^[ \t]*ảnh[ \t]*:/u;

/** A writer's degree before the name on a byline's line: `TS. NGUYỄN VĂN KHÁNH, Trường Chính trị tỉnh Hà Giang`, `ThS. Lê Thị Huyền`. */
// (the two degrees joined may go without the last dot: `PGS.TS Lường Văn Chiến`)
const DEGREE_BEFORE_NAME = /^[ \t]*(?:(?:pgs|gs)\.[ \t]*ts(?:\.[ \t]*|[ \t]+)|(?:pgs\.?[ \t]*ts|gs\.?[ \t]*ts|ths|ts|pgs|gs|ncs)\.[ \t]*)/u;
/**
 * A writer's rank on the last line, as police and army sites sign: colonels and below (`Đại úy Trần Thị Mai Anh -
 * Phòng PC06`, `Đại tá Nguyễn Văn Hùng, Chính ủy Bộ CHQS tỉnh`); a general under a quote is quoted, no writer
 * (`Đại tướng Tô Lâm`).
 */
const RANK_BEFORE_NAME = /^[ \t]*(?:(?:thiếu|trung|thượng|đại)[ \t]+(?:úy|uý|tá)|(?:hạ|trung|thượng)[ \t]+sĩ)[ \t]+/u;
const MAX_INDENT = 120;
/** Where a byline's name starts on its line: past a writer's degree. */
function pastDegree(doc: PreparedDocument, line: { start: number; end: number }, ranked = false): number {
  // (past the indent of a signature set to the right: `                 Thượng tá Lường Văn Chiến`)
  const indent = /^[ \t]*/u.exec(doc.folded.slice(line.start, Math.min(line.end, line.start + MAX_INDENT)))![0].length;
  const head = doc.folded.slice(line.start + indent, Math.min(line.end, line.start + indent + 16));
  const degree = DEGREE_BEFORE_NAME.exec(head) ?? (ranked ? RANK_BEFORE_NAME.exec(head) : null);
  return degree ? line.start + indent + degree[0].length : line.start;
}

/**
 * A last line that is only co-authors' names: `Minh Anh - Thu Trang`,
 * `Lan Anh, Quốc Việt`, `Hà Linh và Tuấn Minh`, maybe with a note in
 * brackets after them. Counterexample: `Minh Anh - Trung tâm Văn hóa huyện`
 * goes on in lower case, so it is one author and where they work
 * (nameWithAffiliation).
 */
function coAuthorLine(doc: PreparedDocument, tokens: readonly Token[], line: { start: number; end: number }): Omit<Byline, "rule"> | null {
  const k = tokenAt(tokens, line.start);
  if (k >= tokens.length || doc.text.slice(line.start, tokens[k]!.start).trim() !== "") return null;
  const b = readBylineNames(doc, tokens, tokens[k]!.start, line.end);
  if (!b || b.names.length < 2 || b.role) return null;
  // nothing after the names but a note or a workplace in brackets: `(Trung tâm Truyền thông huyện)`
  return trailingNoteStart(doc.text.slice(b.end, line.end)) === 0 ? b : null;
}

/**
 * A last line that is a name and where the author works or what they are:
 * `Nguyễn Văn Tư - Ban Tuyên giáo Huyện ủy`, `Lê Thị Hoa, Bí thư Đảng ủy xã`.
 * Counterexample: a caption `Nguyễn Văn Tư - Chủ tịch UBND xã trao quà cho hộ
 * nghèo` goes on with a verb, so it is not a signature.
 */
function nameWithAffiliation(doc: PreparedDocument, tokens: readonly Token[], line: { start: number; end: number }, ranked = false): { name: NameSpan; role: string | null } | null {
  const start = pastDegree(doc, line, ranked);
  const k = tokenAt(tokens, start);
  if (k >= tokens.length || doc.text.slice(start, tokens[k]!.start).trim() !== "") return null;
  const e = bylineRunEnd(doc, tokens, k);
  if (e >= tokens.length || tokens[e]!.start >= line.end || !penName(doc, tokens, k, e)) return null;
  if (!/^[ \t]*[-–,][ \t]*$/u.test(gapAfter(doc, tokens, e - 1))) return null;
  const lastTok = tokenAt(tokens, line.end) - 1;
  if (lastTok - e > 10 || /[.:;!?]\s*$/u.test(doc.text.slice(line.start, line.end))) return null;
  // (a field's name in a body's is no verb: `Hoàng Yến - Trung tâm Thông tin`, `… - Phòng Văn hóa và Thông tin`)
  const inFieldName = (j: number) => j > e && tokens[j - 1]!.cap && tokens[j - 1]!.start + (SECTION_NAME.exec(doc.folded.slice(tokens[j - 1]!.start, tokens[j]!.end))?.[0].length ?? 0) === tokens[j]!.end;
  for (let j = e; j <= lastTok; j++) if (!tokens[j]!.cap && !inFieldName(j) && matchPhrase(doc, tokens, j, STOP_INDEX)) return null;
  if (matchPhrase(doc, tokens, e, ROLE_INDEX)) {
    const { last } = walkRole(doc, tokens, e, false);
    return last === lastTok ? { name: { from: k, to: e }, role: roleText(doc, tokens, e, last) } : null;
  }
  return tokens[e]!.cap || /^\p{Lu}{2,}/u.test(tokens[e]!.raw) ? { name: { from: k, to: e }, role: null } : null;
}

/**
 * Where a signature block's column starts on its line: after the last tab
 * when the recipients stand beside it (`- Lưu VP Đảng ủy.<TAB>(đã ký)`,
 * `Nơi nhận:<TAB>T/M BAN THƯỜNG VỤ`), else the line's start.
 */
function rightColumn(line: Line): number {
  const tab = line.raw.lastIndexOf("\t");
  if (tab >= 0) return line.raw.slice(tab + 1).trim() !== "" ? line.start + tab + 1 : line.start;
  // (or a run of spaces, as a PDF's columns are copied: `- Lưu: VT, TM. (12b)      Thượng tá Dương Văn Khánh`)
  const gap = WIDE_COLUMN_GAP.exec(line.raw);
  return gap ? line.start + gap.index + gap[0].length : line.start;
}
/** The last run of four spaces or more before text that runs to the line's end. */
const WIDE_COLUMN_GAP = / {4,}(?=\S(?:(?! {4})[^\t\n])*$)/u;

/** `Nơi nhận`, "sent to", as typed with and without its marks. */
const RECIPIENTS_WORDS = String.raw`n[ơo]i nh[ậa]n`;
/** `Nơi nhận:`, heading a document's list of recipients, beside which its signature stands. */
const RECIPIENTS_LABEL = new RegExp(String.raw`(?:^|\t)[ \t]*${RECIPIENTS_WORDS}\s*:`, "iu");
/** `Nơi nhận:` opening its line, the recipients' block under the signature (`Nơi nhận: - Như trên;`). */
const RECIPIENTS_HEADING = new RegExp(String.raw`^[ \t]*${RECIPIENTS_WORDS}\s*:`, "iu");
/** A recipient's line: `- Sở Y tế;`, `+ Như trên;`, `Lưu: VT.`, `- Lưu VP Đảng ủy.` */
const RECIPIENT_ITEM = /^[ \t]*(?:[-+•*–]|lưu(?![\p{L}\p{M}])|như trên)/u;
/** `Nơi nhận` with no colon, or a row sent to a superior for its report, `- Ban Thường vụ Huyện ủy (b/c);`. */
const LOOSE_RECIPIENTS_MARK = new RegExp(String.raw`^[ \t]*${RECIPIENTS_WORDS}(?![\p{L}\p{M}])|^[ \t]*[-+•][^\n]*\((?:b\/c|để b\/c|báo cáo)\)`, "iu");
/** Rows of a recipients' block read back for a signer's name beside one of them. */
const MAX_ROWS_UNDER_SIGNATURE = 6;
/**
 * The index of the recipients' row, above the block's last, a signer's name stands beside in the right column; -1 for none
 * (the last row's own name is read as it always was).
 */
function signatureRowAbove(doc: PreparedDocument, tokens: readonly Token[], bodyLines: readonly Line[]): number {
  const last = bodyLines.length - 1;
  for (let k = last - 1; k >= Math.max(0, last - MAX_ROWS_UNDER_SIGNATURE); k--) {
    const row = bodyLines[k]!;
    if (RECIPIENTS_HEADING.test(row.raw)) return -1;
    if (!/^[ \t]*[-+•]/u.test(row.raw)) continue;
    const column = rightColumn(row);
    if (column <= row.start) continue;
    // (every row under it a recipient's, with nothing beside it; not a row naming its recipient after a colon, `- Đồng chí
    // Phó Bí thư Huyện ủy: <spaces> Trần Văn Bình`)
    if (!bodyLines.slice(k + 1).every((l) => RECIPIENT_ITEM.test(doc.folded.slice(l.start, l.end)) && rightColumn(l) <= l.start)) return -1;
    if (/:[ \t]*$/u.test(doc.text.slice(row.start, column))) return -1;
    // (and the signing block's title in capitals beside a row above it: `T/M ĐẢNG ỦY`, `PHÓ BÍ THƯ`)
    const titled = bodyLines.slice(Math.max(0, k - MAX_ROWS_UNDER_SIGNATURE), k).some((l) => {
      const c = rightColumn(l);
      return c > l.start && !/\p{Ll}/u.test(doc.text.slice(c, l.end)) && /\p{Lu}{2}/u.test(doc.text.slice(c, l.end));
    });
    return titled && nameLine(doc, tokens, { start: column, end: row.end }, true) ? k : -1;
  }
  return -1;
}
/** Lines of a recipients' block read back from its last row. */
const MAX_RECIPIENT_LINES = 40;

/** The recipients' column with nothing beside it: `- Các chi bộ trực thuộc;<TAB>`. */
const EMPTY_RIGHT_COLUMN = /\t[ \t]*$/u;

/** `(Đã ký)`, `(ký)`, `Đã ký`: where a published copy of a document stands for the signature. */
const SIGNED_MARK = /^[ \t]*\(?[ \t]*(?:đã[ \t]+)?k[ýí](?:[ \t]+(?:và|,)?[ \t]*đóng[ \t]+dấu)?[ \t]*\)?[ \t]*$/u;

/**
 * An official document's signature: the signer's title on the line above
 * their name (`T/M BAN THƯỜNG VỤ` / `BÍ THƯ` / `(Đã ký)` / `Hoàng Văn
 * Thắng`), the whole line a role. Counterexample: a sentence above a name
 * alone on the last line (`… cho biết thêm.` / `Minh Châu`) is no title.
 */
function roleLineAbove(doc: PreparedDocument, tokens: readonly Token[], bodyLines: readonly Line[]): string | null {
  let i = bodyLines.length - 2;
  // skip the signed mark, and lines whose signature column is empty (`- Các chi bộ trực thuộc;<TAB>`; with spaces for
  // columns, a recipient's row with nothing beside it, the list being longer than the signature: `- Lưu VP Đảng ủy.`)
  // (under `Nơi nhận:` only: a writer's name under a list of the article's points takes no heading above them for a title)
  // (the label without its colon too, or a superior's copy, `(b/c)`, marking a recipient's row)
  const recipients = bodyLines.slice(-MAX_RECIPIENT_LINES).some((l) => RECIPIENTS_LABEL.test(l.raw) || LOOSE_RECIPIENTS_MARK.test(l.raw));
  const besideNothing = (line: Line) =>
    EMPTY_RIGHT_COLUMN.test(line.raw) || (recipients && rightColumn(line) === line.start && RECIPIENT_ITEM.test(doc.folded.slice(line.start, line.end)));
  while (i >= 0 && (besideNothing(bodyLines[i]!) || SIGNED_MARK.test(doc.folded.slice(rightColumn(bodyLines[i]!), bodyLines[i]!.end)))) i--;
  const line = bodyLines[i];
  if (!line) return null;
  const from = rightColumn(line);
  const r = tokenAt(tokens, from);
  const lastTok = tokenAt(tokens, line.end) - 1;
  if (r > lastTok || lastTok - r > 12 || doc.text.slice(from, tokens[r]!.start).trim() !== "") return null;
  if (/[.:;!?,]\s*$/u.test(line.raw)) return null;
  const { last } = walkRole(doc, tokens, r, false);
  return last === lastTok ? roleText(doc, tokens, r, last) : null;
}

const BRACKETED_LINE = /^[ \t]*\([^()\n]{2,60}\)[ \t.]*$/u;
/** A line naming the paper or site an article came from: `Báo Thái Nguyên – baothainguyen.vn`, `(Nguồn: TTXVN)`, `baocaobang.vn`. */
// (with the article's link after it, however long: `Nguồn Đại Đoàn Kết http://daidoanket.vn/yen-bai-…-553996.html`)
const PAPER_LINE = /^[ \t(]*(?:(?:báo|tạp chí|đài|cổng|trang|nguồn|theo|trung tâm)(?![\p{L}\p{M}])[^\n]{0,60}?(?:[ \t]https?:\/\/\S+)?|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:vn|com|net|org)(?:\/\S*)?)[ \t).]*$/u;

/** `Thứ Hai`, `Chủ Nhật`: a weekday, capitalised like a name, opening the stamp itself. */
const WEEKDAY_NAME = /^(?:thứ|chủ nhật)(?![\p{L}\p{M}])/u;

/**
 * A name, or two writers joined by a dash, at the head of a header line whose rest is the date stamp:
 * `Thùy Trang 14/08/2021 07:18`, `Trần Khánh Thứ hai, ngày 04/12/2023 07:45 AM`, `Đình Hiệp - Nguyệt Ánh| 10/03/2022`;
 * or the two writers alone (`Tâm Lê - Minh Thông`).
 * The name may be cut short of a capitalised weekday (`Thứ`) run onto it;
 * counterexample: `Thứ Hai, 08/01/2024` is the stamp alone (WEEKDAY_NAME).
 */
function nameBeforeStamp(doc: PreparedDocument, tokens: readonly Token[], line: { start: number; end: number }): NameSpan[] | null {
  const k = tokenAt(tokens, line.start);
  if (k >= tokens.length || doc.text.slice(line.start, tokens[k]!.start).trim() !== "") return null;
  // two writers joined by a dash, then the stamp after any separator: `Đình Hiệp - Nguyệt Ánh| 10/03/2022 09:15`
  // (two pen names side by side are no site's name nor a place, so a bar may part them from the stamp)
  const first = bylineRunEnd(doc, tokens, k);
  if (first >= k + 2 && first < tokens.length && /^[ \t]*[–—-][ \t]*$/u.test(gapAfter(doc, tokens, first - 1))) {
    const second = bylineRunEnd(doc, tokens, first);
    const rest = second > first + 1 && second <= tokens.length ? doc.folded.slice(tokens[second - 1]!.end, line.end).replace(/^[ \t]*[|,–—-]?[ \t]*/u, "") : "";
    const writer = (from: number, to: number) =>
      penName(doc, tokens, from, to) && !WEEKDAY_NAME.test(doc.folded.slice(tokens[from]!.start, tokens[to - 1]!.end)) && !SECTION_NAME.test(nameKey(doc, tokens, { from, to }));
    // (or nothing after them: the two alone under the headline, `Tâm Lê - Minh Thông`, `TÂM LÊ - MINH THÔNG |`)
    const stamped = rest !== "" && DATE_LINE.test(rest);
    // (or their workplace in brackets after them: `Thu Hà - Văn Tùng (TT TT-VH Bắc Hà)`)
    const after = doc.text.slice(tokens[second - 1]?.end ?? line.end, line.end).trim();
    const alone = second > first + 1 && (rest === "" || /^\([^()\n]{2,60}\)$/u.test(after)) && (after.length <= 1 || after.startsWith("("));
    if ((stamped || alone) && writer(k, first) && writer(first, second)) return [{ from: k, to: first }, { from: first, to: second }];
  }
  for (let e = bylineRunEnd(doc, tokens, k); e >= k + 2; e--) {
    const after = doc.folded.slice(tokens[e - 1]!.end, line.end);
    const separator = /^[ \t,–—|-]*/u.exec(after)![0];
    // a bar or a comma before the stamp follows a site's name or a place (`Lai Châu Online | Thứ năm, …`, `Tân Lạc, ngày 15 tháng 6 năm 2024`),
    // but for a writer's name in capitals or a full name (`TRẦN QUANG VINH | Thứ Hai, 10/11/2025 14:32`)
    if (separator.includes(",") || (separator.includes("|") && !writerBesideBar(doc, tokens, k, e))) continue;
    const rest = after.slice(separator.length);
    // (not a section's name before another's and its stamp: `Văn Hóa - Thể Thao | 10/03/2022`)
    if (
      rest !== "" &&
      DATE_LINE.test(rest) &&
      !WEEKDAY_NAME.test(doc.folded.slice(tokens[k]!.start, tokens[e - 1]!.end)) &&
      !SECTION_NAME.test(nameKey(doc, tokens, { from: k, to: e })) &&
      penName(doc, tokens, k, e)
    )
      return [{ from: k, to: e }];
  }
  return null;
}
/**
 * A site's sections, printed in Title Case over the stamp as a pair of writers' names would be: `Văn Hóa - Thể Thao |
 * 10/03/2022`, `Quốc Phòng - An Ninh | …` (folded).
 */
const SECTION_NAME = new RegExp(`^(?:${SECTION_NAMES.join("|")})(?![\\p{L}\\p{M}])`, "u");

/**
 * Whether tokens from..to, parted from a stamp by a bar, are a writer's name: in capitals (`TRẦN QUANG VINH |`,
 * as national papers print bylines), a full name, surname first (`Trần Quang Vinh |`), or a pen name of two
 * syllables. Counterexample: a site's or a place's name (`Lai Châu Online | …`, `QĐND ONLINE | …`) is none.
 */
function writerBesideBar(doc: PreparedDocument, tokens: readonly Token[], from: number, to: number): boolean {
  let capitals = true;
  for (let k = from; k < to; k++) if (!isUpperSyllable(tokens[k]!)) capitals = false;
  if (capitals || (SURNAMES.has(tokens[from]!.low) && to - from >= 3)) return true;
  // or a pen name of two syllables, as sites print theirs (`Hoài Thu | Thứ bảy, ngày 15 tháng 5 năm 2021 | 10:35`),
  // but for a province's or a section's (`Thái Bình | …`, `Thời Sự | …`)
  const key = nameKey(doc, tokens, { from, to });
  return to - from === 2 && !NOT_NAME_LINES.has(key) && !SECTION_NAME.test(key);
}

/**
 * A name after the stamp and a bar, ending the header line: `Thứ Hai, 10/11/2025 14:32 | TRẦN QUANG VINH`.
 */
function nameAfterStamp(doc: PreparedDocument, tokens: readonly Token[], line: { start: number; end: number }): NameSpan[] | null {
  // (the bar looked for within the line: from a line without one, a search back ran through the whole text)
  const bar = doc.text.slice(line.start, line.end).lastIndexOf("|") + line.start;
  if (bar < line.start || !DATE_LINE.test(doc.folded.slice(line.start, bar).trim())) return null;
  const k = tokenAt(tokens, bar + 1);
  if (k >= tokens.length || doc.text.slice(bar + 1, tokens[k]!.start).trim() !== "") return null;
  const e = bylineRunEnd(doc, tokens, k);
  if (e < k + 2 || doc.text.slice(tokens[e - 1]!.end, line.end).trim() !== "") return null;
  return penName(doc, tokens, k, e) && writerBesideBar(doc, tokens, k, e) ? [{ from: k, to: e }] : null;
}

/** `Hoàng Anh/Báo Tin tức`: the author's paper after a slash; national papers by their names alone (`Phong Châu/Hà Nội mới`). */
// read from the line's last slash: unanchored, a leading `[ \t]*` was tried at every space of a long run of them
const PAPER_AFTER_SLASH =
  /^\/[ \t]*(?:báo|tạp chí|đài|ttxvn|vna|vov|vtv|cổng|trang|ban|trung tâm|thông tấn|hà nội mới|hnm|kinh tế (?:và |& )?đô thị|ktđt|nhân dân|quân đội nhân dân|qđnd|công an nhân dân|cand|tuổi trẻ|thanh niên|tiền phong|người lao động|nld|lao động|dân trí|vnexpress|vietnamplus|sài gòn giải phóng|sggp|đại đoàn kết|tin tức|pháp luật)(?![\p{L}\p{M}])[^/\n]{0,40}$/u;

/** A line that is only a link. */
const LINK_LINE = /^[ \t]*(?:https?:\/\/|www\.)\S*[ \t]*$/u;
/** Before a byline's name: a dash, or the writer's standing (`CTV Thanh Xuyên`, `PV Minh Hoàn`, `Nhóm PV`). */
// (no `i` flag: with it, `\p{Lu}` would match a lower-case letter too)
const BYLINE_LEAD = /^[ \t]*(?:[—–-]|\*{1,3}|(?:Nhóm[ \t]+)?(?:CTV|PV|BTV|Phóng viên|Cộng tác viên)(?:[ \t]*\/[ \t]*(?:CTV|PV))?)[ \t]*(?=\p{Lu})/u;
/** After it: the time the page stamped it (`NGUYÊN ĐOAN (thực hiện) 10/10/2018 03:09`). */
const MAX_STAMP_AFTER = 32;
const BYLINE_STAMP_AFTER = /[ \t]+\d{1,2}\/\d{1,2}\/\d{4}(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*$/u;

/**
 * The last line as a byline is read: without a leading dash (`— Trần Ngọc`) or standing (`CTV Thanh Xuyên`),
 * the paper after a slash (`Hoàng Anh/Báo Tin tức`) or a stamp after it.
 */
function bylineSpan(doc: PreparedDocument, line: Line): { start: number; end: number } {
  const folded = doc.folded.slice(line.start, line.end);
  const lead = BYLINE_LEAD.exec(line.raw);
  const slash = folded.lastIndexOf("/");
  let end = line.end;
  if (slash >= 0 && PAPER_AFTER_SLASH.test(folded.slice(slash))) {
    let at = slash;
    while (at > 0 && (folded[at - 1] === " " || folded[at - 1] === "\t")) at--;
    end = line.start + at;
  }
  // read in the line's last characters only: unanchored at its start, the pattern was tried at every space of a run
  const tail = line.raw.trimEnd().slice(-MAX_STAMP_AFTER);
  const stamp = BYLINE_STAMP_AFTER.exec(tail);
  const stampAt = stamp ? line.start + line.raw.trimEnd().length - tail.length + stamp.index : end;
  if (stampAt < end) end = stampAt;
  return { start: line.start + (lead ? lead[0].length : 0), end };
}

/**
 * The article's bylines, in text order: a signature block or a name alone on
 * the last body line, then labelled bylines in the header and after the body.
 * Counterexample: a last body line `Ban Tuyên giáo Huyện ủy` is not a name
 * (lower-case syllables), nor is `Hà Nội` (a place on its own line).
 */
/** A writer's name in capitals after the last sentence of the article, on its line: `… đối tượng còn lại. YẾN NHI`. */
const CAPITALS_AFTER_SENTENCE = /[.!?…]["”]?[ \t]+((?:[\p{Lu}][\p{Lu}\p{M}]*[ \t]+){1,3}[\p{Lu}][\p{Lu}\p{M}]*)[ \t]*$/u;

function capitalsAfterLastSentence(doc: PreparedDocument, tokens: readonly Token[], line: { start: number; end: number }): NameSpan | null {
  const raw = doc.text.slice(line.start, line.end);
  // (a line's end only: read back from it, the pattern must not be tried through a long paragraph)
  const m = CAPITALS_AFTER_SENTENCE.exec(raw.slice(-60));
  if (!m) return null;
  const from = tokenAt(tokens, line.end - m[0].length + m[0].indexOf(m[1]!));
  const end = tokenAt(tokens, line.end);
  for (let k = from; k < end; k++) if (!isUpperSyllable(tokens[k]!)) return null;
  return end - from >= 2 && penName(doc, tokens, from, end) ? { from, to: end } : null;
}

/** The site's lines over the headline looked through for a labelled byline. */
const MAX_LINES_OVER_TITLE = 4;

/** A dash, then a workplace's word: `- Trung tâm Thông tin`, `- Ban Tuyên giáo Huyện ủy`, `- Báo Lào Cai`. */
const WORKPLACE_AFTER_DASH =
  /[ \t][-–][ \t]*(?:trung tâm|ttvh|ttvh-tt|ban|phòng|sở|báo|đài|hội|hạt|đội|văn phòng|chi cục|cục|viện|trường|công ty|tạp chí|cổng|ủy ban|ubnd|ubmttq|mttq|mặt trận|huyện ủy|tỉnh ủy|thành ủy|đảng ủy|đảng bộ|chi bộ|công an|bộ chỉ huy|liên đoàn|tỉnh đoàn|huyện đoàn|thành đoàn|bệnh viện|trạm(?! trưởng)|phóng viên|cộng tác viên|ctv|pv|tòa án|viện kiểm sát|kho bạc|ngân hàng|chi nhánh|bưu điện|nhà máy|hợp tác xã|htx|đồn(?! trưởng)|thư viện|bảo tàng|ban quản lý)(?![\p{L}\p{M}])/u;
/** What parts a stamp's fields on its line: a bar, a tab, a run of three spaces or more. */
const FIELD_PARTING = /\||\t[ \t]*|[ ]{3,}/gu;
/** A stamp's date, then its poster after `bởi`/`by` and a capital: group 0 ends where the name starts. */
const POSTED_BY = /^[^\n|]{0,60}\d[^\n|]{0,12}?[ \t](?:bởi|by)[ \t]+(?=\p{Lu})/u;
const MAX_STAMP_LINE = 140;
/** A stamp's label opening its line (counterexample: `Nhà máy được xây dựng năm 1965 bởi Liên Xô.` names a builder). */
// (or its date, a weekday before it: `12/03/2024 bởi Ngô Thị Hoa`, `Thứ Ba, 12/03/2024 bởi …`)
const STAMP_OPENING =
  /^[ \t•·*|-]*(?:(?:đăng ngày|ngày đăng|đăng lúc|cập nhật|ngày cập nhật|xuất bản|ngày xuất bản|posted on|posted|published on|published)(?![\p{L}\p{M}])|(?:(?:thứ [\p{L}\d]+|chủ nhật)[ \t]*[,-]?[ \t]*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})/u;
/** A photo's caption ending on its credit, or the stock photo's note: `… nhà trọ. Ảnh: Hải Linh`, `(Ảnh: CATBN)`, `Ảnh minh họa`. */
const CAPTION_WITH_CREDIT = /(?:^|[.!?)][ \t]*|[ \t]\(|[ \t][-–][ \t])ảnh[ \t]*:[ \t]*[^\n.:;!?]{1,40}\)?$|^\(?ảnh minh họa\)?\.?$/u;
/**
 * A photo's caption led by its label, what the photo shows said in words of lower case: `Ảnh: Đoàn liên ngành kiểm
 * tra hàng hoá tại chợ Neo.` (counterexample: `Ảnh: Minh Anh (Sở GD&ĐT)` is a credit, its words all capitals).
 */
const CAPTION_LED = /^\(?[Ảả]nh(?:[ \t]+minh[ \t]+h(?:ọa|oạ))?[ \t]*:[ \t]*\S[^\n]*[ \t]\p{Ll}/u;
export function findBylines(doc: PreparedDocument, tokens: readonly Token[] = tokenize(doc)): Byline[] {
  const { lines, body, header, trailer } = doc.layout;
  const out: Byline[] = [];
  const nonEmpty = lines.filter((l) => l.raw.trim() !== "");

  // byline.signature / byline.last-line: the last non-empty lines of the body, past lines without a letter
  // (`HOÀNG MY` / `,` / `.`, `Nguyễn Lương` / `741` — a counter — left by the page's scripts)
  const bodyLines = nonEmpty.filter((l) => l.start >= body.start && l.end <= body.end);
  // (and a link alone: `GIA KHÁNH` / `http://baolamdong.vn/`; a stamp: `Thu Hà` / `Ngày đăng: 15/03/2024`)
  // (and hashtags: `Xuân Quang` / `#congantuyenquang #caxlambinh`)
  // (and a site's notice in English: `Are you sure that you want to switch to desktop version?`)
  // (and a rating's widget: `Bình chọn: ★★★★☆ (12 lượt)`; footnotes under their rule: `____` / `¹ Quyết định số …`)
  // (and the source in brackets under a signature: `TRẦN VĂN LÂU` / `Chủ tịch UBND tỉnh` / `(Nguồn: Văn phòng UBND tỉnh)`)
  const closing = (l: Line) =>
    !/\p{L}/u.test(l.raw) ||
    LINK_LINE.test(l.raw) ||
    HASHTAG_LINE.test(l.raw) ||
    ENGLISH_LINE.test(l.raw) ||
    RATING_LINE.test(doc.folded.slice(l.start, l.end)) ||
    BRACKETED_SOURCE_LINE.test(doc.folded.slice(l.start, l.end)) ||
    FOOTNOTE_LINE.test(l.raw) ||
    DATE_LINE.test(doc.folded.slice(l.start, l.end).trim());
  while (bodyLines.length > 1 && closing(bodyLines[bodyLines.length - 1]!)) bodyLines.pop();
  // (and a recipients' block under the signature, not beside it: `Phan Thị Thanh Hà` / `Nơi nhận:` / `- Sở Y tế;` /
  // `- Lưu: VT.`; a block with the signature in its right column keeps it, `- Lưu VP.<TAB>Trần Quốc Hưng`)
  const recipientsAt = bodyLines.findLastIndex((l) => RECIPIENTS_HEADING.test(l.raw));
  // (only a block of recipients to the end: copied from two columns, the signature may follow it, `Nơi nhận:` / `- Lưu VP.`
  // / `T/M BAN THƯỜNG VỤ` / `BÍ THƯ` / `Kiều Văn Dũng`)
  const recipientsOnly = (from: number) =>
    bodyLines.slice(from + 1).every((l) => RECIPIENT_ITEM.test(doc.folded.slice(l.start, l.end))) && !bodyLines.slice(from).some((l) => /\S[ \t]*(?:\t| {4})[ \t]*\S/u.test(l.raw));
  if (recipientsAt > 0 && bodyLines.length - recipientsAt <= MAX_RECIPIENT_LINES && recipientsOnly(recipientsAt)) {
    bodyLines.length = recipientsAt;
  }
  // (and a photo's caption with its credit under the writer's name: `Nguyễn Thu Hằng` / `Tổ công tác kiểm tra tại một nhà
  // trọ. Ảnh: Hải Linh`, `Ảnh minh họa`; the credit's name is the photographer's, no byline)
  // (not a name the caption shows: `Nguyễn Văn Hùng` / `Ông Nguyễn Văn Hùng nhận giấy khen. Ảnh: Hải Linh` heads his photo)
  const [above, caption] = bodyLines.slice(-2);
  const captionText = caption && bodyLines.length > 2 ? doc.folded.slice(caption.start, caption.end).trim() : "";
  // (the text as written: a caption's words in lower case tell it from a credit)
  const led = captionText !== "" && CAPTION_LED.test(doc.text.slice(caption!.start, caption!.end).trim());
  if (above && (led || CAPTION_WITH_CREDIT.test(captionText))) {
    // (or with the paper after a slash: `Minh Đức/VOV-Tây Bắc`)
    const slash = above.raw.indexOf("/");
    const writer =
      nameLine(doc, tokens, above, true) ??
      nameWithAffiliation(doc, tokens, above, true)?.name ??
      (slash > 0 ? nameLine(doc, tokens, { start: above.start, end: above.start + slash }, true) : null) ??
      // (or two writers: `Lê Hà - Thu Trang (Trung tâm Văn hoá …)` / `Ảnh: Đoàn liên ngành kiểm tra …`)
      coAuthorLine(doc, tokens, bylineSpan(doc, above))?.names[0];
    // (the writer may take the photo too: `Hà Anh (thực hiện)` / `… tại nhà máy. Ảnh: Hà Anh`)
    const shown = led ? captionText : captionText.slice(0, Math.max(0, captionText.lastIndexOf("ảnh")));
    if (writer && !shown.includes(nameKey(doc, tokens, writer))) bodyLines.pop();
  }
  // (under a recipients' block only: `- Giải Nhì <TAB> Trần Văn Minh` ending a list of prizes is no signature)
  const recipients = bodyLines.slice(-MAX_RECIPIENT_LINES).some((l) => RECIPIENTS_LABEL.test(l.raw));
  // (copied from a PDF's two columns, the name may stand beside a row above the last, the list going on under it: `- Các
  // chi bộ trực thuộc; <spaces> Lê Thị Huyền Trang` / `- Lưu VP.`: the block ends at the name's row)
  if (recipients) {
    const signed = signatureRowAbove(doc, tokens, bodyLines);
    if (signed >= 0) bodyLines.length = signed + 1;
  }
  // (a signature set in a Word table beside the recipients' last row: `- Lưu Văn phòng Huyện ủy.<TAB>Trần Quốc Hưng`)
  const lastRow = bodyLines[bodyLines.length - 1];
  const column = lastRow && recipients && /^[ \t]*[-+•]/u.test(lastRow.raw) ? rightColumn(lastRow) : -1;
  const lastLine = lastRow && column > lastRow.start ? { ...lastRow, start: column, raw: doc.text.slice(column, lastRow.end) } : lastRow;
  const last = lastLine ? bylineSpan(doc, lastLine) : undefined;
  const before = bodyLines[bodyLines.length - 2];
  if (last) {
    // `Bùi Thị Hoa` over `(Ban Tuyên giáo Thị ủy)` or over its paper (`Báo Thái Nguyên – baothainguyen.vn`):
    // the name is the line above
    const underName = BRACKETED_LINE.test(lastLine!.raw) || PAPER_LINE.test(doc.folded.slice(lastLine!.start, lastLine!.end));
    const bracketed = underName && before ? nameLine(doc, tokens, before) : null;
    // (or the name itself in brackets, no name over it: `(Minh Đức)`; `(Theo Báo Xây dựng)` names none)
    const open = BRACKETED_LINE.test(lastLine!.raw) && !bracketed ? lastLine!.raw.indexOf("(") : -1;
    const inBrackets = open >= 0 ? nameLine(doc, tokens, { start: lastLine!.start + open + 1, end: lastLine!.start + lastLine!.raw.lastIndexOf(")") }) : null;
    const alone = bracketed ?? inBrackets ?? nameLine(doc, tokens, last, true);
    const together = alone ? null : coAuthorLine(doc, tokens, last);
    const affiliated = alone || together ? null : nameWithAffiliation(doc, tokens, last, true);
    const glued = alone || together || affiliated ? null : capitalsAfterLastSentence(doc, tokens, last);
    if (glued) {
      out.push({ names: [glued], role: null, rule: "byline.last-line", start: tokens[glued.from]!.start, end: tokens[glued.to - 1]!.end });
    } else if (together) {
      out.push({ ...together, rule: "byline.last-line" });
    } else if (alone) {
      const role = bracketed ? null : roleLineAbove(doc, tokens, bodyLines);
      out.push({ names: [alone], role, rule: role ? "byline.signature" : "byline.last-line", start: tokens[alone.from]!.start, end: tokens[alone.to - 1]!.end });
    } else if (affiliated) {
      const n = affiliated.name;
      out.push({ names: [n], role: affiliated.role, rule: "byline.last-line", start: tokens[n.from]!.start, end: tokens[n.to - 1]!.end });
    } else if (before) {
      // (a rank before the signer's name: `ĐẠI TÁ VŨ VĂN KHẢI` / `Chủ tịch Hội CCB huyện Thuỷ Nguyên`)
      const sig = nameLine(doc, tokens, before, true);
      const r = tokenAt(tokens, last.start);
      if (sig && doc.text.slice(last.start, tokens[r]?.start ?? last.end).trim() === "" && matchPhrase(doc, tokens, r, ROLE_INDEX)) {
        const role = doc.text.slice(tokens[r]!.start, last.end).trim().replace(/\s+/gu, " ").replace(/[.,;]+$/u, "");
        out.push({ names: [sig], role, rule: "byline.signature", start: tokens[sig.from]!.start, end: tokens[sig.to - 1]!.end });
      }
    }
  }

  // byline.label: header lines, the last body lines, trailer lines and the lines just after the body
  const afterBody = nonEmpty.filter((l) => l.start >= body.end).slice(0, 15);
  // byline.after-credit: the article ended at a photo's credit, the writer's name alone on the next line, the page's
  // furniture or nothing after it (`Ảnh: Minh Anh (Sở GD&ĐT)` / `Nguyễn Thư` / `BÌNH LUẬN`)
  const [credit, writer, next] = afterBody;
  if (out.length === 0 && credit && writer && CREDIT_LINE_START.test(doc.folded.slice(credit.start, credit.end)) && (!next || isFurnitureLine(doc.folded.slice(next.start, next.end).trim()))) {
    const n = nameLine(doc, tokens, writer, true);
    if (n) out.push({ names: [n], role: null, rule: "byline.last-line", start: tokens[n.from]!.start, end: tokens[n.to - 1]!.end });
  }
  const seen = new Set<number>();
  // (not a letterhead's body name wrapped onto its next line, in capitals: `BAN CHỈ ĐẠO VẬN ĐỘNG <spaces> Độc lập - Tự do -
  // Hạnh phúc` / `HIẾN MÁU TÌNH NGUYỆN`)
  const headerStarts = new Set(header.filter((l, i) => !(i > 0 && isLetterheadLine(header[i - 1]!.raw) && !/\p{Ll}/u.test(l.raw))).map((l) => l.start));
  // (and, labelled only, the lines over the headline: `Cập nhật: 09:30 - 22/03/2024` / `Tác giả: Phạm Thu Hà` / the headline)
  const titleStart = doc.layout.title?.start ?? body.start;
  const overTitle = nonEmpty.filter((l) => l.end <= titleStart).slice(-MAX_LINES_OVER_TITLE);
  for (const line of [...header, ...bodyLines.slice(-3), ...trailer, ...afterBody, ...overTitle]) {
    if (seen.has(line.start)) continue;
    seen.add(line.start);
    const folded = doc.folded.slice(line.start, line.end);
    // the label may follow a date stamp on the line, in any of its fields: `Ngày đăng: 29/12/2020 | Tác giả: Thu Thiện`,
    // `Đăng ngày: 12/07/2024 | Người đăng: Minh Châu | Lượt xem: 2.407`
    // (the poster's only when no field names the writer: `| Người đăng: A | Tác giả: B` is B's)
    // (or parted by a tab or wide spaces: `Ngày 25/10/2024 | 08:14     Tác giả: Đỗ Minh Thu`)
    let labelFrom = 0;
    for (const parting of folded.matchAll(FIELD_PARTING)) {
      const at = parting.index + parting[0].length;
      const field = BYLINE_LABEL.exec(folded.slice(at));
      if (field && (labelFrom === 0 || !POSTER_LABEL.test(field[0]))) labelFrom = at;
      if (field && !POSTER_LABEL.test(field[0])) break;
    }
    // (or the poster after the stamp's date: `Posted on 14/11/2023 05:40 by Nguyễn Thị Lan Anh`, `Đăng ngày: … bởi Trần Văn Lợi`)
    const postedBy = labelFrom === 0 && folded.length <= MAX_STAMP_LINE && STAMP_OPENING.test(folded) && !BYLINE_LABEL.test(folded) ? POSTED_BY.exec(doc.text.slice(line.start, line.end)) : null;
    const m = postedBy ?? BYLINE_LABEL.exec(folded.slice(labelFrom));
    // byline.header: a name alone on a line between the headline and the lead (`Thu Hằng (thực hiện)`),
    // or before the date stamp (`Thùy Trang 14/08/2021 07:18`, `Trần Khánh Thứ hai, ngày 04/12/2023`)
    const inHeader = headerStarts.has(line.start);
    // (or, after a writer's degree, with where the writer works: `TS. NGUYỄN VĂN KHÁNH, Trường Chính trị tỉnh Hà Giang`;
    // without one, `Tâm Lê - Minh Thông` is two writers, below)
    const degreed = !m && inHeader && pastDegree(doc, line) > line.start;
    // (a rank before the name too: `THƯỢNG TÁ NGUYỄN VĂN AN` under the stamp)
    // (or where the writer works after a dash, a workplace's word opening it: `Nguyễn Thanh Hải - Trung tâm Thông tin`;
    // `Tâm Lê - Minh Thông` is two writers, below, `Văn Hóa - Thể Thao` a site's sections, `Mỹ Đức - Hà Nội đẩy mạnh …` a
    // place's headline)
    const affiliated = !m && inHeader ? nameWithAffiliation(doc, tokens, line) : null;
    const bodyAfter = affiliated !== null && (degreed || WORKPLACE_AFTER_DASH.test(folded));
    // (or the writer's paper after a slash: `Hoàng Anh/VOV-Tây Bắc` under the stamp)
    const slashed = !m && inHeader && line.raw.includes("/") ? bylineSpan(doc, line) : null;
    const atSlash = slashed !== null && doc.text.slice(slashed.end, line.end).trimStart().startsWith("/") && !line.raw.slice(0, slashed.end - line.start).includes("/");
    const beforePaper = atSlash ? nameLine(doc, tokens, slashed!, true) : null;
    const alone = !m && inHeader ? (nameLine(doc, tokens, line, true) ?? (bodyAfter ? affiliated!.name : null) ?? beforePaper) : null;
    const named = alone ? [alone] : !m && inHeader ? (nameBeforeStamp(doc, tokens, line) ?? nameAfterStamp(doc, tokens, line)) : null;
    if (named) out.push({ names: named, role: null, rule: "byline.header", start: tokens[named[0]!.from]!.start, end: tokens[named[named.length - 1]!.to - 1]!.end });
    if (!m) continue;
    const nameFrom = line.start + labelFrom + m[0].length;
    const b = readBylineNames(doc, tokens, nameFrom, line.end) ?? pseudonymAlone(doc, tokens, nameFrom, line.end) ?? initialledAlone(doc, tokens, nameFrom, line.end);
    // (the poster after a date ends its line or its field: `12/3/2024 bởi Nguyễn Văn An, người dân …` is a sentence's)
    // (a field's mark may follow, `- 0 bình luận`, `, Văn phòng Đảng ủy`, `(Trung tâm VHTT)`; not a clause in lower case)
    const fieldEnds = !postedBy || (b !== null && /^[ \t]*(?:$|[|·(–—.-]|[ \t]{2}|,[ \t]*\p{Lu})/u.test(doc.text.slice(b.end, line.end)));
    if (b && fieldEnds) out.push({ ...b, rule: postedBy || POSTER_LABEL.test(m[0]) ? "byline.poster" : "byline.label" });
  }
  // byline.under-lead: no other, and a name alone right under the lead paragraph, the article going on after it (`Đức Minh`
  // between the sapo and the body; counterexample: a name alone among short lines, a list's or a table's, is none)
  if (out.length === 0) {
    const lead = bodyLines.findIndex((l) => isParagraph(l.raw));
    const [writer, next] = lead >= 0 ? [bodyLines[lead + 1], bodyLines[lead + 2]] : [];
    // (or its stamp under it, as Tiền Phong lays a feature out: `MAI HOA` / `Thứ Hai, 06/11/2023 14:22 | Chia sẻ | Lưu`)
    const stampNext = next !== undefined && DATE_LINE.test(doc.folded.slice(next.start, next.end).trim());
    const goesOn = next !== undefined && (isParagraph(next.raw) || stampNext);
    const n = writer && goesOn ? nameLine(doc, tokens, writer, true) : null;
    const lineEnd = writer ? writer.start + writer.raw.trimEnd().length : 0;
    if (n && n.from === tokenAt(tokens, writer!.start) && tokens[n.to - 1]!.end === lineEnd) {
      out.push({ names: [n], role: null, rule: "byline.under-lead", start: tokens[n.from]!.start, end: tokens[n.to - 1]!.end });
    } else if (writer && stampNext) {
      // (two writers over the stamp: `THÀNH CƯỜNG - HOÀI THU` / `15/02/2025 07:30 GMT+7`; not over a paragraph, where a
      // pair of places may stand alone, `Hà Nội - Hải Phòng`)
      const pair = coAuthorLine(doc, tokens, writer);
      if (pair && pair.end === lineEnd) out.push({ ...pair, rule: "byline.under-lead" });
    } else if (writer && next !== undefined && isParagraph(next.raw)) {
      // (or the stamp beside the name: `THÀNH CƯỜNG - HOÀI THU | 15/02/2025 07:30`, `Thành Cường | 15/02/2025 07:30`)
      const named = nameBeforeStamp(doc, tokens, writer);
      if (named) out.push({ names: named, role: null, rule: "byline.under-lead", start: tokens[named[0]!.from]!.start, end: tokens[named[named.length - 1]!.to - 1]!.end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
