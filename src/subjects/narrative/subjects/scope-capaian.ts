// What the performance tables say of the scope a claim speaks of: its indicators, its capaian (one
// indicator's, a sasaran's mean, the report's mean) and band, and whether that rests on an ambiguous
// number whose readings the tables do not settle.
import { quantity } from '../../../domain/quantity.js';
import type { IndicatorResult, Results } from '../../results.js';
import { lookup, type Band } from '../../../domain/scale.js';
import { clip } from '../../../domain/text.js';
import { isNum, type Figure, type Uncertain } from '../figures.js';
import type { Scope } from '../scope.js';

export function indicatorsOf(scope: Scope, res: Results): IndicatorResult[] {
  if (scope.type === 'indicator') return [scope.indicator];
  if (scope.type === 'sasaran') return scope.sasaran.indicators;
  return res.indicators;
}

export interface Capaian {
  value?: number;
  band?: Band;
  /** Members whose capaian depends on an ambiguous number the readings do not settle. */
  unsettled?: IndicatorResult[];
}

/** The members of a scope whose capaian stays open between two readings of an ambiguous number. */
export function unsettledOf(members: IndicatorResult[]): IndicatorResult[] | undefined {
  const open = members.filter((i) => i.unsettled && i.capaian !== undefined);
  return open.length ? open : undefined;
}

/** The mean of the members' capaian as the table prints them, when every one is printed. */
export function printedMean(members: IndicatorResult[], decimals: number): Figure[] {
  const printed = members.map((i) => i.row.capaian);
  if (members.length < 2 || !printed.every(isNum)) return [];
  const values = printed.map((v) => (v as { value: number }).value);
  return [quantity(values.reduce((a, b) => a + b, 0) / values.length, 'percent', decimals)];
}

/** Means of the members' capaian under the other readings of their ambiguous numbers. */
export function meanVariants(members: IndicatorResult[]): number[] {
  const choices = members.map((i) => (i.unsettled && i.capaian !== undefined ? i.unsettled.values : [i.capaian]));
  if (choices.some((c) => c.some((v) => v === undefined))) return [];
  let combos: number[][] = [[]];
  for (const c of choices) {
    combos = combos.flatMap((combo) => (c as number[]).map((v) => [...combo, v]));
    if (combos.length > 64) return [];
  }
  return combos.map((combo) => combo.reduce((a, b) => a + b, 0) / combo.length);
}

/** Why a figure computed from these members is not certain: the ambiguous numbers it rests on, quoted. */
export function unsettledReason(open: IndicatorResult[]): Uncertain {
  const raws = [...new Set(open.flatMap((i) => i.unsettled!.raw))].map((r) => `"${r}"`).join(', ');
  const names = open.map((i) => `"${clip(i.row.indikator, 60)}"`).join(', ');
  return { reason: 'ambiguous-number', ambiguousNumbers: raws, ambiguousIndicators: names };
}

/** The capaian of an unsettled indicator swings across 100: whether it reached its target is open. */
export function achievementOpen(list: IndicatorResult[]): boolean {
  return list.some((i) => i.unsettled && i.unsettled.values.some((v) => v >= 100) && i.unsettled.values.some((v) => v < 100));
}

export function capaianOf(scope: Scope, res: Results): Capaian {
  const unsettled = unsettledOf(indicatorsOf(scope, res));
  if (scope.type === 'indicator') return { value: scope.indicator.capaian, band: scope.indicator.band, unsettled };
  if (scope.type === 'sasaran') return { value: scope.sasaran.average, band: scope.sasaran.band, unsettled };
  const values = res.indicators.map((i) => i.capaian);
  if (!values.length || values.some((v) => v === undefined)) return {};
  const mean = (values as number[]).reduce((a, b) => a + b, 0) / values.length;
  return { value: mean, band: lookup(res.scale, mean), unsettled };
}

/**
 * The capaian the table prints says the target was reached where the recomputed one says not, or
 * the other way round (a formula of the other polarity, a convention for a zero): whether the
 * indicator reached its target is then open, and the text may follow its table. The capaian rules
 * report the table's own inconsistency.
 */
export function printedDisagrees(ind: IndicatorResult): boolean {
  const printed = ind.row.capaian;
  if (!isNum(printed) || ind.achieved === undefined) return false;
  return printed.value >= 100 - 1e-9 !== ind.achieved;
}
