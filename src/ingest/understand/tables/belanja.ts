// The belanja breakdown (Belanja Operasi ⊃ Pegawai, Barang dan Jasa; Belanja Modal ⊃ …). A group
// row carries a list letter ("a.") or names a main group; the rows under it are its parts. The
// amount is the row's last value cell: groups print theirs in the outer column, parts in the inner.
import type { BelanjaItem } from '../../../model/report-input.js';
import { parseNumber } from '../../../model/number-id.js';
import { norm } from '../words.js';
import { checkNumber, rowAt, type TableInput } from './context.js';

const MAIN_GROUP = /^belanja\s+(?:operasi|modal|tidak\s+terduga|transfer|langsung|tidak\s+langsung)\b/i;
const MARKER = /^(?:[a-z]|\d{1,2}|[IVX]+)[.)]?$/;

export function readBelanja(t: TableInput): BelanjaItem[] {
  const groups: BelanjaItem[] = [];
  let group: BelanjaItem | undefined;
  for (const row of t.grid.data) {
    const cells = row.cells.map((c, i) => ({ i, t: c.text.trim() }));
    const nameCell = cells.find((c) => /^-?\s*belanja\b/i.test(c.t)) ?? cells.find((c) => c.t && !MARKER.test(c.t) && !isAmount(c.t));
    if (!nameCell) continue;
    const amounts = cells.filter((c) => c.i > nameCell.i && isAmount(c.t));
    const amountCell = amounts[amounts.length - 1];
    const marked = cells.some((c) => c.i < nameCell.i && MARKER.test(c.t));
    const item: BelanjaItem = { name: norm(nameCell.t.replace(/^-\s*/, '')) };
    if (amountCell) item.amount = amountCell.t;
    item.at = rowAt(t, row, { name: nameCell.i, amount: amountCell?.i });
    if (amountCell) checkNumber(t, row, amountCell.i, 'amount');
    const isGroup = marked || MAIN_GROUP.test(item.name) || !group;
    if (isGroup) {
      group = item;
      groups.push(group);
    } else {
      (group!.parts ??= []).push(item);
    }
  }
  return groups;
}

function isAmount(s: string): boolean {
  return !!s && parseNumber(s).kind === 'number';
}
