/**
 * What the dimension matchers share: the shape of a match, and patterns built
 * from the unit lexicon. Each matcher looks at the folded text right after a
 * numeral and returns the unit it found, where it ends, and its rule id.
 */
import type { PreparedDocument } from "../../pipeline/document.js";
import type { FigureKind } from "../../schema.js";
import { CLASSIFIERS, COUNT_NOUNS, MEASURES, type UnitEntry } from "../../lexicon/units.js";

export interface UnitMatch {
  kind: FigureKind;
  unit: string;
  /** end of the unit (and of its `/per` basis) in the text */
  end: number;
  per: string | null;
  rule: string;
  /** multiply the numeral's value by this (`50 trđ` → 50e6) */
  factor?: number;
  /** where the next figure may start, when before `end`: the `(100%)` inside `16/16 (100%) xã` is a figure of its own */
  resumeAt?: number;
}

/**
 * White space that may stand between a number and its unit: spaces, never a
 * line break or a table's cell boundary (a tab). Counterexample: `Lượt xem: 245` ending one line and `Ngày 17/11,
 * …` opening the next is no `245 ngày`.
 */
export const GAP = "[^\\S\\n\\t]";
export const escapeForPattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/ /gu, GAP);
export const byLength = (a: string, b: string) => b.length - a.length;
export const END_OF_WORD = "(?![\\p{L}\\p{M}\\p{N}])";

/** A sticky pattern for the forms of `entries`, longest first, and the entry of each form. */
export function unitPattern(entries: UnitEntry[], spaces: string, extraAhead = ""): { re: RegExp; lookup: Map<string, UnitEntry> } {
  const lookup = new Map<string, UnitEntry>();
  for (const e of entries) for (const f of e.forms) lookup.set(f, e);
  const forms = [...lookup.keys()].sort(byLength).map(escapeForPattern).join("|");
  return { re: new RegExp(`${spaces}(${forms})${END_OF_WORD}${extraAhead}`, "uy"), lookup };
}

// `/người/năm`, `/ha`, `/lao động`, `/hội viên`: the basis of a rate, a word a step, or one of the nouns of
// several words for people, households and businesses (`60 tạ/ha lúa` is per `ha`; `đồng/người nhân dịp Tết` per
// `người`; `50 triệu đồng/hợp tác xã`), and a day and night (`2.000 m3/ngày đêm`).
// (and a project, a dossier, a house, a permit, a work day, a party cell: `USD/dự án`, `đồng/hồ sơ`, `đồng/ngôi nhà`,
// `đồng/chi bộ/năm`)
const NOT_A_BASIS_HEAD: ReadonlySet<string> = new Set([...CLASSIFIERS, "tháng", "năm", "ngày", "tuần", "quý", "giờ"]);
const PER_PAIRS = ["dự án", "hồ sơ", "ngôi nhà", "căn nhà", "giấy phép", "ngày làm việc", "chi bộ", "tổ dân phố", "hợp tác xã", "tổ hợp tác", "doanh nghiệp", "cơ sở", "chu kỳ", "lượt khám", "lượt khách", "ngày công", "suất ăn", "ngày đêm", "lao động", "lượt người", "hộ gia đình", "gia đình", "nhân khẩu", "người dân", "hộ dân", "hội viên", "thành viên", "đảng viên", "đoàn viên", "học sinh", "sinh viên", "bệnh nhân", "công chức", "viên chức", "cán bộ", "trẻ em", "công nhân", "người lao động",
  // a case, a work, a vehicle, a patient: `2 triệu đồng/trường hợp`, `đồng/công trình`, `đồng/phương tiện`, `người bệnh/ngày`
  "trường hợp", "công trình", "phương tiện", "người bệnh", "học viên", "giáo viên", "thí sinh",
  // a credit group's member, a transaction, a customer, a loan: `đồng/tổ viên`, `đồng/giao dịch`, `đồng/khách hàng`
  "tổ viên", "giao dịch", "khách hàng", "món vay",
  // a school year: `tối đa 9 tháng/năm học` (not `năm` alone)
  "năm học",
  // a hectare spelled out: `6,35 tấn/héc-ta` (per `ha`, as the area's unit is written)
  "héc-ta", "héc ta",
  // a cash machine, a card terminal: `9.500 người/1 máy ATM`; a share, a passenger, a trip (`1.200 đồng/cổ phiếu`)
  "máy atm", "máy pos", "cổ phiếu", "hành khách", "lượt xe", "chuyến xe", "chuyến bay",
  // training's bases: a course, a day of classes, a lesson (`đồng/người/khóa học`, `đồng/ngày thực học/người`; not `khóa`,
  // `ngày` alone)
  // (`ngày học` but for `ngày học tập …`: `4 giờ/ngày học tập trung` is per day; see NOT_A_PAIR_BEFORE)
  "khóa học", "khóa đào tạo", "khóa bồi dưỡng", "khóa tập huấn", "ngày thực học", "ngày học", "buổi học", "tiết học", "giờ học",
].sort(byLength);
/** A pair that is no basis before a word: `4 giờ/ngày học tập trung` is per `ngày` (`ngày học tập`, days of study). */
const NOT_A_PAIR_BEFORE: ReadonlyMap<string, string> = new Map([["ngày học", "tập"]]);
/** One of a basis that is no measure: `1 hộ` is per `hộ` (`1 lít` keeps its one, a concentration's volume). */
const ONE_OF_BASIS = /^0?1\s+(?!(?:lít|ml|mililít|m3|kg|ha)(?![\p{L}\p{M}]))/u;
/**
 * A basis that is a measure is written as the measure's unit, as its figure's own unit is: `người/km²` and
 * `đồng/héc-ta` are per `km2` and `ha` (a spreadsheet then groups them with `người/km2`, `đồng/ha`).
 */
