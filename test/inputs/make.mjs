// Writes the encoded and broken copies in this folder from report.txt and page.html
// (the two hand-written UTF-8 sources). Run from the repository root:
//   node test/inputs/make.mjs
// The outputs are committed; the test reads them and never runs this script.
import { readFileSync, writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { join } from "node:path";
import iconv from "iconv-lite";

const here = import.meta.dirname;
const report = readFileSync(join(here, "report.txt"), "utf8");
const page = readFileSync(join(here, "page.html"), "utf8");
const write = (name, bytes) => writeFileSync(join(here, name), bytes);

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/u;
/**
 * Windows-1258 holds â ê ô ă ơ ư đ precomposed but tone marks only as
 * combining characters: `ậ` is written `â` + U+0323, as Windows did.
 */
function cp1258(text) {
  const parts = [];
  for (const ch of text.normalize("NFC")) {
    const direct = iconv.encode(ch, "windows-1258");
    if (ch === "?" || !(direct.length === 1 && direct[0] === 0x3f)) {
      parts.push(direct);
      continue;
    }
    const marks = [...ch.normalize("NFD")];
    const base = marks.filter((m) => !TONES.test(m)).join("").normalize("NFC");
    const tones = marks.filter((m) => TONES.test(m)).join("");
    const encoded = iconv.encode(base + tones, "windows-1258");
    if (encoded.includes(0x3f)) throw new Error(`cannot write ${ch} in windows-1258`);
    parts.push(encoded);
  }
  return Buffer.concat(parts);
}

const utf16be = (text) => {
  const le = Buffer.from(text, "utf16le");
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
};

write("report-bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(report, "utf8")]));
write("report-utf16le.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(report, "utf16le")]));
write("report-utf16be.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(report)]));
write("report-cp1258.txt", cp1258(report.replace(/\n/gu, "\r\n")));
write("report-nfd.txt", report.normalize("NFD"));
write("report-old-tone.txt", report.replace(/hóa/gu, "hoá").replace(/ủy/gu, "uỷ").replace(/Ủy/gu, "Uỷ").replace(/thủy/gu, "thuỷ"));
write("page-cp1258.html", cp1258(page.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')));
write("page-saved-as.txt", page);

write("empty.txt", Buffer.alloc(0));
write("blank.txt", " \r\n\t\r\n");
// A Word document renamed .txt: a NUL byte in its first bytes.
write("binary.txt", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), Buffer.from(report, "utf8")]));
// UTF-8 with one broken sequence (a lone lead byte) in the second line.
const at = report.indexOf("\n") + 1;
write("invalid-utf8.txt", Buffer.concat([Buffer.from(report.slice(0, at), "utf8"), Buffer.from([0xc3, 0x28]), Buffer.from(report.slice(at), "utf8")]));
// Latin-1 text with characters Vietnamese has not: not UTF-8, and not windows-1258 Vietnamese.
write("latin1.txt", Buffer.from("Prix: 12 ½ € — façade, naïveté, ÿ, ß, Å, Ø, æ, ¼ 3/4 ¾ µ ¶ §\n", "latin1"));
// A stray PDF in a folder of reports: skipped when the folder is walked, refused when named.
write("stray.pdf", Buffer.concat([Buffer.from("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Length 64 /Filter /FlateDecode >>\nstream\n", "latin1"), deflateSync(Buffer.from(report)), Buffer.from("\nendstream\nendobj\n%%EOF\n")]));
