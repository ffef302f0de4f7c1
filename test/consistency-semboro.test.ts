// The consistency rules on the real Semboro 2021 report (hand transcription): every finding, with
// its severity, expected/actual and place, as an Inspektorat reviewer would expect them.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRules } from '../src/engine/rules.js';
import { lintModel } from '../src/engine/run.js';
import { loadStructured } from '../src/model/load-structured.js';
import type { Finding } from '../src/engine/types.js';

const SKM_B3 = 'Hasil Survey Kepuasan Masyarakat (SKM) pada bidang pelayanan publik';
const REK_B3 =
  'Prosentase rekomendasi hasil bidang pemerintahan, ketertiban, dan keamanan, pemberdayaan masyarakat dan kesejahteraan sosial yang ditindaklanjuti dalam satu tahun';
const APARATUR = 'SKM Aparatur (Survey Kepuasan Aparatur Kecamatan dan Desa terhadap terhadap layanan Kecamatan secara kelembagaan)';

const rules = loadRules().filter((r) => r.category === 'consistency');
const path = 'fixtures/semboro-2021.yaml';
let findings: Finding[];
let english: Finding[];

beforeAll(async () => {
  const model = loadStructured(readFileSync(path, 'utf8'), path, 'yaml');
  findings = await lintModel(model, { rules });
  english = await lintModel(model, { rules, lang: 'en' });
});

/** rule, severity, source line (semboro-2021.txt), expected, actual */
const row = (f: Finding) => [f.ruleId, f.severity, f.location.source?.line, f.expected, f.actual];
const of = (id: string) => findings.filter((f) => f.ruleId === id);

