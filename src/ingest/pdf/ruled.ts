// Ruled tables: rule segments → connected groups → grid of column and row edges → cells (merged
// where a border is missing) → text runs assigned to cells.

import type { Cell } from '../blocks.js';
import type { HRule, Run, VRule } from './types.js';

/** Distance within which segment ends and crossings count as touching. */
const TOUCH = 2.5;
/** Rules closer than this (double borders) are one grid line. */
const MIN_GAP = 3.5;
/** Share of a cell edge a rule must cover for the edge to count as a border. */
const COVER = 0.5;
/** Share of the grid's inner cell edges that must be drawn: below it the lines form a diagram. */
const DENSITY = 0.5;

export interface GridCell {
  /** Grid position of the top-left corner and the spans. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  runs: Run[];
  text: string;
}

export interface RuledTable {
  /** Column edges (xs.length - 1 columns) and row edges. */
  xs: number[];
  ys: number[];
  /** Cells by grid row; a merged cell appears in its top row only. */
  cells: GridCell[];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

class UnionFind {
  parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r];
    while (this.parent[i] !== r) {
      const next = this.parent[i];
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Merges collinear horizontal segments that overlap or touch. */
export function mergeH(rules: HRule[]): HRule[] {
  const sorted = [...rules].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  // Group by y (within 1 pt), then merge x-intervals inside a group.
  const out: HRule[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i + 1;
    while (j < sorted.length && sorted[j].y - sorted[j - 1].y <= 1) j++;
    const group = sorted.slice(i, j).sort((a, b) => a.x0 - b.x0);
    let cur: HRule | null = null;
    let ySum = 0;
    let yN = 0;
    for (const s of group) {
      if (cur && s.x0 <= cur.x1 + TOUCH) {
        cur.x1 = Math.max(cur.x1, s.x1);
        ySum += s.y;
        yN++;
        cur.y = ySum / yN;
      } else {
        cur = { y: s.y, x0: s.x0, x1: s.x1 };
        ySum = s.y;
        yN = 1;
        out.push(cur);
      }
    }
    i = j;
  }
  return out;
}

export function mergeV(rules: VRule[]): VRule[] {
  const asH = mergeH(rules.map((r) => ({ y: r.x, x0: r.y0, x1: r.y1 })));
  return asH.map((r) => ({ x: r.y, y0: r.x0, y1: r.x1 }));
}

/** Positions clustered: sorted values within `gap` of the previous one form one line (mean). */
function clusterPositions(values: number[], gap: number): number[] {
  const v = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let start = 0;
  for (let i = 1; i <= v.length; i++) {
    if (i === v.length || v[i] - v[i - 1] > gap) {
      // Within a cluster take the median, robust to one stray rule.
      out.push(v[(start + i - 1) >> 1]);
      start = i;
    }
  }
  return out;
}

function bisect(edges: number[], v: number): number {
  // index i such that edges[i] <= v < edges[i+1]; -1 or edges.length-1 when outside
  let lo = 0;
  let hi = edges.length - 1;
  if (v < edges[0] || v > edges[hi]) return -1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (edges[mid] <= v) lo = mid;
    else hi = mid;
  }
  return lo;
}

function nearestIndex(edges: number[], v: number, tol: number): number {
  let best = -1;
  let bestD = tol;
  for (let i = 0; i < edges.length; i++) {
    const d = Math.abs(edges[i] - v);
    if (d <= bestD) {
      best = i;
      bestD = d;
    }
  }
  return best;
}

/**
 * A table of one or two rows in the header or footer zone of a page: a box around a running title,
 * or the first rows of a table continued on the next page (the last rows of one continued from the
 * previous page). Which one is known only next to the neighbouring page; its runs are not claimed.
 */
export interface MarginalTable {
  table: RuledTable;
  runs: Run[];
  /** In the header zone (else the footer zone). */
  top: boolean;
}

/**
 * Finds ruled tables on a page. Runs whose centre falls inside a table are assigned to its cells
 * and reported in `claimed`.
 */
export function findRuledTables(
  hIn: HRule[],
  vIn: VRule[],
  runs: Run[],
  pageHeight = Infinity,
): { tables: RuledTable[]; claimed: Set<Run>; marginal: MarginalTable[] } {
  const claimed = new Set<Run>();
  const tables: RuledTable[] = [];
  const marginal: MarginalTable[] = [];
  if (hIn.length === 0 || vIn.length === 0) return { tables, claimed, marginal };
  const H = mergeH(hIn);
  const V = mergeV(vIn);
  if (H.length * V.length > 4_000_000) return { tables, claimed, marginal };

  // Connected groups of crossing/touching segments.
  const uf = new UnionFind(H.length + V.length);
  const vByX = V.map((s, k) => ({ s, k })).sort((a, b) => a.s.x - b.s.x);
  const vxs = vByX.map((e) => e.s.x);
  for (let i = 0; i < H.length; i++) {
    const hs = H[i];
    // Vertical rules with x in [x0 - TOUCH, x1 + TOUCH]
    let lo = lowerBound(vxs, hs.x0 - TOUCH);
    for (; lo < vByX.length && vxs[lo] <= hs.x1 + TOUCH; lo++) {
      const vs = vByX[lo].s;
      if (hs.y >= vs.y0 - TOUCH && hs.y <= vs.y1 + TOUCH) uf.union(i, H.length + vByX[lo].k);
    }
  }
  const groups = new Map<number, { h: HRule[]; v: VRule[] }>();
  for (let i = 0; i < H.length + V.length; i++) {
    const r = uf.find(i);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = { h: [], v: [] }));
    if (i < H.length) g.h.push(H[i]);
    else g.v.push(V[i - H.length]);
  }

  const candidates: RuledTable[] = [];
  for (const g of groups.values()) {
    if (g.h.length < 2 || g.v.length < 1) continue;
    const gx0 = Math.min(...g.h.map((s) => s.x0)) - 1;
    const gx1 = Math.max(...g.h.map((s) => s.x1)) + 1;
    const gy0 = Math.min(...g.v.map((s) => s.y0), ...g.h.map((s) => s.y)) - 1;
    const gy1 = Math.max(...g.v.map((s) => s.y1), ...g.h.map((s) => s.y)) + 1;
    const inside = runs.filter((r) => {
      const cx = r.x + r.w / 2;
      const cy = (r.top + r.bottom) / 2;
      return cx >= gx0 && cx <= gx1 && cy >= gy0 && cy <= gy1;
    });
    const t = buildGrid(g.h, g.v, inside);
    if (t) candidates.push(t);
  }
  // Nested groups cannot cross (they would be connected), so tables are disjoint or nested.
  // Inner ones inside an outer one are rare (a frame around the page); keep the smaller ones.
  candidates.sort((a, b) => area(a) - area(b));
  for (const t of candidates) {
    if (tables.some((o) => contains(t, o))) continue;
    tables.push(t);
  }

  // Assign runs.
  const assignedRuns = new Map<RuledTable, Run[]>();
  for (const r of runs) {
    const cx = r.x + r.w / 2;
    const cy = (r.top + r.bottom) / 2;
    for (const t of tables) {
      if (cx < t.x0 || cx > t.x1 || cy < t.y0 || cy > t.y1) continue;
      assignRun(t, r);
      claimed.add(r);
      let list = assignedRuns.get(t);
      if (!list) assignedRuns.set(t, (list = []));
      list.push(r);
      break;
    }
  }
  const kept: RuledTable[] = [];
  for (const t of tables) {
    for (const c of t.cells) c.text = cellText(c.runs);
    const nonEmpty = t.cells.filter((c) => c.text !== '').length;
    // Diagrams drawn with boxes and connectors (organisation charts) make grids that are mostly
    // empty, or whose text runs across the "cell" borders.
    const split = (t as RuledTable & { splitRuns?: number }).splitRuns ?? 0;
    const assigned = t.cells.reduce((n, c) => n + c.runs.length, 0);
    const density = (t as RuledTable & { density: number }).density;
    // A row with two filled cells; not a box in the page header/footer (a running title over a rule
    // next to a "BAB I" box).
    const rowsWithTwo = new Set<number>();
    const perRow = new Map<number, number>();
    for (const c of t.cells) {
      if (c.text === '') continue;
      const n = (perRow.get(c.row) ?? 0) + 1;
      perRow.set(c.row, n);
      if (n >= 2) rowsWithTwo.add(c.row);
    }
    const inMargin = t.ys.length <= 3 && (t.y1 <= pageHeight * 0.13 || t.y0 >= pageHeight * 0.87);
    const looksLikeTable =
      nonEmpty >= 2 &&
      rowsWithTwo.size > 0 &&
      nonEmpty >= 0.15 * t.cells.length &&
      density >= DENSITY &&
      !(split >= 2 && split > 0.15 * assigned);
    if (looksLikeTable && !inMargin) kept.push(t);
    else {
      const own = assignedRuns.get(t) ?? [];
      for (const r of own) claimed.delete(r);
      if (looksLikeTable) marginal.push({ table: t, runs: own, top: t.y1 <= pageHeight * 0.13 });
    }
  }
  kept.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  return { tables: kept, claimed, marginal };
}

