// Ruling lines of a scanned page, found in its image, so that the PDF reader's ruled-table finder
// builds the cell grid of a scanned table as it does from a PDF's drawn lines. A rule is a long,
// thin, nearly solid run of dark pixels (text never is: its strokes are short or have light gaps),
// with light on both sides; pieces of one line broken by the scan (or stepped by a skewed page)
// are joined. A solid dark box (a header row printed black and scanned black) gives its edges.
// Coordinates are image pixels, top-left origin.

export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

export interface PixelRule {
  /** Horizontal: y, from x0 to x1; vertical: x, from y0 to y1 (in `at`, `from`, `to`). */
  horizontal: boolean;
  at: number;
  from: number;
  to: number;
}

/** Reads a binary PGM (P5, 8 bits), as mutool draw -c gray and pdftoppm -gray write it. */
export function parsePgm(bytes: Uint8Array): Gray | undefined {
  let pos = 0;
  const fields: number[] = [];
  const token = (): string => {
    while (pos < bytes.length) {
      const c = bytes[pos];
      if (c === 0x23) while (pos < bytes.length && bytes[pos] !== 0x0a) pos++;
      else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) pos++;
      else break;
    }
    let s = '';
    while (pos < bytes.length && ![0x20, 0x0a, 0x0d, 0x09].includes(bytes[pos])) s += String.fromCharCode(bytes[pos++]);
    return s;
  };
  if (token() !== 'P5') return undefined;
  for (let i = 0; i < 3; i++) fields.push(Number(token()));
  pos++; // the single whitespace before the pixels
  const [width, height, max] = fields;
  if (!(width > 0 && height > 0 && max > 0 && max < 256) || bytes.length - pos < width * height) return undefined;
  return { width, height, data: bytes.subarray(pos, pos + width * height) };
}

/** Lengths and gaps, in inches (scaled to the image's dpi). */
const MIN_RULE_IN = 0.35;
const MAX_GAP_IN = 0.02;
const THIN_IN = 0.03;
const SIDE_IN = 0.015;
const JOIN_GAP_IN = 0.25;
const MIN_BOX_IN = 0.05;
const SAME_END_IN = 0.05;
const FILL = 0.75;
const DARK = 160;

interface Seg {
  line: number;
  a: number;
  b: number;
}

export function findRules(img: Gray, dpi: number): PixelRule[] {
  return [...directional(img, dpi, true), ...directional(img, dpi, false)];
}

function directional(img: Gray, dpi: number, horizontal: boolean): PixelRule[] {
  const { width, height, data } = img;
  const lines = horizontal ? height : width;
  const span = horizontal ? width : height;
  const dark = (line: number, k: number) => (line < 0 || line >= lines ? false : data[horizontal ? line * width + k : k * width + line] < DARK);
  const minLen = MIN_RULE_IN * dpi;
  const gap = Math.max(1, Math.round(MAX_GAP_IN * dpi));
  // Long nearly solid runs along each pixel row (column).
  const segs: Seg[] = [];
  for (let line = 0; line < lines; line++) {
    let start = -1;
    let last = -1;
    let count = 0;
    for (let k = 0; k <= span; k++) {
      const d = k < span && dark(line, k);
      if (d) {
        if (start < 0 || k - last > gap) {
          if (start >= 0 && last - start + 1 >= minLen && count / (last - start + 1) >= FILL) segs.push({ line, a: start, b: last });
          start = k;
          count = 0;
        }
        last = k;
        count++;
      } else if (k === span && start >= 0 && last - start + 1 >= minLen && count / (last - start + 1) >= FILL) segs.push({ line, a: start, b: last });
    }
  }
  // Runs in consecutive rows with the same ends are one band: a line some pixels thick, or a box.
  // (A rule leaving a box is another band than the box: its run ends elsewhere.)
  const same = SAME_END_IN * dpi;
  const bands: { l0: number; l1: number; a: number; b: number; lastA: number; lastB: number }[] = [];
  let open: typeof bands = [];
  for (const s of segs) {
    open = open.filter((b) => b.l1 >= s.line - 1);
    const band = open.find((b) => b.l1 === s.line - 1 && Math.abs(s.a - b.lastA) <= same && Math.abs(s.b - b.lastB) <= same);
    if (band) {
      band.l1 = s.line;
      band.a = Math.min(band.a, s.a);
      band.b = Math.max(band.b, s.b);
      band.lastA = s.a;
      band.lastB = s.b;
    } else {
      const b = { l0: s.line, l1: s.line, a: s.a, b: s.b, lastA: s.a, lastB: s.b };
      bands.push(b);
      open.push(b);
    }
  }
  const thin = Math.max(2, THIN_IN * dpi);
  const side = Math.max(2, Math.round(SIDE_IN * dpi));
  const rules: PixelRule[] = [];
  for (const b of bands) {
    const thickness = b.l1 - b.l0 + 1;
    if (thickness <= thin) {
      // Light on both sides along most of it: a rule, not the edge of something dark.
      let light = 0;
      let n = 0;
      for (let k = b.a; k <= b.b; k += 2, n++) if (!dark(b.l0 - side, k) && !dark(b.l1 + side, k)) light++;
      if (light >= 0.6 * n) rules.push({ horizontal, at: (b.l0 + b.l1) / 2, from: b.a, to: b.b });
    } else if (horizontal && thickness >= MIN_BOX_IN * dpi) {
      // A filled box: its four edges.
      rules.push({ horizontal: true, at: b.l0, from: b.a, to: b.b }, { horizontal: true, at: b.l1, from: b.a, to: b.b });
      rules.push({ horizontal: false, at: b.a, from: b.l0, to: b.l1 }, { horizontal: false, at: b.b, from: b.l0, to: b.l1 });
    }
  }
  return join(rules, Math.max(1, THIN_IN * dpi), JOIN_GAP_IN * dpi);
}

/** Pieces of one line (same position within `tolerance`, gaps up to `maxGap`) joined. */
function join(rules: PixelRule[], tolerance: number, maxGap: number): PixelRule[] {
  const sorted = [...rules].sort((p, q) => p.at - q.at || p.from - q.from);
  const out: PixelRule[] = [];
  for (const r of sorted) {
    const prev = out.find((o) => o.horizontal === r.horizontal && Math.abs(o.at - r.at) <= tolerance && r.from - o.to <= maxGap && o.from - r.to <= maxGap);
    if (prev) {
      prev.from = Math.min(prev.from, r.from);
      prev.to = Math.max(prev.to, r.to);
    } else out.push({ ...r });
  }
  return out;
}
