// Subjects for the capaian rules: each measured indicator (Bab III.A pengukuran), each row of the
// progress-to-Renstra table and each year's capaian of a year-on-year table, with the capaian the
// report states beside the capaian its own target and realisasi give under every formula the
// report leaves open.
import type { Model, Normalized, Val } from '../model/types.js';
import type { Measurement, RenstraProgressRow } from '../model/report-input.js';
import {
  computeCapaian,
  letterScaleOf,
  mutuLetterOf,
  negativeFormulaDeclaration,
  numericValue,
  polarityOf,
  settleReadings,
  zeroRealisasiOpen,
  type CapaianResult,
  type NegativeFormula,
  type Polarity,
} from '../domain/capaian.js';
import { quoteRow } from './evidence.js';
import { statedClaim, targetReach } from '../domain/capaian-claim.js';
import { agree, fitsStated, percentDecimals, quantity, type TolerancePolicy } from '../domain/quantity.js';
import { results } from './results.js';
import { isMutu, mutuRank, mutuSpan, parseSkmAnnotated, type Mutu } from '../domain/skm.js';
import { subjectKey } from './subject-key.js';
import { normalizeText } from '../domain/text.js';
import type { LintSettings } from '../engine/settings.js';
import type { PolarityWords } from '../domain/polarity-words.js';
import type { Quantity, Subject } from '../engine/types.js';
import type { Provider } from './provider.js';

type Formula = 'positive' | NegativeFormula;

function polarityOfFormula(f: Formula): Polarity {
  return f === 'positive' ? 'positive' : 'negative';
}

/** Stated value fits a computed one: equal within its precision, or the computed value cut off. */
function fits(stated: Val | undefined, computed: Quantity | undefined, tolerance: TolerancePolicy): boolean {
  return !!stated && !!computed && fitsStated(stated, computed, tolerance);
}

interface Evaluation {
  /** Realisasi 0 under an open negative formula: the capaian printed is a convention. */
  zeroOpen: boolean;
  facts: Record<string, unknown>;
}

interface Input {
  indikator: string;
  declaredPolarity?: Polarity;
  target?: Val;
  realisasi?: Val;
  stated?: Val;
}

/** The facts every capaian rule compares, with ambiguous numbers read the way that agrees. */
function evaluate(model: Model, input: Input, { tolerance, polarityWords }: LintSettings): Evaluation {
  const { polarity } = polarityOf(input.declaredPolarity, input.indikator, polarityWords);
  const neg = negativeFormulaDeclaration(model);
  const formula: NegativeFormula = neg.formula;
  const read = settleReadings(input.target, input.realisasi, input.stated, (t, r) => computeCapaian(t, r, polarity, formula, { indikator: input.indikator }).value, tolerance);
  return evaluateReading(model, { ...input, ...read }, tolerance, polarityWords);
}

