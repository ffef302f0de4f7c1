// A berkas (--berkas): one OPD's documents in one folder — its LKjIP and, as separate files, its
// PK, PK Perubahan, Renstra, RKT and IKU, in any supported format. Each file is read as usual and
// judged by its content (document-kind.ts: the same reading of headings that refuses a PK on its
// own), unless the configuration maps it to a role; the planning documents are then merged into
// the LKjIP's model, each place keeping its file, so that the rules comparing documents (targets,
// indicators, budgets) work across files as they do inside one.
import { readdir } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import schema from '../model/report.schema.json' with { type: 'json' };
import { ignoreMatcher } from '../config/glob.js';
import { InputError } from '../model/errors.js';
import { normalize } from '../model/normalize.js';
import type { LkjipReport } from '../model/report-input.js';
import type { BerkasDocument, BerkasRole, Model } from '../model/types.js';
import { validate } from '../model/validate.js';
import { EXTENSIONS } from './detect.js';
import { documentRole, heldDocuments } from './document-kind.js';
import { readReport, type ReadOptions } from './index.js';

import { MAX_BERKAS_FILES } from './berkas-limits.js';

export { MAX_BERKAS_FILES };

export const BERKAS_ROLES: BerkasRole[] = ['lkjip', 'renstra', 'pk', 'pk-perubahan', 'rkt', 'iku'];

/** The configuration's role map: a glob (relative to `base`, as ignorePatterns) and the role of the files it matches. */
export interface RoleMap {
  base: string;
  entries: { pattern: string; role: BerkasRole }[];
}

export interface BerkasOptions extends ReadOptions {
  roles?: RoleMap;
}

/** The report files standing directly in a folder, by name (lkjip-lint's own files and hidden files left out). */
export async function berkasFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  return entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && !e.name.startsWith('.') && !e.name.startsWith('lkjip-lint.') && EXTENSIONS[extname(e.name).toLowerCase()])
    .map((e) => e.name)
    .sort()
    .map((name) => join(folder, name));
}

function roleFromConfig(file: string, roles: RoleMap | undefined): BerkasRole | undefined {
  if (!roles) return undefined;
  const rel = relative(roles.base, resolve(file)).split('\\').join('/');
  // The last entry that matches decides, as in ignorePatterns.
  let role: BerkasRole | undefined;
  for (const e of roles.entries) if (ignoreMatcher([e.pattern])(rel)) role = e.role;
  return role;
}

const withFile = (text: { id: string; en: string }, file: string) => ({ id: `${basename(file)}: ${text.id}`, en: `${basename(file)}: ${text.en}` });

async function readOne(file: string, options: BerkasOptions): Promise<BerkasFile> {
  let model: Model;
  try {
    model = await readReport(file, { ...options, asPart: true });
  } catch (err) {
    throw err instanceof InputError ? new InputError(withFile(err.text, file)) : err;
  }
  const input = model.input;
  const stated = roleFromConfig(file, options.roles);
  const role = stated ?? documentRole(input);
  if (!role)
    throw new InputError(
      withFile(
        {
          id: 'isinya tidak dikenali sebagai LKjIP, PK, Renstra, RKT atau IKU; nyatakan perannya di konfigurasi ("berkasRoles") atau keluarkan dari folder',
          en: 'its content is not recognised as an LKjIP, PK, Renstra, RKT or IKU; state its role in the configuration ("berkasRoles") or move it out of the folder',
        },
        file,
      ),
    );
  const doc: BerkasDocument = { file, format: model.format, role, by: stated ? 'config' : 'content', holds: role === 'lkjip' ? ['lkjip'] : heldDocuments(input) };
  const year = input.meta.tahun ?? input.pk?.find((p) => p.year)?.year ?? input.rkt?.year;
  if (year) doc.year = year;
  return { doc, input };
}

/** Every place of a file's input names the file: `at` and the `…At` of a sibling value. */
function stampFile(x: unknown, file: string): void {
  if (Array.isArray(x)) for (const item of x) stampFile(item, file);
  else if (x && typeof x === 'object')
    for (const [k, v] of Object.entries(x)) {
      if ((k === 'at' || k.endsWith('At')) && v && typeof v === 'object' && !Array.isArray(v)) (v as { file?: string }).file = file;
      else stampFile(v, file);
    }
}

type Defs = Record<string, { properties?: Record<string, { $ref?: string; items?: { $ref?: string } }> }>;
const defs = (schema as { $defs: Defs }).$defs;
const topLevel = (schema as { properties: Record<string, { $ref?: string; items?: { $ref?: string } }> }).properties;

/** Whether the items of a top-level property may carry an `at`. */
function placeable(key: string): boolean {
  const ref = topLevel[key]?.$ref ?? topLevel[key]?.items?.$ref;
  return !!ref && !!defs[ref.replace('#/$defs/', '')]?.properties?.at;
}

/** An item of a file without a place of its own is still in that file. */
function located<T>(item: T, key: string, file: string): T {
  if (item && typeof item === 'object' && !Array.isArray(item) && !('at' in item) && placeable(key)) return { ...item, at: { file } };
  return item;
}

/** Parts of the input that hold a whole document, not a list of things. */
const SINGLE = ['renstra', 'rkt', 'perencanaan', 'scale', 'formulas', 'anggaran', 'belanja'] as const;
const NOT_MERGED = new Set(['$schema', 'lkjipLint', 'source', 'meta', 'extraction']);

/**
 * The LKjIP's input with the other files' parts after its own: lists appended in the order of the
 * files, a single document (the Renstra, the RKT …) taken when the LKjIP has none of its own.
 */
