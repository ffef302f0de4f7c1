// Subjects for the consistency rules: what the report measures (Bab III) beside what the other
// documents of the report say about the same sasaran, indicator, target and budget — the latest
// PK (the PK Perubahan when there is one), the Renstra, the RKT, Bab II and the IKU decree — and
// the per-sasaran budget allocation beside the budget table.
//
// Items are paired across documents by the tolerant matcher (../match.ts). A match below
// CONFIDENT_THRESHOLD, or a non-match whose nearest free candidate reaches NEAR_THRESHOLD, is
// uncertain: its rules are warnings that say so. Every finding names the match it relied on.
import type { Loc, Model, Normalized, Val } from '../model/types.js';
import type { BudgetRow, Measurement, PerjanjianKinerja } from '../model/report-input.js';
import { decimalSum } from '../model/decimal.js';
import { parseNumber } from '../model/number-id.js';
import { budgetTree, walkBudget, type BudgetNode } from '../domain/budget-tree.js';
import { quoteRow } from './evidence.js';
import { formatNumber } from '../engine/format.js';
import {
  assign,
  compare,
  CONFIDENT_THRESHOLD,
  describeMatch,
  describeNearest,
  formatScore,
  MATCH_THRESHOLD,
  NEAR_THRESHOLD,
  prepare,
  type Assignment,
  type MatchInfo,
} from '../domain/match.js';
import { CandidateIndex } from '../domain/match-candidates.js';
import { agree, exceeds, quantity, sameMeasure } from '../domain/quantity.js';
import { isMutu, mutuInterval, mutuOf, toIkm } from '../domain/skm.js';
import { SameTextIndex } from '../domain/same-text-index.js';
import { subjectKey } from './subject-key.js';
import { clip, normalizeText } from '../domain/text.js';
import type { Localized, Related, Subject } from '../engine/types.js';

// ---------------------------------------------------------------------------------------------
// Documents and their items

type DocId = 'pk' | 'pk-perubahan' | 'rkt' | 'renstra' | 'bab2' | 'iku-sk' | 'iku-other' | 'iku-bab2';

const DOC: Record<DocId, Localized> = {
  pk: { id: 'PK', en: 'the Performance Agreement (PK)' },
  'pk-perubahan': { id: 'PK Perubahan', en: 'the revised Performance Agreement (PK Perubahan)' },
  rkt: { id: 'RKT', en: 'the annual work plan (RKT)' },
  renstra: { id: 'Renstra', en: 'the strategic plan (Renstra)' },
  bab2: { id: 'Bab II', en: 'Chapter II' },
  'iku-sk': { id: 'lampiran SK IKU', en: 'the annex of the IKU decree' },
  'iku-other': { id: 'daftar IKU', en: 'the IKU list' },
  'iku-bab2': { id: 'tabel IKU Bab II', en: 'the IKU table of Chapter II' },
};

interface DocIndicator {
  doc: DocId;
  /** An IKU of Bab II's (or another) table that the decree's annex does not list. */
  notInDecree?: boolean;
  text: string;
  sasaran?: string;
  target?: Val;
  loc: Loc;
  evidence: string;
}

interface Measured {
  row: Normalized<Measurement>;
  text: string;
  sasaran: string;
  loc: Loc;
}

interface Sasaran {
  text: string;
  loc: Loc;
}

type NPk = Normalized<PerjanjianKinerja>;

/** The PK the report must be measured against: the (last) PK Perubahan when there is one, else the last PK. */
export function latestPk(model: Model): NPk | undefined {
  const list = model.pk ?? [];
  const revised = list.filter((p) => p.kind === 'pk-perubahan');
  return revised[revised.length - 1] ?? list[list.length - 1];
}

function pkIndicators(pk: NPk | undefined): DocIndicator[] {
  if (!pk) return [];
  const doc: DocId = pk.kind === 'pk-perubahan' ? 'pk-perubahan' : 'pk';
  return (pk.sasaran ?? []).flatMap((s) =>
    (s.indikator ?? []).map((i) => ({ doc, text: i.text, sasaran: s.text, target: i.target, loc: i.loc, evidence: quoteRow(s.text, i.text, i.target) })),
  );
}

function rktIndicators(model: Model): DocIndicator[] {
  return (model.rkt?.sasaran ?? []).flatMap((s) =>
    (s.indikator ?? []).map((i) => ({ doc: 'rkt' as const, text: i.text, sasaran: s.text, target: i.target, loc: i.loc, evidence: quoteRow(s.text, i.text, i.target) })),
  );
}

/**
 * Bab II's targets stand for the report year's PK. A Bab II table titled as the Renstra or with a
 * multi-year period ("2.1 Rencana Strategis Tahun 2013-2018") holds a target per year: which
 * year's column it gives is not known, so its targets are not compared as this year's.
 */
function bab2Indicators(model: Model): DocIndicator[] {
  const title = model.perencanaan?.title ?? '';
  if (/\b(?:rencana\s+strategis|renstra)\b/i.test(title) || /\b(?:19|20)\d\d\s*(?:[-–—]|s\.?\s?\/?\s?d\.?|sampai)\s*(?:19|20)\d\d\b/i.test(title)) return [];
  return (model.perencanaan?.sasaran ?? []).flatMap((s) =>
    (s.indikator ?? []).map((i) => ({ doc: 'bab2' as const, text: i.text, sasaran: s.text, target: i.target, loc: i.loc, evidence: quoteRow(s.text, i.text, i.target) })),
  );
}

interface RenstraIndicator extends DocIndicator {
  targets?: Record<string, Val>;
}

