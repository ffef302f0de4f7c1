// A "Rata-rata" row of a measurement table beside the mean of the capaian of the rows it summarises.
// The mean is of the capaian as printed, with the interval their rounding allows (the mean of
// 96,95 … 95,65 may lie anywhere within the mean of their half-units). Other means a report may
// mean are a guard: of the sasaran's means (each sasaran weighing the same), of the capaian as
// recomputed from target and realisasi, and, for a row summarising a table with rows of means
// above, of those means.
import type { Model, Val } from '../../model/types.js';
import type { Subject } from '../../engine/types.js';
import type { LintSettings } from '../../engine/settings.js';
import { halfUnit } from '../../model/number-id.js';
import { normalizeText } from '../../domain/text.js';
import { fitsStated } from '../../domain/quantity.js';
import { results } from '../results.js';
import { quoteRow } from '../evidence.js';
import { subjectKey } from '../subject-key.js';
import { pushTo } from '../../util/multimap.js';

type NumVal = Val & { value: number };
const isNum = (v: Val | undefined): v is NumVal => v?.kind === 'number' && v.value !== null;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

// "- Padi", "• Daging", "Jumlah produksi ternak :": parts under a parent row, whose capaian may
// itself be their mean: which rows the printed mean takes is then not certain.
const PART_ROW = /^\s*[-–•·*]\s|:\s*$/;

export function averageRows(model: Model, settings: LintSettings): Subject[] {
  const rows = model.pengukuran ?? [];
  const list = model.rataRata ?? [];
  if (!list.length || !rows.length) return [];
  const res = results(model, settings);
  const out: Subject[] = [];
  for (const [k, avg] of list.entries()) {
    const first = (avg.first ?? 1) - 1;
    const last = (avg.last ?? rows.length) - 1;
    if (!isNum(avg.capaian) || first < 0 || last >= rows.length || last - first < 1) continue;
    const covered = rows.slice(first, last + 1);
    const printed = covered.map((r) => r.capaian);
    if (!printed.every(isNum)) continue;
    const values = (printed as NumVal[]).map((v) => v.value);
    const half = mean((printed as NumVal[]).map((v) => halfUnit(v.decimals)));
    const computed = { value: mean(values), unit: 'percent' as const, decimals: Math.max(2, avg.capaian.decimals), half };
    const alternatives: number[] = [];
    const bySasaran = new Map<string, number[]>();
    covered.forEach((r, i) => {
      const key = normalizeText(r.sasaran ?? '');
      pushTo(bySasaran, key, values[i]);
    });
    if (bySasaran.size > 1) alternatives.push(mean([...bySasaran.values()].map(mean)));
    const recomputed = res.indicators.slice(first, last + 1).map((i) => i.computed.value);
    if (recomputed.every((v): v is number => v !== undefined)) alternatives.push(mean(recomputed));
    const before = list.slice(0, k).filter((o) => o.table === avg.table && (o.first ?? 1) - 1 >= first && (o.last ?? rows.length) - 1 <= last);
    if (before.length > 1 && before.every((o) => isNum(o.capaian))) alternatives.push(mean(before.map((o) => (o.capaian as NumVal).value)));
    const parts = covered.some((r) => PART_ROW.test(r.indikator));
    out.push({
      type: 'average-row',
      key: subjectKey('rata-rata', avg.table ?? '', String(first + 1), String(last + 1)),
      loc: avg.capaian.loc,
      evidence: quoteRow(avg.label ?? 'Rata-rata', avg.capaian),
      related: covered.map((r) => ({ location: r.capaian!.loc, evidence: quoteRow(r.indikator, r.target, r.realisasi, r.capaian) })),
      ...(parts ? { readings: ['scope-inferred'] } : {}),
      facts: {
        label: avg.label ?? 'Rata-rata',
        table: avg.table ?? '',
        stated: avg.capaian,
        mean: computed,
        rows: covered.length,
        alternativeAgrees: alternatives.some((a) => fitsStated(avg.capaian, { value: a, unit: 'percent', decimals: 2, half }, settings.tolerance)),
      },
    });
  }
  return out;
}