const MEASURE_UNIT_OF_FORM = new Map(MEASURES.flatMap((entry) => entry.forms.map((form) => [form, entry.unit] as const)));
const asMeasureUnit = (basis: string): string => MEASURE_UNIT_OF_FORM.get(basis.toLowerCase()) ?? basis;
/**
 * And every counted noun of two words or more the lexicon knows (`đồng/cử tri`, `đồng/đại biểu/tháng`, `đồng/thiết bị`),
 * but for a classifier's (`đồng/suất quà` is per `suất`, the gift what is given) or a span's (`đồng/tháng lương cơ sở`
 * is per `tháng`): looked up by the basis's first word, longest first, not compiled into the pattern (hundreds of
 * alternatives cost start-up a tenth).
 */
let lexiconBases: Map<string, string[]> | undefined;
function lexiconBasesOf(first: string): readonly string[] {
  if (!lexiconBases) {
    lexiconBases = new Map();
    for (const noun of COUNT_NOUNS) {
      const space = noun.indexOf(" ");
      if (space < 0 || noun.includes(",") || NOT_A_BASIS_HEAD.has(noun.slice(0, space))) continue;
      const list = lexiconBases.get(noun.slice(0, space)) ?? [];
      list.push(noun);
      lexiconBases.set(noun.slice(0, space), list.sort(byLength));
    }
    // and a measure spelled in words or syllables: `đồng/mét vuông`, `đồng/ki-lô-gam` (not per `mét`, `ki`)
    for (const form of MEASURE_UNIT_OF_FORM.keys()) {
      const first = /^[\p{L}\p{M}]+(?=[ -])/u.exec(form)?.[0];
      if (first) lexiconBases.set(first, [...(lexiconBases.get(first) ?? []), form].sort(byLength));
    }
  }
  return lexiconBases.get(first) ?? [];
}
// A basis may be a number of people: `120 ca/100.000 dân`, `12 bác sĩ/10.000 dân`, `ca/vạn dân`, `112 bé
// trai/100 bé gái` (the number is the rate's, no figure of its own): people, and a round hundred, thousand, …
// Counterexamples, two figures: `40 ha/55 ha` (a ratio), `2.758.926 triệu đồng/98.081 hộ vay`, `89 lượt/102 người`.
// Counts and rates only (`120 tỷ đồng/1.000 hộ vay` is two figures), longest first.
const PER_PEOPLE = ["dân", "người dân", "người", "dân số", "hộ", "trẻ em", "trẻ", "học sinh", "phụ nữ", "lao động", "bé gái", "bé trai", "trẻ sơ sinh", "ca sinh", "nữ", "nam"]
  .sort((a, b) => b.length - a.length)
  .join("|");
