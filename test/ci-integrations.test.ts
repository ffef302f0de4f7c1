// The CI integrations for report repositories. action.yml (a composite GitHub Action) is run as
// the runner would: its `run:` steps in bash with the inputs set through their `env:`, $GITHUB_OUTPUT
// and $GITHUB_ACTION_PATH (this checkout, already built, so the install step needs no network),
// in a temporary folder holding copies of the fixtures; `uses:` steps (setup-node, upload-sarif)
// are not run but their conditions and inputs are checked. And .pre-commit-hooks.yaml is checked by
// pre-commit itself when Debian's pre-commit is installed.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve('.');
const work = mkdtempSync(join(tmpdir(), 'lkjip-ci-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Step {
  name: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

interface Action {
  inputs: Record<string, { required?: boolean; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

interface Context {
  inputs: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string> }>;
}

/** A context value: inputs.x, steps.id.outputs.x, github.action_path. */
function lookup(ref: string, c: Context): string {
  const parts = ref.split('.');
  if (parts[0] === 'inputs' && parts.length === 2) return c.inputs[parts[1]] ?? '';
  if (parts[0] === 'steps' && parts[2] === 'outputs' && parts.length === 4) return c.steps[parts[1]]?.outputs[parts[3]] ?? '';
  if (ref === 'github.action_path') return ROOT;
  throw new Error(`unsupported context ${ref}`);
}

/**
 * The expressions action.yml uses: `ref`, and conditions joined by && of always(), `ref == 'x'`
 * and `ref != 'x'`. Anything else throws, so a new kind of expression needs this updated.
 */
function evaluate(expr: string, c: Context, failed: boolean): string | boolean {
  const e = expr.trim();
  if (!e.includes('&&') && !/==|!=|\(\)/.test(e)) return lookup(e, c);
  let always = false;
  const result = e.split('&&').every((part) => {
    const p = part.trim();
    if (p === 'always()') return (always = true);
    const m = /^([\w.-]+)\s*(==|!=)\s*'([^']*)'$/.exec(p);
    if (!m) throw new Error(`unsupported expression ${p}`);
    return (lookup(m[1], c) === m[3]) === (m[2] === '==');
  });
  // Without always(), a step runs only while every step before it succeeded.
  return result && (always || !failed);
}

const substitute = (text: string, c: Context) => text.replace(/\$\{\{(.*?)\}\}/g, (_, e: string) => String(evaluate(e, c, false)));

interface StepRun {
  name: string;
  ran: boolean;
  status?: number;
  stdout?: string;
  with?: Record<string, string>;
}

/** Runs the action's steps with the given inputs in `cwd`; returns what each step did. */
function runAction(action: Action, given: Record<string, string>, cwd: string): { steps: StepRun[]; context: Context } {
  const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, given[k] ?? v.default ?? '']));
  for (const [k, v] of Object.entries(action.inputs)) if (v.required) expect(inputs[k], `required input ${k}`).not.toBe('');
  const context: Context = { inputs, steps: {} };
  const out: StepRun[] = [];
  let failed = false;
  for (const step of action.runs.steps) {
    const condition = step.if ? evaluate(step.if.replace(/^\$\{\{|\}\}$/g, ''), context, failed) : !failed;
    if (!condition) {
      out.push({ name: step.name, ran: false });
      continue;
    }
    if (step.uses) {
      out.push({ name: step.name, ran: true, with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, substitute(String(v), context)])) });
      continue;
    }
    expect(step.shell, step.name).toBe('bash');
    expect(step.run, `${step.name}: a script takes its inputs from env, never from \${{ }}`).not.toContain('${{');
    const outputFile = join(cwd, `.github-output-${out.length}`);
    writeFileSync(outputFile, '');
    const env = { ...process.env, ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(String(v), context)])), GITHUB_OUTPUT: outputFile, GITHUB_ACTION_PATH: ROOT, NO_COLOR: '1' };
    // GitHub runs `shell: bash` as `bash --noprofile --norc -eo pipefail {0}`.
    const script = join(cwd, `.step-${out.length}.sh`);
    writeFileSync(script, step.run!);
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], { cwd, env, encoding: 'utf8' });
    if (step.id) context.steps[step.id] = { outputs: Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])) };
    if (r.status !== 0) failed = true;
    out.push({ name: step.name, ran: true, status: r.status ?? -1, stdout: r.stdout + r.stderr });
  }
  return { steps: out, context };
}

