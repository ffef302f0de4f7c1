// The sasaran (strategic goals) Bab III.A evaluates, and what in the report speaks of each: rows of
// the comparison tables by sasaran or indikator text, paragraphs and sub kegiatan tables by their
// `about`/`sasaran` number or text.
import type { Loc, Model } from '../model/types.js';
import { SameTextIndex } from './same-text-index.js';
import { normalizeText } from './text.js';

export interface Sasaran {
  /** 1-based, in the order Bab III.A lists them. */
  index: number;
  text: string;
  indikator: string[];
  loc: Loc;
  /** Measurement rows (Bab III.A) of this sasaran. */
  measured: number;
}

/** Same sasaran or indikator text: equal after normalising, or one holds nearly all words of the other. */
export function sameText(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const na = normalizeText(a);
  const nb = normalizeText(b);
  if (na === nb) return true;
  const wa = new Set(na.split(' '));
  const wb = new Set(nb.split(' '));
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size < 3) return false;
  let common = 0;
  for (const w of small) if (large.has(w)) common++;
  return common / small.size >= 0.8;
}

/**
 * The sasaran of the measurement table (a row without a sasaran continues the one above). Without
 * a measurement table there is no list of what Bab III.A evaluates: none are returned.
 */
export function sasaranList(model: Model): Sasaran[] {
  const out: Sasaran[] = [];
  const rows = model.pengukuran ?? [];
  // The first sasaran of `out` with the same text, looked up rather than scanned (ids: positions in `out`).
  const known = new SameTextIndex(rows.map((r) => r.sasaran?.trim()));
  let current: Sasaran | undefined;
  for (const row of rows) {
    const text = row.sasaran?.trim();
    if (text && (!current || !sameText(current.text, text))) {
      const found = known.first(text);
      current = found === undefined ? undefined : out[found];
      if (!current) {
        current = { index: out.length + 1, text, indikator: [], loc: row.loc, measured: 0 };
        known.add(text, out.length);
        out.push(current);
      }
    }
    if (!current) continue;
    current.indikator.push(row.indikator);
    current.measured++;
  }
  return out;
}

/** A table row (riwayat, kemajuan Renstra, nasional) that belongs to the sasaran. */
export function rowOf(s: Sasaran, row: { sasaran?: string; indikator: string }): boolean {
  return sameText(row.sasaran, s.text) || s.indikator.some((k) => sameText(k, row.indikator));
}

/** `rows.some((r) => rowOf(s, r))` for any sasaran, with the rows looked up rather than scanned. */
export function anyRowOf(rows: readonly { sasaran?: string; indikator: string }[]): (s: Sasaran) => boolean {
  const bySasaran = new SameTextIndex(rows.map((r) => r.sasaran));
  const byIndikator = new SameTextIndex(rows.map((r) => r.indikator));
  rows.forEach((r, i) => {
    bySasaran.add(r.sasaran, i);
    byIndikator.add(r.indikator, i);
  });
  return (s) => rows.length > 0 && (bySasaran.has(s.text) || s.indikator.some((k) => byIndikator.has(k)));
}

/**
 * For each sasaran, the items whose reference names it (`items.filter((x) => namesSasaran(s,
 * ref(x)))`, in item order), deciding once per distinct reference rather than once per item.
 */
export function itemsNaming<T>(list: readonly Sasaran[], items: readonly T[], ref: (x: T) => string | number | undefined): Map<Sasaran, T[]> {
  const out = new Map<Sasaran, T[]>(list.map((s) => [s, []]));
  const named = new Map<string | number | undefined, Sasaran[]>();
  for (const x of items) {
    const r = ref(x);
    let which = named.get(r);
    if (!which) named.set(r, (which = list.filter((s) => namesSasaran(s, r))));
    for (const s of which) out.get(s)!.push(x);
  }
  return out;
}

/** An `about.sasaran` or a table's `sasaran` (number, "Sasaran 2", or the sasaran's text) that names it. */
export function namesSasaran(s: Sasaran, ref: string | number | undefined): boolean {
  if (ref === undefined || ref === null) return false;
  const t = String(ref).trim();
  const n = /^(?:sasaran\s*)?(\d+|[ivx]+)\.?$/i.exec(t);
  if (n) {
    const roman: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };
    const v = /^\d+$/.test(n[1]) ? Number(n[1]) : roman[n[1].toLowerCase()];
    return v === s.index;
  }
  return sameText(t, s.text);
}
