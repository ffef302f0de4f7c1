// Media types in and out. An upload's type comes from its file name's extension when the readers
// know it, else from its Content-Type; the readers then look at the content itself (a PDF is a PDF
// whatever it is called). A format the readers gain (DOCX) is accepted as soon as they list it.
import { EXTENSIONS } from '../ingest/detect.js';
import { EXTENSION } from '../report/index.js';

/** Content types and the extension whose reader takes them. */
const INPUT_TYPES: Record<string, string> = {
  'application/pdf': '.pdf',
  'text/markdown': '.md',
  'text/x-markdown': '.md',
  'text/plain': '.txt',
  'application/json': '.json',
  'application/yaml': '.yaml',
  'application/x-yaml': '.yaml',
  'text/yaml': '.yaml',
  'text/x-yaml': '.yaml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
};

/** A type that says nothing: the content decides. */
const OPAQUE = new Set(['application/octet-stream', 'binary/octet-stream', '']);

/** Extensions the readers take, as a file chooser's `accept` list: ".pdf,.md,…". */
export function acceptedExtensions(): string[] {
  return Object.keys(EXTENSIONS);
}

/** Content types the readers take (for the OpenAPI document and messages). */
export function acceptedTypes(): string[] {
  return Object.entries(INPUT_TYPES)
    .filter(([, ext]) => EXTENSIONS[ext])
    .map(([type]) => type);
}

/** The bare media type of a Content-Type header: "text/plain; charset=utf-8" → "text/plain". */
export function bareType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

/**
 * The extension to give the temporary file, from the client's file name and content type: a
 * known extension, "" when only the content can tell, or undefined for a type the readers do not
 * take. Only the extension is kept of the name, and only when it is one the readers list.
 */
export function inputExtension(filename: string | undefined, contentType: string | undefined): string | undefined {
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(filename ?? '');
  const byName = m ? `.${m[1].toLowerCase()}` : undefined;
  if (byName && EXTENSIONS[byName]) return byName;
  const type = bareType(contentType);
  const byType = INPUT_TYPES[type];
  if (byType && EXTENSIONS[byType]) return byType;
  return OPAQUE.has(type) ? '' : undefined;
}

const OUTPUT_TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  sarif: 'application/sarif+json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  junit: 'application/xml; charset=utf-8',
  stylish: 'text/plain; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function outputType(format: string): string {
  return OUTPUT_TYPES[format] ?? 'application/octet-stream';
}

/** "laporan.pdf" + html → "laporan.lkjip-lint.html": never the input's own name. */
export function outputName(inputName: string, format: string): string {
  const stem = inputName.replace(/\.[^.]*$/, '') || 'laporan';
  return `${stem}.lkjip-lint.${EXTENSION[format] ?? format}`;
}
