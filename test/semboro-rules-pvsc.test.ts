// The period, reference, structure and completeness rules on the real Semboro 2021 report: every
// finding they give, as a reviewer at the Inspektorat would list them, and nothing else.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRules } from '../src/engine/rules.js';
import { lintModel } from '../src/engine/run.js';
import type { Finding } from '../src/engine/types.js';
import { loadStructured } from '../src/model/load-structured.js';

const CATEGORIES = ['period', 'reference', 'structure', 'completeness'];

let findings: Finding[];
let english: Finding[];

beforeAll(async () => {
  const file = 'fixtures/semboro-2021.yaml';
  const model = loadStructured(readFileSync(file, 'utf8'), file, 'yaml');
  const rules = loadRules().filter((r) => CATEGORIES.includes(r.category));
  findings = await lintModel(model, { rules });
  english = await lintModel(model, { rules, lang: 'en' });
});

/** Rule, line in semboro-2021.txt, expected, actual. */
const row = (f: Finding) => [f.ruleId, f.location.source?.line, f.expected, f.actual];

describe('Semboro 2021: period, reference, structure, completeness', () => {
  it('gives exactly the findings a reviewer would give', () => {
    expect(unordered(findings.map(row))).toEqual(unordered([
      ['structure/toc-title-differs', 49, 'A. PENGUKURAN CAPAIAN KINERJA TAHUN 2021', 'A. PENGUKURAN PENCAPAIAN KINERJA TAHUN 2021'],
      ['completeness/template-residue', 58, undefined, '(jika ada)'],
      ['period/wrong-year', 76, '2021', '2020'],
      ['period/wrong-year', 76, '2021', '2020'],
      ['period/wrong-year', 85, '2021', '2020'],
      ['completeness/template-residue', 212, undefined, 'yang ke...'],
      ['period/wrong-year', 234, '2021', '2020'],
      ['completeness/template-residue', 259, undefined, 'sebanyak kegiatan yaitu'],
      ['period/wrong-year', 259, '2021', '2012'],
      ['completeness/template-residue', 337, undefined, '(diisi sasaran strategis OPD yang ada didalam PK tahun 2021)'],
      ['reference/regulation-year', 788, '2014', '2015'],
      ['structure/table-reference-missing', 78, undefined, '4.1'],
      ['structure/table-number-reused', 411, '3.5', '3.2'],
      ['structure/table-number-reused', 421, '3.6', '3.3'],
      ['structure/table-number-reused', 430, '3.7', '3.4'],
      ['period/signed-before-year-end', 24, 'Januari–Februari 2022', 'Januari 2021'],
      ['completeness/signing-undated', 626, undefined, undefined],
      ['reference/signatory-variant', 632, 'Ir. H. HENDY SISWANTO, ST, IPU', 'HENDY S.'],
      ['reference/signatory-variant', 728, 'Ir. OKTO HARYANTO', 'Okto HARYANTO'],
      ['completeness/empty-cell', 820, undefined, '(kosong)'],
      ['reference/letterhead-variant', 617, '(0336) 441911', '(0331) 441911'],
      ['structure/diktum-sequence', 812, 'KELIMA', 'KEENAM'],
      ['completeness/sasaran-analysis', 334, 'efisiensi penggunaan sumber daya', undefined],
      ['completeness/sasaran-analysis', 335, 'efisiensi penggunaan sumber daya', undefined],
      // The sample holds no Pernyataan Telah Direviu: an info note.
      ['completeness/missing-reviu-statement', 5, 'pernyataan-reviu', undefined],
    ]));
  });

  it('quotes the wrong years in the Ikhtisar, Bab II and the RKT section', () => {
    const messages = findings.filter((f) => f.ruleId === 'period/wrong-year').map((f) => f.message);
    expect(messages).toEqual([
      '"Laporan Kinerja Kecamatan Semboro tahun 2020" menyebut tahun 2020, padahal laporan ini untuk tahun 2021.',
      '"Perjanjian Kinerja Kecamatan Semboro Tahun 2020" menyebut tahun 2020, padahal laporan ini untuk tahun 2021.',
      '"Capaian Kinerja sasaran tahun 2020" menyebut tahun 2020, padahal laporan ini untuk tahun 2021.',
      '"Tahun Anggaran 2020" menyebut tahun 2020, padahal laporan ini untuk tahun 2021.',
      '"jangka waktu tahun 2012" menyebut tahun 2012, padahal laporan ini untuk tahun 2021.',
    ]);
    for (const f of findings.filter((x) => x.ruleId === 'period/wrong-year')) expect(f.evidence).toContain(f.actual);
  });

  it('flags the Kata Pengantar dated inside the reporting year as an error', () => {
    const f = findings.find((x) => x.ruleId === 'period/signed-before-year-end')!;
    expect(f.severity).toBe('error');
    expect(f.message).toContain('Januari 2021');
  });

  it('names the right year of PermenPAN-RB 53 and points at the citations that have it', () => {
    const f = findings.find((x) => x.ruleId === 'reference/regulation-year')!;
    expect(f.severity).toBe('error');
    expect(f.evidence).toMatch(/Nomor 53 Tahun 2015/);
    expect(f.related?.map((r) => r.location.source?.line)).toEqual([18, 76, 341]);
  });

  it('lists every way the two signatories are written, and where', () => {
    const [hendy, okto] = findings.filter((x) => x.ruleId === 'reference/signatory-variant');
    expect(hendy.message).toContain('"Ir. H. HENDY SISWANTO, ST, IPU"');
    expect(hendy.message).toContain('"Dr. H. HENDY SISWANTO, ST, IPU"');
    expect(hendy.message).toContain('"HENDY S." (Perjanjian Kinerja)');
    expect(hendy.related?.map((r) => r.location.source?.line)).toEqual([689, 723]);
    expect(okto.related?.map((r) => r.location.source?.line)).toEqual([25, 609, 695, 756]);
    // The acting camat of the first PK is another person, not a variant.
    expect(findings.some((x) => x.message.includes('ARYANTOADI'))).toBe(false);
  });

  it('counts agree with their lists and tables (no count finding)', () => {
    expect(findings.filter((f) => f.ruleId.startsWith('structure/count'))).toEqual([]);
  });

  it('finds every mandatory part of the outline (no missing-section finding)', () => {
    // The review statement is no part of the outline (see above for its note).
    expect(findings.filter((f) => f.ruleId.startsWith('completeness/missing') && f.ruleId !== 'completeness/missing-reviu-statement')).toEqual([]);
  });

  it('keeps subjects stable and messages translated', () => {
    expect(new Set(findings.map((f) => `${f.ruleId} ${f.subject}`)).size).toBe(findings.length);
    const place = (f: Finding) => [f.ruleId, f.location.source?.line, f.subject];
    expect(english.map(place)).toEqual(findings.map(place));
    for (const f of english) expect(f.message).not.toMatch(/\{\w+\}/);
    for (const f of findings) expect(f.message).not.toMatch(/\{\w+\}/);
  });
});

/** Findings in any order: the order itself is tested once, in test/cli.test.ts. */
function unordered<T>(rows: T[]): string[] {
  return rows.map((r) => JSON.stringify(r)).sort();
}
