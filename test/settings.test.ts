// The configuration's tolerance and default scale reach a lint as settings passed in (ESLint's
// context.settings), not as process-wide state: two lints with different settings in one process,
// even at once, each decide under their own; and the CLI passes a configuration's settings through
// its worker process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultScaleOf, parseBandRange, type Scale } from '../src/domain/scale.js';
import { lintModel } from '../src/engine/run.js';
import { lintSettings } from '../src/engine/settings.js';
import { readReport } from '../src/ingest/index.js';
import { loadStructured } from '../src/model/load-structured.js';
import { runCli } from './cli-process.js';

const PERCENTAGE = 'arithmetic/percentage';
const loose = lintSettings({ tolerance: { rupiah: 0, percentPoints: 3.5 } });

/** A report without a scale of its own: one indicator at 70% called "Baik". */
const unscaled = () =>
  loadStructured(
    JSON.stringify({ meta: { tahun: 2021 }, pengukuran: [{ sasaran: 'Meningkatnya pelayanan', indikator: 'Indeks pelayanan', target: '100', realisasi: '70', capaian: '70%', predikat: 'Baik' }] }),
    'u.json',
    'json',
  );
const band = (range: string, label: string) => ({ range, label, ...parseBandRange(range)! });
const regional: Scale = { declared: true, name: 'Skala daerah', bands: [band('≥ 60', 'Baik'), band('< 60', 'Kurang')] };
const predikatRules = (findings: { ruleId: string }[]) => findings.map((f) => f.ruleId).filter((id) => id.startsWith('rating/predikat'));

describe('settings passed into a lint', () => {
  it('a tolerance of 3.5 percentage points accepts 82,3% for 85,28%, and only in the lint given it', async () => {
    const model = await readReport('fixtures/semboro-2021.yaml');
    const [strict, tolerant, again] = await Promise.all([lintModel(model), lintModel(model, { settings: loose }), lintModel(model)]);
    expect(strict.filter((f) => f.ruleId === PERCENTAGE).map((f) => f.actual)).toEqual(['82,3%']);
    expect(tolerant.filter((f) => f.ruleId === PERCENTAGE)).toEqual([]);
    expect(again).toEqual(strict);
  });

  it('the default scale rates a report without a scale of its own, per lint', async () => {
    const model = unscaled();
    const permendagri = await lintModel(model);
    const own = await lintModel(model, { settings: lintSettings({ defaultScale: defaultScaleOf(regional) }) });
    expect(predikatRules(permendagri).length).toBeGreaterThan(0);
    expect(predikatRules(own)).toEqual([]);
    expect(await lintModel(model)).toEqual(permendagri);
  });
});

describe('the CLI passes the configuration through its worker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-settings-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('tolerance from lkjip-lint.config.json', async () => {
    writeFileSync(join(dir, 'lkjip-lint.config.json'), JSON.stringify({ tolerance: { percentPoints: 3.5 } }));
    const sample = join(process.cwd(), 'fixtures/semboro-2021.yaml');
    const withConfig = JSON.parse((await runCli([sample, '-f', 'json'], { cwd: dir })).stdout);
    const without = JSON.parse((await runCli([sample, '-f', 'json'])).stdout);
    const ids = (out: { results: { findings: { ruleId: string }[] }[] }) => out.results[0].findings.map((f) => f.ruleId);
    expect(ids(without)).toContain(PERCENTAGE);
    expect(ids(withConfig)).not.toContain(PERCENTAGE);
  });

  it('defaultScale from lkjip-lint.config.json', async () => {
    const report = join(dir, 'u.json');
    writeFileSync(report, JSON.stringify({ meta: { tahun: 2021 }, pengukuran: [{ sasaran: 'Meningkatnya pelayanan', indikator: 'Indeks pelayanan', target: '100', realisasi: '70', capaian: '70%', predikat: 'Baik' }] }));
    const ids = async () => (JSON.parse((await runCli([report, '-f', 'json'], { cwd: dir })).stdout).results[0].findings as { ruleId: string }[]);
    writeFileSync(join(dir, 'lkjip-lint.config.json'), '{}');
    expect(predikatRules(await ids()).length).toBeGreaterThan(0);
    writeFileSync(join(dir, 'lkjip-lint.config.json'), JSON.stringify({ defaultScale: { name: 'Skala daerah', bands: [{ range: '≥ 60', label: 'Baik' }, { range: '< 60', label: 'Kurang' }] } }));
    expect(predikatRules(await ids())).toEqual([]);
  });
});
