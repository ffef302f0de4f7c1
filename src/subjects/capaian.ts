// Subjects for the capaian rules: each measured indicator (Bab III.A pengukuran) and each row of
// the progress-to-Renstra table, with the capaian the report states beside the capaian its own
// target and realisasi give under every formula the report leaves open.
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
import { display } from '../engine/format.js';
import { agree, exceeds, percentDecimals, quantity, truncates } from '../domain/quantity.js';
import { results } from './results.js';
import { isMutu, mutuRank, mutuSpan, parseSkmAnnotated, type Mutu } from '../domain/skm.js';
import { subjectKey } from './subject-key.js';
import { normalizeText } from '../domain/text.js';
import type { Localized, Quantity, Subject } from '../engine/types.js';

type Formula = 'positive' | NegativeFormula;

const FORMULA_TEXT: Record<Formula, Localized> = {
  positive: { id: 'realisasi ÷ target × 100', en: 'realisation ÷ target × 100' },
  'two-target-minus': { id: '(2 × target − realisasi) ÷ target × 100', en: '(2 × target − realisation) ÷ target × 100' },
  'target-over-realisasi': { id: 'target ÷ realisasi × 100', en: 'target ÷ realisation × 100' },
};

const POLARITY_TEXT: Record<Polarity, Localized> = {
  positive: { id: 'positif', en: 'positive' },
  negative: { id: 'negatif', en: 'negative' },
};

function polarityOfFormula(f: Formula): Polarity {
  return f === 'positive' ? 'positive' : 'negative';
}

/** Stated value fits a computed one: equal within its precision, or the computed value cut off. */
function fits(stated: Val | undefined, computed: Quantity | undefined): boolean {
  return !!stated && !!computed && (agree(stated, computed) === true || truncates(stated, computed));
}

function both(f: (lang: 'id' | 'en') => string): Localized {
  return { id: f('id'), en: f('en') };
}

