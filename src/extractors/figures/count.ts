/** Counted nouns: `987 đảng viên`, `07 tuyến đường`, `hai nội dung đột phá`, `14 tổ dân phố, bản`. */
import type { PreparedDocument } from "../../pipeline/document.js";
import { CLASSIFIERS, COUNT_NOUNS, NOT_A_NOUN, NOT_A_NOUN_AFTER_A_NOUN, NOT_COUNTED } from "../../lexicon/units.js";
import { TOOLBAR_LABEL } from "../../lexicon/furniture.js";
import { byLength } from "./unit-match.js";

const NOUN_TRIE = new Map<string, string[]>();
for (const noun of COUNT_NOUNS) {
  const first = noun.split(/[ ,]+/u)[0]!;
  const list = NOUN_TRIE.get(first) ?? [];
  list.push(noun);
  NOUN_TRIE.set(first, list);
}
for (const list of NOUN_TRIE.values()) list.sort(byLength);
const NOT_NOUN = new Set(NOT_A_NOUN);
const NOT_SECOND = new Set([...NOT_A_NOUN, ...NOT_A_NOUN_AFTER_A_NOUN]);
const CLASSIFIER = new Set(CLASSIFIERS);
// Words and separators are disjoint character classes, so this cannot backtrack.
// Spaces but no line break or tab: a number ending a line (`Hộ nghèo 1.234
// 567`) or a table cell (`1<TAB>Trồng rừng`) does not count the next one's words.
// an opening quote may stand before the noun: `39 "Chung cư văn minh"`, `12 “Tuyến phố kiểu mẫu”`
const WORDS_AFTER = /[^\S\n\t]{1,3}["“]?([\p{L}\p{M}]+(?:,?[^\S\n\t][\p{L}\p{M}]+){0,5})/uy;

/**
 * A toolbar's button after a run of spaces: a counter counts no button (`Lượt xem: 356   Bản in   Gửi email`, `Bình luận:
 * 12   Thích: 45`; counterexample: wide-spaced text from Word, `có 120   hộ thoát nghèo`, counts its noun).
 */
const TOOLBAR_BUTTON_AFTER = new RegExp(`[^\\S\\n\\t]{3,}(?:${TOOLBAR_LABEL})(?![\\p{L}\\p{M}])`, "uy");
/** Nouns written with a slash: `5 đ/c` (đồng chí, comrades). */
const ABBREVIATED = /\s{1,3}(đ\/c|đ\/chí)(?![\p{L}\p{M}])/uy;

export interface NounMatch {
  unit: string;
  end: number;
  /** whether the lexicon knew the noun (a number WORD may only count known nouns) */
  known: boolean;
  /** a noun not in the lexicon, written as an acronym (`HTX`): a thing counted all the same */
  acronym?: boolean;
}

/**
 * The counted noun after a number: the longest noun of the lexicon, or else
 * the first two syllables when they are not a function word or verb.
 * Counterexample: `Chi bộ 10 có 25 đảng viên`: `10 có` counts nothing.
 */
export function matchNoun(doc: PreparedDocument, at: number): NounMatch | null {
  ABBREVIATED.lastIndex = at;
  const abbreviated = ABBREVIATED.exec(doc.folded);
  if (abbreviated) return { unit: doc.text.slice(at + abbreviated[0].length - abbreviated[1]!.length, at + abbreviated[0].length).toLowerCase(), end: at + abbreviated[0].length, known: true };
  WORDS_AFTER.lastIndex = at;
  const m = WORDS_AFTER.exec(doc.folded);
  if (!m) return null;
  TOOLBAR_BUTTON_AFTER.lastIndex = at;
  if (TOOLBAR_BUTTON_AFTER.test(doc.folded)) return null;
  return nounOfPhrase(doc, at + m[0].length - m[1]!.length, m[1]!);
}

/** The counted noun that starts right at `at` (no space before it): `hộ nghèo: 25` read from `hộ`. */
export function matchNounStartingAt(doc: PreparedDocument, at: number): NounMatch | null {
  WORDS_AT.lastIndex = at;
  const m = WORDS_AT.exec(doc.folded);
  return m ? nounOfPhrase(doc, at, m[1]!) : null;
}
/** A word in capitals, two letters or more, then a word in lower case or nothing. */
// (not a country's before its coin: `160,8 US cent/pound`)
const ACRONYM_THEN_LOWER = /^(?!US\s)\p{Lu}{2,}(?:(?![\p{L}\p{M}])\s+\p{Ll}|$)/u;
const WORDS_AT = /([\p{L}\p{M}]+(?:,?[^\S\n\t][\p{L}\p{M}]+){0,5})/uy;

function nounOfPhrase(doc: PreparedDocument, phraseStart: number, phrase: string): NounMatch | null {
  const words = phrase.split(/[\s,]+/u).filter(Boolean);
  const first = words[0]!;
  const normalisedPhrase = phrase.replace(/\s+/gu, " ");
  if (NOT_COUNTED.some((words) => normalisedPhrase.startsWith(words) && !/[\p{L}\p{M}]/u.test(normalisedPhrase.charAt(words.length)))) return null;
  // The lexicon first: `chỉ tiêu` is a noun although `chỉ` alone is "only".
  for (const noun of NOUN_TRIE.get(first) ?? []) {
    if (normalisedPhrase.startsWith(noun) && !/[\p{L}\p{M}]/u.test(normalisedPhrase.charAt(noun.length))) {
      const taken = CLASSIFIER.has(noun) ? withClassified(noun, normalisedPhrase.slice(noun.length)) : noun;
      const end = phraseStart + lengthInText(doc.folded, phraseStart, taken);
      // (a list of nouns after one number is read whole, and counts its first: `125 xã, phường, thị trấn` → `xã`)
      const written = doc.text.slice(phraseStart, end).toLowerCase().replace(/\s+/gu, " ");
      return { unit: written.split(",")[0]!.trim(), end, known: true };
    }
  }
  if (NOT_NOUN.has(first) || NOT_NOUN.has(`${first} ${words[1] ?? ""}`)) return null;
  // Not in the lexicon: the first syllable, and the second unless it is a function word.
  const second = words[1];
  const secondIsNoun = second !== undefined && !NOT_SECOND.has(second) && !NOT_SECOND.has(`${second} ${words[2] ?? ""}`);
  // an acronym is a whole noun, the lower-case word after it no part of it: `73 HTX ứng dụng công nghệ cao`, `4 HCV cá nhân`
  // (counterexample: a headline in capitals, `5 GIẢI PHÁP ĐỘT PHÁ`, keeps two syllables)
  const acronym = ACRONYM_THEN_LOWER.test(doc.text.slice(phraseStart, phraseStart + phrase.length));
  const take = secondIsNoun && !acronym && !phrase.slice(first.length).startsWith(",") ? 2 : 1;
  const noun = words.slice(0, take).join(" ");
  const end = phraseStart + lengthInText(doc.folded, phraseStart, noun);
  return { unit: doc.text.slice(phraseStart, end).toLowerCase().replace(/\s+/gu, " "), end, known: false, acronym };
}

/**
 * A classifier and the noun it counts: the longest noun of the lexicon after
 * it (`lượt hội viên`, not `lượt hội`), else the next syllable (`con bò`)
 * unless it is a function word (`20 con của …` counts `con`).
 */
function withClassified(classifier: string, rest: string): string {
  const next = rest.match(/^ ([\p{L}\p{M}]+)/u)?.[1];
  if (!next) return classifier;
  const after = rest.slice(1);
  // a noun of the lexicon first, though it opens like a verb: `66 lượt dự án` (`dự` alone is "attend")
  const known = (NOUN_TRIE.get(next) ?? []).find((noun) => after.startsWith(noun) && !/[\p{L}\p{M}]/u.test(after.charAt(noun.length)));
  if (known) return `${classifier} ${known}`;
  return NOT_NOUN.has(next) ? classifier : `${classifier} ${next}`;
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
