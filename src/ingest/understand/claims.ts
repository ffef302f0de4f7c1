// Figures stated in prose that rules recompute: the budget allocated to each sasaran ("Untuk
// Sasaran Strategis I: … Didukung oleh : - Program … dengan Anggaran Rp. … / Keseluruhan anggaran
// Program sejumlah Rp. … sebesar 0,71% …") and the shares of the belanja groups ("Belanja Operasi
// sebesar 95,36% dan Belanja Modal sebesar 4,64%").
import type { Allocation, Proportion } from '../../model/report-input.js';
import { SASARAN_ALLOCATION, type UnitContext } from './outline.js';
import { atOf, flat, type TextUnit, type Unit } from './units.js';
import { norm, ordinal, PERCENT, RUPIAH } from './words.js';

const ITEM = new RegExp(`^(?:[-•]\\s*)?(.+?)\\s+dengan\\s+(?:anggaran|pagu|alokasi|dana)\\s*(?:sebesar\\s*)?:?\\s*(${RUPIAH.source})`, 'i');
const TOTAL = new RegExp(`(?:sejumlah|sebesar|senilai)\\s+(${RUPIAH.source}).*?(?:sebesar|adalah|yaitu)\\s+(${PERCENT.source})`, 'i');
const SHARE = new RegExp(`(belanja\\s+[\\p{L}/]+(?:\\s+(?:dan\\s+)?[\\p{L}/]+)*?)\\s+sebesar\\s+(${PERCENT.source})`, 'giu');

export function readAllocations(units: Unit[], ctx: UnitContext[]): Allocation[] {
  const out: Allocation[] = [];
  let open: Allocation | undefined;
  let section: string | undefined;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    const here = ctx[i].l2?.title ?? ctx[i].l1?.title;
    if (here !== section) {
      open = undefined;
      section = here;
    }
    if (u.type !== 'text' || ctx[i].role) continue;
    const t = flat(u as TextUnit);
    const start = SASARAN_ALLOCATION.exec(t);
    if (start) {
      open = { sasaran: ordinal(start[1].toUpperCase()) };
      const text = norm(t.slice((start.index ?? 0) + start[0].length));
      if (text) open.sasaranText = text;
      open.items = [];
      open.at = atOf(u.loc);
      out.push(open);
      continue;
    }
    if (!open) continue;
    const item = ITEM.exec(t);
    if (item) open.items!.push({ name: norm(item[1]), anggaran: item[2], at: atOf(u.loc) });
    // The closing sentence may have been run into the last item by the reader.
    const rest = item ? t.slice(item[0].length) : t;
    const total = TOTAL.exec(rest);
    if (total && /sasaran/i.test(rest)) {
      open.total = total[1];
      open.percent = total[2];
      open = undefined;
    }
  }
  return out.map((a) => {
    if (!a.items?.length) delete a.items;
    return a;
  });
}

/** "Belanja Operasi sebesar 95,36% dan Belanja Modal sebesar 4,64%". */
export function proportionsIn(u: TextUnit): Proportion[] {
  const t = flat(u);
  const out: Proportion[] = [];
  for (const m of t.matchAll(SHARE)) out.push({ name: norm(m[1]), percent: m[2], at: atOf(u.loc) });
  return out;
}

/** The amount a paragraph announces a breakdown of: "… sebesar Rp. 3.457.463.874 yang terdiri dari:". */
export function announcedTotal(u: TextUnit): string | undefined {
  const t = flat(u);
  if (!/terdiri|meliputi|rincian|sebagai\s+berikut|:$/i.test(t)) return undefined;
  return RUPIAH.exec(t)?.[0];
}
