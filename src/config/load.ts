// lkjip-lint.config.json: rule severities and presets, the default rating scale, tolerance,
// language, ignore patterns. Validated against config.schema.json; an unknown rule id is an error.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import schema from './config.schema.json' with { type: 'json' };
import type { Lang, RuleDef, Severity } from '../engine/types.js';
import { PERMENDAGRI_86_2017, parseBandRange, type Scale } from '../domain/scale.js';
import type { TolerancePolicy } from '../domain/quantity.js';
import type { PolarityWordLists } from '../domain/polarity-words.js';
import { InputError } from '../model/errors.js';
import { lazyValidator } from '../model/lazy-ajv.js';
import { ignoreMatcher, MAX_PATTERNS, patternProblem } from './glob.js';
import type { RoleMap } from '../ingest/berkas.js';
import type { BerkasRole } from '../model/types.js';

export const CONFIG_FILE = 'lkjip-lint.config.json';

export interface Config {
  extends?: 'recommended' | 'strict';
  lang?: Lang;
  rules?: Record<string, Severity | 'off'>;
  defaultScale?: 'permendagri-86-2017' | { name: string; bands: { range: string; label: string }[] };
  tolerance?: Partial<TolerancePolicy>;
  polarityWords?: PolarityWordLists;
  ignorePatterns?: string[];
  suppressionsFile?: string;
  ocr?: boolean;
  year?: number;
  berkasRoles?: Record<string, BerkasRole>;
}

export interface ResolvedConfig {
  /** The file it came from, if any. */
  file?: string;
  preset: 'recommended' | 'strict';
  lang?: Lang;
  /** Effective severity of every rule that differs from its default, or 'off'. */
  ruleSeverity: Record<string, Severity | 'off'>;
  defaultScale: Scale;
  tolerance: TolerancePolicy;
  /** Words added to rules/polarity-words.json (none by default). */
  polarityWords: PolarityWordLists;
  ignore: (path: string) => boolean;
  ignorePatterns: string[];
  suppressionsFile: string;
  /** Read scanned PDF pages by OCR (--ocr). */
  ocr: boolean;
  /** The reporting year stated for every file (--year wins over it). */
  year?: number;
  /** With --berkas: the roles the configuration gives files (berkasRoles). */
  roles?: RoleMap;
}

/** Compiled only when there is a configuration file to check. */
const configValidator = lazyValidator<Config>(schema);

function configError(file: string, id: string, en: string): InputError {
  return new InputError({ id: `konfigurasi tidak valid: ${id}`, en: `invalid configuration: ${en}` }, file);
}

export function loadConfig(explicit: string | undefined, rules: RuleDef[], cwd = process.cwd()): ResolvedConfig {
  const file = explicit ? resolve(cwd, explicit) : existsSync(join(cwd, CONFIG_FILE)) ? join(cwd, CONFIG_FILE) : undefined;
  let config: Config = {};
  if (file) {
    if (!existsSync(file)) throw new InputError({ id: 'berkas konfigurasi tidak ditemukan', en: 'configuration file not found' }, explicit);
    const shown = relative(cwd, file) || file;
    try {
      // A BOM (editors on Windows write one) is not part of the JSON.
      config = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    } catch (err) {
      const detail = (err as Error).message.split('\n')[0];
      throw configError(shown, `bukan JSON yang sah (${detail})`, `not valid JSON (${detail})`);
    }
    const validate = configValidator();
    if (!validate(config)) {
      const e = validate.errors![0];
      const where = e.instancePath || '/';
      throw configError(shown, `${where}: ${e.message}`, `${where}: ${e.message}`);
    }
    const infinite = nonFinite(config, '');
    if (infinite) throw configError(shown, `${infinite}: bilangan tak berhingga tidak diterima`, `${infinite}: a number that is not finite is not accepted`);
    const patterns = config.ignorePatterns ?? [];
    if (patterns.length > MAX_PATTERNS) throw configError(shown, `/ignorePatterns: lebih dari ${MAX_PATTERNS} pola`, `/ignorePatterns: more than ${MAX_PATTERNS} patterns`);
    for (const [i, p] of patterns.entries()) {
      const problem = patternProblem(p);
      if (problem) throw configError(shown, `/ignorePatterns/${i}: pola terlalu rumit: ${problem.id}`, `/ignorePatterns/${i}: pattern too complex: ${problem.en}`);
    }
    for (const p of Object.keys(config.berkasRoles ?? {})) {
      const problem = patternProblem(p);
      if (problem) throw configError(shown, `/berkasRoles: pola "${p}" terlalu rumit: ${problem.id}`, `/berkasRoles: pattern "${p}" too complex: ${problem.en}`);
    }
    const known = new Set(rules.map((r) => r.id));
    for (const id of Object.keys(config.rules ?? {}))
      if (!known.has(id)) throw configError(shown, `/rules: aturan tidak dikenal "${id}" (lihat --list-rules)`, `/rules: unknown rule "${id}" (see --list-rules)`);
    if (typeof config.defaultScale === 'object')
      for (const b of config.defaultScale.bands)
        if (!parseBandRange(b.range)) throw configError(shown, `/defaultScale: rentang "${b.range}" tidak dapat dibaca`, `/defaultScale: range "${b.range}" cannot be read`);
  }
  return resolveConfig(config, rules, file, cwd);
}