/** The facts every capaian rule compares, for one target/realisasi/stated triple. */
function evaluateReading(model: Model, input: Input, tolerance: TolerancePolicy, words: PolarityWords): Evaluation {
  const { indikator, target, realisasi, stated } = input;
  const neg = negativeFormulaDeclaration(model);
  const { polarity, declared } = polarityOf(input.declaredPolarity, indikator, words);
  const assumed: Formula = polarity === 'positive' ? 'positive' : neg.formula;
  const options = { indikator };
  const run = (f: Formula, t = target): CapaianResult => computeCapaian(t, realisasi, polarityOfFormula(f), f === 'positive' ? 'two-target-minus' : f, options);
  const decimals = percentDecimals(stated?.kind === 'number' ? stated : undefined);
  const q = (r: CapaianResult) => (r.value !== undefined ? { ...quantity(r.value, 'percent', decimals), ...(r.half ? { half: r.half } : {}) } : undefined);

  let result = run(assumed);
  // Realisasi 0 on a negative indicator whose formula the report leaves open: target ÷ realisasi
  // divides by zero, so a printed convention (1000%) cannot be checked against one formula.
  const standard = q(result);
  const zeroOpen = result.value !== undefined && zeroRealisasiOpen(target, realisasi, polarity, neg) && !fits(stated, standard, tolerance);
  if (zeroOpen) result = { problem: 'division-by-zero' };
  const computed = q(result);

  // Formulas the report leaves open besides the assumed one: the other polarity when polarity is
  // not declared; the other negative variant when the report does not state its negative formula.
  const open: Formula[] = [];
  if (!declared) open.push(...(['positive', 'two-target-minus', 'target-over-realisasi'] as Formula[]));
  else if (polarity === 'negative') open.push('two-target-minus', 'target-over-realisasi');
  const others = open.filter((f) => f !== assumed && !(neg.declared && neg.recognized && f !== 'positive' && f !== neg.formula));
  let other: { formula: Formula; value: Quantity } | undefined;
  if (stated?.kind === 'number' && !zeroOpen && !fits(stated, computed, tolerance))
    for (const f of others) {
      const v = q(run(f));
      if (fits(stated, v, tolerance)) {
        other = { formula: f, value: v! };
        break;
      }
    }
  const alternativePolarity: Polarity = polarity === 'positive' ? 'negative' : 'positive';
  const alternative = q(run(alternativePolarity === 'positive' ? 'positive' : neg.formula));

  // Range targets: the report may have divided by a bound although realisasi lies inside the range.
  let rangeBound: { value: Quantity; which: 'lower' | 'upper'; raw: string } | undefined;
  let range: { position: 'above' | 'below' | 'inside'; bound?: string } | undefined;
  if (target?.kind === 'range' && target.range && numericValue(realisasi) !== undefined) {
    const lo = target.range.min;
    const hi = target.range.max;
    const r = numericValue(realisasi)!;
    range = r > hi.value! ? { position: 'above', bound: hi.raw } : r < lo.value! ? { position: 'below', bound: lo.raw } : { position: 'inside' };
    if (stated?.kind === 'number' && !fits(stated, computed, tolerance) && !other)
      for (const [bound, which] of [
        [lo, 'lower'],
        [hi, 'upper'],
      ] as const) {
        const v = q(run(assumed, { ...bound, loc: target.loc } as Val));
        if (fits(stated, v, tolerance)) {
          rangeBound = { value: v!, which, raw: bound.raw };
          break;
        }
      }
  }

  // A positive indicator's capaian that fits no formula but a known slip: the growth over the
  // target, (realisasi − target) ÷ target × 100, or target and realisasi swapped (target ÷ realisasi).
  let misreading: { kind: 'growth' | 'swapped'; value: Quantity } | undefined;
  if (polarity === 'positive' && stated?.kind === 'number' && target?.kind === 'number' && !zeroOpen && !other && !rangeBound && computed && !fits(stated, computed, tolerance)) {
    const growth = q(run('positive'));
    if (growth && growth.value !== 100) {
      const shifted = { ...growth, value: growth.value - 100 };
      if (fits(stated, shifted, tolerance)) misreading = { kind: 'growth', value: shifted };
    }
    const swapped = q(run('target-over-realisasi'));
    if (!misreading && swapped && fits(stated, swapped, tolerance)) misreading = { kind: 'swapped', value: swapped };
  }

  const otherVariant: NegativeFormula = neg.formula === 'two-target-minus' ? 'target-over-realisasi' : 'two-target-minus';
  const otherVariantValue = polarity === 'negative' ? q(run(otherVariant)) : undefined;
  const formulaUnsettled = polarity === 'negative' && !(neg.declared && neg.recognized);

  return {
    zeroOpen,
    facts: {
      indikator,
      stated,
      target,
      realisasi,
      computed,
      polarity,
      polarityDeclared: declared,
      formula: zeroOpen ? 'target-over-realisasi' : assumed,
      rangePosition: range?.position,
      formulaBound: range?.bound,
      alternative,
      alternativePolarity: alternative ? alternativePolarity : undefined,
      negativeFormula: formulaUnsettled ? (neg.declared ? 'unrecognised' : 'undeclared') : undefined,
      otherVariant: otherVariantValue ? otherVariant : undefined,
      otherVariantValue,
      otherFormula: other?.formula,
      otherValue: other?.value,
      rangeBound: rangeBound?.which,
      rangeBoundRaw: rangeBound?.raw,
      rangeBoundValue: rangeBound?.value,
      misreading: misreading?.kind,
      misreadingValue: misreading?.value,
      ...(zeroOpen ? { zeroStandard: standard } : {}),
    },
  };
}

