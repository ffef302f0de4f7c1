// The corpus PDFs linted as a user runs lkjip-lint — one CLI process, start-up, worker process and
// output included — beside the tools a user would compare it with, in one run on the same files:
// `pdftotext -layout` (one process per file) and pdf-parse's bare `getText()` (one Node process
// per file, as a script would). Wall time, median of the runs; with `--before <checkout>`, the CLI
// of another built checkout too (before/after a change, measured together).
//   npm run bench:users -- [--runs 3] [--before ../other-checkout]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { packageRoot } from '../src/engine/package-root.js';

const { values } = parseArgs({ options: { runs: { type: 'string' }, before: { type: 'string' } } });
const runs = Number(values.runs ?? 3);
const corpus = join(packageRoot, 'fixtures/corpus');
// The scanned report is refused without --ocr: nothing to compare.
const files = readdirSync(corpus).filter((f) => f.endsWith('.pdf') && !f.includes('scan')).sort().map((f) => join(corpus, f));
const out = mkdtempSync(join(tmpdir(), 'lkjip-users-'));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function timed(cmd: string, args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return ms;
}

const script = join(out, 'pdf-parse-text.mjs');
writeFileSync(
  script,
  `import { PDFParse } from 'pdf-parse';\nimport { readFileSync } from 'node:fs';\nconst p = new PDFParse({ data: readFileSync(process.argv[2]) });\nawait p.getText();\nawait p.destroy();\n`,
);
// The script resolves pdf-parse from this package's node_modules.
const scriptHere = join(packageRoot, 'dist/bench/pdf-parse-text.mjs');
execFileSync('cp', [script, scriptHere]);

const cli = (root: string) => join(root, 'dist/src/cli/main.js');
const tools: { name: string; perFile: (f: string) => number; batch?: () => number }[] = [
  { name: 'lkjip-lint', perFile: (f) => timed('node', [cli(packageRoot), f, '-f', 'json', '-o', join(out, 'r.json')]), batch: () => timed('node', [cli(packageRoot), ...files, '-f', 'json', '-o', join(out, 'r.json')]) },
  ...(values.before
    ? [{ name: 'lkjip-lint before', perFile: (f: string) => timed('node', [cli(values.before!), f, '-f', 'json', '-o', join(out, 'b.json')]), batch: () => timed('node', [cli(values.before!), ...files, '-f', 'json', '-o', join(out, 'b.json')]) }]
    : []),
  { name: 'pdftotext -layout', perFile: (f) => timed('pdftotext', ['-layout', f, join(out, 't.txt')]) },
  { name: 'pdf-parse getText', perFile: (f) => timed('node', [scriptHere, f]) },
];

console.log(`${files.length} corpus PDFs, wall time, median of ${runs} runs, Node ${process.version}`);
const totals = new Map<string, number>();
for (const t of tools) {
  let sum = 0;
  for (const f of files) sum += median(Array.from({ length: runs }, () => t.perFile(f)));
  totals.set(t.name, sum);
  const batch = t.batch ? median(Array.from({ length: runs }, () => t.batch!())) : undefined;
  console.log(`${t.name.padEnd(20)} one process per file: ${(sum / 1000).toFixed(2)} s in all${batch !== undefined ? `; all files in one process: ${(batch / 1000).toFixed(2)} s` : ''}`);
}
const base = totals.get('pdftotext -layout')!;
for (const [name, ms] of totals) console.log(`${name.padEnd(20)} ${(ms / base).toFixed(1)}× pdftotext -layout, ${(ms / totals.get('pdf-parse getText')!).toFixed(2)}× pdf-parse`);
rmSync(out, { recursive: true, force: true });
rmSync(scriptHere, { force: true });
