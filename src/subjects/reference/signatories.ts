// The people who signed the report's documents, as the reference rules compare them: every
// signature with a name, and those signatures grouped into people (by NIP, or by a name that fits
// one person only).
import type { Loc, Model } from '../../model/types.js';
import { coreName, namesCompatible, nipDigits, writtenForm } from '../../domain/person-names.js';
import { normalizeText } from '../../domain/text.js';
import type { TermRef } from '../../engine/types.js';
import { pushTo } from '../../util/multimap.js';

export interface Signed {
  name: string;
  /** The title normalised (case and punctuation do not count). */
  jabatan?: string;
  /** The title as printed. */
  jabatanText?: string;
  role?: string;
  core: string;
  form: string;
  nip?: string;
  nipDigits?: string;
  document: string;
  loc: Loc;
}

export function signed(model: Model): Signed[] {
  return (model.signings ?? []).flatMap((s) =>
    (s.signatories ?? [])
      .filter((g) => g.name?.trim())
      .map((g) => ({
        name: g.name!.trim(),
        jabatan: g.jabatan ? normalizeText(g.jabatan) : undefined,
        jabatanText: g.jabatan?.trim() || undefined,
        role: g.role,
        core: coreName(g.name!),
        form: writtenForm(g.name!),
        nip: g.nip,
        nipDigits: nipDigits(g.nip),
        document: s.document,
        loc: g.loc,
      })),
  );
}

/** People: one group per NIP; a signature without NIP joins the one group whose names fit it. */
export function people(list: Signed[]): Signed[][] {
  const byNip = new Map<string, Signed[]>();
  for (const s of list) if (s.nipDigits) pushTo(byNip, s.nipDigits, s);
  const groups = [...byNip.values()];
  const fits = (g: Signed[], s: Signed) => g.some((o) => namesCompatible(o.core, s.core));
  for (const s of list) {
    if (s.nipDigits) continue;
    const candidates = groups.filter((g) => fits(g, s));
    if (candidates.length === 1) candidates[0].push(s);
    else if (candidates.length === 0) groups.push([s]);
    // Fits two people: leave it out rather than guess.
  }
  return groups;
}

/** A related place's note: the document it stands in (the rule's documentLabel fragment names it). */
export function documentNote(document: string): TermRef {
  return { term: 'reference-note.document', params: { document } };
}
