// word/document.xml → blocks: paragraphs with their heading level (style), numbering label
// (numbering.xml), bold and their text as printed (capitals, fields' results, no deleted or hidden
// text); tables as grids whose merged cells (w:gridSpan, w:vMerge) are real spans, as the PDF
// reader gives them; text boxes and footnotes as paragraphs after the paragraph or table that
// holds them. Every block is located by its paragraph's number in the document (Word has no
// stable page numbers: pages depend on the printer and fonts).
import type { Block, BlockLoc, Cell, TableBlock, TextBlock } from '../blocks.js';
import type { Numbering } from './numbering.js';
import { hasBorders, headingLevel, numberingOf, runFlag, type Styles } from './styles.js';
import { child, children, elements, textOf, val, type XNode } from './xml.js';
import { largest } from '../arrays.js';

export interface BodyEnv {
  styles: Styles;
  numbering: Numbering;
  /** Footnote and endnote bodies by id. */
  footnotes: Map<string, XNode>;
  endnotes: Map<string, XNode>;
  /** Paragraphs numbered so far (every w:p, also in tables, text boxes and notes). */
  paragraphs: number;
  /** Endnotes referenced, in order, for the end of the document. */
  endnoteRefs: string[];
}

/** What a paragraph or table carries that is printed elsewhere: text boxes, footnotes. */
interface Attached {
  boxes: XNode[];
  footnotes: string[];
}

interface ParagraphText {
  text: string;
  bold: boolean;
}

export function readBody(container: XNode, env: BodyEnv): Block[] {
  const out: Block[] = [];
  for (const el of blockElements(container)) {
    const attached: Attached = { boxes: [], footnotes: [] };
    if (el.name === 'w:p') {
      const block = readParagraph(el, env, attached);
      if (block) out.push(block);
    } else if (el.name === 'w:tbl') {
      const table = readTable(el, env, attached);
      out.push(...(isLayout(table) && !hasBorders(env.styles, el) ? layoutText(table) : [table]));
    }
    for (const box of attached.boxes) out.push(...readBody(box, env));
    for (const id of attached.footnotes) {
      const note = env.footnotes.get(id);
      if (note) out.push(...readBody(note, env));
    }
  }
  return out;
}

/** Paragraphs and tables of a container, looking through content controls and custom XML. */
function blockElements(container: XNode): XNode[] {
  const out: XNode[] = [];
  for (const el of elements(container)) {
    if (el.name === 'w:p' || el.name === 'w:tbl') out.push(el);
    else if (el.name === 'w:sdt') out.push(...blockElements(child(el, 'w:sdtContent') ?? el));
    else if (el.name === 'w:customXml' || el.name === 'w:ins' || el.name === 'w:moveTo') out.push(...blockElements(el));
    else if (el.name === 'mc:AlternateContent') out.push(...blockElements(alternative(el)));
  }
  return out;
}

/** Of markup-compatibility alternatives, the first choice (both say the same; one is enough). */
function alternative(el: XNode): XNode {
  return child(el, 'mc:Choice') ?? child(el, 'mc:Fallback') ?? el;
}

function readParagraph(p: XNode, env: BodyEnv, attached: Attached): TextBlock | undefined {
  const loc: BlockLoc = { paragraph: ++env.paragraphs };
  const pPr = child(p, 'w:pPr');
  const style = val(pPr, 'w:pStyle');
  const { text, bold } = paragraphText(p, style, env, attached);
  const label = numberLabel(pPr, style, env);
  const lines = text.split('\n').map((l) => l.replace(/[ \u00a0]+$/, ''));
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  while (lines.length && !lines[0].trim()) lines.shift();
  if (!lines.length) return undefined;
  const block: TextBlock = { type: 'paragraph', text: lines.join('\n'), loc };
  const level = headingLevel(env.styles, pPr, style);
  if (level) block.headingLevel = level;
  if (label) block.marker = label;
  if (bold) block.bold = true;
  return block;
}

/** The numbering label of a paragraph (counting it), if it is numbered. */
function numberLabel(pPr: XNode | undefined, style: string | undefined, env: BodyEnv): string | undefined {
  const num = numberingOf(env.styles, pPr, style);
  return num ? env.numbering.next(num.numId, num.ilvl, num.style) : undefined;
}

