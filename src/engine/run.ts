// Runs the rule catalog over a model: subjects are collected by type, and each type gets one
// json-rules-engine instance holding the rules for that type. Findings are sorted for stable output.
// json-rules-engine and the subject collectors are loaded on the first lint, so that a run that
// lints nothing (--version, --list-rules, a file that cannot be read) does not load them.
import type { RuleProperties } from 'json-rules-engine';
import type { Model, Loc } from '../model/types.js';
import { addOperators } from './operators.js';
import { display, fill } from './format.js';
import { guardFanOut, rowKey, type Fired, type RowCounts } from './fan-out.js';
import { readingsOf, restsOnNote } from './readings.js';
import { loadRules } from './rules.js';
import type { Finding, Lang, RuleDef, Severity, Subject } from './types.js';

export interface LintOptions {
  lang?: Lang;
  rules?: RuleDef[];
  /** Per-rule severity override or 'off'. */
  ruleSeverity?: Record<string, Severity | 'off'>;
}

const pathResolver = (value: any, path: string) =>
  path.replace(/^\$\.?/, '').split('.').filter(Boolean).reduce((v, k) => (v == null ? undefined : v[k]), value);

export async function lintModel(model: Model, options: LintOptions = {}): Promise<Finding[]> {
  const [{ Engine }, { collectSubjects }] = await Promise.all([import('json-rules-engine'), import('./subjects/index.js')]);
  const lang = options.lang ?? 'id';
  const rules = (options.rules ?? loadRules()).filter((r) => options.ruleSeverity?.[r.id] !== 'off');
  const byId = new Map(rules.map((r) => [r.id, r]));
  const subjects = collectSubjects(model, new Set(rules.map((r) => r.subject)));
  const fired: Fired[] = [];
  const seen = new Set<string>();
  const rows: RowCounts = new Map();
  for (const [type, list] of subjects)
    for (const s of list) if (s.loc.table) rows.set(rowKey(type, s.loc.table), (rows.get(rowKey(type, s.loc.table)) ?? 0) + 1);

  for (const [type, list] of subjects) {
    const typeRules = rules.filter((r) => r.subject === type);
    if (!typeRules.length || !list.length) continue;
    const engine = new Engine([], { allowUndefinedFacts: true, pathResolver });
    addOperators(engine);
    for (const r of typeRules) engine.addRule({ name: r.id, conditions: r.conditions, event: { type: r.id } } as RuleProperties);
    for (const subject of list) {
      const { events } = await engine.run({ ...subject.facts });
      for (const event of events) {
        const rule = byId.get(event.type)!;
        const dedupe = `${rule.id}\u0000${subject.key}`;
        if (seen.has(dedupe)) continue;
        seen.add(dedupe);
        fired.push({ type, finding: toFinding(rule, subject, lang, options.ruleSeverity?.[rule.id] as Severity | undefined) });
      }
    }
  }
  return sortFindings(guardFanOut(fired, rows, byId, lang));
}

function toFinding(rule: RuleDef, subject: Subject, lang: Lang, severity?: Severity): Finding {
  const facts = subject.facts;
  const expected = rule.report?.expected ? facts[rule.report.expected] : undefined;
  const actual = rule.report?.actual ? facts[rule.report.actual] : undefined;
  const shown = { ...facts, expected: display(expected, lang), actual: display(actual, lang) };
  // Error means certain: a finding that rests on an uncertain reading (a column taken by position,
  // text recognised by OCR …) is at most a warning, and says what it rests on.
  const readings = readingsOf(subject);
  const stated = severity ?? rule.severity;
  const message = fill(rule.message[lang], shown, lang);
  const finding: Finding = {
    ruleId: rule.id,
    category: rule.category,
    severity: readings.length && stated === 'error' ? 'warning' : stated,
    message: readings.length ? `${message} ${restsOnNote(readings, stated === 'error', lang)}` : message,
    location: subject.loc,
    evidence: subject.evidence,
    subject: subject.key,
  };
  if (readings.length) finding.restsOn = readings;
  if (rule.report?.expected) finding.expected = shown.expected;
  if (rule.report?.actual) finding.actual = shown.actual;
  if (subject.related?.length)
    finding.related = subject.related.map((r) => ({
      location: r.location,
      ...(r.evidence ? { evidence: r.evidence } : {}),
      ...(r.note ? { note: display(r.note, lang) } : {}),
    }));
  return finding;
}

/** Order in the original document where a structured file says it, else in the file itself. */
function position(loc: Loc): [number, number, number] {
  if (loc.source && (loc.source.line || loc.source.page)) return [loc.source.page ?? 0, loc.source.line ?? 0, loc.line ?? 0];
  return [loc.page ?? 0, loc.line ?? loc.paragraph ?? 0, loc.column ?? 0];
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => {
    if (a.location.file !== b.location.file) return a.location.file < b.location.file ? -1 : 1;
    const pa = position(a.location);
    const pb = position(b.location);
    for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
    if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
    return a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0;
  });
}
