// Consistency rules beyond the Semboro report: target comparison by form, the choice of the latest
// PK, uncertain matches, repeated budget lines and allocations against the pagu.
import { describe, expect, it } from 'vitest';
import { loadRules } from '../src/engine/rules.js';
import { lintModel } from '../src/engine/run.js';
import { compareTargets } from '../src/domain/targets.js';
import { latestPk, subjects } from '../src/subjects/consistency.js';
import { loadStructured } from '../src/model/load-structured.js';
import { parseNumber } from '../src/model/number-id.js';
import type { Val } from '../src/model/types.js';
import { DEFAULT_SETTINGS } from '../src/engine/settings.js';

const rules = loadRules().filter((r) => r.category === 'consistency');
const modelOf = (report: Record<string, unknown>) => loadStructured(JSON.stringify({ meta: { tahun: 2021 }, ...report }, null, 1), 'edge.json', 'json');
const lint = async (report: Record<string, unknown>) => (await lintModel(modelOf(report), { rules })).map((f) => [f.ruleId, f.severity, f.expected, f.actual]);
const v = (s: string): Val => ({ ...parseNumber(s), loc: { file: 'x' } });

describe('compareTargets', () => {
  it('numbers by value and precision, units aside', () => {
    expect(compareTargets(v('80'), v('80%')).result).toBe('agree');
    expect(compareTargets(v('80,0%'), v('80')).result).toBe('agree');
    expect(compareTargets(v('80%'), v('100%')).result).toBe('differ');
  });

  it('a number inside the letter\'s IKM interval is the same target in another form', () => {
    const c = compareTargets(v('85'), v('B'));
    expect(c.result).toBe('form');
    expect(c.skm).toEqual({ letter: 'B', band: { min: 76.61, max: 88.3 }, number: '85', ikm: 85, converted: false, mutu: 'B' });
    expect(compareTargets(v('B'), v('76,61')).result).toBe('form');
    expect(compareTargets(v('B'), v('88,30')).result).toBe('form');
  });

  it('a nilai interval (1–4) is converted first', () => {
    const c = compareTargets(v('3,2'), v('B'));
    expect(c.result).toBe('form');
    expect(c.skm).toMatchObject({ number: '3,2', ikm: 80, converted: true, mutu: 'B' });
  });

  it('a number outside the interval differs, and the detail says which mutu it is', () => {
    const c = compareTargets(v('100%'), v('B'));
    expect(c.result).toBe('differ');
    expect(c.skm).toMatchObject({ letter: 'B', number: '100%', mutu: 'A' });
    const notSkm = compareTargets(v('10'), v('B'));
    expect(notSkm.result).toBe('differ');
    expect(notSkm.skm?.ikm).toBeUndefined();
  });

  it('letters, ranges, and what cannot be compared', () => {
    expect(compareTargets(v('B'), v('B')).result).toBe('agree');
    expect(compareTargets(v('B'), v('A')).result).toBe('differ');
    expect(compareTargets(v('80 - 90'), v('80–90')).result).toBe('agree');
    expect(compareTargets(v('80 - 90'), v('85')).result).toBe('differ');
    expect(compareTargets(v('-'), v('85')).result).toBe('skip');
    expect(compareTargets(v('n/a'), v('B')).result).toBe('skip');
    expect(compareTargets(undefined, v('B')).result).toBe('skip');
  });
});

describe('latest PK', () => {
  it('is the PK Perubahan wherever it is listed, else the last PK', () => {
    const m = modelOf({ pk: [{ kind: 'pk-perubahan', title: 'P' }, { kind: 'pk', title: 'A' }] });
    expect(latestPk(m)?.title).toBe('P');
    expect(latestPk(modelOf({ pk: [{ kind: 'pk', title: 'A' }, { kind: 'pk', title: 'B' }] }))?.title).toBe('B');
    expect(latestPk(modelOf({}))).toBeUndefined();
  });

  it('a PK-only report is measured against that PK, targets included', async () => {
    const report = {
      pk: [{ kind: 'pk', sasaran: [{ text: 'Meningkatnya kualitas pelayanan', indikator: [{ text: 'Nilai SKM', target: 'A' }] }] }],
      pengukuran: [{ sasaran: 'Meningkatnya kualitas pelayanan', indikator: 'Nilai SKM', target: '85', realisasi: '80' }],
    };
    expect(await lint(report)).toEqual([['consistency/target-mismatch', 'error', 'A', '85']]);
  });
});

