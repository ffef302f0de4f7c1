// A finding's message, from the rule's data only: the message variant the facts select (ESLint's
// meta.messages with a messageId), its {placeholders} filled with facts, and fragments — words
// chosen by a fact's value ("(polaritas tidak dinyatakan)") from the rule's own table or a shared
// one in rules/terms.json. No message text lives in code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, type Condition, type Facts, type Predicate } from './conditions.js';
import { display } from './format.js';
import { packageRoot } from './package-root.js';
import type { LintSettings } from './settings.js';
import type { Lang, Localized, RuleDef } from './types.js';

export interface Fragment {
  /** The fact whose value picks the case. */
  fact: string;
  /** Text per value of the fact (as a string: "true", "negative" …) … */
  cases?: Record<string, Localized>;
  /** … or the name of a shared table in rules/terms.json. */
  terms?: string;
  /** For any other value; without it, nothing. */
  default?: Localized;
}

export type Terms = Record<string, Record<string, Localized>>;

let shared: Terms | undefined;
export function terms(): Terms {
  return (shared ??= JSON.parse(readFileSync(join(packageRoot, 'rules', 'terms.json'), 'utf8')) as Terms);
}

/** A shared term by "table.key", for notes on related places. */
export function term(ref: string): Localized | undefined {
  const dot = ref.indexOf('.');
  return terms()[ref.slice(0, dot)]?.[ref.slice(dot + 1)];
}

const selectors = new WeakMap<RuleDef, { when: Predicate; messageId: string }[]>();

/** The message variant for these facts: the first `select` entry whose condition holds, else "default". */
export function messageIdOf(rule: RuleDef, facts: Facts, settings?: LintSettings): string {
  if (!rule.select) return 'default';
  let list = selectors.get(rule);
  if (!list) selectors.set(rule, (list = rule.select.map((s) => ({ when: compile(s.when as Condition), messageId: s.messageId }))));
  return list.find((s) => s.when(facts, settings))?.messageId ?? 'default';
}

export function templateOf(rule: RuleDef, messageId: string): Localized {
  return rule.messages?.[messageId] ?? rule.message!;
}

function fragmentText(f: Fragment, facts: Facts): Localized | undefined {
  const key = String(facts[f.fact]);
  const table = f.terms ? terms()[f.terms] : f.cases;
  return table?.[key] ?? f.default;
}

/** Fragments may name fragments, this deep (a fragment naming itself stops here). */
const MAX_FRAGMENT_DEPTH = 4;

/** Fill `{name}` placeholders: a fragment of the rule, else a fact (values printed for `lang`). */
export function fillMessage(template: string, rule: RuleDef, facts: Facts, lang: Lang, depth = 0): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const fragment = rule.fragments?.[name];
    if (fragment) {
      const text = fragmentText(fragment, facts);
      return text && depth < MAX_FRAGMENT_DEPTH ? fillMessage(text[lang], rule, facts, lang, depth + 1) : '';
    }
    return name in facts ? display(facts[name], lang) : whole;
  });
}
