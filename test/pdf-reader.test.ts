// The PDF reader on the three real reports in fixtures/corpus (no mocks). Every count below was
// checked against the page rendered as an image (pdftoppm -r 60 -f N -l N -png). Both PDF libraries
// run every case: pdf.js, and MuPDF's mutool (skipped, with a line saying so, where it is not
// installed; CI installs it).

import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cell, DocumentBlocks, TableBlock, TextBlock } from '../src/ingest/blocks.js';
import { readPdf, type PdfReaderChoice } from '../src/ingest/pdf/index.js';
import { findMutool } from '../src/ingest/pdf/mutool.js';

const CORPUS = new URL('../fixtures/corpus/', import.meta.url);

const READERS: PdfReaderChoice[] = ['pdfjs', 'mutool'];
if (!findMutool()) console.warn('mutool (mupdf-tools) is not installed: the mutool reader cases are skipped');

let reader: PdfReaderChoice = 'pdfjs';

async function read(name: string, limits?: { maxPages?: number; timeoutMs?: number }): Promise<DocumentBlocks> {
  const bytes = new Uint8Array(await readFile(new URL(name, CORPUS)));
  return readPdf(bytes, name, { ...limits, reader });
}

const tables = (d: DocumentBlocks): TableBlock[] => d.blocks.filter((b): b is TableBlock => b.type === 'table');
const paragraphs = (d: DocumentBlocks): TextBlock[] => d.blocks.filter((b): b is TextBlock => b.type === 'paragraph');
const texts = (row: Cell[]): string[] => row.map((c) => c.text);
/** A paragraph's text on one line (the reader keeps printed lines apart with "\n"). */
const flat = (p: TextBlock): string => p.text.replace(/\n/g, ' ');
/** Grid columns of a row (merged cells count their span). */
const width = (row: Cell[]): number => row.reduce((n, c) => n + (c.colSpan ?? 1), 0);

/** The table whose first row starts with these header cells, on page `page`. */
function tableAt(d: DocumentBlocks, page: number, header: string[]): TableBlock {
  const found = tables(d).filter(
    (t) => (t.pages ?? [t.loc.page]).includes(page) && header.every((h, i) => t.rows[0]?.[i]?.text === h),
  );
  expect(found, `table with header ${header.join(' | ')} on page ${page}`).toHaveLength(1);
  return found[0];
}

const LOAD = 120_000;

