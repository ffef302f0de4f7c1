// Which texts of one list can reach a similarity threshold with a text of another, without
// comparing every pair: the step that made the cross-document pairing quadratic in the number of
// indicators (4 000 rows took 5 s, 8 000 rows 15 s). Exact, not a heuristic: every pair it leaves
// out scores below the threshold, so the callers pair exactly as comparing all pairs did.
//
// Why it is exact. The soft weighted Jaccard of match.ts is shared / (w(a) + w(b) − shared),
// where `shared` sums, over tokens x of `a` paired with an equal or typo-similar token of `b`, at
// most the weight of x; and shared ≤ w(b). So:
// - (prefix filter, as in similarity joins) score ≥ t needs shared ≥ t·w(a). Order the tokens of
//   `a` rarest first: if `b` pairs with no token of the shortest prefix P whose remaining weight is
//   below t·w(a), then shared ≤ w(a \ P) < t·w(a). Only texts holding a partner of a prefix token
//   are candidates, and rare tokens head the prefix, so their lists are short.
// - (bound) of those, a text whose score could not reach t even if every token of `a` it has a
//   partner for were paired in full is left out before the costly comparison.
// Texts that are equal once normalised (method 'exact', even without tokens) are always candidates.
import { tokenSimilarity, type Prepared } from './match.js';

/** Tokens that can be typo-similar (tokenSimilarity > 0 needs no digit and 5 letters or more). */
const fuzzyEligible = (t: string) => t.length >= 5 && !/\d/.test(t);

/** Letter counts: each edit changes them by at most 2 in sum, a cheap lower bound of the edit distance. */
function letterCounts(t: string): Uint8Array {
  const c = new Uint8Array(26);
  for (let i = 0; i < t.length; i++) c[(t.charCodeAt(i) - 97) & 31] += 1;
  return c;
}

export class CandidateIndex {
  private readonly texts: Prepared[] = [];
  private readonly weights: number[] = [];
  private readonly byToken = new Map<string, number[]>();
  private readonly byPlain = new Map<string, number[]>();
  /** Fuzzy-eligible tokens of the vocabulary, by length, with their letter counts. */
  private readonly byLength = new Map<number, { token: string; counts: Uint8Array }[]>();
  private readonly vocabulary = new Set<string>();
  private readonly neighbours = new Map<string, string[]>();

  /**
   * Indexes the texts of one side of a pairing (their positions are what `candidates` returns).
   * `more`: texts that will be added later, if any, so that their words are known from the start.
   */
  constructor(texts: readonly Prepared[] = [], more: readonly Prepared[] = []) {
    for (const p of [...texts, ...more]) for (const t of p.tokens.keys()) this.learn(t);
    for (const p of texts) this.add(p);
  }

  /** Adds a text at the next position. */
  add(p: Prepared): void {
    const i = this.texts.length;
    this.texts.push(p);
    this.weights.push(weightOf(p));
    push(this.byPlain, p.plain, i);
    for (const t of p.tokens.keys()) {
      push(this.byToken, t, i);
      if (!this.vocabulary.has(t)) {
        this.learn(t);
        this.neighbours.clear(); // a word not announced may be a typo of one asked about before
      }
    }
  }

  private learn(t: string): void {
    if (this.vocabulary.has(t)) return;
    this.vocabulary.add(t);
    if (fuzzyEligible(t)) push(this.byLength, t.length, { token: t, counts: letterCounts(t) });
  }

  /** Positions of the indexed texts that may score `threshold` or more against `p`, ascending. */
  candidates(p: Prepared, threshold: number): number[] {
    const out = new Set<number>(this.byPlain.get(p.plain) ?? []);
    const tokens = [...p.tokens.entries()].map(([token, weight]) => ({ token, weight, df: this.byToken.get(token)?.length ?? 0 }));
    // Rarest first; ties by text, so that the order is total.
    tokens.sort((x, y) => x.df - y.df || (x.token < y.token ? -1 : x.token > y.token ? 1 : 0));
    const wa = tokens.reduce((s, x) => s + x.weight, 0);
    // The margins keep a pair that meets the threshold only up to floating-point rounding.
    const needed = threshold * wa - 1e-9;
    const probed = new Set<number>();
    let rest = wa;
    for (const { token } of tokens) {
      if (rest < needed) break;
      rest -= p.tokens.get(token)!;
      for (const i of this.byToken.get(token) ?? []) probed.add(i);
      for (const n of this.similarTokens(token)) for (const i of this.byToken.get(n) ?? []) probed.add(i);
    }
    for (const i of probed) {
      if (out.has(i)) continue;
      const b = this.texts[i].tokens;
      let reach = 0;
      for (const { token, weight } of tokens) if (b.has(token) || this.similarTokens(token).some((n) => b.has(n))) reach += weight;
      reach = Math.min(reach, this.weights[i]);
      if (reach / (wa + this.weights[i] - reach) >= threshold - 1e-9) out.add(i);
    }
    return [...out].sort((x, y) => x - y);
  }

  /**
   * For every indexed text that shares a token with `p` (equal or typo-similar) or equals it once
   * normalised, the highest score it could have against `p`; every other text scores 0.
   */
  bounds(p: Prepared): Map<number, number> {
    const reach = new Map<number, number>();
    let wa = 0;
    for (const [token, weight] of p.tokens) {
      wa += weight;
      const holders = new Set(this.byToken.get(token) ?? []);
      for (const n of this.similarTokens(token)) for (const i of this.byToken.get(n) ?? []) holders.add(i);
      for (const i of holders) reach.set(i, (reach.get(i) ?? 0) + weight);
    }
    const out = new Map<number, number>();
    for (const [i, r] of reach) {
      const shared = Math.min(r, this.weights[i]);
      out.set(i, shared / (wa + this.weights[i] - shared));
    }
    for (const i of this.byPlain.get(p.plain) ?? []) out.set(i, 1);
    return out;
  }

  /** Tokens of the vocabulary other than `t` that tokenSimilarity takes for a typo of it. */
  private similarTokens(t: string): string[] {
    if (!fuzzyEligible(t)) return [];
    let hit = this.neighbours.get(t);
    if (hit) return hit;
    hit = [];
    const counts = letterCounts(t);
    // A similarity of 0.8 allows an edit distance of a fifth of the longer token, so no more
    // length difference than that (one more each way against rounding).
    for (let len = Math.floor(t.length * 0.8) - 1; len <= Math.ceil(t.length / 0.8) + 1; len++) {
      const maxEdits = Math.floor(0.2 * Math.max(len, t.length) + 1e-9);
      for (const other of this.byLength.get(len) ?? []) {
        if (other.token === t) continue;
        let diff = 0;
        for (let k = 0; k < 26; k++) diff += Math.abs(counts[k] - other.counts[k]);
        if (diff <= 2 * maxEdits && tokenSimilarity(t, other.token) > 0) hit.push(other.token);
      }
    }
    this.neighbours.set(t, hit);
    return hit;
  }
}

function weightOf(p: Prepared): number {
  let w = 0;
  for (const x of p.tokens.values()) w += x;
  return w;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
