// Keys for subjects that can repeat with the same content (the same wrong phrase in two places):
// the second and later get ":2", ":3" … in document order, so keys stay free of positions.

export function occurrenceKeys(): (base: string) => string {
  const seen = new Map<string, number>();
  return (base) => {
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n > 1 ? `${base}:${n}` : base;
  };
}

/** The first words of a text, as a content fingerprint for a key. */
export function leadWords(text: string, count = 6): string {
  // Matched from the start rather than splitting the whole text: keys are made for every subject
  // of a paragraph, and splitting a long one each time was quadratic.
  const words = new RegExp(`^\\s*(\\S+(?:\\s+\\S+){0,${Math.max(0, count - 1)}})`).exec(text)?.[1] ?? '';
  return count > 0 ? words.split(/\s+/).join(' ') : '';
}
