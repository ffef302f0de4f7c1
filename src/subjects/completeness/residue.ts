// Template residue left in the headings, captions and prose (src/domain/residue.ts finds it).
import type { Loc, Model } from '../../model/types.js';
import { excerpt } from '../../domain/excerpt.js';
import { findResidue } from '../../domain/residue.js';
import type { Subject } from '../../engine/types.js';
import { occurrenceKeys } from '../occurrence-key.js';
import { subjectKey } from '../subject-key.js';

export function residue(model: Model): Subject[] {
  const texts: { text: string; loc: Loc; where: string }[] = [
    ...(model.sections ?? []).map((s) => ({ text: s.title, loc: s.loc, where: s.inToc ? 'daftar-isi' : 'heading' })),
    ...(model.tables ?? []).filter((t) => t.title).map((t) => ({ text: t.title!, loc: t.loc, where: 'table' })),
    ...(model.paragraphs ?? []).map((p) => ({ text: p.text, loc: p.loc, where: 'text' })),
  ];
  const key = occurrenceKeys();
  const out: Subject[] = [];
  for (const t of texts) {
    for (const r of findResidue(t.text)) {
      out.push({
        type: 'template-residue',
        key: key(subjectKey('residue', t.where === 'daftar-isi' ? 'daftar-isi' : '', r.kind, r.match)),
        loc: t.loc,
        evidence: excerpt(t.text, r.index, r.match.length),
        facts: { kind: r.kind, actual: r.match.trim() },
      });
    }
  }
  return out;
}
