// --format xlsx: the Kertas Kerja Reviu workbook of the Semboro sample read back with exceljs —
// the four sheets, frozen header rows, filters, A4 landscape print setup, one row per finding, the
// 23 checklist rows, and the wrong 82,3% cell marked in Hitung Ulang with the finding linking to
// it; English names with lang en; several files in one workbook; the same bytes on every run. And
// the CLI end to end: written with -o, refused on a terminal (docx-report tests the pipe).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintFiles } from '../src/cli/lint-files.js';
import { loadRules } from '../src/engine/rules.js';
import type { Finding } from '../src/engine/types.js';
import { CHECKLIST, evaluateChecklist, STATUS_TEXT } from '../src/report/checklist.js';
import { EXTENSION } from '../src/report/index.js';
import type { FileResult } from '../src/report/results.js';
import { formatXlsx } from '../src/report/xlsx.js';
import { NOT_CHECKED, NOTHING_UNDERSTOOD, notCheckedResults } from './not-checked-formats.js';
import { unzip } from './unzip.js';

const CLI = 'dist/src/cli/main.js';
const rules = loadRules();
const work = mkdtempSync(join(tmpdir(), 'lkjip-xlsx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** A row's cell texts (formulas by their result). */
function texts(ws: ExcelJS.Worksheet, rowNo: number): string[] {
  const out: string[] = [];
  ws.getRow(rowNo).eachCell({ includeEmpty: true }, (c, col) => {
    const v = c.value;
    out[col - 1] = v && typeof v === 'object' && 'result' in v ? String(v.result) : v === null || v === undefined ? '' : String(v);
  });
  return out;
}

function headers(ws: ExcelJS.Worksheet, rowNo = 1): string[] {
  return texts(ws, rowNo).filter(Boolean);
}

describe('xlsx formatter (Semboro sample)', () => {
  let result: FileResult;
  let bytes: Uint8Array;
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    [result] = await lintFiles(['fixtures/semboro-2021.yaml'], { lang: 'id', keepModel: 'all' });
    bytes = await formatXlsx([result], { lang: 'id', color: false, rules });
    wb = await read(bytes);
  }, 60_000);

  it('has the four sheets, named in Indonesian, with the default extension', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ringkasan', 'Checklist Reviu', 'Temuan', 'Hitung Ulang']);
    expect(EXTENSION.xlsx).toBe('xlsx');
  });

  it('freezes the header rows, filters them and prints on A4 landscape, one page wide', () => {
    const frozen = Object.fromEntries(wb.worksheets.map((w) => [w.name, w.views?.[0]]));
    expect(frozen.Ringkasan).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(frozen['Checklist Reviu']).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 });
    expect(frozen.Temuan).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 1 });
    expect(wb.getWorksheet('Temuan')!.autoFilter).toBe(`A1:L${result.findings.length + 1}`);
    expect(wb.getWorksheet('Checklist Reviu')!.autoFilter).toBe('A1:G24');
    expect(wb.getWorksheet('Ringkasan')!.autoFilter).toBe('A4:O5');
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup, ws.name).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(ws.headerFooter.oddFooter, ws.name).toContain('Halaman &P dari &N');
    }
    expect(wb.getWorksheet('Temuan')!.pageSetup.printTitlesRow).toBe('1:1');
  });

  it('Temuan: one row per finding, in order, with empty columns for the agency’s response and the follow-up', () => {
    const ws = wb.getWorksheet('Temuan')!;
    expect(headers(ws)).toEqual(['No.', 'Tingkat', 'Kategori', 'Aturan', 'Uraian temuan', 'Lokasi', 'Bukti', 'Seharusnya', 'Tertulis', 'Butir checklist', 'Tanggapan OPD', 'Tindak lanjut']);
    expect(ws.actualRowCount).toBe(result.findings.length + 1);
    result.findings.forEach((f, i) => {
      const row = texts(ws, i + 2);
      expect(row.slice(0, 5), `T${i + 1}`).toEqual([`T${i + 1}`, { error: 'Galat', warning: 'Peringatan', info: 'Info' }[f.severity], expect.any(String), f.ruleId, f.message]);
      expect(row[6] ?? '').toBe(f.evidence ?? '');
      expect(row[7] ?? '').toBe(f.expected ?? '');
      expect(row[8] ?? '').toBe(f.actual ?? '');
      expect(row[10] ?? '').toBe('');
      expect(row[11] ?? '').toBe('');
      expect(ws.getRow(i + 2).getCell(6).alignment?.wrapText).toBe(true);
    });
  });

  it('Checklist Reviu: the 23 items with the status the findings give, and a column for the reviewer', () => {
    const ws = wb.getWorksheet('Checklist Reviu')!;
    expect(headers(ws)).toEqual(['No.', 'Kelompok', 'Butir reviu', 'Status', 'Dasar penilaian', 'Temuan terkait', 'Catatan pereviu']);
    const expected = evaluateChecklist(result.findings, rules);
    expect(ws.actualRowCount).toBe(24);
    expected.forEach((c, i) => expect(texts(ws, i + 2).slice(0, 4)).toEqual([CHECKLIST[i].id, c.item.group.id, c.item.text.id, STATUS_TEXT[c.status].id]));
    expect(ws.getCell('D2').dataValidation).toMatchObject({ type: 'list', formulae: ['"TIDAK TERPENUHI,TERPENUHI DENGAN CATATAN,TERPENUHI,PERLU KONFIRMASI"'] });
  });

  it('Hitung Ulang: the printed 82,3% marked beside the recomputed 85,28%, and its finding links there', () => {
    const ws = wb.getWorksheet('Hitung Ulang')!;
    let at: ExcelJS.Cell | undefined;
    ws.eachRow((row) => row.eachCell((c) => (c.value === '82,3%' && !at ? (at = c) : undefined)));
    expect(at).toBeDefined();
    const cell = at!;
    expect(cell.fill).toMatchObject({ fgColor: { argb: 'FFFDE4E7' } });
    expect(ws.getRow(Number(cell.row)).getCell(Number(cell.col) + 1).value).toBe('85,28%');
    const i = result.findings.findIndex((f) => f.ruleId === 'arithmetic/percentage' && f.actual === '82,3%');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(String(cell.note)).toContain(`T${i + 1} (Galat) arithmetic/percentage`);
    expect(texts(ws, Number(cell.row))[8]).toContain(`T${i + 1}`);
    const no = wb.getWorksheet('Temuan')!.getCell(`A${i + 2}`).value as ExcelJS.CellFormulaValue;
    expect(no).toMatchObject({ formula: `HYPERLINK("#'Hitung Ulang'!${cell.address}","T${i + 1}")`, result: `T${i + 1}` });
  });

  it('Ringkasan: the file with its counts, and the findings by category adding up', () => {
    const ws = wb.getWorksheet('Ringkasan')!;
    const row = texts(ws, 5);
    const n = (s: string) => result.findings.filter((f) => f.severity === s).length;
    expect(row.slice(0, 10)).toEqual(['1', 'fixtures/semboro-2021.yaml', 'Kecamatan Semboro', 'Kabupaten Jember', '2021', 'yaml', String(n('error')), String(n('warning')), String(n('info')), String(result.findings.length)]);
    let total: string[] | undefined;
    ws.eachRow((r, no) => (texts(ws, no)[1] === 'Jumlah' ? (total = texts(ws, no)) : undefined));
    expect(total?.slice(6, 10)).toEqual([String(n('error')), String(n('warning')), String(n('info')), String(result.findings.length)]);
  });

  it('is the same bytes on every run: document dates fixed, zip entries dated 1980-01-01', async () => {
    expect(Buffer.from(await formatXlsx([result], { lang: 'id', color: false, rules })).equals(Buffer.from(bytes))).toBe(true);
    const entries = [...unzip(bytes).values()];
    expect(entries.length).toBeGreaterThan(8);
    for (const e of entries) expect(e.dates, e.name).toEqual({ central: [0x21, 0], local: [0x21, 0] });
    expect(wb.created.toISOString()).toBe('1980-01-01T00:00:00.000Z');
  });

  it('speaks English with lang en', async () => {
    const en = await read(await formatXlsx([result], { lang: 'en', color: false, rules }));
    expect(en.worksheets.map((w) => w.name)).toEqual(['Summary', 'Review Checklist', 'Findings', 'Recomputed']);
    expect(headers(en.getWorksheet('Findings')!)).toEqual(['No.', 'Severity', 'Category', 'Rule', 'Finding', 'Location', 'Evidence', 'Expected', 'Printed', 'Checklist items', 'Agency response', 'Follow-up']);
    expect(texts(en.getWorksheet('Review Checklist')!, 2)[3]).toBe(STATUS_TEXT[evaluateChecklist(result.findings, rules)[0].status].en);
  });

  it('several files: one workbook, a Berkas column, a failed file said so', async () => {
    const failed: FileResult = { file: 'rusak.pdf', findings: [], error: { id: 'bukan PDF', en: 'not a PDF' } };
    const multi = await read(await formatXlsx([result, failed], { lang: 'id', color: false, rules }));
    const temuan = multi.getWorksheet('Temuan')!;
    expect(headers(temuan)[0]).toBe('Berkas');
    expect(temuan.actualRowCount).toBe(result.findings.length + 1);
    expect(texts(temuan, 2).slice(0, 2)).toEqual(['fixtures/semboro-2021.yaml', 'T1']);
    expect(multi.getWorksheet('Checklist Reviu')!.actualRowCount).toBe(24);
    const summary = multi.getWorksheet('Ringkasan')!;
    expect(texts(summary, 6)[1]).toBe('rusak.pdf');
    expect(texts(summary, 6)[14]).toBe('Berkas tidak dapat dibaca: bukan PDF');
  });

  it('Ringkasan: what was not checked leads the file\'s last cell, in red or amber; the checklist meets nothing unread', async () => {
    const [nothing, yearless] = await notCheckedResults();
    const multi = await read(await formatXlsx([nothing, yearless, result], { lang: 'id', color: false, rules }));
    const summary = multi.getWorksheet('Ringkasan')!;
    const last = (row: number) => summary.getRow(row).getCell(15);
    const shown = [5, 6].map((row) => {
      const cell = last(row);
      const runs = (cell.value as ExcelJS.CellRichTextValue).richText;
      return { file: texts(summary, row)[1], first: runs[0].text, bold: runs[0].font?.bold, color: runs[0].font?.color?.argb, fill: (cell.fill as ExcelJS.FillPattern).fgColor?.argb, rest: runs.slice(1).map((r) => r.text).join('') };
    });
    expect(shown).toEqual([
      { file: NOTHING_UNDERSTOOD, first: NOT_CHECKED['nothing-understood'].id, bold: true, color: 'FFA50E1E', fill: 'FFFDE4E7', rest: nothing.model?.meta.title ? `\n${nothing.model.meta.title}` : '' },
      { file: yearless.file, first: NOT_CHECKED['year-unknown'].id, bold: true, color: 'FF7A4D00', fill: 'FFFFF1CC', rest: yearless.model?.meta.title ? `\n${yearless.model.meta.title}` : '' },
    ]);
    // A file checked in full: its title alone, unmarked.
    expect(last(7).value).toBe(result.model!.meta.title);
    expect(last(7).fill).toEqual({ type: 'pattern', pattern: 'none' });
    // Nothing understood: no checklist item is met for want of findings.
    const checklist = multi.getWorksheet('Checklist Reviu')!;
    const rows = Array.from({ length: checklist.actualRowCount - 1 }, (_, i) => texts(checklist, i + 2)).filter((r) => r[0] === NOTHING_UNDERSTOOD);
    expect(rows).toHaveLength(23);
    expect(rows.map((r) => r[4])).not.toContain(STATUS_TEXT.terpenuhi.id);
    expect(rows.filter((r) => r[5] === 'tidak diperiksa').length).toBeGreaterThan(0);
  });
});

