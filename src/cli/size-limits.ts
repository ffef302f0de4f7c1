// Limits on what one report may hold, checked once it is read and before the rules run: bounded
// time and memory for untrusted input, whatever the file size. A real LKjIP has tens to a few
// hundred indicators; a tabular part with more rows than MAX_ROWS is refused with one line that
// says so. 10 000 rows in each part lint in about 40 s of CPU and 1.2 GB (docs/performance.md,
// `npm run bench:scale`): within the default time limit and the worker's heap, where 16 000 took
// 90 s and 1.9 GB (the name matching is still super-linear in the rows). (Prose is not limited
// here: its cost grows linearly, within the file-size limit.)
import { InputError } from '../model/errors.js';
import type { Model } from '../model/types.js';
import { both } from './messages.js';

/** Rows per part of a report (the measurement table, the PK's indicators …). */
export const MAX_ROWS = 10_000;

const count = (x: unknown) => (Array.isArray(x) ? x.length : 0);

/** The row count of each tabular part of the model. */
function parts(model: Model): [string, number][] {
  const sum = <T>(list: T[] | undefined, f: (x: T) => number) => (list ?? []).reduce((n, x) => n + f(x), 0);
  return [
    ['pengukuran', count(model.pengukuran)],
    ['riwayat', count(model.riwayat)],
    ['kemajuanRenstra', count(model.kemajuanRenstra)],
    ['nasional', count(model.nasional)],
    ['pengukuranLain', count(model.pengukuranLain)],
    ['anggaran', count(model.anggaran?.rows)],
    ['anggaranLain', sum(model.anggaranLain, (t) => count(t.rows))],
    ['subKegiatan', sum(model.subKegiatan, (t) => count(t.rows))],
    ['alokasi', count(model.alokasi)],
    ['renstra', sum(model.renstra?.tujuan, (t) => sum(t.sasaran, (s) => count(s.indikator)))],
    ['iku', sum(model.iku, (d) => count(d.items))],
    ['rkt', sum(model.rkt?.sasaran, (s) => count(s.indikator))],
    ['perencanaan', sum(model.perencanaan?.sasaran, (s) => count(s.indikator))],
    ['pk', sum(model.pk, (p) => sum(p.sasaran, (s) => count(s.indikator)))],
  ];
}

/** Refuses a model with a part over the limit (InputError, the batch goes on). */
export function checkSize(model: Model, file: string): void {
  for (const [part, rows] of parts(model))
    if (rows > MAX_ROWS) {
      const id = both('tooManyRows', part, rows.toLocaleString('id-ID'), MAX_ROWS.toLocaleString('id-ID')).id;
      const en = both('tooManyRows', part, rows.toLocaleString('en-US'), MAX_ROWS.toLocaleString('en-US')).en;
      throw new InputError({ id, en }, file);
    }
}
