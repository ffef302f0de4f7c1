// The report's outline as the completeness rules read it: what kind of part a body heading opens,
// and which places stand inside a chapter.
import { chapterNumber, sectionKind } from '../../model/sections.js';
import { sourcePosition } from '../../model/normalize.js';
import type { Loc, Model, Val } from '../../model/types.js';

export type Section = NonNullable<Model['sections']>[number];

/**
 * What a body heading is: its kind by its words (an explicit kind only where the words say
 * nothing), and for a chapter also the chapter its words name ("BAB VI PENUTUP" is the Penutup).
 */
export function kindsOf(s: Section): Set<string> {
  const kinds = new Set<string>();
  const byWords = sectionKind(s.title);
  const kind = byWords ?? s.kind;
  if (kind) kinds.add(kind);
  if (chapterNumber(s.title) !== undefined) {
    const rest = sectionKind(s.title.replace(/^\s*bab\s+([ivx]+|\d+)\b\.?/i, ''));
    if (rest && /^bab-\d$/.test(rest)) kinds.add(rest);
  }
  return kinds;
}

/** Whether a location stands between the heading of chapter `n` and the next chapter heading. */
export function chapterSpan(body: Section[], n: number): (loc: Loc) => boolean {
  const start = body.findIndex((s) => chapterNumber(s.title) === n || kindsOf(s).has(`bab-${n}`));
  if (start < 0) return () => false;
  const from = sourcePosition(body[start].loc);
  const next = body.slice(start + 1).find((s) => chapterNumber(s.title) !== undefined || /^bab-\d$/.test(s.kind ?? ''));
  const to = next ? sourcePosition(next.loc) : undefined;
  return (loc) => {
    const at = sourcePosition(loc);
    return at !== undefined && from !== undefined && at > from && (to === undefined || at < to);
  };
}

/** No value: a blank, "-" or "n/a". */
export function isEmpty(v: Val | undefined): boolean {
  return !v || v.kind === 'empty' || v.kind === 'na';
}
