// readPdf: PDF bytes → DocumentBlocks (paragraphs and tables with page positions).

import type { Block, Cell, DocumentBlocks, Furniture, TableBlock } from '../blocks.js';
import { findClusteredTables } from './clustered.js';
import { buildLines } from './lines.js';
import { findHeadersFooters } from './margins.js';
import { readPage } from './page.js';
import { buildParagraphs, docStats, type FlowItem } from './paragraphs.js';
import { unknownMutool } from './mutool-exe.js';
import { findMutool, MutoolOpenError, MutoolPasswordError, readWithMutool } from './mutool.js';
import { loadPdfjs } from './pdfjs.js';
import { findRuledTables, ruledRows, type RuledTable } from './ruled.js';
import type { Line, PageData, Run } from './types.js';
import { pageRanges } from '../../model/page-ranges.js';

export interface PdfLimits {
  /** Read at most this many pages (a note says so when the document has more). */
  maxPages?: number;
  /** Stop reading after this many milliseconds (a note says so); what was read is returned. */
  timeoutMs?: number;
  /** Which PDF library reads the pages (default `auto`: see `PdfReaderChoice`). */
  reader?: PdfReaderChoice;
  /**
   * Reads pages that have no text layer (OCR, --ocr), given their numbers and the deadline; the
   * pages it returns replace the empty ones before the layout.
   */
  textless?: (pages: number[], deadline: number) => Promise<{ pages: PageData[]; notes: string[] }>;
}

/**
 * `mutool`: MuPDF's `mutool trace` in a child process (fast; needs mupdf-tools). `pdfjs`: pdf.js in
 * this thread. `auto`: mutool when installed, else pdf.js. With either of the first two, pdf.js
 * also takes over a file mutool cannot open (so that the diagnosis is the same either way) and
 * every PDF when mutool is a version the reader does not know (mutool-exe.ts). LKJIP_PDF_READER sets the default.
 */
export type PdfReaderChoice = 'auto' | 'mutool' | 'pdfjs';

export const PDF_READERS: readonly PdfReaderChoice[] = ['auto', 'mutool', 'pdfjs'];

/** Whether pdf.js will read this PDF (rather than mutool), barring a file mutool cannot open. */
export function usesPdfjs(limits: PdfLimits = {}): boolean {
  return chosenReader(limits) === 'pdfjs' || !findMutool();
}

function chosenReader(limits: PdfLimits): PdfReaderChoice {
  const env = process.env.LKJIP_PDF_READER as PdfReaderChoice | undefined;
  return limits.reader ?? (env && PDF_READERS.includes(env) ? env : 'auto');
}

/** A table found on one page, before tables continued over page breaks are joined. */
interface PageTable {
  source: 'ruled' | 'clustered';
  page: number;
  y0: number;
  y1: number;
  /** Column edges, left to right (grid columns + 1). */
  edges: number[];
  rows: Cell[][];
  pages: number[];
}

interface PageResult {
  data: PageData;
  tables: PageTable[];
  lines: Line[];
  /** Runs outside the page's tables (the lines are built from them). */
  free: Run[];
  /** Tables in the header/footer zone, kept only when they continue a table over the page break. */
  marginal: { table: PageTable; runs: Set<Run>; top: boolean }[];
}

export class PdfPasswordError extends Error {
  constructor(file: string) {
    super(`${file}: the PDF is password-protected (encrypted); it cannot be read without the password`);
    this.name = 'PdfPasswordError';
  }
}

