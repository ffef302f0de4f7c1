// Shared by the server's tests: `lkjip-lint serve` started as a process on a free loopback port,
// with its own temporary folder (TMPDIR) so that a test can see the uploads are gone.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CLI = resolve('dist/src/cli/main.js');

export interface RunningServer {
  url: string;
  proc: ChildProcess;
  /** The TMPDIR the server was given. */
  tmp: string;
  /** Everything it wrote to stdout (the access log). */
  stdout(): string;
  stop(): Promise<number | null>;
}

export async function startServe(args: string[], env: Record<string, string> = {}): Promise<RunningServer> {
  const tmp = mkdtempSync(join(tmpdir(), 'lkjip-serve-test-'));
  const proc = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...args], { env: { ...process.env, ...env, TMPDIR: tmp }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  proc.stdout!.on('data', (d) => (out += d));
  const url = await new Promise<string>((found, fail) => {
    proc.stderr!.on('data', (d) => {
      err += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+)/.exec(err);
      if (m) found(m[1]);
    });
    proc.on('exit', (code) => fail(new Error(`serve exited ${code}: ${err}`)));
  });
  return {
    url,
    proc,
    tmp,
    stdout: () => out,
    stop: () =>
      new Promise((done) => {
        if (proc.exitCode !== null) return done(proc.exitCode);
        proc.once('exit', (code) => {
          rmSync(tmp, { recursive: true, force: true });
          done(code);
        });
        proc.kill('SIGTERM');
      }),
  };
}
