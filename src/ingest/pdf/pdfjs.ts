// Loading pdf.js (pdfjs-dist 5.4.296, legacy build) for Node, once, on first use.
//
// - Worker: Node has no web workers; pdf.js then runs its worker code in the same thread ("fake
//   worker"). We hand it the worker module ourselves through `globalThis.pdfjsWorker`, so pdf.js
//   never tries a dynamic import of a worker URL.
// - Standard fonts, CMaps and the wasm decoders are read from the installed package by path (pdf.js
//   reads them with fs in Node): no network.
// - The legacy build bundles core-js polyfills that replace a few built-ins globally on Node 20,
//   among them `Array.prototype.push` and `JSON.parse` with much slower JavaScript versions (they
//   exist for spec corner cases pdf.js does not rely on). That slowed every `push` in the process by
//   ~25 %, so the native functions are put back after loading.

import { createRequire } from 'node:module';
import path from 'node:path';

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

export interface LoadedPdfjs {
  pdfjs: PdfjsModule;
  /** Directory of the installed pdfjs-dist package, with a trailing slash. */
  packageDir: string;
}

let loading: Promise<LoadedPdfjs> | undefined;

export function loadPdfjs(): Promise<LoadedPdfjs> {
  loading ??= doLoad();
  return loading;
}

async function doLoad(): Promise<LoadedPdfjs> {
  const nativePush = Array.prototype.push;
  const nativeJsonParse = JSON.parse;
  const pdfjs: PdfjsModule = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // No type declarations ship for the worker module; only WorkerMessageHandler is needed.
  const workerSpecifier = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
  const worker = (await import(workerSpecifier)) as { WorkerMessageHandler: unknown };
  if (Array.prototype.push !== nativePush) {
    Object.defineProperty(Array.prototype, 'push', {
      value: nativePush,
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
  if (JSON.parse !== nativeJsonParse) {
    Object.defineProperty(JSON, 'parse', {
      value: nativeJsonParse,
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('pdfjs-dist/package.json')) + path.sep;
  return { pdfjs, packageDir };
}
