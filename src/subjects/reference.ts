// Subjects for the reference rules: regulations cited with the wrong year, signatories written in
// different ways, and letterheads whose details differ between documents; the legal basis, the
// form of NIPs and the signatories' position titles have their providers in reference/.
import type { Model } from '../model/types.js';
import { citationLabel, knownRegulation, regulationKey, type Citation } from '../domain/citations.js';
import { citedRegulations, type Cited } from './reference/cited.js';
import { subjects as legalBasis } from './reference/legal-basis.js';
import { subjects as nipForms } from './reference/nip.js';
import { documentNote, people, signed, type Signed } from './reference/signatories.js';
import { subjects as signatoryJabatan } from './reference/signatory-jabatan.js';
import { sameName } from '../domain/names.js';
import { documentLabel } from '../domain/documents.js';
import { occurrenceKeys } from './occurrence-key.js';
import { subjectKey } from './subject-key.js';
import { clip, normalizeText } from '../domain/text.js';
import type { Localized, Related, Subject } from '../engine/types.js';
import type { Provider } from './provider.js';
import { pushTo } from '../util/multimap.js';

// ── citations ────────────────────────────────────────────────────────────────────────────────

/** Same regulation as far as the text shows: same issuer, region and number, and titles that agree. */
function sameRegulation(a: Citation, b: Citation): boolean {
  if (regulationKey(a) !== regulationKey(b)) return false;
  return !a.tentang || !b.tentang || sameName(a.tentang, b.tentang, 'regulation');
}

interface Expectation {
  year: number;
  confirmed: boolean;
  /** Why that year (the words: the rule's `reason` fragment). */
  reason: 'known' | 'known-elsewhere' | 'other-citation' | 'other-citations' | '';
  /** The known regulation's title, for the first two reasons. */
  knownTitle?: string;
  /** How many other citations give the year, for the last two. */
  others?: number;
  support: Cited[];
}

/**
 * The year a citation should have: the known year when its title names a known regulation; else
 * the year most other citations of the same regulation give. Confirmed when titles show it is the
 * same regulation, not just the same number.
 */
function expectedYear(item: Cited, sameKey: Cited[]): Expectation | undefined {
  const { c } = item;
  const known = knownRegulation(c);
  const peers = sameKey.filter((o) => o !== item && sameRegulation(o.c, c));
  if (known) {
    return {
      year: known.year,
      confirmed: true,
      reason: 'known',
      knownTitle: known.title,
      support: [item, ...peers].filter((o) => o.c.year === known.year),
    };
  }
  const knownPeer = peers.map((o) => knownRegulation(o.c)).find((k) => !!k);
  if (knownPeer && !c.tentang) {
    return {
      year: knownPeer.year,
      confirmed: false,
      reason: 'known-elsewhere',
      knownTitle: knownPeer.title,
      support: [item, ...peers].filter((o) => o.c.year === knownPeer.year),
    };
  }
  const counts = new Map<number, Cited[]>();
  for (const o of [item, ...peers]) {
    const list = counts.get(o.c.year);
    if (list) list.push(o);
    else counts.set(o.c.year, [o]);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].length - a[1].length);
  if (ranked.length < 2 || ranked[0][1].length === ranked[1][1].length) return undefined;
  const [year, support] = ranked[0];
  if (year === c.year) return { year, confirmed: true, reason: '', support: [] };
  const n = support.length;
  return {
    year,
    confirmed: !!c.tentang && support.some((o) => !!o.c.tentang && sameName(o.c.tentang, c.tentang!, 'regulation')),
    reason: n > 1 ? 'other-citations' : 'other-citation',
    others: n,
    support,
  };
}

/** Most other citations listed beside a finding (the reason gives their number). */
const MAX_RELATED = 10;

