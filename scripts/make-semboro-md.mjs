// Writes fixtures/semboro-2021.md: the real report fixtures/semboro-2021.txt as clean Markdown.
// The text is the report's, character for character (defects, number formats and typos included);
// only the Markdown around it changes: headings get #, tab-separated tables become GFM pipe tables,
// the `- |` table loses its bullet, list lines lose stray indentation and their continuation lines
// are indented under them. Deterministic: same .txt in, same .md out.
// `node scripts/make-semboro-md.mjs --check` exits 1 when the committed .md is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = `${root}fixtures/semboro-2021.txt`;
const target = `${root}fixtures/semboro-2021.md`;

// Headings by original line: level, and the text expected there (the script refuses a changed .txt).
// A heading printed on several lines of one paragraph is a setext heading, so its text keeps the lines.
const HEADINGS = new Map([
  [5, [1, 'LAPORAN KINERJA', 'KECAMATAN SEMBORO', 'KABUPATEN JEMBER']],
  [13, [1, 'KATA PENGANTAR']],
  [33, [1, 'DAFTAR ISI']],
  [60, [1, 'IKHTISAR EKSEKUTIF']],
  [109, [1, 'BAB I']],
  [111, [1, 'PENDAHULUAN']],
  [113, [2, 'A. LATAR BELAKANG']],
  [123, [2, 'B. MAKSUD DAN TUJUAN']],
  [132, [2, 'C. KEDUDUKAN, TUGAS, FUNGSI DAN SUSUNAN ORGANISASI KECAMATAN SEMBORO']],
  [188, [1, 'BAB II']],
  [190, [1, 'PERENCANAAN DAN PERJANJIAN KINERJA']],
  [192, [2, 'A. RENCANA STRATEGIS']],
  [200, [3, '1. Visi dan Misi Kabupaten Jember']],
  [210, [3, '2. Tujuan dan sasaran Kecamatan Semboro']],
  [226, [2, 'B. RENCANA KINERJA TAHUNAN (RKT) TAHUN 2021']],
  [232, [3, '1. Sasaran dan Indikator Sasaran']],
  [244, [3, '2. Program dan Indikator Program']],
  [257, [3, '3. Kegiatan dan Indikator Kegiatan']],
  [285, [2, 'C. PERJANJIAN KINERJA']],
  [295, [2, 'D. INDIKATOR KINERJA UTAMA (IKU)']],
  [305, [1, 'BAB III AKUNTABILITAS KINERJA']],
  [307, [2, 'A. PENGUKURAN CAPAIAN KINERJA TAHUN 2021']],
  [339, [2, 'B. EVALUASI DAN ANALISIS CAPAIAN KINERJA']],
  [345, [3, 'I. Tujuan Meningkatkan Kualitas Kelembagaan dan Kapabilitas Penyelenggara Pemerintahan Khususnya Pemerintahan Kecamatan dan Desa.']],
  [347, [4, 'Sasaran 1']],
  [409, [4, 'Sasaran 2.']],
  [498, [2, 'C. AKUNTABILITAS KEUANGAN.']],
  [500, [3, '1. Alokasi Anggaran OPD']],
  [514, [3, '2. Alokasi Anggaran Belanja Per Program']],
  [550, [3, '3. Alokasi Belanja Per Sasaran Strategis Perangkat Daerah']],
  [574, [1, 'BAB IV']],
  [576, [1, 'PENUTUP']],
  [598, [1, 'RENCANA STRATEGIS KECAMATAN SEMBORO', 'MATRIK TUJUAN, SASARAN, STRATEGI DAN KEBIJAKAN']],
  [622, [1, 'PERJANJIAN KINERJA TAHUN 2021']],
  [668, [1, 'PERJANJIAN KINERJA PERUBAHAN', 'TAHUN 2021']],
  [772, [1, 'KEPUTUSAN CAMAT SEMBORO KABUPATEN JEMBER']],
  [822, [1, 'INDIKATOR KINERJA UTAMA (IKU)', 'KECAMATAN SEMBORO KABUPATEN JEMBER']],
]);

