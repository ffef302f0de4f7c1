// Extracted reports often carry the printed list marker inside a Markdown bullet: Word's "a." or
// "1)" list becomes `- a. …` because Markdown has no lettered lists. The bullet is the exporter's;
// the marker a reader of the report sees is "a.".

const ROMAN = '(?:i{1,3}|iv|vi{0,3}|ix|x{1,3}|I{1,3}|IV|VI{0,3}|IX|X{1,3})';
const PRINTED = new RegExp(
  '^(' +
    [
      '\\(\\s*(?:\\d{1,3}|[a-zA-Z]|' + ROMAN + ')\\s*\\)', // (1) (a) (iv)
      '\\d{1,3}(?:\\.\\d{1,3})*[.)]', // 1. 1) 1.2.
      '[a-zA-Z][.)]', // a. b)
      ROMAN + '[.)]', // ii. IV.
      '[✓✔✗☐☑•●○◦▪■□➢➤►◆❖]', // symbols
    ].join('|') +
    ')[ \\t\\u00a0]+(?=\\S)',
  'u',
);

/** The printed marker at the start of a bullet item's text, the text without it, and how many
 *  characters (marker and spaces) were removed. */
export function printedMarker(text: string): { marker: string; rest: string; length: number } | undefined {
  const m = PRINTED.exec(text);
  return m ? { marker: m[1], rest: text.slice(m[0].length), length: m[0].length } : undefined;
}

/** The Markdown marker as written at the start of a list item's source line ("-", "1.", "3)"). */
export function sourceMarker(lineText: string | undefined, column: number): string | undefined {
  const m = /^(\d{1,9}[.)]|[-*+])/.exec((lineText ?? '').slice(column - 1));
  return m?.[1];
}
