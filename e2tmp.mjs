const nativePush = Array.prototype.push; const nativeParse = JSON.parse;
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
if (process.env.RESTORE) { Object.defineProperty(Array.prototype, 'push', {value: nativePush, writable: true, configurable: true, enumerable: false}); JSON.parse = nativeParse; }
import fs from 'node:fs';
globalThis.pdfjsWorker = worker;
const file = process.argv[2];
const base = '/work/main/node_modules/pdfjs-dist/';
let t0 = performance.now();
const doc = await pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(file)), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false,
  standardFontDataUrl: base + 'standard_fonts/', cMapUrl: base + 'cmaps/', wasmUrl: base + 'wasm/', verbosity: 0, maxImageSize: 1 }).promise;
console.log('open', (performance.now()-t0).toFixed(0));
const rows=[];
for (let p = 1; p <= doc.numPages; p++) {
  const page = await doc.getPage(p);
  let t1 = performance.now();
  const tc = await page.getTextContent();
  let t2 = performance.now();
  const ol = tc.items.length && !process.env.NOOPS ? await page.getOperatorList({annotationMode: pdfjs.AnnotationMode.DISABLE}) : {fnArray:[]};
  let t3 = performance.now();
  rows.push([p, tc.items.length, (t2-t1).toFixed(0), ol.fnArray.length, (t3-t2).toFixed(0)].join('\t'));
}
console.log(rows.join('\n'));
console.log('total', (performance.now()-t0).toFixed(0));
