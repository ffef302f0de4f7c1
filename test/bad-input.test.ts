// Bad input, end to end: every file lkjip-lint cannot lint is refused with one clear line
// (`lkjip-lint: <file>: <message>`, Indonesian by default), exit code 2, no stack trace, in bounded
// time, and -o gets a complete file or none. The CLI runs as a process; the small fixtures are in
// fixtures/bad/ (scripts/make-bad-fixtures.mjs), the big ones are made here in a temporary folder.
//
// The processes run concurrently (spawn, not spawnSync) so that the file stays well under a minute.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import * as make from '../scripts/make-bad-fixtures.mjs';
import { decodeText } from '../src/ingest/decode.js';
import { readReport } from '../src/ingest/index.js';
import { readPdf } from '../src/ingest/pdf/index.js';
import { findMutool } from '../src/ingest/pdf/mutool.js';
import { InputError } from '../src/model/errors.js';
import { runCli, type CliRun } from './cli-process.js';

// Every document pdf.js is asked to open, with its options (the real pdf.js does the work).
const opened = vi.hoisted(() => [] as Record<string, unknown>[]);
vi.mock('../src/ingest/pdf/pdfjs.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/ingest/pdf/pdfjs.js')>();
  return {
    ...real,
    loadPdfjs: async () => {
      const lib = await real.loadPdfjs();
      const getDocument = ((params: Record<string, unknown>) => {
        opened.push(params);
        return lib.pdfjs.getDocument(params as Parameters<typeof lib.pdfjs.getDocument>[0]);
      }) as typeof lib.pdfjs.getDocument;
      return { ...lib, pdfjs: { ...lib.pdfjs, getDocument } };
    },
  };
});

const ROOT = resolve('.');
const BAD = 'fixtures/bad';

type Run = CliRun;

const run = (args: string[], cwd = ROOT): Promise<Run> => runCli(args, { cwd });

let tmp: string;
const temp = (name: string) => join(tmp, name);
let outputs = 0;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'lkjip-bad-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Nothing but a stack trace has lines starting with "at " or names an Error class. */
function expectNoTrace(r: Run): void {
  expect(r.stderr).not.toMatch(/^\s+at\s/m);
  expect(r.stderr).not.toMatch(/\b(Range|Type|Syntax|Reference)?Error\b/);
  expect(r.stdout).not.toMatch(/^\s+at\s/m);
}

/**
 * Lints `target` with JSON to an output file: exit 2, exactly the one line on stderr, nothing on
 * stdout, no trace, and the output file complete (naming the error) or absent — never half-written.
 */
async function expectRefused(target: string, message: string, extra: string[] = [], shownAs = target, cwd = ROOT): Promise<Run> {
  const dir = mkdtempSync(join(tmp, `out-${outputs++}-`));
  const out = join(dir, 'out.json');
  const r = await run([target, ...extra, '--format', 'json', '-o', out], cwd);
  expect(r.stderr).toBe(`lkjip-lint: ${shownAs}: ${message}\n`);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expectNoTrace(r);
  expect(readdirSync(dir).filter((f) => f !== 'out.json')).toEqual([]); // no temporary file left behind
  if (existsSync(out)) {
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.results.find((x: { file: string }) => x.file === shownAs)?.error).toBe(message);
    expect(json.summary.failed).toBeGreaterThan(0);
  }
  return r;
}

