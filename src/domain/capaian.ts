// Capaian (achievement) formulas. Positive polarity: realisasi / target × 100. Negative polarity:
// (2 × target − realisasi) / target × 100, or target / realisasi × 100 where the report declares
// that variant. Range targets compare with the bound realisasi is outside of; letter targets (SKM
// mutu) compare by converting realisasi to its mutu.
import type { Model, Val } from '../model/types.js';
import { halfUnit, readings } from '../model/number-id.js';
import { fitsStated, NO_TOLERANCE, sameMeasure, type TolerancePolicy } from './quantity.js';
import { nameSuggestsNegative, type PolarityWords } from './polarity-words.js';
import { isMutu, mutuOf, mutuOfKinerja, mutuRank, parseSkmAnnotated, type Mutu } from './skm.js';

export type Polarity = 'positive' | 'negative';
export type NegativeFormula = 'two-target-minus' | 'target-over-realisasi';

export interface CapaianResult {
  /** Capaian in percent, when it can be computed. */
  value?: number;
  /** How far the capaian may be from `value` because target and realisasi are printed rounded. */
  half?: number;
  /** The number the formula divides by (the target, a range bound, or the realisasi for target ÷ realisasi). */
  divisor?: number;
  /** Why it cannot: target zero, a value missing or not a number. */
  problem?: 'division-by-zero' | 'missing' | 'not-numeric';
  /** Letter targets: the mutu realisasi converts to, and whether it reaches the target. */
  mutu?: Mutu;
  letterAchieved?: boolean;
}

/** The report's negative-polarity formula: which one, whether it states one, and whether it was recognised. */
export interface NegativeFormulaDeclaration {
  formula: NegativeFormula;
  /** The report prints a formula for negative polarity. */
  declared: boolean;
  /** …and it is one of the two known ones (else the standard one is assumed). */
  recognized: boolean;
}

export function negativeFormulaDeclaration(model: Model): NegativeFormulaDeclaration {
  const f = (model.formulas?.negative ?? '')
    .toLowerCase()
    .replace(/\\(?:text|mathrm|textbf|mbox)\{([^}]*)\}/g, '$1')
    .replace(/\\(?:times|cdot)|×|\s+x\s+/g, '*')
    .replace(/[–—−]/g, '-')
    .replace(/\s+/g, '');
  if (!f) return { formula: 'two-target-minus', declared: false, recognized: false };
  if (/target-\(realisasi-target\)|2\*?target-realisasi|\(2\*?target\)-realisasi|\(target-realisasi\)\/target\*?100\+100/.test(f))
    return { formula: 'two-target-minus', declared: true, recognized: true };
  if (/\\frac\{target\}\{realisasi\}|\(?target\)?\/\(?realisasi\)?/.test(f)) return { formula: 'target-over-realisasi', declared: true, recognized: true };
  return { formula: 'two-target-minus', declared: true, recognized: false };
}

/** Which negative-polarity formula the report declares; the standard one when it says nothing. */
export function declaredNegativeFormula(model: Model): NegativeFormula {
  return negativeFormulaDeclaration(model).formula;
}

/** The number of a value; "60,7 (B)" and "B (60,7)" count as 60,7. */
export function numericValue(v: Val | undefined): number | undefined {
  if (!v) return undefined;
  if (v.kind === 'number') return v.value ?? undefined;
  if (v.kind === 'text' || v.kind === 'letter') return parseSkmAnnotated(v.raw)?.number.value ?? undefined;
  return undefined;
}

const value = numericValue;

/**
 * Half the last printed digit of a number printed with decimals ("0,09": 0,005): it may be rounded.
 * Whole numbers (a target of 15 km, 90 %, 1.000 aduan) are taken as exact, as are annotated values.
 */
function halfOf(v: { kind: string; decimals: number } | undefined): number {
  return v?.kind === 'number' && v.decimals > 0 ? halfUnit(v.decimals) : 0;
}

/** A mutu printed as a letter ("B", "B (82,5)") or as the kinerja words of the SKM table ("Baik"). */
export function mutuLetterOf(v: Val | undefined): Mutu | undefined {
  if (!v) return undefined;
  if (v.kind === 'letter' && isMutu(v.letter)) return v.letter;
  if (v.kind === 'text') return mutuOfKinerja(v.raw);
  return undefined;
}

