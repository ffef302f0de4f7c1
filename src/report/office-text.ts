// Wording and colours shared by the Office formats (XLSX Kertas Kerja, DOCX Laporan Hasil Reviu),
// and the text of a finding's location as one line for a cell or a paragraph.
import type { Finding, Lang, Severity } from '../engine/types.js';
import type { ChecklistStatus } from './checklist.js';
import { place, position } from './location.js';

/** The HTML report's colours (html-css.ts), as ARGB / RGB hex. */
export const COLOR = {
  severity: { error: 'FDE4E7', warning: 'FFF1CC', info: 'E3EEFB' } as Record<Severity, string>,
  severityText: { error: 'A50E1E', warning: '7A4D00', info: '0A4F96' } as Record<Severity, string>,
  status: { terpenuhi: 'E2F3E3', 'terpenuhi-dengan-catatan': 'FFF1CC', 'tidak-terpenuhi': 'FDE4E7', 'perlu-konfirmasi': 'ECECEC' } as Record<ChecklistStatus, string>,
  computed: 'EEF2F7',
  header: '1F3B5C',
  group: 'E8ECF1',
  fillIn: 'FFFBE6',
};

export const OFFICE_WORDS = {
  id: {
    kkrTitle: 'Kertas Kerja Reviu Laporan Kinerja',
    basis: 'Dasar: Peraturan Menteri PANRB Nomor 53 Tahun 2014 (Checklist Reviu, Anak Lampiran III/2-2). Disusun otomatis oleh lkjip-lint: bahan bagi pereviu, bukan pengganti penilaian pereviu.',
    preparedBy: 'Disusun oleh',
    reviewedBy: 'Direviu oleh',
    date: 'Tanggal',
    sheets: { summary: 'Ringkasan', checklist: 'Checklist Reviu', findings: 'Temuan', tables: 'Hitung Ulang' },
    no: 'No.',
    file: 'Berkas',
    instansi: 'Instansi',
    pemda: 'Pemerintah daerah',
    tahun: 'Tahun',
    docTitle: 'Judul dokumen',
    format: 'Format',
    findingsTotal: 'Jumlah temuan',
    byCategory: 'Temuan per kategori',
    group: 'Kelompok',
    item: 'Butir reviu',
    status: 'Status',
    basisCol: 'Dasar penilaian',
    related: 'Temuan terkait',
    reviewerNote: 'Catatan pereviu',
    severity: 'Tingkat',
    category: 'Kategori',
    rule: 'Aturan',
    message: 'Uraian temuan',
    location: 'Lokasi',
    evidence: 'Bukti',
    expected: 'Seharusnya',
    actual: 'Tertulis',
    items: 'Butir checklist',
    response: 'Tanggapan OPD',
    followUp: 'Tindak lanjut',
    seeAlso: 'terkait',
    noSection: '(di luar bab)',
    failed: 'Berkas tidak dapat dibaca',
    findingsCol: 'Temuan',
    noTables: 'Laporan tidak memuat tabel yang dapat dihitung ulang.',
    legendMarked: 'Sel berwarna: angka yang ditunjuk temuan (merah galat, kuning peringatan, biru info); kolom Temuan menyebut nomornya, catatan sel menguraikannya.',
    page: 'Halaman &P dari &N',
  },
  en: {
    kkrTitle: 'Review Working Paper (Kertas Kerja Reviu) of the Performance Report',
    basis: 'Basis: Minister of PANRB Regulation 53/2014 (Review Checklist, Annex III/2-2). Prepared automatically by lkjip-lint: material for the reviewer, not a substitute for the reviewer’s judgement.',
    preparedBy: 'Prepared by',
    reviewedBy: 'Reviewed by',
    date: 'Date',
    sheets: { summary: 'Summary', checklist: 'Review Checklist', findings: 'Findings', tables: 'Recomputed' },
    no: 'No.',
    file: 'File',
    instansi: 'Agency',
    pemda: 'Local government',
    tahun: 'Year',
    docTitle: 'Document title',
    format: 'Format',
    findingsTotal: 'Findings',
    byCategory: 'Findings by category',
    group: 'Group',
    item: 'Review item',
    status: 'Status',
    basisCol: 'Basis',
    related: 'Related findings',
    reviewerNote: 'Reviewer’s note',
    severity: 'Severity',
    category: 'Category',
    rule: 'Rule',
    message: 'Finding',
    location: 'Location',
    evidence: 'Evidence',
    expected: 'Expected',
    actual: 'Printed',
    items: 'Checklist items',
    response: 'Agency response',
    followUp: 'Follow-up',
    seeAlso: 'related',
    noSection: '(outside any chapter)',
    failed: 'The file could not be read',
    findingsCol: 'Findings',
    noTables: 'The report has no tables to recompute.',
    legendMarked: 'Coloured cells: figures a finding points at (red error, yellow warning, blue info); the Findings column gives their numbers, the cell note describes them.',
    page: 'Page &P of &N',
  },
};

/** A finding's number in the working papers and the LHR: T1, T2 … in the file's finding order. */
export const tag = (i: number) => `T${i + 1}`;

/** Where a finding is, on one line: "hal. 12, baris 478; Tabel 3.1, baris 2; kolom capaian". */
export function locationText(loc: Finding['location'], lang: Lang): string {
  return [position(loc, lang), place(loc, lang)].filter(Boolean).join('; ');
}

/** The finding's location, then each related location with its note, one per line. */
export function locationLines(f: Finding, lang: Lang): string[] {
  const seeAlso = OFFICE_WORDS[lang].seeAlso;
  return [
    locationText(f.location, lang),
    ...(f.related ?? []).map((r) => `${seeAlso}: ${[r.location.file !== f.location.file ? r.location.file : '', locationText(r.location, lang)].filter(Boolean).join(', ')}${r.note ? ` — ${r.note}` : ''}`),
  ].filter(Boolean);
}
