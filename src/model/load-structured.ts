// Reads a JSON or YAML report file: parses with source positions, validates against the schema,
// and normalizes. JSON is read by the YAML parser too (YAML 1.2 core schema, js-yaml's event
// parser: six times faster than composing a document with positions), so both get line numbers
// per pointer.
//
// Untrusted input: nesting deeper than any report (a parser that recurses would overflow the
// stack) and alias bombs ("billion laughs") are refused with an InputError, and a stack overflow
// anywhere in parsing, validation or normalization is one too, never an internal error.
import { constructFromEvents, CORE_SCHEMA, EVENT_ID, getScalarValue, parseEvents, YAMLException, type Event } from 'js-yaml';
import { InputError } from './errors.js';
import schema from './report.schema.json' with { type: 'json' };
import { withStatedYear } from './meta-vote.js';
import { normalize, type LineEntry, type LineNode } from './normalize.js';
import { validate } from './validate.js';
import type { InputFormat, LkjipReport, Model } from './types.js';

/** The report model is about ten levels deep; 64 leaves room and stays far from any stack limit. */
export const MAX_NESTING = 64;

/** Nodes the aliases of a document may stand for in all (a report needs none or a few). */
const MAX_ALIAS_EXPANSION = 10_000;

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

export function parseStructured(text: string, file: string): { data: unknown; lines: LineNode | undefined } {
  checkNesting(text, file);
  try {
    return parseChecked(text, file);
  } catch (err) {
    if (isStackOverflow(err)) throw tooDeep(file);
    throw err;
  }
}

function yamlError(file: string, detail: string, line?: number): InputError {
  return new InputError({ id: `${line ? `baris ${line}: ` : ''}YAML/JSON tidak valid: ${detail}`, en: `${line ? `line ${line}: ` : ''}invalid YAML/JSON: ${detail}` }, file);
}

/** js-yaml's errors carry a zero-based line in their mark. */
function fromYamlException(err: unknown, file: string): InputError {
  if (!(err instanceof YAMLException)) throw err;
  const line = err.mark ? err.mark.line + 1 : undefined;
  if (/depth/i.test(err.reason)) return tooDeep(file, line);
  return yamlError(file, err.reason, line);
}

const aliasBomb = (file: string) =>
  new InputError(
    {
      id: `YAML ditolak: alias (*nama) berlipat terlalu banyak (lebih dari ${MAX_ALIAS_EXPANSION.toLocaleString('id-ID')} simpul), pola "billion laughs" yang menghabiskan memori`,
      en: `YAML refused: aliases (*name) multiply too much (more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} nodes), the "billion laughs" pattern that exhausts memory`,
    },
    file,
  );

/**
 * Line (1-based) of each offset: events come mostly in source order, so the search starts from the
 * line of the previous offset and falls back to bisection when it moves backwards.
 */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  let last = 0;
  return (offset) => {
    let lo = last;
    if (starts[lo] > offset) {
      lo = 0;
      let hi = last;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
    } else while (lo + 1 < starts.length && starts[lo + 1] <= offset) lo++;
    last = lo;
    return lo + 1;
  };
}

interface Frame {
  node: LineNode;
  /** Next item's index (sequence) or whether the next node is a key (mapping). */
  index: number;
  /** The key of the entry whose value comes next (mapping). */
  key: string;
  /** Nodes below, aliases counted as what they stand for. */
  size: number;
  anchor?: string;
}

/** A mapping entry's line node, made from its key's line when its value is a collection. */
function entryNode(children: Map<string, LineEntry>, key: string, line: () => number): LineNode {
  const entry = children.get(key) ?? line();
  if (typeof entry !== 'number') return entry;
  const node: LineNode = { line: entry, children: [] };
  children.set(key, node);
  return node;
}

/**
 * One pass over the parser's events: the line of every node, as a tree beside the data (a mapping
 * entry's line is its key's; an alias has none and takes its parent's), and the alias guard —
 * what aliases stand for is counted in nodes, and a document whose aliases expand to more than
 * MAX_ALIAS_EXPANSION nodes is refused before it is built.
 */
function walkEvents(events: Event[], text: string, file: string): LineNode | undefined {
  const lineOf = lineIndex(text);
  const anchors = new Map<string, number>();
  const stack: Frame[] = [];
  let root: LineNode | undefined;
  let expanded = 0;
  let lastOffset = 0;
  const at = (offset: number) => lineOf(offset >= 0 ? (lastOffset = offset) : lastOffset);
  const added = (size: number) => {
    const parent = stack[stack.length - 1];
    if (parent) parent.size += size;
  };
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    if (e.type === EVENT_ID.DOCUMENT) continue;
    if (e.type === EVENT_ID.POP) {
      const done = stack.pop();
      if (!done) continue;
      if (done.anchor) anchors.set(done.anchor, done.size);
      added(done.size);
      continue;
    }
    const parent = stack[stack.length - 1];
    const items = parent && Array.isArray(parent.node.children) ? parent.node.children : undefined;
    const entries = parent && !items ? (parent.node.children as Map<string, LineEntry>) : undefined;
    // The node's place under its parent: a sequence's item, a mapping's key or a mapping's value.
    const index = items ? parent!.index++ : -1;
    const isKey = !!entries && parent!.index === 0;
    if (entries) parent!.index = isKey ? 1 : 0;
    if (e.type === EVENT_ID.ALIAS) {
      if (isKey) parent!.key = '';
      const size = anchors.get(text.slice(e.anchorStart, e.anchorEnd)) ?? 1;
      if ((expanded += size) > MAX_ALIAS_EXPANSION) throw aliasBomb(file);
      added(size);
      continue;
    }
    const anchor = e.anchorStart >= 0 ? text.slice(e.anchorStart, e.anchorEnd) : undefined;
    if (e.type === EVENT_ID.SCALAR) {
      const line = at(e.valueStart);
      if (isKey) {
        parent!.key = getScalarValue(text, e);
        entries!.set(parent!.key, line);
      } else if (items) items[index] = line;
      if (anchor) anchors.set(anchor, 1);
      added(1);
      continue;
    }
    let node: LineNode;
    if (isKey) {
      // A collection as a key (complex keys) is "[object Object]" in the data.
      parent!.key = '[object Object]';
      node = entryNode(entries!, parent!.key, () => at(e.start));
    } else if (entries) node = entryNode(entries, parent!.key, () => at(e.start));
    else {
      node = { line: at(e.start), children: [] };
      if (items) items[index] = node;
      else root = node;
    }
    node.children = e.type === EVENT_ID.MAPPING ? new Map() : [];
    stack.push({ node, index: 0, key: '', size: 1, anchor });
  }
  return root;
}

function parseChecked(text: string, file: string): { data: unknown; lines: LineNode | undefined } {
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: MAX_NESTING + 1 });
  } catch (err) {
    throw fromYamlException(err, file);
  }
  if (events.filter((e) => e.type === EVENT_ID.DOCUMENT).length > 1)
    throw new InputError({ id: 'YAML/JSON tidak valid: berisi lebih dari satu dokumen YAML (---)', en: 'invalid YAML/JSON: holds more than one YAML document (---)' }, file);
  const lines = walkEvents(events, text, file);
  let docs: unknown[];
  try {
    docs = constructFromEvents(events, { source: text, schema: CORE_SCHEMA });
  } catch (err) {
    throw fromYamlException(err, file);
  }
  return { data: docs[0] ?? null, lines };
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
  const { data, lines } = parseStructured(text, file);
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
    return normalize(report, { file, format, lines });
  } catch (err) {
    if (isStackOverflow(err)) throw tooDeep(file);
    throw err;
  }
}
