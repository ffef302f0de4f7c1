// The web page of `lkjip-lint serve` in Debian's Chromium (playwright-core), one browser session:
// files chosen with the keyboard alone are linted with progress, each report is shown inline with
// exactly the findings of the JSON contract, filters and checklist links work, every format downloads and checks
// out, a hostile file name stays text, nothing leaves the server's origin, and the English switch
// lints again in English.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../src/report/index.js';
import { startServe, type RunningServer } from './serve-helpers.js';
import { CHROMIUM_FLAGS } from '../scripts/chromium.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`serve-page: browser tests SKIPPED because ${CHROMIUM} is missing (apt-get install -y chromium; .ci/run installs it)`);

const HOSTILE = '<img src=x onerror="window.__pwned=1">.yaml';

interface JsonReport {
  results: { findings: { ruleId: string; message: string; severity: string }[] }[];
}

/**
 * The server's own JSON for a fixture, through POST /api/v1/lint (test/serve-api.test.ts shows it
 * is byte for byte the CLI's): what the page must show.
 */
async function apiJson(url: string, file: string, lang = 'id'): Promise<{ text: string; json: JsonReport }> {
  const form = new FormData();
  form.append('file', new Blob([readFileSync(`fixtures/${file}`)]), file);
  const text = await (await fetch(`${url}/api/v1/lint?lang=${lang}`, { method: 'POST', body: form })).text();
  return { text, json: JSON.parse(text) };
}

