// Ruling lines from a page's operator list: stroked horizontal/vertical segments, and thin filled
// rectangles (Word and many other producers draw table borders as filled rectangles 0.5–1.5 pt
// thick). Coordinates go through the current transformation matrix and the page frame.

import type { HRule, VRule } from './types.js';

export type Matrix = [number, number, number, number, number, number];

type Ops = Record<string, number>;

/** Maximum thickness of a filled rectangle taken as a rule. */
const MAX_RULE_THICKNESS = 3;
/** Segments with more than this many on one page are not examined (charts, hatching). */
const MAX_SEGMENTS = 20_000;
const DRAW_MOVE = 0;
const DRAW_LINE = 1;
const DRAW_CURVE = 2;
const DRAW_CLOSE = 3;

/** The product m1 × m2 (apply m2, then m1), in the PDF 6-number form. */
export function mul(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

export interface SubPath {
  /** Flat x,y pairs in the page frame. */
  pts: number[];
  closed: boolean;
  curved: boolean;
}

function parsePath(data: ArrayLike<number>, m: Matrix): SubPath[] {
  const out: SubPath[] = [];
  let cur: SubPath | null = null;
  const n = data.length;
  let i = 0;
  while (i < n) {
    const op = data[i++];
    if (op === DRAW_MOVE || op === DRAW_LINE) {
      const x = data[i++];
      const y = data[i++];
      if (op === DRAW_MOVE || !cur) {
        cur = { pts: [], closed: false, curved: false };
        out.push(cur);
      }
      cur.pts.push(m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
    } else if (op === DRAW_CURVE) {
      const x = data[i + 4];
      const y = data[i + 5];
      i += 6;
      if (!cur) {
        cur = { pts: [], closed: false, curved: true };
        out.push(cur);
      }
      cur.curved = true;
      cur.pts.push(m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
    } else if (op === DRAW_CLOSE) {
      if (cur) {
        cur.closed = true;
        // A following lineTo without moveTo starts from the same point in PDF; keep it simple.
        cur = null;
      }
    } else {
      break; // unknown drawing op: stop reading this path
    }
  }
  return out;
}

/**
 * Collects ruling lines from painted sub-paths (already in the page frame): the straight segments
 * of thin strokes, and filled rectangles thin enough to be a line.
 */
export class RuleCollector {
  readonly h: HRule[] = [];
  readonly v: VRule[] = [];

  /** More segments than a page of tables has: the rest (charts, hatching) is not examined. */
  get full(): boolean {
    return this.h.length + this.v.length > MAX_SEGMENTS;
  }

  stroked(sp: SubPath, width: number): void {
    if (sp.curved || width > 6) return;
    const p = sp.pts;
    for (let j = 2; j < p.length; j += 2) this.segment(p[j - 2], p[j - 1], p[j], p[j + 1]);
    if (sp.closed && p.length >= 6) this.segment(p[p.length - 2], p[p.length - 1], p[0], p[1]);
  }

  private segment(x0: number, y0: number, x1: number, y1: number): void {
    const dx = Math.abs(x1 - x0);
    const dy = Math.abs(y1 - y0);
    if (dy <= 0.8 && dx >= 1) {
      this.h.push({ y: (y0 + y1) / 2, x0: Math.min(x0, x1), x1: Math.max(x0, x1) });
    } else if (dx <= 0.8 && dy >= 1) {
      this.v.push({ x: (x0 + x1) / 2, y0: Math.min(y0, y1), y1: Math.max(y0, y1) });
    }
  }

  filled(sp: SubPath): void {
    if (sp.curved) return;
    const p = sp.pts;
    const k = p.length / 2;
    if (k < 2 || k > 5) return;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let j = 0; j < p.length; j += 2) {
      if (p[j] < minX) minX = p[j];
      if (p[j] > maxX) maxX = p[j];
      if (p[j + 1] < minY) minY = p[j + 1];
      if (p[j + 1] > maxY) maxY = p[j + 1];
    }
    // Axis-aligned: every point on the bounding box's corners (within rounding).
    for (let j = 0; j < p.length; j += 2) {
      const onX = Math.abs(p[j] - minX) < 0.3 || Math.abs(p[j] - maxX) < 0.3;
      const onY = Math.abs(p[j + 1] - minY) < 0.3 || Math.abs(p[j + 1] - maxY) < 0.3;
      if (!onX || !onY) return;
    }
    const w = maxX - minX;
    const hh = maxY - minY;
    if (hh <= MAX_RULE_THICKNESS && w >= 2 * hh && w >= 1) {
      this.h.push({ y: (minY + maxY) / 2, x0: minX, x1: maxX });
    } else if (w <= MAX_RULE_THICKNESS && hh >= 2 * w && hh >= 1) {
      this.v.push({ x: (minX + maxX) / 2, y0: minY, y1: maxY });
    }
  }
}

export interface PageRules {
  h: HRule[];
  v: VRule[];
}

/**
 * Walks the operator list once. `base` maps user space at the start of the page to the page frame
 * (viewport transform, then any rotation to make the text horizontal).
 */
export function rulesFromOperatorList(
  OPS: Ops,
  fnArray: ArrayLike<number>,
  argsArray: ArrayLike<unknown>,
  base: Matrix,
): PageRules {
  let ctm: Matrix = base;
  const stack: Matrix[] = [];
  let lineWidth = 1;
  const lwStack: number[] = [];
  let fillVisible = true;
  let strokeVisible = true;
  const visStack: [boolean, boolean][] = [];

  const S = {
    save: OPS.save,
    restore: OPS.restore,
    transform: OPS.transform,
    setLineWidth: OPS.setLineWidth,
    constructPath: OPS.constructPath,
    formBegin: OPS.paintFormXObjectBegin,
    formEnd: OPS.paintFormXObjectEnd,
    setFillRGBColor: OPS.setFillRGBColor,
    setStrokeRGBColor: OPS.setStrokeRGBColor,
    setFillTransparent: OPS.setFillTransparent,
    setStrokeTransparent: OPS.setStrokeTransparent,
    stroke: OPS.stroke,
    closeStroke: OPS.closeStroke,
    fill: OPS.fill,
    eoFill: OPS.eoFill,
    fillStroke: OPS.fillStroke,
    eoFillStroke: OPS.eoFillStroke,
    closeFillStroke: OPS.closeFillStroke,
    closeEOFillStroke: OPS.closeEOFillStroke,
  };

  const rules = new RuleCollector();

  const n = fnArray.length;
  for (let i = 0; i < n; i++) {
    const fn = fnArray[i];
    if (fn === S.constructPath) {
      if (rules.full) break;
      const args = argsArray[i] as [number, [ArrayLike<number> | null] | null, unknown];
      const paintOp = args[0];
      const data = args[1]?.[0];
      if (!data || typeof (data as ArrayLike<number>).length !== 'number') continue;
      const isStroke =
        paintOp === S.stroke ||
        paintOp === S.closeStroke ||
        paintOp === S.fillStroke ||
        paintOp === S.eoFillStroke ||
        paintOp === S.closeFillStroke ||
        paintOp === S.closeEOFillStroke;
      const isFill =
        paintOp === S.fill ||
        paintOp === S.eoFill ||
        paintOp === S.fillStroke ||
        paintOp === S.eoFillStroke ||
        paintOp === S.closeFillStroke ||
        paintOp === S.closeEOFillStroke;
      if (!isStroke && !isFill) continue; // clip paths, endPath
      const paths = parsePath(data, ctm);
      if (isStroke && strokeVisible) {
        const width = lineWidth * Math.sqrt(Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]));
        for (const sp of paths) rules.stroked(sp, width);
      }
      if (isFill && fillVisible) for (const sp of paths) rules.filled(sp);
    } else if (fn === S.save) {
      stack.push(ctm);
      lwStack.push(lineWidth);
      visStack.push([fillVisible, strokeVisible]);
    } else if (fn === S.restore) {
      if (stack.length > 0) {
        ctm = stack.pop()!;
        lineWidth = lwStack.pop()!;
        [fillVisible, strokeVisible] = visStack.pop()!;
      }
    } else if (fn === S.transform) {
      const a = argsArray[i] as number[];
      ctm = mul(ctm, [a[0], a[1], a[2], a[3], a[4], a[5]]);
    } else if (fn === S.formBegin) {
      stack.push(ctm);
      lwStack.push(lineWidth);
      visStack.push([fillVisible, strokeVisible]);
      const a = argsArray[i] as [ArrayLike<number> | null, unknown];
      const fm = a[0];
      if (fm && fm.length === 6) ctm = mul(ctm, [fm[0], fm[1], fm[2], fm[3], fm[4], fm[5]]);
    } else if (fn === S.formEnd) {
      if (stack.length > 0) {
        ctm = stack.pop()!;
        lineWidth = lwStack.pop()!;
        [fillVisible, strokeVisible] = visStack.pop()!;
      }
    } else if (fn === S.setLineWidth) {
      const a = argsArray[i] as number[];
      lineWidth = typeof a[0] === 'number' ? a[0] : 1;
    } else if (fn === S.setFillRGBColor) {
      fillVisible = !isWhite(argsArray[i]);
    } else if (fn === S.setStrokeRGBColor) {
      strokeVisible = !isWhite(argsArray[i]);
    } else if (fn === S.setFillTransparent) {
      fillVisible = false;
    } else if (fn === S.setStrokeTransparent) {
      strokeVisible = false;
    }
  }
  return { h: rules.h, v: rules.v };
}

function isWhite(args: unknown): boolean {
  const a = args as unknown[] | null;
  const c = a?.[0];
  if (typeof c === 'string') return /^#f[c-f]f[c-f]f[c-f]$/i.test(c);
  if (Array.isArray(a) && a.length >= 3 && a.every((x) => typeof x === 'number')) {
    return (a as number[]).slice(0, 3).every((x) => x >= 252);
  }
  return false;
}
