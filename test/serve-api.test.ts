// `lkjip-lint serve`, the HTTP API, as a real process on a loopback port: multipart and raw uploads
// with each option give what the CLI gives; malformed, oversized, slow and refused requests get
// clear JSON errors and the server goes on serving; uploads leave nothing in the temporary folder;
// API keys; the 503 of a full pool; the per-request time limit; the OpenAPI 3.1 document.
import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import SwaggerParser from '@apidevtools/swagger-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../src/report/index.js';
import { CLI, startServe, type RunningServer } from './serve-helpers.js';

const KEY = 'k3y-for-the-test-suite-0123456789';
const OTHER_KEY = 'another-key-given-as-its-digest';
const auth = { authorization: `Bearer ${KEY}` };
const run = promisify(execFile);

let server: RunningServer;

/** A request on a bare socket (what fetch will not send): the raw answer, status first. */
function rawExchange(url: string, chunks: (string | Buffer)[], pauseMs = 0): Promise<{ status: number; body: string; raw: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    let raw = '';
    socket.on('data', (d) => (raw += d));
    socket.on('error', reject);
    socket.on('close', () => {
      const status = Number(/^HTTP\/1\.1 (\d+)/.exec(raw)?.[1] ?? 0);
      resolve({ status, body: raw.slice(raw.indexOf('\r\n\r\n') + 4), raw });
    });
    socket.on('connect', async () => {
      for (const c of chunks) {
        socket.write(c);
        if (pauseMs) await new Promise((r) => setTimeout(r, pauseMs));
      }
    });
    // Bounded: a server that never answers fails the test instead of hanging it.
    setTimeout(() => socket.destroy(), 15_000).unref();
  });
}

function form(file: Blob, name: string, fields: Record<string, string> = {}): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  f.append('file', file, name);
  return f;
}

const fixture = (name: string, type = 'application/octet-stream') => new Blob([readFileSync(`fixtures/${name}`)], { type });

async function lint(query: string, body: BodyInit, headers: Record<string, string> = {}) {
  const r = await fetch(`${server.url}/api/v1/lint${query}`, { method: 'POST', body, headers: { ...auth, ...headers } });
  return { status: r.status, headers: r.headers, text: await r.text() };
}

beforeAll(async () => {
  const keys = join(mkdtempSync(join(tmpdir(), 'lkjip-keys-')), 'keys.txt');
  writeFileSync(keys, `# test keys\n${KEY}\nsha256:${createHash('sha256').update(OTHER_KEY).digest('hex')}\n`);
  server = await startServe(['--jobs', '1', '--queue', '0', '--max-file-size', '1', '--upload-timeout', '2', '--api-key-file', keys]);
}, 60_000);
afterAll(async () => {
  expect(await server?.stop()).toBe(0);
}, 60_000);

