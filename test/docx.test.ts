// The Word reader: what it takes from the OOXML (numbering, merged cells, text boxes, footnotes,
// hidden and deleted text, layout tables), the six real Perjanjian Kinerja files of the corpus read
// as PK documents by the shared understanding, mammoth as an independent check that no text is
// lost, and the zip limits. Parity with the other formats is in parity.test.ts, bad Word files
// through the CLI in bad-input.test.ts.
import { readFileSync } from 'node:fs';
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { Block, TableBlock, TextBlock } from '../src/ingest/blocks.js';
import { readDocx } from '../src/ingest/docx/index.js';
import { DocxError } from '../src/ingest/docx/zip.js';
import { understand } from '../src/ingest/understand/index.js';

const PK_FILES = [
  'pk-2016-desdm-jawa-barat',
  'pk-2016-dishub-jawa-barat',
  'pk-2017-bpkad-jawa-barat',
  'pk-2017-dinkes-jawa-barat',
  'pk-2017-dispusipda-jawa-barat',
  'pk-2017-rsj-jawa-barat',
] as const;

const path = (name: string) => `fixtures/corpus/${name}.docx`;
const read = (file: string) => readDocx(new Uint8Array(readFileSync(file)), file);
const paragraphs = (blocks: Block[]) => blocks.filter((b): b is TextBlock => b.type === 'paragraph');
const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.type === 'table');

async function built(children: (Paragraph | Table)[], extra: Partial<ConstructorParameters<typeof Document>[0]> = {}): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ ...extra, sections: [{ children }] })));
}