/** The printed text of a paragraph; bold when every run with visible text is bold. */
function paragraphText(p: XNode, style: string | undefined, env: BodyEnv, attached: Attached): ParagraphText {
  const state = { text: '', bold: true, any: false, fields: [] as ('instr' | 'result')[] };
  const runs = (container: XNode) => {
    for (const el of elements(container)) {
      switch (el.name) {
        case 'w:r':
          run(el);
          break;
        case 'w:hyperlink':
        case 'w:smartTag':
        case 'w:ins':
        case 'w:moveTo':
        case 'w:customXml':
        case 'w:fldSimple':
        case 'w:dir':
        case 'w:bdo':
          runs(el);
          break;
        case 'w:sdt':
          runs(child(el, 'w:sdtContent') ?? el);
          break;
        case 'mc:AlternateContent':
          runs(alternative(el));
          break;
        case 'm:oMathPara':
        case 'm:oMath':
          state.text += mathText(el);
          break;
        // w:del, w:moveFrom (deleted text), w:pPr, bookmarks, comments, proofing marks: nothing printed.
      }
    }
  };
  const run = (r: XNode) => {
    const rPr = child(r, 'w:rPr');
    const hidden = runFlag(env.styles, rPr, style, 'w:vanish');
    const caps = runFlag(env.styles, rPr, style, 'w:caps');
    let bold: boolean | undefined;
    for (const el of elements(r)) {
      if (el.name === 'w:fldChar') {
        const type = el.attrs['w:fldCharType'];
        if (type === 'begin') state.fields.push('instr');
        else if (type === 'separate' && state.fields.length) state.fields[state.fields.length - 1] = 'result';
        else if (type === 'end') state.fields.pop();
        continue;
      }
      if (el.name === 'w:drawing' || el.name === 'w:pict' || el.name === 'mc:AlternateContent' || el.name === 'w:object') {
        attached.boxes.push(...textBoxes(el));
        continue;
      }
      if (el.name === 'w:footnoteReference') {
        if (el.attrs['w:id'] !== undefined) attached.footnotes.push(el.attrs['w:id']);
        continue;
      }
      if (el.name === 'w:endnoteReference') {
        if (el.attrs['w:id'] !== undefined) env.endnoteRefs.push(el.attrs['w:id']);
        continue;
      }
      if (hidden || state.fields.includes('instr')) continue;
      let piece = '';
      switch (el.name) {
        case 'w:t':
          piece = textOf(el);
          break;
        case 'w:tab':
        case 'w:ptab':
          piece = '\t';
          break;
        case 'w:br':
          // A page or column break separates like a line break; a plain line break is one.
          piece = '\n';
          break;
        case 'w:cr':
          piece = '\n';
          break;
        case 'w:noBreakHyphen':
          piece = '-';
          break;
        case 'w:sym':
          piece = symbol(el.attrs['w:char']);
          break;
      }
      if (!piece) continue;
      if (caps) piece = piece.toUpperCase();
      if (piece.trim()) {
        bold ??= runFlag(env.styles, rPr, style, 'w:b');
        state.any = true;
        if (!bold) state.bold = false;
      }
      state.text += piece;
    }
  };
  runs(p);
  return { text: state.text.replace(/\u00a0/g, ' '), bold: state.any && state.bold };
}

/** Text boxes (w:txbxContent) inside a drawing, a VML shape or an alternative, each once. */
function textBoxes(el: XNode): XNode[] {
  if (el.name === 'w:txbxContent') return [el];
  if (el.name === 'mc:AlternateContent') return textBoxes(alternative(el));
  return elements(el).flatMap(textBoxes);
}

/** Symbol and Wingdings code points (U+F0xx) are glyphs, not letters: a check mark or bullet. */
function symbol(hex: string | undefined): string {
  const code = hex ? parseInt(hex, 16) : NaN;
  if (!Number.isFinite(code)) return '';
  if (code >= 0xf000 && code <= 0xf0ff) return code === 0xf0fc || code === 0xf0fe ? '✓' : '•';
  return String.fromCodePoint(code);
}

/** Office Math as its plain characters (m:t), in order. */
function mathText(el: XNode): string {
  if (el.name === 'm:t') return textOf(el);
  return elements(el).map(mathText).join('');
}

// ---------------------------------------------------------------------------------------------
// Tables

interface GridCell {
  cell: Cell;
  col: number;
  span: number;
  /** A w:vMerge continuation: covered by the cell above. */
  continues: boolean;
}

function readTable(tbl: XNode, env: BodyEnv, attached: Attached): TableBlock {
  const loc: BlockLoc = { paragraph: env.paragraphs + 1 };
  const grid: GridCell[][] = [];
  for (const tr of rowElements(tbl)) {
    const trPr = child(tr, 'w:trPr');
    if (child(trPr, 'w:hidden')) continue;
    let col = Number(val(trPr, 'w:gridBefore') ?? 0) || 0;
    const row: GridCell[] = [];
    for (const tc of cellElements(tr)) {
      const tcPr = child(tc, 'w:tcPr');
      const span = Math.max(1, Math.min(64, Number(val(tcPr, 'w:gridSpan') ?? 1) || 1));
      const vMerge = child(tcPr, 'w:vMerge');
      const hMerge = val(tcPr, 'w:hMerge');
      const cell = readCell(tc, env, attached);
      const prev = row[row.length - 1];
      if (hMerge === 'continue' && prev) {
        // Legacy horizontal merge: the cell widens the one to its left.
        prev.span += span;
        if (prev.span > 1) prev.cell.colSpan = prev.span;
      } else {
        const continues = !!vMerge && vMerge.attrs['w:val'] !== 'restart';
        if (span > 1) cell.colSpan = span;
        row.push({ cell, col, span, continues });
      }
      col += span;
    }
    if (row.length) grid.push(row);
  }
  // A continued cell is covered by the nearest cell above that starts in the same grid column.
  for (let r = 0; r < grid.length; r++) {
    for (const g of grid[r]) {
      if (!g.continues) continue;
      const above = findOwner(grid, r, g.col);
      if (!above) {
        g.continues = false;
        continue;
      }
      above.cell.rowSpan = (above.cell.rowSpan ?? 1) + 1;
      if (g.cell.text) above.cell.text = above.cell.text ? `${above.cell.text}\n${g.cell.text}` : g.cell.text;
      g.cell = { text: '', loc: g.cell.loc, covered: true, ...(g.span > 1 ? { colSpan: g.span } : {}) };
    }
  }
  return { type: 'table', rows: grid.map((row) => row.map((g) => g.cell)), loc, source: 'ruled' };
}

