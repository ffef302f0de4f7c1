// Runs the rule catalog over a model: subjects are collected by type, and each rule of that type
// decides on each subject, with its conditions compiled once into a synchronous predicate
// (src/engine/conditions.ts) or with its module's check. Findings are sorted for stable output.
// The subject providers are loaded on the first lint, so that a run that lints nothing
// (--version, --list-rules, a file that cannot be read) does not load them.
import type { Model, Loc } from '../model/types.js';
import { modules as shippedModules } from '../../rules/modules.js';
import { compile, type Condition, type Predicate } from './conditions.js';
import { display } from './format.js';
import { guardFanOut, rowKey, type Fired, type RowCounts } from './fan-out.js';
import { fillMessage, messageIdOf, templateOf, term } from './messages.js';
import { readingsOf, restsOnNote } from './readings.js';
import { DEFAULT_SETTINGS, type LintSettings } from './settings.js';
import { loadRules } from './rules.js';
import type { Finding, Lang, Related, RuleDef, RuleModule, Severity, Subject } from './types.js';

export interface LintOptions {
  lang?: Lang;
  rules?: RuleDef[];
  /** Rule modules by rule id, when `rules` come from elsewhere than the shipped catalog. */
  modules?: Record<string, RuleModule>;
  /** Per-rule severity override or 'off'. */
  ruleSeverity?: Record<string, Severity | 'off'>;
  /** Say which message variant each finding uses (for the rule tests; not part of the output). */
  messageIds?: boolean;
  /** The configuration's tolerance and default scale (none and Permendagri 86/2017 by default). */
  settings?: LintSettings;
}

const compiled = new WeakMap<RuleDef, Predicate>();

/** The rule's decision on one subject: false, or the messageId of its finding. */
function decider(rule: RuleDef, modules: Record<string, RuleModule>, settings: LintSettings): (s: Subject) => false | string {
  if (rule.module) {
    const mod = modules[rule.id];
    if (!mod) throw new Error(`rule ${rule.id} has no module in rules/modules.ts`);
    return (s) => {
      const r = mod.check(s.facts, s);
      return r === true ? messageIdOf(rule, s.facts, settings) : r || false;
    };
  }
  let p = compiled.get(rule);
  if (!p) compiled.set(rule, (p = compile(rule.conditions as Condition)));
  const test = p;
  return (s) => (test(s.facts, settings) ? messageIdOf(rule, s.facts, settings) : false);
}

export async function lintModel(model: Model, options: LintOptions = {}): Promise<Finding[]> {
  const { collectSubjects } = await import('../subjects/index.js');
  return lintWith(collectSubjects, model, options);
}

function lintWith(collect: (m: Model, needed: Set<string>, settings: LintSettings) => Map<string, Subject[]>, model: Model, options: LintOptions): Finding[] {
  const lang = options.lang ?? 'id';
  const rules = (options.rules ?? loadRules()).filter((r) => options.ruleSeverity?.[r.id] !== 'off');
  const modules = options.modules ?? shippedModules;
  const byId = new Map(rules.map((r) => [r.id, r]));
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const subjects = collect(model, new Set(rules.map((r) => r.subject)), settings);
  const fired: Fired[] = [];
  const seen = new Set<string>();
  const rows: RowCounts = new Map();
  for (const [type, list] of subjects)
    for (const s of list)
      if (s.loc.table) {
        const k = rowKey(type, s.loc.table);
        rows.set(k, (rows.get(k) ?? 0) + 1);
      }

  for (const [type, list] of subjects) {
    const typeRules = rules.filter((r) => r.subject === type).map((r) => ({ rule: r, decide: decider(r, modules, settings) }));
    if (!typeRules.length || !list.length) continue;
    // Indexed loops: this runs once per subject and rule (a million times on a large report).
    for (let i = 0; i < list.length; i++)
      for (let j = 0; j < typeRules.length; j++) {
        const subject = list[i];
        const { rule, decide } = typeRules[j];
        const messageId = decide(subject);
        if (messageId === false) continue;
        const dedupe = `${rule.id}\u0000${subject.key}`;
        if (seen.has(dedupe)) continue;
        seen.add(dedupe);
        const finding = toFinding(rule, messageId, subject, lang, options.ruleSeverity?.[rule.id] as Severity | undefined);
        if (options.messageIds) finding.messageId = messageId;
        fired.push({ type, finding });
      }
  }
  return sortFindings(guardFanOut(fired, rows, byId, lang));
}

function toFinding(rule: RuleDef, messageId: string, subject: Subject, lang: Lang, severity?: Severity): Finding {
  const facts = subject.facts;
  // Expected and actual print a fact, or a fragment of the rule (words chosen by a fact).
  const reported = (name?: string) =>
    name && rule.fragments?.[name] ? fillMessage(`{${name}}`, rule, facts, lang) : display(name ? facts[name] : undefined, lang);
  const shown = { ...facts, expected: reported(rule.report?.expected), actual: reported(rule.report?.actual) };
  // Error means certain: a finding that rests on an uncertain reading (a column taken by position,
  // text recognised by OCR …) is at most a warning, and says what it rests on.
  const readings = readingsOf(subject);
  const stated = severity ?? rule.severity;
  const message = fillMessage(templateOf(rule, messageId)[lang], rule, shown, lang);
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
      ...(r.note ? { note: noteText(r.note, rule, lang) } : {}),
    }));
  return finding;
}

function noteText(note: NonNullable<Related['note']>, rule: RuleDef, lang: Lang): string {
  if (typeof note === 'object' && 'term' in note) {
    const text = term(note.term);
    if (!text) throw new Error(`rule ${rule.id}: no term "${note.term}" in rules/terms.json`);
    return fillMessage(text[lang], rule, note.params ?? {}, lang);
  }
  return display(note, lang);
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
