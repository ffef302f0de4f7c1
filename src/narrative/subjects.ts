// Subjects of the narrative rules: each claim the prose makes, attached to what it speaks of, with
// the value the report's own tables give for it. A claim that cannot be attached safely gives no
// subject (unattached numbers are not findings).
import type { ParsedNumber } from '../model/number-id.js';
import type { Loc, Model, Val } from '../model/types.js';
import { quoteRow } from '../engine/evidence.js';
import { formatNumber } from '../engine/format.js';
import { agree, percentDecimals, quantity, toInterval } from '../engine/quantity.js';
import { results, type IndicatorResult, type Results } from '../engine/results.js';
import { bandByLabel, lookup, sameLabel, type Band } from '../engine/scale.js';
import { isMutu, mutuInterval, mutuOf } from '../engine/skm.js';
import { subjectKey } from '../engine/subject-key.js';
import { clip, normalizeText } from '../engine/text.js';
import type { Localized, Quantity, Related, Subject } from '../engine/types.js';
import { extractClaims, type AchievementClaim, type Claim, type CountClaim, type Extraction, type MutuClaim, type NumberClaim, type PredikatClaim } from './claims.js';
import { namedIndicator, sentenceScopes, type Scope } from './scope.js';
import { coverage, nameTokens, plain } from './text.js';
import { proseUnits, SUMMARY_KINDS, type NSubKegiatan, type ProseUnit } from './units.js';

interface Analysed {
  unit: ProseUnit;
  extraction: Extraction;
  scopes: (Scope | undefined)[];
}

interface Context {
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

function* claimsOf<K extends Claim['kind']>(ctx: Context, kind: K): Generator<{ a: Analysed; claim: Extract<Claim, { kind: K }>; scope?: Scope }> {
  const tahun = ctx.model.meta?.tahun;
  for (const a of ctx.units)
    for (const claim of a.extraction.claims)
      if (claim.kind === kind && !sentenceOtherYear(claim.sentence, typeof tahun === 'number' ? tahun : undefined))
        yield { a, claim: claim as Extract<Claim, { kind: K }>, scope: a.scopes[claim.sentence.index] };
}

// ── shared pieces ───────────────────────────────────────────────────────────────────────────────

const evidenceOf = (claim: Claim) => clip(plain(claim.sentence.text), 300);

function pct(v: number, lang: 'id' | 'en'): string {
  return `${formatNumber(v, 2, lang)}%`;
}

/** "CUKUP" → "Cukup", "SANGAT BAIK" → "Sangat Baik"; mixed case is kept as printed. */
function titled(label: string): string {
  const t = label.trim();
  return t === t.toUpperCase() ? t.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase()) : t;
}

function scopeKey(scope: Scope): string {
  if (scope.type === 'indicator') return `indikator:${scope.indicator.row.indikator}`;
  if (scope.type === 'sasaran') return `sasaran:${scope.sasaran.no}:${scope.sasaran.text}`;
  return 'laporan';
}

function scopeLabel(scope: Scope): Localized {
  if (scope.type === 'indicator') return { id: `indikator "${clip(scope.indicator.row.indikator, 90)}"`, en: `indicator "${clip(scope.indicator.row.indikator, 90)}"` };
  if (scope.type === 'sasaran') {
    const text = scope.sasaran.text ? ` (${clip(scope.sasaran.text, 80)})` : '';
    return { id: `Sasaran ${scope.sasaran.no}${text}`, en: `Sasaran ${scope.sasaran.no}${text}` };
  }
  return { id: 'seluruh indikator laporan', en: "all of the report's indicators" };
}

function indicatorsOf(scope: Scope, res: Results): IndicatorResult[] {
  if (scope.type === 'indicator') return [scope.indicator];
  if (scope.type === 'sasaran') return scope.sasaran.indicators;
  return res.indicators;
}

function indicatorRelated(ind: IndicatorResult): Related {
  const r = ind.row;
  const note: Localized | undefined =
    ind.capaian !== undefined
      ? { id: `capaian dihitung ${pct(ind.capaian, 'id')}${ind.band ? ` (${titled(ind.band.label)})` : ''}`, en: `computed capaian ${pct(ind.capaian, 'en')}${ind.band ? ` (${titled(ind.band.label)})` : ''}` }
      : undefined;
  return { location: r.loc, evidence: quoteRow(r.indikator, r.target, r.realisasi, r.capaian), ...(note ? { note } : {}) };
}

function bandRelated(band: Band | undefined, res: Results): Related[] {
  if (!band) return [];
  const location = band.loc ?? res.scale.loc;
  if (!location) return [];
  return [{ location, evidence: quoteRow(band.range, band.label), note: { id: `skala: ${res.scale.name}`, en: `scale: ${res.scale.name}` } }];
}

interface Capaian {
  value?: number;
  band?: Band;
  /** Members whose capaian depends on an ambiguous number the readings do not settle. */
  unsettled?: IndicatorResult[];
}

/** The members of a scope whose capaian stays open between two readings of an ambiguous number. */
function unsettledOf(members: IndicatorResult[]): IndicatorResult[] | undefined {
  const open = members.filter((i) => i.unsettled && i.capaian !== undefined);
  return open.length ? open : undefined;
}

/** Means of the members' capaian under the other readings of their ambiguous numbers. */
function meanVariants(members: IndicatorResult[]): number[] {
  const choices = members.map((i) => (i.unsettled && i.capaian !== undefined ? i.unsettled.values : [i.capaian]));
  if (choices.some((c) => c.some((v) => v === undefined))) return [];
  let combos: number[][] = [[]];
  for (const c of choices) {
    combos = combos.flatMap((combo) => (c as number[]).map((v) => [...combo, v]));
    if (combos.length > 64) return [];
  }
  return combos.map((combo) => combo.reduce((a, b) => a + b, 0) / combo.length);
}

