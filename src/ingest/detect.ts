// Input format by content first, extension second: a PDF is a PDF whatever it is called, and a
// Word file is a Word file even when it is called .pdf. Only the first bytes are looked at; what is
// inside a Word file's zip (document.xml, macros) is the DOCX reader's to check.
import { extname } from 'node:path';
import type { InputFormat } from '../model/types.js';

export const EXTENSIONS: Record<string, InputFormat> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  // Read to refuse it with the reason (macros), not skipped in a folder.
  '.docm': 'docx',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
};

/** How many leading bytes `detect` needs (pdf.js accepts a header anywhere in the first 1024). */
export const HEAD_BYTES = 4096;

type Text = { id: string; en: string };
export type Detection = { format: InputFormat } | { error: Text };

/** Documents people export LKjIPs from: say what the file is and how to make it readable. */
const OFFICE: Record<string, string> = {
  '.docx': 'Microsoft Word (.docx)',
  '.doc': 'Microsoft Word (.doc)',
  '.docm': 'Microsoft Word (.docm)',
  '.dotx': 'Microsoft Word (.dotx)',
  '.odt': 'OpenDocument Text (.odt)',
  '.rtf': 'Rich Text Format (.rtf)',
  '.xlsx': 'Microsoft Excel (.xlsx)',
  '.xls': 'Microsoft Excel (.xls)',
  '.ods': 'OpenDocument Spreadsheet (.ods)',
  '.csv': 'CSV (.csv)',
  '.pptx': 'Microsoft PowerPoint (.pptx)',
  '.ppt': 'Microsoft PowerPoint (.ppt)',
  '.odp': 'OpenDocument Presentation (.odp)',
  '.html': 'HTML (.html)',
  '.htm': 'HTML (.htm)',
  '.epub': 'EPUB (.epub)',
  '.xps': 'XPS (.xps)',
  '.zip': 'ZIP (.zip)',
  '.rar': 'RAR (.rar)',
  '.7z': '7-Zip (.7z)',
};

/** Word packages: a zip with these names is read as a Word document whatever its first entries. */
const WORD_ZIPPED = new Set(['.docx', '.docm', '.dotx', '.dotm']);
const ZIPPED = new Set(['.odt', '.xlsx', '.ods', '.pptx', '.odp', '.epub', '.xps', '.zip']);
const OLE = new Set(['.doc', '.xls', '.ppt']);

const IMAGES: Record<string, string> = { '.jpg': 'JPEG', '.jpeg': 'JPEG', '.png': 'PNG', '.gif': 'GIF', '.tif': 'TIFF', '.tiff': 'TIFF', '.bmp': 'BMP', '.webp': 'WebP', '.heic': 'HEIC' };

const unsupportedDocument = (kind: string): Text => ({
  id: `format ${kind} tidak didukung; ekspor ke PDF, Word (.docx) atau Markdown (.md) lalu periksa berkas hasilnya`,
  en: `${kind} is not supported; export it to PDF, Word (.docx) or Markdown (.md) and lint that file`,
});

const unsupportedImage = (kind: string): Text => ({
  id: `gambar ${kind} tidak didukung: lkjip-lint membaca dokumen, bukan gambar; jadikan PDF (hasil pindai dibaca dengan --ocr)`,
  en: `${kind} images are not supported: lkjip-lint reads documents, not images; make it a PDF (scans are read with --ocr)`,
});

export const UNKNOWN_FORMAT: Text = {
  id: 'format tidak dikenal (gunakan .pdf, .docx, .md, .txt, .json, .yaml)',
  en: 'unknown format (use .pdf, .docx, .md, .txt, .json, .yaml)',
};

/** An Office Open XML file saved with a password is an OLE compound file holding an "EncryptedPackage". */
const PASSWORD_OFFICE: Text = {
  id: 'dokumen Office dilindungi kata sandi (terenkripsi); buka di Word dan simpan ulang tanpa kata sandi',
  en: 'the Office document is password-protected (encrypted); open it in Word and save it again without a password',
};
const OOXML = new Set([...WORD_ZIPPED, '.xlsx', '.xlsm', '.pptx']);
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le').toString('latin1');

function startsWith(head: Uint8Array, ...bytes: number[]): boolean {
  return bytes.every((b, i) => head[i] === b);
}

