// Reads one report file of any supported format into the model. Everything wrong with the file
// itself (missing, empty, too big, not a report format) is an InputError before any parser runs;
// only the first bytes are read until the format is known.
import { open, readFile, stat } from 'node:fs/promises';
import { InputError } from '../model/errors.js';
import type { InputFormat, Model } from '../model/types.js';
import { detect, HEAD_BYTES } from './detect.js';
import { decodeText } from './decode.js';
import { readDocument } from './document.js';
import type { PdfReaderChoice } from './pdf/index.js';

export interface ReadOptions {
  /** Largest file to read, in bytes (default `DEFAULT_MAX_FILE_SIZE`). */
  maxFileSize?: number;
  /** Most PDF pages to read (default `DEFAULT_MAX_PAGES` in document.ts). */
  maxPages?: number;
  /** Time limit for reading one PDF, in ms (default `DEFAULT_TIMEOUT_MS` in document.ts). */
  timeoutMs?: number;
  /** Which library reads PDFs (default: mutool when installed, else pdf.js). */
  pdfReader?: PdfReaderChoice;
  /** Read PDF pages without a text layer by OCR (Tesseract). */
  ocr?: boolean;
  /** The reporting year as the user states it (--year, the config's "year"): it wins over the document's. */
  year?: number;
  /** Read as one file of a berkas (src/ingest/berkas.ts): a Perjanjian Kinerja on its own is no refusal. */
  asPart?: boolean;
}

/**
 * 50 MiB. LKjIP PDFs with their attachments are a few MB (the corpus: 0.2–2.5 MB); a text-layer
 * PDF of 1000 pages stays well under this (a scan of 140 pages at 100 dpi is 2.3 MB). What is
 * bigger is almost always high-resolution scans or the wrong file; --max-file-size raises it.
 */
export const DEFAULT_MAX_FILE_SIZE = 50 * 1024 * 1024;
/**
 * YAML and JSON reports, whatever --max-file-size says: their parser keeps every node with its
 * source position, about 90 MB of memory per MB of file, so that 50 MB would exhaust a worker's
 * heap before the row limit (src/cli/size-limits.ts) could refuse it. A real report is under 1 MB.
 */
export const MAX_STRUCTURED_BYTES = 10 * 1024 * 1024;

function readError(err: unknown, file: string): InputError {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new InputError({ id: 'berkas tidak ditemukan', en: 'file not found' }, file);
  if (code === 'EACCES' || code === 'EPERM') return new InputError({ id: 'berkas tidak dapat dibaca: izin ditolak', en: 'file cannot be read: permission denied' }, file);
  if (code === 'EISDIR') return new InputError({ id: 'ini folder, bukan berkas', en: 'this is a folder, not a file' }, file);
  return new InputError({ id: `berkas tidak dapat dibaca (${code ?? (err as Error)?.message})`, en: `file cannot be read (${code ?? (err as Error)?.message})` }, file);
}

export async function readReport(file: string, options: ReadOptions = {}): Promise<Model> {
  let info;
  try {
    info = await stat(file);
  } catch (err) {
    throw readError(err, file);
  }
  if (info.isDirectory()) throw new InputError({ id: 'ini folder, bukan berkas', en: 'this is a folder, not a file' }, file);
  // A FIFO, socket or device would block or never end.
  if (!info.isFile()) throw new InputError({ id: 'bukan berkas biasa (perangkat, pipa atau soket)', en: 'not a regular file (a device, pipe or socket)' }, file);
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (info.size > max) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    const id = (n: number) => mb(n).replace('.', ',');
    throw new InputError({ id: `berkas terlalu besar (${id(info.size)} MB; batas ${id(max)} MB, ubah dengan --max-file-size)`, en: `file too large (${mb(info.size)} MB; limit ${mb(max)} MB, change with --max-file-size)` }, file);
  }
  if (info.size === 0) throw new InputError({ id: 'berkas kosong (0 bita)', en: 'empty file (0 bytes)' }, file);

  let format: InputFormat;
  let bytes: Uint8Array;
  try {
    const handle = await open(file, 'r');
    const head = new Uint8Array(Math.min(HEAD_BYTES, info.size));
    let bytesRead: number;
    try {
      ({ bytesRead } = await handle.read(head, 0, head.length, 0));
    } finally {
      await handle.close();
    }
    const detected = detect(file, head.subarray(0, bytesRead));
    if ('error' in detected) throw new InputError(detected.error, file);
    format = detected.format;
    bytes = new Uint8Array(await readFile(file));
  } catch (err) {
    throw err instanceof InputError ? err : readError(err, file);
  }
  if (bytes.length === 0) throw new InputError({ id: 'berkas kosong (0 bita)', en: 'empty file (0 bytes)' }, file);
  return readBytes(file, bytes, format, options);
}

export async function readBytes(file: string, bytes: Uint8Array, format: InputFormat, options: ReadOptions = {}): Promise<Model> {
  if (format === 'json' || format === 'yaml') {
    if (bytes.length > MAX_STRUCTURED_BYTES) {
      const mb = (bytes.length / 1024 / 1024).toFixed(1);
      throw new InputError({ id: `laporan YAML/JSON terlalu besar (${mb.replace('.', ',')} MB; batas 10 MB)`, en: `YAML/JSON report too large (${mb} MB; limit 10 MB)` }, file);
    }
    // The YAML parser is loaded only for a structured file.
    const { loadStructured } = await import('../model/load-structured.js');
    return loadStructured(decodeText(bytes, file), file, format, { year: options.year });
  }
  return readDocument(file, bytes, format, options);
}

