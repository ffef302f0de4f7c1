// Bad-input fixtures for test/bad-input.test.ts.
//
//   node scripts/make-bad-fixtures.mjs            writes the small ones into fixtures/bad/ (committed)
//
// The big ones (a 100 MB file, a PDF of thousands of pages, Semboro re-encoded) are never
// committed: the test makes them in a temporary folder with the functions exported here.
// Everything is deterministic (no dates, no randomness): re-running gives the same bytes.
//
// fixtures/bad/            what it is                                        what lkjip-lint must say
//   empty.pdf              0 bytes                                           berkas kosong
//   junk.pdf               4 KB of pseudo-random bytes named .pdf            bukan PDF (no %PDF- marker)
//   truncated.pdf          the first half of fixtures/semboro-2021.pdf       PDF terpotong (no %%EOF)
//   damaged.pdf            %PDF- header, junk, %%EOF                         PDF rusak: struktur tidak valid
//   zero-pages.pdf         a valid PDF whose page tree is empty              PDF tanpa halaman
//   cve-2024-4367.pdf      JavaScript in a Type1 font's /FontMatrix          read as data, nothing evaluated
//   array.json             a JSON array                                      bukan laporan lkjip-lint
//   package.json           an npm manifest                                   bukan laporan lkjip-lint
//   schema-violation.json  meta.tahun is a string                           laporan tidak sesuai skema
//   alias-bomb.yaml        "billion laughs" (10^9 strings by aliases)        YAML ditolak
//   deep.json              [[[… 100 000 levels …]]]                          bersarang terlalu dalam
//   README.md              a project README                                  bukan LKjIP (one report term only)
//   bab-satu.txt           the first page of a novel                         bukan LKjIP
//   laporan.docx           a zip cut after its first entry (no directory)    berkas Word rusak atau terpotong
//   laporan.docm           a Word document with macros (vbaProject.bin)      dokumen Word bermakro ditolak
//   tanpa-isi.docx         a zip with the package parts but no document.xml  bukan dokumen Word
//   bom-zip.docx           an entry declaring 4 GiB uncompressed             zip bomb ditolak sebelum diekstrak
//   sandi.docx             an OLE compound file holding "EncryptedPackage"   dokumen dilindungi kata sandi
//                          (the shape of a Word file saved with a password; not a real encryption)
//   no-reports/            a folder with only a spreadsheet (.xlsx)          folder tanpa laporan
//   unknown-rule/          lkjip-lint.config.json with rules {"x/y": "off"}  konfigurasi tidak valid
import { mkdirSync, readFileSync, writeFileSync, truncateSync, rmSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// ---------------------------------------------------------------------------------------------
// A minimal PDF writer: objects in order (object n is objects[n - 1]), a classic xref table.

/** @param {(string | Buffer)[]} objects  bodies of objects 1…n; object 1 is the catalog. */
export function buildPdf(objects) {
  const parts = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0].length;
  const offsets = [];
  objects.forEach((body, i) => {
    const obj = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    offsets.push(offset);
    parts.push(obj);
    offset += obj.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

function stream(content, dict = '') {
  const bytes = Buffer.from(content, 'latin1');
  return Buffer.concat([Buffer.from(`<< /Length ${bytes.length}${dict ? ` ${dict}` : ''} >>\nstream\n`, 'latin1'), bytes, Buffer.from('\nendstream', 'latin1')]);
}

const pdfString = (s) => `(${s.replace(/[\\()]/g, (c) => `\\${c}`)})`;

/** Lines of text per page → a PDF with Helvetica text (A4, 11 pt, one line every 14 pt). */
export function textPdf(pages) {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'];
  const kids = [];
  for (const lines of pages) {
    const content = lines.map((l, k) => `BT /F1 11 Tf 72 ${770 - 14 * k} Td ${pdfString(l)} Tj ET`).join('\n');
    objects.push(stream(content));
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length} 0 R >>`);
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Count ${kids.length} /Kids [${kids.join(' ')}] >>`;
  return buildPdf(objects);
}

/**
 * A PDF of `count` pages: an LKjIP cover (so the reader has a reporting year) and then one short
 * line of attachment text per page. For the page limit and the time limit.
 */
export function manyPagesPdf(count) {
  const pages = [['LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)', 'TAHUN 2021', 'KECAMATAN CONTOH', 'KABUPATEN JEMBER']];
  for (let p = 2; p <= count; p++) pages.push([`Lampiran ${p - 1}: daftar hadir kegiatan nomor ${p - 1}`]);
  return textPdf(pages);
}

/**
 * The shape of CVE-2024-4367 (pdf.js ≤ 4.1.392 with isEvalSupported true pasted a font's
 * /FontMatrix into generated glyph-drawing code): a Type1 font whose FontMatrix holds a string
 * that closes the generated call and runs its own statement, an embedded font program, and text in
 * that font filled with a pattern (which makes a viewer draw glyphs as paths). If anything in it
 * were evaluated, `globalThis.__lkjipPwned` would be set.
 */
export function fontMatrixExploitPdf() {
  const payload = '1\\); globalThis.__lkjipPwned = 1; //';
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Count 1 /Kids [3 0 R] >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /Pattern << /P1 8 0 R >> >> >>',
    stream('/Pattern cs /P1 scn\nBT /F1 48 Tf 72 700 Td (AbCdEf) Tj ET\nBT /F1 11 Tf 72 600 Td (LAPORAN KINERJA TAHUN 2021) Tj ET'),
    `<< /Type /Font /Subtype /Type1 /BaseFont /LKJIPTEST+Exploit /FirstChar 65 /LastChar 102 /Widths [${Array(38).fill(500).join(' ')}] /Encoding /WinAnsiEncoding /FontMatrix [1 0 0 1 0 (${payload})] /FontDescriptor 6 0 R >>`,
    '<< /Type /FontDescriptor /FontName /LKJIPTEST+Exploit /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile3 7 0 R >>',
    // A CFF program that is not one: the font loader falls back, the matrix is what matters.
    stream('\x01\x00\x04\x01\x00\x01\x01\x01', '/Subtype /Type1C'),
    '<< /PatternType 2 /Shading << /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 500 0] /Function << /FunctionType 2 /Domain [0 1] /C0 [0 0 1] /C1 [1 0 0] /N 1 >> >> >>',
  ]);
}

/** Cheap deterministic bytes (xorshift): "binary junk" that is the same on every run. */
export function junkBytes(n, seed = 0x9e3779b9) {
  const out = Buffer.alloc(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/** A file of `mb` MiB that takes no disk (sparse; zeros): for the size limit. */
export function writeBigFile(path, mb) {
  writeFileSync(path, '');
  truncateSync(path, mb * 1024 * 1024);
}

/** 100 000 nested JSON arrays (and objects): a parser that recurses would overflow the stack. */
export function deepJson(depth = 100_000, kind = 'array') {
  return kind === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** "Billion laughs": nine levels of aliases, each ten times the one before. */
export function yamlAliasBomb() {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i);
    const name = String.fromCharCode(97 + i);
    lines.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** A .docx is a zip: local file header bytes and the [Content_Types].xml entry name. */
export function docxBytes() {
  const name = Buffer.from('[Content_Types].xml', 'latin1');
  const body = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><Types/>', 'latin1');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt32LE(body.length, 18);
  header.writeUInt32LE(body.length, 22);
  header.writeUInt16LE(name.length, 26);
  return Buffer.concat([header, name, body]);
}

/**
 * A zip archive (deflated entries, classic headers). `declared` overrides an entry's uncompressed
 * size in both headers: a lie, as a zip bomb tells it.
 * @param {{ name: string, data: string | Buffer, declared?: number }[]} entries
 */
export function zipBytes(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const data = Buffer.from(e.data);
    const packed = deflateRawSync(data);
    const name = Buffer.from(e.name, 'utf8');
    const size = e.declared ?? data.length;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
const documentXml = (text) => `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`;
const contentTypes = (main) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${main}"/></Types>`;

/** A Word document with macros: the macro-enabled main part and a VBA project. */
export function docmBytes() {
  return zipBytes([
    { name: '[Content_Types].xml', data: contentTypes('application/vnd.ms-word.document.macroEnabled.main+xml') },
    { name: '_rels/.rels', data: RELS },
    { name: 'word/document.xml', data: documentXml('LAPORAN KINERJA TAHUN 2021') },
    { name: 'word/vbaProject.bin', data: Buffer.alloc(512, 1) },
  ]);
}

/** The package parts of a Word document without the document. */
export function noDocumentBytes() {
  return zipBytes([
    { name: '[Content_Types].xml', data: contentTypes('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml') },
    { name: '_rels/.rels', data: RELS },
  ]);
}

/** A Word document whose one part claims 4 GiB when inflated (the zip format's largest size). */
export function zipBombBytes() {
  return zipBytes([
    { name: '[Content_Types].xml', data: contentTypes('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml') },
    { name: '_rels/.rels', data: RELS },
    { name: 'word/document.xml', data: documentXml('x'.repeat(1000)), declared: 0xffffffff },
  ]);
}

/**
 * What Word writes for a document saved with a password: an OLE compound file (not a zip) whose
 * directory names the streams "EncryptionInfo" and "EncryptedPackage". Only the header and the
 * directory entries' names are here: enough to be recognised, nothing to decrypt.
 */
export function encryptedOfficeBytes() {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24);
  header.writeUInt16LE(3, 26);
  header.writeUInt16LE(0xfffe, 28);
  header.writeUInt16LE(9, 30);
  header.writeUInt16LE(6, 32);
  header.writeUInt32LE(1, 48);
  const directory = Buffer.alloc(512);
  ['Root Entry', 'EncryptionInfo', 'EncryptedPackage'].forEach((name, i) => {
    const utf16 = Buffer.from(`${name}\0`, 'utf16le');
    utf16.copy(directory, i * 128);
    directory.writeUInt16LE(utf16.length, i * 128 + 64);
    directory[i * 128 + 66] = i === 0 ? 5 : 2;
  });
  return Buffer.concat([header, Buffer.alloc(512), directory]);
}

/** Text in another encoding: Windows-1252 (Word's "plain text" on Windows; characters outside
 *  the code page must have been replaced first, see `as1252`), or UTF-16 LE / BE with a BOM. */
export function encodeText(text, encoding) {
  if (encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  if (encoding === 'utf16be') {
    const le = Buffer.from(text, 'utf16le');
    for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
    return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
  }
  if (encoding === 'windows-1252') return encode1252(text);
  throw new Error(`unknown encoding ${encoding}`);
}

/** The Semboro sample (`semboro-2021.md` or `.txt`) re-encoded; for Windows-1252, with its two
 *  characters outside the code page (✓ ☎) as "?". */
export function semboroAs(ext, encoding) {
  const text = readFileSync(join(root, `fixtures/semboro-2021.${ext}`), 'utf8');
  return encodeText(encoding === 'windows-1252' ? as1252(text) : text, encoding);
}

/** What Windows' "save as plain text" does with a character Windows-1252 lacks: a question mark. */
export function as1252(text) {
  return [...text].map((ch) => (representable(ch) ? ch : '?')).join('');
}

function representable(ch) {
  const c = ch.codePointAt(0);
  return c < 0x80 || (c >= 0xa0 && c <= 0xff) || CP1252_HIGH.includes(ch);
}

const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function encode1252(text) {
  const out = Buffer.alloc(text.length);
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0);
    let b;
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) b = c;
    else {
      const k = CP1252_HIGH.indexOf(ch);
      if (k < 0) throw new Error(`not in Windows-1252: U+${c.toString(16)}`);
      b = 0x80 + k;
    }
    out[n++] = b;
  }
  return out.subarray(0, n);
}

// ---------------------------------------------------------------------------------------------
// The committed fixtures.

const README_TEXT = `# lkjip-lint

Linter audit untuk laporan kinerja instansi pemerintah.

## Pemasangan

Jalankan \`npm ci\`, lalu \`npx lkjip-lint berkas.pdf\`.

## Lisensi

MIT.
`;

const NOVEL_TEXT = `BAB SATU

Hujan turun sejak pagi di kampung itu. Laras berdiri di beranda, memandangi jalan tanah yang
berubah menjadi sungai kecil, dan menunggu bus yang tak kunjung datang.

"Kau akan terlambat lagi," kata ibunya dari dapur, tanpa menoleh.

Laras tidak menjawab. Ia menghitung tetes air yang jatuh dari talang, satu, dua, tiga, sampai
hitungannya hilang di antara suara katak dan deru angin dari arah sawah.
`;

export function makeCommitted(dir = join(root, 'fixtures/bad')) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const put = (name, content) => {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  };
  put('empty.pdf', '');
  put('junk.pdf', junkBytes(4096));
  const semboro = readFileSync(join(root, 'fixtures/semboro-2021.pdf'));
  put('truncated.pdf', semboro.subarray(0, Math.floor(semboro.length / 2)));
  // Whole (it has its header and its %%EOF) but with junk where the objects should be.
  put('damaged.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), junkBytes(3000, 7), Buffer.from('\n%%EOF\n')]));
  put('zero-pages.pdf', buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Count 0 /Kids [] >>']));
  put('cve-2024-4367.pdf', fontMatrixExploitPdf());
  put('array.json', '[{"meta": {"tahun": 2021}}, {"meta": {"tahun": 2022}}]\n');
  put(
    'package.json',
    `${JSON.stringify({ name: 'contoh', version: '1.0.0', type: 'module', scripts: { test: 'vitest run' }, dependencies: { yaml: '2.9.1' } }, null, 2)}\n`,
  );
  put('schema-violation.json', `${JSON.stringify({ meta: { instansi: 'Dinas Contoh', tahun: '2021-an' } }, null, 2)}\n`);
  put('alias-bomb.yaml', yamlAliasBomb());
  put('deep.json', deepJson(100_000, 'array'));
  put('README.md', README_TEXT);
  put('bab-satu.txt', NOVEL_TEXT);
  put('laporan.docx', docxBytes());
  put('laporan.docm', docmBytes());
  put('tanpa-isi.docx', noDocumentBytes());
  put('bom-zip.docx', zipBombBytes());
  put('sandi.docx', encryptedOfficeBytes());
  rmSync(join(dir, 'no-reports/catatan.docx'), { force: true });
  put('no-reports/catatan.xlsx', docxBytes());
  put('unknown-rule/lkjip-lint.config.json', `${JSON.stringify({ rules: { 'x/y': 'off' } }, null, 2)}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) makeCommitted();
