// Receives one upload into the server's private temporary folder (mode 0700), under a random name:
// nothing the client sends becomes a path. The size limit is enforced while streaming; whatever
// happens, a partly written file is removed once its stream is closed.
import { randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { chmod, mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { IncomingMessage } from 'node:http';
import type { FastifyRequest } from 'fastify';
import { ApiError } from './api-error.js';
import { acceptedTypes, bareType, inputExtension } from './media.js';
import { BOOLEAN_TRUE, checkOptionName, displayName, OPTION_NAMES, queryPairs } from './request-options.js';
import { MAX_BERKAS_FILES } from '../ingest/berkas-limits.js';

export interface Upload {
  path: string;
  /** The client's file name, for display (or undefined). */
  name?: string;
  bytes: number;
  /** Options: the query's, or the form's fields. */
  options: Map<string, string>;
  /** Every file of the form's "file" field, the first being `path` (several only for a berkas). */
  files: { path: string; name?: string }[];
  /** The form's "previous" field: last year's LKjIP. */
  previous?: { path: string; name?: string };
  /** The private folder a berkas's files were moved into (placeFiles), removed with them. */
  folder?: string;
}

/** The server's own temporary folder, private to its user. */
export async function makeTempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lkjip-serve-'));
  await chmod(dir, 0o700);
  return dir;
}

const mb = (bytes: number) => String(Math.round((bytes / 1024 / 1024) * 10) / 10);

/**
 * Counts bytes on their way to the file. Past the limit it passes nothing more but reads on to the
 * end, and only then fails: a client still sending when the answer comes would often lose it to
 * the connection's reset. (The upload time limit bounds how long that reading can last.)
 */
function limiter(max: number, shownMax: number, onBytes: (n: number) => void): Transform {
  let n = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      n += chunk.length;
      onBytes(n);
      done(null, n > max ? undefined : chunk);
    },
    flush(done) {
      done(n > max ? new ApiError(413, 'too-large', 'tooLarge', [mb(shownMax)]) : null);
    },
  });
}

function unsupported(type: string): ApiError {
  return new ApiError(415, 'unsupported-type', 'unsupportedType', [type || '?', acceptedTypes().join(', ')]);
}

/** Streams `source` into a new file of `dir`; the file is gone again if anything fails. */
async function store(source: Readable, dir: string, ext: string, max: number, keepSource: boolean, shownMax = max): Promise<{ path: string; bytes: number }> {
  const path = join(dir, `${randomUUID()}${ext}`);
  const out: WriteStream = createWriteStream(path, { flags: 'wx', mode: 0o600 });
  let bytes = 0;
  try {
    // A raw body is the request itself: piped, not given to pipeline(), which would destroy it (and
    // the connection with it) on a failure such as a full disk, leaving no way to answer.
    if (keepSource) {
      const count = limiter(max, shownMax, (n) => (bytes = n));
      const done = pipeline(count, out);
      source.pipe(count);
      // A client gone before the end. Once an answer is sent (a time-out), Node no longer ends the
      // request when its connection closes: the socket's own 'close' tells.
      const socket = (source as IncomingMessage).socket;
      let stop = (_err: Error) => undefined as void;
      const gone = new Promise<never>((_, reject) => (stop = reject));
      const onClose = () => !source.readableEnded && stop(new Error('client closed the connection'));
      source.once('error', stop).once('close', onClose);
      socket?.once('close', onClose);
      gone.catch(() => undefined);
      try {
        await Promise.race([done, gone]);
      } finally {
        source.unpipe(count);
        source.off('error', stop).off('close', onClose);
        socket?.off('close', onClose);
      }
    } else await pipeline(source, limiter(max, shownMax, (n) => (bytes = n)), out);
    return { path, bytes };
  } catch (err) {
    if (!out.closed) {
      out.destroy();
      await new Promise<void>((resolve) => out.once('close', () => resolve()));
    }
    await rm(path, { force: true });
    throw err;
  }
}

/** A raw body: the file itself, typed by its Content-Type (or by ?filename=). */
export async function receiveRaw(request: FastifyRequest, dir: string, max: number): Promise<Upload> {
  const options = queryPairs(request.url);
  const length = request.headers['content-length'];
  if ((length === undefined || Number(length) === 0) && request.headers['transfer-encoding'] === undefined) throw new ApiError(400, 'empty', 'emptyBody');
  const name = displayName(options.get('filename'));
  const ext = inputExtension(name, request.headers['content-type']);
  if (ext === undefined) throw unsupported(bareType(request.headers['content-type']));
  const { path, bytes } = await store(request.raw, dir, ext, max, true);
  if (bytes === 0) {
    await rm(path, { force: true });
    throw new ApiError(400, 'empty', 'emptyBody');
  }
  return { path, name, bytes, options, files: [{ path, name }] };
}

/** A berkas of more files than this is no one OPD's (src/ingest/berkas.ts). */
export const MAX_FORM_FILES = MAX_BERKAS_FILES;

/**
 * A multipart form: one part "file" (several with berkas=true: one OPD's files), at most one part
 * "previous" (last year's LKjIP), and options as fields (or in the query). All files together are
 * held to the size limit of one.
 */
