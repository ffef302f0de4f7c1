// Rule modules: rules whose check is procedural by nature decide in a small module beside their
// data (rules/<category>/<name>.ts, ESLint's shape: the rule's JSON holds its messages, metadata and
// examples; the module its `check`). Each is registered here by rule id, so that the runner loads
// them with the rest of the code; test/rule-modules.test.ts checks that every module is listed and
// every listed module has its rule.
import type { RuleModule } from '../src/engine/types.js';

export const modules: Record<string, RuleModule> = {};
