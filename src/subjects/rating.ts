// Subjects for the rating rules: each predikat of the measurement table, the report's rating scale
// as a whole, each band of it, each place two bands do not fit together, and each SKM value
// printed with its mutu letter.
import type { Model, Val } from '../model/types.js';
import { letterScaleOf } from '../domain/capaian.js';
import { quoteRow } from './evidence.js';
import { formatNumber } from '../engine/format.js';
import { percentDecimals, quantity } from '../domain/quantity.js';
import { results } from './results.js';
import {
  bandByLabel,
  coversAbove,
  declaredScale,
  isParsedBand,
  rate,
  sameLabel,
  sampleOf,
  scaleJoints,
  scaleNumbering,
  scaleOrder,
  sortedBands,
  type Band,
  type Rating,
  type Scale,
  type Span,
} from '../domain/scale.js';
import { IKM_BANDS, mutuRank, mutuSpan, parseSkmAnnotated, type Mutu } from '../domain/skm.js';
import { subjectKey } from './subject-key.js';
import { clip } from '../domain/text.js';
import type { Lang, Localized, Subject } from '../engine/types.js';

function n(v: number, lang: Lang): string {
  const decimals = Number.isInteger(v) ? 0 : Math.min(4, String(v).split('.')[1]?.length ?? 0);
  return formatNumber(v, decimals, lang);
}

function localized(f: (lang: Lang) => string): Localized {
  return { id: f('id'), en: f('en') };
}

/** "75 < x < 76", "x = 55", "76 ≤ x ≤ 80". */
function spanText(s: Span, lang: Lang): string {
  if (s.from === s.to) return `x = ${n(s.from, lang)}`;
  const left = Number.isFinite(s.from) ? `${n(s.from, lang)} ${s.fromInclusive ? '≤' : '<'} ` : '';
  const right = Number.isFinite(s.to) ? ` ${s.toInclusive ? '≤' : '<'} ${n(s.to, lang)}` : '';
  return `${left}x${right}`;
}

function bandText(b: Band): string {
  return `${b.label.trim()} (${b.range.trim()})`;
}

function bandQuote(b: Band): string {
  return quoteRow(b.no, b.range, b.label);
}

function scaleName(scale: Scale): Localized {
  if (scale.declared) return { id: 'skala penilaian laporan', en: "the report's rating scale" };
  return { id: `${scale.name} (skala bawaan; laporan tidak menyatakan skala)`, en: `${scale.name} (default; the report declares no scale)` };
}

/** Where a value that has no band lies: in a gap between two bands, or beyond the scale. */
function unrated(r: Rating, scale: Scale): Localized | undefined {
  if (r.band) return undefined;
  if (r.gap) {
    const span: Span = {
      from: r.gap.below.max!,
      fromInclusive: !r.gap.below.maxInclusive,
      to: r.gap.above.min!,
      toInclusive: !r.gap.above.minInclusive,
    };
    return localized((l) =>
      l === 'id'
        ? `berada di celah ${spanText(span, l)} antara ${bandText(r.gap!.below)} dan ${bandText(r.gap!.above)} pada ${scaleName(scale).id}`
        : `falls in the gap ${spanText(span, l)} between ${bandText(r.gap!.below)} and ${bandText(r.gap!.above)} of ${scaleName(scale).en}`,
    );
  }
  const edge = r.outside === 'above' ? sortedBands(scale).at(-1) : sortedBands(scale)[0];
  if (!edge) return undefined;
  return r.outside === 'above'
    ? { id: `di atas predikat tertinggi ${bandText(edge)} pada ${scaleName(scale).id}`, en: `lies above the top predikat ${bandText(edge)} of ${scaleName(scale).en}` }
    : { id: `di bawah predikat terendah ${bandText(edge)} pada ${scaleName(scale).id}`, en: `lies below the lowest predikat ${bandText(edge)} of ${scaleName(scale).en}` };
}

