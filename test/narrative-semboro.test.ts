// The narrative rules on the real Semboro 2021 report (hand transcription fixtures/semboro-2021.yaml):
// every finding an Inspektorat reviewer would raise on its prose, and none on the sentences that
// agree with the tables.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRules } from '../src/engine/rules.js';
import { lintModel } from '../src/engine/run.js';
import { display } from '../src/engine/format.js';
import { subjects } from '../src/subjects/narrative.js';
import type { Finding, Subject } from '../src/engine/types.js';
import { loadStructured } from '../src/model/load-structured.js';
import type { Model } from '../src/model/types.js';
import { DEFAULT_SETTINGS } from '../src/engine/settings.js';

const p = 'fixtures/semboro-2021.yaml';
const rules = loadRules().filter((r) => r.category === 'narrative');
let model: Model;
let findings: Finding[];

beforeAll(async () => {
  model = loadStructured(readFileSync(p, 'utf8'), p, 'yaml');
  findings = await lintModel(model, { rules });
});

/** Line in semboro-2021.txt the finding points at. */
const line = (f: Finding) => f.location.source?.line;
const brief = (f: Finding) => ({ rule: f.ruleId, severity: f.severity, line: line(f), expected: f.expected, actual: f.actual });

describe('narrative rules on Semboro 2021', () => {
  it('gives exactly the findings a reviewer would raise', () => {
    expect(unordered(findings.map(brief))).toEqual(unordered([
      // Ikhtisar: "Hasil Survey Kepuasan Masyarakat (SKM) … dengan capaian sasaran adalah B." — realisasi 60,7 is mutu D.
      { rule: 'narrative/skm-mutu', severity: 'error', line: 68, expected: 'D', actual: 'B' },
      // Ikhtisar: "Sasaran 1 … mendapat predikat nilai Baik … capaian tergolong Baik" — 71,41% is Cukup (55–75%).
      { rule: 'narrative/predikat', severity: 'error', line: 87, expected: 'Cukup', actual: 'Baik' },
      // Ikhtisar: "Sasaran 2 … predikat nilai Baik. … dengan capaian Sangat Baik." — 100% is Baik.
      { rule: 'narrative/predikat', severity: 'error', line: 89, expected: 'Baik', actual: 'Sangat Baik' },
      // Ikhtisar: "sebanyak 2 indikator capaian diatas target" — 71,41% and 100%: none above.
      { rule: 'narrative/aggregate-count', severity: 'error', line: 91, expected: '0', actual: '2' },
      // Bab III Sasaran 1: "rata-rata capaian sasaran sebesar 71,4%, sehingga … adalah berhasil."
      { rule: 'narrative/achievement-vague', severity: 'warning', line: 377, expected: 'belum tercapai (capaian 71,41%)', actual: 'berhasil' },
      // Bab IV: "dari 2 indikator sasaran pencapaiannya sebanyak 2 indikator dalam kategori baik" — only one is Baik.
      { rule: 'narrative/aggregate-count', severity: 'error', line: 580, expected: '1', actual: '2' },
      // Musrenbang sub kegiatan: "Realisasi anggaran 80,9%" for 2.300.000 / 2.840.000 = 80,99%.
      { rule: 'narrative/number-truncated', severity: 'info', line: 477, expected: '80,99%', actual: '80,9%' },
      // Pemberdayaan sub kegiatan: "realisasi anggaran 82,3%" for 75.669.000 / 88.730.000 = 85,28%.
      { rule: 'narrative/number-mismatch', severity: 'error', line: 485, expected: '85,28%', actual: '82,3%' },
    ]));
  });

  it('quotes the sentence and points at the paragraph, with the table cells it contradicts', () => {
    const mismatch = findings.find((f) => f.ruleId === 'narrative/number-mismatch')!;
    expect(mismatch.location.pointer).toBe('/subKegiatan/3/penjelasan');
    expect(mismatch.evidence).toBe('Sedangkan untuk realisasi anggaran 82,3%');
    expect(mismatch.message).toContain('85,28%');
    expect(mismatch.related?.[0]).toMatchObject({ location: { pointer: '/subKegiatan/3/rows/0', source: { line: 482 } }, evidence: 'Anggaran | 88.730.000 | 75.669.000 | 82,3%' });

    const sasaran1 = findings.find((f) => f.ruleId === 'narrative/predikat' && line(f) === 87)!;
    expect(sasaran1.location.pointer).toMatch(/^\/paragraphs\/\d+$/);
    expect(sasaran1.evidence).toMatch(/^Sasaran 1 : Meningkatnya Kualitas Pelayanan mendapat predikat nilai Baik/);
    expect(sasaran1.message).toBe('Uraian memberi Sasaran 1 (Meningkatnya kualitas pelayanan) predikat "Baik", padahal rata-rata capaian indikatornya 71,41% termasuk "Cukup" (55 % s/d 75 %) pada skala laporan.');
    expect(sasaran1.related?.map((r) => r.location.pointer)).toEqual(['/pengukuran/0', '/scale/bands/2']);

    const skm = findings.find((f) => f.ruleId === 'narrative/skm-mutu')!;
    expect(skm.related?.[0].location.pointer).toBe('/pengukuran/0');

    const above = findings.find((f) => f.ruleId === 'narrative/aggregate-count' && line(f) === 91)!;
    expect(above.message).toBe('Uraian menyebut 2 indikator di atas target (seluruh indikator laporan), padahal menurut tabel pengukuran kinerja 0 dari 2 indikator di atas target.');
  });

  it('gives one finding per paragraph, subject and word', () => {
    // "predikat nilai Baik … capaian tergolong Baik" in one paragraph about Sasaran 1: one finding.
    expect(findings.filter((f) => f.ruleId === 'narrative/predikat' && line(f) === 87)).toHaveLength(1);
  });
});

