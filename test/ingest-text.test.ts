// understand(readText(fixtures/semboro-2021.txt)) against the hand transcription
// fixtures/semboro-2021.yaml, part by part: every value and name rules look at, whitespace
// normalised, and the source line of every item (`at.line`). Where the transcription and the text
// part ways, the difference is spelled out below with its reason instead of being hidden.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { TableBlock, TextBlock } from '../src/ingest/blocks.js';
import { readText } from '../src/ingest/text/read.js';
import { understand } from '../src/ingest/understand/index.js';
import type { LkjipReport } from '../src/model/report-input.js';
import { validate } from '../src/model/validate.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const text = readFileSync(`${root}fixtures/semboro-2021.txt`, 'utf8');
const lines = text.split('\n');
const want = parse(readFileSync(`${root}fixtures/semboro-2021.yaml`, 'utf8')) as LkjipReport;
const doc = readText(text, 'fixtures/semboro-2021.txt');
const { report: got, notes } = understand(doc);

/**
 * What a rule sees of a part: values and names with whitespace normalised, and where each item
 * starts (`at.line`, `endLine`). Table names (`at.table`) are left out here: the transcription names
 * tables without a caption freely ("Skala Ordinal Capaian Kinerja"); they are checked where the
 * report prints a name.
 */
const HEADER_NOTES = new Set(['targetPeriod', 'realisasiPeriod', 'anggaranHeader']);

function view(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(view);
  if (typeof x === 'string') return x.replace(/\s+/g, ' ').trim();
  if (!x || typeof x !== 'object') return x;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) {
    // What the reader notes of a column's header: not part of a hand transcription.
    if (HEADER_NOTES.has(k)) continue;
    if (k === 'at' || k === 'totalAt' || k === 'penjelasanAt') {
      const at = v as { line?: number; endLine?: number };
      out[k] = { line: at.line, ...(at.endLine ? { endLine: at.endLine } : {}) };
    } else out[k] = view(v);
  }
  return out;
}

const byLine = <T extends { at?: { line?: number } }>(list: T[] | undefined) => [...(list ?? [])].sort((a, b) => (a.at?.line ?? 0) - (b.at?.line ?? 0));

describe('readText on fixtures/semboro-2021.txt', () => {
  const tables = doc.blocks.filter((b): b is TableBlock => b.type === 'table');
  const paragraphs = doc.blocks.filter((b): b is TextBlock => b.type === 'paragraph');

  it('finds every tab and pipe table with its first line', () => {
    expect(tables.map((t) => [t.loc.line, t.source, t.rows.length])).toEqual([
      [35, 'tabs', 24], [291, 'tabs', 3], [301, 'tabs', 3], [321, 'tabs', 5], [332, 'tabs', 4], [352, 'tabs', 4],
      [362, 'tabs', 3], [371, 'tabs', 3], [404, 'tabs', 4], [414, 'tabs', 4], [424, 'tabs', 3], [433, 'tabs', 3],
      [463, 'tabs', 5], [474, 'tabs', 4], [481, 'tabs', 5], [492, 'tabs', 5], [504, 'pipes', 6], [518, 'tabs', 30],
      [601, 'tabs', 5], [647, 'tabs', 4], [652, 'tabs', 6], [709, 'tabs', 4], [714, 'tabs', 6], [744, 'tabs', 5],
      [750, 'tabs', 3], [847, 'tabs', 3],
    ]);
  });

  it('keeps a table together over the blank line of a page break, but not over a repeated header', () => {
    const budget = tables.find((t) => t.loc.line === 518)!;
    const row = budget.rows.find((r) => r[0].text === '5.3.')!;
    expect(row[0].loc.line).toBe(535);
    expect(budget.rows[budget.rows.length - 1].map((c) => c.text)).toEqual(['JUMLAH', '', '3.457.463.874', '3.148.478.480', '91,06%']);
    expect(tables.filter((t) => t.loc.line === 744 || t.loc.line === 750)).toHaveLength(2);
  });

  it('gives every cell its line and column, without inline markup', () => {
    const budget = tables.find((t) => t.loc.line === 518)!;
    const cell = budget.rows.find((r) => r[0].text === 'II')![1];
    expect(cell.text).toBe('PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK');
    const italic = budget.rows.find((r) => r[1].text.startsWith('Kegiatan Koordinasi Penyelenggaraan'))![1];
    expect(italic.text).toBe('Kegiatan Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan');
    const amount = budget.rows.find((r) => r[0].text === 'II')![2];
    expect(lines[amount.loc.line! - 1].slice(amount.loc.column! - 1).startsWith('561.477.500')).toBe(true);
  });

  it('reads the pipe table behind a bullet and drops its rule row', () => {
    const pipes = tables.find((t) => t.source === 'pipes')!;
    expect(pipes.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['', '', '', ''],
      ['a.', 'Belanja Operasi', '', 'Rp. 3.296.978.974'],
      ['', 'Belanja Pegawai', 'Rp. 2.222.034.374', ''],
      ['', 'Belanja Barang/jasa', 'Rp. 1.074.944.600', ''],
      ['b.', 'Belanja Modal', '', 'Rp. 160.484.900'],
      ['', '- Belanja Peralatan dan Mesin', 'Rp. 160.484.900', ''],
    ]);
  });

  it('takes list markers out of the text, numbering over bullet residue', () => {
    const at = (line: number) => paragraphs.find((p) => p.loc.line === line)!;
    expect([at(68).marker, at(68).text.slice(0, 12)]).toEqual(['✓', 'Hasil Survey']);
    expect([at(137).marker, at(137).text.slice(0, 17)]).toEqual(['1)', 'Kecamatan Semboro']);
    expect([at(140).marker, at(152).marker, at(800).marker]).toEqual(['-', 'a.', '(1)']);
    expect(at(248).text).toBe('Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota\nIndikator Program : Tingkat Kepuasan aparatur perangkat daerah terhadap pelayanan kesekretariatan dan Nilai SAKIP OPD.');
  });

  it('joins a sentence the extraction broke over a blank line, keeping both lines', () => {
    const p = paragraphs.find((b) => b.loc.line === 119)!;
    expect(p.text).toMatch(/pencapaian\nsasaran strategis/);
    expect(p.lines?.map((l) => l.line)).toEqual([119, 121]);
  });

  it('keeps display formulas and bold headings as printed', () => {
    expect(paragraphs.find((p) => p.loc.line === 313)!.text).toBe(lines[312]);
    const bold = paragraphs.find((p) => p.loc.line === 705)!;
    expect([bold.bold, bold.text]).toEqual([true, 'PERJANJIAN KINERJA PERUBAHAN\nTAHUN 2021\nKECAMATAN SEMBORO']);
  });
});

