// `lkjip-lint serve [options]`: reads the options, starts the server, and on Ctrl-C/SIGTERM stops
// taking requests, finishes those in progress, removes its temporary folder and exits 0.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { packageRoot } from '../engine/package-root.js';
import type { Lang } from '../engine/types.js';
import { PDF_READERS, type PdfReaderChoice } from '../ingest/pdf/index.js';
import { KeyFileError, readKeyFile } from './auth.js';
import { st } from './messages.js';
import { startServer, type ServeSettings } from './server.js';

class UsageError extends Error {}

function whole(name: string, v: string | undefined, fallback: number, min: number, lang: Lang): number {
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < min) throw new UsageError(st('badNumber', lang, name, v, min));
  return Number(v);
}

function settings(argv: string[], lang: Lang): ServeSettings | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        queue: { type: 'string' },
        'max-file-size': { type: 'string' },
        'max-pages': { type: 'string' },
        timeout: { type: 'string' },
        'upload-timeout': { type: 'string' },
        'pdf-reader': { type: 'string' },
        'api-key-file': { type: 'string' },
        'trust-proxy': { type: 'string' },
        quiet: { type: 'boolean' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    const m = /'([^']+)'/.exec((err as Error).message);
    throw new UsageError(st('badOption', lang, m?.[1] ?? (err as Error).message));
  }
  if (values.help) return 'help';
  const pdfReader = values['pdf-reader'] as PdfReaderChoice | undefined;
  if (pdfReader !== undefined && !PDF_READERS.includes(pdfReader)) throw new UsageError(st('badPdfReader', lang, pdfReader));
  const jobs = whole('--jobs', values.jobs, Math.max(1, availableParallelism()), 1, lang);
  const keyFile = values['api-key-file'];
  let apiKeys: Buffer[] | undefined;
  if (keyFile !== undefined) {
    try {
      apiKeys = readKeyFile(keyFile);
    } catch (err) {
      const why = err instanceof KeyFileError ? st(err.messageId, lang, err.line) : ((err as NodeJS.ErrnoException).code ?? (err as Error).message);
      throw new UsageError(st('keyFile', lang, keyFile, why));
    }
  }
  return {
    host: values.host ?? '127.0.0.1',
    port: whole('--port', values.port, 8080, 0, lang),
    jobs,
    queue: whole('--queue', values.queue, 2 * jobs, 0, lang),
    maxFileSize: whole('--max-file-size', values['max-file-size'], 50, 1, lang) * 1024 * 1024,
    maxPages: values['max-pages'] === undefined ? undefined : whole('--max-pages', values['max-pages'], 0, 1, lang),
    timeoutS: whole('--timeout', values.timeout, 60, 1, lang),
    uploadTimeoutS: whole('--upload-timeout', values['upload-timeout'], 60, 1, lang),
    pdfReader,
    apiKeys,
    trustProxy: values['trust-proxy'],
    accessLog: !values.quiet,
    version: JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).version,
  };
}

export async function serve(argv: string[]): Promise<number> {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const lang: Lang = (i < 0 ? undefined : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1]) === 'en' ? 'en' : 'id';
  let s;
  try {
    s = settings(argv, lang);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`lkjip-lint: ${err.message}\n`);
    return 2;
  }
  if (s === 'help') {
    process.stdout.write(`${st('usage', lang)}\n`);
    return 0;
  }
  let server;
  try {
    server = await startServer(s);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    process.stderr.write(`lkjip-lint: ${st('cannotListen', lang, `${s.host}:${s.port}`, e.code ?? e.message)}\n`);
    return 2;
  }
  process.stderr.write(`lkjip-lint: ${st('listening', lang, server.url)}\n`);
  const running = server;
  return new Promise((resolve) => {
    let stopping = false;
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.on(signal, () => {
        if (stopping) return;
        stopping = true;
        process.stderr.write(`lkjip-lint: ${st('stopping', lang, signal)}\n`);
        void running.close().then(() => resolve(0));
      });
  });
}
