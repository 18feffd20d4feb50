/**
 * Matchers for what follows a numeral: one per dimension (percent, money,
 * measure, duration, count). Each looks at the folded text right after the
 * numeral and returns the unit it found, where it ends, and the rule's id.
 */
import type { PreparedDocument } from "../../pipeline/document.js";
import type { FigureKind } from "../../schema.js";
import { CURRENCIES, DURATIONS, MEASURES, NOT_MONEY_AFTER_DONG, COUNT_NOUNS, NOT_A_NOUN, type UnitEntry } from "../../lexicon/units.js";

export interface UnitMatch {
  kind: FigureKind;
  unit: string;
  /** end of the unit (and of its `/per` basis) in the text */
  end: number;
  per: string | null;
  rule: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/ /gu, "\\s");
const byLength = (a: string, b: string) => b.length - a.length;
const END_OF_WORD = "(?![\\p{L}\\p{M}\\p{N}])";

function unitPattern(entries: UnitEntry[], spaces: string, extraAhead = ""): { re: RegExp; lookup: Map<string, UnitEntry> } {
  const lookup = new Map<string, UnitEntry>();
  for (const e of entries) for (const f of e.forms) lookup.set(f, e);
  const forms = [...lookup.keys()].sort(byLength).map(escape).join("|");
  return { re: new RegExp(`${spaces}(${forms})${END_OF_WORD}${extraAhead}`, "uy"), lookup };
}

// `/người/năm`, `/ha`, `/lao động`: the basis of a rate, one or two syllables a step.
const PER = /(?:\s?\/\s?[\p{L}\p{M}]+(?: (?:động|người|đình|khẩu|dân))?){1,3}/uy;
function perAt(doc: PreparedDocument, at: number): { per: string | null; end: number } {
  PER.lastIndex = at;
  const m = PER.exec(doc.folded);
  if (!m) return { per: null, end: at };
  const per = doc.text
    .slice(at, at + m[0].length)
    .split("/")
    .map((s) => s.trim())
    .filter(Boolean)
    .join("/");
  return { per, end: at + m[0].length };
}

const PERCENT = /\s?(%0(?!\p{N})|‰|%|phần trăm(?![\p{L}\p{M}]))/uy;
export function matchPercent(doc: PreparedDocument, at: number): UnitMatch | null {
  PERCENT.lastIndex = at;
  const m = PERCENT.exec(doc.folded);
  if (!m) return null;
  const permille = m[1] === "‰" || m[1] === "%0";
  return { kind: "percent", unit: permille ? "‰" : "%", end: at + m[0].length, per: null, rule: permille ? "percent.per-mille" : "percent.sign" };
}

// `25 đồng chí` are comrades, `đồng bào` compatriots: `đồng` followed by these is no currency.
const CURRENCY = unitPattern(CURRENCIES, "\\s{0,2}", `(?!\\s(?:${NOT_MONEY_AFTER_DONG.join("|")})${END_OF_WORD})`);
export function matchMoney(doc: PreparedDocument, at: number): UnitMatch | null {
  CURRENCY.re.lastIndex = at;
  const m = CURRENCY.re.exec(doc.folded);
  if (!m) return null;
  const entry = CURRENCY.lookup.get(m[1]!.replace(/\s+/gu, " "))!;
  const { per, end } = perAt(doc, at + m[0].length);
  return { kind: "money", unit: entry.unit, end, per, rule: "money.currency" };
}

const MEASURE = unitPattern(MEASURES, "\\s{0,2}", "(?!\\s(?:công|vuông)(?![\\p{L}\\p{M}]))");
export function matchMeasure(doc: PreparedDocument, at: number): UnitMatch | null {
  MEASURE.re.lastIndex = at;
  const m = MEASURE.re.exec(doc.folded);
  if (!m) return null;
  const entry = MEASURE.lookup.get(m[1]!.replace(/\s+/gu, " "))!;
  const { per, end } = perAt(doc, at + m[0].length);
  return { kind: entry.kind, unit: entry.unit, end, per, rule: `${entry.kind}.unit` };
}

