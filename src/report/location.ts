// One way to print a location, shared by the formatters: "baris 478, hal. 12, Tabel 3.1 baris 2, kolom capaian".
import type { Loc } from '../model/types.js';
import type { Lang } from '../engine/types.js';

const WORDS = {
  id: { line: 'baris', page: 'hal.', paragraph: 'paragraf', row: 'baris', field: 'kolom', source: 'sumber' },
  en: { line: 'line', page: 'p.', paragraph: 'para.', row: 'row', field: 'column', source: 'source' },
};

/** Position in the linted file: "12:5" for text, "hal. 12" for PDF pages, "paragraf 40" for Word. */
export function position(loc: Loc, lang: Lang): string {
  const w = WORDS[lang];
  const parts: string[] = [];
  if (loc.page) parts.push(`${w.page} ${loc.page}`);
  if (loc.line) parts.push(loc.column ? `${loc.line}:${loc.column}` : `${w.line} ${loc.line}`);
  if (loc.paragraph) parts.push(`${w.paragraph} ${loc.paragraph}`);
  return parts.join(', ');
}

/** Table, row and column, and for a transcribed file where the value stood in the original. */
export function place(loc: Loc, lang: Lang): string {
  const w = WORDS[lang];
  const parts: string[] = [];
  if (loc.table) parts.push(loc.row !== undefined ? `${loc.table}, ${w.row} ${loc.row}` : loc.table);
  else if (loc.row !== undefined) parts.push(`${w.row} ${loc.row}`);
  if (loc.field) parts.push(`${w.field} ${loc.field}`);
  if (loc.source && (loc.source.line || loc.source.page)) {
    const src = [loc.source.page ? `${w.page} ${loc.source.page}` : '', loc.source.line ? `${w.line} ${loc.source.line}` : ''].filter(Boolean).join(', ');
    parts.push(`${w.source}${loc.source.file ? ` ${loc.source.file}` : ''} ${src}`);
  }
  return parts.join('; ');
}
