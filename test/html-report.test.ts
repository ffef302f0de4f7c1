// --format html: the Semboro sample's report opened in Chromium (Debian's /usr/bin/chromium through
// playwright-core): every finding is there, the Checklist Reviu has its 23 items, the wrong 82,3%
// cell is marked in the recomputed tables, nothing is fetched from the network, and the A4 print
// keeps every table inside the page. Plus, without a browser: escaping, determinism, English.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintFiles } from '../src/cli/lint-files.js';
import { loadRules } from '../src/engine/rules.js';
import type { Finding } from '../src/engine/types.js';
import { loadPdfjs } from '../src/ingest/pdf/pdfjs.js';
import { formatHtml } from '../src/report/html.js';
import { EXTENSION, loadFormatter } from '../src/report/index.js';
import type { FileResult } from '../src/report/results.js';
import { CHROMIUM_FLAGS } from '../scripts/chromium.mjs';
import { NOT_CHECKED, notCheckedResults } from './not-checked-formats.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM)
  console.warn(`html-report: browser tests SKIPPED because ${CHROMIUM} is missing (apt-get install -y chromium; .ci/run installs it)`);

const CLI = 'dist/src/cli/main.js';
const run = promisify(execFile);
const FIXTURES = ['fixtures/semboro-2021.txt', 'fixtures/semboro-2021.yaml'];
/** A4 minus the report's @page margins (12 mm left and right), in CSS px and in PDF points. */
const A4_CONTENT_PX = ((210 - 24) / 25.4) * 96;
const A4_WIDTH_PT = (210 / 25.4) * 72;
const MARGIN_PT = (12 / 25.4) * 72;

interface JsonFinding {
  ruleId: string;
  message: string;
  actual?: string;
}

