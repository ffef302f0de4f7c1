// Regression tests for what the mutation fuzzer (scripts/fuzz.ts) found: exceptions other than
// InputError, and inputs whose time grew with the square of their size. Time bounds are generous
// (the broken versions took 10–60 s on these inputs), so a busy machine does not make them flaky.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../src/engine/format.js';
import { lintModel } from '../src/engine/run.js';
import { scaleNumbering, type Scale } from '../src/domain/scale.js';
import { leadWords } from '../src/subjects/occurrence-key.js';
import { clip, normalizeText } from '../src/domain/text.js';
import { readMarkdown } from '../src/ingest/markdown/index.js';
import { buildLines } from '../src/ingest/pdf/lines.js';
import type { Run } from '../src/ingest/pdf/types.js';
import { readText } from '../src/ingest/text/index.js';
import { readBytes } from '../src/ingest/index.js';
import { understand } from '../src/ingest/understand/index.js';
import { tocEntries } from '../src/ingest/understand/toc.js';
import { findNumbers } from '../src/subjects/narrative/numbers.js';
import { MAX_SENTENCE, splitSentences } from '../src/subjects/narrative/text.js';

fc.configureGlobal({ seed: 424_242, numRuns: 300 });

async function timedAsync<T>(f: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  const value = await f();
  return { value, ms: performance.now() - t };
}

function timed<T>(f: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
}

describe('found by the fuzzer', () => {
  it('normalizeText: many "<" without ">" stay linear (was a regex rescanning the rest from every "<")', () => {
    const { value, ms } = timed(() => normalizeText('<'.repeat(200_000) + ' Target'));
    expect(value).toBe('target');
    expect(ms).toBeLessThan(3000);
    expect(normalizeText('Kegiatan <i>Koordinasi</i> Umum')).toBe('kegiatan koordinasi umum');
  });

  it('splitSentences: skipped periods do not rescan the sentence; overlong sentences are cut', () => {
    const text = 'x. Y '.repeat(40_000);
    const { value, ms } = timed(() => splitSentences(text));
    expect(ms).toBeLessThan(3000);
    for (const s of value) {
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    // A real sentence is left whole.
    const sentence = 'Capaian kinerja sasaran 1 sebesar 98,5% dari target 100%. Berikutnya.';
    expect(splitSentences(sentence).map((s) => s.text)).toEqual(['Capaian kinerja sasaran 1 sebesar 98,5% dari target 100%.', 'Berikutnya.']);
  });

  it('clip and leadWords read only the head of a long paragraph, with the same result as before', () => {
    const clipBefore = (s: string, max = 160) => {
      const t = s.replace(/\s+/g, ' ').trim();
      return t.length > max ? `${t.slice(0, max - 1)}…` : t;
    };
    const leadBefore = (s: string, count = 6) => s.trim().split(/\s+/).slice(0, count).join(' ');
    const text = fc.stringMatching(/^[ \t\na-z.]{0,900}$/);
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 9 }), (s, max, count) => {
        expect(clip(s, max)).toBe(clipBefore(s, max));
        expect(leadWords(s, count)).toBe(leadBefore(s, count));
      }),
    );
    const long = 'Program dan kegiatan yang dilaksanakan terdiri dari 1 (satu) program. '.repeat(20_000);
    const { ms } = timed(() => {
      for (let i = 0; i < 2000; i++) {
        clip(long, 240);
        leadWords(long);
      }
    });
    expect(ms).toBeLessThan(3000);
  });

  it('findNumbers: a long digit run is not retried from every digit', () => {
    const { value, ms } = timed(() => findNumbers(`${'9'.repeat(300_000)} dan 85,5%`));
    expect(ms).toBeLessThan(3000);
    expect(value.map((n) => n.value.raw)).toEqual(['85,5%']);
    expect(findNumbers('realisasi (104,66)% dan Rp 1.000.000').map((n) => n.value.value)).toEqual([-104.66, 1_000_000]);
  });

  it('formatNumber: decimals outside 0–20 (a printed value with 25 decimals, "Rp 2,5 miliar") do not throw', () => {
    expect(formatNumber(0.5, 25, 'id')).toBe('0,50000000000000000000');
    expect(formatNumber(2_500_000_000, -8, 'en')).toBe('2,500,000,000');
    expect(formatNumber(1.5, Number.NaN, 'id')).toBe('2');
  });

  it('Markdown: thousands of plain lines in one paragraph, and a 300-cell tab row, read in linear time', () => {
    const row = '| 1. | <i>Kegiatan Koordinasi</i> | 284.900.000 | 284.900.000 | 100,00% |';
    const md = `# LAPORAN KINERJA\n\nTAHUN 2021\n\nBerdasarkan tabel RKT 2021:\n${Array(4000).fill(row).join('\n')}\n`;
    const { value, ms } = timed(() => readMarkdown(md, 'x.md'));
    expect(ms).toBeLessThan(15_000);
    const text = value.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : [])).join('\n');
    expect(text.split('284.900.000').length - 1).toBe(8000);
    // A real pipe table keeps all its rows in one table.
    const table = `| a | b |\n| --- | --- |\n${Array(300).fill('| x | 1 |').join('\n')}\n`;
    const tables = readMarkdown(table, 't.md').blocks.filter((b) => b.type === 'table');
    expect(tables).toHaveLength(1);
    expect(tables[0].type === 'table' && tables[0].rows.length).toBe(301);
    // Tab "rows" of hundreds of cells are no table.
    const wide = readMarkdown(`a\t${Array(300).fill('1').join('\t')}\nb\t${Array(300).fill('2').join('\t')}\n`, 'w.md');
    expect(wide.blocks.some((b) => b.type === 'table')).toBe(false);
  });

  it('PDF lines: text at x = 10⁹ (a damaged text matrix) does not allocate a bucket per 2 pt', () => {
    const run = (i: number, x: number): Run => ({ str: `kata${i}`, x, y: 100 + i * 14, w: 40, size: 11, top: 90 + i * 14, bottom: 103 + i * 14, font: 'F1', bold: false, seq: i });
    const runs = [...Array.from({ length: 30 }, (_, i) => run(i, 72)), run(30, 1e9), run(31, Number.NaN)];
    const { value, ms } = timed(() => buildLines(1, runs));
    expect(ms).toBeLessThan(3000);
    expect(value.length).toBeGreaterThanOrEqual(30);
  });

  it('understand: a cover line of 100 000 characters does not make a regex too big to compile', () => {
    const md = `LAPORAN KINERJA\nKECAMATAN SEMBORO\nKABUPATEN JEMBER${'| x '.repeat(25_000)}\n=================\n\nTAHUN 2021\n\n# KATA PENGANTAR\n\nKata pengantar Kabupaten Jember.\n`;
    expect(() => understand(readMarkdown(md, 'x.md'))).not.toThrow();
    const text = md.replace('=================\n', '');
    expect(() => understand(readText(text, 'x.txt'))).not.toThrow();
  });
});

