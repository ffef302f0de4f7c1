// The Core issue's "done when": what a reviewer must be told about the Semboro 2021 sample.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintModel } from '../src/engine/run.js';
import type { Finding } from '../src/engine/types.js';
import { loadStructured } from '../src/model/load-structured.js';

const FILE = 'fixtures/semboro-2021.yaml';
let findings: Finding[];

beforeAll(async () => {
  findings = await lintModel(loadStructured(readFileSync(FILE, 'utf8'), FILE, 'yaml'));
});

const of = (ruleId: string) => findings.filter((f) => f.ruleId === ruleId);

describe('Semboro 2021 (structured fixture)', () => {
  it('82,3% stated vs 85,28% computed for the pemberdayaan sub kegiatan', () => {
    const f = of('arithmetic/percentage').find((x) => x.actual === '82,3%');
    expect(f).toMatchObject({ severity: 'error', expected: '85,28%' });
    expect(f!.message).toContain('Pemberdayaan Masyarakat');
    expect(f!.location.source?.line).toBe(482);
  });

  it('capaian 71,4% called Baik while the report\'s own scale says Cukup', () => {
    const f = of('narrative/predikat').find((x) => x.actual === 'Baik');
    expect(f).toMatchObject({ severity: 'error', expected: 'Cukup' });
    expect(f!.message).toMatch(/71,4\d?%/);
  });

  it('the 75%–76% gap in the scale', () => {
    const f = of('rating/scale-gap');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('75 < x < 76');
  });

  it('the SKM target given as B, 85 and 100% in different documents', () => {
    const skm = findings.filter((x) => x.ruleId.startsWith('consistency/target') && x.message.includes('Kepuasan Masyarakat'));
    const printed = new Set(skm.flatMap((x) => [x.expected, x.actual]));
    for (const v of ['B', '85', '100%']) expect([...printed].some((p) => p?.includes(v)), v).toBe(true);
    expect(skm.some((x) => x.ruleId === 'consistency/target-mismatch' && x.severity === 'error')).toBe(true);
  });

  it('Rp 24.577.000 vs 24.577.500', () => {
    const budget = [...of('consistency/budget-mismatch'), ...of('consistency/allocation-budget')];
    expect(budget.length).toBeGreaterThanOrEqual(2);
    for (const f of budget) {
      expect(f.expected).toContain('24.577.500');
      expect(f.actual).toContain('24.577.000');
    }
  });

  it('the Kata Pengantar dated Januari 2021', () => {
    const f = of('period/signed-before-year-end');
    expect(f).toHaveLength(1);
    expect(f[0].actual).toContain('Januari 2021');
    expect(f[0].severity).toBe('error');
  });

  it('"Nomor 53 Tahun 2015" beside 53 Tahun 2014', () => {
    const f = of('reference/regulation-year');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ expected: expect.stringContaining('2014'), actual: expect.stringContaining('2015'), severity: 'error' });
  });

  it('the decree diktum without KELIMA', () => {
    const f = of('structure/diktum-sequence');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ expected: 'KELIMA', actual: 'KEENAM' });
  });

  it('is deterministic and in document order', async () => {
    const again = await lintModel(loadStructured(readFileSync(FILE, 'utf8'), FILE, 'yaml'));
    expect(again).toEqual(findings);
    const lines = findings.map((f) => f.location.source?.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('every finding names its rule, category, severity, message, location and evidence', () => {
    for (const f of findings) {
      expect(f.ruleId).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.location.file).toBe(FILE);
      expect(f.evidence.length, f.ruleId).toBeGreaterThan(0);
    }
  });
});
