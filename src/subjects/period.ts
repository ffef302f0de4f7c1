// Subjects for the period rules: years in prose that should be the reporting year, signing dates
// of the report and of its planning documents, and the years/periods those documents are for.
import type { Loc, Model } from '../model/types.js';
import { dayNumber, formatDay, formatMonths, monthsAfterYearEnd, parseDate, type DateSpan } from '../domain/dates.js';
import { excerpt } from '../domain/excerpt.js';
import { occurrenceKeys } from './occurrence-key.js';
import { subjectKey } from './subject-key.js';
import { clip } from '../domain/text.js';
import type { Subject } from '../engine/types.js';
import { findYearMentions } from '../domain/year-mentions.js';
import { contradictedYear, yearSources, yearUnknown } from '../domain/year-sources.js';
import type { Provider } from './provider.js';

export interface Text {
  text: string;
  loc: Loc;
  where: string;
}

/**
 * Prose, headings (also Daftar Isi entries) and table captions: where years are written. The title
 * on the cover and the running titles are sources of the year's vote, not checked here (see
 * yearSources): a footer on every page is one statement, not one per page.
 */
export function texts(model: Model): Text[] {
  const out: Text[] = [];
  for (const s of model.sections ?? []) out.push({ text: s.title, loc: s.loc, where: s.inToc ? 'daftar-isi' : 'heading' });
  for (const t of model.tables ?? []) if (t.title) out.push({ text: t.title, loc: t.loc, where: 'table' });
  for (const p of model.paragraphs ?? []) out.push({ text: p.text, loc: p.loc, where: 'text' });
  return out;
}

function yearMentions(model: Model): Subject[] {
  const year = model.meta.tahun;
  if (!year) return [];
  const own = contradictedYear(model);
  const key = occurrenceKeys();
  const out: Subject[] = [];
  for (const t of texts(model)) {
    for (const m of findYearMentions(t.text, year)) {
      if (m.year === own) continue;
      out.push({
        type: 'year-mention',
        key: key(subjectKey('year', t.where === 'daftar-isi' ? 'daftar-isi' : '', m.kind, m.phrase)),
        loc: t.loc,
        evidence: excerpt(t.text, m.index, m.phrase.length),
        facts: { kind: m.kind, phrase: m.phrase, stated: String(m.year), expected: String(year) },
      });
    }
  }
  return out;
}

/** Months after the budget year a report is due, by the agency's level (named in rules/terms.json, table period-level). */
const DUE_MONTHS: Record<string, number> = { opd: 2, kecamatan: 2, unit: 2, kementerian: 2, lembaga: 2, pemda: 3 };
/** An agency of unstated level: the longest limit. */
const UNKNOWN_DUE = 3;

function reviuDate(model: Model): DateSpan | undefined {
  return (model.signings ?? []).filter((s) => s.document === 'pernyataan-reviu').map((s) => parseDate(s.date)).find((d) => !!d);
}

/** Signing dates of the report itself (Kata Pengantar or the LKjIP's own signature). */
function reportSignings(model: Model): Subject[] {
  const year = model.meta.tahun;
  if (!year) return [];
  const level = model.meta.level && model.meta.level in DUE_MONTHS ? model.meta.level : 'unknown';
  const months = DUE_MONTHS[level] ?? UNKNOWN_DUE;
  const deadline = monthsAfterYearEnd(year, months);
  const reviu = reviuDate(model);
  return (model.signings ?? []).flatMap((s) => {
    if (s.document !== 'kata-pengantar' && s.document !== 'lkjip') return [];
    const date = parseDate(s.date);
    if (!date) return [];
    return [
      {
        type: 'report-signing',
        key: subjectKey('signing', s.document, s.date),
        loc: s.loc,
        evidence: clip([[s.place, s.date].filter(Boolean).join(', '), s.signatories?.[0]?.name].filter(Boolean).join(' — ')),
        facts: {
          document: s.document,
          date: s.date,
          signedStart: date.start,
          signedEnd: date.end,
          yearEnd: dayNumber(year, 12, 31),
          reportYear: String(year),
          deadline,
          deadlineText: { id: formatDay(deadline, 'id'), en: formatDay(deadline, 'en') },
          expectedWindow: { id: formatMonths(year + 1, 1, months, 'id'), en: formatMonths(year + 1, 1, months, 'en') },
          months,
          level,
          reviuStart: reviu?.start,
          reviuDate: reviu?.text,
        },
      },
    ];
  });
}

interface DatedPlan {
  document: 'pk' | 'pk-perubahan' | 'rkt';
  date: DateSpan;
  written: string;
  loc: Loc;
  docYear: number;
}

/** Signing dates of the PK, PK Perubahan and RKT, from their own fields and from signature blocks. */
function datedPlans(model: Model): DatedPlan[] {
  const out: DatedPlan[] = [];
  const pkYear = (kind: string) => model.pk?.find((p) => p.kind === kind && p.year)?.year;
  for (const pk of model.pk ?? []) {
    const date = parseDate(pk.date);
    const docYear = pk.year ?? model.meta.tahun;
    if (date && pk.date && docYear) out.push({ document: pk.kind, date, written: pk.date, loc: pk.loc, docYear });
  }
  for (const s of model.signings ?? []) {
    if (s.document !== 'pk' && s.document !== 'pk-perubahan' && s.document !== 'rkt') continue;
    const date = parseDate(s.date);
    if (!date || !s.date) continue;
    const docYear = (s.document === 'rkt' ? model.rkt?.year : pkYear(s.document)) ?? model.meta.tahun;
    if (!docYear) continue;
    out.push({ document: s.document, date, written: s.date, loc: s.loc, docYear });
  }
  return out;
}