describe('xlsx formatter with text no cell may hold', () => {
  it('drops control characters, keeps markup as text and cuts an overlong cell: the workbook still opens', async () => {
    const odd = '<b>&"x"</b>\u0007\u000c=SUM(A1)';
    const finding: Finding = { ruleId: 'arithmetic/percentage', category: 'arithmetic', severity: 'error', message: odd, location: { file: 'a.yaml', line: 1, section: odd }, evidence: 'x'.repeat(40_000), expected: odd, subject: 's' };
    const wb = await read(await formatXlsx([{ file: 'a.yaml', format: 'yaml', findings: [finding] }], { lang: 'id', color: false, rules }));
    const row = texts(wb.getWorksheet('Temuan')!, 2);
    expect(row[4]).toBe('<b>&"x"</b>=SUM(A1)');
    expect(row[6].length).toBe(32_001);
    expect(wb.getWorksheet('Temuan')!.getCell('E2').type).toBe(ExcelJS.ValueType.String);
  });
});

describe('xlsx from the CLI', () => {
  const fixture = 'fixtures/semboro-2021.yaml';

  it('writes the workbook with -o (exit 1: the sample has errors)', async () => {
    const out = join(work, 'kkr.xlsx');
    const r = spawnSync(process.execPath, [CLI, fixture, '--format', 'xlsx', '-o', out], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const book = await read(readFileSync(out));
    expect(book.worksheets).toHaveLength(4);
    // The worker sends back the model the workbook prints: the report named, its tables recomputed.
    expect(texts(book.getWorksheet('Ringkasan')!, 5).slice(2, 5)).toEqual(['Kecamatan Semboro', 'Kabupaten Jember', '2021']);
    expect(book.getWorksheet('Hitung Ulang')!.rowCount).toBeGreaterThan(10);
  });

  // util-linux `script` gives the command a terminal.
  const SCRIPT = '/usr/bin/script';
  if (!existsSync(SCRIPT)) console.warn(`xlsx-report: terminal test SKIPPED because ${SCRIPT} is missing (apt-get install -y bsdutils)`);
  it.skipIf(!existsSync(SCRIPT))('refuses a terminal with one line and exit 2, before linting', () => {
    const r = spawnSync(SCRIPT, ['-qec', `${process.execPath} ${CLI} ${fixture} --format xlsx --lang en`, '/dev/null'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout.trim()).toBe('lkjip-lint: --format xlsx writes a binary file: write it with -o <file>.xlsx (or pipe it to another program)');
  });
});
