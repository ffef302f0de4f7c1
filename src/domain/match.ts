// Tolerant matching of sasaran, indicator and program names across the documents of one report
// (Renstra, IKU, RKT, PK, PK Perubahan, Bab II, Bab III). The same indicator is written many ways:
// "Prosentase"/"Persentase"/"Prosentasi", "Meningkatnya"/"Peningkatan", "Sirvey" for "Survey",
// "(SKM)" after the words it abbreviates or "SKM" alone, "1 (satu) tahun" for "satu tahun", a
// "1." numbering prefix, other word order. Texts are reduced to weighted, stemmed-ish tokens and
// compared by a soft weighted Jaccard score in 0..1 (typos count through character similarity of
// tokens); pairs are then assigned one to one, best pairs first. Every match says how it was made
// (exact / normalised / fuzzy with its score) so that a finding can show it to the reviewer.
import { formatNumber } from '../engine/format.js';
import type { Localized } from '../engine/types.js';
import { byBound, CandidateIndex } from './match-candidates.js';
import { clip, normalizeText } from './text.js';
import { STOP_WORDS } from './stop-words.js';

export type MatchMethod = 'exact' | 'normalised' | 'fuzzy';

export interface MatchInfo {
  method: MatchMethod;
  /** 1 for exact and normalised matches; the similarity for fuzzy ones. */
  score: number;
}

/** Minimum similarity for two texts to be taken as the same sasaran/indicator/program. */
export const MATCH_THRESHOLD = 0.5;
/** Below this a fuzzy match is doubtful: used, but worth a warning that says so. */
export const CONFIDENT_THRESHOLD = 0.7;
/** A non-match whose closest free candidate reaches this is doubtful too. */
export const NEAR_THRESHOLD = 0.35;

/** Words that carry no meaning for identity. */
const STOP = STOP_WORDS.name;

/**
 * Words that say how something is measured or in which direction, not what: they count, but
 * less ("Nilai SKM" and "Hasil SKM" are the same indicator; "Jumlah desa mandiri" and
 * "Persentase desa mandiri" only doubtfully so, since their targets are not comparable).
 */
const LIGHT_WORDS: [string, number][] = [
  ['persentase', 0.5],
  ['nilai', 0.5],
  ['hasil', 0.5],
  ['jumlah', 0.5],
  ['indeks', 0.5],
  ['rasio', 0.5],
  ['angka', 0.5],
  ['capaian', 0.5],
  // "Meningkatnya"/"Peningkatan" head most sasaran: direction, not content.
  ['tingkat', 0.25],
  ['program', 0.1],
  ['kegiatan', 0.1],
  ['subkegiatan', 0.1],
];

/** Spelling variants, before stemming. */
const SPELLING: Record<string, string> = {
  prosentase: 'persentase',
  prosentasi: 'persentase',
  persentasi: 'persentase',
  presentase: 'persentase',
  prosen: 'persentase',
  persen: 'persentase',
  survey: 'survei',
  survai: 'survei',
  surve: 'survei',
  sirvey: 'survei',
  kwalitas: 'kualitas',
  ketentraman: 'ketenteraman',
  ketrentaman: 'ketenteraman',
  tentram: 'tenteram',
  aparat: 'aparatur',
  praktek: 'praktik',
};

/** Abbreviations known without their definition in the text. */
const ACRONYMS: Record<string, string> = {
  skm: 'survei kepuasan masyarakat',
  ikm: 'indeks kepuasan masyarakat',
  kesos: 'kesejahteraan sosial',
  trantib: 'ketenteraman ketertiban',
  trantibum: 'ketenteraman ketertiban umum',
  pmd: 'pemberdayaan masyarakat desa',
  opd: 'organisasi perangkat daerah',
  skpd: 'satuan kerja perangkat daerah',
  pd: 'perangkat daerah',
  asn: 'aparatur sipil negara',
  apbd: 'anggaran pendapatan belanja daerah',
  pbb: 'pajak bumi bangunan',
  ktp: 'kartu tanda penduduk',
};

const NUMBER_WORDS: Record<string, string> = {
  satu: '1',
  dua: '2',
  tiga: '3',
  empat: '4',
  lima: '5',
  enam: '6',
  tujuh: '7',
  delapan: '8',
  sembilan: '9',
  sepuluh: '10',
};

export interface Prepared {
  text: string;
  /** Lower case, punctuation-free form used for the exact test. */
  plain: string;
  /** Stemmed tokens with their weights. */
  tokens: Map<string, number>;
}

