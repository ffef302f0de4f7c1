// Items in the order they stand in the source document. Structured files need not list tables or
// headings in that order; their `at` positions say it. Without positions the file's order is kept.
import { sourcePosition } from '../model/normalize.js';
import type { Loc } from '../model/types.js';

export function inDocumentOrder<T extends { loc: Loc }>(items: T[]): T[] {
  const positions = items.map((x) => sourcePosition(x.loc));
  if (positions.some((p) => p === undefined)) return [...items];
  return items
    .map((x, i) => ({ x, i, p: positions[i]! }))
    .sort((a, b) => a.p - b.p || a.i - b.i)
    .map((e) => e.x);
}
