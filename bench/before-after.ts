// In-process figures of this build beside another built checkout (`--before <dir>`), alternating
// in one Node process so that both meet the same machine: the structured lint of the sample
// (parse, validate, normalise, all rules) and the rules' share of a PDF lint (the model read once;
// subjects, decisions and messages timed).
//   npm run bench:before-after -- [--before ../checkout] [--runs 60] [--pdf fixtures/corpus/x.pdf]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { packageRoot } from '../src/engine/package-root.js';

const { values } = parseArgs({ options: { before: { type: 'string' }, runs: { type: 'string' }, pdf: { type: 'string' } } });
const runs = Number(values.runs ?? 60);
const pdf = resolve(values.pdf ?? join(packageRoot, 'fixtures/corpus/lkip-2016-disperindag-jabar.pdf'));
const sample = join(packageRoot, 'fixtures/semboro-2021.yaml');
const text = readFileSync(sample, 'utf8');

interface Build {
  name: string;
  lintModel: (m: unknown) => Promise<unknown[]>;
  loadStructured: (t: string, f: string, fmt: string) => unknown;
  readReport: (f: string) => Promise<unknown>;
}

async function build(name: string, root: string): Promise<Build> {
  const at = (p: string) => import(pathToFileURL(join(root, 'dist/src', p)).href);
  const [run, load, ingest] = await Promise.all([at('engine/run.js'), at('model/load-structured.js'), at('ingest/index.js')]);
  return { name, lintModel: run.lintModel, loadStructured: load.loadStructured, readReport: ingest.readReport };
}

const builds = [await build('this build', packageRoot), ...(values.before ? [await build(`before (${values.before})`, resolve(values.before))] : [])];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const models = new Map<Build, unknown>();
for (const b of builds) models.set(b, await b.readReport(pdf));

const structured = new Map<Build, number[]>(builds.map((b) => [b, []]));
const rules = new Map<Build, number[]>(builds.map((b) => [b, []]));
for (let i = 0; i < runs + 10; i++)
  for (const b of i % 2 ? [...builds].reverse() : builds) {
    let t = performance.now();
    await b.lintModel(b.loadStructured(text, sample, 'yaml'));
    const s = performance.now() - t;
    // A copy each time: providers remember what they computed per model object.
    const model = structuredClone(models.get(b));
    t = performance.now();
    await b.lintModel(model);
    const r = performance.now() - t;
    if (i >= 10) {
      structured.get(b)!.push(s);
      rules.get(b)!.push(r);
    }
  }
console.log(`${runs} runs each after 10 warm-up runs, alternating, Node ${process.version}`);
for (const b of builds)
  console.log(`${b.name.padEnd(32)} structured lint of the sample: median ${median(structured.get(b)!).toFixed(1)} ms · rules on ${pdf.split('/').pop()}: median ${median(rules.get(b)!).toFixed(1)} ms`);