interface Evaluation {
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
function evaluate(model: Model, input: Input): Evaluation {
  const { polarity } = polarityOf(input.declaredPolarity, input.indikator);
  const neg = negativeFormulaDeclaration(model);
  const formula: NegativeFormula = neg.formula;
  const read = settleReadings(input.target, input.realisasi, input.stated, (t, r) => computeCapaian(t, r, polarity, formula, { indikator: input.indikator }).value);
  return evaluateReading(model, { ...input, ...read });
}

/** The facts every capaian rule compares, for one target/realisasi/stated triple. */
function evaluateReading(model: Model, input: Input): Evaluation {
  const { indikator, target, realisasi, stated } = input;
  const neg = negativeFormulaDeclaration(model);
  const { polarity, declared } = polarityOf(input.declaredPolarity, indikator);
  const assumed: Formula = polarity === 'positive' ? 'positive' : neg.formula;
  const options = { indikator };
  const run = (f: Formula, t = target): CapaianResult => computeCapaian(t, realisasi, polarityOfFormula(f), f === 'positive' ? 'two-target-minus' : f, options);
  const decimals = percentDecimals(stated?.kind === 'number' ? stated : undefined);
  const q = (r: CapaianResult) => (r.value !== undefined ? { ...quantity(r.value, 'percent', decimals), ...(r.half ? { half: r.half } : {}) } : undefined);

  let result = run(assumed);
  // Realisasi 0 on a negative indicator whose formula the report leaves open: target ÷ realisasi
  // divides by zero, so a printed convention (1000%) cannot be checked against one formula.
  const standard = q(result);
  const zeroOpen = result.value !== undefined && zeroRealisasiOpen(target, realisasi, polarity, neg) && !fits(stated, standard);
  if (zeroOpen) result = { problem: 'division-by-zero' };
  const computed = q(result);

  // Formulas the report leaves open besides the assumed one: the other polarity when polarity is
  // not declared; the other negative variant when the report does not state its negative formula.
  const open: Formula[] = [];
  if (!declared) open.push(...(['positive', 'two-target-minus', 'target-over-realisasi'] as Formula[]));
  else if (polarity === 'negative') open.push('two-target-minus', 'target-over-realisasi');
  const others = open.filter((f) => f !== assumed && !(neg.declared && neg.recognized && f !== 'positive' && f !== neg.formula));
  let other: { formula: Formula; value: Quantity } | undefined;
  if (stated?.kind === 'number' && !zeroOpen && !fits(stated, computed))
    for (const f of others) {
      const v = q(run(f));
      if (fits(stated, v)) {
        other = { formula: f, value: v! };
        break;
      }
    }
  const alternativePolarity: Polarity = polarity === 'positive' ? 'negative' : 'positive';
  const alternative = q(run(alternativePolarity === 'positive' ? 'positive' : neg.formula));

  // Range targets: the report may have divided by a bound although realisasi lies inside the range.
  let rangeBound: { value: Quantity; text: Localized } | undefined;
  let rangePosition: Localized | undefined;
  let formulaText = FORMULA_TEXT[assumed];
  if (target?.kind === 'range' && target.range && numericValue(realisasi) !== undefined) {
    const lo = target.range.min;
    const hi = target.range.max;
    const r = numericValue(realisasi)!;
    rangePosition =
      r > hi.value! ? { id: 'di atas batas atas rentang', en: 'above the upper bound of the range' }
      : r < lo.value! ? { id: 'di bawah batas bawah rentang', en: 'below the lower bound of the range' }
      : { id: 'di dalam rentang', en: 'inside the range' };
    if (r >= lo.value! && r <= hi.value!) formulaText = { id: 'realisasi di dalam rentang target = 100', en: 'realisation inside the target range = 100' };
    else {
      const bound = r > hi.value! ? hi : lo;
      const f = FORMULA_TEXT[assumed];
      formulaText = { id: `${f.id}, dengan target = ${bound.raw}`, en: `${f.en}, with target = ${bound.raw}` };
    }
    if (stated?.kind === 'number' && !fits(stated, computed) && !other)
      for (const [bound, name] of [
        [lo, { id: 'batas bawah', en: 'lower bound' }],
        [hi, { id: 'batas atas', en: 'upper bound' }],
      ] as const) {
        const v = q(run(assumed, { ...bound, loc: target.loc } as Val));
        if (fits(stated, v)) {
          const f = FORMULA_TEXT[assumed];
          rangeBound = { value: v!, text: { id: `${f.id} dengan ${name.id} ${bound.raw} sebagai target`, en: `${f.en} with the ${name.en} ${bound.raw} as target` } };
          break;
        }
      }
  }

  // Capping: 100 (or 120) printed for a capaian that computes higher, as some local policies do.
  const capped =
    stated?.kind === 'number' && computed !== undefined && [100, 120].some((cap) => agree(stated, cap) === true) && exceeds(computed, stated) && !other && !rangeBound;

  const otherVariant: NegativeFormula = neg.formula === 'two-target-minus' ? 'target-over-realisasi' : 'two-target-minus';
  const otherVariantValue = polarity === 'negative' ? q(run(otherVariant)) : undefined;
  const formulaUnsettled = polarity === 'negative' && !(neg.declared && neg.recognized);
  const formulaUnsettledText: Localized = neg.declared
    ? { id: 'rumus polaritas negatif yang tertulis di laporan tidak dikenali (dipakai rumus baku)', en: "the report's negative-polarity formula is not recognised (the standard one is used)" }
    : { id: 'laporan tidak menyatakan rumus polaritas negatif', en: 'the report states no formula for negative polarity' };
  const undeclaredNote: Localized = both((l) => {
    const notes: string[] = [];
    if (!declared)
      notes.push(
        l === 'id'
          ? `polaritas indikator tidak dinyatakan${alternative ? `, dan rumus polaritas ${POLARITY_TEXT[alternativePolarity].id} memberi ${display(alternative, l)}` : ''}`
          : `the indicator's polarity is not declared${alternative ? `, and the ${POLARITY_TEXT[alternativePolarity].en} formula gives ${display(alternative, l)}` : ''}`,
      );
    if (formulaUnsettled)
      notes.push(
        `${formulaUnsettledText[l]}${otherVariantValue ? (l === 'id' ? `, dan rumus ${FORMULA_TEXT[otherVariant].id} memberi ${display(otherVariantValue, l)}` : `, and ${FORMULA_TEXT[otherVariant].en} gives ${display(otherVariantValue, l)}`) : ''}`,
      );
    return notes.map((n) => `; ${n}`).join('');
  });
  const whatUndeclared: Localized = !declared
    ? {
        id: `Polaritas indikator tidak dinyatakan${polarity === 'negative' ? ' (nama indikatornya mengesankan polaritas negatif)' : ' (dianggap positif)'}`,
        en: `The indicator's polarity is not declared${polarity === 'negative' ? ' (its name suggests negative polarity)' : ' (taken as positive)'}`,
      }
    : { id: formulaUnsettledText.id.charAt(0).toUpperCase() + formulaUnsettledText.id.slice(1), en: formulaUnsettledText.en.charAt(0).toUpperCase() + formulaUnsettledText.en.slice(1) };

  return {
    facts: {
      indikator,
      stated,
      target,
      realisasi,
      computed,
      problem: result.problem,
      polarity: POLARITY_TEXT[polarity],
      polarityDeclared: declared,
      formula: formulaText,
      polarityNote: undeclaredNote,
      whatUndeclared,
      alternative,
      fitsOther: !!other,
      otherFormula: other
        ? {
            id: `polaritas ${POLARITY_TEXT[polarityOfFormula(other.formula)].id} ${FORMULA_TEXT[other.formula].id}`,
            en: `the ${POLARITY_TEXT[polarityOfFormula(other.formula)].en}-polarity formula ${FORMULA_TEXT[other.formula].en}`,
          }
        : undefined,
      otherValue: other?.value,
      rangePosition,
      fitsRangeBound: !!rangeBound,
      rangeBoundFormula: rangeBound?.text,
      rangeBoundValue: rangeBound?.value,
      capped,
      zeroOpen,
      ...(zeroOpen
        ? {
            formula: FORMULA_TEXT['target-over-realisasi'],
            zeroStandard: standard,
          }
        : {}),
    },
  };
}

/** Why a capaian could not be computed, naming the values that are not numbers. */
function notNumericFacts(target: Val | undefined, realisasi: Val | undefined, letterTarget: boolean, letterScale: string): Record<string, unknown> {
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
  if (!t && !r) return {};
  const shown = (v: Val) => (v.kind === 'empty' ? `"${v.raw.trim() || '-'}"` : `"${v.raw.trim()}"`);
  const parts: Localized[] = [];
  if (t) parts.push({ id: `target ${shown(target!)}`, en: `the target ${shown(target!)}` });
  if (r) parts.push({ id: `realisasi ${shown(realisasi!)}`, en: `the realisation ${shown(realisasi!)}` });
  return {
    notNumeric: true,
    notNumericWhich: { id: parts.map((p) => p.id).join(' dan '), en: parts.map((p) => p.en).join(' and ') },
    notNumericValue: t ? target : realisasi,
    notNumericLoc: (t ? target! : realisasi!).loc,
  };
}

/** Letter (SKM mutu) targets: the mutu realisasi reaches, and whether the stated capaian claims success. */
function letterFacts(indikator: string, target: Val | undefined, realisasi: Val | undefined, stated: Val | undefined): Record<string, unknown> {
  const targetMutu = mutuLetterOf(target);
  if (!targetMutu) return { letterTarget: false };
  const scale = letterScaleOf(indikator);
  if (scale === 'akip') return { letterTarget: false };
  let best: Mutu | undefined;
  let shown: Localized | undefined;
  const annotated = realisasi ? parseSkmAnnotated(realisasi.raw) : undefined;
  const number = realisasi?.kind === 'number' ? realisasi : annotated?.number;
  if (number && number.value !== null) {
    const span = mutuSpan(number.value, number.decimals);
    if (span) {
      best = span.high;
      const mutuShown = span.low === span.high ? span.low : `${span.low}/${span.high}`;
      shown = { id: `${number.raw.trim()} = mutu ${mutuShown}`, en: `${number.raw.trim()} = grade ${mutuShown}` };
    }
  } else if (realisasi && mutuLetterOf(realisasi)) {
    best = mutuLetterOf(realisasi);
    shown = { id: `mutu ${best}`, en: `grade ${best}` };
  }
  if (!best || !shown) return { letterTarget: true, targetMutu };
  const reached = mutuRank(best) >= mutuRank(targetMutu);
  let claims = false;
  if (stated?.kind === 'number' && stated.value !== null) claims = stated.value >= 100 || agree(stated, 100) === true;
  else if (stated?.kind === 'letter' && isMutu(stated.letter)) claims = mutuRank(stated.letter) >= mutuRank(targetMutu);
  else if (stated && /^(tercapai|berhasil|sangat berhasil|sangat baik|baik)$/i.test(stated.raw.trim())) claims = true;
  return {
    letterTarget: true,
    targetMutu,
    realisasiMutu: shown,
    letterReached: reached,
    skmCertain: scale === 'skm',
    claimsReached: claims,
    assumption:
      scale === 'skm'
        ? { id: '', en: '' }
        : { id: '; nama indikator tidak menyebut SKM, jadi konversi SKM diasumsikan', en: '; the indicator does not name the SKM, so the SKM conversion is assumed' },
    notReached: { id: `tidak tercapai (mutu ${best} di bawah target ${targetMutu})`, en: `not achieved (grade ${best} below the target ${targetMutu})` },
  };
}

/** Realisasi 0 under an open negative formula: what the standard formula gives, and what the report prints. */
function zeroConventionNote(standard: Quantity, printed: Val | undefined): Localized {
  const shown = printed && printed.kind !== 'empty' ? printed.raw.trim() : undefined;
  return both((l) => {
    const f = FORMULA_TEXT['two-target-minus'][l];
    if (l === 'id')
      return `Rumus baku ${f} memberi ${display(standard, l)}; ${shown ? `laporan menuliskan ${shown}, angka konvensi yang kadang dipakai untuk realisasi 0` : 'laporan tidak menuliskan capaiannya'}. Nyatakan rumus yang dipakai dan cara angka itu ditetapkan.`;
    return `The standard formula ${f} gives ${display(standard, l)}; ${shown ? `the report prints ${shown}, a convention sometimes used for a realisation of 0` : 'the report prints no capaian'}. State the formula used and how the figure was set.`;
  });
}

function pengukuranSubjects(model: Model): Subject[] {
  const out: Subject[] = [];
  for (const ind of results(model).indicators) {
    const row = ind.row;
    const evaluation = evaluate(model, { indikator: row.indikator, declaredPolarity: row.polarity, target: row.target, realisasi: row.realisasi, stated: row.capaian });
    const letters = letterFacts(row.indikator, row.target, row.realisasi, row.capaian);
    const notNumeric = ind.computed.problem === 'missing' || ind.computed.problem === 'not-numeric' ? notNumericFacts(row.target, row.realisasi, letters.letterTarget === true, letterScaleOf(row.indikator)) : {};
    const zero = ind.computed.problem === 'division-by-zero';
    out.push({
      type: 'capaian',
      key: subjectKey('capaian', ind.sasaran, row.indikator),
      loc: (notNumeric.notNumericLoc as Val['loc'] | undefined) ?? row.capaian?.loc ?? row.loc,
      evidence: quoteRow(row.no, row.indikator, row.target, row.realisasi, row.capaian, row.predikat),
      facts: {
        context: 'pengukuran',
        what: { id: 'Capaian', en: 'The capaian of' },
        ...evaluation.facts,
        ...letters,
        ...notNumeric,
        divisionByZero: zero,
        divisionExpected: { id: 'tidak terdefinisi (pembagian dengan nol)', en: 'undefined (division by zero)' },
        printedNote: evaluation.facts.zeroOpen
          ? zeroConventionNote(evaluation.facts.zeroStandard as Quantity, row.capaian)
          : row.capaian && row.capaian.kind !== 'empty'
            ? { id: `Laporan menuliskan ${row.capaian.raw.trim()}; jelaskan cara angka itu ditetapkan.`, en: `The report prints ${row.capaian.raw.trim()}; explain how that figure was set.` }
            : { id: 'Laporan tidak menuliskan capaiannya; jelaskan cara capaian indikator ini dinilai.', en: 'The report prints no capaian; explain how this indicator is assessed.' },
        numberExpected: { id: 'angka', en: 'a number' },
        zeroNote: zero
          ? numericValue(row.target) === 0
            ? { id: 'target 0', en: 'the target is 0' }
            : evaluation.facts.zeroOpen
              ? {
                  id: `realisasi 0 pada indikator berpolaritas negatif${evaluation.facts.polarityDeclared ? '' : ' (menurut namanya)'} dan laporan tidak menyatakan rumus polaritas negatifnya`,
                  en: `the realisation is 0 on a negative-polarity indicator${evaluation.facts.polarityDeclared ? '' : ' (by its name)'} and the report states no negative-polarity formula`,
                }
              : { id: 'realisasi 0', en: 'the realisation is 0' }
          : undefined,
      },
    });
  }
  return out;
}

function kemajuanSubjects(model: Model): Subject[] {
  const measured = model.pengukuran ?? [];
  const declaredOf = (indikator: string): Polarity | undefined =>
    measured.find((m: Normalized<Measurement>) => normalizeText(m.indikator) === normalizeText(indikator))?.polarity;
  return (model.kemajuanRenstra ?? []).flatMap((row: Normalized<RenstraProgressRow>) => {
    if (!row.kemajuan || row.kemajuan.kind !== 'number') return [];
    const evaluation = evaluate(model, { indikator: row.indikator, declaredPolarity: declaredOf(row.indikator), target: row.targetAkhir, realisasi: row.realisasi, stated: row.kemajuan });
    if (!evaluation.facts.computed) return [];
    return [
      {
        type: 'capaian',
        key: subjectKey('kemajuan-renstra', row.sasaran, row.indikator),
        loc: row.kemajuan.loc ?? row.loc,
        evidence: quoteRow(row.indikator, row.targetAkhir, row.realisasi, row.kemajuan),
        facts: { context: 'kemajuan', what: { id: 'Tingkat kemajuan', en: 'The progress of' }, ...evaluation.facts },
      },
    ];
  });
}

export const subjects: Record<string, (model: Model) => Subject[]> = {
  capaian: (model) => [...pengukuranSubjects(model), ...kemajuanSubjects(model)],
};
