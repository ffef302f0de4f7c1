const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
import fs from 'node:fs';
globalThis.pdfjsWorker = worker;
const [file, pn] = [process.argv[2], +process.argv[3]];
const base = '/work/main/node_modules/pdfjs-dist/';
const doc = await pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(file)), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false,
  standardFontDataUrl: base + 'standard_fonts/', cMapUrl: base + 'cmaps/', wasmUrl: base + 'wasm/', verbosity: 0, maxImageSize: 1 }).promise;
const page = await doc.getPage(pn);
const tc = await page.getTextContent();
const ol = await page.getOperatorList({annotationMode: pdfjs.AnnotationMode.DISABLE});
const fonts = new Set(tc.items.map(i=>i.fontName));
for (const f of fonts) { try { const o = page.commonObjs.get(f); console.log(f, o.name, o.bold, o.black, o.italic, o.loadedName, Object.keys(o).join(',')); } catch(e) { console.log(f, 'ERR', e.message); } }
console.log(page.view, page.rotate, page.getViewport({scale:1}).transform);
