// Shared words of rules/terms.json in both languages, for the few facts that must stay text: a
// finding's expected/actual is a fact (not a fragment), and lists of labels are joined per language.
// The words themselves live in the rule data.
import { fill } from '../engine/format.js';
import { term } from '../engine/messages.js';
import type { Localized } from '../engine/types.js';

/** The term "table.key" with its {placeholders} filled, in both languages; `fallback` for an unknown key. */
export function termText(ref: string, params: Record<string, unknown> = {}, fallback?: Localized): Localized {
  const t = term(ref) ?? fallback;
  if (!t) throw new Error(`no term "${ref}" in rules/terms.json`);
  return { id: fill(t.id, params, 'id'), en: fill(t.en, params, 'en') };
}
