// Subjects for the rating rules: each predikat of the measurement table, the report's rating scale
// as a whole, each band of it, each place two bands do not fit together, and each SKM value
// printed with its mutu letter.
import type { Model, Val } from '../model/types.js';
import { letterScaleOf } from '../domain/capaian.js';
import { quoteRow } from './evidence.js';
import { percentDecimals, quantity } from '../domain/quantity.js';
import { results } from './results.js';
import {
  bandNumber,
  declaredScale,
  inBand,
  isParsedBand,
  printedRanks,
  rate,
  sampleOf,
  scaleJoints,
  scaleNumbering,
  sortedBands,
  type Band,
  type Rating,
  type Scale,
  type Span,
  upperBound,
} from '../domain/scale.js';
import { IKM_BANDS, mutuSpan, parseSkmAnnotated } from '../domain/skm.js';
import { subjectKey } from './subject-key.js';
import { clip } from '../domain/text.js';
import type { Quantity, Subject } from '../engine/types.js';
import type { LintSettings } from '../engine/settings.js';
import type { Provider } from './provider.js';

/** A bound of a span as printed: as many decimals as it has, at most four. */
function bound(v: number): Quantity | undefined {
  if (!Number.isFinite(v)) return undefined;
  return quantity(v, undefined, Number.isInteger(v) ? 0 : Math.min(4, String(v).split('.')[1]?.length ?? 0));
}

/**
 * A span of values as facts: its bounds, and its shape, which the shared table rating-span turns
 * into "75 < x < 76", "x = 55", "76 ≤ x ≤ 80" (each end closed ≤, open < or none).
 */
export function spanFacts(s: Span): Record<string, unknown> {
  const end = (v: number, inclusive: boolean) => (Number.isFinite(v) ? (inclusive ? 'closed' : 'open') : 'none');
  const shape = s.from === s.to ? 'point' : `${end(s.from, s.fromInclusive)}-${end(s.to, s.toInclusive)}`;
  return { spanShape: shape, spanFrom: bound(s.from), spanTo: bound(s.to) };
}

function bandText(b: Band): string {
  return `${b.label.trim()} (${b.range.trim()})`;
}

function bandQuote(b: Band): string {
  return quoteRow(b.no, b.range, b.label);
}

/** Where a value that has no band lies: in a gap between two bands, or beyond the scale; the bands around it. */
function unrated(r: Rating, scale: Scale): Record<string, unknown> {
  if (r.band) return {};
  if (r.gap) {
    const span: Span = {
      from: r.gap.below.max!,
      fromInclusive: !r.gap.below.maxInclusive,
      to: r.gap.above.min!,
      toInclusive: !r.gap.above.minInclusive,
    };
    return { whereKind: 'gap', ...spanFacts(span), gapBelow: bandText(r.gap.below), gapAbove: bandText(r.gap.above) };
  }
  const edge = r.outside === 'above' ? sortedBands(scale).at(-1) : sortedBands(scale)[0];
  if (!edge) return {};
  return { whereKind: r.outside, edgeBand: bandText(edge) };
}

/** Bands of the scale whose range could not be read. */
function unreadable(scale: Scale): number {
  return scale.bands.filter((b) => !isParsedBand(b)).length;
}

function predikatSubjects(model: Model, settings: LintSettings): Subject[] {
  const { scale, indicators } = results(model, settings);
  const out: Subject[] = [];
  for (const ind of indicators) {
    const row = ind.row;
    const predikat = row.predikat?.trim();
    const stated = row.capaian?.kind === 'number' && row.capaian.value !== null ? row.capaian : undefined;
    const computed = ind.computed.value;
    // The predikat follows the capaian the table prints; the computed one when it prints none.
    const ratedValue = stated?.value ?? computed;
    if (ratedValue === undefined || ratedValue === null) {
      if (!predikat || predikat === '-') continue;
    }
    const rating = ratedValue !== undefined && ratedValue !== null ? rate(scale, ratedValue) : undefined;
    const computedBand = computed !== undefined ? rate(scale, computed).band : undefined;
    const hasPredikat = !!predikat && predikat !== '-';
    // A capaian that rests on an unsettled ambiguous number ("8,726": 8.726 or 8,726) is rated
    // under each of its readings: the predikat is judged only if it fits none of them.
    const readingLabels = (ind.unsettled?.values ?? []).flatMap((v) => rate(scale, v).band?.label ?? []);
    out.push({
      type: 'predikat',
      key: subjectKey('predikat', ind.sasaran, row.indikator),
      loc: (row.predikat !== undefined ? { ...row.loc, field: 'predikat' } : row.capaian?.loc) ?? row.loc,
      evidence: quoteRow(row.no, row.indikator, row.target, row.realisasi, row.capaian, row.predikat),
      facts: {
        indikator: row.indikator,
        predikat: hasPredikat ? predikat : undefined,
        scaleLabels: scale.bands.map((b) => b.label),
        labels: scale.bands.map((b) => b.label.trim()).join(', '),
        scaleDeclared: scale.declared,
        scaleTitle: scale.name,
        capaian: stated ?? (computed !== undefined ? quantity(computed, 'percent', percentDecimals()) : undefined),
        expectedLabel: rating?.band?.label.trim(),
        computedLabel: computedBand?.label,
        readingLabels,
        bandRange: rating?.band ? rating.band.range.trim() : undefined,
        extended: !!rating?.extended,
        ...(rating ? unrated(rating, scale) : {}),
        // A band printed so that it could not be read ("80 > 100") may be the one that covers it.
        unreadableBands: unreadable(scale),
      },
    });
  }
  return out;
}

