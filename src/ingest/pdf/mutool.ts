// The fast PDF reader: MuPDF's `mutool trace` (Debian package mupdf-tools) walks every page once, in
// C, in a separate process, and prints each glyph and each painted path; this module reads that
// stream as it comes and turns it into the same PageData the pdf.js reader gives. pdf.js parses
// every page twice (text, then operator list) in this thread and is 5–10× slower on the corpus.
//
// Untrusted input: mutool only interprets the PDF (no JavaScript: `trace` never runs the
// document's scripts), runs with a time limit (killed at the deadline) and within the memory and
// CPU limits of mutool-exe.ts, and its output is read as data. When it is not installed, is a
// version this reader does not know, or cannot open a file, the pdf.js reader takes over.

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { limitedCommand, MUTOOL_MEMORY_MB } from './mutool-exe.js';
import { layoutPage, type RawItem } from './page.js';
import { RuleCollector, type Matrix, type SubPath } from './ruling-lines.js';
import type { PageData } from './types.js';

export { findMutool } from './mutool-exe.js';

export class MutoolPasswordError extends Error {}

/** mutool could not open the document (the caller lets pdf.js try, for its diagnosis). */
export class MutoolOpenError extends Error {}

export interface MutoolRead {
  /** Pages in the document (undefined when the deadline came before mutool could say). */
  numPages?: number;
  /** Pages read, in order (1…n, fewer when the limit or the deadline stopped the reading). */
  pages: PageData[];
  /** The deadline stopped the reading. */
  timedOut: boolean;
  /** The document's Info Title. */
  title?: string;
}

const MAX_STDERR = 64 * 1024;

/** Page count from the page tree root and the Info Title, or why mutool could not read them. */
function pageCount(exe: string, file: string, deadline: number): Promise<{ count?: number; title?: string; error?: string; timedOut?: boolean }> {
  const ms = deadline === Infinity ? 30_000 : deadline - Date.now();
  if (ms <= 0) return Promise.resolve({ timedOut: true });
  const [cmd, args] = limitedCommand(exe, ['show', file, 'trailer/Root/Pages/Count', 'trailer/Info/Title'], Date.now() + ms);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.stdout.setEncoding('latin1').on('data', (c: string) => {
      if (out.length < 1 << 20) out += c;
    });
    child.stderr.setEncoding('latin1').on('data', (c: string) => {
      if (err.length < MAX_STDERR) err += c;
    });
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ error: e.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal && Date.now() >= deadline) return resolve({ timedOut: true });
      const nl = out.indexOf('\n');
      const n = Number((nl < 0 ? out : out.slice(0, nl)).trim());
      if (code === 0 && Number.isInteger(n) && n >= 0) resolve({ count: n, title: nl < 0 ? undefined : pdfString(out.slice(nl + 1).trim()) });
      else resolve({ error: err || (signal ? `mutool ended by ${signal}` : '') });
    });
  });
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** PDF's own text encoding for the bytes 0x18–0x1f and 0x80–0xa0 (elsewhere Latin-1), as pdf.js reads it. */
const PDF_DOC_ENCODING: Record<number, number> = {
  0x18: 0x2d8, 0x19: 0x2c7, 0x1a: 0x2c6, 0x1b: 0x2d9, 0x1c: 0x2dd, 0x1d: 0x2db, 0x1e: 0x2da, 0x1f: 0x2dc,
  0x80: 0x2022, 0x81: 0x2020, 0x82: 0x2021, 0x83: 0x2026, 0x84: 0x2014, 0x85: 0x2013, 0x86: 0x192, 0x87: 0x2044,
  0x88: 0x2039, 0x89: 0x203a, 0x8a: 0x2212, 0x8b: 0x2030, 0x8c: 0x201e, 0x8d: 0x201c, 0x8e: 0x201d, 0x8f: 0x2018,
  0x90: 0x2019, 0x91: 0x201a, 0x92: 0x2122, 0x93: 0xfb01, 0x94: 0xfb02, 0x95: 0x141, 0x96: 0x152, 0x97: 0x160,
  0x98: 0x178, 0x99: 0x17d, 0x9a: 0x131, 0x9b: 0x142, 0x9c: 0x153, 0x9d: 0x161, 0x9e: 0x17e, 0xa0: 0x20ac,
};

