// Reads a JSON or YAML report file: parses with source positions, validates against the schema,
// and normalizes. JSON is read by the YAML parser too, so both get line numbers per pointer.
//
// Untrusted input: nesting deeper than any report (a parser that recurses would overflow the
// stack) and alias bombs ("billion laughs") are refused with an InputError, and a stack overflow
// anywhere in parsing, validation or normalization is one too, never an internal error.
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';
import { InputError } from './errors.js';
import schema from './report.schema.json' with { type: 'json' };
import { withStatedYear } from './meta-vote.js';
import { normalize } from './normalize.js';
import { validate } from './validate.js';
import type { InputFormat, LkjipReport, Model } from './types.js';

/** The report model is about ten levels deep; 64 leaves room and stays far from any stack limit. */
export const MAX_NESTING = 64;

/** Alias references the YAML parser may expand (a report needs none or a few). */
const MAX_ALIAS_COUNT = 100;

const tooDeep = (file: string, line?: number): InputError =>
  new InputError(
    {
      id: `${line ? `baris ${line}: ` : ''}struktur bersarang terlalu dalam (lebih dari ${MAX_NESTING} tingkat); ini bukan laporan lkjip-lint`,
      en: `${line ? `line ${line}: ` : ''}nested too deeply (more than ${MAX_NESTING} levels); this is not an lkjip-lint report`,
    },
    file,
  );

const COMPACT_NESTING = new RegExp(`^[ \\t]*(?:[-?][ \\t]+){${MAX_NESTING + 1}}`, 'm');

/**
 * Flow-collection depth (`[` and `{` outside quoted strings and comments), in one pass, before the
 * parser sees the text. Exact for JSON; for YAML block nesting the parser's own limits and the
 * stack-overflow guard below apply.
 */
function checkNesting(text: string, file: string): void {
  // Compact block sequences nest on one line ("- - - - x"): the parser took seconds per 10 000 levels.
  const compact = COMPACT_NESTING.exec(text);
  if (compact) throw tooDeep(file, text.slice(0, compact.index).split('\n').length);
  let depth = 0;
  let line = 1;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (quote) {
      if (c === 92 && quote === '"') i++; // backslash escape
      else if (text[i] === quote) quote = '';
      continue;
    }
    if (c === 91 || c === 123) {
      if (++depth > MAX_NESTING) throw tooDeep(file, line);
    } else if (c === 93 || c === 125) {
      if (depth > 0) depth--;
    } else if (c === 34 || c === 39) {
      // A quote opens a string only where a scalar can start (`it's` in a plain scalar does not).
      const prev = i === 0 ? ' ' : text[i - 1];
      if (/[\s\[{,:]/.test(prev)) quote = text[i];
    } else if (c === 35) {
      const prev = i === 0 ? ' ' : text[i - 1];
      if (/\s/.test(prev)) while (i + 1 < text.length && text.charCodeAt(i + 1) !== 10) i++;
    }
  }
}

const isStackOverflow = (err: unknown): boolean => err instanceof RangeError && /call stack/i.test(err.message);

export function parseStructured(text: string, file: string): { data: unknown; pointerLines: Map<string, number> } {
  checkNesting(text, file);
  try {
    return parseChecked(text, file);
  } catch (err) {
    if (isStackOverflow(err)) throw tooDeep(file);
    throw err;
  }
}

function parseChecked(text: string, file: string): { data: unknown; pointerLines: Map<string, number> } {
  const lineCounter = new LineCounter();
  // prettyErrors would place every error in the text (line, column, an excerpt): quadratic when a
  // damaged file has tens of thousands of them (30 s for 30 000). Only the first one is reported.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const pos = e.pos ? lineCounter.linePos(e.pos[0]) : undefined;
    if (/call stack/i.test(e.message)) throw tooDeep(file, pos?.line);
    const detail = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new InputError({ id: `${pos ? `baris ${pos.line}: ` : ''}YAML/JSON tidak valid: ${detail}`, en: `${pos ? `line ${pos.line}: ` : ''}invalid YAML/JSON: ${detail}` }, file);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    if (isStackOverflow(err)) throw err;
    const detail = (err as Error).message.split('\n')[0];
    if (/alias/i.test(detail))
      throw new InputError(
        {
          id: `YAML ditolak: alias (*nama) berlipat terlalu banyak (lebih dari ${MAX_ALIAS_COUNT}), pola "billion laughs" yang menghabiskan memori`,
          en: `YAML refused: aliases (*name) multiply too much (more than ${MAX_ALIAS_COUNT}), the "billion laughs" pattern that exhausts memory`,
        },
        file,
      );
    throw new InputError({ id: `YAML tidak dapat dibaca: ${detail}`, en: `YAML cannot be read: ${detail}` }, file);
  }
  const pointerLines = new Map<string, number>();
  const visit = (node: Node | null | undefined, pointer: string) => {
    if (!node) return;
    if (node.range) pointerLines.set(pointer, lineCounter.linePos(node.range[0]).line);
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const child = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        const keyNode = pair.key as Node | null;
        if (keyNode?.range) pointerLines.set(child, lineCounter.linePos(keyNode.range[0]).line);
        visit(pair.value as Node, child);
        if (keyNode?.range) pointerLines.set(child, lineCounter.linePos(keyNode.range[0]).line);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item as Node, `${pointer}/${i}`));
    }
  };
  visit(doc.contents as Node, '');
  return { data, pointerLines };
}

