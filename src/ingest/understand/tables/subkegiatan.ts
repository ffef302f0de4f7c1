// Per sub kegiatan input/output tables in Bab III.B: rows "Masukan/Input : Anggaran | target |
// realisasi | %", "Keluaran/Output : …" (rows with an empty first cell continue the kind above),
// and a "Penjelasan : …" row. The program / kegiatan / sub kegiatan the table reports on are in the
// paragraphs just above it ("1. Program : … ⏎ Kegiatan : … ⏎ Sub Kegiatan : …").
import type { SubKegiatanRow, SubKegiatanTable } from '../../../model/report-input.js';
import { atOf } from '../units.js';
import { norm } from '../words.js';
import { first } from './columns.js';
import { checkNumber, rowAt, type TableInput } from './context.js';
import { text } from './grid.js';

const KIND: [RegExp, SubKegiatanRow['kind'] | 'penjelasan'][] = [
  [/^(?:masukan|input)\b/i, 'input'],
  [/^(?:keluaran|output)\b/i, 'output'],
  [/^(?:hasil|outcome)\b/i, 'outcome'],
  [/^(?:penjelasan|keterangan|analisis|catatan)\b/i, 'penjelasan'],
];

export function readSubKegiatanRows(t: TableInput, table: SubKegiatanTable): void {
  const uraianCol = first(t.cols, 'uraian') ?? 1;
  const targetCol = first(t.cols, 'target');
  const realisasiCol = first(t.cols, 'realisasi');
  const persenCol = first(t.cols, 'capaian');
  let kind: SubKegiatanRow['kind'] | 'penjelasan' | undefined;
  for (const row of t.grid.data) {
    const head = row.cells[0]?.text.trim() ?? '';
    if (head) kind = KIND.find(([re]) => re.test(head))?.[1] ?? kind;
    const uraian = text(row.cells, uraianCol)?.replace(/^:\s*/, '');
    if (!kind || !uraian) continue;
    if (kind === 'penjelasan') {
      table.penjelasan = table.penjelasan ? `${table.penjelasan} ${norm(uraian)}` : norm(uraian);
      table.penjelasanAt ??= atOf(row.cells[uraianCol]?.loc ?? row.cells[0].loc);
      continue;
    }
    const r: SubKegiatanRow = { kind, uraian: norm(uraian) };
    const target = text(row.cells, targetCol);
    const realisasi = text(row.cells, realisasiCol);
    const persen = text(row.cells, persenCol);
    if (target !== undefined) r.target = target;
    if (realisasi !== undefined) r.realisasi = realisasi;
    if (persen !== undefined) r.persen = persen;
    r.at = rowAt(t, row, { uraian: uraianCol, target: targetCol, realisasi: realisasiCol, persen: persenCol });
    for (const [c, f] of [[targetCol, 'target'], [realisasiCol, 'realisasi'], [persenCol, 'persen']] as const) checkNumber(t, row, c, f);
    table.rows.push(r);
  }
}