/** Why a capaian could not be computed, naming the values that are not numbers. */
function notNumericFacts(target: Val | undefined, realisasi: Val | undefined, letterTarget: boolean, letterScale: string): { facts: Record<string, unknown>; loc?: Val['loc'] } {
  const bad = (v: Val | undefined, isTarget: boolean): boolean => {
    if (!v) return false;
    if (v.kind === 'empty' || v.kind === 'na') return true;
    if (isTarget && v.kind === 'range') return false;
    if (isTarget && letterTarget && letterScale !== 'akip') return false;
    if (!isTarget && letterTarget && mutuLetterOf(v)) return false;
    return numericValue(v) === undefined;
  };
  const t = bad(target, true);
  const r = bad(realisasi, false);
  if (!t && !r) return { facts: {} };
  const shown = (v: Val) => (v.kind === 'empty' ? `"${v.raw.trim() || '-'}"` : `"${v.raw.trim()}"`);
  return {
    facts: {
      notNumericIn: t && r ? 'both' : t ? 'target' : 'realisasi',
      targetShown: t ? shown(target!) : undefined,
      realisasiShown: r ? shown(realisasi!) : undefined,
      notNumericValue: t ? target : realisasi,
    },
    loc: (t ? target! : realisasi!).loc,
  };
}

/** Letter (SKM mutu) targets: the best mutu realisasi reaches, and whether the stated capaian claims success. */
function letterFacts(indikator: string, target: Val | undefined, realisasi: Val | undefined, stated: Val | undefined, tolerance: TolerancePolicy): { letterTarget: boolean; facts: Record<string, unknown> } {
  const targetMutu = mutuLetterOf(target);
  if (!targetMutu) return { letterTarget: false, facts: {} };
  const scale = letterScaleOf(indikator);
  if (scale === 'akip') return { letterTarget: false, facts: {} };
  let best: Mutu | undefined;
  let shown: Record<string, unknown> | undefined;
  const annotated = realisasi ? parseSkmAnnotated(realisasi.raw) : undefined;
  const number = realisasi?.kind === 'number' ? realisasi : annotated?.number;
  if (number && number.value !== null) {
    const span = mutuSpan(number.value, number.decimals);
    if (span) {
      best = span.high;
      shown = { mutuFrom: 'number', realisasiNumber: number.raw.trim(), realisasiGrade: span.low === span.high ? span.low : `${span.low}/${span.high}` };
    }
  } else if (realisasi && mutuLetterOf(realisasi)) {
    best = mutuLetterOf(realisasi);
    shown = { mutuFrom: 'letter', realisasiGrade: best };
  }
  if (!best || !shown) return { letterTarget: true, facts: { targetMutu } };
  let claims = false;
  if (stated?.kind === 'number' && stated.value !== null) claims = stated.value >= 100 || agree(stated, 100, tolerance) === true;
  else if (stated?.kind === 'letter' && isMutu(stated.letter)) claims = mutuRank(stated.letter) >= mutuRank(targetMutu);
  else if (stated && /^(tercapai|berhasil|sangat berhasil|sangat baik|baik)$/i.test(stated.raw.trim())) claims = true;
  return {
    letterTarget: true,
    facts: {
      targetMutu,
      reachedMutu: best,
      ...shown,
      letterScale: scale,
      claimsReached: claims,
    },
  };
}

/** Which value a division by zero comes from: the target, or a realisasi of 0 (under an open negative formula, or target ÷ realisasi). */
function zeroIn(target: Val | undefined, zeroOpen: boolean): 'target' | 'realisasi-open' | 'realisasi' {
  return numericValue(target) === 0 ? 'target' : zeroOpen ? 'realisasi-open' : 'realisasi';
}