describe('what the reader takes from the OOXML', () => {
  it('heading styles, Word numbering as printed (BAB I, A., a)), footnotes after their paragraph, hidden and deleted text left out', async () => {
    const bytes = await built(
      [
        new Paragraph({ heading: HeadingLevel.HEADING_1, numbering: { reference: 'bab', level: 0 }, children: [new TextRun('PENDAHULUAN')] }),
        new Paragraph({ heading: HeadingLevel.HEADING_2, numbering: { reference: 'bab', level: 1 }, children: [new TextRun('Latar Belakang')] }),
        new Paragraph({ numbering: { reference: 'bab', level: 2 }, children: [new TextRun('butir pertama')] }),
        new Paragraph({ numbering: { reference: 'bab', level: 2 }, children: [new TextRun('butir kedua')] }),
        new Paragraph({ heading: HeadingLevel.HEADING_1, numbering: { reference: 'bab', level: 0 }, children: [new TextRun('PERENCANAAN KINERJA')] }),
        new Paragraph({
          children: [
            new TextRun('Realisasi 91,06%'),
            new FootnoteReferenceRun(1),
            new TextRun({ text: ' catatan tersembunyi', vanish: true }),
            new DeletedTextRun({ text: ' teks yang dihapus', id: 1, author: 'x', date: '2021-01-01T00:00:00Z' }),
            new TextRun({ text: ' huruf kapital', allCaps: true }),
          ],
        }),
      ],
      {
        footnotes: { 1: { children: [new Paragraph('Sumber: laporan keuangan')] } },
        numbering: {
          config: [
            {
              reference: 'bab',
              levels: [
                { level: 0, format: LevelFormat.UPPER_ROMAN, text: 'BAB %1', alignment: AlignmentType.LEFT },
                { level: 1, format: LevelFormat.UPPER_LETTER, text: '%2.', alignment: AlignmentType.LEFT },
                { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)', alignment: AlignmentType.LEFT },
              ],
            },
          ],
        },
      },
    );
    const doc = await readDocx(bytes, 'fitur.docx');
    const got = paragraphs(doc.blocks).map((p) => [p.marker ?? '', p.text, p.headingLevel ?? 0]);
    expect(got).toEqual([
      ['BAB I', 'PENDAHULUAN', 1],
      ['A.', 'Latar Belakang', 2],
      ['a)', 'butir pertama', 0],
      ['b)', 'butir kedua', 0],
      ['BAB II', 'PERENCANAAN KINERJA', 1],
      ['', 'Realisasi 91,06% HURUF KAPITAL', 0],
      ['', 'Sumber: laporan keuangan', 0],
    ]);
    expect(doc.format).toBe('docx');
    // Located by paragraph, in document order.
    const at = doc.blocks.map((b) => b.loc.paragraph!);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(at[0]).toBe(1);
  });

  it('merged cells are real spans: gridSpan → colSpan, vMerge → rowSpan with covered cells below', async () => {
    const cell = (text: string, opts: { columnSpan?: number; rowSpan?: number } = {}) => new TableCell({ ...opts, children: [new Paragraph(text)] });
    const bytes = await built([
      new Table({
        rows: [
          new TableRow({ children: [cell('No'), cell('Indikator'), cell('Target', { columnSpan: 2 })] }),
          new TableRow({ children: [cell('1', { rowSpan: 2 }), cell('Indeks Kepuasan'), cell('85'), cell('%')] }),
          new TableRow({ children: [cell('Nilai SAKIP'), cell('A'), cell('-')] }),
        ],
      }),
    ]);
    const [table] = tables((await readDocx(bytes, 'sel.docx')).blocks);
    expect(table.rows.map((r) => r.map((c) => [c.text, c.colSpan ?? 1, c.rowSpan ?? 1, !!c.covered]))).toEqual([
      [
        ['No', 1, 1, false],
        ['Indikator', 1, 1, false],
        ['Target', 2, 1, false],
      ],
      [
        ['1', 1, 2, false],
        ['Indeks Kepuasan', 1, 1, false],
        ['85', 1, 1, false],
        ['%', 1, 1, false],
      ],
      [
        ['', 1, 1, true],
        ['Nilai SAKIP', 1, 1, false],
        ['A', 1, 1, false],
        ['-', 1, 1, false],
      ],
    ]);
  });

  it('the corpus: a cover in a text box, vertically merged PK rows, gridSpan, programmes typed with tabs', async () => {
    const desdm = await read(path('pk-2016-desdm-jawa-barat'));
    // Everything from the title to the signatures of this PK stands in one text box.
    expect(paragraphs(desdm.blocks).map((p) => p.text)).toContain('Selanjutnya disebut PIHAK PERTAMA');

    const rsj = await read(path('pk-2017-rsj-jawa-barat'));
    const pkTable = tables(rsj.blocks).find((t) => t.rows[0].some((c) => /Sasaran Strategis/.test(c.text)))!;
    expect(pkTable.rows[2].slice(0, 2).map((c) => c.rowSpan)).toEqual([2, 2]);
    expect(pkTable.rows[3].slice(0, 2).every((c) => c.covered)).toBe(true);
    expect(pkTable.rows[4][1]).toMatchObject({ text: 'Meningkatnya kualitas pelayanan RS berstandar internasional', rowSpan: 5 });
    // "1. Pelayanan Kesehatan ⇥⇥ Rp. 750.700.000,- ⇥⇥ APBD", a programme wrapped over two paragraphs, a header typed with spaces.
    const programmes = tables(rsj.blocks).find((t) => t.source === 'tabs')!;
    expect(programmes.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Program', 'Anggaran', 'Keterangan'],
      ['1. Pelayanan Kesehatan', 'Rp. 750.700.000,-', 'APBD'],
      ['2. Pengendalian Penyakit Menular dan Tidak Menular', 'Rp. 26.666.522.800,-', 'APBD'],
      ['3. Sumber Daya Kesehatan', 'Rp. 13.600.511.500,-', 'APBD'],
      ['4. Peningkatan Sarana dan Prasarana Aparatur', 'Rp. 5.707.820.500,-', 'APBD'],
    ]);

    const dispusipda = await read(path('pk-2017-dispusipda-jawa-barat'));
    const indikator = tables(dispusipda.blocks).find((t) => t.rows[0].some((c) => c.text === 'INDIKATOR KINERJA'))!;
    expect(indikator.rows[0].map((c) => [c.text, c.colSpan ?? 1])).toEqual([
      ['NO', 1],
      ['SASARAN STRATEGIS', 1],
      ['INDIKATOR KINERJA', 3],
      ['TARGET 2017', 1],
    ]);
    // The borderless "Nama | : | …" table is a form, read as lines.
    expect(paragraphs(dispusipda.blocks).map((p) => p.text)).toContain('Nama : Hj. TATI IRIANI, SH.,MM');
  });
});

