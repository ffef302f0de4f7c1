import { rename, writeFile, unlink } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';

/** Write through a temporary file and rename, so a reader never sees half a report. */
export async function writeAtomic(path: string, content: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(tmp, content);
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => {});
    throw err;
  }
}
