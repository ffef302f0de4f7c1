// The XLSX and DOCX writers stamp every zip entry with the time of the run, so the same findings
// would give different bytes on every run. This sets the entries' DOS date and time to the zip epoch
// (1980-01-01 00:00) in the local headers and the central directory: the same input then gives the
// same file, and the committed example reports can be compared byte for byte.

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** 1980-01-01: day 1, month 1, year 0 (from 1980); time 00:00:00. */
const DOS_DATE = (1 << 5) | 1;
const DOS_TIME = 0;

/** The zip with every entry's date set to the zip epoch (in place; returns the same bytes). */
export function fixZipDates(zip: Uint8Array): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // The end-of-central-directory record is the last 22 bytes plus an optional comment (≤ 65 535).
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error('not a zip file: bad central directory');
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL) throw new Error('not a zip file: bad local header');
    view.setUint16(local + 10, DOS_TIME, true);
    view.setUint16(local + 12, DOS_DATE, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
