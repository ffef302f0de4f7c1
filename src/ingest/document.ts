// PDF, Markdown and text: a format reader gives blocks, the shared understanding gives the report
// in the input form, which is validated and normalized like a YAML file. What the readers and the
// understanding could not place travels with the model (`extraction`), so it is reported, not lost.
import { InputError } from '../model/errors.js';
import { normalize } from '../model/normalize.js';
import { validate } from '../model/validate.js';
import type { InputFormat, Model } from '../model/types.js';
import type { DocumentBlocks } from './blocks.js';
import { decodeText } from './decode.js';
import type { ReadOptions } from './index.js';
import { readMarkdown } from './markdown/index.js';
import { PdfPasswordError, readPdf } from './pdf/index.js';
import { readText } from './text/index.js';
import { understand } from './understand/index.js';

export const DEFAULT_MAX_PAGES = 2000;
export const DEFAULT_TIMEOUT_MS = 120_000;

async function readBlocks(file: string, bytes: Uint8Array, format: InputFormat, options: ReadOptions): Promise<DocumentBlocks> {
  if (format === 'markdown') return readMarkdown(decodeText(bytes, file), file);
  if (format === 'text') return readText(decodeText(bytes, file), file);
  try {
    return await readPdf(bytes, file, { maxPages: options.maxPages ?? DEFAULT_MAX_PAGES, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS });
  } catch (err) {
    if (err instanceof PdfPasswordError) throw new InputError({ id: 'PDF dilindungi kata sandi (terenkripsi); buka kuncinya dulu', en: 'the PDF is password-protected (encrypted); unlock it first' }, file);
    const detail = (err as Error).message.replace(`${file}: `, '').split('\n')[0];
    throw new InputError({ id: `PDF rusak atau tidak dapat dibaca (${detail})`, en: `the PDF is damaged or cannot be read (${detail})` }, file);
  }
}

export async function readDocument(file: string, bytes: Uint8Array, format: InputFormat, options: ReadOptions): Promise<Model> {
  const doc = await readBlocks(file, bytes, format, options);
  if (format === 'pdf' && doc.notes.includes('no text layer'))
    throw new InputError({ id: 'PDF hasil pindai: tidak ada lapisan teks; OCR tidak didukung', en: 'scanned PDF: no text layer; OCR is not supported' }, file);
  const { report, notes } = understand(doc);
  if (!report.meta?.tahun)
    throw new InputError(
      { id: 'tahun laporan tidak ditemukan di sampul maupun teks: berkas ini tampaknya bukan LKjIP', en: 'no reporting year on the cover or in the text: this file does not look like an LKjIP' },
      file,
    );
  if (notes.length || doc.notes.length || doc.pages) report.extraction = { ...(doc.pages ? { pages: doc.pages } : {}), reader: doc.notes, notes };
  const problems = validate(report);
  // The understanding step must produce valid input; a violation is our bug, not the user's.
  if (problems.length) throw new Error(`understanding produced an invalid model: ${problems[0].pointer}: ${problems[0].message}`);
  return normalize(report, { file, format });
}
