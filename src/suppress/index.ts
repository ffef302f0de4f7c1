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
  // Looked up by fingerprint (a scan of every entry per finding was quadratic for a large baseline).
  const entriesOf = new Map<string, SuppressionEntry[]>();
  for (const e of entries) {
    const list = entriesOf.get(e.fingerprint);
    if (list) list.push(e);
    else entriesOf.set(e.fingerprint, [e]);
  }
  const known = new Map<string, BaselineEntry>();
  for (const b of baseline ?? []) if (!known.has(`${b.file}\u0000${b.fingerprint}`)) known.set(`${b.file}\u0000${b.fingerprint}`, b);
  for (const r of results) {
    // One file's trouble (its text gone since it was linted …) is that file's failure, not the batch's.
    try {
      const counts = { inline: 0, file: 0, baseline: 0 };
      const entriesHere: SuppressionEntry[] = [];
      const baselineHere: BaselineEntry[] = [];
      // A berkas: each finding is suppressed by the comments of the file it stands in.
      const texts = r.documents ? r.documents : [{ file: r.file, format: r.format }];
      const inlineOf = new Map(texts.map((d) => [d.file, d.format === 'markdown' || d.format === 'text' ? inlineSuppressions(readFileSync(d.file, 'utf8')) : []]));
      const file = r.file.split('\\').join('/');
      const kept = r.findings.filter((f) => {
        if (isSuppressedInline(f, (r.documents ? inlineOf.get(f.location.file) : inlineOf.get(r.file)) ?? [])) {
          counts.inline++;
          return false;
        }
        const fp = fingerprint(f);
        const entry = entriesOf.get(fp)?.find((e) => !e.file || e.file === file);
        if (entry) {
          entriesHere.push(entry);
          counts.file++;
          return false;
        }
        const b = known.get(`${file}\u0000${fp}`);
        if (b) {
          baselineHere.push(b);
          counts.baseline++;
          return false;
        }
        return true;
      });
      r.findings = kept;
      report.inline += counts.inline;
      report.file += counts.file;
      report.baseline += counts.baseline;
      for (const e of entriesHere) usedEntries.add(e);
      for (const b of baselineHere) usedBaseline.add(b);
    } catch (err) {
      const detail = (err as NodeJS.ErrnoException)?.code ?? (err as Error)?.message?.split('\n')[0] ?? String(err);
      r.findings = [];
      r.error = {
        id: `gagal menerapkan supresi pada berkas ini (${detail}); temuannya tidak dilaporkan`,
        en: `could not apply the suppressions to this file (${detail}); its findings are not reported`,
      };
    }
  }
  const linted = new Set(results.map((r) => r.file.split('\\').join('/')));
  report.staleSuppressions = entries.filter((e) => !usedEntries.has(e));
  report.staleBaseline = (baseline ?? []).filter((b) => !usedBaseline.has(b) && linted.has(b.file));
  return report;
}
