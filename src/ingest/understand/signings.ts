// Signature blocks: runs of short lines around a place/date line or an NIP ("Jember, 01 Nopember
// 2021 / Pihak Pertama / Camat Semboro, / Ir. OKTO HARYANTO / Pembina / NIP. …"). Each line is typed
// (label, date, jabatan, name, pangkat, NIP) and the signatories are cut where a new one begins.
// In a PK the signatory right of the date is pihak pertama, the one left of it (the superior)
// pihak kedua, unless the block says so itself. A PK without a signature block is signed by the
// parties its opening names ("Nama : … / Jabatan : … / … disebut pihak pertama").
import type { Signatory, Signing } from '../../model/report-input.js';
import { documentOf, type UnitContext } from './outline.js';
import { atOf, flat, type Line, type TextUnit, type Unit } from './units.js';
import { MONTH, norm } from './words.js';

type LineKind = 'label' | 'placeDate' | 'date' | 'place' | 'nip' | 'pangkat' | 'jabatan' | 'name' | 'other';

interface Typed {
  kind: LineKind;
  line: Line;
  value?: string;
  place?: string;
  role?: string;
}

const LABEL = /^pihak\s+(pertama|kedua|i{1,2})\b[\s,:]*$/i;
// A day left blank to be filled in by hand ("Bandung,   … Februari 2016", "__ Januari 2017"): the
// date is the month.
const BLANK_DAY = String.raw`(?:[._…\-]{1,12}\s*)?`;
const PLACE_DATE = new RegExp(`^([A-Z][A-Za-z .'-]{1,40}?),\\s*${BLANK_DAY}((?:\\d{1,2}\\s+)?${MONTH}\\s+\\d{4})$`, 'i');
const DATE = new RegExp(`^${BLANK_DAY}((?:\\d{1,2}\\s+)?${MONTH}\\s+\\d{4})$`, 'i');
const DATE_LABEL = new RegExp(`^(?:pada\\s+)?tanggal\\s*:?\\s*${BLANK_DAY}((?:\\d{1,2}\\s+)?${MONTH}\\s+\\d{4})$`, 'i');
const PLACE = /^ditetapkan\s+di\s*:?\s*(.+)$/i;
// "NIP. 19621121 198909 1 001", or the 18 digits alone in their groups under a name.
const NIP = /^(?:NIP\.?\s*:?\s*(\d[\d\s]{7,}\d)|(\d{8}\s?\d{6}\s?\d\s?\d{3}))\s*$/i;
const PANGKAT = /^(?:pembina|penata|pengatur|juru)(?:\s+(?:utama|tingkat|tk\.?|muda|madya|i{1,2}|iv))*\.?(?:\s*[,(]?\s*[IV]+\s*\/\s*[a-e]\)?)?$/i;
const OFFICE = /\b(?:camat|bupati|walikota|wali\s+kota|gubernur|kepala|sekretaris|plt\.?|plh\.?|pj\.?|direktur|inspektur|menteri|kecamatan|kabupaten|provinsi|dinas|badan|kantor|lurah|ketua|atasan|a\.n\.?)\b/i;
const FUNCTION_WORD = /\b(?:dan|yang|di|ke|dari|untuk|dengan|pada|sebagai|ini|itu|atas|dalam|oleh|adalah|tahun|nomor)\b/i;