function area(t: RuledTable): number {
  return (t.x1 - t.x0) * (t.y1 - t.y0);
}

/** Whether `outer` contains `inner` (it has the inner table as a region). */
function contains(inner: RuledTable, outer: RuledTable): boolean {
  return inner.x0 >= outer.x0 - 1 && inner.x1 <= outer.x1 + 1 && inner.y0 >= outer.y0 - 1 && inner.y1 <= outer.y1 + 1;
}

function lowerBound(a: number[], v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function buildGrid(h: HRule[], v: VRule[], runs: Run[]): RuledTable | null {
  const minX = Math.min(...h.map((s) => s.x0));
  const maxX = Math.max(...h.map((s) => s.x1));
  const minY = Math.min(...v.map((s) => s.y0), ...h.map((s) => s.y));
  const maxY = Math.max(...v.map((s) => s.y1), ...h.map((s) => s.y));
  let xs = clusterPositions(v.map((s) => s.x), 2);
  // Open sides (no outer vertical border): the horizontal rules' ends are the edges.
  if (minX < xs[0] - MIN_GAP) xs.unshift(minX);
  if (maxX > xs[xs.length - 1] + MIN_GAP) xs.push(maxX);
  let ys = clusterPositions(h.map((s) => s.y), 2);
  if (minY < ys[0] - MIN_GAP) ys.unshift(minY);
  if (maxY > ys[ys.length - 1] + MIN_GAP) ys.push(maxY);
  xs = dropClose(xs);
  ys = dropClose(ys);

  const covered = (a0: number, a1: number, segs: { lo: number; hi: number }[]): boolean => {
    let sum = 0;
    for (const s of segs) {
      const o = Math.min(a1, s.hi) - Math.max(a0, s.lo);
      if (o > 0) sum += o;
    }
    return sum >= COVER * (a1 - a0);
  };
  const centres = runs.map((r) => [r.x + r.w / 2, (r.top + r.bottom) / 2] as const);

  // Trim what does not belong to the table: empty outer rows/columns (a page frame or a footer rule
  // touching the table adds them), then inner edges drawn in no row/column at all.
  let vSegs: { lo: number; hi: number }[][] = [];
  let hSegs: { lo: number; hi: number }[][] = [];
  for (let guard = 0; guard < 200; guard++) {
    const nc = xs.length - 1;
    const nr = ys.length - 1;
    if (nc < 2 || nr < 1) return null;
    const colHas = new Uint8Array(nc);
    const rowHas = new Uint8Array(nr);
    for (const [cx, cy] of centres) {
      const c = bisect(xs, cx);
      const r = bisect(ys, cy);
      if (c >= 0 && r >= 0) {
        colHas[Math.min(c, nc - 1)] = 1;
        rowHas[Math.min(r, nr - 1)] = 1;
      }
    }
    // An empty outer column drawn as cells (both its sides ruled in every row, ruled at the top and
    // the bottom) belongs to the table: the empty Target/Realisasi cells of a row continued from the
    // previous page. One between a page frame and the table does not.
    if (!colHas[0] && !drawnColumn(0, xs, ys, v, h)) {
      xs = xs.slice(1);
      continue;
    }
    if (!colHas[nc - 1] && !drawnColumn(nc - 1, xs, ys, v, h)) {
      xs = xs.slice(0, -1);
      continue;
    }
    if (!rowHas[0]) {
      ys = ys.slice(1);
      continue;
    }
    if (!rowHas[nr - 1]) {
      ys = ys.slice(0, -1);
      continue;
    }
    const vAt: { lo: number; hi: number }[][] = xs.map(() => []);
    for (const s of v) {
      const j = nearestIndex(xs, s.x, 2.5);
      if (j >= 0) vAt[j].push({ lo: s.y0, hi: s.y1 });
    }
    const hAt: { lo: number; hi: number }[][] = ys.map(() => []);
    for (const s of h) {
      const i = nearestIndex(ys, s.y, 2.5);
      if (i >= 0) hAt[i].push({ lo: s.x0, hi: s.x1 });
    }
    const keepX = xs.filter((_, j) => j === 0 || j === nc || ys.slice(0, -1).some((y, r) => covered(y, ys[r + 1], vAt[j])));
    const keepY = ys.filter((_, i) => i === 0 || i === nr || xs.slice(0, -1).some((x, c) => covered(x, xs[c + 1], hAt[i])));
    if (keepX.length !== xs.length || keepY.length !== ys.length) {
      xs = keepX;
      ys = keepY;
      continue;
    }
    vSegs = vAt;
    hSegs = hAt;
    break;
  }
  const nc = xs.length - 1;
  const nr = ys.length - 1;
  if (nc < 2 || nr < 1 || vSegs.length === 0) return null;

  const uf = new UnionFind(nr * nc);
  let borders = 0;
  let possible = 0;
  for (let r = 0; r < nr; r++) {
    for (let j = 1; j < nc; j++) {
      possible++;
      if (!covered(ys[r], ys[r + 1], vSegs[j])) uf.union(r * nc + j - 1, r * nc + j);
      else borders++;
    }
  }
  for (let i = 1; i < nr; i++) {
    for (let c = 0; c < nc; c++) {
      possible++;
      if (!covered(xs[c], xs[c + 1], hSegs[i])) uf.union((i - 1) * nc + c, i * nc + c);
      else borders++;
    }
  }
  // Components → rectangles (bounding box in grid units).
  const box = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      const root = uf.find(r * nc + c);
      const b = box.get(root);
      if (!b) box.set(root, { r0: r, r1: r, c0: c, c1: c });
      else {
        b.r0 = Math.min(b.r0, r);
        b.r1 = Math.max(b.r1, r);
        b.c0 = Math.min(b.c0, c);
        b.c1 = Math.max(b.c1, c);
      }
    }
  }
  // A table whose every cell is merged into one is a box, not a table.
  if (box.size < 2) return null;
  const taken = new Int32Array(nr * nc).fill(-1);
  const cells: GridCell[] = [];
  const sortedBoxes = [...box.values()].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  for (const b of sortedBoxes) {
    // Non-rectangular merges: shrink to the part not already taken (rare).
    if (taken[b.r0 * nc + b.c0] >= 0) continue;
    let c1 = b.c0;
    while (c1 + 1 <= b.c1 && taken[b.r0 * nc + c1 + 1] < 0) c1++;
    let r1 = b.r0;
    outer: while (r1 + 1 <= b.r1) {
      for (let c = b.c0; c <= c1; c++) if (taken[(r1 + 1) * nc + c] >= 0) break outer;
      r1++;
    }
    const idx = cells.length;
    for (let r = b.r0; r <= r1; r++) for (let c = b.c0; c <= c1; c++) taken[r * nc + c] = idx;
    cells.push({
      row: b.r0,
      col: b.c0,
      rowSpan: r1 - b.r0 + 1,
      colSpan: c1 - b.c0 + 1,
      x0: xs[b.c0],
      x1: xs[c1 + 1],
      y0: ys[b.r0],
      y1: ys[r1 + 1],
      runs: [],
      text: '',
    });
  }
  // Positions left over by a shrunk merge become cells of their own.
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      if (taken[r * nc + c] >= 0) continue;
      taken[r * nc + c] = cells.length;
      cells.push({ row: r, col: c, rowSpan: 1, colSpan: 1, x0: xs[c], x1: xs[c + 1], y0: ys[r], y1: ys[r + 1], runs: [], text: '' });
    }
  }
  const table: RuledTable & { owner: Int32Array; density: number } = {
    density: possible > 0 ? borders / possible : 1,
    xs,
    ys,
    cells,
    x0: xs[0],
    x1: xs[nc],
    y0: ys[0],
    y1: ys[nr],
    owner: taken,
  };
  return table;
}

