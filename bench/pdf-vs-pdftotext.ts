// Times a full lint of each corpus PDF (read + understand + all rules) beside `pdftotext -layout`
// on the same file, and prints the ratio. Each figure is the median of several runs in this process
// (lint) or of separate processes (pdftotext).
//   npm run bench:pdf            (needs poppler-utils for the comparison)
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lintModel } from '../src/engine/run.js';
import { packageRoot } from '../src/engine/package-root.js';
import { readReport } from '../src/ingest/index.js';

const runs = Number(process.argv[2] ?? 3);
const dir = join(packageRoot, 'fixtures/corpus');
const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort();
const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function lintOnce(file: string): Promise<{ ms: number; findings: number }> {
  const t0 = performance.now();
  const model = await readReport(file);
  const findings = await lintModel(model);
  return { ms: performance.now() - t0, findings: findings.length };
}

function pdftotextOnce(file: string): number {
  const t0 = performance.now();
  execFileSync('pdftotext', ['-layout', file, '-'], { stdio: ['ignore', 'ignore', 'ignore'], maxBuffer: 1 << 28 });
  return performance.now() - t0;
}

console.log(`corpus PDFs, median of ${runs} runs, Node ${process.version}${hasPdftotext ? '' : ' (pdftotext not installed: apt-get install poppler-utils for the comparison)'}`);
console.log(['file'.padEnd(40), 'lkjip-lint'.padStart(11), 'pdftotext'.padStart(10), 'ratio'.padStart(7), 'findings'.padStart(9)].join(' '));
for (const name of files) {
  const file = join(dir, name);
  try {
    await lintOnce(file); // warm-up: module loading, pdf.js initialisation
  } catch (err) {
    // A scanned report without --ocr is refused: nothing to time.
    console.log(`${name.padEnd(40)} refused: ${(err as Error).message}`);
    continue;
  }
  const lint: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const r = await lintOnce(file);
    lint.push(r.ms);
    findings = r.findings;
  }
  const text = hasPdftotext ? median(Array.from({ length: runs }, () => pdftotextOnce(file))) : undefined;
  const l = median(lint);
  console.log(
    [name.padEnd(40), `${(l / 1000).toFixed(2)} s`.padStart(11), text !== undefined ? `${(text / 1000).toFixed(2)} s`.padStart(10) : '–'.padStart(10), text !== undefined ? `${(l / text).toFixed(1)}×`.padStart(7) : '–'.padStart(7), String(findings).padStart(9)].join(' '),
  );
}
