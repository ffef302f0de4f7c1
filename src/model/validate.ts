// JSON Schema validation of the input form, with errors that name the JSON pointer and what was expected.
import { Ajv, type ErrorObject } from 'ajv';
import schema from './report.schema.json' with { type: 'json' };
import type { LkjipReport } from './types.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const validateReport = ajv.compile<LkjipReport>(schema);

export interface SchemaProblem {
  pointer: string;
  message: string;
}

export function validate(data: unknown): SchemaProblem[] {
  if (validateReport(data)) return [];
  return (validateReport.errors ?? []).map(describe);
}

function describe(e: ErrorObject): SchemaProblem {
  const pointer = e.instancePath || '/';
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties':
      return { pointer, message: `unknown property "${p.additionalProperty}"` };
    case 'required':
      return { pointer, message: `missing required property "${p.missingProperty}"` };
    case 'enum':
      return { pointer, message: `must be one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}` };
    case 'type':
      return { pointer, message: `must be ${String(p.type).replace(/,/g, ' or ')}` };
    default:
      return { pointer, message: e.message ?? e.keyword };
  }
}