/** A PDF string object as `mutool show` prints it — `(literal)` or `<hex>` — decoded to text. */
export function pdfString(printed: string): string | undefined {
  let bytes: number[];
  if (printed.startsWith('<') && !printed.startsWith('<<')) {
    const hex = printed.slice(1, printed.indexOf('>') < 0 ? undefined : printed.indexOf('>')).replace(/[^0-9a-f]/gi, '');
    bytes = [];
    for (let i = 0; i < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2).padEnd(2, '0'), 16));
  } else if (printed.startsWith('(')) {
    bytes = [];
    let depth = 0;
    for (let i = 1; i < printed.length; i++) {
      const c = printed[i];
      if (c === '\\') {
        const next = printed[++i] ?? '';
        const octal = /^[0-7]{1,3}/.exec(printed.slice(i, i + 3));
        if (octal) {
          bytes.push(parseInt(octal[0], 8) & 0xff);
          i += octal[0].length - 1;
        } else if (next === '\n' || next === '\r') continue;
        else bytes.push((ESCAPES[next] ?? next).charCodeAt(0) & 0xff);
        continue;
      }
      if (c === '(') depth++;
      if (c === ')' && depth-- === 0) break;
      bytes.push(c.charCodeAt(0) & 0xff);
    }
  } else return undefined;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.slice(2, bytes.length - (bytes.length % 2))).swap16().toString('utf16le');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return Buffer.from(bytes.slice(2, bytes.length - (bytes.length % 2))).toString('utf16le');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return Buffer.from(bytes.slice(3)).toString('utf8');
  return bytes.map((b) => String.fromCharCode(PDF_DOC_ENCODING[b] ?? b)).join('');
}

export async function readWithMutool(exe: string, bytes: Uint8Array, maxPages: number, deadline: number): Promise<MutoolRead> {
  // mutool reads files, not streams: the bytes go to a private temporary file.
  const dir = mkdtempSync(join(tmpdir(), 'lkjip-pdf-'));
  const file = join(dir, 'input.pdf');
  try {
    writeFileSync(file, bytes, { mode: 0o600 });
    // The trace starts at once, beside the page count: its page range ends at the document's last
    // page by itself, and it is stopped when the count says the file cannot be read.
    const traced = maxPages > 0 ? trace(exe, file, maxPages, deadline) : undefined;
    const { count, title, error, timedOut } = await pageCount(exe, file, deadline);
    if (timedOut || count === undefined || count === 0) await traced?.stop();
    if (timedOut) return { pages: [], timedOut: true };
    if (count === undefined) {
      if (/password/i.test(error ?? '')) throw new MutoolPasswordError('password');
      throw new MutoolOpenError(firstError(error ?? ''));
    }
    if (count === 0 || !traced) return { numPages: count, pages: [], timedOut: false, title };
    const { pages, outcome } = await traced.done;
    if (outcome.timedOut) return { numPages: count, pages, timedOut: true, title };
    if (outcome.code !== 0 && pages.length < Math.min(count, maxPages)) {
      if (/password/i.test(outcome.stderr)) throw new MutoolPasswordError('password');
      // Killed by a signal it was not sent: the memory or CPU limit (mutool-exe.ts).
      if (outcome.signal) throw new MutoolOpenError(`mutool ended by ${outcome.signal} (limits: ${MUTOOL_MEMORY_MB} MB, the time limit)`);
      throw new MutoolOpenError(firstError(outcome.stderr));
    }
    return { numPages: count, pages, timedOut: false, title };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function firstError(stderr: string): string {
  const line = stderr.split('\n').find((l) => l.startsWith('error: ')) ?? stderr.split('\n')[0] ?? '';
  return line.replace(/^error: /, '').trim() || 'mutool could not open the file';
}

interface TraceOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  timedOut: boolean;
}

/** `mutool trace` of pages 1 to maxPages (or the last), parsed as it comes; stop() ends it early. */
function trace(exe: string, file: string, maxPages: number, deadline: number): { done: Promise<{ pages: PageData[]; outcome: TraceOutcome }>; stop: () => Promise<void> } {
  const [cmd, args] = limitedCommand(exe, ['trace', file, `1-${Number.isFinite(maxPages) ? maxPages : 'N'}`], deadline);
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const parser = new TraceParser();
  let stderr = '';
  let timedOut = false;
  let stopped = false;
  const timer = deadline === Infinity ? undefined : setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, Math.max(0, deadline - Date.now()));
  const done = new Promise<{ pages: PageData[]; outcome: TraceOutcome }>((resolve, reject) => {
    child.stdout.setEncoding('utf8');
    let failed: unknown;
    child.stdout.on('data', (chunk: string) => {
      if (failed || stopped) return;
      try {
        parser.push(chunk);
      } catch (err) {
        // A bug of ours on strange output: this file fails, the process goes on.
        failed = err;
        child.kill('SIGKILL');
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      if (stderr.length < MAX_STDERR) stderr += chunk;
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new MutoolOpenError(err.message));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (failed) reject(failed);
      else resolve({ pages: parser.pages, outcome: { code, signal, stderr, timedOut } });
    });
  });
  // Handled here too: it may fail while the caller still awaits the page count.
  done.catch(() => undefined);
  const stop = async () => {
    stopped = true;
    child.kill('SIGKILL');
    await done.catch(() => undefined);
  };
  return { done, stop };
}

