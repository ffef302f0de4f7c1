// Filters applied after the engine: inline comments, the suppressions file, the baseline.
// Suppressed findings leave the results; what they were is counted, and entries that no longer
// match anything are reported as stale so the files do not rot.
import { readFileSync } from 'node:fs';
import type { FileResult } from '../report/results.js';
import type { BaselineEntry } from './baseline.js';
import type { SuppressionEntry } from './file.js';
import { fingerprint } from './fingerprint.js';
import { inlineSuppressions, isSuppressedInline } from './inline.js';

export interface SuppressionReport {
  inline: number;
  file: number;
  baseline: number;
  /** Suppressions-file entries that matched no finding. */
  staleSuppressions: SuppressionEntry[];
  /** Baseline entries that matched no finding (fixed since the baseline was written). */
  staleBaseline: BaselineEntry[];
}

export function applySuppressions(results: FileResult[], entries: SuppressionEntry[], baseline?: BaselineEntry[]): SuppressionReport {
  const report: SuppressionReport = { inline: 0, file: 0, baseline: 0, staleSuppressions: [], staleBaseline: [] };
  const usedEntries = new Set<SuppressionEntry>();
  const usedBaseline = new Set<BaselineEntry>();
  for (const r of results) {
    const inline = r.format === 'markdown' || r.format === 'text' ? inlineSuppressions(readFileSync(r.file, 'utf8')) : [];
    const file = r.file.split('\\').join('/');
    r.findings = r.findings.filter((f) => {
      if (isSuppressedInline(f, inline)) {
        report.inline++;
        return false;
      }
      const fp = fingerprint(f);
      const entry = entries.find((e) => e.fingerprint === fp && (!e.file || e.file === file));
      if (entry) {
        usedEntries.add(entry);
        report.file++;
        return false;
      }
      const known = baseline?.find((b) => b.fingerprint === fp && b.file === file);
      if (known) {
        usedBaseline.add(known);
        report.baseline++;
        return false;
      }
      return true;
    });
  }
  report.staleSuppressions = entries.filter((e) => !usedEntries.has(e));
  report.staleBaseline = (baseline ?? []).filter((b) => !usedBaseline.has(b) && results.some((r) => r.file.split('\\').join('/') === b.file));
  return report;
}
