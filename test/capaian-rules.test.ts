// The capaian and rating rules beyond their own examples: precision, formulas the report leaves
// open, cross-table polarity, where the default scale must stay quiet, and message hygiene.
import { describe, expect, it } from 'vitest';
import { loadRules } from '../src/engine/rules.js';
import { lintModel } from '../src/engine/run.js';
import { loadStructured } from '../src/model/load-structured.js';

const mine = loadRules().filter((r) => r.category === 'capaian' || r.category === 'rating');

function modelOf(report: Record<string, unknown>) {
  return loadStructured(JSON.stringify({ meta: { tahun: 2021 }, ...report }), 'r.json', 'json');
}

async function lint(report: Record<string, unknown>, lang: 'id' | 'en' = 'id') {
  return lintModel(modelOf(report), { rules: mine, lang });
}

const ids = async (report: Record<string, unknown>) => (await lint(report)).map((f) => f.ruleId);

const row = (indikator: string, target: string, realisasi: string, capaian?: string, extra: Record<string, unknown> = {}) => ({
  sasaran: 'Sasaran A',
  indikator,
  target,
  realisasi,
  ...(capaian !== undefined ? { capaian } : {}),
  ...extra,
});
const SCALE = {
  bands: [
    { no: '1', range: '> 100 %', label: 'Sangat Baik' },
    { no: '2', range: '76 ≤ x ≤ 100', label: 'Baik' },
    { no: '3', range: '55 ≤ x < 76', label: 'Cukup' },
    { no: '4', range: '< 55 %', label: 'Kurang' },
  ],
};

describe('capaian precision', () => {
  it('a capaian printed without decimals stands for ±0,5', async () => {
    expect(await ids({ scale: SCALE, pengukuran: [row('Persentase A', '85', '60,7', '71%')] })).toEqual([]);
    expect(await ids({ scale: SCALE, pengukuran: [row('Persentase A', '85', '60,7', '72%')] })).toEqual(['capaian/formula']);
  });
  it('a truncated capaian is info, not an error', async () => {
    expect(await ids({ scale: SCALE, pengukuran: [row('Persentase A', '85', '60,7', '71,41%')] })).toEqual([]);
    expect(await ids({ scale: SCALE, pengukuran: [row('Persentase A', '3', '2', '66,6%')] })).toEqual(['capaian/truncated']);
  });
  it('a truncated value of the other polarity still counts as following it', async () => {
    // (2 × 85 − 60,7) ÷ 85 = 128,588…; 128,58 is it cut off.
    expect(await ids({ scale: SCALE, pengukuran: [row('Rasio A', '85', '60,7', '128,58%')] })).toEqual(['capaian/polarity']);
  });
});

describe('polarity and formula declarations', () => {
  it('declared positive: the other polarity is no excuse', async () => {
    expect(await ids({ scale: SCALE, pengukuran: [row('Rasio A', '10', '8', '120%', { polarity: 'positive' })] })).toEqual(['capaian/formula']);
  });
  it('declared negative with a declared formula: the other variant is no excuse', async () => {
    const formulas = { negative: 'Capaian = (Target - (Realisasi - Target)) / Target x 100' };
    expect(await ids({ scale: SCALE, formulas, pengukuran: [row('Jumlah aduan', '10', '8', '125%', { polarity: 'negative' })] })).toEqual(['capaian/formula']);
  });
  it('the error names the undeclared negative formula when neither variant fits', async () => {
    const [f] = await lint({ scale: SCALE, pengukuran: [row('Jumlah aduan', '10', '8', '110%', { polarity: 'negative' })] });
    expect(f.ruleId).toBe('capaian/formula');
    expect(f.message).toContain('laporan tidak menyatakan rumus polaritas negatif, dan rumus target ÷ realisasi × 100 memberi 125,00%');
  });
  it('the Renstra progress table takes the polarity declared in the measurement table', async () => {
    const report = (kemajuan: string) => ({
      scale: SCALE,
      pengukuran: [row('Jumlah aduan pelayanan', '10', '8', '120%', { polarity: 'negative' })],
      kemajuanRenstra: [{ indikator: 'Jumlah Aduan Pelayanan', targetAkhir: '10', realisasi: '8', kemajuan }],
    });
    expect(await ids(report('120%'))).toEqual([]);
    expect(await ids(report('80%'))).toEqual(['capaian/kemajuan-renstra']);
  });
  it('capping at 120 is a warning', async () => {
    expect(await ids({ scale: SCALE, pengukuran: [row('Persentase A', '50', '80', '120%')] })).toEqual(['capaian/capped']);
  });
});

