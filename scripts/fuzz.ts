// Mutation fuzzer for the whole pipeline: the fixtures (PDF bytes; text, Markdown, YAML, JSON) are
// mutated — byte flips, truncation, chunk duplication/deletion/insertion, line shuffles and
// deletions, tab and pipe injection, number mangling, deep nesting, huge lines, page subsets and
// edited content streams of PDFs — and each mutant goes through readBytes + lintModel in this
// process. Bad input must end in an InputError (a clean one-line message); anything else thrown is
// a bug, and so is a case that does not finish within the time limit.
//
//   npm run fuzz                                      (10 000 cases, seed 1)
//   node dist/scripts/fuzz.js --cases 10000 --seed 1 [--seconds N] [--jobs N] [--timeout-ms N]
//   node dist/scripts/fuzz.js --seed 1 --case 4711    (re-run one case verbosely, save its mutant)
//
// Every case is a pure function of (seed, case number), so a failure is reproduced from the two
// numbers printed with it. Cases run in worker threads of this process (--jobs, default 1): the
// per-case guard is the PDF reader's own timeout plus a Promise.race, and a case whose synchronous
// code blocks the thread past the limit is stopped by terminating its worker (counted as a time-out).
// Exit code 1 when any case threw something other than an InputError or timed out.

import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, isMainThread, parentPort, threadId, workerData } from 'node:worker_threads';
import { deflateSync, inflateSync } from 'node:zlib';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { entryBody, entryBytes, readCache } from '../src/cli/cache.js';
import { loadConfig } from '../src/config/load.js';
import { loadRules } from '../src/engine/rules.js';
import { lintModel } from '../src/engine/run.js';
import type { RuleDef } from '../src/engine/types.js';
import { loadFormatter } from '../src/report/index.js';
import { fingerprint } from '../src/suppress/fingerprint.js';
import { applySuppressions } from '../src/suppress/index.js';
import { readBytes } from '../src/ingest/index.js';
import { InputError } from '../src/model/errors.js';
import type { InputFormat } from '../src/model/types.js';

// ───────────────────────────── random numbers ─────────────────────────────

/** mulberry32: small, fast, and the same sequence on every platform. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** 0 ≤ n < max */
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  /** lo ≤ n ≤ hi */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  /** Log-uniform integer in [lo, hi]: small sizes as often as large ones. */
  logRange(lo: number, hi: number): number {
    return Math.min(hi, Math.floor(Math.exp(Math.log(lo) + this.next() * (Math.log(hi + 1) - Math.log(lo)))));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  }
}

/** The generator of one case: depends on the run's seed and the case number only. */
export function caseRng(seed: number, index: number): Rng {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return new Rng((h ^ (h >>> 16)) >>> 0);
}

// ───────────────────────────── seeds ─────────────────────────────

export type SeedKind = 'text' | 'markdown' | 'yaml' | 'json' | 'pdf' | 'big-pdf' | 'cache' | 'config';

/** Seeds that are not documents: a cache entry and a configuration file (surfaceSeeds). */
const SURFACES: readonly SeedKind[] = ['cache', 'config'];

export interface Seed {
  name: string;
  kind: SeedKind;
  format: InputFormat;
  ext: string;
  bytes: Uint8Array;
  /** Text formats: the decoded text and its lines. */
  text?: string;
  lines?: string[];
  /** YAML/JSON: the parsed data, for tree mutations. */
  data?: unknown;
  /** PDFs: page objects and FlateDecode streams found in the bytes. */
  pdf?: PdfInfo;
  weight: number;
}

interface PdfStream {
  /** Offsets of the compressed data and of the "/Length N" value in the dictionary. */
  start: number;
  end: number;
  lengthAt: number;
  lengthLen: number;
}

interface PdfInfo {
  latin1: string;
  pages: number[];
  /** Root page tree node: offsets of its "/Kids [...]" and "/Count N". */
  root?: { kids: [number, number]; count: [number, number] };
  streams: PdfStream[];
}

/** The repository root: the folder above this module holding package.json (src run or dist run). */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('package.json not found above scripts/fuzz');
    dir = up;
  }
  return dir;
}

/**
 * The fixtures to mutate, weighted toward the fast formats: a full Markdown or text report takes
 * ~0.5–1 s through the pipeline, the Semboro PDF ~2 s, a big corpus PDF 5–20 s.
 */