describe('understand(readText(semboro-2021.txt)) ≡ semboro-2021.yaml', () => {
  it('is a valid report and leaves nothing unexplained', () => {
    expect(validate(got)).toEqual([]);
    expect(got.source).toEqual({ file: 'fixtures/semboro-2021.txt', format: 'text' });
    expect(notes).toEqual([]);
  });

  it('meta', () => {
    // The transcription does not say where the year was read; the reader keeps its sources (below).
    const { sources, ...read } = got.meta;
    expect(view(read)).toEqual(view(want.meta));
    expect(sources?.map((s) => [s.kind, s.tahun, s.at?.line])).toEqual([
      ['cover', 2021, 5],
      ['title', 2021, 22],
      ['kata-pengantar', 2021, 16],
      ['text', 2021, 343],
      ['pk', 2021, 622],
      ['body', 2021, undefined],
    ]);
  });

  it('sections, with kinds, numbers, parents and the Daftar Isi entries', () => {
    expect(view(got.sections)).toEqual(view(want.sections));
  });

  it('paragraphs: text, section, sasaran, line', () => {
    expect(view(got.paragraphs)).toEqual(view(want.paragraphs));
  });

  it('table captions and references', () => {
    // The schema defines the number as the number printed ("3.2"); the transcription keeps the
    // word "Tabel" in it. The test reads the transcription's "Tabel 3.2" as "3.2".
    const wanted = byLine(want.tables).map((t) => ({ ...t, ...(t.number ? { number: t.number.replace(/^tabel\s+/i, '') } : {}) }));
    // The transcription does not record the years the tables' headers name: checked below.
    expect(view(byLine(got.tables).map(({ columnYears: _years, ...t }) => t))).toEqual(view(wanted));
    expect(got.tables!.find((t) => t.number === '3.2')?.columnYears).toEqual(['2017', '2018', '2019', '2020', '2021']);
    expect(got.tables!.find((t) => t.number === '3.1')?.columnYears).toEqual(['2021']);
  });

  it('signings and letterheads', () => {
    expect(view(got.signings)).toEqual(view(want.signings));
    expect(view(got.letterheads)).toEqual(view(want.letterheads));
  });

  it('rating scale and capaian formulas', () => {
    expect(view(got.scale)).toEqual(view(want.scale));
    expect(view(got.formulas)).toEqual(view(want.formulas));
  });

  it('renstra, RKT, perencanaan (Bab II.C)', () => {
    expect(view(got.renstra)).toEqual(view(want.renstra));
    expect(view(got.rkt)).toEqual(view(want.rkt));
    expect(view(got.perencanaan)).toEqual(view(want.perencanaan));
  });

  it('IKU of Bab II and of the decree, with its diktum labels', () => {
    const [bab2, sk] = got.iku!;
    expect(view(bab2)).toEqual(view(want.iku![0]));
    // The decree's lampiran has two rows (lines 848 and 849); the transcription stops after the first.
    expect(view({ ...sk, items: sk.items.slice(0, 1) })).toEqual(view(want.iku![1]));
    expect(sk.items[1]).toMatchObject({
      no: '2',
      sasaran: 'Peningkatan Pelaksanaan Koordinasi Pembangunan dan Pemerintahan Desa',
      indikator: 'Prosentase Peningkatan Koordinasi kewilayahan dan pemerintahan',
      penanggungJawab: 'Sekretariat Kasie Pemerintahan Kasie Pembangunan Masyarakat dan Kesos Kasie Pelayanan Umum Kasie Trantib',
      sumber: 'APBD',
      at: { line: 849 },
    });
    expect(sk.decree?.diktum?.map((d) => d.label)).toEqual(['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KEENAM']);
  });

  it('PK and PK Perubahan: sasaran, indikator, targets, programs, totals, date', () => {
    expect(view(got.pk)).toEqual(view(want.pk));
  });

  it('measurement, history, Renstra progress and national comparison rows', () => {
    expect(view(got.pengukuran)).toEqual(view(want.pengukuran));
    expect(view(got.riwayat)).toEqual(view(want.riwayat));
    expect(view(got.kemajuanRenstra)).toEqual(view(want.kemajuanRenstra));
    expect(view(got.nasional)).toEqual(view(want.nasional));
  });

  it('budget per program: levels, names, raw amounts, total', () => {
    expect(view(got.anggaran)).toEqual(view(want.anggaran));
  });

  it('belanja breakdown and proportions, sub kegiatan tables, allocations per sasaran', () => {
    expect(view(got.belanja)).toEqual(view(want.belanja));
    expect(view(got.subKegiatan)).toEqual(view(want.subKegiatan));
    expect(view(got.alokasi)).toEqual(view(want.alokasi));
  });

  it('locates rows by table, row and cell', () => {
    const row = got.anggaran!.rows!.find((r) => r.no === '5.3.')!;
    expect(row.at).toMatchObject({ line: 535, table: 'Alokasi Anggaran Belanja Per Program', row: 16 });
    const cell = row.at!.cells!.anggaran;
    expect(lines[cell.line! - 1].slice(cell.column! - 1, cell.column! - 1 + 10)).toBe('10.200.000');
    expect(got.anggaran!.total!.at).toMatchObject({ line: 548, row: 29 });
    expect(got.pengukuran![1].at).toMatchObject({ line: 335, table: 'Tabel 3.1', row: 2 });
    expect(got.riwayat!.map((r) => r.at?.table)).toEqual(['Tabel 3.2', 'Tabel 3.2']);
    expect(got.renstra!.tujuan![1].sasaran![0].indikator![0].at).toMatchObject({ line: 605, table: 'MATRIK TUJUAN, SASARAN, STRATEGI DAN KEBIJAKAN', row: 2 });
    expect(got.belanja!.groups![1].parts![0].at).toMatchObject({ line: 510, table: 'Alokasi Anggaran OPD', row: 5 });
    const pk = got.pk![1];
    expect(pk.totalAt).toMatchObject({ line: 719, row: 5 });
    expect(pk.sasaran![2].indikator![0].at?.cells?.target).toEqual({ line: 712, column: lines[711].lastIndexOf('\t') + 2 });
  });
});

describe('the Renstra period read from the prose', () => {
  const read = (body: string) => understand(readText(body, 'renstra.txt')).report.meta?.renstraPeriod;
  const report = (...lines: string[]) =>
    ['LAPORAN KINERJA INSTANSI PEMERINTAH', 'DINAS CONTOH TAHUN 2016', '', 'BAB I', 'PENDAHULUAN', '', ...lines, ''].join('\n');

  it('is the one the text names beside "Renstra" or "Rencana Strategik"', () => {
    expect(read(report('Pelaksanaan tugas mengacu pada Rencana Strategik Tahun 2013 - 2018.'))).toBe('2013 - 2018');
  });

  it('an earlier plan the report recalls does not displace the one that covers the reporting year', () => {
    const text = report(
      'Sebelumnya kegiatan didasarkan pada Renstra BPMPD 2008 - 2013, yang telah berakhir.',
      'Penyusunan program juga pernah mengacu pada Renstra 2008 - 2013.',
      'Untuk tahun 2016 kegiatan mengacu pada Rencana Strategik Tahun 2013 - 2018.',
    );
    expect(read(text)).toBe('2013 - 2018');
  });
});
