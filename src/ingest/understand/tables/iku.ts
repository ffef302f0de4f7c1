// IKU tables (Bab II and the lampiran of the IKU decree): sasaran or kinerja utama, indikator,
// formula, penanggung jawab, sumber. An indikator printed "1 Prosentase …" loses its item number.
import type { IkuItem } from '../../../model/report-input.js';
import { norm } from '../words.js';
import { first } from './columns.js';
import { rowAt, type TableInput } from './context.js';
import { text } from './grid.js';

export function readIku(t: TableInput): IkuItem[] {
  const c = {
    no: first(t.cols, 'no'),
    sasaran: first(t.cols, 'sasaran'),
    indikator: first(t.cols, 'indikator'),
    formula: first(t.cols, 'formula'),
    penanggungJawab: first(t.cols, 'pj'),
    sumber: first(t.cols, 'sumber'),
  };
  const items: IkuItem[] = [];
  let sasaran: string | undefined;
  for (const row of t.grid.data) {
    const s = text(row.cells, c.sasaran);
    if (s) sasaran = norm(s);
    const indikator = text(row.cells, c.indikator);
    if (!indikator) continue;
    // The rest of the indicator above, printed in the next part of a table split over pages.
    const last = items[items.length - 1];
    if (last && /^[a-z]/.test(indikator) && !text(row.cells, c.no)) {
      last.indikator = norm(`${last.indikator} ${indikator}`);
      last.at = { ...last.at, reading: 'row-continued' };
      continue;
    }
    const item: IkuItem = { indikator: '' };
    const no = text(row.cells, c.no);
    if (no) item.no = no;
    if (sasaran) item.sasaran = sasaran;
    item.indikator = norm(indikator.replace(/^\d{1,2}[.)]?\s+(?=\p{Lu})/u, ''));
    const formula = text(row.cells, c.formula);
    if (formula) item.formula = formula;
    const pj = text(row.cells, c.penanggungJawab);
    if (pj) item.penanggungJawab = norm(pj);
    const sumber = text(row.cells, c.sumber);
    if (sumber) item.sumber = norm(sumber);
    item.at = rowAt(t, row, c);
    items.push(item);
  }
  return items;
}
