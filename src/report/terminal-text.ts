// Text that came from a document or a file name, made safe to print on a terminal: a report must
// not clear the screen, retitle the window, plant a hyperlink or reorder what follows. C0 and C1
// control characters (ESC, BEL, NUL, CSI …, and line breaks, which would split a one-line message)
// and the bidirectional overrides and isolates are shown as escapes (`\x1b`, `\u202e`, `\n`)
// instead. Tabs are kept. The stylish output, the CLI's stderr lines and file names go through it;
// the other formats escape for their own syntax (JSON, HTML, XML, Markdown).

// C0 but tab, DEL, C1; ALM, LRM, RLM; LRE … RLO; line and paragraph separators; LRI … PDI.
const UNSAFE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

function shown(c: string): string {
  if (c === '\n') return '\\n';
  if (c === '\r') return '\\r';
  const n = c.charCodeAt(0);
  return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
}

export function terminalSafe(s: string): string {
  return s.replace(UNSAFE, shown);
}

/** A copy of plain data (findings, results) with every string made terminal-safe. */
export function terminalSafeDeep<T>(x: T): T {
  if (typeof x === 'string') return terminalSafe(x) as T;
  if (Array.isArray(x)) return x.map(terminalSafeDeep) as T;
  if (x && typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) out[k] = terminalSafeDeep(v);
    return out as T;
  }
  return x;
}
