// The two PDF libraries must give a reviewer the same audit: on the Semboro sample and on each real
// PDF of the corpus, mutool (the fast default where installed) and pdf.js (the fallback) give the
// same tables cell for cell and the same findings with the same expected and actual values and
// the same pages. Paragraph text may differ by a space (mutool puts one before a TOC page number
// where a space glyph is printed; pdf.js drops it), so paragraphs are compared as their words.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintModel } from '../src/engine/run.js';
import type { Finding } from '../src/engine/types.js';
import type { DocumentBlocks } from '../src/ingest/blocks.js';
import { readReport } from '../src/ingest/index.js';
import { readPdf, type PdfReaderChoice } from '../src/ingest/pdf/index.js';
import { findMutool } from '../src/ingest/pdf/mutool.js';

const FILES = [
  'fixtures/semboro-2021.pdf',
  'fixtures/tables/tabel-2024.pdf',
  'fixtures/corpus/lkip-2016-disperindag-jabar.pdf',
  'fixtures/corpus/lkip-2016-kesbangpol-jabar-draft.pdf',
  'fixtures/corpus/lkip-2024-kesbangpol-dki.pdf',
  'fixtures/identity/footer-year-2023.pdf',
  'fixtures/identity/image-cover-2025.pdf',
];
const READERS: PdfReaderChoice[] = ['pdfjs', 'mutool'];

const tableCells = (d: DocumentBlocks) => d.blocks.flatMap((b) => (b.type === 'table' ? [{ page: b.loc.page, rows: b.rows.map((r) => r.map((c) => c.text)) }] : []));
const words = (d: DocumentBlocks) => d.blocks.flatMap((b) => (b.type === 'table' ? [] : b.text.replace(/\.{3,}/g, ' ').split(/\s+/).filter(Boolean)));
const audit = (fs: Finding[]) => fs.map((f) => [f.ruleId, f.severity, f.subject, f.expected ?? '', f.actual ?? '', f.location.page ?? ''].join(' | ')).sort();

describe.skipIf(!findMutool())('mutool and pdf.js readers agree', () => {
  for (const file of FILES) {
    describe(file, () => {
      const docs = new Map<PdfReaderChoice, DocumentBlocks>();
      const findings = new Map<PdfReaderChoice, Finding[]>();
      beforeAll(async () => {
        const bytes = new Uint8Array(readFileSync(file));
        for (const reader of READERS) {
          docs.set(reader, await readPdf(bytes, file, { reader }));
          findings.set(reader, await lintModel(await readReport(file, { pdfReader: reader })));
        }
      }, 120_000);

      it('same pages, notes and tables per page; paragraph counts within 5 %', () => {
        const [a, b] = READERS.map((r) => docs.get(r)!);
        expect(b.pages).toBe(a.pages);
        expect(b.notes).toEqual(a.notes);
        // The same running headers and footers (the readers place glyph boxes a point apart), and the same Title entry.
        const furniture = (d: DocumentBlocks) => (d.furniture ?? []).map((f) => [f.loc.page, f.text]);
        expect(furniture(b)).toEqual(furniture(a));
        expect(b.title).toEqual(a.title);
        const tablePages = (d: DocumentBlocks) => d.blocks.filter((x) => x.type === 'table').map((x) => x.loc.page);
        expect(tablePages(b)).toEqual(tablePages(a));
        const [na, nb] = [a, b].map((d) => d.blocks.filter((x) => x.type !== 'table').length);
        // Disperindag pp. 61–72: pdf.js breaks list items after their first line ("… Berbahan
        // Baku" ⏎ "Lokal : Kopi, yang dilaksanakan …"), mutool keeps them whole (22 paragraphs, 4 % of 537).
        expect(Math.abs(na - nb) / na).toBeLessThanOrEqual(0.05);
      });

      it('same tables, cell for cell', () => {
        const [a, b] = READERS.map((r) => tableCells(docs.get(r)!));
        expect(a.length).toBeGreaterThan(0);
        expect(b).toEqual(a);
      });

      it('the same words in the paragraphs, but for at most 0.2 % of them', () => {
        const [a, b] = READERS.map((r) => words(docs.get(r)!));
        const bag = new Map<string, number>();
        for (const w of a) bag.set(w, (bag.get(w) ?? 0) + 1);
        for (const w of b) bag.set(w, (bag.get(w) ?? 0) - 1);
        const differing = [...bag.values()].reduce((n, v) => n + Math.abs(v), 0);
        expect(differing / a.length, [...bag].filter(([, v]) => v !== 0).slice(0, 20).join(', ')).toBeLessThanOrEqual(0.002);
      });

      it('the same findings: rule, severity, subject, expected, actual, page', () => {
        const [a, b] = READERS.map((r) => audit(findings.get(r)!));
        expect(a.length).toBeGreaterThan(0);
        expect(b).toEqual(a);
      });
    });
  }
});
