// Position titles (jabatan) as printed under signatures: "Plt. Kepala Badan Kesatuan Bangsa dan
// Politik Provinsi DKI Jakarta,", "KEPALA DINAS TENAGA KERJA DAN TRANSMIGRASI", "Camat Semboro,",
// "Kadis Perhubungan". A title is read into its office (kepala, sekretaris, bupati …), the unit it
// holds the office in (its type and the words of its name) and whether it is an acting assignment.
// A title read cleanly is `certain`; one that holds a second office or an acting mark inside (two
// signature columns run together), a signature on someone's behalf, or a second capacity
// ("selaku …" with an office) is not: it is never compared. The words are data: jabatan-words.json.
import { tokenSimilarity } from './match.js';
import { normalizeText } from './text.js';
import words from './jabatan-words.json' with { type: 'json' };

export interface UnitName {
  /** The first word when it names a kind of unit ("dinas", "badan", "kecamatan" …). */
  type?: string;
  /** The words of the unit's name after its type and before its region, without words of no identity. */
  words: string[];
}

export interface Jabatan extends UnitName {
  /** The office, its words as listed in jabatan-words.json: "kepala", "kepala pelaksana", "bupati" … */
  office: string;
  /** Plt./Plh./Pj.: an acting or interim assignment, not the holder's own office. */
  acting: boolean;
  /** The unit as read (type and name, without the region), for sameName(…, 'unit'). */
  unit: string;
  /** Read cleanly: one office, at the start, nothing on someone's behalf. */
  certain: boolean;
  /** An elected head of region (gubernur, bupati …): held without a NIP. */
  elected: boolean;
}

const phrases = (list: string[]) => list.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
const OFFICES = phrases(words.offices);
const ELECTED = new Set(words.elected);
const ACTING = phrases(words.acting);
const ON_BEHALF = phrases(words.onBehalf);
const LABELS = phrases(words.labels);
const JOINED = Object.entries(words.joined as Record<string, string>).map(([k, v]) => [k.split(' '), v] as const).sort((a, b) => b[0].length - a[0].length);
// Maps, not objects: a word of the document ("constructor") must not find a property of Object.
const ABBREVIATIONS = new Map(Object.entries(words.abbreviations as Record<string, string>));
const IMPLIED = new Map(Object.entries(words.implied as Record<string, string>));
const UNIT_ABBREVIATIONS = new Map(Object.entries(words.unitAbbreviations as Record<string, string>));
const UNIT_TYPES = new Set(words.unitTypes);
const SUB_UNIT_TYPES = new Set(words.subUnitTypes);
const CAPACITY = new Set(words.capacity);
const RANK = new Set(words.rank);
const RANK_MODIFIERS = new Set(words.rankModifiers);
const REGIONS = new Set(words.regions);
const NO_IDENTITY = new Set(words.noIdentity);
/**
 * Words that begin an office anywhere in a title: a second one means two titles run together. Short
 * forms are not among them: "Karo" is a kepala biro's short form and a regency's name.
 */
const OFFICE_STARTS = new Set([...words.offices.map((o) => o.split(' ')[0]), ...IMPLIED.keys()]);
const ACTING_STARTS = new Set(words.acting.map((a) => a.split(' ')[0]));

/** The length of the first phrase of `list` found at `i`, or 0. */
function phraseAt(tokens: string[], i: number, list: string[][]): number {
  return list.find((p) => p.every((w, k) => tokens[i + k] === w))?.length ?? 0;
}

/** The length of the first phrase of `list` that ends `tokens`, or 0. */
function phraseAtEnd(tokens: string[], list: string[][]): number {
  return list.find((p) => p.length <= tokens.length && p.every((w, k) => tokens[tokens.length - p.length + k] === w))?.length ?? 0;
}

/** Normalised words, short forms of units written out and two-word types joined. */
function tokensOf(text: string): string[] {
  const raw = normalizeText(text.replace(/\([^()]*\)/g, ' '))
    .split(' ')
    .filter(Boolean)
    .flatMap((t) => (UNIT_ABBREVIATIONS.get(t) ?? t).split(' '));
  const out: string[] = [];
  for (let i = 0; i < raw.length; ) {
    const j = JOINED.find(([p]) => p.every((w, k) => raw[i + k] === w));
    if (j) {
      out.push(...j[1].split(' '));
      i += j[0].length;
    } else out.push(raw[i++]);
  }
  return out;
}

/** A unit's name: its type, and the words of its name up to the region. */
function unitOf(tokens: string[]): UnitName {
  const end = tokens.findIndex((t) => REGIONS.has(t));
  const name = end < 0 ? tokens : tokens.slice(0, end);
  const type = name.length && UNIT_TYPES.has(name[0]) ? name[0] : undefined;
  return { type, words: name.slice(type ? 1 : 0).filter((w) => !NO_IDENTITY.has(w)) };
}

// A report repeats a few titles and units: each read once (bounded, as normalizeText's cache).
const units = new Map<string, UnitName>();
const titles = new Map<string, Jabatan | undefined>();

function remembered<T>(cache: Map<string, T>, text: string, read: (t: string) => T): T {
  if (cache.has(text)) return cache.get(text)!;
  const out = read(text);
  if (cache.size >= 10_000) cache.clear();
  cache.set(text, out);
  return out;
}

