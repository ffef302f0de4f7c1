// `--checklist`: the Checklist Reviu on stdout, one line per item, under the file's name.
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-process.js';

describe('--checklist', () => {
  it('prints the checklist as lines (not one line with \\n escapes), each item with its status', async () => {
    const r = await runCli(['fixtures/semboro-2021.yaml', '--checklist', '-f', 'json', '-o', '/dev/null']);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('fixtures/semboro-2021.yaml');
    expect(lines[1]).toMatch(/^CHECKLIST REVIU/);
    expect(r.stdout).not.toContain('\\n');
    expect(lines.filter((l) => /^ {2}(I|II|III)\.\d+ /.test(l))).toHaveLength(23);
  });

  it('a file of which nothing was understood meets no item: each needs confirmation', async () => {
    const r = await runCli(['fixtures/not-checked/sampul-saja.txt', '--checklist', '-f', 'json', '-o', '/dev/null']);
    expect(r.code).toBe(1);
    const items = r.stdout.split('\n').filter((l) => /^ {2}(I|II|III)\.\d+ /.test(l));
    expect(items).toHaveLength(23);
    for (const l of items) expect(l).toContain('PERLU KONFIRMASI');
  });
});
