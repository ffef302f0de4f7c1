// A one-line progress bar on stderr for batches on a terminal; silent in CI and when not a TTY.
import { terminalSafe } from '../report/terminal-text.js';

export function progressBar(total: number, enabled: boolean): ((done: number, total: number, file: string) => void) | undefined {
  if (!enabled || total <= 3 || !process.stderr.isTTY || process.env.CI) return undefined;
  const width = 24;
  return (done, all, file) => {
    const filled = Math.round((done / all) * width);
    const safe = terminalSafe(file);
    const name = safe.length > 40 ? `…${safe.slice(-39)}` : safe;
    process.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${all} ${name.padEnd(40)}`);
    if (done === all) process.stderr.write(`\r${' '.repeat(width + 50 + String(all).length * 2)}\r`);
  };
}
