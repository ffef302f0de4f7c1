// A number of the prose (a capaian, realisasi, target, mean, budget figure) against the table cell or
// the figure computed from the tables it speaks of.
import type { Val } from '../../../model/types.js';
import { agree, isParsed, isQuantity, percentDecimals, quantity, toInterval } from '../../../domain/quantity.js';
import type { ParsedNumber } from '../../../model/number-id.js';
import type { Results } from '../../results.js';
import { subjectKey } from '../../subject-key.js';
import { clip } from '../../../domain/text.js';
import type { Subject } from '../../../engine/types.js';
import { budgetTarget, subKegiatanTarget } from '../budget.js';
import type { NumberClaim } from '../claims.js';
import type { Context, Located } from '../context.js';
import { agreesWithAny, isNum, type Figure, type NumberTarget, type Uncertain } from '../figures.js';
import type { Scope } from '../scope.js';
import { COUNT, countValue } from '../text.js';
import { evidenceOf, indicatorRelated, scopeFacts } from './presentation.js';
import { capaianOf, indicatorsOf, meanVariants, printedMean, unsettledReason } from './scope-capaian.js';
import { linkedToName } from './clauses.js';

// "lima indikator … rata-rata 131,65%", "rata-rata capaian 3 Misi": a mean over another set.
const OTHER_SET = new RegExp(String.raw`\b(${COUNT})\s+(?:indikator|iku|sasaran|misi|tujuan|program|kegiatan)\b`, 'gi');
const MISI = /\bmisi\b/i;
const ALL_STATED = /\b(?:seluruh|semua|keseluruhan|total)\b/i;

/**
 * Which indicators a stated mean is over, when that is certain enough to recompute it: all of the
 * measurement table, or one sasaran the sentence names. A count in the sentence other than the
 * table's ("lima indikator"), or a mean over misi, is another set: nothing to compare. A mean the
 * sentence does not say is over all (it only stands in a summary) or a sasaran it does not name
 * (the heading or the sentence before does) is compared as a warning that says so.
 */
function averageSet(claim: NumberClaim, scope: Scope, res: Results): { inferred?: Uncertain } | undefined {
  const before = claim.sentence.text.slice(0, claim.start - claim.sentence.start);
  if (MISI.test(before)) return undefined;
  const size = scope.type === 'sasaran' ? scope.sasaran.indicators.length : res.indicators.length;
  for (const m of before.matchAll(OTHER_SET)) {
    const n = countValue(m[1]);
    const noun = m[0].toLowerCase();
    if (n !== undefined && (!/indikator|iku/.test(noun) || n !== size) && !(/sasaran/.test(noun) && scope.type === 'report' && n === res.sasaran.length)) return undefined;
  }
  if (scope.type === 'report' && scope.via === 'summary' && !ALL_STATED.test(before)) return { inferred: { reason: 'mean-inferred' } };
  if (scope.type === 'sasaran' && scope.via !== 'mention') return { inferred: { reason: 'sasaran-inferred' } };
  return {};
}

function performanceTarget(ctx: Context, claim: NumberClaim, scope: Scope | undefined): NumberTarget | undefined {
  const { res } = ctx;
  if (claim.unit !== 'percent' || !scope || !linkedToName(claim, scope, res, ctx.weak)) return undefined;
  const decimals = percentDecimals(claim.value);
  const role = claim.role;
  if (role === 'average' || (role === 'capaian' && scope.type === 'sasaran')) {
    const c = capaianOf(scope, res);
    if (scope.type === 'indicator' || c.value === undefined) return undefined;
    const members = indicatorsOf(scope, res);
    // A sasaran's "capaian" is not always the mean of its indicators (weighted, from a PPS form):
    // only a stated mean ("rata-rata") is recomputed, or the capaian of a one-indicator sasaran.
    if (role === 'capaian' && members.length !== 1) return undefined;
    const set = averageSet(claim, scope, res);
    if (!set) return undefined;
    return {
      role: scope.type === 'sasaran' ? 'sasaran-rata-rata' : 'laporan-rata-rata',
      ...(scope.type === 'sasaran'
        ? { figure: scope.sasaran.text ? 'named-sasaran-mean' : 'sasaran-mean', name: scopeFacts(scope).scopeName, sasaranNo: String(scope.sasaran.no) }
        : { figure: 'report-mean' }),
      computed: quantity(c.value, 'percent', decimals),
      // A one-indicator sasaran: its capaian as printed, or its realisasi called "capaian"; and
      // the means under the other readings of an unsettled ambiguous number.
      // The mean of the capaian as printed, too: the text follows its table, and a printed capaian
      // that is wrong is the capaian rules' finding, not the prose's.
      alternatives: [
        ...(members.length === 1 ? [members[0].row.capaian, members[0].row.realisasi].filter(isNum) : []),
        ...printedMean(members, decimals),
        ...(c.unsettled ? meanVariants(members).map((v) => quantity(v, 'percent', decimals)) : []),
      ],
      related: members.map(indicatorRelated),
      key: 'rata-rata',
      ...(c.unsettled ? { uncertain: unsettledReason(c.unsettled) } : set.inferred ? { uncertain: set.inferred } : {}),
    };
  }
  if (scope.type !== 'indicator') return undefined;
  const ind = scope.indicator;
  const row = ind.row;
  const capaian = ind.computed.value !== undefined ? quantity(ind.computed.value, 'percent', decimals) : isNum(row.capaian) ? row.capaian : undefined;
  const pick: Record<string, Figure | undefined> = { capaian, realisasi: isNum(row.realisasi) ? row.realisasi : undefined, target: isNum(row.target) ? row.target : undefined };
  if (role !== 'capaian' && role !== 'realisasi' && role !== 'target') return undefined;
  // A capaian that divides by zero has no value, only conventions (1000, 100, "-"): the text's and
  // the table's may differ without either being wrong; capaian/division-by-zero speaks of the row.
  if (role === 'capaian' && ind.computed.problem === 'division-by-zero') return undefined;
  const computed = pick[role];
  // Only percentages compare with a percentage indicator's values; "nilai 84,29" has no %.
  if (!computed || (role !== 'capaian' && (computed as Val).unit !== 'percent')) return undefined;
  const alternatives = Object.entries(pick)
    .filter(([k, v]) => k !== role && v !== undefined)
    .map(([, v]) => v!)
    .concat(isNum(row.capaian) && role === 'capaian' ? [row.capaian] : [])
    .concat(role === 'capaian' && ind.unsettled ? ind.unsettled.values.map((v) => quantity(v, 'percent', decimals)) : []);
  return {
    role: `indikator-${role}`,
    figure: `indicator-${role}`,
    name: clip(row.indikator, 90),
    computed,
    alternatives,
    related: [indicatorRelated(ind)],
    key: `indikator:${role}`,
    ...(role === 'capaian' && ind.unsettled ? { uncertain: unsettledReason([ind]) } : {}),
  };
}

