// Output files (-o, --baseline write's file, extract -o): lkjip-lint never destroys what it writes
// to. Checked before any work: an output that is one of the inputs (by path or by device and
// inode, so a hard link or symlink to an input counts), the same output given twice, a folder, a
// folder that does not exist, a read-only file, a block device or socket — each refused with one
// line. Written at the end: a regular file through a temporary file and a rename (a reader never
// sees half a report), keeping the file's mode (and owner, as root) and any symlink to it; a file
// with other hard links in place, so that the links keep pointing at the new text; a character
// device or FIFO (/dev/null, /dev/stdout, a named pipe) directly, never replaced by a file.
import { accessSync, chmodSync, chownSync, constants, lstatSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../model/errors.js';
import { both, type CliMessageId } from './messages.js';

const refuse = (id: CliMessageId, path: string, ...args: string[]) => new InputError(both(id, ...args), path);

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** What a path is once symlinks are followed: the file's identity, or where it would be created. */
function identity(path: string, info = statOrUndefined(path)): string {
  if (info) return `${info.dev}:${info.ino}`;
  let dir = resolve(dirname(path));
  try {
    dir = realpathSync(dir);
  } catch {
    // checked separately
  }
  return `new:${join(dir, basename(path))}`;
}

/** Root may write anything; a file nobody may write to is still read-only for lkjip-lint. */
function writable(path: string, info: Stats): boolean {
  if (process.getuid?.() === 0) return (info.mode & 0o222) !== 0;
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses (InputError, one line) outputs that would overwrite an input or each other or that
 * cannot be written, before anything is linted. `inputs`: every file the run reads.
 */
export function checkOutputs(outputs: readonly string[], inputs: readonly string[]): void {
  const inputIds = new Set<string>();
  for (const i of inputs) {
    const info = statOrUndefined(i);
    if (info) inputIds.add(identity(i, info));
    inputIds.add(`path:${resolve(i)}`);
  }
  const seen = new Set<string>();
  for (const out of outputs) {
    const info = statOrUndefined(out);
    const id = identity(out, info);
    if (inputIds.has(id) || inputIds.has(`path:${resolve(out)}`)) throw refuse('outputIsInput', out);
    if (seen.has(id)) throw refuse('outputTwice', out);
    seen.add(id);
    if (!info) {
      const dir = statOrUndefined(dirname(resolve(out)));
      if (!dir?.isDirectory()) throw refuse('outputNoFolder', out);
      if (process.getuid?.() !== 0) {
        try {
          accessSync(dirname(resolve(out)), constants.W_OK);
        } catch {
          throw refuse('outputDenied', out);
        }
      }
      continue;
    }
    if (info.isDirectory()) throw refuse('outputIsDirectory', out);
    if (info.isCharacterDevice() || info.isFIFO()) continue;
    if (!info.isFile()) throw refuse('outputNotAFile', out);
    if (!writable(out, info)) throw refuse('outputReadOnly', out);
  }
}

/** Writes one output as described above; a failure is an InputError naming the file. */
export function writeOutput(path: string, content: string | Uint8Array): void {
  try {
    const info = statOrUndefined(path);
    if (info && (info.isCharacterDevice() || info.isFIFO())) {
      writeFileSync(path, content);
      return;
    }
    if (info?.isDirectory()) throw refuse('outputIsDirectory', path);
    if (info && !info.isFile()) throw refuse('outputNotAFile', path);
    if (info && !writable(path, info)) throw refuse('outputReadOnly', path);
    if (info && info.nlink > 1) {
      writeFileSync(path, content);
      return;
    }
    writeAtomic(info ? realpathSync(path) : path, content, info);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw writeError(err as NodeJS.ErrnoException, path);
  }
}

function writeError(err: NodeJS.ErrnoException, path: string): InputError {
  switch (err.code) {
    case 'EISDIR':
      return refuse('outputIsDirectory', path);
    case 'ENOENT':
    case 'ENOTDIR':
      return refuse('outputNoFolder', path);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return refuse('outputDenied', path);
    default:
      return refuse('outputFailed', path, err.code ?? err.message);
  }
}

/**
 * Through a temporary file beside the target and a rename, so a reader never sees half a report.
 * Synchronous on purpose: a SIGINT/SIGTERM handler (interrupt.ts) runs only between event-loop
 * turns, so it sees the temporary file either not yet created or already renamed.
 */
function writeAtomic(path: string, content: string | Uint8Array, existing: Stats | undefined): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    // A new file gets what a plain write gives it (0666 less the umask); a replaced one its old
    // mode and owner, set before its content can be read.
    writeFileSync(tmp, content, { flag: 'wx', mode: existing ? 0o600 : 0o666 });
    if (existing) {
      if (process.getuid?.() === 0) chownSync(tmp, existing.uid, existing.gid);
      chmodSync(tmp, existing.mode & 0o777);
    }
    // A symlink put in its place since the check would be replaced, not followed: look again.
    if (existing && lstatSync(path).isSymbolicLink()) throw Object.assign(new Error('target changed'), { code: 'EEXIST' });
    renameSync(tmp, path);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // never created
    }
    throw err;
  }
}
