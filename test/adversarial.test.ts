// An adversarial user, end to end: each case runs the CLI as a process in a temporary folder of
// its own and checks that nothing is destroyed, nothing from a document reaches the terminal raw,
// the cache cannot change results silently, the configuration cannot hang the run, and a failure
// costs one file. docs/security.md lists the promises these cases test.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMutool } from '../src/ingest/pdf/mutool.js';
import { CLI, runCli, type CliRun } from './cli-process.js';

const ROOT = resolve('.');
const CLEAN = readFileSync(join(ROOT, 'fixtures/clean-2021.yaml'), 'utf8');

type Run = CliRun;

/** Runs the CLI; `started` is called once with the process (to signal it mid-run). */
function run(cwd: string, args: string[], env: Record<string, string> = {}, started?: (child: ChildProcess) => void): Promise<Run> {
  return runCli(args, { cwd, env, started });
}

let base: string;
let n = 0;
/** A fresh folder with the clean report as r.yaml. */
function folder(): string {
  const dir = join(base, `case-${n++}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'r.yaml'), CLEAN);
  return dir;
}

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'lkjip-adversarial-'));
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

const isRoot = process.getuid?.() === 0;

describe.concurrent('outputs never destroy', () => {
  it('-o naming an input (same path, or a hard link to it) is refused and the input kept', async () => {
    const dir = folder();
    linkSync(join(dir, 'r.yaml'), join(dir, 'link.yaml'));
    for (const target of ['r.yaml', './r.yaml', 'link.yaml']) {
      const r = await run(dir, ['r.yaml', '-f', 'json', '-o', target]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`lkjip-lint: ${target}: berkas ini juga masukan; tidak ditimpa dengan keluaran\n`);
    }
    expect(readFileSync(join(dir, 'r.yaml'), 'utf8')).toBe(CLEAN);
  });

  it('--baseline write --baseline-file and extract -o naming an input are refused', async () => {
    const dir = folder();
    expect((await run(dir, ['r.yaml', '--baseline', 'write', '--baseline-file', 'r.yaml'])).code).toBe(2);
    const r = await run(dir, ['extract', 'r.yaml', '-o', 'r.yaml']);
    expect(r.stderr).toBe('lkjip-lint: r.yaml: berkas ini juga masukan; tidak ditimpa dengan keluaran\n');
    expect(readFileSync(join(dir, 'r.yaml'), 'utf8')).toBe(CLEAN);
  });

  it('the same output twice is refused before anything is written', async () => {
    const dir = folder();
    const r = await run(dir, ['r.yaml', '-f', 'json', '-o', 'same.out', '-f', 'html', '-o', 'same.out']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('lkjip-lint: same.out: berkas ini diberikan lebih dari sekali sebagai keluaran\n');
    expect(existsSync(join(dir, 'same.out'))).toBe(false);
  });

  it('a folder, a missing folder, a read-only file: user errors in one line, nothing written', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'ro.json'), 'keep');
    chmodSync(join(dir, 'ro.json'), 0o444);
    expect((await run(dir, ['r.yaml', '-o', 'sub'])).stderr).toBe('lkjip-lint: sub: ini folder, bukan berkas; keluaran tidak ditulis\n');
    expect((await run(dir, ['r.yaml', '-o', 'nope/x.txt', '--lang', 'en'])).stderr).toBe('lkjip-lint: nope/x.txt: the folder does not exist; the output was not written\n');
    const ro = await run(dir, ['r.yaml', '-f', 'json', '-o', 'ro.json']);
    expect(ro.stderr).toBe('lkjip-lint: ro.json: berkas hanya-baca; tidak ditimpa\n');
    expect(readFileSync(join(dir, 'ro.json'), 'utf8')).toBe('keep');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('an existing output keeps its mode and its other hard links see the new text', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'out.json'), 'old');
    chmodSync(join(dir, 'out.json'), 0o600);
    writeFileSync(join(dir, 'shared.json'), 'old');
    linkSync(join(dir, 'shared.json'), join(dir, 'other-name.json'));
    expect((await run(dir, ['r.yaml', '-f', 'json', '-o', 'out.json', '-f', 'sarif', '-o', 'shared.json'])).code).toBe(0);
    expect(statSync(join(dir, 'out.json')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).version).toBe(1);
    expect(readFileSync(join(dir, 'other-name.json'), 'utf8')).toContain('"$schema"');
  });

  it('a FIFO or a character device is written to, never replaced by a file', async () => {
    const dir = folder();
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const reader = new Promise<string>((done) => {
      const cat = spawn('cat', [join(dir, 'pipe')]);
      let got = '';
      cat.stdout.setEncoding('utf8').on('data', (d: string) => (got += d));
      cat.on('close', () => done(got));
    });
    expect((await run(dir, ['r.yaml', '-f', 'json', '-o', 'pipe'])).code).toBe(0);
    expect(JSON.parse(await reader).summary.files).toBe(1);
    expect(statSync(join(dir, 'pipe')).isFIFO()).toBe(true);
    if (!isRoot) {
      console.log('skipped the device-node half: creating a character device needs root');
      return;
    }
    execFileSync('mknod', ['-m', '666', join(dir, 'null'), 'c', '1', '3']);
    expect((await run(dir, ['r.yaml', '-o', 'null'])).code).toBe(0);
    expect(statSync(join(dir, 'null')).isCharacterDevice()).toBe(true);
  });
});

describe.concurrent('the cache cannot change results silently', () => {
  it('an edited entry, or one of the wrong shape, is a miss with one note; the results stay those of a fresh lint', async () => {
    const dir = folder();
    copyFileSync(join(ROOT, 'fixtures/semboro-2021.yaml'), join(dir, 's.yaml'));
    const fresh = await run(dir, ['r.yaml', 's.yaml', '--cache', '-f', 'json']);
    const cacheDir = join(dir, '.lkjip-lint-cache');
    const entries = readdirSync(cacheDir);
    expect(entries).toHaveLength(2);
    // Remove the findings of one entry (keeping it valid JSON), break the shape of the other.
    for (const [i, e] of entries.entries()) {
      const text = readFileSync(join(cacheDir, e), 'utf8');
      const nl = text.indexOf('\n');
      writeFileSync(join(cacheDir, e), i === 0 ? `${text.slice(0, nl + 1)}{"findings":[]}` : `${text.slice(0, nl + 1)}{"findings":"x"}`);
    }
    const again = await run(dir, ['r.yaml', 's.yaml', '--cache', '-f', 'json']);
    expect(again.stdout).toBe(fresh.stdout);
    expect(again.code).toBe(fresh.code);
    const notes = again.stderr.trim().split('\n');
    expect(notes).toHaveLength(2);
    for (const line of notes) expect(line).toMatch(/^lkjip-lint: (r|s)\.yaml: catatan: entri cache berkas ini tidak dipakai \(.+\); berkas diperiksa ulang dan entrinya ditulis ulang$/);
    // Rewritten: the third run uses them without a note.
    const third = await run(dir, ['r.yaml', 's.yaml', '--cache', '-f', 'json']);
    expect(third.stderr).toBe('');
    expect(third.stdout).toBe(fresh.stdout);
  }, 120_000);
});

describe.concurrent('document text never drives the terminal', () => {
  it('escape sequences, BEL, NUL and bidi overrides in a report and in a file name are shown, not sent', async () => {
    const dir = folder();
    const evil = 'Judul \x1b[2J\x1b]0;pwned\x07 \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ \u202e\x00 akhir';
    const report = CLEAN.replace('instansi: Dinas Contoh', `instansi: ${JSON.stringify(evil)}`).replace('name: Program A,', `name: ${JSON.stringify(`Program A ${evil}`)},`).replace('persen: "83,33%" }\n    - { level: kegiatan, name: Kegiatan A1', 'persen: "80%" }\n    - { level: kegiatan, name: Kegiatan A1');
    const name = 'bad\nname\x1b[31m.yaml';
    writeFileSync(join(dir, name), report);
    const r = await run(dir, [name, 'missing\x1b[2J.yaml']);
    const out = r.stdout + r.stderr;
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/);
    expect(r.stdout).toContain('bad\\nname\\x1b[31m.yaml');
    expect(r.stderr).toBe('lkjip-lint: missing\\x1b[2J.yaml: berkas tidak ditemukan\n');
  });
});

describe.concurrent('configuration', () => {
  it('an ignore pattern that would take minutes is refused at once; braces and negation work as in ESLint', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'lkjip-lint.config.json'), JSON.stringify({ ignorePatterns: ['**a**a**a**a**a**a**a**a**a**b'] }));
    writeFileSync(join(dir, `${'a'.repeat(40)}.yaml`), CLEAN);
    const r = await run(dir, ['.']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^lkjip-lint: lkjip-lint\.config\.json: konfigurasi tidak valid: \/ignorePatterns\/0: pola terlalu rumit: lebih dari 3 \* dalam satu segmen/);
    mkdirSync(join(dir, 'arsip'));
    for (const f of ['arsip/a.yaml', 'arsip/keep.yaml', 'x.yml']) writeFileSync(join(dir, f), CLEAN);
    writeFileSync(join(dir, 'lkjip-lint.config.json'), JSON.stringify({ ignorePatterns: ['arsip', '!arsip/keep.yaml', '*.{yml,json}', `${'a'.repeat(40)}.*`] }));
    const ok = await run(dir, ['.', '-f', 'json']);
    expect(JSON.parse(ok.stdout).results.map((x: { file: string }) => x.file)).toEqual(['arsip/keep.yaml', 'r.yaml']);
  });

  it('a BOM before the JSON is accepted; a number that is not finite is refused', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'lkjip-lint.config.json'), `\ufeff${JSON.stringify({ lang: 'en' })}`);
    expect((await run(dir, ['r.yaml'])).stdout).toContain('no findings');
    writeFileSync(join(dir, 'lkjip-lint.config.json'), '{"tolerance": {"rupiah": 1e400}}');
    expect((await run(dir, ['r.yaml'])).stderr).toBe('lkjip-lint: lkjip-lint.config.json: konfigurasi tidak valid: /tolerance/rupiah: bilangan tak berhingga tidak diterima\n');
  });
});

describe.concurrent('folders and failures', () => {
  it('a symlink leaving the linted folder is skipped with one line unless --follow-symlinks', async () => {
    const dir = folder();
    const outside = folder();
    mkdirSync(join(dir, 'lint'));
    writeFileSync(join(dir, 'lint', 'own.yaml'), CLEAN);
    symlinkSync(join(outside, 'r.yaml'), join(dir, 'lint', 'elsewhere.yaml'));
    const r = await run(dir, ['lint', '-f', 'json']);
    expect(JSON.parse(r.stdout).results.map((x: { file: string }) => x.file)).toEqual(['lint/own.yaml']);
    expect(r.stderr).toBe(`lkjip-lint: tautan simbolik ke luar folder tidak diikuti: lint/elsewhere.yaml -> ${join(outside, 'r.yaml')} (ikuti dengan --follow-symlinks)\n`);
    const followed = await run(dir, ['lint', '-f', 'json', '--follow-symlinks']);
    expect(JSON.parse(followed.stdout).results).toHaveLength(2);
  });

  it('a worker that aborts as a V8 fatal error does costs only its file', async () => {
    const dir = folder();
    for (const f of ['a.yaml', 'b.yaml', 'c.yaml']) writeFileSync(join(dir, f), CLEAN);
    const r = await run(dir, ['a.yaml', 'b.yaml', 'c.yaml', '--jobs', '1', '-f', 'json'], { LKJIP_TEST_HANG: 'b.yaml', LKJIP_TEST_HANG_MODE: 'abort' });
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.results.map((x: { error?: string }) => x.error ?? 'ok')).toEqual(['ok', 'galat internal: proses pemeriksa berhenti (SIGABRT) saat memeriksa berkas ini', 'ok']);
    expect(r.stderr).not.toMatch(/\n\s+at |Native stack/);
  });

  it('a report part over the row limit is refused with one line that states the limit', async () => {
    const dir = folder();
    const rows = Array.from({ length: 10_001 }, (_, i) => `- { indikator: "Indikator ${i}", target: "1", realisasi: "1", capaian: "100%" }`);
    writeFileSync(join(dir, 'big.yaml'), `lkjipLint: 1\nmeta: { tahun: 2021 }\npengukuran:\n${rows.join('\n')}\n`);
    const r = await run(dir, ['big.yaml', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('lkjip-lint: big.yaml: report too large to check: pengukuran has 10,001 rows (limit 10,000 rows per part)\n');
  });

  it('a YAML report over 10 MB is refused before it is parsed (its parser needs ~90 MB per MB)', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'huge.yaml'), `lkjipLint: 1\nmeta: { tahun: 2021 }\n${'# padding\n'.repeat(1_100_000)}`);
    const r = await run(dir, ['huge.yaml', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('lkjip-lint: huge.yaml: YAML/JSON report too large (10.5 MB; limit 10 MB)\n');
  });

  it('the build leaves the command executable', () => {
    expect(statSync(CLI).mode & 0o111).toBe(0o111);
  });
});

// A stand-in for mutool: a shell script in the test's folder that logs how it was called (with
// the limits it runs under) and then does what `body` says; "$REAL" is the installed mutool.
const MUTOOL = findMutool();
if (!MUTOOL) console.log('skipped "the PDF readers are contained": mutool (mupdf-tools 1.21) is not installed');
function fakeMutool(dir: string, body: string): string {
  const exe = join(dir, 'mutool');
  writeFileSync(exe, `#!/bin/sh\nREAL='${MUTOOL}'\necho "$1 pid=$$ as=$(ulimit -v) cpu=$(ulimit -t)" >> '${join(dir, 'calls.log')}'\n${body}\n`, { mode: 0o755 });
  return exe;
}
const calls = (dir: string) => (existsSync(join(dir, 'calls.log')) ? readFileSync(join(dir, 'calls.log'), 'utf8').trim().split('\n') : []);

describe.concurrent.skipIf(!MUTOOL)('the PDF readers are contained', () => {
  it('a truncated or a damaged PDF gets the same one line from both readers', async () => {
    const dir = folder();
    const whole = readFileSync(join(ROOT, 'fixtures/semboro-2021.pdf'));
    // Cut at 90 %: mutool would rebuild most pages, pdf.js none.
    writeFileSync(join(dir, 'cut.pdf'), whole.subarray(0, Math.floor(whole.length * 0.9)));
    copyFileSync(join(ROOT, 'fixtures/bad/damaged.pdf'), join(dir, 'damaged.pdf'));
    const lines = [
      'lkjip-lint: cut.pdf: the PDF is truncated or damaged: its end (the %%EOF marker) is missing; download or copy the file again',
      'lkjip-lint: damaged.pdf: the PDF is damaged or cannot be read: invalid PDF structure',
    ];
    for (const reader of ['mutool', 'pdfjs']) {
      const r = await run(dir, ['cut.pdf', 'damaged.pdf', '--pdf-reader', reader, '--lang', 'en', '-f', 'json']);
      expect(r.code, reader).toBe(2);
      expect(r.stderr.trim().split('\n'), reader).toEqual(lines);
    }
  });

  // prlimit where it is on PATH (util-linux), else the shell's ulimit: an empty PATH has none.
  for (const [how, path] of [['prlimit', undefined], ['sh -c ulimit', 'empty']] as const)
    it(`mutool runs within an address-space and a CPU-time limit (${how})`, async () => {
      const dir = folder();
      copyFileSync(join(ROOT, 'fixtures/semboro-2021.pdf'), join(dir, 'r.pdf'));
      const env: Record<string, string> = { LKJIP_MUTOOL: fakeMutool(dir, 'exec "$REAL" "$@"') };
      if (path) mkdirSync((env.PATH = join(dir, path)));
      const r = await run(dir, ['r.pdf', '-f', 'json', '--timeout', '30'], env);
      expect(r.code).toBe(1);
      expect(JSON.parse(r.stdout).results[0].findings.length).toBeGreaterThan(0);
      const limited = calls(dir).filter((c) => /^(show|trace) /.test(c));
      // The two start side by side: in either order.
      expect(limited.map((c) => c.split(' ')[0]).sort()).toEqual(['show', 'trace']);
      for (const c of limited) {
        expect(c).toMatch(/ as=1048576 cpu=\d+$/);
        expect(Number(/cpu=(\d+)/.exec(c)![1])).toBeLessThanOrEqual(31);
      }
    });

  it.skipIf(!spawnSync('tesseract', ['--version']).stdout)('the OCR rasteriser (mutool draw) runs within the same limits as the reader', async () => {
    const dir = folder();
    copyFileSync(join(ROOT, 'fixtures/corpus/extracts/lkip-2016-scan-jawa-barat-extract.pdf'), join(dir, 'scan.pdf'));
    // Each page's rasterising fails at once: what is looked at is how it was run.
    const exe = fakeMutool(dir, '[ "$1" = draw ] && exit 1\nexec "$REAL" "$@"');
    const r = await run(dir, ['scan.pdf', '--ocr', '-f', 'json', '--timeout', '30', '--lang', 'en'], { LKJIP_MUTOOL: exe });
    expect(r.code).toBe(2);
    const draws = calls(dir).filter((c) => c.startsWith('draw '));
    expect(draws.length).toBeGreaterThan(0);
    for (const c of draws) expect(c).toMatch(/ as=1048576 cpu=\d+$/);
  });

  it('a mutool of a version the reader does not know is left aside with one line; pdf.js reads the PDF', async () => {
    const dir = folder();
    copyFileSync(join(ROOT, 'fixtures/semboro-2021.pdf'), join(dir, 'r.pdf'));
    const exe = fakeMutool(dir, '[ "$1" = -v ] && { echo "mutool version 1.99.0" >&2; exit 0; }\nexec "$REAL" "$@"');
    const r = await run(dir, ['r.pdf', '-f', 'json', '--pdf-reader', 'mutool', '--lang', 'en'], { LKJIP_MUTOOL: exe });
    expect(r.stderr).toBe(`lkjip-lint: mutool 1.99.0 (${exe}) is a version this reader does not know (tested with MuPDF 1.21); PDFs are read with pdf.js\n`);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).results[0].findings.length).toBeGreaterThan(0);
    // Asked for its version (once, by the CLI: the worker is told), never to read.
    expect(calls(dir).every((c) => c.startsWith('-v '))).toBe(true);
  });

  it('a worker stopped in the middle of a read leaves neither mutool nor its copy of the PDF behind', async () => {
    const dir = folder();
    const tmp = join(dir, 'tmp');
    mkdirSync(tmp);
    copyFileSync(join(ROOT, 'fixtures/semboro-2021.pdf'), join(dir, 'r.pdf'));
    const exe = fakeMutool(dir, '[ "$1" = trace ] && exec sleep 60\nexec "$REAL" "$@"');
    let copies: string[] = [];
    const r = await run(dir, ['r.pdf', '-f', 'json'], { LKJIP_MUTOOL: exe, TMPDIR: tmp }, (child) => {
      const poll = setInterval(() => {
        if (!calls(dir).some((c) => c.startsWith('trace '))) return;
        clearInterval(poll);
        // mutool's private copy of the PDF, in the worker's own folder of the run's folder.
        copies = readdirSync(tmp, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('input.pdf'));
        child.kill('SIGTERM');
      }, 50);
      child.on('close', () => clearInterval(poll));
    });
    expect(r.code).toBe(143);
    expect(copies).toHaveLength(1);
    expect(readdirSync(tmp)).toEqual([]);
    const pid = Number(/pid=(\d+)/.exec(calls(dir).find((c) => c.startsWith('trace '))!)![1]);
    // Killed with its worker's process group: gone, or a zombie where PID 1 does not reap (containers).
    const state = () => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return stat[stat.lastIndexOf(')') + 2];
      } catch {
        return 'gone';
      }
    };
    for (let i = 0; i < 40 && !['gone', 'Z'].includes(state()); i++) await new Promise((done) => setTimeout(done, 50));
    expect(['gone', 'Z']).toContain(state());
  });
});
