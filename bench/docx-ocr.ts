// The two newer inputs: reading and linting the Semboro sample as Word (against the same report as
// PDF), and OCR time per scanned page (wall and CPU, the CPU of the mutool and Tesseract child
// processes included).
//   npm run bench:docx-ocr
//   node dist/bench/docx-ocr.js [scanned.pdf] [pages, e.g. 1-10]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lintModel } from '../src/engine/run.js';
import { packageRoot } from '../src/engine/package-root.js';
import { readReport } from '../src/ingest/index.js';
import { findOcrTools, ocrPages } from '../src/ingest/ocr/index.js';

/** CPU seconds of this process and its waited-for children (Linux /proc: utime stime cutime cstime). */
function cpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  const ticks = [11, 12, 13, 14].reduce((n, i) => n + Number(fields[i]), 0);
  return ticks / 100;
}

async function median(runs: number, f: () => Promise<unknown>): Promise<number> {
  await f();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

for (const ext of ['docx', 'pdf', 'md']) {
  const file = join(packageRoot, `fixtures/semboro-2021.${ext}`);
  const ms = await median(10, async () => lintModel(await readReport(file)));
  console.log(`read + lint fixtures/semboro-2021.${ext}: median ${ms.toFixed(0)} ms of 10 runs after a warm-up`);
}

const scan = process.argv[2] ?? join(packageRoot, 'fixtures/corpus/extracts/lkip-2016-scan-jawa-barat-extract.pdf');
const [from, to] = (process.argv[3] ?? '1-4').split('-').map(Number);
if (!findOcrTools()) {
  console.log('OCR: tesseract-ocr (with tesseract-ocr-ind) or mutool/pdftoppm missing, not measured');
} else {
  const bytes = new Uint8Array(readFileSync(scan));
  const pages = Array.from({ length: (to ?? from) - from + 1 }, (_, i) => from + i);
  const cpu0 = cpuSeconds();
  const t0 = performance.now();
  const r = await ocrPages(bytes, pages, Infinity);
  const wall = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds() - cpu0;
  const words = r.pages.reduce((n, p) => n + p.runs.length, 0);
  console.log(`OCR of ${scan} pages ${from}–${to ?? from} (${findOcrTools()!.languages}): ${pages.length} pages, ${words} words`);
  console.log(`  ${(wall / pages.length).toFixed(2)} s wall and ${(cpu / pages.length).toFixed(2)} s CPU per page (rasterise + Tesseract + rules); ${r.notes.length} pages failed`);
}
