// PDF reader: see read.ts.
export { readPdf, PdfPasswordError, type PdfLimits } from './read.js';