const prepCache = new Map<string, Prepared>();
let light: Map<string, number> | undefined;

/** Weights by stem (built lazily: the stemmer is defined below). */
function lightWeight(token: string): number {
  light ??= new Map(LIGHT_WORDS.map(([w, weight]) => [stem(w), weight]));
  return light.get(token) ?? 1;
}

export function prepare(text: string): Prepared {
  const hit = prepCache.get(text);
  if (hit) return hit;
  const stripped = stripNumbering(text);
  const plain = normalizeText(stripped);
  const tokens = new Map<string, number>();
  for (const t of tokenize(stripped)) {
    const w = lightWeight(t);
    tokens.set(t, Math.max(tokens.get(t) ?? 0, w));
  }
  const out = { text, plain, tokens };
  if (prepCache.size > 50_000) prepCache.clear();
  prepCache.set(text, out);
  return out;
}

/** "1. Nilai SKM" → "Nilai SKM"; "a) …", "1.2. …", "- …" likewise. */
export function stripNumbering(text: string): string {
  let t = text.trim();
  for (let i = 0; i < 3; i++) {
    const next = t.replace(/^(?:[-–•*]|\(?(?:\d+(?:\.\d+)*|[a-z]|[ivx]+)[.)]|\d+(?:\.\d+)+)\s+/i, '');
    if (next === t) break;
    t = next.trim();
  }
  return t;
}

/** Words before "(ABC)" whose initials spell ABC: "Survey Kepuasan Masyarakat (SKM)". */
function localAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /\(([A-Z][A-Za-z]{1,7})\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const abbr = m[1].toLowerCase();
    const words = normalizeText(text.slice(0, m.index)).split(' ').filter(Boolean);
    const letters = abbr.split('');
    const picked: string[] = [];
    let i = words.length - 1;
    let j = letters.length - 1;
    while (i >= 0 && j >= 0) {
      const w = words[i];
      if (w[0] === letters[j]) {
        picked.unshift(w);
        j--;
      } else if (!STOP.has(w)) break;
      i--;
    }
    if (j < 0) out.set(abbr, picked.join(' '));
  }
  return out;
}

export function tokenize(text: string): string[] {
  const local = localAcronyms(text);
  let t = text
    // "1 (satu) tahun" → "1 tahun"
    .replace(/(\d+)\s*\(\s*(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|seratus)\s*\)/gi, '$1');
  t = normalizeText(t)
    .replace(/%/g, ' ')
    .replace(/\b(?:di)?tindak\s+lanjut(i|nya)?\b/g, 'tindaklanjut')
    .replace(/\bsub\s+kegiatan\b/g, 'subkegiatan');
  const words: string[] = [];
  for (const raw of t.split(' ').filter(Boolean)) {
    const w = SPELLING[raw] ?? raw;
    const expansion = local.get(w) ?? ACRONYMS[w];
    if (expansion) {
      for (const e of normalizeText(expansion).split(' ')) words.push(SPELLING[e] ?? e);
      continue;
    }
    words.push(NUMBER_WORDS[w] ?? w);
  }
  const out: string[] = [];
  for (const w of words) {
    if (STOP.has(w)) continue;
    const s = stem(w);
    if (s) out.push(SPELLING[s] ?? s);
  }
  return out;
}

const VOWEL = /^[aiueo]/;

/**
 * Root words of the domain: stemming stops as soon as it reaches one (Nazief–Adriani's dictionary
 * check, with a dictionary of the words these documents use). Words not listed are stemmed blindly,
 * which is enough: the forms of one word only need to reach the same token.
 */
const ROOTS = new Set(
  (
    'perintah tingkat layan puas daya sejahtera tertib aman tenteram selenggara mandiri koordinasi rekomendasi ' +
    'kualitas survei persentase nilai masyarakat camat desa lembaga bangun rencana anggar laksana wilayah butuh ' +
    'capai giat program tindaklanjut sosial publik aparatur pajak retribusi bayar penuh urus kelola kinerja ' +
    'akuntabilitas dokumen susun fasilitasi bina awas pelihara sedia tata usaha uang administrasi umum kantor ' +
    'dinas daerah informasi efektif efektifitas partisipasi forum musyawarah sinergi integrasi kapasitas kapabilitas ' +
    'indeks rasio angka jumlah hasil tahun subkegiatan mutu evaluasi lapor ' +
    'peran serta dapat didik sehat ekonomi infrastruktur pegawai ' +
    'tugas fungsi dukung operasional sarana prasarana gedung kendaraan barang jasa modal belanja honor'
  ).split(' '),
);

