// The HTTP server: fastify with its multipart plugin, the web page, the API and the limits around
// them. Stateless: an upload lives in the private temporary folder only while its request runs.
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { rm } from 'node:fs/promises';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { loadRules } from '../engine/rules.js';
import type { PdfReaderChoice } from '../ingest/pdf/index.js';
import { CHECKLIST } from '../report/checklist.js';
import { FORMATS } from '../report/index.js';
import { accessLogLine, type AccessInfo } from './access-log.js';
import { ApiError, LocalizedApiError } from './api-error.js';
import { keyMatches, presentedKey } from './auth.js';
import { acceptedTypes, outputName, outputType } from './media.js';
import { openApiDocument } from './openapi.js';
import { pageAssets, pageHtml, PAGE_CSP } from './page-assets.js';
import { LintPool, LintTimeout, type JobReply } from './pool.js';
import { lintOptions, queryPairs, requestLang } from './request-options.js';
import { drain, makeTempDir, placeFiles, receiveMultipart, receiveRaw, type Upload } from './upload.js';
import { setTimeout as delay } from 'node:timers/promises';

/** How long a stop waits for open connections and busy workers before it closes them. */
const CLOSE_GRACE_MS = 5_000;

export interface ServeSettings {
  host: string;
  port: number;
  jobs: number;
  queue: number;
  maxFileSize: number;
  maxPages?: number;
  timeoutS: number;
  uploadTimeoutS: number;
  pdfReader?: PdfReaderChoice;
  apiKeys?: Buffer[];
  trustProxy?: string;
  accessLog: boolean;
  version: string;
}

export interface Server {
  app: FastifyInstance;
  url: string;
  close(): Promise<void>;
}

