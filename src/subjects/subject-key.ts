import { normalizeText } from '../domain/text.js';

/** Logical identity of a subject from names, not positions: equal across PDF, Markdown, text and YAML. */
export function subjectKey(...parts: (string | number | undefined)[]): string {
  return parts.map(keyPart).join(':');
}

const keyParts = new Map<string, string>();

/** One part of a key; names recur in many subjects, so short ones are remembered. */
function keyPart(p: string | number | undefined): string {
  const s = String(p ?? '');
  let out = keyParts.get(s);
  if (out === undefined) {
    out = normalizeText(s).replace(/ /g, '-');
    if (s.length <= 400) {
      if (keyParts.size >= 50_000) keyParts.clear();
      keyParts.set(s, out);
    }
  }
  return out;
}
