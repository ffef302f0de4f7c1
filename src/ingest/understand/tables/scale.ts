// The report's own rating scale: each row pairs a capaian range, as printed, with a predikat.
// Bounds are not computed here: the printed range is what a rule checks ("76 % s/d 100 %").
import type { ScaleBand } from '../../../model/report-input.js';
import { norm } from '../words.js';
import { PREDIKAT } from './classify.js';
import { first } from './columns.js';
import { rowAt, type TableInput } from './context.js';
import { text } from './grid.js';

const RANGE = /\d/;

export function readScale(t: TableInput): ScaleBand[] {
  const firstIsNumber = t.grid.data.every((r) => /^\d{1,2}\.?$/.test(r.cells[0]?.text.trim() ?? ''));
  const noCol = first(t.cols, 'no') ?? (firstIsNumber ? 0 : undefined);
  const bands: ScaleBand[] = [];
  for (const row of t.grid.data) {
    const cells = row.cells.map((c, i) => ({ i, t: c.text.trim() })).filter((c) => c.t && c.i !== noCol);
    const range = cells.find((c) => RANGE.test(c.t));
    // The predikat word when one is printed ("Sangat Baik ( SB )"); else the text right of the range
    // (a row label such as "Persentase :" may stand left of it); else any other text.
    const category = (t: string) => PREDIKAT.test(t.replace(/\s*\(\s*[A-Z]{1,3}\s*\)$/, ''));
    const others = cells.filter((c) => c !== range && !RANGE.test(c.t));
    const label = others.find((c) => category(c.t)) ?? (range && others.find((c) => c.i > range.i)) ?? others[0] ?? cells.find((c) => c !== range);
    if (!range || !label) continue;
    const band: ScaleBand = { range: '', label: '' };
    const no = text(row.cells, noCol);
    if (no) band.no = no;
    band.range = norm(range.t);
    band.label = norm(label.t);
    band.at = rowAt(t, row, { no: noCol, range: range.i, label: label.i });
    bands.push(band);
  }
  return bands;
}
