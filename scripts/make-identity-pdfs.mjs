// Writes the fixtures of the report's year and identity (fixtures/identity/), from HTML through
// Debian's chromium --print-to-pdf, running headers and footers as CSS @page margin boxes (printed
// on every page, on alternating sides for left and right pages):
//   footer-year-2023.pdf   no cover page; the year stands only in the running footer ("LKIP Badan …
//                          Tahun 2023", the page number on the outer side: roman in the front
//                          matter, arabic after), and the Dasar Hukum cites "Peraturan Presiden
//                          Nomor 29 Tahun 2014" and other regulations with their years.
//   image-cover-2025.pdf   the cover is an image (no text on page 1); the running header reads
//                          "LAPORAN KINERJA … TAHUN 2025", the Kata Pengantar names "Laporan Kinerja
//                          Instansi Pemerintah (LKIP) <a long agency name> Tahun 2025", the PDF's Title
//                          says it too; Bab III looks ahead ("pada tahun 2026 akan …") and back.
// Both are fictional agencies of a fictional province/regency, with consistent numbers.
//   apt-get install -y chromium        (never `npx playwright install`)
//   node scripts/make-identity-pdfs.mjs [--html dir]   (CHROMIUM=/path overrides /usr/bin/chromium)
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { printToPdf } from './print-pdf.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}fixtures/identity`;
const chromium = process.env.CHROMIUM ?? '/usr/bin/chromium';

// ── a PNG cover, drawn here (no text: an image-only cover) ─────────────────────────────────────

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An RGB PNG of w×h from pixel(x, y) → [r, g, b]. */
export function png(w, h, pixel) {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) raw.set(pixel(x, y), y * (w * 3 + 1) + 1 + x * 3);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** A cover picture: a blue field, a band and blocks where a designer's title would be. */
function coverPng() {
  return png(420, 594, (x, y) => {
    if (y > 120 && y < 230 && x > 40 && x < 380) return [245, 245, 240];
    if (y > 140 && y < 150 && x > 70 && x < 350) return [30, 60, 120];
    if (y > 170 && y < 200 && x > 110 && x < 310) return [30, 60, 120];
    if (y > 430 && y < 460) return [230, 170, 40];
    const shade = Math.round(90 + (y / 594) * 80);
    return [20, 50, shade];
  });
}

// ── the reports ─────────────────────────────────────────────────────────────────────────────────

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const table = (caption, head, rows) =>
  `${caption ? `<p class="caption">${esc(caption)}</p>` : ''}<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;
const paras = (...ps) => ps.map((p) => `<p>${esc(p)}</p>`).join('\n');
const list = (items) => `<ol>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ol>`;

/** What the two reports share: an agency, its sasaran and indicators, its budget. */
function report(o) {
  const { agency, short, region, place, signer, nip, signed, pkSigned, year, sasaran, programs, total } = o;
  const yearWord = (s) => (year ? `${s} Tahun ${year}` : s);
  const measure = sasaran.flatMap((s, i) => s.indikator.map((k, j) => [j === 0 ? String(i + 1) : '', j === 0 ? s.text : '', k.text, k.satuan, k.target, k.realisasi, k.capaian]));
  const pkRows = sasaran.flatMap((s, i) => s.indikator.map((k, j) => [j === 0 ? String(i + 1) : '', j === 0 ? s.text : '', k.text, k.satuan, k.target]));
  const budget = programs.map((p, i) => [String(i + 1), p.name, p.anggaran, p.realisasi, p.persen]);
  return `