describe.concurrent('bad input: one line, exit 2, no trace, no half-written output', () => {
  it('a zero-byte file', async () => {
    await expectRefused(`${BAD}/empty.pdf`, 'berkas kosong (0 bita)');
  });

  it('binary junk with a .pdf name', async () => {
    await expectRefused(
      `${BAD}/junk.pdf`,
      'bukan PDF: nama berkas berakhiran .pdf, tetapi isinya tidak diawali tanda %PDF- (berkas rusak atau format lain)',
    );
  });

  it('a truncated PDF (semboro-2021.pdf cut in half)', async () => {
    await expectRefused(`${BAD}/truncated.pdf`, 'PDF terpotong atau rusak: akhir berkas (penanda %%EOF) tidak ada; unduh atau salin ulang berkasnya');
  });

  it('a whole PDF with junk for objects, and one without pages', async () => {
    await expectRefused(`${BAD}/damaged.pdf`, 'PDF rusak atau tidak dapat dibaca: struktur PDF tidak valid');
    await expectRefused(`${BAD}/zero-pages.pdf`, 'PDF tidak berisi satu halaman pun');
  });

  it('an encrypted (password-protected) PDF', async () => {
    await expectRefused('fixtures/corpus/synthetic/encrypted.pdf', 'PDF dilindungi kata sandi (terenkripsi); buka kuncinya dulu');
  });

  it('a scanned PDF without a text layer, without --ocr: refused, naming --ocr, not a list of missing sections', async () => {
    await expectRefused('fixtures/corpus/synthetic/no-text-layer.pdf', 'PDF hasil pindai: tidak ada lapisan teks; bacalah dengan --ocr');
  });

  it('the same in English with --lang en', async () => {
    await expectRefused('fixtures/corpus/synthetic/no-text-layer.pdf', 'scanned PDF: no text layer; read it with --ocr', ['--lang', 'en']);
    await expectRefused(
      `${BAD}/laporan.docx`,
      'the Word file is damaged or truncated: not a complete ZIP (the ZIP directory at the end of the file is missing); save it again from Word',
      ['--lang', 'en'],
    );
  });

  it('a JSON array, and a package.json: not a report', async () => {
    await expectRefused(`${BAD}/array.json`, 'bukan laporan lkjip-lint: isinya daftar (array), padahal diharapkan objek dengan "meta"');
    await expectRefused(`${BAD}/package.json`, 'bukan laporan lkjip-lint: tidak ada "meta" (kunci teratas: name, version, type, scripts, dependencies)');
  });

  it('a JSON report that violates the schema', async () => {
    await expectRefused(`${BAD}/schema-violation.json`, 'laporan tidak sesuai skema: /meta/tahun: harus bilangan bulat');
  });

  it('a YAML alias bomb ("billion laughs")', async () => {
    const r = await expectRefused(
      `${BAD}/alias-bomb.yaml`,
      'YAML ditolak: alias (*nama) berlipat terlalu banyak (lebih dari 10.000 simpul), pola "billion laughs" yang menghabiskan memori',
    );
    expect(r.ms).toBeLessThan(30_000);
  });

  it('JSON nested 100 000 levels deep: an input error, not a stack overflow', async () => {
    await expectRefused(`${BAD}/deep.json`, 'baris 1: struktur bersarang terlalu dalam (lebih dari 64 tingkat); ini bukan laporan lkjip-lint');
  });

  it('a README and a novel chapter: not an LKjIP, for having hardly any of its terms', async () => {
    const notLkjip =
      'berkas ini tampaknya bukan LKjIP: hampir tidak ada istilah laporan kinerja di dalamnya (Bab, IKU, capaian, sasaran, indikator, Perjanjian Kinerja, LKjIP/LKIP/LAKIP, Laporan Kinerja)';
    await expectRefused(`${BAD}/README.md`, notLkjip);
    await expectRefused(`${BAD}/bab-satu.txt`, notLkjip);
  });

  it('a report that names no year is linted, not refused: the year rules say what they did not check', async () => {
    const file = temp('tanpa-tahun.md');
    writeFileSync(file, '# BAB I PENDAHULUAN\n\nDinas Contoh menyusun laporan kinerja atas capaian sasaran dan indikator kinerja utama.\n');
    const json = temp('tanpa-tahun.json');
    const r = await run([file, '--format', 'json', '-o', json, '--format', 'stylish']);
    expectNoTrace(r);
    expect(r.stderr).toBe('');
    // Stylish says it under the file and in the summary line.
    expect(r.stdout).toContain('\n  tahun laporan tidak ditemukan: tahun dalam uraian, tanggal penandatanganan, tahun dokumen lampiran, periode dan target Renstra tidak diperiksa (nyatakan dengan --year)\n');
    expect(r.stdout).toMatch(/pada 1 berkas; 1 berkas tanpa tahun laporan \(aturan yang memerlukannya tidak dijalankan\)\n$/);
    const result = JSON.parse(readFileSync(json, 'utf8')).results[0];
    expect(result.error).toBeUndefined();
    expect(result.findings.filter((f: { ruleId: string }) => f.ruleId === 'period/year-unknown')).toHaveLength(1);
    expect(result.notChecked.map((n: { code: string }) => n.code)).toEqual(['year-unknown']);
    // Stated, the year is used: no "year unknown", and the rules that need it run.
    const stated = JSON.parse((await run([file, '--year', '2023', '--format', 'json'])).stdout).results[0];
    expect(stated.findings.filter((f: { ruleId: string }) => f.ruleId === 'period/year-unknown')).toEqual([]);
    expect(stated.notChecked).toBeUndefined();
  });

  it('a .docx cut short (a zip without its directory)', async () => {
    await expectRefused(`${BAD}/laporan.docx`, 'berkas Word rusak atau terpotong: bukan ZIP yang utuh (direktori ZIP di akhir berkas tidak ada); simpan ulang dari Word');
  });

  it('a macro-enabled Word document (.docm), and a zip without word/document.xml', async () => {
    await expectRefused(
      `${BAD}/laporan.docm`,
      'dokumen Word bermakro (.docm) tidak diperiksa: makronya tidak dijalankan maupun dibaca; simpan sebagai Dokumen Word (.docx) lalu periksa berkas itu',
    );
    await expectRefused(`${BAD}/tanpa-isi.docx`, 'ZIP ini bukan dokumen Word: bagian word/document.xml tidak ada');
  });

  it('a zip bomb (a part declaring 4 GiB): refused before anything is inflated', async () => {
    await expectRefused(`${BAD}/bom-zip.docx`, 'isi ZIP lebih dari 1024 MiB setelah diekstrak: ini bukan dokumen Word yang wajar (zip bomb?)');
  });

  it('a password-protected Word document (an OLE file holding an EncryptedPackage)', async () => {
    await expectRefused(`${BAD}/sandi.docx`, 'dokumen Office dilindungi kata sandi (terenkripsi); buka di Word dan simpan ulang tanpa kata sandi');
    await expectRefused(`${BAD}/sandi.docx`, 'the Office document is password-protected (encrypted); open it in Word and save it again without a password', ['--lang', 'en']);
  });

  it('a folder with no reports: no output file at all', async () => {
    await expectRefused(`${BAD}/no-reports`, 'tidak ada laporan di dalam folder ini (dicari: .pdf .docx .md .txt .json .yaml .yml)');
    await expectRefused(`${BAD}/no-reports`, 'no reports in this folder (looked for .pdf .docx .md .txt .json .yaml .yml)', ['--lang', 'en']);
  });

  it('extract of a bad file: the line, exit 2, and no output file', async () => {
    const dir = mkdtempSync(join(tmp, 'extract-'));
    const r = await run(['extract', `${BAD}/truncated.pdf`, '-o', join(dir, 'model.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`lkjip-lint: ${BAD}/truncated.pdf: PDF terpotong atau rusak: akhir berkas (penanda %%EOF) tidak ada; unduh atau salin ulang berkasnya\n`);
    expectNoTrace(r);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a configuration with an unknown rule id', async () => {
    const cwd = join(ROOT, BAD, 'unknown-rule');
    await expectRefused(
      join(ROOT, 'fixtures/clean-2021.yaml'),
      'konfigurasi tidak valid: /rules: aturan tidak dikenal "x/y" (lihat --list-rules)',
      [],
      'lkjip-lint.config.json',
      cwd,
    );
  });

  it('a 100 MB file: refused at once by the default --max-file-size; --max-file-size 200 lets it reach the format check', async () => {
    const big = temp('laporan-besar.pdf');
    make.writeBigFile(big, 100);
    const refused = await expectRefused(big, 'berkas terlalu besar (100,0 MB; batas 50,0 MB, ubah dengan --max-file-size)');
    const through = await expectRefused(
      big,
      'bukan PDF: nama berkas berakhiran .pdf, tetapi isinya tidak diawali tanda %PDF- (berkas rusak atau format lain)',
      ['--max-file-size', '200'],
    );
    expect(refused.ms).toBeLessThan(30_000);
    expect(through.ms).toBeLessThan(30_000);
  });

  it('--cache and a 100 MB file: the size limit is checked before the file is read and hashed', async () => {
    const big = temp('besar-cache.pdf');
    make.writeBigFile(big, 100);
    const cwd = mkdtempSync(join(tmp, 'cache-big-'));
    await expectRefused(big, 'berkas terlalu besar (100,0 MB; batas 50,0 MB, ubah dengan --max-file-size)', ['--cache'], big, cwd);
    // A file that was hashed has its result cached (input errors included, see batch.test.ts);
    // this one never got that far.
    expect(existsSync(join(cwd, '.lkjip-lint-cache')) ? readdirSync(join(cwd, '.lkjip-lint-cache')) : []).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')('--cache and a named pipe: refused without being opened (reading it would block for ever)', async () => {
    const cwd = mkdtempSync(join(tmp, 'cache-fifo-'));
    expect(spawnSync('mkfifo', [join(cwd, 'pipa.yaml')]).status).toBe(0);
    await expectRefused('pipa.yaml', 'bukan berkas biasa (perangkat, pipa atau soket)', ['--cache'], 'pipa.yaml', cwd);
  });

  it('a PDF of 3000 pages: the first 1000 (the default --max-pages) are read, a note says so, in bounded time', async () => {
    const file = temp('3000-halaman.pdf');
    writeFileSync(file, make.manyPagesPdf(3000));
    const r = await run([file, '--format', 'json']);
    expect(r.code).not.toBe(2);
    expectNoTrace(r);
    const result = JSON.parse(r.stdout).results[0];
    expect(result.findings.map((f: { evidence: string }) => f.evidence)).toContain('read only the first 1000 of 3000 pages (page limit)');
    expect(r.ms).toBeLessThan(55_000);
  });

  /** A PDF read under --timeout 1: refused (not one page in time, or stopped at 2 s), or linted
   *  with a note saying how far the reading got. Returns the pages read, if linted. */
  function expectStoppedInTime(r: Run, file: string, pages: number): number | undefined {
    expectNoTrace(r);
    if (r.code === 2) {
      // Not even page 1 within a second, or the pages read not linted within the second second
      // (a loaded machine): the file is stopped.
      expect([
        `lkjip-lint: ${file}: PDF tidak terbaca: belum satu halaman pun yang terbaca dalam batas waktu 1 detik (--timeout); naikkan --timeout\n`,
        `lkjip-lint: ${file}: dihentikan: belum selesai dalam batas waktu 2 detik (2 × --timeout); naikkan --timeout\n`,
      ]).toContain(r.stderr);
      return undefined;
    }
    const notes: string[] = JSON.parse(r.stdout).results[0].findings.map((f: { evidence: string }) => f.evidence);
    const note = notes.find((n) => n.startsWith('timed out'));
    expect(note).toMatch(new RegExp(`^timed out after 1000 ms: read pages 1–\\d+ of ${pages}$`));
    return Number(/1–(\d+)/.exec(note!)![1]);
  }

  it('--timeout 1 on a long PDF (pdf.js reader): stops within the limit, with a note or a clear refusal', async () => {
    const file = temp('lambat.pdf');
    writeFileSync(file, make.manyPagesPdf(3000));
    const r = await run([file, '--timeout', '1', '--pdf-reader', 'pdfjs', '--format', 'json']);
    const read = expectStoppedInTime(r, file, 3000);
    if (read !== undefined) expect(read).toBeLessThan(1000);
    // Reading stops at one second; the rest is start-up and linting what was read.
    expect(r.ms).toBeLessThan(30_000);
  });

  it.skipIf(!findMutool())('--timeout 1 on a PDF mutool needs 30 s or more for (20 000 pages): mutool is stopped at the limit, what it read is linted', async () => {
    const file = temp('lambat-mutool.pdf');
    writeFileSync(file, make.manyPagesPdf(20_000));
    const r = await run([file, '--timeout', '1', '--max-pages', '20000', '--pdf-reader', 'mutool', '--format', 'json']);
    const read = expectStoppedInTime(r, file, 20_000);
    if (read !== undefined) expect(read).toBeLessThan(20_000);
    // Reading all of it takes mutool itself 30–50 s on this machine.
    expect(r.ms).toBeLessThan(20_000);
  }, 60_000);

  it('--timeout 0 is no limit: a PDF is read to its last page', async () => {
    const file = temp('tanpa-batas.pdf');
    writeFileSync(file, make.manyPagesPdf(20));
    const r = await run([file, '--timeout', '0', '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).not.toBe(2);
    const result = JSON.parse(r.stdout).results[0];
    expect(result.error).toBeUndefined();
    expect(result.findings.map((f: { evidence?: string }) => f.evidence ?? '').filter((e: string) => /timed out|page limit/.test(e))).toEqual([]);
    // (Before, --timeout 0 meant zero seconds: "PDF tidak terbaca: … batas waktu 0 detik".)
  });
});

describe.concurrent('Windows-1252 and UTF-16 text: the same findings as UTF-8', () => {
  it('Semboro Markdown re-encoded as Windows-1252 and as UTF-16 with a BOM lints exactly like the same text in UTF-8', async () => {
    // The same characters in every file: the two Windows-1252 lacks (✓ ☎) are "?" in all three, as
    // Windows writes them. (The UTF-16 decoding of the untouched original is checked in process below.)
    const text: string = make.as1252(readFileSync('fixtures/semboro-2021.md', 'utf8'));
    const dir = mkdtempSync(join(tmp, 'enc-'));
    writeFileSync(join(dir, 'a-utf8.md'), text);
    writeFileSync(join(dir, 'b-cp1252.md'), make.encodeText(text, 'windows-1252'));
    writeFileSync(join(dir, 'c-utf16le-bom.md'), make.encodeText(text, 'utf16le'));
    const r = await run(['.', '--format', 'json'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1); // the sample has error-level findings
    const results: { file: string; format: string; findings: unknown[] }[] = JSON.parse(r.stdout).results;
    expect(results.map((x) => [x.file, x.format])).toEqual([
      ['a-utf8.md', 'markdown'],
      ['b-cp1252.md', 'markdown'],
      ['c-utf16le-bom.md', 'markdown'],
    ]);
    const withoutFile = (x: (typeof results)[number]) => JSON.stringify(x.findings).split(JSON.stringify(x.file)).join('"FILE"');
    expect(results[0].findings.length).toBeGreaterThan(40);
    // Word's curly quotes and dashes (0x93 0x94 0x96 in Windows-1252) are read as such.
    expect(withoutFile(results[0])).toMatch(/[“”–]/);
    expect(withoutFile(results[1])).toBe(withoutFile(results[0]));
    expect(withoutFile(results[2])).toBe(withoutFile(results[0]));
  });

  it('the text reader decodes the same way (UTF-16 BE with a BOM, UTF-16 LE without one, Windows-1252)', () => {
    const text = readFileSync('fixtures/semboro-2021.txt', 'utf8');
    expect(decodeText(make.semboroAs('txt', 'utf16be'), 'x.txt')).toBe(text);
    expect(decodeText(make.semboroAs('txt', 'utf16le').subarray(2), 'x.txt')).toBe(text);
    expect(decodeText(make.semboroAs('txt', 'windows-1252'), 'x.txt')).toBe(make.as1252(text));
    expect(() => decodeText(make.junkBytes(4096), 'x.txt')).toThrow('binary file, not text');
  });
});

describe.concurrent('batches with a bad file', () => {
  it('JSON: the good files are reported, the bad one has its error, exit 2, one line on stderr', async () => {
    const r = await run(['fixtures/clean-2021.yaml', `${BAD}/junk.pdf`, 'fixtures/semboro-2021.yaml', '--format', 'json']);
    expect(r.code).toBe(2);
    expectNoTrace(r);
    const out = JSON.parse(r.stdout);
    expect(out.results.map((x: { file: string }) => x.file)).toEqual(['fixtures/clean-2021.yaml', `${BAD}/junk.pdf`, 'fixtures/semboro-2021.yaml']);
    expect(out.results[0].error).toBeUndefined();
    expect(out.results[2].findings.length).toBeGreaterThan(40);
    expect(out.results[1]).toMatchObject({ error: expect.stringMatching(/^bukan PDF: /), findings: [] });
    expect(out.summary).toMatchObject({ files: 3, failed: 1 });
    expect(r.stderr).toBe(`lkjip-lint: ${BAD}/junk.pdf: ${out.results[1].error}\n`);
  });

  it('stylish: each failed file says why, and the summary lists the failed files; not a terminal, stderr has one line each (README)', async () => {
    const r = await run(['fixtures/clean-2021.yaml', `${BAD}/empty.pdf`, `${BAD}/README.md`]);
    expect(r.code).toBe(2);
    expectNoTrace(r);
    expect(r.stdout).toContain(`${BAD}/empty.pdf  gagal dibaca: berkas kosong (0 bita)`);
    expect(r.stdout).toContain('fixtures/clean-2021.yaml (yaml)  tidak ada temuan');
    const tail = r.stdout.trimEnd().split('\n').slice(-3);
    expect(tail).toEqual(['✖ 0 temuan (0 galat, 0 peringatan, 0 info) pada 3 berkas; 2 berkas gagal dibaca:', `    ${BAD}/empty.pdf`, `    ${BAD}/README.md`]);
    // stdout is a pipe here, not a terminal: the failed files are on stderr too, as README says.
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(`lkjip-lint: ${BAD}/empty.pdf: berkas kosong (0 bita)`);
    expect(lines[1]).toMatch(new RegExp(`^lkjip-lint: ${BAD}/README\\.md: \\S`));
  });

  it('a folder without reports among good files is one failed entry, not the end of the batch', async () => {
    const r = await run(['fixtures/clean-2021.yaml', `${BAD}/no-reports`, 'fixtures/semboro-2021.yaml', '--format', 'json']);
    expect(r.code).toBe(2);
    expectNoTrace(r);
    const message = 'tidak ada laporan di dalam folder ini (dicari: .pdf .docx .md .txt .json .yaml .yml)';
    expect(r.stderr).toBe(`lkjip-lint: ${BAD}/no-reports: ${message}\n`);
    const out = JSON.parse(r.stdout);
    expect(out.results.map((x: { file: string; error?: string }) => [x.file, x.error])).toEqual([
      ['fixtures/clean-2021.yaml', undefined],
      [`${BAD}/no-reports`, message],
      ['fixtures/semboro-2021.yaml', undefined],
    ]);
    expect(out.results[2].findings.length).toBeGreaterThan(40);
    expect(out.summary).toMatchObject({ files: 3, failed: 1 });

    const en = await run([`${BAD}/no-reports`, 'fixtures/clean-2021.yaml', '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stdout).toContain(`${BAD}/no-reports  could not be read: no reports in this folder (looked for .pdf .docx .md .txt .json .yaml .yml)`);
    expect(en.stdout).toContain('fixtures/clean-2021.yaml (yaml)  no findings');
    expect(en.stderr).toBe(`lkjip-lint: ${BAD}/no-reports: no reports in this folder (looked for .pdf .docx .md .txt .json .yaml .yml)\n`);
  });
});

describe('in process: limits are checked before the work', () => {
  it('the size limit is checked without reading the file, and the format from its first bytes only', async () => {
    const big = temp('besar.pdf');
    make.writeBigFile(big, 100);
    let t = Date.now();
    await expect(readReport(big)).rejects.toThrow(InputError);
    expect(Date.now() - t).toBeLessThan(2_000);
    t = Date.now();
    await expect(readReport(big, { maxFileSize: 200 * 1024 * 1024 })).rejects.toMatchObject({ text: { en: expect.stringMatching(/^not a PDF/) } });
    expect(Date.now() - t).toBeLessThan(2_000);
  });

  it('a time limit reached before the first page is an input error that says so', async () => {
    const file = temp('kosong-waktu.pdf');
    writeFileSync(file, make.manyPagesPdf(20));
    await expect(readReport(file, { timeoutMs: 0 })).rejects.toMatchObject({
      text: {
        id: 'PDF tidak terbaca: belum satu halaman pun yang terbaca dalam batas waktu 0 detik (--timeout); naikkan --timeout',
        en: 'PDF not read: not a single page read within the time limit of 0 s (--timeout); raise --timeout',
      },
    });
  });

  it('"not an LKjIP" says when only part of a PDF was read', async () => {
    const file = temp('lampiran.pdf');
    writeFileSync(file, make.textPdf(Array.from({ length: 30 }, (_, i) => [`Daftar hadir rapat nomor ${i + 1}`])));
    await expect(readReport(file, { maxPages: 5 })).rejects.toMatchObject({
      text: {
        id: 'berkas ini tampaknya bukan LKjIP: hampir tidak ada istilah laporan kinerja di dalamnya (Bab, IKU, capaian, sasaran, indikator, Perjanjian Kinerja, LKjIP/LKIP/LAKIP, Laporan Kinerja); hanya halaman 1–5 dari 30 yang dibaca (--max-pages 5)',
        en: "this file does not look like an LKjIP: it has hardly any of a performance report's terms (Bab, IKU, capaian, sasaran, indikator, Perjanjian Kinerja, LKjIP/LKIP/LAKIP, Laporan Kinerja); only pages 1–5 of 30 read (--max-pages 5)",
      },
    });
  });

  it('Markdown nested 100 000 quotes deep is refused before remark sees it', async () => {
    const file = temp('kutipan.md');
    writeFileSync(file, `# LKjIP Tahun 2021\n\n${'>'.repeat(100_000)} teks\n`);
    const t = Date.now();
    await expect(readReport(file)).rejects.toMatchObject({
      text: { id: 'isi bersarang terlalu dalam untuk dibaca (baris 3: 100000 tingkat kutipan ">"; batas 50); ini bukan laporan yang wajar' },
    });
    expect(Date.now() - t).toBeLessThan(2_000);
  });
});

describe('untrusted PDFs: nothing in a PDF is evaluated', () => {
  it('a font in the CVE-2024-4367 shape (JavaScript in /FontMatrix) is read as data, with isEvalSupported false', async () => {
    const g = globalThis as { __lkjipPwned?: unknown };
    delete g.__lkjipPwned;
    const bytes = new Uint8Array(readFileSync(`${BAD}/cve-2024-4367.pdf`));
    // The fixture is in the exploit's shape: a Type1 font whose FontMatrix holds the payload.
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/Subtype \/Type1 .*\/FontMatrix \[1 0 0 1 0 \(1\\\); globalThis\.__lkjipPwned = 1; \/\/\)\]/);
    opened.length = 0;
    const doc = await readPdf(bytes, 'cve-2024-4367.pdf', { reader: 'pdfjs' });
    // The page was really read, the text in that font included.
    expect(doc.pages).toBe(1);
    expect(doc.blocks.map((b) => (b.type === 'paragraph' ? b.text : ''))).toContain('LAPORAN KINERJA TAHUN 2021');
    expect(g.__lkjipPwned).toBeUndefined();
    expect(opened.length).toBeGreaterThan(0);
    for (const options of opened) expect(options).toMatchObject({ isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
  });

  it.skipIf(!findMutool())('the same PDF through mutool: the text is read, the payload is not run (mutool trace interprets no script)', async () => {
    const g = globalThis as { __lkjipPwned?: unknown };
    delete g.__lkjipPwned;
    opened.length = 0;
    const doc = await readPdf(new Uint8Array(readFileSync(`${BAD}/cve-2024-4367.pdf`)), 'cve-2024-4367.pdf', { reader: 'mutool' });
    expect(doc.pages).toBe(1);
    expect(doc.blocks.map((b) => (b.type === 'paragraph' ? b.text : ''))).toContain('LAPORAN KINERJA TAHUN 2021');
    expect(g.__lkjipPwned).toBeUndefined();
    // pdf.js was not used.
    expect(opened).toEqual([]);
  });
});