export async function receiveMultipart(request: FastifyRequest, dir: string, max: number): Promise<Upload> {
  const query = queryPairs(request.url);
  const fields = new Map<string, string>();
  const files: { path: string; bytes: number; name?: string }[] = [];
  let previous: { path: string; bytes: number; name?: string } | undefined;
  const stored = () => [...files, ...(previous ? [previous] : [])];
  try {
    const parts = request.parts({ limits: { fileSize: max, files: MAX_FORM_FILES + 1, fields: 10, fieldSize: 1024, fieldNameSize: 100, parts: MAX_FORM_FILES + 12, headerPairs: 50 } });
    for await (const part of parts) {
      if (part.type === 'field') {
        checkOptionName(part.fieldname, true);
        if (fields.has(part.fieldname) || query.has(part.fieldname)) throw new ApiError(400, 'repeated-option', 'repeatedOption', [part.fieldname]);
        fields.set(part.fieldname, String(part.value));
        continue;
      }
      if (part.fieldname !== 'file' && part.fieldname !== 'previous') {
        part.file.resume();
        throw new ApiError(400, 'unknown-field', 'badField', [part.fieldname, OPTION_NAMES.join(', ')]);
      }
      if (part.fieldname === 'previous' && previous) throw new ApiError(400, 'two-previous', 'twoPrevious');
      if (part.fieldname === 'file' && files.length >= MAX_FORM_FILES) throw new ApiError(400, 'too-many-files', 'tooManyFiles', [MAX_FORM_FILES]);
      const name = displayName(part.filename);
      const ext = inputExtension(name, part.mimetype);
      if (ext === undefined) {
        part.file.resume();
        throw unsupported(bareType(part.mimetype));
      }
      const used = stored().reduce((n, f) => n + f.bytes, 0);
      const one = { ...(await store(part.file, dir, ext, max - used, false, max)), name };
      if (part.fieldname === 'previous') previous = one;
      else files.push(one);
      if (part.file.truncated) throw new ApiError(413, 'too-large', 'tooLarge', [mb(max)]);
      if (one.bytes === 0) throw new ApiError(400, 'empty', 'emptyFile');
    }
    const options = new Map([...query, ...fields]);
    // Several files are one berkas only when asked: else the second is a mistake, as it always was.
    if (files.length > 1 && !BOOLEAN_TRUE.has(options.get('berkas') ?? '')) throw new ApiError(400, 'one-file', 'twoFiles');
    if (!files.length) throw new ApiError(400, 'empty', 'emptyBody');
    const [first] = files;
    return { path: first.path, name: first.name, bytes: stored().reduce((n, f) => n + f.bytes, 0), options, files, ...(previous ? { previous } : {}) };
  } catch (err) {
    await Promise.all(stored().map((f) => rm(f.path, { force: true })));
    throw multipartError(err, max);
  }
}

/** The multipart plugin's and busboy's errors as the API's. */
function multipartError(err: unknown, max: number): unknown {
  if (err instanceof ApiError) return err;
  const code = (err as { code?: string })?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new ApiError(413, 'too-large', 'tooLarge', [mb(max)]);
  if (code === 'FST_FILES_LIMIT') return new ApiError(400, 'one-file', 'twoFiles');
  if (code === 'FST_MP_PREMATURE_CLOSE' || code === 'ECONNRESET') return err;
  return new ApiError(400, 'bad-multipart', 'badMultipart', [((err as Error)?.message ?? String(err)).slice(0, 120)]);
}

/**
 * Reads and drops what is left of a refused request's body, for at most `ms`, so that its client
 * (still sending) gets the answer rather than a reset connection.
 */
export function drain(request: IncomingMessage, ms: number): Promise<void> {
  if (request.complete || request.destroyed || ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, ms);
    request.unpipe();
    request.on('data', () => undefined);
    request.once('end', done);
    request.once('close', done);
    request.resume();
  });
}

/**
 * What the lint reads: the one file, or for a berkas a private folder of its own holding the
 * files (names stay random: each file is judged by its content); and which temporary paths the
 * outputs must show by the client's names.
 */
export async function placeFiles(upload: Upload, berkas: boolean, dir: string): Promise<{ path: string; job: { berkas?: boolean; previous?: string; renames: [string, string][] } }> {
  const renames: [string, string][] = [];
  const shown = (f: { path: string; name?: string }, i: number) => f.name ?? `dokumen-${i + 1}${extname(f.path)}`;
  if (upload.previous) renames.push([upload.previous.path, shown(upload.previous, 0)]);
  const previous = upload.previous ? { previous: upload.previous.path } : {};
  if (!berkas) return { path: upload.path, job: { renames, ...previous } };
  const folder = join(dir, randomUUID());
  await mkdir(folder, { mode: 0o700 });
  upload.folder = folder;
  // Named in the order of the client's names, so that the files are read and listed as the CLI
  // reads a folder of those names (by name); the random part keeps each name unlike any text.
  const order = upload.files.map((f, i) => ({ f, name: shown(f, i) })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const [k, { f, name }] of order.entries()) {
    const moved = join(folder, `${String(k + 1).padStart(2, '0')}-${basename(f.path)}`);
    await rename(f.path, moved);
    f.path = moved;
    renames.push([moved, name]);
  }
  return { path: folder, job: { berkas: true, renames, ...previous } };
}
