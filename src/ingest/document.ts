// PDF, Word, Markdown and text: a format reader gives blocks, the shared understanding gives the report
// in the input form, which is validated and normalized like a YAML file. What the readers and the
// understanding could not place travels with the model (`extraction`), so it is reported, not lost.
//
// Every way a document can fail to be a readable LKjIP ends here as one InputError that says why:
// encrypted, damaged or truncated PDF, a scan without text, a reading limit reached before any page,
// markup nested beyond reason, nothing of an LKjIP's vocabulary (not an LKjIP), or a Perjanjian
// Kinerja on its own (document-kind.ts). A missing fact (the year, the agency) is no reason: the
// rules that need it do not run, and the result says so.
import { InputError } from '../model/errors.js';
import { normalize } from '../model/normalize.js';
import { validate } from '../model/validate.js';
import type { InputFormat, Model } from '../model/types.js';
import type { DocumentBlocks } from './blocks.js';
import { decodeText } from './decode.js';
import { agreementOnly, looksLikeLkjip, TERMS } from './document-kind.js';
import type { ReadOptions } from './index.js';
import { PdfPasswordError, readPdf, usesPdfjs } from './pdf/index.js';
import { loadPdfjs } from './pdf/pdfjs.js';
import { pageRanges } from '../model/page-ranges.js';

/**
 * 1000 pages. LKjIPs run 30–300 pages (the corpus: 29–84); 1000 leaves room for one bundled with
 * its Renstra, PK, RKT and IKU, and bounds the reading time (about 60 ms a page of real text, so
 * about a minute) below the time limit. The rest of a longer PDF is not read, and a note says so.
 */
export const DEFAULT_MAX_PAGES = 1000;
/** Two minutes per PDF: the hard bound on reading, whatever the pages hold. */
export const DEFAULT_TIMEOUT_MS = 120_000;

/** Quote or list nesting deeper than this is not a report (and remark's time grows with its square). */
const MAX_MARKDOWN_NESTING = 50;
/** A run of one markup character this long is not a report (remark's time grows with its square). */
const MAX_MARKUP_RUN = 256;

type Text = { id: string; en: string };

const seconds = (ms: number, lang: 'id' | 'en') => {
  const s = String(Math.round(ms / 100) / 10);
  return lang === 'id' ? s.replace('.', ',') : s;
};

const tooDeep = (what: Text): Text => ({
  id: `isi bersarang terlalu dalam untuk dibaca (${what.id}); ini bukan laporan yang wajar`,
  en: `content nested too deeply to read (${what.en}); this is not a plausible report`,
});

/** List markers and quote marks opening one line ("- - - - x", "> 1. > - x"): each nests a level. */
const COMPACT_NESTING = /^(?:[ \t]*(?:[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])|>))+/;

const MARKUP_RUN = new RegExp(`([*_\\[\\]\`~<>(){}])\\1{${MAX_MARKUP_RUN},}`);

/** Markdown that would make the parser crawl or overflow: refused before parsing. */
function checkMarkdown(text: string, file: string): void {
  let line = 0;
  for (const l of text.split('\n')) {
    line++;
    const quotes = /^(?:[ \t]*>)+/.exec(l)?.[0].replace(/[^>]/g, '').length ?? 0;
    if (quotes > MAX_MARKDOWN_NESTING)
      throw new InputError(tooDeep({ id: `baris ${line}: ${quotes} tingkat kutipan ">"; batas ${MAX_MARKDOWN_NESTING}`, en: `line ${line}: ${quotes} levels of ">" quotes; limit ${MAX_MARKDOWN_NESTING}` }), file);
    // (A thematic break "- - - - -" is no nesting, however long.)
    const compact = /^[ \t]*([-*_])(?:[ \t]*\1)+[ \t]*$/.test(l) ? 0 : (COMPACT_NESTING.exec(l)?.[0].replace(/[ \t]|\d/g, '').length ?? 0);
    if (compact > MAX_MARKDOWN_NESTING)
      throw new InputError(tooDeep({ id: `baris ${line}: ${compact} penanda daftar atau kutipan bersarang di awal baris; batas ${MAX_MARKDOWN_NESTING}`, en: `line ${line}: ${compact} nested list or quote markers opening the line; limit ${MAX_MARKDOWN_NESTING}` }), file);
    const item = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.exec(l);
    const indent = item ? item[1].replace(/\t/g, '    ').length : 0;
    if (indent > MAX_MARKDOWN_NESTING * 4)
      throw new InputError(tooDeep({ id: `baris ${line}: butir daftar menjorok ${indent} spasi; batas ${MAX_MARKDOWN_NESTING * 4}`, en: `line ${line}: a list item indented ${indent} spaces; limit ${MAX_MARKDOWN_NESTING * 4}` }), file);
    const run = MARKUP_RUN.exec(l);
    if (run)
      throw new InputError(tooDeep({ id: `baris ${line}: ${run[0].length} tanda "${run[1]}" berturut-turut; batas ${MAX_MARKUP_RUN}`, en: `line ${line}: ${run[0].length} "${run[1]}" in a row; limit ${MAX_MARKUP_RUN}` }), file);
  }
}

