// The report's year, agency and region by vote. Reports print them in many places and not all of
// them on every report: a cover (sometimes an image), title lines in the front matter, running
// headers and footers (often the clearest title), the Kata Pengantar ("… menyusun Laporan Kinerja
// Instansi Pemerintah (LKIP) <agency> Tahun 2025"), other prose, the PK's title, the document's
// Title entry, and the year the prose names most. Each source gives what it says; the year with
// the most weight wins, and so do the agency and the region. A regulation's year is never read:
// it stands after "Nomor …", outside any title phrase. The sources are kept, so that a reader of
// the result (and the rule on disagreeing sources) sees where the year came from.
import { rank, votedYear, winner, type SourceKind } from '../../model/meta-vote.js';
import type { MetaSource } from '../../model/report-input.js';
import type { Furniture } from '../blocks.js';
import { withoutPageNumber } from '../page-numbers.js';
import type { UnitContext } from './outline.js';
import { AGENCY, readAgency, readTitles, REGION_AT, regionKey, type TitleReading } from './title-phrase.js';
import { atOf, flat, type TextUnit, type Unit } from './units.js';
import { norm, wordCount } from './words.js';

/** A title line: short, not a sentence of prose. */
const TITLE_WORDS = 24;

export interface IdentityInput {
  units: Unit[];
  ctx: UnitContext[];
  furniture?: Furniture[];
  /** The document's Title entry. */
  title?: string;
  /** Headings of the Perjanjian Kinerja (in Bab II and attached), with their places. */
  pk?: { title: string; at?: MetaSource['at'] }[];
}

/** What each source says. */
export function readSources(input: IdentityInput): MetaSource[] {
  const { units, ctx } = input;
  const out: MetaSource[] = [];
  const chapterAt = ctx.findIndex((c) => /^bab-/.test(c.l1?.kind ?? ''));
  const front = chapterAt < 0 ? units.length : chapterAt;
  // Title lines before Bab I: on the cover (before any heading) and on title pages.
  for (let i = 0; i < front; i++) {
    const u = units[i];
    if (u.type !== 'text' || ctx[i].role === 'toc' || !isTitleLine(u)) continue;
    const block = titleBlock(units, ctx, i, front);
    const reading = best(readTitles(block.map(flat).join(' '), true));
    if (!reading) continue;
    out.push(source(ctx[i].role === 'cover' ? 'cover' : 'title', reading, atOf(u.loc)));
    i += block.length - 1;
  }
  for (const t of runningTitles(input.furniture ?? [])) {
    const reading = best(readTitles(t.text, true)) ?? readAgency(t.text);
    if (reading) out.push({ ...source('furniture', reading, { page: t.pages[0] }), text: t.text, pages: t.pages });
  }
  // Prose: the Kata Pengantar as one source, the rest as another.
  const prose: Record<'kata-pengantar' | 'text', { reading: TitleReading; at: MetaSource['at'] }[]> = { 'kata-pengantar': [], text: [] };
  units.forEach((u, i) => {
    if (u.type !== 'text' || ctx[i].role) return;
    const kind = ctx[i].l1?.kind === 'kata-pengantar' ? 'kata-pengantar' : 'text';
    // A report names itself with its year; "LKIP Pemerintah Provinsi …" without one is another report.
    for (const reading of readTitles(flat(u), false)) if (reading.tahun) prose[kind].push({ reading, at: atOf(u.loc) });
  });
  for (const kind of ['kata-pengantar', 'text'] as const) {
    const found = prose[kind];
    const year = mostFrequent(found.map((f) => String(f.reading.tahun)));
    const pick = found.find((f) => String(f.reading.tahun) === year && f.reading.instansi) ?? found.find((f) => String(f.reading.tahun) === year);
    if (pick) out.push(source(kind, pick.reading, pick.at));
  }
  // "PERJANJIAN KINERJA TAHUN 2025": the agreement the report measures (a later one names itself so too, hence little weight).
  const pk = input.pk?.map((p) => ({ p, year: /\btahun\s+(?:anggaran\s+)?((?:19|20)\d{2})\b(?!\s*[-–])/i.exec(p.title)?.[1] })).find((x) => x.year);
  if (pk) out.push({ kind: 'pk', text: pk.p.title, tahun: Number(pk.year), ...(pk.p.at ? { at: pk.p.at } : {}) });
  if (input.title) {
    const reading = best(readTitles(input.title, true));
    if (reading) out.push(source('pdf-title', { ...reading, phrase: input.title }, undefined));
  }
  const body = bodyYear(units, ctx);
  if (body) out.push(body);
  return out;
}

