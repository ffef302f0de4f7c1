// What the narrative rules share: each prose unit of a report with the claims its sentences make and
// what each sentence speaks of, built once per model.
import type { Model } from '../../model/types.js';
import { results, type Results } from '../results.js';
import { headingsCompareOtherBasis, measuredAgainstOtherBasis, otherBasis } from './basis.js';
import { extractClaims, type Claim, type Extraction } from './claims.js';
import { sentenceScopes, type Scope } from './scope.js';
import { weakTokens } from './text.js';
import { proseUnits, type ProseUnit } from './units.js';
import type { LintSettings } from '../../engine/settings.js';

export interface Analysed {
  unit: ProseUnit;
  extraction: Extraction;
  scopes: (Scope | undefined)[];
  /** The unit stands under a heading that compares with another year, the Renstra or national figures. */
  otherBasis: boolean;
}

export interface Context {
  model: Model;
  res: Results;
  units: Analysed[];
  /** Words the report's prose repeats throughout (agency, province): weak evidence that a sentence names an indicator. */
  weak: Set<string>;
  /** The measurement table read compares, by its title, with another basis: capaian claims are not checked against it. */
  tableOtherBasis: boolean;
  /** The prose speaks of belanja tidak langsung: belanja langsung is then a part of the budget, not all of it. */
  langsungIsPart: boolean;
  /** The lint's settings: figures are compared under its tolerance. */
  settings: LintSettings;
}

/** Per model, for the settings it was built under (a lint passes one settings object throughout). */
const cache = new WeakMap<Model, Context>();

export function narrativeContext(model: Model, settings: LintSettings): Context {
  const hit = cache.get(model);
  if (hit?.settings === settings) return hit;
  const res = results(model, settings);
  const labels = res.scale.bands.map((b) => b.label);
  const tahun = typeof model.meta?.tahun === 'number' ? model.meta.tahun : undefined;
  const prose = proseUnits(model);
  const weak = weakTokens(prose.map((u) => u.text));
  const units = prose.map((unit, i) => {
    const extraction = extractClaims(unit.text, { labels, following: prose[i + 1]?.text });
    return { unit, extraction, scopes: sentenceScopes(unit, extraction.sentences, res, weak), otherBasis: headingsCompareOtherBasis(unit.headings, tahun) };
  });
  const ctx = { model, settings, res, units, weak, tableOtherBasis: measuredAgainstOtherBasis(model), langsungIsPart: units.some((u) => /\bbelanja\s+tidak\s+langsung\b|\bBTL\b/i.test(u.unit.text)) };
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

const otherBasisCache = new WeakMap<object, boolean>();
function sentenceOtherBasis(sentence: { text: string }, tahun: number | undefined): boolean {
  let v = otherBasisCache.get(sentence);
  if (v === undefined) otherBasisCache.set(sentence, (v = otherBasis(sentence.text, tahun)));
  return v;
}

export interface Located<K extends Claim['kind']> {
  a: Analysed;
  claim: Extract<Claim, { kind: K }>;
  scope?: Scope;
  /** Measured against another basis than this year's target (its heading or its sentence says so). */
  otherBasis: boolean;
}

export function* claimsOf<K extends Claim['kind']>(ctx: Context, kind: K): Generator<Located<K>> {
  const tahun = typeof ctx.model.meta?.tahun === 'number' ? ctx.model.meta.tahun : undefined;
  for (const a of ctx.units)
    for (const claim of a.extraction.claims)
      if (claim.kind === kind && !sentenceOtherYear(claim.sentence, tahun))
        yield { a, claim: claim as Extract<Claim, { kind: K }>, scope: a.scopes[claim.sentence.index], otherBasis: a.otherBasis || sentenceOtherBasis(claim.sentence, tahun) };
}

