// Text files arrive as UTF-8, UTF-16 (with a BOM, or without one as some Windows tools write it),
// or Windows-1252 (Word's "plain text" on Windows). Anything else with NUL bytes is not text.
import { InputError } from '../model/errors.js';

/**
 * Windows-1252 by hand: Node 20's TextDecoder('windows-1252') decodes 0x80–0x9F as C1 controls
 * (ISO-8859-1), which would turn Word's “quotes”, en dashes and € into invisible characters.
 * The five bytes the code page leaves undefined stay C1 controls, as in the WHATWG table.
 */
const CP1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  return latin1.replace(/[\x80-\x9f]/g, (c) => CP1252_80_9F[c.charCodeAt(0) - 0x80]);
}

/** UTF-16 without a BOM: in its first KB, most bytes at one parity are NUL and few at the other. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 8) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.7 && even <= pairs * 0.05) return 'utf-16le';
  if (even >= pairs * 0.7 && odd <= pairs * 0.05) return 'utf-16be';
  return undefined;
}

export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  if (body.includes(0)) {
    const utf16 = start === 0 ? utf16WithoutBom(body) : undefined;
    if (utf16) return new TextDecoder(utf16).decode(body);
    throw new InputError({ id: 'berkas biner, bukan teks', en: 'binary file, not text' }, file);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return decodeWindows1252(body);
  }
}