describe('consistency rules on Semboro 2021', () => {
  it('gives exactly these findings', () => {
    expect(unordered(findings.map(row))).toEqual(unordered([
      ['consistency/iku-not-measured', 'error', 303, 'Prosentase Peningkatan Koordinasi kewilayahan dan pemerintahan', '(tidak diukur di Bab III)'],
      ['consistency/iku-not-measured', 'error', 848, 'Prosentase masyarakat yang membutuhkan pelayanan', '(tidak diukur di Bab III)'],
      ['consistency/budget-mismatch', 'error', 752, '24.577.500', '24.577.000'],
      ['consistency/pk-indicator-unmeasured', 'error', 710, APARATUR, '(tidak diukur di Bab III)'],
      ['consistency/pk-indicator-unmeasured', 'error', 712, 'Prosentase Desa Mandiri', '(tidak diukur di Bab III)'],
      ['consistency/measured-not-in-iku', 'warning', 334, '(tidak ada di daftar IKU)', SKM_B3],
      ['consistency/sasaran-not-in-pk', 'warning', 334, '(tidak ada di PK Perubahan)', 'Meningkatnya kualitas pelayanan'],
      ['consistency/target-form', 'warning', 334, 'B', '85'],
      ['consistency/target-form', 'warning', 334, 'B', '85'],
      ['consistency/target-mismatch', 'error', 334, '100%', '85'],
      ['consistency/indicator-not-in-pk', 'error', 335, '(tidak ada di PK Perubahan)', REK_B3],
      ['consistency/measured-not-in-iku', 'warning', 335, '(tidak ada di daftar IKU)', REK_B3],
      ['consistency/sasaran-not-in-pk', 'warning', 335, '(tidak ada di PK Perubahan)', 'Meningkatnya koordinasi pemerintahan dan penyelenggara pemerintahan Desa'],
      ['consistency/target-mismatch', 'error', 335, '100%', '80%'],
      ['consistency/target-form', 'warning', 364, 'B', '85'],
      ['consistency/allocation-budget', 'error', 560, '24.577.500', 'Rp. 24.577.000'],
    ]));
  });

  it('the PK Perubahan is the PK the report is measured against; SKM Publik is matched, and says so', () => {
    const form = of('consistency/target-form');
    const pk = form.find((f) => f.message.includes('di PK Perubahan'))!;
    expect(pk.message).toMatch(/dicocokkan dengan "SKM Publik \(Survey Kepuasan Masyarakat terhadap layanan Kecamatan\)" \(kemiripan 0,\d\d\)/);
    expect(pk.message).toContain('85 berada dalam mutu B = IKM 76,61–88,30');
    expect(pk.related?.[0].location.source?.line).toBe(711);
    expect(pk.related?.[0].evidence).toContain('| B');
    expect(form.map((f) => f.message.match(/ di (PK Perubahan|Renstra \(target 2021(, tahun terakhir)?\))/)?.[1])).toEqual([
      'PK Perubahan',
      'Renstra (target 2021)',
      'Renstra (target 2021, tahun terakhir)',
    ]);
    // SKM Aparatur: the nearest Bab III indicator is already the SKM Publik's.
    expect(of('consistency/pk-indicator-unmeasured')[0].message).toContain('sudah dicocokkan dengan "SKM Publik');
  });

  it('the superseded PK is not compared: no target or budget finding points at it', () => {
    for (const f of findings) {
      for (const loc of [f.location, ...(f.related ?? []).map((r) => r.location)]) {
        expect(loc.pointer ?? '').not.toMatch(/^\/pk\/0\//);
      }
    }
    expect(findings.some((f) => f.ruleId === 'consistency/pk-changed-without-perubahan')).toBe(false);
  });

  it('the RKT mismatches point at both places and name the match', () => {
    const [skm, rek] = of('consistency/target-mismatch');
    expect(skm.location.field).toBe('target');
    expect(skm.related?.[0].location.source?.line).toBe(752);
    expect(skm.message).toContain('di RKT 100%');
    expect(skm.message).toMatch(/dicocokkan dengan "Nilai Sirvey Kepuasan Masyarakat \(SKM\) pada Bidang Pelayanan Publik" \(kemiripan 0,\d\d\)/);
    expect(rek.related?.[0].location.source?.line).toBe(746);
    expect(rek.message).toContain('tertulis 80%, tetapi di RKT 100%');
  });

  it('the RKT budget finding says which amount is which', () => {
    const [f] = of('consistency/budget-mismatch');
    expect(f.message).toContain('di RKT tertulis 24.577.000, sedangkan di tabel anggaran per program (Bab III) 24.577.500');
    expect(f.related?.[0].location.source?.line).toBe(539);
  });

  it('the allocation finding names the nearest budget line', () => {
    const [f] = of('consistency/allocation-budget');
    expect(f.message).toContain('yang paling dekat kegiatan "Kegiatan Penyelenggaraan Urusan Pemerintahan yang tidak Dilaksanakan');
    expect(f.related?.[0].location.source?.line).toBe(539);
  });

  it('the Bab II IKU that the decree annex lacks says so', () => {
    expect(of('consistency/iku-not-measured')[0].message).toContain('tabel IKU Bab II, tidak tercantum di lampiran SK IKU');
  });

  it('the sasaran warnings say how close the nearest sasaran is', () => {
    const [s1, s2] = of('consistency/sasaran-not-in-pk');
    expect(s1.message).toContain('hanya mirip dengan "Meningkatnya kualitas pelayanan aparatur" (kemiripan 0,69)');
    expect(s2.message).toContain('yang paling mirip "Meningkatnya Pemberdayaan Pemerintah Desa." (kemiripan 0,42)');
  });

  it('every message is filled in both languages', () => {
    expect(english).toHaveLength(findings.length);
    for (const f of [...findings, ...english]) expect(f.message).not.toMatch(/\{\w+\}|undefined|\(kosong\)|\(empty\)/);
    expect(english.find((f) => f.ruleId === 'consistency/target-form')!.message).toContain('85 lies within grade B = IKM 76.61–88.30');
  });
});

/** Findings in any order: the order itself is tested once, in test/cli.test.ts. */
function unordered<T>(rows: T[]): string[] {
  return rows.map((r) => JSON.stringify(r)).sort();
}
