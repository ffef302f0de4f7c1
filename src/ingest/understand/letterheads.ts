// Letterheads (kop surat) above the attached documents: "PEMERINTAH KABUPATEN … / KECAMATAN … /
// JL. … ☎ (0331) 441911 … 68157". The document is the one whose heading follows.
import type { Letterhead } from '../../model/report-input.js';
import { documentKind } from './kinds.js';
import type { UnitContext } from './outline.js';
import { atOf, flat, type TextUnit, type Unit } from './units.js';
import { isCaps, norm } from './words.js';

const GOVERNMENT = /^(?:PEMERINTAH\s+(?:KABUPATEN|KOTA|PROVINSI|DAERAH)|KEMENTERIAN|PEMERINTAH\s+REPUBLIK)\b/i;
const ADDRESS = /^(?:jl\.?|jln\.?|jalan)\s|telp|telepon|☎|✆|kode\s*pos|website|e-?mail/i;
const UNIT_WORD = /\s(?=(?:KECAMATAN|DINAS|BADAN|SEKRETARIAT|INSPEKTORAT|KANTOR|SATUAN|RUMAH\s+SAKIT|BAGIAN|KELURAHAN|UPT|UPTD)\b)/;
const PHONE = /(?:☎|✆|telp\.?|telepon|tlp\.?|phone|fax)\s*:?\s*(\(?\d{2,5}\)?[\s-]*\d[\d\s-]{3,}\d)/i;
const POSTAL = /(?:kode\s*pos\s*:?\s*)?\b(\d{5})\s*$/i;

/** onCover: a letterhead may stand before the first heading (a document of a berkas in its own file). */
export function readLetterheads(units: Unit[], ctx: UnitContext[], options: { onCover?: boolean } = {}): { letterheads: Letterhead[]; used: Set<number> } {
  const free = (i: number) => !ctx[i].role || (options.onCover && ctx[i].role === 'cover');
  const letterheads: Letterhead[] = [];
  const used = new Set<number>();
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.type !== 'text' || !free(i) || !GOVERNMENT.test(u.lines[0].text) || !isCaps(u.lines[0].text)) continue;
    const parts: TextUnit[] = [u];
    let j = i + 1;
    // The agency line may stand in a paragraph of its own between the government line and the address.
    let addressed = u.lines.some((l) => ADDRESS.test(l.text));
    while (j < units.length && j <= i + 3) {
      const n = units[j];
      if (n.type !== 'text' || !free(j)) break;
      const address = n.lines.some((l) => ADDRESS.test(l.text));
      if (!address && (addressed || !isCaps(flat(n)) || flat(n).split(' ').length > 6)) break;
      addressed ||= address;
      parts.push(n);
      j++;
    }
    if (!addressed) continue;
    parts.forEach((p) => used.add(p.index));
    const lines = parts.flatMap((p) => p.lines.map((l) => norm(l.text)));
    const head = lines.filter((l) => !ADDRESS.test(l));
    const address = lines.find((l) => ADDRESS.test(l));
    const lh: Letterhead = { document: nextDocument(units, ctx, j) ?? 'other' };
    const instansi = instansiOf(head);
    if (instansi) lh.instansi = instansi;
    if (address) {
      const phone = PHONE.exec(address);
      const postal = POSTAL.exec(address);
      let rest = address;
      if (phone) rest = rest.replace(phone[0], ' ');
      if (postal) rest = rest.replace(POSTAL, ' ');
      lh.address = norm(rest).replace(/[,;]\s*$/, '');
      if (phone) lh.phone = norm(phone[1]);
      if (postal) lh.postalCode = postal[1];
    }
    lh.text = lines.join(' / ');
    lh.at = atOf(u.loc);
    letterheads.push(lh);
    i = j - 1;
  }
  return { letterheads, used };
}

/** The agency below the government line: "KECAMATAN SEMBORO" of "PEMERINTAH KABUPATEN JEMBER KECAMATAN SEMBORO". */
function instansiOf(head: string[]): string | undefined {
  if (head.length > 1) return head.slice(1).join(' ');
  const m = UNIT_WORD.exec(head[0] ?? '');
  return m ? head[0].slice(m.index).trim() : undefined;
}

function nextDocument(units: Unit[], ctx: UnitContext[], from: number): string | undefined {
  for (let k = from; k < units.length && k < from + 4; k++) {
    const u = units[k];
    if (u.type !== 'text') continue;
    const kind = ctx[k].role === 'heading' ? (ctx[k].l1?.kind ?? documentKind(flat(u))) : documentKind(flat(u));
    if (kind) return kind;
  }
  return undefined;
}
