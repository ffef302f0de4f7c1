// The PDF reader is faithful: fixtures/semboro-2021.pdf (fixtures/semboro-2021.md printed by
// Chromium, scripts/make-semboro-pdf.mjs) understands to the same model as the extracted text
// fixtures/semboro-2021.txt, part by part, up to where things stand (pages and y against lines and
// columns). Table names, row numbers and sections in `at` are compared; only positions are not.
// No part is exempt.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentBlocks, TableBlock, TextBlock } from '../src/ingest/blocks.js';
import { readPdf } from '../src/ingest/pdf/index.js';
import { readText } from '../src/ingest/text/read.js';
import { understand, type Understood } from '../src/ingest/understand/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fromText = understand(readText(readFileSync(`${root}fixtures/semboro-2021.txt`, 'utf8'), 'semboro-2021.txt'));

/** Where a thing stands, in either format: left out of the comparison. */
const POSITION = /^(?:line|column|endLine|page|y|cells)$/;

/** The model without positions, whitespace normalised. */
function values(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(values);
  if (typeof x === 'string') return x.replace(/\s+/g, ' ').trim();
  if (!x || typeof x !== 'object') return x;
  return Object.fromEntries(Object.entries(x).filter(([k]) => !POSITION.test(k)).map(([k, v]) => [k, values(v)]));
}

const PARTS = [
  'meta', 'sections', 'paragraphs', 'tables', 'signings', 'letterheads', 'scale', 'formulas', 'renstra', 'iku', 'rkt',
  'perencanaan', 'pk', 'pengukuran', 'riwayat', 'kemajuanRenstra', 'nasional', 'anggaran', 'belanja', 'subKegiatan', 'alokasi',
] as const;

/** Parts that may differ, with the reason. Kept empty: every part is equal. */
const EXCEPTIONS: Partial<Record<(typeof PARTS)[number], string>> = {};

let doc: DocumentBlocks;
let fromPdf: Understood;
beforeAll(async () => {
  doc = await readPdf(new Uint8Array(readFileSync(`${root}fixtures/semboro-2021.pdf`)), 'semboro-2021.pdf');
  fromPdf = understand(doc);
}, 120_000);

/** A PDF has a Title entry of its own, which a text file has not: among meta's sources it is set
 *  aside for the comparison and checked on its own below. */
function withoutPdfTitle<T>(part: T): T {
  const meta = part as { sources?: { kind: string }[] } | undefined;
  return meta?.sources ? ({ ...meta, sources: meta.sources.filter((s) => s.kind !== 'pdf-title') } as T) : part;
}

describe('understand(readPdf(semboro-2021.pdf)) ≡ understand(readText(semboro-2021.txt))', () => {
  it.each(PARTS.filter((p) => !EXCEPTIONS[p]))('%s', (part) => {
    expect(fromText.report[part], `${part} is read from the text`).toBeDefined();
    const own = part === 'meta' ? withoutPdfTitle : <T>(x: T) => x;
    expect(values(own(fromPdf.report[part]))).toEqual(values(fromText.report[part]));
  });

  it("votes the PDF's Title entry with the text's sources of the year", () => {
    expect(fromPdf.report.meta.sources?.filter((s) => s.kind === 'pdf-title')).toEqual([
      { kind: 'pdf-title', text: 'Laporan Kinerja Kecamatan Semboro Tahun 2021', tahun: 2021, instansi: 'Kecamatan Semboro' },
    ]);
  });

  it('has no exceptions', () => {
    expect(EXCEPTIONS).toEqual({});
  });

  it('reads the PDF without reader or understanding notes', () => {
    expect(doc.notes).toEqual([]);
    expect(fromPdf.notes).toEqual(fromText.notes);
    expect(fromPdf.report.source).toEqual({ file: 'semboro-2021.pdf', format: 'pdf', pages: 29 });
  });

  it('places every item on a page', () => {
    for (const part of ['signings', 'letterheads', 'pengukuran', 'subKegiatan'] as const) {
      for (const item of fromPdf.report[part] ?? []) expect((item as { at?: { page?: number } }).at?.page, part).toBeGreaterThan(0);
    }
  });
});