function typeLine(line: Line): Typed {
  const t = norm(line.text);
  let m: RegExpExecArray | null;
  if ((m = LABEL.exec(t))) return { kind: 'label', line, role: /kedua|ii/i.test(m[1]) ? 'pihak-kedua' : 'pihak-pertama' };
  if ((m = PLACE_DATE.exec(t))) return { kind: 'placeDate', line, place: m[1].trim(), value: m[2] };
  if ((m = DATE.exec(t))) return { kind: 'date', line, value: m[1] };
  if ((m = DATE_LABEL.exec(t))) return { kind: 'date', line, value: m[1] };
  if ((m = PLACE.exec(t))) return { kind: 'place', line, place: m[1].trim() };
  if ((m = NIP.exec(t))) return { kind: 'nip', line, value: (m[1] ?? m[2]).trim() };
  if (PANGKAT.test(t) && t.split(' ').length <= 6) return { kind: 'pangkat', line, value: t };
  // Digits of their own (a number, a date) make no jabatan or name; inside a word ("BP3AKB") they may.
  if (t.split(' ').length > 10 || /[:;]/.test(t) || /(?<![\p{L}])\d/u.test(t)) return { kind: 'other', line };
  if (/,$/.test(t) || (OFFICE.test(t) && !/^(?:ir|dr|drs|dra|prof|h|hj)\.\s/i.test(t))) return { kind: 'jabatan', line, value: t };
  const words = t.replace(/,.*$/, '').split(' ');
  if (!FUNCTION_WORD.test(t) && words.every((w) => /^[\p{Lu}(]/u.test(w))) return { kind: 'name', line, value: t };
  return { kind: 'other', line };
}

const ANCHORS = new Set<LineKind>(['nip', 'placeDate', 'date', 'place']);

const LEADING = [
  new RegExp(`^([A-Z][A-Za-z .'-]{1,40},\\s*(?:\\d{1,2}\\s+)?${MONTH}\\s+\\d{4})\\s+(\\S.*)$`, 'i'),
  new RegExp(`^((?:\\d{1,2}\\s+)?${MONTH}\\s+\\d{4})\\s+(\\S.*)$`, 'i'),
  /^(pihak\s+(?:pertama|kedua))\s+(\S.*)$/i,
];
const TRAILING_NIP = /^(.+?)\s+(NIP\.?\s*:?\s*\d[\d\s]{7,}\d)$/i;
const TRAILING_PANGKAT = /^(.+?)\s+((?:Pembina|Penata|Pengatur|Juru|PEMBINA|PENATA|PENGATUR|JURU)(?:\s+(?:Utama|Tingkat|Tk\.?|Muda|Madya|UTAMA|TINGKAT|MUDA|MADYA|I{1,2}|IV))*(?:\s*\(?[IV]+\/[a-e]\)?)?)$/;

/** A reader may run a signature block's lines together ("Jember, 01 Nopember 2021 Pihak Pertama Camat Semboro,"): split them again. */
function segments(line: Line): Line[] {
  let t = norm(line.text);
  const out: string[] = [];
  for (let m = LEADING.map((re) => re.exec(t)).find(Boolean); m; m = LEADING.map((re) => re.exec(t)).find(Boolean)) {
    out.push(m[1]);
    t = m[2];
  }
  let nip: string | undefined;
  let pangkat: string | undefined;
  const n = TRAILING_NIP.exec(t);
  if (n) [t, nip] = [n[1], n[2]];
  const p = TRAILING_PANGKAT.exec(t);
  if (p) [t, pangkat] = [p[1], p[2]];
  out.push(t);
  if (pangkat) out.push(pangkat);
  if (nip) out.push(nip);
  return out.map((text) => ({ text, loc: line.loc }));
}

function typed(u: Unit | undefined, ctx: UnitContext | undefined): Typed[] | undefined {
  if (!u || u.type !== 'text' || ctx?.role) return undefined;
  const lines = u.lines.flatMap(segments).map(typeLine);
  return lines.every((l) => l.kind !== 'other') ? lines : undefined;
}

export interface SigningResult {
  signings: Signing[];
  /** Index of the unit each signing starts at, parallel to `signings`. */
  starts: number[];
  /** Units that belong to signature blocks. */
  used: Set<number>;
}

export function readSignings(units: Unit[], ctx: UnitContext[]): SigningResult {
  const used = new Set<number>();
  const signings: Signing[] = [];
  const starts: number[] = [];
  let dateOnly: { date: string; place?: string; end: number } | undefined;
  for (let i = 0; i < units.length; i++) {
    if (used.has(i)) continue;
    const lines = typed(units[i], ctx[i]);
    if (!lines?.some((l) => ANCHORS.has(l.kind))) continue;
    let start = i;
    while (start > 0 && typed(units[start - 1], ctx[start - 1]) && !used.has(start - 1)) start--;
    let end = i;
    for (;;) {
      const next = typed(units[end + 1], ctx[end + 1]);
      if (!next) break;
      const lastOfBlock = typed(units[end], ctx[end])!;
      // After an NIP a new block begins only with a label, a date or a jabatan line.
      if (lastOfBlock[lastOfBlock.length - 1].kind === 'nip' && !['label', 'placeDate', 'date', 'jabatan'].includes(next[0].kind)) break;
      end++;
    }
    const zone: Typed[] = [];
    for (let k = start; k <= end; k++) {
      zone.push(...typed(units[k], ctx[k])!);
      used.add(k);
    }
    const signing = toSigning(zone, documentKindOf(ctx[start]));
    if (signing.signatories?.length && !organisationChart(signing)) {
      // A place and date a line of another kind cut off from the signatories just below it.
      if (!signing.date && dateOnly && start - dateOnly.end <= 3) {
        signing.date = dateOnly.date;
        if (dateOnly.place) signing.place ??= dateOnly.place;
      }
      signings.push(signing);
      starts.push(start);
      dateOnly = undefined;
    } else if (signing.date) dateOnly = { date: signing.date, place: signing.place, end };
  }
  return { signings, starts, used };
}

/**
 * Three or more officials under their titles, with no place, no date and no party named: the boxes
 * of an organisation chart or a list of officials, not a signature (a report is signed by one, a
 * PK by two).
 */
function organisationChart(s: Signing): boolean {
  const people = s.signatories ?? [];
  return people.length >= 3 && !s.date && !s.place && !people.some((g) => /^pihak/.test(g.role ?? ''));
}

function documentKindOf(c: UnitContext | undefined): Signing['document'] {
  const kind = c ? documentOf(c) : undefined;
  if (!kind) return 'other';
  if (/^bab-/.test(kind)) return 'lkjip';
  if (kind === 'iku') return 'sk-iku';
  const known: Signing['document'][] = ['kata-pengantar', 'pk', 'pk-perubahan', 'rkt', 'sk-iku', 'renstra', 'pernyataan-reviu'];
  return known.includes(kind as Signing['document']) ? (kind as Signing['document']) : 'other';
}

interface Open {
  s: Signatory;
  afterDate: boolean;
  labelled: boolean;
}

function toSigning(zone: Typed[], document: Signing['document']): Signing {
  const signing: Signing = { document };
  const open: Open[] = [];
  let cur: Open | undefined;
  let dateSeen = false;
  const start = (l: Typed): Open => {
    cur = { s: { at: atOf(l.line.loc) }, afterDate: dateSeen, labelled: false };
    open.push(cur);
    return cur;
  };
  for (const l of zone) {
    switch (l.kind) {
      case 'label':
        start(l).s.role = l.role;
        cur!.labelled = true;
        break;
      case 'placeDate':
      case 'date':
      case 'place':
        if (l.place) signing.place ??= l.place;
        if (l.value) signing.date ??= l.value;
        if (l.kind !== 'place') dateSeen = true;
        if (cur?.s.name || cur?.s.nip) cur = undefined;
        break;
      case 'jabatan':
        // A title printed over two lines ("Plt. Kepala Badan …" ⏎ "Provinsi DKI Jakarta,") is one jabatan.
        if (cur?.s.jabatan && !cur.s.name && !cur.s.nip && !cur.s.jabatan.endsWith(',')) {
          cur.s.jabatan = `${cur.s.jabatan} ${l.value}`;
          break;
        }
        if (!cur || cur.s.name || cur.s.jabatan || cur.s.nip) start(l);
        cur!.s.jabatan = l.value;
        break;
      case 'name':
        if (!cur || cur.s.name || cur.s.nip) start(l);
        cur!.s.name = l.value;
        break;
      case 'pangkat':
        if (!cur || cur.s.pangkat || cur.s.nip) start(l);
        cur!.s.pangkat = l.value;
        break;
      case 'nip':
        if (!cur || cur.s.nip) start(l);
        cur!.s.nip = l.value;
        cur = undefined;
        break;
    }
  }
  const first = zone[0];
  signing.at = atOf(first.line.loc);
  const pk = document === 'pk' || document === 'pk-perubahan';
  signing.signatories = open.map((o) => {
    const role = o.s.role ?? (pk ? (o.afterDate ? 'pihak-pertama' : 'pihak-kedua') : 'penandatangan');
    const { at, ...rest } = o.s;
    return { role, ...rest, at };
  });
  return signing;
}

/** "Nama : … / Jabatan : … / Selanjutnya disebut pihak pertama": the parties a PK names. */
export function readParties(units: Unit[], ctx: UnitContext[], from: number, to: number, document: Signing['document']): Signing | undefined {
  const signatories: Signatory[] = [];
  let pending: Signatory | undefined;
  for (let i = from; i < to; i++) {
    const u = units[i];
    if (u.type !== 'text' || ctx[i].role) continue;
    const t = flat(u as TextUnit);
    let m: RegExpExecArray | null;
    if ((m = /^nama\s*:\s*(.+)$/i.exec(t))) {
      pending = { name: norm(m[1]), at: atOf(u.loc) };
    } else if ((m = /^jabatan\s*:\s*(.+)$/i.exec(t)) && pending) {
      pending.jabatan = norm(m[1]);
    } else if ((m = /disebut\s+(?:sebagai\s+)?pihak\s+(pertama|kedua)/i.exec(t)) && pending) {
      const { at, ...rest } = pending;
      signatories.push({ role: `pihak-${m[1].toLowerCase()}`, ...rest, at });
      pending = undefined;
    }
  }
  if (!signatories.length) return undefined;
  return { document, signatories, at: signatories[0].at };
}
