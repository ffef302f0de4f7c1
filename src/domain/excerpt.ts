// Quoting a match with the words around it, for evidence: "…dalam jangka waktu tahun 2012 yang…".

/** The text around `length` characters at `index`, cut at word boundaries, with "…" where cut. */
export function excerpt(text: string, index: number, length: number, radius = 70): string {
  let start = Math.max(0, index - radius);
  let end = Math.min(text.length, index + length + radius);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < index) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > index + length) end = space;
  }
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${body}${end < text.length ? '…' : ''}`;
}
