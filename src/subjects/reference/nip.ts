// Subjects for the form of a NIP: one per NIP printed under a signature (its other places are
// related), with its length and parts.
import type { Model } from '../../model/types.js';
import { nipParts } from '../../domain/nip.js';
import { nipDigits } from '../../domain/person-names.js';
import { clip } from '../../domain/text.js';
import type { Subject } from '../../engine/types.js';
import { subjectKey } from '../subject-key.js';
import { pushTo } from '../../util/multimap.js';

function nips(model: Model): Subject[] {
  const byDigits = new Map<string, { name: string; nip: string; document: string; loc: Subject['loc'] }[]>();
  for (const s of model.signings ?? []) {
    for (const g of s.signatories ?? []) {
      const digits = nipDigits(g.nip);
      if (!digits || !g.nip) continue;
      pushTo(byDigits, digits, { name: g.name?.trim() ?? '', nip: g.nip.trim(), document: s.document, loc: g.loc });
    }
  }
  return [...byDigits.entries()].map(([digits, places]) => {
    const p = nipParts(digits);
    const first = places[0];
    return {
      type: 'nip',
      key: subjectKey('nip-form', digits),
      loc: first.loc,
      evidence: clip(first.name ? `${first.name}, NIP ${first.nip}` : `NIP ${first.nip}`),
      related: places.slice(1).map((o) => ({ location: o.loc, evidence: clip(`${o.name}, NIP ${o.nip}`) })),
      facts: {
        nip: first.nip,
        name: first.name,
        length: digits.length,
        birth: p?.birth ?? '',
        birthValid: p?.birthValid ?? false,
        tmt: p ? `${digits.slice(8, 12)}-${digits.slice(12, 14)}` : '',
        tmtMonthValid: p?.tmtMonthValid ?? false,
        sexDigit: p?.sexDigit ?? '',
        ageAtTmt: p?.ageAtTmt ?? -1,
      },
    };
  });
}

export const subjects = { nip: nips };
