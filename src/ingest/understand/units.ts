// The blocks as the understanding steps walk them: each paragraph with its full text (list
// numbering put back in front, bullets dropped) and the location of each printed line; each table
// as it is. A block typed in capitals that carries a table caption on a later line ("RENCANA
// STRATEGIS …" ⏎ "MATRIK TUJUAN, SASARAN …") is two units: a heading and a caption.
import type { At, CellAt } from '../../model/report-input.js';
import type { BlockLoc, Cell, DocumentBlocks, TableBlock, TextBlock } from '../blocks.js';
import { documentKind } from './kinds.js';
import { isCaps, norm } from './words.js';

export interface Line {
  text: string;
  loc: BlockLoc;
}

export interface TextUnit {
  type: 'text';
  index: number;
  block: TextBlock;
  /** Printed lines, the first with its numbering marker ("1.", "a.", "(1)") but without bullets. */
  lines: Line[];
  /** The lines joined by "\n". */
  text: string;
  /** A bullet (not numbering) preceded the text. */
  bullet: boolean;
  /** Numbering marker, when the block had one. */
  number?: string;
  loc: BlockLoc;
}

export interface TableUnit {
  type: 'table';
  index: number;
  block: TableBlock;
  loc: BlockLoc;
}

export type Unit = TextUnit | TableUnit;

const BULLET_MARK = /^[-–—•●▪◦○■□✓✔✗➢➤►❖*+]$/;
const CAPTION_LINE = /^(?:tabel|table|matriks?|gambar|grafik)\b/i;

export function toUnits(doc: DocumentBlocks): Unit[] {
  const units: Unit[] = [];
  for (const block of doc.blocks) {
    if (block.type === 'table') {
      units.push({ type: 'table', index: units.length, block, loc: block.loc });
      continue;
    }
    const raw = block.text.split('\n');
    const bullet = !!block.marker && BULLET_MARK.test(block.marker);
    const number = block.marker && !bullet ? block.marker : undefined;
    const lines: Line[] = raw.map((text, i) => ({ text: text.trim(), loc: lineLoc(block, i) }));
    if (number) lines[0] = { ...lines[0], text: `${number} ${lines[0].text}` };
    const kept = lines.filter((l) => l.text !== '');
    if (!kept.length) continue;
    for (const part of splitCaptions(kept)) {
      units.push({
        type: 'text',
        index: units.length,
        block,
        lines: part,
        text: part.map((l) => l.text).join('\n'),
        bullet,
        number: part === kept || part[0] === kept[0] ? number : undefined,
        loc: { ...part[0].loc, endLine: part[part.length - 1].loc.line },
      });
    }
  }
  return units;
}

function lineLoc(block: TextBlock, i: number): BlockLoc {
  const given = block.lines?.[i];
  if (given) return given;
  if (i === 0) return { line: block.loc.line, column: block.loc.column, page: block.loc.page, y: block.loc.y, ...wordOcr(block.loc) };
  const { line, endLine, page } = block.loc;
  const guess = line !== undefined && endLine !== undefined && line + i <= endLine ? line + i : line;
  return { line: guess, page, ...wordOcr(block.loc) };
}

/** A Word paragraph number and the OCR mark travel with every line of the block. */
function wordOcr(loc: BlockLoc): BlockLoc {
  return { ...(loc.paragraph !== undefined ? { paragraph: loc.paragraph } : {}), ...(loc.ocr ? { ocr: true } : {}) };
}

function splitCaptions(lines: Line[]): Line[][] {
  if (!lines.every((l) => isCaps(l.text))) return [lines];
  if (lines.length === 1) {
    // One printed line when a reader joined them: "RENCANA STRATEGIS … MATRIK TUJUAN, …".
    const at = /\s(?=(?:MATRIKS?|TABEL\s+\d)\b)/.exec(lines[0].text);
    if (!at || !documentKind(lines[0].text.slice(0, at.index))) return [lines];
    return [[{ ...lines[0], text: lines[0].text.slice(0, at.index) }], [{ ...lines[0], text: lines[0].text.slice(at.index + 1) }]];
  }
  const parts: Line[][] = [[lines[0]]];
  for (const l of lines.slice(1)) {
    if (CAPTION_LINE.test(l.text)) parts.push([l]);
    else parts[parts.length - 1].push(l);
  }
  return parts;
}

/** The unit's text on one line. */
export function flat(u: TextUnit): string {
  return norm(u.lines.map((l) => l.text).join(' '));
}

export function atOf(loc: BlockLoc | undefined): At {
  const at: At = {};
  if (loc?.line !== undefined) at.line = loc.line;
  if (loc?.page !== undefined) at.page = loc.page;
  if (loc?.paragraph !== undefined) at.paragraph = loc.paragraph;
  if (loc?.ocr) at.ocr = true;
  return at;
}

export function cellAt(cell: Cell): CellAt {
  const at: CellAt = {};
  if (cell.loc.line !== undefined) at.line = cell.loc.line;
  if (cell.loc.column !== undefined) at.column = cell.loc.column;
  if (cell.loc.page !== undefined) at.page = cell.loc.page;
  if (cell.loc.paragraph !== undefined) at.paragraph = cell.loc.paragraph;
  if (cell.loc.ocr) at.ocr = true;
  return at;
}

/** Position for ordering units and items: page first, then line (or Word paragraph), then y. */
export function position(loc: BlockLoc | undefined): number {
  if (!loc) return 0;
  return (loc.page ?? 0) * 1e7 + (loc.line ?? loc.paragraph ?? 0) * 10 + (loc.y !== undefined ? Math.min(9, loc.y / 100) : 0);
}