for (const r of READERS) {
  describe.skipIf(r === 'mutool' && !findMutool())(`${r} reader`, () => {
    beforeAll(() => {
      reader = r;
    });

    describe('lkip-2016-kesbangpol-jabar-draft.pdf (Word 2007, 39 pages)', () => {
      let doc: DocumentBlocks;
      beforeAll(async () => {
        doc = await read('lkip-2016-kesbangpol-jabar-draft.pdf');
      }, LOAD);

      it('reads all pages without notes', () => {
        expect(doc.format).toBe('pdf');
        expect(doc.pages).toBe(39);
        expect(doc.notes).toEqual([]);
      });

      it('Tabel 3.7 (budget, pp. 26–27) is one table: header, 24 kegiatan, Jumlah', () => {
        // Page 26 shows the header and kegiatan 1–15; page 27 repeats the header and has 16–24 and the
        // Jumlah row. Joined: 1 header + 24 kegiatan + 1 total = 26 rows of 5 columns
        // (No | Kegiatan | Anggaran (Rp.) | Realisasi (Rp.) | %); the repeated header is dropped.
        const t = tableAt(doc, 26, ['No', 'Kegiatan', 'Anggaran (Rp.)', 'Realisasi (Rp.)', '%']);
        expect(t.source).toBe('ruled');
        expect(t.pages).toEqual([26, 27]);
        expect(t.rows).toHaveLength(26);
        for (const row of t.rows) expect(width(row)).toBe(5);
        expect(t.rows.filter((r) => r[1]?.text === 'Kegiatan')).toHaveLength(1);
        expect(texts(t.rows[1])).toEqual([
          '1',
          'Penguatan Peran dan Fungsi Forum-Forum Mitra Strategis Bakesbangpol Jabar',
          '369.200.000',
          '356.060.000',
          '96,44%',
        ]);
        expect(t.rows[16][0]).toMatchObject({ text: '16', loc: { page: 27 } });
        // The total as printed; "Jumlah" is merged over the No and Kegiatan columns.
        const total = t.rows[25];
        expect(total[0]).toMatchObject({ text: 'Jumlah', colSpan: 2 });
        expect(texts(total)).toEqual(['Jumlah', '14.513.515.000', '13.167.445.057', '90,73%']);
      });

      it('Tabel 3.8 (p. 27) stays a separate table under Tabel 3.7', () => {
        const t = tables(doc).find((x) => x.loc.page === 27 && x.rows[1]?.[1]?.text === 'Belanja tidak langsung');
        expect(t).toBeDefined();
        expect(t!.rows).toHaveLength(2);
        expect(texts(t!.rows[1])).toEqual(['1', 'Belanja tidak langsung', '9.761.548.039', '9.432.190.995', '96,63%']);
      });

      it('Tabel 3.1 (pengukuran, p. 19): two indicators under one merged sasaran cell', () => {
        // Six columns; the Sasaran Strategis cell spans both indicator rows (drawn as one cell).
        const t = tableAt(doc, 19, ['Sasaran Strategis', 'No.', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian']);
        expect(t.rows).toHaveLength(3);
        expect(t.rows[1][0].rowSpan).toBe(2);
        expect(t.rows[2][0]).toMatchObject({ text: '', covered: true });
        expect(texts(t.rows[2]).slice(1)).toEqual([
          '2.',
          'Tingkat keberhasilan pencapaian zero growth kasus yang berlatar belakang suku, ras, dan antar golongan',
          '100%',
          '100%',
          '100%',
        ]);
      });

      it('Tabel 2.1 (IKU targets, pp. 12–13) continues over the page break', () => {
        // Two header rows (target years under a merged "TARGET KINERJA …" cell), the (1)…(9) column
        // numbers, then indicators 1–9 (1–4 on p. 12, 5–9 on p. 13): 12 rows, 9 columns.
        const t = tableAt(doc, 12, ['NO', 'TUJUAN', 'SASARAN', 'INDIKATOR SASARAN']);
        expect(t.pages).toEqual([12, 13]);
        expect(t.rows).toHaveLength(12);
        expect(width(t.rows[0])).toBe(9);
        expect(t.rows[0][4]).toMatchObject({ text: 'TARGET KINERJA SASARAN PADA TAHUN KE', colSpan: 5 });
        expect(texts(t.rows[1]).slice(4)).toEqual(['2014', '2015', '2016', '2017', '2018']);
        expect(texts(t.rows[11]).slice(3)).toEqual([
          '9. Persentase penurunan sengketa Pemilu atau Pemilukada di Jawa Barat.',
          '50%',
          '75%',
          '-',
          '66,7%',
          '70%',
        ]);
      });

      it('the organisation chart (p. 6) is not a table', () => {
        expect(tables(doc).filter((t) => t.loc.page === 6)).toHaveLength(0);
        expect(paragraphs(doc).some((p) => p.loc.page === 6 && flat(p).includes('SEKRETARIS'))).toBe(true);
      });

      it('drops the running footer and page numbers, keeps chapter headings', () => {
        const all = paragraphs(doc).map(flat);
        expect(all.filter((t) => t.includes('LKIP Tahun 2016 Badan Kesbangpol Prov. Jawa Barat'))).toEqual([]);
        expect(all.filter((t) => /^\d{1,2}$/.test(t))).toEqual([]);
        const h = paragraphs(doc).find((p) => flat(p) === 'BAB I PENDAHULUAN');
        expect(h).toMatchObject({ loc: { page: 1 }, headingLevel: 1 });
        expect(paragraphs(doc).find((p) => flat(p) === 'Latar Belakang')).toMatchObject({ marker: '1.1' });
      });

      it('splits list markers', () => {
        const p = paragraphs(doc).find((x) => flat(x).startsWith('Terwujudnya pengamalan masyarakat Jawa Barat'));
        expect(p).toMatchObject({ marker: '1)', loc: { page: 10 } });
      });

      it('keeps printed lines apart, and a sentence over a page break after "Rp." in one paragraph', () => {
        // Page 27 ends with the full justified line "… masing-masing adalah Rp."; page 28 goes on with
        // "13.167.445.057,00 atau 90,73% …".
        const p = paragraphs(doc).find((x) => x.text.includes('masing-masing adalah Rp.'))!;
        expect(p.loc.page).toBe(27);
        expect(flat(p)).toContain('masing-masing adalah Rp. 13.167.445.057,00 atau');
        expect(p.lines).toHaveLength(p.text.split('\n').length);
        expect(new Set(p.lines!.map((l) => l.page))).toEqual(new Set([27, 28]));
        // The signature's jabatan is two printed lines of one paragraph.
        const jabatan = paragraphs(doc).find((x) => x.loc.page === 39 && x.text.startsWith('KEPALA BADAN'))!;
        expect(jabatan.text).toBe('KEPALA BADAN KESATUAN BANGSA DAN POLITIK\nPROVINSI JAWA BARAT');
      });

      it('a caption printed on several centred lines is one paragraph (Tabel 3.7, p. 26)', () => {
        const caption = paragraphs(doc).find((x) => x.loc.page === 26 && x.text.startsWith('Tabel 3.7'))!;
        expect(flat(caption)).toBe('Tabel 3.7 Realisasi Anggaran Belanja Langsung Tahun 2016 Badan Kesatuan Bangsa dan Politik Provinsi Jawa Barat');
        expect(caption.headingLevel).toBeUndefined();
      });

      it('stops at maxPages with a note', async () => {
        const d = await read('lkip-2016-kesbangpol-jabar-draft.pdf', { maxPages: 3 });
        expect(d.pages).toBe(39);
        expect(d.notes).toContain('read only the first 3 of 39 pages (page limit)');
        expect(Math.max(...d.blocks.map((b) => b.loc.page ?? 0))).toBe(3);
      }, LOAD);
    });

    describe('lkip-2024-kesbangpol-dki.pdf (Word 2019, 56 pages)', () => {
      let doc: DocumentBlocks;
      beforeAll(async () => {
        doc = await read('lkip-2024-kesbangpol-dki.pdf');
      }, LOAD);

      it('reads all pages', () => {
        expect(doc.pages).toBe(56);
        expect(doc.notes).toEqual([]);
      });

      it('pengukuran kinerja (pp. 23–24): 15 IKU over two pages', () => {
        // Page 23 (printed "hal. 19") has the header and IKU 1–13, page 24 repeats the header and has
        // 14–15: 1 header + 15 rows of 6 columns.
        const t = tableAt(doc, 23, ['No.', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)']);
        expect(t.pages).toEqual([23, 24]);
        expect(t.rows).toHaveLength(16);
        for (const row of t.rows) expect(row).toHaveLength(6);
        expect(texts(t.rows[4])).toEqual(['4.', 'Tingkat Partisipasi Pemilu', 'Persen', '77,75', '74,28', '95,54']);
        expect(t.rows[14][0]).toMatchObject({ text: '14.', loc: { page: 24 } });
        expect(texts(t.rows[14]).slice(3)).toEqual(['100', '99,74', '99,74']);
      });

      it('realisasi anggaran per sasaran (pp. 34–36): a row broken over the page is one row', () => {
        // 15 sasaran rows under one header; row 5 starts on p. 34 and ends on p. 35
        // ("… untuk program-program" / "prioritas dan strategis Daerah").
        const t = tableAt(doc, 34, ['NO', 'Sasaran', 'Indikator Kinerja', 'Total Anggaran (Rp)', 'Realisasi (Rp)']);
        expect(t.pages).toEqual([34, 35, 36]);
        expect(t.rows).toHaveLength(16);
        expect(t.rows.map((r) => r[0].text)).toEqual(['NO', ...Array.from({ length: 15 }, (_, i) => String(i + 1))]);
        expect(t.rows[5][1].text).toBe(
          'Terimplementasinya rencana strategis komunikasi publik untuk program-program prioritas dan strategis Daerah',
        );
        expect(texts(t.rows[8]).slice(3)).toEqual(['989.454.881.713', '982.061.548.321', '99,25%']);
      });

      it('efisiensi output program (p. 33, landscape): the unlabelled total row', () => {
        // Title row, header row, programs 1–6, total row: 9 rows over 10 grid columns.
        const t = tables(doc).find((x) => x.loc.page === 33);
        expect(t).toBeDefined();
        expect(t!.rows).toHaveLength(9);
        expect(texts(t!.rows[1]).slice(1, 5)).toEqual(['Program', 'OP', 'COP per OP', 'Alokasi Anggaran (AA)']);
        expect(texts(t!.rows[8]).filter((x) => x !== '')).toEqual([
          '989.454.881.713',
          '982.061.548.321',
          '1.144.844.786.519',
          '162.783.238.198',
        ]);
      });

      it('drops the running header and "hal. N" page numbers', () => {
        const all = paragraphs(doc).map(flat);
        expect(all.filter((t) => t.includes('LKIP Badan Kesatuan Bangsa dan Politik Provinsi DKI Jakarta'))).toEqual([]);
        expect(all.filter((t) => /^hal\. /i.test(t))).toEqual([]);
        expect(paragraphs(doc).find((p) => flat(p) === 'BAB I PENDAHULUAN')).toMatchObject({ loc: { page: 5 } });
      });
    });

    describe('lkip-2016-disperindag-jabar.pdf (Nitro Pro, 84 pages)', () => {
      let doc: DocumentBlocks;
      beforeAll(async () => {
        doc = await read('lkip-2016-disperindag-jabar.pdf');
      }, LOAD);

      it('reads all pages; scanned pages are reported', () => {
        expect(doc.pages).toBe(84);
        // Pages 2–7 (signed statements) and 84 are images only.
        expect(doc.notes).toEqual(['no text layer on 7 pages 2–7, 84']);
      });

      it('Tabel 3.8 (p. 53): six UPTD and the Jumlah row as printed', () => {
        const t = tableAt(doc, 53, ['No', 'UPTD/Kabupaten/Kota', 'Anggaran setelah perubahan (Rp)', 'Realisasi (Rp)']);
        // Header + 6 Balai + Jumlah.
        expect(t.rows).toHaveLength(8);
        expect(texts(t.rows[7])).toEqual(['Jumlah', '10,573,573,300', '10,028,757,854']);
        expect(t.rows[7][0].colSpan).toBe(2);
      });

      it('Tabel 3.7 (program/kegiatan budget, pp. 44–49) is joined over six pages', () => {
        // Page frame lines touch this table on every page (they must not add columns): 6 columns
        // Sasaran | IKU | Nama Program / Kegiatan | Anggaran | Realisasi | Capaian. Rows per page,
        // counted on the images: p. 44 header + 9, p. 45 25 kegiatan, p. 46 22, p. 47 24, p. 48 21,
        // p. 49 18; the header repeated on pp. 45–49 is dropped.
        const t = tableAt(doc, 44, ['Sasaran', 'Indikator Kinerja Utama (IKU)', 'Nama Program / Kegiatan', 'Anggaran']);
        expect(t.pages).toEqual([44, 45, 46, 47, 48, 49]);
        for (const row of t.rows) expect(width(row)).toBe(6);
        const perPage = [44, 45, 46, 47, 48, 49].map((p) => t.rows.filter((r) => r[0].loc.page === p).length);
        expect(perPage).toEqual([10, 25, 22, 24, 21, 18]);
        expect(t.rows.filter((r) => r[0].text === 'Sasaran')).toHaveLength(1);
        const program = t.rows.find((r) => r[2]?.text === 'Program Pengembangan Industri Kecil dan Menengah');
        expect(program && texts(program).slice(3)).toEqual(['4,115,000,000.00', '3,709,217,380.00', '90.14']);
        expect(program![0]).toMatchObject({ covered: true, loc: { page: 45 } });
      });

      it('the borderless rating scale (p. 32) is a clustered table', () => {
        const t = tables(doc).find((x) => x.source === 'clustered');
        expect(t).toMatchObject({ loc: { page: 32 } });
        expect(t!.rows.map(texts)).toEqual([
          ['Persentase :', '> 100', 'Sangat baik'],
          ['', '80 – 100', 'Baik'],
          ['', '55 – 80', 'Sedang'],
          ['', '<55', 'Kurang'],
        ]);
        // Conservative: no other borderless table anywhere in the three documents' prose.
        expect(tables(doc).filter((x) => x.source === 'clustered')).toHaveLength(1);
      });

      it('drops the running header, the chapter-page footer, and header boxes are not tables', () => {
        const all = paragraphs(doc).map(flat);
        expect(all.filter((t) => t === 'Dinas Perindustrian dan Perdagangan Provinsi Jawa Barat')).toEqual([]);
        expect(all.filter((t) => t.includes('Laporan Kinerja Instansi Pemerintah Tahun 2016 |'))).toEqual([]);
        // The "BAB.I" box beside the header rule on p. 11 is text, not a 2×2 table.
        expect(tables(doc).filter((t) => t.loc.page === 11)).toHaveLength(0);
        // The running-title box on p. 31 ("Dinas … | BAB. III", in the header zone) continues no table
        // from p. 30: it stays out of the tables.
        expect(tables(doc).filter((t) => t.rows.some((r) => r.some((c) => c.text === 'BAB. III')))).toEqual([]);
        expect(paragraphs(doc).find((p) => p.loc.page === 11 && flat(p) === 'Pendahuluan')).toMatchObject({ headingLevel: 1 });
      });
    });

    describe('robustness', () => {
      it('an encrypted PDF: the error says it is password-protected', async () => {
        await expect(read('synthetic/encrypted.pdf')).rejects.toThrow(/password-protected/);
      });

      it('no text layer on any page: no blocks and a note', async () => {
        const d = await read('synthetic/no-text-layer.pdf');
        expect(d.blocks).toEqual([]);
        expect(d.notes).toEqual(['no text layer']);
      });

      it('not a PDF: an error, not a crash', async () => {
        await expect(readPdf(new TextEncoder().encode('hello'), 'hello.pdf', { reader })).rejects.toThrow(/not a readable PDF/);
      });

      it('stops at the time limit with a note', async () => {
        const d = await read('lkip-2016-disperindag-jabar.pdf', { timeoutMs: 1 });
        expect(d.notes.some((n) => n.startsWith('timed out after 1 ms'))).toBe(true);
      }, LOAD);
    });
  });
}