// Anniversaries and badges name a span of time without measuring one:
// `kỷ niệm 70 năm Ngày thành lập`, `Huy hiệu 30 năm tuổi Đảng` (counterexamples to `N năm`).
const ANNIVERSARY_BEFORE = /(?:kỷ niệm|huy hiệu|chào mừng|mừng|tròn|lễ|dịp)\s(?:[\p{L}\p{M}]+\s){0,2}$/u;
const ANNIVERSARY_AFTER = /^\s(?:ngày\s)?(?:thành lập|tuổi đảng|tuổi|truyền thống|chiến thắng|giải phóng|ngày sinh|khởi nghĩa|cách mạng|quốc khánh)(?![\p{L}\p{M}])/u;
const DURATION = unitPattern(DURATIONS, "\\s{1,2}");
export function matchDuration(doc: PreparedDocument, at: number, numeralStart: number): UnitMatch | null {
  DURATION.re.lastIndex = at;
  const m = DURATION.re.exec(doc.folded);
  if (!m) return null;
  const end = at + m[0].length;
  if (ANNIVERSARY_BEFORE.test(doc.folded.slice(Math.max(0, numeralStart - 30), numeralStart))) return null;
  if (ANNIVERSARY_AFTER.test(doc.folded.slice(end, end + 30))) return null;
  const entry = DURATION.lookup.get(m[1]!)!;
  return { kind: "duration", unit: entry.unit, end, per: null, rule: "duration.unit" };
}

// ---------- counted nouns ----------

const NOUN_TRIE = new Map<string, string[]>();
for (const noun of COUNT_NOUNS) {
  const first = noun.split(/[ ,]+/u)[0]!;
  const list = NOUN_TRIE.get(first) ?? [];
  list.push(noun);
  NOUN_TRIE.set(first, list);
}
for (const list of NOUN_TRIE.values()) list.sort(byLength);
const NOT_NOUN = new Set(NOT_A_NOUN);
// Words and separators are disjoint character classes, so this cannot backtrack.
const WORDS_AFTER = /\s{1,3}([\p{L}\p{M}]+(?:,?\s[\p{L}\p{M}]+){0,5})/uy;

export interface NounMatch {
  unit: string;
  end: number;
  /** whether the lexicon knew the noun (a number WORD may only count known nouns) */
  known: boolean;
}

/**
 * The counted noun after a number: the longest noun of the lexicon, or else
 * the first two syllables when they are not a function word or verb.
 * Counterexample: `Chi bộ 10 có 25 đảng viên`: `10 có` counts nothing.
 */
export function matchNoun(doc: PreparedDocument, at: number): NounMatch | null {
  WORDS_AFTER.lastIndex = at;
  const m = WORDS_AFTER.exec(doc.folded);
  if (!m) return null;
  const phraseStart = at + m[0].length - m[1]!.length;
  const phrase = m[1]!;
  const words = phrase.split(/[\s,]+/u).filter(Boolean);
  const first = words[0]!;
  // The lexicon first: `chỉ tiêu` is a noun although `chỉ` alone is "only".
  const normalisedPhrase = phrase.replace(/\s+/gu, " ");
  for (const noun of NOUN_TRIE.get(first) ?? []) {
    if (normalisedPhrase.startsWith(noun) && !/[\p{L}\p{M}]/u.test(normalisedPhrase.charAt(noun.length))) {
      const end = phraseStart + lengthInText(doc.folded, phraseStart, noun);
      return { unit: doc.text.slice(phraseStart, end).toLowerCase().replace(/\s+/gu, " "), end, known: true };
    }
  }
  if (NOT_NOUN.has(first) || NOT_NOUN.has(`${first} ${words[1] ?? ""}`)) return null;
  // Not in the lexicon: the first syllable, and the second unless it is a function word.
  const take = words.length > 1 && !NOT_NOUN.has(words[1]!) && !phrase.slice(first.length).startsWith(",") ? 2 : 1;
  const noun = words.slice(0, take).join(" ");
  const end = phraseStart + lengthInText(doc.folded, phraseStart, noun);
  return { unit: doc.text.slice(phraseStart, end).toLowerCase().replace(/\s+/gu, " "), end, known: false };
}

/** Length in the text of `words` starting at `from`, where the text may have several spaces between them. */
function lengthInText(folded: string, from: number, words: string): number {
  let i = from;
  let j = 0;
  while (j < words.length && i < folded.length) {
    if (words[j] === " ") {
      while (i < folded.length && /\s/u.test(folded[i]!)) i++;
      j++;
    } else if (folded[i] === words[j]) {
      i++;
      j++;
    } else break;
  }
  return i - from;
}