/**
 * A light Indonesian stemmer: particles and possessives, then -kan/-an/-i, then up to two
 * prefixes (di-, ke-, se-, ter-, ber-, me-/pe- with their sound changes), stopping at a known
 * root. Not a full dictionary stemmer: it only needs to send the forms of one word to the same
 * token, consistently.
 */
export function stem(word: string): string {
  let hit = stems.get(word);
  if (hit === undefined) {
    // Reports repeat their words: each is stemmed once (the set is bounded, as the prepare cache).
    if (stems.size > 50_000) stems.clear();
    stems.set(word, (hit = stemOnce(word)));
  }
  return hit;
}

const stems = new Map<string, string>();

function stemOnce(word: string): string {
  let w = word;
  if (/^\d/.test(w) || w.length <= 4 || ROOTS.has(w)) return w;
  const keep = (x: string) => x.length >= 3;
  for (const suf of ['nya', 'lah', 'kah', 'pun']) {
    if (w.endsWith(suf) && keep(w.slice(0, -suf.length)) && w.length - suf.length >= 4) {
      w = w.slice(0, -suf.length);
      break;
    }
  }
  if (ROOTS.has(w)) return w;
  const beforeSuffix = w;
  for (const suf of ['kan', 'an', 'i']) {
    if (w.endsWith(suf) && w.length - suf.length >= 4) {
      w = w.slice(0, -suf.length);
      break;
    }
  }
  if (ROOTS.has(w)) return w;
  // Prefixes, on the word with and without its suffix ("kemandirian" → "mandiri", a root, not
  // "mandir"), trying every reading of an ambiguous prefix ("perencanaan": per- or pe-).
  for (const base of [w, beforeSuffix]) {
    const root = findRoot(base, 2);
    if (root) return root;
  }
  for (let round = 0; round < 2; round++) {
    const next = prefixReadings(w)[0];
    if (next === undefined || !keep(next)) break;
    w = next;
  }
  return w;
}

function findRoot(w: string, depth: number): string | undefined {
  if (depth === 0) return undefined;
  for (const next of prefixReadings(w)) {
    if (next.length < 3) continue;
    if (ROOTS.has(next)) return next;
    for (const suf of ['kan', 'an', 'i']) if (next.endsWith(suf) && ROOTS.has(next.slice(0, -suf.length))) return next.slice(0, -suf.length);
    const deeper = findRoot(next, depth - 1);
    if (deeper) return deeper;
  }
  return undefined;
}

/** The words a prefix may have been added to, most likely first. */
function prefixReadings(w: string): string[] {
  const r = (n: number) => w.slice(n);
  if (/^(?:di|ke|se)/.test(w) && w.length > 5) return [r(2)];
  if (/^ter/.test(w) && w.length > 6) return [r(3), r(2)];
  if (/^ber/.test(w) && w.length > 6) return [r(3), r(2)];
  if (/^(?:me|pe)ng/.test(w)) return VOWEL.test(r(4)) ? [r(4), 'k' + r(4)] : [r(4)];
  if (/^(?:me|pe)ny/.test(w)) return ['s' + r(4)];
  if (/^(?:me|pe)n/.test(w)) return VOWEL.test(r(3)) ? ['t' + r(3), r(3)] : [r(3)];
  if (/^(?:me|pe)m/.test(w)) return VOWEL.test(r(3)) ? ['p' + r(3), r(3)] : [r(3)];
  if (/^per/.test(w) && w.length > 6) return [r(3), r(2)];
  if (/^(?:me|pe)[lrwy]/.test(w)) return [r(2)];
  return [];
}

/** Levenshtein distance, for typos inside a token. */
function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** Similarity of two tokens: 1 when equal, the character similarity for a likely typo, else 0. */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  // Names are compared pairwise over and over with the same few hundred words: each pair once.
  const key = `${a}\u0000${b}`;
  let s = tokenPairs.get(key);
  if (s === undefined) {
    if (tokenPairs.size >= 100_000) tokenPairs.clear();
    tokenPairs.set(key, (s = tokenSimilarityOnce(a, b)));
  }
  return s;
}

const tokenPairs = new Map<string, number>();

