// Every line the CLI itself prints, in Indonesian and English. Findings carry their own messages.
import type { Lang } from '../engine/types.js';

export const CLI_MESSAGES = {
  usage: {
    id: `Pemakaian: lkjip-lint [berkas|folder …] [opsi]
       lkjip-lint extract <berkas> [-o laporan.yaml]
       lkjip-lint explain <id-aturan>      lkjip-lint --list-rules
       lkjip-lint serve [--port 8080]      (halaman web dan API HTTP; lkjip-lint serve --help)

Membaca LKjIP (PDF, Word .docx, Markdown, teks, JSON, YAML) dan memeriksa aritmetika, capaian, predikat,
konsistensi antardokumen, narasi, periode, kelengkapan, struktur dan rujukan.

Opsi:
  --format <bentuk>       stylish (bawaan), json, sarif, html, markdown, junit, xlsx (Kertas
                          Kerja Reviu), docx (draf Laporan Hasil Reviu); boleh berulang,
                          masing-masing dengan -o <berkas>
  -o, --output <berkas>   tulis keluaran ke berkas (ditulis utuh atau tidak sama sekali)
  --lang id|en            bahasa pesan (bawaan: id)
  --max-warnings <N>      keluar dengan kode 1 bila peringatan lebih dari N
  -c, --config <berkas>   konfigurasi (bawaan: lkjip-lint.config.json bila ada)
  --print-config          tampilkan konfigurasi yang berlaku
  --baseline write|check  catat temuan sekarang / gagal hanya pada temuan baru
  --baseline-file <b>     berkas baseline (bawaan: lkjip-lint.baseline.json)
  --checklist             tampilkan Checklist Reviu (PermenPAN-RB 53/2014)
  -j, --jobs <N>          jumlah berkas yang diperiksa bersamaan (bawaan: jumlah CPU)
  --cache                 lewati berkas yang tidak berubah (.lkjip-lint-cache/)
  --follow-symlinks       ikuti tautan simbolik di folder yang menuju ke luar folder itu
  --list-rules            daftar aturan
  --explain-extraction    tampilkan apa yang dibaca dari PDF/Markdown/teks dan apa yang tidak
  --max-pages <N>         batas halaman PDF yang dibaca (bawaan 1000)
  --max-file-size <MB>    batas ukuran berkas (bawaan 50)
  --pdf-reader <R>        pembaca PDF: auto (bawaan: mutool bila terpasang, jika tidak pdf.js),
                          mutool, atau pdfjs
  --ocr                   baca halaman PDF hasil pindai (tanpa lapisan teks) dengan OCR
                          (Tesseract); temuan dari teks OCR paling tinggi peringatan
  --year <tahun>          tahun laporan, bila dokumen tidak menyebutnya (atau salah): dipakai
                          untuk semua pemeriksaan; bila dokumen menyebut tahun lain, satu
                          peringatan mengatakannya
  --berkas                setiap folder adalah berkas satu OPD: LKjIP dan PK, PK Perubahan,
                          Renstra, RKT, IKU sebagai berkas terpisah, dikenali dari isinya dan
                          diperiksa bersama; folder berisi subfolder: satu hasil per subfolder
  --previous <berkas>     LKjIP tahun lalu: realisasi tahun lalu, target Renstra dan indikator
                          dibandingkan dengannya
  --timeout <detik>       batas waktu per berkas (bawaan 120; 0 = tanpa batas): PDF dibaca
                          paling lama sekian, dan berkas apa pun yang belum selesai diperiksa
                          dalam 2 × batas ini dihentikan dan dicatat gagal
  --debug                 tampilkan jejak galat lengkap
  -h, --help              bantuan ini
  -v, --version           versi

Kode keluar: 0 tidak ada galat, 1 ada temuan tingkat galat (atau peringatan melebihi --max-warnings,
atau berkas yang tidak diperiksa karena selain sampulnya tidak ada yang dikenali), 2 masukan atau pemakaian tidak valid, 130/143 dihentikan (Ctrl-C/SIGTERM).`,
    en: `Usage: lkjip-lint [files|dirs …] [options]
       lkjip-lint extract <file> [-o report.yaml]
       lkjip-lint explain <rule-id>        lkjip-lint --list-rules
       lkjip-lint serve [--port 8080]      (web page and HTTP API; lkjip-lint serve --help)

Reads an LKjIP (PDF, Word .docx, Markdown, text, JSON, YAML) and checks arithmetic, capaian, ratings,
cross-document consistency, narrative, periods, completeness, structure and references.

Options:
  --format <format>       stylish (default), json, sarif, html, markdown, junit, xlsx (review
                          working paper), docx (draft review report); may repeat, each with
                          its -o <file>
  -o, --output <file>     write the output to a file (written whole or not at all)
  --lang id|en            message language (default: id)
  --max-warnings <N>      exit 1 when there are more than N warnings
  -c, --config <file>     configuration (default: lkjip-lint.config.json when present)
  --print-config          print the configuration in force
  --baseline write|check  record today's findings / fail only on new findings
  --baseline-file <f>     baseline file (default: lkjip-lint.baseline.json)
  --checklist             print the Checklist Reviu (PermenPAN-RB 53/2014)
  -j, --jobs <N>          files checked at once (default: the CPU count)
  --cache                 skip files that did not change (.lkjip-lint-cache/)
  --follow-symlinks       follow symbolic links in a folder that lead outside it
  --list-rules            list the rules
  --explain-extraction    show what was read from a PDF/Markdown/text file and what was not
  --max-pages <N>         most PDF pages to read (default 1000)
  --max-file-size <MB>    largest file to read (default 50)
  --pdf-reader <R>        PDF library: auto (default: mutool when installed, else pdf.js),
                          mutool, or pdfjs
  --ocr                   read scanned PDF pages (no text layer) by OCR (Tesseract); findings
                          resting on OCR'd text are warnings at most
  --year <year>           the reporting year, when the document does not name it (or names it
                          wrongly): used for every check; when the document names another
                          year, one warning says so
  --berkas                each folder is one OPD's berkas: the LKjIP and its PK, PK Perubahan,
                          Renstra, RKT, IKU as separate files, recognised by their content and
                          linted together; a folder of subfolders: one result per subfolder
  --previous <file>       last year's LKjIP: last year's realisasi, the Renstra targets and the
                          indicators are compared with it
  --timeout <seconds>     time limit per file (default 120; 0 = none): a PDF is read for at
                          most this long, and any file not done within 2 × this limit is
                          stopped and reported as failed
  --debug                 show full error traces
  -h, --help              this help
  -v, --version           version

Exit codes: 0 no error-level finding, 1 error-level findings (or warnings above --max-warnings, or
a file not checked because nothing beyond its cover was recognised), 2 invalid input or usage, 130/143 interrupted (Ctrl-C/SIGTERM).`,
  },
  berkasNotFolder: { id: '--berkas memerlukan folder, bukan berkas', en: '--berkas takes folders, not files' },
  noBerkasInDir: { id: 'tidak ada berkas laporan di folder ini maupun di subfoldernya (satu subfolder per OPD)', en: 'no report files in this folder or its subfolders (one subfolder per OPD)' },
  noFiles: { id: 'tidak ada berkas untuk diperiksa', en: 'no files to lint' },
  noReportsInDir: { id: 'tidak ada laporan di dalam folder ini (dicari: .pdf .docx .md .txt .json .yaml .yml)', en: 'no reports in this folder (looked for .pdf .docx .md .txt .json .yaml .yml)' },
  fileTimeout: { id: 'dihentikan: belum selesai dalam batas waktu {0} detik (2 × --timeout); naikkan --timeout', en: 'stopped: not done within the time limit of {0} s (2 × --timeout); raise --timeout' },
  workerDied: { id: 'galat internal saat memeriksa berkas ini: {0} (jalankan ulang dengan --debug untuk jejaknya)', en: 'internal error while checking this file: {0} (run again with --debug for the trace)' },
  workerExited: { id: 'galat internal: proses pemeriksa berhenti ({0}) saat memeriksa berkas ini', en: 'internal error: the checking process stopped ({0}) while checking this file' },
  outOfMemory: { id: 'kehabisan memori (batas {0} MB per berkas)', en: 'out of memory (limit {0} MB per file)' },
  interrupted: { id: 'dihentikan ({0}); tidak ada keluaran yang tertinggal setengah jadi', en: 'stopped ({0}); no output was left half-written' },
  notFound: { id: 'berkas tidak ditemukan', en: 'file not found' },
  unknownOption: { id: 'opsi tidak dikenal: {0}', en: 'unknown option: {0}' },
  badFormat: { id: 'format keluaran tidak dikenal: {0} (pilihan: {1})', en: 'unknown output format: {0} (choose from: {1})' },
  binaryToTerminal: { id: '--format {0} menghasilkan berkas biner: tulis dengan -o <berkas>.{0} (atau alirkan ke program lain)', en: '--format {0} writes a binary file: write it with -o <file>.{0} (or pipe it to another program)' },
  formatsOutputs: { id: 'setiap --format memerlukan -o <berkas>, kecuali satu yang ditulis ke layar', en: 'each --format needs its -o <file>, except one written to standard output' },
  badPdfReader: { id: '--pdf-reader memerlukan auto, mutool atau pdfjs, bukan "{0}"', en: '--pdf-reader takes auto, mutool or pdfjs, not "{0}"' },
  badBaseline: { id: '--baseline memerlukan write atau check, bukan "{0}"', en: '--baseline takes write or check, not "{0}"' },
  baselineWritten: { id: 'baseline ditulis ke {0} ({1} temuan)', en: 'baseline written to {0} ({1} findings)' },
  suppressed: { id: 'temuan yang disembunyikan: {0} oleh komentar, {1} oleh berkas supresi, {2} oleh baseline', en: 'findings hidden: {0} by comments, {1} by the suppressions file, {2} by the baseline' },
  staleSuppression: { id: 'supresi usang (tidak cocok dengan temuan mana pun): {0} ({1}, {2})', en: 'stale suppression (matches no finding): {0} ({1}, {2})' },
  staleBaseline: { id: 'entri baseline usang (temuan sudah tidak ada): {0}: {1}: {2}', en: 'stale baseline entry (finding is gone): {0}: {1}: {2}' },
  badLang: { id: 'bahasa tidak dikenal: {0} (pilihan: id, en)', en: 'unknown language: {0} (choose from: id, en)' },
  badYear: { id: '--year memerlukan tahun 1990–2100, bukan "{0}"', en: '--year takes a year from 1990 to 2100, not "{0}"' },
  badNumber: { id: '{0} memerlukan bilangan bulat ≥ 0, bukan "{1}"', en: '{0} needs a whole number ≥ 0, not "{1}"' },
  unknownRule: { id: 'aturan tidak dikenal: "{0}" (lihat --list-rules)', en: 'unknown rule: "{0}" (see --list-rules)' },
  extractNeedsOneFile: { id: 'extract memerlukan tepat satu berkas', en: 'extract needs exactly one file' },
  extractNoPrevious: { id: 'extract membaca satu laporan; --previous hanya untuk pemeriksaan (bacalah laporan tahun lalu dengan extract tersendiri)', en: 'extract reads one report; --previous is for linting only (extract last year\'s report on its own)' },
  failedFiles: { id: 'berkas gagal dibaca', en: 'files that could not be read' },
  written: { id: 'ditulis: {0}', en: 'written: {0}' },
  internal: { id: 'galat internal: {0} (jalankan ulang dengan --debug untuk jejaknya)', en: 'internal error: {0} (run again with --debug for the trace)' },
  cacheEntryBad: { id: 'catatan: entri cache berkas ini tidak dipakai ({0}); berkas diperiksa ulang dan entrinya ditulis ulang', en: 'note: the cache entry of this file was not used ({0}); the file was linted again and the entry rewritten' },
  tooManyRows: { id: 'laporan terlalu besar untuk diperiksa: {0} berisi {1} baris (batas {2} baris per bagian)', en: 'report too large to check: {0} has {1} rows (limit {2} rows per part)' },
  symlinkSkipped: { id: 'tautan simbolik ke luar folder tidak diikuti: {0} -> {1} (ikuti dengan --follow-symlinks)', en: 'symbolic link leaving the folder not followed: {0} -> {1} (follow with --follow-symlinks)' },
  outputIsInput: { id: 'berkas ini juga masukan; tidak ditimpa dengan keluaran', en: 'this file is also an input; it is not overwritten with the output' },
  outputTwice: { id: 'berkas ini diberikan lebih dari sekali sebagai keluaran', en: 'this file is given more than once as an output' },
  outputIsDirectory: { id: 'ini folder, bukan berkas; keluaran tidak ditulis', en: 'is a directory; the output was not written' },
  outputNoFolder: { id: 'folder tujuan tidak ada; keluaran tidak ditulis', en: 'the folder does not exist; the output was not written' },
  outputReadOnly: { id: 'berkas hanya-baca; tidak ditimpa', en: 'the file is read-only; it is not overwritten' },
  outputDenied: { id: 'tidak dapat ditulis: izin ditolak', en: 'cannot be written: permission denied' },
  outputNotAFile: { id: 'bukan berkas biasa (perangkat blok atau soket); keluaran tidak ditulis', en: 'not a regular file (a block device or a socket); the output was not written' },
  mutoolUnknown: { id: 'mutool {0} ({1}) adalah versi yang belum dikenal (diuji dengan MuPDF 1.21); PDF dibaca dengan pdf.js', en: 'mutool {0} ({1}) is a version this reader does not know (tested with MuPDF 1.21); PDFs are read with pdf.js' },
  outputFailed: { id: 'tidak dapat ditulis ({0})', en: 'cannot be written ({0})' },
} satisfies Record<string, Record<Lang, string>>;

export type CliMessageId = keyof typeof CLI_MESSAGES;

export function t(id: CliMessageId, lang: Lang, ...args: (string | number)[]): string {
  return CLI_MESSAGES[id][lang].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

/** A message in both languages, for an InputError or a failed result. */
export function both(id: CliMessageId, ...args: (string | number)[]): { id: string; en: string } {
  return { id: t(id, 'id', ...args), en: t(id, 'en', ...args) };
}
