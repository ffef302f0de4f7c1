// The legal basis a report gives: regulations it cites that were repealed, whether
// it cites the SAKIP regulations a performance report rests on, and a ministry's name written
// where the type of instrument belongs ("Kemendagri Nomor 86 Tahun 2017"). The knowledge is data
// (regulations.json, with sources); this module only reads it.
import { KNOWN_REGULATIONS, titleNames, type Citation, type Issuer, type KnownRegulation, type RegulationRef } from './citations.js';
import { normalizeText } from './text.js';
import regulations from './regulations.json' with { type: 'json' };

const sameRef = (a: RegulationRef, b: RegulationRef) => a.issuer === b.issuer && a.number === b.number && a.year === b.year;

/** The known regulation with a status a citation names: issuer, number and year identify it. */
export function statusOf(c: Citation): KnownRegulation | undefined {
  if (c.region) return undefined;
  return KNOWN_REGULATIONS.find((k) => k.status && sameRef(k, c));
}

/** The regulation a reference names, from the catalog ("Peraturan Presiden Nomor 29 Tahun 2014"). */
export function known(ref: RegulationRef): KnownRegulation | undefined {
  return KNOWN_REGULATIONS.find((k) => sameRef(k, ref));
}

/**
 * The known regulation of another type that a citation names: same number, year and subject
 * ("Peraturan Pemerintah Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja …" is the
 * Peraturan Presiden). A bare "Peraturan Menteri" names no ministry: not another type.
 */
export function otherType(c: Citation): KnownRegulation | undefined {
  if (c.region || c.issuer === 'permen' || !c.tentang) return undefined;
  return KNOWN_REGULATIONS.find((k) => k.issuer !== c.issuer && k.number === c.number && k.year === c.year && titleNames(k, c.tentang));
}

/**
 * The report cites a regulation, read leniently: exactly, or by its title with another year or
 * type (the wrong year or type is another rule's finding), or its number and year written after
 * an issuer the reader does not know ("Peraturan Meneg PAN … Nomor 53 Tahun 2014").
 */
export function cites(cs: Citation[], ref: RegulationRef, texts: string[] = []): boolean {
  const k = known(ref);
  if (cs.some((c) => !c.region && (sameRef(c, ref) || (k && titleNames(k, c.tentang) && (c.issuer === ref.issuer || c.number === ref.number))))) return true;
  const bare = new RegExp(String.raw`\b(?:nomor|no\.?)\s*[:.]?\s*0*${ref.number}\s*(?:,?\s*tahun\s*:?|\/)\s*${ref.year}\b`, 'i');
  return texts.some((t) => bare.test(t));
}

export const SAKIP_BASIS = regulations.sakipBasis as { since: number; source: string; regulations: RegulationRef[] };

// Words that show a passage tells the history of a regulation rather than citing it as in force.
const HISTORY = /\b(?:dicabut|diganti|digantikan|diperbaharui|diperbarui|disempurnakan|tidak\s+berlaku|sebelumnya|pertama\s+kali|diawali|bermula|semula|sejak)\b/i;

/**
 * A passage that mentions the regulation only as history: it names its successor or a change. The
 * regulation's own citations are no sign of its successor, even where their titles share words
 * ("… Penetapan Kinerja dan Pelaporan Kinerja …" is not PermenPAN-RB 53/2014).
 */
export function historical(passage: string, cited: Citation[], k: KnownRegulation): boolean {
  const others = cited.filter((c) => !sameRef(c, k));
  return HISTORY.test(passage) || (k.status?.by ?? []).some((ref) => cites(others, ref));
}

// ── a ministry's name as the instrument ─────────────────────────────────────────────────────

interface Ministry {
  names: string[];
  issuer: Issuer;
  instrument: string;
}

const MISNAMED = regulations.ministryAsInstrument as { before: string[]; ministries: Ministry[] };
const BEFORE = new Set(MISNAMED.before);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const names = MISNAMED.ministries
  .flatMap((m) => m.names.map((n) => ({ n, m })))
  .sort((a, b) => b.n.length - a.n.length);
const MINISTRY_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${names.map(({ n }) => n.split(/[\s-]+/).map(escape).join('[\\s-]*')).join('|')})` +
    String.raw`(?:\s+(?:RI|Republik\s+Indonesia))?\s*,?\s*(?:Nomor|No\.?)\s*[:.]?\s*(\d{1,4})\s*,?\s*Tahun\s*:?\s*((?:19|20)\d{2})\b`,
  'giu',
);

export interface MinistryAsInstrument {
  /** As written: "Kemendagri Nomor 86 Tahun 2017". */
  text: string;
  index: number;
  issuer: Issuer;
  /** The instrument type the ministry issues: "Peraturan Menteri Dalam Negeri". */
  instrument: string;
  number: string;
  year: number;
}

/**
 * Citations whose type is a ministry's name, in a text. Only where another word precedes the name
 * in the same text, and that word is not a type ("Peraturan Kemendagri …"): the start of a
 * paragraph may be the end of a line the reader cut from the one before.
 */
export function ministryAsInstrument(text: string): MinistryAsInstrument[] {
  const out: MinistryAsInstrument[] = [];
  MINISTRY_RE.lastIndex = 0;
  for (let m = MINISTRY_RE.exec(text); m; m = MINISTRY_RE.exec(text)) {
    const before = /([\p{L}]+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (!before || BEFORE.has(before[1].toLowerCase())) continue;
    const key = normalizeText(m[1]);
    const hit = names.find(({ n }) => normalizeText(n) === key);
    if (!hit) continue;
    out.push({
      text: m[0].replace(/\s+/g, ' ').trim(),
      index: m.index,
      issuer: hit.m.issuer,
      instrument: hit.m.instrument,
      number: String(Number(m[2])),
      year: Number(m[3]),
    });
  }
  return out;
}