/** A unit's name as written ("Dinas Perindustrian dan Perdagangan Provinsi Jawa Barat"). */
export function readUnit(text: string): UnitName {
  return remembered(units, text, (t) => unitOf(tokensOf(t)));
}

/** The title under a signature, or undefined when it names no office at its start. */
export function readJabatan(text: string): Jabatan | undefined {
  return remembered(titles, text, readTitle);
}

function readTitle(text: string): Jabatan | undefined {
  let tokens = tokensOf(text);
  let certain = true;
  for (let n = phraseAt(tokens, 0, LABELS); n; n = phraseAt(tokens, 0, LABELS)) tokens = tokens.slice(n);
  if (phraseAt(tokens, 0, ON_BEHALF)) certain = false;
  let acting = false;
  for (let n = phraseAt(tokens, 0, ACTING); n; n = phraseAt(tokens, 0, ACTING)) {
    acting = true;
    tokens = tokens.slice(n);
  }
  if (!tokens.length) return undefined;
  const first = ABBREVIATIONS.get(tokens[0]) ?? (phraseAt(tokens, 0, OFFICES) ? undefined : IMPLIED.get(tokens[0]));
  if (first) tokens = [...first.split(' '), ...tokens.slice(1)];
  const n = phraseAt(tokens, 0, OFFICES);
  if (!n) return undefined;
  const office = tokens.slice(0, n).join(' ');
  let rest = tokens.slice(n);
  // "… selaku Pengguna Anggaran" is a second capacity: dropped; "… selaku Plt. Kepala …" is another office.
  const capacity = rest.findIndex((t) => CAPACITY.has(t));
  if (capacity >= 0) {
    if (rest.slice(capacity + 1).some((t) => OFFICE_STARTS.has(t) || ACTING_STARTS.has(t))) certain = false;
    rest = rest.slice(0, capacity);
  }
  // A pangkat read into the title ("… Pembina Utama Muda IV c") is no part of it.
  const rank = rest.findIndex((t, i) => RANK.has(t) && rest.slice(i + 1).every((m) => RANK_MODIFIERS.has(m)));
  if (rank >= 0) rest = rest.slice(0, rank);
  for (let n = phraseAtEnd(rest, LABELS); n; n = phraseAtEnd(rest, LABELS)) rest = rest.slice(0, rest.length - n);
  if (rest.some((t) => OFFICE_STARTS.has(t) || ACTING_STARTS.has(t))) certain = false;
  // "… u.b. Kepala Bidang …": signed for someone else inside the title ("an", "ub" alone only before an office).
  for (let i = 0; i < rest.length; i++) {
    const n = phraseAt(rest, i, ON_BEHALF);
    if (n > 1 || (n === 1 && OFFICE_STARTS.has(rest[i + 1]))) certain = false;
  }
  const unit = unitOf(rest);
  return { office, acting, ...unit, unit: [unit.type, ...unit.words].filter(Boolean).join(' '), certain, elected: ELECTED.has(office) };
}

const HOLDER = new Map((words.sameHolder as string[][]).flatMap((group) => group.map((o) => [o, group[group.length - 1]] as const)));

/** The office compared: one written in full and short for the same holder is one ("Kepala Pelaksana" is "kepala"). */
export function officeKey(office: string): string {
  return HOLDER.get(office) ?? office;
}

/** A part of a unit (bidang, seksi, subbagian …), not a unit of its own. */
export function isSubUnit(type: string): boolean {
  return SUB_UNIT_TYPES.has(type);
}

/**
 * A short form of the unit's words: "setda" of "sekretariat daerah", "disparbud" of "dinas
 * pariwisata kebudayaan", "p3" in a short form standing for three words beginning with "p": its
 * letters in order within the words, from a word's first letter.
 */
function abbreviates(short: string, name: string[]): boolean {
  const letters = short.replace(/([a-z])(\d)/g, (_, c: string, d: string) => c.repeat(Number(d)));
  if (/\d/.test(letters)) return false;
  for (let k = 0; k < name.length; k++) {
    if (name[k][0] !== letters[0]) continue;
    const joined = name.slice(k).join('');
    let at = 0;
    for (const c of joined) if (c === letters[at]) at++;
    if (at === letters.length) return true;
  }
  return false;
}

/**
 * Two readings of a unit name the same unit, as far as the words show: the words of one contained
 * in the other's (a region or a word left out, a typo), or the other's words abbreviated. A type
 * renamed ("Badan" that became "Dinas") is the same unit if the words agree; a part of a unit
 * (bidang, seksi …) is never the unit itself.
 */
export function sameUnit(a: UnitName, b: UnitName): boolean {
  if (a.type && b.type && a.type !== b.type && SUB_UNIT_TYPES.has(a.type) !== SUB_UNIT_TYPES.has(b.type)) return false;
  const left = (x: string[], y: string[]) => x.filter((w) => !y.some((v) => tokenSimilarity(w, v) > 0));
  const onlyA = left(a.words, b.words);
  const onlyB = left(b.words, a.words);
  if (!onlyA.length || !onlyB.length) return true;
  const full = (u: UnitName) => [u.type ?? '', ...u.words].filter(Boolean);
  return onlyA.every((w) => abbreviates(w, full(b))) || onlyB.every((w) => abbreviates(w, full(a)));
}
