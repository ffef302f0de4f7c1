// Report metadata from the cover: the title ("LAPORAN KINERJA / KECAMATAN … / KABUPATEN … /
// TAHUN 2021"), the reporting year, agency and region, the years printed on the cover, and the
// Renstra period as the body most often writes it. The agency and region are given as the body
// prints them ("Kecamatan Semboro") when it does, else as on the cover.
import type { Meta } from '../../model/report-input.js';
import type { Notes } from './notes.js';
import type { UnitContext } from './outline.js';
import { atOf, flat, type TextUnit, type Unit } from './units.js';
import { norm } from './words.js';

const TITLE_START = /laporan\s+(?:kinerja|akuntabilitas)|\blkj?ip\b|\blakip\b/i;
const REGION = /\b(?:kabupaten|kota|provinsi)\b/i;

export function readMeta(units: Unit[], ctx: UnitContext[], notes: Notes): Meta {
  const cover = units.filter((u, i): u is TextUnit => u.type === 'text' && ctx[i].role === 'cover');
  const prose = units.filter((u, i): u is TextUnit => u.type === 'text' && !ctx[i].role).map(flat);
  const meta: Meta = { tahun: 0 };
  const start = cover.findIndex((u) => TITLE_START.test(flat(u)));
  if (start >= 0) {
    const parts: string[] = [];
    for (let k = start; k < cover.length; k++) {
      parts.push(flat(cover[k]));
      if (/\btahun\s+(?:anggaran\s+)?\d{4}\b/i.test(flat(cover[k]))) break;
    }
    meta.title = norm(parts.join(' '));
    meta.at = atOf(cover[start].loc);
    const year = /\btahun\s+(?:anggaran\s+)?(\d{4})\b/i.exec(meta.title);
    if (year && plausibleYear(year[1])) meta.tahun = Number(year[1]);
    let who = norm(
      meta.title
        .replace(TITLE_START, '')
        .replace(/\binstansi\s+pemerintah\b/i, '')
        .replace(/\(\s*lkj?ip\s*\)|\(\s*lakip\s*\)/i, '')
        .replace(/\btahun\s+(?:anggaran\s+)?\d{4}\b.*$/i, ''),
    );
    // The agency may stand on the cover below the title ("TAHUN 2024" ⏎ "Badan Kesatuan Bangsa …").
    if (!who) {
      const after = cover.slice(start + parts.length).map(flat).find((t) => !/^(?:tahun\s+)?\d{4}$/i.test(t) && t.split(' ').length <= 15);
      if (after) who = after;
    }
    const region = REGION.exec(who);
    const instansi = norm(region ? who.slice(0, region.index) : who);
    const pemda = region ? norm(who.slice(region.index)) : undefined;
    if (instansi) meta.instansi = asPrinted(instansi, prose);
    if (pemda) meta.pemda = asPrinted(pemda, prose);
    const level = levelOf(meta.instansi ?? '', meta.pemda);
    if (level) meta.level = level;
  }
  if (!meta.tahun) {
    const years = prose.flatMap((t) => [...t.matchAll(/laporan\s+kinerja[^.]{0,80}?tahun\s+(\d{4})/gi)].map((m) => m[1])).filter(plausibleYear);
    const best = mostFrequent(years);
    if (best) meta.tahun = Number(best);
    else notes.add('meta-missing', 'the reporting year was not found on the cover or in the text');
  }
  if (!meta.instansi) notes.add('meta-missing', 'the agency (instansi) was not found on the cover');
  const coverYears = [...new Set(cover.flatMap((u) => [...flat(u).matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => m[0])))];
  if (coverYears.length) meta.coverYears = coverYears;
  const period = renstraPeriod(prose);
  if (period) meta.renstraPeriod = period;
  return meta;
}

/** The spelling the body uses most for a name the cover prints in capitals. */
/** A reporting year the model accepts (1990–2100): "TAHUN 0021" on a damaged cover is no year. */
function plausibleYear(y: string): boolean {
  const n = Number(y);
  return n >= 1990 && n <= 2100;
}

function asPrinted(name: string, prose: string[]): string {
  // A "name" of kilobytes (a damaged cover line) would make a regex too big to compile.
  if (name.length > 300) return name;
  const re = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}\\b`, 'gi');
  const seen = prose.flatMap((t) => [...t.matchAll(re)].map((m) => norm(m[0])));
  return mostFrequent(seen.filter((s) => s !== s.toUpperCase())) ?? name;
}

function levelOf(instansi: string, pemda: string | undefined): Meta['level'] | undefined {
  if (/^kecamatan\b/i.test(instansi)) return 'kecamatan';
  if (/^(?:dinas|badan|sekretariat|inspektorat|satuan|kantor|rumah\s+sakit|rsud)\b/i.test(instansi)) return 'opd';
  if (/^kementerian\b/i.test(instansi)) return 'kementerian';
  if (/^lembaga\b/i.test(instansi)) return 'lembaga';
  if (!instansi && pemda) return 'pemda';
  if (/^pemerintah\b/i.test(instansi)) return 'pemda';
  return undefined;
}

/** "2016-2021" as the text writes it most often next to "Renstra" / "Rencana Strategis". */
function renstraPeriod(prose: string[]): string | undefined {
  const found: string[] = [];
  for (const t of prose) {
    for (const m of t.matchAll(/(?:renstra|rencana\s+strategis)\b[^.;]{0,80}?\b((?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})\b/gi)) found.push(m[1]);
  }
  return mostFrequent(found);
}

function mostFrequent(list: string[]): string | undefined {
  const count = new Map<string, number>();
  for (const s of list) count.set(s, (count.get(s) ?? 0) + 1);
  let best: string | undefined;
  for (const [s, n] of count) if (best === undefined || n > count.get(best)!) best = s;
  return best;
}
