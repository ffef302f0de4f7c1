// Report metadata: the reporting year, agency and region by vote among the places that name them
// (identity.ts), the title as the best of them prints it, the years printed on the cover, and the
// Renstra period as the body most often writes it. The agency and region are given as the body
// prints them ("Kecamatan Semboro") when it does, else as the winning source does. A year the
// user states wins over the vote; the vote's own year stays in `sources`.
import type { Meta } from '../../model/report-input.js';
import { mostFrequent, readSources, regionAfter, spelledOut, vote, type IdentityInput } from './identity.js';
import type { Notes } from './notes.js';
import type { UnitContext } from './outline.js';
import { flat, type TextUnit, type Unit } from './units.js';

export interface MetaInput extends Omit<IdentityInput, 'units' | 'ctx'> {
  /** The year the user states (--year, the config's "year"). */
  statedYear?: number;
}

export function readMeta(units: Unit[], ctx: UnitContext[], notes: Notes, input: MetaInput = {}): Meta {
  const prose = units.filter((u, i): u is TextUnit => u.type === 'text' && !ctx[i].role).map(flat);
  const sources = readSources({ ...input, units, ctx }).filter((s) => !s.tahun || plausibleYear(s.tahun));
  const won = vote(sources);
  const meta: Meta = {};
  if (won.title?.text) meta.title = won.title.text;
  if (won.title?.at) meta.at = won.title.at;
  if (input.statedYear) {
    meta.tahun = input.statedYear;
    sources.unshift({ kind: 'stated', tahun: input.statedYear });
  } else if (won.tahun) meta.tahun = won.tahun;
  const instansi = won.instansi && (spelledOut(won.instansi, prose) ?? won.instansi);
  if (instansi) meta.instansi = asPrinted(instansi, prose);
  const pemda = won.pemda ?? (instansi ? regionAfter(instansi, prose) : undefined);
  if (pemda) meta.pemda = asPrinted(pemda, prose);
  const level = levelOf(meta.instansi ?? '', meta.pemda);
  if (level) meta.level = level;
  if (!meta.instansi) notes.add('meta-missing', 'the agency (instansi) was not found on the cover, in a running title or in the text');
  const cover = units.filter((u, i): u is TextUnit => u.type === 'text' && ctx[i].role === 'cover');
  const coverYears = [...new Set(cover.flatMap((u) => [...flat(u).matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => m[0])))];
  if (coverYears.length) meta.coverYears = coverYears;
  if (sources.length) meta.sources = sources;
  const period = renstraPeriod(prose, meta.tahun);
  if (period) meta.renstraPeriod = period;
  return meta;
}

/** A reporting year the model accepts (1990–2100): "TAHUN 0021" on a damaged cover is no year. */
function plausibleYear(n: number): boolean {
  return n >= 1990 && n <= 2100;
}

/** The spelling the body uses most for a name the cover prints in capitals. */
function asPrinted(name: string, prose: string[]): string {
  // A "name" of kilobytes (a damaged cover line) would make a regex too big to compile.
  if (name.length > 300) return name;
  const re = new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}\\d])`, 'giu');
  const seen = prose.flatMap((t) => [...t.matchAll(re)].map((m) => m[0].replace(/\s+/g, ' ').trim()));
  return mostFrequent(seen.filter((s) => s !== s.toUpperCase())) ?? name;
}

function levelOf(instansi: string, pemda: string | undefined): Meta['level'] | undefined {
  if (/^kecamatan\b/i.test(instansi)) return 'kecamatan';
  if (/^(?:dinas|badan|sekretariat|inspektorat|satuan|kantor|rumah\s+sakit|rsud|biro)\b/i.test(instansi)) return 'opd';
  if (/^kementerian\b/i.test(instansi)) return 'kementerian';
  if (/^lembaga\b/i.test(instansi)) return 'lembaga';
  if (!instansi && pemda) return 'pemda';
  if (/^pemerintah\b/i.test(instansi)) return 'pemda';
  return undefined;
}

/**
 * "2016-2021" as the text writes it most often next to "Renstra" / "Rencana Strategis". A report
 * that recalls an earlier plan ("didasarkan pada Renstra 2008 - 2013") beside the one in force:
 * the period that covers the reporting year is the Renstra's.
 */
function renstraPeriod(prose: string[], tahun: number | undefined): string | undefined {
  const found: string[] = [];
  for (const t of prose) {
    for (const m of t.matchAll(/(?:renstra|rencana\s+strate(?:gis|gik|jik))\b[^.;]{0,80}?\b((?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})\b/gi)) found.push(m[1]);
  }
  const covering = found.filter((p) => {
    const [from, to] = p.split(/\s*[-–]\s*/).map(Number);
    return tahun !== undefined && from <= tahun && tahun <= to;
  });
  return mostFrequent(covering.length ? covering : found);
}
