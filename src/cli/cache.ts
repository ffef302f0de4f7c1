// --cache: skip files whose content, rules, configuration and lkjip-lint version are unchanged.
// One file per result under .lkjip-lint-cache/, named by the hash of all of those (the key).
//
// What the cache trusts: nothing it reads. An entry is a header line — the key it was written
// for, the SHA-256 digest and the length of its body — then the body, the result as JSON. Before
// an entry is used: its size is within MAX_ENTRY_BYTES (checked before it is read), the header
// names this key, the body has this digest, and the body matches the JSON contract's schema
// (src/report/contract-schema.ts) for findings, extraction and the error. Anything else — edited,
// truncated, the wrong shape, too big — is a miss: the file is linted again, the entry rewritten,
// and the run says so in one line. All of this happens in the worker process linting the file.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { NOT_CHECKED_CODES } from '../engine/not-checked.js';
import { packageRoot } from '../engine/package-root.js';
import type { FileResult } from '../report/results.js';
import { CONTRACT_SCHEMAS } from '../report/contract-schema.js';

export const CACHE_DIR = '.lkjip-lint-cache';

/** The largest entry read or written: a result bigger than this is simply linted each time. */
export const MAX_ENTRY_BYTES = 64 * 1024 * 1024;

const FORMAT = 2;

let toolKey: string | undefined;

/** lkjip-lint's version and its rule catalog: a change to either invalidates every entry. */
function toolVersion(): string {
  if (toolKey) return toolKey;
  const h = createHash('sha256');
  h.update(readFileSync(join(packageRoot, 'package.json')));
  const rulesDir = join(packageRoot, 'rules');
  for (const f of (readdirSync(rulesDir, { recursive: true }) as string[]).sort())
    if (f.endsWith('.json')) h.update(f).update(readFileSync(join(rulesDir, f)));
  toolKey = h.digest('hex');
  return toolKey;
}

export function cacheKey(bytes: Uint8Array, file: string, settings: unknown): string {
  return createHash('sha256').update(toolVersion()).update(JSON.stringify(settings)).update(file).update(bytes).digest('hex');
}

/** What an entry holds: the result without the file name (the key covers it) and without the model. */
interface Cached {
  format?: FileResult['format'];
  findings: FileResult['findings'];
  error?: FileResult['error'];
  extraction?: FileResult['extraction'];
  notChecked?: FileResult['notChecked'];
  /** A berkas's files and their roles. */
  documents?: FileResult['documents'];
  /** For the formats that print the report's name and year (markdown, junit). */
  meta?: { instansi?: string; pemda?: string; tahun?: number; title?: string };
}

const entrySchema = {
  type: 'object',
  required: ['findings'],
  additionalProperties: false,
  properties: {
    format: { type: ['string', 'null'] },
    findings: { type: 'array', items: { $ref: 'contract#/components/schemas/Finding' } },
    error: { type: 'object', required: ['id', 'en'], additionalProperties: false, properties: { id: { type: 'string' }, en: { type: 'string' } } },
    extraction: { $ref: 'contract#/components/schemas/Extraction' },
    notChecked: { type: 'array', items: { enum: NOT_CHECKED_CODES } },
    documents: { type: 'array', items: { $ref: 'contract#/components/schemas/BerkasDocument' } },
    meta: {
      type: 'object',
      additionalProperties: false,
      properties: { instansi: { type: 'string' }, pemda: { type: 'string' }, tahun: { type: 'integer' }, title: { type: 'string' } },
    },
  },
};

let validator: ValidateFunction<Cached> | undefined;
function validate(data: unknown): data is Cached {
  if (!validator) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    // The JSON contract's schemas (the same that the API's OpenAPI document carries), by their OpenAPI names.
    validator = new Ajv({ strict: false }).addSchema({ $id: 'contract', components: { schemas: CONTRACT_SCHEMAS } }).compile<Cached>(entrySchema);
  }
  return validator(data);
}

const digestOf = (body: Buffer) => createHash('sha256').update(body).digest('hex');

export type CacheRead = { result: FileResult } | { miss: 'absent' } | { miss: 'bad'; why: { id: string; en: string } };

const bad = (id: string, en: string): CacheRead => ({ miss: 'bad', why: { id, en } });

