// OCR'd text is marked where it stands: every block, line and cell location on a page read by OCR
// carries `ocr: true`, which the model keeps (Loc.ocr) so that a finding resting on it is said to
// be read by OCR and is never an error on its own (src/engine/run.ts).
import type { BlockLoc, DocumentBlocks } from '../blocks.js';

export function markOcr(doc: DocumentBlocks, pages: number[]): void {
  if (!pages.length) return;
  const ocr = new Set(pages);
  const mark = (loc: BlockLoc | undefined) => {
    if (loc?.page !== undefined && ocr.has(loc.page)) loc.ocr = true;
  };
  for (const b of doc.blocks) {
    mark(b.loc);
    if (b.type === 'paragraph') b.lines?.forEach(mark);
    else for (const row of b.rows) for (const cell of row) mark(cell.loc);
  }
  doc.ocrPages = [...ocr].sort((a, b) => a - b);
}

