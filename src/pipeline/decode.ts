/**
 * The decode stage: bytes → string, recording which encoding was used.
 *
 * In order: UTF-16 with a BOM; UTF-8 with a BOM; the charset an HTML page
 * declares (`<meta charset>`, `http-equiv` content type); UTF-8; and, when
 * the bytes are not UTF-8, Windows-1258 if they read as Vietnamese in it
 * (with a warning that the encoding was guessed). A file that fits none of
 * them is refused with a reason, never decoded into mojibake. Windows-1258
 * writes tone marks as combining characters; the normalise stage composes
 * them (NFC), so a cp1258 report gives the same text as its UTF-8 copy.
 */
import { TextDecoder } from "node:util";

export interface Decoded {
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `windows-1258`, or the charset an HTML page declared */
  encoding: string;
  warnings: string[];
}

export class DecodeError extends Error {
  constructor(
    readonly status: "empty" | "binary" | "undecodable",
    message: string,
  ) {
    super(message);
  }
}

export interface DecodeOptions {
  /** look for a declared charset in the first bytes (`<meta charset="…">`) */
  html?: boolean;
}

/** How far into a file a NUL byte marks it as binary, and how far an HTML charset declaration is looked for. */
const SNIFF_BYTES = 8192;

export function decode(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  if (bytes.length === 0) throw new DecodeError("empty", "the file is empty");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return notBlank(new TextDecoder("utf-16le").decode(bytes.subarray(2)), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return notBlank(new TextDecoder("utf-16be").decode(bytes.subarray(2)), "utf-16be");
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (body.subarray(0, SNIFF_BYTES).includes(0)) throw new DecodeError("binary", "binary content (a NUL byte), not a text report");
  if (hasBom) return utf8(body, "utf-8-bom") ?? undecodable(body);

  const warnings: string[] = [];
  const declared = options.html ? declaredCharset(body) : null;
  if (declared && !/^utf-?8$/iu.test(declared)) {
    const decoder = textDecoderFor(declared);
    if (decoder) return notBlank(decoder.decode(body), decoder.encoding, warnings);
    warnings.push(`declared charset ${declared} is unknown; decoded by detection`);
  }
  const text = utf8(body, "utf-8", warnings);
  if (text) return text;
  const legacy = new TextDecoder("windows-1258").decode(body);
  if (readsAsVietnamese(legacy)) {
    warnings.push(`encoding guessed: windows-1258 (not valid UTF-8${declared ? `, though the page declares ${declared}` : ""})`);
    return notBlank(legacy, "windows-1258", warnings);
  }
  return undecodable(body);
}

function utf8(body: Uint8Array, encoding: string, warnings: string[] = []): Decoded | null {
  try {
    return notBlank(new TextDecoder("utf-8", { fatal: true }).decode(body), encoding, warnings);
  } catch (e) {
    if (e instanceof DecodeError) throw e;
    return null;
  }
}

function notBlank(text: string, encoding: string, warnings: string[] = []): Decoded {
  if (text.trim() === "") throw new DecodeError("empty", "the file holds only white space");
  return { text, encoding, warnings };
}

function undecodable(body: Uint8Array): never {
  const at = firstInvalidUtf8(body);
  throw new DecodeError("undecodable", `not valid UTF-8 (byte 0x${body[at]!.toString(16).padStart(2, "0")} at offset ${at}) and not Windows-1258 Vietnamese`);
}

/**
 * Offset of the first byte that breaks UTF-8, for the message (the decoder
 * has already said the file is invalid; overlong forms are not told apart).
 */
function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return 0;
}

/** `<meta charset="windows-1258">` or `<meta http-equiv="Content-Type" content="text/html; charset=…">`. */
const META_CHARSET = /<meta[^>]{0,300}?charset\s*=\s*["']?\s*([a-z0-9_.:-]{1,40})/iu;

export function declaredCharset(body: Uint8Array): string | null {
  // Charset declarations are ASCII, so latin1 reads them whatever the encoding.
  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.length, SNIFF_BYTES)).toString("latin1");
  return META_CHARSET.exec(head)?.[1]?.toLowerCase() ?? null;
}

function textDecoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/** Letters of Vietnamese that Windows-1258 holds precomposed, and its five combining tone marks. */
const VIETNAMESE_LETTER = /[àáâãèéêìíòóôõùúýăđĩũơưÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯ]/u;
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;
const VOWEL = /[aeiouyAEIOUY]/u;

/**
 * Whether non-ASCII text decoded as Windows-1258 reads as Vietnamese: nearly
 * every non-ASCII character is a Vietnamese letter or a tone mark after a
 * vowel. Counterexample: UTF-8 bytes with one broken sequence decode to `áº£`
 * and `Ä‘`-like pairs (º and ‘ are no Vietnamese letters), so broken UTF-8 is
 * refused, not guessed.
 */
export function readsAsVietnamese(text: string): boolean {
  let foreign = 0;
  let vietnamese = 0;
  let base = "";
  for (const ch of text) {
    if (ch.charCodeAt(0) >= 0x80) {
      if (VIETNAMESE_LETTER.test(ch) || (TONE_MARK.test(ch) && VOWEL.test(base))) vietnamese++;
      else foreign++;
    }
    // the base letter a tone mark sits on: `ê` → `e`; a second mark has none
    base = TONE_MARK.test(ch) ? "" : ch.normalize("NFD").charAt(0);
  }
  return vietnamese > 0 && foreign <= vietnamese / 20;
}
