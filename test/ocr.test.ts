// OCR of scanned pages (--ocr) on four pages of the real scanned LKIP of the corpus (100 dpi,
// black and white; fixtures/corpus/README.md): through the CLI once (sections, the OCR marks, the
// downgrade of findings, the HTML report naming the OCR'd pages), and the measurement table's
// page in process for its cell grid. About 2–3 s of Tesseract per page on an idle machine.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TableBlock } from '../src/ingest/blocks.js';
import { findOcrTools, ocrPages } from '../src/ingest/ocr/index.js';
import { readPdf } from '../src/ingest/pdf/index.js';

const SCAN = 'fixtures/corpus/extracts/lkip-2016-scan-jawa-barat-extract.pdf';
const TOOLS = findOcrTools();
if (!TOOLS?.languages.includes('ind'))
  console.warn('ocr: OCR tests SKIPPED because tesseract-ocr with tesseract-ocr-ind is missing (apt-get install -y tesseract-ocr tesseract-ocr-ind; .ci/run installs them)');

interface Finding {
  ruleId: string;
  severity: string;
  message: string;
  location: { ocr?: boolean; page?: number };
  related?: { location: { ocr?: boolean } }[];
}

describe.skipIf(!TOOLS?.languages.includes('ind'))('a scanned report read with --ocr', () => {
  let dir: string;
  let json: { results: { file: string; error?: string; findings: Finding[]; extraction?: { sections: { title: string; kind?: string }[] } }[] };
  let html: string;
  /** The run's own TMPDIR: the machine's may hold other processes' folders at any time. */
  let tmp: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'lkjip-ocr-test-'));
    tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    const r = spawnSync(
      process.execPath,
      ['dist/src/cli/main.js', SCAN, '--ocr', '--explain-extraction', '--format', 'json', '-o', join(dir, 'out.json'), '--format', 'html', '-o', join(dir, 'out.html'), '--timeout', '600'],
      { encoding: 'utf8', env: { ...process.env, TMPDIR: tmp } },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    json = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
    html = readFileSync(join(dir, 'out.html'), 'utf8');
    // About 10 s on an idle machine; generous for a busy one.
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('yields the report: its year, chapters III and IV and Bab III.A, from pages without any text layer', () => {
    const [result] = json.results;
    expect(result.error).toBeUndefined();
    const kinds = result.extraction!.sections.map((s) => s.kind);
    expect(kinds).toEqual(expect.arrayContaining(['bab-3', 'bab-3a', 'bab-4']));
  });

  it('every finding rests on OCR\'d text: none is an error, each says it was read by OCR', () => {
    const findings = json.results[0].findings;
    expect(findings.length).toBeGreaterThan(0);
    const onOcr = findings.filter((f) => f.location.ocr || f.related?.some((r) => r.location.ocr));
    expect(onOcr.length).toBeGreaterThan(0);
    for (const f of onOcr) {
      expect(f.severity).not.toBe('error');
      expect(f.message).toContain('dibaca dengan OCR');
    }
  });

  it('the HTML report gives the year read from the scanned cover and says which pages were read by OCR', () => {
    expect(html).toContain('<dt>Tahun</dt><dd>2016</dd>');
    expect(html).toContain('Dibaca dengan OCR');
    expect(html).toContain('hal. 1–4');
  });

  it('leaves no temporary folder behind', () => {
    expect(readdirSync(tmp, { recursive: true })).toEqual([]);
  });

  it('the measurement table (Tabel 3.1, its header row scanned black) is read as a ruled grid of OCR\'d cells', async () => {
    const bytes = new Uint8Array(readFileSync(SCAN));
    // Page 2 of the extract only (the reader hands over every page without text).
    const doc = await readPdf(bytes, SCAN, { textless: (pages, deadline) => ocrPages(bytes, pages.filter((p) => p === 2), deadline) });
    const table = doc.blocks.find((b): b is TableBlock => b.type === 'table' && b.loc.page === 2)!;
    expect(table.source).toBe('ruled');
    const rows = table.rows.map((r) => r.filter((c) => !c.covered).map((c) => c.text));
    // Sasaran 3, its first indicator: target, realisation and capaian in their own columns.
    expect(rows).toContainEqual(expect.arrayContaining(['150.000 m3', '520.000 m3', '354,93']));
    expect(rows.some((r) => r.some((t) => t.includes('Meningkatnya kapasitas tampung')))).toBe(true);
  }, 60_000);
});
