// One pdf.js page → text runs and ruling lines in a top-down page frame.

import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { LoadedPdfjs } from './pdfjs.js';
import { mul, rulesFromOperatorList, type Matrix, type PageRules } from './ruling-lines.js';
import type { PageData, Run } from './types.js';

type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;
type TextItem = Extract<TextContent['items'][number], { str: string }>;

const BOLD_FONT = /bold|black|heavy|semibold|demibold|extrabold|ultrabold|,b\b|-b\b/i;

/** Direction class of a transform in the top-down frame: 0 = left→right, 1 = 90°, 2 = 180°, 3 = 270°. */
function direction(m: Matrix): number {
  const a = m[0];
  const b = m[1];
  if (Math.abs(b) <= Math.abs(a) * 0.1) return a >= 0 ? 0 : 2;
  if (Math.abs(a) <= Math.abs(b) * 0.1) return b >= 0 ? 1 : 3;
  return -1; // skewed (diagonal watermark)
}

/** Rotation that turns text of direction `dir` horizontal, about the page of size w×h. */
function frameFor(dir: number, w: number, h: number): { m: Matrix; width: number; height: number } {
  switch (dir) {
    case 1: // text runs downwards: rotate by -90°
      return { m: [0, -1, 1, 0, 0, w], width: h, height: w };
    case 2:
      return { m: [-1, 0, 0, -1, w, h], width: w, height: h };
    case 3: // text runs upwards: rotate by +90°
      return { m: [0, 1, -1, 0, h, 0], width: h, height: w };
    default:
      return { m: [1, 0, 0, 1, 0, 0], width: w, height: h };
  }
}

/** A text item in device space (top-down, page rotation applied), from either reader. */
export interface RawItem {
  str: string;
  /** Glyph-space-to-device matrix at the item's origin: size in [2],[3], direction in [0],[1]. */
  m: Matrix;
  /** Advance width in device units. */
  width: number;
  /** The font's name as the PDF gives it (bold is read from it when `bold` is not given). */
  fontName: string;
  bold?: boolean;
  /** Font ascent and descent as fractions of the size, when the reader knows them. */
  ascent?: number;
  descent?: number;
}

/**
 * Text items and painted paths of one page → PageData in the page frame: the page is turned so that
 * most characters run left to right, and items in other directions are counted, not kept.
 * `paint` adds the page's ruling lines, given the matrix from device space to that frame.
 */
export function layoutPage(pageNo: number, width: number, height: number, items: readonly RawItem[], paint: ((toFrame: Matrix) => PageRules) | undefined): PageData {
  // Dominant text direction, by characters.
  const dirChars = [0, 0, 0, 0];
  for (const it of items) {
    const d = direction(it.m);
    if (d >= 0) dirChars[d] += it.str.length;
  }
  let dir = 0;
  for (let d = 1; d < 4; d++) if (dirChars[d] > dirChars[dir]) dir = d;
  const frame = frameFor(dir, width, height);
  const rules = items.length > 0 && paint ? paint(frame.m) : undefined;

  const runs: Run[] = [];
  let rotatedRuns = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const m = mul(frame.m, it.m);
    if (direction(m) !== 0) {
      rotatedRuns++;
      continue;
    }
    const size = Math.hypot(m[2], m[3]) || Math.abs(m[0]) || 1;
    const ascent = it.ascent !== undefined && it.ascent > 0.3 && it.ascent < 1.5 ? it.ascent : 0.8;
    const descent = it.descent !== undefined && it.descent < 0 && it.descent > -0.8 ? -it.descent : 0.2;
    runs.push({
      str: normaliseText(it.str),
      x: m[4],
      y: m[5],
      w: it.width > 0 ? it.width : it.str.length * size * 0.5,
      size,
      top: m[5] - ascent * size,
      bottom: m[5] + descent * size,
      font: it.fontName,
      bold: it.bold ?? BOLD_FONT.test(it.fontName),
      seq: i,
    });
  }
  return {
    page: pageNo,
    width: frame.width,
    height: frame.height,
    runs,
    hRules: rules?.h ?? [],
    vRules: rules?.v ?? [],
    rotatedRuns,
    opsRead: rules !== undefined,
  };
}

/**
 * Reads one page with pdf.js: text content, then the operator list (ruling lines). The operator
 * list is read on every page with text even though it is the costlier half: fonts' real names (for
 * bold, hence headings) reach the main thread only through it. Skipping it on pages whose text
 * shows no column gaps saved 5–30 % CPU on the corpus with the same tables, but lost a third of
 * the bold headings.
 */
export async function readPage(lib: LoadedPdfjs, page: PDFPageProxy, pageNo: number): Promise<PageData> {
  const viewport = page.getViewport({ scale: 1 });
  const vt = viewport.transform as Matrix;
  const tc = await page.getTextContent();
  const textItems = tc.items.filter((it): it is TextItem => 'str' in it && it.str.trim() !== '');
  const ops = textItems.length > 0 ? await page.getOperatorList({ annotationMode: lib.pdfjs.AnnotationMode.DISABLE }) : undefined;
  const fontNames = new Map<string, string>();
  for (const it of textItems) {
    if (fontNames.has(it.fontName)) continue;
    let name = '';
    try {
      if (page.commonObjs.has(it.fontName)) {
        const font = page.commonObjs.get(it.fontName) as { name?: string } | null;
        name = font?.name ?? '';
      }
    } catch {
      name = '';
    }
    fontNames.set(it.fontName, name);
  }
  const items: RawItem[] = textItems.map((it) => {
    const style = tc.styles[it.fontName];
    const name = fontNames.get(it.fontName) ?? '';
    return {
      str: it.str,
      m: mul(vt, it.transform as Matrix),
      width: it.width,
      fontName: name || it.fontName,
      bold: BOLD_FONT.test(name),
      ascent: style?.ascent,
      descent: style?.descent,
    };
  });
  const paint = ops ? (toFrame: Matrix) => rulesFromOperatorList(lib.pdfjs.OPS, ops.fnArray, ops.argsArray, mul(toFrame, vt)) : undefined;
  return layoutPage(pageNo, viewport.width, viewport.height, items, paint);
}

/** Private-use bullets (Symbol/Wingdings through pdf.js) and odd spaces → plain characters. */
function normaliseText(s: string): string {
  return unLetterSpace(s)
    .replace(/[\uf0b7\uf0a7\uf0d8\uf0fc\uf076\uf0a8\uf06e\uf0e0\uf0d7\uf09f\uf0a1]/g, '•')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    .replace(/\u00ad/g, '');
}

/**
 * Letter-spaced words ("P E N D AH U L U AN", Word's expanded spacing): pdf.js puts a space in
 * every gap. A run of at least four tokens of one or two letters each is one word.
 */
function unLetterSpace(s: string): string {
  if (s.length < 7 || !/^\S{1,2}( \S{1,2}){3,}$/.test(s.trim())) return s;
  const t = s.trim();
  if (/\d/.test(t)) return s;
  return t.replace(/ /g, '');
}
