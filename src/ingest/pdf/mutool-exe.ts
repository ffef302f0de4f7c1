// Which mutool runs, and within what limits. mutool is used only when it is a MuPDF version whose
// `trace` output this reader knows (the XML of 1.21, Debian bookworm's mupdf-tools): another
// version could print a different format that would be misread without a word, so it is left
// aside, pdf.js reads the PDFs, and the CLI says so in one line (unknownMutool). Each mutool run
// is bounded in address space and CPU time (prlimit, from util-linux; else the shell's ulimit),
// so that a PDF that makes MuPDF allocate without end fails alone, and a mutool left behind by a
// worker that was killed mid-read stops by itself.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { onPath } from '../on-path.js';

/** MuPDF versions whose `trace` output the reader was checked against (test/pdf-readers-agree.test.ts). */
export const KNOWN_MUTOOL = /^1\.21\.\d+$/;

/** Address space of one mutool run: the corpus PDFs need under 40 MB resident. */
export const MUTOOL_MEMORY_MB = 1024;

export interface MutoolLookup {
  exe: string | null;
  /** A mutool that is installed but not used: its version (or what it said instead). */
  unknown?: { exe: string; version: string };
}

let found: MutoolLookup | undefined;

/** `mutool -v` prints "mutool version 1.21.1" (on stderr). */
function versionOf(exe: string): string {
  const r = spawnSync(exe, ['-v'], { encoding: 'utf8', timeout: 10_000, killSignal: 'SIGKILL', maxBuffer: 1 << 16 });
  const said = `${r.stdout ?? ''}\n${r.stderr ?? ''}`;
  return /mutool version (\S+)/.exec(said)?.[1] ?? (said.trim().split('\n')[0]?.slice(0, 80) || 'unknown');
}

function lookUp(): MutoolLookup {
  const explicit = process.env.LKJIP_MUTOOL;
  let exe: string | null = null;
  if (explicit) {
    try {
      accessSync(explicit, constants.X_OK);
      exe = explicit;
    } catch {
      exe = null;
    }
  } else exe = onPath('mutool') ?? null;
  if (!exe) return { exe: null };
  const version = versionOf(exe);
  return KNOWN_MUTOOL.test(version) ? { exe } : { exe: null, unknown: { exe, version } };
}

/** The mutool executable on PATH (or LKJIP_MUTOOL) of a known version, or null. Looked up once. */
export function findMutool(): string | null {
  found ??= lookUp();
  return found.exe;
}

/** What was found, if it has been looked up in this process (a worker is told, not to ask mutool again). */
export function mutoolLookedUp(): MutoolLookup | undefined {
  return found;
}

/** Takes what the parent process found (the same PATH and LKJIP_MUTOOL: the same answer). */
export function adoptMutoolLookup(lookup: MutoolLookup): void {
  found = lookup;
}

/** A mutool that is installed but left aside for its version, or undefined. */
export function unknownMutool(): { exe: string; version: string } | undefined {
  found ??= lookUp();
  return found.unknown;
}

let prlimit: string | null | undefined;

/**
 * The command that runs `exe args…` within MUTOOL_MEMORY_MB of address space and, when there is a
 * deadline, CPU seconds up to it (plus one): for every program that interprets an untrusted PDF
 * (mutool trace and show, the OCR's rasteriser).
 */
export function limitedCommand(exe: string, args: string[], deadline: number): [string, string[]] {
  const bytes = MUTOOL_MEMORY_MB * 1024 * 1024;
  const cpu = deadline === Infinity ? undefined : Math.max(1, Math.ceil((deadline - Date.now()) / 1000) + 1);
  prlimit ??= onPath('prlimit') ?? null;
  const limiter = prlimit;
  if (limiter) return [limiter, [`--as=${bytes}`, ...(cpu ? [`--cpu=${cpu}`] : []), '--', exe, ...args]];
  // dash's ulimit takes one limit at a time.
  const ulimits = `ulimit -v ${bytes / 1024}${cpu ? ` && ulimit -t ${cpu}` : ''}`;
  return ['/bin/sh', ['-c', `${ulimits} && exec "$0" "$@"`, exe, ...args]];
}
