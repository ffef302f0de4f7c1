// Comparing printed values by the precision they are printed with (Arelle's interval rule): 82,3
// stands for 82,25–82,35, so it agrees with a computed 82,31 and not with 85,28.
import { halfUnit, type ParsedNumber } from '../model/number-id.js';
import type { Quantity } from '../engine/types.js';

export interface Interval {
  value: number;
  half: number;
}

export function isQuantity(x: unknown): x is Quantity {
  return !!x && typeof x === 'object' && typeof (x as Quantity).value === 'number' && 'decimals' in x && !('kind' in x);
}

export function isParsed(x: unknown): x is ParsedNumber {
  return !!x && typeof x === 'object' && 'kind' in x && 'raw' in x;
}

/** The interval a value stands for; computed quantities and plain numbers are exact. */
export function toInterval(x: unknown): Interval | undefined {
  if (typeof x === 'number') return Number.isFinite(x) ? { value: x, half: 0 } : undefined;
  if (isParsed(x)) return x.kind === 'number' && x.value !== null ? { value: x.value, half: halfUnit(x.decimals) } : undefined;
  if (isQuantity(x)) return Number.isFinite(x.value) ? { value: x.value, half: x.half ?? 0 } : undefined;
  return undefined;
}

export interface TolerancePolicy {
  /** Rupiah a total may differ from its recomputation beyond its printed precision. */
  rupiah: number;
  /** Percentage points a percentage may differ beyond its printed precision. */
  percentPoints: number;
}

/** No slack beyond the printed precision: the default. */
export const NO_TOLERANCE: TolerancePolicy = { rupiah: 0, percentPoints: 0 };

function unitOf(x: unknown): string | undefined {
  return isParsed(x) || isQuantity(x) ? x.unit : undefined;
}

/** Unit words as comparable text: "Kab/Kota" and "kab / kota" are one unit. */
function unitWords(p: ParsedNumber): string | undefined {
  return p.unitText?.toLowerCase().replace(/[\s.]+/g, '');
}

/**
 * Two printed values measure the same kind of thing, as far as their units tell: not a percentage
 * against a count of "laporan", nor "orang" against "angkatan". A value without a unit fits any.
 */
export function sameMeasure(a: ParsedNumber, b: ParsedNumber): boolean {
  if (a.unit && b.unit && a.unit !== b.unit) return false;
  if ((a.unit === 'percent' && b.unitText) || (b.unit === 'percent' && a.unitText)) return false;
  const [x, y] = [unitWords(a), unitWords(b)];
  return !x || !y || x === y;
}

/** Configured slack for a comparison of two values, by their unit. */
function slack(a: unknown, b: unknown, tolerance: TolerancePolicy): number {
  const units = [unitOf(a), unitOf(b)];
  if (units.includes('rupiah')) return tolerance.rupiah;
  if (units.includes('percent')) return tolerance.percentPoints;
  return 0;
}

/** Float noise guard only (a few ulps): the tolerance itself comes from the stated decimals. */
function noise(a: number, b: number): number {
  return 16 * Number.EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
}

export function agree(a: unknown, b: unknown, tolerance: TolerancePolicy = NO_TOLERANCE): boolean | undefined {
  const x = toInterval(a);
  const y = toInterval(b);
  if (!x || !y) return undefined;
  return Math.abs(x.value - y.value) <= x.half + y.half + slack(a, b, tolerance) + noise(x.value, y.value);
}

/** True when `stated` is `computed` cut off (not rounded) at the stated decimals: 80,9 for 80,986. */
export function truncates(stated: unknown, computed: unknown, tolerance: TolerancePolicy = NO_TOLERANCE): boolean {
  if (!isParsed(stated) || stated.value === null) return false;
  const c = toInterval(computed);
  if (!c || agree(stated, computed, tolerance) !== false) return false;
  const f = 10 ** stated.decimals;
  const cut = Math.trunc(c.value * f + Math.sign(c.value) * noise(c.value * f, 0)) / f;
  return Math.abs(cut - stated.value) <= noise(cut, stated.value);
}

/** A printed value fits a computed one: equal within its precision, or the computed value cut off. */
export function fitsStated(stated: unknown, computed: unknown, tolerance: TolerancePolicy = NO_TOLERANCE): boolean {
  return agree(stated, computed, tolerance) === true || truncates(stated, computed, tolerance);
}

/** a is greater than b beyond what their precision allows. */
export function exceeds(a: unknown, b: unknown, tolerance: TolerancePolicy = NO_TOLERANCE): boolean {
  const x = toInterval(a);
  const y = toInterval(b);
  if (!x || !y) return false;
  return x.value - y.value > x.half + y.half + slack(a, b, tolerance) + noise(x.value, y.value);
}

export function quantity(value: number, unit?: Quantity['unit'], decimals = unit === 'rupiah' ? 0 : 2): Quantity {
  return unit ? { value, unit, decimals } : { value, decimals };
}

/** Decimals to show a computed percentage with: at least two, more if the stated value has more. */
export function percentDecimals(stated?: ParsedNumber): number {
  return Math.max(2, stated?.decimals ?? 0);
}