const work = mkdtempSync(join(tmpdir(), 'lkjip-html-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The CLI writes JSON and HTML of one run: the HTML must show exactly the JSON's findings. */
async function lint(fixture: string): Promise<{ html: string; findings: JsonFinding[] }> {
  const base = join(work, fixture.replace(/\W+/g, '-'));
  const args = [CLI, fixture, '--format', 'json', '-o', `${base}.json`, '--format', 'html', '-o', `${base}.html`];
  // Exit code 1: the sample has error-level findings.
  const r = await run(process.execPath, args).catch((e: { code?: number; stderr?: string }) => e);
  expect((r as { code?: number }).code).toBe(1);
  expect((r as { stderr?: string }).stderr).toBe('');
  const json = JSON.parse(readFileSync(`${base}.json`, 'utf8'));
  return { html: `${base}.html`, findings: json.results[0].findings };
}

describe('html formatter', () => {
  const rules = loadRules();
  const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes" \'single\'';
  const finding: Finding = {
    ruleId: 'arithmetic/percentage',
    category: 'arithmetic',
    severity: 'error',
    message: `message ${hostile}`,
    location: { file: 'a<b>.yaml', line: 3, section: hostile, table: hostile, row: 1, field: 'persen' },
    evidence: hostile,
    expected: hostile,
    actual: hostile,
    subject: 'x',
    related: [{ location: { file: 'a<b>.yaml', line: 9 }, evidence: hostile, note: hostile }],
  };
  const results: FileResult[] = [{ file: 'a<b>.yaml', format: 'yaml', findings: [finding] }];

  it('is registered with its extension', async () => {
    expect(await loadFormatter('html')).toBe(formatHtml);
    expect(EXTENSION.html).toBe('html');
  });

  it('escapes every text taken from the document', () => {
    const html = formatHtml(results, { lang: 'id', color: false, rules });
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;');
    expect(html).toContain('<code>a&#60;b&#62;.yaml</code>');
  });

  it('is deterministic and complete without a script or the network', () => {
    const a = formatHtml(results, { lang: 'id', color: false, rules });
    expect(formatHtml(results, { lang: 'id', color: false, rules })).toBe(a);
    expect(a).not.toMatch(/<script|<link|@import|url\(|https?:\/\//i);
    expect(a).not.toContain(String(new Date().getFullYear() + 1));
    expect(a).toContain('@page { size: A4');
  });

  it('marks the wrong 82,3% cell of the Semboro sample beside its recomputed 85,28%', async () => {
    const [result] = await lintFiles(['fixtures/semboro-2021.yaml'], { lang: 'id', keepModel: 'all' });
    const html = formatHtml([result], { lang: 'id', color: false, rules });
    expect(html).toMatch(/<td id="[^"]+" class="num mark mark-error"><span class="v">82,3%<\/span>.*?<\/td>\s*<td class="num computed">85,28%<\/td>/);
    expect(html.match(/<article class="finding /g)).toHaveLength(result.findings.length);
    expect(html.match(/<tr id="[^"]+" class="ck-row /g)).toHaveLength(23);
  });

  it('speaks Indonesian by default and English with lang en', () => {
    const id = formatHtml(results, { lang: 'id', color: false, rules });
    const en = formatHtml(results, { lang: 'en', color: false, rules });
    expect(id).toContain('<html lang="id">');
    expect(id).toContain('Checklist Reviu');
    expect(id).toContain('TIDAK TERPENUHI');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Review Checklist');
    expect(en).toContain('NOT MET');
    for (const word of ['Ringkasan', 'Temuan terkait', 'Seharusnya', 'Tertulis', 'Tabel hitung ulang']) expect(en).not.toContain(word);
  });
});

describe.skipIf(!HAVE_CHROMIUM)('html report in Chromium (Semboro sample)', () => {
  let context: BrowserContext;
  const runs = new Map<string, { html: string; findings: JsonFinding[] }>();

  beforeAll(async () => {
    const launched = chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1200, height: 900 },
    });
    const linted = await Promise.all(FIXTURES.map(lint));
    FIXTURES.forEach((f, i) => runs.set(f, linted[i]));
    context = await launched;
  }, 60_000);

  afterAll(async () => {
    await context?.close();
  });

  async function open(fixture: string): Promise<{ page: Page; requests: string[]; findings: JsonFinding[] }> {
    const run = runs.get(fixture)!;
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(resolve(run.html)).href, { waitUntil: 'load' });
    return { page, requests, findings: run.findings };
  }

  for (const fixture of FIXTURES) {
    it(`${fixture}: every finding, the checklist, the marked 82,3% cell, no network`, async () => {
      const { page, requests, findings } = await open(fixture);
      try {
        expect(findings.length).toBeGreaterThan(40);
        await expect.poll(() => page.locator('article.finding').count()).toBe(findings.length);
        expect(await page.locator('article.finding:visible').count()).toBe(findings.length);
        expect(await page.locator('script').count()).toBe(0);
        // Checked in full: no not-checked line.
        expect(await page.locator('.not-checked').count()).toBe(0);

        // A few messages, visible as text.
        const samples = [
          findings.find((f) => f.ruleId === 'arithmetic/percentage' && f.actual === '82,3%'),
          findings.find((f) => f.ruleId === 'rating/scale-gap'),
          findings.find((f) => f.ruleId === 'narrative/predikat'),
          findings[0],
          findings[findings.length - 1],
        ];
        for (const f of samples) {
          expect(f, 'sample finding').toBeDefined();
          await expect.poll(() => page.getByText(f!.message, { exact: true }).first().isVisible()).toBe(true);
        }

        // Checklist Reviu: 23 items, each with one of the four statuses.
        const rows = page.locator('table.checklist tr.ck-row');
        expect(await rows.count()).toBe(23);
        const statuses = await rows.locator('.status').allInnerTexts();
        for (const s of statuses) expect(s).toMatch(/^\S+ (TERPENUHI|TERPENUHI DENGAN CATATAN|TIDAK TERPENUHI|PERLU KONFIRMASI)$/);

        // The wrong 82,3% cell, marked (class, icon and a link to its finding) in the recomputed tables.
        const cell = page.locator('section.tables-part td.mark-error', { hasText: '82,3%' });
        expect(await cell.count()).toBe(1);
        await expect.poll(() => cell.isVisible()).toBe(true);
        expect(await cell.locator('.icon').innerText()).toBe('✖');
        const href = await cell.locator('a.ref').first().getAttribute('href');
        const target = page.locator(href!);
        expect(await target.getAttribute('data-rule')).toBe('arithmetic/percentage');
        expect(await target.locator('.msg').innerText()).toContain('82,3%');
        // … beside the recomputed 85,28%.
        expect(await cell.locator('xpath=following-sibling::td[1]').innerText()).toBe('85,28%');
        // And the finding links back to the cell.
        const back = await target.locator('a.place').first().getAttribute('href');
        expect(await page.locator(back!).innerText()).toContain('82,3%');

        expect(requests.length).toBeGreaterThan(0);
        for (const url of requests) expect(url).toMatch(/^(file|data):/);
      } finally {
        await page.close();
      }
    });
  }

  it('a file not checked: a line under its summary heading, red for nothing understood, amber for the year not found', async () => {
    const [nothing, yearless] = await notCheckedResults();
    const page = await context.newPage();
    try {
      await page.setContent(formatHtml([nothing, yearless], { lang: 'id', color: false, rules: loadRules() }));
      const lines = page.locator('p.not-checked');
      expect(await lines.count()).toBe(2);
      for (const i of [0, 1]) expect(await lines.nth(i).isVisible()).toBe(true);
      const shown = await lines.evaluateAll((ps) =>
        ps.map((p) => ({
          file: p.closest('section.file')!.id,
          after: p.previousElementSibling!.textContent,
          before: p.nextElementSibling!.className,
          text: (p as HTMLElement).innerText,
          color: getComputedStyle(p.querySelector('.badge')!).color,
        })),
      );
      expect(shown).toEqual([
        { file: 'f1-top', after: 'Ringkasan temuan', before: 'total-line', text: `✖ Galat ${NOT_CHECKED['nothing-understood'].id}`, color: 'rgb(165, 14, 30)' },
        { file: 'f2-top', after: 'Ringkasan temuan', before: 'total-line', text: `▲ Peringatan ${NOT_CHECKED['year-unknown'].id}`, color: 'rgb(122, 77, 0)' },
      ]);
      // Nothing understood: no checklist item is met for want of findings.
      const statuses = await page.locator('#f1-top table.checklist .status').allInnerTexts();
      expect(statuses).toHaveLength(23);
      expect(statuses.filter((t) => /^\S+ TERPENUHI$/.test(t))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('prints on A4 with every table inside the page', async () => {
    const { page, requests } = await open(FIXTURES[0]);
    try {
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: Math.floor(A4_CONTENT_PX), height: 1000 });
      const layout = await page.evaluate(() => {
        const tables = [...document.querySelectorAll('table')].map((t) => {
          const box = t.getBoundingClientRect();
          return { left: box.left, right: box.right, scroll: t.scrollWidth, client: t.clientWidth };
        });
        // A cell whose content is wider than the cell spills over its neighbours when printed.
        const spilling = [...document.querySelectorAll('td, th')]
          .filter((c) => c.scrollWidth > c.clientWidth + 1)
          .map((c) => (c as HTMLElement).innerText.slice(0, 40));
        return { tables, spilling, page: document.documentElement.scrollWidth };
      });
      expect(layout.tables.length).toBeGreaterThan(5);
      for (const t of layout.tables) {
        expect(t.left).toBeGreaterThanOrEqual(0);
        expect(t.right).toBeLessThanOrEqual(A4_CONTENT_PX + 0.5);
        expect(t.scroll).toBeLessThanOrEqual(t.client + 1);
      }
      expect(layout.spilling).toEqual([]);
      expect(layout.page).toBeLessThanOrEqual(Math.floor(A4_CONTENT_PX) + 1);

      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // Every printed glyph run lies inside the page's margins: nothing is cut at the page edge.
      const { pdfjs, packageDir } = await loadPdfjs();
      const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, standardFontDataUrl: `${packageDir}standard_fonts/`, verbosity: 0 }).promise;
      try {
        expect(doc.numPages).toBeGreaterThan(5);
        let text = '';
        for (let p = 1; p <= doc.numPages; p++) {
          const pg = await doc.getPage(p);
          const [, , width] = pg.view;
          expect(Math.abs(width - A4_WIDTH_PT)).toBeLessThan(1);
          const content = await pg.getTextContent();
          for (const item of content.items) {
            if (!('str' in item) || !item.str.trim()) continue;
            const x = item.transform[4];
            expect(x, `page ${p}: "${item.str}"`).toBeGreaterThanOrEqual(MARGIN_PT - 2);
            expect(x + item.width, `page ${p}: "${item.str}"`).toBeLessThanOrEqual(width - MARGIN_PT + 2);
            text += `${item.str} `;
          }
        }
        expect(text).toContain('82,3%');
        expect(text).toContain('Checklist Reviu');
      } finally {
        await doc.destroy();
      }
      for (const url of requests) expect(url).toMatch(/^(file|data):/);
    } finally {
      await page.close();
    }
  });
});