function formulaValue(target: number, realisasi: number, polarity: Polarity, formula: NegativeFormula): number {
  if (polarity === 'positive') return (realisasi / target) * 100;
  return formula === 'two-target-minus' ? ((2 * target - realisasi) / target) * 100 : (target / realisasi) * 100;
}

/**
 * The capaian of target and realisasi as printed, and how far it may lie from that because both are
 * rounded to their printed decimals (Arelle's rule for calculations: a stated result is inconsistent
 * only when no values within the operands' precision give it). The formulas are monotonic in each
 * operand on an interval that does not contain zero, so the corners bound the result.
 */
function ratio(target: number, realisasi: number, polarity: Polarity, formula: NegativeFormula, halves: [number, number] = [0, 0]): CapaianResult {
  const divisor = polarity === 'positive' || formula === 'two-target-minus' ? target : realisasi;
  if (divisor === 0) return { problem: 'division-by-zero', divisor };
  const value = formulaValue(target, realisasi, polarity, formula);
  const [ht, hr] = halves;
  const divisorHalf = divisor === target ? ht : hr;
  if ((!ht && !hr) || Math.abs(divisor) <= divisorHalf) return { value, divisor };
  let half = 0;
  for (const t of [target - ht, target + ht]) for (const r of [realisasi - hr, realisasi + hr]) half = Math.max(half, Math.abs(formulaValue(t, r, polarity, formula) - value));
  return { value, half, divisor };
}

export interface CapaianOptions {
  /** The indicator's name: letter targets of an AKIP/SAKIP evaluation are not SKM mutu. */
  indikator?: string;
}

export function computeCapaian(
  target: Val | undefined,
  realisasi: Val | undefined,
  polarity: Polarity,
  formula: NegativeFormula,
  options: CapaianOptions = {},
): CapaianResult {
  if (!target || !realisasi || target.kind === 'empty' || realisasi.kind === 'empty') return { problem: 'missing' };
  if (target.kind === 'na' || realisasi.kind === 'na') return { problem: 'not-numeric' };
  const targetMutu = mutuLetterOf(target);
  if (targetMutu) {
    if (options.indikator !== undefined && letterScaleOf(options.indikator) === 'akip') return { problem: 'not-numeric' };
    const r = value(realisasi);
    const mutu = r !== undefined ? mutuOf(r) : mutuLetterOf(realisasi);
    if (!mutu) return { problem: 'not-numeric' };
    return { mutu, letterAchieved: mutuRank(mutu) >= mutuRank(targetMutu) };
  }
  const r = value(realisasi);
  if (r === undefined) return { problem: 'not-numeric' };
  // A target of 100% against a realisasi of "12 laporan": no ratio of the two is a capaian.
  if (!sameMeasure(target, realisasi)) return { problem: 'not-numeric' };
  if (target.kind === 'range' && target.range) {
    const lo = target.range.min.value!;
    const hi = target.range.max.value!;
    const inside = r >= lo && r <= hi;
    if (inside) return { value: 100 };
    const bound = polarity === 'positive' ? (r > hi ? hi : lo) : r < lo ? lo : hi;
    const boundVal = bound === hi ? target.range.max : target.range.min;
    return ratio(bound, r, polarity, formula, [halfOf(boundVal), halfOf(realisasi)]);
  }
  const t = value(target);
  if (t === undefined) return { problem: 'not-numeric' };
  return ratio(t, r, polarity, formula, [halfOf(target), halfOf(realisasi)]);
}

/** Polarity as declared, else as the indicator's wording strongly suggests (rules/polarity-words.json), else positive. */
export function polarityOf(declared: Polarity | undefined, indikator: string, words?: PolarityWords): { polarity: Polarity; declared: boolean } {
  if (declared) return { polarity: declared, declared: true };
  return { polarity: nameSuggestsNegative(indikator, words) ? 'negative' : 'positive', declared: false };
}

/**
 * Realisasi 0 on a negative-polarity indicator whose formula the report does not settle to the
 * standard one: the variant target ÷ realisasi × 100 divides by zero, and reports print a
 * convention there (1000%, 100% …). The capaian cannot be checked against one formula.
 */
