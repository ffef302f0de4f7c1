// Columns typed with tabs: consecutive paragraphs whose text stands in tab-separated columns
// ("Pelayanan Kesehatan ⇥⇥ Rp. 750.700.000,- ⇥⇥ APBD") are a table, as the text reader reads
// tab-separated lines; several tabs in a row are one column gap (Word aligns with tab stops).
// In a numbered list of such rows, a row whose first column wraps onto a paragraph of its own
// ("2. Pengendalian Penyakit Menular" ⏎ "dan Tidak Menular ⇥ Rp. … ⇥ APBD") is still one row, and
// a header typed with spaces right above ("Program      Anggaran      Keterangan") is its header.
// Elsewhere a tab is spacing: an indent, a lone tab, a form line "Nama ⇥ : Budi" (read as text, as
// the signatories of a PK are).
import type { Block, Cell, TableBlock, TextBlock } from '../blocks.js';

const GAP = /[ \u00a0]*\t[\t \u00a0]*/;
/** Longest paragraph taken as a wrapped first column. */
const MAX_WRAP = 100;

function oneLine(b: Block | undefined): b is TextBlock {
  return b?.type === 'paragraph' && !b.headingLevel && !b.text.includes('\n');
}

/** The columns of a one-line paragraph laid out with inner tabs, or undefined. */
function columns(b: Block | undefined): string[] | undefined {
  if (!oneLine(b)) return undefined;
  const cells = b.text.trim().split(GAP).map((c) => c.replace(/[ \u00a0]{2,}/g, ' '));
  if (cells.length < 2 || /:$/.test(cells[0]) || /^:/.test(cells[1])) return undefined;
  return cells;
}

/** A short one-line paragraph without tabs: the wrapped first column of a row. */
function wrap(b: Block | undefined): b is TextBlock {
  return oneLine(b) && !columns(b) && b.text.trim().length <= MAX_WRAP;
}

export function tabTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; ) {
    const region = regionAt(blocks, i);
    if (region) {
      const header = headerRow(out[out.length - 1], region.rows[0]?.length ?? 0);
      if (header) out.pop();
      const rows = header ? [header, ...region.rows] : region.rows;
      out.push({ type: 'table', rows, loc: { ...(header ? header[0].loc : rows[0][0].loc) }, source: 'tabs' } satisfies TableBlock);
      i = region.end;
      continue;
    }
    const b = blocks[i];
    out.push(b.type === 'paragraph' && b.text.includes('\t') ? { ...b, text: b.text.replace(new RegExp(GAP, 'g'), ' ').trim() } : b);
    i++;
  }
  return out;
}

/** The tab table starting at `start` (at least two tab rows), or undefined. */
function regionAt(blocks: Block[], start: number): { rows: Cell[][]; end: number } | undefined {
  let end = start;
  // A numbered row's wrapped first column may stand before its tab paragraph.
  const member = (k: number) => !!columns(blocks[k]) || (wrap(blocks[k]) && !!(blocks[k] as TextBlock).marker && !!columns(blocks[k + 1]));
  while (end < blocks.length && member(end)) end++;
  const paragraphs = blocks.slice(start, end) as TextBlock[];
  if (paragraphs.filter((p) => columns(p)).length < 2) return undefined;
  const numbered = paragraphs.filter((p) => p.marker).length >= 2;
  // …and after the last one: "4. Peningkatan Sarana dan ⇥ Rp. …" ⏎ "Prasarana Aparatur".
  if (numbered && wrap(blocks[end]) && !(blocks[end] as TextBlock).marker) paragraphs.push(blocks[end++] as TextBlock);
  const rows: Cell[][] = [];
  for (const p of paragraphs) {
    const cells = columns(p) ?? [p.text.trim()];
    const last = rows[rows.length - 1];
    if (numbered && !p.marker && last) {
      // A continuation: each column goes on under the row's column.
      cells.forEach((text, k) => {
        if (last[k]) last[k].text = `${last[k].text} ${text}`;
        else last.push({ text, loc: { ...p.loc } });
      });
      continue;
    }
    if (p.marker) cells[0] = `${p.marker} ${cells[0]}`;
    rows.push(cells.map((text) => ({ text, loc: { ...p.loc } })));
  }
  return { rows, end };
}

/** A header typed with runs of spaces over the columns ("Program      Anggaran      Keterangan"). */
function headerRow(b: Block | undefined, width: number): Cell[] | undefined {
  if (!oneLine(b) || b.marker || width < 2) return undefined;
  const cells = b.text.trim().split(/\s{3,}|\t+/);
  return cells.length === width ? cells.map((text) => ({ text, loc: { ...b.loc } })) : undefined;
}