/** Whether grid column `c` is drawn as cells: its two sides ruled over every row, its top and
 *  bottom edges ruled. */
function drawnColumn(c: number, xs: number[], ys: number[], v: VRule[], h: HRule[]): boolean {
  const x0 = xs[c];
  const x1 = xs[c + 1];
  const y0 = ys[0];
  const y1 = ys[ys.length - 1];
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= 2.5;
  const cover = (lo: number, hi: number, segs: { lo: number; hi: number }[]): boolean => {
    let sum = 0;
    for (const s of segs) {
      const o = Math.min(hi, s.hi) - Math.max(lo, s.lo);
      if (o > 0) sum += o;
    }
    return sum >= COVER * (hi - lo);
  };
  const left = v.filter((s) => near(s.x, x0)).map((s) => ({ lo: s.y0, hi: s.y1 }));
  const right = v.filter((s) => near(s.x, x1)).map((s) => ({ lo: s.y0, hi: s.y1 }));
  const top = h.filter((s) => near(s.y, y0)).map((s) => ({ lo: s.x0, hi: s.x1 }));
  const bottom = h.filter((s) => near(s.y, y1)).map((s) => ({ lo: s.x0, hi: s.x1 }));
  if (!cover(x0, x1, top) || !cover(x0, x1, bottom)) return false;
  for (let r = 0; r + 1 < ys.length; r++) if (!cover(ys[r], ys[r + 1], left) || !cover(ys[r], ys[r + 1], right)) return false;
  return true;
}

