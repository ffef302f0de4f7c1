// This year's report beside last year's (--previous, or the earlier of two successive LKjIPs in a
// berkas): last year's realisasi as this year's history table restates it, the Renstra's targets
// for the years both reports print, the indicators measured in one year and not the other, and a
// table carried over unchanged. Indicators of the two years are paired by name (sameName, the one
// matcher): every finding resting on it is a warning at most.
import type { Subject } from '../../engine/types.js';
import { sameName } from '../../domain/names.js';
import { clip, normalizeText } from '../../domain/text.js';
import type { Model, Val } from '../../model/types.js';
import { quoteRow } from '../evidence.js';
import { indicatorExplanations } from './previous-explained.js';
import { subjectKey } from '../subject-key.js';
import { pushTo } from '../../util/multimap.js';

const same = (a: string, b: string) => normalizeText(a) === normalizeText(b);
const matchedBy = (a: string, b: string) => (same(a, b) ? 'same-text' : 'name');
const lastYearNote = (year: number | undefined) => ({ term: 'previous-place.report', params: { year: year === undefined ? '' : String(year) } });

/** The item of `list` whose name is the same as `name`: its very text first, then by the matcher. */
function pick<T>(name: string, list: T[], text: (x: T) => string): T | undefined {
  return list.find((x) => same(text(x), name)) ?? list.find((x) => sameName(name, text(x), 'name'));
}

/** Last year's realisasi as this year's history table (Tabel 3.2, "realisasi tahun lalu") prints it, beside last year's report. */
export function previousRealisasi(model: Model): Subject[] {
  const previous = model.previous;
  const year = model.meta.tahun;
  if (!previous || !year) return [];
  const last = year - 1;
  const measured = (previous.pengukuran ?? []).filter((r) => r.realisasi && r.realisasi.kind !== 'empty');
  const out: Subject[] = [];
  for (const row of model.riwayat ?? []) {
    const stated = row.values?.[String(last)];
    if (!stated || stated.kind === 'empty') continue;
    const partner = pick(row.indikator, measured, (r) => r.indikator);
    if (!partner) continue;
    out.push({
      type: 'previous-realisasi',
      key: subjectKey('previous-realisasi', row.indikator),
      loc: stated.loc,
      evidence: quoteRow(row.indikator, stated),
      related: [{ location: partner.realisasi!.loc, evidence: quoteRow(partner.indikator, partner.target, partner.realisasi), note: lastYearNote(last) }],
      facts: { indikator: row.indikator, year: String(last), stated, reported: partner.realisasi, matched: partner.indikator, matchedBy: matchedBy(row.indikator, partner.indikator) },
    });
  }
  return out;
}

interface RenstraIndicator {
  text: string;
  targets?: Record<string, Val>;
}

function renstraIndicators(model: Model): RenstraIndicator[] {
  return (model.renstra?.tujuan ?? []).flatMap((t) => (t.sasaran ?? []).flatMap((s) => (s.indikator ?? []) as RenstraIndicator[]));
}

/** A revised Renstra cited in this year's report ("Perubahan Renstra", "Renstra Perubahan", "reviu Renstra"): its words, or empty. */
const REVISION = /\b(?:perubahan\s+(?:atas\s+)?(?:renstra|rencana\s+strategis)|(?:renstra|rencana\s+strategis)\s+(?:\S+\s+){0,4}?perubahan|reviu\s+(?:renstra|rencana\s+strategis))\b/i;

function revisionCited(model: Model): string {
  for (const p of model.paragraphs ?? []) {
    const m = REVISION.exec(p.text);
    if (m) return m[0];
  }
  return '';
}

/** The Renstra's target for each year both reports print, this year's beside last year's. */
export function previousRenstraTargets(model: Model): Subject[] {
  const previous = model.previous;
  if (!previous?.renstra || !model.renstra) return [];
  // Two Renstra of different periods are two plans: nothing to compare.
  const period = (m: Model) => m.renstra?.period ?? m.meta.renstraPeriod;
  if (period(model) && period(previous) && normalizeText(period(model)!) !== normalizeText(period(previous)!)) return [];
  const before = renstraIndicators(previous);
  const revision = revisionCited(model);
  const out: Subject[] = [];
  for (const ind of renstraIndicators(model)) {
    const partner = pick(ind.text, before, (x) => x.text);
    if (!partner) continue;
    for (const [year, current] of Object.entries(ind.targets ?? {})) {
      const earlier = partner.targets?.[year];
      if (!/^\d{4}$/.test(year) || !earlier || current.kind === 'empty' || earlier.kind === 'empty') continue;
      out.push({
        type: 'previous-renstra-target',
        key: subjectKey('previous-renstra', ind.text, year),
        loc: current.loc,
        evidence: quoteRow(ind.text, current),
        related: [{ location: earlier.loc, evidence: quoteRow(partner.text, earlier), note: lastYearNote(previous.meta.tahun) }],
        facts: { indikator: ind.text, year, current, previous: earlier, revision, matchedBy: matchedBy(ind.text, partner.text) },
      });
    }
  }
  return out;
}

