// The output formats. A formatter knows findings (and, for the HTML report's recomputed tables, the
// model they came from), never rules' logic or input formats.
import type { RuleDef } from '../engine/types.js';
import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import type { FileResult, FormatOptions } from './results.js';
import { formatStylish } from './stylish.js';

export interface FormatContext extends FormatOptions {
  /** The rule catalog in force, for formats that describe rules (SARIF, HTML, JUnit). */
  rules: RuleDef[];
}

export type Formatter = (results: FileResult[], context: FormatContext) => string;

export const formatters: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  html: formatHtml,
  sarif: formatSarif,
  junit: formatJunit,
  markdown: formatMarkdown,
};

/** The format names, in the order `--format` lists them. */
export const FORMATS = ['stylish', 'json', 'html', 'sarif', 'junit', 'markdown'] as const;

/**
 * One formatter, loaded on demand: a run that writes JSON need not load the HTML report's modules.
 * (The static `formatters` record above still loads them all; it goes once the CLI uses this.)
 */
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
    default:
      throw new Error(`unknown format ${format}`);
  }
}

/** Default file extension per format, for messages and `npm run reports`. */
export const EXTENSION: Record<string, string> = { stylish: 'txt', json: 'json', sarif: 'sarif', html: 'html', junit: 'xml', markdown: 'md' };
