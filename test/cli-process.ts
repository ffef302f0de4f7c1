// The CLI as a process, asynchronously (tests that start several at once, or signal one mid-run).
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export const CLI = resolve('dist/src/cli/main.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Wall time from start to close. */
  ms: number;
}

export interface CliOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Called once with the process, e.g. to signal it mid-run. */
  started?: (child: ChildProcess) => void;
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const t0 = Date.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? resolve('.'), env: { ...process.env, NO_COLOR: '1', ...options.env } });
    options.started?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr, ms: Date.now() - t0 }));
  });
}
