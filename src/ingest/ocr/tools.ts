// The programs OCR needs, found on PATH once: Tesseract (Debian tesseract-ocr, with the Indonesian
// data tesseract-ocr-ind) and a rasteriser (mutool draw from mupdf-tools, else pdftoppm from
// poppler-utils). Nothing is downloaded: the language data comes with the Debian packages.
import { spawnSync } from 'node:child_process';
import { onPath } from '../on-path.js';

export interface OcrTools {
  tesseract: string;
  /** Tesseract languages to read with ("ind+eng": Indonesian text, English units and terms). */
  languages: string;
  rasterizer: { kind: 'mutool' | 'pdftoppm'; exe: string };
}

let found: OcrTools | null | undefined;

/** The OCR programs, or null when Tesseract or a rasteriser is missing. */
export function findOcrTools(): OcrTools | null {
  if (found !== undefined) return found;
  found = null;
  const tesseract = process.env.LKJIP_TESSERACT ?? onPath('tesseract');
  const mutool = process.env.LKJIP_MUTOOL ?? onPath('mutool');
  const pdftoppm = onPath('pdftoppm');
  if (!tesseract || (!mutool && !pdftoppm)) return found;
  const listed = spawnSync(tesseract, ['--list-langs'], { encoding: 'utf8', timeout: 10_000 });
  const langs = new Set(String(listed.stdout ?? '').split('\n').map((l) => l.trim()));
  const wanted = ['ind', 'eng'].filter((l) => langs.has(l));
  if (!wanted.length) return found;
  found = { tesseract, languages: wanted.join('+'), rasterizer: mutool ? { kind: 'mutool', exe: mutool } : { kind: 'pdftoppm', exe: pdftoppm! } };
  return found;
}
