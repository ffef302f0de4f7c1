// Borderless tables, conservatively: at least three consecutive lines, each split by wide gaps into
// three or more segments, with numbers, whose segments line up in three or more columns.

import type { Line } from './types.js';

const NUMERIC = /^[-+(]?\s*(?:rp\.?\s*)?[\d][\d.,]*\s*%?\)?(?:\s*[-,]+)?$/i;

export interface ClusteredTable {
  lines: Line[];
  /** Column intervals [x0, x1]. */
  cols: [number, number][];
  rows: string[][];
}

/** A range or bound as printed in rating scales: "> 100", "80 – 100", "<55", "85 s.d. 100 %". */
const RANGE =
  /^(?:[<>≤≥]=?\s*\d[\d.,]*\s*%?|\d[\d.,]*\s*%?\s*(?:[-–—]|s\.?\s?d\.?|sampai(?: dengan)?)\s*[<>≤≥]?\s*\d[\d.,]*\s*%?)$/i;

function isNumeric(s: string): boolean {
  return NUMERIC.test(s.trim()) || RANGE.test(s.trim());
}

function isRange(s: string): boolean {
  return RANGE.test(s.trim());
}

function candidate(l: Line): boolean {
  if (l.segments.length >= 3) return l.segments.some((s) => isNumeric(s.text));
  // Rating scales: a range and a short label.
  return l.segments.length === 2 && l.segments.some((s) => isRange(s.text)) && l.text.length <= 60;
}

/** Merged x-intervals of the segments of `lines`. */
function columnsOf(lines: Line[]): [number, number][] {
  const iv = lines.flatMap((l) => l.segments.map((s) => [s.x0, s.x1] as [number, number]));
  iv.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [a, b] of iv) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + 2) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function colIndex(cols: [number, number][], x0: number, x1: number): number {
  for (let i = 0; i < cols.length; i++) {
    if (x0 >= cols[i][0] - 2 && x1 <= cols[i][1] + 2) return i;
  }
  return -1;
}

/** Whether each segment of `l` sits inside one column, and no two share a column. */
function fits(l: Line, cols: [number, number][]): boolean {
  const used = new Set<number>();
  for (const s of l.segments) {
    const i = colIndex(cols, s.x0, s.x1);
    if (i < 0 || used.has(i)) return false;
    used.add(i);
  }
  return true;
}

/** Finds borderless tables among one page's lines (in reading order). */
export function findClusteredTables(lines: Line[]): ClusteredTable[] {
  const out: ClusteredTable[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!candidate(lines[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (
      j < lines.length &&
      candidate(lines[j]) &&
      lines[j].y > lines[j - 1].y &&
      lines[j].y - lines[j - 1].y < 3.5 * lines[j].size
    ) {
      j++;
    }
    if (j - i >= 3) {
      const body = lines.slice(i, j);
      const cols = columnsOf(body);
      const aligned = body.filter((l) => fits(l, cols)).length;
      // Columns used by most lines.
      const usage = cols.map(() => 0);
      for (const l of body) for (const s of l.segments) {
        const c = colIndex(cols, s.x0, s.x1);
        if (c >= 0) usage[c]++;
      }
      const strong = usage.filter((u) => u >= body.length * 0.6).length;
      // A scale: every line has a range, in the same column, and a label beside it.
      const rangeCol = (l: Line): number => {
        const seg = l.segments.find((x) => isRange(x.text));
        return seg ? colIndex(cols, seg.x0, seg.x1) : -1;
      };
      const scale =
        strong >= 2 && aligned === body.length && body.every((l) => rangeCol(l) >= 0 && rangeCol(l) === rangeCol(body[0]));
      if ((cols.length >= 3 && strong >= 3 && aligned >= body.length * 0.8) || scale) {
        // Extend by header lines above and a total line below that fit the columns.
        let a = i;
        while (
          a > 0 &&
          i - a < 3 &&
          lines[a - 1].segments.length >= 2 &&
          lines[a - 1].y < lines[a].y &&
          lines[a].y - lines[a - 1].y < 3 * lines[a].size &&
          fits(lines[a - 1], cols)
        ) {
          a--;
        }
        let b = j;
        while (
          b < lines.length &&
          b - j < 2 &&
          lines[b].segments.length >= 2 &&
          lines[b].segments.some((s) => isNumeric(s.text)) &&
          lines[b].y > lines[b - 1].y &&
          lines[b].y - lines[b - 1].y < 3 * lines[b].size &&
          fits(lines[b], cols)
        ) {
          b++;
        }
        const tl = lines.slice(a, b);
        const rows = tl.map((l) => {
          const row = cols.map(() => '');
          for (const s of l.segments) {
            const c = colIndex(cols, s.x0, s.x1);
            const k = c >= 0 ? c : nearestCol(cols, (s.x0 + s.x1) / 2);
            row[k] = row[k] ? row[k] + ' ' + s.text : s.text;
          }
          return row;
        });
        out.push({ lines: tl, cols, rows });
        i = b;
        continue;
      }
    }
    i = j;
  }
  return out;
}

function nearestCol(cols: [number, number][], x: number): number {
  let best = 0;
  let bestD = Infinity;
  cols.forEach(([a, b], k) => {
    const d = x < a ? a - x : x > b ? x - b : 0;
    if (d < bestD) {
      bestD = d;
      best = k;
    }
  });
  return best;
}
