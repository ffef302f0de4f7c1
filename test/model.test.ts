import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadStructured } from '../src/model/load-structured.js';
import { InputError } from '../src/model/errors.js';
import { validate } from '../src/model/validate.js';

const SAMPLE = 'fixtures/semboro-2021.yaml';

describe('report model', () => {
  it('the generated TypeScript types match the JSON Schema', () => {
    expect(() => execFileSync('node', ['scripts/gen-model-types.mjs', '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  it('the Semboro transcription is a valid report', () => {
    expect(validate(JSON.parse(JSON.stringify(loadStructured(readFileSync(SAMPLE, 'utf8'), SAMPLE, 'yaml').input)))).toEqual([]);
  });

  it('names the JSON pointer and what was expected', () => {
    expect(validate({ meta: { tahun: 2021 }, pk: [{ kind: 'pk-murni' }] })).toEqual([
      { pointer: '/pk/0/kind', message: 'must be one of "pk", "pk-perubahan"', pesan: 'harus salah satu dari "pk", "pk-perubahan"' },
    ]);
    // The year may be missing (the rules that need it do not run), but not be something else.
    expect(validate({ meta: {} })).toEqual([]);
    expect(validate({ meta: { tahun: '2021' } })).toMatchObject([{ pointer: '/meta/tahun', message: 'must be integer' }]);
    expect(validate({ meta: { tahun: 2021 }, anggaran: { rows: [{ level: 'program', name: 'A', extra: 1 }] } })).toMatchObject([
      { pointer: '/anggaran/rows/0', message: 'unknown property "extra"' },
    ]);
  });

  it('rejects an invalid file with one line naming the pointer', () => {
    try {
      loadStructured('meta:\n  tahun: "dua ribu"\n', 'x.yaml', 'yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).text.id).toBe('laporan tidak sesuai skema: /meta/tahun: harus bilangan bulat');
      expect((e as InputError).text.en).toBe('report does not match the schema: /meta/tahun: must be integer');
    }
  });

  it('parses every Value with its location: YAML line, pointer, source line, table cell', () => {
    const model = loadStructured(readFileSync(SAMPLE, 'utf8'), SAMPLE, 'yaml');
    const total = model.anggaran!.total!.anggaran!;
    expect(total).toMatchObject({ kind: 'number', value: 3457463874, raw: '3.457.463.874' });
    expect(total.loc.pointer).toBe('/anggaran/total/anggaran');
    const yamlLines = readFileSync(SAMPLE, 'utf8').split('\n');
    expect(yamlLines[total.loc.line! - 1]).toContain('3.457.463.874');
    const txtLines = readFileSync('fixtures/semboro-2021.txt', 'utf8').split('\n');
    expect(txtLines[total.loc.source!.line! - 1]).toContain('3.457.463.874');
    expect(total.loc.field).toBe('anggaran');
  });

  it('settles ambiguous numbers by the document majority', () => {
    const ppk = loadStructured('meta: {tahun: 2021}\npk:\n- kind: pk\n  programs:\n  - {name: A, anggaran: "2,519,516,374"}\n  - {name: B, anggaran: "185.80"}\n  - {name: C, anggaran: "1,500"}\n', 'x.yaml', 'yaml');
    expect(ppk.pk![0].programs![2].anggaran!.value).toBe(1500);
  });

  it('refuses YAML alias bombs', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
    bomb.push('meta: {tahun: 2021}');
    expect(() => loadStructured(bomb.join('\n'), 'bomb.yaml', 'yaml')).toThrow(InputError);
  });
});
