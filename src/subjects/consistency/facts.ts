// One fact, many places: the realisasi or the target of one indicator for one year as every table
// of the report prints it — each measurement table (Bab III, a per-sasaran table, the Renstra
// comparison, a lampiran), the year-on-year table (its column of that year), the national
// comparison table, the Renstra progress table (its realisasi of the year), and the tables outside
// the chapters that restate them (the Ikhtisar's, a lampiran's, a quarterly monitoring lampiran's
// annual columns). Places are paired by the tolerant matcher, one table at a time (one to one
// inside a table); each indicator and measure whose places print comparable numbers is one
// subject, its places all related.
import type { Loc, Model, Normalized, Val } from '../../model/types.js';
import type { Measurement } from '../../model/report-input.js';
import { assign, type MatchInfo } from '../../domain/match.js';
import { agree, sameMeasure } from '../../domain/quantity.js';
import type { Subject } from '../../engine/types.js';
import type { LintSettings } from '../../engine/settings.js';
import { quoteRow } from '../evidence.js';
import { subjectKey } from '../subject-key.js';
import { matchFacts } from './pairings.js';
import { pushTo } from '../../util/multimap.js';

type Row = Normalized<Measurement>;

/**
 * Two places are taken for one indicator only when their names are nearly the same: indicators
 * of one agency often differ by a word ("Cakupan penanganan …" and "Meningkatnya penanganan …").
 */
const SAME_FACT = 0.8;

type Measure = 'realisasi' | 'target';

/** Where a value is printed: a key of the "consistency-fact-place" terms, and its table. */
interface Place {
  place: 'pengukuran' | 'riwayat' | 'nasional' | 'kemajuan' | 'ikhtisar' | 'lampiran' | 'triwulan';
  table: string;
  indikator: string;
  value: Val;
  match?: MatchInfo;
}

interface Anchor {
  row: Row;
  /** The measurement rows of the indicator, one per table, the anchor's own first. */
  rows: { row: Row; table: string; match?: MatchInfo }[];
  places: Record<Measure, Place[]>;
}

/** A row of another table: its indicator, table and the value it prints of each measure. */
interface OtherRow {
  indikator: string;
  table?: string;
  values: Partial<Record<Measure, Val>>;
}

const YEAR = /\b(?:19|20)\d{2}\b/g;

/**
 * The years a measurement table's caption names: a table captioned for other years only (a
 * "Capaian Kinerja Tahun 2015" table in the 2016 report) does not print this year's realisasi.
 */
function captionYears(model: Model): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of model.tables ?? []) {
    if (t.referenced || !t.number || !t.title) continue;
    out.set(`tabel ${t.number}`.toLowerCase(), t.title.match(YEAR) ?? []);
  }
  return out;
}

/** A printed number a comparison can rest on: read as a number, not ambiguous (1.234 / 1,234). */
function usable(v: Val | undefined): v is Val {
  return !!v && v.kind === 'number' && v.value !== null && !v.ambiguous;
}

/**
 * The places added since the realisasi of the measurement, year-on-year and national tables
 * (targets, the Renstra progress table, the tables outside the chapters) are compared only where
 * the column was named by its header (not taken by position) and the cell holds one value.
 */
function certain(v: Val): boolean {
  return v.loc?.reading !== 'column-position' && v.loc?.reading !== 'cell-merged';
}
const FIRST_PLACES = new Set<Place['place']>(['pengukuran', 'riwayat', 'nasional']);
const usableAt = (v: Val | undefined, place: Place['place'], measure: Measure): v is Val =>
  usable(v) && ((measure === 'realisasi' && FIRST_PLACES.has(place)) || certain(v));

const tableOf = (r: { table?: string }) => r.table ?? '';
const ofPeriod = (period: string | undefined, year: string) => period === undefined || period === year;

/** Both measures are collected in one pass, once per model and settings. */
const cache = new WeakMap<Model, { settings: LintSettings; out: Record<Measure, Subject[]> }>();

/** The realisasi facts (subject type indicator-fact). */
export function indicatorFacts(model: Model, settings: LintSettings): Subject[] {
  return facts(model, settings).realisasi;
}

/** The target facts (subject type target-fact): a type of their own, so that each type's rows per table count one measure. */
export function targetFacts(model: Model, settings: LintSettings): Subject[] {
  return facts(model, settings).target;
}

function facts(model: Model, settings: LintSettings): Record<Measure, Subject[]> {
  const hit = cache.get(model);
  if (hit?.settings === settings) return hit.out;
  const out = collect(model, settings);
  cache.set(model, { settings, out });
  return out;
}