function dropClose(edges: number[]): number[] {
  const out: number[] = [];
  for (const e of edges) {
    if (out.length > 0 && e - out[out.length - 1] < MIN_GAP) {
      out[out.length - 1] = (out[out.length - 1] + e) / 2;
    } else out.push(e);
  }
  return out;
}

function assignRun(t: RuledTable, r: Run): void {
  const owner = (t as RuledTable & { owner: Int32Array }).owner;
  const nc = t.xs.length - 1;
  const cy = (r.top + r.bottom) / 2;
  const row = Math.max(0, bisect(t.ys, cy));
  const x0 = r.x;
  const x1 = r.x + r.w;
  // Split a run that crosses cell borders (one text item over two cells).
  const c0 = bisect(t.xs, Math.max(t.xs[0], x0 + 1));
  const c1 = bisect(t.xs, Math.min(t.xs[nc] - 0.01, x1 - 1));
  if (c0 >= 0 && c1 > c0) {
    // Only at borders drawn in this row (a merged cell keeps its text whole).
    const borders: number[] = [];
    for (let j = c0 + 1; j <= c1; j++) if (owner[row * nc + j - 1] !== owner[row * nc + j]) borders.push(t.xs[j]);
    const pieces = borders.length > 0 ? splitRun(r, borders) : [r];
    if (pieces.length > 1) {
      const tt = t as RuledTable & { splitRuns?: number };
      tt.splitRuns = (tt.splitRuns ?? 0) + 1;
    }
    for (const p of pieces) {
      const c = Math.max(0, bisect(t.xs, p.x + p.w / 2));
      t.cells[owner[row * nc + Math.min(c, nc - 1)]].runs.push(p);
    }
    return;
  }
  const col = Math.max(0, Math.min(nc - 1, bisect(t.xs, x0 + r.w / 2)));
  t.cells[owner[row * nc + col]].runs.push(r);
}

