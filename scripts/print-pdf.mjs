// Prints an HTML file to PDF with Debian's chromium, headless, as the fixture scripts do: no
// header or footer, no tagged-PDF structure (it doubles the size and no reader here looks at it),
// a fresh profile in `work`.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_FLAGS } from './chromium.mjs';

export function printToPdf(chromium, htmlFile, target, work) {
  execFileSync(
    chromium,
    [
      ...CHROMIUM_FLAGS,
      `--user-data-dir=${join(work, 'profile')}`,
      '--no-pdf-header-footer',
      '--disable-pdf-tagging',
      `--print-to-pdf=${target}`,
      pathToFileURL(htmlFile).href,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
}