const isStackOverflow = (err: unknown): boolean => err instanceof RangeError && /call stack/i.test(err.message);

/** Whether the PDF ends with its end-of-file marker (a download cut short does not). */
function hasEofMarker(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset + Math.max(0, bytes.length - 1024), Math.min(1024, bytes.length)).toString('latin1').includes('%%EOF');
}

/** pdf.js messages we can say in both languages. */
const PDFJS_MESSAGES: [RegExp, Text][] = [
  [/^Invalid PDF structure\.?$/, { id: 'struktur PDF tidak valid', en: 'invalid PDF structure' }],
  [/^Invalid Root reference\.?$/, { id: 'katalog dokumen (Root) tidak valid', en: 'invalid document catalog (Root)' }],
  [/^Invalid page count/, { id: 'jumlah halaman tidak valid', en: 'invalid page count' }],
];

function damagedPdf(err: unknown, bytes: Uint8Array, file: string): InputError {
  if (!hasEofMarker(bytes))
    return new InputError(
      {
        id: 'PDF terpotong atau rusak: akhir berkas (penanda %%EOF) tidak ada; unduh atau salin ulang berkasnya',
        en: 'the PDF is truncated or damaged: its end (the %%EOF marker) is missing; download or copy the file again',
      },
      file,
    );
  // readPdf says "<file>: not a readable PDF (<pdf.js message>)".
  const raw = ((err as Error)?.message ?? String(err)).split('\n')[0].replace(`${file}: `, '');
  const detail = /^not a readable PDF \((.*)\)$/.exec(raw)?.[1] ?? raw;
  const known = PDFJS_MESSAGES.find(([re]) => re.test(detail))?.[1];
  return new InputError(
    { id: `PDF rusak atau tidak dapat dibaca: ${known?.id ?? detail}`, en: `the PDF is damaged or cannot be read: ${known?.en ?? detail}` },
    file,
  );
}

async function readBlocks(file: string, bytes: Uint8Array, format: InputFormat, options: ReadOptions): Promise<DocumentBlocks> {
  if (format === 'markdown') {
    const text = decodeText(bytes, file);
    checkMarkdown(text, file);
    // Each reader is loaded when a file of its format comes (remark alone is ~180 modules).
    const { readMarkdown } = await import('./markdown/index.js');
    return readMarkdown(text, file);
  }
  if (format === 'text') {
    const { readText } = await import('./text/index.js');
    return readText(decodeText(bytes, file), file);
  }
  if (format === 'docx') {
    const { readDocx, DocxError } = await import('./docx/index.js');
    try {
      return await readDocx(bytes, file);
    } catch (err) {
      throw err instanceof DocxError ? new InputError(err.text, file) : err;
    }
  }
  // A PDF whose end is missing (a download cut short) is refused before either reader sees it:
  // mutool reconstructs what it can where pdf.js gives up, and the pages after the cut are gone
  // either way, so that linting it would give the two readers different, incomplete audits.
  if (!hasEofMarker(bytes)) throw damagedPdf(undefined, bytes, file);
  // Load pdf.js before the clock starts (--timeout is about this file, not the library), unless
  // mutool reads it.
  const ocr = options.ocr ? await ocrReader(bytes, file) : undefined;
  const limits = { maxPages: options.maxPages ?? DEFAULT_MAX_PAGES, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, reader: options.pdfReader, textless: ocr?.textless };
  if (usesPdfjs(limits)) await loadPdfjs();
  let doc: DocumentBlocks;
  try {
    doc = await readPdf(bytes, file, limits);
  } catch (err) {
    if (err instanceof PdfPasswordError) throw new InputError({ id: 'PDF dilindungi kata sandi (terenkripsi); buka kuncinya dulu', en: 'the PDF is password-protected (encrypted); unlock it first' }, file);
    throw damagedPdf(err, bytes, file);
  }
  ocr?.mark(doc);
  return doc;
}

