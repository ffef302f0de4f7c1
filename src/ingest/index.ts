// Reads one report file of any supported format into the model.
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../model/errors.js';
import { loadStructured } from '../model/load-structured.js';
import type { InputFormat, Model } from '../model/types.js';
import { detectFormat } from './detect.js';
import { decodeText } from './decode.js';
import { readDocument } from './document.js';

export interface ReadOptions {
  maxFileSize?: number;
  maxPages?: number;
  timeoutMs?: number;
}

export const DEFAULT_MAX_FILE_SIZE = 200 * 1024 * 1024;

export async function readReport(file: string, options: ReadOptions = {}): Promise<Model> {
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new InputError({ id: 'berkas tidak ditemukan', en: 'file not found' }, file);
  }
  if (info.isDirectory()) throw new InputError({ id: 'ini folder, bukan berkas', en: 'this is a folder, not a file' }, file);
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (info.size > max) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new InputError({ id: `berkas terlalu besar (${mb(info.size)} MB; batas ${mb(max)} MB, ubah dengan --max-file-size)`, en: `file too large (${mb(info.size)} MB; limit ${mb(max)} MB, change with --max-file-size)` }, file);
  }
  if (info.size === 0) throw new InputError({ id: 'berkas kosong (0 bita)', en: 'empty file (0 bytes)' }, file);
  const bytes = new Uint8Array(await readFile(file));
  const format = detectFormat(file, bytes);
  if (!format) throw new InputError({ id: 'format tidak dikenal (gunakan .pdf, .md, .txt, .json, .yaml)', en: 'unknown format (use .pdf, .md, .txt, .json, .yaml)' }, file);
  return readBytes(file, bytes, format, options);
}

export async function readBytes(file: string, bytes: Uint8Array, format: InputFormat, options: ReadOptions = {}): Promise<Model> {
  if (format === 'json' || format === 'yaml') return loadStructured(decodeText(bytes, file), file, format);
  return readDocument(file, bytes, format, options);
}