export async function readPdf(bytes: Uint8Array, file: string, limits: PdfLimits = {}): Promise<DocumentBlocks> {
  const started = Date.now();
  const deadline = limits.timeoutMs !== undefined ? started + limits.timeoutMs : Infinity;
  const choice = chosenReader(limits);
  const mutool = choice === 'pdfjs' ? null : findMutool();
  // A mutool of a version this reader does not know is left aside for pdf.js (the CLI says so).
  if (choice === 'mutool' && !mutool && !unknownMutool()) throw new Error(`${file}: mutool (mupdf-tools) is not installed`);
  if (mutool) {
    try {
      const read = await readWithMutool(mutool, bytes, limits.maxPages ?? Infinity, deadline);
      const notes: string[] = [];
      if (read.numPages === undefined) return { file, format: 'pdf', blocks: [], notes: [`timed out after ${limits.timeoutMs} ms opening the PDF`] };
      if (read.pages.length < read.numPages && !read.timedOut) notes.push(`read only the first ${read.pages.length} of ${read.numPages} pages (page limit)`);
      if (read.timedOut) notes.push(`timed out after ${limits.timeoutMs} ms: read pages 1–${read.pages.length} of ${read.numPages}`);
      const pages = await withTextless(read.pages, limits, deadline, notes);
      const { blocks, furniture } = assemble(pages.map(analysePage), notes);
      return withMetadata({ file, format: 'pdf', pages: read.numPages, blocks, notes }, furniture, read.title);
    } catch (e) {
      if (e instanceof MutoolPasswordError) throw new PdfPasswordError(file);
      if (!(e instanceof MutoolOpenError)) throw new Error(`${file}: not a readable PDF (${(e as Error).message})`);
      // pdf.js tries the file mutool could not open, and says what is wrong with it: a damaged
      // PDF gets the same diagnosis whichever reader was asked for.
    }
  }
  return readWithPdfjs(bytes, file, limits, deadline);
}

async function readWithPdfjs(bytes: Uint8Array, file: string, limits: PdfLimits, deadline: number): Promise<DocumentBlocks> {
  const notes: string[] = [];
  const lib = await loadPdfjs();
  const { pdfjs, packageDir } = lib;
  const task = pdfjs.getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given: pass a copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    useWorkerFetch: false,
    // Images are never decoded (no OCR): skipping them is most of the cost of scanned pages.
    maxImageSize: 1,
    standardFontDataUrl: packageDir + 'standard_fonts/',
    cMapUrl: packageDir + 'cmaps/',
    cMapPacked: true,
    wasmUrl: packageDir + 'wasm/',
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await withDeadline(task.promise, deadline);
  } catch (e) {
    await task.destroy().catch(() => undefined);
    const err = e as { name?: string; message?: string };
    if (err?.name === 'PasswordException') throw new PdfPasswordError(file);
    if (e instanceof DeadlineError) {
      return { file, format: 'pdf', blocks: [], notes: [`timed out after ${limits.timeoutMs} ms opening the PDF`] };
    }
    throw new Error(`${file}: not a readable PDF (${err?.message ?? String(e)})`);
  }

  const pageResults: PageResult[] = [];
  const numPages = doc.numPages;
  let title: string | undefined;
  try {
    const info = (await withDeadline(doc.getMetadata(), deadline).catch(() => undefined))?.info as { Title?: unknown } | undefined;
    if (typeof info?.Title === 'string') title = info.Title;
    let last = numPages;
    if (limits.maxPages !== undefined && limits.maxPages < numPages) {
      last = Math.max(0, limits.maxPages);
      notes.push(`read only the first ${last} of ${numPages} pages (page limit)`);
    }
    for (let p = 1; p <= last; p++) {
      if (Date.now() >= deadline) {
        notes.push(`timed out after ${limits.timeoutMs} ms: read pages 1–${p - 1} of ${numPages}`);
        break;
      }
      try {
        const data = await withDeadline(
          doc.getPage(p).then(async (page) => {
            try {
              return await readPage(lib, page, p);
            } finally {
              page.cleanup();
            }
          }),
          deadline,
        );
        pageResults.push(analysePage(data));
      } catch (e) {
        if (e instanceof DeadlineError) {
          notes.push(`timed out after ${limits.timeoutMs} ms: read pages 1–${p - 1} of ${numPages}`);
          break;
        }
        notes.push(`page ${p}: could not be read (${(e as Error)?.message ?? String(e)})`);
      }
    }
  } finally {
    await doc.destroy().catch(() => undefined);
  }

  const datas = await withTextless(pageResults.map((r) => r.data), limits, deadline, notes);
  const { blocks, furniture } = assemble(datas.map((d, i) => (d === pageResults[i].data ? pageResults[i] : analysePage(d))), notes);
  return withMetadata({ file, format: 'pdf', pages: numPages, blocks, notes }, furniture, title);
}

/** The running titles and the document's Title entry, when there are any. */
function withMetadata(doc: DocumentBlocks, furniture: Furniture[], title: string | undefined): DocumentBlocks {
  if (furniture.length) doc.furniture = furniture;
  const t = title === undefined ? '' : cleanTitle(title);
  if (t) doc.title = t;
  return doc;
}

