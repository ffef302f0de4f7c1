// The items the consistency rules set side by side: what Bab III measures, and the indicators and
// sasaran of the other documents of the report — the latest PK (the PK Perubahan when there is
// one), the RKT, Bab II, the Renstra and the IKU decree.
import type { Loc, Model, Normalized, Val } from '../../model/types.js';
import type { Measurement, PerjanjianKinerja } from '../../model/report-input.js';
import { MATCH_THRESHOLD, prepare } from '../../domain/match.js';
import { CandidateIndex } from '../../domain/match-candidates.js';
import { SameTextIndex } from '../../domain/same-text-index.js';
import { normalizeText } from '../../domain/text.js';
import { quoteRow } from '../evidence.js';
import { sameName } from '../../domain/names.js';

/**
 * A document, by the key of its label in rules/terms.json ("consistency-doc"). An IKU of Bab II's
 * (or another) table that the decree's annex does not list is keyed "…-not-in-decree".
 */
export type DocId = 'pk' | 'pk-perubahan' | 'rkt' | 'renstra' | 'bab2' | 'iku-sk' | 'iku-other' | 'iku-bab2';

export interface DocIndicator {
  doc: DocId;
  /** An IKU of Bab II's (or another) table that the decree's annex does not list. */
  notInDecree?: boolean;
  text: string;
  sasaran?: string;
  target?: Val;
  loc: Loc;
  evidence: string;
}

export interface RenstraIndicator extends DocIndicator {
  targets?: Record<string, Val>;
}

export interface Measured {
  row: Normalized<Measurement>;
  text: string;
  sasaran: string;
  loc: Loc;
}

export interface Sasaran {
  text: string;
  loc: Loc;
}

export type NPk = Normalized<PerjanjianKinerja>;

/** The key of a document's label: the document, or an IKU outside the decree's annex. */
export function docKey(ind: DocIndicator): string {
  return ind.notInDecree ? `${ind.doc}-not-in-decree` : ind.doc;
}

/** The PK the report must be measured against: the (last) PK Perubahan when there is one, else the last PK. */
export function latestPk(model: Model): NPk | undefined {
  const list = model.pk ?? [];
  const revised = list.filter((p) => p.kind === 'pk-perubahan');
  return revised[revised.length - 1] ?? list[list.length - 1];
}

export function pkIndicators(pk: NPk | undefined): DocIndicator[] {
  if (!pk) return [];
  const doc: DocId = pk.kind === 'pk-perubahan' ? 'pk-perubahan' : 'pk';
  return (pk.sasaran ?? []).flatMap((s) =>
    (s.indikator ?? []).map((i) => ({ doc, text: i.text, sasaran: s.text, target: i.target, loc: i.loc, evidence: quoteRow(s.text, i.text, i.target) })),
  );
}

export function rktIndicators(model: Model): DocIndicator[] {
  return (model.rkt?.sasaran ?? []).flatMap((s) =>
    (s.indikator ?? []).map((i) => ({ doc: 'rkt' as const, text: i.text, sasaran: s.text, target: i.target, loc: i.loc, evidence: quoteRow(s.text, i.text, i.target) })),
  );
}

/**
 * Bab II's targets stand for the report year's PK. A Bab II table titled as the Renstra or with a
 * multi-year period ("2.1 Rencana Strategis Tahun 2013-2018") holds a target per year: which
 * year's column it gives is not known, so its targets are not compared as this year's.
 */
export function bab2Indicators(model: Model): DocIndicator[] {
  const title = model.perencanaan?.title ?? '';
  if (/\b(?:rencana\s+strategis|renstra)\b/i.test(title) || /\b(?:19|20)\d\d\s*(?:[-–—]|s\.?\s?\/?\s?d\.?|sampai)\s*(?:19|20)\d\d\b/i.test(title)) return [];
  return (model.perencanaan?.sasaran ?? []).flatMap((s) =>
    (s.indikator ?? []).map((i) => ({ doc: 'bab2' as const, text: i.text, sasaran: s.text, target: i.target, loc: i.loc, evidence: quoteRow(s.text, i.text, i.target) })),
  );
}

