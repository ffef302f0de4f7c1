// Bab III's indicators paired with each document's by the tolerant matcher (src/domain/match.ts),
// once per model, and what a pairing offers the rules: the partner and its similarity, or, for an
// item the matcher leaves unpaired, the free candidate it finds near and the nearest one.
import type { Model, Val } from '../../model/types.js';
import { assign, NEAR_THRESHOLD, type Assignment, type MatchInfo } from '../../domain/match.js';
import { quantity } from '../../domain/quantity.js';
import { clip } from '../../domain/text.js';
import {
  bab2Indicators,
  ikuIndicators,
  latestPk,
  measuredIndicators,
  pkIndicators,
  renstraIndicators,
  rktIndicators,
  type DocId,
  type DocIndicator,
  type Measured,
  type NPk,
  type RenstraIndicator,
} from './documents.js';

export interface Context {
  measured: Measured[];
  pk?: NPk;
  pkDoc?: DocId;
  pkList: DocIndicator[];
  rkt: DocIndicator[];
  bab2: DocIndicator[];
  renstra: RenstraIndicator[];
  iku: DocIndicator[];
  vsPk: Assignment<Measured, DocIndicator>;
  vsRkt: Assignment<Measured, DocIndicator>;
  vsBab2: Assignment<Measured, DocIndicator>;
  vsRenstra: Assignment<Measured, RenstraIndicator>;
  vsIku: Assignment<Measured, DocIndicator>;
}

const cache = new WeakMap<Model, Context>();

export function context(model: Model): Context {
  const hit = cache.get(model);
  if (hit) return hit;
  const measured = measuredIndicators(model);
  const pk = latestPk(model);
  const pkList = pkIndicators(pk);
  const rkt = rktIndicators(model);
  const bab2 = bab2Indicators(model);
  const renstra = renstraIndicators(model);
  const iku = ikuIndicators(model);
  const t = (x: { text: string }) => x.text;
  const ctx: Context = {
    measured,
    pk,
    pkDoc: pk ? (pk.kind === 'pk-perubahan' ? 'pk-perubahan' : 'pk') : undefined,
    pkList,
    rkt,
    bab2,
    renstra,
    iku,
    vsPk: assign(measured, pkList, t, t),
    vsRkt: assign(measured, rkt, t, t),
    vsBab2: assign(measured, bab2, t, t),
    vsRenstra: assign(measured, renstra, t, t),
    vsIku: assign(measured, iku, t, t),
  };
  cache.set(model, ctx);
  return ctx;
}

/** An item of the other side and how it matched. */
export interface Candidate<B> {
  b: B;
  match: MatchInfo;
}

/** What the matcher offers for one item: its partner, or the free candidate near it, or the nearest. */
export interface Presence<B> {
  partner?: Candidate<B>;
  /** Unpaired: the closest free candidate the matcher finds near (a rewording, perhaps). */
  near?: Candidate<B>;
  /** Unpaired and nothing near: the nearest candidate, and the item it is already paired with. */
  nearest?: Candidate<B> & { takenBy?: string };
}

/** Words an indicator reworded keeps at least ("kehilangan hasil … padi"). */
const SAME_TARGET_THRESHOLD = 0.1;

/** Both targets printed and equal as numbers (a single value; a list of values is not compared). */
export function sameTargetValue(a: Val | undefined, b: Val | undefined): boolean {
  return !!a && !!b && a.kind === 'number' && b.kind === 'number' && a.value !== null && a.value === b.value;
}

export function textOfAny(x: unknown): string {
  const o = x as { text?: string; name?: string };
  return o.text ?? o.name ?? String(x);
}

/** The pairing of item `ai`, in an assignment of A to B. */
export function presenceOfA<A, B>(ai: number, as: readonly A[], asg: Assignment<A, B>, sameTarget?: (a: A, b: B) => boolean): Presence<B> {
  const pair = asg.byA.get(ai);
  if (pair) return { partner: { b: pair.b, match: pair.match } };
  const nearest = asg.nearestOfA.get(ai);
  if (!nearest) return {};
  // The closest candidate that is still free may be this item worded otherwise.
  const free = asg.closestFreeOfA(ai, NEAR_THRESHOLD);
  if (free) return { near: { b: free.b, match: free.match } };
  // A free indicator sharing some words and the very same target may be this one reworded
  // ("Persentase kehilangan hasil komoditas padi" / "Menurunnya tingkat kehilangan hasil … padi",
  // both 10,90): not certainly absent.
  const alike = sameTarget && asg.closestFreeOfA(ai, SAME_TARGET_THRESHOLD);
  if (alike && sameTarget(as[ai], alike.b)) return { near: { b: alike.b, match: alike.match } };
  const taken = asg.byB.get(nearest.bi);
  return { nearest: { b: nearest.b, match: nearest.match, takenBy: taken ? textOfAny(taken.a) : undefined } };
}

export function swap<A, B>(asg: Assignment<A, B>): Assignment<B, A> {
  const flip = (p: { a: A; b: B; ai: number; bi: number; match: MatchInfo }) => ({ a: p.b, b: p.a, ai: p.bi, bi: p.ai, match: p.match });
  const byA = new Map([...asg.byB.entries()].map(([k, p]) => [k, flip(p)]));
  const byB = new Map([...asg.byA.entries()].map(([k, p]) => [k, flip(p)]));
  return {
    pairs: [...byA.values()],
    byA,
    byB,
    nearestOfA: { get: (k) => flipNearest(asg.nearestOfB.get(k), (n) => ({ b: n.a, bi: n.ai, match: n.match })) },
    nearestOfB: { get: (k) => flipNearest(asg.nearestOfA.get(k), (n) => ({ a: n.b, ai: n.bi, match: n.match })) },
    closestFreeOfA: (k, min) => flipNearest(asg.closestFreeOfB(k, min), (n) => ({ b: n.a, bi: n.ai, match: n.match })),
    closestFreeOfB: (k, min) => flipNearest(asg.closestFreeOfA(k, min), (n) => ({ a: n.b, ai: n.bi, match: n.match })),
  };
}

const flipNearest = <T, U>(n: T | undefined, flip: (n: T) => U): U | undefined => (n === undefined ? undefined : flip(n));

/** A similarity as printed: cut (not rounded) to two decimals, so that 0,699 never reads 0,70. */
export function shownScore(score: number) {
  return quantity(Math.floor(score * 100 + 1e-9) / 100, undefined, 2);
}

/**
 * How a pairing was made, for the "consistency-match" terms: the method (exact, normalised,
 * fuzzy), the other text and the similarity (1 for exact and normalised matches).
 */
export function matchFacts(other: string, m: MatchInfo) {
  return { matchMethod: m.method, matchedText: clip(other, 120), matchScore: shownScore(m.score), similarity: m.score };
}