/** An indicator measured in one year's report and not the other's, with the sentence of this year's report that explains the change, if any. */
export function previousIndicators(model: Model): Subject[] {
  const previous = model.previous;
  if (!previous) return [];
  const now = model.pengukuran ?? [];
  const before = previous.pengukuran ?? [];
  // Without a measurement table on either side there is nothing to say about what changed.
  if (!now.length || !before.length) return [];
  const explanations = indicatorExplanations(model, [...now, ...before].map((r) => r.indikator));
  const subject = (change: 'added' | 'dropped', row: (typeof now)[number], year: number | undefined): Subject => {
    const explained = explanations.of(row.indikator);
    return {
      type: 'previous-indicator',
      key: subjectKey('previous-indicator', change, row.indikator),
      loc: row.loc,
      evidence: quoteRow(row.indikator, row.target, row.realisasi),
      facts: { indikator: row.indikator, change, year: year === undefined ? '' : String(year), explainedBy: explained?.by ?? '', explanation: explained ? clip(explained.text, 200) : '' },
    };
  };
  return [
    ...now.filter((r) => !pick(r.indikator, before, (x) => x.indikator)).map((r) => subject('added', r, model.meta.tahun)),
    ...before.filter((r) => !pick(r.indikator, now, (x) => x.indikator)).map((r) => subject('dropped', r, previous.meta.tahun)),
  ];
}

interface TableRow {
  name: string;
  figures: (Val | undefined)[];
  loc: Val['loc'];
}

/** The tables compared for a stale copy: the measurement table (indicator, target, realisasi, capaian) and the budget table. */
function tablesOf(model: Model): { kind: string; title: string; rows: TableRow[] }[] {
  const groups = new Map<string, TableRow[]>();
  for (const r of model.pengukuran ?? []) {
    const key = r.table ?? r.loc.table ?? '';
    pushTo(groups, key, { name: r.indikator, figures: [r.target, r.realisasi, r.capaian], loc: r.loc });
  }
  const out = [...groups].map(([title, rows]) => ({ kind: 'pengukuran', title, rows }));
  const budget = model.anggaran?.rows ?? [];
  if (budget.length) out.push({ kind: 'anggaran', title: model.anggaran?.title ?? '', rows: budget.map((r) => ({ name: r.name, figures: [r.anggaran, r.realisasi], loc: r.loc })) });
  return out;
}

const sameFigures = (a: (Val | undefined)[], b: (Val | undefined)[]) => a.every((v, i) => (v?.raw ?? '').replace(/\s+/g, '') === (b[i]?.raw ?? '').replace(/\s+/g, ''));

/** Each table of this year's report beside last year's table of the same kind: how many of its rows were printed last year as they are now. */
export function previousTables(model: Model): Subject[] {
  const previous = model.previous;
  if (!previous) return [];
  const before = tablesOf(previous);
  const out: Subject[] = [];
  for (const table of tablesOf(model)) {
    const partner = before.find((t) => t.kind === table.kind && t.rows.length === table.rows.length);
    if (!partner || !table.rows.length) continue;
    const unchanged = table.rows.filter((r, i) => sameName(r.name, partner.rows[i].name, 'name') && sameFigures(r.figures, partner.rows[i].figures)).length;
    // Rows with no figure at all prove nothing.
    const figures = table.rows.filter((r) => r.figures.some((v) => v && v.kind !== 'empty')).length;
    out.push({
      type: 'previous-table',
      key: subjectKey('previous-table', table.kind, table.title),
      loc: table.rows[0].loc,
      evidence: table.rows.map((r) => r.name).join('; ').slice(0, 240),
      related: [{ location: partner.rows[0].loc, evidence: partner.title || partner.rows[0].name, note: lastYearNote(previous.meta.tahun) }],
      facts: { kind: table.kind, table: table.title, rows: table.rows.length, withFigures: figures, unchanged },
    });
  }
  return out;
}
