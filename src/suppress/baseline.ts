// --baseline write | check: record today's findings, then fail CI only on findings that are new.
import { existsSync, readFileSync } from 'node:fs';
import { InputError } from '../model/errors.js';
import type { FileResult } from '../report/results.js';
import { fingerprint } from './fingerprint.js';

export const BASELINE_FILE = 'lkjip-lint.baseline.json';

export interface BaselineEntry {
  file: string;
  ruleId: string;
  fingerprint: string;
  message: string;
}

export function baselineOf(results: FileResult[]): { version: 1; findings: BaselineEntry[] } {
  const findings = results.flatMap((r) => r.findings.map((f) => ({ file: r.file.split('\\').join('/'), ruleId: f.ruleId, fingerprint: fingerprint(f), message: f.message })));
  findings.sort((a, b) => (a.file + a.fingerprint < b.file + b.fingerprint ? -1 : 1));
  return { version: 1, findings };
}

export function readBaseline(path: string): BaselineEntry[] {
  if (!existsSync(path)) throw new InputError({ id: 'berkas baseline tidak ditemukan (buat dengan --baseline write)', en: 'baseline file not found (create it with --baseline write)' }, path);
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { version?: number; findings?: BaselineEntry[] };
    if (data.version !== 1 || !Array.isArray(data.findings)) throw new Error('not a version 1 baseline');
    const text = (x: unknown) => typeof x === 'string';
    const bad = data.findings.findIndex((e) => !e || typeof e !== 'object' || !text(e.file) || !text(e.ruleId) || !text(e.fingerprint) || !text(e.message));
    if (bad >= 0) throw new Error(`findings/${bad}: not an entry with file, ruleId, fingerprint and message`);
    return data.findings;
  } catch (err) {
    const d = (err as Error).message.split('\n')[0];
    throw new InputError({ id: `berkas baseline tidak valid (${d})`, en: `invalid baseline file (${d})` }, path);
  }
}
