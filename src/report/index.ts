// The output formats. A formatter knows findings (and, for the recomputed tables of the HTML report
// and the XLSX Kertas Kerja, the model they came from), never rules' logic or input formats. Each is
// loaded on demand: a run that writes JSON loads neither the HTML report's modules nor exceljs.
import type { RuleDef } from '../engine/types.js';
import type { FileResult, FormatOptions } from './results.js';

export interface FormatContext extends FormatOptions {
  /** The rule catalog in force, for formats that describe rules (SARIF, HTML, JUnit). */
  rules: RuleDef[];
}

/** Text, or the bytes of a binary format (XLSX, DOCX). */
export type FormatOutput = string | Uint8Array;

export type Formatter = (results: FileResult[], context: FormatContext) => FormatOutput | Promise<FormatOutput>;

/** The format names, in the order `--format` lists them. */
export const FORMATS = ['stylish', 'json', 'html', 'sarif', 'junit', 'markdown', 'xlsx', 'docx'] as const;

/** Formats whose output is binary: written with -o, or to a pipe, never to a terminal. */
export const BINARY_FORMATS: readonly string[] = ['xlsx', 'docx'];

/** One formatter, loaded on demand. */
export async function loadFormatter(format: string): Promise<Formatter> {
  switch (format) {
    case 'stylish':
      return (await import('./stylish.js')).formatStylish;
    case 'json':
      return (await import('./json.js')).formatJson;
    case 'html':
      return (await import('./html.js')).formatHtml;
    case 'sarif':
      return (await import('./sarif.js')).formatSarif;
    case 'junit':
      return (await import('./junit.js')).formatJunit;
    case 'markdown':
      return (await import('./markdown.js')).formatMarkdown;
    case 'xlsx':
      return (await import('./xlsx.js')).formatXlsx;
    case 'docx':
      return (await import('./docx.js')).formatDocx;
    default:
      throw new Error(`unknown format ${format}`);
  }
}

/**
 * What of the model each format prints, so that workers send back only that: the HTML report and
 * the XLSX Kertas Kerja show the tables read; Markdown, JUnit and the DOCX LHR name the report.
 */
const MODEL_NEEDED: Record<string, 'all' | 'meta' | undefined> = { html: 'all', xlsx: 'all', markdown: 'meta', junit: 'meta', docx: 'meta' };

/** The most of the model any of these formats needs. */
export function modelNeeded(formats: readonly string[]): 'all' | 'meta' | undefined {
  const needs = formats.map((f) => MODEL_NEEDED[f]);
  return needs.includes('all') ? 'all' : needs.includes('meta') ? 'meta' : undefined;
}

/** Default file extension per format, for messages and `npm run reports`. */
export const EXTENSION: Record<string, string> = { stylish: 'txt', json: 'json', sarif: 'sarif', html: 'html', junit: 'xml', markdown: 'md', xlsx: 'xlsx', docx: 'docx' };
