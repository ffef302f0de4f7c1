// For the output formats' tests: real results of files not checked (fixtures/not-checked), linted in
// this process, and the texts each format must show for them.
import { lintFiles } from '../src/cli/lint-files.js';
import { NOT_CHECKED } from '../src/engine/not-checked.js';
import type { FileResult } from '../src/report/results.js';

export const NOTHING_UNDERSTOOD = 'fixtures/not-checked/sampul-saja.txt';
export const YEAR_UNKNOWN = 'fixtures/not-checked/tanpa-tahun.md';
export { NOT_CHECKED };

/** The two files' results, as the CLI gets them (with the model, as the HTML and XLSX formats need). */
export async function notCheckedResults(): Promise<[nothingUnderstood: FileResult, yearUnknown: FileResult]> {
  const [nothing, yearless] = await lintFiles([NOTHING_UNDERSTOOD, YEAR_UNKNOWN], { lang: 'id', jobs: 1, keepModel: 'all' });
  if (nothing.notChecked?.join() !== 'nothing-understood' || yearless.notChecked?.join() !== 'year-unknown') throw new Error(`fixtures/not-checked no longer give their codes: ${nothing.notChecked} / ${yearless.notChecked}`);
  return [nothing, yearless];
}
