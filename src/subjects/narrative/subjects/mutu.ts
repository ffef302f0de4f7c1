// An SKM mutu letter of the prose against the mutu of the SKM indicator's realisasi.
import { formatNumber } from '../../../engine/format.js';
import type { IndicatorResult } from '../../results.js';
import { isMutu, mutuInterval, mutuOf } from '../../../domain/skm.js';
import { subjectKey } from '../../subject-key.js';
import type { Subject } from '../../../engine/types.js';
import type { MutuClaim } from '../claims.js';
import type { Analysed, Context } from '../context.js';
import type { Scope } from '../scope.js';
import { evidenceOf, indicatorRelated } from './presentation.js';

const SKM_INDICATOR = /\b(?:skm|ikm)\b|kepuasan\s+masyarakat|survei\s+kepuasan|survey\s+kepuasan/i;

export function mutuSubject(ctx: Context, a: Analysed, claim: MutuClaim, scope: Scope | undefined): Subject | undefined {
  const { res } = ctx;
  if (a.unit.kind !== 'paragraph') return undefined;
  // "… dengan target adalah B": the letter is the target, not the result.
  const before = a.unit.text.slice(Math.max(claim.sentence.start, claim.start - 40), claim.start);
  if (/\btarget/i.test(before)) return undefined;
  const skm = (list: IndicatorResult[]) => list.filter((i) => SKM_INDICATOR.test(i.row.indikator));
  let ind: IndicatorResult | undefined;
  if (scope?.type === 'indicator' && SKM_INDICATOR.test(scope.indicator.row.indikator)) ind = scope.indicator;
  else if (scope?.type === 'sasaran' && skm(scope.sasaran.indicators).length === 1) ind = skm(scope.sasaran.indicators)[0];
  else if (skm(res.indicators).length === 1) ind = skm(res.indicators)[0];
  if (!ind) return undefined;
  const r = ind.row.realisasi;
  const mutu = r?.kind === 'letter' && isMutu(r.letter) ? r.letter : r?.kind === 'number' && r.value !== null ? mutuOf(r.value) : undefined;
  if (!mutu) return undefined;
  const range = mutuInterval(mutu);
  return {
    type: 'narrative-mutu',
    key: subjectKey('narrative', 'mutu', a.unit.id, ind.row.indikator, claim.letter),
    loc: a.unit.loc,
    evidence: evidenceOf(claim),
    related: [{ ...indicatorRelated(ind), note: { term: 'narrative-place.mutu', params: { realisasi: r?.raw ?? '', mutu } } }],
    facts: {
      stated: claim.letter,
      computed: mutu,
      realisasi: r,
      ikm: `${formatNumber(range.min, 2, 'id')}–${formatNumber(range.max, 2, 'id')}`,
      indikator: ind.row.indikator,
    },
  };
}
