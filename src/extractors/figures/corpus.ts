/**
 * The shape of a figure corpus (Duckling style): one expected figure and the
 * many ways Vietnamese reports write it. Each text must yield exactly that
 * one figure. A negative corpus lists texts that hold no figure at all.
 */
import type { FigureKind, Qualifier } from "../../schema.js";

export interface ExpectedFigure {
  kind: FigureKind;
  value: number;
  /** compared exactly (after lower-casing): the head noun, currency code, `%` or canonical measure unit */
  unit?: string;
  qualifier?: Qualifier | null;
  of?: number | null;
  to?: number | null;
  per?: string | null;
}

export interface Example {
  expect: ExpectedFigure;
  texts: string[];
}

export function examples(expect: ExpectedFigure, texts: string[]): Example {
  return { expect, texts };
}
