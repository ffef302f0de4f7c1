// Turns the input form into the model: walks the data beside its JSON Schema, so that exactly the
// properties the schema declares as `Value` become parsed, located `Val`s. No per-field code.
import schema from './report.schema.json' with { type: 'json' };
import { majority, parseNumber, styleShown, type ParseOptions } from './number-id.js';
import { sectionKind } from './sections.js';
import type { InputFormat, LkjipReport, Loc, Model, SectionInfo, Val } from './types.js';

type SchemaNode = Record<string, any>;
const defs = (schema as SchemaNode).$defs as Record<string, SchemaNode>;
const VALUE_REF = '#/$defs/Value';

/** Where a node of a structured file stands: a scalar's line, or a collection's line and its children's. */
export type LineEntry = number | LineNode;
export interface LineNode {
  line: number;
  /** A mapping's entries by key (an entry's line is its key's), a sequence's items by index. */
  children: Map<string, LineEntry> | LineEntry[];
}

export interface NormalizeOptions {
  file: string;
  format: InputFormat;
  /** Lines of the file's nodes, for structured input. */
  lines?: LineNode;
  /**
   * A berkas: the other files merged into this model, in the order they follow the LKjIP. A place
   * whose `at` names one of them is located in it (`Loc.file`, `Loc.part`).
   */
  parts?: string[];
}

interface At {
  file?: string;
  line?: number;
  column?: number;
  page?: number;
  paragraph?: number;
  ocr?: boolean;
  table?: string;
  row?: number | string;
  reading?: string;
  cells?: Record<string, { line?: number; column?: number; page?: number; paragraph?: number; ocr?: boolean; field?: string; reading?: string }>;
}

interface Context {
  options: NormalizeOptions;
  structured: boolean;
  styles: ColumnStyles;
  sourceFile?: string;
  locs: Loc[];
}

export function normalize(input: LkjipReport, options: NormalizeOptions): Model {
  const structured = options.format === 'json' || options.format === 'yaml';
  const ctx: Context = {
    options,
    structured,
    styles: columnStyles(input),
    sourceFile: input.source?.file,
    locs: [],
  };
  const walked = walk(input, schema as SchemaNode, { pointer: '', column: '', lines: options.lines, line: options.lines?.line }, undefined, ctx) as Omit<Model, 'file' | 'format' | 'input' | 'outline'>;
  const outline = buildOutline(walked as Model);
  assignSections(ctx.locs, outline);
  return { ...walked, file: options.file, format: options.format, input, outline } as Model;
}

function resolve(node: SchemaNode): SchemaNode {
  if (node.$ref && node.$ref !== VALUE_REF) return defs[node.$ref.replace('#/$defs/', '')];
  return node;
}

/** Objects whose Values are Rupiah amounts, so "300.000" is three hundred thousand, not 300,0. */
const MONEY_DEFS = new Set(['BudgetRow', 'BudgetTotal', 'PkProgram', 'RktKegiatan', 'RktProgram', 'BelanjaItem', 'AllocationItem', 'Belanja', 'PerjanjianKinerja', 'BudgetTable', 'Allocation', 'EfficiencyRow']);
const MONEY_NODES = new Set([...MONEY_DEFS].map((name) => defs[name]));
const MONEY_FIELDS = new Set(['anggaran', 'realisasi', 'amount', 'total', 'target', 'sisa']);

function isMoney(s: SchemaNode, data: Record<string, unknown>, key: string): boolean {
  if (!MONEY_FIELDS.has(key)) return false;
  if (s === defs.SubKegiatanRow) return data.kind === 'input';
  return MONEY_NODES.has(s) || s === defs.BudgetTable.properties.subtotals.items;
}

/**
 * Where the walk stands: the JSON pointer, the column path (the pointer with every all-digit
 * segment as "*": one column of a table's rows) and the file's line node there.
 */
interface Place {
  pointer: string;
  column: string;
  lines?: LineEntry;
  /** The nearest line known at or above this place. */
  line?: number;
}

function child(place: Place, key: string | number): Place {
  const k = String(key);
  const lines = place.lines;
  const entry = typeof lines === 'object' ? (Array.isArray(lines.children) ? lines.children[key as number] : lines.children.get(k)) : undefined;
  const line = entry === undefined ? place.line : typeof entry === 'number' ? entry : entry.line;
  return { pointer: `${place.pointer}/${escapePointer(k)}`, column: columnOf(place.column, k), lines: entry, line };
}

/** The column path below `column` by `key`: an all-digit key (an item, a year) is "*". */
const columnOf = (column: string, key: string | number): string => `${column}/${typeof key === 'number' || /^\d+$/.test(key) ? '*' : escapePointer(key)}`;