<section class="front">
<h1>IKHTISAR EKSEKUTIF</h1>
${paras(
  `${o.titleText} menyajikan capaian kinerja ${agency} ${region} atas sasaran strategis yang ditetapkan dalam Perjanjian Kinerja${year ? ` Tahun ${year}` : ''}.`,
  `${agency} menetapkan ${sasaran.length} (${o.sasaranWord}) sasaran strategis dengan ${measure.length} (${o.indikatorWord}) indikator kinerja. Dari ${measure.length} indikator tersebut, ${o.achieved} indikator mencapai target dan satu indikator belum mencapai target.`,
  `Realisasi anggaran mencapai Rp ${total.realisasi} dari pagu Rp ${total.anggaran} atau ${total.persen}.`,
)}
<h1 class="break">KATA PENGANTAR</h1>
${paras(...o.foreword)}
<div class="sign"><p>${esc(place)}, ${esc(signed)}</p><p>KEPALA ${esc(o.office)}</p><p>${esc(region.toUpperCase())},</p><p class="gap"></p><p><u>${esc(signer)}</u></p><p>NIP. ${esc(nip)}</p></div>
</section>
<section class="body">
<h1>BAB I<br>PENDAHULUAN</h1>
<h2>A. Latar Belakang</h2>
${paras(
  `Setiap instansi pemerintah wajib menyusun laporan kinerja sebagai wujud pertanggungjawaban atas pelaksanaan tugas dan fungsi serta pengelolaan anggaran. Laporan kinerja ini memuat capaian sasaran strategis ${agency} ${region}.`,
)}
<h2>B. Dasar Hukum</h2>
${list(o.regulations)}
<h2>C. Tugas dan Fungsi</h2>
${paras(`${agency} ${region} mempunyai tugas membantu Gubernur dalam melaksanakan urusan pemerintahan di bidangnya.`)}
<h1 class="break">BAB II<br>PERENCANAAN KINERJA</h1>
<h2>A. Rencana Strategis</h2>
${paras(`Rencana Strategis ${agency} periode ${o.renstra} menetapkan sasaran strategis yang dijabarkan dalam indikator kinerja utama.`)}
<h2>B. Perjanjian Kinerja</h2>
${paras(`Sasaran strategis, indikator kinerja dan target yang diperjanjikan adalah sebagai berikut.`)}
${table('Tabel 2.1 Perjanjian Kinerja', ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target'], pkRows)}
<h1 class="break">BAB III<br>AKUNTABILITAS KINERJA</h1>
<h2>A. Capaian Kinerja Organisasi</h2>
${paras(`Pengukuran kinerja membandingkan realisasi dengan target setiap indikator yang diperjanjikan.`)}
${table('Tabel 3.1 Pengukuran Kinerja', ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'], measure)}
${sasaran.map((s) => paras(...s.analysis)).join('\n')}
<h2>B. Realisasi Anggaran</h2>
${paras(`Realisasi anggaran per program disajikan pada tabel berikut.`)}
${table('Tabel 3.2 Realisasi Anggaran per Program', ['No', 'Program', 'Anggaran (Rp)', 'Realisasi (Rp)', '%'], [...budget, ['', 'Jumlah', total.anggaran, total.realisasi, total.persen]])}
${paras(...o.budgetNotes)}
<h1 class="break">BAB IV<br>PENUTUP</h1>
${paras(...o.closing)}
<h1 class="break">LAMPIRAN PERJANJIAN KINERJA</h1>
<p class="center"><b>${esc(yearWord('PERJANJIAN KINERJA'))}</b></p>
${paras(`Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini sepakat atas target kinerja berikut.`)}
${table('', ['No', 'Sasaran Strategis', 'Indikator Kinerja', 'Satuan', 'Target'], pkRows)}
${table('', ['No', 'Program', 'Anggaran (Rp)'], [...programs.map((p, i) => [String(i + 1), p.name, p.anggaran]), ['', 'Jumlah', total.anggaran]])}
<div class="sign"><p>${esc(place)}, ${esc(pkSigned)}</p><p>PIHAK KEDUA,</p><p>${esc(o.superior)}</p><p class="gap"></p><p><u>${esc(o.superiorName)}</u></p></div>
<div class="sign"><p>PIHAK PERTAMA,</p><p>KEPALA ${esc(o.office)}</p><p class="gap"></p><p><u>${esc(signer)}</u></p><p>NIP. ${esc(nip)}</p></div>
</section>`;
}

const CSS = `
body { font-family: 'DejaVu Serif', serif; font-size: 11pt; line-height: 1.4; margin: 0; }
h1 { font-size: 14pt; text-align: center; margin: 0 0 14pt; }
h2 { font-size: 12pt; margin: 12pt 0 6pt; }
h3 { font-size: 11pt; margin: 10pt 0 4pt; }
p { text-align: justify; margin: 0 0 6pt; }
.break { break-before: page; }
.body { break-before: page; page: body; }
.front { page: front; }
.caption { text-align: center; font-weight: bold; margin-top: 8pt; }
.center { text-align: center; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; font-size: 9.5pt; }
th, td { border: 0.8pt solid #000; padding: 2pt 4pt; vertical-align: top; }
th { background: #e8e8e8; }
.sign { margin: 14pt 0 0 55%; }
.sign p { text-align: left; margin: 0; }
.sign .gap { height: 40pt; }
ol { margin: 0 0 6pt; }
`;

const SUKAMAJU_2023 = {
  agency: 'Badan Perencanaan Daerah',
  office: 'BADAN PERENCANAAN DAERAH',
  region: 'Provinsi Sukamaju',
  place: 'Kota Sukamaju',
  signer: 'Ir. Hendra Wiratama, M.T.',
  nip: '19700101 199503 1 001',
  superior: 'GUBERNUR SUKAMAJU,',
  superiorName: 'Drs. Ahmad Santosa, M.Si.',
  signed: '14 Februari 2024',
  pkSigned: '9 Januari 2023',
  year: undefined,
  titleText: 'Laporan Kinerja ini',
  renstra: '2019–2023',
  sasaranWord: 'dua',
  indikatorWord: 'tiga',
  achieved: 'dua',
  foreword: [
    'Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya Laporan Kinerja Badan Perencanaan Daerah Provinsi Sukamaju. Laporan ini disusun sebagai pertanggungjawaban atas pelaksanaan Perjanjian Kinerja dan pengelolaan anggaran.',
    'Semoga laporan ini bermanfaat sebagai bahan evaluasi dan perbaikan kinerja.',
  ],
  regulations: [
    'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;',
    'Peraturan Pemerintah Nomor 8 Tahun 2006 tentang Pelaporan Keuangan dan Kinerja Instansi Pemerintah;',
    'Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;',
    'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah;',
    'Peraturan Menteri Dalam Negeri Nomor 86 Tahun 2017 tentang Tata Cara Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah.',
  ],
  sasaran: [
    {
      text: 'Meningkatnya kualitas perencanaan pembangunan daerah',
      indikator: [
        { text: 'Persentase program RKPD yang selaras dengan RPJMD', satuan: '%', target: '90', realisasi: '94,5', capaian: '105,00' },
        { text: 'Nilai evaluasi akuntabilitas kinerja', satuan: 'nilai', target: '70', realisasi: '71,4', capaian: '102,00' },
      ],
      analysis: [
        'Sasaran pertama, meningkatnya kualitas perencanaan pembangunan daerah: kedua indikatornya melampaui target. Dibandingkan tahun lalu, keselarasan program RKPD dengan RPJMD meningkat, dan realisasinya telah melampaui target akhir Renstra. Belum ada standar nasional untuk indikator ini.',
        'Keberhasilan disebabkan oleh pendampingan penyusunan rencana kerja perangkat daerah; upaya ini akan diteruskan. Anggaran digunakan secara efisien melalui Program Perencanaan Pembangunan Daerah.',
      ],
    },
    {
      text: 'Meningkatnya ketersediaan data pembangunan',
      indikator: [{ text: 'Persentase dataset pembangunan yang diperbarui', satuan: '%', target: '80', realisasi: '76', capaian: '95,00' }],
      analysis: [
        'Sasaran kedua, meningkatnya ketersediaan data pembangunan: indikatornya belum mencapai target. Dibandingkan tahun lalu, realisasinya meningkat, tetapi masih di bawah target akhir Renstra. Tidak ada standar nasional untuk indikator ini.',
        'Kendala utama adalah keterlambatan penyampaian data dari perangkat daerah; upaya perbaikan dilakukan dengan penjadwalan pemutakhiran data. Penggunaan anggaran tetap efisien melalui Program Pengelolaan Data Pembangunan.',
      ],
    },
  ],
  programs: [
    { name: 'Program Perencanaan Pembangunan Daerah', anggaran: '1.250.000.000', realisasi: '1.187.500.000', persen: '95,00%' },
    { name: 'Program Pengelolaan Data Pembangunan', anggaran: '500.000.000', realisasi: '460.000.000', persen: '92,00%' },
  ],
  total: { anggaran: '1.750.000.000', realisasi: '1.647.500.000', persen: '94,14%' },
  budgetNotes: ['Sisa anggaran berasal dari efisiensi belanja perjalanan dinas dan pengadaan.'],
  closing: [
    'Secara umum sasaran strategis Badan Perencanaan Daerah Provinsi Sukamaju tercapai dengan baik. Kendala ketersediaan data akan ditangani melalui penjadwalan pemutakhiran data bersama perangkat daerah.',
  ],
};

const FOOTER = 'LKIP Badan Perencanaan Daerah Provinsi Sukamaju Tahun 2023';

const footerYear = {
  file: 'footer-year-2023',
  title: 'Laporan Kinerja',
  css: `
@page { size: A4; margin: 20mm 20mm 24mm 20mm; }
@page front:right { @bottom-right { content: "${FOOTER}    " counter(page, lower-roman); font-size: 9pt; font-style: italic; } }
@page front:left { @bottom-left { content: counter(page, lower-roman) "    ${FOOTER}"; font-size: 9pt; font-style: italic; } }
@page body:right { @bottom-right { content: "${FOOTER}    " counter(page); font-size: 9pt; font-style: italic; } }
@page body:left { @bottom-left { content: counter(page) "    ${FOOTER}"; font-size: 9pt; font-style: italic; } }
`,
  body: report(SUKAMAJU_2023),
};

const AGENCY_2025 = 'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana';
const HEADER = `LAPORAN KINERJA ${AGENCY_2025.toUpperCase()} KABUPATEN SUKAMAJU TAHUN 2025`;

const imageCover = {
  file: 'image-cover-2025',
  title: HEADER,
  css: `
@page { size: A4; margin: 24mm 20mm 20mm 20mm;
  @top-center { content: "${HEADER}"; font-size: 7.5pt; }
  @bottom-right { content: "Hal. " counter(page); font-size: 9pt; } }
@page :first { margin: 0; @top-center { content: none; } @bottom-right { content: none; } }
.cover { break-after: page; height: 297mm; }
.cover img { width: 210mm; height: 297mm; display: block; }
`,
  body: `<div class="cover"><img src="data:image/png;base64,${coverPng().toString('base64')}" alt=""></div>
${report({
  ...SUKAMAJU_2023,
  agency: AGENCY_2025,
  office: 'DINAS',
  region: 'Kabupaten Sukamaju',
  place: 'Sukamaju',
  superior: 'BUPATI SUKAMAJU,',
  superiorName: 'H. Rahmat Hidayat, S.H., M.M.',
  signer: 'Dr. Sri Wulandari, M.Kes.',
  nip: '19751212 200003 2 004',
  signed: '13 Februari 2026',
  pkSigned: '6 Januari 2025',
  year: 2025,
  titleText: 'Laporan Kinerja Tahun 2025',
  renstra: '2025–2029',
  foreword: [
    `Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat-Nya kami dapat menyelesaikan Laporan Kinerja Instansi Pemerintah (LKIP) ${AGENCY_2025} Kabupaten Sukamaju Tahun 2025. Laporan ini disusun berdasarkan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014.`,
    'Semoga laporan ini bermanfaat sebagai bahan evaluasi dan perbaikan kinerja pada tahun berikutnya.',
  ],
  regulations: [
    'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;',
    'Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah;',
    'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah;',
    'Peraturan Daerah Kabupaten Sukamaju Nomor 5 Tahun 2024 tentang Anggaran Pendapatan dan Belanja Daerah Tahun Anggaran 2025.',
  ],
  sasaran: [
    {
      text: 'Meningkatnya pemberdayaan perempuan dan perlindungan anak',
      indikator: [
        { text: 'Persentase kasus kekerasan terhadap perempuan dan anak yang tertangani', satuan: '%', target: '90', realisasi: '94,5', capaian: '105,00' },
        { text: 'Indeks pemberdayaan gender', satuan: 'indeks', target: '70', realisasi: '71,4', capaian: '102,00' },
      ],
      analysis: [
        'Sasaran pertama, meningkatnya pemberdayaan perempuan dan perlindungan anak: kedua indikatornya melampaui target. Capaian kinerja tahun 2024 sebesar 97,50% sehingga capaian tahun ini meningkat, dan realisasinya telah melampaui target akhir Renstra. Belum ada standar nasional untuk indikator ini.',
        'Keberhasilan disebabkan oleh layanan pengaduan terpadu; upaya ini akan diteruskan. Pada tahun 2026 akan dibentuk unit layanan di setiap kecamatan, dan target tahun 2026 ditetapkan sebesar 95%. Anggaran digunakan secara efisien melalui Program Perlindungan Perempuan dan Anak.',
      ],
    },
    {
      text: 'Meningkatnya kualitas data keluarga',
      indikator: [{ text: 'Persentase data keluarga yang diperbarui', satuan: '%', target: '80', realisasi: '76', capaian: '95,00' }],
      analysis: [
        'Sasaran kedua, meningkatnya kualitas data keluarga: indikatornya belum mencapai target. Dibandingkan tahun 2024, realisasinya meningkat, tetapi masih di bawah target akhir Renstra. Tidak ada standar nasional untuk indikator ini.',
        'Kendala utama adalah keterlambatan pemutakhiran data dari desa; rencana tindak lanjut tahun depan adalah pendampingan operator desa, dan Perjanjian Kinerja Tahun 2026 akan memuat indikator yang sama. Penggunaan anggaran tetap efisien melalui Program Pengendalian Penduduk dan Keluarga Berencana.',
      ],
    },
  ],
  programs: [
    { name: 'Program Perlindungan Perempuan dan Anak', anggaran: '1.250.000.000', realisasi: '1.187.500.000', persen: '95,00%' },
    { name: 'Program Pengendalian Penduduk dan Keluarga Berencana', anggaran: '500.000.000', realisasi: '460.000.000', persen: '92,00%' },
  ],
  closing: [
    `Secara umum sasaran strategis ${AGENCY_2025} Kabupaten Sukamaju tercapai dengan baik. Kendala pemutakhiran data akan ditangani melalui pendampingan operator desa.`,
  ],
})}`,
};

function html(doc) {
  return `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>${esc(doc.title)}</title>
<style>${CSS}${doc.css}</style>
</head>
<body>
${doc.body}
</body>
</html>
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(outDir, { recursive: true });
  const htmlDir = process.argv.indexOf('--html') > 0 ? process.argv[process.argv.indexOf('--html') + 1] : undefined;
  for (const doc of [footerYear, imageCover]) {
    const work = mkdtempSync(join(tmpdir(), 'identity-pdf-'));
    const target = `${outDir}/${doc.file}.pdf`;
    try {
      const htmlFile = join(work, `${doc.file}.html`);
      writeFileSync(htmlFile, html(doc));
      if (htmlDir) writeFileSync(join(htmlDir, `${doc.file}.html`), html(doc));
      printToPdf(chromium, htmlFile, target, work);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    console.log(`wrote ${target} (${Math.round(statSync(target).size / 1024)} KiB)`);
  }
}