/** The entry for `key` as the result of `file`, or why there is none to use. */
export function readCache(key: string, file: string, dir = CACHE_DIR): CacheRead {
  const path = join(dir, `${key}.json`);
  let size: number;
  try {
    const info = statSync(path);
    if (!info.isFile()) return bad('bukan berkas biasa', 'not a regular file');
    size = info.size;
  } catch {
    return { miss: 'absent' };
  }
  if (size > MAX_ENTRY_BYTES) return bad(`terlalu besar (${size} bita)`, `too big (${size} bytes)`);
  let raw: Buffer;
  try {
    raw = readAtMost(path, size);
  } catch (err) {
    return bad(`tidak dapat dibaca (${(err as NodeJS.ErrnoException).code})`, `cannot be read (${(err as NodeJS.ErrnoException).code})`);
  }
  const newline = raw.indexOf(10);
  let header: { v?: unknown; key?: unknown; digest?: unknown; bytes?: unknown };
  try {
    header = newline < 0 ? {} : JSON.parse(raw.subarray(0, newline).toString('utf8'));
  } catch {
    header = {};
  }
  if (header?.v !== FORMAT) return bad('bentuknya tidak dikenal', 'not in the entry format');
  if (header.key !== key) return bad('ditulis untuk berkas atau pengaturan lain', 'written for another file or other settings');
  const body = raw.subarray(newline + 1);
  if (header.bytes !== body.length || header.digest !== digestOf(body)) return bad('isinya telah berubah (digest tidak cocok)', 'its content has changed (digest mismatch)');
  let data: unknown;
  try {
    data = JSON.parse(body.toString('utf8'));
  } catch {
    return bad('bukan JSON yang sah', 'not valid JSON');
  }
  if (!validate(data)) {
    const e = validator!.errors?.[0];
    const where = `${e?.instancePath || '/'}: ${e?.message ?? '?'}`;
    return bad(`tidak sesuai skema (${where})`, `does not match the schema (${where})`);
  }
  const result: FileResult = { file, findings: data.findings };
  if (data.format !== undefined) result.format = data.format;
  if (data.error) result.error = data.error;
  if (data.extraction) result.extraction = data.extraction;
  if (data.notChecked?.length) result.notChecked = data.notChecked;
  if (data.documents?.length) result.documents = data.documents;
  if (data.meta) result.model = { meta: data.meta } as FileResult['model'];
  return { result };
}

/** Reads at most `size` bytes (the size checked), however much the file has grown since. */
function readAtMost(path: string, size: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(size);
    let n = 0;
    while (n < size) {
      const r = readSync(fd, buf, n, size - n, n);
      if (r === 0) break;
      n += r;
    }
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** What an entry keeps of a result, as JSON: the body of the entry. */
export function entryBody(result: FileResult): Buffer {
  const meta = result.model?.meta;
  const entry: Cached = { findings: result.findings };
  if (result.format !== undefined) entry.format = result.format;
  if (result.error) entry.error = result.error;
  if (result.extraction) entry.extraction = result.extraction;
  if (result.notChecked?.length) entry.notChecked = result.notChecked;
  if (result.documents?.length) entry.documents = result.documents;
  if (meta) entry.meta = { instansi: meta.instansi, pemda: meta.pemda, tahun: meta.tahun, title: meta.title };
  return Buffer.from(JSON.stringify(entry));
}

/** The entry's bytes: a header line naming the key, the body's length and digest; then the body. */
export function entryBytes(key: string, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${JSON.stringify({ v: FORMAT, key, bytes: body.length, digest: digestOf(body) })}\n`), body]);
}

export function writeCache(key: string, result: FileResult): void {
  const bytes = entryBytes(key, entryBody(result));
  if (bytes.length > MAX_ENTRY_BYTES) return;
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = join(CACHE_DIR, `${key}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    writeFileSync(tmp, bytes);
    renameSync(tmp, join(CACHE_DIR, `${key}.json`));
  } catch {
    // A cache that cannot be written only costs time.
  }
}

/** Removes the unfinished cache writes of process `pid` (a worker stopped between write and rename). */
export function removeCacheTemps(pid: number): void {
  let names: string[];
  try {
    names = readdirSync(CACHE_DIR);
  } catch {
    return;
  }
  for (const name of names) if (name.endsWith('.tmp') && name.includes(`.${pid}.`)) rmSync(join(CACHE_DIR, name), { force: true });
}
