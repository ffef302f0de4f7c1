import type { ParsedNumber } from '../model/number-id.js';
import { clip } from '../domain/text.js';

/** A table row quoted as printed: cells joined by " | ", empty cells left out. */
export function quoteRow(...cells: (string | ParsedNumber | undefined | null)[]): string {
  return clip(
    cells
      .map((c) => (c === undefined || c === null ? '' : typeof c === 'string' ? c : c.raw))
      .map((c) => c.trim())
      .filter(Boolean)
      .join(' | '),
    240,
  );
}
