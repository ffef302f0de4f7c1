// PDF reader: see read.ts.
export { readPdf, usesPdfjs, PdfPasswordError, PDF_READERS, type PdfLimits, type PdfReaderChoice } from './read.js';
