#!/usr/bin/env node
// Renders the HTML report of the Semboro sample in Chromium (Debian's /usr/bin/chromium through
// playwright-core) and keeps a screenshot of its first screens in reports/semboro-2021.png.
//
//   npx tsc -p . && node scripts/screenshot-report.mjs [--input fixtures/semboro-2021.txt]
//       [--png reports/semboro-2021.png] [--height 3600] [--full] [--pdf print.pdf] [--lang en]
//
// --pdf also prints the page to A4 the way a browser's "Print" does (pdftoppm -r 50 -png print.pdf /tmp/pp
// turns it into images to look at).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    input: { type: 'string', default: 'fixtures/semboro-2021.txt' },
    png: { type: 'string', default: 'reports/semboro-2021.png' },
    height: { type: 'string', default: '3600' },
    width: { type: 'string', default: '1200' },
    full: { type: 'boolean', default: false },
    pdf: { type: 'string' },
    html: { type: 'string' },
    lang: { type: 'string', default: 'id' },
  },
});

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(EXECUTABLE)) {
  console.error(`screenshot-report: ${EXECUTABLE} not found (apt-get install -y chromium)`);
  process.exit(2);
}
const cli = join(root, 'dist/src/cli/main.js');
if (!existsSync(cli)) {
  console.error('screenshot-report: dist/ is missing; run `npx tsc -p .` first');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'lkjip-shot-'));
const htmlFile = values.html ? resolve(values.html) : join(work, 'report.html');
const lint = spawnSync(process.execPath, [cli, values.input, '--format', 'html', '-o', htmlFile, '--lang', values.lang], { cwd: root, encoding: 'utf8' });
if (lint.status !== 0 && lint.status !== 1) {
  console.error(`screenshot-report: lkjip-lint failed (${lint.status}): ${lint.stderr}`);
  process.exit(2);
}

const context = await chromium.launchPersistentContext(join(work, 'profile'), {
  executablePath: EXECUTABLE,
  headless: true,
  args: CHROMIUM_FLAGS,
  viewport: { width: Number(values.width), height: 900 },
});
try {
  const page = await context.newPage();
  await page.goto(pathToFileURL(htmlFile).href);
  const png = resolve(root, values.png);
  mkdirSync(dirname(png), { recursive: true });
  const fullHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  const height = values.full ? fullHeight : Math.min(fullHeight, Number(values.height));
  writeFileSync(png, await page.screenshot({ clip: { x: 0, y: 0, width: Number(values.width), height }, fullPage: true }));
  console.log(`${values.png}: ${Number(values.width)}×${height} px, ${Math.round(statSync(png).size / 1024)} KiB (page is ${fullHeight} px tall)`);
  if (values.pdf) {
    await page.emulateMedia({ media: 'print' });
    writeFileSync(resolve(values.pdf), await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
    console.log(`${values.pdf}: A4 print`);
  }
} finally {
  await context.close();
  rmSync(work, { recursive: true, force: true });
}