function tokenSimilarityOnce(a: string, b: string): number {
  if (a === b) return 1;
  if (/\d/.test(a) || /\d/.test(b)) return 0;
  const min = Math.min(a.length, b.length);
  if (min < 5) return 0;
  const r = 1 - levenshtein(a, b) / Math.max(a.length, b.length);
  return r >= 0.8 ? r : 0;
}

/** Soft weighted Jaccard of the token sets (each token paired with at most one other). */
export function similarity(a: string | Prepared, b: string | Prepared): number {
  const pa = typeof a === 'string' ? prepare(a) : a;
  const pb = typeof b === 'string' ? prepare(b) : b;
  const wa = [...pa.tokens.values()].reduce((s, w) => s + w, 0);
  const wb = [...pb.tokens.values()].reduce((s, w) => s + w, 0);
  if (!wa || !wb) return pa.plain === pb.plain && pa.plain ? 1 : 0;
  const candidates: { x: string; y: string; s: number }[] = [];
  for (const x of pa.tokens.keys()) for (const y of pb.tokens.keys()) {
    const s = tokenSimilarity(x, y);
    if (s > 0) candidates.push({ x, y, s });
  }
  candidates.sort((p, q) => q.s - p.s);
  const usedA = new Set<string>();
  const usedB = new Set<string>();
  let shared = 0;
  for (const c of candidates) {
    if (usedA.has(c.x) || usedB.has(c.y)) continue;
    usedA.add(c.x);
    usedB.add(c.y);
    shared += c.s * Math.min(pa.tokens.get(c.x)!, pb.tokens.get(c.y)!);
  }
  return shared / (wa + wb - shared);
}

/** How two texts compare: exact, normalised (same tokens) or fuzzy with a score. */
export function compare(a: string, b: string): MatchInfo {
  return comparePrepared(prepare(a), prepare(b));
}

function comparePrepared(pa: Prepared, pb: Prepared): MatchInfo {
  if (pa.plain === pb.plain) return { method: 'exact', score: 1 };
  const score = similarity(pa, pb);
  if (score >= 1 - 1e-9) return { method: 'normalised', score: 1 };
  return { method: 'fuzzy', score };
}

export interface Pair<A, B> {
  a: A;
  b: B;
  ai: number;
  bi: number;
  match: MatchInfo;
}

/** The nearest partner of an item by its index, found when asked (most items never are). */
export interface NearestOf<T> {
  get(index: number): T | undefined;
}

export interface Assignment<A, B> {
  pairs: Pair<A, B>[];
  /** The A side of a pair by its index, for lookups. */
  byA: Map<number, Pair<A, B>>;
  byB: Map<number, Pair<A, B>>;
  /** For every A, its most similar B whether or not it was assigned (for "nearest" messages). */
  nearestOfA: NearestOf<{ b: B; bi: number; match: MatchInfo }>;
  nearestOfB: NearestOf<{ a: A; ai: number; match: MatchInfo }>;
  /** The unassigned B with the highest score for A `ai` (the first of equals), if it scores `min` or more. */
  closestFreeOfA(ai: number, min: number): { b: B; bi: number; match: MatchInfo } | undefined;
  closestFreeOfB(bi: number, min: number): { a: A; ai: number; match: MatchInfo } | undefined;
}

export interface AssignOptions<A, B> {
  threshold?: number;
  /** Extra condition a pair must meet (e.g. the same level of the budget tree). */
  allow?: (a: A, b: B) => boolean;
}

/** One list's distinct texts, prepared once, with the items that carry each. */
interface Texts {
  prepared: Prepared[];
  /** Distinct-text number of each item. */
  idOf: number[];
  /** Items of each distinct text, ascending. */
  items: number[][];
}

function distinctTexts<T>(list: readonly T[], text: (x: T) => string): Texts {
  const ids = new Map<string, number>();
  const items: number[][] = [];
  const idOf = list.map((x, i) => {
    const t = text(x);
    let id = ids.get(t);
    if (id === undefined) {
      ids.set(t, (id = ids.size));
      items.push([]);
    }
    items[id].push(i);
    return id;
  });
  return { prepared: [...ids.keys()].map(prepare), idOf, items };
}

/**
 * One-to-one assignment, best pairs first: every pair at or above the threshold is ranked by
 * score (exact before normalised before fuzzy, then by position), and taken when neither side
 * is taken yet. Done in two rounds with the same outcome and far fewer comparisons: the exact
 * pairs (same text once normalised) rank above all others, so they are taken first, each A the
 * first free B of its text; only the items left then are compared, and only in the pairs that can
 * reach the threshold (match-candidates.ts). Reports repeat names across their documents, so the
 * cost grows with the items rather than with the product of the lists.
 */