/** Why a figure computed from these members is not certain: the ambiguous numbers it rests on. */
function unsettledReason(open: IndicatorResult[]): Localized {
  const raws = [...new Set(open.flatMap((i) => i.unsettled!.raw))].map((r) => `"${r}"`).join(', ');
  const names = open.map((i) => `"${clip(i.row.indikator, 60)}"`).join(', ');
  return {
    id: `hasil itu bergantung pada angka ${raws} (indikator ${names}) yang dapat dibaca dengan pemisah ribuan atau desimal, dan kedua cara baca sama-sama cocok dengan tabelnya`,
    en: `that result depends on ${raws} (indicator ${names}), which reads with a thousands or a decimal separator, and both readings fit its table`,
  };
}

/** The capaian of an unsettled indicator swings across 100: whether it reached its target is open. */
function achievementOpen(list: IndicatorResult[]): boolean {
  return list.some((i) => i.unsettled && i.unsettled.values.some((v) => v >= 100) && i.unsettled.values.some((v) => v < 100));
}

function capaianOf(scope: Scope, res: Results): Capaian {
  const unsettled = unsettledOf(indicatorsOf(scope, res));
  if (scope.type === 'indicator') return { value: scope.indicator.capaian, band: scope.indicator.band, unsettled };
  if (scope.type === 'sasaran') return { value: scope.sasaran.average, band: scope.sasaran.band, unsettled };
  const values = res.indicators.map((i) => i.capaian);
  if (!values.length || values.some((v) => v === undefined)) return {};
  const mean = (values as number[]).reduce((a, b) => a + b, 0) / values.length;
  return { value: mean, band: lookup(res.scale, mean), unsettled };
}

function keyed(subjects: Subject[]): Subject[] {
  const seen = new Set<string>();
  return subjects.filter((s) => (seen.has(s.key) ? false : (seen.add(s.key), true)));
}

// ── clauses ─────────────────────────────────────────────────────────────────────────────────────

// Where a sentence turns to another subject: "3 IKU tercapai 100% sedangkan 1 IKU yaitu X 95,54%",
// "… seluruhnya mencapai target, … dan 1 Sasaran yaitu X …".
const CLAUSE_BREAK = new RegExp(
  String.raw`;|\b(?:sedangkan|namun|tetapi|sementara|adapun|kecuali)\b|,\s*(?:dan|serta)\b|\b(?:dan|serta)\s+(?=\d|\(?(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\b)`,
  'gi',
);

/** The clause of its sentence a claim stands in. */
function clauseOf(claim: Claim): string {
  const text = claim.sentence.text;
  const at = claim.start - claim.sentence.start;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index! + m[0].length <= at) start = m.index!;
    else if (m.index! >= at) {
      end = m.index!;
      break;
    }
  }
  return text.slice(start, end);
}

/**
 * A claim attached to an indicator its sentence names must stand in the clause that names it: in
 * "3 IKU tercapai 100% sedangkan 1 IKU yaitu X terealisasi 95,54%" the 100% is not X's.
 */
function linkedToName(claim: Claim, scope: Scope | undefined, res: Results): boolean {
  if (!scope || scope.type !== 'indicator' || scope.via !== 'name') return true;
  return namedIndicator(clauseOf(claim), res.indicators) === scope.indicator;
}

// ── predikat ────────────────────────────────────────────────────────────────────────────────────

function predikatSubject(ctx: Context, a: Analysed, claim: PredikatClaim, scope: Scope | undefined): Subject | undefined {
  const { res } = ctx;
  if (!scope || a.unit.kind !== 'paragraph' || !linkedToName(claim, scope, res)) return undefined;
  // "penyerapan anggaran … termasuk baik" rates the budget, not a capaian.
  if (claim.sentence.budget && scope.type !== 'indicator') return undefined;
  // A word of another vocabulary than the report's scale cannot be checked against it.
  if (!bandByLabel(res.scale, claim.word)) return undefined;
  const c = capaianOf(scope, res);
  if (c.value === undefined || !c.band) return undefined;
  // A capaian that rests on an unsettled ambiguous number has no certain band.
  if (c.unsettled) return undefined;
  // "… sebesar 75.6% dengan kategori Sedang": the word rates that percentage. When it is not the
  // capaian of what the sentence was attached to, the attachment is wrong (or the number is, which
  // narrative/number-mismatch reports): no verdict on the word.
  const adjacent = adjacentPercent(a.extraction.claims, claim);
  if (adjacent && !agreesWithAny(adjacent.value, [quantity(c.value, 'percent', 2), ...indicatorsOf(scope, res).flatMap((i) => (isNum(i.row.capaian) ? [i.row.capaian] : []))])) return undefined;
  return {
    type: 'narrative-predikat',
    key: subjectKey('narrative', 'predikat', a.unit.id, scopeKey(scope), claim.word),
    loc: a.unit.loc,
    evidence: evidenceOf(claim),
    related: [...indicatorsOf(scope, res).map(indicatorRelated), ...bandRelated(c.band, res)],
    facts: {
      stated: claim.word,
      computed: titled(c.band.label),
      capaian: quantity(c.value, 'percent', 2),
      range: c.band.range,
      scope: scopeLabel(scope),
      basis: scope.type === 'report' ? { id: 'rata-rata capaian seluruh indikator', en: 'mean capaian of all indicators' } : scope.type === 'sasaran' ? { id: 'rata-rata capaian indikatornya', en: 'mean capaian of its indicators' } : { id: 'capaiannya', en: 'its capaian' },
      scale: res.scale.name,
      scaleDeclared: res.scale.declared,
      cue: claim.cue,
    },
  };
}

