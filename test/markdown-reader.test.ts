import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TableBlock, TextBlock } from '../src/ingest/blocks.js';
import { normalizeMarkdown, readMarkdown } from '../src/ingest/markdown/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const mdText = readFileSync(`${root}fixtures/semboro-2021.md`, 'utf8');
const txtText = readFileSync(`${root}fixtures/semboro-2021.txt`, 'utf8');
const mdLines = mdText.split('\n');
const txtLines = txtText.split('\n');
const doc = readMarkdown(mdText, 'fixtures/semboro-2021.md');
const tables = doc.blocks.filter((b): b is TableBlock => b.type === 'table');
const paragraphs = doc.blocks.filter((b): b is TextBlock => b.type === 'paragraph');

/** The tables a reader of the .txt sees: runs of tab-separated lines, split on tabs (a run continues
 *  over one blank line when the next rows have as many cells and do not repeat the header: the budget
 *  table's rows from "5.3." on, wrapped to the next page), and the one pipe table (`- | … |`). */
function txtTables(): { line: number; rows: string[][] }[] {
  const found: { line: number; rows: string[][]; lines: number[] }[] = [];
  for (let i = 0; i < txtLines.length; i++) {
    const line = txtLines[i];
    if (line.includes('\t')) {
      const last = found[found.length - 1];
      const cells = line.split('\t');
      const prevEnd = last?.lines[last.lines.length - 1];
      if (last && prevEnd === i - 1) {
        last.rows.push(cells);
        last.lines.push(i);
      } else if (
        last &&
        prevEnd === i - 2 &&
        txtLines[i - 1].trim() === '' &&
        cells.length === last.rows[0].length &&
        line !== txtLines[last.lines[0]]
      ) {
        last.rows.push(cells);
        last.lines.push(i);
      } else {
        found.push({ line: i + 1, rows: [cells], lines: [i] });
      }
    } else if (/^(- )?\|/.test(line) && !/^\|-/.test(line)) {
      const last = found[found.length - 1];
      const cells = line.replace(/^- /, '').split('|').slice(1, -1);
      if (cells.every((c) => c.trim() === '')) continue; // the empty header row GFM demands
      if (last && last.lines[last.lines.length - 1] >= i - 2 && /^(- )?\|/.test(txtLines[last.lines[0]])) {
        last.rows.push(cells);
        last.lines.push(i);
      } else found.push({ line: i + 1, rows: [cells], lines: [i] });
    }
  }
  // Inline HTML in a cell is formatting: the Markdown reader gives the text it marks up.
  const plain = (s: string) => s.replace(/<\/?i>/g, '').trim();
  return found.map((t) => ({ line: t.line, rows: t.rows.map((r) => r.map(plain)) }));
}