export function assign<A, B>(as: readonly A[], bs: readonly B[], textA: (a: A) => string, textB: (b: B) => string, options: AssignOptions<A, B> = {}): Assignment<A, B> {
  // Nothing to pair with: nothing to prepare either.
  if (!as.length || !bs.length) return unpaired();
  const threshold = options.threshold ?? MATCH_THRESHOLD;
  const allowed = (ai: number, bi: number) => !options.allow || options.allow(as[ai], bs[bi]);
  const ta = distinctTexts(as, textA);
  const tb = distinctTexts(bs, textB);
  const byA = new Map<number, Pair<A, B>>();
  const byB = new Map<number, Pair<A, B>>();
  const take = (p: Pair<A, B>) => {
    byA.set(p.ai, p);
    byB.set(p.bi, p);
  };

  // Round 1: exact pairs, in the order (ai, bi) in which the ranking takes them.
  const bOfPlain = new Map<string, number[]>();
  tb.prepared.forEach((p, id) => {
    const list = bOfPlain.get(p.plain);
    if (list) list.push(...tb.items[id]);
    else bOfPlain.set(p.plain, [...tb.items[id]]);
  });
  for (const list of bOfPlain.values()) list.sort((x, y) => x - y);
  if (threshold <= 1)
    as.forEach((a, ai) => {
      const bi = bOfPlain.get(ta.prepared[ta.idOf[ai]].plain)?.find((bi) => !byB.has(bi) && allowed(ai, bi));
      if (bi !== undefined) take({ a, b: bs[bi], ai, bi, match: { method: 'exact', score: 1 } });
    });

  // Round 2: the rest, ranked.
  const freeB = tb.items.map((items) => items.filter((bi) => !byB.has(bi)));
  const openB = freeB.flatMap((items, id) => (items.length ? [id] : []));
  const index = threshold > 0 ? new CandidateIndex(openB.map((id) => tb.prepared[id])) : undefined;
  const eligible: Pair<A, B>[] = [];
  ta.prepared.forEach((pa, ida) => {
    const freeA = ta.items[ida].filter((ai) => !byA.has(ai));
    if (!freeA.length) return;
    for (const k of index ? index.candidates(pa, threshold) : openB.keys()) {
      const idb = openB[k];
      const match = comparePrepared(pa, tb.prepared[idb]);
      if (match.score < threshold) continue;
      for (const ai of freeA) for (const bi of freeB[idb]) if (allowed(ai, bi)) eligible.push({ a: as[ai], b: bs[bi], ai, bi, match });
    }
  });
  eligible.sort((p, q) => rank(q.match) - rank(p.match) || p.ai - q.ai || p.bi - q.bi);
  for (const p of eligible) if (!byA.has(p.ai) && !byB.has(p.bi)) take(p);
  const pairs = [...byA.values()].sort((p, q) => p.ai - q.ai);
  // The most similar partner of one item, as a scan of every pair in list order finds it (the
  // first of the best), looked for among the texts that can score above 0, best bound first.
  const closestOfA = closest(ta, tb, (ai, bi) => ({ b: bs[bi], bi, match: comparePrepared(ta.prepared[ta.idOf[ai]], tb.prepared[tb.idOf[bi]]) }));
  const closestOfB = closest(tb, ta, (bi, ai) => ({ a: as[ai], ai, match: comparePrepared(ta.prepared[ta.idOf[ai]], tb.prepared[tb.idOf[bi]]) }));
  const nearestOfA = lazyNearest(as.length, (ai) => closestOfA(ai, rank, (bi) => allowed(ai, bi)));
  const nearestOfB = lazyNearest(bs.length, (bi) => closestOfB(bi, rank, (ai) => allowed(ai, bi)));
  const score = (m: MatchInfo) => m.score;
  return {
    pairs,
    byA,
    byB,
    nearestOfA,
    nearestOfB,
    closestFreeOfA: (ai, min) => atLeast(closestOfA(ai, score, (bi) => !byB.has(bi)), min),
    closestFreeOfB: (bi, min) => atLeast(closestOfB(bi, score, (ai) => !byA.has(ai)), min),
  };
}

function unpaired<A, B>(): Assignment<A, B> {
  const none = { get: () => undefined };
  return { pairs: [], byA: new Map(), byB: new Map(), nearestOfA: none, nearestOfB: none, closestFreeOfA: () => undefined, closestFreeOfB: () => undefined };
}

