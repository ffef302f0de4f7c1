// What a narrative subject shows: the sentence as evidence, what the claim speaks of (its key and
// the facts the "narrative-scope" terms print), and the table rows and scale band as related places.
import { quoteRow } from '../../evidence.js';
import { quantity } from '../../../domain/quantity.js';
import type { IndicatorResult, Results } from '../../results.js';
import type { Band } from '../../../domain/scale.js';
import { clip } from '../../../domain/text.js';
import type { Related, TermRef } from '../../../engine/types.js';
import type { Claim } from '../claims.js';
import type { Scope } from '../scope.js';
import { plain } from '../text.js';

export const evidenceOf = (claim: Claim) => clip(plain(claim.sentence.text), 300);

/** "CUKUP" → "Cukup", "SANGAT BAIK" → "Sangat Baik"; mixed case is kept as printed. */
export function titled(label: string): string {
  const t = label.trim();
  return t === t.toUpperCase() ? t.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase()) : t;
}

export function scopeKey(scope: Scope): string {
  if (scope.type === 'indicator') return `indikator:${scope.indicator.row.indikator}`;
  if (scope.type === 'sasaran') return `sasaran:${scope.sasaran.no}:${scope.sasaran.text}`;
  return 'laporan';
}

/** What a claim speaks of, for the "narrative-scope" terms: its kind (a key), its name and number. */
export function scopeFacts(scope: Scope): { scopeKind: string; scopeName: string; scopeNo: string } {
  if (scope.type === 'indicator') return { scopeKind: 'indicator', scopeName: clip(scope.indicator.row.indikator, 90), scopeNo: '' };
  if (scope.type === 'sasaran') {
    const name = scope.sasaran.text ? clip(scope.sasaran.text, 80) : '';
    return { scopeKind: name ? 'named-sasaran' : 'sasaran', scopeName: name, scopeNo: String(scope.sasaran.no) };
  }
  return { scopeKind: 'report', scopeName: '', scopeNo: '' };
}

export function indicatorRelated(ind: IndicatorResult): Related {
  const r = ind.row;
  const capaian = ind.capaian !== undefined ? quantity(ind.capaian, 'percent', 2) : undefined;
  const note: TermRef | undefined = capaian && (ind.band ? { term: 'narrative-place.computed-band', params: { capaian, band: titled(ind.band.label) } } : { term: 'narrative-place.computed', params: { capaian } });
  return { location: r.loc, evidence: quoteRow(r.indikator, r.target, r.realisasi, r.capaian), ...(note ? { note } : {}) };
}

export function bandRelated(band: Band | undefined, res: Results): Related[] {
  if (!band) return [];
  const location = band.loc ?? res.scale.loc;
  if (!location) return [];
  return [{ location, evidence: quoteRow(band.range, band.label), note: { term: 'narrative-place.scale', params: { scale: res.scale.name } } }];
}
