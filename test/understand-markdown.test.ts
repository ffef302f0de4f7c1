// The understanding is format-agnostic: the Semboro report read from its Markdown rendering
// (fixtures/semboro-2021.md, remark-gfm tables, headings by #) gives the same model as from the
// extracted text, up to where things stand (the two files number their lines differently).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../src/ingest/markdown/index.js';
import { readText } from '../src/ingest/text/read.js';
import { understand } from '../src/ingest/understand/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const fromText = understand(readText(readFileSync(`${root}fixtures/semboro-2021.txt`, 'utf8'), 'semboro-2021.txt'));
const fromMarkdown = understand(readMarkdown(readFileSync(`${root}fixtures/semboro-2021.md`, 'utf8'), 'semboro-2021.md'));

/** The model without locations. */
function values(x: unknown): unknown {
  if (Array.isArray(x)) return x.map(values);
  if (typeof x === 'string') return x.replace(/\s+/g, ' ').trim();
  if (!x || typeof x !== 'object') return x;
  return Object.fromEntries(Object.entries(x).filter(([k]) => !/^(at|totalAt|penjelasanAt)$/.test(k)).map(([k, v]) => [k, values(v)]));
}

describe('understand(readMarkdown(semboro-2021.md)) ≡ understand(readText(semboro-2021.txt))', () => {
  const parts = ['meta', 'sections', 'paragraphs', 'tables', 'signings', 'letterheads', 'scale', 'formulas', 'renstra', 'iku', 'rkt', 'perencanaan', 'pk', 'pengukuran', 'riwayat', 'kemajuanRenstra', 'nasional', 'anggaran', 'belanja', 'subKegiatan', 'alokasi'] as const;
  it.each(parts)('%s', (part) => {
    expect(values(fromMarkdown.report[part])).toEqual(values(fromText.report[part]));
  });
  it('notes', () => {
    expect(fromMarkdown.notes).toEqual([]);
  });
});
