// Prose that no other step claimed becomes paragraphs: each list item its own paragraph, its
// numbering kept ("1) …", "a. …") and bullets dropped, with the section it stands in and the
// sasaran whose evaluation it belongs to. Readers differ in how they cut: a sentence the source
// broke over two paragraphs is joined again (the first half ends without punctuation, the second
// starts in lower case), and an item that a reader ran into the previous one ("… Desa ⏎ b. …",
// Markdown's lazy continuation) is split off.
import type { Paragraph, TableCaption } from '../../model/report-input.js';
import { referencesIn } from './captions.js';
import { sectionTitle, type UnitContext } from './outline.js';
import { atOf, type Line, type TextUnit, type Unit } from './units.js';
import { norm } from './words.js';

const ITEM_START = /^(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|\([a-z0-9]{1,2}\))\s/;

interface Piece {
  unit: TextUnit;
  lines: Line[];
  numbered: boolean;
}

export function readParagraphs(units: Unit[], ctx: UnitContext[]): { paragraphs: Paragraph[]; references: TableCaption[] } {
  const pieces: { piece: Piece; c: UnitContext; i: number }[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.type !== 'text' || ctx[i].role) continue;
    let current: Piece = { unit: u, lines: [], numbered: !!u.number || u.bullet };
    for (const [k, line] of u.lines.entries()) {
      if (k > 0 && ITEM_START.test(line.text)) {
        pieces.push({ piece: current, c: ctx[i], i });
        current = { unit: u, lines: [], numbered: true };
      }
      current.lines.push(line);
    }
    const prev = pieces[pieces.length - 1];
    if (prev && prev.i === i - 1 && continues(prev.piece, current) && prev.c.l2 === ctx[i].l2 && prev.c.l1 === ctx[i].l1) {
      prev.piece.lines.push(...current.lines);
      continue;
    }
    pieces.push({ piece: current, c: ctx[i], i });
  }
  const paragraphs: Paragraph[] = [];
  const references: TableCaption[] = [];
  for (const { piece, c } of pieces) {
    const text = norm(piece.lines.map((l) => l.text).join(' '));
    const section = sectionTitle(c);
    const p: Paragraph = { ...(section ? { section } : {}), text };
    if (c.sasaran !== undefined) p.about = { sasaran: c.sasaran };
    p.at = atOf(piece.lines[0].loc);
    paragraphs.push(p);
    references.push(...referencesIn(piece.unit, text, section, piece.lines[0].loc));
  }
  return { paragraphs, references };
}

/** The second piece is the rest of a sentence the first one broke off. */
function continues(a: Piece, b: Piece): boolean {
  if (b.numbered || ITEM_START.test(b.lines[0].text)) return false;
  const end = a.lines[a.lines.length - 1].text;
  const start = b.lines[0].text;
  return /[\p{Ll},]$/u.test(end) && /^\p{Ll}/u.test(start);
}