export function zeroRealisasiOpen(target: Val | undefined, realisasi: Val | undefined, polarity: Polarity, declaration: NegativeFormulaDeclaration): boolean {
  if (polarity !== 'negative') return false;
  const t = target?.kind === 'range' ? undefined : numericValue(target);
  if (numericValue(realisasi) !== 0 || t === undefined || t === 0) return false;
  return !(declaration.declared && declaration.recognized && declaration.formula === 'two-target-minus');
}

const SKM_WORDS = /\b(skm|ikm|kepuasan)\b/i;
const AKIP_WORDS = /\b(sakip|akip|lakip|lkjip|akuntabilitas kinerja|reformasi birokrasi|zona integritas)\b/i;

/**
 * Which letter scale an indicator's letter target is on: SKM mutu (PermenPAN-RB 14/2017) when it
 * names the survey, an AKIP/RB evaluation predikat (PermenPAN-RB 88/2021) when it names that, else
 * unknown (SKM is the usual one, but it is an assumption).
 */
export function letterScaleOf(indikator: string): 'skm' | 'akip' | 'unknown' {
  if (SKM_WORDS.test(indikator)) return 'skm';
  if (AKIP_WORDS.test(indikator)) return 'akip';
  return 'unknown';
}

/**
 * Target, realisasi and stated capaian read the way that makes them agree, when one of them is an
 * ambiguous number ("1,309": 1309 or 1,309) and another reading than the document majority's fits
 * (domain rule: decide by the majority *and* by whether the recomputation then agrees).
 */
/** Each way an ambiguous cell may be read; an absent cell as itself. */
const readingsOrNone = <T extends Val>(v: T | undefined): (T | undefined)[] => (v ? readings(v) : [v]);

export function settleReadings<V extends Val>(
  target: V | undefined,
  realisasi: V | undefined,
  stated: V | undefined,
  compute: (target: V | undefined, realisasi: V | undefined) => number | undefined,
  tolerance: TolerancePolicy = NO_TOLERANCE,
): { target: V | undefined; realisasi: V | undefined; stated: V | undefined } {
  const first = { target, realisasi, stated };
  if (!target?.ambiguous && !realisasi?.ambiguous && !stated?.ambiguous) return first;
  const fits = (t: V | undefined, r: V | undefined, s: V | undefined) => {
    const v = compute(t, r);
    return v !== undefined && s !== undefined && fitsStated(s, v, tolerance);
  };
  if (fits(target, realisasi, stated)) return first;
  for (const t of readingsOrNone(target)) for (const r of readingsOrNone(realisasi)) for (const st of readingsOrNone(stated)) if (fits(t, r, st)) return { target: t, realisasi: r, stated: st };
  return first;
}

/** A capaian that depends on how an ambiguous number is read, when the readings do not settle it. */
export interface Unsettled {
  /** The ambiguous cells as printed ("1,309"). */
  raw: string[];
  /** The capaian under each reading that remains possible, in percent. */
  values: number[];
}

/**
 * Whether the ambiguous numbers of a row leave its capaian open: two readings that both fit the
 * stated capaian give different capaian ("1,309" ÷ 15 printed as "8,726": 8.726,67% or 8,73%). A row
 * that fits under no reading is not open: it is wrong whichever way it is read; a row with no stated
 * capaian is read by the document's majority.
 */
export function readingsUnsettled<V extends Val>(
  target: V | undefined,
  realisasi: V | undefined,
  stated: V | undefined,
  compute: (target: V | undefined, realisasi: V | undefined) => number | undefined,
  tolerance: TolerancePolicy = NO_TOLERANCE,
): Unsettled | undefined {
  const cells = [target, realisasi, stated].filter((v): v is V => !!v?.ambiguous);
  if (!cells.length) return undefined;
  const distinct = (values: number[]) => values.filter((v, i) => values.findIndex((w) => Math.abs(w - v) <= 0.005 + 1e-9 * Math.abs(v)) === i);
  // Without a stated capaian there is nothing to settle by: the document's majority decides.
  if (stated?.kind !== 'number') return undefined;
  const fitting: number[] = [];
  for (const t of readingsOrNone(target))
    for (const r of readingsOrNone(realisasi))
      for (const s of readingsOrNone(stated)) {
        const v = compute(t, r);
        if (v !== undefined && fitsStated(s, v, tolerance)) fitting.push(v);
      }
  const values = distinct(fitting);
  return values.length > 1 ? { raw: cells.map((c) => c.raw.trim()), values } : undefined;
}