describe('GitHub Action (action.yml)', () => {
  const action = parse(readFileSync('action.yml', 'utf8')) as Action;
  const repo = join(work, 'repo');
  mkdirSync(join(repo, 'laporan', 'tahun 2021'), { recursive: true });
  copyFileSync('fixtures/semboro-2021.yaml', join(repo, 'laporan', 'tahun 2021', 'semboro 2021.yaml'));
  copyFileSync('fixtures/clean-2021.yaml', join(repo, 'laporan', 'clean-2021.yaml'));
  const byName = (steps: StepRun[], name: string) => steps.find((s) => s.name === name)!;

  it('is a composite action that sets up Node, installs, lints and uploads SARIF', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps.map((s) => s.uses ?? s.name)).toEqual(['actions/setup-node@v5', 'Install lkjip-lint', 'Lint', 'github/codeql-action/upload-sarif@v4', 'Result']);
    expect(Object.keys(action.outputs)).toEqual(['exit-code', 'sarif-file']);
  });

  it('lints the given paths (one per line, with spaces), writes SARIF for the upload and fails on error-level findings', () => {
    const { steps, context } = runAction(action, { paths: 'laporan/tahun 2021/semboro 2021.yaml\n  laporan/clean-2021.yaml  \n', args: '--max-warnings 100' }, repo);
    expect(byName(steps, 'Install lkjip-lint')).toMatchObject({ ran: true, status: 0 });
    expect(byName(steps, 'Install lkjip-lint').stdout).toContain('already built');
    const lint = byName(steps, 'Lint');
    expect(lint, lint.stdout).toMatchObject({ ran: true, status: 0 });
    expect(lint.stdout).toContain('laporan/tahun 2021/semboro 2021.yaml');
    expect(context.steps.lint.outputs).toEqual({ 'exit-code': '1', sarif: 'true' });
    const sarif = JSON.parse(readFileSync(join(repo, 'lkjip-lint.sarif'), 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    const uris = new Set(sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri));
    expect([...uris]).toEqual(['laporan/tahun%202021/semboro%202021.yaml']);
    expect(byName(steps, 'Upload SARIF to code scanning')).toEqual({ name: 'Upload SARIF to code scanning', ran: true, with: { sarif_file: 'lkjip-lint.sarif', category: 'lkjip-lint' } });
    expect(byName(steps, 'Result')).toMatchObject({ ran: true, status: 1 });
    expect(byName(steps, 'Result').stdout).toContain('::error::lkjip-lint: error-level findings');
  });

  it('with fail-on-findings false and no upload: passes on findings; an unreadable file still fails', () => {
    const ok = runAction(action, { paths: 'laporan/tahun 2021/semboro 2021.yaml', 'fail-on-findings': 'false', 'upload-sarif': 'false', lang: 'en' }, repo);
    expect(ok.context.steps.lint.outputs['exit-code']).toBe('1');
    expect(byName(ok.steps, 'Upload SARIF to code scanning').ran).toBe(false);
    expect(byName(ok.steps, 'Result')).toMatchObject({ ran: true, status: 0 });
    expect(byName(ok.steps, 'Result').stdout).toContain('::warning::');
    const missing = runAction(action, { paths: 'laporan/hilang.pdf' }, repo);
    expect(missing.context.steps.lint.outputs['exit-code']).toBe('2');
    expect(byName(missing.steps, 'Result')).toMatchObject({ ran: true, status: 2 });
  });
});

describe('pre-commit hook (.pre-commit-hooks.yaml)', () => {
  const hooks = parse(readFileSync('.pre-commit-hooks.yaml', 'utf8')) as { id: string; entry: string; language: string; files: string }[];
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

  it('runs the package’s own bin on the PDFs a commit touches', () => {
    expect(hooks.map((h) => h.id)).toEqual(['lkjip-lint']);
    const [hook] = hooks;
    expect(hook.language).toBe('node');
    expect(Object.keys(pkg.bin)).toContain(hook.entry);
    expect(pkg.scripts.prepare).toBeDefined();
    const files = new RegExp(hook.files);
    expect(['laporan/LKjIP 2021.pdf', 'fixtures/semboro-2021.pdf'].filter((f) => files.test(f))).toHaveLength(2);
    expect(['README.md', 'package.json', '.pre-commit-config.yaml'].filter((f) => files.test(f))).toEqual([]);
  });

  // pre-commit installs a Node hook with `npm pack` and takes the tarball's name from its stdout,
  // where npm would print the prepare script's banner first (pre-commit 3.0.4 then fails with ENOENT).
  it('npm runs lifecycle scripts without a banner in this repository (.npmrc), so pre-commit can install it', () => {
    const r = spawnSync('npm', ['config', 'get', 'foreground-scripts'], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('false');
  });

  const PRE_COMMIT = '/usr/bin/pre-commit';
  if (!existsSync(PRE_COMMIT)) console.warn(`ci-integrations: pre-commit manifest check SKIPPED because ${PRE_COMMIT} is missing (apt-get install -y pre-commit; .ci/run installs it)`);
  it.skipIf(!existsSync(PRE_COMMIT))('is a valid hook manifest to pre-commit itself (and a broken one is not)', () => {
    const valid = spawnSync(PRE_COMMIT, ['validate-manifest', '.pre-commit-hooks.yaml'], { encoding: 'utf8' });
    expect(valid.status, valid.stdout + valid.stderr).toBe(0);
    const broken = join(work, 'broken-hooks.yaml');
    writeFileSync(broken, readFileSync('.pre-commit-hooks.yaml', 'utf8').replace(/^\s*entry:.*$/m, ''));
    expect(spawnSync(PRE_COMMIT, ['validate-manifest', broken], { encoding: 'utf8' }).status).not.toBe(0);
  });
});