describe('readMarkdown on fixtures/semboro-2021.md', () => {
  it('finds the headings with their levels', () => {
    const headings = paragraphs.filter((p) => p.headingLevel !== undefined).map((p) => [p.headingLevel, p.text]);
    expect(headings).toHaveLength(37);
    expect(headings.slice(0, 8)).toEqual([
      [1, 'LAPORAN KINERJA\nKECAMATAN SEMBORO\nKABUPATEN JEMBER'],
      [1, 'KATA PENGANTAR'],
      [1, 'DAFTAR ISI'],
      [1, 'IKHTISAR EKSEKUTIF'],
      [1, 'BAB I'],
      [1, 'PENDAHULUAN'],
      [2, 'A. LATAR BELAKANG'],
      [2, 'B. MAKSUD DAN TUJUAN'],
    ]);
    expect(headings).toContainEqual([1, 'BAB III AKUNTABILITAS KINERJA']);
    expect(headings).toContainEqual([3, '2. Alokasi Anggaran Belanja Per Program']);
    expect(headings).toContainEqual([4, 'Sasaran 2.']);
    expect(headings).toContainEqual([1, 'PERJANJIAN KINERJA PERUBAHAN\nTAHUN 2021']);
    const bab1 = paragraphs.find((p) => p.text === 'BAB I')!;
    expect(mdLines[bab1.loc.line! - 1]).toBe('# BAB I');
  });

  it('reads every table as the .txt has it: same rows, same cell text', () => {
    const expected = txtTables();
    expect(expected).toHaveLength(26);
    expect(tables).toHaveLength(26);
    expect(tables.every((t) => t.source === 'pipes')).toBe(true);
    tables.forEach((table, k) => {
      expect(table.rows.map((r) => r.map((c) => c.text)), `table ${k + 1} (txt line ${expected[k].line})`).toEqual(
        expected[k].rows,
      );
    });
  });

  it('locates every cell at its text in the original file', () => {
    for (const table of tables) {
      for (const cell of table.rows.flat()) {
        if (!cell.text) continue;
        const source = mdLines[cell.loc.line! - 1].slice(cell.loc.column! - 1);
        expect(source.startsWith(cell.text), `${cell.loc.line}:${cell.loc.column} ${cell.text}`).toBe(true);
      }
    }
  });

  it('reads the budget table with its wrapped rows and the JUMLAH row at its line', () => {
    const budget = tables.find((t) => t.rows[0][1]?.text === 'PROGRAM/ KEGIATAN')!;
    expect(budget.rows).toHaveLength(30);
    expect(budget.rows.map((r) => r[0].text)).toEqual([
      'No', '1', '1', '1.1.', '1.2.', '2.', '2.1.', '2.2.', '2.3.', '3.', '3.1.', '4.', '4.1.', '5.', '5.1', '5.2.',
      '5.3.', 'II', '1.', '1.1.', '2.', '2.1.', 'III', '1.', '1.1.', '1.2.', 'IV', '1.', '1.1.', 'JUMLAH',
    ]);
    expect(budget.rows[18][1].text).toBe('Kegiatan Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan');
    expect(budget.rows[21][4].text).toBe('99,60 %');

    const jumlah = budget.rows[29];
    expect(jumlah.map((c) => c.text)).toEqual(['JUMLAH', '', '3.457.463.874', '3.148.478.480', '91,06%']);
    const line = mdLines.findIndex((l) => l.startsWith('| JUMLAH | | 3.457.463.874')) + 1;
    expect(line).toBeGreaterThan(0);
    expect(jumlah[2].loc).toEqual({ line, column: mdLines[line - 1].indexOf('3.457.463.874') + 1 });
  });

  it('keeps TeX in cells and formulas verbatim', () => {
    const iku = tables[tables.length - 1];
    expect(iku.rows[1][3].text).toBe(txtLines[847].split('\t')[3]);
    expect(iku.rows[1][3].text.endsWith('\\times 100\\%$')).toBe(true);
    expect(paragraphs.map((p) => p.text)).toContain(
      '$$\\text{Capaian Kinerja} = \\frac{\\text{Realisasi}}{\\text{Target}} \\times 100$$',
    );
  });

  it('reads lists with their printed markers, emphasis as plain text', () => {
    const byText = (start: string) => paragraphs.find((p) => p.text.startsWith(start))!;
    expect(byText('Hasil Survey Kepuasan Masyarakat (SKM) pada bidang Pelayanan Publik, dengan').marker).toBe('✓');
    expect(byText('Pembinaan wawasan kebangsaan').marker).toBe('a.');
    expect(byText('Kecamatan Semboro merupakan wilayah kerja Camat').marker).toBe('1)');
    expect(byText('Memberikan informasi kinerja yang penting').marker).toBe('(1)');
    expect(byText('Pelaksanaan kegiatan yang sesuai dengan perencanaan.').marker).toBe('-');
    expect(byText('Kurangnya tertib administrasi').marker).toBe('1.');
    const program = byText('Program : Pemberdayaan Masyarakat Desa Dan Kelurahan');
    expect(program.marker).toBe('2.');
    expect(program.text.split('\n')).toHaveLength(4);
    expect(byText('Dari tabel diatas rata-rata capaian sasaran sebesar 71,4%').text).toBe(
      'Dari tabel diatas rata-rata capaian sasaran sebesar 71,4%, sehingga pencapaian sasaran tersebut adalah berhasil.',
    );
    expect(byText('Terselenggaranya Good Governance merupakan')).toBeDefined();
    expect(byText('PERJANJIAN KINERJA PERUBAHAN\nTAHUN 2021\nKECAMATAN SEMBORO').bold).toBe(true);
  });

  it('loses no line of the report', () => {
    const all = doc.blocks
      .flatMap((b) => (b.type === 'table' ? b.rows.flat().map((c) => c.text) : [b.text]))
      .join('\n');
    const missing = txtLines
      .filter((l) => l.trim() !== '' && !l.includes('\t') && !/^(- )?\|/.test(l))
      .map((l) =>
        l
          .trim()
          .replace(/^- /, '')
          .replace(/^(\(\d+\)|\d+[.)]|[a-z]\.|✓)\s+/, '')
          .replace(/\*/g, ''),
      )
      .filter((l) => l !== '' && !all.includes(l));
    expect(missing).toEqual([]);
  });

  it('keeps the generator comment out of the text', () => {
    expect(doc.comments).toEqual([
      {
        text: 'Generated from semboro-2021.txt by scripts/make-semboro-md.mjs; edit the script, not this file.',
        loc: { line: 1, column: 1, endLine: 1 },
      },
    ]);
    expect(paragraphs.some((p) => p.text.includes('Generated'))).toBe(false);
  });

  it('is what scripts/make-semboro-md.mjs makes of the .txt', () => {
    expect(() => execFileSync(process.execPath, [`${root}scripts/make-semboro-md.mjs`, '--check'])).not.toThrow();
  });
});

