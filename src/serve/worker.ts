// Worker thread of the server's pool: one upload at a time, through the CLI's per-file entry
// (read → lint) and the formatters. The upload's temporary path never reaches an output: every
// occurrence is replaced by the name the client gave.
import { basename } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { resolveConfig } from '../config/load.js';
import { loadRules } from '../engine/rules.js';
import type { Severity } from '../engine/types.js';
import { lintOne } from '../cli/lint-one.js';
import { sortFindings } from '../engine/run.js';
import { loadFormatter, modelNeeded } from '../report/index.js';
import { summarize, type FileResult } from '../report/results.js';
import type { JobReply, LintJob, PoolSettings } from './pool.js';

const settings = workerData as PoolSettings;
const rules = loadRules();
const presets = new Map<string, Record<string, Severity | 'off'>>();

function ruleSeverity(preset: LintJob['preset']): Record<string, Severity | 'off'> {
  let s = presets.get(preset);
  if (!s) presets.set(preset, (s = resolveConfig({ extends: preset }, rules).ruleSeverity));
  return s;
}

/** Replaces the temporary path wherever it stands as a whole string (result, locations, model). */
function rename<T>(value: T, from: string, to: string, seen = new Set<unknown>()): T {
  if (typeof value === 'string') return (value === from ? to : value) as T;
  if (!value || typeof value !== 'object' || seen.has(value)) return value;
  seen.add(value);
  const proto = Object.getPrototypeOf(value);
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) value[i] = rename(value[i], from, to, seen);
  else if (proto === Object.prototype || proto === null)
    for (const [k, v] of Object.entries(value)) (value as Record<string, unknown>)[k] = rename(v, from, to, seen);
  return value;
}

async function run(job: LintJob): Promise<JobReply> {
  testOnlyHang(job.name);
  let result: FileResult = await lintOne(job.path, {
    lang: job.lang,
    ruleSeverity: ruleSeverity(job.preset),
    explainExtraction: job.explain,
    keepModel: modelNeeded(job.formats),
    berkas: job.berkas,
    previous: job.previous,
    ...settings,
  });
  for (const [from, to] of [[job.path, job.name] as [string, string], ...(job.renames ?? [])]) result = rename(result, from, to);
  // Findings are in the order of their files' names: the names shown, as the CLI orders them.
  if (job.renames?.length) sortFindings(result.findings);
  // A message naming a file of a berkas or last year's report names it by its base name.
  if (result.error) for (const [from, to] of job.renames ?? []) result.error = { id: result.error.id.split(basename(from)).join(to), en: result.error.en.split(basename(from)).join(to) };
  if (result.error) return { ok: false, error: result.error, internal: result.error.id.startsWith('galat internal') };
  const outputs: { format: string; data: string | Uint8Array }[] = [];
  for (const format of job.formats) {
    // A formatter may give text or bytes (XLSX, DOCX), now or as a promise.
    const data: unknown = await (await loadFormatter(format))([result], { lang: job.lang, color: false, rules });
    if (typeof data !== 'string' && !(data instanceof Uint8Array)) throw new Error(`formatter ${format} gave neither text nor bytes`);
    outputs.push({ format, data });
  }
  return { ok: true, summary: summarize([result]), outputs };
}

parentPort!.on('message', async (job: LintJob) => {
  parentPort!.postMessage('started');
  let reply: JobReply;
  try {
    reply = await run(job);
  } catch (err) {
    const detail = (err as Error)?.message?.split('\n')[0] ?? String(err);
    reply = { ok: false, internal: true, error: { id: `galat internal: ${detail}`, en: `internal error: ${detail}` } };
  }
  parentPort!.postMessage(reply);
});

/**
 * TEST ONLY (test/serve-api.test.ts), as the CLI's worker: with LKJIP_TEST_HANG=<name>, an upload
 * of that name spins for ever, standing in for a runaway loop in a reader or a rule, so that the
 * per-request time limit can be seen to stop it. Without the variable this is one comparison.
 */
function testOnlyHang(name: string): void {
  if (!process.env.LKJIP_TEST_HANG || name !== process.env.LKJIP_TEST_HANG) return;
  for (;;);
}
