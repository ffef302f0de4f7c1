// One temporary folder per run, below the system's, removed when the process exits however it
// exits normally (end of run, an input error, Ctrl-C/SIGTERM through interrupt.ts). Each worker
// process gets a folder inside it as its TMPDIR, removed as soon as that worker ends — also when
// it was killed at the time limit or died, so that mutool's copy of a PDF never stays behind.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let root: string | undefined;

export function runTempRoot(): string {
  if (root) return root;
  const made = mkdtempSync(join(tmpdir(), 'lkjip-lint-'));
  root = made;
  process.on('exit', () => rmSync(made, { recursive: true, force: true }));
  return made;
}
