// A short, fixed-seed run of the mutation fuzzer (scripts/fuzz.ts, `npm run fuzz` for the long
// one): every mutant of the fixtures must end in findings or a clean InputError, within the limit.
import { beforeAll, describe, expect, it } from 'vitest';
import { fuzz, loadSeeds, makeMutant, runCase, summaryLine, surfaceSeeds, type CaseResult, type Seed } from '../scripts/fuzz.js';

describe('fuzz smoke run', () => {
  const seeds: Seed[] = loadSeeds(undefined, { bigPdfs: false });
  beforeAll(async () => {
    seeds.push(...(await surfaceSeeds()));
  }, 60_000);

  it('mutants are a pure function of (seed, case number)', () => {
    for (const i of [0, 1, 17, 4711]) {
      const a = makeMutant(seeds, 99, i);
      const b = makeMutant(seeds, 99, i);
      expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
      expect(a.ops).toEqual(b.ops);
    }
    expect(Buffer.from(makeMutant(seeds, 99, 1).bytes).equals(Buffer.from(makeMutant(seeds, 100, 1).bytes))).toBe(false);
  });

  it('cases cover cache entries and configurations as well as documents; document cases keep their numbers', () => {
    const kinds = new Set(Array.from({ length: 100 }, (_, i) => makeMutant(seeds, 7, i).kind));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['cache', 'config', 'markdown', 'pdf', 'text', 'yaml']));
    const documents = seeds.filter((s) => s.kind !== 'cache' && s.kind !== 'config');
    for (let i = 0; i < 100; i++) {
      const m = makeMutant(seeds, 7, i);
      if (m.kind !== 'cache' && m.kind !== 'config') expect(m.ops).toEqual(makeMutant(documents, 7, i).ops);
    }
  });

  it('making a mutant always ends: case 5173 of seed 1 (a page object duplicated) looped for ever choosing pages', () => {
    const withBig = loadSeeds(undefined, { bigPdfs: true });
    const m = makeMutant(withBig, 1, 5173);
    expect(m.seed).toBe('corpus/synthetic/no-text-layer.pdf');
    expect(m.ops[2]).toMatch(/^duplicate 245 bytes/);
  });

  it('a rating-scale row without a number no longer throws (cases 1395 and 1517 of seed 1, a text and a Markdown excerpt)', async () => {
    const withBig = loadSeeds(undefined, { bigPdfs: true });
    for (const index of [1395, 1517]) {
      const r = await runCase(makeMutant(withBig, 1, index));
      expect(r.outcome, `${index}: ${r.message}`).not.toBe('uncaught');
    }
  }, 60_000);

  it('40 cases: no uncaught exception, no time-out', async () => {
    const failures: CaseResult[] = [];
    const summary = await fuzz({ seed: 7, cases: 40, seeds, timeoutMs: 10_000, onResult: (r) => r.outcome !== 'ok' && r.outcome !== 'input-error' && failures.push(r) });
    const detail = failures.map((r) => `case ${r.index} ${r.outcome} (${r.seed}; ${r.ops.join(' | ')}): ${r.stack ?? r.message}`).join('\n\n');
    expect(summary.uncaught, detail).toBe(0);
    expect(summary.timeouts, detail).toBe(0);
    expect(summary.cases).toBe(40);
    // Not degenerate: some mutants are refused, some are linted.
    expect(summary.inputErrors).toBeGreaterThan(0);
    expect(summary.inputErrors).toBeLessThan(40);
    console.log(summaryLine(summary));
  }, 120_000);
});
