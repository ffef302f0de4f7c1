// OCR of PDF pages without a text layer (--ocr): each page is rasterised (mutool draw, else
// pdftoppm) and read by Tesseract, each in a child process killed at the page's time limit; the
// words become the page's text runs, and the PDF reader lays them out like any other page. The
// PDF and the page images live in a private temporary folder that is always removed.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { limitedCommand } from '../pdf/mutool-exe.js';
import type { PageData } from '../pdf/types.js';
import { findOcrTools, type OcrTools } from './tools.js';
import { findRules, parsePgm } from './ruling-lines.js';
import { toPageData } from './words.js';

export { findOcrTools } from './tools.js';

/**
 * 200 dpi: Tesseract reads 100 dpi black-and-white scans better upsampled (digits and "%" above
 * all) and 300 dpi gains nothing measurable on them for 20–30 % more time (docs/performance.md).
 */
export const OCR_DPI = 200;
/** One page, rasterised and read: a dense page takes 2–10 s; past this it is given up. */
export const OCR_PAGE_TIMEOUT_MS = 90_000;

export interface OcrResult {
  /** The pages read, with text. */
  pages: PageData[];
  /** What could not be read, for the reader's notes. */
  notes: string[];
  /** The time limit stopped the OCR before every page was read. */
  timedOut: boolean;
}

class PageTimeout extends Error {}

function run(exe: string, args: string[], ms: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      exe,
      args,
      // One thread per Tesseract: its OpenMP threads spin on a busy machine (3× the CPU for the same page).
      { timeout: ms, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', env: { ...process.env, OMP_THREAD_LIMIT: '1' } },
      (err, stdout, stderr) => {
        if (err) reject((err as { killed?: boolean }).killed ? new PageTimeout() : new Error(String(stderr || err.message).split('\n')[0]));
        else resolve(stdout);
      },
    );
  });
}

async function rasterise(tools: OcrTools, pdf: string, page: number, dir: string, ms: number): Promise<string> {
  const { kind, exe } = tools.rasterizer;
  // The rasteriser interprets the untrusted PDF (a page of absurd size would be an absurd image):
  // it runs within the memory and CPU limits mutool's reading has.
  const limited = (args: string[]) => run(...limitedCommand(exe, args, Date.now() + ms), ms);
  if (kind === 'mutool') {
    const out = join(dir, `page-${page}.pgm`);
    await limited(['draw', '-q', '-r', String(OCR_DPI), '-c', 'gray', '-o', out, pdf, String(page)]);
    return out;
  }
  const prefix = join(dir, `page-${page}`);
  await limited(['-r', String(OCR_DPI), '-gray', '-f', String(page), '-l', String(page), pdf, prefix]);
  // pdftoppm pads the page number to the document's digit count.
  const name = (await readdir(dir)).find((f) => f.startsWith(`page-${page}-`) && f.endsWith('.pgm'));
  if (!name) throw new Error('pdftoppm wrote no image');
  return join(dir, name);
}

/** Reads `pages` (PDF pages without text, by number) by OCR until `deadline` (ms since the epoch). */
export async function ocrPages(bytes: Uint8Array, pages: number[], deadline: number): Promise<OcrResult> {
  const tools = findOcrTools();
  if (!tools) throw new Error('OCR needs tesseract-ocr (with tesseract-ocr-ind) and mupdf-tools or poppler-utils');
  const result: OcrResult = { pages: [], notes: [], timedOut: false };
  const dir = await mkdtemp(join(tmpdir(), 'lkjip-ocr-'));
  try {
    const pdf = join(dir, 'input.pdf');
    await writeFile(pdf, bytes, { mode: 0o600 });
    for (const page of pages) {
      const left = deadline - Date.now();
      if (left <= 0) {
        result.timedOut = true;
        break;
      }
      const ms = Math.min(OCR_PAGE_TIMEOUT_MS, left);
      try {
        const image = await rasterise(tools, pdf, page, dir, ms);
        const tsv = await run(tools.tesseract, [image, 'stdout', '-l', tools.languages, '--psm', '1', '--dpi', String(OCR_DPI), 'tsv'], Math.min(ms, Math.max(1, deadline - Date.now())));
        const gray = parsePgm(await readFile(image));
        await rm(image, { force: true });
        const data = toPageData(page, tsv, OCR_DPI, gray ? findRules(gray, OCR_DPI) : []);
        if (data.runs.length) result.pages.push(data);
      } catch (err) {
        if (err instanceof PageTimeout && Date.now() >= deadline) {
          result.timedOut = true;
          break;
        }
        result.notes.push(`page ${page}: OCR failed (${err instanceof PageTimeout ? `over ${ms / 1000} s` : (err as Error).message})`);
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return result;
}
