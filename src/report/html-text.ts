// The HTML report's fixed wording, Indonesian and English from one dictionary, and HTML escaping.
import type { Category, Lang, Severity } from '../engine/types.js';
import type { ChecklistStatus } from './checklist.js';

/** Escapes text for element content and quoted attribute values. Findings quote untrusted documents. */
export function esc(text: unknown): string {
  return String(text ?? '').replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A fragment id made only of safe characters. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
export const CATEGORIES: Category[] = ['arithmetic', 'capaian', 'rating', 'consistency', 'narrative', 'period', 'completeness', 'structure', 'reference'];

/** Icon and text for each severity: colour is never the only signal. */
export const SEVERITY_ICON: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };
export const STATUS_ICON: Record<ChecklistStatus, string> = {
  terpenuhi: '✔',
  'terpenuhi-dengan-catatan': '▲',
  'tidak-terpenuhi': '✖',
  'perlu-konfirmasi': '?',
};

interface Words {
  lang: string;
  docTitle: string;
  subtitle: string;
  instansi: string;
  pemda: string;
  tahun: string;
  yearFrom: string;
  yearUnknown: string;
  file: string;
  format: string;
  docName: string;
  ocrPages: string;
  ocrNote: string;
  contents: string;
  summary: string;
  checklist: string;
  checklistIntro: string;
  findings: string;
  tables: string;
  failed: string;
  noFindings: string;
  severity: Record<Severity, string>;
  category: Record<Category, string>;
  categoryHead: string;
  total: string;
  totalLine: (n: number, e: number, w: number, i: number) => string;
  item: string;
  itemNo: string;
  status: string;
  findingsBehind: string;
  none: string;
  noSection: string;
  // finding
  findingNo: string;
  rule: string;
  location: string;
  line: string;
  page: string;
  paragraph: string;
  section: string;
  table: string;
  tableRow: string;
  field: string;
  pointer: string;
  source: string;
  evidence: string;
  expected: string;
  actual: string;
  related: string;
  explanation: string;
  regulation: string;
  checklistItems: string;
  markedCell: string;
  backToTop: string;
  filter: string;
  filterNote: string;
  // tables
  tablesIntro: string;
  legend: string;
  legendWrong: Record<Severity, string>;
  legendRow: string;
  legendComputed: string;
  legendNa: string;
  legendSum: string;
  pengukuran: string;
  no: string;
  sasaran: string;
  indikator: string;
  target: string;
  realisasi: string;
  capaianPrinted: string;
  capaianComputed: string;
  predikatPrinted: string;
  predikatComputed: string;
  scaleUsed: string;
  scaleDeclared: string;
  scaleDefault: string;
  anggaran: string;
  budgetName: string;
  anggaranPrinted: string;
  anggaranSum: string;
  realisasiPrinted: string;
  realisasiSum: string;
  persenPrinted: string;
  persenComputed: string;
  level: Record<'program' | 'kegiatan' | 'subkegiatan', string>;
  subKegiatan: string;
  subKegiatanCaption: (name: string) => string;
  kind: Record<'input' | 'output' | 'outcome', string>;
  kindHead: string;
  uraian: string;
  alokasi: string;
  alokasiProgram: string;
  alokasiAmount: string;
  alokasiTotal: string;
  alokasiPercent: string;
  noTable: string;
  noModel: string;
  problem: Record<'division-by-zero' | 'missing' | 'not-numeric', string>;
  mutu: string;
  ratingGap: (below: string, above: string) => string;
  ratingOutside: string;
  achieved: string;
  notAchieved: string;
  generatedBy: string;
}

