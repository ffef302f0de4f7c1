// The suppressions file (lkjip-lint.suppressions.json): findings silenced by fingerprint, each with
// a mandatory justification, so that an accepted finding is documented rather than hidden.
import { existsSync, readFileSync } from 'node:fs';
import { InputError } from '../model/errors.js';
import { lazyValidator } from '../model/lazy-ajv.js';

export interface SuppressionEntry {
  fingerprint: string;
  ruleId?: string;
  file?: string;
  justification: string;
}

const schema = {
  type: 'object',
  required: ['suppressions'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    suppressions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['fingerprint', 'justification'],
        additionalProperties: false,
        properties: {
          fingerprint: { type: 'string', pattern: '^[0-9a-f]{32}$' },
          ruleId: { type: 'string' },
          file: { type: 'string' },
          message: { type: 'string' },
          justification: { type: 'string', minLength: 3 },
        },
      },
    },
  },
};
/** Compiled only when there is a suppressions file to check. */
const suppressionsValidator = lazyValidator<{ suppressions: SuppressionEntry[] }>(schema);

export function loadSuppressions(path: string, shown: string): SuppressionEntry[] {
  if (!existsSync(path)) return [];
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    const d = (err as Error).message.split('\n')[0];
    throw new InputError({ id: `berkas supresi bukan JSON yang sah (${d})`, en: `suppressions file is not valid JSON (${d})` }, shown);
  }
  const validate = suppressionsValidator();
  if (!validate(data)) {
    const e = validate.errors![0];
    const what = e.keyword === 'required' && (e.params as { missingProperty?: string }).missingProperty === 'justification' ? 'setiap supresi wajib memiliki "justification"' : `${e.instancePath || '/'}: ${e.message}`;
    const whatEn = e.keyword === 'required' && (e.params as { missingProperty?: string }).missingProperty === 'justification' ? 'every suppression needs a "justification"' : `${e.instancePath || '/'}: ${e.message}`;
    throw new InputError({ id: `berkas supresi tidak valid: ${what}`, en: `invalid suppressions file: ${whatEn}` }, shown);
  }
  return data.suppressions;
}