/** A Title entry as text: control characters out, spaces collapsed, at most 300 characters. */
function cleanTitle(title: string): string {
  // eslint-disable-next-line no-control-regex
  return title.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 300);
}

/** The pages without text read by `limits.textless`, when given. */
async function withTextless(pages: PageData[], limits: PdfLimits, deadline: number, notes: string[]): Promise<PageData[]> {
  const empty = pages.filter((p) => p.runs.length === 0 && p.rotatedRuns === 0).map((p) => p.page);
  if (!limits.textless || !empty.length) return pages;
  const read = await limits.textless(empty, deadline);
  notes.push(...read.notes);
  const byPage = new Map(read.pages.map((p) => [p.page, p]));
  return pages.map((p) => byPage.get(p.page) ?? p);
}

class DeadlineError extends Error {}

function withDeadline<T>(p: Promise<T>, deadline: number): Promise<T> {
  if (deadline === Infinity) return p;
  // The loser of the race may still reject later (pdf.js aborts it on destroy): handled here.
  p.catch(() => undefined);
  const ms = deadline - Date.now();
  if (ms <= 0) return Promise.reject(new DeadlineError('deadline'));
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new DeadlineError('deadline')), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function analysePage(data: PageData): PageResult {
  const { tables: ruled, claimed, marginal } = findRuledTables(data.hRules, data.vRules, data.runs, data.height);
  const pageTable = (t: RuledTable): PageTable => ({
    source: 'ruled',
    page: data.page,
    y0: t.y0,
    y1: t.y1,
    edges: t.xs,
    rows: ruledRows(t, data.page),
    pages: [data.page],
  });
  const tables = ruled.map(pageTable);
  const free = claimed.size > 0 ? data.runs.filter((r) => !claimed.has(r)) : data.runs;
  return {
    data,
    tables,
    lines: buildLines(data.page, free),
    free,
    marginal: marginal.map((m) => ({ table: pageTable(m.table), runs: new Set(m.runs), top: m.top })),
  };
}

/**
 * A table in the footer zone whose next page starts with the rest of it (the header row of a table
 * whose body the printer moved to the next page), or one in the header zone ending a table from the
 * previous page, is a table: its lines leave the page's text.
 */
function keepContinuedMarginTables(pages: PageResult[]): void {
  const zone = 0.13;
  /** The page's table nearest its top (bottom) edge, with no text between it and that edge but in
   *  the header (footer) zone. */
  const edgeTable = (p: PageResult, top: boolean): PageTable | undefined => {
    if (p.tables.length === 0) return undefined;
    const t = top ? p.tables.reduce((a, b) => (b.y0 < a.y0 ? b : a)) : p.tables.reduce((a, b) => (b.y1 > a.y1 ? b : a));
    const h = p.data.height;
    const clear = top
      ? p.lines.every((l) => l.top >= t.y0 || l.bottom <= h * zone)
      : p.lines.every((l) => l.bottom <= t.y1 || l.top >= h * (1 - zone));
    return clear ? t : undefined;
  };
  for (let k = 0; k < pages.length; k++) {
    const p = pages[k];
    if (p.marginal.length === 0) continue;
    const kept = new Set<Run>();
    for (const m of p.marginal) {
      const other = m.top ? pages[k - 1] : pages[k + 1];
      if (!other || Math.abs(other.data.page - p.data.page) !== 1) continue;
      const partner = edgeTable(other, !m.top);
      if (!partner || !(m.top ? continues(partner, m.table) : continues(m.table, partner))) continue;
      p.tables.push(m.table);
      for (const r of m.runs) kept.add(r);
    }
    if (kept.size === 0) continue;
    p.free = p.free.filter((r) => !kept.has(r));
    p.lines = buildLines(p.data.page, p.free);
  }
}