describe('uncertain matches are warnings', () => {
  it('a near miss: neither unmeasured nor not-in-PK errors, one warning', async () => {
    const report = {
      pk: [{ kind: 'pk', sasaran: [{ text: 'Meningkatnya pelayanan', indikator: [{ text: 'Persentase desa mandiri', target: '50%' }] }] }],
      pengukuran: [{ sasaran: 'Meningkatnya pelayanan', indikator: 'Persentase desa berkembang', target: '50%', realisasi: '40%' }],
    };
    const got = await lint(report);
    expect(got).toEqual([['consistency/indicator-match-uncertain', 'warning', 'Persentase desa mandiri', 'Persentase desa berkembang']]);
  });

  it('no PK, no IKU, no Renstra: nothing to compare, no finding', async () => {
    expect(await lint({ pengukuran: [{ sasaran: 'S', indikator: 'Nilai SKM', target: '85', realisasi: '80' }] })).toEqual([]);
  });

  it('no measurement table: the PK\'s indicators are not reported as unmeasured here', async () => {
    expect(await lint({ pk: [{ kind: 'pk', sasaran: [{ text: 'S', indikator: [{ text: 'Nilai SKM', target: 'B' }] }] }] })).toEqual([]);
  });

  it('an IKU list from Bab II alone is the IKU list', async () => {
    const report = {
      iku: [{ source: 'bab2', items: [{ indikator: 'Persentase desa mandiri' }] }],
      pengukuran: [{ sasaran: 'S', indikator: 'Nilai SKM', target: '85', realisasi: '80' }],
    };
    const got = await lint(report);
    expect(got).toContainEqual(['consistency/iku-not-measured', 'error', 'Persentase desa mandiri', '(tidak diukur di Bab III)']);
    const f = (await lintModel(modelOf(report), { rules })).find((x) => x.ruleId === 'consistency/iku-not-measured')!;
    expect(f.message).toContain('(tabel IKU Bab II; sasaran');
  });
});

describe('budgets', () => {
  const anggaran = {
    rows: [
      { level: 'program', name: 'Program A', anggaran: '300.000' },
      { level: 'kegiatan', name: 'Kegiatan A1', anggaran: '100.000' },
      { level: 'kegiatan', name: 'Kegiatan A2', anggaran: '200.000' },
    ],
    total: { anggaran: '300.000' },
  };

  it('an RKT program listed under two sasaran is summed', async () => {
    const rkt = {
      sasaran: [
        { text: 'S1', programs: [{ name: 'Program A', anggaran: '100.000' }] },
        { text: 'S2', programs: [{ name: 'Program A', anggaran: '200.000' }] },
      ],
    };
    expect(await lint({ rkt, anggaran })).toEqual([]);
    const wrong = { sasaran: [rkt.sasaran[0], { text: 'S2', programs: [{ name: 'Program A', anggaran: '250.000' }] }] };
    expect(await lint({ rkt: wrong, anggaran })).toEqual([['consistency/budget-mismatch', 'error', '300.000', 'Rp 350.000']]);
  });

  it('an RKT kegiatan is looked for under its own program', async () => {
    const table = {
      rows: [
        { level: 'program', name: 'Program A', anggaran: '100.000' },
        { level: 'kegiatan', name: 'Kegiatan Koordinasi', anggaran: '100.000' },
        { level: 'program', name: 'Program B', anggaran: '50.000' },
        { level: 'kegiatan', name: 'Kegiatan Koordinasi', anggaran: '50.000' },
      ],
    };
    const rkt = { sasaran: [{ text: 'S', programs: [{ name: 'Program B', kegiatan: [{ name: 'Kegiatan Koordinasi', anggaran: '50.000' }] }] }] };
    expect(await lint({ rkt, anggaran: table })).toEqual([]);
  });

  it('the same line allocated twice: duplicate and program excess', async () => {
    const alokasi = [
      { sasaran: 1, items: [{ name: 'Program A', anggaran: '200.000' }] },
      { sasaran: 2, items: [{ name: 'Program A', anggaran: '200.000' }] },
    ];
    const got = await lint({ anggaran, alokasi });
    // The program's excess is reported; the pagu's, which it explains, is not reported again.
    expect(got).toEqual([
      ['consistency/allocation-over-pagu', 'error', '300.000', 'Rp 400.000'],
      ['consistency/allocation-duplicate', 'warning', '200.000', 'Rp 400.000'],
    ]);
  });

  it('an allocation naming no known program is checked against every budget line', async () => {
    const got = await lint({ anggaran, alokasi: [{ sasaran: 1, items: [{ name: 'Belanja lain-lain', anggaran: '150.000' }] }] });
    expect(got).toEqual([['consistency/allocation-budget', 'error', '100.000', '150.000']]);
  });

  it('providers give nothing without a budget table', () => {
    const m = modelOf({ alokasi: [{ sasaran: 1, items: [{ name: 'Program A', anggaran: '1' }] }], rkt: { sasaran: [{ text: 'S', programs: [{ name: 'P', anggaran: '1' }] }] } });
    expect(subjects['budget-pair'](m, DEFAULT_SETTINGS)).toEqual([]);
    expect(subjects['allocation-item'](m, DEFAULT_SETTINGS)).toEqual([]);
  });
});