describe('found by the 10 000-case run (seed 1)', () => {
  // The Daftar Isi pattern as it was: one regex with a lazy title before overlapping leader runs.
  const TOC_ENTRY_BEFORE = /(\S.*?)\s*(?:(?:\.{2,}|…+|_{2,})[.…\s]*|\s{2,})((?:[IVXL]+-)?\d+|[ivxl]+)(?=\s|$)/g;

  it('tocEntries reads run-together Daftar Isi entries as the regex did, in linear time (case 3978: a 55 kB code block took 25 s)', () => {
    const piece = fc.constantFrom('BAB', 'I', 'II-1', 'iv', '12', 'Latar', 'Belakang', '.', '..', '....', '…', '__', ' ', '  ', '   ', 'x', '(', ')', ';');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join(parts.length % 2 ? '' : ' ');
        const before = [...text.matchAll(TOC_ENTRY_BEFORE)].map((m) => ({ title: m[1], end: (m.index ?? 0) + m[0].length }));
        expect(tocEntries(text)).toEqual(before);
      }),
      { numRuns: 2000 },
    );
    expect(tocEntries('KATA PENGANTAR ........ ii BAB I PENDAHULUAN .... I-1 Latar Belakang   3').map((e) => e.title)).toEqual(['KATA PENGANTAR', 'BAB I PENDAHULUAN', 'Latar Belakang']);
    const long = 'Laporan kinerja kecamatan disusun sesuai amanat peraturan. '.repeat(2000) + '.'.repeat(5000) + ' ' + '. '.repeat(5000);
    const { ms } = timed(() => tocEntries(long));
    expect(ms).toBeLessThan(3000);
  });

  it('Markdown opening a line with thousands of nested list markers is refused before parsing (case 3840: "- - - … Tabel 3.3")', async () => {
    const md = `# LAPORAN KINERJA\n\nTAHUN 2021\n\n${'- '.repeat(56_739)}Tabel 3.3\n`;
    await expect(readBytes('nested.md', new TextEncoder().encode(md), 'markdown')).rejects.toThrow(/56739 nested list or quote markers opening the line; limit 50|56739 penanda daftar/);
    // A long thematic break is no nesting.
    const rule = `LAPORAN KINERJA\nKECAMATAN SEMBORO\n\nTAHUN 2021\n\n${'- '.repeat(80)}-\n\n# KATA PENGANTAR\n\nPuji syukur.\n`;
    await expect(readBytes('rule.md', new TextEncoder().encode(rule), 'markdown')).resolves.toBeDefined();
  });
});

