// What one line of extracted text is: blank, a tab-separated table row, a pipe-table row, a
// display formula, or prose; and which list marker it starts with. Extractors leave bullet residue
// in front of real numbering ("- 1) …", "- ✓ …", "- a. …"): the numbering is the marker.

export type LineKind = 'blank' | 'tab' | 'pipe' | 'pipe-rule' | 'formula' | 'text';

// No two `\s*` side by side: on a long run of spaces that fails to match they backtracked over
// every split of the run (a line of 40 000 spaces and a word took seconds).
const PIPE_RULE = /^\s*(?:\|\s*)?:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*(?:\|\s*)?$/;
const PIPE_ROW = /^\s*(?:[-*+]\s+)?\|.*\|\s*$/;

export function lineKind(line: string): LineKind {
  if (/^\s*$/.test(line)) return 'blank';
  if (/^\s*\$\$/.test(line)) return 'formula';
  if (line.includes('|') && PIPE_RULE.test(line)) return 'pipe-rule';
  if (PIPE_ROW.test(line)) return 'pipe';
  if (line.includes('\t')) return 'tab';
  return 'text';
}

const BULLET = /^[-–—•●▪◦○■□✓✔✗➢➤►❖*+](?=\s)/;
// Numbering that is a list marker: 1. 1) (1) a. a) (a). Not "1.1." (section numbering), not
// capitals ("A.", "I." number headings, and "H." may be a name).
const ENUMERATION = /^(?:\(\d{1,2}\)|\([a-z]\)|\d{1,2}\)|[a-z]\)|\d{1,2}\.(?![\d.])|[a-z]\.)(?=\s)/;

export interface Marked {
  marker: string;
  text: string;
}

export function splitMarker(line: string): Marked | undefined {
  let rest = line.trimStart();
  let bullet: string | undefined;
  for (let m = BULLET.exec(rest); m; m = BULLET.exec(rest)) {
    bullet = m[0];
    rest = rest.slice(m[0].length).trimStart();
  }
  const e = ENUMERATION.exec(rest);
  if (e) return { marker: e[0], text: rest.slice(e[0].length).trimStart() };
  if (bullet) return { marker: bullet, text: rest };
  return undefined;
}

/** 1-based column of the first non-space character at or after `offset`. */
export function textColumn(line: string, offset: number): number {
  let i = offset;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return i + 1;
}
