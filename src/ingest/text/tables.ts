// Tables in extracted text: tab-separated rows (Word/PDF converters) and pipe rows (Markdown
// residue, sometimes behind a bullet: "- | | | |"). A blank line inside a tab table does not end it
// when the next row has the same width and is not the header again (a page break in the source).
import type { Cell, TableBlock } from '../blocks.js';
import { cleanInline } from './inline.js';
import { lineKind, textColumn } from './lines.js';

export function tabCells(line: string, lineNo: number): Cell[] {
  const cells: Cell[] = [];
  let offset = 0;
  for (const raw of line.split('\t')) {
    cells.push({ text: cleanInline(raw).trim(), loc: { line: lineNo, column: textColumn(line, offset) } });
    offset += raw.length + 1;
  }
  return cells;
}

export function pipeCells(line: string, lineNo: number): Cell[] {
  const bullet = /^\s*(?:[-*+]\s+)?/.exec(line)![0].length;
  const start = line.indexOf('|', bullet);
  const end = line.lastIndexOf('|');
  const cells: Cell[] = [];
  let offset = start + 1;
  for (const raw of line.slice(start + 1, end).split(/(?<!\\)\|/)) {
    cells.push({ text: cleanInline(raw.replace(/\\\|/g, '|')).trim(), loc: { line: lineNo, column: textColumn(line, offset) } });
    offset += raw.length + 1;
  }
  return cells;
}

/** Reads the table starting at `start` (0-based); returns it and the index after its last row. */
export function readTable(lines: string[], start: number): { table: TableBlock; next: number } {
  const kind = lineKind(lines[start]) === 'tab' ? 'tab' : 'pipe';
  const rows: Cell[][] = [];
  let i = start;
  let last = start;
  while (i < lines.length) {
    const k = lineKind(lines[i]);
    if (k === kind || (kind === 'pipe' && k === 'pipe-rule')) {
      if (k !== 'pipe-rule') rows.push(kind === 'tab' ? tabCells(lines[i], i + 1) : pipeCells(lines[i], i + 1));
      last = i;
      i++;
      continue;
    }
    if (k === 'blank' && kind === 'tab' && continuesAfterGap(lines, i, rows)) {
      i++;
      continue;
    }
    break;
  }
  const table: TableBlock = {
    type: 'table',
    rows,
    loc: { line: start + 1, column: 1, endLine: last + 1 },
    source: kind === 'tab' ? 'tabs' : 'pipes',
  };
  return { table, next: last + 1 };
}

function continuesAfterGap(lines: string[], blank: number, rows: Cell[][]): boolean {
  let j = blank;
  while (j < lines.length && lineKind(lines[j]) === 'blank' && j - blank < 2) j++;
  if (j >= lines.length || lineKind(lines[j]) !== 'tab' || !rows.length) return false;
  const next = lines[j].split('\t');
  if (next.length !== rows[0].length) return false;
  const first = rows[0].map((c) => c.text).join('\t');
  return cleanInline(lines[j]).split('\t').map((t) => t.trim()).join('\t') !== first;
}