function scaleSubjects(model: Model, settings: LintSettings): Subject[] {
  const declared = declaredScale(model);
  const measured = model.pengukuran ?? [];
  if (!declared) {
    if (!measured.length) return [];
    const first = measured[0];
    return [
      {
        type: 'scale',
        key: subjectKey('scale'),
        loc: first.loc,
        evidence: quoteRow(first.table, first.no, first.indikator, first.target, first.realisasi, first.capaian, first.predikat),
        facts: {
          printedBands: 0,
          measuredRows: measured.length,
          defaultName: results(model, settings).scale.name,
        },
      },
    ];
  }
  const printed = declared.bands.filter(isParsedBand);
  const sorted = sortedBands(declared);
  const numbering = scaleNumbering(declared);
  const top = sorted.at(-1);
  const fault = numbering && (numbering.duplicated.length ? (numbering.skipped.length ? 'both' : 'duplicated') : numbering.skipped.length ? 'skipped' : 'sequence');
  return [
    {
      type: 'scale',
      key: subjectKey('scale'),
      loc: declared.loc ?? declared.bands[0]?.loc ?? { file: model.file },
      evidence: clip(declared.bands.map(bandQuote).join(' / '), 240),
      facts: {
        printedBands: declared.bands.length,
        measuredRows: measured.length,
        unreadableBands: unreadable(declared),
        bandRanks: printedRanks(declared),
        orderShown: printed.map(bandText).join(', '),
        bandNumbers: numbering?.printed.map(bandNumber),
        numberingShown: numbering?.printed.join(', '),
        numberingExpected: numbering?.expected.join(', '),
        numberingFault: fault,
        duplicatedNumbers: numbering?.duplicated.join(', '),
        skippedNumbers: numbering?.skipped.join(', '),
        upperBound: upperBound(declared),
        topBand: top ? bandText(top) : undefined,
        topRange: top?.range.trim(),
      },
    },
  ];
}

function jointSubjects(model: Model): Subject[] {
  const scale = declaredScale(model);
  if (!scale) return [];
  return scaleJoints(scale).map((j) => {
    // Point at the band printed first of the two; the other one is related.
    const [first, second] = scale.bands.indexOf(j.lower) <= scale.bands.indexOf(j.upper) ? [j.lower, j.upper] : [j.upper, j.lower];
    const sample = sampleOf(j.span);
    return {
      type: 'scale-joint',
      key: subjectKey('scale', j.kind, j.lower.label, j.lower.range, j.upper.label, j.upper.range),
      loc: first.loc ?? scale.loc ?? { file: model.file },
      evidence: clip(`${bandQuote(first)} / ${bandQuote(second)}`, 240),
      related: second.loc ? [{ location: second.loc, evidence: bandQuote(second) }] : undefined,
      facts: {
        lower: bandText(j.lower),
        upper: bandText(j.upper),
        ...spanFacts(j.span),
        sample: quantity(sample, 'percent', Number.isInteger(sample) ? 0 : Math.min(4, String(sample).split('.')[1].length)),
        // No band holds a value of a gap; two (or more) hold a value of an overlap.
        bandsAtSample: scale.bands.filter((b) => inBand(b, sample)).length,
        // A band printed so that it could not be read ("80 > 100") may be the one that fills a gap.
        unreadableBands: unreadable(scale),
      },
    };
  });
}

function bandSubjects(model: Model): Subject[] {
  const scale = declaredScale(model);
  if (!scale) return [];
  return scale.bands.map((b, i) => ({
    type: 'scale-band',
    key: subjectKey('scale', 'band', b.label, b.no ?? String(i + 1)),
    loc: b.loc ?? scale.loc ?? { file: model.file },
    evidence: bandQuote(b),
    facts: {
      label: b.label.trim(),
      range: b.range.trim(),
      min: b.min,
      max: b.max,
    },
  }));
}

