// The report's name as reports print it: "Laporan Kinerja Instansi Pemerintah (LKIP) <agency>
// <region> Tahun <year>" on the cover, in a running header, in the Kata Pengantar — with the agency
// as long as it is ("Badan Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga Berencana (LKIP
// BP3AKB) Provinsi Jawa Barat"), the year after "Tahun", "Tahun Anggaran", "TA" or alone at the end,
// and in a title line the agency also after the year ("LKIP Tahun 2016 Badan Kesbangpol Prov. Jawa
// Barat"). A name ends where the words stop being a name: a regulation ("… Nomor 29 Tahun 2014")
// never gives its year, because "Nomor" and numbers are no part of a name.
import { norm } from './words.js';

export interface TitleReading {
  /** The year the title names. */
  tahun?: number;
  /** The agency, without the region ("Dinas Perkebunan", "Badan Perencanaan Pembangunan Daerah (BAPPEDA)"). */
  instansi?: string;
  /** The region ("Provinsi Jawa Barat", "Kabupaten Jember"). */
  pemda?: string;
  /** The phrase as printed. */
  phrase: string;
}

/** "Laporan Kinerja", "Laporan Akuntabilitas Kinerja Instansi Pemerintah (LAKIP)", "LKjIP", "LKIP". */
const LEAD = /\b(?:laporan\s+(?:akuntabilitas\w*\s+)?kinerja(?:\s+instansi\s+pemerintah)?|lkj?ip|lakip)\b(?:\s*\(\s*((?:lkj?ip|lakip|lkj)\b[^()]{0,40})\))?/gi;

/** The year of a title: "Tahun 2016", "Tahun Anggaran 2016", "TA 2016", or the year alone; not the first year of a period. */
const YEAR = /^(?:(?:tahun(?:\s+anggaran)?|t\.?\s?a\.?)\s*)?((?:19|20)\d{2})\b(?!\s*[-–—/]\s*\d|\s*(?:s\.?\s?\/?\s?d|sampai|hingga)\b)/i;

/** One word of a name: capitalised or in capitals (with "." or "-" inside: "Prov.", "Al-Ihsan"), a
 *  parenthesised acronym, or a joining word. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\d.'’&-]*|\([^()]{1,60}\)|dan|&|,)$/u;
/** Words of the longest agency name with its region ("Dinas Pemberdayaan Perempuan, Perlindungan Anak,
 *  Pengendalian Penduduk dan Keluarga Berencana Kabupaten …" has 15). */
const MAX_NAME_WORDS = 24;

/** Capitalised words that start a citation or a new clause, never part of an agency's name. */
const NOT_NAME = /^(?:nomor|no\.?|nmr\.?|peraturan|undang-undang|undang|keputusan|instruksi|surat|tentang|yang|ini|merupakan|adalah|sebagai|telah|dapat|pada|dalam|untuk|bab|tabel)$/i;

/** Where the agency's region starts: "Provinsi Jawa Barat", "Prov. Jawa Barat", "Kabupaten Jember", "Kota …". */
const REGION = /\b(?:provinsi|propinsi|prov\.|kabupaten|kab\.|kota)(?=\s)/i;
export const REGION_AT = REGION;

/** Words that open an agency's name, for a running title that names the agency alone. */
export const AGENCY = /^(?:dinas|badan|biro|sekretariat|inspektorat|satuan|kantor|kecamatan|kelurahan|rumah\s+sakit|rsud|rsu|balai|bagian|unit|upt|uptd|direktorat|pusat|kementerian|lembaga|pemerintah|dewan|puskesmas)\b/i;

/** Region words written in full, for comparing "Prov. Jawa Barat" with "Provinsi Jawa Barat". */
export function regionKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/\b(?:prov\.?|propinsi)(?=\s)/g, 'provinsi')
    .replace(/\bkab\.?(?=\s)/g, 'kabupaten')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Every title phrase in a text. In prose (`line` false) the name must come before the year; in a
 * title line it may come after it too. A phrase inside a regulation's title ("… tentang Petunjuk
 * Teknis … Reviu atas Laporan Kinerja Instansi Pemerintah") names no report.
 */
