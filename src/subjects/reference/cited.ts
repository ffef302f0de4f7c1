// Regulation citations of a report, found once per model: several providers read them.
import type { Loc, Model } from '../../model/types.js';
import { findCitations, type Citation } from '../../domain/citations.js';

export interface Cited {
  c: Citation;
  loc: Loc;
  /** The passage (paragraph, heading or caption) it stands in. */
  passage: string;
  /** Every citation of that passage. */
  peers: Citation[];
}

// Several providers read the citations: found once per model.
const citedCache = new WeakMap<Model, Cited[]>();

export function citedRegulations(model: Model): Cited[] {
  const cached = citedCache.get(model);
  if (cached) return cached;
  const out: Cited[] = [];
  const add = (text: string, loc: Loc) => {
    const peers = findCitations(text);
    for (const c of peers) out.push({ c, loc, passage: text, peers });
  };
  for (const p of model.paragraphs ?? []) add(p.text, p.loc);
  for (const s of model.sections ?? []) if (!s.inToc) add(s.title, s.loc);
  for (const t of model.tables ?? []) if (t.title) add(t.title, t.loc);
  citedCache.set(model, out);
  return out;
}
