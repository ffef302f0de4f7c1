// Lines → paragraphs: line spacing, indentation, list markers and style changes start a new one;
// headings from size (larger than body text) or bold short lines.

import type { Block, BlockLoc, TextBlock } from '../blocks.js';
import { joinsWithoutBreak } from './ruled.js';
import type { Line } from './types.js';

const MARKER =
  /^(?:[•●○◦▪■□➢➤►▶✓✔√*]|[-–—](?=\s)|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.)]|[a-zA-Z] [.)]|\((?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})\)|\d{1,2}(?: ?\. ?\d{1,2}){1,3}\.?(?=\s+[A-Z]))(?=\s|$)|^[•●○◦▪■□➢➤►▶✓✔√](?=\S)/;

/** Splits a list marker off the start of a line's text. */
export function splitMarker(text: string): { marker?: string; rest: string } {
  const m = MARKER.exec(text);
  if (!m) return { rest: text };
  const rest = text.slice(m[0].length).trim();
  if (rest === '' && !/^[•●○◦▪■□➢➤►▶✓✔√*\-–—]$/.test(m[0])) return { rest: text };
  return { marker: m[0], rest };
}

const CAPTION = /^(tabel|table|gambar|grafik|diagram|bagan|sumber|lampiran|keterangan)\b/i;
const TERMINAL = /[.:;!?]["”’)]?$/;

export interface DocStats {
  /** Body text size: most characters. */
  bodySize: number;
  /** Whether body text is bold (then bold says nothing about headings). */
  bodyBold: boolean;
  /** Sizes (rounded to 0.5) larger than body, largest first: heading levels. */
  headingSizes: number[];
}

export function docStats(lines: Line[]): DocStats {
  const bySize = new Map<number, number>();
  const pagesBySize = new Map<number, Set<number>>();
  let bold = 0;
  let all = 0;
  for (const l of lines) {
    const n = l.text.length;
    bySize.set(l.size, (bySize.get(l.size) ?? 0) + n);
    let pg = pagesBySize.get(l.size);
    if (!pg) pagesBySize.set(l.size, (pg = new Set()));
    pg.add(l.page);
    all += n;
    if (l.bold) bold += n;
  }
  let bodySize = 11;
  let best = -1;
  for (const [s, n] of bySize) {
    if (n > best) {
      best = n;
      bodySize = s;
    }
  }
  // Heading sizes: larger than body by 15 %, used on at least two pages (a cover page's one-off
  // sizes are not levels; text larger than every level is level 1).
  const headingSizes = [...bySize.entries()]
    .filter(([s]) => s >= bodySize * 1.15 && (pagesBySize.get(s)?.size ?? 0) >= 2)
    .map(([s]) => s)
    .sort((a, b) => b - a);
  // Merge sizes within 0.75 pt into one level.
  const levels: number[] = [];
  for (const s of headingSizes) if (levels.length === 0 || levels[levels.length - 1] - s > 0.75) levels.push(s);
  return { bodySize, bodyBold: all > 0 && bold / all > 0.6, headingSizes: levels.slice(0, 5) };
}

/** An entry in the document's reading order: a line, or a finished block (a table) in its place. */
export type FlowItem = { kind: 'line'; line: Line } | { kind: 'block'; block: Block };

interface Building {
  lines: Line[];
  marker?: string;
  /** x where the text after the marker starts on the first line. */
  textX: number;
}

/** Typical baseline distance between consecutive lines of one size on a page. */
function lineSpacing(flow: FlowItem[]): Map<number, number> {
  const deltas = new Map<number, number[]>();
  let prev: Line | null = null;
  for (const it of flow) {
    if (it.kind !== 'line') {
      prev = null;
      continue;
    }
    const l = it.line;
    if (prev && prev.page === l.page && Math.abs(prev.size - l.size) < 0.6) {
      const d = l.y - prev.y;
      if (d > 0.8 * l.size && d < 2.6 * l.size) {
        let arr = deltas.get(l.size);
        if (!arr) deltas.set(l.size, (arr = []));
        arr.push(d);
      }
    }
    prev = l;
  }
  const out = new Map<number, number>();
  for (const [s, arr] of deltas) {
    arr.sort((a, b) => a - b);
    // Lower quartile: the spacing inside paragraphs (paragraph gaps are the larger ones).
    out.set(s, arr[Math.floor(arr.length / 4)]);
  }
  return out;
}

/**
 * Builds paragraphs from the document's flow (pages in order). Each page's right text edge is
 * needed for "short last line" detection.
 */
export function buildParagraphs(
  flow: FlowItem[],
  stats: DocStats,
  rightEdge: Map<number, number>,
  /** Right edge of the page's content, tables included (a page of tables and a few centred lines). */
  frameRight: Map<number, number> = rightEdge,
): Block[] {
  const spacing = lineSpacing(flow);
  const out: Block[] = [];
  let cur: Building | null = null;
  const lastOnPage = new Map<number, Line>();
  for (const it of flow) if (it.kind === 'line') lastOnPage.set(it.line.page, it.line);

  const finish = (): void => {
    if (!cur) return;
    out.push(toBlock(cur, stats));
    cur = null;
  };
  const start = (l: Line): void => {
    const { marker } = splitMarker(l.text);
    let textX = l.x0;
    if (marker) {
      // The first segment/run after the marker.
      const afterMarker = l.runs.find((r) => r.x > l.x0 + 0.5 && !marker.includes(r.str.trim()));
      textX = afterMarker ? afterMarker.x : l.x0 + marker.length * l.size * 0.5;
    }
    cur = { lines: [l], marker, textX };
  };

  let prev: Line | null = null;
  for (const it of flow) {
    if (it.kind === 'block') {
      finish();
      out.push(it.block);
      prev = null;
      continue;
    }
    const l = it.line;
    const c = cur as Building | null;
    if (!c || !prev) {
      finish();
      start(l);
      prev = l;
      continue;
    }
    if (continues(c, prev, l, stats, spacing, rightEdge, frameRight, lastOnPage)) {
      c.lines.push(l);
    } else {
      finish();
      start(l);
    }
    prev = l;
  }
  finish();
  return out;
}

function continues(
  para: Building,
  p: Line,
  l: Line,
  stats: DocStats,
  spacing: Map<number, number>,
  rightEdge: Map<number, number>,
  frameRight: Map<number, number>,
  lastOnPage: Map<number, Line>,
): boolean {
  const em = Math.max(p.size, l.size);
  if (splitMarker(l.text).marker) return false;
  if (Math.abs(p.size - l.size) > 0.12 * em) return false;
  if (p.bold !== l.bold && !stats.bodyBold) return false;
  const heading = isHeadingLine(p, stats);
  if (l.page !== p.page) {
    // A paragraph running over a page break.
    if (l.page !== p.page + 1 || lastOnPage.get(p.page) !== p) return false;
    if (heading) return false;
    // A sentence may end the page's last line, unless that line is justified full (an
    // abbreviation: "… sebesar Rp." ⏎ "3.457.463.874, …") and the next page goes on in lower case
    // or figures.
    const right = rightEdge.get(p.page) ?? p.x1;
    if (TERMINAL.test(p.text) && !(p.x1 >= right - em && /^[a-z0-9]/.test(l.text))) return false;
    return /^[a-z0-9(,]/.test(l.text) || !/[A-Z]/.test(l.text[0] ?? '');
  }
  const d = l.y - p.y;
  if (d <= 0.3 * em) return false; // column jump or overlap
  const expected = spacing.get(l.size) ?? 1.25 * l.size;
  if (d > Math.max(expected * 1.3, expected + 0.35 * em)) return false;
  // Centred lines (titles, captions) continue when centred on the same axis.
  const right0 = rightEdge.get(p.page) ?? p.x1;
  const frame = Math.max(right0, frameRight.get(p.page) ?? right0);
  // Two lines starting at the same x but ending apart are left-aligned, not centred (a list item's
  // short last line over the next paragraph's short first line).
  const leftAligned = Math.abs(p.x0 - l.x0) <= 0.3 * em && Math.abs(p.x1 - l.x1) > 0.3 * em;
  const centred =
    !leftAligned &&
    Math.abs((p.x0 + p.x1) / 2 - (l.x0 + l.x1) / 2) <= 1.5 * em &&
    p.x1 < frame - 2 * em &&
    l.x1 < frame - 2 * em &&
    l.x0 > p.x0 - 20 * em;
  if (centred && para.lines.every((x) => Math.abs((x.x0 + x.x1) / 2 - (l.x0 + l.x1) / 2) <= 1.5 * em)) {
    return !(heading && !isHeadingLine(l, stats));
  }
  // Indentation.
  const contX = para.lines.length >= 2 ? para.lines[1].x0 : null;
  if (contX !== null) {
    if (Math.abs(l.x0 - contX) > 0.8 * em) return false;
  } else if (l.x0 > p.x0 + 0.8 * em) {
    // Second line to the right of the first: a hanging indent (after a marker, or aligned with a
    // part of a full first line such as "Misi Kesatu : …") continues.
    const hanging = para.marker && Math.abs(l.x0 - para.textX) <= 1.2 * em;
    const right = rightEdge.get(p.page) ?? p.x1;
    const aligned = p.x1 >= right - 3 * em && p.runs.some((r) => Math.abs(r.x - l.x0) <= 0.5 * em);
    if (!hanging && !aligned) return false;
  } else if (l.x0 < p.x0 - 0.8 * em && para.marker) {
    return false; // text back at the margin after a list item's first line
  } else if (para.marker && para.lines.length === 1 && markerStandsApart(p, para) && (p.x1 < right0 - 4 * em || d > expected + 0.15 * em)) {
    // A list item set with a hanging indent (its marker apart, at a tab stop), then a line under the
    // marker rather than under the item's text, after a short line or a wider gap: the next paragraph.
    return false;
  }
  // A short line ending a sentence ends the paragraph; but not a list item's line followed, at the
  // usual spacing, by one at its hanging indent (a line break inside the item: "Kegiatan : … ." ⏎
  // "Indikator Kegiatan : …"). After a colon, what is announced (a formula, a list) stands apart.
  const right = rightEdge.get(p.page) ?? p.x1;
  const inItem =
    !!para.marker &&
    !/:$/.test(p.text) &&
    markerStandsApart(para.lines[0], para) &&
    Math.abs(l.x0 - para.textX) <= 0.5 * em &&
    d <= expected + 0.15 * em;
  if (p.x1 < right - 4 * em && TERMINAL.test(p.text) && !inItem) return false;
  if (heading && !isHeadingLine(l, stats)) return false;
  return true;
}

/** The list marker stands apart from the item's text (a tab stop or a hanging indent), as in a
 *  list, not "I. Tujuan …" of a numbered heading. */
function markerStandsApart(first: Line, para: Building): boolean {
  return first.segments.length > 1 && first.segments[0].text.trim() === para.marker && para.textX > first.x0 + 0.8 * first.size;
}

function isHeadingLine(l: Line, stats: DocStats): boolean {
  if (l.size >= stats.bodySize * 1.15) return true;
  return l.bold && !stats.bodyBold && l.text.length <= 120;
}

function toBlock(b: Building, stats: DocStats): TextBlock {
  // Printed lines stay lines ("\n" between them, each with its location), as the text reader keeps
  // them: signature blocks, letterheads and labels are read line by line. A line broken inside a
  // word (after a hyphen, or between "}" and "{" of a formula) is joined without a break.
  const parts: string[] = [];
  const locs: BlockLoc[] = [];
  for (const l of b.lines) {
    const t = l.text.replace(/\s+/g, ' ').trim();
    if (t === '') continue;
    const k = parts.length - 1;
    if (k >= 0 && joinsWithoutBreak(parts[k], t)) parts[k] += t;
    else {
      parts.push(t);
      locs.push({ page: l.page, y: round(l.top) });
    }
  }
  const text = parts.join('\n');
  const first = b.lines[0];
  const block: TextBlock = { type: 'paragraph', text, loc: { page: first.page, y: round(first.top) } };
  if (b.marker) {
    block.marker = b.marker;
    block.text = [splitMarker(parts[0] ?? '').rest, ...parts.slice(1)].join('\n');
  }
  if (locs.length > 1) block.lines = locs;
  const bold = b.lines.every((l) => l.bold);
  if (bold) block.bold = true;
  const size = first.size;
  const level = headingLevel(b, text.replace(/\n/g, ' '), size, bold, stats);
  if (level) block.headingLevel = level;
  return block;
}

function headingLevel(b: Building, text: string, size: number, bold: boolean, stats: DocStats): number | undefined {
  if (text.length > 200 || b.lines.length > 3) return undefined;
  if (/[,;]$/.test(text)) return undefined;
  if (/^[\d.,%\s]+$/.test(text)) return undefined;
  if (size >= stats.bodySize * 1.15) {
    // Level of the nearest heading size not larger than this one.
    let idx = stats.headingSizes.findIndex((s) => s <= size + 0.75);
    if (idx < 0) idx = stats.headingSizes.length;
    return Math.min(6, idx + 1);
  }
  if (bold && !stats.bodyBold && !CAPTION.test(text) && text.length <= 120 && !/[.]$/.test(text.replace(/\.{3,}.*$/, ''))) {
    // Below the size levels; numbered sub-headings one level per numbering depth.
    let level = stats.headingSizes.length + 1;
    const m = b.marker;
    if (m && /^\d+( ?\. ?\d+)+\.?$/.test(m)) level += (m.replace(/\.$/, '').match(/\./g) ?? []).length - 1;
    else if (m) level += 1;
    return Math.min(6, level);
  }
  return undefined;
}

function round(v: number): number {
  return Math.round(v * 10) / 10;
}