function renstraIndicators(model: Model): RenstraIndicator[] {
  // Without the report year, the Renstra gives no target to compare (its columns are per year).
  const year = model.meta.tahun ? String(model.meta.tahun) : undefined;
  return (model.renstra?.tujuan ?? []).flatMap((t) =>
    (t.sasaran ?? []).flatMap((s) =>
      (s.indikator ?? []).map((i) => {
        const targets = i.targets as unknown as Record<string, Val> | undefined;
        const target = year ? targets?.[year] : undefined;
        return { doc: 'renstra' as const, text: i.text, sasaran: s.text, target, targets, loc: i.loc, evidence: quoteRow(s.text, i.text, target) };
      }),
    ),
  );
}

/** The Renstra's last year: the end of its period, else its last target year. */
function renstraFinalYear(model: Model, indicators: RenstraIndicator[]): string | undefined {
  const period = model.renstra?.period ?? model.meta.renstraPeriod;
  const m = period ? /(\d{4})\D+(\d{4})/.exec(period) : null;
  if (m) return m[2];
  const years = indicators.flatMap((i) => Object.keys(i.targets ?? {}).filter((k) => /^\d{4}$/.test(k)));
  return years.length ? years.sort().at(-1) : undefined;
}

/** IKU: the decree's annex first; items of Bab II's (or another) IKU table not in it are added. */
function ikuIndicators(model: Model): DocIndicator[] {
  const docs = model.iku ?? [];
  const toItems = (doc: DocId, list: typeof docs) =>
    list.flatMap((d) => d.items.map((i) => ({ doc, text: i.indikator, sasaran: i.sasaran, loc: i.loc, evidence: quoteRow(i.sasaran, i.indikator, i.formula) })));
  const sk = toItems('iku-sk', docs.filter((d) => d.source === 'sk'));
  const others = [
    ...toItems('iku-other', docs.filter((d) => d.source === 'lampiran' || d.source === 'other')),
    ...toItems('iku-bab2', docs.filter((d) => d.source === 'bab2')),
  ];
  const out: DocIndicator[] = [];
  // The items kept so far, indexed so that only those that may be alike are compared.
  const kept = new CandidateIndex([], others.map((o) => prepare(o.text)));
  const keep = (item: DocIndicator) => {
    kept.add(prepare(item.text));
    out.push(item);
  };
  sk.forEach(keep);
  for (const item of others) {
    if (kept.candidates(prepare(item.text), MATCH_THRESHOLD).some((i) => compare(out[i].text, item.text).score >= MATCH_THRESHOLD)) continue;
    keep(sk.length ? { ...item, notInDecree: true } : item);
  }
  return out;
}

function measuredIndicators(model: Model): Measured[] {
  let sasaran = '';
  return (model.pengukuran ?? []).map((row) => {
    if (row.sasaran?.trim()) sasaran = row.sasaran.trim();
    return { row, text: row.indikator, sasaran, loc: row.loc };
  });
}

