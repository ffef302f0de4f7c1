// "tercapai", "melampaui target", "berhasil" … against what the tables say of the indicator or sasaran.
import { quantity } from '../../../domain/quantity.js';
import { subjectKey } from '../../subject-key.js';
import type { Subject } from '../../../engine/types.js';
import type { AchievementClaim } from '../claims.js';
import type { Analysed, Context } from '../context.js';
import type { Scope } from '../scope.js';
import { evidenceOf, indicatorRelated, scopeFacts, scopeKey } from './presentation.js';
import { indicatorsOf, meanVariants, printedDisagrees, unsettledOf } from './scope-capaian.js';
import { linkedToName } from './clauses.js';

export function achievementSubject(ctx: Context, a: Analysed, claim: AchievementClaim, scope: Scope | undefined): Subject | undefined {
  const { res } = ctx;
  if (!scope || scope.type === 'report' || a.unit.kind !== 'paragraph' || !linkedToName(claim, scope, res, ctx.weak)) return undefined;
  if (claim.sentence.budget && scope.type !== 'indicator') return undefined;
  let achieved: boolean | undefined;
  let above: boolean | undefined;
  let value: number | undefined;
  if (scope.type === 'indicator') {
    if (printedDisagrees(scope.indicator)) return undefined;
    achieved = scope.indicator.achieved;
    above = scope.indicator.aboveTarget;
    value = scope.indicator.capaian;
  } else {
    // A sasaran the sentence does not speak of (only its heading or the sentence before does) may not
    // be what "tercapai" is said of; and whether a sasaran is achieved is judged by its mean capaian in some
    // reports, by all of its indicators in others: only a verdict both ways agree on is given.
    if (scope.via !== 'mention' && !/\bsasaran\b/i.test(claim.sentence.text)) return undefined;
    const flags = scope.sasaran.indicators.map((i) => (printedDisagrees(i) ? undefined : i.achieved));
    const all = flags.length && flags.every((f) => f !== undefined) ? flags.every(Boolean) : undefined;
    if (scope.sasaran.average !== undefined) {
      value = scope.sasaran.average;
      achieved = value >= 100 - 1e-9;
      above = value > 100 + 1e-9;
      if (all !== undefined && all !== achieved) return undefined;
    } else achieved = all;
  }
  const needs = claim.claim === 'above' ? above : achieved;
  if (needs === undefined) return undefined;
  // Whether the target was reached swings with the reading of an ambiguous number: no verdict.
  const members = indicatorsOf(scope, res);
  if (unsettledOf(members)) {
    const variants = scope.type === 'indicator' ? scope.indicator.unsettled!.values : meanVariants(members);
    if (!variants.length || (variants.some((v) => v >= 100 - 1e-9) && variants.some((v) => v < 100 - 1e-9))) return undefined;
  }
  return {
    type: 'narrative-achievement',
    key: subjectKey('narrative', 'achievement', a.unit.id, scopeKey(scope), claim.claim),
    loc: a.unit.loc,
    evidence: evidenceOf(claim),
    related: indicatorsOf(scope, res).map(indicatorRelated),
    facts: {
      claim: claim.claim,
      explicit: claim.explicit,
      stated: claim.phrase,
      // What the tables say, as the computed text says it.
      outcome: above ? 'above' : achieved ? 'achieved' : 'not-achieved',
      ...(value !== undefined ? { capaian: quantity(value, 'percent', 2) } : {}),
      capaianKnown: value !== undefined,
      ...scopeFacts(scope),
    },
  };
}