const atLeast = <T extends { match: MatchInfo }>(x: T | undefined, min: number) => (x && x.match.score >= min ? x : undefined);

/**
 * The partner on the `other` side that a scan of every one, in order, keeping the first of the
 * highest `value`, would find among those `pick` accepts. Texts sharing no token score 0, so
 * only those that do are compared, highest bound first, until no bound can reach the best found.
 */
function closest<R extends { match: MatchInfo }>(own: Texts, other: Texts, result: (i: number, j: number) => R) {
  let index: CandidateIndex | undefined;
  // The nearest and the closest free partner of one item compare the same texts.
  const compared = new Map<number, MatchInfo>();
  let comparedFor: number | undefined;
  return (i: number, value: (m: MatchInfo) => number, pick: (j: number) => boolean): R | undefined => {
    index ??= new CandidateIndex(other.prepared);
    const p = own.prepared[own.idOf[i]];
    if (comparedFor !== own.idOf[i]) {
      compared.clear();
      comparedFor = own.idOf[i];
    }
    let best: { j: number; value: number; match: MatchInfo } | undefined;
    for (const [id, bound] of byBound(index.bounds(p))) {
      // A rank adds at most 0.002 to a score; the margin covers rounding.
      if (best && bound + 0.002 + 1e-9 < best.value) break;
      const j = other.items[id].find(pick);
      if (j === undefined) continue;
      let match = compared.get(id);
      if (!match) compared.set(id, (match = comparePrepared(p, other.prepared[id])));
      const v = value(match);
      if (!best || v > best.value || (v === best.value && j < best.j)) best = { j, value: v, match };
    }
    if (best) return result(i, best.j);
    // Nothing shares a token: every candidate scores 0, and the first is the nearest.
    const first = other.idOf.findIndex((_, j) => pick(j));
    return first < 0 ? undefined : result(i, first);
  };
}

function lazyNearest<T>(size: number, find: (index: number) => T | undefined): NearestOf<T> {
  const found = new Map<number, T | undefined>();
  return {
    get(index) {
      if (index < 0 || index >= size) return undefined;
      if (!found.has(index)) found.set(index, find(index));
      return found.get(index);
    },
  };
}

function rank(m: MatchInfo): number {
  return m.score + (m.method === 'exact' ? 0.002 : m.method === 'normalised' ? 0.001 : 0);
}

/** True for a fuzzy match below the confident threshold. */
export function doubtful(m: MatchInfo): boolean {
  return m.method === 'fuzzy' && m.score < CONFIDENT_THRESHOLD;
}

export function formatScore(score: number, lang: 'id' | 'en' = 'id'): string {
  const hundredths = Math.floor(score * 100 + 1e-9);
  // A score has a hundred and one printed forms: each is formatted once.
  const memo = scoresShown[lang];
  return (memo[hundredths] ??= formatNumber(hundredths / 100, 2, lang));
}

const scoresShown: Record<'id' | 'en', string[]> = { id: [], en: [] };

/** How a match was made, for a message: 'dicocokkan dengan "…" (kemiripan 0,72)'. */
export function describeMatch(other: string, m: MatchInfo): Localized {
  const q = clip(other, 120);
  if (m.method === 'exact') return { id: 'dicocokkan: teksnya sama', en: 'matched: same text' };
  if (m.method === 'normalised')
    return {
      id: `dicocokkan dengan "${q}" (sama setelah ejaan, singkatan dan kata tugas diseragamkan)`,
      en: `matched with "${q}" (the same once spelling, abbreviations and function words are normalised)`,
    };
  return { id: `dicocokkan dengan "${q}" (kemiripan ${formatScore(m.score, 'id')})`, en: `matched with "${q}" (similarity ${formatScore(m.score, 'en')})` };
}

/** The nearest text for an item that matched nothing: 'yang paling mirip "…" (kemiripan 0,31)'. */
export function describeNearest(other: string | undefined, m: MatchInfo | undefined): Localized {
  if (other === undefined || !m) return { id: 'tidak ada pembanding', en: 'nothing to compare with' };
  const q = clip(other, 120);
  return {
    id: `yang paling mirip "${q}" (kemiripan ${formatScore(m.score, 'id')})`,
    en: `the closest is "${q}" (similarity ${formatScore(m.score, 'en')})`,
  };
}
