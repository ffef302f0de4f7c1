// JSON Schema validation of the input form, with errors that name the JSON pointer and what was expected.
// The validator is ajv's code for report.schema.json compiled ahead of time (npm run gen:validators):
// compiling it at start-up cost about a quarter of a second per process.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { validate as generated } from './report-validator.generated.js';
import type { LkjipReport } from './types.js';

const validateReport = generated as unknown as ValidateFunction<LkjipReport>;

export interface SchemaProblem {
  pointer: string;
  message: string;
  /** The same in Indonesian. */
  pesan: string;
}

export function validate(data: unknown): SchemaProblem[] {
  if (validateReport(data)) return [];
  return (validateReport.errors ?? []).map(describe);
}

function describe(e: ErrorObject): SchemaProblem {
  const pointer = e.instancePath || '/';
  const p = e.params as Record<string, unknown>;
  const say = (en: string, id: string): SchemaProblem => ({ pointer, message: en, pesan: id });
  switch (e.keyword) {
    case 'additionalProperties':
      return say(`unknown property "${p.additionalProperty}"`, `properti tidak dikenal "${p.additionalProperty}"`);
    case 'required':
      return say(`missing required property "${p.missingProperty}"`, `properti wajib "${p.missingProperty}" tidak ada`);
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return say(`must be one of ${allowed}`, `harus salah satu dari ${allowed}`);
    }
    case 'type': {
      const types = String(p.type).split(',');
      const ID: Record<string, string> = { string: 'teks', integer: 'bilangan bulat', number: 'bilangan', object: 'objek', array: 'daftar', boolean: 'ya/tidak', null: 'null' };
      return say(`must be ${types.join(' or ')}`, `harus ${types.map((x) => ID[x] ?? x).join(' atau ')}`);
    }
    default:
      return say(e.message ?? e.keyword, e.message ?? e.keyword);
  }
}
