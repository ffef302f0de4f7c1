// Rule conditions in json-rules-engine's JSON form (all / any / not; fact, path, operator, value,
// where a value may name another fact: { "fact": "computed" }), compiled once per rule into a plain
// synchronous predicate over a subject's facts. json-rules-engine itself evaluates each subject
// asynchronously and clones the facts for every rule: on a long report most of the rules' time. Its
// semantics are kept (test/conditions.test.ts runs every rule against json-rules-engine as well);
// beyond them a leaf may carry `options` for operators that take some (Spectral's functionOptions).
import { operators, type Operator } from './operators.js';
import { DEFAULT_SETTINGS, type LintSettings } from './settings.js';

export interface Leaf {
  fact: string;
  path?: string;
  operator: string;
  value: unknown;
  options?: Record<string, unknown>;
}
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | Leaf;
export type Facts = Record<string, unknown>;
/** Decides on one subject's facts, under the lint's settings (the configured tolerance). */
export type Predicate = (facts: Facts, settings?: LintSettings) => boolean;

/** The keys of `$.a.b` or `a.b`. */
const pathKeys = (path: string): string[] => path.replace(/^\$\.?/, '').split('.').filter(Boolean);

function atKeys(value: unknown, keys: readonly string[]): unknown {
  let v: any = value;
  for (let i = 0; i < keys.length; i++) {
    if (v == null) return undefined;
    v = v[keys[i]];
  }
  return v;
}

/** `$.a.b` or `a.b` inside a fact's value. */
export function atPath(value: unknown, path: string): unknown {
  return atKeys(value, pathKeys(path));
}

const isFactRef = (v: unknown): v is { fact: string; path?: string } =>
  !!v && typeof v === 'object' && !Array.isArray(v) && typeof (v as { fact?: unknown }).fact === 'string';

export function compile(c: Condition, table: Record<string, Operator> = operators): Predicate {
  // Loops rather than every/some: this runs for every subject and rule, and a callback allocates per call.
  if ('all' in c) {
    const parts = c.all.map((x) => compile(x, table));
    return (f, s) => {
      for (let i = 0; i < parts.length; i++) if (!parts[i](f, s)) return false;
      return true;
    };
  }
  if ('any' in c) {
    const parts = c.any.map((x) => compile(x, table));
    return (f, s) => {
      for (let i = 0; i < parts.length; i++) if (parts[i](f, s)) return true;
      return false;
    };
  }
  if ('not' in c) {
    const inner = compile(c.not, table);
    return (f, s) => !inner(f, s);
  }
  const op = table[c.operator];
  if (!op) throw new Error(`unknown operator "${c.operator}"`);
  const read = (name: string, path?: string) => {
    const keys = path ? pathKeys(path) : [];
    return keys.length ? (f: Facts) => atKeys(f[name], keys) : (f: Facts) => f[name];
  };
  const left = read(c.fact, c.path);
  const right = isFactRef(c.value) ? read(c.value.fact, c.value.path) : () => c.value;
  const options = c.options ?? {};
  const accepts = op.accepts;
  return (f, s = DEFAULT_SETTINGS) => {
    const a = left(f);
    return (!accepts || accepts(a)) && op.test(a, right(f), options, s);
  };
}

/** Every leaf of a condition tree, in order. */
export function leaves(c: Condition): Leaf[] {
  if ('all' in c) return c.all.flatMap(leaves);
  if ('any' in c) return c.any.flatMap(leaves);
  if ('not' in c) return leaves(c.not);
  return [c];
}