describe('letter targets', () => {
  it('realisasi printed with its mutu is converted from its number', async () => {
    const found = await lint({ scale: SCALE, pengukuran: [row('Indeks Kepuasan Masyarakat', 'B', 'B (82,5)', '100%')] });
    expect(found).toEqual([]);
  });
  it('an AKIP letter target is not converted with the SKM table', async () => {
    expect(await ids({ scale: SCALE, pengukuran: [row('Nilai SAKIP', 'B', '65,2', '100%')] })).toEqual(['capaian/not-numeric']);
  });
  it('the SKM mutu check leaves other letter grades alone', async () => {
    expect(await ids({ riwayat: [{ indikator: 'Nilai SAKIP', values: { '2021': '65,2 (B)' } }] })).toEqual([]);
  });
});

describe('values that are missing', () => {
  it('no finding for a column the table does not have', async () => {
    expect(await ids({ scale: SCALE, pengukuran: [{ sasaran: 'S', indikator: 'Persentase A', target: '80%' }] })).toEqual([]);
  });
});

describe('predikat', () => {
  it('a predikat that fits the computed capaian is not blamed for a wrong capaian', async () => {
    // 60 ÷ 80 = 75% (Cukup); the table prints 80% (Baik) and Cukup: the capaian is the error.
    expect(await ids({ scale: SCALE, pengukuran: [row('Persentase A', '80', '60', '80%', { predikat: 'Cukup' })] })).toEqual(['capaian/formula']);
  });
  it('predikat words are compared without case', async () => {
    expect(await ids({ scale: SCALE, pengukuran: [row('Persentase A', '80', '60', '75%', { predikat: 'CUKUP' })] })).toEqual([]);
  });
  it('the default scale: its gaps only matter where a predikat is printed', async () => {
    expect(await ids({ pengukuran: [row('Persentase A', '100', '90,5', '90,5%')] })).toEqual(['rating/default-scale']);
    expect(await ids({ pengukuran: [row('Persentase A', '100', '90,5', '90,5%', { predikat: 'Tinggi' })] })).toEqual([
      'rating/default-scale',
      'rating/predikat-gap',
    ]);
  });
  it('the default scale is never itself reported for gaps or a missing top', async () => {
    const found = await ids({ pengukuran: [row('Persentase A', '100', '80', '80%', { predikat: 'Tinggi' })] });
    expect(found).toEqual(['rating/default-scale']);
  });
});

describe('messages', () => {
  // Examples read through a reader (`document`) are run by test/rules.test.ts.
  const invalid = mine.flatMap((r) => r.examples.invalid.flatMap((e, i) => (e.report ? [[`${r.id} #${i + 1}`, r, e] as const] : [])));
  it.each(invalid)('%s: every placeholder filled, in both languages', async (_name, rule, example) => {
    for (const lang of ['id', 'en'] as const) {
      const found = await lintModel(modelOf(example.report), { rules: [rule], lang });
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) {
        expect(f.message).not.toMatch(/\{\w+\}|undefined|\[object Object\]|NaN/);
        expect(f.evidence.length).toBeGreaterThan(0);
        expect(f.location.pointer).toBeDefined();
      }
    }
  });
});
