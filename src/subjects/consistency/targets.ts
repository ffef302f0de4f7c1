// Targets: Bab III against the latest PK, the RKT, the Renstra (the report year's target) and
// Bab II; the Renstra progress table (Tabel 3.3) against the Renstra's final-year target. Each pair
// of targets of the same measure is a subject; the rules compare them (src/domain/targets.ts).
import type { Loc, Model, Val } from '../../model/types.js';
import { assign, type Assignment, type MatchInfo } from '../../domain/match.js';
import { compareTargets } from '../../domain/targets.js';
import { parseNumber } from '../../model/number-id.js';
import { quantity } from '../../domain/quantity.js';
import type { Subject } from '../../engine/types.js';
import { quoteRow } from '../evidence.js';
import { subjectKey } from '../subject-key.js';
import { occurrences, renstraFinalYear, type DocIndicator, type Measured } from './documents.js';
import { context, matchFacts } from './pairings.js';
import type { LintSettings } from '../../engine/settings.js';
import type { TolerancePolicy } from '../../domain/quantity.js';

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

interface Pairing {
  /** What the pair is keyed by: the other document. */
  kind: string;
  /** The other document's label, a key of "consistency-doc". */
  doc: string;
  /** Where Bab III states its target, a key of "consistency-target-place", and the table named. */
  place: string;
  table: string;
  year?: string;
  finalYear?: string;
}

export function targetPairs(model: Model, { tolerance }: LintSettings): Subject[] {
  const ctx = context(model);
  const out: Subject[] = [];
  const year = model.meta.tahun ? String(model.meta.tahun) : undefined;
  const occ = occurrences(ctx.measured.map((m) => m.text));
  const sources: { kind: string; doc: string; asg: Assignment<Measured, DocIndicator> }[] = [];
  if (ctx.pk) sources.push({ kind: ctx.pkDoc!, doc: ctx.pkDoc!, asg: ctx.vsPk });
  sources.push({ kind: 'rkt', doc: 'rkt', asg: ctx.vsRkt });
  if (year) sources.push({ kind: 'renstra', doc: 'renstra-year', asg: ctx.vsRenstra });
  sources.push({ kind: 'bab2', doc: 'bab2-pk', asg: ctx.vsBab2 });

  ctx.measured.forEach((m, i) => {
    for (const s of sources) {
      const pair = s.asg.byA.get(i);
      if (!pair) continue;
      const how: Pairing = { kind: s.kind, doc: s.doc, place: m.row.table ? 'bab3-table' : 'bab3', table: m.row.table ?? '', year };
      const s1 = pairSubject(how, m.text, occ[i], m.row.target, pair.b, pair.b.target, pair.match, pair.b.text, tolerance);
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
      if (compareTargets(thisYear, row.targetAkhir, tolerance).result === 'agree' && compareTargets(target, thisYear, tolerance).result !== 'agree') return;
      const how: Pairing = { kind: 'renstra-akhir', doc: 'renstra-final', place: row.table ? 'kemajuan-table' : 'kemajuan', table: row.table ?? '', finalYear };
      const s1 = pairSubject(how, row.indikator, rOcc[i], row.targetAkhir, { loc: pair.b.loc, evidence: quoteRow(pair.b.sasaran, pair.b.text, target) }, target, pair.match, pair.b.text, tolerance);
      if (s1) out.push(s1);
    });
  }
  return out;
}

function pairSubject(
  how: Pairing,
  indikator: string,
  occurrence: number,
  own: Val | undefined,
  other: { loc: Loc; evidence: string },
  otherTarget: Val | undefined,
  match: MatchInfo,
  otherText: string,
  tolerance: TolerancePolicy,
): Subject | undefined {
  // Targets of different measures ("10 kab/kota", "10%") or unreadable ones are not one target twice.
  const { result, skm } = compareTargets(own, otherTarget, tolerance);
  if (result === 'skip' || !own || !otherTarget) return undefined;
  const docParams = { year: how.year, finalYear: how.finalYear };
  return {
    type: 'target-pair',
    key: subjectKey('target', how.kind, indikator, occurrence ? String(occurrence + 1) : undefined),
    loc: own.loc,
    evidence: quoteRow(indikator, own),
    related: [{ location: otherTarget.loc ?? other.loc, evidence: other.evidence, note: { term: `consistency-doc.${how.doc}`, params: docParams } }],
    facts: {
      indikator,
      placeKey: how.place,
      table: how.table,
      docKey: how.doc,
      ...(how.year ? { year: how.year } : {}),
      ...(how.finalYear ? { finalYear: how.finalYear } : {}),
      stated: own,
      other: otherTarget,
      ...matchFacts(otherText, match),
      ...(skm ? skmFacts(skm) : { skm: 'none' }),
    },
  };
}

/** A letter set beside a number: what the message says of the conversion. */
function skmFacts(skm: NonNullable<ReturnType<typeof compareTargets>['skm']>) {
  return {
    // Not an SKM value; in the letter's interval; or in another grade's.
    skm: skm.ikm === undefined ? 'not-skm' : skm.mutu === skm.letter ? 'in-band' : 'other-grade',
    skmLetter: skm.letter,
    skmMin: quantity(skm.band.min, undefined, 2),
    skmMax: quantity(skm.band.max, undefined, 2),
    skmNumber: skm.number,
    // A nilai interval (1–4) converted to IKM: the IKM it stands for.
    skmConverted: skm.converted,
    ...(skm.ikm !== undefined ? { skmIkm: quantity(skm.ikm, undefined, 2) } : {}),
    ...(skm.mutu ? { skmGrade: skm.mutu } : {}),
  };
}
