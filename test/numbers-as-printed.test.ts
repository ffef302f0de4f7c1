// Numbers as real reports print them, read through the whole pipeline (Markdown reader,
// understanding, model, rules): units, qualifiers, footnote marks and Rupiah without cents are
// read and checked; a malformed number is one warning; nothing the tool could not read becomes a
// warning or an error about the report.
import { describe, expect, it } from 'vitest';
import { lintModel } from '../src/engine/run.js';
import type { Finding } from '../src/engine/types.js';
import { readBytes } from '../src/ingest/index.js';

function report(capaianUmkm: string, anggaranB: string, jumlah = '618.309.200,- | 590.000.000,- | 95,42%'): string {
  return `# LAPORAN KINERJA DINAS CONTOH TAHUN 2021

## BAB III AKUNTABILITAS KINERJA

### A. Capaian Kinerja

Tabel 3.1 Pengukuran Kinerja

| No | Sasaran | Indikator Kinerja | Target | Realisasi | Capaian |
|---|---|---|---|---|---|
| 1 | Meningkatnya pelayanan | Jumlah laporan yang disusun | 12 laporan | 12 laporan | 100% |
| 2 | Meningkatnya pelayanan | Jumlah aduan yang ditangani | 1.100 aduan | 1.150 aduan | 104,55% |
| 3 | Meningkatnya pelayanan | Nilai Survei Kepuasan Masyarakat (SKM) | 80 | 82,45 (mutu B) | 103,06% |
| 4 | Meningkatnya usaha | Jumlah UMKM yang dibina | 150 | 150* | ${capaianUmkm} |

\\* angka sementara

### B. Realisasi Anggaran

Tabel 3.2 Realisasi Anggaran per Program

| No | Program | Anggaran (Rp) | Realisasi (Rp) | % |
|---|---|---|---|---|
| 1 | Program Penunjang Urusan Pemerintahan | 518.309.200,- | 500.000.000,- | 96,47% |
| 2 | Program Pelayanan Publik | ${anggaranB} | 90.000.000,- | 90,00% |
| | Jumlah | ${jumlah} |
`;
}

async function lint(text: string): Promise<Finding[]> {
  return lintModel(await readBytes('contoh.md', new TextEncoder().encode(text), 'markdown'));
}

const brief = (f: Finding) => ({ ruleId: f.ruleId, severity: f.severity, expected: f.expected, actual: f.actual });
const about = (f: Finding) => /^(arithmetic|capaian)\//.test(f.ruleId) || f.ruleId === 'completeness/empty-cell';

describe('numbers as printed, through the pipeline', () => {
  it('units, a qualifier, a footnote mark and Rupiah without cents: read, checked, no false alarm', async () => {
    const findings = await lint(report('100%', '100.000.000,-'));
    expect(findings.filter((f) => about(f) && f.severity !== 'info').map(brief)).toEqual([]);
    // "1.100 aduan" is open (1100 or 1,1 aduan): said, as an info, with what decided.
    expect(findings.filter((f) => f.ruleId === 'arithmetic/ambiguous-number').map((f) => f.actual)).toEqual(expect.arrayContaining(['1.100 aduan']));
  });

  it('the numbers read are the ones checked: a wrong capaian beside "150*" and a wrong total are errors', async () => {
    const findings = await lint(report('110%', '100.000.000,-', '628.309.200,- | 590.000.000,- | 93,90%'));
    expect(findings.filter((f) => about(f) && f.severity !== 'info').map(brief)).toEqual([
      expect.objectContaining({ ruleId: 'capaian/formula', severity: 'error', actual: '110%' }),
      expect.objectContaining({ ruleId: 'arithmetic/budget-total', severity: 'error', expected: 'Rp 618.309.200', actual: '628.309.200,-' }),
    ]);
  });

  it('a malformed amount is one warning, and the checks resting on it are skipped, not failed', async () => {
    const findings = await lint(report('100%', '10.0000.000,-'));
    expect(findings.filter((f) => about(f) && f.severity !== 'info').map(brief)).toEqual([
      { ruleId: 'arithmetic/malformed-number', severity: 'warning', expected: '100.000.000', actual: '10.0000.000,-' },
    ]);
  });
});

describe('what could not be read is said once, as an info, never as a defect of the report', () => {
  it('two capaian run together in one cell: one "not read, not checked" info', async () => {
    const findings = await lint(report('100 % 100%', '100.000.000,-'));
    const unread = findings.filter((f) => f.evidence.includes('100 % 100%') || f.message.includes('100 % 100%'));
    expect(unread.map((f) => [f.ruleId, f.severity])).toEqual([['completeness/not-understood', 'info']]);
    expect(findings.filter((f) => about(f) && f.severity !== 'info').map(brief)).toEqual([]);
  });
});
