// Writes fixtures/berkas/semboro-2021/: the Semboro sample (fixtures/semboro-2021.txt) split into
// the separate files an OPD uploads — the LKjIP, and each attachment after Bab IV (Renstra, PK,
// PK Perubahan, RKT, SK IKU) on its own — so that a berkas can be linted against the single file.
//   node scripts/make-semboro-berkas.mjs
// An attachment begins at the title that opens it (with the letterhead printed above it); a title
// of the same document again (a PK's lampiran) does not begin another. The files get neutral names
// in no particular order: the linter must know them by their content. Each file's text is the
// sample's, line for line.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const lines = readFileSync(`${root}fixtures/semboro-2021.txt`, 'utf8').split('\n');
const target = `${root}fixtures/berkas/semboro-2021`;

/** The title lines that open an attachment, and the document they open. */
const TITLES = [
  [/^\**\s*rencana\s+strategis\b/i, 'renstra'],
  [/^\**\s*perjanjian\s+kinerja\s+perubahan\b/i, 'pk-perubahan'],
  [/^\**\s*perjanjian\s+kinerja\b/i, 'pk'],
  [/^\**\s*rencana\s+kinerja\s+tahunan\b/i, 'rkt'],
  [/^\**\s*keputusan\b/i, 'iku'],
  [/^\**\s*indikator\s+kinerja\s+utama\b/i, 'iku'],
];
const LETTERHEAD = /^\s*pemerintah\s+(?:kabupaten|kota|provinsi)\b/i;

const closing = lines.findLastIndex((l) => /^\s*bab\s+iv\b/i.test(l));
if (closing < 0) throw new Error('no Bab IV in the sample');
const starts = [{ line: 0, doc: 'lkjip' }];
for (let i = closing + 1; i < lines.length; i++) {
  const doc = TITLES.find(([re]) => re.test(lines[i]))?.[1];
  if (!doc || doc === starts.at(-1).doc) continue;
  // The letterhead a few lines above the title belongs to the document it heads.
  let from = i;
  for (let j = i - 1; j >= Math.max(starts.at(-1).line + 1, i - 8); j--) if (LETTERHEAD.test(lines[j])) from = j;
  starts.push({ line: from, doc });
}
const docs = starts.map((s, k) => ({ doc: s.doc, text: `${lines.slice(s.line, starts[k + 1]?.line ?? lines.length).join('\n').replace(/\n+$/, '')}\n` }));
const expected = ['lkjip', 'renstra', 'pk', 'pk-perubahan', 'rkt', 'iku'];
if (docs.map((d) => d.doc).join() !== expected.join()) throw new Error(`unexpected split: ${docs.map((d) => d.doc).join(', ')}`);

// Neutral names, not in the documents' order.
const NAMES = { lkjip: 'dokumen-d.txt', renstra: 'dokumen-f.txt', pk: 'dokumen-b.txt', 'pk-perubahan': 'dokumen-e.txt', rkt: 'dokumen-a.txt', iku: 'dokumen-c.txt' };
rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
for (const d of docs) writeFileSync(`${target}/${NAMES[d.doc]}`, d.text);
console.log(docs.map((d) => `${NAMES[d.doc]}: ${d.doc}, ${d.text.split('\n').length - 1} lines`).join('\n'));