describe('found by the final 10 000-case run (seed 1)', () => {
  it('a regulation quoted 3 000 times: its citations are compared in groups, not each with all (case 9554: 87 s), and a finding lists at most 10 others', async () => {
    const cite = 'Peraturan Menteri PAN-RB Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja.';
    const md = `# LAPORAN KINERJA KECAMATAN SEMBORO\n\nTAHUN 2021\n\n# BAB I PENDAHULUAN\n\n${Array(3000).fill(cite).join('\n\n')}\n\n${cite.replace('2014', '2012')}\n`;
    const model = await readBytes('kutipan.md', new TextEncoder().encode(md), 'markdown');
    const { value, ms } = await timedAsync(() => lintModel(model));
    expect(ms).toBeLessThan(20_000);
    const wrong = value.filter((f) => f.ruleId.startsWith('reference/regulation-year'));
    expect(wrong).toHaveLength(1);
    expect(wrong[0].actual).toBe('2012');
    expect(wrong[0].related?.length).toBe(10);
  }, 60_000);

  it('splitSentences: a run of 51 679 dots is looked at once, not from each dot (case 8042: 14 s); same sentences as the regex it replaces', () => {
    // splitSentences as it was (the single regex), for texts under MAX_SENTENCE: [start, end] pairs.
    const ABBR = new Set(['rp', 'no', 'nomor']);
    const before = (text: string): [number, number][] => {
      const out: [number, number][] = [];
      const pushOne = (start: number, end: number) => {
        const raw = text.slice(start, end);
        const s0 = start + raw.length - raw.trimStart().length;
        const e0 = end - (raw.length - raw.trimEnd().length);
        if (e0 > s0) out.push([s0, e0]);
      };
      let start = 0;
      for (const m of text.matchAll(/[.!?]+(?=\s+["“(\[*]*[A-Z0-9])|[.!?]+\s*$/g)) {
        const end = (m.index ?? 0) + m[0].length;
        const prefix = text.slice(start, m.index);
        const lastWord = /([A-Za-z.\/]+)$/.exec(prefix.slice(-64))?.[1]?.replace(/[./]/g, '').toLowerCase() ?? '';
        const onlyMarker = /^\s*(?:[0-9]+|[ivxlc]+|[a-z])\s*$/i.test(prefix);
        if (onlyMarker || ((lastWord.length === 1 || ABBR.has(lastWord)) && end < text.length)) continue;
        pushOne(start, end);
        start = end;
      }
      pushOne(start, text.length);
      return out;
    };
    const piece = fc.constantFrom('Capaian', 'kinerja', '98,5%', 'Rp.', 'No.', '.', '..', '!', '?', ' ', '  ', '"', '(', 'A', 'b', '1', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(splitSentences(text).map((x) => [x.start, x.end])).toEqual(before(text));
      }),
      { numRuns: 1000 },
    );
    const dots = `Laporan kinerja ${'.'.repeat(51_679)} kecamatan. Berikutnya.`;
    const { value, ms } = timed(() => splitSentences(dots));
    expect(ms).toBeLessThan(2000);
    expect(value.map((x) => x.text).at(-1)).toBe('Berikutnya.');
  });

  it('a rating scale band numbered 1 000 000 000 (a mangled number) names the skipped numbers by their ends (case 5487: V8 aborted growing an array to 169 M entries)', () => {
    const band = (no: string, label: string) => ({ no, label } as unknown as Scale['bands'][number]);
    const scale = { declared: true, name: 'x', bands: [band('1.', 'A'), band('1000000000.', 'B'), band('3.', 'C')] } as Scale;
    const { value, ms } = timed(() => scaleNumbering(scale));
    expect(ms).toBeLessThan(1000);
    expect(value?.skipped).toEqual(['2', '4', '5', '…', '999999999']);
    // Short gaps are listed in full, as before.
    expect(scaleNumbering({ ...scale, bands: [band('1.', 'A'), band('4.', 'B')] })?.skipped).toEqual(['2', '3']);
  });
});
