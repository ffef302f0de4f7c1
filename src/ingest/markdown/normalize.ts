// Markdown extracted from Word/PDF (pandoc, converters, copy-paste) is dirty in ways that change
// what remark sees: a pipe table written as `- | … |` parses as a list item holding a paragraph;
// a tab-separated table is plain text (or, when a row starts with a tab, an indented code block).
// This step rewrites those lines into what the author meant and records, for every normalised
// line, where it came from, so that every location still points into the original file.

import { LineMap, type LineOrigin } from './line-map.js';
import { MathSpans } from './math-spans.js';
import { largest } from '../arrays.js';

export interface NormalizedMarkdown {
  /** The text remark parses. */
  text: string;
  /** Normalised line/column → original line/column. */
  map: LineMap;
  /** Math spans hidden from remark; `math.restore()` puts them back into extracted text. */
  math: MathSpans;
  /** What was rewritten, for diagnostics (original 1-based line numbers). */
  rewrites: Rewrite[];
}

export interface Rewrite {
  kind: 'tab-table' | 'list-prefixed-table' | 'front-matter';
  /** First and last original line. */
  startLine: number;
  endLine: number;
}

const LIST_PREFIX_PIPE = /^( {0,3})[-*+]( +)(?=\|)/;
// No two `\s*` side by side: on a long run of spaces (NBSP counts) that fails to match, they
// backtracked over every split of the run.
const DELIMITER_ROW = /^\s*(?:\|\s*)?:?-+:?\s*(?:\|\s*:?-+:?\s*)*(?:\|\s*)?$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
/** Most cells a tab-separated row may have to be read as a table row. */
const MAX_TAB_COLUMNS = 256;
/** Longest run of plain lines read as one paragraph (real ones have a few dozen at most). */
const MAX_PARAGRAPH_LINES = 100;
/** Longest pipe table kept whole (real ones have a few hundred rows at most). */
const MAX_TABLE_LINES = 2000;

export function normalizeMarkdown(source: string): NormalizedMarkdown {
  const lines = source.split(/\r\n|\r|\n/);
  const out: string[] = [];
  const origins: LineOrigin[] = [];
  const rewrites: Rewrite[] = [];
  const math = new MathSpans();

  const push = (text: string, origin: LineOrigin) => {
    out.push(text);
    origins.push(origin);
  };
  const lastIsBlank = () => out.length === 0 || out[out.length - 1].trim() === '';
  const separateAfter = (nextIndex: number, line: number) => {
    if (nextIndex < lines.length && lines[nextIndex].trim() !== '') push('', { line, kind: 'separator' });
  };

  let i = 0;
  const frontMatterEnd = findFrontMatterEnd(lines);
  if (frontMatterEnd > 0) {
    // Blank lines keep the numbering; remark would read `---` … `---` as a rule and a heading.
    for (; i <= frontMatterEnd; i++) push('', { line: i + 1 });
    rewrites.push({ kind: 'front-matter', startLine: 1, endLine: frontMatterEnd + 1 });
  }

  let fence: string | undefined;
  let inMathBlock = false;
  /** Consecutive plain lines pushed so far (a pipe table's delimiter row allows MAX_TABLE_LINES more). */
  let paragraphLines = 0;
  while (i < lines.length) {
    const line = lines[i];
    const lineNo = i + 1;

    if (fence !== undefined) {
      push(line, { line: lineNo });
      if (closesFence(line, fence)) fence = undefined;
      i++;
      continue;
    }
    const open = FENCE_OPEN.exec(line);
    if (open) {
      fence = open[1];
      push(line, { line: lineNo });
      i++;
      continue;
    }
    if (inMathBlock) {
      if (line.trim() === '$$') inMathBlock = false;
      push(inMathBlock ? math.protectWholeLine(line) : line, { line: lineNo });
      i++;
      continue;
    }
    if (line.trim() === '$$') {
      inMathBlock = true;
      push(line, { line: lineNo });
      i++;
      continue;
    }

    if (isTabRow(line)) {
      let end = i;
      while (end < lines.length && isTabRow(lines[end])) end++;
      const run = lines.slice(i, end);
      // A "row" of thousands of tab-separated cells is no table (remark's GFM table parser needed
      // seconds per thousand columns): it stays text.
      if (run.some((l) => /\S\t/.test(l)) && run.every((l) => countTabs(l) < MAX_TAB_COLUMNS)) {
        if (!lastIsBlank()) push('', { line: lineNo, kind: 'separator' });
        emitTabTable(run, i, push, math);
        separateAfter(end, end);
        rewrites.push({ kind: 'tab-table', startLine: lineNo, endLine: end });
        i = end;
        continue;
      }
    }

    if (LIST_PREFIX_PIPE.test(line) && i + 1 < lines.length && DELIMITER_ROW.test(stripListPrefix(lines[i + 1]))) {
      if (!lastIsBlank()) push('', { line: lineNo, kind: 'separator' });
      let end = i;
      for (; end < lines.length; end++) {
        const row = lines[end];
        const prefix = LIST_PREFIX_PIPE.exec(row);
        if (prefix) {
          const cut = prefix[0].length;
          const columns = Array.from({ length: row.length - cut }, (_, k) => cut + k + 1);
          push(math.protectLine(row.slice(cut)), { line: end + 1, columns, kind: 'unlisted-pipe-row' });
        } else if (/^\s*\|/.test(row)) {
          push(math.protectLine(row), { line: end + 1 });
        } else break;
      }
      separateAfter(end, end);
      rewrites.push({ kind: 'list-prefixed-table', startLine: lineNo, endLine: end });
      i = end;
      continue;
    }

    // remark takes time quadratic in the length of a paragraph, and of lines continuing a list item
    // or quote lazily: a run of thousands of plain lines (pipe rows without a delimiter row, a
    // pasted dump) took minutes. Such a run is cut into paragraphs of MAX_PARAGRAPH_LINES lines;
    // lists and headings are left alone, and tables up to MAX_TABLE_LINES rows.
    if (line.trim() === '' || /^\s*(?:[-*+]|\d{1,9}[.)])\s|^\s*#/.test(line)) paragraphLines = 0;
    else if (line.includes('|') && DELIMITER_ROW.test(line) && isHeaderRow(lines[i - 1])) paragraphLines = -MAX_TABLE_LINES;
    else if (++paragraphLines > MAX_PARAGRAPH_LINES) {
      push('', { line: lineNo, kind: 'separator' });
      paragraphLines = 1;
    }
    push(math.protectLine(line), { line: lineNo });
    i++;
  }

  return { text: out.join('\n'), map: new LineMap(origins), math, rewrites };
}

