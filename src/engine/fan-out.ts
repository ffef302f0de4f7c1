// One misreading must not become many confident findings. When a rule fires on most rows of a
// table, or dozens of times in one document, what is suspect is the reading (a column taken for
// another, a scale misread), not each row: the findings become one warning that says so and lists
// the places (the first MAX_LISTED of them; the message gives the count), so that a reviewer can
// still check them. Totals that fail over row levels that were only inferred (no numbering, codes
// or level words), twice or more in one table, put those levels in doubt: one info, not checked;
// so does a rule firing on most rows of a table, every time on a column picked by its position, or
// an absence rule (not found in the PK, the Renstra …) on most rows.
import { readingTexts } from './readings.js';
import type { Finding, Lang, RuleDef } from './types.js';
import { pushTo } from '../util/multimap.js';

/** A rule firing on more than half the rows of a table, and on at least this many. */
const TABLE_MIN = 3;
/** The same rule this many times in one document (errors and warnings). */
const DOCUMENT_MIN = 20;

export interface Fired {
  finding: Finding;
  /** Subject type of the finding's rule. */
  type: string;
}

/** Rows (subjects) per subject type and table, to say what "most rows of a table" is. */
export type RowCounts = Map<string, number>;

export const rowKey = (type: string, table: string): string => `${type}\u0000${table}`;

/**
 * Places listed in one folded finding. A reviewer checks a few of them by hand; thousands (a
 * misread column of a 10 000-row table) would only make the output megabytes long.
 */
export const MAX_LISTED = 100;

/** Sums over row levels that were inferred: two that fail in one table put the levels in doubt. */
const INFERRED_MIN = 2;

export function guardFanOut(fired: Fired[], rows: RowCounts, rules: Map<string, RuleDef>, lang: Lang): Finding[] {
  const kept: Finding[] = [];
  const byTable = new Map<string, Fired[]>();
  const inferred = new Map<string, Finding[]>();
  for (const f of fired) {
    const table = f.finding.location.table;
    if (table && f.finding.severity !== 'info' && f.finding.restsOn?.includes('scope-inferred')) {
      const k = `${f.finding.ruleId}\u0000${table}`;
      pushTo(inferred, k, f.finding);
    }
  }
  const doubted = new Set<Finding>();
  for (const list of inferred.values()) {
    if (list.length < INFERRED_MIN) continue;
    for (const f of list) doubted.add(f);
    kept.push(collapse(list, rules, lang, { table: list[0].location.table!, rows: list.length }, 'inferred'));
  }
  for (const f of fired) {
    if (doubted.has(f.finding)) continue;
    const table = f.finding.location.table;
    // Completeness findings on a table's rows (an analysis missing per sasaran) are not readings of its values.
    if (f.finding.severity === 'info' || !table || f.finding.category === 'completeness') {
      kept.push(f.finding);
      continue;
    }
    const k = `${f.finding.ruleId}\u0000${table}`;
    const list = byTable.get(k) ?? [];
    list.push(f);
    byTable.set(k, list);
  }
  for (const list of byTable.values()) {
    const table = list[0].finding.location.table!;
    const total = rows.get(rowKey(list[0].type, table)) ?? list.length;
    // Every one of them on a column picked by position: that column is what is wrong.
    const byPosition = list.every((f) => f.finding.restsOn?.includes('column-position'));
    // Most rows missing from the document compared with: that document was likely misread.
    const absence = rules.get(list[0].finding.ruleId)?.absence === true;
    const kind = byPosition ? 'column' : absence ? 'absence' : undefined;
    if (list.length >= TABLE_MIN && list.length * 2 > total) kept.push(collapse(list.map((f) => f.finding), rules, lang, { table, rows: total }, kind));
    else kept.push(...list.map((f) => f.finding));
  }
  const byRule = new Map<string, Finding[]>();
  const out: Finding[] = [];
  for (const f of kept) {
    if (f.severity === 'info' || f.subject.startsWith('fan-out:')) {
      out.push(f);
      continue;
    }
    const list = byRule.get(f.ruleId) ?? [];
    list.push(f);
    byRule.set(f.ruleId, list);
  }
  for (const list of byRule.values()) {
    if (list.length >= DOCUMENT_MIN) out.push(collapse(list, rules, lang));
    else out.push(...list);
  }
  return out;
}

function collapse(list: Finding[], rules: Map<string, RuleDef>, lang: Lang, scope?: { table: string; rows: number }, kind?: 'inferred' | 'column' | 'absence'): Finding {
  const first = list[0];
  const rule = rules.get(first.ruleId);
  const texts = readingTexts().fanOut;
  const template = (kind ? texts[kind] : scope ? texts.table : texts.document)[lang];
  const message = template
    .replace('{rule}', rule?.title[lang] ?? first.ruleId)
    .replace('{count}', String(list.length))
    .replace('{rows}', String(scope?.rows ?? ''))
    .replace('{table}', scope?.table ?? '')
    .replace('{first}', first.message);
  return {
    ruleId: first.ruleId,
    category: first.category,
    // Levels or a column in doubt: what was not checked, not a defect of the report.
    severity: kind ? 'info' : 'warning',
    message,
    location: first.location,
    evidence: first.evidence,
    subject: `fan-out:${kind ? `${kind}:` : ''}${first.ruleId}:${scope ? scope.table : 'document'}`,
    related: list.slice(0, MAX_LISTED).map((f) => ({ location: f.location, evidence: f.evidence, note: f.message })),
  };
}