const PER_COUNT = `(?:(?:100|(?:1|10|100)(?:[.,]?000)+)(?:${GAP}(?:nghìn|ngàn))?|(?:1${GAP})?vạn)${GAP}(?:${PER_PEOPLE})(?![\\p{L}\\p{M}])`;
// A basis may be one measure, or a hundred millilitres: a concentration, `0,4 miligam/1 lít khí thở`, `80 miligam/100
// mililít máu` (no volume of its own; counterexample, two figures: `40 ha/55 ha`, a ratio)
const PER_MEASURE = `(?:1${GAP}(?:lít|ml|mililít|m3|kg|ha)|100${GAP}(?:ml|mililít))(?![\\p{L}\\p{M}])`;
/** One step of a basis: the slash, then a noun of several words, or a word (or a number of people). */
// (one of the basis may be written: `100 triệu đồng/1 hộ`, `9.500 người/01 máy ATM` are per `hộ`, per `máy ATM`, no count of one)
const ONE = `(?:0?1${GAP})?`;
const perPattern = (basis: string) =>
  new RegExp(`${GAP}?\\/${GAP}?(?:${ONE}(?:${PER_PAIRS.map((pair) => escapeForPattern(pair) + (NOT_A_PAIR_BEFORE.has(pair) ? `(?![ ]${NOT_A_PAIR_BEFORE.get(pair)})` : "")).join("|")})(?![\\p{L}\\p{M}])|${PER_MEASURE}|${basis}${ONE}[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*)`, "uy");
const PER = perPattern("");
const PER_OR_PEOPLE = perPattern(`${PER_COUNT}|`);
/** A number of people after `trên`: `112 bé trai trên 100 bé gái`, `1,5 bác sĩ trên 10.000 dân`. */
const PEOPLE_ON = new RegExp(`${GAP}trên${GAP}(?=${PER_COUNT})`, "uy");
const PEOPLE_COUNT_AT = new RegExp(PER_COUNT, "uy");
/** Steps a basis has at most: `đồng/người/năm`. */
const MAX_BASIS_STEPS = 3;
export function perAt(doc: PreparedDocument, at: number, peopleBasis = false): { per: string | null; end: number } {
  const pattern = peopleBasis ? PER_OR_PEOPLE : PER;
  const { folded } = doc;
  if (peopleBasis) {
    // (said with `trên`, per so many people: no count of its own)
    PEOPLE_ON.lastIndex = at;
    if (PEOPLE_ON.test(folded)) {
      PEOPLE_COUNT_AT.lastIndex = PEOPLE_ON.lastIndex;
      const m = PEOPLE_COUNT_AT.exec(folded)!;
      const end = PEOPLE_ON.lastIndex + m[0].length;
      return { per: doc.text.slice(PEOPLE_ON.lastIndex, end).replace(/\s+/gu, " "), end };
    }
  }
  let end = at;
  for (let steps = 0; steps < MAX_BASIS_STEPS; steps++) {
    pattern.lastIndex = end;
    const m = pattern.exec(folded);
    if (!m) break;
    let stepEnd = end + m[0].length;
    // a word the lexicon opens a longer counted noun with: `/cử` of `/cử tri`
    let wordStart = end + m[0].indexOf("/") + 1;
    while (wordStart < stepEnd && /\s/u.test(folded[wordStart]!)) wordStart++;
    const word = folded.slice(wordStart, stepEnd);
    if (!/\s/u.test(word)) {
      const longer = lexiconBasesOf(word).find((noun) => folded.startsWith(noun, wordStart) && !/[\p{L}\p{M}]/u.test(folded.charAt(wordStart + noun.length)));
      if (longer) stepEnd = wordStart + longer.length;
    }
    end = stepEnd;
  }
  if (end === at) return { per: null, end: at };
  const per = doc.text
    .slice(at, end)
    .split("/")
    .map((s) => s.trim())
    .filter(Boolean)
    .map((basis) => asMeasureUnit(basis.replace(ONE_OF_BASIS, "")))
    .join("/");
  return { per, end };
}