function pengukuranSubjects(model: Model, settings: LintSettings): Subject[] {
  const { tolerance } = settings;
  const out: Subject[] = [];
  for (const ind of results(model, settings).indicators) {
    const row = ind.row;
    const evaluation = evaluate(model, { indikator: row.indikator, declaredPolarity: row.polarity, target: row.target, realisasi: row.realisasi, stated: row.capaian }, settings);
    const letters = letterFacts(row.indikator, row.target, row.realisasi, row.capaian, tolerance);
    const notNumeric = ind.computed.problem === 'missing' || ind.computed.problem === 'not-numeric' ? notNumericFacts(row.target, row.realisasi, letters.letterTarget, letterScaleOf(row.indikator)) : { facts: {} };
    const zero = ind.computed.problem === 'division-by-zero';
    const printed = row.capaian && row.capaian.kind !== 'empty' ? row.capaian.raw.trim() : undefined;
    const reach = targetReach(row.target, row.realisasi, evaluation.facts.polarity as Polarity, evaluation.facts.polarityDeclared as boolean);
    out.push({
      type: 'capaian',
      key: subjectKey('capaian', ind.sasaran, row.indikator),
      loc: notNumeric.loc ?? row.capaian?.loc ?? row.loc,
      evidence: quoteRow(row.no, row.indikator, row.target, row.realisasi, row.capaian, row.predikat),
      facts: {
        context: 'pengukuran',
        ...evaluation.facts,
        ...letters.facts,
        ...notNumeric.facts,
        ...(reach ? { ...reach, ...statedClaim(row.capaian, tolerance) } : {}),
        // A convention for realisasi 0 (no divisor in the result) divides by the realisasi.
        divisor: ind.computed.divisor ?? (zero ? numericValue(row.realisasi) : undefined),
        zeroIn: zero ? zeroIn(row.target, evaluation.zeroOpen) : undefined,
        printed,
        printedCase: evaluation.zeroOpen ? (printed ? 'convention' : 'convention-none') : printed ? 'printed' : 'none',
      },
    });
  }
  return out;
}

/** The polarity the measurement table declares for an indicator of the same name. */
function declaredPolarities(model: Model): (indikator: string) => Polarity | undefined {
  const measured = model.pengukuran ?? [];
  return (indikator) => measured.find((m: Normalized<Measurement>) => normalizeText(m.indikator) === normalizeText(indikator))?.polarity;
}

function kemajuanSubjects(model: Model, settings: LintSettings): Subject[] {
  const declaredOf = declaredPolarities(model);
  return (model.kemajuanRenstra ?? []).flatMap((row: Normalized<RenstraProgressRow>) => {
    if (!row.kemajuan || row.kemajuan.kind !== 'number') return [];
    const evaluation = evaluate(model, { indikator: row.indikator, declaredPolarity: declaredOf(row.indikator), target: row.targetAkhir, realisasi: row.realisasi, stated: row.kemajuan }, settings);
    if (!evaluation.facts.computed) return [];
    return [
      {
        type: 'capaian',
        key: subjectKey('kemajuan-renstra', row.sasaran, row.indikator),
        loc: row.kemajuan.loc ?? row.loc,
        evidence: quoteRow(row.indikator, row.targetAkhir, row.realisasi, row.kemajuan),
        facts: { context: 'kemajuan', ...evaluation.facts },
      },
    ];
  });
}

/** Each year's capaian of a year-on-year table ("Capaian 2015" beside "Target 2015" and "Realisasi 2015"). */
function riwayatSubjects(model: Model, settings: LintSettings): Subject[] {
  const declaredOf = declaredPolarities(model);
  const out: Subject[] = [];
  for (const row of model.riwayat ?? []) {
    for (const y of row.capaianByYear ?? []) {
      if (!y.capaian || y.capaian.kind !== 'number') continue;
      const evaluation = evaluate(model, { indikator: row.indikator, declaredPolarity: declaredOf(row.indikator), target: y.target, realisasi: y.realisasi, stated: y.capaian }, settings);
      if (!evaluation.facts.computed) continue;
      out.push({
        type: 'capaian',
        key: subjectKey('riwayat', row.table, row.sasaran, row.indikator, y.year),
        loc: y.capaian.loc ?? y.loc,
        evidence: quoteRow(row.indikator, y.target, y.realisasi, y.capaian),
        facts: { context: 'riwayat', year: y.year, ...evaluation.facts },
      });
    }
  }
  return out;
}

export const subjects: Record<string, Provider> = {
  capaian: (model, settings) => [...pengukuranSubjects(model, settings), ...kemajuanSubjects(model, settings), ...riwayatSubjects(model, settings)],
};