function assemble(pages: PageResult[], notes: string[]): { blocks: Block[]; furniture: Furniture[] } {
  // Pages without text.
  const empty = pages.filter((p) => p.data.runs.length === 0 && p.data.rotatedRuns === 0).map((p) => p.data.page);
  if (pages.length > 0 && empty.length === pages.length) {
    notes.push('no text layer');
    return { blocks: [], furniture: [] };
  }
  if (empty.length > 0) notes.push(`no text layer on ${plural(empty.length, 'page')} ${pageRanges(empty)}`);

  keepContinuedMarginTables(pages);

  // Running headers, footers and page numbers: out of the text; the running titles kept apart.
  const margins = findHeadersFooters(pages.map((p) => ({ page: p.data.page, height: p.data.height, lines: p.lines })));
  const drop = new Set([...margins.pageNumbers, ...margins.titles]);
  const furniture = margins.titles.map((l) => ({ text: l.text, loc: { page: l.page, y: Math.round(l.top * 10) / 10 } }));

  // Per page: borderless tables among the remaining lines, then the page's flow in reading order.
  const pageFlows: { page: number; items: (FlowItem | { kind: 'table'; table: PageTable })[] }[] = [];
  for (const p of pages) {
    const lines = p.lines.filter((l) => !drop.has(l));
    const clustered = findClusteredTables(lines);
    const inClustered = new Set<Line>();
    for (const ct of clustered) {
      for (const l of ct.lines) inClustered.add(l);
      const first = ct.lines[0];
      const edges = [ct.cols[0][0]];
      for (let i = 1; i < ct.cols.length; i++) edges.push((ct.cols[i - 1][1] + ct.cols[i][0]) / 2);
      edges.push(ct.cols[ct.cols.length - 1][1]);
      p.tables.push({
        source: 'clustered',
        page: p.data.page,
        y0: first.top,
        y1: ct.lines[ct.lines.length - 1].bottom,
        edges,
        rows: ct.rows.map((row, k) =>
          row.map((text) => ({ text, loc: { page: p.data.page, y: Math.round(ct.lines[k].top * 10) / 10 } })),
        ),
        pages: [p.data.page],
      });
    }
    const rest = lines.filter((l) => !inClustered.has(l));
    const tables = [...p.tables].sort((a, b) => a.y0 - b.y0);
    const items: (FlowItem | { kind: 'table'; table: PageTable })[] = [];
    let ti = 0;
    for (const l of rest) {
      while (ti < tables.length && tables[ti].y0 <= l.top) items.push({ kind: 'table', table: tables[ti++] });
      items.push({ kind: 'line', line: l });
    }
    while (ti < tables.length) items.push({ kind: 'table', table: tables[ti++] });
    pageFlows.push({ page: p.data.page, items });
  }

  // Tables continued on the next page: the last item of a page and the first of the next.
  for (let k = 1; k < pageFlows.length; k++) {
    const prev = pageFlows[k - 1];
    const cur = pageFlows[k];
    if (cur.page !== prev.page + 1) continue;
    const last = prev.items[prev.items.length - 1];
    let firstIdx = 0;
    // Allow a short "(lanjutan)" line before the continued table.
    const f0 = cur.items[0];
    if (f0?.kind === 'line' && /^\(?\s*lanjutan|continued/i.test(f0.line.text) && f0.line.text.length < 60) firstIdx = 1;
    const first = cur.items[firstIdx];
    if (last?.kind !== 'table' || first?.kind !== 'table') continue;
    if (!continues(last.table, first.table)) continue;
    const joined = last.table;
    const next = first.table;
    const skip = repeatedHeaderRows(joined.rows, next.rows);
    const rest = next.rows.slice(skip);
    if (rest.length > 0 && joined.rows.length > 0 && isRowContinuation(joined.rows[joined.rows.length - 1], rest[0])) {
      // A row broken over the page break ("allow row to break across pages"): one row.
      // The understanding marks what rests on it "row-continued".
      const lastRow = joined.rows[joined.rows.length - 1];
      rest[0].forEach((c, i) => {
        if (c.text !== '') lastRow[i].text = lastRow[i].text === '' ? c.text : `${lastRow[i].text} ${c.text}`;
      });
      for (const c of lastRow) c.continued = true;
      rest.shift();
    }
    joined.rows.push(...rest);
    joined.pages.push(...next.pages.filter((pg) => !joined.pages.includes(pg)));
    joined.y1 = next.y1;
    // The joined table now also ends where `next` ended: it may continue further.
    cur.items[firstIdx] = { kind: 'table', table: joined };
    prev.items.pop();
    prev.items.push({ kind: 'table', table: joined });
  }

  // Flatten; each joined table only once.
  const flow: FlowItem[] = [];
  const emitted = new Set<PageTable>();
  for (const pf of pageFlows) {
    for (const it of pf.items) {
      if (it.kind === 'table') {
        if (emitted.has(it.table)) continue;
        emitted.add(it.table);
        flow.push({ kind: 'block', block: toTableBlock(it.table) });
      } else flow.push(it);
    }
  }
  const allLines = flow.flatMap((it) => (it.kind === 'line' ? [it.line] : []));
  const stats = docStats(allLines);
  const rightEdge = new Map<number, number>();
  const byPage = new Map<number, number[]>();
  for (const l of allLines) {
    let a = byPage.get(l.page);
    if (!a) byPage.set(l.page, (a = []));
    a.push(l.x1);
  }
  for (const [pg, xs] of byPage) {
    xs.sort((a, b) => a - b);
    rightEdge.set(pg, xs[Math.floor(xs.length * 0.9)]);
  }
  const frameRight = new Map<number, number>();
  for (const pf of pageFlows) {
    for (const it of pf.items) {
      if (it.kind !== 'table') continue;
      const x1 = it.table.edges[it.table.edges.length - 1];
      frameRight.set(pf.page, Math.max(frameRight.get(pf.page) ?? 0, x1));
    }
  }
  return { blocks: buildParagraphs(flow, stats, rightEdge, frameRight), furniture };
}

/** Whether `b` (top of a page) continues `a` (bottom of the previous page). */
function continues(a: PageTable, b: PageTable): boolean {
  if (a.source !== b.source) return false;
  if (a.edges.length !== b.edges.length) return false;
  const n = a.edges.length;
  let maxDiff = 0;
  for (let i = 0; i < n; i++) maxDiff = Math.max(maxDiff, Math.abs(a.edges[i] - b.edges[i]));
  if (maxDiff <= 4) return true;
  // Same column count, same outer edges: column widths may be adjusted between pages.
  return Math.abs(a.edges[0] - b.edges[0]) <= 8 && Math.abs(a.edges[n - 1] - b.edges[n - 1]) <= 8 && a.source === 'ruled';
}

/**
 * Whether `next` (first row after a page break) is the rest of `last`: same cell layout, the first
 * cell empty (no number of its own), text only where `last` has text, and either some of it
 * starting in lower case (the middle of a sentence) or no value at all where `last` prints values
 * (the rest of a long sasaran or indicator name, "RPJMD", under a row whose figures are above).
 */
function isRowContinuation(last: Cell[], next: Cell[]): boolean {
  if (last.length !== next.length || next.length < 2) return false;
  for (let i = 0; i < next.length; i++) if ((last[i].colSpan ?? 1) !== (next[i].colSpan ?? 1)) return false;
  if (next[0].text !== '' || next[0].covered) return false;
  let lower = false;
  let any = false;
  for (let i = 0; i < next.length; i++) {
    const t = next[i].text;
    if (t === '') continue;
    any = true;
    if (last[i].text === '' || last[i].covered) return false;
    if (/^[a-z(,;]/.test(t)) lower = true;
  }
  if (!any) return false;
  if (lower) return true;
  const isValue = (t: string) => /^[-+]?\d[\d.,]*\s*%?$/.test(t.trim());
  const valuesAbove = last.some((c, i) => isValue(c.text) && next[i].text === '');
  return valuesAbove && !next.some((c) => isValue(c.text));
}

function rowKey(row: Cell[]): string {
  return row
    .map((c) => c.text.toLowerCase().replace(/\s+/g, ' '))
    .join('\t')
    .trim();
}

/** Leading rows of `next` that repeat the header rows of `rows` (1–3 rows). */
function repeatedHeaderRows(rows: Cell[][], next: Cell[][]): number {
  let k = 0;
  while (k < 3 && k < rows.length && k < next.length - 1) {
    const a = rowKey(rows[k]);
    if (a === '' || a !== rowKey(next[k])) break;
    k++;
  }
  return k;
}

function toTableBlock(t: PageTable): TableBlock {
  const block: TableBlock = {
    type: 'table',
    rows: t.rows,
    loc: { page: t.page, y: Math.round(t.y0 * 10) / 10 },
    source: t.source,
  };
  if (t.pages.length > 1) block.pages = t.pages;
  return block;
}

function plural(n: number, word: string): string {
  return n === 1 ? `1 ${word}` : `${n} ${word}s`;
}

