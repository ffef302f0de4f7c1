// Where an executable is on PATH, as a shell would find it (the first directory that has it
// executable), or undefined: the PDF and OCR readers look their programs up this way.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}