/** The percentage a rating word directly follows ("90,68% dengan kategori Baik", "71,4% atau predikat Cukup"). */
function adjacentPercent(claims: Claim[], claim: PredikatClaim): NumberClaim | undefined {
  const before = claims.filter((c): c is NumberClaim => c.kind === 'number' && c.unit === 'percent' && c.sentence === claim.sentence && c.end <= claim.start);
  const last = before[before.length - 1];
  if (!last) return undefined;
  const between = claim.sentence.text.slice(last.end - claim.sentence.start, claim.start - claim.sentence.start);
  return between.length <= 60 && !/[;]/.test(between) ? last : undefined;
}

// ── achievement ─────────────────────────────────────────────────────────────────────────────────

function achievementSubject(ctx: Context, a: Analysed, claim: AchievementClaim, scope: Scope | undefined): Subject | undefined {
  const { res } = ctx;
  if (!scope || scope.type === 'report' || a.unit.kind !== 'paragraph' || !linkedToName(claim, scope, res)) return undefined;
  if (claim.sentence.budget && scope.type !== 'indicator') return undefined;
  let achieved: boolean | undefined;
  let above: boolean | undefined;
  let value: number | undefined;
  if (scope.type === 'indicator') {
    achieved = scope.indicator.achieved;
    above = scope.indicator.aboveTarget;
    value = scope.indicator.capaian;
  } else if (scope.sasaran.average !== undefined) {
    value = scope.sasaran.average;
    achieved = value >= 100 - 1e-9;
    above = value > 100 + 1e-9;
  } else {
    const flags = scope.sasaran.indicators.map((i) => i.achieved);
    if (flags.length && flags.every((f) => f !== undefined)) achieved = flags.every(Boolean);
  }
  const needs = claim.claim === 'above' ? above : achieved;
  if (needs === undefined) return undefined;
  // Whether the target was reached swings with the reading of an ambiguous number: no verdict.
  const members = indicatorsOf(scope, res);
  if (unsettledOf(members)) {
    const variants = scope.type === 'indicator' ? scope.indicator.unsettled!.values : meanVariants(members);
    if (!variants.length || (variants.some((v) => v >= 100 - 1e-9) && variants.some((v) => v < 100 - 1e-9))) return undefined;
  }
  const shown = (lang: 'id' | 'en') => (value !== undefined ? ` (${lang === 'id' ? 'capaian' : 'capaian'} ${pct(value, lang)})` : '');
  const computedText: Localized = above
    ? { id: `melampaui target${shown('id')}`, en: `above target${shown('en')}` }
    : achieved
      ? { id: `tercapai${shown('id')}`, en: `achieved${shown('en')}` }
      : { id: `belum tercapai${shown('id')}`, en: `not achieved${shown('en')}` };
  return {
    type: 'narrative-achievement',
    key: subjectKey('narrative', 'achievement', a.unit.id, scopeKey(scope), claim.claim),
    loc: a.unit.loc,
    evidence: evidenceOf(claim),
    related: indicatorsOf(scope, res).map(indicatorRelated),
    facts: {
      claim: claim.claim,
      explicit: claim.explicit,
      stated: claim.phrase,
      achieved,
      above,
      ...(value !== undefined ? { capaian: quantity(value, 'percent', 2) } : {}),
      computedText,
      scope: scopeLabel(scope),
    },
  };
}

// ── counts ──────────────────────────────────────────────────────────────────────────────────────

function qualifierLabel(claim: CountClaim): Localized {
  const q = claim.qualifier;
  if (q.type === 'above') return { id: 'di atas target', en: 'above target' };
  if (q.type === 'achieved') return { id: 'tercapai', en: 'achieved' };
  if (q.type === 'not-achieved') return { id: 'tidak tercapai', en: 'not achieved' };
  return { id: `dalam kategori ${titled(q.label)}`, en: `rated ${titled(q.label)}` };
}

/** The scale's own spelling of a rating word ("baik" → "Baik"). */
function canonical(ctx: Context, claim: CountClaim): CountClaim {
  const q = claim.qualifier;
  if (q.type !== 'kategori') return claim;
  const band = bandByLabel(ctx.res.scale, q.label);
  return band ? { ...claim, qualifier: { type: 'kategori', label: titled(band.label) } } : claim;
}

function countSubject(ctx: Context, a: Analysed, claim: CountClaim, scope: Scope | undefined): Subject | undefined {
  const { res } = ctx;
  if (a.unit.kind !== 'paragraph') return undefined;
  let counted: Scope | undefined;
  // A total of all the report's indicators in a sentence that only inherited its sasaran from the
  // one before ("… Sasaran 3 … . Dari 9 sasaran … melalui 16 indikator …") is about the whole report.
  const wholeTotal = claim.total !== undefined && claim.noun === 'indikator' && claim.total === res.indicators.length;
  if (scope?.type === 'sasaran' && !(scope.via === 'previous' && wholeTotal && claim.total !== scope.sasaran.indicators.length)) counted = scope;
  else if ((a.unit.sectionKind && SUMMARY_KINDS.has(a.unit.sectionKind)) || claim.sentence.overall || claim.count === 'all' || claim.total !== undefined)
    counted = { type: 'report', via: 'overall' };
  if (!counted || (counted.type === 'sasaran' && claim.noun === 'sasaran')) return undefined;
  const q = claim.qualifier;
  if (q.type === 'kategori' && !bandByLabel(res.scale, q.label)) return undefined;
  type Item = { achieved?: boolean; above?: boolean; band?: Band };
  const items: Item[] =
    claim.noun === 'sasaran'
      ? res.sasaran.map((s) => ({
          achieved: s.average !== undefined ? s.average >= 100 - 1e-9 : undefined,
          above: s.average !== undefined ? s.average > 100 + 1e-9 : undefined,
          band: s.band,
        }))
      : indicatorsOf(counted, res).map((i) => ({ achieved: i.achieved, above: i.aboveTarget, band: i.band }));
  if (!items.length) return undefined;
  // An indicator whose achievement swings with the reading of an ambiguous number: no count is certain.
  if (claim.noun !== 'sasaran' && achievementOpen(indicatorsOf(counted, res))) return undefined;
  // "dari 9 indikator …" while the table measures another number: the text counts another set.
  if (claim.total !== undefined && claim.total !== items.length) return undefined;
  const flags = items.map((it) =>
    q.type === 'above' ? it.above : q.type === 'achieved' ? it.achieved : q.type === 'not-achieved' ? (it.achieved === undefined ? undefined : !it.achieved) : it.band ? sameLabel(it.band.label, q.label) : undefined,
  );
  if (flags.some((f) => f === undefined)) return undefined;
  const computedCount = flags.filter(Boolean).length;
  const claimedCount = claim.count === 'all' ? items.length : claim.count;
  const noun = claim.noun === 'sasaran' ? { id: 'sasaran', en: 'sasaran' } : { id: 'indikator', en: 'indicators' };
  return {
    type: 'narrative-count',
    key: subjectKey('narrative', 'count', a.unit.id, scopeKey(counted), claim.noun, String(claim.count), q.type, q.type === 'kategori' ? q.label : ''),
    loc: a.unit.loc,
    evidence: evidenceOf(claim),
    related: claim.noun === 'sasaran' ? [] : indicatorsOf(counted, res).map(indicatorRelated),
    facts: {
      qualifier: qualifierLabel(canonical(ctx, claim)),
      noun,
      all: claim.count === 'all',
      claimedCount,
      computedCount,
      total: items.length,
      claimedText: claim.count === 'all' ? `${claim.raw.split(' ')[0].toLowerCase()} (${items.length})` : claim.raw,
      computedText: String(computedCount),
      scope: scopeLabel(counted),
    },
  };
}