export function loadSeeds(root = repoRoot(), options: { bigPdfs?: boolean } = {}): Seed[] {
  const fx = (p: string) => path.join(root, 'fixtures', p);
  const seeds: Seed[] = [];
  const textSeed = (name: string, kind: SeedKind, format: InputFormat, ext: string, weight: number) => {
    const bytes = new Uint8Array(readFileSync(fx(name)));
    const text = Buffer.from(bytes).toString('utf8');
    seeds.push({ name, kind, format, ext, bytes, text, lines: text.split('\n'), weight });
  };
  textSeed('semboro-2021.txt', 'text', 'text', '.txt', 26);
  textSeed('semboro-2021.md', 'markdown', 'markdown', '.md', 22);
  for (const [name, weight] of [
    ['semboro-2021.yaml', 12],
    ['clean-2021.yaml', 8],
  ] as const) {
    const text = readFileSync(fx(name), 'utf8');
    const data = parseYaml(text);
    seeds.push({ name, kind: 'yaml', format: 'yaml', ext: '.yaml', bytes: new Uint8Array(Buffer.from(text)), text, lines: text.split('\n'), data, weight });
    // The same report as JSON (the JSON reader is the YAML parser, but JSON has its own syntax).
    const json = JSON.stringify(data, null, 2);
    seeds.push({
      name: name.replace(/\.yaml$/, '.json'),
      kind: 'json',
      format: 'json',
      ext: '.json',
      bytes: new Uint8Array(Buffer.from(json)),
      text: json,
      lines: json.split('\n'),
      data,
      weight: weight / 2,
    });
  }
  const pdfSeed = (file: string, kind: SeedKind, weight: number) => {
    const bytes = new Uint8Array(readFileSync(file));
    seeds.push({ name: path.relative(fx(''), file), kind, format: 'pdf', ext: '.pdf', bytes, pdf: scanPdf(bytes), weight });
  };
  pdfSeed(fx('semboro-2021.pdf'), 'pdf', 9);
  const synthetic = fx('corpus/synthetic');
  if (existsSync(synthetic))
    for (const f of readdirSync(synthetic).filter((f) => f.endsWith('.pdf')).sort()) pdfSeed(path.join(synthetic, f), 'pdf', 2);
  if (options.bigPdfs !== false) {
    // A fixed list (fixtures/corpus/fuzz-seeds.txt), so that case numbers stay reproducible as the corpus grows.
    const list = fx('corpus/fuzz-seeds.txt');
    if (existsSync(list))
      for (const f of readFileSync(list, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')).sort()) pdfSeed(fx(`corpus/${f}`), 'big-pdf', 0.25);
  }
  return seeds;
}

/** The key the cache entries of the fuzz are written for (any 64 hex digits). */
export const FUZZ_CACHE_KEY = 'f'.repeat(64);

/**
 * The other inputs a user or an attacker controls: a cache entry (the Semboro YAML's real result,
 * as writeCache stores it) and a configuration file using every option. Async: the entry comes
 * from a lint. Picked by their own random draw (makeMutant), so that adding them changed no
 * document case's number.
 */
export async function surfaceSeeds(root = repoRoot()): Promise<Seed[]> {
  const file = path.join(root, 'fixtures/semboro-2021.yaml');
  const model = await readBytes('semboro-2021.yaml', new Uint8Array(readFileSync(file)), 'yaml');
  const findings = await lintModel(model);
  const body = entryBody({ file: 'semboro-2021.yaml', format: model.format, findings, model });
  const entry = entryBytes(FUZZ_CACHE_KEY, body);
  const config = {
    extends: 'recommended',
    lang: 'en',
    rules: { [findings[0]?.ruleId ?? 'arithmetic/allocation-total']: 'warning', 'arithmetic/belanja-total': 'off' },
    defaultScale: { name: 'skala', bands: [{ range: '> 90', label: 'A' }, { range: '75 s/d 90', label: 'B' }, { range: '< 75', label: 'C' }] },
    tolerance: { rupiah: 1, percentPoints: 0.01 },
    ignorePatterns: ['drafts/**', '**/*.bak.md', '{arsip,lama}/**/*.pdf', '!arsip/penting.pdf', 'lampiran-?.txt', '[0-9]*.yaml'],
    suppressionsFile: 'lkjip-lint.suppressions.json',
    ocr: false,
  };
  const configText = JSON.stringify(config, null, 2);
  const text = entry.toString('utf8');
  return [
    { name: 'cache entry (semboro-2021.yaml)', kind: 'cache', format: 'json', ext: '.json', bytes: new Uint8Array(entry), text, lines: text.split('\n'), data: JSON.parse(body.toString('utf8')), weight: 8 },
    { name: 'lkjip-lint.config.json', kind: 'config', format: 'json', ext: '.json', bytes: new Uint8Array(Buffer.from(configText)), text: configText, lines: configText.split('\n'), data: config, weight: 8 },
  ];
}

/** Page objects, the root page tree node and the FlateDecode streams with a direct /Length. */
function scanPdf(bytes: Uint8Array): PdfInfo {
  const latin1 = Buffer.from(bytes).toString('latin1');
  const pages: number[] = [];
  const objRe = /(\d+) 0 obj\s*<<([\s\S]*?)>>\s*(?:stream|endobj)/g;
  let root: PdfInfo['root'];
  for (const m of latin1.matchAll(objRe)) {
    const dict = m[2];
    if (/\/Type\s*\/Page(?![a-zA-Z])/.test(dict)) pages.push(Number(m[1]));
    if (/\/Type\s*\/Pages\b/.test(dict) && !/\/Parent\b/.test(dict)) {
      const base = m.index! + m[0].indexOf(dict);
      const kids = /\/Kids\s*\[[^\]]*\]/.exec(dict);
      const count = /\/Count\s+\d+/.exec(dict);
      if (kids && count) root = { kids: [base + kids.index, base + kids.index + kids[0].length], count: [base + count.index, base + count.index + count[0].length] };
    }
  }
  const streams: PdfStream[] = [];
  const streamRe = /<<((?:[^<>]|<<[^<>]*>>)*?\/FlateDecode(?:[^<>]|<<[^<>]*>>)*?)>>\s*stream\r?\n/g;
  for (const m of latin1.matchAll(streamRe)) {
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(m[1]);
    if (!length) continue;
    const start = m.index! + m[0].length;
    const end = start + Number(length[1]);
    if (end > bytes.length) continue;
    const lengthAt = m.index! + 2 + length.index + length[0].length - length[1].length;
    streams.push({ start, end, lengthAt, lengthLen: length[1].length });
  }
  return { latin1, pages, root, streams };
}

// ───────────────────────────── mutations ─────────────────────────────

export interface Mutant {
  index: number;
  seed: string;
  kind: SeedKind;
  format: InputFormat;
  /** Virtual file name handed to the reader (never written unless the case fails). */
  file: string;
  bytes: Uint8Array;
  /** What was done, in order: "excerpt lines 1-12+300-420", "flip 3 bytes @1234"… */
  ops: string[];
}

const MAX_MUTANT_BYTES = 8 * 1024 * 1024;

const DOMAIN_LINES = [
  'TAHUN 2021',
  'LAPORAN KINERJA INSTANSI PEMERINTAH',
  'BAB III AKUNTABILITAS KINERJA',
  'BAB II PERENCANAAN DAN PERJANJIAN KINERJA',
  'A. PENGUKURAN PENCAPAIAN KINERJA TAHUN 2021',
  'Tabel 3.1 Pengukuran Kinerja Tahun 2021',
  'Sasaran 2 : Meningkatnya kualitas pelayanan publik',
  'No\tSasaran Strategis\tIndikator Kinerja\tTarget\tRealisasi\tCapaian (%)',
  '1\tMeningkatnya kinerja\tIndeks Kepuasan Masyarakat\t82,5\t80,986\t98,17%',
  '| No | Indikator | Target | Realisasi | Capaian |',
  '| --- | --- | --- | --- | --- |',
  '| 1 | Persentase penduduk miskin | 10 % | 12 % | 80 % |',
  'Formula: (2 x Target - Realisasi) / Target x 100%',
  'Capaian = Realisasi / Target x 100%',
  '$$\\frac{Target}{Realisasi} \\times 100\\%$$',
  'Capaian kinerja sebesar 105,3% sehingga target tercapai dengan predikat Sangat Baik.',
  'Seluruh 5 indikator (100%) mencapai target.',
  'Jember, 31 Desember 2021',
  'NIP. 19641009 199203 1 005',
  'CAMAT SEMBORO',
  'Perjanjian Kinerja Perubahan Tahun 2021',
  'Rencana Strategis 2016-2021',
  'Peraturan Menteri PAN-RB Nomor 53 Tahun 2014',
  '90 < x ≤ 100 Sangat Baik',
  'Nilai SKM 82,5 mutu B (Baik)',
  'Program Penunjang Urusan Pemerintahan\tRp. 2.519.516.374\tRp. 2,519,516,374\t100%',
  'JUMLAH\t14.513.515.000,00\t13.000.000.000\t89,57 %',
  'LAMPIRAN',
  'KATA PENGANTAR',
  'IKHTISAR EKSEKUTIF',
  'a. Indikator Kinerja Utama',
  '1) Target 80 - 90 %, realisasi 85 %',
  '✓ tercapai',
];

const UNICODE_BITS = [
  '\u00a0', '\u200b', '\u200e', '\u202e', '\u2028', '\u2029', '\ufeff', '\ufffd', '\u0301', '\u0000',
  '\ud800', '\udfff', '😀', '١٢٣', '１２３', '½', '−', '–', '—', '…', '“', '”', '’', '×', '÷', '≤', '≥',
  '\r', '\r\n', '\t', '\v', '\f', '\u0085', '𝟏𝟐', 'İ', 'ß', 'ﬁ',
];

/** A number as a report might print it — or might garble it. */
export function weirdNumber(rng: Rng): string {
  const r = rng.int(14);
  const sign = rng.chance(0.15) ? '-' : '';
  const value = rng.chance(0.5) ? rng.next() * 10 ** rng.int(13) : rng.int(1000);
  const frac = rng.int(5);
  switch (r) {
    case 0:
    case 1:
      return sign + new Intl.NumberFormat('id-ID', { minimumFractionDigits: frac, maximumFractionDigits: frac }).format(value);
    case 2:
      return sign + new Intl.NumberFormat('en-US', { minimumFractionDigits: frac, maximumFractionDigits: frac }).format(value);
    case 3:
      return `${sign}${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(value)}${rng.pick(['%', ' %', ' persen', '%%'])}`;
    case 4:
      return `${rng.pick(['Rp.', 'Rp', 'Rp ', 'RP.', 'rp'])}${rng.chance(0.5) ? ' ' : ''}${sign}${new Intl.NumberFormat(rng.pick(['id-ID', 'en-US']), { maximumFractionDigits: frac }).format(value)}${rng.chance(0.2) ? ',-' : ''}`;
    case 5:
      return rng.pick(['-', '—', '–', '.', 'n/a', 'N/A', 't/a', '#DIV/0!', '#N/A', 'nihil', 'tidak ada', '', ' ', '0', '-0', '00000', '0,000']);
    case 6:
      return rng.pick(['A', 'B', 'C', 'D', 'E', 'A+', 'B-', 'CC', 'BB', 'B (Baik)', 'Baik', 'Sangat Baik', 'Kurang']);
    case 7:
      return `${weirdSimple(rng)} ${rng.pick(['-', '–', 's/d', 's.d.', 'sampai dengan', 'hingga', '- -', '-'])} ${weirdSimple(rng)}`;
    case 8:
      return rng.pick(['1e309', '1e-400', 'Infinity', '-Infinity', 'NaN', '0x1F', '1_000', '+5', '++5', '--5', '5-', '(5', '5)', '((5))', '()', '(-5)', '( 3,14 )']);
    case 9:
      return '9'.repeat(rng.logRange(16, 2000)) + (rng.chance(0.5) ? ',' + '9'.repeat(rng.logRange(1, 400)) : '');
    case 10:
      return rng.pick(['1.2.3', '1,2,3', '1.,2', ',5', '5,', '.5', '5.', '1.234,567.89', '1,234.567,89', '1 234 567', '1.23.456', '12.3456.789', '1..2', '1,,2', '0,000000001', '0.0000000001']);
    case 11:
      return rng.pick(['١٢٣', '１２３', '½', '¾', '²', '𝟏𝟐𝟑', 'IV', 'XII', 'seratus', 'dua puluh lima']);
    case 12: {
      // The number as is, with one separator garbled.
      const base = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 3 }).format(value);
      const i = rng.int(base.length + 1);
      return base.slice(0, i) + rng.pick(['.', ',', ' ', '', '..', ',,', '%', '-']) + base.slice(i + 1);
    }
    default:
      return String(sign ? -value : value);
  }
}

function weirdSimple(rng: Rng): string {
  return rng.chance(0.7) ? new Intl.NumberFormat(rng.pick(['id-ID', 'en-US']), { maximumFractionDigits: rng.int(4) }).format(rng.next() * 10 ** rng.int(7)) : rng.pick(['', '-', 'x', '%', '1e999', '9'.repeat(400)]);
}

const NUMBER_TOKEN = /\d(?:[\d.,]*\d)?%?/g;

function mangleNumbers(text: string, rng: Rng, count: number): string {
  const matches = [...text.matchAll(NUMBER_TOKEN)];
  if (!matches.length) return text;
  const chosen = new Set<number>();
  for (let k = 0; k < count; k++) chosen.add(rng.int(matches.length));
  let out = '';
  let last = 0;
  matches.forEach((m, i) => {
    if (!chosen.has(i)) return;
    out += text.slice(last, m.index) + weirdNumber(rng);
    last = m.index! + m[0].length;
  });
  return out + text.slice(last);
}

