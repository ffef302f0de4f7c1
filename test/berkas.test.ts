// --berkas through the CLI as a process: the Semboro sample split into its LKjIP and its separate
// Renstra, PK, PK Perubahan, RKT and IKU files (scripts/make-semboro-berkas.mjs; neutral names, so
// only the content tells them apart) gives the findings of the single file, each located in its
// own file; a folder of several OPDs gives one result each; the configuration's role map; what is
// missing from a berkas; folders that are no berkas.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from './cli-process.js';
import type { Finding } from '../src/engine/types.js';

const BERKAS = 'fixtures/berkas/semboro-2021';
const tmp = mkdtempSync(join(tmpdir(), 'lkjip-berkas-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface JsonResult {
  file: string;
  error?: string;
  documents?: { file: string; role: string; by: string }[];
  findings: Finding[];
}
const results = (stdout: string) => (JSON.parse(stdout) as { results: JsonResult[] }).results;
const said = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.severity} ${f.message}`).sort();

describe('a berkas of the Semboro sample split into files', () => {
  const runs = Promise.all([runCli(['--berkas', BERKAS, '-f', 'json']), runCli(['fixtures/semboro-2021.txt', '-f', 'json'])]);

  it('gives the same findings as the single file, the cross-document ones first of all', async () => {
    const [berkas, single] = await runs;
    expect(berkas.stderr).toBe('');
    expect(berkas.code).toBe(single.code);
    const [b] = results(berkas.stdout);
    const [s] = results(single.stdout);
    const cross = (r: JsonResult) => said(r.findings.filter((f) => f.category === 'consistency'));
    expect(cross(s).length).toBeGreaterThan(5);
    expect(cross(b)).toEqual(cross(s));
    // And nothing else comes or goes: the berkas says what the attachments said inside the LKjIP.
    expect(said(b.findings)).toEqual(said(s.findings));
  });

  it('knows each file by its content and names it in the JSON contract', async () => {
    const [b] = results((await runs)[0].stdout);
    expect(b.file).toBe(BERKAS);
    const roles = Object.fromEntries(b.documents!.map((d) => [d.file.split('/').pop(), `${d.role} ${d.by}`]));
    expect(roles).toEqual({
      'dokumen-d.txt': 'lkjip content',
      'dokumen-f.txt': 'renstra content',
      'dokumen-b.txt': 'pk content',
      'dokumen-e.txt': 'pk-perubahan content',
      'dokumen-a.txt': 'rkt content',
      'dokumen-c.txt': 'iku content',
    });
  });

  it('locates every finding in the file it stands in', async () => {
    const [b] = results((await runs)[0].stdout);
    const files = new Set(b.documents!.map((d) => d.file));
    const places = b.findings.flatMap((f) => [f.location, ...(f.related ?? []).map((r) => r.location)]);
    for (const loc of places) expect(files).toContain(loc.file);
    // The RKT's budget beside Bab III's: the finding in the RKT's file, its partner in the LKjIP's.
    const budget = b.findings.find((f) => f.ruleId === 'consistency/budget-mismatch')!;
    expect(budget.location.file).toBe(`${BERKAS}/dokumen-a.txt`);
    expect(budget.related!.map((r) => r.location.file)).toContain(`${BERKAS}/dokumen-d.txt`);
    expect(new Set(places.map((l) => l.file)).size).toBeGreaterThan(3);
  });
});

describe('extract --berkas', () => {
  it('reads the folder into one model whose every place names its file; extract refuses --previous', async () => {
    const out = join(tmp, 'berkas.yaml');
    const [run, refused] = await Promise.all([runCli(['extract', '--berkas', BERKAS, '-o', out]), runCli(['extract', BERKAS, '--previous', 'fixtures/previous/semboro-2020.yaml', '--lang', 'en'])]);
    expect(run.code, run.stderr).toBe(0);
    const model = parse(readFileSync(out, 'utf8')) as { pk?: { at?: { file?: string } }[]; renstra?: { at?: { file?: string } }; pengukuran?: unknown[] };
    // The LKjIP's own measurement table, the PK and the Renstra of their own files.
    expect(model.pengukuran!.length).toBeGreaterThan(0);
    expect(new Set(model.pk!.map((p) => p.at?.file?.split('/').pop()))).toEqual(new Set(['dokumen-b.txt', 'dokumen-e.txt']));
    expect(model.renstra!.at?.file).toMatch(/dokumen-f\.txt$/);
    expect(refused.code).toBe(2);
    expect(refused.stdout + refused.stderr).toContain('extract reads one report; --previous is for linting only');
  });
});

describe('a folder of several OPDs', () => {
  it('gives one result per subfolder; a berkas without a PK says so once; the configuration maps roles', async () => {
    const root = join(tmp, 'opd');
    cpSync(BERKAS, join(root, 'lengkap'), { recursive: true });
    // The second OPD sent its LKjIP and its RKT, no PK.
    cpSync(`${BERKAS}/dokumen-d.txt`, join(root, 'tanpa-pk', 'laporan.txt'));
    cpSync(`${BERKAS}/dokumen-a.txt`, join(root, 'tanpa-pk', 'rencana.txt'));
    const config = join(tmp, 'roles.json');
    writeFileSync(config, JSON.stringify({ berkasRoles: { 'opd/tanpa-pk/rencana.txt': 'rkt' } }));
    const run = await runCli(['--berkas', root, '-f', 'json', '-c', config]);
    const [full, partial] = results(run.stdout);
    expect([full.file, partial.file]).toEqual([join(root, 'lengkap'), join(root, 'tanpa-pk')]);
    expect(partial.documents!.map((d) => `${d.file.split('/').pop()} ${d.role} ${d.by}`)).toEqual(['laporan.txt lkjip content', 'rencana.txt rkt config']);
    const missing = (r: JsonResult) => r.findings.filter((f) => /berkas-missing|missing-pk-attachment/.test(f.ruleId)).map((f) => `${f.ruleId} ${f.severity}`);
    expect(missing(full)).toEqual([]);
    // No PK (a warning, and the single file's missing-pk-attachment not besides it), no Renstra, no IKU (info).
    expect(missing(partial)).toEqual(['completeness/berkas-missing-pk warning', 'completeness/berkas-missing-plan info', 'completeness/berkas-missing-plan info']);
    const pk = partial.findings.find((f) => f.ruleId === 'completeness/berkas-missing-pk')!;
    expect(pk.location.file).toBe(join(root, 'tanpa-pk'));
    expect(pk.message).toContain('rencana.txt: rkt');
  });
});

describe('folders that are no berkas', () => {
  it('refuses a file, and a folder without an LKjIP, with one line each, and exit 2', async () => {
    const noLkjip = join(tmp, 'tanpa-lkjip');
    cpSync(`${BERKAS}/dokumen-b.txt`, join(noLkjip, 'pk.txt'));
    const run = await runCli(['--berkas', `${BERKAS}/dokumen-d.txt`, noLkjip, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('--berkas takes folders, not files');
    expect(run.stdout).toContain('no LKjIP in this folder, only: pk.txt (pk)');
  });

  it('never writes an output over a file of the berkas', async () => {
    const run = await runCli(['--berkas', BERKAS, '-f', 'json', '-o', `${BERKAS}/dokumen-d.txt`, '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${BERKAS}/dokumen-d.txt:`);
    expect(run.stdout).toBe('');
  });
});
