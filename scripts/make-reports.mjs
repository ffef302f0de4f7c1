// npm run reports: the example audit reports of the bundled sample in reports/ (HTML, Markdown,
// SARIF, the XLSX Kertas Kerja Reviu and the DOCX Laporan Hasil Reviu), and, when Debian's chromium
// is installed, the screenshot of the HTML report.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SAMPLE = 'fixtures/semboro-2021.txt';
export const OUTPUTS = [
  ['html', 'reports/semboro-2021.html'],
  ['markdown', 'reports/semboro-2021.md'],
  ['sarif', 'reports/semboro-2021.sarif'],
  ['xlsx', 'reports/semboro-2021-kkr.xlsx'],
  ['docx', 'reports/semboro-2021-lhr.docx'],
];

const args = [`${root}dist/src/cli/main.js`, SAMPLE, ...OUTPUTS.flatMap(([format, file]) => ['--format', format, '-o', file])];
const r = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
// Exit 1 means the sample has error-level findings, which it does: that is the point of it.
if (r.status !== 0 && r.status !== 1) process.exit(r.status ?? 2);
console.log(`wrote ${OUTPUTS.map(([, f]) => f).join(', ')}`);
if (existsSync('/usr/bin/chromium')) {
  const shot = spawnSync(process.execPath, [`${root}scripts/screenshot-report.mjs`], { cwd: root, stdio: 'inherit' });
  process.exitCode = shot.status ?? 1;
} else console.log('chromium not installed: reports/semboro-2021.png left as it is');