function predikatSubjects(model: Model): Subject[] {
  const { scale, indicators } = results(model);
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
    const readingBands = (ind.unsettled?.values ?? []).map((v) => rate(scale, v));
    const matches =
      hasPredikat &&
      ((rating?.band && sameLabel(rating.band.label, predikat!)) ||
        (computedBand && sameLabel(computedBand.label, predikat!)) ||
        readingBands.some((r) => r.band && sameLabel(r.band.label, predikat!)));
    out.push({
      type: 'predikat',
      key: subjectKey('predikat', ind.sasaran, row.indikator),
      loc: (row.predikat !== undefined ? { ...row.loc, field: 'predikat' } : row.capaian?.loc) ?? row.loc,
      evidence: quoteRow(row.no, row.indikator, row.target, row.realisasi, row.capaian, row.predikat),
      facts: {
        indikator: row.indikator,
        predikat: hasPredikat ? predikat : undefined,
        hasPredikat,
        onScale: hasPredikat && !!bandByLabel(scale, predikat!),
        labels: scale.bands.map((b) => b.label.trim()).join(', '),
        scaleName: scaleName(scale),
        scaleDeclared: scale.declared,
        capaian: stated ?? (computed !== undefined ? quantity(computed, 'percent', percentDecimals()) : undefined),
        rated: !!rating?.band,
        expectedLabel: rating?.band?.label.trim(),
        bandRange: rating?.band ? rating.band.range.trim() : undefined,
        extendedNote: rating?.extended
          ? { id: ' (capaian di atas 100 dinilai dengan predikat tertinggi)', en: ' (a capaian above 100 takes the top predikat)' }
          : { id: '', en: '' },
        matches: !!matches,
        where: rating ? unrated(rating, scale) : undefined,
        unrated: !!rating && !rating.band && !!unrated(rating, scale) && !readingBands.some((r) => r.band),
        ratedExpected: { id: 'satu predikat pada skala', en: 'one predikat of the scale' },
        // A gap of the default scale matters only when the report rates its capaian at all.
        gapRelevant: scale.declared || hasPredikat,
        // A band printed so that it could not be read ("80 > 100") may be the one that covers it.
        scaleComplete: scale.bands.every(isParsedBand),
      },
    });
  }
  return out;
}

function scaleSubjects(model: Model): Subject[] {
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
          declared: false,
          hasPengukuran: true,
          hasPredikat: measured.some((m) => !!m.predikat?.trim()),
          defaultName: results(model).scale.name,
          declaredText: { id: 'skala penilaian capaian dinyatakan', en: 'a rating scale for capaian is declared' },
          actualText: { id: `tidak ada; dipakai ${results(model).scale.name}`, en: `none; ${results(model).scale.name} used` },
        },
      },
    ];
  }
  const parsed = declared.bands.filter(isParsedBand);
  const allParsed = parsed.length === declared.bands.length;
  const numbering = scaleNumbering(declared);
  const order = scaleOrder(declared);
  const top = sortedBands(declared).at(-1);
  const numberingNote = numbering
    ? localized((l) => {
        const parts: string[] = [];
        if (numbering.duplicated.length)
          parts.push(l === 'id' ? `nomor ${numbering.duplicated.join(', ')} dipakai lebih dari sekali` : `number ${numbering.duplicated.join(', ')} is used more than once`);
        if (numbering.skipped.length) parts.push(l === 'id' ? `nomor ${numbering.skipped.join(', ')} terlewat` : `number ${numbering.skipped.join(', ')} is skipped`);
        if (!parts.length) parts.push(l === 'id' ? 'urutannya tidak 1, 2, 3, …' : 'it does not run 1, 2, 3, …');
        return parts.join(l === 'id' ? '; ' : '; ');
      })
    : undefined;
  return [
    {
      type: 'scale',
      key: subjectKey('scale'),
      loc: declared.loc ?? declared.bands[0]?.loc ?? { file: model.file },
      evidence: clip(declared.bands.map(bandQuote).join(' / '), 240),
      facts: {
        declared: true,
        hasPengukuran: measured.length > 0,
        allParsed,
        bandCount: parsed.length,
        order,
        orderShown: declared.bands.filter(isParsedBand).map((b) => `${b.label.trim()} (${b.range.trim()})`).join(', '),
        orderExpected: { id: 'urut naik atau urut turun menurut capaian', en: 'ascending or descending by capaian' },
        numberingOk: numbering ? numbering.ok : undefined,
        numberingShown: numbering?.printed.join(', '),
        numberingExpected: numbering?.expected.join(', '),
        numberingNote,
        coversAbove100: coversAbove(declared, 100),
        topBand: top ? bandText(top) : undefined,
        topRange: top?.range.trim(),
        topExpected: { id: 'ada predikat untuk capaian > 100%', en: 'a predikat for capaian > 100%' },
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
        kind: j.kind,
        lower: bandText(j.lower),
        upper: bandText(j.upper),
        span: localized((l) => spanText(j.span, l)),
        sample: quantity(sample, 'percent', Number.isInteger(sample) ? 0 : Math.min(4, String(sample).split('.')[1].length)),
        noGap: { id: 'tanpa celah', en: 'no gap' },
        // A band printed so that it could not be read ("80 > 100") may be the one that fills a gap.
        scaleComplete: scale.bands.every(isParsedBand),
        noOverlap: { id: 'tanpa tumpang tindih', en: 'no overlap' },
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
      parsed: isParsedBand(b),
      readable: { id: 'rentang angka yang dapat dibaca (mis. "76 % s/d 100 %")', en: 'a readable numeric range (e.g. "76 % s/d 100 %")' },
    },
  }));
}

