const normalized = new Map<string, string>();
const ASCII = /^[\x00-\x7f]*$/;

/** Lower case, no diacritics, punctuation to spaces, single spaces. */
export function normalizeText(s: string): string {
  // Names and headings are normalised again and again by every rule family: short texts once each.
  const hit = normalized.get(s);
  if (hit !== undefined) return hit;
  const out = (ASCII.test(s) ? s : s.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    // [^<>], not [^>]: with many '<' and no '>' the latter rescans the rest of the text from every '<'.
    .replace(/<[^<>]+>/g, ' ')
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
  if (s.length <= 400) {
    if (normalized.size >= 50_000) normalized.clear();
    normalized.set(s, out);
  }
  return out;
}

/** Whitespace that `clip` would change: other than single spaces between words. */
const UNCOLLAPSED = /[^\S ]| {2}|^ | $/;

/** Shorten a quotation for evidence. */
export function clip(s: string, max = 160): string {
  // Most quotations are short names with single spaces: nothing to collapse or cut.
  if (s.length <= max && !UNCOLLAPSED.test(s)) return s;
  // Only the head of the text is collapsed (doubling until it is long enough): a long paragraph
  // quoted once per subject it holds was collapsed whole each time — quadratic time and memory.
  for (let n = 2 * max + 16; ; n *= 2) {
    const whole = n >= s.length;
    const t = (whole ? s : s.slice(0, n)).replace(/\s+/g, ' ').trim();
    if (t.length > max) return `${t.slice(0, max - 1)}…`;
    if (whole) return t;
  }
}