const ENTITY = /&(lt|gt|amp|quot|apos|#x[0-9a-f]+|#\d+);/gi;

function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(ENTITY, (_, e: string) => {
    switch (e.toLowerCase()) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default: {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }
    }
  });
}

const ATTR_KEYS = new Map<string, string>();

/** The value of attribute `name` in one trace line ('' when absent). */
function attr(line: string, name: string): string {
  let key = ATTR_KEYS.get(name);
  if (key === undefined) ATTR_KEYS.set(name, (key = ` ${name}="`));
  const i = line.indexOf(key);
  if (i < 0) return '';
  const start = i + key.length;
  const end = line.indexOf('"', start);
  return end < 0 ? '' : line.slice(start, end);
}

/** The number in attribute `key` (` x="` form) of text[from, to), searching from `from`; NaN when absent. */
function numberAt(text: string, key: string, from: number, to: number): { value: number; end: number } {
  const i = text.indexOf(key, from);
  if (i < 0 || i >= to) return { value: Number.NaN, end: from };
  const start = i + key.length;
  // Plain decimals ("-12.5", ".572") are parsed in place; anything else (exponents) by Number.
  let k = start;
  let neg = false;
  if (text.charCodeAt(k) === 45) {
    neg = true;
    k++;
  }
  let value = 0;
  let digits = 0;
  let c = text.charCodeAt(k);
  while (c >= 48 && c <= 57) {
    value = value * 10 + (c - 48);
    digits++;
    c = text.charCodeAt(++k);
  }
  if (c === 46) {
    let scale = 1;
    c = text.charCodeAt(++k);
    while (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      scale *= 10;
      digits++;
      c = text.charCodeAt(++k);
    }
    value /= scale;
  }
  if (c === 34 && digits > 0 && digits <= 15) return { value: neg ? -value : value, end: k };
  const end = text.indexOf('"', start);
  return { value: end < 0 ? Number.NaN : Number(text.slice(start, end)), end: end < 0 ? to : end };
}

function numbers(s: string): number[] {
  return s.trim() === '' ? [] : s.trim().split(/\s+/).map(Number);
}

// Pages repeat the same few transforms thousands of times.
let lastMatrixText = '';
let lastMatrix: Matrix = [1, 0, 0, 1, 0, 0];

function matrix(s: string): Matrix {
  if (s === lastMatrixText) return lastMatrix;
  const n = numbers(s);
  lastMatrixText = s;
  lastMatrix = n.length === 6 && n.every(Number.isFinite) ? [n[0], n[1], n[2], n[3], n[4], n[5]] : [1, 0, 0, 1, 0, 0];
  return lastMatrix;
}