function hugeToken(rng: Rng): string {
  return rng.pick(['a', '9', '1.234.567 ', '| x ', '\t1', 'Rp. ', ' ', 'TAHUN 2021 ', 'Sasaran ', '- ', '*', '(', '$', '#', '[', '<', '&', 'é', '\u00a0', '.', ',', '1,', '%', 'BAB I ', 'x'.repeat(7)]);
}

function nested(rng: Rng, depth: number, style: 'flow-seq' | 'flow-map' | 'block-seq' | 'json-obj'): string {
  switch (style) {
    case 'flow-seq':
      return '['.repeat(depth) + (rng.chance(0.5) ? '"1"' : '') + ']'.repeat(depth);
    case 'flow-map':
      return '{a: '.repeat(depth) + '1' + '}'.repeat(depth);
    case 'json-obj':
      return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    case 'block-seq':
      return '- '.repeat(depth) + 'x';
  }
}

type LineOp = (lines: string[], rng: Rng, seed: Seed) => string;

/** Line-level mutations for the text formats (text, Markdown, YAML, JSON). Each edits `lines` in place. */
const LINE_OPS: Record<string, LineOp> = {
  shuffle(lines, rng) {
    const n = rng.logRange(2, Math.max(2, Math.min(400, lines.length)));
    const at = rng.int(Math.max(1, lines.length - n));
    const window = lines.slice(at, at + n);
    for (let i = window.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [window[i], window[j]] = [window[j], window[i]];
    }
    lines.splice(at, window.length, ...window);
    return `shuffle ${window.length} lines @${at + 1}`;
  },
  delete(lines, rng) {
    const n = rng.logRange(1, Math.max(1, Math.min(300, lines.length - 1)));
    const at = rng.int(Math.max(1, lines.length - n));
    lines.splice(at, n);
    return `delete ${n} lines @${at + 1}`;
  },
  duplicate(lines, rng) {
    const n = rng.logRange(1, Math.max(1, Math.min(200, lines.length)));
    const from = rng.int(Math.max(1, lines.length - n));
    const to = rng.int(lines.length + 1);
    const chunk = lines.slice(from, from + n);
    const size = chunk.reduce((t, l) => t + l.length + 1, 0);
    const copies = rng.chance(0.1) ? Math.max(1, Math.min(rng.logRange(2, 200), Math.floor(500_000 / Math.max(1, size)))) : 1;
    lines.splice(to, 0, ...Array.from({ length: copies }, () => chunk).flat());
    return `duplicate ${n} lines @${from + 1} ×${copies} to ${to + 1}`;
  },
  swap(lines, rng) {
    const a = rng.int(lines.length);
    const b = rng.int(lines.length);
    [lines[a], lines[b]] = [lines[b], lines[a]];
    return `swap lines ${a + 1} and ${b + 1}`;
  },
  transplant(lines, rng, seed) {
    const source = seed.lines ?? lines;
    const n = rng.range(1, 8);
    for (let k = 0; k < n; k++) lines.splice(rng.int(lines.length + 1), 0, rng.pick(source));
    return `transplant ${n} lines`;
  },
  tabs(lines, rng) {
    const n = rng.range(1, 12);
    for (let k = 0; k < n; k++) {
      const i = rng.int(lines.length);
      const r = rng.int(4);
      if (r === 0) lines[i] = lines[i].replace(/ +/g, '\t');
      else if (r === 1) lines[i] = lines[i].replace(/\t/g, '');
      else if (r === 2) lines[i] = insertAt(lines[i], rng, '\t'.repeat(rng.range(1, 4)));
      else lines[i] = Array.from({ length: rng.range(1, 12) }, () => (rng.chance(0.5) ? weirdNumber(rng) : '')).join('\t');
    }
    return `tabs in ${n} lines`;
  },
  pipes(lines, rng) {
    const n = rng.range(1, 10);
    for (let k = 0; k < n; k++) {
      const i = rng.int(lines.length);
      const r = rng.int(5);
      if (r === 0) lines[i] = insertAt(lines[i], rng, rng.pick(['|', ' | ', '||', '\\|', '|---|']));
      else if (r === 1) lines[i] = lines[i].replace(/\|/g, '');
      else if (r === 2) lines.splice(i, 0, '|' + ' --- |'.repeat(rng.range(0, 9)));
      else if (r === 3) lines.splice(i, 0, '| ' + Array.from({ length: rng.range(0, 14) }, () => weirdNumber(rng)).join(' | ') + ' |');
      else lines[i] = lines[i].replace(/\t/g, ' | ');
    }
    return `pipes in ${n} lines`;
  },
  numbers(lines, rng) {
    const n = rng.logRange(1, 200);
    const text = mangleNumbers(lines.join('\n'), rng, n);
    lines.splice(0, lines.length, ...text.split('\n'));
    return `mangle ${n} numbers`;
  },
  hugeLine(lines, rng) {
    const len = rng.logRange(1000, 500_000);
    const token = hugeToken(rng);
    const line = token.repeat(Math.ceil(len / token.length)).slice(0, len);
    const i = rng.int(lines.length + 1);
    // Appended to a line, in front of one (a long run then text is where backtracking regexes
    // blow up), or on its own.
    const where = i < lines.length ? rng.pick(['append', 'prepend', 'own'] as const) : 'own';
    if (where === 'append') lines[i] += line;
    else if (where === 'prepend') lines[i] = line + lines[i];
    else lines.splice(i, 0, line);
    return `huge line (${len} × ${JSON.stringify(token)}, ${where}) @${i + 1}`;
  },
  manyLines(lines, rng) {
    const line = rng.chance(0.3) ? '' : rng.chance(0.5) ? rng.pick(lines) : rng.pick(DOMAIN_LINES);
    // Up to ~500 kB added: a report several times the size of a real one, not a denial of service.
    const n = Math.min(rng.logRange(100, 30_000), Math.ceil(500_000 / (line.length + 1)));
    lines.splice(rng.int(lines.length + 1), 0, ...Array.from({ length: n }, () => line));
    return `${n} copies of ${JSON.stringify(line.slice(0, 40))}`;
  },
  unicode(lines, rng) {
    const n = rng.range(1, 20);
    for (let k = 0; k < n; k++) {
      const i = rng.int(lines.length);
      lines[i] = insertAt(lines[i], rng, rng.pick(UNICODE_BITS));
    }
    return `unicode in ${n} lines`;
  },
  domain(lines, rng) {
    const n = rng.range(1, 10);
    for (let k = 0; k < n; k++) {
      let line = rng.pick(DOMAIN_LINES);
      if (rng.chance(0.5)) line = mangleNumbers(line, rng, 3);
      lines.splice(rng.int(lines.length + 1), 0, line);
    }
    return `insert ${n} report lines`;
  },
  chars(lines, rng) {
    const n = rng.range(1, 30);
    for (let k = 0; k < n; k++) {
      const i = rng.int(lines.length);
      const l = lines[i];
      if (!l.length) continue;
      const j = rng.int(l.length);
      lines[i] = l.slice(0, j) + rng.pick(['', ' ', ':', '.', ',', '-', '(', ')', '#', '*', '>', '`', '"', "'", '\\', '{', '}', '[', ']', '&', '!', '?', '%', '=', '~']) + l.slice(j + 1);
    }
    return `change ${n} characters`;
  },
  casing(lines, rng) {
    const n = rng.range(1, 30);
    for (let k = 0; k < n; k++) {
      const i = rng.int(lines.length);
      lines[i] = rng.chance(0.5) ? lines[i].toUpperCase() : lines[i].toLowerCase();
    }
    return `change case of ${n} lines`;
  },
  blank(lines, rng) {
    if (rng.chance(0.5)) {
      const before = lines.length;
      const kept = lines.filter((l) => l.trim() !== '');
      lines.splice(0, lines.length, ...kept);
      return `remove ${before - kept.length} blank lines`;
    }
    const n = rng.range(1, 40);
    for (let k = 0; k < n; k++) lines.splice(rng.int(lines.length + 1), 0, rng.pick(['', ' ', '\t', '   \t ']));
    return `insert ${n} blank lines`;
  },
  lineEnds(lines, rng) {
    const end = rng.pick(['\r', '\u2028', '\u0085', '\f']);
    const n = rng.range(1, 50);
    for (let k = 0; k < n; k++) {
      const i = rng.int(lines.length);
      lines[i] += end;
    }
    return `${n} × line end ${JSON.stringify(end)}`;
  },
};