/**
 * The basis of a rate after the thing measured: `30 kg gạo/nhân khẩu/tháng`,
 * `3 triệu đồng tiền mặt/hộ` (per `nhân khẩu/tháng`, `hộ`). One or two
 * lower-case words, then the slash. Counterexample: `5 tỷ đồng và/hoặc` (a
 * conjunction is no thing).
 */
// (up to four words, `42 tấn rác thải sinh hoạt/ngày`; or before `mỗi`, `20 tấn rác mỗi ngày`)
const THING_BEFORE_PER = new RegExp(
  `${GAP}(?!(?:và|hoặc|hay|với|của|cho|là|mỗi)(?![\\p{L}\\p{M}]))\\p{Ll}[\\p{Ll}\\p{M}]*(?:${GAP}(?!(?:và|hoặc|hay|với|của|cho|là|mỗi)(?![\\p{L}\\p{M}]))\\p{Ll}[\\p{Ll}\\p{M}]*){0,3}(?=${GAP}?\\/${GAP}?(?:0?1${GAP})?[\\p{L}\\p{M}]|${GAP}mỗi${GAP})`,
  "uy",
);
/** What a rate after a thing of three words or more is reckoned by: `42 tấn rác thải sinh hoạt/ngày`. */
const LONG_THING_BASIS = /^(?:người|hộ|nhân khẩu|khẩu|lao động|tháng|năm|ngày|tuần)(?![\p{L}\p{M}])/u;
/** What a rate after the thing measured is reckoned by (counterexample: `150 ha lúa/màu` holds alternatives). */
// (and a hive's, a tree's or a litter's yield: `15 kg mật/đàn/năm`, `30 kg quả/cây`, `10 con/lứa`)
// (and a road's length: `120 tấn xi măng/km`)
const BASIS_AFTER_THING = /^(?:người|hộ|nhân khẩu|khẩu|lao động|tháng|năm|ngày|tuần|vụ|ha|sào|con|suất|lượt|em|trẻ|đàn|cây|gốc|lứa|km)(?![\p{L}\p{M}])/u;
/**
 * A rate's basis in words after the amount: `25 triệu đồng mỗi ha`, `3 triệu đồng cho mỗi sào`, `5.000 đồng
 * mỗi người`, `50.000 đồng một kg` (so `một kg` is no figure of its own). `một` only before a measure or a
 * span of time (counterexample: `tặng 20 suất quà một hộ nghèo` is not said; `một lần` is once, no basis).
 */
