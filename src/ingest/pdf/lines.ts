// Text runs → lines (one baseline) with segments split at wide gaps; two-column pages put in
// reading order (left column, then right).

import { joinRuns } from './ruled.js';
import type { Line, Run, Segment } from './types.js';

/** A gap wider than this many ems between runs on one line separates segments. */
const SEGMENT_GAP_EM = 1.2;

export function buildLines(page: number, runs: Run[]): Line[] {
  if (runs.length === 0) return [];
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: Run[][] = [];
  let cur: Run[] = [];
  let curY = 0;
  let curSize = 0;
  for (const r of sorted) {
    if (cur.length > 0 && r.y - curY <= 0.45 * Math.max(curSize, Math.min(r.size, curSize * 2))) {
      cur.push(r);
      // Anchor on the largest run (superscripts and footnote marks do not move the line).
      if (r.size > curSize * 1.05) {
        curY = r.y;
        curSize = r.size;
      }
    } else {
      cur = [r];
      curY = r.y;
      curSize = r.size;
      groups.push(cur);
    }
  }
  const lines: Line[] = [];
  for (const g of groups) {
    g.sort((a, b) => a.x - b.x || a.seq - b.seq);
    lines.push(makeLine(page, g));
  }
  return orderColumns(lines);
}

export function makeLine(page: number, runs: Run[]): Line {
  // Main run: most characters.
  const bySize = new Map<number, number>();
  let boldChars = 0;
  let chars = 0;
  for (const r of runs) {
    const n = r.str.replace(/\s/g, '').length;
    const key = Math.round(r.size * 2) / 2;
    bySize.set(key, (bySize.get(key) ?? 0) + n);
    chars += n;
    if (r.bold) boldChars += n;
  }
  let size = runs[0].size;
  let best = -1;
  for (const [k, n] of bySize) {
    if (n > best) {
      best = n;
      size = k;
    }
  }
  const main = runs.reduce((a, b) => (Math.abs(b.size - size) < Math.abs(a.size - size) ? b : a));
  const segments: Segment[] = [];
  let segRuns: Run[] = [];
  const flush = (): void => {
    if (segRuns.length === 0) return;
    const text = joinRuns(segRuns);
    if (text !== '') {
      segments.push({ x0: segRuns[0].x, x1: Math.max(...segRuns.map((r) => r.x + r.w)), text });
    }
    segRuns = [];
  };
  let prevEnd = -Infinity;
  for (const r of runs) {
    const gap = r.x - prevEnd;
    if (segRuns.length > 0 && gap > SEGMENT_GAP_EM * Math.max(size, r.size)) flush();
    segRuns.push(r);
    prevEnd = Math.max(prevEnd, r.x + r.w);
  }
  flush();
  return {
    page,
    runs,
    y: main.y,
    top: Math.min(...runs.map((r) => r.top)),
    bottom: Math.max(...runs.map((r) => r.bottom)),
    x0: runs[0].x,
    x1: Math.max(...runs.map((r) => r.x + r.w)),
    size,
    bold: chars > 0 && boldChars >= chars * 0.9,
    text: segments.map((s) => s.text).join(' '),
    segments,
  };
}

/**
 * Two-column pages: if a vertical band in the middle of the page is empty on nearly every line
 * and both sides hold text on many lines, lines are split at the gutter and read column by column.
 */
function orderColumns(lines: Line[]): Line[] {
  if (lines.length < 12) return lines;
  const minX = Math.min(...lines.map((l) => l.x0));
  const maxX = Math.max(...lines.map((l) => l.x1));
  const width = maxX - minX;
  // A damaged PDF can place text at x = 10⁹ (or NaN): the 2-pt buckets below would then take
  // gigabytes and minutes. No page is wider than 14 400 pt (the PDF limit).
  if (width < 200 || !(width <= 14_400)) return lines;
  // Occupancy per 2-pt bucket across the middle 30–70 % of the text width.
  const buckets = Math.ceil(width / 2);
  const crossing = new Int32Array(buckets + 1);
  for (const l of lines) {
    for (const s of l.segments) {
      const b0 = Math.max(0, Math.floor((s.x0 - minX) / 2));
      const b1 = Math.min(buckets, Math.ceil((s.x1 - minX) / 2));
      for (let b = b0; b <= b1; b++) crossing[b]++;
    }
  }
  const lo = Math.floor(buckets * 0.3);
  const hi = Math.ceil(buckets * 0.7);
  let bestStart = -1;
  let bestLen = 0;
  let runStart = -1;
  for (let b = lo; b <= hi + 1; b++) {
    const empty = b <= hi && crossing[b] <= lines.length * 0.03;
    if (empty && runStart < 0) runStart = b;
    if (!empty && runStart >= 0) {
      if (b - runStart > bestLen) {
        bestLen = b - runStart;
        bestStart = runStart;
      }
      runStart = -1;
    }
  }
  if (bestLen * 2 < 8) return lines; // gutter narrower than 8 pt
  const gutter = minX + (bestStart + bestLen / 2) * 2;
  const left: Line[] = [];
  const right: Line[] = [];
  const spanning: Line[] = [];
  for (const l of lines) {
    if (l.x1 <= gutter) left.push(l);
    else if (l.x0 >= gutter) right.push(l);
    else if (l.segments.some((s) => s.x0 < gutter && s.x1 > gutter)) spanning.push(l);
    else {
      // One baseline shared by both columns: split it.
      left.push(makeLine(l.page, l.runs.filter((r) => r.x + r.w / 2 < gutter)));
      right.push(makeLine(l.page, l.runs.filter((r) => r.x + r.w / 2 >= gutter)));
    }
  }
  if (left.length < 5 || right.length < 5) return lines;
  // Both sides must look like columns of text (not labels and values of a form).
  const median = (a: number[]): number => a.sort((x, y) => x - y)[a.length >> 1];
  if (median(left.map((l) => l.x1 - l.x0)) < 0.6 * (gutter - minX)) return lines;
  if (median(right.map((l) => l.x1 - l.x0)) < 0.6 * (maxX - gutter)) return lines;
  // Lines crossing the gutter (titles over both columns) keep their place: a spanning line ends
  // the column section above it.
  const out: Line[] = [];
  const all = [...spanning].sort((a, b) => a.y - b.y);
  let li = 0;
  let ri = 0;
  for (const s of all) {
    while (li < left.length && left[li].y < s.y) out.push(left[li++]);
    while (ri < right.length && right[ri].y < s.y) out.push(right[ri++]);
    out.push(s);
  }
  while (li < left.length) out.push(left[li++]);
  while (ri < right.length) out.push(right[ri++]);
  return out;
}