// ── SKM mutu ────────────────────────────────────────────────────────────────────────────────────

const SKM_INDICATOR = /\b(?:skm|ikm)\b|kepuasan\s+masyarakat|survei\s+kepuasan|survey\s+kepuasan/i;

function mutuSubject(ctx: Context, a: Analysed, claim: MutuClaim, scope: Scope | undefined): Subject | undefined {
  const { res } = ctx;
  if (a.unit.kind !== 'paragraph') return undefined;
  // "… dengan target adalah B": the letter is the target, not the result.
  const before = a.unit.text.slice(Math.max(claim.sentence.start, claim.start - 40), claim.start);
  if (/\btarget/i.test(before)) return undefined;
  const skm = (list: IndicatorResult[]) => list.filter((i) => SKM_INDICATOR.test(i.row.indikator));
  let ind: IndicatorResult | undefined;
  if (scope?.type === 'indicator' && SKM_INDICATOR.test(scope.indicator.row.indikator)) ind = scope.indicator;
  else if (scope?.type === 'sasaran' && skm(scope.sasaran.indicators).length === 1) ind = skm(scope.sasaran.indicators)[0];
  else if (skm(res.indicators).length === 1) ind = skm(res.indicators)[0];
  if (!ind) return undefined;
  const r = ind.row.realisasi;
  const mutu = r?.kind === 'letter' && isMutu(r.letter) ? r.letter : r?.kind === 'number' && r.value !== null ? mutuOf(r.value) : undefined;
  if (!mutu) return undefined;
  const range = mutuInterval(mutu);
  return {
    type: 'narrative-mutu',
    key: subjectKey('narrative', 'mutu', a.unit.id, ind.row.indikator, claim.letter),
    loc: a.unit.loc,
    evidence: evidenceOf(claim),
    related: [{ ...indicatorRelated(ind), note: { id: `realisasi ${r?.raw ?? ''} → mutu ${mutu}`, en: `realisation ${r?.raw ?? ''} → grade ${mutu}` } }],
    facts: {
      stated: claim.letter,
      computed: mutu,
      realisasi: r,
      ikm: `${formatNumber(range.min, 2, 'id')}–${formatNumber(range.max, 2, 'id')}`,
      indikator: ind.row.indikator,
    },
  };
}

// ── numbers ─────────────────────────────────────────────────────────────────────────────────────

type Figure = Val | Quantity;

interface NumberTarget {
  role: string;
  label: Localized;
  computed: Figure;
  /** Other readings of the sentence that would make it right (capaian said for realisasi …). */
  alternatives: Figure[];
  related: Related[];
  key: string;
  /** Attached by keywords only: a figure of another table cell may be what it speaks of. */
  guessed?: boolean;
  /** Why `computed` itself is not certain (it rests on an ambiguous number). */
  uncertain?: Localized;
}

const isNum = (v: Val | undefined): v is Val & { value: number } => !!v && v.kind === 'number' && v.value !== null;

function ratio(num: Val | undefined, den: Val | undefined, decimals: number): Quantity | undefined {
  if (!isNum(num) || !isNum(den) || den.value === 0) return undefined;
  return quantity((num.value / den.value) * 100, 'percent', decimals);
}

function cellRelated(loc: Loc | undefined, ...cells: (string | ParsedNumber | undefined)[]): Related[] {
  return loc ? [{ location: loc, evidence: quoteRow(...cells) }] : [];
}

function belanjaName(s: string): string {
  return s.toLowerCase().replace(/^belanja\s+/, '').replace(/\bdan\b/g, '').replace(/[^a-z]/g, '');
}

function findBelanja(model: Model, name: string) {
  const want = belanjaName(name);
  const all = (model.belanja?.groups ?? []).flatMap((g) => [g, ...(g.parts ?? [])]);
  return all.find((g) => {
    const have = belanjaName(g.name);
    return have === want || (Math.min(have.length, want.length) >= 4 && (have.startsWith(want) || want.startsWith(have)));
  });
}