/** Presses Tab until the element matching `selector` has the focus (keyboard only, bounded). */
async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe.skipIf(!HAVE_CHROMIUM)('lkjip-lint serve: the web page in Chromium', () => {
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  const work = mkdtempSync(join(tmpdir(), 'lkjip-page-'));
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startServe(['--jobs', '2', '--quiet']);
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads: true,
      args: CHROMIUM_FLAGS,
      viewport: { width: 1200, height: 900 },
    });
    page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    expect(await server?.stop()).toBe(0);
    rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it('lints files chosen with the keyboard, shows the findings of the JSON contract, filters, links and downloads', async () => {
    const response = await page.goto(`${server.url}/`);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response!.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'");
    expect(await page.locator('h1').innerText()).toBe('lkjip-lint — Periksa Laporan Kinerja');
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { __states: string[] }).__states = []);
      new MutationObserver(() => document.querySelectorAll('.entry .state').forEach((s) => seen.push(s.className))).observe(document.body, { subtree: true, childList: true });
    });

    // Keyboard only: Tab to the file input, Space opens the chooser.
    await tabTo(page, '#file-input');
    // Generous waits: in the full suite on 2 cores, Chromium shares the machine with many CLI processes.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 90_000 }), page.keyboard.press('Space')]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles([
      { name: 'semboro-2021.pdf', mimeType: 'application/pdf', buffer: readFileSync('fixtures/semboro-2021.pdf') },
      { name: HOSTILE, mimeType: 'application/x-yaml', buffer: readFileSync('fixtures/semboro-2021.yaml') },
    ]);
    const [pdf, yaml] = [await apiJson(server.url, 'semboro-2021.pdf'), await apiJson(server.url, 'semboro-2021.yaml')];
    await expect.poll(() => page.locator('.entry .state-done').count(), { timeout: 60_000 }).toBe(2);
    const states = await page.evaluate(() => (window as unknown as { __states: string[] }).__states.join(' '));
    expect(states).toMatch(/state-uploading|state-checking/);

    // Exactly the findings of the JSON contract, in its order, per file; among them the wrong 82,3%.
    const shown = (entry: string) => page.locator(`${entry} article.finding`).evaluateAll((as) => as.map((a) => [a.getAttribute('data-rule'), a.querySelector('.msg')!.textContent]));
    expect(pdf.json.results[0].findings.length).toBeGreaterThan(40);
    expect(await shown('#e1')).toEqual(pdf.json.results[0].findings.map((f) => [f.ruleId, f.message]));
    expect((await shown('#e2')).length).toBe(yaml.json.results[0].findings.length);
    expect(await page.locator('#e1 tr.ck-row').count()).toBe(23);
    const wrong = page.locator('#e1 article[data-rule="arithmetic/percentage"]', { hasText: '82,3%' });
    expect(await wrong.count()).toBe(1);
    expect(await wrong.locator('.actual').innerText()).toBe('82,3%');

    // The hostile name is text, never markup.
    expect(await page.locator('#e2 h2').innerText()).toBe(HOSTILE);
    expect(await page.locator('#files img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // Filters: errors hidden, then shown again.
    const errors = pdf.json.results[0].findings.filter((f) => f.severity === 'error').length + yaml.json.results[0].findings.filter((f) => f.severity === 'error').length;
    const total = pdf.json.results[0].findings.length + yaml.json.results[0].findings.length;
    await page.locator('#show-sev-error').uncheck();
    expect(await page.locator('article.finding.sev-error:visible').count()).toBe(0);
    expect(await page.locator('#shown').innerText()).toBe(`${total - errors} dari ${total} temuan ditampilkan`);
    await page.locator('#show-cat-consistency').uncheck();
    expect(await page.locator('article.finding.cat-consistency:visible').count()).toBe(0);
    await page.locator('#show-sev-error').check();
    await page.locator('#show-cat-consistency').check();
    expect(await page.locator('article.finding:visible').count()).toBe(total);

    // From a checklist item to its finding and back.
    const chip = page.locator('#e1 tr.ck-row .chips a').first();
    const target = (await chip.getAttribute('href'))!;
    await chip.click();
    expect(await page.evaluate(() => location.hash)).toBe(target);
    const back = page.locator(`${target} a.ck-link`).first();
    const item = (await back.getAttribute('href'))!;
    await back.click();
    expect(await page.evaluate(() => location.hash)).toBe(item);
    expect(await page.locator(`${item} .chips a[href="${target}"]`).count()).toBe(1);

    // Every format downloads; the first one with the keyboard alone.
    const links = page.locator('#e1 nav.downloads a');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('data-format')))).toEqual([...FORMATS]);
    await page.locator('#lang-switch').focus();
    await tabTo(page, '#e1 nav.downloads a');
    const [first] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(first.suggestedFilename()).toBe(`semboro-2021.lkjip-lint.${(await links.first().getAttribute('download'))!.split('.').pop()}`);
    for (const format of FORMATS) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`#e1 a[data-format="${format}"]`).click()]);
      const bytes = readFileSync((await download.path())!);
      const text = bytes.toString('utf8');
      expect(bytes.length, format).toBeGreaterThan(100);
      if (format === 'json') expect(text).toBe(pdf.text);
      else if (format === 'sarif') expect(JSON.parse(text).runs[0].results.length).toBe(pdf.json.results[0].findings.length);
      else if (format === 'html') expect(text.match(/<article class="finding /g)).toHaveLength(pdf.json.results[0].findings.length);
      else if (format === 'markdown') expect(text).toContain(pdf.json.results[0].findings[0].ruleId);
      else if (format === 'junit') expect(text).toMatch(/^<\?xml[^]*<testsuites/);
      else if (format === 'stylish') expect(text).toContain('semboro-2021.pdf');
      // Formats added later (XLSX, DOCX …): Office files are ZIP packages.
      else expect(bytes.subarray(0, 2).toString('latin1'), format).toBe('PK');
    }

    for (const url of requests) expect(url.startsWith(server.url) || url.startsWith('blob:') || url.startsWith('data:'), url).toBe(true);
    expect(problems).toEqual([]);
  }, 180_000);

  it('switches to English with the keyboard and lints the files again in English', async () => {
    await page.locator('#file-input').focus();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lang-switch');
    await page.keyboard.press('Enter');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('h1').innerText()).toBe('lkjip-lint — Check a Performance Report');
    await expect.poll(() => page.locator('.entry .state-done').count(), { timeout: 60_000 }).toBe(2);
    const en = await apiJson(server.url, 'semboro-2021.pdf', 'en');
    expect(await page.locator('#e1 article.finding .msg').first().innerText()).toBe(en.json.results[0].findings[0].message);
    expect(await page.locator('#e1 h3').first().innerText()).toBe('Summary of findings');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(problems).toEqual([]);
  }, 120_000);

  it('a file of which nothing beyond the cover was understood: the page says so as an error, and no checklist item is met', async () => {
    await page.locator('#file-input').setInputFiles({ name: 'sampul-saja.txt', mimeType: 'text/plain', buffer: readFileSync('fixtures/not-checked/sampul-saja.txt') });
    await expect.poll(() => page.locator('.entry .state-done').count(), { timeout: 60_000 }).toBe(3);
    const api = (await apiJson(server.url, 'not-checked/sampul-saja.txt', 'en')).json as unknown as { results: { notChecked: { code: string; message: string }[] }[] };
    const [notice] = api.results[0].notChecked;
    expect(notice.code).toBe('nothing-understood');
    const shown = page.locator('#e3 p.not-checked.sev-error');
    expect(await shown.count()).toBe(1);
    expect(await shown.innerText()).toContain(notice.message);
    const statuses = await page.locator('#e3 tr.ck-row .status').allInnerTexts();
    expect(statuses).toHaveLength(23);
    for (const s of statuses) expect(s).toContain('NEEDS CONFIRMATION');
    // The files checked in full say nothing of the kind.
    expect(await page.locator('#e1 p.not-checked, #e2 p.not-checked').count()).toBe(0);
    expect(problems).toEqual([]);
  }, 120_000);
});