/** --ocr: the PDF reader's hook for pages without text, and the marking of what it read. */
async function ocrReader(bytes: Uint8Array, file: string) {
  const { ocrPages, findOcrTools, OCR_DPI } = await import('./ocr/index.js');
  const { markOcr } = await import('./ocr/mark.js');
  const tools = findOcrTools();
  if (!tools)
    throw new InputError(
      {
        id: '--ocr memerlukan Tesseract: pasang tesseract-ocr dan tesseract-ocr-ind (apt-get install tesseract-ocr tesseract-ocr-ind)',
        en: '--ocr needs Tesseract: install tesseract-ocr and tesseract-ocr-ind (apt-get install tesseract-ocr tesseract-ocr-ind)',
      },
      file,
    );
  const read: number[] = [];
  let timedOut = false;
  return {
    textless: async (pages: number[], deadline: number) => {
      const r = await ocrPages(bytes, pages, deadline);
      read.push(...r.pages.map((p) => p.page));
      timedOut = r.timedOut;
      const left = pages.filter((p) => !read.includes(p));
      if (r.timedOut && left.length) r.notes.push(`OCR stopped at the time limit (--timeout): pages ${pageRanges(left)} not read`);
      return r;
    },
    mark: (doc: DocumentBlocks) => {
      markOcr(doc, read);
      if (read.length) doc.notes.push(`pages ${pageRanges(doc.ocrPages!)} read by OCR (Tesseract ${tools.languages}, ${OCR_DPI} dpi): characters, digits above all, may be misread`);
      if (timedOut && !read.length) doc.notes.push('OCR timed out');
    },
  };
}

interface PartialRead {
  reason: 'timeout' | 'page-limit';
  /** Pages read (1…pagesRead). */
  pagesRead: number;
  pages?: number;
  limit: number;
}

/** A reading limit the PDF reader reports in its notes ("timed out after …", "read only the first …");
 *  the time limit when both were reached, as it stopped the reading first. */
function partialRead(doc: DocumentBlocks): PartialRead | undefined {
  let limited: PartialRead | undefined;
  for (const note of doc.notes) {
    let m = /^timed out after (\d+) ms opening the PDF/.exec(note);
    if (m) return { reason: 'timeout', pagesRead: 0, limit: Number(m[1]) };
    m = /^timed out after (\d+) ms: read pages 1.(\d+) of (\d+)/.exec(note);
    if (m) return { reason: 'timeout', pagesRead: Number(m[2]), pages: Number(m[3]), limit: Number(m[1]) };
    m = /^read only the first (\d+) of (\d+) pages/.exec(note);
    if (m) limited = { reason: 'page-limit', pagesRead: Number(m[1]), pages: Number(m[2]), limit: Number(m[1]) };
  }
  return limited;
}

function partialText(p: PartialRead): Text {
  const of = p.pages ? { id: ` dari ${p.pages}`, en: ` of ${p.pages}` } : { id: '', en: '' };
  const pages = p.pagesRead === 0 ? { id: 'belum satu halaman pun', en: 'not a single page' } : { id: `hanya halaman 1–${p.pagesRead}${of.id}`, en: `only pages 1–${p.pagesRead}${of.en}` };
  return p.reason === 'timeout'
    ? { id: `${pages.id} yang terbaca dalam batas waktu ${seconds(p.limit, 'id')} detik (--timeout)`, en: `${pages.en} read within the time limit of ${seconds(p.limit, 'en')} s (--timeout)` }
    : { id: `${pages.id} yang dibaca (--max-pages ${p.limit})`, en: `${pages.en} read (--max-pages ${p.limit})` };
}