function citations(model: Model): Subject[] {
  const all = citedRegulations(model);
  // Peers share the regulation key: grouped once, not searched for among all citations each time
  // (a report quoting one regulation thousands of times took minutes).
  const byKey = new Map<string, Cited[]>();
  for (const item of all) {
    const k = regulationKey(item.c);
    const list = byKey.get(k);
    if (list) list.push(item);
    else byKey.set(k, [item]);
  }
  const key = occurrenceKeys();
  const out: Subject[] = [];
  // Citations alike in regulation, title and year expect the same: worked out once for them all.
  const expected = new Map<string, Expectation | undefined>();
  for (const item of all) {
    const k = regulationKey(item.c);
    const alike = `${k}\u0000${item.c.tentang ?? ''}\u0000${item.c.year}`;
    if (!expected.has(alike)) expected.set(alike, expectedYear(item, byKey.get(k) ?? [item]));
    const found = expected.get(alike);
    if (!found) continue;
    const e = { ...found, support: found.support.filter((o) => o !== item) };
    out.push({
      type: 'citation',
      key: key(subjectKey('citation', regulationKey(item.c), item.c.year)),
      loc: item.loc,
      evidence: clip(item.c.text, 200),
      related: e.support.slice(0, MAX_RELATED).map((o) => ({ location: o.loc, evidence: clip(o.c.text, 160) })),
      facts: {
        regulation: citationLabel(item.c),
        stated: String(item.c.year),
        expected: String(e.year),
        confirmed: e.confirmed,
        reason: e.reason,
        knownTitle: e.knownTitle ?? '',
        others: e.others === undefined ? '' : String(e.others),
      },
    });
  }
  return out;
}

// ── signatories ──────────────────────────────────────────────────────────────────────────────

/** '"HENDY S." (Perjanjian Kinerja)' in both languages. */
function variantList(forms: Signed[][]): Localized {
  const list = (lang: 'id' | 'en') =>
    forms.map((f) => `"${f[0].name}" (${[...new Set(f.map((s) => documentLabel(s.document)[lang]))].join(', ')})`).join('; ');
  return { id: list('id'), en: list('en') };
}

function signatoryVariants(model: Model): Subject[] {
  const list = signed(model);
  const order = new Map(list.map((s, i) => [s, i]));
  return people(list).flatMap((group) => {
    const forms = new Map<string, Signed[]>();
    for (const s of group) pushTo(forms, s.form, s);
    if (forms.size < 2) return [];
    // The form used most often, then the fullest, stands as the reference.
    const ranked = [...forms.values()].sort((a, b) => b.length - a.length || b[0].name.length - a[0].name.length || order.get(a[0])! - order.get(b[0])!);
    const reference = ranked[0][0];
    const deviant = [...group].sort((a, b) => order.get(a)! - order.get(b)!).find((s) => s.form !== reference.form)!;
    const related: Related[] = group
      .filter((s) => s !== deviant)
      .map((s) => ({ location: s.loc, evidence: s.name, note: documentNote(s.document) }));
    return [
      {
        type: 'signatory-variant',
        key: subjectKey('signatory', reference.core),
        loc: deviant.loc,
        evidence: clip(deviant.name),
        related,
        facts: {
          variants: variantList(ranked),
          count: forms.size,
          basis: group.some((s) => s.nipDigits) ? 'nip' : 'name',
          expected: reference.name,
          actual: deviant.name,
          document: deviant.document,
        },
      },
    ];
  });
}

/**
 * One name, several NIPs: the NIP is the civil servant's identity and must not vary. A one-word
 * name is common to many people, so it counts as the same person only with the same position.
 */
