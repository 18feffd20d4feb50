/**
 * The one definition of what `extract` outputs. Types (z.infer), record
 * validation, CSV columns and the JSON Schema printed by `extract --schema`
 * all derive from this module, so they cannot drift apart.
 *
 * Offsets are half-open [start, end) in UTF-16 code units into the
 * normalised text (NFC, NBSP and odd spaces → space, CRLF → LF), so for every
 * finding `text === normalised.slice(start, end)`.
 *
 * No .transform() and no z.date() here: z.toJSONSchema cannot express them.
 */
import { z } from "zod";

const offset = z.number().int().nonnegative();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, "ISO date YYYY-MM-DD");
const timeOfDay = z.string().regex(/^\d{2}:\d{2}$/u, "time of day HH:MM");

export const FigureKind = z.enum(["count", "money", "percent", "area", "length", "mass", "volume", "duration"]);
export type FigureKind = z.infer<typeof FigureKind>;

export const Qualifier = z.enum(["over", "under", "about"]);
export type Qualifier = z.infer<typeof Qualifier>;

export const Figure = z
  .object({
    kind: FigureKind,
    value: z.number().finite(),
    /** counted noun (count), currency code (money), `%`/`‰`, or the measure unit as written */
    unit: z.string().min(1),
    qualifier: Qualifier.nullable(),
    /** second number of an a/b ratio: `13/10 hộ nghèo` → of 10 */
    of: z.number().finite().nullable(),
    /** upper end of a range: `10-12%` → to 12 */
    to: z.number().finite().nullable(),
    /** basis of a rate: `triệu đồng/người/năm` → `người/năm` */
    per: z.string().min(1).nullable(),
    text: z.string().min(1),
    start: offset,
    end: offset,
    /** the sentence the figure stands in, for a reader checking it */
    sentence: z.string(),
    /** stable id of the rule that produced the figure (`money.scale-word`, …) */
    rule: z.string().min(1),
  })
  .strict()
  .refine((f) => f.end > f.start, { message: "end must be after start" });
export type Figure = z.infer<typeof Figure>;

export const Mention = z.object({ text: z.string().min(1), start: offset, end: offset }).strict();
export type Mention = z.infer<typeof Mention>;

export const ReferenceType = z.enum(["NQ", "CT", "KL", "KH", "QĐ", "HD", "TB", "ĐA", "CTr", "QĐi", "QC", "NĐ", "TT", "BC", "L", "PA", "TTr", "CĐ", "CV"]);
export type ReferenceType = z.infer<typeof ReferenceType>;

export const Reference = z
  .object({
    type: ReferenceType,
    /** the number as written (`01`, `4`, `621`) */
    number: z.string().min(1),
    /** the full code when written (`01-KL/TW`, `489/QĐ-TTg`) */
    code: z.string().nullable(),
    /** issuing body, as a code (`TW`, `ĐU`) or as named (`Trung ương`, `Thị ủy Nghĩa Lộ`) */
    issuer: z.string().nullable(),
    /** party term (`XII`) when given */
    term: z.string().nullable(),
    date: isoDate.nullable(),
    /** the first mention */
    text: z.string().min(1),
    start: offset,
    end: offset,
    /** every mention of this document, in text order */
    mentions: z.array(Mention).min(1),
  })
  .strict();
export type Reference = z.infer<typeof Reference>;

export const Person = z
  .object({
    name: z.string().min(1),
    role: z.string().nullable(),
    text: z.string().min(1),
    start: offset,
    end: offset,
  })
  .strict();
export type Person = z.infer<typeof Person>;

export const DocumentRecord = z
  .object({
    id: z.string().min(1),
    /** the input path as given (or `-` for stdin) */
    source: z.string().min(1),
    encoding: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-f]{64}$/u),
    title: z.string().nullable(),
    /** the publication date, `YYYY-MM-DD` (SPEC.md's contract) */
    published: isoDate.nullable(),
    /** the time of day the stamp gives with it (`Thứ hai - 10/06/2024 06:03` → `06:03`), else null */
    publishedTime: timeOfDay.nullable(),
    author: z.string().nullable(),
    /** the site the text names as its origin (`Theo http://…`, `Ghi rõ nguồn https://…`) */
    site: z.string().nullable(),
    figures: z.array(Figure),
    references: z.array(Reference),
    people: z.array(Person),
    warnings: z.array(z.string()),
    /** the normalised text all offsets point into; only with --include-text */
    text: z.string().optional(),
  })
  .strict();