export function renstraIndicators(model: Model): RenstraIndicator[] {
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
export function renstraFinalYear(model: Model, indicators: RenstraIndicator[]): string | undefined {
  const period = model.renstra?.period ?? model.meta.renstraPeriod;
  const m = period ? /(\d{4})\D+(\d{4})/.exec(period) : null;
  if (m) return m[2];
  const years = indicators.flatMap((i) => Object.keys(i.targets ?? {}).filter((k) => /^\d{4}$/.test(k)));
  return years.length ? years.sort().at(-1) : undefined;
}

/** IKU: the decree's annex first; items of Bab II's (or another) IKU table not in it are added. */
export function ikuIndicators(model: Model): DocIndicator[] {
  const docs = model.iku ?? [];
  const toItems = (doc: DocId, d: (typeof docs)[number]): DocIndicator[] =>
    d.items.map((i) => ({ doc, text: i.indikator, sasaran: i.sasaran, loc: i.loc, evidence: quoteRow(i.sasaran, i.indikator, i.formula) }));
  const sk = docs.filter((d) => d.source === 'sk').flatMap((d) => toItems('iku-sk', d));
  // One list per IKU table, in the order they are merged.
  const lists = [
    ...docs.filter((d) => d.source === 'lampiran' || d.source === 'other').map((d) => toItems('iku-other', d)),
    ...docs.filter((d) => d.source === 'bab2').map((d) => toItems('iku-bab2', d)),
  ];
  const out: DocIndicator[] = [...sk];
  // An item of another list that names a kept one is the same indicator; within one list, only a
  // repeated text is (two rows of one table with alike names are two indicators). The items kept
  // from earlier lists are indexed so that only those that may be alike are compared.
  const earlier = new CandidateIndex(sk.map((i) => prepare(i.text)), lists.flat().map((o) => prepare(o.text)));
  const seen = new Set(sk.map((i) => normalizeText(i.text)));
  for (const list of lists) {
    const from = out.length;
    for (const item of list) {
      const plain = normalizeText(item.text);
      if (seen.has(plain) || earlier.candidates(prepare(item.text), MATCH_THRESHOLD).some((i) => sameName(out[i].text, item.text, 'name'))) continue;
      seen.add(plain);
      out.push(sk.length ? { ...item, notInDecree: true } : item);
    }
    for (const item of out.slice(from)) earlier.add(prepare(item.text));
  }
  return out;
}

export function measuredIndicators(model: Model): Measured[] {
  let sasaran = '';
  return (model.pengukuran ?? []).map((row) => {
    if (row.sasaran?.trim()) sasaran = row.sasaran.trim();
    return { row, text: row.indikator, sasaran, loc: row.loc };
  });
}

const sasaranLists = new WeakMap<Measured[], Sasaran[]>();

export function measuredSasaran(measured: Measured[]): Sasaran[] {
  const hit = sasaranLists.get(measured);
  if (hit) return hit;
  const out: Sasaran[] = [];
  const known = new SameTextIndex(measured.map((m) => m.sasaran));
  // Rows of one sasaran repeat its text: a text seen once is settled.
  const seen = new Set<string>();
  for (const m of measured) {
    // The same sasaran written twice in Bab III ("idiologi"/"ideologi", a cell cut at a page break)
    // is one sasaran, not a second one missing from the Renstra. (sameText includes equality once
    // normalised; the index finds what a scan of `out` with it would.)
    if (!m.sasaran || seen.has(m.sasaran)) continue;
    seen.add(m.sasaran);
    if (known.has(m.sasaran)) continue;
    known.add(m.sasaran, out.length);
    out.push({ text: m.sasaran, loc: m.row.loc });
  }
  sasaranLists.set(measured, out);
  return out;
}

/** For each text, how many times the same text (normalised) came before it: keys of repeated items. */
export function occurrences(texts: string[]): number[] {
  const seen = new Map<string, number>();
  return texts.map((t) => {
    const k = normalizeText(t);
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return n;
  });
}