describe('readMarkdown on dirty Markdown', () => {
  const dirty = [
    'Keseluruhan anggaran:', // 1
    '', // 2
    '- | | | |', // 3   a pipe table inside a list item
    '|----|----|----|', // 4
    '| a. | Belanja Operasi | Rp. 3.296.978.974 |', // 5
    '| | Belanja Pegawai | Rp. 2.222.034.374 |', // 6
    'Tabel 3.1', // 7
    'No\tUraian\tJumlah', // 8   tab-separated, straight after a paragraph line
    '1\tBelanja | Modal\t160.484.900', // 9
    '\tJUMLAH\t3.457.463.874', // 10  starts with a tab (an indented code block to CommonMark)
    '<!-- lkjip-lint-disable-next-line budget-sum -- angka dari DPA -->', // 11
    'Realisasi **91,06%** dari *pagu*.', // 12
    '', // 13
    'Formula $\\frac{a}{b} \\times 100\\%$ dan `kode`', // 14
  ].join('\n');
  const read = readMarkdown(dirty, 'dirty.md');
  const [pipes, tabs] = read.blocks.filter((b): b is TableBlock => b.type === 'table');

  it('reads a `- |` table as a table, without the empty header row', () => {
    expect(pipes.source).toBe('pipes');
    expect(pipes.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['a.', 'Belanja Operasi', 'Rp. 3.296.978.974'],
      ['', 'Belanja Pegawai', 'Rp. 2.222.034.374'],
    ]);
    expect(pipes.rows[0][2].loc).toEqual({ line: 5, column: dirty.split('\n')[4].indexOf('Rp.') + 1 });
    expect(pipes.loc.line).toBe(3);
  });

  it('reads a tab-separated block as a table located in the original lines', () => {
    expect(tabs.source).toBe('tabs');
    expect(tabs.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['No', 'Uraian', 'Jumlah'],
      ['1', 'Belanja | Modal', '160.484.900'],
      ['', 'JUMLAH', '3.457.463.874'],
    ]);
    expect(tabs.loc).toMatchObject({ line: 8, endLine: 10 });
    expect(tabs.rows[1][2].loc).toEqual({ line: 9, column: dirty.split('\n')[8].indexOf('160.484.900') + 1 });
    expect(tabs.rows[2][2].loc).toEqual({ line: 10, column: 9 });
    expect(tabs.rows[2][0].loc.line).toBe(10);
  });

  it('keeps paragraphs, comments and math apart, all at original lines', () => {
    const texts = read.blocks.filter((b): b is TextBlock => b.type === 'paragraph').map((p) => [p.loc.line, p.text]);
    expect(texts).toEqual([
      [1, 'Keseluruhan anggaran:'],
      [7, 'Tabel 3.1'],
      [12, 'Realisasi 91,06% dari pagu.'],
      [14, 'Formula $\\frac{a}{b} \\times 100\\%$ dan kode'],
    ]);
    expect(read.comments).toEqual([
      { text: 'lkjip-lint-disable-next-line budget-sum -- angka dari DPA', loc: { line: 11, column: 1, endLine: 11 } },
    ]);
  });

  it('maps normalised lines back to the original ones', () => {
    const n = normalizeMarkdown(dirty);
    const lines = n.text.split('\n');
    const at = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    expect(n.map.line(at('Belanja Operasi'))).toBe(5);
    expect(n.map.line(at('| No | Uraian | Jumlah |'))).toBe(8);
    expect(n.map.line(at('3.457.463.874'))).toBe(10);
    expect(n.map.line(at('Realisasi'))).toBe(12);
    expect(n.map.point(at('160.484.900'), lines[at('160.484.900') - 1].indexOf('160.484.900') + 1)).toEqual({
      line: 9,
      column: 19,
    });
    expect(n.rewrites.map((r) => [r.kind, r.startLine, r.endLine])).toEqual([
      ['list-prefixed-table', 3, 6],
      ['tab-table', 8, 10],
    ]);
  });
});

describe('fixtures/semboro-2021.pdf (made by scripts/make-semboro-pdf.mjs from the .md)', () => {
  it('is a small PDF', () => {
    const pdf = readFileSync(`${root}fixtures/semboro-2021.pdf`);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeLessThan(500 * 1024);
  });
});
