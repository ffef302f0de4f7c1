// Subjects of the narrative rules: each claim the prose makes, attached to what it speaks of, with
// the value the report's own tables give for it. A claim that cannot be attached safely gives no
// subject (unattached numbers are not findings).
import type { ParsedNumber } from '../../model/number-id.js';
import type { Model, Val } from '../../model/types.js';
import { quoteRow } from '../evidence.js';
import { formatNumber } from '../../engine/format.js';
import { agree, percentDecimals, quantity, toInterval } from '../../domain/quantity.js';
import type { IndicatorResult, Results } from '../results.js';
import { bandByLabel, lookup, sameLabel, type Band } from '../../domain/scale.js';
import { isMutu, mutuInterval, mutuOf } from '../../domain/skm.js';
import { subjectKey } from '../subject-key.js';
import { clip } from '../../domain/text.js';
import type { Related, Subject, TermRef } from '../../engine/types.js';
import { budgetFigures, budgetTarget, subKegiatanTarget } from './budget.js';
import type { AchievementClaim, Claim, CountClaim, MutuClaim, NumberClaim, PredikatClaim } from './claims.js';
import { claimsOf, narrativeContext, type Analysed, type Context, type Located } from './context.js';
import { isNum, type Figure, type NumberTarget, type Uncertain } from './figures.js';
import { namedIndicator, type Scope } from './scope.js';
import { COUNT, countValue, plain } from './text.js';
import { SUMMARY_KINDS } from './units.js';

// ── shared pieces ───────────────────────────────────────────────────────────────────────────────

const evidenceOf = (claim: Claim) => clip(plain(claim.sentence.text), 300);

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

/** What a claim speaks of, for the "narrative-scope" terms: its kind (a key), its name and number. */
function scopeFacts(scope: Scope): { scopeKind: string; scopeName: string; scopeNo: string } {
  if (scope.type === 'indicator') return { scopeKind: 'indicator', scopeName: clip(scope.indicator.row.indikator, 90), scopeNo: '' };
  if (scope.type === 'sasaran') {
    const name = scope.sasaran.text ? clip(scope.sasaran.text, 80) : '';
    return { scopeKind: name ? 'named-sasaran' : 'sasaran', scopeName: name, scopeNo: String(scope.sasaran.no) };
  }
  return { scopeKind: 'report', scopeName: '', scopeNo: '' };
}

function indicatorsOf(scope: Scope, res: Results): IndicatorResult[] {
  if (scope.type === 'indicator') return [scope.indicator];
  if (scope.type === 'sasaran') return scope.sasaran.indicators;
  return res.indicators;
}

function indicatorRelated(ind: IndicatorResult): Related {
  const r = ind.row;
  const capaian = ind.capaian !== undefined ? quantity(ind.capaian, 'percent', 2) : undefined;
  const note: TermRef | undefined = capaian && (ind.band ? { term: 'narrative-place.computed-band', params: { capaian, band: titled(ind.band.label) } } : { term: 'narrative-place.computed', params: { capaian } });
  return { location: r.loc, evidence: quoteRow(r.indikator, r.target, r.realisasi, r.capaian), ...(note ? { note } : {}) };
}