/** Every budget figure the tables print or imply, to recognise a sentence speaking of another one. */
function budgetFigures(model: Model): Figure[] {
  const out: Figure[] = [];
  const add = (...vs: (Val | undefined)[]) => vs.forEach((v) => isNum(v) && out.push(v));
  const addRatio = (n?: Val, d?: Val) => {
    const q = ratio(n, d, 2);
    if (q) out.push(q);
  };
  for (const r of model.anggaran?.rows ?? []) {
    add(r.anggaran, r.realisasi, r.persen);
    addRatio(r.realisasi, r.anggaran);
  }
  const t = model.anggaran?.total;
  if (t) add(t.anggaran, t.realisasi, t.persen);
  const b = model.belanja;
  if (b) {
    add(b.total);
    for (const g of b.groups ?? []) {
      add(g.amount);
      for (const p of g.parts ?? []) add(p.amount);
    }
    for (const p of b.proportions ?? []) add(p.percent);
  }
  for (const pk of model.pk ?? []) {
    add(pk.total);
    for (const p of pk.programs ?? []) add(p.anggaran);
  }
  for (const al of model.alokasi ?? []) {
    add(al.total, al.percent);
    for (const i of al.items ?? []) add(i.anggaran);
  }
  for (const s of model.rkt?.sasaran ?? []) for (const p of s.programs ?? []) for (const k of p.kegiatan ?? []) add(k.anggaran);
  for (const table of model.subKegiatan ?? [])
    for (const r of table.rows)
      if (r.kind === 'input') {
        add(r.target, r.realisasi, r.persen);
        addRatio(r.realisasi, r.target);
      }
  return out;
}

const NAMED_ACTIVITY = /\b(?:sub\s+kegiatan|(?:program|kegiatan)\s+(?!(?:dan|serta|yang|dengan|untuk|dalam|pada|di|ini|itu|tersebut|kegiatan|program|guna|sebagai)\b)\p{L})/iu;
const BEFORE_PERUBAHAN = /\b(?:murni|awal|induk|sebelum\s+perubahan|semula)\b/i;

type BudgetRowOf = NonNullable<NonNullable<Model['anggaran']>['rows']>[number];

const DEICTIC_ACTIVITY = /\b(?:sub\s+kegiatan|kegiatan|program)\s+(?:ini|tersebut|dimaksud)\b/i;
const ITEM_START = /^\s*(?:\(?\d{1,2}[.)]|\(\d{1,2}\))\s/;

/**
 * The program/kegiatan row of the budget table a sentence speaks of, by the name its paragraph
 * gives ("12. Kegiatan Rencana Aksi … Jumlah anggaran … kegiatan ini sebesar …"), also when the
 * paragraph continues a list item the reader cut off ("3. Kegiatan … di" ⏎ "Jawa Barat. Jumlah …").
 * Only a row whose name the text clearly holds, and no other nearly as well.
 */
function activityRow(ctx: Context, a: Analysed, claim: NumberClaim): BudgetRowOf | undefined {
  const rows = (ctx.model.anggaran?.rows ?? []).filter((r) => nameTokens(r.name).length >= 2);
  if (!rows.length) return undefined;
  const own = a.unit.text.slice(0, claim.start);
  const i = ctx.units.indexOf(a);
  const prev = i > 0 ? ctx.units[i - 1] : undefined;
  const continues = !ITEM_START.test(a.unit.text) && !!prev && prev.unit.kind === 'paragraph' && prev.unit.section === a.unit.section && ITEM_START.test(prev.unit.text);
  // The list item's number, when the text numbers its kegiatan as the table does ("22. Kegiatan …").
  const itemNo = /^\s*\(?(\d{1,2})[.)]/.exec(continues ? prev!.unit.text : a.unit.text)?.[1];
  for (const text of [claim.sentence.text.slice(0, claim.start - claim.sentence.start), own, ...(continues ? [`${prev!.unit.text} ${own}`] : [])]) {
    const tokens = normalizeText(text).split(' ');
    const scored = rows.map((r) => ({ r, share: coverage(r.name, tokens).share })).sort((x, y) => y.share - x.share);
    const [best, second] = scored;
    if (best.share >= 0.8 && (!second || best.share - second.share >= 0.2)) return best.r;
    const numbered = scored.filter((x) => x.share >= 0.6 && itemNo !== undefined && x.r.no?.replace(/\D/g, '') === itemNo);
    if (numbered.length === 1 && numbered[0].share >= scored[0].share - 0.1) return numbered[0].r;
  }
  return undefined;
}

/** A claim on one program's or kegiatan's budget, against that row of the budget table. */
function activityTarget(claim: NumberClaim, row: BudgetRowOf): NumberTarget | undefined {
  const related = cellRelated(row.loc, row.no, row.name, row.anggaran, row.realisasi, row.persen);
  const name = clip(row.name, 90);
  if (claim.unit === 'rupiah' && (claim.role === 'anggaran' || claim.role === 'realisasi')) {
    const cell = claim.role === 'anggaran' ? row.anggaran : row.realisasi;
    if (!isNum(cell)) return undefined;
    const what = claim.role === 'anggaran' ? { id: 'anggaran', en: 'budget' } : { id: 'realisasi anggaran', en: 'realised budget' };
    return { role: `${row.level}-${claim.role}`, label: { id: `${what.id} "${name}"`, en: `${what.en} of "${name}"` }, computed: cell, alternatives: [], related, key: `${row.level}:${row.name}:${claim.role}`, guessed: true };
  }
  if (claim.unit === 'percent' && (claim.of?.role ?? claim.role) === 'realisasi') {
    const q = ratio(row.realisasi, row.anggaran, percentDecimals(claim.value));
    if (!q) return undefined;
    return {
      role: `${row.level}-realisasi-persen`,
      label: { id: `persentase realisasi anggaran "${name}"`, en: `budget realisation rate of "${name}"` },
      computed: q,
      alternatives: isNum(row.persen) ? [row.persen] : [],
      related,
      key: `${row.level}:${row.name}:realisasi-persen`,
      guessed: true,
    };
  }
  return undefined;
}

