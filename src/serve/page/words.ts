// The web page's own wording, Indonesian and English. Runs in the browser and on the server (the
// page's first paint): no imports. The report's wording is the HTML report's (report/html-text.ts).
export type PageLang = 'id' | 'en';

export const PAGE_WORDS = {
  id: {
    title: 'lkjip-lint — Periksa Laporan Kinerja',
    intro: 'Pilih atau seret berkas LKjIP ke sini. Berkas diperiksa di server ini lalu langsung dihapus; tidak ada yang disimpan.',
    switchTo: 'English',
    switchLabel: 'Switch the page to English',
    drop: 'Seret berkas ke sini, atau',
    choose: 'pilih berkas',
    accepted: 'Diterima: {0}; satu berkas paling besar sesuai batas server.',
    preset: 'Aturan',
    presetRecommended: 'Bawaan (recommended)',
    presetStrict: 'Ketat (strict): sebagian besar peringatan menjadi galat',
    keyLabel: 'Kunci API',
    keyHint: 'Server ini meminta kunci API.',
    keySave: 'Pakai kunci',
    files: 'Berkas',
    queued: 'Menunggu giliran',
    uploading: 'Mengunggah {0}%',
    checking: 'Memeriksa…',
    done: 'Selesai',
    failed: 'Gagal',
    downloads: 'Unduh laporan',
    formatName: { json: 'JSON', sarif: 'SARIF', html: 'HTML', markdown: 'Markdown', junit: 'JUnit XML', stylish: 'Teks', xlsx: 'Excel (XLSX)', docx: 'Word (DOCX)' } as Record<string, string>,
    filters: 'Saring temuan',
    bySeverity: 'Tingkat',
    byCategory: 'Kategori',
    shown: '{0} dari {1} temuan ditampilkan',
    network: 'tidak dapat menghubungi server',
    noJs: 'Halaman ini memerlukan JavaScript. Tanpa JavaScript, gunakan baris perintah: npx lkjip-lint laporan.pdf',
    footer: 'lkjip-lint {0}. Hasil pemeriksaan otomatis: bahan bagi pereviu, bukan pengganti penilaian pereviu. API: /api/openapi.json',
    relint: 'Bahasa diganti: berkas diperiksa ulang dalam bahasa baru.',
  },
  en: {
    title: 'lkjip-lint — Check a Performance Report',
    intro: 'Choose or drop LKjIP files here. They are checked on this server and deleted right away; nothing is kept.',
    switchTo: 'Bahasa Indonesia',
    switchLabel: 'Ganti halaman ke Bahasa Indonesia',
    drop: 'Drop files here, or',
    choose: 'choose files',
    accepted: 'Accepted: {0}; one file at most as large as the server allows.',
    preset: 'Rules',
    presetRecommended: 'Default (recommended)',
    presetStrict: 'Strict: most warnings become errors',
    keyLabel: 'API key',
    keyHint: 'This server asks for an API key.',
    keySave: 'Use key',
    files: 'Files',
    queued: 'Waiting',
    uploading: 'Uploading {0}%',
    checking: 'Checking…',
    done: 'Done',
    failed: 'Failed',
    downloads: 'Download the report',
    formatName: { json: 'JSON', sarif: 'SARIF', html: 'HTML', markdown: 'Markdown', junit: 'JUnit XML', stylish: 'Text', xlsx: 'Excel (XLSX)', docx: 'Word (DOCX)' } as Record<string, string>,
    filters: 'Filter findings',
    bySeverity: 'Severity',
    byCategory: 'Category',
    shown: '{0} of {1} findings shown',
    network: 'cannot reach the server',
    noJs: 'This page needs JavaScript. Without it, use the command line: npx lkjip-lint report.pdf',
    footer: 'lkjip-lint {0}. Automated results: material for the reviewer, not a substitute for the reviewer’s judgement. API: /api/openapi.json',
    relint: 'Language changed: the files are checked again in the new language.',
  },
};

export type PageWords = (typeof PAGE_WORDS)['id'];

export function fill(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
