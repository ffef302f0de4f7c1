// After tsc: the command's entry point must be executable (tsc writes files 0644, and `npx
// lkjip-lint` runs dist/src/cli/main.js through its #! line).
import { chmodSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const { bin } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const file of Object.values(bin)) {
  const path = join(root, file);
  chmodSync(path, statSync(path).mode | 0o111);
}
