// A count of indicators or sasaran with a quality, against the count the performance table gives.
import { bandByLabel, sameLabel, type Band } from '../../../domain/scale.js';
import { subjectKey } from '../../subject-key.js';
import type { Subject } from '../../../engine/types.js';
import type { CountClaim } from '../claims.js';
import type { Analysed, Context } from '../context.js';
import type { Scope } from '../scope.js';
import { SUMMARY_KINDS } from '../units.js';
import { evidenceOf, indicatorRelated, scopeFacts, scopeKey, titled } from './presentation.js';
import { achievementOpen, indicatorsOf, printedDisagrees } from './scope-capaian.js';

/** The scale's own spelling of a rating word ("baik" → "Baik"). */
function canonical(ctx: Context, label: string): string {
  const band = bandByLabel(ctx.res.scale, label);
  return titled(band ? band.label : label);
}

export function countSubject(ctx: Context, a: Analysed, claim: CountClaim, scope: Scope | undefined): Subject | undefined {
  const { res } = ctx;
  if (a.unit.kind !== 'paragraph') return undefined;
  let counted: Scope | undefined;
  // A total of all the report's indicators in a sentence that only inherited its sasaran from the
  // one before ("… Sasaran 3 … . Dari 9 sasaran … melalui 16 indikator …") is about the whole report.
  const wholeTotal = claim.total !== undefined && claim.noun === 'indikator' && claim.total === res.indicators.length;
  if (scope?.type === 'sasaran' && !(scope.via === 'previous' && wholeTotal && claim.total !== scope.sasaran.indicators.length)) counted = scope;
  else if ((a.unit.sectionKind && SUMMARY_KINDS.has(a.unit.sectionKind)) || claim.sentence.overall || claim.count === 'all' || claim.total !== undefined)
    counted = { type: 'report', via: 'overall' };
  if (!counted || (counted.type === 'sasaran' && claim.noun === 'sasaran')) return undefined;
  const q = claim.qualifier;
  if (q.type === 'kategori' && !bandByLabel(res.scale, q.label)) return undefined;
  type Item = { achieved?: boolean; above?: boolean; band?: Band };
  const items: Item[] =
    claim.noun === 'sasaran'
      ? res.sasaran.map((s) => ({
          achieved: s.average !== undefined ? s.average >= 100 - 1e-9 : undefined,
          above: s.average !== undefined ? s.average > 100 + 1e-9 : undefined,
          band: s.band,
        }))
      : indicatorsOf(counted, res).map((i) => (printedDisagrees(i) ? {} : { achieved: i.achieved, above: i.aboveTarget, band: i.band }));
  if (!items.length) return undefined;
  // An indicator whose achievement swings with the reading of an ambiguous number: no count is certain.
  if (claim.noun !== 'sasaran' && achievementOpen(indicatorsOf(counted, res))) return undefined;
  // "dari 9 indikator …" while the table measures another number: the text counts another set.
  if (claim.total !== undefined && claim.total !== items.length) return undefined;
  const flags = items.map((it) =>
    q.type === 'above' ? it.above : q.type === 'achieved' ? it.achieved : q.type === 'not-achieved' ? (it.achieved === undefined ? undefined : !it.achieved) : it.band ? sameLabel(it.band.label, q.label) : undefined,
  );
  if (flags.some((f) => f === undefined)) return undefined;
  const computedCount = flags.filter(Boolean).length;
  const claimedCount = claim.count === 'all' ? items.length : claim.count;
  return {
    type: 'narrative-count',
    key: subjectKey('narrative', 'count', a.unit.id, scopeKey(counted), claim.noun, String(claim.count), q.type, q.type === 'kategori' ? q.label : ''),
    loc: a.unit.loc,
    evidence: evidenceOf(claim),
    related: claim.noun === 'sasaran' ? [] : indicatorsOf(counted, res).map(indicatorRelated),
    facts: {
      quality: q.type,
      kategori: q.type === 'kategori' ? canonical(ctx, q.label) : '',
      noun: claim.noun,
      all: claim.count === 'all',
      claimedCount,
      computedCount,
      total: items.length,
      claimedText: claim.count === 'all' ? `${claim.raw.split(' ')[0].toLowerCase()} (${items.length})` : claim.raw,
      computedText: String(computedCount),
      ...scopeFacts(counted),
    },
  };
}