/** White or fully transparent paint: nothing a reader sees (as the pdf.js reader judges it). */
function invisible(line: string): boolean {
  const alpha = attr(line, 'alpha');
  if (alpha !== '' && Number(alpha) === 0) return true;
  const c = numbers(attr(line, 'color'));
  if (c.length === 0) return false;
  if (c.length === 4) return c.every((v) => v <= 0.012);
  return c.every((v) => v >= 0.988);
}

const isSpaceCode = (u: number): boolean => u === 32 || u === 9 || u === 10 || u === 13 || u === 160 || u === 0x3000 || (u >= 0x2000 && u <= 0x200b) || u === 0x202f || u === 0x205f;

interface OpenRun {
  x: number;
  y: number;
  /** Unit direction of the baseline. */
  ax: number;
  ay: number;
  size: number;
  m: Matrix;
  font: string;
  parts: string[];
  /** End of the last glyph. */
  ex: number;
  ey: number;
  lastSpace: boolean;
  /** A space glyph was printed since the last character. */
  spaceGlyph: boolean;
  textObject: number;
}

/** Painted path in device space, with what painted it. */
interface Painted {
  sub: SubPath;
  /** Line width in device units for strokes; undefined for fills. */
  stroke?: number;
}

/** Most runs a real page of tables has many times over; the rest of a page is dropped. */
const MAX_PAGE_RUNS = 50_000;
const MAX_PAGE_PATHS = 20_000;
/** Characters in one run before the next begins (a real line has a few hundred). */
const MAX_RUN_PARTS = 20_000;
/** Points kept of one path: table borders need a few per cell; a path of millions of points (a
 *  decompression bomb of `l` operators) would otherwise grow an array without bound. */
const MAX_PATH_POINTS = 20_000;

/**
 * Reads `mutool trace` output line by line. Glyphs become runs the way pdf.js makes text items: a
 * run ends at a gap wider than 0.6 em, a step back of more than 0.2 em, a baseline shift of more
 * than a quarter of the size, or a change of font or size; a gap of 0.102–0.6 em is a space.
 */
class TraceParser {
  readonly pages: PageData[] = [];
  private rest = '';
  private page: { no: number; width: number; height: number; items: RawItem[]; paths: Painted[] } | undefined;
  private ctm: Matrix = [1, 0, 0, 1, 0, 0];
  private span: { font: string; m: Matrix; hs: number; size: number; ax: number; ay: number } | undefined;
  private run: OpenRun | undefined;
  /** Counts text elements (text objects, marked-content pieces): a run crossing into the next one
   *  at a space's distance or more ends there, as pdf.js's items do. */
  private textObject = 0;
  /** The path being read: 'fill', 'stroke', or 'skip' (clip paths, invisible paint). */
  private path: { mode: 'fill' | 'stroke' | 'skip'; m: Matrix; width: number; subs: SubPath[]; cur?: SubPath; points: number } | undefined;

  push(chunk: string): void {
    const text = this.rest + chunk;
    let start = 0;
    for (let nl = text.indexOf('\n', start); nl !== -1; nl = text.indexOf('\n', start)) {
      this.line(text, start, nl);
      start = nl + 1;
    }
    this.rest = text.slice(start);
  }

  private line(text: string, from: number, to: number): void {
    let i = from;
    while (i < to && text.charCodeAt(i) === 32) i++;
    if (text.charCodeAt(i) !== 60 /* < */) return;
    const c1 = text.charCodeAt(i + 1);
    if (c1 === 103 /* g */ && text.charCodeAt(i + 2) === 32) return this.glyph(text, i, to);
    // Path points are the next most frequent lines: read in place too.
    if (text.startsWith('lineto ', i + 1)) return this.point(text, i, to, false, false);
    if (text.startsWith('moveto ', i + 1)) return this.point(text, i, to, true, false);
    if (text.startsWith('curveto ', i + 1)) return this.point(text, i, to, false, true);
    if (c1 === 47 /* / */) {
      // Closing tags that matter: a page, and a path (fill_path, stroke_path, clip_path, …).
      if (text.startsWith('</page', i)) this.closePage();
      else if (text.startsWith('_path>', text.indexOf('>', i) - 5)) this.endPath();
      return;
    }
    const line = text.slice(i, to);
    let end = 1;
    while (end < line.length && line.charCodeAt(end) !== 32 && line.charCodeAt(end) !== 47 && line.charCodeAt(end) !== 62) end++;
    const tag = line.slice(1, end);
    switch (tag) {
      case 'page':
        return this.openPage(line);
      case 'fill_text':
      case 'stroke_text':
      case 'clip_text':
      case 'clip_stroke_text':
      case 'ignore_text':
        this.ctm = matrix(attr(line, 'transform'));
        this.textObject++;
        return;
      case 'span':
        return this.openSpan(line);
      case 'fill_path':
      case 'stroke_path':
        return this.openPath(line, tag === 'fill_path' ? 'fill' : 'stroke');
      case 'clip_path':
      case 'clip_stroke_path':
        this.path = { mode: 'skip', m: this.ctm, width: 0, subs: [], points: 0 };
        return;
      case 'closepath':
        if (this.path?.cur) {
          this.path.cur.closed = true;
          this.path.cur = undefined;
        }
        return;
      default:
        return;
    }
  }

