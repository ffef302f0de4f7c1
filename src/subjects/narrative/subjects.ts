// Subjects of the narrative rules: each claim the prose makes, attached to what it speaks of, with
// the value the report's own tables give for it. A claim that cannot be attached safely gives no
// subject (unattached numbers are not findings). One module per kind of claim in subjects/.
import type { Model } from '../../model/types.js';
import type { Subject } from '../../engine/types.js';
import { budgetFigures } from './budget.js';
import type { Claim } from './claims.js';
import { claimsOf, narrativeContext, type Context, type Located } from './context.js';
import type { Figure } from './figures.js';
import { achievementSubject } from './subjects/achievement.js';
import { budgetSentenceSubjects } from './subjects/budget-sentence.js';
import { countSubject } from './subjects/count.js';
import { mutuSubject } from './subjects/mutu.js';
import { numberSubject } from './subjects/number.js';
import { predikatSubject } from './subjects/predikat.js';
import type { LintSettings } from '../../engine/settings.js';

function keyed(subjects: Subject[]): Subject[] {
  const seen = new Set<string>();
  return subjects.filter((s) => (seen.has(s.key) ? false : (seen.add(s.key), true)));
}

export function numberSubjects(model: Model, settings: LintSettings): Subject[] {
  const ctx = narrativeContext(model, settings);
  let figures: Figure[] | undefined;
  const lazy = () => (figures ??= budgetFigures(model));
  const out: Subject[] = [];
  for (const located of claimsOf(ctx, 'number')) {
    const s = numberSubject(ctx, located, lazy);
    if (s) out.push(s);
  }
  return keyed(out);
}

/**
 * Claims about this year's capaian: those measured against another basis are not judged, nor any
 * when the measurement table read is itself, by its title, a comparison with another basis.
 */
function thisYear<K extends Claim['kind']>(ctx: Context, kind: K): Located<K>[] {
  return ctx.tableOtherBasis ? [] : [...claimsOf(ctx, kind)].filter((c) => !c.otherBasis);
}

export function predikatSubjects(model: Model, settings: LintSettings): Subject[] {
  const ctx = narrativeContext(model, settings);
  return keyed(thisYear(ctx, 'predikat').map(({ a, claim, scope }) => predikatSubject(ctx, a, claim, scope)).filter((s): s is Subject => !!s));
}

export function achievementSubjects(model: Model, settings: LintSettings): Subject[] {
  const ctx = narrativeContext(model, settings);
  return keyed(thisYear(ctx, 'achievement').map(({ a, claim, scope }) => achievementSubject(ctx, a, claim, scope)).filter((s): s is Subject => !!s));
}

export function countSubjects(model: Model, settings: LintSettings): Subject[] {
  const ctx = narrativeContext(model, settings);
  return keyed(thisYear(ctx, 'count').map(({ a, claim, scope }) => countSubject(ctx, a, claim, scope)).filter((s): s is Subject => !!s));
}

export function mutuSubjects(model: Model, settings: LintSettings): Subject[] {
  const ctx = narrativeContext(model, settings);
  return keyed(thisYear(ctx, 'mutu').map(({ a, claim, scope }) => mutuSubject(ctx, a, claim, scope)).filter((s): s is Subject => !!s));
}

/** Sentences stating a budget, its realisation and a figure derived from both (checked against themselves). */
export function budgetSentences(model: Model, settings: LintSettings): Subject[] {
  return keyed(budgetSentenceSubjects(narrativeContext(model, settings)));
}