describe('sentences that agree with the tables are checked and give nothing', () => {
  const facts = (type: string, at: number) =>
    (subjects[type](model, DEFAULT_SETTINGS) as Subject[])
      .filter((s) => s.loc.source?.line === at)
      .map((s) => Object.fromEntries(Object.entries(s.facts).map(([k, v]) => [k, display(v, 'id')])));

  it('budget figures in the Ikhtisar, Bab III.C and the Penutup', () => {
    expect(facts('narrative-number', 93).map((f) => [f.role, f.stated, f.computed])).toEqual([
      ['budget-total', 'Rp. 3.457.463.874', '3.457.463.874'],
      ['belanja', 'Rp 3.296.978.974', 'Rp. 3.296.978.974'],
      ['belanja', 'Rp. 160.484.900', 'Rp. 160.484.900'],
    ]);
    expect(facts('narrative-number', 95).map((f) => [f.role, f.stated, f.computed])).toEqual([
      ['budget-realisasi', 'Rp 3.148.478.480', '3.148.478.480'],
      ['budget-realisasi-persen', '91,06%', '91,06%'],
    ]);
    expect(facts('narrative-number', 582).map((f) => [f.role, f.stated, f.computed])).toEqual([
      ['budget-realisasi', 'Rp. 3.148.478.480', '3.148.478.480'],
      ['budget-realisasi-persen', '91,06%', '91,06%'],
    ]);
    expect(facts('narrative-number', 512).map((f) => [f.role, f.stated, f.computed])).toEqual([
      ['belanja-proporsi', '95,36%', '95,36%'],
      ['belanja-proporsi', '4,64%', '4,64%'],
    ]);
  });

  it('sub-kegiatan explanations: 99,6%, 99,8%, 100%, and 87,5% as the mean of the outputs', () => {
    expect(facts('narrative-number', 407).map((f) => [f.role, f.stated, f.computed])).toEqual([
      ['subkegiatan-output', '100%', '100,00%'],
      ['subkegiatan-input', '99,6%', '99,60%'],
    ]);
    expect(facts('narrative-number', 467).find((f) => f.role === 'subkegiatan-input')).toMatchObject({ stated: '99,8%', computed: '99,79%' });
    expect(facts('narrative-number', 485).map((f) => [f.role, f.stated, f.computed])).toEqual([
      ['subkegiatan-output-rata', '87,5%', '87,50%'],
      ['subkegiatan-input', '82,3%', '85,28%'],
    ]);
    expect(facts('narrative-number', 496).find((f) => f.role === 'subkegiatan-input')).toMatchObject({ stated: '100%', computed: '100,00%' });
  });

  it('sasaran means (71,4% and 100%) and "berhasil" at 100%', () => {
    expect(facts('narrative-number', 377)[0]).toMatchObject({ role: 'sasaran-rata-rata', stated: '71,4%', computed: '71,41%' });
    expect(facts('narrative-number', 439)[0]).toMatchObject({ role: 'sasaran-rata-rata', stated: '100%', computed: '100,00%' });
    expect(facts('narrative-achievement', 439)[0]).toMatchObject({ stated: 'berhasil', outcome: 'achieved' });
  });

  it('right predikat words: Sasaran 2 "Baik", the Penutup\'s overall "dikategorikan Baik"', () => {
    expect(facts('narrative-predikat', 89).map((f) => [f.stated, f.computed])).toEqual([
      ['Baik', 'Baik'],
      ['Sangat Baik', 'Baik'],
    ]);
    expect(facts('narrative-predikat', 580)).toEqual([expect.objectContaining({ stated: 'Baik', computed: 'Baik', capaian: '85,71%', scopeKind: 'report' })]);
  });

  it('a program\'s allocation ("Program … dengan Anggaran Rp. 24.577.000") is not compared with the total budget', () => {
    // Only with the program's own row, as a share that is no typing slip (many digits differ): no finding.
    const subjects = [560, 562, 568, 569, 570, 572].flatMap((at) => facts('narrative-number', at));
    expect(subjects.length).toBeGreaterThan(0);
    for (const s of subjects) expect(s).toEqual(expect.objectContaining({ figure: 'activity-anggaran', uncertain: 'named-activity' }));
    expect(subjects.filter((s) => s.digitSlip === '1' || s.digitSlip === '2')).toEqual([]);
  });
});

/** Findings in any order: the order itself is tested once, in test/cli.test.ts. */
function unordered<T>(rows: T[]): string[] {
  return rows.map((r) => JSON.stringify(r)).sort();
}