  private openPage(line: string): void {
    const box = numbers(attr(line, 'mediabox'));
    const no = Number(attr(line, 'number')) || this.pages.length + 1;
    const width = box.length === 4 ? Math.abs(box[2] - box[0]) : 612;
    const height = box.length === 4 ? Math.abs(box[3] - box[1]) : 792;
    this.page = { no, width, height, items: [], paths: [] };
    this.run = undefined;
    this.span = undefined;
  }

  private endPath(): void {
    const p = this.path;
    this.path = undefined;
    if (!p || p.mode === 'skip' || !this.page || this.page.paths.length >= MAX_PAGE_PATHS) return;
    for (const sub of p.subs) if (sub.pts.length >= 4) this.page.paths.push({ sub, stroke: p.mode === 'stroke' ? p.width : undefined });
  }

  private openSpan(line: string): void {
    const t = numbers(attr(line, 'trm'));
    const [a0, b0, c0, d0] = t.length >= 4 && t.every(Number.isFinite) ? t : [1, 0, 0, 1];
    const m = this.ctm;
    const a = a0 * m[0] + b0 * m[2];
    const b = a0 * m[1] + b0 * m[3];
    const c = c0 * m[0] + d0 * m[2];
    const d = c0 * m[1] + d0 * m[3];
    const hs = Math.hypot(a, b);
    const size = Math.hypot(c, d) || hs;
    this.span = { font: unescapeXml(attr(line, 'font')), m: [a, b, c, d, 0, 0], hs: hs || size, size, ax: hs ? a / hs : 1, ay: hs ? b / hs : 0 };
  }

