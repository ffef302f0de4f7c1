// One fact, many places: the realisasi of one indicator for one year as every table of the report
// prints it — each measurement table (Bab III, a per-sasaran table, the Renstra comparison, a
// lampiran), the year-on-year table (its column of that year) and the national comparison table.
// Places are paired by the tolerant matcher, one table at a time (one to one inside a table);
// each indicator whose places print comparable numbers is one subject, its places all related.
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

/** Where a value is printed: a key of the "consistency-fact-place" terms, and its table. */
interface Place {
  place: 'pengukuran' | 'riwayat' | 'nasional';
  table: string;
  indikator: string;
  value: Val;
  match?: MatchInfo;
}

interface Anchor {
  row: Row;
  places: Place[];
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

const tableOf = (r: { table?: string }) => r.table ?? '';

export function indicatorFacts(model: Model, { tolerance }: LintSettings): Subject[] {
  const year = model.meta.tahun ? String(model.meta.tahun) : undefined;
  if (!year) return [];
  const years = captionYears(model);
  const ofYear = (table: string) => {
    const ys = years.get(table.toLowerCase());
    return !ys?.length || ys.includes(year);
  };

  // Measurement tables in printed order; the first place of an indicator anchors it.
  const anchors: Anchor[] = [];
  const byTable = new Map<string, Row[]>();
  for (const r of model.pengukuran ?? []) {
    if (!ofYear(tableOf(r))) continue;
    pushTo(byTable, tableOf(r), r);
  }
  const text = (a: Anchor) => a.row.indikator;
  for (const [table, rows] of byTable) {
    const asg = assign(rows, anchors, (r) => r.indikator, text, { threshold: SAME_FACT });
    rows.forEach((r, i) => {
      const pair = asg.byA.get(i);
      const place: Place | undefined = usable(r.realisasi) ? { place: 'pengukuran', table, indikator: r.indikator, value: r.realisasi, match: pair?.match } : undefined;
      if (pair) {
        if (place) pair.b.places.push(place);
      } else anchors.push({ row: r, places: place ? [place] : [] });
    });
  }
  if (!anchors.length) return [];

  // The year-on-year table's column of the report year, and the national comparison's realisasi.
  const others: { place: Place['place']; rows: { indikator: string; table?: string; value?: Val }[] }[] = [
    { place: 'riwayat', rows: (model.riwayat ?? []).map((r) => ({ indikator: r.indikator, table: r.table, value: r.values?.[year] })) },
    { place: 'nasional', rows: (model.nasional ?? []).map((r) => ({ indikator: r.indikator, table: r.table, value: r.realisasi })) },
  ];
  for (const o of others) {
    for (const [table, rows] of groupBy(o.rows, tableOf)) {
      const asg = assign(rows, anchors, (r) => r.indikator, text, { threshold: SAME_FACT });
      rows.forEach((r, i) => {
        const pair = asg.byA.get(i);
        // A year-on-year table of capaian (percentages of target) prints no realisasi: a value
        // equal to the anchor's capaian is that column, not a second realisasi.
        if (!pair || !usable(r.value) || agree(r.value, pair.b.row.capaian, tolerance)) return;
        pair.b.places.push({ place: o.place, table, indikator: r.indikator, value: r.value, match: pair.match });
      });
    }
  }

  const out: Subject[] = [];
  for (const a of anchors) {
    const [first, ...rest] = a.places;
    if (!first || !rest.length) continue;
    const comparable = rest.filter((p) => sameMeasure(first.value, p.value));
    if (!comparable.length) continue;
    // The place compared: the first that disagrees, else the first (the fact then agrees).
    const other = comparable.find((p) => agree(first.value, p.value, tolerance) === false) ?? comparable[0];
    const match = other.match ?? { method: 'exact', score: 1 };
    out.push({
      type: 'indicator-fact',
      key: subjectKey('fact', 'realisasi', year, a.row.indikator),
      loc: first.value.loc,
      evidence: quoteRow(a.row.indikator, first.value),
      related: comparable.map((p) => ({
        location: p.value.loc as Loc,
        evidence: quoteRow(p.indikator, p.value),
        note: { term: `consistency-fact-place.${p.place}${p.table ? '-table' : ''}`, params: { otherTable: p.table, year } },
      })),
      facts: {
        indikator: a.row.indikator,
        measure: 'realisasi',
        year,
        stated: first.value,
        table: first.table,
        other: other.value,
        otherPlace: `${other.place}${other.table ? '-table' : ''}`,
        otherTable: other.table,
        places: comparable.length + 1,
        ...matchFacts(other.indikator, match),
      },
    });
  }
  return out;
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) pushTo(out, key(t), t);
  return out;
}