export interface Vote {
  tahun?: number;
  instansi?: string;
  pemda?: string;
  /** The source whose title is shown (the best-weighted one that names the winning year). */
  title?: MetaSource;
}

/** The year, agency and region with the most weight. */
export function vote(sources: MetaSource[]): Vote {
  const result: Vote = {};
  const year = votedYear(sources);
  if (year) result.tahun = year;
  const instansi = winner(sources.filter((s) => s.instansi), (s) => s.instansi!, sameAgency);
  // The fullest spelling of the winning agency ("Badan Perencanaan Pembangunan Daerah (BAPPEDA)" over "BAPPEDA").
  if (instansi) result.instansi = fullest(sources.filter((s) => s.instansi && sameAgency(s.instansi, instansi)).map((s) => s.instansi!));
  const pemda = winner(sources.filter((s) => s.pemda), (s) => regionKey(s.pemda!));
  if (pemda) result.pemda = fullest(sources.filter((s) => s.pemda && regionKey(s.pemda) === pemda).map((s) => s.pemda!));
  const titled = sources.filter((s) => ['cover', 'title', 'furniture'].includes(s.kind) && (!result.tahun || s.tahun === result.tahun));
  if (titled.length) result.title = titled.sort((a, b) => rank(a) - rank(b))[0];
  return result;
}

/** An agency's name as words for comparison, its parenthesised acronym apart. */
function agencyWords(name: string): { words: string[]; acronym: string } {
  const acronym = /\(([^()]+)\)/.exec(name)?.[1].split(/\s+/).pop()?.toLowerCase() ?? '';
  return { words: regionKey(name.replace(/\([^()]*\)/g, ' ')).split(' ').filter(Boolean), acronym };
}

/** Whether `short` abbreviates `words` in order, each word giving a prefix ("kesbangpol": kesatuan
 *  bangsa dan politik; "bappeda": badan perencanaan pembangunan daerah; "rsud": rumah sakit umum
 *  daerah); "dan" may give nothing. */
function abbreviates(short: string, words: string[]): boolean {
  if (words.length < 2 || short.length < 3 || short.length > 16) return false;
  const failed = new Set<number>();
  const go = (i: number, w: number): boolean => {
    if (i === short.length) return w === words.length;
    if (w === words.length || failed.has(i * 64 + w)) return false;
    if (words[w] === 'dan' && go(i, w + 1)) return true;
    for (let n = 1; n <= words[w].length && i + n <= short.length; n++) {
      if (words[w][n - 1] !== short[i + n - 1]) break;
      if (go(i + n, w + 1)) return true;
    }
    failed.add(i * 64 + w);
    return false;
  };
  return go(0, 0);
}

/** Whether the words name the same agency: equal, but that a word of one may abbreviate a run of
 *  the other's ("Badan Kesbangpol" and "Badan Kesatuan Bangsa dan Politik", "RSUD Al Ihsan" and
 *  "Rumah Sakit Umum Daerah Al Ihsan"), or one is the other's acronym ("BAPPEDA"). */
function sameWords(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!short.length || long.length > 24) return false;
  const failed = new Set<number>();
  const go = (i: number, j: number): boolean => {
    if (i === short.length) return j === long.length;
    if (j === long.length || failed.has(i * 64 + j)) return false;
    if (short[i] === long[j] && go(i + 1, j + 1)) return true;
    for (let k = j + 2; k <= long.length; k++) if (abbreviates(short[i], long.slice(j, k)) && go(i + 1, k)) return true;
    failed.add(i * 64 + j);
    return false;
  };
  return go(0, 0);
}

/** Letters of two spellings differing in at most two places (a typo in a running title: "BECANA"). */
function nearlySame(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2 || a.length < 12) return false;
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] <= 2;
}