export function numberSubject(ctx: Context, { a, claim, scope, otherBasis }: Located<'number'>, figures: () => Figure[]): Subject | undefined {
  if (!claim.role || claim.value.value === null) return undefined;
  let target: NumberTarget | undefined;
  if (a.unit.kind === 'penjelasan' && a.unit.subKegiatan) target = subKegiatanTarget(claim, a.unit.subKegiatan);
  else {
    // A rate in a sentence on money is the budget's, unless the sentence itself names an indicator.
    const budgetRole = claim.unit === 'rupiah' || claim.of !== undefined || claim.role === 'efisiensi' || claim.role === 'belanja' || ((claim.role === 'realisasi' || claim.role === 'capaian') && (claim.cues.includes('anggaran') || (claim.sentence.budget && (scope?.type !== 'indicator' || scope.via !== 'name'))));
    if (budgetRole) target = budgetTarget(ctx, a, claim, scope);
    else if (!otherBasis && !ctx.tableOtherBasis) target = performanceTarget(ctx, claim, scope);
  }
  if (!target || toInterval(target.computed) === undefined) return undefined;
  const stated: Val = { ...claim.value, loc: a.unit.loc };
  const ambiguousAgrees = !!claim.value.ambiguous && agreesWithAny(claim.value, [target.computed], ctx.settings.tolerance);
  const alternativeAgrees = ambiguousAgrees || agreesWithAny(claim.value, target.alternatives, ctx.settings.tolerance) || (!!target.guessed && agree(stated, target.computed, ctx.settings.tolerance) === false && agreesWithAny(claim.value, figures().filter((f) => (f.unit === 'percent') === (claim.unit === 'percent')), ctx.settings.tolerance));
  return {
    type: 'narrative-number',
    key: subjectKey('narrative', 'number', a.unit.id, target.key, claim.value.raw),
    loc: a.unit.loc,
    evidence: evidenceOf(claim),
    related: target.related,
    facts: {
      role: target.role,
      figure: target.figure,
      name: target.name ?? '',
      output: target.output ?? '',
      sasaranNo: target.sasaranNo ?? '',
      stated,
      computed: target.computed,
      // The figure printed by a table, or computed from the tables.
      basis: 'kind' in target.computed ? 'printed' : 'computed',
      alternativeAgrees,
      guessed: !!target.guessed,
      digitSlip: digitSlip(claim.value, target.computed),
      ...(target.uncertain ? { uncertain: target.uncertain.reason, ambiguousNumbers: target.uncertain.ambiguousNumbers ?? '', ambiguousIndicators: target.uncertain.ambiguousIndicators ?? '', coverage: target.uncertain.coverage ?? '' } : {}),
    },
  };
}

/**
 * How many digits two whole amounts of the same length differ in (933.278.000 and 935.278.000: 1),
 * the mark of a typing slip rather than of another amount; 0 when they are not such amounts.
 */
function digitSlip(stated: ParsedNumber, computed: unknown): number {
  const whole = (v: unknown) => (isParsed(v) || isQuantity(v)) && typeof v.value === 'number' && Number.isInteger(v.value) && v.value > 0 ? String(v.value) : undefined;
  const [x, y] = [whole(stated), whole(computed)];
  if (!x || !y || x.length !== y.length) return 0;
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) n++;
  return n;
}