export function resolveConfig(config: Config, rules: RuleDef[], file?: string, cwd = process.cwd()): ResolvedConfig {
  const preset = config.extends ?? 'recommended';
  const ruleSeverity: Record<string, Severity | 'off'> = {};
  if (preset === 'strict') for (const r of rules) if (r.severity === 'warning' && !r.doubtful) ruleSeverity[r.id] = 'error';
  Object.assign(ruleSeverity, config.rules ?? {});
  const base = file ? dirname(file) : cwd;
  const matches = ignoreMatcher(config.ignorePatterns ?? []);
  return {
    file,
    preset,
    lang: config.lang,
    ruleSeverity,
    defaultScale: scaleOf(config.defaultScale),
    tolerance: { rupiah: config.tolerance?.rupiah ?? 0, percentPoints: config.tolerance?.percentPoints ?? 0 },
    polarityWords: { negative: config.polarityWords?.negative ?? [], exceptions: config.polarityWords?.exceptions ?? [] },
    ignorePatterns: config.ignorePatterns ?? [],
    ignore: (path) => {
      const rel = relative(base, resolve(cwd, path)).split('\\').join('/');
      return matches(rel);
    },
    suppressionsFile: resolve(base, config.suppressionsFile ?? 'lkjip-lint.suppressions.json'),
    ocr: config.ocr ?? false,
    ...(config.year ? { year: config.year } : {}),
    ...(config.berkasRoles ? { roles: { base, entries: Object.entries(config.berkasRoles).map(([pattern, role]) => ({ pattern, role })) } } : {}),
  };
}

/** The JSON pointer of the first number that is not finite (JSON.parse reads 1e400 as Infinity). */
function nonFinite(x: unknown, at: string): string | undefined {
  if (typeof x === 'number') return Number.isFinite(x) ? undefined : at || '/';
  if (x && typeof x === 'object')
    for (const [k, v] of Object.entries(x)) {
      const found = nonFinite(v, `${at}/${k}`);
      if (found) return found;
    }
  return undefined;
}

function scaleOf(s: Config['defaultScale']): Scale {
  if (!s || s === 'permendagri-86-2017') return PERMENDAGRI_86_2017;
  return {
    declared: false,
    name: s.name,
    bands: s.bands.map((b) => ({ label: b.label, range: b.range, minInclusive: false, maxInclusive: false, ...parseBandRange(b.range) })),
  };
}

/** The configuration as JSON, for --print-config. */
export function printableConfig(c: ResolvedConfig, cwd = process.cwd()): Record<string, unknown> {
  return {
    file: c.file ? relative(cwd, c.file) : null,
    extends: c.preset,
    lang: c.lang ?? 'id',
    rules: c.ruleSeverity,
    defaultScale: c.defaultScale.name,
    tolerance: c.tolerance,
    polarityWords: c.polarityWords,
    ignorePatterns: c.ignorePatterns,
    suppressionsFile: relative(cwd, c.suppressionsFile),
    ocr: c.ocr,
    year: c.year ?? null,
    berkasRoles: Object.fromEntries((c.roles?.entries ?? []).map((e) => [e.pattern, e.role])),
  };
}