function sameAgency(a: string, b: string): boolean {
  if (a === b) return true;
  const x = agencyWords(a);
  const y = agencyWords(b);
  if (x.acronym && (x.acronym === y.acronym || (y.words.length === 1 && y.words[0] === x.acronym))) return true;
  if (y.acronym && x.words.length === 1 && x.words[0] === y.acronym) return true;
  return sameWords(x.words, y.words) || nearlySame(x.words.join(''), y.words.join(''));
}

/** The spelling to show of names that agree: the fullest, then one not typed in capitals. */
function fullest(names: string[]): string {
  const score = (n: string) => wordCount(n.replace(/\([^()]*\)/g, '')) * 8 + (/\(/.test(n) ? 4 : 0) + (/\.\s/.test(n) ? 0 : 2) + (n === n.toUpperCase() ? 0 : 1);
  return names.reduce((a, b) => (score(b) > score(a) ? b : a));
}

/**
 * The agency's long name where the vote gives only its acronym ("BPLHD"): the prose spells it out
 * once or more as "<name> (<acronym>)" — the run of capitalised words before it that the acronym
 * abbreviates, else the run from an agency word ("Badan", "Dinas" …).
 */
export function spelledOut(acronym: string, prose: string[]): string | undefined {
  if (!/^[\p{Lu}\d]{3,12}$/u.test(acronym)) return undefined;
  const re = new RegExp(`((?:\\p{Lu}[\\p{L}.-]*|dan)(?:\\s+(?:\\p{Lu}[\\p{L}.-]*|dan)){1,11})\\s*\\(\\s*${acronym}\\s*\\)`, 'gu');
  const found: string[] = [];
  for (const t of prose)
    for (const m of t.matchAll(re)) {
      const region = REGION_AT.exec(m[1]);
      const words = (region ? m[1].slice(0, region.index) : m[1]).trim().split(/\s+/);
      let name: string | undefined;
      for (let k = 0; k < words.length - 1 && !name; k++) if (abbreviates(acronym.toLowerCase(), regionKey(words.slice(k).join(' ')).split(' '))) name = words.slice(k).join(' ');
      const from = words.findIndex((w, k) => AGENCY.test(words.slice(k).join(' ')));
      name ??= from >= 0 ? words.slice(from).join(' ') : undefined;
      if (name) found.push(`${name} (${acronym})`);
    }
  return mostFrequent(found);
}

/** The region the prose prints right after the agency's name ("Biro Organisasi … Provinsi Jawa Barat"). */
export function regionAfter(instansi: string, prose: string[]): string | undefined {
  const name = instansi.replace(/\s*\([^()]*\)\s*/g, ' ').trim();
  if (!name || name.length > 200) return undefined;
  const at = new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?:\\s*\\([^()]{1,20}\\))?\\s+`, 'gi');
  const word = '(?!(?:Tahun|TAHUN|Nomor|NOMOR|Dalam|Yang|Pada|Sebagai|Untuk|Dan)\\b)\\p{Lu}\\p{L}*';
  const region = new RegExp(`^(?:Provinsi|Propinsi|PROVINSI|Prov\\.|Kabupaten|KABUPATEN|Kab\\.|Kota|KOTA)\\s+${word}(?:\\s+${word}){0,3}`, 'u');
  const found = prose.flatMap((t) => [...t.matchAll(at)].flatMap((m) => region.exec(t.slice(m.index! + m[0].length))?.[0] ?? []));
  const key = mostFrequent(found.map(regionKey));
  return key ? fullest(found.filter((f) => regionKey(f) === key)) : undefined;
}

function source(kind: SourceKind, r: TitleReading, at: MetaSource['at'] | undefined): MetaSource {
  const s: MetaSource = { kind, text: r.phrase };
  if (r.tahun) s.tahun = r.tahun;
  if (r.instansi) s.instansi = r.instansi;
  if (r.pemda) s.pemda = r.pemda;
  if (at && Object.keys(at).length) s.at = at;
  return s;
}

/** The reading that says most: a year and an agency before a year alone. */
function best(readings: TitleReading[]): TitleReading | undefined {
  const score = (r: TitleReading) => (r.tahun ? 2 : 0) + (r.instansi ? 1 : 0) + (r.pemda ? 1 : 0);
  return readings.reduce<TitleReading | undefined>((a, b) => (!a || score(b) > score(a) ? b : a), undefined);
}

function isTitleLine(u: TextUnit): boolean {
  return wordCount(flat(u)) <= TITLE_WORDS && /\b(?:laporan\s+(?:akuntabilitas\w*\s+)?kinerja|lkj?ip|lakip)\b/i.test(flat(u));
}

/** A title over several lines ("LAPORAN KINERJA" ⏎ "DINAS …" ⏎ "TAHUN 2025"): the short units after
 *  the first on the same page, up to the one with the year. */
function titleBlock(units: Unit[], ctx: UnitContext[], from: number, end: number): TextUnit[] {
  const first = units[from] as TextUnit;
  const block = [first];
  let words = wordCount(flat(first));
  for (let k = from + 1; k < end && block.length < 8 && !/\b(?:19|20)\d{2}\b/.test(block.map(flat).join(' ')); k++) {
    const u = units[k];
    if (u.type !== 'text' || ctx[k].role === 'toc' || u.loc.page !== first.loc.page) break;
    words += wordCount(flat(u));
    if (wordCount(flat(u)) > TITLE_WORDS || words > 2 * TITLE_WORDS) break;
    block.push(u);
  }
  return block;
}

/** Running titles without their page numbers, the lines printed together on a page joined
 *  ("LAPORAN KINERJA" ⏎ "Dinas …" ⏎ "Tahun 2016"), each with the pages it is printed on. */
export function runningTitles(furniture: Furniture[]): { text: string; pages: number[] }[] {
  const byText = new Map<string, number[]>();
  let group: Furniture[] = [];
  const flush = () => {
    if (!group.length) return;
    const text = norm(group.map((f) => withoutPageNumber(f.text)).join(' '));
    const pages = byText.get(text) ?? [];
    const page = group[0].loc.page ?? 0;
    if (!pages.includes(page)) pages.push(page);
    byText.set(text, pages);
    group = [];
  };
  for (const f of furniture) {
    const last = group[group.length - 1];
    // Lines of one header (or footer) stand close together on the same page.
    if (last && (last.loc.page !== f.loc.page || Math.abs((f.loc.y ?? 0) - (last.loc.y ?? 0)) > 40)) flush();
    group.push(f);
  }
  flush();
  return [...byText].filter(([text]) => text).map(([text, pages]) => ({ text, pages }));
}

/** "Tahun N" as the prose writes it most, leaving out regulations ("Nomor 29 Tahun 2014", "PP 8
 *  Tahun 2006") and periods ("Tahun 2013-2018"). */
function bodyYear(units: Unit[], ctx: UnitContext[]): MetaSource | undefined {
  const years: string[] = [];
  units.forEach((u, i) => {
    if (u.type !== 'text' || ctx[i].role) return;
    const t = flat(u);
    for (const m of t.matchAll(/\btahun\s+(?:anggaran\s+)?((?:19|20)\d{2})\b(?!\s*(?:[-–—/]\s*\d|s\.?\s?\/?\s?d\b|sampai|hingga))/gi)) {
      const before = t.slice(Math.max(0, m.index! - 40), m.index);
      if (/\b(?:nomor|no\.?|nmr\.?)\s*[\w./-]{1,20}\s*$/i.test(before)) continue;
      if (/\b(?:pp|uu|perpres|permen\w*|perda|pergub|perbup|perwali|inpres|keppres|kepmen\w*|se)\s*(?:no\.?\s*)?\d{1,4}\s*$/i.test(before)) continue;
      years.push(m[1]);
    }
  });
  const year = mostFrequent(years);
  if (!year) return undefined;
  const count = years.filter((y) => y === year).length;
  return count >= 2 ? { kind: 'body', text: `Tahun ${year}`, tahun: Number(year), count } : undefined;
}

export function mostFrequent(list: string[]): string | undefined {
  const count = new Map<string, number>();
  for (const s of list) count.set(s, (count.get(s) ?? 0) + 1);
  let best: string | undefined;
  for (const [s, n] of count) if (best === undefined || n > count.get(best)!) best = s;
  return best;
}
