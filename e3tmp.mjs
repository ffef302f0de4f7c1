const protos = {Array: Array.prototype, Object, Promise, 'Promise.p': Promise.prototype, Map: Map.prototype, Set: Set.prototype, 'Set.s': Set, String: String.prototype, Uint8Array: Uint8Array.prototype, TypedArray: Object.getPrototypeOf(Uint8Array.prototype), Iterator: globalThis.Iterator?.prototype, ArrayBuffer: ArrayBuffer.prototype, Math, JSON, globalThis, 'Map.s': Map, 'Array.s': Array, URL, 'URL.s': URL.prototype, 'DOMException': DOMException.prototype};
const snap = {};
for (const [k, o] of Object.entries(protos)) { if (!o) continue; snap[k] = {}; for (const n of Reflect.ownKeys(o)) { const d = Object.getOwnPropertyDescriptor(o, n); snap[k][String(n)] = d.value ?? d.get; } }
await import('pdfjs-dist/legacy/build/pdf.mjs');
await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
for (const [k, o] of Object.entries(protos)) { if (!o) continue; for (const n of Reflect.ownKeys(o)) { const d = Object.getOwnPropertyDescriptor(o, n); const v = d.value ?? d.get; if (snap[k][String(n)] !== v) console.log(k, String(n), snap[k][String(n)] === undefined ? 'ADDED' : 'REPLACED'); } }
console.log(typeof globalThis.Iterator)