export function mergeBerkas(main: LkjipReport, parts: { file: string; input: LkjipReport }[]): { input: LkjipReport; notes: string[] } {
  const merged = structuredClone(main) as unknown as Record<string, unknown>;
  const notes: string[] = [];
  for (const { file, input } of parts) {
    const part = structuredClone(input) as unknown as Record<string, unknown>;
    stampFile(part, file);
    for (const [key, value] of Object.entries(part)) {
      if (NOT_MERGED.has(key) || value === undefined) continue;
      if ((SINGLE as readonly string[]).includes(key)) {
        if (merged[key] === undefined) merged[key] = located(value, key, file);
        else notes.push(`${basename(file)}: a second ${key} in the berkas, not merged (the one read first is used)`);
      } else if (Array.isArray(value)) merged[key] = [...((merged[key] as unknown[]) ?? []), ...value.map((v) => located(v, key, file))];
    }
    const extraction = input.extraction;
    if (extraction?.notes?.length || extraction?.reader?.length) {
      const mine = (merged.extraction ??= { reader: [], notes: [] }) as NonNullable<LkjipReport['extraction']>;
      mine.reader = [...(mine.reader ?? []), ...(extraction.reader ?? []).map((n) => `${basename(file)}: ${n}`)];
      // What the file lacks of an LKjIP (its own meta, its chapters) is no note on the berkas.
      const stamped = structuredClone(extraction.notes ?? []).filter((n) => n.code !== 'meta-missing' && n.code !== 'section-missing').map((n) => ({ ...n, at: n.at ?? {} }));
      stampFile(stamped, file);
      mine.notes = [...(mine.notes ?? []), ...stamped];
    }
  }
  return { input: merged as unknown as LkjipReport, notes };
}

const order = (r: BerkasRole) => BERKAS_ROLES.indexOf(r);

/**
 * Reads a berkas into one model: the LKjIP's, with the other files' documents merged in, and last
 * year's LKjIP when the folder holds one. Refused, with the file named, when a file cannot be read
 * or recognised, and when the folder holds no LKjIP or several that are not two successive years.
 */
export async function readBerkas(folder: string, options: BerkasOptions = {}): Promise<Model> {
  const files = await berkasFiles(folder);
  if (!files.length) throw new InputError({ id: 'folder ini tidak berisi berkas laporan (.pdf, .docx, .md, .txt, .yaml, .json)', en: 'this folder holds no report files (.pdf, .docx, .md, .txt, .yaml, .json)' }, folder);
  if (files.length > MAX_BERKAS_FILES)
    throw new InputError({ id: `folder berisi ${files.length} berkas; satu berkas OPD paling banyak ${MAX_BERKAS_FILES}`, en: `the folder holds ${files.length} files; one OPD's berkas holds at most ${MAX_BERKAS_FILES}` }, folder);
  const read: BerkasFile[] = [];
  for (const file of files) read.push(await readOne(file, options));
  return assembleBerkas(read, folder);
}

/** One file of a berkas: what it is, and its input. */
export interface BerkasFile {
  doc: BerkasDocument;
  input: LkjipReport;
}

/** A file of a berkas given as its input (rule examples): judged by its content like a file read. */
export function berkasFileOf(file: string, input: LkjipReport): BerkasFile {
  const role = documentRole(input);
  if (!role) throw new Error(`${file}: not recognised as a document of a berkas`);
  return { doc: { file, format: 'json', role, by: 'content', holds: role === 'lkjip' ? ['lkjip'] : heldDocuments(input), ...(input.meta.tahun ? { year: input.meta.tahun } : {}) }, input };
}

/** The files of a berkas, read, into one model (and last year's LKjIP into `previous`). */
export function assembleBerkas(read: BerkasFile[], folder: string): Model {
  const reports = read.filter((r) => r.doc.role === 'lkjip').sort((a, b) => (b.doc.year ?? 0) - (a.doc.year ?? 0));
  if (!reports.length) {
    const found = read.map((r) => `${basename(r.doc.file)} (${r.doc.role})`).join(', ');
    throw new InputError({ id: `tidak ada LKjIP di folder ini, hanya: ${found}`, en: `no LKjIP in this folder, only: ${found}` }, folder);
  }
  // Two LKjIPs: this year's and last year's, when their years say so; else no telling which to lint.
  const [main, older, ...more] = reports;
  const successive = older && !more.length && main.doc.year !== undefined && older.doc.year === main.doc.year - 1;
  if (older && !successive) {
    const list = reports.map((r) => `${basename(r.doc.file)} (${r.doc.year ?? '?'})`).join(', ');
    throw new InputError(
      { id: `folder ini berisi lebih dari satu LKjIP yang bukan dua tahun berturut-turut: ${list}; satu OPD dan satu tahun per folder`, en: `this folder holds more than one LKjIP, not of two successive years: ${list}; one OPD and one year per folder` },
      folder,
    );
  }
  const parts = read.filter((r) => r.doc.role !== 'lkjip').sort((a, b) => order(a.doc.role) - order(b.doc.role) || (a.doc.file < b.doc.file ? -1 : 1));
  const { input, notes } = mergeBerkas(main.input, parts.map((p) => ({ file: p.doc.file, input: p.input })));
  if (notes.length) (input.extraction ??= { reader: [], notes: [] }).reader = [...(input.extraction.reader ?? []), ...notes];
  const problems = validate(input);
  if (problems.length) throw new Error(`merging the berkas produced an invalid model: ${problems[0].pointer}: ${problems[0].message}`);
  const model = normalize(input, { file: main.doc.file, format: main.doc.format, parts: parts.map((p) => p.doc.file) });
  model.berkas = [main.doc, ...(older ? [older.doc] : []), ...parts.map((p) => p.doc)];
  if (older) model.previous = normalize(older.input, { file: older.doc.file, format: older.doc.format });
  return model;
}
