// Rows of a table of budget use ("Efisiensi Penggunaan Sumber Daya", SILPA): the tingkat efisiensi
// beside 100 − % penyerapan (or, as some reports define it, capaian kinerja − % penyerapan, 0 where
// that is negative, or a ratio of the two), the sisa anggaran beside anggaran − realisasi (exact, in Rupiah), and the
// sisa in percent beside sisa ÷ anggaran (or 100 − % penyerapan). Each figure comes from the column
// its header words name (tables/efisiensi.ts).
import type { Model, Val } from '../../model/types.js';
import type { Quantity, Subject } from '../../engine/types.js';
import type { LintSettings } from '../../engine/settings.js';
import { halfUnit } from '../../model/number-id.js';
import { fitsStated } from '../../domain/quantity.js';
import { quoteRow } from '../evidence.js';
import { subjectKey } from '../subject-key.js';

type NumVal = Val & { value: number };

/** f of two printed figures, with how far the corners of their intervals reach. */
function derived(a: { value: number; half: number }, b: { value: number; half: number }, f: (a: number, b: number) => number): Quantity {
  const value = f(a.value, b.value);
  let half = 0;
  for (const da of [-a.half, a.half]) for (const db of [-b.half, b.half]) half = Math.max(half, Math.abs(f(a.value + da, b.value + db) - value));
  return { value, unit: 'percent', decimals: 2, half };
}
const isNum = (v: Val | undefined): v is NumVal => v?.kind === 'number' && v.value !== null;
const interval = (v: NumVal) => halfUnit(v.decimals);

export function efficiencyRows(model: Model, settings: LintSettings): Subject[] {
  const out: Subject[] = [];
  (model.efisiensi ?? []).forEach((table, ti) => {
    for (const row of table.rows) {
      const { capaian, anggaran, realisasi, serapan, sisa, sisaPersen, efisiensi } = row;
      const base = {
        loc: row.loc,
        evidence: quoteRow(row.name, capaian, anggaran, realisasi, serapan, sisa, sisaPersen, efisiensi),
        label: row.name,
        table: table.table ?? '',
      };
      const push = (measure: 'efisiensi' | 'sisa' | 'sisaPersen', stated: NumVal, computed: Quantity, alternatives: Quantity[]) =>
        out.push({
          type: 'efficiency-row',
          key: subjectKey('efisiensi', table.table ?? String(ti), row.name, measure),
          loc: stated.loc ?? base.loc,
          evidence: base.evidence,
          facts: {
            measure,
            label: base.label,
            table: base.table,
            stated,
            computed,
            alternativeAgrees: alternatives.some((a) => fitsStated(stated, a, settings.tolerance)),
          },
        });
      // The percentage spent: as printed, else realisasi ÷ anggaran.
      const spent: Quantity | undefined = isNum(serapan)
        ? { value: serapan.value, unit: 'percent', decimals: serapan.decimals, half: interval(serapan) }
        : isNum(anggaran) && isNum(realisasi) && anggaran.value > 0
          ? { value: (realisasi.value / anggaran.value) * 100, unit: 'percent', decimals: 2, half: 0 }
          : undefined;
      if (isNum(efisiensi) && spent) {
        const alternatives: Quantity[] = [];
        if (isNum(capaian)) {
          const c = { value: capaian.value, half: interval(capaian) };
          const r = { value: spent.value, half: spent.half ?? 0 };
          const gap = derived(c, r, (a, b) => a - b);
          alternatives.push(gap);
          if (gap.value + (gap.half ?? 0) < 0) alternatives.push({ value: 0, unit: 'percent', decimals: 2, half: 0 });
          // Ratios some reports call efficiency: capaian ÷ penyerapan (× 100 or not), 1 − penyerapan ÷ capaian.
          if (r.value > r.half && c.value > c.half)
            alternatives.push(derived(c, r, (a, b) => (a / b) * 100), derived(c, r, (a, b) => a / b), derived(c, r, (a, b) => (1 - b / a) * 100));
        }
        push('efisiensi', efisiensi, { value: 100 - spent.value, unit: 'percent', decimals: Math.max(2, efisiensi.decimals), half: spent.half }, alternatives);
      }
      if (isNum(sisa) && isNum(anggaran) && isNum(realisasi) && sisa.unit !== 'percent') {
        const half = interval(anggaran) + interval(realisasi);
        push('sisa', sisa, { value: anggaran.value - realisasi.value, unit: 'rupiah', decimals: Math.max(anggaran.decimals, realisasi.decimals), half }, []);
      }
      if (isNum(sisaPersen) && isNum(anggaran) && anggaran.value > 0 && (isNum(sisa) || isNum(realisasi))) {
        const rest = isNum(sisa) ? sisa.value : anggaran.value - (realisasi as NumVal).value;
        const alternatives: Quantity[] = isNum(serapan) ? [{ value: 100 - serapan.value, unit: 'percent', decimals: 2, half: interval(serapan) }] : [];
        push('sisaPersen', sisaPersen, { value: (rest / anggaran.value) * 100, unit: 'percent', decimals: Math.max(2, sisaPersen.decimals), half: 0 }, alternatives);
      }
    }
  });
  return out;
}