function budgetTarget(ctx: Context, a: Analysed, claim: NumberClaim, scope: Scope | undefined): NumberTarget | undefined {
  const { model } = ctx;
  const total = model.anggaran?.total;
  const pagu = total?.anggaran ?? model.belanja?.total;
  const paguLoc = total?.anggaran ? total.loc : model.belanja?.loc;
  const realisasi = total?.realisasi;
  const window = claim.about;
  const before = claim.sentence.text.slice(0, claim.start - claim.sentence.start);
  if (BEFORE_PERUBAHAN.test(before)) return undefined;
  // "… untuk pelaksanaan kegiatan ini sebesar …" in the paragraph on one kegiatan: that row's budget,
  // when the paragraph names it clearly.
  const continuation = claim.sentence.index === 0 && !ITEM_START.test(a.unit.text);
  const previousText = continuation ? ctx.units[ctx.units.indexOf(a) - 1]?.unit.text ?? '' : '';
  if (DEICTIC_ACTIVITY.test(before) || (continuation && DEICTIC_ACTIVITY.test(previousText.slice(-160)))) {
    const row = activityRow(ctx, a, claim);
    return row ? activityTarget(claim, row) : undefined;
  }
  // "Kegiatan Rapat Koordinasi … dengan alokasi anggaran sebesar …": one program's or kegiatan's
  // budget, or its share for one sasaran ("Didukung oleh: Program X dengan Anggaran …") — not judged;
  // "… untuk sasaran I …", "… indikator X dengan realisasi anggaran …": one sasaran's or indicator's.
  if (NAMED_ACTIVITY.test(before)) return undefined;
  // A pre-2021 report whose paragraph also speaks of belanja tidak langsung: its "total anggaran"
  // may be belanja langsung and tidak langsung together, while the program table holds the first.
  if (/\bbelanja\s+tidak\s+langsung\b/i.test(a.unit.text) && !/^belanja\s+langsung$/i.test(claim.belanja ?? '') && (claim.of?.role ?? claim.role) !== 'belanja') return undefined;
  if (scope && (scope.via === 'name' || scope.via === 'mention')) return undefined;
  // "pagu anggaran … sebesar X, sedangkan pagu anggaran perubahan … sebesar Y": X is the original budget.
  if (/\bperubahan\b/i.test(claim.sentence.text) && !/\bperubahan\b/i.test(window) && claim.role === 'anggaran') return undefined;
  const decimals = percentDecimals(claim.value);
  const role = claim.role;
  const belanjaWord = claim.belanja?.toLowerCase() ?? '';
  // Pre-2021 budgets split into belanja langsung / tidak langsung: the total is neither.
  const splitLangsung = /langsung/.test(belanjaWord) && (/tidak\s+langsung/.test(belanjaWord) || !!findBelanja(model, claim.belanja!));
  const totalRelated = cellRelated(total?.loc ?? paguLoc, total?.label ?? 'JUMLAH', total?.anggaran ?? pagu, total?.realisasi, total?.persen);

  if (claim.unit === 'rupiah') {
    if (role === 'anggaran' && isNum(pagu)) return { role: 'budget-total', label: { id: 'total anggaran (pagu)', en: 'total budget' }, computed: pagu, alternatives: [], related: totalRelated, key: 'pagu', guessed: true };
    if (role === 'realisasi' && isNum(realisasi) && !splitLangsung) return { role: 'budget-realisasi', label: { id: 'total realisasi anggaran', en: 'total budget realisation' }, computed: realisasi, alternatives: [], related: totalRelated, key: 'realisasi', guessed: true };
    if (role === 'efisiensi' && isNum(pagu) && isNum(realisasi))
      return { role: 'budget-efisiensi', label: { id: 'sisa/efisiensi anggaran (pagu − realisasi)', en: 'unspent budget (budget − realisation)' }, computed: quantity(pagu.value - realisasi.value, 'rupiah', 0), alternatives: [], related: totalRelated, key: 'efisiensi', guessed: true };
    if (role === 'belanja' && claim.belanja && !claim.cues.includes('realisasi')) {
      const g = findBelanja(model, claim.belanja);
      if (g && isNum(g.amount)) return { role: 'belanja', label: { id: g.name, en: g.name }, computed: g.amount, alternatives: [], related: cellRelated(g.loc, g.name, g.amount), key: `belanja:${g.name}`, guessed: true };
    }
    return undefined;
  }
  // Percentages.
  const base = claim.of?.role ?? role;
  if (base === 'realisasi' && !splitLangsung) {
    const q = ratio(realisasi, pagu, decimals);
    if (q) return { role: 'budget-realisasi-persen', label: { id: 'persentase realisasi anggaran (realisasi / pagu)', en: 'budget realisation rate (realisation / budget)' }, computed: q, alternatives: [], related: totalRelated, key: 'realisasi-persen', guessed: true };
  }
  if (base === 'efisiensi' && isNum(pagu) && isNum(realisasi) && pagu.value !== 0) {
    return { role: 'budget-efisiensi-persen', label: { id: 'persentase efisiensi anggaran', en: 'unspent budget rate' }, computed: quantity(((pagu.value - realisasi.value) / pagu.value) * 100, 'percent', decimals), alternatives: [], related: totalRelated, key: 'efisiensi-persen', guessed: true };
  }
  if (base === 'belanja' && claim.belanja && !/realisasi/i.test(window)) {
    const g = findBelanja(model, claim.belanja);
    const whole = model.belanja?.total ?? pagu;
    const q = g ? ratio(g.amount, whole, decimals) : undefined;
    if (g && q) return { role: 'belanja-proporsi', label: { id: `proporsi ${g.name}`, en: `share of ${g.name}` }, computed: q, alternatives: [], related: cellRelated(g.loc, g.name, g.amount), key: `proporsi:${g.name}`, guessed: true };
  }
  return undefined;
}

