import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../src/engine/rules.js';
import { ruleDocs } from '../src/report/rule-docs.js';

describe('generated rule docs', () => {
  const docs = ruleDocs(loadRules());
  it.each([...docs.keys()])('%s exists and is current (npm run docs)', (path) => {
    expect(existsSync(path), `${path} is missing: run npm run docs`).toBe(true);
    expect(readFileSync(path, 'utf8'), `${path} is stale: run npm run docs`).toBe(docs.get(path));
  });
  it('has no doc for a rule that does not exist', () => {
    const extra = readdirSync('docs/rules').map((n) => `docs/rules/${n}`).filter((p) => !docs.has(p));
    expect(extra).toEqual([]);
  });
});