export async function readDocument(file: string, bytes: Uint8Array, format: InputFormat, options: ReadOptions): Promise<Model> {
  try {
    return await readDocumentChecked(file, bytes, format, options);
  } catch (err) {
    if (isStackOverflow(err)) throw new InputError(tooDeep({ id: 'tumpukan panggilan habis', en: 'the call stack ran out' }), file);
    throw err;
  }
}

async function readDocumentChecked(file: string, bytes: Uint8Array, format: InputFormat, options: ReadOptions): Promise<Model> {
  // The understanding code loads while the document is read (a PDF's reading mostly waits for mutool).
  const understanding = import('./understand/index.js');
  understanding.catch(() => undefined); // awaited below, unless reading fails first
  const doc = await readBlocks(file, bytes, format, options);
  const partial = format === 'pdf' ? partialRead(doc) : undefined;
  if (partial && partial.pagesRead === 0) {
    const why = partialText(partial);
    const raise = partial.reason === 'timeout' ? { id: 'naikkan --timeout', en: 'raise --timeout' } : { id: 'naikkan --max-pages', en: 'raise --max-pages' };
    throw new InputError({ id: `PDF tidak terbaca: ${why.id}; ${raise.id}`, en: `PDF not read: ${why.en}; ${raise.en}` }, file);
  }
  if (format === 'pdf' && doc.pages === 0) throw new InputError({ id: 'PDF tidak berisi satu halaman pun', en: 'the PDF has no pages' }, file);
  if (format === 'pdf' && doc.notes.includes('no text layer')) {
    if (!options.ocr) throw new InputError({ id: 'PDF hasil pindai: tidak ada lapisan teks; bacalah dengan --ocr', en: 'scanned PDF: no text layer; read it with --ocr' }, file);
    if (doc.notes.includes('OCR timed out'))
      throw new InputError({ id: 'PDF hasil pindai: OCR tidak selesai membaca satu halaman pun dalam batas waktu; naikkan --timeout', en: 'scanned PDF: OCR did not finish a single page within the time limit; raise --timeout' }, file);
    throw new InputError({ id: 'PDF hasil pindai: OCR tidak menemukan teks di halamannya', en: 'scanned PDF: OCR found no text on its pages' }, file);
  }
  if (!looksLikeLkjip(doc)) {
    const why = partial ? partialText(partial) : undefined;
    throw new InputError(
      {
        id: `berkas ini tampaknya bukan LKjIP: hampir tidak ada istilah laporan kinerja di dalamnya (${TERMS})${why ? `; ${why.id}` : ''}`,
        en: `this file does not look like an LKjIP: it has hardly any of a performance report's terms (${TERMS})${why ? `; ${why.en}` : ''}`,
      },
      file,
    );
  }
  const { understand } = await understanding;
  const { report, notes } = understand(doc, { year: options.year, asPart: options.asPart });
  if (!options.asPart && agreementOnly(report))
    throw new InputError(
      {
        id: 'berkas ini Perjanjian Kinerja, bukan LKjIP: periksalah LKjIP yang melampirkannya',
        en: 'this file is a Perjanjian Kinerja (performance agreement), not an LKjIP: lint the LKjIP it belongs to',
      },
      file,
    );
  if (notes.length || doc.notes.length || doc.pages)
    report.extraction = { ...(doc.pages ? { pages: doc.pages } : {}), ...(doc.ocrPages?.length ? { ocrPages: doc.ocrPages } : {}), reader: doc.notes, notes };
  const problems = validate(report);
  // The understanding step must produce valid input; a violation is our bug, not the user's.
  if (problems.length) throw new Error(`understanding produced an invalid model: ${problems[0].pointer}: ${problems[0].message}`);
  return normalize(report, { file, format });
}
