// Running headers and footers (page furniture): lines in the top/bottom margin zone that repeat on
// many pages, and page numbers. A running title repeats whatever the page number printed with it
// and on whichever side ("ii LKIP … Tahun 2016" on even pages, "LKIP … Tahun 2016 iii" on odd
// ones, "… I - 1" in chapter I); once a title is known as furniture, its other spellings that
// differ only in numbers (another year, another chapter) on the same side are furniture too, on
// any page (a landscape page prints it at another height). The caller keeps the titles apart from
// the text: they are voted on for the report's year and identity, not read as headings or prose.

import { isPageNumber, withoutPageNumber } from '../page-numbers.js';
import type { Line } from './types.js';

export { isPageNumber };

/** Share of the page height at the top and bottom where headers/footers live. */
const ZONE = 0.13;
/** Lines from the top/bottom of a page examined. */
const EDGE_LINES = 3;

function exactKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Digits ignored: "Halaman 3" and "Halaman 4" match. */
function numberKey(text: string): string {
  return exactKey(text)
    .replace(/\d+/g, '#')
    .replace(/\b[ivxlcdm]{1,6}\s*[-–.]\s*#/g, 'R-#'); // chapter-page numbers: II - 7, III-23
}

/** Words of a title besides page and chapter words: "bab #" alone is a chapter heading, not a title. */
function titleWords(key: string): number {
  return key.split(' ').filter((w) => /[a-z]{2}/.test(w) && !/^(?:bab|hal|halaman|page|hlm|lampiran)$/.test(w)).length;
}

export interface PageLines {
  page: number;
  height: number;
  lines: Line[];
}

export interface PageFurniture {
  /** Page numbers standing alone. */
  pageNumbers: Set<Line>;
  /** Running headers and footers, in page order. */
  titles: Line[];
}

interface Candidate {
  line: Line;
  top: boolean;
  /** Distance from the nearest page edge. */
  edge: number;
  /** Without a page number at either end. */
  core: string;
}

/** `lines` of each page are in reading order. */
export function findHeadersFooters(pages: PageLines[]): PageFurniture {
  const pageNumbers = new Set<Line>();
  const candidates: Candidate[] = [];
  /** Pages on which a text stands in the body, outside the margins. */
  const inBody = new Map<string, Set<number>>();
  for (const p of pages) {
    const byY = [...p.lines].sort((a, b) => a.y - b.y);
    const top = byY.slice(0, EDGE_LINES).filter((l) => l.bottom <= p.height * ZONE);
    const bottom = byY.slice(-EDGE_LINES).filter((l) => l.top >= p.height * (1 - ZONE));
    for (const l of [...top, ...bottom]) {
      if (isPageNumber(l.text)) pageNumbers.add(l);
      else {
        const isTop = top.includes(l);
        candidates.push({ line: l, top: isTop, edge: isTop ? l.top : p.height - l.bottom, core: withoutPageNumber(l.text) });
      }
    }
    for (const l of byY) {
      if (top.includes(l) || bottom.includes(l)) continue;
      const k = exactKey(l.text);
      let on = inBody.get(k);
      if (!on) inBody.set(k, (on = new Set()));
      on.add(l.page);
    }
  }
  // A heading the body repeats ("e. Dokumentasi Kegiatan" under each sasaran) may open a page
  // several times: a running title is not printed in the body.
  const repeatedInBody = (c: Candidate) => (inBody.get(exactKey(c.line.text))?.size ?? 0) >= 2;
  const pagesWithText = pages.filter((p) => p.lines.length > 0).length;
  const found = new Set<Candidate>();
  // The same title but for a page number at either end: on a few pages is enough. Numbers ignored
  // inside the text too (a chapter number, "Halaman 3"): on a quarter of the pages, so that "BAB 1",
  // "BAB 2" at the top of chapters stay.
  const few = Math.max(3, Math.ceil(pagesWithText * 0.08));
  markRepeated(candidates.filter((c) => titleWords(exactKey(c.core)) >= 2), (c) => exactKey(c.core), few, found);
  markRepeated(candidates, (c) => numberKey(c.line.text), Math.max(4, Math.ceil(pagesWithText * 0.25)), found);
  // The same title with other numbers (a footer naming another year on some pages), on the same side.
  const known = new Set([...found].map((c) => `${c.top}\u0000${numberKey(c.core)}`));
  for (const c of candidates) if (titleWords(exactKey(c.core)) >= 2 && known.has(`${c.top}\u0000${numberKey(c.core)}`)) found.add(c);
  const titles = candidates.filter((c) => found.has(c) && !repeatedInBody(c)).map((c) => c.line);
  return { pageNumbers, titles };
}

function markRepeated(candidates: Candidate[], key: (c: Candidate) => string, minPages: number, found: Set<Candidate>): void {
  const byKey = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const own = key(c);
    if (own.length === 0) continue;
    const k = `${c.top}\u0000${own}`;
    let arr = byKey.get(k);
    if (!arr) byKey.set(k, (arr = []));
    arr.push(c);
  }
  for (const arr of byKey.values()) {
    if (arr.length < minPages) continue;
    // Same distance from the page edge: cluster within 4 pt, count distinct pages per cluster.
    arr.sort((a, b) => a.edge - b.edge);
    let start = 0;
    for (let i = 1; i <= arr.length; i++) {
      if (i === arr.length || arr[i].edge - arr[i - 1].edge > 4) {
        const cluster = arr.slice(start, i);
        if (new Set(cluster.map((c) => c.line.page)).size >= minPages) for (const c of cluster) found.add(c);
        start = i;
      }
    }
  }
}