function subKegiatanTarget(claim: NumberClaim, table: NSubKegiatan): NumberTarget | undefined {
  const name = table.subKegiatan ?? table.kegiatan ?? '';
  const decimals = percentDecimals(claim.value);
  const input = table.rows.find((r) => r.kind === 'input');
  const aboutBudget = claim.cues.includes('anggaran') || claim.unit === 'rupiah';
  if (aboutBudget && input && (claim.role === 'realisasi' || claim.role === 'capaian' || claim.role === 'anggaran')) {
    const related = cellRelated(input.loc, input.uraian, input.target, input.realisasi, input.persen);
    if (claim.unit === 'rupiah') {
      const cell = claim.role === 'anggaran' ? input.target : input.realisasi;
      if (!isNum(cell)) return undefined;
      return { role: 'subkegiatan-input', label: { id: `${claim.role === 'anggaran' ? 'anggaran' : 'realisasi anggaran'} sub kegiatan "${clip(name, 90)}"`, en: `${claim.role === 'anggaran' ? 'budget' : 'realised budget'} of sub kegiatan "${clip(name, 90)}"` }, computed: cell, alternatives: [], related, key: `input:${claim.role}` };
    }
    if (claim.role === 'anggaran') return undefined;
    const q = ratio(input.realisasi, input.target, decimals);
    if (!q) return undefined;
    related[0].note = { id: `realisasi / anggaran = ${pct(q.value, 'id')}`, en: `realised / budget = ${pct(q.value, 'en')}` };
    return { role: 'subkegiatan-input', label: { id: `realisasi anggaran sub kegiatan "${clip(name, 90)}" (realisasi / anggaran)`, en: `budget realisation of sub kegiatan "${clip(name, 90)}" (realised / budget)` }, computed: q, alternatives: [], related, key: 'input' };
  }
  if (claim.unit !== 'percent' || (claim.role !== 'realisasi' && claim.role !== 'capaian')) return undefined;
  const outputs = table.rows
    .filter((r) => r.kind === 'output')
    .map((r) => ({ r, q: ratio(r.realisasi, r.target, decimals) }))
    .filter((o): o is { r: (typeof table.rows)[number]; q: Quantity } => !!o.q);
  if (!outputs.length) return undefined;
  if (claim.cues.includes('spread') && outputs.length >= 2) {
    const mean = outputs.reduce((s, o) => s + o.q.value, 0) / outputs.length;
    // "Dari seluruh kegiatan … terealisasi 87,5%" may also mean all realised units over all targeted ones.
    const targets = outputs.map((o) => o.r.target);
    const done = outputs.map((o) => o.r.realisasi);
    const pooled = targets.every(isNum) && done.every(isNum) && targets.every((t) => t.unit !== 'percent') ? quantity((done.reduce((a, v) => a + v.value!, 0) / targets.reduce((a, v) => a + v.value!, 0)) * 100, 'percent', decimals) : undefined;
    return {
      role: 'subkegiatan-output-rata',
      label: { id: `rata-rata capaian keluaran sub kegiatan "${clip(name, 90)}"`, en: `mean output achievement of sub kegiatan "${clip(name, 90)}"` },
      computed: quantity(mean, 'percent', decimals),
      alternatives: pooled && Number.isFinite(pooled.value) ? [pooled] : [],
      related: outputs.flatMap((o) => cellRelated(o.r.loc, o.r.uraian, o.r.target, o.r.realisasi, o.r.persen)),
      key: 'output-rata',
    };
  }
  const tokens = normalizeText(claim.about).split(' ');
  const scored = outputs.map((o) => ({ o, share: coverage(o.r.uraian, tokens).share })).sort((x, y) => y.share - x.share);
  const best = scored[0];
  if (!best || best.share < 0.5 || (scored[1] && scored[1].share === best.share)) return undefined;
  const o = best.o;
  return {
    role: 'subkegiatan-output',
    label: { id: `keluaran "${clip(o.r.uraian, 80)}" sub kegiatan "${clip(name, 70)}"`, en: `output "${clip(o.r.uraian, 80)}" of sub kegiatan "${clip(name, 70)}"` },
    computed: o.q,
    alternatives: [...outputs.filter((x) => x !== o).map((x) => x.q), ...(isNum(o.r.persen) ? [o.r.persen] : [])],
    related: cellRelated(o.r.loc, o.r.uraian, o.r.target, o.r.realisasi, o.r.persen),
    key: `output:${o.r.uraian}`,
  };
}

