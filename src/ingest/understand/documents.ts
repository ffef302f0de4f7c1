// The attached documents that carry more than tables: each PK / PK Perubahan (its title, year and
// signing date; the parties its opening names when it has no signature block) and the IKU decree.
import type { Decree, PerjanjianKinerja, Signing } from '../../model/report-input.js';
import { readDecree } from './decree.js';
import type { SectionRef, UnitContext } from './outline.js';
import { readParties, type SigningResult } from './signings.js';
import { atOf, type Unit } from './units.js';
import { yearIn } from './words.js';

/** A level-1 section as a range of units [from, to). */
export interface DocRange {
  ref: SectionRef;
  from: number;
  to: number;
}

export interface Documents {
  pk: PerjanjianKinerja[];
  /** The PK (or PK Perubahan) a unit stands in. */
  pkAt(unit: number): PerjanjianKinerja | undefined;
  decree?: Decree;
  /** Signings read from a PK's opening, to add to the signature blocks. */
  parties: Signing[];
  /** Units the decree used (nomor, tentang, diktum). */
  used: Set<number>;
}

export function documentRanges(ctx: UnitContext[]): DocRange[] {
  const out: DocRange[] = [];
  let current: DocRange | undefined;
  ctx.forEach((c, i) => {
    if (c.l1 && c.l1 !== current?.ref) {
      if (current) current.to = i;
      current = { ref: c.l1, from: i, to: ctx.length };
      out.push(current);
    }
  });
  return out;
}

const dateKey = (d: string) => d.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A signature block in a PK's range that is the report's own: dated as the report's Kata Pengantar
 * or closing signature, or signed by one person (a PK has two parties) after the PK's year is over
 * (a PK is signed at the start of its year; the report after its end).
 */
function reportsOwn(s: Signing, reportDates: Set<string>, pkYear: number | undefined): boolean {
  if (!s.date) return false;
  if (reportDates.has(dateKey(s.date))) return true;
  const one = (s.signatories ?? []).length === 1;
  const year = Number(/\b(\d{4})\b/.exec(s.date)?.[1]);
  return one && pkYear !== undefined && year > pkYear;
}

export function readDocuments(units: Unit[], ctx: UnitContext[], signed: SigningResult): Documents {
  const pk: PerjanjianKinerja[] = [];
  const ranges: [DocRange, PerjanjianKinerja][] = [];
  const parties: Signing[] = [];
  let used = new Set<number>();
  let decree: Decree | undefined;
  const signedIn = (d: DocRange) => signed.signings.filter((_, k) => signed.starts[k] >= d.from && signed.starts[k] < d.to);
  const reportDates = new Set(signed.signings.filter((s) => (s.document === 'kata-pengantar' || s.document === 'lkjip') && s.date).map((s) => dateKey(s.date!)));
  for (const d of documentRanges(ctx)) {
    const kind = d.ref.kind;
    if (kind === 'pk' || kind === 'pk-perubahan') {
      const entry: PerjanjianKinerja = { kind, title: d.ref.title };
      const year = yearIn(d.ref.title);
      if (year) entry.year = Number(year);
      const inside = signedIn(d).filter((s) => {
        if (!reportsOwn(s, reportDates, entry.year)) return true;
        // The report's own signature standing where the outline placed the PK: not the PK's.
        s.document = 'lkjip';
        return false;
      });
      const date = inside.find((s) => s.date)?.date;
      if (date) entry.date = date;
      entry.at = atOf(d.ref.loc);
      pk.push(entry);
      ranges.push([d, entry]);
      // Signed where it is signed; a PK printed without its signature block still names its parties.
      if (!inside.length) {
        const named = readParties(units, ctx, d.from, d.to, kind);
        if (named) parties.push(named);
      }
    }
    if (kind === 'sk-iku' && !decree) {
      const r = readDecree(units, ctx, d.from + 1, d.to, d.ref.title, atOf(d.ref.loc));
      decree = r.decree;
      used = r.used;
      const s = signedIn(d).find((x) => x.document === 'sk-iku');
      if (s?.place) decree.place = s.place;
      if (s?.date) decree.date = s.date;
    }
  }
  const pkAt = (unit: number) => ranges.find(([d]) => unit > d.from && unit < d.to)?.[1];
  return { pk, pkAt, decree, parties, used };
}