describe('the six Perjanjian Kinerja files of the corpus are read as PK documents', () => {
  // Checked by opening each file: which cells hold the sasaran, indikator and target.
  const EXPECTED: Record<(typeof PK_FILES)[number], { year: number; sasaran: number; row: [string, string, string]; programs?: number }> = {
    'pk-2016-desdm-jawa-barat': { year: 2016, sasaran: 17, row: ['Meningkatnya akses masyarakat terhadap infrastruktur listrik', 'Rasio Elektrifikasi rumah', '95.00 %'] },
    'pk-2016-dishub-jawa-barat': { year: 2016, sasaran: 4, row: ['Meningkatnya ketersediaan perlengkapan jalan di ruas jalan Provinsi', 'Prosentase ketersediaan Fasilitas Perlengkapan Jalan (Rambu, Marka, Guardrail, PJU) di Jalan Provinsi', '21.00 persen'] },
    'pk-2017-bpkad-jawa-barat': { year: 2017, sasaran: 3, row: ['Meningkatnya Kualitas Pengelolaan Keuangan Daerah', 'Evaluasi Raperda APBD Kab/Kota Tepat Waktu', '3 Dokumen'], programs: 8 },
    'pk-2017-dinkes-jawa-barat': { year: 2017, sasaran: 6, row: ['Menurunnya ratio Kematian Ibu dan Bayi', 'a. Ratio kematian ibu', '88/100.000 KH'], programs: 13 },
    'pk-2017-dispusipda-jawa-barat': { year: 2017, sasaran: 6, row: ['Memenuhi Pembinaan Lembaga dan SDM Perpustakaan', 'Persentase pembinaan, sosialisasi dan penyuluhan ke semua jenis perpustakaan', '7%'], programs: 4 },
    'pk-2017-rsj-jawa-barat': { year: 2017, sasaran: 7, row: ['Meningkatnya kualitas pelayanan RS berstandar internasional', 'BOR (Bed Occupancy Rate)', '82%'], programs: 4 },
  };

  it.each(PK_FILES)('%s', async (name) => {
    const { report } = understand(await read(path(name)));
    const want = EXPECTED[name];
    expect(report.pk).toHaveLength(1);
    const pk = report.pk![0];
    expect(pk).toMatchObject({ kind: 'pk', year: want.year });
    expect(pk.sasaran).toHaveLength(want.sasaran);
    const rows = pk.sasaran!.flatMap((s) => (s.indikator ?? []).map((i) => [s.text, i.text, i.target]));
    expect(rows).toContainEqual(want.row);
    expect(pk.programs?.length).toBe(want.programs);
    // Every PK row is located by its Word paragraph.
    for (const s of pk.sasaran!) for (const i of s.indikator ?? []) expect(i.at?.paragraph).toBeGreaterThan(0);
  });
});

describe('no text lost: every paragraph mammoth extracts is read', () => {
  // Letters and digits only. Mammoth runs a line break's two sides together (we keep the break),
  // and we reorder a table row typed with tabs whose first column wraps: a paragraph is read when
  // it is in our text, or each of its words is.
  const bare = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  it.each([...PK_FILES.map(path), 'fixtures/semboro-2021.docx'])('%s', async (file) => {
    const text = (await read(file)).blocks.map((b) => (b.type === 'paragraph' ? b.text : b.rows.flatMap((r) => r.map((c) => c.text)).join(' '))).join(' ');
    const ours = bare(text);
    const ourWords = new Set(text.split(/\s+/).map(bare));
    const theirs = (await mammoth.extractRawText({ path: file })).value.split(/\n+/).filter((p) => bare(p));
    expect(theirs.length).toBeGreaterThan(10);
    const lost = theirs.filter((p) => !ours.includes(bare(p)) && !p.split(/\s+/).every((w) => !bare(w) || ourWords.has(bare(w))));
    expect(lost).toEqual([]);
  });
});

describe('limits', () => {
  it('more entries than the limit: refused from the zip directory, before inflating anything', async () => {
    const bytes = new Uint8Array(readFileSync('fixtures/semboro-2021.docx'));
    const err = await readDocx(bytes, 'x.docx', { maxEntries: 5, maxTotalSize: 1 << 30, maxPartSize: 1 << 30 }).catch((e) => e);
    expect(err).toBeInstanceOf(DocxError);
    expect((err as DocxError).text.en).toMatch(/^the ZIP holds \d+ entries \(limit 5\)/);
  });

  it('a part larger than the limit is not inflated', async () => {
    const bytes = new Uint8Array(readFileSync('fixtures/semboro-2021.docx'));
    const err = await readDocx(bytes, 'x.docx', { maxEntries: 100, maxTotalSize: 1 << 30, maxPartSize: 50_000 }).catch((e) => e);
    expect((err as DocxError).text.en).toMatch(/^the part word\/document\.xml is \d+ MiB uncompressed \(limit 0 MiB\)/);
  });
});