function signatoryNips(model: Model): Subject[] {
  const byName = new Map<string, Signed[]>();
  for (const s of signed(model)) {
    if (!s.nipDigits || !s.core) continue;
    const person = s.core.includes(' ') ? s.core : s.jabatan ? `${s.core}|${s.jabatan}` : undefined;
    if (person) pushTo(byName, person, s);
  }
  return [...byName.values()].flatMap((group) => {
    const nips = new Map<string, Signed[]>();
    for (const s of group) pushTo(nips, s.nipDigits!, s);
    if (nips.size < 2) return [];
    const ranked = [...nips.values()].sort((a, b) => b.length - a.length);
    const reference = ranked[0][0];
    return ranked.slice(1).map((variant) => {
      const s = variant[0];
      return {
        type: 'signatory-nip',
        key: subjectKey('nip', s.core, s.nipDigits),
        loc: s.loc,
        evidence: clip(`${s.name}, NIP ${s.nip}`),
        related: ranked[0].map((o) => ({ location: o.loc, evidence: `${o.name}, NIP ${o.nip}`, note: documentNote(o.document) })),
        facts: {
          name: s.name,
          document: s.document,
          expected: reference.nip,
          actual: s.nip,
          digits: s.nipDigits,
          expectedDigits: reference.nipDigits,
          complete: s.nipDigits!.length === 18 && reference.nipDigits!.length === 18,
        },
      };
    });
  });
}

// ── letterheads ──────────────────────────────────────────────────────────────────────────────

type Field = 'phone' | 'address' | 'postalCode';

const ADDRESS_WORDS: Record<string, string> = { jalan: 'jl', nomor: 'no', kabupaten: 'kab', telp: '', telepon: '', kode: '', pos: '' };

function comparable(field: Field, value: string): string {
  if (field === 'phone') return value.replace(/\D/g, '').replace(/^62/, '0');
  if (field === 'postalCode') return value.replace(/\D/g, '');
  return normalizeText(value)
    .split(' ')
    .map((w) => ADDRESS_WORDS[w] ?? w)
    .filter(Boolean)
    .map((w) => w.replace(/^0+(\d)/, '$1'))
    .sort()
    .join(' ');
}

function letterheadFields(model: Model): Subject[] {
  const heads = model.letterheads ?? [];
  // Letterheads of different agencies are not compared; one without a name joins the only named agency.
  const named = new Set(heads.map((h) => normalizeText(h.instansi ?? '')).filter(Boolean));
  const byAgency = new Map<string, typeof heads>();
  for (const h of heads) {
    const agency = normalizeText(h.instansi ?? '') || (named.size === 1 ? [...named][0] : '');
    pushTo(byAgency, agency, h);
  }
  const out: Subject[] = [];
  for (const group of byAgency.values()) {
    for (const field of ['phone', 'address', 'postalCode'] as Field[]) {
      const values = group.filter((h) => h[field]?.trim()).map((h) => ({ h, written: h[field]!.trim(), norm: comparable(field, h[field]!) }));
      const byValue = new Map<string, typeof values>();
      for (const v of values) pushTo(byValue, v.norm, v);
      if (byValue.size < 2) continue;
      const ranked = [...byValue.values()].sort((a, b) => b.length - a.length);
      const reference = ranked[0];
      for (const variant of ranked.slice(1)) {
        for (const v of variant) {
          out.push({
            type: 'letterhead-field',
            key: subjectKey('letterhead', field, v.h.document, v.norm),
            loc: v.h.loc,
            evidence: clip(v.h.text ?? v.written),
            related: reference.map((r) => ({ location: r.h.loc, evidence: clip(r.h.text ?? r.written), note: documentNote(r.h.document) })),
            facts: {
              field,
              document: v.h.document,
              others: {
                id: [...new Set(reference.map((r) => documentLabel(r.h.document).id))].join(', '),
                en: [...new Set(reference.map((r) => documentLabel(r.h.document).en))].join(', '),
              },
              expected: reference[0].written,
              actual: v.written,
              normalized: v.norm,
              expectedNormalized: reference[0].norm,
            },
          });
        }
      }
    }
  }
  return out;
}

export const subjects: Record<string, Provider> = {
  citation: citations,
  'signatory-variant': signatoryVariants,
  'signatory-nip': signatoryNips,
  'letterhead-field': letterheadFields,
  ...legalBasis,
  ...nipForms,
  ...signatoryJabatan,
};