  /** `<g unicode="…" glyph="…" x="…" y="…" adv="…"/>` at text[from, to), read in place. */
  private glyph(text: string, from: number, to: number): void {
    const span = this.span;
    const page = this.page;
    if (!span || !page || !(span.size > 0) || page.items.length >= MAX_PAGE_RUNS) return;
    const uKey = text.indexOf(' unicode="', from);
    if (uKey < 0 || uKey >= to) return;
    const uEnd = text.indexOf('"', uKey + 10);
    const u = unescapeXml(text.slice(uKey + 10, uEnd));
    const px = numberAt(text, ' x="', uEnd, to);
    const py = numberAt(text, ' y="', px.end, to);
    const gx = px.value;
    const gy = py.value;
    const adv = numberAt(text, ' adv="', py.end, to).value * span.hs;
    if (!Number.isFinite(gx) || !Number.isFinite(gy)) return;
    const m = this.ctm;
    const x = gx * m[0] + gy * m[2] + m[4];
    const y = gx * m[1] + gy * m[3] + m[5];
    const size = span.size;
    const space = u === '' || (u.length === 1 && isSpaceCode(u.charCodeAt(0)));
    let run = this.run;
    if (run) {
      const dx = x - run.ex;
      const dy = y - run.ey;
      const along = dx * run.ax + dy * run.ay;
      const across = dy * run.ax - dx * run.ay;
      const same = span.font === run.font && Math.abs(size - run.size) < 0.01 * size && Math.abs(span.ax - run.ax) < 0.01 && Math.abs(span.ay - run.ay) < 0.01;
      const apart = along >= 0.102 * size && run.textObject !== this.textObject;
      const full = run.parts.length >= MAX_RUN_PARTS;
      if (!same || apart || full || Math.abs(across) > 0.25 * size || along < -0.2 * size || along > 0.6 * size) {
        this.endRun();
        run = undefined;
      } else if (space) {
        // The advance comes from the font program, which may be wider than the PDF's /Widths (a
        // substituted font): a space glyph printed before that end shows where the word ended.
        if (along < 0) {
          run.ex = x;
          run.ey = y;
        }
        run.spaceGlyph = true;
        return;
      } else if ((along >= 0.102 * size || run.spaceGlyph) && !run.lastSpace) {
        run.parts.push(' ');
        run.lastSpace = true;
      }
    }
    // A space glyph is not kept: the gap it leaves before the next glyph makes the space (as in
    // pdf.js), and a gap wider than 0.6 em starts a new run.
    if (space) return;
    if (!run) {
      run = { x, y, ax: span.ax, ay: span.ay, size, m: [span.m[0], span.m[1], span.m[2], span.m[3], x, y], font: span.font, parts: [], ex: x, ey: y, lastSpace: false, spaceGlyph: false, textObject: this.textObject };
      this.run = run;
    }
    run.parts.push(u);
    run.lastSpace = false;
    run.spaceGlyph = false;
    run.ex = x + (Number.isFinite(adv) ? adv : 0) * run.ax;
    run.ey = y + (Number.isFinite(adv) ? adv : 0) * run.ay;
  }

  private endRun(): void {
    const run = this.run;
    this.run = undefined;
    if (!run || !this.page) return;
    let str = run.parts.join('');
    if (/[\ufb00-\ufb06]/.test(str)) str = str.normalize('NFKC');
    if (str.trim() === '') return;
    const width = (run.ex - run.x) * run.ax + (run.ey - run.y) * run.ay;
    this.page.items.push({ str, m: run.m, width, fontName: run.font });
  }

  private openPath(line: string, mode: 'fill' | 'stroke'): void {
    const m = matrix(attr(line, 'transform'));
    const lw = Number(attr(line, 'linewidth'));
    const width = (Number.isFinite(lw) && attr(line, 'linewidth') !== '' ? lw : 1) * Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
    this.path = { mode: invisible(line) ? 'skip' : mode, m, width, subs: [], points: 0 };
  }

  /** `<moveto x="…" y="…"/>`, `<lineto …/>`, `<curveto … x3="…" y3="…"/>` at text[from, to). */
  private point(text: string, from: number, to: number, move: boolean, curve: boolean): void {
    const p = this.path;
    if (!p || p.mode === 'skip') return;
    if (++p.points > MAX_PATH_POINTS) {
      p.mode = 'skip';
      p.subs = [];
      return;
    }
    const px = numberAt(text, curve ? ' x3="' : ' x="', from, to);
    const x = px.value;
    const y = numberAt(text, curve ? ' y3="' : ' y="', px.end, to).value;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return;
    if (move || !p.cur) {
      p.cur = { pts: [], closed: false, curved: false };
      p.subs.push(p.cur);
    }
    if (curve) p.cur.curved = true;
    const m = p.m;
    p.cur.pts.push(m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]);
  }

  private closePage(): void {
    this.endRun();
    const page = this.page;
    this.page = undefined;
    if (!page) return;
    const paint = (toFrame: Matrix) => {
      const rules = new RuleCollector();
      const [a, b, c, d, e, f] = toFrame;
      for (const p of page.paths) {
        if (rules.full) break;
        const pts = p.sub.pts.map((v, i) => (i % 2 === 0 ? a * v + c * p.sub.pts[i + 1] + e : b * p.sub.pts[i - 1] + d * v + f));
        const sub = { ...p.sub, pts };
        if (p.stroke !== undefined) rules.stroked(sub, p.stroke);
        else rules.filled(sub);
      }
      return { h: rules.h, v: rules.v };
    };
    this.pages.push(layoutPage(page.no, page.width, page.height, page.items, paint));
  }
}
