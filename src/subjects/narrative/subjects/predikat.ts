// A predikat word of the prose against the band the scale gives the capaian it rests on.
import { quantity } from '../../../domain/quantity.js';
import { bandByLabel } from '../../../domain/scale.js';
import { subjectKey } from '../../subject-key.js';
import type { Subject } from '../../../engine/types.js';
import type { Claim, NumberClaim, PredikatClaim } from '../claims.js';
import type { Analysed, Context } from '../context.js';
import { agreesWithAny, isNum } from '../figures.js';
import type { Scope } from '../scope.js';
import { bandRelated, evidenceOf, indicatorRelated, scopeFacts, scopeKey, titled } from './presentation.js';
import { capaianOf, indicatorsOf } from './scope-capaian.js';
import { linkedToName } from './clauses.js';

export function predikatSubject(ctx: Context, a: Analysed, claim: PredikatClaim, scope: Scope | undefined): Subject | undefined {
  const { res } = ctx;
  if (!scope || a.unit.kind !== 'paragraph' || !linkedToName(claim, scope, res, ctx.weak)) return undefined;
  // "penyerapan anggaran … termasuk baik" rates the budget, not a capaian.
  if (claim.sentence.budget && scope.type !== 'indicator') return undefined;
  // A word of another vocabulary than the report's scale cannot be checked against it.
  if (!bandByLabel(res.scale, claim.word)) return undefined;
  const c = capaianOf(scope, res);
  if (c.value === undefined || !c.band) return undefined;
  // A capaian that rests on an unsettled ambiguous number has no certain band.
  if (c.unsettled) return undefined;
  // "… sebesar 75.6% dengan kategori Sedang": the word rates that percentage. When it is not the
  // capaian of what the sentence was attached to, the attachment is wrong (or the number is, which
  // narrative/number-mismatch reports): no verdict on the word.
  const adjacent = adjacentPercent(a.extraction.claims, claim);
  if (adjacent && !agreesWithAny(adjacent.value, [quantity(c.value, 'percent', 2), ...indicatorsOf(scope, res).flatMap((i) => (isNum(i.row.capaian) ? [i.row.capaian] : []))], ctx.settings.tolerance)) return undefined;
  return {
    type: 'narrative-predikat',
    key: subjectKey('narrative', 'predikat', a.unit.id, scopeKey(scope), claim.word),
    loc: a.unit.loc,
    evidence: evidenceOf(claim),
    related: [...indicatorsOf(scope, res).map(indicatorRelated), ...bandRelated(c.band, res)],
    facts: {
      stated: claim.word,
      computed: titled(c.band.label),
      capaian: quantity(c.value, 'percent', 2),
      range: c.band.range,
      ...scopeFacts(scope),
      // Whose capaian the predikat is of: all indicators' mean, a sasaran's mean, or one indicator's.
      basis: scope.type === 'report' ? 'report' : scope.type === 'sasaran' ? 'sasaran' : 'indicator',
      scale: res.scale.name,
      scaleDeclared: res.scale.declared,
      cue: claim.cue,
    },
  };
}

/** The percentage a rating word directly follows ("90,68% dengan kategori Baik", "71,4% atau predikat Cukup"). */
function adjacentPercent(claims: Claim[], claim: PredikatClaim): NumberClaim | undefined {
  const before = claims.filter((c): c is NumberClaim => c.kind === 'number' && c.unit === 'percent' && c.sentence === claim.sentence && c.end <= claim.start);
  const last = before[before.length - 1];
  if (!last) return undefined;
  const between = claim.sentence.text.slice(last.end - claim.sentence.start, claim.start - claim.sentence.start);
  return between.length <= 60 && !/[;]/.test(between) ? last : undefined;
}
