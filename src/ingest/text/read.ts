// Plain text as PDF/Word converters extract it (fixtures/semboro-2021.txt) → DocumentBlocks.
// Lines become paragraphs (consecutive lines join; a list marker starts a new one), tables (tab or
// pipe rows) and display formulas ($$…$$). Extraction often breaks a sentence over a blank line;
// such halves are joined again. Nothing here knows LKjIP: that is src/ingest/understand.
import type { Block, BlockLoc, DocumentBlocks, TextBlock } from '../blocks.js';
import { cleanInline, isWhollyBold } from './inline.js';
import { lineKind, splitMarker, textColumn } from './lines.js';
import { readTable } from './tables.js';

export function readText(text: string, file: string): DocumentBlocks {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const kind = lineKind(lines[i]);
    if (kind === 'blank' || kind === 'pipe-rule') {
      i++;
    } else if (kind === 'tab' || kind === 'pipe') {
      const { table, next } = readTable(lines, i);
      blocks.push(table);
      i = next;
    } else if (kind === 'formula') {
      const end = formulaEnd(lines, i);
      const raw = lines.slice(i, end + 1).map((l) => l.trim());
      blocks.push({ type: 'paragraph', text: raw.join('\n'), loc: { line: i + 1, column: textColumn(lines[i], 0), endLine: end + 1 } });
      i = end + 1;
    } else {
      const end = paragraphEnd(lines, i);
      blocks.push(paragraph(lines, i, end));
      i = end + 1;
    }
  }
  return { file, format: 'text', blocks: joinBrokenSentences(blocks), notes: [] };
}

/** Last line of the paragraph starting at `start`: it runs until a blank line, a table, a formula or a new list item. */
function paragraphEnd(lines: string[], start: number): number {
  let end = start;
  while (end + 1 < lines.length && lineKind(lines[end + 1]) === 'text' && !splitMarker(lines[end + 1])) end++;
  return end;
}

function formulaEnd(lines: string[], start: number): number {
  const first = lines[start].trim();
  if (first.length > 2 && first.slice(2).includes('$$')) return start;
  for (let j = start + 1; j < lines.length && j < start + 20; j++) if (lines[j].includes('$$')) return j;
  return start;
}

function paragraph(lines: string[], start: number, end: number): TextBlock {
  const raw: string[] = [];
  const locs: BlockLoc[] = [];
  let marker: string | undefined;
  for (let j = start; j <= end; j++) {
    let line = lines[j];
    let column = textColumn(line, 0);
    if (j === start) {
      const m = splitMarker(line);
      if (m) {
        marker = m.marker;
        column = line.length - m.text.length + 1;
        line = m.text;
      }
    }
    raw.push(line.trim());
    locs.push({ line: j + 1, column });
  }
  const joined = raw.join('\n');
  const block: TextBlock = { type: 'paragraph', text: cleanInline(joined), loc: { ...locs[0], endLine: end + 1 } };
  if (marker) block.marker = marker;
  if (isWhollyBold(joined)) block.bold = true;
  if (locs.length > 1) block.lines = locs;
  return block;
}

/**
 * "… indikator keberhasilan pencapaian" ⏎⏎ "sasaran strategis …": a paragraph that stops without
 * closing punctuation, followed after a blank line by one that starts in lower case, is one
 * sentence the extraction broke.
 */
function joinBrokenSentences(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (prev?.type === 'paragraph' && b.type === 'paragraph' && isBrokenPair(prev, b)) {
      const prevLines = prev.lines ?? [{ line: prev.loc.line, column: prev.loc.column }];
      const nextLines = b.lines ?? [{ line: b.loc.line, column: b.loc.column }];
      prev.text = `${prev.text}\n${b.text}`;
      prev.lines = [...prevLines, ...nextLines];
      prev.loc = { ...prev.loc, endLine: b.loc.endLine ?? b.loc.line };
      continue;
    }
    out.push(b);
  }
  return out;
}

function isBrokenPair(a: TextBlock, b: TextBlock): boolean {
  if (b.marker || a.text.startsWith('$$') || b.text.startsWith('$$')) return false;
  return /[\p{Ll},]$/u.test(a.text) && /^\p{Ll}/u.test(b.text);
}