function walk(data: unknown, node: SchemaNode, place: Place, parentAt: At | undefined, ctx: Context, key?: string, money = false): unknown {
  if (node.$ref === VALUE_REF) return makeVal(data as string | number | null, place, parentAt, key, ctx, money);
  const s = resolve(node);
  if (Array.isArray(data)) return data.map((item, i) => walk(item, s.items ?? {}, child(place, i), parentAt, ctx));
  if (data === null || typeof data !== 'object') return data;
  const obj = data as Record<string, unknown>;
  const at = (obj.at as At | undefined) ?? (isAtShape(s) ? undefined : parentAt && inherit(parentAt));
  const out: Record<string, unknown> = {};
  // Keys, not entries: a report has hundreds of thousands of objects, and entries allocate per key.
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    if (k === 'at') {
      out[k] = v;
      continue;
    }
    const childNode = s.properties?.[k] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : {});
    // `totalAt`/`penjelasanAt` say where a sibling value stands.
    const siblingAt = obj[`${k}At`] as At | undefined;
    out[k] = walk(v, childNode, child(place, k), siblingAt ?? at, ctx, k, isMoney(s, obj, k));
  }
  if (!isAtShape(s)) out.loc = makeLoc(place, at, undefined, ctx);
  return out;
}

function isAtShape(s: SchemaNode): boolean {
  return s === defs.At || s === defs.CellAt;
}

/** Children of a row keep the row's table but not its cell map. */
function inherit(at: At): At {
  return { file: at.file, line: at.line, page: at.page, paragraph: at.paragraph, ocr: at.ocr, table: at.table, row: at.row, cells: at.cells, reading: at.reading };
}

function makeVal(data: string | number | null, place: Place, at: At | undefined, key: string | undefined, ctx: Context, money: boolean): Val {
  const parsed = parseNumber(data, { ...ctx.styles.prefer(columnKey(place.column, at?.table)), money });
  return { ...parsed, loc: makeLoc(place, at, key, ctx) };
}

function makeLoc(place: Place, at: At | undefined, field: string | undefined, ctx: Context): Loc {
  const cell = field ? at?.cells?.[field] : undefined;
  const line = cell?.line ?? at?.line;
  const page = cell?.page ?? at?.page;
  const paragraph = cell?.paragraph ?? at?.paragraph;
  const column = cell?.column ?? (cell ? undefined : at?.column);
  const loc: Loc = { file: at?.file ?? ctx.options.file };
  const part = at?.file ? (ctx.options.parts?.indexOf(at.file) ?? -1) + 1 : 0;
  if (part) loc.part = part;
  if (ctx.structured) {
    loc.pointer = place.pointer || '/';
    if (place.line) loc.line = place.line;
    if (line || page || paragraph) loc.source = clean({ file: ctx.sourceFile, line, page, column, paragraph });
  } else {
    Object.assign(loc, clean({ line, page, column, paragraph }));
  }
  if (cell?.ocr ?? at?.ocr) loc.ocr = true;
  if (at?.table) loc.table = at.table;
  if (at?.row !== undefined) loc.row = at.row;
  const fieldName = cell?.field ?? field;
  if (fieldName) loc.field = fieldName;
  // Text recognised from a scan is an uncertain reading of its own.
  const reading = cell?.reading ?? at?.reading ?? (loc.ocr ? 'ocr' : undefined);
  if (reading) loc.reading = reading;
  ctx.locs.push(loc);
  return loc;
}

function clean<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

