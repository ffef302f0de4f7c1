// Input format by content first, extension second: a PDF is a PDF whatever it is called.
import { extname } from 'node:path';
import type { InputFormat } from '../model/types.js';

export const EXTENSIONS: Record<string, InputFormat> = {
  '.pdf': 'pdf',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
  '.json': 'json',
  '.yaml': 'yaml',
  '.yml': 'yaml',
};

export function detectFormat(file: string, bytes: Uint8Array): InputFormat | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.startsWith('%PDF-')) return 'pdf';
  const byExt = EXTENSIONS[extname(file).toLowerCase()];
  if (byExt === 'pdf') return 'pdf';
  if (byExt) return byExt;
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{')) return 'json';
  if (/^(lkjipLint|meta):/m.test(text)) return 'yaml';
  return undefined;
}
