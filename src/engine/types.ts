import type { Loc, Model } from '../model/types.js';

export type Severity = 'error' | 'warning' | 'info';
export type Category =
  | 'arithmetic'
  | 'capaian'
  | 'rating'
  | 'consistency'
  | 'narrative'
  | 'period'
  | 'completeness'
  | 'structure'
  | 'reference';
export type Lang = 'id' | 'en';
export type Localized = { id: string; en: string };

/** A computed number with the unit and decimals to print it with. Exact: no precision interval. */
export interface Quantity {
  value: number;
  unit?: 'percent' | 'rupiah';
  decimals: number;
  /**
   * Half-width of the interval the value may lie in because the printed values it was computed from
   * are rounded (0,17 ÷ 0,09 may be anything from 173,7% to 205,9%); 0 or absent when exact.
   */
  half?: number;
}

/** A shared term of rules/terms.json by "table.key", with values for its placeholders. */
export interface TermRef {
  term: string;
  params?: Record<string, unknown>;
}

/** Another place a finding involves (remark-lint's `cause`): "the PK says B here". */
export interface Related {
  location: Loc;
  evidence?: string;
  /**
   * What the place is: a shared term of rules/terms.json ("table.key"), its {placeholders} filled
   * from `params` (message text stays in the rule data) — or, not yet moved there, text.
   */
  note?: string | Localized | TermRef;
}

/** One thing a rule looks at: a budget node, an indicator, a claim, the scale … with its facts. */
export interface Subject {
  type: string;
  /** Logical identity, independent of format and position (used for parity and fingerprints). */
  key: string;
  loc: Loc;
  evidence: string;
  related?: Related[];
  /** Uncertain readings the subject rests on beyond its located values (e.g. an inferred scope). */
  readings?: string[];
  facts: Record<string, unknown>;
}

export interface RuleExample {
  name?: string;
  /** A report in the input form (meta.tahun defaults to 2021) … */
  report?: Record<string, unknown>;
  /** … or a document read through a format reader and the understanding step. */
  document?: { format: 'markdown' | 'text'; text: string };
  /** The other files of a berkas beside `report` (the LKjIP), each judged by its content. */
  berkas?: { file: string; report: Record<string, unknown> }[];
  /** Last year's LKjIP (meta.tahun defaults to 2020). */
  previous?: Record<string, unknown>;
  findings?: { expected?: string; actual?: string; subject?: string; messageId?: string }[];
}

export interface RuleDef {
  id: string;
  category: Category;
  severity: Severity;
  subject: string;
  title: Localized;
  description: Localized;
  /** The message when the rule has one variant … */
  message?: Localized;
  /** … or its variants by messageId, the first `select` entry whose condition holds choosing one. */
  messages?: Record<string, Localized>;
  select?: { when: Record<string, unknown>; messageId: string }[];
  /** Words a placeholder stands for, chosen by a fact's value (src/engine/messages.ts). */
  fragments?: Record<string, import('./messages.js').Fragment>;
  source: string;
  checklist?: string[];
  /** json-rules-engine conditions over the subject's facts; absent when a rule module decides. */
  conditions?: Record<string, unknown>;
  /** The rule decides in rules/<category>/<name>.ts (registered in rules/modules.ts). */
  module?: boolean;
  /** Its findings rest on a reading that may be wrong: the strict preset leaves its severity. */
  doubtful?: boolean;
  report?: { expected?: string; actual?: string };
  examples: { valid: RuleExample[]; invalid: RuleExample[] };
  /** Says something is missing elsewhere: on most rows of a table, that elsewhere is in doubt. */
  absence?: boolean;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  location: Loc;
  evidence: string;
  expected?: string;
  actual?: string;
  subject: string;
  related?: { location: Loc; evidence?: string; note?: string }[];
  /** The uncertain readings (schema `Reading`) the finding rests on; such a finding is never an error. */
  restsOn?: string[];
  /** The rule's message variant, when asked for (LintOptions.messageIds: the rule tests). */
  messageId?: string;
}

/**
 * A rule that decides in code (rules/<category>/<name>.ts): given a subject's facts, no finding
 * (false), a finding with the default message (true) or with the message variant it names.
 */
export interface RuleModule {
  check: (facts: Record<string, unknown>, subject: Subject) => boolean | string;
}

export interface EngineContext {
  model: Model;
  lang: Lang;
}