const EACH_BASIS = new RegExp(
  `${GAP}(?:cho${GAP})?(?:mỗi${GAP}(?:căn${GAP}nhà|nhân${GAP}khẩu|lao${GAP}động|học${GAP}sinh|người|hộ|khẩu|căn|suất|con|cây|ha|héc-ta|hécta|sào|kg|tấn|tạ|lít|m2|m3|km|tháng|năm|ngày|tuần|vụ)` +
    // (a measure spelled out too: `85 nghìn đồng một mét vuông`, per `m2`)
    // (and a span said to recur: `1 buổi hằng tháng`, `200 triệu đồng hàng năm`)
    `|(?:hằng|hàng)${GAP}(?:tháng|năm|ngày|tuần|quý)` +
    `|một${GAP}(?:mét${GAP}vuông|mét${GAP}khối|mét|héc-ta|hécta|ki-lô-gam|cây${GAP}số|ha|sào|kg|tấn|tạ|lít|m2|m3|km|tháng|năm|ngày|tuần|vụ))(?![\\p{L}\\p{M}\\p{N}])` +
    // (not a time before or since: `chi 20 tỷ đồng một năm trước khi …`, `5 tỷ đồng một năm qua`)
    `(?!${GAP}(?:qua|trước|sau|nay|tới|rồi|rưỡi)(?![\\p{L}\\p{M}]))`,
  "uy",
);
/** `mỗi` before any noun the lexicon counts: `2 triệu đồng mỗi sáng kiến`, `2 lần mỗi năm học`, `50.000 đồng mỗi bưu gửi`. */
const EACH_WORD = new RegExp(`${GAP}(?:cho${GAP})?mỗi${GAP}(?=([\\p{L}\\p{M}]+))`, "uy");
let countNouns: ReadonlySet<string> | undefined;
function eachNounAt(doc: PreparedDocument, at: number): { basis: string; end: number } | null {
  EACH_WORD.lastIndex = at;
  const each = EACH_WORD.exec(doc.folded);
  if (!each) return null;
  const wordStart = at + each[0].length;
  const { folded } = doc;
  const wholeAt = (noun: string) => folded.startsWith(noun, wordStart) && !/[\p{L}\p{M}]/u.test(folded.charAt(wordStart + noun.length));
  countNouns ??= new Set(COUNT_NOUNS);
  const noun = lexiconBasesOf(each[1]!).find(wholeAt) ?? (countNouns.has(each[1]!) ? each[1]! : null);
  return noun === null ? null : { basis: doc.text.slice(wordStart, wordStart + noun.length), end: wordStart + noun.length };
}
function eachBasisAt(doc: PreparedDocument, at: number): { basis: string; end: number } | null {
  EACH_BASIS.lastIndex = at;
  const each = EACH_BASIS.exec(doc.folded);
  const noun = eachNounAt(doc, at);
  if (!each) return noun;
  const end = at + each[0].length;
  // (the longer of the two: `mỗi hộ nghèo` is per `hộ nghèo`)
  if (noun && noun.end > end) return noun;
  const basis = doc.text.slice(at, end).trim().replace(/^(?:cho\s+)?(?:mỗi|một|hằng|hàng)\s+/iu, "").replace(/\s+/gu, " ");
  return { basis: asMeasureUnit(basis), end };
}

/** A rate's basis in words after the amount, one or more: `100.000 đồng mỗi m2 mỗi tháng` is per `m2/tháng`. */
// (not one that opens the next clause with its own amount: `cử 45 cán bộ, mỗi xã 3 người` shares them out, `mỗi xã` no
// basis of the 45)
export function eachBasisAfter(doc: PreparedDocument, at: number): { per: string; end: number } | null {
  const bases: string[] = [];
  let end = at;
  for (let each = eachBasisAt(doc, end); each !== null && bases.length < MAX_BASIS_STEPS; each = eachBasisAt(doc, end)) {
    bases.push(each.basis);
    end = each.end;
  }
  if (bases.length === 0 || /^[ ]+(?:có[ ]+|là[ ]+|gồm[ ]+|khoảng[ ]+|từ[ ]+)?\d/u.test(doc.folded.slice(end, end + 16))) return null;
  return { per: bases.join("/"), end };
}

export function perAfterThing(doc: PreparedDocument, at: number): { per: string | null; end: number } {
  const direct = perAt(doc, at);
  if (direct.per !== null) return direct;
  const each = eachBasisAfter(doc, at);
  if (each) return each;
  THING_BEFORE_PER.lastIndex = at;
  if (!THING_BEFORE_PER.test(doc.folded)) return direct;
  const after = perAt(doc, THING_BEFORE_PER.lastIndex);
  // (a thing of three words or more takes a span's or people's basis only: `25 tấn phân bón lúa/cây ăn quả` holds
  // alternatives)
  const long = doc.folded.slice(at, THING_BEFORE_PER.lastIndex).trim().split(/\s+/u).length > 2;
  // (not a road's milestone: `500 tấn nhựa đường/km 15`)
  if (after.per === "km" && /^[ ]?\d/u.test(doc.folded.slice(after.end, after.end + 2))) return direct;
  if (after.per !== null) return (long ? LONG_THING_BASIS : BASIS_AFTER_THING).test(after.per.toLowerCase()) ? after : direct;
  const eachAfter = eachBasisAfter(doc, THING_BEFORE_PER.lastIndex);
  return eachAfter && BASIS_AFTER_THING.test(eachAfter.per.toLowerCase()) ? eachAfter : direct;
}
