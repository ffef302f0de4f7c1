// Reads a zip (XLSX, DOCX) with node:zlib, for the tests: each entry's name, DOS date and contents,
// from the central directory.
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** The DOS date and time fields as stored in the central directory and the local header. */
  dates: { central: [number, number]; local: [number, number] };
  data: Buffer;
}

export function unzip(zip: Uint8Array): Map<string, ZipEntry> {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip');
  const out = new Map<string, ZipEntry>();
  let at = buf.readUInt32LE(eocd + 16);
  for (let n = buf.readUInt16LE(eocd + 10); n > 0; n--) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + size);
    out.set(name, {
      name,
      dates: { central: [buf.readUInt16LE(at + 14), buf.readUInt16LE(at + 12)], local: [buf.readUInt16LE(local + 12), buf.readUInt16LE(local + 10)] },
      data: method === 8 ? inflateRawSync(raw) : Buffer.from(raw),
    });
    at += 46 + nameLen + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return out;
}