function performanceTarget(ctx: Context, claim: NumberClaim, scope: Scope | undefined): NumberTarget | undefined {
  const { res } = ctx;
  if (claim.unit !== 'percent' || !scope || !linkedToName(claim, scope, res)) return undefined;
  const decimals = percentDecimals(claim.value);
  const role = claim.role;
  if (role === 'average' || (role === 'capaian' && scope.type === 'sasaran')) {
    const c = capaianOf(scope, res);
    if (scope.type === 'indicator' || c.value === undefined) return undefined;
    const members = indicatorsOf(scope, res);
    return {
      role: scope.type === 'sasaran' ? 'sasaran-rata-rata' : 'laporan-rata-rata',
      label: scope.type === 'sasaran' ? { id: `rata-rata capaian ${scopeLabel(scope).id}`, en: `mean capaian of ${scopeLabel(scope).en}` } : { id: 'rata-rata capaian seluruh indikator', en: 'mean capaian of all indicators' },
      computed: quantity(c.value, 'percent', decimals),
      // A one-indicator sasaran: its capaian as printed, or its realisasi called "capaian"; and
      // the means under the other readings of an unsettled ambiguous number.
      alternatives: [
        ...(members.length === 1 ? [members[0].row.capaian, members[0].row.realisasi].filter(isNum) : []),
        ...(c.unsettled ? meanVariants(members).map((v) => quantity(v, 'percent', decimals)) : []),
      ],
      related: members.map(indicatorRelated),
      key: 'rata-rata',
      ...(c.unsettled ? { uncertain: unsettledReason(c.unsettled) } : {}),
    };
  }
  if (scope.type !== 'indicator') return undefined;
  const ind = scope.indicator;
  const row = ind.row;
  const capaian = ind.computed.value !== undefined ? quantity(ind.computed.value, 'percent', decimals) : isNum(row.capaian) ? row.capaian : undefined;
  const pick: Record<string, Figure | undefined> = { capaian, realisasi: isNum(row.realisasi) ? row.realisasi : undefined, target: isNum(row.target) ? row.target : undefined };
  if (role !== 'capaian' && role !== 'realisasi' && role !== 'target') return undefined;
  const computed = pick[role];
  // Only percentages compare with a percentage indicator's values; "nilai 84,29" has no %.
  if (!computed || (role !== 'capaian' && (computed as Val).unit !== 'percent')) return undefined;
  const alternatives = Object.entries(pick)
    .filter(([k, v]) => k !== role && v !== undefined)
    .map(([, v]) => v!)
    .concat(isNum(row.capaian) && role === 'capaian' ? [row.capaian] : [])
    .concat(role === 'capaian' && ind.unsettled ? ind.unsettled.values.map((v) => quantity(v, 'percent', decimals)) : []);
  const what: Record<string, Localized> = { capaian: { id: 'capaian', en: 'capaian' }, realisasi: { id: 'realisasi', en: 'realisation' }, target: { id: 'target', en: 'target' } };
  return {
    role: `indikator-${role}`,
    label: { id: `${what[role].id} indikator "${clip(row.indikator, 90)}"`, en: `${what[role].en} of indicator "${clip(row.indikator, 90)}"` },
    computed,
    alternatives,
    related: [indicatorRelated(ind)],
    key: `indikator:${role}`,
    ...(role === 'capaian' && ind.unsettled ? { uncertain: unsettledReason([ind]) } : {}),
  };
}

function readings(v: ParsedNumber): number[] {
  return v.ambiguous ? [v.value!, v.ambiguous.alternative] : [v.value!];
}

function agreesWithAny(stated: ParsedNumber, figures: Figure[]): boolean {
  return figures.some((f) => readings(stated).some((value) => agree({ ...stated, value }, f) === true));
}

function numberSubject(ctx: Context, a: Analysed, claim: NumberClaim, scope: Scope | undefined, figures: () => Figure[]): Subject | undefined {
  if (!claim.role || claim.value.value === null) return undefined;
  let target: NumberTarget | undefined;
  if (a.unit.kind === 'penjelasan' && a.unit.subKegiatan) target = subKegiatanTarget(claim, a.unit.subKegiatan);
  else {
    const budgetRole = claim.unit === 'rupiah' || claim.of !== undefined || claim.role === 'efisiensi' || claim.role === 'belanja' || ((claim.role === 'realisasi' || claim.role === 'capaian') && (claim.cues.includes('anggaran') || (claim.sentence.budget && scope?.type !== 'indicator')));
    target = budgetRole ? budgetTarget(ctx, a, claim, scope) : performanceTarget(ctx, claim, scope);
  }
  if (!target || toInterval(target.computed) === undefined) return undefined;
  const stated: Val = { ...claim.value, loc: a.unit.loc };
  const ambiguousAgrees = !!claim.value.ambiguous && agreesWithAny(claim.value, [target.computed]);
  const alternativeAgrees = ambiguousAgrees || agreesWithAny(claim.value, target.alternatives) || (!!target.guessed && agree(stated, target.computed) === false && agreesWithAny(claim.value, figures().filter((f) => (f.unit === 'percent') === (claim.unit === 'percent'))));
  return {
    type: 'narrative-number',
    key: subjectKey('narrative', 'number', a.unit.id, target.key, claim.value.raw),
    loc: a.unit.loc,
    evidence: evidenceOf(claim),
    related: target.related,
    facts: {
      role: target.role,
      label: target.label,
      stated,
      computed: target.computed,
      basis: 'kind' in target.computed ? { id: 'tabel menulis', en: 'the table prints' } : { id: 'hasil hitung dari tabel', en: 'the table computes to' },
      alternativeAgrees,
      guessed: !!target.guessed,
      ...(target.uncertain ? { uncertain: target.uncertain } : {}),
    },
  };
}

// ── providers ───────────────────────────────────────────────────────────────────────────────────

export function numberSubjects(model: Model): Subject[] {
  const ctx = narrativeContext(model);
  let figures: Figure[] | undefined;
  const lazy = () => (figures ??= budgetFigures(model));
  const out: Subject[] = [];
  for (const { a, claim, scope } of claimsOf(ctx, 'number')) {
    const s = numberSubject(ctx, a, claim, scope, lazy);
    if (s) out.push(s);
  }
  return keyed(out);
}

export function predikatSubjects(model: Model): Subject[] {
  const ctx = narrativeContext(model);
  return keyed([...claimsOf(ctx, 'predikat')].map(({ a, claim, scope }) => predikatSubject(ctx, a, claim, scope)).filter((s): s is Subject => !!s));
}

export function achievementSubjects(model: Model): Subject[] {
  const ctx = narrativeContext(model);
  return keyed([...claimsOf(ctx, 'achievement')].map(({ a, claim, scope }) => achievementSubject(ctx, a, claim, scope)).filter((s): s is Subject => !!s));
}

export function countSubjects(model: Model): Subject[] {
  const ctx = narrativeContext(model);
  return keyed([...claimsOf(ctx, 'count')].map(({ a, claim, scope }) => countSubject(ctx, a, claim, scope)).filter((s): s is Subject => !!s));
}

export function mutuSubjects(model: Model): Subject[] {
  const ctx = narrativeContext(model);
  return keyed([...claimsOf(ctx, 'mutu')].map(({ a, claim, scope }) => mutuSubject(ctx, a, claim, scope)).filter((s): s is Subject => !!s));
}
