// Subjects for the position titles (jabatan) under signatures: one person (by NIP, or by a name that
// fits one person only) who signs in one place as the holder of another office or unit than in the
// others, and a signature of the report itself whose title names another unit than the report's.
// Only titles read cleanly are compared (domain/jabatan.ts), and an acting title (Plt., Plh., Pj.)
// is a temporary assignment, not the person's own office: never a contradiction of it.
import type { Model } from '../../model/types.js';
import { isSubUnit, officeKey, readJabatan, readUnit, type Jabatan } from '../../domain/jabatan.js';
import { sameName } from '../../domain/names.js';
import { namesCompatible } from '../../domain/person-names.js';
import { clip } from '../../domain/text.js';
import type { Subject } from '../../engine/types.js';
import type { Provider } from '../provider.js';
import { subjectKey } from '../subject-key.js';
import { pushTo } from '../../util/multimap.js';
import { documentNote, people, signed, type Signed } from './signatories.js';

/** Documents signed for the report's year: their signatories held their offices at about the same time. */
const SAME_YEAR = new Set(['kata-pengantar', 'lkjip', 'pk', 'pk-perubahan', 'rkt', 'pernyataan-reviu']);
/** The report's own signatures (its foreword and its closing). */
const OWN = new Set(['kata-pengantar', 'lkjip']);

interface Held {
  s: Signed;
  j: Jabatan;
  order: number;
}

const sameHolding = (a: Jabatan, b: Jabatan) => officeKey(a.office) === officeKey(b.office) && sameName(a.unit, b.unit, 'unit');

/**
 * The titles read cleanly. An elected head of region has no NIP: a NIP under such a title was read
 * from the signature column beside it.
 */
function heldOf(list: Signed[]): Map<Signed, Jabatan> {
  const out = new Map<Signed, Jabatan>();
  for (const s of list) {
    const j = s.jabatanText ? readJabatan(s.jabatanText) : undefined;
    if (j?.certain && !(j.elected && s.nipDigits)) out.set(s, j);
  }
  return out;
}

/** Identity of two signatures: the same 18-digit NIP under names that fit, or names alone (two words at least). */
function basisOf(a: Signed, b: Signed): 'nip' | 'name' | undefined {
  if (a.nipDigits && a.nipDigits === b.nipDigits) return a.nipDigits.length === 18 && namesCompatible(a.core, b.core) ? 'nip' : undefined;
  return namesCompatible(a.core, b.core) && a.core.includes(' ') ? 'name' : undefined;
}

/** The title as printed, without the comma that ends it over the name. */
const title = (s: Signed) => s.jabatanText!.replace(/[\s,;:]+$/, '');

function evidence(s: Signed): string {
  return clip(`${s.name}, ${title(s)}`);
}

/**
 * Most different titles of one person compared: a person signs a report's documents a few times; a
 * file repeating signatures by the thousand is not compared title by title beyond these.
 */
const MAX_TITLES = 50;

