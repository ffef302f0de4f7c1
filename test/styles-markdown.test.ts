// A report in the Markdown style of issue 10 (chapters as "## BAB II …" after a thematic break,
// parts as "### A. …", bold lines as captions and sasaran headings, cells with units), written for
// this test with its own text and numbers and correct arithmetic: it must give no error. The copy
// with three planted defects (a wrong total, a wrong capaian, a wrong predikat) must give exactly
// those three errors. Both run through the CLI as a user would.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  expected?: string;
  actual?: string;
}

function lint(file: string): JsonFinding[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, ['dist/src/cli/main.js', file, '-f', 'json'], { encoding: 'utf8' });
  } catch (err) {
    out = (err as { stdout: string }).stdout;
  }
  return JSON.parse(out).results[0].findings as JsonFinding[];
}

const errors = (fs: JsonFinding[]) => fs.filter((f) => f.severity === 'error').map((f) => ({ ruleId: f.ruleId, expected: f.expected, actual: f.actual }));

describe('an LKjIP written in Markdown with units in its cells', () => {
  it('the correct report gives no error', () => {
    expect(errors(lint('fixtures/styles/markdown-2023.md'))).toEqual([]);
  });

  it('the copy with a wrong total, a wrong capaian and a wrong predikat gives exactly those three errors', () => {
    const found = errors(lint('fixtures/styles/markdown-2023-defects.md'));
    expect(found).toHaveLength(3);
    expect(found).toEqual(
      expect.arrayContaining([
        // Jumlah anggaran 9.475.900.000, while 8.250.000.000 + 1.207.900.000 = 9.457.900.000.
        expect.objectContaining({ actual: expect.stringMatching(/9\.475\.900\.000/) }),
        // 81 % of a 90 % target is 90,00 %, printed 95,00.
        expect.objectContaining({ ruleId: 'capaian/formula', actual: '95,00' }),
        // 83,33 % lies in the Cukup band (70 % – < 85 %), printed Baik.
        expect.objectContaining({ ruleId: 'rating/predikat', actual: 'Baik' }),
      ]),
    );
  });
});