const REPORT_PROPERTIES: Record<string, unknown> = schema.properties;

const KIND: Record<string, { id: string; en: string }> = {
  array: { id: 'daftar (array)', en: 'an array' },
  string: { id: 'teks', en: 'a string' },
  number: { id: 'bilangan', en: 'a number' },
  boolean: { id: 'nilai ya/tidak', en: 'a boolean' },
};

/** What the top level is when it is not a report: said plainly, before any schema detail. */
function notAReport(data: unknown, file: string): InputError | undefined {
  if (data === null || data === undefined)
    return new InputError({ id: 'bukan laporan lkjip-lint: berkas tidak berisi data (diharapkan objek dengan "meta")', en: 'not an lkjip-lint report: the file holds no data (expected an object with "meta")' }, file);
  if (typeof data !== 'object' || Array.isArray(data)) {
    const kind = KIND[Array.isArray(data) ? 'array' : typeof data] ?? { id: typeof data, en: typeof data };
    return new InputError({ id: `bukan laporan lkjip-lint: isinya ${kind.id}, padahal diharapkan objek dengan "meta"`, en: `not an lkjip-lint report: it holds ${kind.en}, expected an object with "meta"` }, file);
  }
  const keys = Object.keys(data);
  // A report missing "meta" is a schema problem; an object with no report property at all is not a report.
  if (!keys.some((k) => k in REPORT_PROPERTIES)) {
    const shown = keys.length > 5 ? `${keys.slice(0, 5).join(', ')}, …` : keys.join(', ');
    return new InputError(
      {
        id: `bukan laporan lkjip-lint: tidak ada "meta"${keys.length ? ` (kunci teratas: ${shown})` : ''}`,
        en: `not an lkjip-lint report: no "meta"${keys.length ? ` (top-level keys: ${shown})` : ''}`,
      },
      file,
    );
  }
  return undefined;
}

export function loadStructured(text: string, file: string, format: InputFormat, options: { year?: number } = {}): Model {
  const { data, pointerLines } = parseStructured(text, file);
  const wrong = notAReport(data, file);
  if (wrong) throw wrong;
  let problems;
  try {
    problems = validate(data);
  } catch (err) {
    if (isStackOverflow(err)) throw tooDeep(file);
    throw err;
  }
  if (problems.length) {
    const first = problems[0];
    const n = problems.length - 1;
    throw new InputError(
      {
        id: `laporan tidak sesuai skema: ${first.pointer}: ${first.pesan}${n ? ` (dan ${n} lainnya)` : ''}`,
        en: `report does not match the schema: ${first.pointer}: ${first.message}${n ? ` (and ${n} more)` : ''}`,
      },
      file,
    );
  }
  try {
    const report = options.year ? withStatedYear(data as LkjipReport, options.year) : (data as LkjipReport);
    return normalize(report, { file, format, pointerLines });
  } catch (err) {
    if (isStackOverflow(err)) throw tooDeep(file);
    throw err;
  }
}
