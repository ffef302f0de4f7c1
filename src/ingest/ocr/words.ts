// Tesseract's TSV (one row per word with its box, grouped in lines) → the text runs of a PDF page,
// so an OCR'd page goes through the PDF reader's own layout (lines, paragraphs, tables) like any
// page with a text layer. A landscape table scanned on its side is read by Tesseract (--psm 1
// finds the orientation) but boxed in the image as scanned: the runs are turned back into the
// text's own frame, in which the page is landscape.
import type { HRule, PageData, Run, VRule } from '../pdf/types.js';
import type { PixelRule } from './ruling-lines.js';

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Word extends Box {
  line: string;
  text: string;
  conf: number;
}

/** Reading direction of the text in the image. */
type Direction = 'right' | 'up' | 'down' | 'left';

/** Table rules read as characters, and other marks that are no text. */
const NOISE = /^[|¦_—–=~!]+$/;

/**
 * A chapter number misread the way OCR misreads Roman numerals ("BAB Ill", "BAB!", "BABII"):
 * l, 1, | and ! after "BAB" are I's.
 */
function chapterNumbers(words: Word[]): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const glued = /^(BAB)([Il1|!]{1,3}V?|V[Il1|!]{0,3})$/.exec(w.text);
    if (glued) w.text = `${glued[1]} ${glued[2].replace(/[l1|!]/g, 'I')}`;
    const next = words[i + 1];
    if (w.text === 'BAB' && next && next.line === w.line && /^([Il1|!]{1,3}V?|V[Il1|!]{0,3})[.:]?$/.test(next.text)) next.text = next.text.replace(/[l1|!]/g, 'I');
  }
}

export function parseTsv(tsv: string): { words: Word[]; width: number; height: number } {
  const words: Word[] = [];
  let width = 0;
  let height = 0;
  for (const row of tsv.split('\n')) {
    const c = row.split('\t');
    if (c.length < 12 || !/^\d+$/.test(c[0])) continue;
    const box = { left: Number(c[6]), top: Number(c[7]), width: Number(c[8]), height: Number(c[9]) };
    if (c[0] === '1') {
      width = Math.max(width, box.left + box.width);
      height = Math.max(height, box.top + box.height);
    }
    if (c[0] !== '5') continue;
    const text = c.slice(11).join('\t').trim();
    const conf = Number(c[10]);
    if (!text || conf < 0 || (NOISE.test(text) && conf < 90)) continue;
    words.push({ ...box, line: `${c[2]}.${c[3]}.${c[4]}`, text, conf });
  }
  chapterNumbers(words);
  return { words, width, height };
}

/** The direction most lines of several words read in. */
function direction(words: Word[]): Direction {
  const votes: Record<Direction, number> = { right: 0, up: 0, down: 0, left: 0 };
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1];
    const b = words[i];
    if (a.line !== b.line) continue;
    const dx = b.left + b.width / 2 - (a.left + a.width / 2);
    const dy = b.top + b.height / 2 - (a.top + a.height / 2);
    if (Math.abs(dx) >= Math.abs(dy)) votes[dx >= 0 ? 'right' : 'left']++;
    else votes[dy < 0 ? 'up' : 'down']++;
  }
  return (Object.keys(votes) as Direction[]).reduce((best, d) => (votes[d] > votes[best] ? d : best), 'right');
}

/** A box in the image → the same box in the text's frame (reading left to right, lines downwards). */
function turn(b: Box, dir: Direction, width: number, height: number): Box {
  switch (dir) {
    case 'up':
      return { left: height - (b.top + b.height), top: b.left, width: b.height, height: b.width };
    case 'down':
      return { left: b.top, top: width - (b.left + b.width), width: b.height, height: b.width };
    case 'left':
      return { left: width - (b.left + b.width), top: height - (b.top + b.height), width: b.width, height: b.height };
    default:
      return b;
  }
}

/** Glyph boxes are about 3/4 of the em (cap and ascender height): the font size a PDF would give. */
const EM_PER_BOX = 1 / 0.75;

/** A page of OCR'd words and the rules of its image as the PDF reader's page data, in PDF units (1/72 in). */
export function toPageData(page: number, tsv: string, dpi: number, pixelRules: PixelRule[] = []): PageData {
  const { words, width, height } = parseTsv(tsv);
  const dir = direction(words);
  const scale = 72 / dpi;
  const turned = dir === 'up' || dir === 'down';
  const byLine = new Map<string, Box[]>();
  const boxes = words.map((w) => {
    const b = turn(w, dir, width, height);
    const list = byLine.get(w.line) ?? [];
    list.push(b);
    byLine.set(w.line, list);
    return b;
  });
  // One baseline and size per line, so its words stay on one line in the layout.
  const lineOf = new Map<string, { baseline: number; size: number }>();
  for (const [id, list] of byLine) {
    const bottom = Math.max(...list.map((b) => b.top + b.height));
    const heights = list.map((b) => b.height).sort((x, y) => x - y);
    const size = heights[Math.floor(heights.length / 2)] * EM_PER_BOX;
    lineOf.set(id, { baseline: bottom - size * 0.2, size });
  }
  const runs: Run[] = words.map((w, seq) => {
    const b = boxes[seq];
    const line = lineOf.get(w.line)!;
    return {
      str: w.text,
      x: b.left * scale,
      y: line.baseline * scale,
      w: b.width * scale,
      size: line.size * scale,
      top: b.top * scale,
      bottom: (b.top + b.height) * scale,
      font: 'ocr',
      bold: false,
      seq,
    };
  });
  const hRules: HRule[] = [];
  const vRules: VRule[] = [];
  for (const r of pixelRules) {
    const box = r.horizontal ? { left: r.from, top: r.at, width: r.to - r.from, height: 0 } : { left: r.at, top: r.from, width: 0, height: r.to - r.from };
    const t = turn(box, dir, width, height);
    if (t.width >= t.height) hRules.push({ y: t.top * scale, x0: t.left * scale, x1: (t.left + t.width) * scale });
    else vRules.push({ x: t.left * scale, y0: t.top * scale, y1: (t.top + t.height) * scale });
  }
  return {
    page,
    width: (turned ? height : width) * scale,
    height: (turned ? width : height) * scale,
    runs,
    hRules,
    vRules,
    rotatedRuns: 0,
    opsRead: false,
  };
}