export const WORDS: Record<Lang, Words> = {
  id: {
    lang: 'id',
    docTitle: 'Hasil Reviu Otomatis Laporan Kinerja',
    subtitle: 'lkjip-lint — pemeriksaan LKjIP menurut PermenPAN-RB 53/2014. Hasil pemeriksaan otomatis: bahan bagi pereviu, bukan pengganti penilaian pereviu.',
    instansi: 'Instansi',
    pemda: 'Pemerintah daerah',
    tahun: 'Tahun',
    yearFrom: 'Tahun dibaca dari',
    yearUnknown: 'tidak ditemukan di dokumen (pemeriksaan yang memerlukannya tidak dijalankan)',
    file: 'Berkas',
    format: 'Format',
    docName: 'Judul dokumen',
    ocrPages: 'Dibaca dengan OCR',
    ocrNote: 'halaman hasil pindai; angka bisa salah baca, jadi temuan yang bersandar padanya paling tinggi peringatan',
    contents: 'Daftar isi',
    summary: 'Ringkasan temuan',
    checklist: 'Checklist Reviu',
    checklistIntro: 'Checklist Reviu Laporan Kinerja (PermenPAN-RB 53/2014, Anak Lampiran III/2-2). Status butir ditentukan dari temuan aturan yang terkait dengan butir itu; butir mekanisme penyusunan tidak tampak dari dokumen dan perlu dikonfirmasi.',
    findings: 'Daftar temuan',
    tables: 'Tabel hitung ulang',
    failed: 'Berkas gagal dibaca',
    noFindings: 'Tidak ada temuan.',
    severity: { error: 'Galat', warning: 'Peringatan', info: 'Info' },
    category: {
      arithmetic: 'Aritmetika',
      capaian: 'Capaian',
      rating: 'Predikat dan skala',
      consistency: 'Konsistensi antardokumen',
      narrative: 'Narasi',
      period: 'Periode dan tanggal',
      completeness: 'Kelengkapan',
      structure: 'Struktur dan penomoran',
      reference: 'Rujukan dan identitas',
    },
    categoryHead: 'Kategori',
    total: 'Jumlah',
    totalLine: (n, e, w, i) => `${n} temuan: ${e} galat, ${w} peringatan, ${i} info.`,
    item: 'Butir',
    itemNo: 'No.',
    status: 'Status',
    findingsBehind: 'Temuan terkait',
    none: '—',
    noSection: '(di luar bab)',
    findingNo: 'Temuan',
    rule: 'Aturan',
    location: 'Lokasi',
    line: 'baris',
    page: 'hal.',
    paragraph: 'paragraf',
    section: 'Bagian',
    table: 'Tabel',
    tableRow: 'baris tabel',
    field: 'kolom',
    pointer: 'penunjuk',
    source: 'dokumen asal',
    evidence: 'Kutipan',
    expected: 'Seharusnya',
    actual: 'Tertulis',
    related: 'Lokasi terkait',
    explanation: 'Penjelasan aturan',
    regulation: 'Dasar',
    checklistItems: 'Butir checklist',
    markedCell: 'Sel pada tabel hitung ulang',
    backToTop: 'Kembali ke daftar isi',
    filter: 'Tampilkan',
    filterNote: 'Saringan hanya mengubah tampilan di layar.',
    tablesIntro: 'Tabel laporan dengan angka yang dihitung ulang oleh lkjip-lint. Angka “tertulis” adalah angka sebagaimana dicetak di laporan; angka “hitung ulang” dihitung dari angka-angka lain di tabel yang sama.',
    legend: 'Keterangan',
    legendWrong: {
      error: 'sel yang salah (galat); nomor di sampingnya menunjuk ke temuan',
      warning: 'sel dengan catatan (peringatan)',
      info: 'sel dengan catatan (info)',
    },
    legendRow: 'baris yang menjadi lokasi temuan (tanpa kolom tertentu)',
    legendComputed: 'angka hasil hitung ulang',
    legendNa: 'tidak dapat dihitung',
    legendSum: 'Σ = jumlah rincian di bawahnya (kegiatan atau sub kegiatan)',
    pengukuran: 'Pengukuran capaian kinerja',
    no: 'No.',
    sasaran: 'Sasaran',
    indikator: 'Indikator',
    target: 'Target',
    realisasi: 'Realisasi',
    capaianPrinted: 'Capaian tertulis',
    capaianComputed: 'Capaian hitung ulang',
    predikatPrinted: 'Predikat tertulis',
    predikatComputed: 'Predikat menurut skala',
    scaleUsed: 'Skala yang dipakai',
    scaleDeclared: 'skala dalam laporan',
    scaleDefault: 'skala bawaan',
    anggaran: 'Anggaran per program, kegiatan dan sub kegiatan',
    budgetName: 'Program / kegiatan / sub kegiatan',
    anggaranPrinted: 'Anggaran',
    anggaranSum: 'Σ rincian anggaran',
    realisasiPrinted: 'Realisasi',
    realisasiSum: 'Σ rincian realisasi',
    persenPrinted: '% tertulis',
    persenComputed: '% hitung ulang',
    level: { program: 'Program', kegiatan: 'Kegiatan', subkegiatan: 'Sub kegiatan' },
    subKegiatan: 'Capaian sub kegiatan (masukan dan keluaran)',
    subKegiatanCaption: (name) => `Sub kegiatan: ${name}`,
    kind: { input: 'Masukan', output: 'Keluaran', outcome: 'Hasil' },
    kindHead: 'Jenis',
    uraian: 'Uraian',
    alokasi: 'Alokasi belanja per sasaran',
    alokasiProgram: 'Program / kegiatan',
    alokasiAmount: 'Anggaran tertulis',
    alokasiTotal: 'Jumlah tertulis',
    alokasiPercent: '% tertulis',
    noTable: 'Tabel ini tidak ada di laporan.',
    noModel: 'Model laporan tidak tersedia: tabel tidak dapat ditampilkan.',
    problem: { 'division-by-zero': 'pembagian dengan nol', missing: 'angka tidak ada', 'not-numeric': 'bukan angka' },
    mutu: 'mutu',
    ratingGap: (b, a) => `di celah skala (antara ${b} dan ${a})`,
    ratingOutside: 'di luar skala',
    achieved: 'tercapai',
    notAchieved: 'tidak tercapai',
    generatedBy: 'Dibuat oleh lkjip-lint.',
  },
  en: {
    lang: 'en',
    docTitle: 'Automated Review of the Performance Report',
    subtitle: 'lkjip-lint — LKjIP checks under PermenPAN-RB 53/2014. Automated results: material for the reviewer, not a substitute for the reviewer’s judgement.',
    instansi: 'Agency',
    pemda: 'Local government',
    tahun: 'Year',
    yearFrom: 'Year read from',
    yearUnknown: 'not found in the document (the checks that need it were not run)',
    file: 'File',
    format: 'Format',
    docName: 'Document title',
    ocrPages: 'Read by OCR',
    ocrNote: 'scanned pages; digits may be misread, so findings resting on them are warnings at most',
    contents: 'Contents',
    summary: 'Summary of findings',
    checklist: 'Review Checklist',
    checklistIntro: 'Performance report review checklist (PermenPAN-RB 53/2014, Annex III/2-2). An item’s status follows from the findings of the rules linked to it; the preparation-mechanism items are not visible in the document and need confirmation.',
    findings: 'Findings',
    tables: 'Recomputed tables',
    failed: 'File could not be read',
    noFindings: 'No findings.',
    severity: { error: 'Error', warning: 'Warning', info: 'Info' },
    category: {
      arithmetic: 'Arithmetic',
      capaian: 'Achievement',
      rating: 'Rating and scale',
      consistency: 'Consistency across documents',
      narrative: 'Narrative',
      period: 'Periods and dates',
      completeness: 'Completeness',
      structure: 'Structure and numbering',
      reference: 'References and identity',
    },
    categoryHead: 'Category',
    total: 'Total',
    totalLine: (n, e, w, i) => `${n} findings: ${e} errors, ${w} warnings, ${i} info.`,
    item: 'Item',
    itemNo: 'No.',
    status: 'Status',
    findingsBehind: 'Related findings',
    none: '—',
    noSection: '(outside any chapter)',
    findingNo: 'Finding',
    rule: 'Rule',
    location: 'Location',
    line: 'line',
    page: 'p.',
    paragraph: 'para.',
    section: 'Section',
    table: 'Table',
    tableRow: 'table row',
    field: 'column',
    pointer: 'pointer',
    source: 'source document',
    evidence: 'Quote',
    expected: 'Expected',
    actual: 'Printed',
    related: 'Related locations',
    explanation: 'About the rule',
    regulation: 'Basis',
    checklistItems: 'Checklist items',
    markedCell: 'Cell in the recomputed tables',
    backToTop: 'Back to contents',
    filter: 'Show',
    filterNote: 'The filter only changes the screen view.',
    tablesIntro: 'The report’s tables with the figures lkjip-lint recomputed. “Printed” figures are as the report prints them; “recomputed” ones are computed from the other figures in the same table.',
    legend: 'Legend',
    legendWrong: {
      error: 'wrong cell (error); the number beside it links to the finding',
      warning: 'cell with a note (warning)',
      info: 'cell with a note (info)',
    },
    legendRow: 'row a finding points at (no particular column)',
    legendComputed: 'recomputed figure',
    legendNa: 'cannot be computed',
    legendSum: 'Σ = sum of the items below it (activities or sub-activities)',
    pengukuran: 'Performance measurement',
    no: 'No.',
    sasaran: 'Goal',
    indikator: 'Indicator',
    target: 'Target',
    realisasi: 'Actual',
    capaianPrinted: 'Achievement printed',
    capaianComputed: 'Achievement recomputed',
    predikatPrinted: 'Rating printed',
    predikatComputed: 'Rating by the scale',
    scaleUsed: 'Scale used',
    scaleDeclared: 'the report’s scale',
    scaleDefault: 'default scale',
    anggaran: 'Budget per programme, activity and sub-activity',
    budgetName: 'Programme / activity / sub-activity',
    anggaranPrinted: 'Budget',
    anggaranSum: 'Σ of items, budget',
    realisasiPrinted: 'Realised',
    realisasiSum: 'Σ of items, realised',
    persenPrinted: '% printed',
    persenComputed: '% recomputed',
    level: { program: 'Programme', kegiatan: 'Activity', subkegiatan: 'Sub-activity' },
    subKegiatan: 'Sub-activity results (inputs and outputs)',
    subKegiatanCaption: (name) => `Sub-activity: ${name}`,
    kind: { input: 'Input', output: 'Output', outcome: 'Outcome' },
    kindHead: 'Kind',
    uraian: 'Item',
    alokasi: 'Expenditure allocation per goal',
    alokasiProgram: 'Programme / activity',
    alokasiAmount: 'Budget printed',
    alokasiTotal: 'Total printed',
    alokasiPercent: '% printed',
    noTable: 'The report has no such table.',
    noModel: 'The report model is not available: no tables to show.',
    problem: { 'division-by-zero': 'division by zero', missing: 'figure missing', 'not-numeric': 'not a number' },
    mutu: 'grade',
    ratingGap: (b, a) => `in a gap of the scale (between ${b} and ${a})`,
    ratingOutside: 'outside the scale',
    achieved: 'achieved',
    notAchieved: 'not achieved',
    generatedBy: 'Produced by lkjip-lint.',
  },
};
