import { createHash } from 'node:crypto';
import type { Finding } from '../engine/types.js';

/**
 * A finding's stable identity: its rule and the logical subject it is about (names of the
 * indicator, table, row — never line numbers), so it survives edits elsewhere in the document
 * and is the same whether the report is read from PDF, Markdown, text or YAML.
 */
export function fingerprint(f: Pick<Finding, 'ruleId' | 'subject'>): string {
  return createHash('sha256').update(`${f.ruleId}\u0000${f.subject}`).digest('hex').slice(0, 32);
}