function bandRelated(band: Band | undefined, res: Results): Related[] {
  if (!band) return [];
  const location = band.loc ?? res.scale.loc;
  if (!location) return [];
  return [{ location, evidence: quoteRow(band.range, band.label), note: { term: 'narrative-place.scale', params: { scale: res.scale.name } } }];
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

/** The mean of the members' capaian as the table prints them, when every one is printed. */
function printedMean(members: IndicatorResult[], decimals: number): Figure[] {
  const printed = members.map((i) => i.row.capaian);
  if (members.length < 2 || !printed.every(isNum)) return [];
  const values = printed.map((v) => (v as { value: number }).value);
  return [quantity(values.reduce((a, b) => a + b, 0) / values.length, 'percent', decimals)];
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

/** Why a figure computed from these members is not certain: the ambiguous numbers it rests on, quoted. */
function unsettledReason(open: IndicatorResult[]): Uncertain {
  const raws = [...new Set(open.flatMap((i) => i.unsettled!.raw))].map((r) => `"${r}"`).join(', ');
  const names = open.map((i) => `"${clip(i.row.indikator, 60)}"`).join(', ');
  return { reason: 'ambiguous-number', ambiguousNumbers: raws, ambiguousIndicators: names };
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
function linkedToName(claim: Claim, scope: Scope | undefined, res: Results, weak?: Set<string>): boolean {
  if (!scope || scope.type !== 'indicator' || scope.via !== 'name') return true;
  return namedIndicator(clauseOf(claim), res.indicators, weak) === scope.indicator;
}

// ── predikat ────────────────────────────────────────────────────────────────────────────────────

function predikatSubject(ctx: Context, a: Analysed, claim: PredikatClaim, scope: Scope | undefined): Subject | undefined {
  const { res } = ctx;
  if (!scope || a.unit.kind !== 'paragraph' || !linkedToName(claim, scope, res, ctx.weak)) return undefined;
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
      ...scopeFacts(scope),
      // Whose capaian the predikat is of: all indicators' mean, a sasaran's mean, or one indicator's.
      basis: scope.type === 'report' ? 'report' : scope.type === 'sasaran' ? 'sasaran' : 'indicator',
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

/**
 * The capaian the table prints says the target was reached where the recomputed one says not, or
 * the other way round (a formula of the other polarity, a convention for a zero): whether the
 * indicator reached its target is then open, and the text may follow its table. The capaian rules
 * report the table's own inconsistency.
 */
function printedDisagrees(ind: IndicatorResult): boolean {
  const printed = ind.row.capaian;
  if (!isNum(printed) || ind.achieved === undefined) return false;
  return printed.value >= 100 - 1e-9 !== ind.achieved;
}

// ── achievement ─────────────────────────────────────────────────────────────────────────────────

function achievementSubject(ctx: Context, a: Analysed, claim: AchievementClaim, scope: Scope | undefined): Subject | undefined {
  const { res } = ctx;
  if (!scope || scope.type === 'report' || a.unit.kind !== 'paragraph' || !linkedToName(claim, scope, res, ctx.weak)) return undefined;
  if (claim.sentence.budget && scope.type !== 'indicator') return undefined;
  let achieved: boolean | undefined;
  let above: boolean | undefined;
  let value: number | undefined;
  if (scope.type === 'indicator') {
    if (printedDisagrees(scope.indicator)) return undefined;
    achieved = scope.indicator.achieved;
    above = scope.indicator.aboveTarget;
    value = scope.indicator.capaian;
  } else {
    // A sasaran the sentence does not speak of (only its heading or the sentence before does) may not
    // be what "tercapai" is said of; and whether a sasaran is achieved is judged by its mean capaian in some
    // reports, by all of its indicators in others: only a verdict both ways agree on is given.
    if (scope.via !== 'mention' && !/\bsasaran\b/i.test(claim.sentence.text)) return undefined;
    const flags = scope.sasaran.indicators.map((i) => (printedDisagrees(i) ? undefined : i.achieved));
    const all = flags.length && flags.every((f) => f !== undefined) ? flags.every(Boolean) : undefined;
    if (scope.sasaran.average !== undefined) {
      value = scope.sasaran.average;
      achieved = value >= 100 - 1e-9;
      above = value > 100 + 1e-9;
      if (all !== undefined && all !== achieved) return undefined;
    } else achieved = all;
  }
  const needs = claim.claim === 'above' ? above : achieved;
  if (needs === undefined) return undefined;
  // Whether the target was reached swings with the reading of an ambiguous number: no verdict.
  const members = indicatorsOf(scope, res);
  if (unsettledOf(members)) {
    const variants = scope.type === 'indicator' ? scope.indicator.unsettled!.values : meanVariants(members);
    if (!variants.length || (variants.some((v) => v >= 100 - 1e-9) && variants.some((v) => v < 100 - 1e-9))) return undefined;
  }
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
      // What the tables say, as the computed text says it.
      outcome: above ? 'above' : achieved ? 'achieved' : 'not-achieved',
      ...(value !== undefined ? { capaian: quantity(value, 'percent', 2) } : {}),
      capaianKnown: value !== undefined,
      ...scopeFacts(scope),
    },
  };
}

// ── counts ──────────────────────────────────────────────────────────────────────────────────────

/** The scale's own spelling of a rating word ("baik" → "Baik"). */
function canonical(ctx: Context, label: string): string {
  const band = bandByLabel(ctx.res.scale, label);
  return titled(band ? band.label : label);
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
      : indicatorsOf(counted, res).map((i) => (printedDisagrees(i) ? {} : { achieved: i.achieved, above: i.aboveTarget, band: i.band }));
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
  return {
    type: 'narrative-count',
    key: subjectKey('narrative', 'count', a.unit.id, scopeKey(counted), claim.noun, String(claim.count), q.type, q.type === 'kategori' ? q.label : ''),
    loc: a.unit.loc,
    evidence: evidenceOf(claim),
    related: claim.noun === 'sasaran' ? [] : indicatorsOf(counted, res).map(indicatorRelated),
    facts: {
      quality: q.type,
      kategori: q.type === 'kategori' ? canonical(ctx, q.label) : '',
      noun: claim.noun,
      all: claim.count === 'all',
      claimedCount,
      computedCount,
      total: items.length,
      claimedText: claim.count === 'all' ? `${claim.raw.split(' ')[0].toLowerCase()} (${items.length})` : claim.raw,
      computedText: String(computedCount),
      ...scopeFacts(counted),
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
    related: [{ ...indicatorRelated(ind), note: { term: 'narrative-place.mutu', params: { realisasi: r?.raw ?? '', mutu } } }],
    facts: {
      stated: claim.letter,
      computed: mutu,
      realisasi: r,
      ikm: `${formatNumber(range.min, 2, 'id')}–${formatNumber(range.max, 2, 'id')}`,
      indikator: ind.row.indikator,
    },
  };
}

// "lima indikator … rata-rata 131,65%", "rata-rata capaian 3 Misi": a mean over another set.
const OTHER_SET = new RegExp(String.raw`\b(${COUNT})\s+(?:indikator|iku|sasaran|misi|tujuan|program|kegiatan)\b`, 'gi');
const MISI = /\bmisi\b/i;
const ALL_STATED = /\b(?:seluruh|semua|keseluruhan|total)\b/i;

/**
 * Which indicators a stated mean is over, when that is certain enough to recompute it: all of the
 * measurement table, or one sasaran the sentence names. A count in the sentence other than the
 * table's ("lima indikator"), or a mean over misi, is another set: nothing to compare. A mean the
 * sentence does not say is over all (it only stands in a summary) or a sasaran it does not name
 * (the heading or the sentence before does) is compared as a warning that says so.
 */
function averageSet(claim: NumberClaim, scope: Scope, res: Results): { inferred?: Uncertain } | undefined {
  const before = claim.sentence.text.slice(0, claim.start - claim.sentence.start);
  if (MISI.test(before)) return undefined;
  const size = scope.type === 'sasaran' ? scope.sasaran.indicators.length : res.indicators.length;
  for (const m of before.matchAll(OTHER_SET)) {
    const n = countValue(m[1]);
    const noun = m[0].toLowerCase();
    if (n !== undefined && (!/indikator|iku/.test(noun) || n !== size) && !(/sasaran/.test(noun) && scope.type === 'report' && n === res.sasaran.length)) return undefined;
  }
  if (scope.type === 'report' && scope.via === 'summary' && !ALL_STATED.test(before)) return { inferred: { reason: 'mean-inferred' } };
  if (scope.type === 'sasaran' && scope.via !== 'mention') return { inferred: { reason: 'sasaran-inferred' } };
  return {};
}

function performanceTarget(ctx: Context, claim: NumberClaim, scope: Scope | undefined): NumberTarget | undefined {
  const { res } = ctx;
  if (claim.unit !== 'percent' || !scope || !linkedToName(claim, scope, res, ctx.weak)) return undefined;
  const decimals = percentDecimals(claim.value);
  const role = claim.role;
  if (role === 'average' || (role === 'capaian' && scope.type === 'sasaran')) {
    const c = capaianOf(scope, res);
    if (scope.type === 'indicator' || c.value === undefined) return undefined;
    const members = indicatorsOf(scope, res);
    // A sasaran's "capaian" is not always the mean of its indicators (weighted, from a PPS form):
    // only a stated mean ("rata-rata") is recomputed, or the capaian of a one-indicator sasaran.
    if (role === 'capaian' && members.length !== 1) return undefined;
    const set = averageSet(claim, scope, res);
    if (!set) return undefined;
    return {
      role: scope.type === 'sasaran' ? 'sasaran-rata-rata' : 'laporan-rata-rata',
      ...(scope.type === 'sasaran'
        ? { figure: scope.sasaran.text ? 'named-sasaran-mean' : 'sasaran-mean', name: scopeFacts(scope).scopeName, sasaranNo: String(scope.sasaran.no) }
        : { figure: 'report-mean' }),
      computed: quantity(c.value, 'percent', decimals),
      // A one-indicator sasaran: its capaian as printed, or its realisasi called "capaian"; and
      // the means under the other readings of an unsettled ambiguous number.
      // The mean of the capaian as printed, too: the text follows its table, and a printed capaian
      // that is wrong is the capaian rules' finding, not the prose's.
      alternatives: [
        ...(members.length === 1 ? [members[0].row.capaian, members[0].row.realisasi].filter(isNum) : []),
        ...printedMean(members, decimals),
        ...(c.unsettled ? meanVariants(members).map((v) => quantity(v, 'percent', decimals)) : []),
      ],
      related: members.map(indicatorRelated),
      key: 'rata-rata',
      ...(c.unsettled ? { uncertain: unsettledReason(c.unsettled) } : set.inferred ? { uncertain: set.inferred } : {}),
    };
  }
  if (scope.type !== 'indicator') return undefined;
  const ind = scope.indicator;
  const row = ind.row;
  const capaian = ind.computed.value !== undefined ? quantity(ind.computed.value, 'percent', decimals) : isNum(row.capaian) ? row.capaian : undefined;
  const pick: Record<string, Figure | undefined> = { capaian, realisasi: isNum(row.realisasi) ? row.realisasi : undefined, target: isNum(row.target) ? row.target : undefined };
  if (role !== 'capaian' && role !== 'realisasi' && role !== 'target') return undefined;
  // A capaian that divides by zero has no value, only conventions (1000, 100, "-"): the text's and
  // the table's may differ without either being wrong; capaian/division-by-zero speaks of the row.
  if (role === 'capaian' && ind.computed.problem === 'division-by-zero') return undefined;
  const computed = pick[role];
  // Only percentages compare with a percentage indicator's values; "nilai 84,29" has no %.
  if (!computed || (role !== 'capaian' && (computed as Val).unit !== 'percent')) return undefined;
  const alternatives = Object.entries(pick)
    .filter(([k, v]) => k !== role && v !== undefined)
    .map(([, v]) => v!)
    .concat(isNum(row.capaian) && role === 'capaian' ? [row.capaian] : [])
    .concat(role === 'capaian' && ind.unsettled ? ind.unsettled.values.map((v) => quantity(v, 'percent', decimals)) : []);
  return {
    role: `indikator-${role}`,
    figure: `indicator-${role}`,
    name: clip(row.indikator, 90),
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

function numberSubject(ctx: Context, { a, claim, scope, otherBasis }: Located<'number'>, figures: () => Figure[]): Subject | undefined {
  if (!claim.role || claim.value.value === null) return undefined;
  let target: NumberTarget | undefined;
  if (a.unit.kind === 'penjelasan' && a.unit.subKegiatan) target = subKegiatanTarget(claim, a.unit.subKegiatan);
  else {
    // A rate in a sentence on money is the budget's, unless the sentence itself names an indicator.
    const budgetRole = claim.unit === 'rupiah' || claim.of !== undefined || claim.role === 'efisiensi' || claim.role === 'belanja' || ((claim.role === 'realisasi' || claim.role === 'capaian') && (claim.cues.includes('anggaran') || (claim.sentence.budget && (scope?.type !== 'indicator' || scope.via !== 'name'))));
    if (budgetRole) target = budgetTarget(ctx, a, claim, scope);
    else if (!otherBasis && !ctx.tableOtherBasis) target = performanceTarget(ctx, claim, scope);
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
      figure: target.figure,
      name: target.name ?? '',
      output: target.output ?? '',
      sasaranNo: target.sasaranNo ?? '',
      stated,
      computed: target.computed,
      // The figure printed by a table, or computed from the tables.
      basis: 'kind' in target.computed ? 'printed' : 'computed',
      alternativeAgrees,
      guessed: !!target.guessed,
      ...(target.uncertain ? { uncertain: target.uncertain.reason, ambiguousNumbers: target.uncertain.ambiguousNumbers ?? '', ambiguousIndicators: target.uncertain.ambiguousIndicators ?? '', coverage: target.uncertain.coverage ?? '' } : {}),
    },
  };
}

// ── providers ───────────────────────────────────────────────────────────────────────────────────

export function numberSubjects(model: Model): Subject[] {
  const ctx = narrativeContext(model);
  let figures: Figure[] | undefined;
  const lazy = () => (figures ??= budgetFigures(model));
  const out: Subject[] = [];
  for (const located of claimsOf(ctx, 'number')) {
    const s = numberSubject(ctx, located, lazy);
    if (s) out.push(s);
  }
  return keyed(out);
}

/**
 * Claims about this year's capaian: those measured against another basis are not judged, nor any
 * when the measurement table read is itself, by its title, a comparison with another basis.
 */
function thisYear<K extends Claim['kind']>(ctx: Context, kind: K): Located<K>[] {
  return ctx.tableOtherBasis ? [] : [...claimsOf(ctx, kind)].filter((c) => !c.otherBasis);
}

export function predikatSubjects(model: Model): Subject[] {
  const ctx = narrativeContext(model);
  return keyed(thisYear(ctx, 'predikat').map(({ a, claim, scope }) => predikatSubject(ctx, a, claim, scope)).filter((s): s is Subject => !!s));
}

export function achievementSubjects(model: Model): Subject[] {
  const ctx = narrativeContext(model);
  return keyed(thisYear(ctx, 'achievement').map(({ a, claim, scope }) => achievementSubject(ctx, a, claim, scope)).filter((s): s is Subject => !!s));
}

export function countSubjects(model: Model): Subject[] {
  const ctx = narrativeContext(model);
  return keyed(thisYear(ctx, 'count').map(({ a, claim, scope }) => countSubject(ctx, a, claim, scope)).filter((s): s is Subject => !!s));
}

export function mutuSubjects(model: Model): Subject[] {
  const ctx = narrativeContext(model);
  return keyed(thisYear(ctx, 'mutu').map(({ a, claim, scope }) => mutuSubject(ctx, a, claim, scope)).filter((s): s is Subject => !!s));
}
