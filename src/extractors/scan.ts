/**
 * A global scan that only tries its rule where the rule can start.
 *
 * An unanchored `/…/gu` with many alternatives, each opening with a
 * look-behind, makes V8 try every alternative at every character: the date
 * rules alone were a third of a run. Here a cheap pattern of possible first
 * tokens (a digit, a rule's first word) finds the few places worth trying, and
 * the rule runs sticky at each. The matches are exactly those of the
 * unanchored rule provided every match starts where `starts` (or `extra`)
 * finds a start: each extractor's test checks the two scans agree.
 */
import { basicPlane } from "../pipeline/chars.js";

export interface ScanRule {
  /**
   * global (`g`) patterns that together match at every position where
   * `rule` can begin; may over-approximate. Best without the `u` flag, and
   * split rather than joined: V8 runs `/\p{N}/gu` at 87 Mchar/s, `/[0-9]/g`
   * at 900, a list of words at 400, but the class and the words joined in one
   * alternation at 220.
   */
  starts: readonly ScanStart[];
  /**
   * the rule itself, sticky (`y`); read only where no start's own narrower
   * rule applies, so it may be a getter that builds it on first use
   */
  readonly rule: RegExp;
}

export interface ScanStart {
  pattern: RegExp;
  /**
   * Characters that, right before a start this pattern finds, rule out every
   * match there: each alternative of the rule that can begin with what the
   * pattern finds refuses them in its look-behind. Such starts are passed
   * over without running the rule. A digit start after a digit is the common
   * case: `2.315.414.600` is one start, not ten.
   */
  notAfter?: string;
  /**
   * The rule's alternatives that can begin with what this pattern finds, in
   * the rule's order, sticky: tried instead of the whole rule where only this
   * pattern found a start. The alternatives left out must be unable to match
   * there, so the first alternative to match is the same: at a digit, the
   * date rules that open with `ngày`, `tháng` or `lúc` are not worth trying.
   */
  rule?: RegExp;
}

/**
 * Every match of `rule` starting in [from, to), left to right, as the
 * unanchored `g` form of the rule would find them. `extra` adds sorted
 * positions `starts` cannot find (the e-mail rule starts before its `@`).
 * The position lives in the generator, not in the patterns (their
 * `lastIndex` is set before every use), so scans may interleave.
 */
export function* scan(text: string, scanRule: ScanRule, from: number, to: number, extra: readonly number[] = []): Generator<RegExpExecArray> {
  const { starts } = scanRule;
  let cursor = from;
  let nextExtra = 0;
  // the next start each pattern finds at or after the cursor
  const next = starts.map((start) => indexFrom(start.pattern, text, cursor));
  while (true) {
    while (nextExtra < extra.length && extra[nextExtra]! < cursor) nextExtra++;
    let at = extra[nextExtra] ?? Infinity;
    for (let k = 0; k < starts.length; k++) {
      if (next[k]! < cursor) next[k] = indexFrom(starts[k]!.pattern, text, cursor);
      if (next[k]! < at) at = next[k]!;
    }
    if (at >= to) return;
    const here = ruleAt(text, at, scanRule, next, extra[nextExtra] === at);
    if (here !== null) {
      here.lastIndex = at;
      const m = here.exec(text);
      if (m !== null && m[0].length > 0) {
        cursor = at + m[0].length;
        yield m;
        continue;
      }
    }
    // Starts may overlap (`sđt` holds `đt`): look again one character on,
    // stepping over a whole surrogate pair as a `u` pattern does.
    cursor = at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
  }
}

/**
 * The rule to try at `at`: null when every start found there is ruled out by
 * the character before it (an `extra` start never is); the start's own
 * narrower rule when it alone found `at`; else the whole rule.
 */
