// Residue of rich text that PDF/Word-to-text converters leave inline: Markdown emphasis
// (**Baik**, *core business*) and HTML tags (<i>Kegiatan …</i>). The words are kept, the marks go.
// TeX spans ($…$, $$…$$) are left exactly as printed: they are formulas.

const TAG = /<\/?(?:i|b|u|em|strong|sup|sub|span|font|br)\b[^>]*>/gi;
const STRONG = /\*\*([^*]+?)\*\*/g;
const EMPH = /(^|[\s(“"'])\*(\S(?:[^*\n]*?\S)?)\*(?=$|[\s).,;:!?”"'])/g;
const TEX = /\$\$[\s\S]*?\$\$|\$[^$\n]+\$/g;

export function cleanInline(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(TEX)) {
    out += clean(text.slice(last, m.index));
    out += m[0];
    last = (m.index ?? 0) + m[0].length;
  }
  return out + clean(text.slice(last));
}

function clean(s: string): string {
  return s
    .replace(TAG, (t) => (/^<br/i.test(t) ? ' ' : ''))
    .replace(STRONG, '$1')
    .replace(EMPH, '$1$2')
    .replace(/\u00a0/g, ' ');
}

/** True when the whole text is one bold span (`**…**`), possibly over several lines. */
export function isWhollyBold(text: string): boolean {
  const t = text.trim();
  return t.startsWith('**') && t.endsWith('**') && t.length > 4 && !t.slice(2, -2).includes('**');
}