/** Which value of which table an SKM value is (the rule words it). */
type SkmSource = 'pengukuran-target' | 'pengukuran-realisasi' | 'riwayat' | 'kemajuan-target' | 'kemajuan-realisasi' | 'nasional-realisasi' | 'nasional';

interface SkmValueSource {
  source: SkmSource;
  year?: string;
  indikator: string;
  value: Val | undefined;
  key: (string | number | undefined)[];
  evidence: string;
}

/** The per-year values of a row (the model gives the map itself a `loc`, which is not a year). */
function yearValues(values: Record<string, unknown> | undefined): [string, Val][] {
  return Object.entries(values ?? {}).filter((e): e is [string, Val] => /^\d{4}$/.test(e[0]) && !!e[1] && typeof e[1] === 'object' && 'raw' in (e[1] as object));
}

/** The values of the SKM indicators, wherever a table prints them (rows of other indicators are skipped first). */
function skmSources(model: Model): SkmValueSource[] {
  const out: SkmValueSource[] = [];
  const skm = <R extends { indikator: string }>(rows: R[] | undefined) => (rows ?? []).filter((r) => letterScaleOf(r.indikator) === 'skm');
  for (const r of skm(model.pengukuran)) {
    const ev = quoteRow(r.no, r.indikator, r.target, r.realisasi, r.capaian);
    out.push({ source: 'pengukuran-target', indikator: r.indikator, value: r.target, key: ['pengukuran', r.indikator, 'target'], evidence: ev });
    out.push({ source: 'pengukuran-realisasi', indikator: r.indikator, value: r.realisasi, key: ['pengukuran', r.indikator, 'realisasi'], evidence: ev });
  }
  for (const r of skm(model.riwayat))
    for (const [year, v] of yearValues(r.values))
      out.push({
        source: 'riwayat',
        year,
        indikator: r.indikator,
        value: v as Val,
        key: ['riwayat', r.indikator, year],
        evidence: quoteRow(r.indikator, ...yearValues(r.values).map(([y, x]) => `${y}: ${x.raw}`)),
      });
  for (const r of skm(model.kemajuanRenstra)) {
    const ev = quoteRow(r.indikator, r.targetAkhir, r.realisasi, r.kemajuan);
    out.push({ source: 'kemajuan-target', indikator: r.indikator, value: r.targetAkhir, key: ['kemajuan', r.indikator, 'target'], evidence: ev });
    out.push({ source: 'kemajuan-realisasi', indikator: r.indikator, value: r.realisasi, key: ['kemajuan', r.indikator, 'realisasi'], evidence: ev });
  }
  for (const r of skm(model.nasional)) {
    const ev = quoteRow(r.indikator, r.realisasi, r.nasional);
    out.push({ source: 'nasional-realisasi', indikator: r.indikator, value: r.realisasi, key: ['nasional', r.indikator, 'realisasi'], evidence: ev });
    out.push({ source: 'nasional', indikator: r.indikator, value: r.nasional, key: ['nasional', r.indikator, 'nasional'], evidence: ev });
  }
  return out;
}

function skmSubjects(model: Model): Subject[] {
  const out: Subject[] = [];
  for (const src of skmSources(model)) {
    if (!src.value) continue;
    const a = parseSkmAnnotated(src.value.raw);
    if (!a) continue;
    const span = mutuSpan(a.number.value!, a.number.decimals);
    if (!span) continue;
    const ni = a.number.value! >= 1 && a.number.value! <= 4;
    const band = IKM_BANDS.find((b) => b.mutu === span.low)!;
    out.push({
      type: 'skm-value',
      key: subjectKey('skm', ...src.key),
      loc: src.value.loc,
      evidence: src.evidence,
      facts: {
        indikator: src.indikator,
        source: src.source,
        year: src.year,
        value: a.number.raw.trim(),
        statedMutu: a.mutuText,
        statedLetter: a.mutu,
        lowestMutu: span.low,
        highestMutu: span.high,
        computedMutu: span.low === span.high ? span.low : `${span.low}/${span.high}`,
        interval: ni,
        ikm: quantity(span.ikm, undefined, 2),
        bandMin: quantity(band.min, undefined, 2),
        bandMax: quantity(band.max, undefined, 2),
      },
    });
  }
  return out;
}

export const subjects: Record<string, Provider> = {
  predikat: predikatSubjects,
  scale: scaleSubjects,
  'scale-joint': jointSubjects,
  'scale-band': bandSubjects,
  'skm-value': skmSubjects,
};