/** Splits a run at x borders, cutting at the nearest space to the proportional position. */
function splitRun(r: Run, borders: number[]): Run[] {
  const out: Run[] = [];
  const s = r.str;
  const perChar = r.w / Math.max(1, s.length);
  let start = 0;
  let startX = r.x;
  for (const b of borders) {
    let cut = Math.round((b - r.x) / perChar);
    cut = Math.max(start, Math.min(s.length, cut));
    // Snap to a space within 3 characters.
    for (let d = 0; d <= 3; d++) {
      if (s[cut - d] === ' ') {
        cut -= d;
        break;
      }
      if (s[cut + d] === ' ') {
        cut += d;
        break;
      }
    }
    if (cut > start) {
      out.push({ ...r, str: s.slice(start, cut), x: startX, w: r.x + cut * perChar - startX });
      startX = r.x + cut * perChar;
      start = cut;
    }
  }
  if (start < s.length) out.push({ ...r, str: s.slice(start), x: startX, w: r.x + r.w - startX });
  return out.filter((p) => p.str.trim() !== '');
}

/** A cell's text: runs grouped into lines by baseline, lines in reading order, joined by spaces. */
/** A cell's runs as printed lines, top to bottom, each left to right. */
function groupLines(runs: Run[]): Run[][] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: Run[][] = [];
  for (const r of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(r.y - last[0].y) <= 0.45 * Math.max(r.size, last[0].size)) last.push(r);
    else lines.push([r]);
  }
  for (const line of lines) line.sort((a, b) => a.x - b.x || a.seq - b.seq);
  return lines;
}

