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
  if (folded.length === text.length) return folded;
  // A character whose lower case has another length (none in Vietnamese):
  // fold character by character, keeping any that would change length.
  let out = "";
  for (const ch of unifyTonePlacement(text)) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}
