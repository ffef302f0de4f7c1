import { NOT_CHECKED, type NotCheckedCode } from '../engine/not-checked.js';
import type { Finding, Lang, Localized } from '../engine/types.js';
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

/**
 * How each format marks what was not checked: a file not checked at all as an error (the CLI exits 1
 * for it), a year not found as a warning (the other rules ran; the exit code does not change).
 */
export const NOT_CHECKED_LEVEL: Record<NotCheckedCode, 'error' | 'warning'> = { 'nothing-understood': 'error', 'year-unknown': 'warning' };

/** A file's not-checked codes with their level and their text in `lang`, in the order the result gives them. */
export function notCheckedLines(r: Pick<FileResult, 'notChecked'>, lang: Lang): { code: NotCheckedCode; level: 'error' | 'warning'; text: string }[] {
  return (r.notChecked ?? []).map((code) => ({ code, level: NOT_CHECKED_LEVEL[code], text: NOT_CHECKED[code][lang] }));
}

/** The words before a not-checked text's colon ("tidak diperiksa", "reporting year not found"): its short form. */
export function notCheckedShort(code: NotCheckedCode, lang: Lang): string {
  const text = NOT_CHECKED[code][lang];
  return text.slice(0, text.indexOf(':'));
}

/** For the Checklist Reviu of a file of which nothing beyond the cover was understood: why no item is met. */
export function notUnderstood(r: Pick<FileResult, 'notChecked'>): Localized | undefined {
  return r.notChecked?.includes('nothing-understood') ? { id: notCheckedShort('nothing-understood', 'id'), en: notCheckedShort('nothing-understood', 'en') } : undefined;
}

export interface FormatOptions {
  lang: Lang;
  color: boolean;
  /** The settings the findings were decided under: the recomputed tables use the same scale and tolerance. */
  settings?: LintSettings;
}
