// The structured reader parses YAML/JSON with js-yaml's event parser; the yaml package (which
// composed documents before, and still writes the rule docs) is the reference for what a file
// means: every YAML/JSON fixture gives the same data both ways, and lines follow the keys.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseStructured } from '../src/model/load-structured.js';
import type { LineEntry } from '../src/model/normalize.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ya?ml|json)$/.test(f) && !p.includes('golden') ? [p] : [];
  });
}

describe('structured reader', () => {
  const all = files('fixtures');
  it.each(all.map((f) => [f]))('%s: the same data as the yaml package reads', (f) => {
    const text = readFileSync(f, 'utf8');
    let reference: unknown;
    try {
      reference = parse(text, { uniqueKeys: true, maxAliasCount: 100 });
    } catch {
      expect(() => parseStructured(text, f)).toThrow();
      return;
    }
    expect(parseStructured(text, f).data).toEqual(reference ?? null);
  });

  it('a mapping entry is on its key\'s line; a sequence item on its own', () => {
    const { lines } = parseStructured('meta:\n  tahun: 2021\npk:\n  - kind: pk\n    programs:\n\n      - { name: A, anggaran: "1" }\n', 'x.yaml');
    /** The line of a JSON pointer in the tree of lines. */
    const lineAt = (pointer: string) => {
      let node: LineEntry | undefined = lines;
      for (const key of pointer.split('/').slice(1)) {
        if (node === undefined || typeof node === 'number') return undefined;
        node = Array.isArray(node.children) ? node.children[Number(key)] : node.children.get(key);
      }
      return typeof node === 'number' ? node : node?.line;
    };
    expect(lineAt('')).toBe(1);
    expect(lineAt('/meta/tahun')).toBe(2);
    expect(lineAt('/pk/0')).toBe(4);
    expect(lineAt('/pk/0/programs')).toBe(5);
    expect(lineAt('/pk/0/programs/0')).toBe(7);
    expect(lineAt('/pk/0/programs/0/anggaran')).toBe(7);
    expect(lineAt('/pk/0/absent')).toBeUndefined();
  });
});
