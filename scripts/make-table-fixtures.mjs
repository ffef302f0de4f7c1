// Writes the PDFs of fixtures/tables/*.html (lkjip-lint's own table fixtures: text and numbers
// made up for the tests) with Debian's chromium, as scripts/make-semboro-pdf.mjs does: page breaks
// from CSS (`break-before: page`), table headers repeated on each page from <thead>.
//   apt-get install -y chromium        (never `npx playwright install`)
//   node scripts/make-table-fixtures.mjs [name …]   (CHROMIUM=/path overrides /usr/bin/chromium)
// The PDF bytes differ from run to run (chromium stamps dates and ids); what they print does not.
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printToPdf } from './print-pdf.mjs';

const dir = fileURLToPath(new URL('../fixtures/tables/', import.meta.url));
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';
const only = process.argv.slice(2);

for (const name of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  const target = join(dir, name.replace(/\.html$/, '.pdf'));
  const work = mkdtempSync(join(tmpdir(), 'table-fixture-'));
  try {
    printToPdf(chromium, join(dir, name), target, work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  console.log(`wrote ${target} (${Math.round(statSync(target).size / 1024)} KiB)`);
}