/** One subject per person whose titles differ: at the first place departing from the title held most. */
function personSubjects(list: Signed[], held: Map<Signed, Jabatan>, instansi: string | undefined): { subjects: Subject[]; reported: Set<Signed> } {
  const index = new Map(list.map((s, i) => [s, i]));
  const subjects: Subject[] = [];
  const reported = new Set<Signed>();
  for (const group of people(list)) {
    const titled: Held[] = group
      .flatMap((s) => {
        const j = held.get(s);
        return j && !j.acting ? [{ s, j, order: index.get(s)! }] : [];
      })
      .sort((a, b) => a.order - b.order);
    // The titles written alike are one form, compared once; forms in the order they first appear.
    const byText = new Map<string, Held[]>();
    for (const h of titled) pushTo(byText, h.s.jabatan!, h);
    const forms = [...byText.values()].slice(0, MAX_TITLES);
    if (forms.length < 2) continue;
    const holds = (f: Held[], j: Jabatan) => sameHolding(f[0].j, j);
    const support = new Map(forms.map((f) => [f, forms.filter((o) => holds(o, f[0].j)).reduce((n, o) => n + o.length, 0)]));
    const ownUnit = (f: Held[]) => (instansi && f[0].j.type && sameName(f[0].j.unit, instansi, 'unit') ? 1 : 0);
    const own = (f: Held[]) => (f.some((h) => OWN.has(h.s.document)) ? 1 : 0);
    const reference = [...forms].sort(
      (a, b) => support.get(b)! - support.get(a)! || ownUnit(b) - ownUnit(a) || own(b) - own(a) || b[0].j.words.length - a[0].j.words.length || a[0].order - b[0].order,
    )[0][0];
    const deviant = forms.find((f) => !holds(f, reference.j))?.[0];
    if (!deviant) continue;
    // The place compared with: of the reference title, sharing the deviant's NIP, of the report's year, first.
    const partner = forms
      .filter((f) => holds(f, reference.j))
      .flat()
      .map((h) => ({ h, basis: basisOf(deviant.s, h.s) }))
      .filter((p) => p.basis)
      .sort((a, b) => Number(b.basis === 'nip') - Number(a.basis === 'nip') || Number(SAME_YEAR.has(b.h.s.document)) - Number(SAME_YEAR.has(a.h.s.document)) || a.h.order - b.h.order)[0];
    if (!partner) continue;
    for (const s of group) reported.add(s);
    const other = partner.h.s;
    subjects.push({
      type: 'signatory-jabatan',
      key: subjectKey('signatory-jabatan', deviant.s.core, deviant.s.document),
      loc: deviant.s.loc,
      evidence: evidence(deviant.s),
      related: group.filter((s) => s !== deviant.s).map((s) => ({ location: s.loc, evidence: s.jabatanText ? evidence(s) : s.name, note: documentNote(s.document) })),
      facts: {
        basis: partner.basis!,
        office: officeKey(deviant.j.office),
        otherOffice: officeKey(partner.h.j.office),
        unit: deviant.j.unit,
        otherUnit: partner.h.j.unit,
        contemporaneous: SAME_YEAR.has(deviant.s.document) && SAME_YEAR.has(other.document),
        name: deviant.s.name,
        nip: deviant.s.nip ?? '',
        document: deviant.s.document,
        otherDocument: other.document,
        expected: title(other),
        actual: title(deviant.s),
      },
    });
  }
  return { subjects, reported };
}

/**
 * The report's own signatures (foreword, closing) beside the report's unit: one subject per title
 * that holds an office in a unit of a type the report's unit also has (a part of a unit, a title
 * without a unit, a region's head are not compared), not already part of a person's subject.
 */
function unitSubjects(list: Signed[], held: Map<Signed, Jabatan>, instansi: string | undefined, reported: Set<Signed>): Subject[] {
  if (!instansi || !readUnit(instansi).type) return [];
  const byTitle = new Map<string, Signed[]>();
  for (const s of list) {
    const j = held.get(s);
    if (!j?.type || isSubUnit(j.type) || !OWN.has(s.document) || reported.has(s) || (s.role && s.role !== 'penandatangan')) continue;
    pushTo(byTitle, s.jabatan!, s);
  }
  return [...byTitle.values()].map((places) => {
    const s = places[0];
    const j = held.get(s)!;
    return {
      type: 'signatory-jabatan',
      key: subjectKey('signatory-unit', s.jabatan, s.document),
      loc: s.loc,
      evidence: evidence(s),
      related: places.slice(1).map((o) => ({ location: o.loc, evidence: evidence(o), note: documentNote(o.document) })),
      facts: {
        basis: 'instansi',
        contemporaneous: true,
        // Only the units are compared: the report's unit is held by the office read here.
        office: officeKey(j.office),
        otherOffice: officeKey(j.office),
        unit: j.unit,
        otherUnit: instansi,
        name: s.name,
        nip: s.nip ?? '',
        document: s.document,
        otherDocument: '',
        expected: instansi,
        actual: title(s),
      },
    };
  });
}

function signatoryJabatan(model: Model): Subject[] {
  const list = signed(model);
  const held = heldOf(list);
  if (!held.size) return [];
  const instansi = model.meta.instansi?.trim() || undefined;
  const { subjects, reported } = personSubjects(list, held, instansi);
  return [...subjects, ...unitSubjects(list, held, instansi, reported)];
}

export const subjects: Record<string, Provider> = { 'signatory-jabatan': signatoryJabatan };
