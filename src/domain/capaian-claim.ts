// Whether an indicator's realisasi reached its target, and by what that direction is known (a
// one-sided target's sign, the declared polarity, or a name that suggests lower is better); and
// what the printed capaian claims (above or below 100% beyond its precision, or words such as
// "tercapai"). capaian/claim-against-target compares the two where no formula can be checked.
import type { Val } from '../model/types.js';
import { numericValue, type Polarity } from './capaian.js';
import { agree, type TolerancePolicy } from './quantity.js';
import words from './capaian-claim.json' with { type: 'json' };

export type DirectionFrom = 'bound' | 'declared' | 'name' | 'assumed';

export interface TargetReach {
  targetMet: 'met' | 'missed';
  directionFrom: DirectionFrom;
}

/** Met or missed, when realisasi and target are numbers (or the target one-sided) and it is not a tie on a strict bound. */
export function targetReach(target: Val | undefined, realisasi: Val | undefined, polarity: Polarity, declared: boolean): TargetReach | undefined {
  const r = numericValue(realisasi);
  if (r === undefined || !target) return undefined;
  if (target.kind === 'bound' && target.bound && target.bound.limit.value !== null) {
    const { op, limit } = target.bound;
    const l = limit.value!;
    if ((op === '>' || op === '<') && r === l) return undefined;
    const met = op === '>=' || op === '>' ? r >= l : r <= l;
    return { targetMet: met ? 'met' : 'missed', directionFrom: 'bound' };
  }
  const t = target.kind === 'number' ? target.value : null;
  if (t === null) return undefined;
  const met = polarity === 'positive' ? r >= t : r <= t;
  return { targetMet: met ? 'met' : 'missed', directionFrom: declared ? 'declared' : polarity === 'negative' ? 'name' : 'assumed' };
}

const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
const REACHED = new Set(words.reached.map(key));
const NOT_REACHED = new Set(words.notReached.map(key));

export interface StatedClaim {
  statedClaim: 'above' | 'below';
  claimFrom: 'number' | 'words';
}

/** What the printed capaian says about reaching the target; undefined for 100% within its precision, a grade, or nothing. */
export function statedClaim(stated: Val | undefined, tolerance: TolerancePolicy): StatedClaim | undefined {
  if (!stated) return undefined;
  if (stated.kind === 'number' && stated.value !== null) {
    if (agree(stated, 100, tolerance) !== false) return undefined;
    return { statedClaim: stated.value > 100 ? 'above' : 'below', claimFrom: 'number' };
  }
  const k = key(stated.raw);
  if (REACHED.has(k)) return { statedClaim: 'above', claimFrom: 'words' };
  if (NOT_REACHED.has(k)) return { statedClaim: 'below', claimFrom: 'words' };
  return undefined;
}
