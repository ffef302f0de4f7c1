import { normalizeText } from '../domain/text.js';

/** Logical identity of a subject from names, not positions: equal across PDF, Markdown, text and YAML. */
export function subjectKey(...parts: (string | number | undefined)[]): string {
  return parts.map((p) => normalizeText(String(p ?? '')).replace(/ /g, '-')).join(':');
}