/** A line that may belong to a tab-separated table: not a pipe row, not a list item indented or
 *  spaced with tabs. A row may start with a tab (its first cell is empty). */
function isTabRow(line: string): boolean {
  if (!line.includes('\t') || line.trim() === '' || /^\s*\|/.test(line)) return false;
  const item = /^\s*(?:[-*+]|\d{1,9}[.)])[ \t]/.exec(line);
  return item ? /\S\t/.test(line.slice(item[0].length)) : true;
}

interface SourceCell {
  text: string;
  /** Original 1-based column of each character of `text`. */
  columns: number[];
  /** Original column where the cell starts (after its tab). */
  start: number;
}

function splitTabRow(line: string): SourceCell[] {
  const cells: SourceCell[] = [];
  let start = 0;
  for (const raw of line.split('\t')) {
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    cells.push({
      text,
      columns: Array.from({ length: text.length }, (_, k) => start + lead + k + 1),
      start: start + 1,
    });
    start += raw.length + 1;
  }
  return cells;
}

function emitTabTable(
  run: string[],
  firstIndex: number,
  push: (text: string, origin: LineOrigin) => void,
  math: MathSpans,
): void {
  const rows = run.map(splitTabRow);
  const width = largest(rows.map((r) => r.length));
  rows.forEach((cells, r) => {
    const line = firstIndex + r + 1;
    // GFM needs as many header cells as delimiter cells; body rows keep their own count.
    const [text, columns] = pipeRow(cells, r === 0 ? width : cells.length, run[r].length, math);
    push(text, { line, columns, kind: 'tab-row', cells: cells.length });
    if (r === 0) push('|' + ' --- |'.repeat(width), { line, kind: 'table-delimiter' });
  });
}

function pipeRow(cells: SourceCell[], width: number, lineLength: number, math: MathSpans): [string, number[]] {
  let text = '';
  const columns: number[] = [];
  const add = (s: string, column: number) => {
    text += s;
    for (let k = 0; k < s.length; k++) columns.push(column);
  };
  for (let c = 0; c < width; c++) {
    const cell = cells[c] ?? { text: '', columns: [], start: lineLength + 1 };
    add('| ', cell.start);
    const value = math.protectLine(cell.text);
    for (let k = 0; k < value.length; k++) {
      const column = cell.columns[k];
      if (value[k] === '|') add('\\', column);
      add(value[k], column);
    }
    add(' ', cell.start + cell.text.length);
  }
  add('|', lineLength + 1);
  return [text, columns];
}

function stripListPrefix(line: string): string {
  return line.replace(LIST_PREFIX_PIPE, '');
}

function closesFence(line: string, fence: string): boolean {
  const m = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
  return !!m && m[1][0] === fence[0] && m[1].length >= fence.length;
}

/** Index of the line closing a YAML front matter block that opens the file, or -1. */
function findFrontMatterEnd(lines: string[]): number {
  if (lines[0]?.trimEnd() !== '---' || !/^[\w-]+\s*:/.test(lines[1] ?? '')) return -1;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i].trimEnd();
    if (l === '---' || l === '...') return i;
    if (l === '') return -1;
  }
  return -1;
}

/** A pipe row that can head a table: the line before its delimiter row. */
function isHeaderRow(line: string | undefined): boolean {
  return line !== undefined && line.includes('|') && !DELIMITER_ROW.test(line);
}

function countTabs(line: string): number {
  let n = 0;
  for (let k = line.indexOf('\t'); k !== -1 && n < MAX_TAB_COLUMNS; k = line.indexOf('\t', k + 1)) n++;
  return n;
}