/**
 * A PK for year N is signed once the budget is approved: late in N-1 or in N; so is a PK
 * Perubahan (usually in N, after the budget revision; earlier when officials change). An RKT for N
 * is drawn up in N-1 or early in N. Dates after N or before N-1 cannot be right.
 */
function planSignings(model: Model): Subject[] {
  return datedPlans(model).map((p) => {
    const windowStart = dayNumber(p.docYear - 1, 1, 1);
    const windowEnd = dayNumber(p.docYear, 12, 31);
    return {
      type: 'plan-signing',
      key: subjectKey('plan-date', p.document, p.written),
      loc: p.loc,
      evidence: clip(p.written),
      facts: {
        document: p.document,
        date: p.written,
        start: p.date.start,
        end: p.date.end,
        windowStart,
        windowEnd,
        docYear: String(p.docYear),
        window: {
          id: `${formatDay(windowStart, 'id')} – ${formatDay(windowEnd, 'id')}`,
          en: `${formatDay(windowStart, 'en')} – ${formatDay(windowEnd, 'en')}`,
        },
      },
    };
  });
}

/** Each PK Perubahan date beside the earliest date of the PK it revises. */
function pkOrder(model: Model): Subject[] {
  const plans = datedPlans(model);
  const pk = plans.filter((p) => p.document === 'pk').sort((a, b) => a.date.start - b.date.start)[0];
  if (!pk) return [];
  return plans
    .filter((p) => p.document === 'pk-perubahan')
    .map((p) => ({
      type: 'pk-order',
      key: subjectKey('pk-order', p.written),
      loc: p.loc,
      evidence: clip(p.written),
      related: [{ location: pk.loc, evidence: pk.written, note: { term: 'period-note.pk-date' } }],
      facts: {
        perubahanDate: p.written,
        perubahanEnd: p.date.end,
        pkDate: pk.written,
        pkStart: pk.date.start,
      },
    }));
}

const PERIOD = /((?:19|20)\d{2})\s*(?:[-–—]|s\.?\s?\/?\s?d\.?|sampai(?:\s+dengan)?|hingga)\s*((?:19|20)\d{2})/i;
const SINGLE_YEAR = /\btahun\s+((?:19|20)\d{2})\b(?!\s*(?:[-–—]|s\.?\s?\/?\s?d|sampai|hingga))/i;

/** The year a PK, RKT or IKU decree is for, beside the reporting year. */
function documentYears(model: Model): Subject[] {
  if (!model.meta.tahun) return [];
  const expected = String(model.meta.tahun);
  const own = contradictedYear(model);
  const out: Subject[] = [];
  (model.pk ?? []).forEach((pk, i) => {
    if (pk.year === undefined || pk.year === own) return;
    out.push({
      type: 'document-year',
      key: subjectKey('doc-year', pk.kind, pk.title ?? String(i)),
      loc: pk.loc,
      evidence: clip(pk.title ?? `${pk.kind} ${pk.year}`),
      facts: { document: pk.kind, stated: String(pk.year), expected },
    });
  });
  if (model.rkt?.year !== undefined && model.rkt.year !== own) {
    out.push({
      type: 'document-year',
      key: subjectKey('doc-year', 'rkt', model.rkt.title ?? ''),
      loc: model.rkt.loc,
      evidence: clip(model.rkt.title ?? `RKT ${model.rkt.year}`),
      facts: { document: 'rkt', stated: String(model.rkt.year), expected },
    });
  }
  for (const iku of model.iku ?? []) {
    const d = iku.decree;
    if (!d) continue;
    const heading = [d.title, d.tentang].filter(Boolean).join(' ');
    if (PERIOD.test(heading)) continue; // a period: see documentPeriods
    const single = SINGLE_YEAR.exec(heading);
    if (!single || Number(single[1]) === own) continue;
    out.push({
      type: 'document-year',
      key: subjectKey('doc-year', 'sk-iku', d.nomor ?? d.title ?? ''),
      loc: d.loc,
      evidence: clip(heading),
      facts: { document: 'sk-iku', stated: single[1], expected },
    });
  }
  return out;
}

/** The period of the Renstra (and of an IKU decree set for a period), beside the reporting year. */
function documentPeriods(model: Model): Subject[] {
  const year = model.meta.tahun;
  if (!year) return [];
  const candidates: { document: string; text: string; loc: Loc }[] = [];
  if (model.renstra?.period) candidates.push({ document: 'renstra', text: model.renstra.period, loc: model.renstra.loc });
  if (model.meta.renstraPeriod) candidates.push({ document: 'renstra', text: model.meta.renstraPeriod, loc: model.meta.loc });
  for (const iku of model.iku ?? []) {
    const heading = [iku.decree?.title, iku.decree?.tentang].filter(Boolean).join(' ');
    if (iku.decree && PERIOD.test(heading)) candidates.push({ document: 'sk-iku', text: heading, loc: iku.decree.loc });
  }
  const seen = new Set<string>();
  return candidates.flatMap((c) => {
    const m = PERIOD.exec(c.text);
    if (!m) return [];
    const [from, to] = [Number(m[1]), Number(m[2])];
    const key = subjectKey('period', c.document, `${from}-${to}`);
    if (seen.has(key)) return [];
    seen.add(key);
    return [
      {
        type: 'document-period',
        key,
        loc: c.loc,
        evidence: clip(c.text),
        facts: {
          document: c.document,
          period: m[0],
          from,
          to,
          year,
          reportYear: String(year),
        },
      },
    ];
  });
}

export const subjects: Record<string, Provider> = {
  'year-mention': yearMentions,
  'report-signing': reportSignings,
  'plan-signing': planSignings,
  'pk-order': pkOrder,
  'document-year': documentYears,
  'document-period': documentPeriods,
  'year-sources': yearSources,
  'year-unknown': yearUnknown,
};