export function cellText(runs: Run[]): string {
  if (runs.length === 0) return '';
  const parts = groupLines(runs).map(joinRuns);
  let text = '';
  for (const p of parts) {
    if (p === '') continue;
    if (text === '') text = p;
    else if (joinsWithoutBreak(text, p)) text += p; // "masing-" + "masing", "}}" + "{"
    else text += ' ' + p;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether printed line `next` continues `prev` inside a word: "masing-" + "masing", "}}" + "{" (a
 *  formula broken between the two arguments of \frac, where no space was printed). */
export function joinsWithoutBreak(prev: string, next: string): boolean {
  return (/[A-Za-z]-$/.test(prev) && /^[a-z]/.test(next)) || (/\}$/.test(prev) && /^\{/.test(next));
}

/** Joins runs of one line (sorted by x): a space where there is a visible gap. */
export function joinRuns(line: Run[]): string {
  let text = '';
  let prev: Run | null = null;
  for (const r of line) {
    if (prev) {
      const gap = r.x - (prev.x + prev.w);
      const needSpace = gap > 0.15 * Math.min(r.size, prev.size);
      if (needSpace && !/\s$/.test(text) && !/^\s/.test(r.str)) text += ' ';
    }
    text += r.str;
    prev = r;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Grid cells → rows of block cells. A cell merged over several columns appears once with
 * `colSpan`; one merged over several rows appears in its top row with `rowSpan`, and each row below
 * holds a `covered` placeholder (text '') at its position.
 */
export function ruledRows(t: RuledTable, page: number): Cell[][] {
  const owner = (t as RuledTable & { owner: Int32Array }).owner;
  const nc = t.xs.length - 1;
  const nr = t.ys.length - 1;
  const rows: Cell[][] = [];
  for (let r = 0; r < nr; r++) {
    const items = itemStarts(t, owner, r);
    if (items) {
      rows.push(...splitRow(t, owner, r, items, page));
      continue;
    }
    const row: Cell[] = [];
    for (let c = 0; c < nc; c++) {
      const cell = t.cells[owner[r * nc + c]];
      if (cell.col !== c) continue; // covered by a colSpan to the left
      const out: Cell =
        cell.row === r
          ? { text: cell.text, loc: { page, y: round1(cell.y0) } }
          : { text: '', loc: { page, y: round1(t.ys[r]) }, covered: true };
      if (cell.colSpan > 1) out.colSpan = cell.colSpan;
      if (cell.row === r && cell.rowSpan > 1) out.rowSpan = cell.rowSpan;
      row.push(out);
    }
    rows.push(row);
  }
  return rows;
}

/** A cell's printed lines, top to bottom. */
function linesOf(runs: Run[]): { top: number; text: string }[] {
  return groupLines(runs)
    .map((l) => ({ top: Math.min(...l.map((x) => x.top)), text: joinRuns(l) }))
    .filter((l) => l.text);
}

/**
 * A box drawn without rules between its items: its first column holds only item numbers, one per
 * line and in sequence ("1.", "2.", … "7."), and each item's text stands beside its number. Gives
 * where each item starts, or undefined for an ordinary row.
 */
function itemStarts(t: RuledTable, owner: Int32Array, r: number): number[] | undefined {
  const nc = t.xs.length - 1;
  const first = t.cells[owner[r * nc]];
  if (nc < 3 || first.row !== r || first.rowSpan !== 1 || first.colSpan !== 1) return undefined;
  const lines = linesOf(first.runs);
  if (lines.length < 2 || !lines.every((l) => /^\d{1,2}[.)]?$/.test(l.text))) return undefined;
  const numbers = lines.map((l) => parseInt(l.text, 10));
  if (numbers.some((n, i) => i > 0 && n !== numbers[i - 1] + 1)) return undefined;
  // Every cell of the row is the row's own (no cell reaching over rows), and some hold text.
  for (let c = 0; c < nc; c++) {
    const cell = t.cells[owner[r * nc + c]];
    if (cell.row !== r || cell.rowSpan !== 1) return undefined;
  }
  return lines.map((l) => l.top - 1);
}

/** One row per item of a row without inner rules: each cell's runs go to the item they stand beside. */
function splitRow(t: RuledTable, owner: Int32Array, r: number, starts: number[], page: number): Cell[][] {
  const nc = t.xs.length - 1;
  return starts.map((top, k) => {
    const bottom = starts[k + 1] ?? Infinity;
    const row: Cell[] = [];
    for (let c = 0; c < nc; c++) {
      const cell = t.cells[owner[r * nc + c]];
      if (cell.col !== c) continue;
      const runs = cell.runs.filter((run) => (k === 0 || run.top >= top) && run.top < bottom);
      const out: Cell = { text: cellText(runs), loc: { page, y: round1(k === 0 ? cell.y0 : top) } };
      if (cell.colSpan > 1) out.colSpan = cell.colSpan;
      row.push(out);
    }
    return row;
  });
}

function round1(v: number): number {
  return Math.round(v * 10) / 10;
}