const MARKDOWN_OPS: Record<string, LineOp> = {
  headings(lines, rng) {
    const n = rng.range(1, 10);
    for (let k = 0; k < n; k++) {
      const i = rng.int(lines.length);
      const r = rng.int(4);
      if (r === 0) lines[i] = '#'.repeat(rng.range(1, 8)) + ' ' + lines[i];
      else if (r === 1) lines[i] = lines[i].replace(/^#+\s*/, '');
      else if (r === 2) lines.splice(i + 1, 0, rng.pick(['===', '---', '***', '___']));
      else lines[i] = rng.pick(['#', '# ', '#\t#', '######## x']);
    }
    return `headings in ${n} lines`;
  },
  nesting(lines, rng) {
    const depth = rng.logRange(10, 50_000);
    const style = rng.int(7);
    let block: string[];
    if (style === 0) block = ['> '.repeat(depth) + 'kutipan'];
    else if (style === 1) block = Array.from({ length: Math.min(depth, 5000) }, (_, i) => '  '.repeat(i) + '- item');
    else if (style === 2) block = ['*'.repeat(depth) + 'x' + '*'.repeat(depth)];
    else if (style === 3) block = ['['.repeat(depth) + 'x' + ']'.repeat(depth) + '(u)'];
    else if (style === 4) block = ['<div>'.repeat(depth) + 'x' + '</div>'.repeat(depth)];
    else if (style === 5) block = ['$'.repeat(Math.min(depth, 500)) + ' x ' + '$'.repeat(Math.min(depth, 500))];
    else block = ['`'.repeat(Math.min(depth, 2000)) + 'x'];
    lines.splice(rng.int(lines.length + 1), 0, ...block);
    return `nesting depth ${depth} style ${style}`;
  },
  tables(lines, rng) {
    const n = rng.range(1, 8);
    for (let k = 0; k < n; k++) {
      const rows = lines.map((l, i) => [l, i] as const).filter(([l]) => l.trimStart().startsWith('|'));
      if (!rows.length) break;
      const [line, i] = rng.pick(rows);
      const cells = line.split('|');
      const r = rng.int(4);
      if (r === 0) cells.splice(rng.int(cells.length), 1);
      else if (r === 1) cells.splice(rng.int(cells.length + 1), 0, ' ' + weirdNumber(rng) + ' ');
      else if (r === 2) cells.splice(1, 0, ...Array.from({ length: rng.logRange(2, 3000) }, () => ' x '));
      else cells[rng.int(cells.length)] = ' :---: ';
      lines[i] = cells.join('|');
    }
    return `reshape ${n} table rows`;
  },
  comments(lines, rng) {
    const c = rng.pick([
      '<!-- lkjip-lint-disable-next-line arithmetic/percentage -- alasan -->',
      '<!-- lkjip-lint-disable -->',
      '<!-- lkjip-lint-enable -->',
      '<!-- lkjip-lint-disable-line -->',
      '<!-- lkjip-lint-disable-next-line -->',
      '<!-- lkjip-lint-disable-next-line nonexistent/rule -- -->',
      '<!--',
      '-->',
      '<!-- -- -->',
    ]);
    const n = rng.range(1, 5);
    for (let k = 0; k < n; k++) lines.splice(rng.int(lines.length + 1), 0, c);
    return `${n} × comment ${JSON.stringify(c)}`;
  },
  math(lines, rng) {
    const m = rng.pick(['$$', '$', '$$x$$', '\\(', '\\)', '\\[', '\\]', '$\\frac{a}{b}$', '$$\\frac{{{{$$', '\\begin{equation}', '$$\\text{Capaian} = \\frac{Realisasi}{Target} \\times 100\\%$$']);
    const n = rng.range(1, 6);
    for (let k = 0; k < n; k++) {
      const i = rng.int(lines.length);
      lines[i] = rng.chance(0.5) ? insertAt(lines[i], rng, m) : m;
    }
    return `${n} × math ${JSON.stringify(m)}`;
  },
};

const YAML_OPS: Record<string, LineOp> = {
  nesting(lines, rng, seed) {
    const depth = rng.logRange(10, 100_000);
    const style = seed.kind === 'json' ? rng.pick(['flow-seq', 'json-obj'] as const) : rng.pick(['flow-seq', 'flow-map', 'block-seq'] as const);
    const value = nested(rng, depth, style);
    const candidates = lines.map((l, i) => i).filter((i) => (seed.kind === 'json' ? /:\s*("|\d|\[|\{|true|false|null)/ : /:\s*\S/).test(lines[i]));
    const i = candidates.length ? rng.pick(candidates) : rng.int(lines.length);
    lines[i] = lines[i].replace(/:\s*(.*?)(,?)$/, (_m, _v, comma) => `: ${value}${comma}`);
    return `nesting ${style} depth ${depth} @${i + 1}`;
  },
  aliases(lines, rng) {
    const n = rng.range(2, 12);
    const bomb = ['lol0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let k = 1; k < n; k++) bomb.push(`lol${k}: &a${k} [*a${k - 1},*a${k - 1},*a${k - 1},*a${k - 1},*a${k - 1},*a${k - 1},*a${k - 1},*a${k - 1},*a${k - 1}]`);
    lines.splice(rng.chance(0.5) ? lines.length : 0, 0, ...bomb);
    return `alias bomb ${n} levels`;
  },
  indent(lines, rng) {
    const n = rng.range(1, 20);
    for (let k = 0; k < n; k++) {
      const i = rng.int(lines.length);
      lines[i] = rng.chance(0.5) ? ' '.repeat(rng.range(1, 3)) + lines[i] : lines[i].replace(/^\s{1,2}/, '');
    }
    return `re-indent ${n} lines`;
  },
  tags(lines, rng) {
    const tag = rng.pick(['!!binary', '!!set', '!!omap', '!!timestamp', '!!float', '!!int', '!!str', '!!map', '!!seq', '!custom', '!!js/function']);
    const candidates = lines.map((l, i) => i).filter((i) => /:\s*\S/.test(lines[i]));
    if (!candidates.length) return 'no tag target';
    const i = rng.pick(candidates);
    lines[i] = lines[i].replace(/:\s*/, `: ${tag} `);
    return `tag ${tag} @${i + 1}`;
  },
  keys(lines, rng) {
    const n = rng.range(1, 6);
    for (let k = 0; k < n; k++) {
      const i = rng.int(lines.length);
      const r = rng.int(3);
      if (r === 0) lines.splice(i, 0, lines[i]);
      else if (r === 1) lines[i] = lines[i].replace(/^(\s*-?\s*)[\w"]+:/, `$1${rng.pick(['x', '__proto__', 'constructor', 'toString', '"a/b~c"', '""', '? ', '<<', '1'])}:`);
      else lines[i] = lines[i].replace(/^(\s*)(-\s*)?/, `$1$2<<: *a0\n$1`);
    }
    return `edit ${n} keys`;
  },
};

/** Tree mutations of parsed YAML/JSON: the result parses, and often still matches the schema. */
function treeMutation(data: unknown, rng: Rng): string {
  const slots: { parent: Record<string, unknown> | unknown[]; key: string | number; path: string }[] = [];
  const walk = (node: unknown, p: string, depth: number) => {
    if (depth > 40 || slots.length > 50_000) return;
    if (Array.isArray(node)) node.forEach((v, i) => (slots.push({ parent: node, key: i, path: `${p}/${i}` }), walk(v, `${p}/${i}`, depth + 1)));
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) {
        slots.push({ parent: node as Record<string, unknown>, key: k, path: `${p}/${k}` });
        walk(v, `${p}/${k}`, depth + 1);
      }
  };
  walk(data, '', 0);
  if (!slots.length) return 'no tree slot';
  const n = rng.logRange(1, 30);
  const done: string[] = [];
  for (let k = 0; k < n; k++) {
    const s = rng.pick(slots);
    const parent = s.parent as Record<string | number, unknown>;
    const old = parent[s.key];
    const r = rng.int(12);
    let what: string;
    if (r <= 3 && (typeof old === 'string' || typeof old === 'number')) {
      parent[s.key] = typeof old === 'number' && rng.chance(0.5) ? rng.pick([0, -1, 1e308, -1e308, 0.1, 2 ** 53 + 1, 1900, 2100, 99999, Number.MIN_VALUE, 3.5]) : weirdNumber(rng);
      what = 'number';
    } else if (r === 4) {
      parent[s.key] = rng.pick([null, true, false, '', [], {}, 0, 'x'.repeat(rng.logRange(1, 200_000)), '   ']);
      what = 'type';
    } else if (r === 5 && Array.isArray(s.parent)) {
      s.parent.splice(s.key as number, 1);
      what = 'drop item';
    } else if (r === 6 && Array.isArray(s.parent)) {
      s.parent.splice(s.key as number, 0, structuredClone(old));
      what = 'dup item';
    } else if (r === 7 && Array.isArray(s.parent) && s.parent.length > 1) {
      const j = rng.int(s.parent.length);
      [s.parent[s.key as number], s.parent[j]] = [s.parent[j], s.parent[s.key as number]];
      what = 'swap items';
    } else if (r === 8 && !Array.isArray(s.parent)) {
      delete parent[s.key];
      what = 'drop key';
    } else if (r === 9) {
      // A subtree from elsewhere: same kind of data in a place that may not expect it.
      parent[s.key] = structuredClone(rng.pick(slots).parent);
      what = 'graft';
    } else if (r === 10 && typeof old === 'string') {
      parent[s.key] = mangleNumbers(old, rng, 2) + (rng.chance(0.3) ? rng.pick(UNICODE_BITS) : '');
      what = 'text';
    } else if (r === 11 && Array.isArray(old)) {
      const copies = rng.logRange(2, 300);
      parent[s.key] = Array.from({ length: copies }, () => old).flat();
      what = 'multiply';
    } else {
      parent[s.key] = weirdNumber(rng);
      what = 'string';
    }
    done.push(`${what} ${s.path}`);
    // The slot list is stale after structural edits: one structural edit per case is enough.
    if (/drop|dup|swap|graft|multiply/.test(what)) break;
  }
  return `tree: ${done.slice(0, 6).join(', ')}${done.length > 6 ? ` (+${done.length - 6})` : ''}`;
}

function insertAt(s: string, rng: Rng, piece: string): string {
  const i = rng.int(s.length + 1);
  return s.slice(0, i) + piece + s.slice(i);
}

/** Byte-level mutations, for every format. */
function byteMutation(bytes: Uint8Array, rng: Rng): { bytes: Uint8Array; op: string } {
  const n = bytes.length;
  const r = rng.int(7);
  if (r === 0 || n === 0) {
    const out = new Uint8Array(bytes);
    const k = rng.logRange(1, 64);
    for (let j = 0; j < k && n; j++) out[rng.int(n)] ^= 1 << rng.int(8);
    return { bytes: out, op: `flip ${k} bits` };
  }
  if (r === 1) {
    const at = rng.int(n);
    return { bytes: bytes.slice(0, at), op: `truncate at ${at}/${n}` };
  }
  if (r === 2) {
    const len = rng.logRange(1, Math.max(1, Math.min(n, 65536)));
    const from = rng.int(Math.max(1, n - len));
    const to = rng.int(n + 1);
    const copies = rng.chance(0.1) ? rng.logRange(2, 64) : 1;
    const chunk = bytes.subarray(from, from + len);
    const parts = [bytes.subarray(0, to), ...Array.from({ length: copies }, () => chunk), bytes.subarray(to)];
    return { bytes: concat(parts), op: `duplicate ${len} bytes @${from} ×${copies} to ${to}` };
  }
  if (r === 3) {
    const len = rng.logRange(1, Math.max(1, Math.min(n, 65536)));
    const from = rng.int(Math.max(1, n - len));
    return { bytes: concat([bytes.subarray(0, from), bytes.subarray(from + len)]), op: `delete ${len} bytes @${from}` };
  }
  if (r === 4) {
    const len = rng.logRange(1, 4096);
    const to = rng.int(n + 1);
    const noise = new Uint8Array(len);
    for (let j = 0; j < len; j++) noise[j] = rng.int(256);
    return { bytes: concat([bytes.subarray(0, to), noise, bytes.subarray(to)]), op: `insert ${len} random bytes @${to}` };
  }
  if (r === 5) {
    const pieces = [[0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf], [0xc3, 0x28], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0x0d], [0x1a], [0x00]];
    const piece = Uint8Array.from(rng.pick(pieces));
    const to = rng.chance(0.3) ? 0 : rng.int(n + 1);
    return { bytes: concat([bytes.subarray(0, to), piece, bytes.subarray(to)]), op: `insert bytes ${Buffer.from(piece).toString('hex')} @${to}` };
  }
  // Overwrite a run of bytes with one value.
  const out = new Uint8Array(bytes);
  const len = rng.logRange(1, Math.max(1, Math.min(n, 4096)));
  const from = rng.int(Math.max(1, n - len));
  const v = rng.pick([0x00, 0x20, 0x30, 0x39, 0x2e, 0x2c, 0x7c, 0x09, 0x0a, 0xff]);
  out.fill(v, from, from + len);
  return { bytes: out, op: `fill ${len} bytes @${from} with ${v.toString(16)}` };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** PDF-aware mutations: a subset of pages, an edited content stream, edited numbers in objects. */
function pdfMutation(bytes: Uint8Array, info: PdfInfo, rng: Rng, only?: number): { bytes: Uint8Array; op: string } | undefined {
  const r = only ?? rng.int(3);
  // A mutant may hold a page object twice (bytes duplicated): choose among distinct numbers, or the
  // loop below never ends (case 5173 of seed 1 did that).
  const distinct = [...new Set(info.pages)];
  if (r === 0 && info.root && distinct.length > 1) {
    // Keep 1–3 pages: the root's /Kids then lists page objects directly. Written over the old
    // text, padded, so the cross-reference offsets stay right.
    const k = rng.range(1, Math.min(3, distinct.length));
    const chosen = new Set<number>();
    if (rng.chance(0.6)) chosen.add(distinct[0]);
    while (chosen.size < k) chosen.add(rng.pick(distinct));
    const pages = [...chosen].sort((a, b) => distinct.indexOf(a) - distinct.indexOf(b));
    const kids = `/Kids [${pages.map((p) => `${p} 0 R`).join(' ')}]`;
    const count = `/Count ${pages.length}`;
    const [k0, k1] = info.root.kids;
    const [c0, c1] = info.root.count;
    if (kids.length > k1 - k0 || count.length > c1 - c0) return undefined;
    const out = new Uint8Array(bytes);
    out.set(Buffer.from(kids.padEnd(k1 - k0, ' '), 'latin1'), k0);
    out.set(Buffer.from(count.padEnd(c1 - c0, ' '), 'latin1'), c0);
    return { bytes: out, op: `pages ${pages.join(',')} (objects)` };
  }
  if (r === 1 && info.streams.length) {
    // Inflate a content stream, edit it as text, deflate it again with a corrected /Length.
    const s = rng.pick(info.streams);
    let content: string;
    try {
      content = inflateSync(bytes.subarray(s.start, s.end)).toString('latin1');
    } catch {
      return undefined;
    }
    const lines = content.split('\n');
    const op = rng.weighted<string>([
      ['numbers', 5],
      ['shuffle', 2],
      ['delete', 2],
      ['duplicate', 2],
      ['chars', 2],
      ['hugeLine', 0.5],
    ]);
    const what = LINE_OPS[op](lines, rng, { lines } as Seed);
    const edited = deflateSync(Buffer.from(lines.join('\n'), 'latin1'));
    const head = Buffer.from(bytes.subarray(0, s.start)).toString('latin1');
    const newHead = head.slice(0, s.lengthAt) + String(edited.length) + head.slice(s.lengthAt + s.lengthLen);
    return {
      bytes: concat([Buffer.from(newHead, 'latin1'), edited, bytes.subarray(s.end)]),
      op: `stream @${s.start}: ${what}`,
    };
  }
  if (r === 2) {
    // Numbers in the object syntax (offsets, lengths, MediaBox, /Count, font widths …).
    const text = info.latin1;
    const n = rng.logRange(1, 20);
    const matches = [...text.slice(0, Math.min(text.length, 400_000)).matchAll(/-?\d+(?:\.\d+)?/g)];
    if (!matches.length) return undefined;
    let out = text;
    const edits: string[] = [];
    for (let k = 0; k < n; k++) {
      const m = rng.pick(matches);
      const v = rng.pick(['0', '-1', '99999999', '1e9', '3', '2147483648', '-0', '0.0001', 'NaN', String(Number(m[0]) + 1), String(Number(m[0]) * 2)]);
      const at = m.index!;
      if (out.slice(at, at + m[0].length) !== m[0]) continue;
      out = out.slice(0, at) + v.padEnd(m[0].length, ' ').slice(0, Math.max(m[0].length, v.length)) + out.slice(at + m[0].length);
      edits.push(`${m[0]}→${v}@${at}`);
    }
    return { bytes: new Uint8Array(Buffer.from(out, 'latin1')), op: `pdf numbers ${edits.slice(0, 5).join(' ')}` };
  }
  return undefined;
}

/** A glob built from the pieces that make matchers slow or wrong (stars, braces, classes, negation). */
function weirdGlob(rng: Rng): string {
  const pieces = ['**', '*', '**/', 'a', 'b', '?', '{a,b}', '{x,{y,z}}', '[a-z]', '[!0-9]', '/', '..', './', '!', '+(a|b)', '@(x)', '\\', '.', 'é', ' '];
  let g = '';
  for (let k = rng.logRange(1, 60); k > 0; k--) g += rng.pick(pieces);
  return g;
}

/**
 * A cache entry or a configuration: the tree edited and written again (for an entry, with a header
 * that matches its body, as an attacker editing the cache would write it), or its bytes and lines
 * edited; for a configuration also random globs.
 */
function surfaceMutant(s: Seed, rng: Rng, index: number): Mutant {
  const ops: string[] = [];
  let bytes = s.bytes;
  const rounds = rng.range(1, 4);
  const op = rng.weighted([
    ['tree', 5],
    ['globs', s.kind === 'config' ? 3 : 0],
    ['lines', 2],
    ['bytes', 2],
  ] as const);
  if (op === 'tree' || op === 'globs') {
    const data = structuredClone(s.data) as Record<string, unknown>;
    if (op === 'globs') {
      data.ignorePatterns = Array.from({ length: rng.logRange(1, 150) }, () => (rng.chance(0.5) ? weirdGlob(rng) : rng.pick(['**/', '*.md', 'a/**/b', '{x,y}/*']) + weirdGlob(rng).slice(0, rng.range(0, 6))));
      ops.push(`${(data.ignorePatterns as string[]).length} globs, first ${JSON.stringify((data.ignorePatterns as string[])[0])}`);
    } else for (let k = 0; k < rounds; k++) ops.push(treeMutation(data, rng));
    const text = JSON.stringify(data);
    bytes = new Uint8Array(s.kind === 'cache' ? entryBytes(FUZZ_CACHE_KEY, Buffer.from(text)) : Buffer.from(text));
  } else if (op === 'lines') {
    const lines = [...s.lines!];
    const lineOps = Object.entries(LINE_OPS);
    for (let k = 0; k < rounds; k++) ops.push(rng.pick(lineOps)[1](lines, rng, s));
    bytes = new Uint8Array(Buffer.from(lines.join('\n')));
  } else
    for (let k = 0; k < rounds; k++) {
      const m = byteMutation(bytes, rng);
      bytes = m.bytes;
      ops.push(m.op);
    }
  if (bytes.length > MAX_MUTANT_BYTES) {
    bytes = bytes.slice(0, MAX_MUTANT_BYTES);
    ops.push(`cut to ${MAX_MUTANT_BYTES} bytes`);
  }
  return { index, seed: s.name, kind: s.kind, format: s.format, file: `fuzz/case-${index}${s.ext}`, bytes, ops };
}

/** The mutant of case `index` of a run with seed `seed`: pure, so a failing case can be regenerated. */
export function makeMutant(seeds: readonly Seed[], seed: number, index: number): Mutant {
  const rng = caseRng(seed, index);
  const documents = seeds.filter((x) => !SURFACES.includes(x.kind));
  const surfaces = seeds.filter((x) => SURFACES.includes(x.kind));
  const weight = (list: readonly Seed[]) => list.reduce((n, x) => n + x.weight, 0);
  // Surfaces by a draw of their own: the document cases keep the numbers they had before them.
  const side = caseRng(seed ^ 0x5eed, index);
  const surface = surfaces.length > 0 && side.next() < weight(surfaces) / weight(seeds);
  if (surface) return surfaceMutant(side.weighted(surfaces.map((x) => [x, x.weight] as const)), side, index);
  const s = rng.weighted(documents.map((x) => [x, x.weight] as const));
  const ops: string[] = [];
  let bytes = s.bytes;
  const rounds = rng.weighted([
    [1, 5],
    [2, 3],
    [3, 2],
    [5, 1],
  ] as const);

  if (s.kind === 'pdf' || s.kind === 'big-pdf') {
    // Most PDF cases first cut the document down to a few pages (fast); then edits.
    if (s.pdf && s.pdf.pages.length > 3 && rng.chance(s.kind === 'big-pdf' ? 0.7 : 0.5)) {
      const sub = pdfMutation(bytes, s.pdf, rng, 0);
      if (sub) {
        bytes = sub.bytes;
        ops.push(sub.op);
      }
    }
    for (let k = 0; k < rounds; k++) {
      const structured = s.pdf && rng.chance(0.5) ? pdfMutation(bytes, bytes === s.bytes || ops.every((o) => o.startsWith('pages')) ? s.pdf : scanPdf(bytes), rng) : undefined;
      const m = structured ?? byteMutation(bytes, rng);
      bytes = m.bytes;
      ops.push(m.op);
      if (bytes.length > MAX_MUTANT_BYTES) break;
    }
  } else if (s.data !== undefined && rng.chance(0.45)) {
    // Tree mutation of YAML/JSON, serialized again; sometimes a line or byte edit on top.
    const data = structuredClone(s.data);
    for (let k = 0; k < rounds; k++) ops.push(treeMutation(data, rng));
    const text = s.kind === 'json' ? JSON.stringify(data, null, rng.pick([0, 1, 2, '\t'])) : stringifyYaml(data, { lineWidth: rng.pick([0, 80]) });
    bytes = new Uint8Array(Buffer.from(text));
    if (rng.chance(0.2)) {
      const m = byteMutation(bytes, rng);
      bytes = m.bytes;
      ops.push(m.op);
    }
  } else {
    let lines = [...s.lines!];
    // Text and Markdown: usually an excerpt — the cover (for the year) and a window of the report —
    // which reaches the same code as the whole report in a fraction of the time.
    if ((s.kind === 'text' || s.kind === 'markdown') && rng.chance(0.7)) {
      const head = rng.chance(0.85) ? rng.range(8, 14) : 0;
      const len = rng.logRange(10, 300);
      const from = rng.range(head, Math.max(head, lines.length - len));
      lines = [...lines.slice(0, head), ...lines.slice(from, from + len)];
      ops.push(`excerpt lines 1-${head}+${from + 1}-${from + len}`);
    }
    const lineOps: [string, LineOp, number][] = Object.entries(LINE_OPS).map(([k, f]) => [k, f, k === 'hugeLine' || k === 'manyLines' ? 0.6 : 1]);
    if (s.kind === 'markdown') for (const [k, f] of Object.entries(MARKDOWN_OPS)) lineOps.push([`md:${k}`, f, 1.2]);
    if (s.kind === 'yaml' || s.kind === 'json') for (const [k, f] of Object.entries(YAML_OPS)) lineOps.push([`yaml:${k}`, f, k === 'nesting' ? 2 : s.kind === 'json' ? 0 : 1]);
    for (let k = 0; k < rounds; k++) {
      const [, f] = rng.weighted(lineOps.map((o) => [o, o[2]] as const));
      ops.push(f(lines, rng, s));
      if (lines.reduce((n, l) => n + l.length + 1, 0) > MAX_MUTANT_BYTES) break;
    }
    bytes = new Uint8Array(Buffer.from(lines.join('\n')));
    // Byte edits last, on the encoded text: they may leave invalid UTF-8, a NUL or a UTF-16 BOM.
    if (rng.chance(0.25)) {
      for (let k = rng.range(1, 2); k > 0; k--) {
        const m = byteMutation(bytes, rng);
        bytes = m.bytes;
        ops.push(m.op);
      }
    }
  }
  if (bytes.length > MAX_MUTANT_BYTES) {
    bytes = bytes.slice(0, MAX_MUTANT_BYTES);
    ops.push(`cut to ${MAX_MUTANT_BYTES} bytes`);
  }
  return { index, seed: s.name, kind: s.kind, format: s.format, file: `fuzz/case-${index}${s.ext}`, bytes, ops };
}

// ───────────────────────────── running a case ─────────────────────────────

export type Outcome = 'ok' | 'input-error' | 'uncaught' | 'timeout';

export interface CaseResult {
  index: number;
  outcome: Outcome;
  /** Wall-clock time of the case. */
  ms: number;
  /** CPU time of the case (process CPU ÷ parallel workers), what the limit is checked against. */
  cpuMs?: number;
  seed: string;
  ops: string[];
  /** For uncaught and input errors: the error's name and first message line; stack for uncaught. */
  message?: string;
  stack?: string;
  findings?: number;
}

class CaseTimeout extends Error {}

/**
 * The time a case may take: `timeoutMs`, and for text formats as much again per 512 kB beyond the
 * first (the readers are linear, and remark reads about 100–300 kB/s on a busy machine): a
 * time-out then means a blow-up, not a big input.
 */
export function caseLimit(m: Mutant, timeoutMs = 10_000): number {
  // A PDF's cost is in its pages, and the reader stops itself at 60 % of the limit.
  if (m.format === 'pdf') return timeoutMs;
  return Math.round(timeoutMs * Math.max(1, m.bytes.length / (512 * 1024)));
}

/** Wall-clock allowance for a case: CPU limit × this (the machine may be shared) + 5 s. */
export const WALL_FACTOR = 3;

export interface RunCaseOptions {
  /** Worker threads running cases at the same time (their CPU time is shared out evenly). */
  parallel?: number;
}

/**
 * readBytes + lintModel on one mutant. Limits: the PDF reader's own timeout (60 % of the case's
 * limit), a Promise.race guard at WALL_FACTOR × the limit for work that never settles, and the
 * case's CPU time against the limit — CPU, not wall-clock, so that a busy machine does not turn
 * slow cases into time-outs.
 */
export async function runCase(m: Mutant, baseTimeoutMs = 10_000, options: RunCaseOptions = {}): Promise<CaseResult> {
  const timeoutMs = caseLimit(m, baseTimeoutMs);
  const wallMs = WALL_FACTOR * timeoutMs;
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const cpu = () => {
    const d = process.cpuUsage(cpu0);
    return (d.user + d.system) / 1000 / Math.max(1, options.parallel ?? 1);
  };
  const base = { index: m.index, seed: m.seed, ops: m.ops };
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CaseTimeout(`no result after ${wallMs} ms`)), wallMs);
  });
  const work = (async () => {
    if (m.kind === 'cache') return useCacheEntry(m);
    if (m.kind === 'config') return useConfig(m);
    // The reader stops by itself well before the guard, leaving time to lint what it read.
    const model = await readBytes(m.file, m.bytes, m.format, { timeoutMs: Math.round(timeoutMs * 0.6) });
    return lintModel(model);
  })();
  work.catch(() => undefined);
  const over = (ms: number, cpuMs: number) => `after ${Math.round(cpuMs)} ms CPU, ${Math.round(ms)} ms wall (limit ${timeoutMs} ms CPU)`;
  try {
    const findings = await Promise.race([work, guard]);
    const ms = performance.now() - started;
    const cpuMs = cpu();
    if (cpuMs > timeoutMs) return { ...base, outcome: 'timeout', ms, cpuMs, message: `finished, but ${over(ms, cpuMs)}` };
    return { ...base, outcome: 'ok', ms, cpuMs, findings: findings.length };
  } catch (err) {
    const ms = performance.now() - started;
    const cpuMs = cpu();
    if (err instanceof CaseTimeout) return { ...base, outcome: 'timeout', ms, cpuMs, message: err.message };
    if (err instanceof InputError) {
      if (cpuMs > timeoutMs) return { ...base, outcome: 'timeout', ms, cpuMs, message: `InputError ${over(ms, cpuMs)}: ${err.message}` };
      return { ...base, outcome: 'input-error', ms, cpuMs, message: err.message };
    }
    const e = err as Error;
    return { ...base, outcome: 'uncaught', ms, cpuMs, message: `${e?.name ?? typeof err}: ${String(e?.message ?? err).split('\n')[0].slice(0, 300)}`, stack: e?.stack ?? String(err) };
  } finally {
    clearTimeout(timer);
  }
}

/** A folder of this thread's own for the files of surface cases. */
let surfaceDir: string | undefined;
function ownDir(): string {
  surfaceDir ??= mkdtempSync(path.join(tmpdir(), `lkjip-fuzz-${process.pid}-${threadId}-`));
  return surfaceDir;
}
let catalog: RuleDef[] | undefined;

/**
 * A cache entry as a worker reads it and the main process then uses it: read (a bad entry is a
 * miss, counted as refused), then suppressions and baseline applied and the JSON, SARIF and
 * stylish reports written from it. Anything thrown is a bug.
 */
async function useCacheEntry(m: Mutant): Promise<unknown[]> {
  const dir = ownDir();
  writeFileSync(path.join(dir, `${FUZZ_CACHE_KEY}.json`), m.bytes);
  const hit = readCache(FUZZ_CACHE_KEY, 'semboro-2021.yaml', dir);
  if (!('result' in hit)) throw new InputError(hit.miss === 'bad' ? hit.why : { id: 'tidak ada', en: 'absent' }, m.file);
  const results = [hit.result];
  catalog ??= loadRules();
  const first = hit.result.findings[0];
  const print = first ? fingerprint(first) : 'x';
  applySuppressions(results, [{ fingerprint: print, ruleId: first?.ruleId, file: 'semboro-2021.yaml', justification: 'fuzz' }], [{ file: 'semboro-2021.yaml', ruleId: first?.ruleId ?? 'x', fingerprint: print, message: '' }]);
  for (const format of ['json', 'sarif', 'stylish']) await (await loadFormatter(format))(results, { rules: catalog, lang: 'en', color: false });
  return hit.result.findings;
}

/** A configuration file as the CLI loads it, then its ignore patterns matched against a few paths. */
async function useConfig(m: Mutant): Promise<unknown[]> {
  const dir = ownDir();
  const file = path.join(dir, 'lkjip-lint.config.json');
  writeFileSync(file, m.bytes);
  catalog ??= loadRules();
  const config = loadConfig(file, catalog, dir);
  const paths = ['laporan.pdf', 'arsip/penting.pdf', 'drafts/a/b/c/d/e/f/g/h/i/j/k.md', `${'a'.repeat(40)}/b.yaml`, 'x'.repeat(200)];
  return paths.filter((p) => config.ignore(p));
}

// ───────────────────────────── a run ─────────────────────────────

export interface FuzzOptions {
  seed: number;
  cases: number;
  /** First case number (default 0); cases are start … start + cases − 1. */
  start?: number;
  /** Take every `stride`-th case from `start` (worker k of n: start k, stride n). */
  stride?: number;
  /** Stop starting new cases after this many seconds. */
  seconds?: number;
  timeoutMs?: number;
  seeds?: Seed[];
  onCase?: (m: Mutant) => void;
  onResult?: (r: CaseResult, m: Mutant) => void;
}

export interface FuzzSummary {
  cases: number;
  inputErrors: number;
  uncaught: number;
  timeouts: number;
  seconds: number;
  failures: CaseResult[];
  /** Cases per seed file and their total wall and CPU time, for weighting. */
  bySeed: Record<string, { cases: number; ms: number; cpuMs: number }>;
  slowest: CaseResult[];
}

export function emptySummary(): FuzzSummary {
  return { cases: 0, inputErrors: 0, uncaught: 0, timeouts: 0, seconds: 0, failures: [], bySeed: {}, slowest: [] };
}

export function addResult(s: FuzzSummary, r: CaseResult): void {
  s.cases++;
  if (r.outcome === 'input-error') s.inputErrors++;
  if (r.outcome === 'uncaught') s.uncaught++;
  if (r.outcome === 'timeout') s.timeouts++;
  if (r.outcome === 'uncaught' || r.outcome === 'timeout') s.failures.push(r);
  const b = (s.bySeed[r.seed] ??= { cases: 0, ms: 0, cpuMs: 0 });
  b.cases++;
  b.ms += r.ms;
  b.cpuMs += r.cpuMs ?? r.ms;
  s.slowest.push(r);
  s.slowest.sort((a, b) => (b.cpuMs ?? b.ms) - (a.cpuMs ?? a.ms));
  s.slowest.length = Math.min(s.slowest.length, 5);
}

/** Runs cases one after the other in this thread. */
export async function fuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const seeds = options.seeds ?? [...loadSeeds(), ...(await surfaceSeeds())];
  const start = options.start ?? 0;
  const stride = options.stride ?? 1;
  const began = performance.now();
  const summary = emptySummary();
  for (let i = start; i < start + options.cases * stride; i += stride) {
    if (options.seconds !== undefined && performance.now() - began > options.seconds * 1000) break;
    const m = makeMutant(seeds, options.seed, i);
    options.onCase?.(m);
    const r = await runCase(m, options.timeoutMs);
    addResult(summary, r);
    options.onResult?.(r, m);
  }
  summary.seconds = (performance.now() - began) / 1000;
  return summary;
}

export function summaryLine(s: FuzzSummary): string {
  return `fuzz: ${s.cases} cases, ${s.inputErrors} input errors, ${s.uncaught} uncaught, ${s.timeouts} time-outs, ${s.seconds.toFixed(1)}s`;
}

export function saveMutant(dir: string, m: Mutant, r?: CaseResult): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `case-${m.index}-${r?.outcome ?? 'case'}${path.extname(m.file)}`);
  writeFileSync(file, m.bytes);
  writeFileSync(`${file}.txt`, [`seed file: ${m.seed}`, `ops: ${m.ops.join(' | ')}`, r ? `outcome: ${r.outcome} after ${Math.round(r.ms)} ms` : '', r?.stack ?? r?.message ?? '', ''].join('\n'));
  return file;
}

