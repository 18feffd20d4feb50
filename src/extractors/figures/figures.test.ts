/**
 * Runs every figure corpus: each text must give exactly its one expected
 * figure (kind, value, unit and attributes), with a span that slices back to
 * its text; each negative text must give none.
 */
import { describe, expect, it } from "vitest";
import { prepareText } from "../../pipeline/prepare.js";
import { findFigures } from "./index.js";
import type { Example } from "./corpus.js";
import { COUNT_CORPUS } from "./count.corpus.js";
import { DURATION_CORPUS } from "./duration.corpus.js";
import { MEASURE_CORPUS } from "./measure.corpus.js";
import { MONEY_CORPUS } from "./money.corpus.js";
import { NOT_FIGURES_CORPUS } from "./not-figures.corpus.js";
import { PERCENT_CORPUS } from "./percent.corpus.js";

const CORPORA: Record<string, Example[]> = {
  money: MONEY_CORPUS,
  percent: PERCENT_CORPUS,
  measure: MEASURE_CORPUS,
  duration: DURATION_CORPUS,
  count: COUNT_CORPUS,
};

// The figure extractor alone, with nothing claimed by other extractors: it
// must not mistake a document number, a date or a label for a figure by itself.
function figuresOf(text: string) {
  const doc = prepareText(text);
  const figures = findFigures(doc, []);
  for (const f of figures) expect(doc.text.slice(f.start, f.end)).toBe(f.text);
  return figures;
}

for (const [name, corpus] of Object.entries(CORPORA)) {
  describe(`${name} corpus`, () => {
    for (const { expect: want, texts } of corpus) {
      for (const text of texts) {
        it(`${text}  →  ${want.value} ${want.unit ?? want.kind}`, () => {
          const got = figuresOf(text).map((f) => ({
            kind: f.kind,
            value: f.value,
            unit: f.unit.toLowerCase(),
            qualifier: f.qualifier,
            of: f.of,
            to: f.to,
            per: f.per,
          }));
          expect(got).toEqual([
            {
              kind: want.kind,
              value: want.value,
              unit: (want.unit ?? got[0]?.unit ?? "").toLowerCase(),
              qualifier: want.qualifier ?? null,
              of: want.of ?? null,
              to: want.to ?? null,
              per: want.per ?? null,
            },
          ]);
        });
      }
    }
  });
}

describe("not-figures corpus", () => {
  for (const text of NOT_FIGURES_CORPUS) {
    it(`no figure in: ${text}`, () => {
      expect(figuresOf(text).map((f) => f.text)).toEqual([]);
    });
  }
});