interface SkmValueSource {
  context: Localized;
  indikator: string;
  value: Val | undefined;
  key: (string | number | undefined)[];
  evidence: string;
}

/** The per-year values of a row (the model gives the map itself a `loc`, which is not a year). */
function yearValues(values: Record<string, unknown> | undefined): [string, Val][] {
  return Object.entries(values ?? {}).filter((e): e is [string, Val] => /^\d{4}$/.test(e[0]) && !!e[1] && typeof e[1] === 'object' && 'raw' in (e[1] as object));
}

function skmSources(model: Model): SkmValueSource[] {
  const out: SkmValueSource[] = [];
  for (const r of model.pengukuran ?? []) {
    const ev = quoteRow(r.no, r.indikator, r.target, r.realisasi, r.capaian);
    out.push({ context: { id: 'target pengukuran kinerja', en: 'the measurement target' }, indikator: r.indikator, value: r.target, key: ['pengukuran', r.indikator, 'target'], evidence: ev });
    out.push({ context: { id: 'realisasi pengukuran kinerja', en: 'the measured realisation' }, indikator: r.indikator, value: r.realisasi, key: ['pengukuran', r.indikator, 'realisasi'], evidence: ev });
  }
  for (const r of model.riwayat ?? [])
    for (const [year, v] of yearValues(r.values))
      out.push({
        context: { id: `realisasi tahun ${year}`, en: `the realisation of ${year}` },
        indikator: r.indikator,
        value: v as Val,
        key: ['riwayat', r.indikator, year],
        evidence: quoteRow(r.indikator, ...yearValues(r.values).map(([y, x]) => `${y}: ${x.raw}`)),
      });
  for (const r of model.kemajuanRenstra ?? []) {
    const ev = quoteRow(r.indikator, r.targetAkhir, r.realisasi, r.kemajuan);
    out.push({ context: { id: 'target akhir Renstra', en: 'the Renstra end target' }, indikator: r.indikator, value: r.targetAkhir, key: ['kemajuan', r.indikator, 'target'], evidence: ev });
    out.push({ context: { id: 'realisasi (perbandingan dengan Renstra)', en: 'the realisation (compared with the Renstra)' }, indikator: r.indikator, value: r.realisasi, key: ['kemajuan', r.indikator, 'realisasi'], evidence: ev });
  }
  for (const r of model.nasional ?? []) {
    const ev = quoteRow(r.indikator, r.realisasi, r.nasional);
    out.push({ context: { id: 'realisasi (perbandingan nasional)', en: 'the realisation (national comparison)' }, indikator: r.indikator, value: r.realisasi, key: ['nasional', r.indikator, 'realisasi'], evidence: ev });
    out.push({ context: { id: 'realisasi nasional', en: 'the national realisation' }, indikator: r.indikator, value: r.nasional, key: ['nasional', r.indikator, 'nasional'], evidence: ev });
  }
  return out;
}

function skmSubjects(model: Model): Subject[] {
  const out: Subject[] = [];
  for (const src of skmSources(model)) {
    if (!src.value || letterScaleOf(src.indikator) !== 'skm') continue;
    const a = parseSkmAnnotated(src.value.raw);
    if (!a) continue;
    const span = mutuSpan(a.number.value!, a.number.decimals);
    if (!span) continue;
    const fitsLetter = mutuRank(a.mutu) >= mutuRank(span.low) && mutuRank(a.mutu) <= mutuRank(span.high);
    const ni = a.number.value! >= 1 && a.number.value! <= 4;
    const mutuShown = (m: Mutu) => m;
    const expected = span.low === span.high ? mutuShown(span.low) : `${span.low}/${span.high}`;
    const band = IKM_BANDS.find((b) => b.mutu === span.low)!;
    out.push({
      type: 'skm-value',
      key: subjectKey('skm', ...src.key),
      loc: src.value.loc,
      evidence: src.evidence,
      facts: {
        indikator: src.indikator,
        context: src.context,
        value: a.number.raw.trim(),
        statedMutu: a.mutuText,
        fits: fitsLetter,
        computedMutu: expected,
        conversion: localized((l) =>
          ni
            ? `${l === 'id' ? 'NI' : 'NI'} ${a.number.raw.trim()} × 25 = IKM ${formatNumber(span.ikm, 2, l)}`
            : `IKM ${a.number.raw.trim()}`,
        ),
        kinerja: band.kinerja,
        bandRange: localized((l) => `${formatNumber(band.min, 2, l)}–${formatNumber(band.max, 2, l)}`),
      },
    });
  }
  return out;
}

export const subjects: Record<string, (model: Model) => Subject[]> = {
  predikat: predikatSubjects,
  scale: scaleSubjects,
  'scale-joint': jointSubjects,
  'scale-band': bandSubjects,
  'skm-value': skmSubjects,
};

