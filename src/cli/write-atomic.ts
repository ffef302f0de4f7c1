import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Write through a temporary file and rename, so a reader never sees half a report. Synchronous on
 * purpose: a SIGINT/SIGTERM handler (interrupt.ts) runs only between event-loop turns, so it sees
 * the temporary file either not yet created or already renamed, never in between.
 */
export function writeAtomic(path: string, content: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(tmp, content);
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
