/**
 * Normalise once, and let every offset point into the result.
 *
 * `normaliseText` produces the text the user sees in the output (`text`
 * fields slice out of it). `foldForMatching` produces a second string of the
 * SAME LENGTH in which case and old/new tone placement no longer matter, so
 * one pattern in the lexicon matches `hoá`/`hóa`, `uỷ`/`ủy`, `Đảng`/`đảng`
 * and the offsets it finds are offsets into the normalised text too.
 */

// These patterns hold only characters of the Basic Multilingual Plane, so they
// need no `u` flag, and run several times faster without it.
/** Spaces that browsers and word processors leave in saved pages. */
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Invisible characters that split words without showing: zero-width space/joiners, BOM, soft hyphen. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

/**
 * NFC, `\n` line ends, no invisible characters, odd spaces as plain spaces.
 * Tabs stay: they part the cells of a table (saved pages' tables are
 * serialised with them), and a cell boundary is not a space. Counterexample:
 * the row `1<TAB>Trồng rừng<TAB>120 ha` counts no `1 trồng rừng`.
 */
export function normaliseText(raw: string): string {
  const text = raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(INVISIBLE, "")
    .replace(ODD_SPACES, " ");
  return HAS_ETH.test(text) ? text.replace(ETH, (c) => (c === "\u00d0" ? "\u0110" : "\u0111")) : text;
}

/**
 * The Icelandic eth (`Ð`, `ð`), which old Vietnamese fonts and keyboards type
 * for `Đ`/`đ` (`Ðảng ủy`, `Ðỗ Văn Hải`): read as the letter it stands for.
 * Same length, so offsets hold.
 */
const ETH = /[\u00d0\u00f0]/g;
const HAS_ETH = /[\u00d0\u00f0]/;

// Old-style tone placement puts the tone on the second vowel of `oa`, `oe`,
// `uy` when nothing follows (`hoá`, `khoẻ`, `uỷ`); new style puts it on the
// first (`hóa`, `khỏe`, `ủy`). In NFC both spellings are two code units, so
// moving the tone keeps the length. `quý`/`quỳ` keep theirs: after `q` the
// `u` is part of the consonant (counterexample: `quý` must not become `qúy`).
const TONED: Record<string, [base: string, tone: string]> = {};
const TONE_MARKS = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
for (const base of ["a", "e", "y", "o", "u"]) {
  for (const tone of TONE_MARKS) TONED[(base + tone).normalize("NFC")] = [base, tone];
}
const OLD_PLACEMENT = /(?<![qQ])([oOuU])([áàãảạÁÀÃẢẠéèẽẻẹÉÈẼẺẸýỳỹỷỵÝỲỸỶỴ])(?![\p{L}\p{M}])/gu;

export function unifyTonePlacement(text: string): string {
  return text.replace(OLD_PLACEMENT, (whole, first: string, second: string) => {
    const toned = TONED[second.toLowerCase()];
    if (!toned) return whole;
    const [base, tone] = toned;
    // `oá`/`uý` only; `uá` (as in `thuá`) is not a Vietnamese rhyme, but `oé`/`uê`-like pairs are rare enough to fold too.
    if (first.toLowerCase() === "u" && base !== "y") return whole;
    if (first.toLowerCase() === "o" && base !== "a" && base !== "e") return whole;
    const movedFirst = (first + tone).normalize("NFC");
    const secondBase = second === second.toUpperCase() ? base.toUpperCase() : base;
    return movedFirst + secondBase;
  });
}

/** Lower-case, new tone placement; same length as the input (checked, with a safe fallback). */
export function foldForMatching(text: string): string {
  const folded = unifyTonePlacement(text).toLowerCase();
  if (folded.length === text.length) return unifySi(folded);
  // A character whose lower case has another length (none in Vietnamese):
  // fold character by character, keeping any that would change length.
  let out = "";
  for (const ch of unifyTonePlacement(text)) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return unifySi(out);
}

/**
 * `sỹ` is an old spelling of `sĩ` (`bác sỹ`, `chiến sỹ`, `sỹ quan`), still common: folded to the one the lexicon
 * holds. Only this syllable: `kỹ`/`kĩ`, `lý`/`lí`, `Mỹ` are written with `y` in the lexicon, and are left alone.
 */
const SY = /(?<![\p{L}\p{M}])sỹ(?![\p{L}\p{M}])/gu;
function unifySi(folded: string): string {
  return folded.includes("sỹ") ? folded.replace(SY, "sĩ") : folded;
}

/** A wrapped line is at least this long: a PDF's or a word processor's line, not a heading or a cell. */
const MIN_WRAPPED_LINE = 25;

/**
 * A paragraph hard-wrapped by a PDF or a word processor breaks its sentences
 * anywhere, between a number and its noun too (`… có 2.140` / `phụ nữ tham
 * gia …`, `đạt 48.650.000` / `đồng`). In the folded copy a line break inside a
 * sentence reads as a space, so every pattern sees the sentence whole: the
 * line runs on (long, no tab, no sentence's end) and the next one opens in
 * lower case. Same length, so offsets hold. Counterexamples, kept as lines:
 * a heading over a bullet (`1. Kết quả đạt được` / `- trồng lúa …`), a line
 * ending a sentence, a table's row (tabs).
 */
export function joinWrappedLines(text: string, folded: string): string {
  let out = "";
  let copied = 0;
  let lineStart = 0;
  for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", lineStart)) {
    if (runsOn(text, lineStart, nl)) {
      out += folded.slice(copied, nl) + " ";
      copied = nl + 1;
    }
    lineStart = nl + 1;
  }
  return copied === 0 ? folded : out + folded.slice(copied);
}

/** Whether the line [start, nl) carries its sentence on past the line break at `nl`. */
function runsOn(text: string, start: number, nl: number): boolean {
  let end = nl;
  while (end > start && (text[end - 1] === " " || text[end - 1] === "\r")) end--;
  if (end - start < MIN_WRAPPED_LINE || ".!?…:;\"”".includes(text[end - 1]!)) return false;
  const next = text[nl + 1];
  if (next === undefined || next.toLowerCase() === next.toUpperCase() || next !== next.toLowerCase()) return false;
  // within the line only: `lastIndexOf`/`indexOf` would walk over the whole text for every line
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 9) return false;
  return true;
}