function ruleAt(text: string, at: number, scanRule: ScanRule, next: readonly number[], extraHere: boolean): RegExp | null {
  const { starts } = scanRule;
  const before = at === 0 ? "" : text[at - 1]!;
  let found: ScanStart | null = null;
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k]!;
    if (next[k] !== at || (before !== "" && start.notAfter?.includes(before))) continue;
    if (found !== null) return scanRule.rule;
    found = start;
  }
  if (extraHere) return scanRule.rule;
  return found === null ? null : (found.rule ?? scanRule.rule);
}

/** The same matches found the slow way: the rule tried at every position. For tests. */
export function* scanEverywhere(text: string, { rule }: ScanRule, from: number, to: number): Generator<RegExpExecArray> {
  const everywhere = new RegExp(rule.source, rule.flags.replace("y", "g"));
  everywhere.lastIndex = from;
  for (let m = everywhere.exec(text); m !== null && m.index < to; m = everywhere.exec(text)) {
    yield m;
    if (m[0].length === 0) everywhere.lastIndex++;
  }
}

/** Where `pattern` next matches at or after `at`, or Infinity. */
function indexFrom(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.exec(text)?.index ?? Infinity;
}

/** Basic Latin to Latin Extended-B, combining marks, Latin Extended Additional (`ệ`, `ở`), General Punctuation. */
const TEXT_BLOCKS: ReadonlyArray<readonly [number, number]> = [[0x0000, 0x024f], [0x0300, 0x036f], [0x1e00, 0x1eff], [0x2000, 0x206f]];
const hex = (unit: number) => `\\u${unit.toString(16).padStart(4, "0")}`;

/**
 * A character class for a pattern WITHOUT the `u` flag that holds every
 * UTF-16 code unit a number (`\p{N}`) can begin with: its members in the
 * Basic Multilingual Plane and every high surrogate (astral members such as
 * `𝟏` are rare enough to try each pair). Read off the engine's own Unicode
 * data (one `\p{N}+` pass over the plane), so it never drifts from the `u`
 * rules.
 *
 * A class of a hundred ranges is itself slow to test, so the smallest gaps
 * between ranges are filled until `maxRanges` remain: a superset, which a
 * scan may over-approximate. Gaps holding the characters reports are written
 * in (ASCII, Latin with Vietnamese diacritics, combining marks, punctuation)
 * are never filled: `[0-9]` must not grow into `[0-¾]`. Filling one gap
 * leaves the others as they were, so the gaps filled are simply the smallest
 * (the earlier of equal ones): sorted once, not searched for at each step (a
 * search per step was 6 ms of every start-up).
 */
export function numberUnitClass(maxRanges = 8): string {
  const ranges: Array<[number, number]> = [];
  for (const m of basicPlane().matchAll(/\p{N}+/gu)) ranges.push([m.index, m.index + m[0].length - 1]);
  // every high surrogate (no number stands next to the surrogates)
  ranges.push([0xd800, 0xdbff]);
  ranges.sort((x, y) => x[0] - y[0]);
  const fillable: Array<[size: number, index: number]> = [];
  for (let i = 0; i + 1 < ranges.length; i++) {
    const from = ranges[i]![1] + 1;
    const to = ranges[i + 1]![0] - 1;
    if (!TEXT_BLOCKS.some(([a, b]) => from <= b && a <= to)) fillable.push([to - from, i]);
  }
  fillable.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const filled = new Set(fillable.slice(0, Math.max(0, ranges.length - maxRanges)).map(([, i]) => i));
  const merged: Array<[number, number]> = [];
  for (const [i, range] of ranges.entries()) {
    if (filled.has(i - 1)) merged[merged.length - 1]![1] = range[1];
    else merged.push([range[0], range[1]]);
  }
  return `[${merged.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join("")}]`;
}

/** Every code unit a digit of any script (`\p{N}`) can begin with, for patterns without `u`. */
export const NUMBER_START = numberUnitClass();
/** Where a digit of any script can start: the start pattern of every scan for numbers. */
export const DIGIT_STARTS = new RegExp(NUMBER_START, "g");
