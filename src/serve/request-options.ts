// A lint request's options, from the query string or the multipart form's fields (not both for the
// same option): lang, format, config (the preset), explain, filename, berkas. Unknown or repeated options
// and unknown values are refused, so a typo never silently lints with defaults.
import type { Lang } from '../engine/types.js';
import { FORMATS } from '../report/index.js';
import { ApiError } from './api-error.js';

export interface LintOptions {
  lang: Lang;
  format: string;
  preset: 'recommended' | 'strict';
  explain: boolean;
  /** The name the reports show; for a raw body it also gives the extension. */
  filename?: string;
  /** The files of the form are one OPD's berkas (--berkas), linted as one report. */
  berkas: boolean;
}

export const OPTION_NAMES = ['lang', 'format', 'config', 'explain', 'filename', 'berkas'] as const;
const LANGS = ['id', 'en'];
const PRESETS = ['recommended', 'strict'];
const BOOLEANS: Record<string, boolean> = { true: true, '1': true, false: false, '0': false };
/** The values of a boolean option that mean yes. */
export const BOOLEAN_TRUE = new Set(Object.keys(BOOLEANS).filter((k) => BOOLEANS[k]));

/** The language for an error before the options are known: ?lang=en, else the Accept-Language. */
export function requestLang(url: string, acceptLanguage: string | undefined): Lang {
  const q = new URL(url, 'http://x').searchParams.get('lang');
  if (q === 'en' || q === 'id') return q;
  return /^\s*en\b/i.test(acceptLanguage ?? '') ? 'en' : 'id';
}

/** Query parameters, each at most once. */
export function queryPairs(url: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of new URL(url, 'http://x').searchParams) {
    if (out.has(k)) throw new ApiError(400, 'repeated-option', 'repeatedOption', [k]);
    out.set(k, v);
  }
  return out;
}

export function checkOptionName(name: string, isField: boolean): void {
  if (!(OPTION_NAMES as readonly string[]).includes(name))
    throw isField ? new ApiError(400, 'unknown-field', 'badField', [name, OPTION_NAMES.join(', ')]) : new ApiError(400, 'unknown-option', 'unknownOption', [name, OPTION_NAMES.join(', ')]);
}

function pick(name: string, value: string, allowed: readonly string[]): string {
  if (!allowed.includes(value)) throw new ApiError(400, 'bad-option', 'badValue', [name, value.slice(0, 40), allowed.join(', ')]);
  return value;
}

/** A client's file name, for display only: its last path part, printable, at most 200 characters. */
export function displayName(name: string | undefined): string | undefined {
  const base = (name ?? '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
  return base || undefined;
}

/** The options of a lint; `bundle` (every format at once) takes no format. */
export function lintOptions(pairs: Map<string, string>, bundle = false): LintOptions {
  for (const name of pairs.keys()) checkOptionName(name, false);
  if (bundle && pairs.has('format')) throw new ApiError(400, 'unknown-option', 'unknownOption', ['format', OPTION_NAMES.filter((n) => n !== 'format').join(', ')]);
  const get = (n: string) => pairs.get(n);
  return {
    lang: pick('lang', get('lang') ?? 'id', LANGS) as Lang,
    format: bundle ? 'json' : pick('format', get('format') ?? 'json', FORMATS),
    preset: pick('config', get('config') ?? 'recommended', PRESETS) as LintOptions['preset'],
    explain: BOOLEANS[pick('explain', get('explain') ?? 'false', Object.keys(BOOLEANS))],
    filename: displayName(get('filename')),
    berkas: BOOLEANS[pick('berkas', get('berkas') ?? 'false', Object.keys(BOOLEANS))],
  };
}
