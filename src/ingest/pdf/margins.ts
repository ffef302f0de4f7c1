// Running headers and footers: lines in the top/bottom margin zone repeated at the same height on
// many pages (digits ignored, so "Halaman 3" and "Halaman 4" match), and page numbers.

import type { Line } from './types.js';

/** Share of the page height at the top and bottom where headers/footers live. */
const ZONE = 0.13;
/** Lines from the top/bottom of a page examined. */
const EDGE_LINES = 3;

const PAGE_NUMBER = [
  /^[-–—(\[]?\s*\d{1,4}\s*[-–—)\]]?$/, // 12, - 12 -, (12)
  /^(halaman|hal\.?|page|hlm\.?)\s*[:.]?\s*(\d{1,4}|[ivxlcdm]{1,7})(\s*(dari|of|\/)\s*\d{1,4})?$/i,
  /^\d{1,4}\s*(dari|of|\/)\s*\d{1,4}$/i,
  /^[-–—]?\s*[ivxlcdm]{1,7}\s*[-–—]?$/i, // roman
  /^(bab\s+)?[ivx]{1,5}\s*[-–.]\s*\d{1,3}$/i, // III-23 (chapter-page)
  /^[a-z]\s*[-–.]\s*\d{1,3}$/i,
];

export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return t.length <= 24 && PAGE_NUMBER.some((re) => re.test(t));
}

function exactKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Digits ignored: "Halaman 3" and "Halaman 4" match. */
function digitKey(text: string): string {
  return exactKey(text)
    .replace(/\d+/g, '#')
    .replace(/\b[ivxlcdm]{1,6}\s*[-–.]\s*#/g, 'R-#'); // chapter-page numbers: II - 7, III-23
}

export interface PageLines {
  page: number;
  height: number;
  lines: Line[];
}

/** Returns the lines to drop. `lines` of each page are in reading order. */
export function findHeadersFooters(pages: PageLines[]): Set<Line> {
  const drop = new Set<Line>();
  const candidates: Line[] = [];
  for (const p of pages) {
    const byY = [...p.lines].sort((a, b) => a.y - b.y);
    const top = byY.slice(0, EDGE_LINES).filter((l) => l.bottom <= p.height * ZONE);
    const bottom = byY.slice(-EDGE_LINES).filter((l) => l.top >= p.height * (1 - ZONE));
    for (const l of [...top, ...bottom]) {
      if (isPageNumber(l.text)) drop.add(l);
      else candidates.push(l);
    }
  }
  const pagesWithText = pages.filter((p) => p.lines.length > 0).length;
  // Same text: on a few pages is enough. Same text but for numbers (page numbers inside a running
  // footer): on a quarter of the pages, so that "BAB 1", "BAB 2" at the top of chapters stay.
  markRepeated(candidates, exactKey, Math.max(3, Math.ceil(pagesWithText * 0.08)), drop);
  markRepeated(candidates, digitKey, Math.max(4, Math.ceil(pagesWithText * 0.25)), drop);
  return drop;
}

function markRepeated(candidates: Line[], key: (t: string) => string, minPages: number, drop: Set<Line>): void {
  const byKey = new Map<string, Line[]>();
  for (const l of candidates) {
    const k = key(l.text);
    if (k.length === 0) continue;
    let arr = byKey.get(k);
    if (!arr) byKey.set(k, (arr = []));
    arr.push(l);
  }
  for (const arr of byKey.values()) {
    if (arr.length < minPages) continue;
    // Same height: cluster y within 4 pt, count distinct pages per cluster.
    arr.sort((a, b) => a.y - b.y);
    let start = 0;
    for (let i = 1; i <= arr.length; i++) {
      if (i === arr.length || arr[i].y - arr[i - 1].y > 4) {
        const cluster = arr.slice(start, i);
        const pagesIn = new Set(cluster.map((l) => l.page));
        if (pagesIn.size >= minPages) for (const l of cluster) drop.add(l);
        start = i;
      }
    }
  }
}