/** What a non-text file is by its magic bytes, for the message. */
function sniffBinary(head: Uint8Array, latin: string, ext: string): Detection | undefined {
  const refuse = (error: Text | undefined) => (error ? { error } : undefined);
  if (startsWith(head, 0x50, 0x4b, 0x03, 0x04)) {
    if (WORD_ZIPPED.has(ext) || latin.includes('word/')) return { format: 'docx' };
    const other = sniffZip(latin, ext);
    return other ? { error: other } : { format: 'docx' };
  }
  if (startsWith(head, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    if (OOXML.has(ext) || latin.includes(ENCRYPTED_PACKAGE)) return { error: PASSWORD_OFFICE };
    return { error: unsupportedDocument(OLE.has(ext) ? OFFICE[ext] : 'Microsoft Office 97–2003 (.doc/.xls/.ppt)') };
  }
  return refuse(sniffOther(head, latin));
}

/** What a zip that is not a Word document is, for the message. */
function sniffZip(latin: string, ext: string): Text | undefined {
  if (ZIPPED.has(ext)) return unsupportedDocument(OFFICE[ext]);
  if (latin.includes('xl/')) return unsupportedDocument(OFFICE['.xlsx']);
  if (latin.includes('ppt/')) return unsupportedDocument(OFFICE['.pptx']);
  if (latin.includes('application/vnd.oasis.opendocument.text')) return unsupportedDocument(OFFICE['.odt']);
  if (latin.includes('application/vnd.oasis.opendocument.spreadsheet')) return unsupportedDocument(OFFICE['.ods']);
  if (latin.includes('application/epub+zip')) return unsupportedDocument(OFFICE['.epub']);
  // [Content_Types].xml first: an Office Open XML file whose parts come later: the DOCX reader
  // says what it is if it is not a Word document.
  if (latin.includes('[Content_Types].xml')) return undefined;
  return unsupportedDocument(OFFICE['.zip']);
}

function sniffOther(head: Uint8Array, latin: string): Text | undefined {
  if (latin.startsWith('{\\rtf')) return unsupportedDocument(OFFICE['.rtf']);
  if (startsWith(head, 0x52, 0x61, 0x72, 0x21, 0x1a, 0x07)) return unsupportedDocument(OFFICE['.rar']);
  if (startsWith(head, 0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c)) return unsupportedDocument(OFFICE['.7z']);
  if (startsWith(head, 0xff, 0xd8, 0xff)) return unsupportedImage('JPEG');
  if (startsWith(head, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return unsupportedImage('PNG');
  if (latin.startsWith('GIF87a') || latin.startsWith('GIF89a')) return unsupportedImage('GIF');
  if (latin.startsWith('II*\0') || latin.startsWith('MM\0*')) return unsupportedImage('TIFF');
  if (latin.startsWith('RIFF') && latin.slice(8, 12) === 'WEBP') return unsupportedImage('WebP');
  return undefined;
}

/** The format of a file from its name and first bytes (`HEAD_BYTES` are enough), or why it has none. */
export function detect(file: string, head: Uint8Array): Detection {
  const latin = Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, HEAD_BYTES)).toString('latin1');
  if (latin.slice(0, 1024).includes('%PDF-')) return { format: 'pdf' };
  const ext = extname(file).toLowerCase();
  const binary = sniffBinary(head, latin, ext);
  if (binary) return binary;
  const byExt = EXTENSIONS[ext];
  if (byExt === 'pdf')
    return {
      error: {
        id: 'bukan PDF: nama berkas berakhiran .pdf, tetapi isinya tidak diawali tanda %PDF- (berkas rusak atau format lain)',
        en: 'not a PDF: the file name ends in .pdf, but the content does not start with the %PDF- marker (a damaged file or another format)',
      },
    };
  if (byExt) return { format: byExt };
  if (OFFICE[ext]) return { error: unsupportedDocument(OFFICE[ext]) };
  if (IMAGES[ext]) return { error: unsupportedImage(IMAGES[ext]) };
  const text = latin.replace(/^(\xef\xbb\xbf|\ufeff)/, '').trimStart();
  if (text.startsWith('{')) return { format: 'json' };
  if (/^(lkjipLint|meta):/m.test(text)) return { format: 'yaml' };
  return { error: UNKNOWN_FORMAT };
}

/** The format, or undefined when `detect` would refuse the file. */
export function detectFormat(file: string, bytes: Uint8Array): InputFormat | undefined {
  const d = detect(file, bytes.subarray(0, HEAD_BYTES));
  return 'format' in d ? d.format : undefined;
}