// ───────────────────────────── command line ─────────────────────────────

interface Cli {
  seed: number;
  cases: number;
  seconds?: number;
  jobs: number;
  timeoutMs: number;
  out: string;
  only?: number;
  bigPdfs: boolean;
  quiet: boolean;
}

function parseArgs(argv: string[]): Cli {
  const cli: Cli = { seed: 1, cases: 10_000, jobs: 1, timeoutMs: 10_000, out: '', bigPdfs: true, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v < 0) throw new Error(`${a} needs a non-negative number`);
      return v;
    };
    if (a === '--seed') cli.seed = num();
    else if (a === '--cases') cli.cases = num();
    else if (a === '--seconds') cli.seconds = num();
    else if (a === '--jobs') cli.jobs = Math.max(1, num());
    else if (a === '--timeout-ms') cli.timeoutMs = num();
    else if (a === '--case') cli.only = num();
    else if (a === '--out') cli.out = argv[++i];
    else if (a === '--no-big-pdfs') cli.bigPdfs = false;
    else if (a === '--quiet') cli.quiet = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: node dist/scripts/fuzz.js [--cases N] [--seed N] [--seconds N] [--jobs N] [--timeout-ms N] [--case N] [--out DIR] [--no-big-pdfs] [--quiet]');
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  cli.out ||= path.join(tmpdir(), `lkjip-fuzz-seed${cli.seed}`);
  return cli;
}

