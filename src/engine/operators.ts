// The custom operators rules may use in their conditions, besides json-rules-engine's own
// (equal, notEqual, lessThan, greaterThan, in, notIn, contains, doesNotContain).
import type { Engine } from 'json-rules-engine';
import { agree, exceeds, truncates } from './quantity.js';
import { normalizeText } from './text.js';

export const operators: Record<string, (fact: any, value: any) => boolean> = {
  /** Both numeric and their precision intervals cannot meet. */
  disagrees: (a, b) => agree(a, b) === false,
  /** Both numeric and their precision intervals meet. */
  agrees: (a, b) => agree(a, b) === true,
  /** Disagrees, and is the other value cut off rather than rounded. */
  truncates: (a, b) => truncates(a, b),
  /** Disagrees, and is not explained by truncation. */
  disagreesNotTruncated: (a, b) => agree(a, b) === false && !truncates(a, b),
  /** Greater than the other beyond their precision. */
  exceeds: (a, b) => exceeds(a, b),
  /** Texts differ after case, spacing and punctuation are normalised. */
  differsText: (a, b) => typeof a === 'string' && typeof b === 'string' && normalizeText(a) !== normalizeText(b),
  /** A value that is missing, empty ("-") or not available ("n/a"): `isMissing true`. */
  isMissing: (a, expected) => {
    const missing = a === undefined || a === null || a === '' || (typeof a === 'object' && 'kind' in a && (a.kind === 'empty' || a.kind === 'na'));
    return missing === expected;
  },
  /** An array with more than `n` elements. */
  longerThan: (a, n) => Array.isArray(a) && a.length > n,
};

export function addOperators(engine: Engine): void {
  for (const [name, fn] of Object.entries(operators)) engine.addOperator(name, fn);
}
