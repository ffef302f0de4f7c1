// What `lkjip-lint serve` says: its usage, start-up lines and the API's error messages, in
// Indonesian and English. Findings carry their own messages.
import type { Lang } from '../engine/types.js';

export const SERVE_MESSAGES = {
  usage: {
    id: `Pemakaian: lkjip-lint serve [opsi]

Menjalankan halaman web lokal dan API HTTP lkjip-lint (POST /api/v1/lint, GET /api/v1/rules,
GET /healthz, OpenAPI di /api/openapi.json). Tanpa status: setiap permintaan berdiri sendiri.

Opsi:
  --host <alamat>         alamat yang didengarkan (bawaan 127.0.0.1)
  --port <N>              port (bawaan 8080; 0 = pilih port bebas)
  -j, --jobs <N>          pemeriksaan bersamaan, masing-masing di thread sendiri (bawaan: jumlah CPU)
  --queue <N>             permintaan yang boleh menunggu thread bebas (bawaan 2 × --jobs);
                          di luar itu jawaban 503 dengan Retry-After
  --max-file-size <MB>    ukuran unggahan terbesar (bawaan 50)
  --max-pages <N>         batas halaman PDF yang dibaca (bawaan 1000)
  --timeout <detik>       batas waktu pemeriksaan satu permintaan (bawaan 60); PDF dibaca paling
                          lama separuhnya
  --upload-timeout <d>    batas waktu menerima satu unggahan (bawaan 60)
  --pdf-reader <R>        pembaca PDF: auto (bawaan), mutool, atau pdfjs
  --api-key-file <b>      wajibkan kunci API (satu per baris, atau sha256:<hex>) untuk /api/v1/*
  --trust-proxy <a>       alamat proksi balik yang dipercaya untuk X-Forwarded-For (mis. 127.0.0.1)
  --quiet                 tanpa log akses (baris JSON di stdout)
  --lang id|en            bahasa pesan di terminal (bawaan: id)
  -h, --help              bantuan ini`,
    en: `Usage: lkjip-lint serve [options]

Runs lkjip-lint's local web page and HTTP API (POST /api/v1/lint, GET /api/v1/rules,
GET /healthz, OpenAPI at /api/openapi.json). Stateless: every request stands alone.

Options:
  --host <address>        address to listen on (default 127.0.0.1)
  --port <N>              port (default 8080; 0 = any free port)
  -j, --jobs <N>          lints at once, each in its own thread (default: the CPU count)
  --queue <N>             requests that may wait for a free thread (default 2 × --jobs);
                          beyond that the answer is 503 with Retry-After
  --max-file-size <MB>    largest upload (default 50)
  --max-pages <N>         most PDF pages to read (default 1000)
  --timeout <seconds>     time limit for linting one request (default 60); a PDF is read for at
                          most half of it
  --upload-timeout <s>    time limit for receiving one upload (default 60)
  --pdf-reader <R>        PDF library: auto (default), mutool, or pdfjs
  --api-key-file <file>   require an API key (one per line, or sha256:<hex>) for /api/v1/*
  --trust-proxy <addr>    reverse proxy addresses trusted for X-Forwarded-For (e.g. 127.0.0.1)
  --quiet                 no access log (JSON lines on stdout)
  --lang id|en            language of the terminal messages (default: id)
  -h, --help              this help`,
  },
  listening: { id: 'siap di {0} (tekan Ctrl-C untuk berhenti)', en: 'listening on {0} (press Ctrl-C to stop)' },
  stopping: { id: 'berhenti ({0}): menyelesaikan permintaan yang sedang berjalan', en: 'stopping ({0}): finishing the requests in progress' },
  cannotListen: { id: 'tidak dapat mendengarkan {0}: {1}', en: 'cannot listen on {0}: {1}' },
  badOption: { id: 'opsi tidak dikenal untuk serve: {0}', en: 'unknown option for serve: {0}' },
  badNumber: { id: '{0} memerlukan bilangan bulat ≥ {2}, bukan "{1}"', en: '{0} needs a whole number ≥ {2}, not "{1}"' },
  badPdfReader: { id: '--pdf-reader memerlukan auto, mutool atau pdfjs, bukan "{0}"', en: '--pdf-reader takes auto, mutool or pdfjs, not "{0}"' },
  keyFile: { id: 'berkas kunci API {0}: {1}', en: 'API key file {0}: {1}' },
  keyFileEmpty: { id: 'tidak berisi kunci', en: 'holds no key' },
  keyFileShort: { id: 'baris {0}: kunci kurang dari 16 karakter', en: 'line {0}: a key shorter than 16 characters' },

  // API errors (the JSON body's "message"; "code" is the stable part)
  notFound: { id: 'tidak ada di sini: {0}', en: 'nothing here: {0}' },
  unauthorized: { id: 'kunci API diperlukan (Authorization: Bearer <kunci> atau X-API-Key)', en: 'an API key is required (Authorization: Bearer <key> or X-API-Key)' },
  badKey: { id: 'kunci API tidak dikenal', en: 'unknown API key' },
  busy: { id: 'server sedang penuh ({0} pemeriksaan berjalan dan {1} menunggu); coba lagi dalam {2} detik', en: 'the server is full ({0} lints running and {1} waiting); try again in {2} s' },
  unknownOption: { id: 'opsi tidak dikenal: {0} (pilihan: {1})', en: 'unknown option: {0} (choose from: {1})' },
  badValue: { id: '{0} tidak boleh "{1}" (pilihan: {2})', en: '{0} cannot be "{1}" (choose from: {2})' },
  repeatedOption: { id: 'opsi {0} diberikan lebih dari sekali', en: 'option {0} is given more than once' },
  emptyBody: { id: 'permintaan tanpa berkas: kirim satu berkas (multipart, kolom "file") atau isi berkas dengan Content-Type-nya', en: 'no file in the request: send one file (multipart, field "file") or the file as the body with its Content-Type' },
  emptyFile: { id: 'berkas kosong (0 bita)', en: 'empty file (0 bytes)' },
  twoFiles: { id: 'satu berkas per permintaan; kirim berkas lain dalam permintaan lain', en: 'one file per request; send other files in other requests' },
  badField: { id: 'kolom formulir tidak dikenal: {0} (pilihan: file, previous, {1})', en: 'unknown form field: {0} (choose from: file, previous, {1})' },
  tooManyFiles: { id: 'berkas OPD paling banyak {0} berkas', en: "an OPD's berkas holds at most {0} files" },
  twoPrevious: { id: 'satu LKjIP tahun lalu (kolom "previous") per permintaan', en: 'one last year\'s LKjIP (field "previous") per request' },
  tooLarge: { id: 'berkas terlalu besar (batas {0} MB)', en: 'file too large (limit {0} MB)' },
  unsupportedType: { id: 'jenis berkas tidak didukung: {0} (yang diterima: {1})', en: 'unsupported file type: {0} (accepted: {1})' },
  badMultipart: { id: 'formulir multipart rusak atau terpotong: {0}', en: 'the multipart form is damaged or cut short: {0}' },
  uploadTimeout: { id: 'unggahan tidak selesai dalam {0} detik', en: 'the upload did not finish within {0} s' },
  headersTooLarge: { id: 'header permintaan terlalu besar', en: 'the request headers are too large' },
  badRequest: { id: 'permintaan HTTP tidak sah', en: 'malformed HTTP request' },
  lintTimeout: { id: 'pemeriksaan dihentikan: belum selesai dalam {0} detik', en: 'lint stopped: not done within {0} s' },
  internal: { id: 'galat internal: {0}', en: 'internal error: {0}' },
} satisfies Record<string, Record<Lang, string>>;

export type ServeMessageId = keyof typeof SERVE_MESSAGES;

export function st(id: ServeMessageId, lang: Lang, ...args: (string | number)[]): string {
  return SERVE_MESSAGES[id][lang].replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}
