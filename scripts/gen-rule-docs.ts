// npm run docs: writes docs/rules/ from the rule catalog and removes docs of rules that are gone.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/engine/package-root.js';
import { loadRules } from '../src/engine/rules.js';
import { ruleDocs } from '../src/report/rule-docs.js';

const docs = ruleDocs(loadRules());
const dir = join(packageRoot, 'docs/rules');
mkdirSync(dir, { recursive: true });
for (const name of readdirSync(dir)) if (!docs.has(`docs/rules/${name}`)) rmSync(join(dir, name));
for (const [path, content] of docs) writeFileSync(join(packageRoot, path), content);
console.log(`wrote ${docs.size} files to docs/rules/`);