/** Messages from a worker thread to the main thread. */
type WorkerMessage = { type: 'start'; index: number; limitMs: number; made: boolean } | { type: 'result'; result: CaseResult } | { type: 'done' };

interface WorkerJob {
  seed: number;
  /** Case numbers this worker runs, in order. */
  indices: number[];
  deadline: number;
  timeoutMs: number;
  bigPdfs: boolean;
  parallel: number;
}

async function workerMain(job: WorkerJob): Promise<void> {
  const seeds = [...loadSeeds(undefined, { bigPdfs: job.bigPdfs }), ...(await surfaceSeeds())];
  let current: CaseResult | undefined;
  // A rejection nobody handles (pdf.js internals, a forgotten await) is a bug of the current case.
  process.on('unhandledRejection', (reason) => {
    const e = reason as Error;
    parentPort!.postMessage({
      type: 'result',
      result: { index: current?.index ?? -1, outcome: 'uncaught', ms: 0, seed: current?.seed ?? '?', ops: current?.ops ?? [], message: `unhandled rejection: ${e?.message ?? String(reason)}`, stack: e?.stack, extra: true } as CaseResult,
    } satisfies WorkerMessage);
  });
  for (const index of job.indices) {
    if (Date.now() > job.deadline) break;
    // Started before the mutant is made: a generator that never finishes is a hang too.
    parentPort!.postMessage({ type: 'start', index, limitMs: WALL_FACTOR * job.timeoutMs, made: false } satisfies WorkerMessage);
    const m = makeMutant(seeds, job.seed, index);
    current = { index, outcome: 'ok', ms: 0, seed: m.seed, ops: m.ops };
    parentPort!.postMessage({ type: 'start', index, limitMs: WALL_FACTOR * caseLimit(m, job.timeoutMs), made: true } satisfies WorkerMessage);
    const result = await runCase(m, job.timeoutMs, { parallel: job.parallel });
    parentPort!.postMessage({ type: 'result', result } satisfies WorkerMessage);
  }
  parentPort!.postMessage({ type: 'done' } satisfies WorkerMessage);
}

