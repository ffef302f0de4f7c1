// --format docx: the draft Laporan Hasil Reviu of the Semboro sample, unzipped and its
// word/document.xml read: the parts of PermenPAN-RB 53/2014 Lampiran III in order, the Checklist
// Reviu tables, every finding told exactly once, the recommendations, and the Pernyataan Telah
// Direviu on its own last page; placeholders highlighted; English with lang en; several files in
// one document; the same bytes on every run. And the CLI end to end: to a pipe, refused on a terminal.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintFiles } from '../src/cli/lint-files.js';
import { loadRules } from '../src/engine/rules.js';
import type { Finding } from '../src/engine/types.js';
import { evaluateChecklist, STATUS_TEXT } from '../src/report/checklist.js';
import { formatDocx } from '../src/report/docx.js';
import type { FileResult } from '../src/report/results.js';
import { NOT_CHECKED, notCheckedResults } from './not-checked-formats.js';
import { unzip } from './unzip.js';

const CLI = 'dist/src/cli/main.js';
const rules = loadRules();

interface Para {
  text: string;
  style?: string;
  pageBreakBefore: boolean;
  highlighted: string[];
  inTable: boolean;
  /** The paragraph's shading, and its runs' colours. */
  fill?: string;
  colors: string[];
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The paragraphs of word/document.xml in order, with their text, style and highlighted runs. */
function paragraphs(docx: Uint8Array): Para[] {
  const xml = unzip(docx).get('word/document.xml')!.data.toString('utf8');
  const out: Para[] = [];
  let depth = 0;
  for (const m of xml.matchAll(/<w:tbl>|<\/w:tbl>|<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)) {
    if (m[0] === '<w:tbl>') depth++;
    else if (m[0] === '</w:tbl>') depth--;
    else {
      const body = m[1];
      const runs = [...body.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((r) => ({ hl: /<w:highlight w:val="yellow"\/>/.test(r[1]), text: unescape([...r[1].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')) }));
      out.push({
        text: runs.map((r) => r.text).join(''),
        style: /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1],
        pageBreakBefore: /<w:pageBreakBefore\/>/.test(body),
        highlighted: runs.filter((r) => r.hl).map((r) => r.text),
        inTable: depth > 0,
        fill: /<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*?<w:shd [^>]*w:fill="([0-9A-F]{6})"/.exec(body)?.[1],
        colors: [...body.matchAll(/<w:color w:val="([0-9A-F]{6})"\/>/g)].map((c) => c[1]),
      });
    }
  }
  return out;
}

const headings = (ps: Para[], style: string) => ps.filter((p) => p.style === style).map((p) => p.text);

describe('docx formatter (Semboro sample)', () => {
  let result: FileResult;
  let bytes: Uint8Array;
  let ps: Para[];

  beforeAll(async () => {
    [result] = await lintFiles(['fixtures/semboro-2021.yaml'], { lang: 'id', keepModel: 'all' });
    bytes = await formatDocx([result], { lang: 'id', color: false, rules });
    ps = paragraphs(bytes);
  }, 60_000);

  it('has the parts of Lampiran III in order, the results by Checklist Reviu group', () => {
    expect(ps.slice(0, 4).map((p) => p.text)).toEqual(['LAPORAN HASIL REVIU', 'ATAS LAPORAN KINERJA INSTANSI PEMERINTAH', 'KECAMATAN SEMBORO', 'TAHUN 2021']);
    expect(headings(ps, 'Heading1')).toEqual(['A. Dasar Reviu', 'B. Tujuan Reviu', 'C. Ruang Lingkup Reviu', 'D. Langkah-langkah Reviu', 'E. Hasil Reviu', 'F. Saran Perbaikan', 'G. Penutup']);
    expect(headings(ps, 'Heading2')).toEqual(['1. Format', '2. Mekanisme penyusunan', '3. Substansi', '4. Hal lain']);
    expect(ps.some((p) => p.text.includes('Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014'))).toBe(true);
    expect(ps.some((p) => p.text.includes('Reviu dilakukan atas Laporan Kinerja Kecamatan Semboro Tahun 2021 (berkas fixtures/semboro-2021.yaml).'))).toBe(true);
  });

  it('shows the 23 checklist items with their status, in three tables', () => {
    const checklist = evaluateChecklist(result.findings, rules);
    const cells = ps.filter((p) => p.inTable).map((p) => p.text);
    for (const c of checklist) {
      const at = cells.indexOf(c.item.id);
      expect(at, c.item.id).toBeGreaterThan(0);
      expect(cells.slice(at + 1, at + 3)).toEqual([c.item.text.id, STATUS_TEXT[c.status].id]);
    }
    expect(unzip(bytes).get('word/document.xml')!.data.toString('utf8').match(/<w:tbl>/g)).toHaveLength(3);
  });

  it('tells every finding exactly once, with its location, quote, printed and expected values', () => {
    const told = ps.filter((p) => /^T\d+\. /.test(p.text));
    expect(told.map((p) => p.text.split('.')[0]).sort()).toEqual(result.findings.map((_, i) => `T${i + 1}`).sort());
    result.findings.forEach((f, i) => {
      const at = ps.findIndex((p) => p.text.startsWith(`T${i + 1}. `));
      expect(ps[at].text).toBe(`T${i + 1}. ${{ error: 'Galat', warning: 'Peringatan', info: 'Info' }[f.severity]} — ${f.message}`);
      const details = ps.slice(at + 1, at + 12).map((p) => p.text);
      expect(details[0]).toContain(`aturan ${f.ruleId}`);
      if (f.evidence) expect(details).toContain(`Kutipan: “${f.evidence}”`);
      if (f.actual !== undefined && f.expected !== undefined) expect(details).toContain(`tertulis: ${f.actual}; seharusnya: ${f.expected}`);
    });
  });

  it('recommends per category, naming the errors and warnings behind each', () => {
    const from = ps.findIndex((p) => p.text === 'F. Saran Perbaikan');
    const to = ps.findIndex((p) => p.text === 'G. Penutup');
    const saran = ps.slice(from + 1, to).map((p) => p.text);
    expect(saran[0]).toBe('Berdasarkan hasil reviu tersebut, kami menyarankan kepada Pimpinan Kecamatan Semboro agar memerintahkan unit penyusun laporan kinerja untuk:');
    const named = saran.join(' ').match(/T\d+/g)!;
    expect(new Set(named).size).toBe(named.length);
    expect(named.sort()).toEqual(result.findings.flatMap((f, i) => (f.severity === 'info' ? [] : [`T${i + 1}`])).sort());
  });

  it('ends with the Pernyataan Telah Direviu on its own page, filled in, to sign', () => {
    const at = ps.findIndex((p) => p.text === 'PERNYATAAN TELAH DIREVIU');
    expect(ps[at].pageBreakBefore).toBe(true);
    expect(at).toBeGreaterThan(ps.findIndex((p) => p.text === 'G. Penutup'));
    const page = ps.slice(at).map((p) => p.text);
    expect(page.slice(0, 4)).toEqual([
      'PERNYATAAN TELAH DIREVIU',
      'KECAMATAN SEMBORO',
      'TAHUN ANGGARAN 2021',
      'Kami telah mereviu Laporan Kinerja Kecamatan Semboro untuk tahun anggaran 2021 sesuai Pedoman Reviu atas Laporan Kinerja. Substansi informasi yang dimuat dalam Laporan Kinerja menjadi tanggung jawab manajemen Kecamatan Semboro.',
    ]);
    // With errors left, the explanatory paragraph of Lampiran III C.4.f is drafted, for the reviewer to keep or delete.
    expect(page.find((t) => t.includes('Paragraf penjelas'))).toContain('masih terdapat 24 kesalahan penyajian dan 25 hal');
    expect(page.slice(-7)).toEqual(['[Kota], [tanggal bulan tahun]', 'Inspektur Kabupaten Jember,', '', '', '', '[nama penanda tangan]', 'NIP [……………]']);
  });

  it('highlights what the reviewer fills in, and nothing taken from the document', () => {
    const marked = ps.flatMap((p) => p.highlighted);
    expect(marked).toEqual(expect.arrayContaining(['[……………]', '[Kota]', '[nama penanda tangan]', '[Surat Tugas Inspektur … Nomor … tanggal …]']));
    expect(marked.every((t) => t.startsWith('[') && t.endsWith(']'))).toBe(true);
    expect(ps.filter((p) => /^T\d+\. /.test(p.text)).flatMap((p) => p.highlighted)).toEqual([]);
  });

  it('is the same bytes on every run: no run date, zip entries dated 1980-01-01', async () => {
    expect(Buffer.from(await formatDocx([result], { lang: 'id', color: false, rules })).equals(Buffer.from(bytes))).toBe(true);
    const entries = unzip(bytes);
    for (const e of entries.values()) expect(e.dates, e.name).toEqual({ central: [0x21, 0], local: [0x21, 0] });
    const core = entries.get('docProps/core.xml')!.data.toString('utf8');
    expect(core).toContain('<dc:title>LAPORAN HASIL REVIU ATAS LAPORAN KINERJA INSTANSI PEMERINTAH Kecamatan Semboro 2021</dc:title>');
    expect(core).not.toContain('dcterms:created');
  });

  it('speaks English with lang en', async () => {
    const en = paragraphs(await formatDocx([result], { lang: 'en', color: false, rules }));
    expect(headings(en, 'Heading1')).toEqual(['A. Basis of the Review', 'B. Purpose of the Review', 'C. Scope of the Review', 'D. Review Steps', 'E. Review Results', 'F. Recommendations', 'G. Closing']);
    expect(en.some((p) => p.text === 'STATEMENT OF REVIEW')).toBe(true);
    expect(en.map((p) => p.text).join('\n')).not.toMatch(/Reviu dilakukan|Kutipan|Saran Perbaikan|PERNYATAAN/);
  });

  it('several files: one document, results per file, a Pernyataan page per file read', async () => {
    const failed: FileResult = { file: 'rusak.pdf', findings: [], error: { id: 'bukan PDF', en: 'not a PDF' } };
    const multi = paragraphs(await formatDocx([result, failed], { lang: 'id', color: false, rules }));
    expect(headings(multi, 'Heading2')).toEqual(['1. Kecamatan Semboro', '2. rusak.pdf']);
    expect(headings(multi, 'Heading3')).toEqual(['a. Format', 'b. Mekanisme penyusunan', 'c. Substansi', 'd. Hal lain']);
    expect(multi.some((p) => p.text.startsWith('Berkas tidak dapat dibaca: bukan PDF.'))).toBe(true);
    expect(multi.filter((p) => p.text === 'PERNYATAAN TELAH DIREVIU')).toHaveLength(1);
    expect(multi.filter((p) => p.text.startsWith('T1. '))).toHaveLength(1);
  });

  it('says what was not checked under E. Hasil reviu and on the Pernyataan page, shaded red or amber; a file checked in full has no such line', async () => {
    const [nothing, yearless] = await notCheckedResults();
    for (const [r, code, label, fill, color] of [[nothing, 'nothing-understood', 'Error', 'FDE4E7', 'A50E1E'], [yearless, 'year-unknown', 'Warning', 'FFF1CC', '7A4D00']] as const) {
      const doc = paragraphs(await formatDocx([r], { lang: 'en', color: false, rules }));
      const lines = doc.flatMap((p, i) => (p.text === `${label} — ${NOT_CHECKED[code].en}` ? [i] : []));
      expect(lines, code).toHaveLength(2);
      // In E: right after the lead paragraph (its findings counted, or none); then on the statement page.
      expect(doc.findIndex((p) => p.text === 'E. Review Results') + 2).toBe(lines[0]);
      expect(lines[1]).toBeGreaterThan(doc.findIndex((p) => p.text === 'STATEMENT OF REVIEW'));
      for (const i of lines) expect([doc[i].fill, doc[i].colors]).toEqual([fill, [color]]);
    }
    expect(ps.filter((p) => p.fill && !p.inTable)).toEqual([]);
    expect(ps.some((p) => p.text.includes(NOT_CHECKED['nothing-understood'].id) || p.text.includes(NOT_CHECKED['year-unknown'].id))).toBe(false);
  });
});

describe('docx formatter with text from a hostile document', () => {
  it('keeps markup and brackets as plain, unhighlighted text and drops control characters', async () => {
    const odd = '<w:p>&"x"</w:p> [isi] \u0007\u000c';
    const finding: Finding = { ruleId: 'arithmetic/percentage', category: 'arithmetic', severity: 'error', message: odd, location: { file: 'a.yaml', line: 1, section: odd }, evidence: odd, actual: odd, subject: 's' };
    const docx = await formatDocx([{ file: 'a.yaml', format: 'yaml', findings: [finding] }], { lang: 'id', color: false, rules });
    const xml = unzip(docx).get('word/document.xml')!.data.toString('utf8');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const told = paragraphs(docx).find((p) => p.text.startsWith('T1. '))!;
    expect(told.text).toBe('T1. Galat — <w:p>&"x"</w:p> [isi] ');
    expect(told.highlighted).toEqual([]);
  });
});

describe('docx from the CLI', () => {
  const fixture = 'fixtures/semboro-2021.yaml';

  it('streams the document to a pipe (exit 1: the sample has errors)', () => {
    const r = spawnSync(process.execPath, [CLI, fixture, '--format', 'docx']);
    expect(r.stderr.toString()).toBe('');
    expect(r.status).toBe(1);
    expect(headings(paragraphs(r.stdout), 'Heading1')).toHaveLength(7);
  });

  const SCRIPT = '/usr/bin/script';
  it.skipIf(!existsSync(SCRIPT))('refuses a terminal with one line and exit 2', () => {
    const r = spawnSync(SCRIPT, ['-qec', `${process.execPath} ${CLI} ${fixture} --format docx`, '/dev/null'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout.trim()).toBe('lkjip-lint: --format docx menghasilkan berkas biner: tulis dengan -o <berkas>.docx (atau alirkan ke program lain)');
  });
});
