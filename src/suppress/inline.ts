// Inline suppressions in Markdown and text reports:
//   <!-- lkjip-lint-disable-next-line rule-id[, other-id] -- alasan -->
// silences those rules' findings on the next non-blank line. Applied after the engine: a filter,
// not logic inside rules.
import type { Finding } from '../engine/types.js';

const COMMENT = /<!--\s*lkjip-lint-disable-next-line\s+([^>]*?)\s*-->/g;

export interface InlineSuppression {
  line: number;
  /** The line it silences. */
  target: number;
  ruleIds: string[];
  reason?: string;
}

export function inlineSuppressions(text: string): InlineSuppression[] {
  const lines = text.split(/\r?\n/);
  const out: InlineSuppression[] = [];
  lines.forEach((line, i) => {
    for (const m of line.matchAll(COMMENT)) {
      const [ids, reason] = m[1].split(/\s+--\s+/, 2);
      let target = i + 1;
      while (target < lines.length && (!lines[target].trim() || /^\s*<!--.*-->\s*$/.test(lines[target]))) target++;
      out.push({ line: i + 1, target: target + 1, ruleIds: ids.split(/[\s,]+/).filter(Boolean), ...(reason?.trim() ? { reason: reason.trim() } : {}) });
    }
  });
  return out;
}

export function isSuppressedInline(f: Finding, suppressions: InlineSuppression[]): boolean {
  const line = f.location.line;
  if (line === undefined || f.location.pointer) return false;
  return suppressions.some((s) => s.target === line && (s.ruleIds.includes(f.ruleId) || s.ruleIds.includes(f.ruleId.split('/')[0])));
}