function measuredSasaran(measured: Measured[]): Sasaran[] {
  const out: Sasaran[] = [];
  const known = new SameTextIndex(measured.map((m) => m.sasaran));
  for (const m of measured) {
    // The same sasaran written twice in Bab III ("idiologi"/"ideologi", a cell cut at a page break)
    // is one sasaran, not a second one missing from the Renstra. (sameText includes equality once
    // normalised; the index finds what a scan of `out` with it would.)
    if (!m.sasaran || known.has(m.sasaran)) continue;
    known.add(m.sasaran, out.length);
    out.push({ text: m.sasaran, loc: m.row.loc });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Match certainty

type Status = 'found' | 'doubtful' | 'near' | 'absent';

interface Presence<B> {
  status: Status;
  /** The assigned partner (found/doubtful), else the nearest candidate. */
  other?: B;
  match?: MatchInfo;
  /** For absent/near: the nearest candidate is already paired with this item. */
  takenBy?: string;
}

/** How sure the pairing of item `ai` is, in an assignment of A to B. */
function presenceOfA<A, B>(ai: number, as: readonly A[], asg: Assignment<A, B>, sameTarget?: (a: A, b: B) => boolean): Presence<B> {
  const pair = asg.byA.get(ai);
  if (pair) return { status: pair.match.method === 'fuzzy' && pair.match.score < CONFIDENT_THRESHOLD ? 'doubtful' : 'found', other: pair.b, match: pair.match };
  const nearest = asg.nearestOfA.get(ai);
  if (!nearest) return { status: 'absent' };
  // The closest candidate that is still free decides whether the non-match is doubtful.
  const free = asg.closestFreeOfA(ai, NEAR_THRESHOLD);
  if (free) return { status: 'near', other: free.b, match: free.match };
  // A free indicator sharing some words and the very same target may be this one reworded
  // ("Persentase kehilangan hasil komoditas padi" / "Menurunnya tingkat kehilangan hasil … padi",
  // both 10,90): not certainly absent.
  const alike = sameTarget && asg.closestFreeOfA(ai, SAME_TARGET_THRESHOLD);
  if (alike && sameTarget(as[ai], alike.b)) return { status: 'near', other: alike.b, match: alike.match };
  const taken = asg.byB.get(nearest.bi);
  return { status: 'absent', other: nearest.b, match: nearest.match, takenBy: taken ? textOfAny(taken.a) : undefined };
}

/**
 * A "target s/d 2018" that is the sum of the Renstra's yearly targets (5 × 20 = 100) is the
 * cumulative target, not the final year's: nothing to compare. Each yearly target read by its
 * leading number ("20 Kelompok / Pelaku (10 kab/kota)").
 */
function cumulativeOf(akhir: Val | undefined, targets: Record<string, Val> | undefined): boolean {
  if (!akhir || akhir.kind !== 'number' || akhir.value === null || !targets) return false;
  const yearly = Object.entries(targets)
    .filter(([year]) => /^\d{4}$/.test(year))
    .map(([, v]) => v)
    .map((v) => (v.kind === 'number' ? v.value : parseNumber(/^\s*[\d.,]+/.exec(v.raw)?.[0]).value));
  if (yearly.length < 2 || yearly.some((v) => typeof v !== 'number')) return false;
  const sum = (yearly as number[]).reduce((a, b) => a + b, 0);
  return Math.abs(sum - akhir.value) < 1e-9 * Math.max(1, Math.abs(sum));
}

/** Words an indicator reworded keeps at least ("kehilangan hasil … padi"). */
const SAME_TARGET_THRESHOLD = 0.1;

/** Both targets printed and equal as numbers (a single value; a list of values is not compared). */
function sameTargetValue(a: Val | undefined, b: Val | undefined): boolean {
  return !!a && !!b && a.kind === 'number' && b.kind === 'number' && a.value !== null && a.value === b.value;
}

function textOfAny(x: unknown): string {
  const o = x as { text?: string; name?: string };
  return o.text ?? o.name ?? String(x);
}

function swap<A, B>(asg: Assignment<A, B>): Assignment<B, A> {
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

/** Text for a message: how the item was matched, or what came closest and why it is not taken. */
function presenceNote(p: Presence<unknown>): Localized {
  if (!p.other || !p.match) return { id: 'tidak ada pembanding', en: 'there is nothing to compare with' };
  const other = textOfAny(p.other);
  if (p.status === 'found') return describeMatch(other, p.match);
  const q = clip(other, 120);
  const score = (lang: 'id' | 'en') => formatScore(p.match!.score, lang);
  if (p.status === 'doubtful')
    return {
      id: `hanya mirip dengan "${q}" (kemiripan ${score('id')}); redaksinya berbeda sehingga belum tentu sama`,
      en: `it only resembles "${q}" (similarity ${score('en')}); the wording differs, so they may not be the same`,
    };
  if (p.status === 'near')
    return {
      id: `yang paling mirip "${q}" (kemiripan ${score('id')}), belum cukup mirip untuk dianggap sama`,
      en: `the closest is "${q}" (similarity ${score('en')}), not close enough to be taken as the same`,
    };
  const near = describeNearest(other, p.match);
  if (p.takenBy)
    return {
      id: `${near.id}, tetapi itu sudah dicocokkan dengan "${clip(p.takenBy, 100)}"`,
      en: `${near.en}, but that one is already matched with "${clip(p.takenBy, 100)}"`,
    };
  return near;
}

/** What an uncertain decision means, for the message: `absentMeans` is what follows if they differ. */
function uncertainConsequence(status: Status, absentMeans: Localized): Localized {
  if (status === 'doubtful')
    return {
      id: `keduanya dianggap indikator yang sama; bila bukan, ${absentMeans.id}`,
      en: `they were taken to be the same indicator; if they are not, ${absentMeans.en}`,
    };
  if (status === 'near')
    return {
      id: `keduanya dianggap berbeda, jadi ${absentMeans.id}; bila sebenarnya sama, redaksinya perlu diseragamkan`,
      en: `they were taken to be different, so ${absentMeans.en}; if they are the same, the wording should be made consistent`,
    };
  return { id: '', en: '' };
}

// ---------------------------------------------------------------------------------------------
// One context per model: the pairings every provider relies on, computed once.

interface Context {
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

function context(model: Model): Context {
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

// ---------------------------------------------------------------------------------------------
// Presence: indicators and sasaran found (or not) in the reference documents

type Check = 'pk-indicator' | 'measured-vs-pk' | 'iku-indicator' | 'measured-vs-iku' | 'sasaran-vs-pk' | 'sasaran-vs-renstra';

const ABSENT_TEXT: Localized = { id: '(tidak ada)', en: '(none)' };
const NONE: Localized = { id: '', en: '' };

interface PresenceExtra {
  sasaran?: string;
  target?: Val;
  doc: Localized;
  loc: Loc;
  evidence: string;
  occurrence: number;
  /** For indicators: the two texts of the (uncertain) pair, reference document first. */
  pair?: { ref: string; measured: string; refDoc: Localized };
  consequence?: Localized;
  /** A near miss the other side of the pair reports already. */
  mutualNear?: boolean;
}

function presenceSubject(check: Check, text: string, extra: PresenceExtra, p: Presence<unknown>): Subject {
  const other = p.other ? textOfAny(p.other) : undefined;
  const otherLoc = (p.other as { loc?: Loc } | undefined)?.loc;
  const related: Related[] =
    otherLoc && other && p.status !== 'absent'
      ? [{ location: otherLoc, evidence: clip(other), note: p.status === 'near' ? { id: 'paling mirip', en: 'closest' } : { id: 'dicocokkan', en: 'matched' } }]
      : [];
  const pair = extra.pair;
  return {
    type: 'doc-presence',
    key: subjectKey('presence', check, text, ...(extra.occurrence ? [String(extra.occurrence + 1)] : [])),
    loc: extra.loc,
    evidence: extra.evidence,
    related,
    facts: {
      check,
      status: p.status,
      text,
      sasaran: extra.sasaran ?? '',
      target: extra.target,
      doc: extra.doc,
      other: other ?? ABSENT_TEXT,
      score: p.match ? formatScore(p.match.score) : '',
      note: presenceNote(p),
      consequence: extra.consequence ?? NONE,
      absent: absentLabel(check, extra.doc),
      refText: pair?.ref ?? '',
      measuredText: pair?.measured ?? '',
      pair: pair
        ? { id: `${pair.refDoc.id} "${clip(pair.ref, 160)}" dan Bab III "${clip(pair.measured, 160)}"`, en: `"${clip(pair.ref, 160)}" of ${pair.refDoc.en} and "${clip(pair.measured, 160)}" of Chapter III` }
        : NONE,
      mutualNear: extra.mutualNear ?? false,
    },
  };
}

function absentLabel(check: Check, doc: Localized): Localized {
  if (check === 'pk-indicator' || check === 'iku-indicator') return { id: '(tidak diukur di Bab III)', en: '(not measured in Chapter III)' };
  return { id: `(tidak ada di ${doc.id})`, en: `(not in ${doc.en})` };
}

function occurrences(texts: string[]): number[] {
  const seen = new Map<string, number>();
  return texts.map((t) => {
    const k = normalizeText(t);
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return n;
  });
}

const BAB3: Localized = { id: 'Bab III', en: 'Chapter III' };

/**
 * Reference indicators (the latest PK's, the IKU) against the measured ones, both ways. Errors come
 * from confident non-matches; an uncertain pair is reported once, on the reference side, or on the
 * measured side when the reference side names another near miss.
 */
function indicatorPresence(
  refs: DocIndicator[],
  measured: Measured[],
  asg: Assignment<Measured, DocIndicator>,
  checks: { ref: Check; measured: Check },
  refDoc: (ind: DocIndicator) => Localized,
  measuredDoc: Localized,
  means: { refAbsent: (doc: Localized) => Localized; measuredAbsent: Localized },
): Subject[] {
  const t = (x: { text: string }) => x.text;
  const rev = swap(asg);
  const refP = refs.map((_, i) => presenceOfA(i, refs, rev, (r, m) => sameTargetValue(r.target, m.row.target)));
  const mP = measured.map((_, i) => presenceOfA(i, measured, asg, (m, r) => sameTargetValue(r.target, m.row.target)));
  const occ = occurrences(refs.map(t));
  const mOcc = occurrences(measured.map(t));
  const refIndex = new Map(refs.map((r, i) => [r, i]));
  const out: Subject[] = [];
  refs.forEach((ind, i) => {
    const p = refP[i];
    const doc = refDoc(ind);
    const pair = p.other ? { ref: ind.text, measured: textOfAny(p.other), refDoc: doc } : undefined;
    out.push(
      presenceSubject(checks.ref, ind.text, { sasaran: ind.sasaran, target: ind.target, doc, loc: ind.loc, evidence: ind.evidence, occurrence: occ[i], pair, consequence: uncertainConsequence(p.status, means.refAbsent(doc)) }, p),
    );
  });
  measured.forEach((m, i) => {
    const p = mP[i];
    const partner = p.other as DocIndicator | undefined;
    const pi = partner ? (refIndex.get(partner) ?? -1) : -1;
    const mutualNear = p.status === 'near' && pi >= 0 && refP[pi].status === 'near' && refP[pi].other === m;
    const pair = partner ? { ref: partner.text, measured: m.text, refDoc: refDoc(partner) } : undefined;
    out.push(
      presenceSubject(
        checks.measured,
        m.text,
        {
          sasaran: m.sasaran,
          target: m.row.target,
          doc: measuredDoc,
          loc: m.row.loc,
          evidence: quoteRow(m.row.no, m.sasaran, m.text, m.row.target, m.row.realisasi, m.row.capaian),
          occurrence: mOcc[i],
          pair,
          consequence: uncertainConsequence(p.status, means.measuredAbsent),
          mutualNear,
        },
        p,
      ),
    );
  });
  return out;
}

function presences(model: Model): Subject[] {
  const ctx = context(model);
  const out: Subject[] = [];
  const measured = ctx.measured;
  if (!measured.length) return out;

  // The latest PK's indicators measured or not, measured indicators in the latest PK or not, and
  // Bab III's sasaran among the latest PK's.
  if (ctx.pk && ctx.pkList.length) {
    const doc = DOC[ctx.pkDoc!];
    out.push(
      ...indicatorPresence(ctx.pkList, measured, ctx.vsPk, { ref: 'pk-indicator', measured: 'measured-vs-pk' }, () => doc, doc, {
        refAbsent: (d) => ({ id: `indikator ${d.id} ini tidak diukur`, en: `this indicator of ${d.en} is not measured` }),
        measuredAbsent: { id: `indikator Bab III ini tidak ada di ${doc.id}`, en: `this Chapter III indicator is not in ${doc.en}` },
      }),
    );
    const pkSasaran: Sasaran[] = (ctx.pk.sasaran ?? []).map((s) => ({ text: s.text, loc: s.loc }));
    out.push(...sasaranPresence('sasaran-vs-pk', measured, pkSasaran, doc));
  }

  const renstraSasaran: Sasaran[] = (model.renstra?.tujuan ?? []).flatMap((tj) => (tj.sasaran ?? []).map((s) => ({ text: s.text, loc: s.loc })));
  if (renstraSasaran.length) out.push(...sasaranPresence('sasaran-vs-renstra', measured, renstraSasaran, DOC.renstra, planningProse(model)));

  if (ctx.iku.length) {
    const ikuDoc: Localized = { id: 'daftar IKU', en: 'the IKU list' };
    const refDoc = (ind: DocIndicator): Localized =>
      ind.notInDecree ? { id: `${DOC[ind.doc].id}, tidak tercantum di lampiran SK IKU`, en: `${DOC[ind.doc].en}, not listed in the annex of the IKU decree` } : DOC[ind.doc];
    out.push(
      ...indicatorPresence(ctx.iku, measured, ctx.vsIku, { ref: 'iku-indicator', measured: 'measured-vs-iku' }, refDoc, ikuDoc, {
        refAbsent: () => ({ id: 'IKU ini tidak diukur', en: 'this IKU is not measured' }),
        measuredAbsent: { id: 'indikator Bab III ini bukan IKU', en: 'this Chapter III indicator is not an IKU' },
      }),
    );
  }
  return out;
}

/** Text without spaces: "Meningkat nya kinerja perencanaa n" (words split by a narrow column) is the same text. */
const despaced = (s: string): string => normalizeText(s).replace(/\s+/g, '');

/** Paragraphs of the planning chapter (Bab II), where a report may list its Renstra's sasaran in prose. */
function planningProse(model: Model): Sasaran[] {
  return (model.paragraphs ?? []).filter((p) => /^\s*(?:bab\s+)?(?:ii|2)(?:\b|\.)/i.test(p.section ?? '')).map((p) => ({ text: p.text, loc: p.loc }));
}

/**
 * A sasaran the reference names with its words split apart, or that the planning chapter names
 * word for word in its prose (a Renstra listed as text, or its table read garbled), is found.
 */
function namedElsewhere(text: string, reference: Sasaran[], prose: Sasaran[]): Sasaran | undefined {
  const key = despaced(text);
  if (key.length < 12) return undefined;
  return reference.find((r) => despaced(r.text) === key) ?? prose.find((p) => despaced(p.text).includes(key) || inOrder(text, p.text));
}

/** Every word of a name of five or more, in order, with at most one other word between two ("sarana dan prasarana pertanian guna"). */
function inOrder(name: string, text: string): boolean {
  const words = normalizeText(name).split(' ').filter(Boolean);
  if (words.length < 5) return false;
  const hay = normalizeText(text).split(' ');
  for (let start = 0; start < hay.length; start++) {
    if (hay[start] !== words[0]) continue;
    let at = start;
    let k = 1;
    for (; k < words.length; k++) {
      if (hay[at + 1] === words[k]) at += 1;
      else if (hay[at + 2] === words[k]) at += 2;
      else break;
    }
    if (k === words.length) return true;
  }
  return false;
}

function sasaranPresence(check: Check, measured: Measured[], reference: Sasaran[], doc: Localized, prose: Sasaran[] = []): Subject[] {
  const own = measuredSasaran(measured);
  const t = (x: { text: string }) => x.text;
  const asg = assign(own, reference, t, t);
  const occ = occurrences(own.map(t));
  const firstRow = new Map<string, Measured>();
  for (const m of measured) if (!firstRow.has(m.sasaran)) firstRow.set(m.sasaran, m);
  return own.map((s, i) => {
    let p = presenceOfA(i, own, asg);
    const elsewhere = p.status === 'found' ? undefined : namedElsewhere(s.text, reference, prose);
    if (elsewhere) p = { status: 'found', other: elsewhere, match: { method: 'normalised', score: 1 } };
    const row = firstRow.get(s.text);
    return presenceSubject(check, s.text, { doc, loc: row?.row.loc ?? s.loc, evidence: quoteRow(row?.row.no, s.text), occurrence: occ[i] }, p);
  });
}

// ---------------------------------------------------------------------------------------------
// Targets: Bab III against the latest PK, the RKT, the Renstra, Bab II; Tabel 3.3 against the
// Renstra's final target.

type Comparison = 'agree' | 'form' | 'differ' | 'skip';

function num(v: Val): number | undefined {
  return v.kind === 'number' && v.value !== null ? v.value : undefined;
}

function fmt(n: number, lang: 'id' | 'en'): string {
  return formatNumber(n, 2, lang);
}

/** Compare two targets as written: numbers by value and precision, letters by SKM conversion. */
export function compareTargets(a: Val | undefined, b: Val | undefined): { result: Comparison; detail: Localized } {
  const none = { id: '', en: '' };
  if (!a || !b) return { result: 'skip', detail: none };
  const usable = (v: Val) => v.kind === 'number' || v.kind === 'letter' || v.kind === 'range';
  // "10 kab/kota" against "10%": not the same measure, so not one target written twice.
  if (!usable(a) || !usable(b) || !sameMeasure(a, b)) return { result: 'skip', detail: none };
  if (a.kind === 'number' && b.kind === 'number') return { result: agree(a, b) ? 'agree' : 'differ', detail: none };
  if (a.kind === 'letter' && b.kind === 'letter') return { result: a.letter === b.letter ? 'agree' : 'differ', detail: none };
  if (a.kind === 'range' || b.kind === 'range') {
    if (a.kind === 'range' && b.kind === 'range' && a.range && b.range) {
      const same = agree(a.range.min, b.range.min) && agree(a.range.max, b.range.max);
      return { result: same ? 'agree' : 'differ', detail: none };
    }
    return { result: 'differ', detail: none };
  }
  const letter = a.kind === 'letter' ? a : b;
  const number = a.kind === 'letter' ? b : a;
  const n = num(number);
  if (!isMutu(letter.letter) || n === undefined) return { result: 'skip', detail: none };
  const band = mutuInterval(letter.letter);
  const bandText = (lang: 'id' | 'en') => `${lang === 'id' ? 'mutu' : 'grade'} ${letter.letter} = IKM ${fmt(band.min, lang)}–${fmt(band.max, lang)}`;
  const ikm = toIkm(n);
  const converted = ikm !== undefined && ikm !== n;
  const shown = (lang: 'id' | 'en') =>
    converted ? `${number.raw.trim()} (${lang === 'id' ? 'nilai interval, IKM' : 'interval value, IKM'} ${fmt(ikm!, lang)})` : number.raw.trim();
  if (ikm === undefined)
    return {
      result: 'differ',
      detail: {
        id: `; ${shown('id')} bukan nilai SKM (IKM 25–100 atau nilai interval 1–4), jadi tidak setara dengan ${bandText('id')}`,
        en: `; ${shown('en')} is not an SKM value (IKM 25–100 or interval value 1–4), so it cannot equal ${bandText('en')}`,
      },
    };
  const mutu = mutuOf(n);
  if (mutu === letter.letter)
    return {
      result: 'form',
      detail: { id: `${shown('id')} berada dalam ${bandText('id')}`, en: `${shown('en')} lies within ${bandText('en')}` },
    };
  return {
    result: 'differ',
    detail: {
      id: `; ${shown('id')} setara mutu ${mutu}, di luar ${bandText('id')}`,
      en: `; ${shown('en')} converts to grade ${mutu}, outside ${bandText('en')}`,
    },
  };
}

function targetPairs(model: Model): Subject[] {
  const ctx = context(model);
  const out: Subject[] = [];
  const year = model.meta.tahun;
  const occ = occurrences(ctx.measured.map((m) => m.text));
  const sources: { kind: string; doc: Localized; asg: Assignment<Measured, DocIndicator> }[] = [];
  if (ctx.pk) sources.push({ kind: ctx.pkDoc!, doc: DOC[ctx.pkDoc!], asg: ctx.vsPk });
  sources.push({ kind: 'rkt', doc: DOC.rkt, asg: ctx.vsRkt });
  if (year) sources.push({ kind: 'renstra', doc: { id: `Renstra (target ${year})`, en: `the Renstra (target for ${year})` }, asg: ctx.vsRenstra });
  sources.push({ kind: 'bab2', doc: { id: 'Bab II (Perjanjian Kinerja)', en: 'Chapter II (Performance Agreement)' }, asg: ctx.vsBab2 });

  ctx.measured.forEach((m, i) => {
    const place: Localized = m.row.table ? { id: `Bab III (${m.row.table})`, en: `Chapter III (${m.row.table})` } : BAB3;
    for (const s of sources) {
      const pair = s.asg.byA.get(i);
      if (!pair) continue;
      const s1 = pairSubject(`${s.kind}`, m.text, occ[i], place, m.row.target, pair.b, pair.b.target, s.doc, pair.match, pair.b.text);
      if (s1) out.push(s1);
    }
  });

  // Tabel 3.3: target akhir Renstra as Bab III states it, against the Renstra's final-year target.
  const finalYear = renstraFinalYear(model, ctx.renstra);
  if (finalYear && ctx.renstra.length) {
    const rows = model.kemajuanRenstra ?? [];
    const t = (x: { text?: string; indikator?: string }) => x.text ?? x.indikator ?? '';
    const asg = assign(rows, ctx.renstra, t, t);
    const rOcc = occurrences(rows.map((r) => r.indikator));
    rows.forEach((row, i) => {
      const pair = asg.byA.get(i);
      if (!pair) return;
      const target = pair.b.targets?.[finalYear];
      if (cumulativeOf(row.targetAkhir, pair.b.targets)) return;
      // The Renstra's target for the reporting year, under a "Target Jangka Menengah" heading: this
      // year's target of the medium-term plan, not its final one.
      const thisYear = model.meta.tahun ? pair.b.targets?.[model.meta.tahun] : undefined;
      if (compareTargets(thisYear, row.targetAkhir).result === 'agree' && compareTargets(target, thisYear).result !== 'agree') return;
      const place: Localized = row.table ? { id: `${row.table} (target akhir Renstra)`, en: `${row.table} (final Renstra target)` } : { id: 'tabel kemajuan Renstra', en: 'the Renstra progress table' };
      const doc: Localized = { id: `Renstra (target ${finalYear}, tahun terakhir)`, en: `the Renstra (target for ${finalYear}, its final year)` };
      const s1 = pairSubject('renstra-akhir', row.indikator, rOcc[i], place, row.targetAkhir, { loc: pair.b.loc, evidence: quoteRow(pair.b.sasaran, pair.b.text, target) }, target, doc, pair.match, pair.b.text);
      if (s1) out.push(s1);
    });
  }
  return out;
}

function pairSubject(
  kind: string,
  indikator: string,
  occurrence: number,
  place: Localized,
  own: Val | undefined,
  other: { loc: Loc; evidence: string },
  otherTarget: Val | undefined,
  doc: Localized,
  match: MatchInfo,
  otherText: string,
): Subject | undefined {
  const { result, detail } = compareTargets(own, otherTarget);
  if (result === 'skip' || !own || !otherTarget) return undefined;
  return {
    type: 'target-pair',
    key: subjectKey('target', kind, indikator, occurrence ? String(occurrence + 1) : undefined),
    loc: own.loc,
    evidence: quoteRow(indikator, own),
    related: [{ location: otherTarget.loc ?? other.loc, evidence: other.evidence, note: doc }],
    facts: {
      source: kind,
      comparison: result,
      matchCertain: !(match.method === 'fuzzy' && match.score < CONFIDENT_THRESHOLD),
      indikator,
      place,
      doc,
      stated: own,
      other: otherTarget,
      detail,
      match: describeMatch(otherText, match),
      score: formatScore(match.score),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Budgets: the latest PK's programs and the RKT's programs/kegiatan against the budget table.

const LEVEL: Record<BudgetRow['level'], Localized> = {
  program: { id: 'program', en: 'programme' },
  kegiatan: { id: 'kegiatan', en: 'activity (kegiatan)' },
  subkegiatan: { id: 'sub kegiatan', en: 'sub-activity' },
};

interface DocBudget {
  name: string;
  amount?: Val;
  loc: Loc;
  evidence: string;
  /** For RKT kegiatan: the program it is listed under. */
  program?: string;
}

function isAmount(v: Val | undefined): v is Val & { value: number; exact: string } {
  return !!v && v.kind === 'number' && v.value !== null && v.exact !== undefined;
}

/** Entries with the same name (an RKT program listed under two sasaran) are one line; their amounts add up. */
function grouped(entries: DocBudget[]): { name: string; entries: DocBudget[] }[] {
  const out: { name: string; entries: DocBudget[] }[] = [];
  for (const e of entries) {
    const g = out.find((x) => normalizeText(x.name) === normalizeText(e.name));
    if (g) g.entries.push(e);
    else out.push({ name: e.name, entries: [e] });
  }
  return out;
}

function budgetPairs(model: Model): Subject[] {
  const roots = budgetTree(model);
  if (!roots.length) return [];
  const nodes = [...walkBudget(roots)];
  const programs = nodes.filter((n) => n.row.level === 'program');
  const kegiatan = nodes.filter((n) => n.row.level === 'kegiatan');
  const out: Subject[] = [];
  const pk = latestPk(model);
  const hasRevision = (model.pk ?? []).some((p) => p.kind === 'pk-perubahan');
  const nodeName = (n: BudgetNode) => n.row.name;

  const compareGroup = (source: string, doc: Localized, groups: { name: string; entries: DocBudget[] }[], candidates: BudgetNode[], allow?: (g: { name: string; entries: DocBudget[] }, n: BudgetNode) => boolean) => {
    const asg = assign(groups, candidates, (g) => g.name, nodeName, { allow });
    for (const pair of asg.pairs) {
      const withAmount = pair.a.entries.filter((e) => isAmount(e.amount));
      if (!withAmount.length || !isAmount(pair.b.row.anggaran)) continue;
      const first = withAmount[0];
      const amount: unknown =
        withAmount.length === 1 ? first.amount : quantity(Number(decimalSum(withAmount.map((e) => e.amount!.exact!))), 'rupiah', 0);
      const row = pair.b.row;
      out.push({
        type: 'budget-pair',
        key: subjectKey('budget-pair', source, ...pair.b.path),
        loc: first.amount!.loc ?? first.loc,
        evidence: first.evidence,
        related: [{ location: row.anggaran?.loc ?? row.loc, evidence: quoteRow(row.no, row.name, row.anggaran, row.realisasi), note: { id: 'tabel anggaran', en: 'budget table' } }],
        facts: {
          source,
          doc,
          level: LEVEL[row.level],
          name: pair.a.name,
          tableName: row.name,
          stated: amount,
          table: row.anggaran,
          entries: withAmount.length,
          hasRevision,
          match: describeMatch(row.name, pair.match),
        },
      });
    }
  };

  if (pk?.programs?.length) {
    const source = pk.kind === 'pk-perubahan' ? 'pk-perubahan' : 'pk';
    const entries: DocBudget[] = pk.programs.map((p) => ({ name: p.name, amount: p.anggaran, loc: p.loc, evidence: quoteRow(p.no, p.name, p.anggaran, p.keterangan) }));
    compareGroup(source, DOC[source], grouped(entries), programs);
  }

  const rktPrograms: DocBudget[] = [];
  const rktKegiatan: DocBudget[] = [];
  for (const s of model.rkt?.sasaran ?? [])
    for (const p of s.programs ?? []) {
      rktPrograms.push({ name: p.name, amount: p.anggaran, loc: p.loc, evidence: quoteRow(p.name, p.indikator, p.target, p.anggaran) });
      for (const k of p.kegiatan ?? []) rktKegiatan.push({ name: k.name, amount: k.anggaran, loc: k.loc, evidence: quoteRow(k.name, k.indikator, k.target, k.anggaran), program: p.name });
    }
  if (rktPrograms.length) {
    const progGroups = grouped(rktPrograms);
    const progAsg = assign(progGroups, programs, (g) => g.name, nodeName);
    compareGroup('rkt', DOC.rkt, progGroups, programs);
    // A kegiatan is looked for under the program the RKT lists it with, when that program is found.
    const programOf = (name: string | undefined) => {
      const gi = progGroups.findIndex((g) => name !== undefined && normalizeText(g.name) === normalizeText(name));
      return gi >= 0 ? progAsg.byA.get(gi)?.b : undefined;
    };
    compareGroup('rkt', DOC.rkt, grouped(rktKegiatan), kegiatan, (g, n) => {
      const parent = programOf(g.entries[0].program);
      return !parent || n.parent === parent;
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Allocation per sasaran against the budget table.

interface AllocationLine {
  sasaran: string;
  sasaranLabel: Localized;
  name: string;
  amount: Val;
  loc: Loc;
  /** The program (or other node) the name refers to, if found. */
  named?: BudgetNode;
  /** The node whose budget the amount equals (top-most), if any. */
  node?: BudgetNode;
  nearest?: BudgetNode;
  match?: MatchInfo;
}

const allocCache = new WeakMap<Model, AllocationLine[]>();

function allocationLines(model: Model): AllocationLine[] {
  const hit = allocCache.get(model);
  if (hit) return hit;
  const roots = budgetTree(model);
  const all = [...walkBudget(roots)];
  const programs = all.filter((n) => n.row.level === 'program');
  const lines: AllocationLine[] = [];
  for (const a of model.alokasi ?? []) {
    const sasaran = String(a.sasaran);
    const sasaranLabel: Localized = {
      id: `sasaran ${sasaran}${a.sasaranText ? ` ("${clip(a.sasaranText, 80)}")` : ''}`,
      en: `goal ${sasaran}${a.sasaranText ? ` ("${clip(a.sasaranText, 80)}")` : ''}`,
    };
    for (const item of a.items ?? []) {
      if (!isAmount(item.anggaran) || !all.length) continue;
      const best = (list: BudgetNode[]) => {
        let top: { node: BudgetNode; match: MatchInfo } | undefined;
        for (const n of list) {
          const match = compare(item.name, n.row.name);
          if (match.score >= MATCH_THRESHOLD && (!top || match.score > top.match.score)) top = { node: n, match };
        }
        return top;
      };
      const named = best(programs) ?? best(all);
      const pool = named ? [...walkBudget([named.node])] : all;
      const withAmount = pool.filter((n) => isAmount(n.row.anggaran));
      const node = withAmount.find((n) => agree(n.row.anggaran, item.anggaran));
      let nearest: BudgetNode | undefined;
      for (const n of withAmount) {
        if (!nearest || Math.abs(n.row.anggaran!.value! - item.anggaran.value) < Math.abs(nearest.row.anggaran!.value! - item.anggaran.value)) nearest = n;
      }
      lines.push({ sasaran, sasaranLabel, name: item.name, amount: item.anggaran, loc: item.loc, named: named?.node, node, nearest, match: named?.match });
    }
  }
  allocCache.set(model, lines);
  return lines;
}

function allocationItems(model: Model): Subject[] {
  return allocationLines(model).flatMap((l, i, list) => {
    const dup = list.slice(0, i).filter((x) => x.sasaran === l.sasaran && normalizeText(x.name) === normalizeText(l.name)).length;
    const near = l.nearest;
    return [
      {
        type: 'allocation-item',
        key: subjectKey('alokasi', l.sasaran, l.name, dup ? String(dup + 1) : undefined),
        loc: l.amount.loc ?? l.loc,
        evidence: quoteRow(l.name, l.amount),
        related: near ? [{ location: near.row.anggaran?.loc ?? near.row.loc, evidence: quoteRow(near.row.no, near.row.name, near.row.anggaran), note: { id: 'terdekat di tabel anggaran', en: 'closest in the budget table' } }] : [],
        facts: {
          name: l.name,
          sasaran: l.sasaranLabel,
          stated: l.amount,
          found: !!l.node,
          named: !!l.named,
          program: l.named ? l.named.row.name : '',
          scope: l.named
            ? { id: `${LEVEL[l.named.row.level].id} "${clip(l.named.row.name, 100)}" dan rinciannya`, en: `the ${LEVEL[l.named.row.level].en} "${clip(l.named.row.name, 100)}" and its items` }
            : { id: 'seluruh tabel anggaran (nama program tidak ditemukan)', en: 'the whole budget table (the programme name was not found)' },
          nearest: near?.row.anggaran,
          nearestName: near?.row.name ?? '',
          nearestLevel: near ? LEVEL[near.row.level] : { id: '', en: '' },
        },
      } satisfies Subject,
    ];
  });
}

function allocationSums(model: Model): Subject[] {
  if (!model.alokasi?.length) return [];
  const lines = allocationLines(model);
  const out: Subject[] = [];
  const byProgram = new Map<BudgetNode, AllocationLine[]>();
  for (const l of lines) {
    if (!l.named || l.named.row.level !== 'program') continue;
    byProgram.set(l.named, [...(byProgram.get(l.named) ?? []), l]);
  }
  for (const [program, list] of byProgram) {
    if (!isAmount(program.row.anggaran)) continue;
    const sum = Number(decimalSum(list.map((l) => l.amount.exact!)));
    out.push({
      type: 'allocation-sum',
      key: subjectKey('alokasi-sum', ...program.path),
      loc: list[0].amount.loc,
      evidence: quoteRow(...list.map((l) => `${l.name} ${l.amount.raw}`)),
      related: [{ location: program.row.anggaran.loc, evidence: quoteRow(program.row.no, program.row.name, program.row.anggaran), note: { id: 'tabel anggaran', en: 'budget table' } }],
      facts: {
        scope: 'program',
        label: { id: `program "${clip(program.row.name, 100)}"`, en: `the programme "${clip(program.row.name, 100)}"` },
        allocated: quantity(sum, 'rupiah', 0),
        budget: program.row.anggaran,
        programExcess: false,
        parts: list.map((l) => `${l.sasaranLabel.id}: ${l.amount.raw.trim()}`),
      },
    });
  }
  // All allocations against the pagu: items where given, else the stated total of the sasaran.
  const pagu = model.anggaran?.total?.anggaran ?? model.belanja?.total;
  if (isAmount(pagu)) {
    const amounts: Val[] = [];
    for (const a of model.alokasi ?? []) {
      const items = (a.items ?? []).map((i) => i.anggaran).filter(isAmount);
      if (items.length) amounts.push(...items);
      else if (isAmount(a.total)) amounts.push(a.total);
    }
    if (amounts.length) {
      out.push({
        type: 'allocation-sum',
        key: subjectKey('alokasi-sum', 'pagu'),
        loc: model.alokasi![0].loc,
        evidence: quoteRow(...(model.alokasi ?? []).map((a) => `Sasaran ${a.sasaran}: ${a.total?.raw ?? ''}`)),
        related: [{ location: pagu.loc, evidence: quoteRow(pagu), note: { id: 'pagu', en: 'budget ceiling' } }],
        facts: {
          scope: 'pagu',
          label: { id: 'seluruh anggaran (pagu)', en: 'the whole budget (ceiling)' },
          allocated: quantity(Number(decimalSum(amounts.map((v) => v.exact!))), 'rupiah', 0),
          budget: pagu,
          // An excess already reported for a program is not reported again for the whole pagu.
          programExcess: out.some((p) => exceeds(p.facts.allocated, p.facts.budget)),
          parts: (model.alokasi ?? []).map((a) => `sasaran ${a.sasaran}`),
        },
      });
    }
  }
  return out;
}

function allocationDuplicates(model: Model): Subject[] {
  const lines = allocationLines(model).filter((l) => l.node);
  const byNode = new Map<BudgetNode, AllocationLine[]>();
  for (const l of lines) byNode.set(l.node!, [...(byNode.get(l.node!) ?? []), l]);
  const out: Subject[] = [];
  for (const [node, list] of byNode) {
    const sasaran = [...new Set(list.map((l) => l.sasaran))];
    if (sasaran.length < 2) continue;
    const sum = Number(decimalSum(list.map((l) => l.amount.exact!)));
    out.push({
      type: 'allocation-duplicate',
      key: subjectKey('alokasi-dup', ...node.path),
      loc: list[1].amount.loc,
      evidence: quoteRow(...list.map((l) => `${l.sasaranLabel.id}: ${l.name} ${l.amount.raw}`)),
      related: [
        ...list.map((l) => ({ location: l.amount.loc, evidence: quoteRow(l.name, l.amount), note: l.sasaranLabel })),
        { location: node.row.anggaran?.loc ?? node.row.loc, evidence: quoteRow(node.row.no, node.row.name, node.row.anggaran), note: { id: 'tabel anggaran', en: 'budget table' } },
      ],
      facts: {
        nodeName: node.row.name,
        level: LEVEL[node.row.level],
        budget: node.row.anggaran,
        allocated: quantity(sum, 'rupiah', 0),
        sasaranList: sasaran.map((s) => `sasaran ${s}`).join(', '),
        count: sasaran.length,
      },
    });
  }
  return out;
}

export const subjects: Record<string, (model: Model) => Subject[]> = {
  'doc-presence': presences,
  'target-pair': targetPairs,
  'budget-pair': budgetPairs,
  'allocation-item': allocationItems,
  'allocation-sum': allocationSums,
  'allocation-duplicate': allocationDuplicates,
};

