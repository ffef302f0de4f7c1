// Receives one upload into the server's private temporary folder (mode 0700), under a random name:
// nothing the client sends becomes a path. The size limit is enforced while streaming; whatever
// happens, a partly written file is removed once its stream is closed.
import { randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { IncomingMessage } from 'node:http';
import type { FastifyRequest } from 'fastify';
import { ApiError } from './api-error.js';
import { acceptedTypes, bareType, inputExtension } from './media.js';
import { checkOptionName, displayName, queryPairs } from './request-options.js';

export interface Upload {
  path: string;
  /** The client's file name, for display (or undefined). */
  name?: string;
  bytes: number;
  /** Options: the query's, or the form's fields. */
  options: Map<string, string>;
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
function limiter(max: number, onBytes: (n: number) => void): Transform {
  let n = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      n += chunk.length;
      onBytes(n);
      done(null, n > max ? undefined : chunk);
    },
    flush(done) {
      done(n > max ? new ApiError(413, 'too-large', 'tooLarge', [mb(max)]) : null);
    },
  });
}

function unsupported(type: string): ApiError {
  return new ApiError(415, 'unsupported-type', 'unsupportedType', [type || '?', acceptedTypes().join(', ')]);
}

/** Streams `source` into a new file of `dir`; the file is gone again if anything fails. */
async function store(source: Readable, dir: string, ext: string, max: number, keepSource: boolean): Promise<{ path: string; bytes: number }> {
  const path = join(dir, `${randomUUID()}${ext}`);
  const out: WriteStream = createWriteStream(path, { flags: 'wx', mode: 0o600 });
  let bytes = 0;
  try {
    // A raw body is the request itself: piped, not given to pipeline(), which would destroy it (and
    // the connection with it) on a failure such as a full disk, leaving no way to answer.
    if (keepSource) {
      const count = limiter(max, (n) => (bytes = n));
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
    } else await pipeline(source, limiter(max, (n) => (bytes = n)), out);
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
  return { path, name, bytes, options };
}

/** A multipart form: one part "file", and options as fields (or in the query). */
export async function receiveMultipart(request: FastifyRequest, dir: string, max: number): Promise<Upload> {
  const query = queryPairs(request.url);
  const fields = new Map<string, string>();
  let upload: { path: string; bytes: number; name?: string } | undefined;
  try {
    const parts = request.parts({ limits: { fileSize: max, files: 1, fields: 10, fieldSize: 1024, fieldNameSize: 100, parts: 12, headerPairs: 50 } });
    for await (const part of parts) {
      if (part.type === 'field') {
        checkOptionName(part.fieldname, true);
        if (fields.has(part.fieldname) || query.has(part.fieldname)) throw new ApiError(400, 'repeated-option', 'repeatedOption', [part.fieldname]);
        fields.set(part.fieldname, String(part.value));
        continue;
      }
      if (part.fieldname !== 'file') {
        part.file.resume();
        throw new ApiError(400, 'unknown-field', 'badField', [part.fieldname, 'lang, format, config, explain, filename']);
      }
      if (upload) throw new ApiError(400, 'one-file', 'twoFiles');
      const name = displayName(part.filename);
      const ext = inputExtension(name, part.mimetype);
      if (ext === undefined) {
        part.file.resume();
        throw unsupported(bareType(part.mimetype));
      }
      const stored = await store(part.file, dir, ext, max, false);
      upload = { ...stored, name };
      if (part.file.truncated) throw new ApiError(413, 'too-large', 'tooLarge', [mb(max)]);
    }
  } catch (err) {
    if (upload) await rm(upload.path, { force: true });
    throw multipartError(err, max);
  }
  if (!upload) throw new ApiError(400, 'empty', 'emptyBody');
  if (upload.bytes === 0) {
    await rm(upload.path, { force: true });
    throw new ApiError(400, 'empty', 'emptyFile');
  }
  return { path: upload.path, name: upload.name, bytes: upload.bytes, options: new Map([...query, ...fields]) };
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
