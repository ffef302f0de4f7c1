// Lints a batch of files; a file that cannot be read is a failed result, and the batch goes on.
import { lintModel } from '../engine/run.js';
import type { Lang, Severity } from '../engine/types.js';
import { readReport, type ReadOptions } from '../ingest/index.js';
import { InputError } from '../model/errors.js';
import { summarizeExtraction } from '../report/extraction.js';
import type { FileResult } from '../report/results.js';

export interface LintFilesOptions extends ReadOptions {
  lang: Lang;
  ruleSeverity?: Record<string, Severity | 'off'>;
  debug?: boolean;
  explainExtraction?: boolean;
}

export async function lintFiles(files: string[], options: LintFilesOptions): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of files) {
    try {
      const model = await readReport(file, options);
      const result: FileResult = { file, format: model.format, findings: await lintModel(model, { lang: options.lang, ruleSeverity: options.ruleSeverity }), model };
      if (options.explainExtraction && model.extraction) result.extraction = summarizeExtraction(model);
      results.push(result);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      results.push({ file, findings: [], error: err.text });
    }
  }
  return results;
}