export type DocumentRecord = z.infer<typeof DocumentRecord>;

export const FailureStatus = z.enum(["unreadable", "empty", "binary", "too-large", "undecodable", "invalid-record", "error"]);
export type FailureStatus = z.infer<typeof FailureStatus>;

export const Failure = z.object({ source: z.string(), status: FailureStatus, message: z.string() }).strict();
export type Failure = z.infer<typeof Failure>;

/** Everything a validator can say about one record, in words a person reads. */
export function validateRecord(record: unknown): { ok: true; record: DocumentRecord } | { ok: false; message: string } {
  const parsed = DocumentRecord.safeParse(record);
  if (parsed.success) {
    const r = parsed.data;
    if (r.text !== undefined) {
      type Spanned = readonly [what: string, span: { text: string; start: number; end: number }];
      const spans: Spanned[] = [
        ...r.figures.map((f): Spanned => ["figure", f]),
        ...r.references.flatMap((ref): Spanned[] => [["reference", ref], ...ref.mentions.map((m): Spanned => ["reference mention", m])]),
        ...r.people.map((p): Spanned => ["person", p]),
      ];
      for (const [what, span] of spans) {
        if (r.text.slice(span.start, span.end) !== span.text) return { ok: false, message: `${what} "${span.text}" at ${span.start} does not slice back to its text` };
      }
    }
    return { ok: true, record: r };
  }
  return { ok: false, message: z.prettifyError(parsed.error) };
}

// ---------- tables: the CSV columns derive from the schemas above ----------

type Row = Record<string, string | number | null>;

/** Column order for each CSV table, read off the zod shapes so a new field is a new column. */
export const TABLES = {
  figures: {
    columns: ["id", ...Object.keys(Figure.shape)] as string[],
    rows: (r: DocumentRecord): Row[] => r.figures.map((f) => ({ id: r.id, ...f })),
  },
  documents: {
    columns: ["id", "source", "title", "published", "publishedTime", "author", "site", "encoding", "sha256", "figures", "references", "people", "warnings"],
    rows: (r: DocumentRecord): Row[] => [
      {
        id: r.id,
        source: r.source,
        title: r.title,
        published: r.published,
        publishedTime: r.publishedTime,
        author: r.author,
        site: r.site,
        encoding: r.encoding,
        sha256: r.sha256,
        figures: r.figures.length,
        references: r.references.length,
        people: r.people.length,
        warnings: r.warnings.join("; "),
      },
    ],
  },
  references: {
    columns: ["id", "type", "number", "code", "issuer", "term", "date", "text", "start", "end", "mentions"],
    rows: (r: DocumentRecord): Row[] =>
      r.references.map((x) => ({
        id: r.id,
        type: x.type,
        number: x.number,
        code: x.code,
        issuer: x.issuer,
        term: x.term,
        date: x.date,
        text: x.text,
        start: x.start,
        end: x.end,
        // every mention's half-open span, so a spreadsheet reader can find each one: `[217,253) [1890,1910)`
        // (not `217-253` or `1:5`, which a spreadsheet may read as a date or a time)
        mentions: x.mentions.map((m) => `[${m.start},${m.end})`).join(" "),
      })),
  },
  people: {
    columns: ["id", ...Object.keys(Person.shape)] as string[],
    rows: (r: DocumentRecord): Row[] => r.people.map((p) => ({ id: r.id, ...p })),
  },
} as const;
export type TableName = keyof typeof TABLES;
export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** JSON Schema of one document record (records.json is an array of these). */
export function recordJsonSchema(): unknown {
  return z.toJSONSchema(DocumentRecord, { target: "draft-2020-12" });
}