describe('readPdf(semboro-2021.pdf): the blocks', () => {
  const paragraphs = (): TextBlock[] => doc.blocks.filter((b): b is TextBlock => b.type === 'paragraph');
  const tables = (): TableBlock[] => doc.blocks.filter((b): b is TableBlock => b.type === 'table');

  it('keeps the printed lines of a paragraph apart, each with its place', () => {
    // The letterhead over the decree on page 25 is three printed lines.
    const head = paragraphs().find((p) => p.loc.page === 25 && p.text.startsWith('PEMERINTAH KABUPATEN JEMBER'))!;
    expect(head.text.split('\n').slice(0, 2)).toEqual(['PEMERINTAH KABUPATEN JEMBER', 'KECAMATAN SEMBORO']);
    expect(head.lines).toHaveLength(head.text.split('\n').length);
    for (const l of head.lines!) expect(l.page).toBe(25);
    const ys = head.lines!.map((l) => l.y!);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    // Every multi-line paragraph has one location per line.
    for (const p of paragraphs()) if (p.text.includes('\n')) expect(p.lines, p.text).toHaveLength(p.text.split('\n').length);
  });

  it('joins the tables continued over a page break, with header rows not repeated', () => {
    const pages = tables().filter((t) => t.pages).map((t) => t.pages);
    expect(pages).toEqual([[14, 15], [15, 16], [16, 17], [17, 18], [23, 24]]);
    // Tabel 3.3: only its header row is on page 14 (in the footer zone), the body on page 15.
    const renstra = tables().find((t) => t.pages?.[0] === 14)!;
    expect(renstra.rows.map((r) => r[0].text)).toEqual(['NO.', '(1)', '1']);
    // The PK Perubahan programmes: header and programme 1 on page 23, 2–4 and Jumlah on page 24.
    const programs = tables().find((t) => t.pages?.[0] === 23)!;
    expect(programs.rows.map((r) => r[0].text)).toEqual([
      'Program',
      '1. Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota',
      '2. Program Penyelenggaraan Pemerintahan Dan Pelayanan Publik',
      '3. Program Pemberdayaan Masyarakat Desa Dan Kelurahan',
      '4. Program Koordinasi Ketentraman Dan Ketertiban Umum',
      'Jumlah',
    ]);
    // A sub-kegiatan's Penjelasan row alone on the next page keeps its empty cells (five columns).
    for (const first of [15, 16]) {
      const t = tables().find((x) => x.pages?.[0] === first)!;
      const last = t.rows[t.rows.length - 1];
      expect(last.map((c) => c.text).slice(0, 1).concat(last.slice(2).map((c) => c.text))).toEqual(['Penjelasan', '', '', '']);
    }
    expect(paragraphs().filter((p) => p.headingLevel && /^(?:NO\. SASARAN|Program Anggaran)/.test(p.text))).toEqual([]);
  });

  it('prints formulas broken over lines without a space between }} and {', () => {
    const cells = tables().flatMap((t) => t.rows.flat()).map((c) => c.text);
    const formulas = [...cells, ...paragraphs().map((p) => p.text)].filter((t) => t.includes('\\frac'));
    expect(formulas.length).toBeGreaterThanOrEqual(6);
    for (const f of formulas) expect(f).not.toMatch(/\}\s+\{/);
  });

  it('ends a list item where the next paragraph starts under its marker', () => {
    const item = paragraphs().find((p) => p.marker === '2.' && p.text.startsWith('Meningkatkan Koordinasi pemerintahan'))!;
    expect(item.text).toBe('Meningkatkan Koordinasi pemerintahan dan penyelenggara pemerintahan Desa');
    const last = paragraphs().find((p) => p.marker === '3.' && p.text.startsWith('Sarana dan prasarana yang kurang'))!;
    expect(last.text.replace(/\n/g, ' ')).toBe('Sarana dan prasarana yang kurang dalam mendukung pencapaian target sasaran.');
    // A line break inside an item ("Kegiatan : … ." ⏎ "Indikator Kegiatan … : …") stays in it.
    const kegiatan = paragraphs().find((p) => p.marker === '3.' && p.text.startsWith('Kegiatan : Kegiatan Penyediaan Jasa'))!;
    expect(kegiatan.text.split('\n')).toEqual([
      'Kegiatan : Kegiatan Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah.',
      'Indikator Kegiatan (output/keluaran) : Persentase tingkat pemenuhan kebutuhan dasar',
      'operasional SKPD.',
    ]);
  });

  it('runs a sentence over a page break after an abbreviation ("sebesar Rp." ⏎ "3.457.463.874, …")', () => {
    const p = paragraphs().find((x) => x.text.includes('sebesar Rp.\n3.457.463.874'));
    expect(p?.loc.page).toBe(4);
    expect(p?.lines?.map((l) => l.page)).toContain(5);
  });
});
