// The output formats, in one registry: per format its loader, file extension, whether it is binary
// and how much of the model it prints. A formatter knows findings (and, for the recomputed tables of
// the HTML report and the XLSX Kertas Kerja, the model they came from), never rules' logic or input
// formats. Each is loaded on demand: a run that writes JSON loads neither the HTML report's modules
// nor exceljs.
import type { RuleDef } from '../engine/types.js';
import type { FileResult, FormatOptions } from './results.js';

export interface FormatContext extends FormatOptions {
  /** The rule catalog in force, for formats that describe rules (SARIF, HTML, JUnit). */
  rules: RuleDef[];
}

/** Text, or the bytes of a binary format (XLSX, DOCX). */
export type FormatOutput = string | Uint8Array;

export type Formatter = (results: FileResult[], context: FormatContext) => FormatOutput | Promise<FormatOutput>;

interface FormatEntry {
  load: () => Promise<Formatter>;
  /** Default file extension, for messages and `npm run reports`. */
  extension: string;
  /** Binary output: written with -o, or to a pipe, never to a terminal. */
  binary?: boolean;
  /**
   * What of the model it prints, so that workers send back only that: the HTML report and the XLSX
   * Kertas Kerja show the tables read; Markdown, JUnit and the DOCX LHR name the report.
   */
  model?: 'all' | 'meta';
}

const REGISTRY = {
  stylish: { load: async () => (await import('./stylish.js')).formatStylish, extension: 'txt' },
  json: { load: async () => (await import('./json.js')).formatJson, extension: 'json' },
  html: { load: async () => (await import('./html.js')).formatHtml, extension: 'html', model: 'all' },
  sarif: { load: async () => (await import('./sarif.js')).formatSarif, extension: 'sarif' },
  junit: { load: async () => (await import('./junit.js')).formatJunit, extension: 'xml', model: 'meta' },
  markdown: { load: async () => (await import('./markdown.js')).formatMarkdown, extension: 'md', model: 'meta' },
  xlsx: { load: async () => (await import('./xlsx.js')).formatXlsx, extension: 'xlsx', binary: true, model: 'all' },
  docx: { load: async () => (await import('./docx.js')).formatDocx, extension: 'docx', binary: true, model: 'meta' },
} satisfies Record<string, FormatEntry>;

type FormatName = keyof typeof REGISTRY;
const entry = (format: string): FormatEntry | undefined => (REGISTRY as Record<string, FormatEntry>)[format];

/** The format names, in the order `--format` lists them. */
export const FORMATS = Object.keys(REGISTRY) as FormatName[];

/** Formats whose output is binary. */
export const BINARY_FORMATS: readonly string[] = FORMATS.filter((f) => entry(f)!.binary);

/** Default file extension per format. */
export const EXTENSION: Record<string, string> = Object.fromEntries(FORMATS.map((f) => [f, entry(f)!.extension]));

/** One formatter, loaded on demand. */
export async function loadFormatter(format: string): Promise<Formatter> {
  const e = entry(format);
  if (!e) throw new Error(`unknown format ${format}`);
  return e.load();
}

/** The most of the model any of these formats needs. */
export function modelNeeded(formats: readonly string[]): 'all' | 'meta' | undefined {
  const needs = formats.map((f) => entry(f)?.model);
  return needs.includes('all') ? 'all' : needs.includes('meta') ? 'meta' : undefined;
}