/**
 * Whether a table (drawn without a single border line) is page layout: blocks side by side (at
 * most two columns: signature blocks) or a form ("Nama | : | …", a column of colons). Borderless
 * tables of more columns hold data as often as not (a programme list) and stay tables.
 */
function isLayout(table: TableBlock): boolean {
  const width = largest(table.rows.map((r) => r.reduce((n, c) => n + (c.colSpan ?? 1), 0)));
  if (width <= 2) return true;
  for (let col = 0; col < width; col++) {
    const texts = table.rows.map((r) => cellAt(r, col)?.text.trim()).filter(Boolean);
    if (texts.length && texts.every((t) => t === ':')) return true;
  }
  return false;
}

/** The cell of a row at grid column `col`. */
function cellAt(row: Cell[], col: number): Cell | undefined {
  let at = 0;
  for (const c of row) {
    if (col < at + (c.colSpan ?? 1)) return col === at ? c : undefined;
    at += c.colSpan ?? 1;
  }
  return undefined;
}

/**
 * A layout table is read as it prints, as text: a row of one-line cells is one line, a cell of
 * several lines (a signature block) a paragraph of its own.
 */
function layoutText(table: TableBlock): TextBlock[] {
  const out: TextBlock[] = [];
  for (const row of table.rows) {
    const cells = row.filter((c) => !c.covered && c.text.trim());
    if (!cells.length) continue;
    if (cells.every((c) => !c.text.includes('\n'))) out.push({ type: 'paragraph', text: cells.map((c) => c.text.trim()).join(' '), loc: { ...cells[0].loc } });
    else for (const c of cells) out.push({ type: 'paragraph', text: c.text, loc: { ...c.loc } });
  }
  return out;
}

function findOwner(grid: GridCell[][], r: number, col: number): GridCell | undefined {
  for (let k = r - 1; k >= 0; k--) {
    const g = grid[k].find((c) => c.col === col);
    if (!g) return undefined;
    if (!g.continues && !g.cell.covered) return g;
  }
  return undefined;
}

function rowElements(tbl: XNode): XNode[] {
  const out: XNode[] = [];
  for (const el of elements(tbl)) {
    if (el.name === 'w:tr') out.push(el);
    else if (el.name === 'w:sdt') out.push(...rowElements(child(el, 'w:sdtContent') ?? el));
    else if (el.name === 'w:customXml' || el.name === 'w:ins') out.push(...rowElements(el));
  }
  return out;
}

function cellElements(tr: XNode): XNode[] {
  const out: XNode[] = [];
  for (const el of elements(tr)) {
    if (el.name === 'w:tc') out.push(el);
    else if (el.name === 'w:sdt') out.push(...cellElements(child(el, 'w:sdtContent') ?? el));
    else if (el.name === 'w:customXml') out.push(...cellElements(el));
  }
  return out;
}

/** A cell's text: its paragraphs on separate lines (numbering printed in front), a nested table
 *  row by row. Tabs print as spaces. */
function readCell(tc: XNode, env: BodyEnv, attached: Attached): Cell {
  const loc: BlockLoc = { paragraph: env.paragraphs + 1 };
  const lines: string[] = [];
  for (const el of blockElements(tc)) {
    if (el.name === 'w:p') {
      const block = readParagraph(el, env, attached);
      if (block) lines.push(block.marker ? `${block.marker} ${block.text}` : block.text);
    } else {
      const nested = readTable(el, env, attached);
      for (const row of nested.rows) lines.push(row.map((c) => c.text.replace(/\n/g, ' ')).filter(Boolean).join(' '));
    }
  }
  const text = lines
    .join('\n')
    .replace(/[ \t]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
  return { text, loc };
}

/** Footnotes or endnotes by id, without the separator notes Word keeps among them. */
export function readNotes(root: XNode | undefined, name: 'w:footnote' | 'w:endnote'): Map<string, XNode> {
  const notes = new Map<string, XNode>();
  for (const n of children(root, name)) {
    const type = n.attrs['w:type'];
    if (type && type !== 'normal') continue;
    if (n.attrs['w:id'] !== undefined) notes.set(n.attrs['w:id'], n);
  }
  return notes;
}
