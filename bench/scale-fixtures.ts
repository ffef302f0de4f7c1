// Synthetic reports for bench:scale: a structured report with N indicator rows (each indicator in
// the Renstra, the IKU, the PK, Bab III's pengukuran and its history, as a real report lists it),
// and a plain-text report of about N bytes (the Semboro text's chapters with its measurement table
// grown to fill the size). Deterministic: the same N gives the same bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// A report's names draw on a vocabulary of a few thousand words, a few of them very common
// ("pelayanan", "desa") and most rare: the words here are common domain words followed by made-up
// ones, picked with a Zipf-like skew.
const COMMON = ['pelayanan', 'kualitas', 'koordinasi', 'pemerintahan', 'desa', 'masyarakat', 'kesejahteraan', 'pembangunan', 'infrastruktur', 'pendidikan', 'kesehatan', 'ketertiban'];
const SYLLABLES = ['ba', 'ka', 'ma', 'na', 'pa', 'ra', 'sa', 'ta', 'wi', 'li', 'ni', 'ri', 'du', 'ju', 'ku', 'lu', 'mo', 'ro', 'to', 'ge', 'se', 'te', 'an', 'ung'];
const VOCABULARY = [...COMMON, ...Array.from({ length: 3000 }, (_, i) => {
  let w = '';
  for (let x = i + 7, k = 0; k < 3 + (i % 2); k++, x = Math.floor(x / SYLLABLES.length) + k * 5) w += SYLLABLES[x % SYLLABLES.length];
  return w;
})];

/** mulberry32, for names that are the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    let t = (s = (s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A deterministic name of `n` words for item `i`. */
function name(prefix: string, i: number, n: number): string {
  const rnd = random(i * 7919 + prefix.length);
  const out = [prefix];
  for (let k = 0; k < n; k++) out.push(VOCABULARY[Math.floor(VOCABULARY.length * rnd() ** 3)]);
  return out.join(' ');
}

const q = (s: string) => JSON.stringify(s);

/** A structured report (YAML) with `rows` indicators, five per sasaran. */
export function structuredReport(rows: number): string {
  const perSasaran = 5;
  const sasaranCount = Math.ceil(rows / perSasaran);
  const sasaran = (s: number) => name('Meningkatnya', s, 3);
  const indikator = (i: number) => name('Persentase', i, 5);
  const target = (i: number) => 60 + (i % 40);
  const realisasi = (i: number) => target(i) - (i % 7);
  const capaian = (i: number) => `${((realisasi(i) / target(i)) * 100).toFixed(2).replace('.', ',')}%`;
  const out: string[] = ['lkjipLint: 1', 'meta:', '  instansi: Dinas Sintetis', '  tahun: 2021'];
  out.push('renstra:', '  period: "2021-2026"', '  tujuan:', '  - no: "1"', '    text: "Meningkatkan kinerja pemerintahan"', '    sasaran:');
  for (let s = 0; s < sasaranCount; s++) {
    out.push(`    - text: ${q(sasaran(s))}`, '      indikator:');
    for (let i = s * perSasaran; i < Math.min(rows, (s + 1) * perSasaran); i++)
      out.push(`      - text: ${q(indikator(i))}`, `        targets: { "2021": "${target(i)}%", "2022": "${target(i) + 1}%" }`);
  }
  out.push('iku:', '- source: bab2', '  title: "D. INDIKATOR KINERJA UTAMA"', '  items:');
  for (let i = 0; i < rows; i++) out.push(`  - { sasaran: ${q(sasaran(Math.floor(i / perSasaran)))}, indikator: ${q(indikator(i))} }`);
  out.push('pk:', '- kind: pk', '  title: "PERJANJIAN KINERJA TAHUN 2021"', '  year: 2021', '  sasaran:');
  for (let s = 0; s < sasaranCount; s++) {
    out.push(`  - no: "${s + 1}."`, `    text: ${q(sasaran(s))}`, '    indikator:');
    for (let i = s * perSasaran; i < Math.min(rows, (s + 1) * perSasaran); i++) out.push(`    - { no: "${i - s * perSasaran + 1}.", text: ${q(indikator(i))}, target: "${target(i)}%" }`);
  }
  out.push('pengukuran:');
  for (let i = 0; i < rows; i++)
    out.push(`- { no: "${i + 1}", sasaran: ${q(sasaran(Math.floor(i / perSasaran)))}, indikator: ${q(indikator(i))}, target: "${target(i)}%", realisasi: "${realisasi(i)}%", capaian: "${capaian(i)}", table: "Tabel 3.1" }`);
  out.push('riwayat:');
  for (let i = 0; i < rows; i++)
    out.push(`- { sasaran: ${q(sasaran(Math.floor(i / perSasaran)))}, indikator: ${q(indikator(i))}, values: { "2020": "${realisasi(i) - 1}%", "2021": "${realisasi(i)}%" }, table: "Tabel 3.2" }`);
  return `${out.join('\n')}\n`;
}

/**
 * A text report of about `bytes` bytes: the Semboro text, with its Tabel 3.1 grown by indicator
 * rows until the file has the size (a long table is what makes a real report big).
 */
export function textReport(root: string, bytes: number): string {
  const base = readFileSync(join(root, 'fixtures/semboro-2021.txt'), 'utf8');
  const anchor = base.indexOf('\n(diisi sasaran strategis');
  const head = base.slice(0, anchor);
  const tail = base.slice(anchor);
  const rows: string[] = [];
  let size = head.length + tail.length;
  for (let i = 2; size < bytes; i++) {
    const t = 60 + (i % 40);
    const r = t - (i % 7);
    const row = `${i + 1}\t${name('Meningkatnya', Math.floor(i / 5), 3)}\t${name('Persentase', i, 5)}\t${t}%\t${r}%\t${((r / t) * 100).toFixed(1).replace('.', ',')}%`;
    rows.push(row);
    size += row.length + 1;
  }
  return `${head}\n${rows.join('\n')}${tail}`;
}

/**
 * A text report of about `bytes` bytes of prose: the Semboro text's cover, then its paragraphs
 * (the lines without table cells) over and over: no table grows, so that no row limit refuses it
 * and the whole file is read and linted (the largest work the file-size limit lets in).
 */
export function proseReport(root: string, bytes: number): string {
  const lines = readFileSync(join(root, 'fixtures/semboro-2021.txt'), 'utf8').split('\n');
  const head = lines.slice(0, 40).join('\n');
  const prose = lines.filter((l) => !l.includes('\t') && l.length > 60).join('\n');
  const out = [head];
  for (let size = head.length; size + prose.length + 1 < bytes; size += prose.length + 1) out.push(prose);
  return out.join('\n');
}
