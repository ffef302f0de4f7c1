// Internal geometry of one PDF page, in PDF units with y growing downwards from the top of the page.

/** One text item from pdf.js (a run of glyphs in one font), horizontal in the page frame. */
export interface Run {
  str: string;
  /** Left edge. */
  x: number;
  /** Baseline. */
  y: number;
  /** Advance width. */
  w: number;
  /** Font size (height of the em square). */
  size: number;
  /** Top of the glyph box (baseline - ascent). */
  top: number;
  /** Bottom of the glyph box (baseline + descent). */
  bottom: number;
  font: string;
  bold: boolean;
  /** Index in the page's text content, for a stable order among equals. */
  seq: number;
}

/** Horizontal rule: y, from x0 to x1 (x0 ≤ x1). */
export interface HRule {
  y: number;
  x0: number;
  x1: number;
}

/** Vertical rule: x, from y0 to y1 (y0 ≤ y1). */
export interface VRule {
  x: number;
  y0: number;
  y1: number;
}

export interface PageData {
  page: number;
  width: number;
  height: number;
  runs: Run[];
  hRules: HRule[];
  vRules: VRule[];
  /** Runs in another direction than the page's main one (watermarks, rotated headers). */
  rotatedRuns: number;
  /** Whether the operator list (ruling lines) was read for this page. */
  opsRead: boolean;
}

/** A line of text: runs on one baseline, sorted by x. */
export interface Line {
  page: number;
  runs: Run[];
  /** Baseline of the line's main run. */
  y: number;
  top: number;
  bottom: number;
  x0: number;
  x1: number;
  /** Size of the line's main text (largest run by characters). */
  size: number;
  bold: boolean;
  text: string;
  /** Parts of the line separated by wide gaps (table columns, tab stops). */
  segments: Segment[];
}

export interface Segment {
  x0: number;
  x1: number;
  text: string;
}