const LIST_ITEM = /^(?:[-*+]|\d{1,3}[.)])[ \t]+\S/;

/** Groups of consecutive tab-separated lines; a group continues over one blank line when the rows
 *  after it have the same number of cells and do not repeat the header (a table wrapped to the next
 *  page, like the budget table's rows from 5.3. on). */
export function tabTables(lines) {
  const groups = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes('\t')) continue;
    let end = i;
    while (end < lines.length && lines[end].includes('\t')) end++;
    const rows = Array.from({ length: end - i }, (_, k) => i + k);
    const last = groups[groups.length - 1];
    const width = (n) => lines[n].split('\t').length;
    if (
      last &&
      last.rows[last.rows.length - 1] === i - 2 &&
      lines[i - 1].trim() === '' &&
      width(i) === width(last.rows[0]) &&
      lines[i] !== lines[last.rows[0]]
    ) {
      last.rows.push(...rows);
    } else {
      groups.push({ rows });
    }
    i = end - 1;
  }
  return groups;
}

export function makeMarkdown(txt) {
  const lines = txt.split('\n');
  const out = ['<!-- Generated from semboro-2021.txt by scripts/make-semboro-md.mjs; edit the script, not this file. -->', ''];
  const blank = () => {
    if (out.length && out[out.length - 1] !== '') out.push('');
  };
  const tables = new Map(tabTables(lines).map((g) => [g.rows[0], g]));
  let listIndent = -1; // content indent of the open list item, -1 when none

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const lineNo = i + 1;
    const text = raw.trim();

    const heading = HEADINGS.get(lineNo);
    if (heading) {
      const [level, ...texts] = heading;
      texts.forEach((t, k) => {
        if (lines[i + k] !== t) throw new Error(`line ${lineNo + k}: expected heading "${t}", found "${lines[i + k]}"`);
      });
      blank();
      if (texts.length === 1) out.push(`${'#'.repeat(level)} ${texts[0]}`);
      else out.push(...texts, (level === 1 ? '=' : '-').repeat(Math.max(...texts.map((t) => t.length))));
      out.push('');
      listIndent = -1;
      i += texts.length - 1;
      continue;
    }

    const table = tables.get(i);
    if (table) {
      blank();
      const rows = table.rows.map((n) => lines[n].split('\t'));
      const width = rows[0].length;
      rows.forEach((cells, r) => {
        if (cells.some((c) => c.includes('|'))) throw new Error(`line ${table.rows[r] + 1}: a cell holds "|"`);
        out.push(`| ${cells.join(' | ')} |`.replace(/ {2,}\|/g, ' |').replace(/\| {2,}/g, '| '));
        if (r === 0) out.push(`|${' --- |'.repeat(width)}`);
      });
      out.push('');
      listIndent = -1;
      i = table.rows[table.rows.length - 1];
      continue;
    }

    if (/^- \|/.test(raw) && /^\|-/.test(lines[i + 1] ?? '')) {
      // A pipe table that the exporter put in a list item: the same table without the bullet.
      blank();
      out.push(raw.slice(2));
      for (i++; i < lines.length && lines[i].startsWith('|'); i++) out.push(lines[i]);
      i--;
      out.push('');
      listIndent = -1;
      continue;
    }

    if (text === '') {
      blank();
      listIndent = -1;
      continue;
    }

    if (LIST_ITEM.test(text)) {
      out.push(text);
      listIndent = /^(?:[-*+]|\d{1,3}[.)])[ \t]+/.exec(text)[0].length;
      continue;
    }
    // A line under a list item continues it: indent it under the item's text.
    out.push(listIndent >= 0 ? ' '.repeat(listIndent) + text : text);
  }
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const md = makeMarkdown(readFileSync(source, 'utf8'));
  if (process.argv.includes('--check')) {
    const current = readFileSync(target, 'utf8');
    if (current !== md) {
      console.error('fixtures/semboro-2021.md is stale: run node scripts/make-semboro-md.mjs');
      process.exit(1);
    }
  } else {
    writeFileSync(target, md);
    console.log(`wrote ${target}`);
  }
}