async function main(): Promise<void> {
  const cli = parseArgs(process.argv.slice(2));
  if (cli.only !== undefined) {
    const seeds = [...loadSeeds(undefined, { bigPdfs: cli.bigPdfs }), ...(await surfaceSeeds())];
    const m = makeMutant(seeds, cli.seed, cli.only);
    const file = saveMutant(cli.out, m);
    console.log(`case ${m.index} (seed ${cli.seed}): ${m.seed} → ${m.bytes.length} bytes; ${m.ops.join(' | ')}\nsaved ${file}`);
    const r = await runCase(m, cli.timeoutMs);
    console.log(`${r.outcome} after ${Math.round(r.ms)} ms wall, ${Math.round(r.cpuMs ?? 0)} ms CPU (limit ${caseLimit(m, cli.timeoutMs)} ms)${r.findings !== undefined ? `, ${r.findings} findings` : ''}`);
    if (r.stack ?? r.message) console.log(r.stack ?? r.message);
    process.exit(r.outcome === 'uncaught' || r.outcome === 'timeout' ? 1 : 0);
  }

  const began = Date.now();
  const deadline = cli.seconds !== undefined ? began + cli.seconds * 1000 : Infinity;
  const summary = emptySummary();
  const seedsForSaving = [...loadSeeds(undefined, { bigPdfs: cli.bigPdfs }), ...(await surfaceSeeds())];
  const shown = new Map<string, number>();
  let reported = 0;
  const report = (r: CaseResult) => {
    addResult(summary, r);
    if (r.outcome === 'uncaught' || r.outcome === 'timeout') {
      const m = r.index >= 0 ? makeMutant(seedsForSaving, cli.seed, r.index) : undefined;
      const file = m && reported < 200 ? saveMutant(cli.out, m, r) : undefined;
      reported++;
      // The first few of each kind in full; the rest counted by signature.
      const signature =
        r.outcome === 'timeout'
          ? `timeout: ${r.seed}: ${r.ops.map((o) => /[a-z][a-z-]*/i.exec(o)?.[0] ?? '?').join(' + ')}`
          : `${r.outcome}: ${r.message?.replace(/\d+/g, 'N')} @ ${firstFrame(r.stack)}`;
      const seen = shown.get(signature) ?? 0;
      shown.set(signature, seen + 1);
      if (seen === 0 && shown.size <= 12) {
        console.error(`\n✗ case ${r.index} ${r.outcome} (${r.seed}; ${r.ops.join(' | ')})`);
        console.error(`  ${(r.stack ?? r.message ?? '').split('\n').slice(0, 8).join('\n  ')}`);
        if (file) console.error(`  mutant: ${file}\n  again: node dist/scripts/fuzz.js --seed ${cli.seed} --case ${r.index}${cli.bigPdfs ? '' : ' --no-big-pdfs'}`);
      }
    }
    if (!cli.quiet && summary.cases % 250 === 0)
      console.error(`… ${summary.cases}/${cli.cases} cases, ${summary.inputErrors} input errors, ${summary.uncaught} uncaught, ${summary.timeouts} time-outs, ${((Date.now() - began) / 1000).toFixed(0)}s`);
  };

  const all = Array.from({ length: cli.cases }, (_, i) => i);
  await new Promise<void>((resolveAll) => {
    let running = 0;
    const spawn = (indices: number[]) => {
      if (!indices.length) return;
      running++;
      const job: WorkerJob = { seed: cli.seed, indices, deadline, timeoutMs: cli.timeoutMs, bigPdfs: cli.bigPdfs, parallel: cli.jobs };
      const worker = new Worker(new URL(import.meta.url), { workerData: job, resourceLimits: { maxOldGenerationSizeMb: 4096 } });
      let current: { index: number; since: number; limitMs: number; made: boolean } | undefined;
      let finished = false;
      const left = () => indices.filter((i) => i > (current?.index ?? -1));
      const end = (next?: number[]) => {
        if (finished) return;
        finished = true;
        clearInterval(watch);
        running--;
        if (next?.length && Date.now() < deadline) spawn(next);
        if (running === 0) resolveAll();
      };
      // A case that blocks its thread (a synchronous loop) cannot be raced: stop the worker.
      const watch = setInterval(() => {
        if (current && Date.now() - current.since > current.limitMs + 5_000) {
          const index = current.index;
          // Making the mutant again here would block this thread too if that is what hung.
          const m = current.made ? makeMutant(seedsForSaving, cli.seed, index) : { seed: '?', ops: ['making the mutant'] };
          report({ index, outcome: 'timeout', ms: Date.now() - current.since, seed: m.seed, ops: m.ops, message: `thread blocked for more than ${current.limitMs + 5_000} ms; worker stopped` });
          const rest = left();
          current = undefined;
          void worker.terminate();
          end(rest);
        }
      }, 500);
      worker.on('message', (msg: WorkerMessage) => {
        if (msg.type === 'start') current = { index: msg.index, since: Date.now(), limitMs: msg.limitMs, made: msg.made };
        else if (msg.type === 'result') {
          if (!(msg.result as { extra?: boolean }).extra) current = { index: msg.result.index, since: Infinity, limitMs: 0, made: true };
          if ((msg.result as { extra?: boolean }).extra) summary.cases--; // counted with its case
          report(msg.result);
        } else end();
      });
      worker.on('error', (err) => {
        // The worker died (out of memory, stack overflow outside a case …): the current case is the culprit.
        if (current && current.since !== Infinity) {
          const m = makeMutant(seedsForSaving, cli.seed, current.index);
          report({ index: current.index, outcome: 'uncaught', ms: Date.now() - current.since, seed: m.seed, ops: m.ops, message: `worker died: ${err.message}`, stack: err.stack });
        } else console.error(`worker died between cases: ${err.stack}`);
        end(left());
      });
      worker.on('exit', () => end(left()));
    };
    for (let k = 0; k < cli.jobs; k++) spawn(all.filter((i) => i % cli.jobs === k));
  });
  summary.seconds = (Date.now() - began) / 1000;

  if (shown.size > 0) {
    console.error('\nfailures by signature:');
    for (const [sig, n] of [...shown].sort((a, b) => b[1] - a[1])) console.error(`  ${n} × ${sig}`);
    console.error(`mutants saved in ${cli.out}`);
  }
  if (!cli.quiet) {
    console.error('\ntime per seed file:');
    for (const [name, b] of Object.entries(summary.bySeed).sort())
      console.error(`  ${name}: ${b.cases} cases, ${(b.ms / 1000).toFixed(0)} s wall, ${(b.cpuMs / 1000).toFixed(0)} s CPU, ${(b.cpuMs / b.cases).toFixed(0)} ms CPU/case`);
    console.error(`slowest (CPU): ${summary.slowest.map((r) => `#${r.index} ${Math.round(r.cpuMs ?? r.ms)} ms (${r.seed})`).join(', ')}`);
  }
  console.log(summaryLine(summary));
  process.exit(summary.uncaught || summary.timeouts ? 1 : 0);
}

function firstFrame(stack?: string): string {
  const line = stack?.split('\n').find((l) => /^\s+at /.test(l) && !/node:internal|node_modules/.test(l));
  return line?.trim().replace(/^at /, '').replace(/\(.*[/\\](?=[^/\\]+\))/, '(') ?? '-';
}

const isEntry = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (!isMainThread && (workerData as WorkerJob | undefined)?.indices) {
  void workerMain(workerData as WorkerJob);
} else if (isMainThread && isEntry) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(2);
  });
}