export function readTitles(text: string, line: boolean): TitleReading[] {
  const t = norm(text);
  const out: TitleReading[] = [];
  LEAD.lastIndex = 0;
  for (let m = LEAD.exec(t); m; m = LEAD.exec(t)) {
    const before = t.slice(Math.max(0, m.index - 150), m.index);
    if (/\(\s*$/.test(before) || inRegulationTitle(before)) continue;
    const acronym = m[1] ? norm(m[1].replace(/^(?:lkj?ip|lakip|lkj)\b/i, '')) : '';
    // A title is never longer than this: the rest of a long paragraph is not looked at.
    const rest = t.slice(m.index + m[0].length, m.index + m[0].length + 600);
    const name = nameAt(rest);
    let tail = rest.slice(name.length);
    const year = YEAR.exec(tail.trimStart());
    let who = norm(name);
    if (year) {
      tail = tail.trimStart().slice(year[0].length);
      // A title line may name the agency after the year.
      if (line && !who) who = norm(nameAt(tail));
    }
    // "(LKIP BP3AKB)" inside the name is the agency's acronym: "(BP3AKB)".
    who = who.replace(/\(\s*(?:lkj?ip|lakip)\s+([^()]+)\)/gi, '($1)');
    if (acronym && !who) who = acronym;
    else if (acronym && !new RegExp(`\\b${escape(acronym)}\\b`, 'i').test(who)) who = insertAcronym(who, acronym);
    const reading: TitleReading = { phrase: norm(t.slice(m.index, m.index + m[0].length + (rest.length - tail.length))) };
    if (year) reading.tahun = Number(year[1]);
    Object.assign(reading, splitWho(who));
    if (reading.tahun || reading.instansi || reading.pemda) out.push(reading);
  }
  return out;
}

/** An agency named alone ("Dinas Perindustrian dan Perdagangan Provinsi Jawa Barat"), as running titles print it. */
export function readAgency(text: string): TitleReading | undefined {
  const t = norm(text).replace(/[.,;:]$/, '');
  if (!AGENCY.test(t)) return undefined;
  const name = norm(nameAt(t));
  if (name.length < t.length - 1) return undefined;
  const who = splitWho(name);
  return who.instansi || who.pemda ? { phrase: t, ...who } : undefined;
}

/** The longest run of name words at the start of `s` (leading spaces kept out). */
function nameAt(s: string): string {
  const lead = /^\s*/.exec(s)![0].length;
  const tokens = s.slice(lead).match(/\([^()]{1,60}\)|[^\s,()]+|,/g) ?? [];
  let taken = 0;
  let end = lead;
  let cursor = lead;
  for (const tok of tokens.slice(0, MAX_NAME_WORDS)) {
    const at = s.indexOf(tok, cursor);
    if (at - cursor > 3) break;
    if (!NAME_WORD.test(tok) || NOT_NAME.test(tok) || YEAR.test(s.slice(at))) break;
    cursor = at + tok.length;
    if (!/^(?:dan|&|,)$/.test(tok)) {
      end = cursor;
      taken++;
    }
  }
  return taken ? s.slice(0, end) : '';
}

/** Words of a regulation's title since "tentang" (or "Pedoman", "Petunjuk"): the phrase after them is
 *  that title's ("… tentang Petunjuk Teknis …, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan
 *  Kinerja Instansi Pemerintah"). */
function inRegulationTitle(before: string): boolean {
  const opener = [...before.matchAll(/\b(?:tentang|pedoman|petunjuk)\b/gi)].pop();
  if (!opener) return false;
  const words = before.slice(opener.index! + opener[0].length).split(/[\s,]+/).filter(Boolean);
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(?:dan|atas|serta|tata|cara|penyusunan|pelaporan|reviu|teknis)$/i.test(w));
}

/** "Badan X Provinsi Y" → instansi "Badan X", pemda "Provinsi Y"; "Pemerintah Provinsi Y" is the
 *  region's own government: instansi and pemda both. */
function splitWho(who: string): { instansi?: string; pemda?: string } {
  const w = norm(who.replace(/^[,\s]+|[,\s]+$/g, ''));
  if (!w) return {};
  const region = REGION.exec(w);
  if (!region) return { instansi: w };
  const instansi = norm(w.slice(0, region.index).replace(/[,\s]+$/, ''));
  const pemda = norm(w.slice(region.index).replace(/[.,]+$/, ''));
  if (/^pemerintah(?:\s+daerah)?$/i.test(instansi)) return { instansi: w.replace(/[.,]+$/, ''), pemda };
  return instansi ? { instansi, pemda } : { pemda };
}

/** "BP3AKB" from "(LKIP BP3AKB)" joins the name it abbreviates when the name does not carry it. */
function insertAcronym(who: string, acronym: string): string {
  const region = REGION.exec(who);
  if (!region) return `${who} (${acronym})`;
  return `${who.slice(0, region.index).trimEnd()} (${acronym}) ${who.slice(region.index)}`;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
