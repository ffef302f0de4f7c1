// reports/ holds the example audit reports of the bundled sample; they must be what `npm run
// reports` makes from the current rules, so that they never show findings the tool no longer gives.
// The XLSX and DOCX files are deterministic (no run date), so they are compared byte for byte too.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('reports/ is current (npm run reports)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-reports-'));
  const outputs = [
    ['html', 'semboro-2021.html'],
    ['markdown', 'semboro-2021.md'],
    ['sarif', 'semboro-2021.sarif'],
    ['xlsx', 'semboro-2021-kkr.xlsx'],
    ['docx', 'semboro-2021-lhr.docx'],
  ];
  const r = spawnSync(process.execPath, ['dist/src/cli/main.js', 'fixtures/semboro-2021.txt', ...outputs.flatMap(([f, n]) => ['--format', f, '-o', join(dir, n)])], { encoding: 'utf8' });
  expect(r.status).toBe(1);
  for (const [, name] of outputs) {
    const made = readFileSync(join(dir, name));
    const kept = readFileSync(join('reports', name));
    if (/\.(xlsx|docx)$/.test(name)) expect(made.equals(kept), `reports/${name} is stale: run npm run reports`).toBe(true);
    else expect(made.toString('utf8'), `reports/${name} is stale: run npm run reports`).toBe(kept.toString('utf8'));
  }
});
