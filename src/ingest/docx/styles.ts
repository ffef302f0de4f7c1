// word/styles.xml: what a paragraph's style says about it — a heading level (by the built-in
// heading styles in any UI language, or an outline level), numbering, bold, capitals, hidden.
// Properties are looked up along the basedOn chain, nearest first.
import { child, children, elements, flag, val, type XNode } from './xml.js';

export interface StyleInfo {
  id: string;
  name?: string;
  basedOn?: string;
  pPr?: XNode;
  rPr?: XNode;
  tblPr?: XNode;
}

export interface Styles {
  paragraph: Map<string, StyleInfo>;
  character: Map<string, StyleInfo>;
  table: Map<string, StyleInfo>;
  /** Numbering style id → the list (numId) it numbers with. */
  numbering: Map<string, string>;
  defaultParagraph?: string;
  defaultRun?: XNode;
}

export function readStyles(root: XNode | undefined): Styles {
  const styles: Styles = { paragraph: new Map(), character: new Map(), table: new Map(), numbering: new Map() };
  if (!root) return styles;
  styles.defaultRun = child(child(child(root, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr');
  for (const s of children(root, 'w:style')) {
    const id = s.attrs['w:styleId'];
    if (!id) continue;
    const info: StyleInfo = { id, name: val(s, 'w:name'), basedOn: val(s, 'w:basedOn'), pPr: child(s, 'w:pPr'), rPr: child(s, 'w:rPr'), tblPr: child(s, 'w:tblPr') };
    const type = s.attrs['w:type'] ?? 'paragraph';
    if (type === 'paragraph') {
      styles.paragraph.set(id, info);
      if (/^(1|true|on)$/i.test(s.attrs['w:default'] ?? '')) styles.defaultParagraph = id;
    } else if (type === 'character') styles.character.set(id, info);
    else if (type === 'table') styles.table.set(id, info);
    else if (type === 'numbering') {
      const numId = val(child(info.pPr, 'w:numPr'), 'w:numId');
      if (numId !== undefined) styles.numbering.set(id, numId);
    }
  }
  return styles;
}

/** The style and its ancestors, nearest first (a cycle or a missing parent ends the chain). */
export function chain(map: Map<string, StyleInfo>, id: string | undefined): StyleInfo[] {
  const out: StyleInfo[] = [];
  const seen = new Set<string>();
  for (let s = id ? map.get(id) : undefined; s && !seen.has(s.id) && out.length < 50; s = s.basedOn ? map.get(s.basedOn) : undefined) {
    seen.add(s.id);
    out.push(s);
  }
  return out;
}

// Built-in heading styles by name, as Word writes them in English and in localised templates
// (Indonesian "Judul 1"); the style id follows the UI language, the name usually stays "heading 1".
const HEADING_NAME = /^(?:heading|judul|überschrift|titre|título|titolo|kop)\s*([1-9])$/i;
const TITLE_NAME = /^(?:title|judul)$/i;

/** Heading level (1 = top) of a paragraph with these properties and style, if it is a heading. */
export function headingLevel(styles: Styles, pPr: XNode | undefined, styleId: string | undefined): number | undefined {
  const outline = (p: XNode | undefined) => {
    const v = val(p, 'w:outlineLvl');
    if (v === undefined) return undefined;
    const n = Number(v);
    return Number.isInteger(n) && n >= 0 && n <= 8 ? n + 1 : 0;
  };
  const direct = outline(pPr);
  if (direct !== undefined) return direct || undefined;
  for (const s of chain(styles.paragraph, styleId ?? styles.defaultParagraph)) {
    const m = HEADING_NAME.exec(s.name ?? '') ?? /^(?:Heading|Judul)([1-9])$/.exec(s.id);
    if (m) return Number(m[1]);
    if (TITLE_NAME.test(s.name ?? '') || s.id === 'Title') return 1;
    const o = outline(s.pPr);
    if (o !== undefined) return o || undefined;
  }
  return undefined;
}

/** A run property (bold, caps, hidden …) as the run, its character style, the paragraph style and the defaults set it. */
export function runFlag(styles: Styles, rPr: XNode | undefined, paragraphStyle: string | undefined, name: string): boolean {
  const direct = flag(rPr, name);
  if (direct !== undefined) return direct;
  for (const s of chain(styles.character, val(rPr, 'w:rStyle'))) {
    const f = flag(s.rPr, name);
    if (f !== undefined) return f;
  }
  for (const s of chain(styles.paragraph, paragraphStyle ?? styles.defaultParagraph)) {
    const f = flag(s.rPr, name);
    if (f !== undefined) return f;
  }
  return flag(styles.defaultRun, name) ?? false;
}

/** The numbering a paragraph has directly or through its style: numId, and the level when given
 *  (a heading style linked to a list level leaves it to the list's `w:pStyle`). */
export function numberingOf(styles: Styles, pPr: XNode | undefined, styleId: string | undefined): { numId: string; ilvl?: number; style?: string } | undefined {
  const direct = child(pPr, 'w:numPr');
  const level = (numPr: XNode | undefined) => {
    const v = val(numPr, 'w:ilvl');
    return v !== undefined && /^\d$/.test(v) ? Number(v) : undefined;
  };
  const numId = val(direct, 'w:numId');
  if (numId !== undefined) return { numId, ilvl: level(direct) ?? 0 };
  for (const s of chain(styles.paragraph, styleId ?? styles.defaultParagraph)) {
    const numPr = child(s.pPr, 'w:numPr');
    const id = val(numPr, 'w:numId');
    if (id !== undefined) return { numId: id, ilvl: level(direct) ?? level(numPr), style: s.id };
  }
  return undefined;
}

const SIDES = ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV', 'w:start', 'w:end'];
const NO_LINE = /^(none|nil)$/;

/** Whether a table prints any border line: its own borders, its style's, or a cell's. */
export function hasBorders(styles: Styles, tbl: XNode): boolean {
  const tblPr = child(tbl, 'w:tblPr');
  // Each side as the table sets it, else as its style (chain) sets it.
  const sources = [child(tblPr, 'w:tblBorders'), ...chain(styles.table, val(tblPr, 'w:tblStyle')).map((s) => child(s.tblPr, 'w:tblBorders'))];
  for (const side of SIDES) {
    const set = sources.map((b) => child(b, side)).find(Boolean);
    if (set && !NO_LINE.test(set.attrs['w:val'] ?? 'none')) return true;
  }
  const cellBorder = (n: XNode): boolean =>
    n.name === 'w:tcBorders' ? elements(n).some((b) => !NO_LINE.test(b.attrs['w:val'] ?? 'none')) : n.name !== 'w:tbl' && elements(n).some(cellBorder);
  return elements(tbl).some(cellBorder);
}
