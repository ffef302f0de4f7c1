// The IKU decree (Keputusan …): nomor, tentang, and the diktum labels as printed (KESATU, KEDUA …)
// with their text; the list items under a diktum belong to it. Place and date come from its
// "Ditetapkan di / Pada tanggal" signing.
import type { Decree, Diktum } from '../../model/report-input.js';
import type { UnitContext } from './outline.js';
import { atOf, flat, type TextUnit, type Unit } from './units.js';
import { norm } from './words.js';

const DIKTUM = /^(KESATU|PERTAMA|KEDUA|KETIGA|KEEMPAT|KELIMA|KEENAM|KETUJUH|KEDELAPAN|KESEMBILAN|KESEPULUH|KESEBELAS|KEDUA\s*BELAS|KETIGA\s*BELAS)\s*:\s*(.*)$/s;
const DIKTUM_INSIDE = /\s(?=(?:KESATU|PERTAMA|KEDUA|KETIGA|KEEMPAT|KELIMA|KEENAM|KETUJUH|KEDELAPAN|KESEMBILAN|KESEPULUH)\s*:)/;
const NOMOR = /^nomor\s*:?\s*(.+)$/i;
const TENTANG = /^tentang\s*:?\s*(.+)$/is;

export function readDecree(units: Unit[], ctx: UnitContext[], from: number, to: number, title: string, headingAt: ReturnType<typeof atOf>): { decree: Decree; used: Set<number> } {
  const decree: Decree = { title };
  const used = new Set<number>();
  const diktum: Diktum[] = [];
  let open: Diktum | undefined;
  for (let i = from; i < to; i++) {
    const u = units[i];
    if (u.type !== 'text' || ctx[i].role) {
      open = undefined;
      continue;
    }
    // A reader may run a diktum into the list item before it ("… e. Evaluasi … KEENAM : …").
    for (const t of flat(u as TextUnit).split(DIKTUM_INSIDE)) {
      let m: RegExpExecArray | null;
      if (!decree.nomor && !open && (m = NOMOR.exec(t))) {
        decree.nomor = norm(m[1]);
        used.add(i);
      } else if (!decree.tentang && (m = TENTANG.exec(t))) {
        decree.tentang = norm(m[1]);
        used.add(i);
      } else if ((m = DIKTUM.exec(t))) {
        open = { label: m[1], text: norm(m[2]), at: atOf(u.loc) };
        diktum.push(open);
        used.add(i);
      } else if (open && ((u as TextUnit).number || used.has(i))) {
        open.text = norm(`${open.text} ${t}`);
        used.add(i);
      } else {
        open = undefined;
      }
    }
  }
  if (diktum.length) decree.diktum = diktum;
  decree.at = headingAt;
  return { decree, used };
}
