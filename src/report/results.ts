import type { NotCheckedCode } from '../engine/not-checked.js';
import type { Finding, Lang } from '../engine/types.js';
import type { BerkasDocument, InputFormat, Model } from '../model/types.js';
import type { ExtractionSummary } from './extraction.js';
import type { LintSettings } from '../engine/settings.js';

export interface FileResult {
  file: string;
  format?: InputFormat;
  findings: Finding[];
  /** Set when the file could not be read; then there are no findings. */
  error?: { id: string; en: string };
  /** With --explain-extraction, for documents: what was read and what was not. */
  extraction?: ExtractionSummary;
  /** The model the findings came from (in memory only: the HTML report and the XLSX Kertas Kerja show its tables). */
  model?: Model;
  /** What was not checked beside the findings (nothing understood beyond the cover, the year unknown). */
  notChecked?: NotCheckedCode[];
  /** A berkas (--berkas): each file read, with its role, the LKjIP's first. */
  documents?: BerkasDocument[];
  /** Remarks about how the file was handled (a cache entry not used), one line each on stderr. */
  notes?: { id: string; en: string }[];
}

export interface Summary {
  files: number;
  failed: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Files of which nothing beyond the cover was understood: not checked at all. */
  notChecked: number;
}

export function summarize(results: FileResult[]): Summary {
  const all = results.flatMap((r) => r.findings);
  return {
    files: results.length,
    failed: results.filter((r) => r.error).length,
    errors: all.filter((f) => f.severity === 'error').length,
    warnings: all.filter((f) => f.severity === 'warning').length,
    infos: all.filter((f) => f.severity === 'info').length,
    notChecked: results.filter((r) => r.notChecked?.includes('nothing-understood')).length,
  };
}

export interface FormatOptions {
  lang: Lang;
  color: boolean;
  /** The settings the findings were decided under: the recomputed tables use the same scale and tolerance. */
  settings?: LintSettings;
}
