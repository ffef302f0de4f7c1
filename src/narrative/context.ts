// What the narrative rules share: each prose unit of a report with the claims its sentences make and
// what each sentence speaks of, built once per model.
import type { Model } from '../model/types.js';
import { results, type Results } from '../engine/results.js';
import { extractClaims, type Claim, type Extraction } from './claims.js';
import { sentenceScopes, type Scope } from './scope.js';
import { proseUnits, type ProseUnit } from './units.js';

export interface Analysed {
  unit: ProseUnit;
  extraction: Extraction;
  scopes: (Scope | undefined)[];
}

export interface Context {
  model: Model;
  res: Results;
  units: Analysed[];
}

const cache = new WeakMap<Model, Context>();

export function narrativeContext(model: Model): Context {
  const hit = cache.get(model);
  if (hit) return hit;
  const res = results(model);
  const labels = res.scale.bands.map((b) => b.label);
  const units = proseUnits(model).map((unit) => {
    const extraction = extractClaims(unit.text, { labels });
    return { unit, extraction, scopes: sentenceScopes(unit, extraction.sentences, res) };
  });
  const ctx = { model, res, units };
  cache.set(model, ctx);
  return ctx;
}

const YEAR = /\b(?:tahun|th\.?|thn\.?|t\.?a\.?)\s*(?:anggaran\s+)?((?:19|20)\d\d)\b|\btahun\s+(?:lalu|sebelumnya|kemarin)\b/gi;

/** The sentence speaks of another year than the report's ("kinerja tahun 2015, yang tergolong sangat baik"). */
function otherYear(text: string, tahun: number | undefined): boolean {
  if (!tahun) return false;
  for (const m of text.matchAll(YEAR)) if (!m[1] || Number(m[1]) !== tahun) return true;
  return false;
}

// Per sentence, not per claim: a sentence holding many numbers was scanned once for each.
const otherYearCache = new WeakMap<object, boolean>();
function sentenceOtherYear(sentence: { text: string }, tahun: number | undefined): boolean {
  let v = otherYearCache.get(sentence);
  if (v === undefined) otherYearCache.set(sentence, (v = otherYear(sentence.text, tahun)));
  return v;
}

export function* claimsOf<K extends Claim['kind']>(ctx: Context, kind: K): Generator<{ a: Analysed; claim: Extract<Claim, { kind: K }>; scope?: Scope }> {
  const tahun = ctx.model.meta?.tahun;
  for (const a of ctx.units)
    for (const claim of a.extraction.claims)
      if (claim.kind === kind && !sentenceOtherYear(claim.sentence, typeof tahun === 'number' ? tahun : undefined))
        yield { a, claim: claim as Extract<Claim, { kind: K }>, scope: a.scopes[claim.sentence.index] };
}

