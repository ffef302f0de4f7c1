// reports/ holds the example audit reports of the bundled sample; they must be what `npm run
// reports` makes from the current rules, so that they never show findings the tool no longer gives.
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
  ];
  const r = spawnSync(process.execPath, ['dist/src/cli/main.js', 'fixtures/semboro-2021.txt', ...outputs.flatMap(([f, n]) => ['--format', f, '-o', join(dir, n)])], { encoding: 'utf8' });
  expect(r.status).toBe(1);
  for (const [, name] of outputs) expect(readFileSync(join(dir, name), 'utf8'), `reports/${name} is stale: run npm run reports`).toBe(readFileSync(join('reports', name), 'utf8'));
});
