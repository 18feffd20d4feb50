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
export interface ScanRule {
  /** global (`g`) pattern matching at every position where `rule` can begin; may over-approximate */
  starts: RegExp;
  /** the rule itself, sticky (`y`) */
  rule: RegExp;
}

/**
 * Every match of `rule` starting in [from, to), left to right, as the
 * unanchored `g` form of the rule would find them. `extra` adds sorted
 * positions `starts` cannot find (the e-mail rule starts before its `@`).
 * The position lives in the generator, not in the patterns (their
 * `lastIndex` is set before every use), so scans may interleave.
 */
export function* scan(text: string, { starts, rule }: ScanRule, from: number, to: number, extra: readonly number[] = []): Generator<RegExpExecArray> {
  let cursor = from;
  let nextExtra = 0;
  let candidate = execFrom(starts, text, cursor);
  while (true) {
    while (nextExtra < extra.length && extra[nextExtra]! < cursor) nextExtra++;
    if (candidate !== null && candidate.index < cursor) candidate = execFrom(starts, text, cursor);
    const at = Math.min(candidate?.index ?? Infinity, extra[nextExtra] ?? Infinity);
    if (at >= to) return;
    rule.lastIndex = at;
    const m = rule.exec(text);
    if (m !== null && m[0].length > 0) {
      cursor = at + m[0].length;
      yield m;
    } else {
      // Starts may overlap (`sđt` holds `đt`): look again one character on,
      // stepping over a whole surrogate pair as a `u` pattern does.
      cursor = at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
    }
  }
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

function execFrom(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}