function collect(model: Model, settings: LintSettings): Record<Measure, Subject[]> {
  const none = { realisasi: [], target: [] };
  const year = model.meta.tahun ? String(model.meta.tahun) : undefined;
  if (!year) return none;
  const years = captionYears(model);
  const ofYear = (table: string) => {
    const ys = years.get(table.toLowerCase());
    return !ys?.length || ys.includes(year);
  };

  // Measurement tables in printed order; the first row of an indicator anchors it.
  const anchors: Anchor[] = [];
  const byTable = groupBy(
    (model.pengukuran ?? []).filter((r) => ofYear(tableOf(r))),
    tableOf,
  );
  const text = (a: Anchor) => a.row.indikator;
  for (const [table, rows] of byTable) {
    const asg = assign(rows, anchors, (r) => r.indikator, text, { threshold: SAME_FACT });
    rows.forEach((r, i) => {
      const pair = asg.byA.get(i);
      if (pair) pair.b.rows.push({ row: r, table, match: pair.match });
      else anchors.push({ row: r, rows: [{ row: r, table }], places: { realisasi: [], target: [] } });
    });
  }
  if (!anchors.length) return none;
  for (const a of anchors)
    for (const m of a.rows)
      for (const measure of MEASURES) {
        // A target column headed by another year ("Target 2018" beside "Realisasi 2016") is not this year's.
        if (measure === 'target' && !ofPeriod(m.row.targetPeriod, year)) continue;
        const value = m.row[measure];
        if (usableAt(value, 'pengukuran', measure)) a.places[measure].push({ place: 'pengukuran', table: m.table, indikator: m.row.indikator, value, match: m.match });
      }

  // The other tables: the year-on-year table's column of the report year, the national
  // comparison's realisasi, the Renstra progress table's realisasi of the year, and the tables
  // outside the chapters that restate the measurement.
  const others: { place: Place['place']; rows: OtherRow[] }[] = [
    { place: 'riwayat', rows: (model.riwayat ?? []).map((r) => ({ indikator: r.indikator, table: r.table, values: { realisasi: r.values?.[year] } })) },
    { place: 'nasional', rows: (model.nasional ?? []).map((r) => ({ indikator: r.indikator, table: r.table, values: { realisasi: r.realisasi } })) },
    // The Renstra progress table's realisasi when its header names this year or none: a figure to
    // date ("Realisasi s.d. 2016 (2014+2015+2016)") is not the year's.
    {
      place: 'kemajuan',
      rows: (model.kemajuanRenstra ?? []).map((r) => ({ indikator: r.indikator, table: r.table, values: ofPeriod(r.realisasiPeriod, year) ? { realisasi: r.realisasi } : {} })),
    },
  ];
  for (const source of ['ikhtisar', 'lampiran', 'triwulan'] as const) {
    const rows = (model.pengukuranLain ?? []).filter((r) => r.source === source);
    others.push({ place: source, rows: rows.map((r) => ({ indikator: r.indikator, table: r.table, values: { realisasi: r.realisasi, target: r.target } })) });
  }
  for (const o of others) {
    for (const [table, rows] of groupBy(o.rows, tableOf)) {
      const asg = assign(rows, anchors, (r) => r.indikator, text, { threshold: SAME_FACT });
      rows.forEach((r, i) => {
        const pair = asg.byA.get(i);
        if (!pair) return;
        for (const measure of MEASURES) {
          const value = r.values[measure];
          // A year-on-year table of capaian (percentages of target) prints no realisasi: a value
          // equal to the anchor's capaian is that column, not a second realisasi (as before, also
          // in the national comparison).
          if (!usableAt(value, o.place, measure) || (CAPAIAN_LIKE.has(o.place) && agree(value, pair.b.row.capaian, settings.tolerance))) continue;
          pair.b.places[measure].push({ place: o.place, table, indikator: r.indikator, value, match: pair.match });
        }
      });
    }
  }

  const out: Record<Measure, Subject[]> = { realisasi: [], target: [] };
  for (const a of anchors)
    for (const measure of MEASURES) {
      const s = factSubject(a, measure, year, settings);
      if (s) out[measure].push(s);
    }
  return out;
}

const MEASURES: Measure[] = ['realisasi', 'target'];
/** Tables whose year column may print the capaian instead of the realisasi. */
const CAPAIAN_LIKE = new Set<Place['place']>(['riwayat', 'nasional']);

function factSubject(a: Anchor, measure: Measure, year: string, { tolerance }: LintSettings): Subject | undefined {
  const [first, ...rest] = a.places[measure];
  if (!first || !rest.length) return undefined;
  const comparable = rest.filter((p) => sameMeasure(first.value, p.value));
  if (!comparable.length) return undefined;
  // The place compared: the first that disagrees, else the first (the fact then agrees).
  const other = comparable.find((p) => agree(first.value, p.value, tolerance) === false) ?? comparable[0];
  const match = other.match ?? { method: 'exact', score: 1 };
  return {
    type: measure === 'target' ? 'target-fact' : 'indicator-fact',
    key: subjectKey('fact', measure, year, a.row.indikator),
    loc: first.value.loc,
    evidence: quoteRow(a.row.indikator, first.value),
    related: comparable.map((p) => ({
      location: p.value.loc as Loc,
      evidence: quoteRow(p.indikator, p.value),
      note: { term: `consistency-fact-place.${p.place}${p.table ? '-table' : ''}`, params: { otherTable: p.table, year } },
    })),
    facts: {
      indikator: a.row.indikator,
      measure,
      year,
      stated: first.value,
      table: first.table,
      other: other.value,
      otherPlace: `${other.place}${other.table ? '-table' : ''}`,
      otherTable: other.table,
      places: comparable.length + 1,
      ...matchFacts(other.indikator, match),
    },
  };
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) pushTo(out, key(t), t);
  return out;
}
