// The figures the recomputed tables show beside the printed ones (capaian, predikat by the scale,
// Σ of a budget node's items, percentages), with the reason when one cannot be computed. Shared by
// the HTML report and the XLSX Kertas Kerja, so both show the same numbers.
import type { BudgetNode } from '../domain/budget-tree.js';
import { formatNumber } from '../engine/format.js';
import { percentDecimals } from '../domain/quantity.js';
import type { IndicatorResult } from '../subjects/results.js';
import type { Rating } from '../domain/scale.js';
import type { Lang } from '../engine/types.js';
import { decimalSum } from '../model/decimal.js';
import type { Val } from '../model/types.js';
import { WORDS } from './html-text.js';

/** A recomputed figure, or why there is none; `showWhy` false: the reason is only that a figure is missing. */
export interface Recomputed {
  text?: string;
  why?: string;
  showWhy?: boolean;
}

function numeric(v: Val | undefined): (Val & { value: number; exact: string }) | undefined {
  return v && v.kind === 'number' && v.value !== null && v.exact !== undefined ? (v as Val & { value: number; exact: string }) : undefined;
}

function percent(value: number, decimals: number, lang: Lang): string {
  return `${formatNumber(value, decimals, lang)}%`;
}

export function ratingText(lang: Lang, r: Rating | undefined): Recomputed {
  const w = WORDS[lang];
  if (!r) return {};
  if (r.band) return { text: r.band.label };
  if (r.gap) return { why: w.ratingGap(r.gap.below.label, r.gap.above.label) };
  if (r.outside) return { why: w.ratingOutside };
  return {};
}

export function capaianText(lang: Lang, ind: IndicatorResult): Recomputed {
  const w = WORDS[lang];
  const cr = ind.computed;
  if (cr.value !== undefined) return { text: percent(cr.value, 2, lang) };
  if (cr.mutu) return { text: `${w.mutu} ${cr.mutu}${cr.letterAchieved !== undefined ? ` (${cr.letterAchieved ? w.achieved : w.notAchieved})` : ''}` };
  if (cr.problem) return { why: w.problem[cr.problem] };
  return {};
}

/** Σ of printed values, to the most decimals among them; undefined when none is a number. */
export function sumOf(lang: Lang, values: (Val | undefined)[]): string | undefined {
  const parts = values.map(numeric).filter((v) => v !== undefined);
  if (!parts.length) return undefined;
  const decimals = Math.max(0, ...parts.map((p) => p.decimals));
  return formatNumber(Number(decimalSum(parts.map((p) => p.exact))), decimals, lang);
}

/** Σ of the children's printed values; '' for a leaf, undefined when no child has a number. */
export function childSum(lang: Lang, children: BudgetNode[], field: 'anggaran' | 'realisasi'): string | undefined {
  if (!children.length) return '';
  return sumOf(lang, children.map((ch) => ch.row[field]));
}

/** part ÷ whole × 100, to the decimals the printed percentage uses. */
export function recomputedPercent(lang: Lang, part: Val | undefined, whole: Val | undefined, stated: Val | undefined): Recomputed {
  const w = WORDS[lang];
  const p = numeric(part);
  const d = numeric(whole);
  const absent = (v: Val | undefined) => !v || v.kind === 'empty' || v.kind === 'na';
  if (!p || !d) return absent(part) || absent(whole) ? { why: w.problem.missing, showWhy: false } : { why: w.problem['not-numeric'] };
  if (d.value === 0) return { why: w.problem['division-by-zero'] };
  return { text: percent((p.value / d.value) * 100, percentDecimals(stated), lang) };
}
