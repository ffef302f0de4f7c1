const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
import fs from 'node:fs';
globalThis.pdfjsWorker = worker;
const [file, pn] = [process.argv[2], +process.argv[3]];
const base = '/work/main/node_modules/pdfjs-dist/';
const doc = await pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(file)), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false,
  standardFontDataUrl: base + 'standard_fonts/', cMapUrl: base + 'cmaps/', wasmUrl: base + 'wasm/', verbosity: 0, maxImageSize: 1 }).promise;
const page = await doc.getPage(pn);
const ol = await page.getOperatorList({annotationMode: pdfjs.AnnotationMode.DISABLE});
const names = Object.fromEntries(Object.entries(pdfjs.OPS).map(([k,v])=>[v,k]));
let n=0;
for (let i=0;i<ol.fnArray.length;i++){ const f=names[ol.fnArray[i]]; if (['showText','setFont','setCharSpacing','setWordSpacing','setHScale','setLeading','setTextRise','nextLine','setTextMatrix','moveText','beginText','endText','setLeadingMoveText','setTextRenderingMode'].includes(f)) continue; const a=ol.argsArray[i];
 console.log(f, JSON.stringify(a, (k,v)=> v instanceof Float32Array ? Array.from(v).map(x=>+x.toFixed(2)) : v)?.slice(0,200)); if(++n>80)break;}
