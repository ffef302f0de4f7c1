// The capaian and rating rules on the real Semboro 2021 report (hand transcription): what an
// Inspektorat reviewer would flag — the 75–76 gap and the duplicated "2." of its rating scale —
// and nothing else: its capaian, output and Renstra-progress figures all recompute.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRules } from '../src/engine/rules.js';
import { lintModel } from '../src/engine/run.js';
import { agree } from '../src/domain/quantity.js';
import { results } from '../src/subjects/results.js';
import { subjects as arithmetic } from '../src/subjects/arithmetic.js';
import { loadStructured } from '../src/model/load-structured.js';
import type { Finding } from '../src/engine/types.js';
import type { Model } from '../src/model/types.js';

const p = 'fixtures/semboro-2021.yaml';
let model: Model;
let findings: Finding[];

beforeAll(async () => {
  model = loadStructured(readFileSync(p, 'utf8'), p, 'yaml');
  const rules = loadRules().filter((r) => r.category === 'capaian' || r.category === 'rating');
  findings = await lintModel(model, { rules });
});

describe('Semboro 2021: capaian and rating', () => {
  it('gives exactly the scale gap and the scale numbering', () => {
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['rating/scale-numbering', 'warning'],
      ['rating/scale-gap', 'warning'],
    ]);
  });

  it('the gap 75–76 between CUKUP and BAIK, at the BAIK row of the scale', () => {
    const gap = findings.find((f) => f.ruleId === 'rating/scale-gap')!;
    expect(gap.message).toBe(
      'Skala penilaian tidak mencakup 75 < x < 76 di antara CUKUP (55 % s/d 75 %) dan BAIK (76 % s/d 100 %): capaian seperti 75,5% tidak mempunyai predikat. Rapatkan batasnya, atau nyatakan bahwa capaian dibulatkan ke bilangan bulat.',
    );
    expect(gap.location).toMatchObject({ pointer: '/scale/bands/1', source: { line: 323 } });
    expect(gap.related?.[0].location).toMatchObject({ pointer: '/scale/bands/2', source: { line: 324 } });
    expect(gap.evidence).toBe('2. | 76 % s/d 100 % | BAIK / 2. | 55 % s/d 75 % | CUKUP');
    expect([gap.expected, gap.actual]).toEqual(['tanpa celah', '75 < x < 76']);
  });

  it('the duplicated "2."', () => {
    const numbering = findings.find((f) => f.ruleId === 'rating/scale-numbering')!;
    expect(numbering.message).toBe('Penomoran skala penilaian (1., 2., 2., 3.) tidak urut: nomor 2. dipakai lebih dari sekali. Seharusnya (1., 2., 3., 4.).');
    expect(numbering.location).toMatchObject({ pointer: '/scale', source: { line: 321 } });
  });

  it('no predikat finding: the measurement table has no predikat column', () => {
    expect(findings.filter((f) => f.ruleId.startsWith('rating/predikat'))).toEqual([]);
    expect(model.pengukuran?.every((r) => r.predikat === undefined)).toBe(true);
  });

  it('capaian 71,4% = 60,7 ÷ 85 and 100% = 80% ÷ 80% agree', () => {
    const { indicators, sasaran } = results(model);
    expect(indicators.map((i) => [i.polarity, i.polarityDeclared])).toEqual([
      ['positive', false],
      ['positive', false],
    ]);
    expect(indicators[0].computed.value).toBeCloseTo(71.41, 2);
    expect(indicators[1].computed.value).toBe(100);
    expect(indicators.map((i) => i.band?.label)).toEqual(['CUKUP', 'BAIK']);
    expect(sasaran.map((s) => s.average)).toEqual([indicators[0].computed.value, 100]);
    expect(findings.filter((f) => f.ruleId.startsWith('capaian/'))).toEqual([]);
  });

  it('every sub-kegiatan output row agrees (PKK 9 ÷ 12 = 75%, HBN 0 ÷ 1 = 0)', () => {
    const outputs = arithmetic.percentage(model).filter((s) => s.facts.kind === 'subkegiatan-output');
    expect(outputs).toHaveLength(8);
    for (const o of outputs) expect(agree(o.facts.stated, o.facts.computed), String(o.facts.label)).toBe(true);
    const pkk = outputs.find((s) => String(s.facts.label).endsWith('Jumlah pertemuan rutin PKK'))!;
    expect(pkk.facts.computed).toMatchObject({ value: 75 });
    const hbn = outputs.find((s) => String(s.facts.label).endsWith('Pelaksanaan HBN'))!;
    expect(hbn.facts.computed).toMatchObject({ value: 0 });
    expect(findings.filter((f) => f.ruleId === 'capaian/output-capaian')).toEqual([]);
  });

  it('in English', async () => {
    const rules = loadRules().filter((r) => r.id === 'rating/scale-gap');
    const [gap] = await lintModel(model, { rules, lang: 'en' });
    expect(gap.message).toBe(
      'The rating scale does not cover 75 < x < 76 between CUKUP (55 % s/d 75 %) and BAIK (76 % s/d 100 %): a capaian such as 75.5% has no predikat. Make the bounds meet, or state that capaian are rounded to whole numbers.',
    );
  });
});
