/**
 * Whether a window of text before a number ends with one of a list of
 * phrases (`tổ`, `khu phố`, `ước khoảng`): `(?<![\p{L}\p{M}])(phrase)\s*$`.
 * V8 tries a pattern anchored only at its end at every character of the
 * window; asked of every number, the label and qualifier patterns were 2% of
 * a run. The window's last word is looked up first, and the pattern runs
 * only when a phrase ends with that word: every phrase is words parted by
 * spaces, so its last word is the window's last word (checked when built).
 */
import { charAt, LETTER_OR_MARK } from "../../pipeline/chars.js";

const byLength = (a: string, b: string) => b.length - a.length;

export class PhraseBefore {
  private readonly lastWords: ReadonlySet<string>;
  /** the phrases, longest first, as one end-anchored pattern; group 1 is the phrase */
  readonly pattern: RegExp;

  constructor(phrases: readonly string[]) {
    for (const p of phrases) if (!/^[\p{L}\p{M}]+(?: [\p{L}\p{M}]+)*$/u.test(p)) throw new Error(`PhraseBefore: "${p}" is not words parted by single spaces`);
    this.lastWords = new Set(phrases.map((p) => p.slice(p.lastIndexOf(" ") + 1)));
    const alternation = [...phrases].sort(byLength).map((p) => p.replace(/ /gu, "\\s+")).join("|");
    this.pattern = new RegExp(`(?<![\\p{L}\\p{M}])(${alternation})\\s*$`, "u");
  }

  exec(text: string): RegExpExecArray | null {
    return this.lastWords.has(lastWord(text)) ? this.pattern.exec(text) : null;
  }

  test(text: string): boolean {
    return this.exec(text) !== null;
  }
}

/** The run of letters and marks that ends the text, once trailing white space (`\s`) is set aside; "" when none. */
export function lastWord(text: string): string {
  const end = text.trimEnd().length;
  let start = end;
  while (start > 0) {
    // step back one character: a surrogate pair is one
    const unit = text.charCodeAt(start - 1);
    const width = unit >= 0xdc00 && unit <= 0xdfff && start >= 2 && isHighSurrogate(text.charCodeAt(start - 2)) ? 2 : 1;
    if ((charAt(text, start - width) & 3) !== LETTER_OR_MARK) break;
    start -= width;
  }
  return text.slice(start, end);
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}