describe('lkjip-lint serve: the API', () => {
  it('answers /healthz and the OpenAPI 3.1 document without a key, and the document is valid', async () => {
    const health = await (await fetch(`${server.url}/healthz`)).json();
    expect(health).toMatchObject({ status: 'ok', workers: 1, capacity: 1 });
    const doc = await (await fetch(`${server.url}/api/openapi.json`)).json();
    expect(doc.openapi).toBe('3.1.0');
    await SwaggerParser.validate(structuredClone(doc));
    expect(doc.components.schemas.LintReport.required).toEqual(['version', 'results', 'summary']);
    expect(doc.paths['/api/v1/lint'].post.parameters.find((p: { name: string }) => p.name === 'format').schema.enum).toEqual([...FORMATS]);
  });

  it('lints a multipart upload exactly as the CLI does, in the JSON contract, under the client’s name only', async () => {
    const r = await lint('', form(fixture('semboro-2021.yaml'), 'semboro-2021.yaml'));
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    const body = JSON.parse(r.text);
    const ajv = new Ajv2020({ strict: false });
    const doc = await (await fetch(`${server.url}/api/openapi.json`)).json();
    ajv.addSchema(doc, 'openapi.json');
    const valid = ajv.validate({ $ref: 'openapi.json#/components/schemas/LintReport' }, body);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const cli = await run(process.execPath, [CLI, 'semboro-2021.yaml', '-f', 'json'], { cwd: 'fixtures' }).catch((e) => e);
    expect(r.text).toBe(cli.stdout);
    expect(r.text).not.toMatch(/lkjip-serve-|[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('takes a raw body with its Content-Type, and lang, config and explain from the query', async () => {
    const pdf = readFileSync('fixtures/semboro-2021.pdf');
    const base = await lint('?filename=opd.pdf', pdf, { 'content-type': 'application/pdf' });
    const strict = await lint('?filename=opd.pdf&lang=en&config=strict&explain=true', pdf, { 'content-type': 'application/pdf' });
    expect(base.status).toBe(200);
    expect(strict.status).toBe(200);
    const a = JSON.parse(base.text);
    const b = JSON.parse(strict.text);
    expect(a.results[0]).toMatchObject({ file: 'opd.pdf', format: 'pdf' });
    expect(a.results[0].extraction).toBeUndefined();
    expect(b.results[0].extraction.pages).toBeGreaterThan(0);
    expect(b.summary.errors).toBeGreaterThan(a.summary.errors);
    expect(a.results[0].findings[0].message).not.toBe(b.results[0].findings[0].message);
    expect(b.results[0].findings.map((f: { message: string }) => f.message).join(' ')).toMatch(/\b(the|is|of)\b/);
  });

  it('gives every format, typed, as a download, with the options as form fields', async () => {
    for (const format of FORMATS) {
      const r = await lint('', form(fixture('semboro-2021.yaml', 'application/yaml'), 'semboro-2021.yaml', { format, lang: 'en' }));
      expect(r.status, format).toBe(200);
      expect(r.text.length, format).toBeGreaterThan(100);
      if (format !== 'json') expect(r.headers.get('content-disposition')).toContain(`filename="semboro-2021.lkjip-lint.`);
      if (format === 'sarif') expect(JSON.parse(r.text).version).toBe('2.1.0');
      if (format === 'html') {
        expect(r.headers.get('content-type')).toMatch(/^text\/html/);
        expect(r.headers.get('content-security-policy')).toContain('sandbox');
        expect(r.text).toContain('<html lang="en">');
      }
      if (format === 'junit') expect(r.text).toContain('<testsuites');
      if (format === 'markdown') expect(r.headers.get('content-type')).toMatch(/^text\/markdown/);
    }
  });

  it('gives the JSON contract and every format at once to the page (/api/v1/lint/bundle)', async () => {
    const r = await fetch(`${server.url}/api/v1/lint/bundle?lang=en`, { method: 'POST', body: form(fixture('semboro-2021.txt'), 'semboro-2021.txt'), headers: auth });
    expect(r.status).toBe(200);
    const b = await r.json();
    expect(b.report.version).toBe(1);
    expect(b.outputs.map((o: { format: string }) => o.format)).toEqual([...FORMATS]);
    const json = b.outputs.find((o: { format: string }) => o.format === 'json');
    expect(JSON.parse(json.data)).toEqual(b.report);
  });

  it('refuses bad requests with one clear JSON error each, and the server goes on serving', async () => {
    const err = async (p: Promise<{ status: number; text: string; headers?: Headers }>, status: number, code: string, message: RegExp) => {
      const r = await p;
      expect(r.status, r.text).toBe(status);
      const body = JSON.parse(r.text);
      expect(body).toMatchObject({ statusCode: status, code });
      expect(body.message).toMatch(message);
      return r;
    };
    const big = Buffer.alloc(1024 * 1024 + 10, 'a');
    await err(lint('', ''), 400, 'empty', /tanpa berkas/);
    await err(lint('?lang=en', new FormData()), 400, 'empty', /no file/);
    await err(lint('?lang=en', form(new Blob([]), 'kosong.pdf')), 400, 'empty', /empty file/);
    await err(lint('?lang=en', Buffer.from('\x89PNG\r\n'), { 'content-type': 'image/png' }), 415, 'unsupported-type', /image\/png.*accepted: application\/pdf/);
    await err(lint('?lang=en', form(new Blob(['x'], { type: 'image/png' }), 'foto.png')), 415, 'unsupported-type', /image\/png/);
    await err(lint('?lang=en', big, { 'content-type': 'text/plain' }), 413, 'too-large', /limit 1 MB/);
    await err(lint('?lang=en', form(new Blob([big]), 'besar.txt')), 413, 'too-large', /limit 1 MB/);
    await err(lint('?format=docx2&lang=en', 'x', { 'content-type': 'text/plain' }), 400, 'bad-option', /format cannot be "docx2"/);
    await err(lint('?bahasa=en', 'x', { 'content-type': 'text/plain' }), 400, 'unknown-option', /bahasa/);
    await err(lint('?lang=en&lang=id', 'x', { 'content-type': 'text/plain' }), 400, 'repeated-option', /lang/);
    await err(lint('?lang=en', form(fixture('semboro-2021.txt'), 'a.txt', { lang: 'en' })), 400, 'repeated-option', /lang/);
    await err(lint('?lang=en', form(fixture('semboro-2021.txt'), 'a.txt', { warna: 'merah' })), 400, 'unknown-field', /warna/);
    const two = form(fixture('semboro-2021.txt'), 'a.txt');
    two.append('file', fixture('semboro-2021.yaml'), 'b.yaml');
    await err(lint('?lang=en', two), 400, 'one-file', /one file per request/);
    // A file the readers refuse: their own message, in the request's language.
    await err(lint('?lang=en', form(fixture('bad/damaged.pdf'), 'rusak.pdf')), 422, 'unreadable', /PDF/);
    await err(lint('', form(fixture('bad/laporan.docx'), 'laporan.docx')), 422, 'unreadable', /berkas Word rusak/);

    const { hostname, port } = new URL(server.url);
    const head = (len: number, type: string, extra = '') => `POST /api/v1/lint?lang=en HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAuthorization: Bearer ${KEY}\r\nContent-Type: ${type}\r\nContent-Length: ${len}\r\n${extra}Connection: close\r\n\r\n`;
    // Truncated multipart: the closing boundary never comes.
    const part = '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nBAB I PENDAHULUAN\r\n';
    const truncated = await rawExchange(server.url, [head(part.length, 'multipart/form-data; boundary=XyZ') + part]);
    expect(truncated.status).toBe(400);
    expect(JSON.parse(truncated.body)).toMatchObject({ code: 'bad-multipart' });
    // Headers over Node's 16 KiB.
    const huge = await rawExchange(server.url, [head(1, 'text/plain', `X-Big: ${'a'.repeat(20_000)}\r\n`) + 'x']);
    expect(huge.status).toBe(431);
    expect(JSON.parse(huge.body)).toMatchObject({ code: 'headers-too-large' });
    // A slow client: 10 of 1000 bytes, then nothing until the 2 s upload limit.
    const slow = await rawExchange(server.url, [head(1000, 'text/plain'), 'BAB I PEND']);
    expect(slow.status).toBe(408);
    expect(JSON.parse(slow.body)).toMatchObject({ code: 'upload-timeout', message: 'the upload did not finish within 2 s' });

    const ok = await lint('', form(fixture('semboro-2021.yaml'), 'semboro-2021.yaml'));
    expect(ok.status).toBe(200);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('lints a berkas (berkas=true, several parts "file") and a report beside last year\'s (part "previous") as the CLI does', async () => {
    const dir = 'fixtures/berkas/semboro-2021';
    const berkas = new FormData();
    berkas.append('berkas', 'true');
    for (const name of readdirSync(dir).sort()) berkas.append('file', new Blob([readFileSync(join(dir, name))]), name);
    // The CLI runs beside the request (the two take most of this test's time).
    const [r, cliRun] = await Promise.all([
      lint('?lang=en&filename=semboro-2021', berkas),
      run(process.execPath, [CLI, '--berkas', 'semboro-2021', '-f', 'json', '--lang', 'en'], { cwd: 'fixtures/berkas' }).catch((e) => e),
    ]);
    expect(r.status, r.text).toBe(200);
    const cli = JSON.parse(cliRun.stdout);
    const api = JSON.parse(r.text);
    // The CLI names the files by their path in the folder, the API by the names the client gave.
    const shown = (x: { results: { file: string; documents: { file: string; role: string }[]; findings: { ruleId: string; message: string; location: { file: string; line?: number } }[] }[] }) => ({
      file: x.results[0].file,
      documents: x.results[0].documents.map((d) => `${d.file.split('/').pop()} ${d.role}`),
      findings: x.results[0].findings.map((f) => `${f.ruleId} ${f.location.file.split('/').pop()}:${f.location.line} ${f.message}`),
    });
    expect(shown(api)).toEqual(shown(cli));
    expect(api.results[0].documents.length).toBe(6);
    expect(r.text).not.toMatch(/lkjip-serve-|[0-9a-f]{8}-[0-9a-f]{4}-/);

    const withPrevious = new FormData();
    withPrevious.append('file', new Blob([readFileSync('fixtures/previous/sukamaju-2023.md')]), 'sukamaju-2023.md');
    withPrevious.append('previous', new Blob([readFileSync('fixtures/previous/sukamaju-2022.md')]), 'sukamaju-2022.md');
    const p = await lint('?lang=en', withPrevious);
    expect(p.status, p.text).toBe(200);
    // As test/previous.test.ts finds through the CLI, under the names given, in the CLI's order (by file name).
    const found = (JSON.parse(p.text).results[0].findings as { ruleId: string; location: { file: string; line: number }; related?: { location: { file: string } }[] }[]).filter((f) => f.ruleId.startsWith('consistency/previous-'));
    expect(found.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`)).toEqual([
      'consistency/previous-indicator-change sukamaju-2022.md:37',
      'consistency/previous-follow-up sukamaju-2022.md:45',
      'consistency/previous-realisasi-prose sukamaju-2023.md:114',
      'consistency/previous-realisasi-prose-uncertain sukamaju-2023.md:125',
    ]);
    expect(found[2].related!.map((x) => x.location.file)).toEqual(['sukamaju-2022.md']);
    expect(p.text).not.toMatch(/lkjip-serve-|[0-9a-f]{8}-[0-9a-f]{4}-/);

    // Several files without berkas=true, more than a berkas holds, and two reports of last year.
    const many = new FormData();
    many.append('berkas', 'true');
    for (let i = 0; i < 41; i++) many.append('file', new Blob(['BAB I']), `d${i}.txt`);
    const manyR = await lint('?lang=en', many);
    expect(manyR.status).toBe(400);
    expect(JSON.parse(manyR.text)).toMatchObject({ code: 'too-many-files' });
    const twice = new FormData();
    twice.append('file', new Blob([readFileSync('fixtures/previous/sukamaju-2023.md')]), 'a.md');
    twice.append('previous', new Blob(['x']), 'b.md');
    twice.append('previous', new Blob(['x']), 'c.md');
    const twiceR = await lint('?lang=en', twice);
    expect(twiceR.status).toBe(400);
    expect(JSON.parse(twiceR.text)).toMatchObject({ code: 'two-previous' });
    // A last year's report of the wrong year: the CLI's one line, under the client's name.
    const wrongYear = new FormData();
    wrongYear.append('file', new Blob([readFileSync('fixtures/previous/sukamaju-2023.md')]), 'sukamaju-2023.md');
    wrongYear.append('previous', new Blob([readFileSync('fixtures/previous/sukamaju-2023.md')]), 'tahun-lalu.md');
    const wrongR = await lint('?lang=en', wrongYear);
    expect(wrongR.status).toBe(422);
    expect(JSON.parse(wrongR.text).message).toMatch(/^--previous tahun-lalu\.md: an LKjIP of 2023/);
  });

  it('asks for an API key on /api/v1/* and takes a listed key or one given as its digest', async () => {
    const rules = (headers: Record<string, string>) => fetch(`${server.url}/api/v1/rules?lang=en`, { headers });
    const none = await rules({});
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect(await none.json()).toMatchObject({ code: 'unauthorized' });
    expect((await rules({ authorization: 'Bearer wrong-key-of-some-length' })).status).toBe(401);
    expect((await rules({ 'x-api-key': OTHER_KEY })).status).toBe(200);
    const body = await (await rules(auth)).json();
    expect(body.rules.length).toBeGreaterThan(50);
    expect(body.checklist).toHaveLength(23);
    expect(body.rules.some((r: { checklist: string[] }) => r.checklist.includes('III.4'))).toBe(true);
  });

  it('answers 503 with Retry-After when the pool is full, and takes the next request once it is free', async () => {
    const { hostname, port } = new URL(server.url);
    // Holds the only place: a multipart upload that stalls until its 2 s limit.
    const part = '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nBAB I';
    const holder = rawExchange(server.url, [`POST /api/v1/lint HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAuthorization: Bearer ${KEY}\r\nContent-Type: multipart/form-data; boundary=XyZ\r\nContent-Length: 1000\r\n\r\n${part}`]);
    await new Promise((r) => setTimeout(r, 300));
    const busy = await lint('?lang=en', 'BAB I', { 'content-type': 'text/plain' });
    expect(busy.status).toBe(503);
    expect(Number(busy.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(JSON.parse(busy.text).message).toMatch(/the server is full/);
    expect((await holder).status).toBe(408);
    expect((await lint('', form(fixture('semboro-2021.yaml'), 'semboro-2021.yaml'))).status).toBe(200);
  });

  it('keeps uploads in a private folder and removes every one; the access log holds no document content', async () => {
    const [dir] = readdirSync(server.tmp).filter((d) => d.startsWith('lkjip-serve-'));
    expect(statSync(join(server.tmp, dir)).mode & 0o777).toBe(0o700);
    // Uploads of timed-out requests go when their streams end.
    await new Promise((r) => setTimeout(r, 200));
    expect(readdirSync(join(server.tmp, dir))).toEqual([]);
    const lines = server
      .stdout()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(20);
    expect(lines.find((l) => l.path === '/api/v1/lint' && l.status === 200)).toMatchObject({ method: 'POST', format: 'json', errors: expect.any(Number), bytesIn: expect.any(Number), ms: expect.any(Number) });
    expect(lines.some((l) => l.status === 431)).toBe(true);
    expect(server.stdout()).not.toMatch(/semboro|opd\.pdf|Semboro|BAB I|Kecamatan/);
  });
});

describe('lkjip-lint serve: time limit', () => {
  it('stops a lint over --timeout with a 422, and the next request is served by a fresh worker', async () => {
    const s = await startServe(['--jobs', '1', '--timeout', '1', '--quiet'], { LKJIP_TEST_HANG: 'hang.txt' });
    try {
      const post = (name: string) => fetch(`${s.url}/api/v1/lint?lang=en&filename=${name}`, { method: 'POST', body: 'BAB I PENDAHULUAN\n', headers: { 'content-type': 'text/plain' } });
      const hung = await post('hang.txt');
      expect(hung.status).toBe(422);
      expect(await hung.json()).toMatchObject({ code: 'timeout', message: 'lint stopped: not done within 1 s' });
      const next = await post('fine.txt');
      expect([200, 422]).toContain(next.status);
      expect((await next.json()).code).not.toBe('timeout');
    } finally {
      expect(await s.stop()).toBe(0);
    }
  });
});

describe('lkjip-lint serve: usage', () => {
  const serve = (...args: string[]) => spawnSync(process.execPath, [CLI, 'serve', ...args], { encoding: 'utf8', timeout: 30_000 });

  it('prints its help, and one line with exit 2 for a bad option, key file or port in use', () => {
    const help = serve('--help', '--lang', 'en');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: lkjip-lint serve [options]');
    expect(serve('--port', 'x')).toMatchObject({ status: 2, stderr: 'lkjip-lint: --port memerlukan bilangan bulat ≥ 0, bukan "x"\n' });
    expect(serve('--warna', '--lang', 'en')).toMatchObject({ status: 2, stderr: 'lkjip-lint: unknown option for serve: --warna\n' });
    const keys = join(mkdtempSync(join(tmpdir(), 'lkjip-keys-')), 'keys.txt');
    writeFileSync(keys, 'pendek\n');
    expect(serve('--api-key-file', keys, '--lang', 'en').stderr).toBe(`lkjip-lint: API key file ${keys}: line 1: a key shorter than 16 characters\n`);
    const { port } = new URL(server.url);
    const busy = serve('--port', port, '--jobs', '1', '--lang', 'en');
    expect(busy.status).toBe(2);
    expect(busy.stderr).toBe(`lkjip-lint: cannot listen on 127.0.0.1:${port}: EADDRINUSE\n`);
  });
});
