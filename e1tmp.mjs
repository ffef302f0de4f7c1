import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as worker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import fs from 'node:fs';
globalThis.pdfjsWorker = worker;
const file = process.argv[2]; const only = process.argv[3] ? +process.argv[3] : 0;
const t0 = performance.now();
const base = new URL('../node_modules/pdfjs-dist/', 'file:///work/main/x/').pathname;
const doc = await pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(file)), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false,
  standardFontDataUrl: base + 'standard_fonts/', cMapUrl: base + 'cmaps/', wasmUrl: base + 'wasm/', verbosity: 1 }).promise;
let nItems = 0, nOps = 0;
for (let p = 1; p <= doc.numPages; p++) {
  if (only && p !== only) continue;
  const page = await doc.getPage(p);
  const tc = await page.getTextContent();
  nItems += tc.items.length;
  if (process.argv[4] !== 'noops') { const ol = await page.getOperatorList({annotationMode: pdfjs.AnnotationMode.DISABLE}); nOps += ol.fnArray.length;
  if (only) { const names = Object.fromEntries(Object.entries(pdfjs.OPS).map(([k,v])=>[v,k])); const cnt={}; ol.fnArray.forEach(f=>cnt[names[f]]=(cnt[names[f]]||0)+1); console.log(cnt);
   for (const it of tc.items.slice(0,400)) console.log(JSON.stringify({s:it.str, t:it.transform.map(v=>+v.toFixed(1)), w:+it.width.toFixed(1), h:it.height, f:it.fontName, eol: it.hasEOL}));
   console.log(tc.styles);
  }}
  page.cleanup();
}
console.log(file, doc.numPages, 'items', nItems, 'ops', nOps, ((performance.now()-t0)/1000).toFixed(2)+'s', (process.memoryUsage().rss/1e6).toFixed(0)+'MB');
await doc.destroy();
