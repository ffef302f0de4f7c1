// One line on stderr, `lkjip-lint: …`, made terminal-safe: a file name or a message quoting a
// document can neither split the line nor send control sequences to the terminal.
import { terminalSafe } from '../report/terminal-text.js';

export function say(text: string): void {
  process.stderr.write(`lkjip-lint: ${terminalSafe(text)}\n`);
}
