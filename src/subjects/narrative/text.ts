// Prose helpers for claim extraction: sentences with offsets, Indonesian number words, and a
// small token-overlap measure for "does this sentence name that indicator".
import { normalizeText } from '../../domain/text.js';
import { parseNumberWords } from '../../domain/number-words.js';
import { STOP_WORDS } from '../../domain/stop-words.js';

export interface Sentence {
  /** The sentence as printed (markup kept). */
  text: string;
  /** Offsets in the paragraph text. */
  start: number;
  end: number;
  index: number;
}

/**
 * Emphasis marks (Markdown ** and __) blanked to spaces, so offsets stay those of the original.
 * Quotes are kept: they are a cue for predikat words.
 */
export function unmark(text: string): string {
  return text.replace(/\*\*|__/g, '  ');
}

/** Text for evidence: markup removed, spaces collapsed. */
export function plain(text: string): string {
  return text.replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim();
}

// Words after which a period does not end a sentence.
const ABBREVIATIONS = new Set([
  'rp', 'no', 'nomor', 'th', 'thn', 'tgl', 'kab', 'kec', 'kel', 'prov', 'ir', 'dr', 'drs', 'dra', 'h', 'hj', 'sd', 'd', 'dll', 'dsb', 'dst',
  'jl', 'jln', 'st', 'sos', 'se', 'mm', 'mt', 'sh', 'si', 'msi', 'skm', 'nip', 'hal', 'tab', 'gbr', 'vol', 'bpk', 'ibu', 'sdr', 'an', 'up',
  'ttd', 'kep', 'per', 'ps', 'psl', 'ayat', 'lamp', 'bid', 'subbag', 'sek', 'ka', 'kasi', 'kasubag', 'plt', 'plh', 'pj', 'kp', 'rt', 'rw',
]);

const SENTENCE_FOLLOWS = /\s+["“(\[*]*[A-Z0-9]/y;
const TEXT_ENDS = /\s*$/y;

/** Sentences of a paragraph. A period ends one only before a capital, digit, quote or bracket. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  // Each run of stops is looked at once, whole: as one regex with the lookahead, a run that is not
  // followed by a capital was retried from each of its characters (51 679 dots: 14 s).
  const re = /[.!?]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let end = m.index + m[0].length;
    SENTENCE_FOLLOWS.lastIndex = end;
    if (!SENTENCE_FOLLOWS.test(text)) {
      TEXT_ENDS.lastIndex = end;
      if (!TEXT_ENDS.test(text)) continue;
      end = text.length;
    }
    const before = text.slice(start, m.index);
    // The last word from the sentence's tail only: an end-anchored regex over the whole growing
    // sentence rescans it at every skipped period ("x. y. z. …" took seconds per 100 kB line).
    const lastWord = /([A-Za-z.\/]+)$/.exec(before.slice(-64))?.[1]?.replace(/[./]/g, '').toLowerCase() ?? '';
    const onlyMarker = /^\s*(?:[0-9]+|[ivxlc]+|[a-z])\s*$/i.test(before);
    const abbreviation = lastWord.length === 1 || ABBREVIATIONS.has(lastWord);
    if (onlyMarker || (abbreviation && end < text.length)) continue;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

/**
 * Longest sentence analysed as one. Real ones stay under 1 000 characters; a table flattened into
 * a "sentence" of many kilobytes is cut into pieces of at most this size (at a space), because claim
 * extraction looks back over the sentence from every number in it.
 */
export const MAX_SENTENCE = 2000;

function push(out: Sentence[], text: string, start: number, end: number): void {
  while (end - start > MAX_SENTENCE) {
    const space = text.lastIndexOf(' ', start + MAX_SENTENCE);
    const cut = space > start + MAX_SENTENCE / 2 ? space : start + MAX_SENTENCE;
    pushOne(out, text, start, cut);
    start = cut;
  }
  pushOne(out, text, start, end);
}

function pushOne(out: Sentence[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  const s = start + lead;
  const e = end - trail;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e, index: out.length });
}

/** Regex source for a count as written: "2", "2 (dua)", "dua (2)", "sembilan", "enam belas". */
export const NUMBER_WORDS = String.raw`(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas)(?:\s+(?:belas|puluh))?`;
export const COUNT = String.raw`(?:\d{1,3}(?:\s*\(\s*[a-z ]{3,20}\s*\))?|${NUMBER_WORDS}(?:\s*\(\s*\d{1,3}\s*\))?)`;

/** The number a COUNT match stands for. */
export function countValue(s: string): number | undefined {
  const digits = /\d+/.exec(s);
  if (digits) return Number(digits[0]);
  return parseNumberWords(s.replace(/\(.*\)/, '').toLowerCase().replace(/\s+/g, ' ').trim());
}

// Words that carry no identity in an indicator or sasaran name looked for in prose.
const STOP = STOP_WORDS.mention;

export function nameTokens(s: string): string[] {
  // Names are compared with every sentence and every other name: normalised once each.
  const hit = nameTokenCache.get(s);
  if (hit) return hit;
  const tokens = [...new Set(normalizeText(s).split(' ').filter((t) => t.length >= 3 && !STOP.has(t) && !/^\d+%?$/.test(t)))];
  if (nameTokenCache.size > 5000) nameTokenCache.clear();
  nameTokenCache.set(s, tokens);
  return tokens;
}

const nameTokenCache = new Map<string, string[]>();

/** Same word up to a suffix: "publik"/"public", "honor"/"honorarium", "pelayanan"/"pelayanannya". */
export function sameToken(a: string, b: string): boolean {
  if (a === b) return true;
  const min = Math.min(a.length, b.length);
  if (min < 4) return false;
  let p = 0;
  while (p < min && a[p] === b[p]) p++;
  return p >= Math.max(4, min - 1);
}

/**
 * Share of the name's tokens that the text contains (0–1), and how many. Tokens in `weak` (words the
 * whole report repeats: its agency, its province) are left out while at least two others remain.
 */
export function coverage(name: string, textTokens: string[], weak?: Set<string>): { share: number; matched: number; size: number } {
  const all = nameTokens(name);
  const strong = weak?.size ? all.filter((t) => !weak.has(t)) : all;
  const tokens = strong.length >= 2 ? strong : all;
  if (!tokens.length) return { share: 0, matched: 0, size: 0 };
  const matched = tokens.filter((t) => textTokens.some((u) => sameToken(t, u))).length;
  return { share: matched / tokens.length, matched, size: tokens.length };
}

/** Words that a good share of the report's prose units repeat: they name no indicator in particular. */
export function weakTokens(texts: string[], share = 0.2): Set<string> {
  const out = new Set<string>();
  if (texts.length < 10) return out;
  const df = new Map<string, number>();
  for (const t of texts) for (const w of nameTokens(t)) df.set(w, (df.get(w) ?? 0) + 1);
  for (const [w, n] of df) if (n / texts.length >= share) out.add(w);
  return out;
}

/** Small stable hash for logical keys of prose (FNV-1a, base 36). */
export function textHash(s: string): string {
  let h = 0x811c9dc5;
  for (const ch of normalizeText(s)) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** Quotation marks, straight and curly, as a character class body. */
export const QUOTE = `"“”'‘’`;
