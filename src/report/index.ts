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

/** Default file extension per format, for messages and `npm run reports`. */
export const EXTENSION: Record<string, string> = { stylish: 'txt', json: 'json', sarif: 'sarif', html: 'html', junit: 'xml', markdown: 'md' };