function escapePointer(k: string): string {
  if (!k.includes('~') && !k.includes('/')) return k;
  return k.replace(/~/g, '~0').replace(/\//g, '~1');
}

// ── which separator convention settles an ambiguous number ("1,309": 1309 or 1,309) ──────────

/** A table column: the table and the value's column path (row indices left out). */
function columnKey(column: string, table: string | undefined): string {
  return `${table ?? ''}#${column}`;
}

interface ColumnStyles {
  prefer(column: string): Pick<ParseOptions, 'prefer' | 'preferFrom'>;
}

/**
 * The convention of each column's unambiguous numbers, else the document's: a column of
 * "4,499,237,000" reads its "1,309" the English way even in an Indonesian report. Neither deciding,
 * the Indonesian reading is taken (and `ambiguous.decidedBy` says 'default').
 */
function columnStyles(input: LkjipReport): ColumnStyles {
  const votes = new Map<string, { id: number; en: number }>();
  const total = { id: 0, en: 0 };
  // Only the column path is needed here: no pointers, no lines.
  const visit = (d: unknown, node: SchemaNode, column: string, table: string | undefined) => {
    if (node.$ref === VALUE_REF) {
      const style = typeof d === 'string' ? styleShown(d) : undefined;
      if (!style) return;
      const key = columnKey(column, table);
      const tally = votes.get(key) ?? { id: 0, en: 0 };
      tally[style]++;
      total[style]++;
      votes.set(key, tally);
      return;
    }
    const s = resolve(node);
    if (Array.isArray(d)) {
      const items = `${column}/*`;
      d.forEach((x) => visit(x, s.items ?? {}, items, table));
    }
    else if (d && typeof d === 'object') {
      const obj = d as Record<string, unknown>;
      const here = (obj.at as At | undefined)?.table ?? table;
      for (const k of Object.keys(obj)) {
        if (k === 'at') continue;
        const v = obj[k];
        const childNode = s.properties?.[k] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : {});
        visit(v, childNode, columnOf(column, k), (obj[`${k}At`] as At | undefined)?.table ?? here);
      }
    }
  };
  visit(input, schema as SchemaNode, '', undefined);
  const document = majority(total.id, total.en);
  return {
    prefer(column) {
      const v = votes.get(column);
      const style = v && majority(v.id, v.en);
      if (style) return { prefer: style, preferFrom: 'column' };
      return document ? { prefer: document, preferFrom: 'document' } : {};
    },
  };
}

function buildOutline(model: Model): SectionInfo[] {
  return (model.sections ?? []).map((s) => ({
    title: s.title,
    number: s.number,
    inToc: s.inToc,
    kind: s.kind ?? sectionKind(s.title),
    loc: s.loc,
  }));
}

/** How far apart the files of a berkas stand in `sourcePosition` (a PDF of 1000 pages stays below it). */
const FILE_SPAN = 1e10;

/** Position in the source document, comparable across locs: the berkas file, then page, then line. */
export function sourcePosition(loc: Loc): number | undefined {
  // A Word paragraph orders like a line (a document has either).
  const line = loc.source?.line ?? loc.source?.paragraph ?? (loc.pointer ? undefined : (loc.line ?? loc.paragraph));
  const page = loc.source?.page ?? (loc.pointer ? undefined : loc.page);
  if (line === undefined && page === undefined) return undefined;
  // The files of a berkas follow one another.
  return (loc.part ?? 0) * FILE_SPAN + (page ?? 0) * 1e6 + (line ?? 0);
}

const TOP_LEVEL = /^(kata-pengantar|daftar-isi|ikhtisar|bab-\d+|lampiran|renstra|pk|pk-perubahan|rkt|sk-iku)$/;

/** A chapter-level heading: a top-level kind, not lettered or numbered as a part ("A. RENCANA STRATEGIS"). */
function isChapter(s: SectionInfo): boolean {
  return !!s.kind && TOP_LEVEL.test(s.kind) && !/^\s*([A-Z]|\d{1,2}(\.\d+)*)[.)]\s/.test(s.title);
}

interface Heading {
  title: string;
  top: boolean;
  pos: number;
}

function headings(outline: SectionInfo[]): Heading[] {
  return outline
    .filter((s) => !s.inToc)
    .map((s) => ({ title: s.title.trim(), top: isChapter(s), pos: sourcePosition(s.loc) }))
    .filter((s): s is Heading => s.pos !== undefined)
    .sort((a, b) => a.pos - b.pos);
}

function sectionFor(body: Heading[], pos: number): string | undefined {
  let nearest: string | undefined;
  let chapter: string | undefined;
  // A heading of another file of a berkas is no section of this one.
  const file = Math.floor(pos / FILE_SPAN);
  for (const s of body) {
    if (s.pos > pos) break;
    if (Math.floor(s.pos / FILE_SPAN) !== file) continue;
    nearest = s.title;
    if (s.top) chapter = s.title;
  }
  if (!nearest) return undefined;
  return chapter && chapter !== nearest ? `${chapter} › ${nearest}` : nearest;
}

/** The section a location stands in: its chapter and the nearest heading ("BAB III … › Sasaran 2."). */
export function sectionOf(outline: SectionInfo[], loc: Loc): string | undefined {
  const pos = sourcePosition(loc);
  return pos === undefined ? undefined : sectionFor(headings(outline), pos);
}

function assignSections(locs: Loc[], outline: SectionInfo[]): void {
  const body = headings(outline);
  if (!body.length) return;
  for (const loc of locs) {
    const pos = sourcePosition(loc);
    if (pos === undefined || loc.section) continue;
    const section = sectionFor(body, pos);
    if (section) loc.section = section;
  }
}
