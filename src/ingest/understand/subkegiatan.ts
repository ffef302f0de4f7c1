// What a sub kegiatan input/output table reports on: the "Program : … / Kegiatan : … / Sub
// Kegiatan : …" paragraphs right above it (a value may wrap onto the next line). A table preceded
// by only "Sub Kegiatan : …" keeps the program and kegiatan of the table before it.
import type { SubKegiatanTable } from '../../model/report-input.js';
import type { UnitContext } from './outline.js';
import { atOf, type TextUnit, type Unit } from './units.js';
import { norm } from './words.js';

// Labels may start lines or, where a reader ran the lines together, follow one another in one.
const LABEL = /(?:^|\s)(?:\d{1,2}[.)]\s*)?(sub\s*kegiatan|kegiatan|program)\s*:\s*/gi;

interface Header {
  program?: string;
  kegiatan?: string;
  subKegiatan?: string;
}

function parse(u: TextUnit): Header | undefined {
  const text = norm(u.lines.map((l) => l.text).join(' '));
  const labels = [...text.matchAll(LABEL)];
  if (!labels.length || labels[0].index !== 0) return undefined;
  const h: Header = {};
  labels.forEach((m, k) => {
    const label = m[1].toLowerCase().replace(/\s+/g, '');
    const field: keyof Header = label === 'subkegiatan' ? 'subKegiatan' : (label as 'program' | 'kegiatan');
    const end = k + 1 < labels.length ? labels[k + 1].index : text.length;
    h[field] = norm(text.slice((m.index ?? 0) + m[0].length, end));
  });
  return h;
}

export class SubKegiatanHeaders {
  private previous: Header = {};

  /** Header of the table at `index`; marks the paragraphs it used. */
  before(units: Unit[], ctx: UnitContext[], index: number, used: Set<number>): Omit<SubKegiatanTable, 'rows'> {
    const found: { i: number; h: Header }[] = [];
    for (let i = index - 1; i >= 0 && i >= index - 4; i--) {
      const u = units[i];
      if (u.type !== 'text' || ctx[i].role) break;
      const h = parse(u);
      if (!h) break;
      found.unshift({ i, h });
      if (h.program) break;
    }
    const merged: Header = {};
    for (const { h } of found) Object.assign(merged, h);
    if (!merged.program) {
      merged.program = this.previous.program;
      merged.kegiatan ??= this.previous.kegiatan;
    }
    this.previous = merged;
    found.forEach(({ i }) => used.add(i));
    const table: Omit<SubKegiatanTable, 'rows'> = {};
    const sasaran = ctx[index].sasaran;
    if (sasaran !== undefined) table.sasaran = sasaran;
    if (merged.program) table.program = merged.program;
    if (merged.kegiatan) table.kegiatan = merged.kegiatan;
    if (merged.subKegiatan) table.subKegiatan = merged.subKegiatan;
    table.at = atOf((found[0] ? units[found[0].i] : units[index]).loc);
    return table;
  }
}
