#!/usr/bin/env node
// Starts `lkjip-lint serve` on a free loopback port, uploads a fixture through the web page in
// Chromium (Debian's /usr/bin/chromium through playwright-core), waits for its report and keeps a
// screenshot of the page in reports/serve-page.png.
//
//   npx tsc -p . && node scripts/screenshot-serve.mjs [--input fixtures/semboro-2021.pdf]
//       [--png reports/serve-page.png] [--height 2200] [--lang id] [--with-checklist]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    input: { type: 'string', default: 'fixtures/semboro-2021.pdf' },
    png: { type: 'string', default: 'reports/serve-page.png' },
    height: { type: 'string', default: '2200' },
    width: { type: 'string', default: '1200' },
    lang: { type: 'string', default: 'id' },
    'with-checklist': { type: 'boolean', default: false },
  },
});

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(EXECUTABLE)) {
  console.error(`screenshot-serve: ${EXECUTABLE} not found (apt-get install -y chromium)`);
  process.exit(2);
}
const cli = join(root, 'dist/src/cli/main.js');
if (!existsSync(cli)) {
  console.error('screenshot-serve: dist/ is missing; run `npx tsc -p .` first');
  process.exit(2);
}

const server = spawn(process.execPath, [cli, 'serve', '--port', '0', '--jobs', '1', '--quiet'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
const url = await new Promise((found, fail) => {
  let err = '';
  server.stderr.on('data', (d) => {
    err += d;
    const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(err);
    if (m) found(m[1]);
  });
  server.on('exit', (code) => fail(new Error(`server exited ${code}: ${err}`)));
});

const work = mkdtempSync(join(tmpdir(), 'lkjip-shot-'));
const context = await chromium.launchPersistentContext(join(work, 'profile'), {
  executablePath: EXECUTABLE,
  headless: true,
  args: CHROMIUM_FLAGS,
  viewport: { width: Number(values.width), height: 900 },
});
try {
  const page = await context.newPage();
  await page.goto(`${url}/?lang=${values.lang}`);
  await page.setInputFiles('#file-input', resolve(root, values.input));
  await page.waitForSelector('.entry .state-done, .entry .state-failed', { timeout: 60_000 });
  // Fold the Checklist Reviu away, as a reader after the findings would, so that they show.
  if (!values['with-checklist']) await page.locator('details.checklist-part > summary').first().click();
  const png = resolve(root, values.png);
  mkdirSync(dirname(png), { recursive: true });
  const fullHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  const height = Math.min(fullHeight, Number(values.height));
  writeFileSync(png, await page.screenshot({ clip: { x: 0, y: 0, width: Number(values.width), height }, fullPage: true }));
  console.log(`${values.png}: ${Number(values.width)}×${height} px, ${Math.round(statSync(png).size / 1024)} KiB (page is ${fullHeight} px tall)`);
} finally {
  await context.close();
  server.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
