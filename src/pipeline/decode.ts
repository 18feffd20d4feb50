/**
 * The decode stage: bytes → string, recording which encoding was used.
 * UTF-8 (with or without BOM) and UTF-16 with BOM. A file that is not valid in
 * any of them is refused with a reason, never decoded into mojibake.
 */

export interface Decoded {
  text: string;
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

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError("empty", "the file is empty");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le", warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be", warnings: [] };
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  if (body.subarray(0, 8192).includes(0)) throw new DecodeError("binary", "binary content (a NUL byte), not a text report");
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    if (text.trim() === "") throw new DecodeError("empty", "the file holds only white space");
    return { text, encoding: hasBom ? "utf-8-bom" : "utf-8", warnings: [] };
  } catch (e) {
    if (e instanceof DecodeError) throw e;
    throw new DecodeError("undecodable", "not valid UTF-8 and not a known legacy encoding");
  }
}