/** Headers on every response: no sniffing, no framing, no referrer. */
const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
};
const API_CSP = "default-src 'none'; frame-ancestors 'none'";
/** An HTML report downloaded from the API is inert on this origin. */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Rejects with `error` if `promise` has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number, error: () => Error): Promise<T> {
  let timer: NodeJS.Timeout;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(error()), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

export async function startServer(s: ServeSettings): Promise<Server> {
  const rules = loadRules();
  const tempDir = await makeTempDir();
  const pool = new LintPool(s.jobs, s.queue, s.timeoutS * 1000, {
    maxFileSize: s.maxFileSize,
    maxPages: s.maxPages,
    timeoutMs: (s.timeoutS * 1000) / 2,
    pdfReader: s.pdfReader,
  });
  const assets = pageAssets();
  const rulesBody = JSON.stringify({
    rules: rules.map((r) => ({ id: r.id, category: r.category, severity: r.severity, title: r.title, description: r.description, source: r.source, checklist: r.checklist ?? [] })),
    checklist: CHECKLIST,
  });
  const openapi = JSON.stringify(openApiDocument(s.version, !!s.apiKeys));
  const access = new WeakMap<FastifyRequest, AccessInfo>();
  const info = (request: FastifyRequest): AccessInfo => {
    let i = access.get(request);
    if (!i) access.set(request, (i = {}));
    return i;
  };
  const log = (line: Record<string, unknown>) => {
    if (s.accessLog) process.stdout.write(`${JSON.stringify(line)}\n`);
  };

  const app = Fastify({
    logger: false,
    trustProxy: s.trustProxy ? s.trustProxy.split(',').map((a) => a.trim()) : false,
    // Node's own limit on receiving a request, behind the upload limit that answers in JSON.
    requestTimeout: (s.uploadTimeoutS + 5) * 1000,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket) {
      if (err.code === 'ECONNRESET' || socket.destroyed) return;
      const e =
        err.code === 'HPE_HEADER_OVERFLOW'
          ? new ApiError(431, 'headers-too-large', 'headersTooLarge')
          : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? new ApiError(408, 'upload-timeout', 'uploadTimeout', [s.uploadTimeoutS])
            : new ApiError(400, 'bad-request', 'badRequest');
      const body = JSON.stringify(e.body('id'));
      log({ time: new Date().toISOString(), ip: socket.remoteAddress, status: e.statusCode, code: e.code });
      if (socket.writable)
        socket.write(`HTTP/1.1 ${e.statusCode} ${STATUS_CODES[e.statusCode]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
      socket.destroy();
    },
  });

  app.addHook('onRequest', async (request, reply) => {
    info(request).start = process.hrtime.bigint();
    reply.headers(COMMON_HEADERS);
    reply.header('content-security-policy', API_CSP);
  });
  app.addHook('onResponse', async (request, reply) => {
    const i = info(request);
    log(accessLogLine(request, reply, i));
  });

  app.setErrorHandler(async (err: Error & { statusCode?: number; code?: string }, request, reply) => {
    const lang = requestLang(request.url, request.headers['accept-language']);
    let e: ApiError;
    if (err instanceof ApiError) e = err;
    else if (err.statusCode === 415 || err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') e = new ApiError(415, 'unsupported-type', 'unsupportedType', [String(request.headers['content-type'] ?? '?'), acceptedTypes().join(', ')]);
    else if (err.statusCode === 413) e = new ApiError(413, 'too-large', 'tooLarge', [String(Math.round(s.maxFileSize / 1048576))]);
    else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) e = new ApiError(400, 'bad-request', 'badRequest');
    else e = new ApiError(500, 'internal', 'internal', [err.message.split('\n')[0]]);
    info(request).code = e.code;
    // A refused request's client may still be sending: its body is read and dropped first (within
    // the upload time limit), or the answer would often be lost to a reset connection. A body left
    // unread all the same must not be taken for the next request on this connection.
    if (e.statusCode !== 408) await drain(request.raw, s.uploadTimeoutS * 1000);
    if (!request.raw.complete) reply.header('connection', 'close');
    return reply.code(e.statusCode).headers(e.headers).type('application/json; charset=utf-8').send(e.body(lang));
  });
  app.setNotFoundHandler((request, reply) => {
    const lang = requestLang(request.url, request.headers['accept-language']);
    const e = new ApiError(404, 'not-found', 'notFound', [request.url.split('?')[0].slice(0, 100)]);
    info(request).code = e.code;
    return reply.code(404).type('application/json; charset=utf-8').send(e.body(lang));
  });

  // ── The page ──────────────────────────────────────────────────────────────────────────────
  app.get('/', async (request, reply) => {
    // Bahasa Indonesia unless ?lang=en (the page's switch), whatever the browser's language.
    const lang = requestLang(request.url, undefined);
    return reply.header('content-security-policy', PAGE_CSP).header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(pageHtml(lang, s.version));
  });
  app.get('/static/*', async (request, reply) => {
    const asset = assets.get((request.params as Record<string, string>)['*']);
    if (!asset) throw new ApiError(404, 'not-found', 'notFound', [request.url.slice(0, 100)]);
    return reply.header('cache-control', 'no-cache').type(asset.type).send(asset.body);
  });

  // ── Open endpoints ────────────────────────────────────────────────────────────────────────
  app.get('/healthz', async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok', version: s.version, ...pool.stats() }));
  app.get('/api/openapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(openapi));

  // ── The API ───────────────────────────────────────────────────────────────────────────────
  await app.register(async (api) => {
    if (s.apiKeys) {
      const keys = s.apiKeys;
      api.addHook('onRequest', async (request) => {
        const key = presentedKey(request.headers);
        if (!key) throw new ApiError(401, 'unauthorized', 'unauthorized', [], { 'www-authenticate': 'Bearer' });
        if (!keyMatches(key, keys)) throw new ApiError(401, 'unauthorized', 'badKey', [], { 'www-authenticate': 'Bearer error="invalid_token"' });
      });
    }
    // Bodies are streamed by the handlers, never buffered by a parser.
    api.removeAllContentTypeParsers();
    await api.register(multipart);
    api.addContentTypeParser('*', (_request, _payload, done) => done(null));

    api.get('/api/v1/rules', async (_request, reply) => reply.type('application/json; charset=utf-8').send(rulesBody));
    api.post('/api/v1/lint', (request, reply) => lint(request, reply, false));
    api.post('/api/v1/lint/bundle', (request, reply) => lint(request, reply, true));
  });

  async function lint(request: FastifyRequest, reply: FastifyReply, bundle: boolean): Promise<FastifyReply> {
    const i = info(request);
    let upload: Upload;
    let admitted = false;
    try {
      // Options in the query are checked before the upload is read.
      lintOptions(queryPairs(request.url), bundle);
      if (!(admitted = pool.admit())) {
        const { busy, waiting } = pool.stats();
        const wait = pool.retryAfterSeconds();
        throw new ApiError(503, 'busy', 'busy', [busy, waiting, wait], { 'retry-after': String(wait) });
      }
      const receiving = request.isMultipart() ? receiveMultipart(request, tempDir, s.maxFileSize) : receiveRaw(request, tempDir, s.maxFileSize);
      // Too slow: answered at once; the upload's file goes as soon as its stream ends.
      let late = false;
      receiving.then(
        (u) => {
          if (late) void rm(u.path, { force: true });
        },
        () => undefined,
      );
      upload = await within(receiving, s.uploadTimeoutS * 1000, () => {
        late = true;
        // Once the answer is out, the rest of the request is dropped: that ends the upload's streams.
        reply.raw.once('close', () => request.raw.complete || request.raw.destroy());
        return new ApiError(408, 'upload-timeout', 'uploadTimeout', [s.uploadTimeoutS]);
      });
    } catch (err) {
      if (admitted) pool.release();
      throw err;
    }
    try {
      i.bytesIn = upload.bytes;
      const o = lintOptions(upload.options, bundle);
      Object.assign(i, { lang: o.lang, format: bundle ? 'bundle' : o.format, preset: o.preset });
      const ext = /\.[a-z]+$/.exec(upload.path)?.[0] ?? '';
      const name = o.filename ?? upload.name ?? `laporan${ext}`;
      const files = await placeFiles(upload, o.berkas, tempDir);
      let result: JobReply;
      try {
        result = await pool.run({ path: files.path, name: o.berkas ? (o.filename ?? 'berkas') : name, lang: o.lang, preset: o.preset, explain: o.explain, formats: bundle ? [...FORMATS] : [o.format], ...files.job });
      } catch (err) {
        if (err instanceof LintTimeout) throw new ApiError(422, 'timeout', 'lintTimeout', [s.timeoutS]);
        throw err;
      }
      if (!result.ok) {
        if (result.internal) throw new LocalizedApiError(500, 'internal', result.error);
        throw new LocalizedApiError(422, 'unreadable', result.error);
      }
      i.findings = result.summary;
      if (bundle) return reply.type('application/json; charset=utf-8').send(bundleBody(name, result.outputs));
      const { format, data } = result.outputs[0];
      reply.type(outputType(format));
      if (format !== 'json') reply.header('content-disposition', contentDisposition(outputName(name, format)));
      if (format === 'html') reply.header('content-security-policy', REPORT_CSP);
      return reply.send(typeof data === 'string' ? data : Buffer.from(data));
    } finally {
      pool.release();
      await Promise.all([...upload.files.map((f) => f.path), ...(upload.previous ? [upload.previous.path] : []), ...(upload.folder ? [upload.folder] : [])].map((p) => rm(p, { recursive: true, force: true })));
    }
  }

  // A worker cannot be terminated while it waits on a child (mutool, tesseract): stopping waits
  // for the pool at most CLOSE_GRACE_MS, then goes on (workers are unref'd, they do not hold the
  // process), and the private temp folder is removed either way.
  const stop = async () => {
    await Promise.race([pool.close(), delay(CLOSE_GRACE_MS, undefined, { ref: false })]);
    await rm(tempDir, { recursive: true, force: true });
  };
  let address: string;
  try {
    address = await app.listen({ host: s.host, port: s.port });
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    app,
    url: address,
    async close() {
      // In-flight requests may finish; a connection still open after the grace (a client that
      // stopped sending) is closed, so that a stop never hangs on a client.
      const grace = setTimeout(() => app.server.closeAllConnections(), CLOSE_GRACE_MS);
      await app.close();
      clearTimeout(grace);
      await stop();
    },
  };
}

/** The page's answer: the JSON contract and every format, binary ones in base64. */
function bundleBody(name: string, outputs: { format: string; data: string | Uint8Array }[]): string {
  const json = outputs.find((o) => o.format === 'json')!.data as string;
  const items = outputs.map(({ format, data }) =>
    JSON.stringify({
      format,
      filename: outputName(name, format),
      mediaType: outputType(format),
      encoding: typeof data === 'string' ? 'utf-8' : 'base64',
      data: typeof data === 'string' ? data : Buffer.from(data).toString('base64'),
    }),
  );
  return `{"report":${json.trim()},"outputs":[${items.join(',')}]}`;
}

