// The corpus harness: lints every real report in fixtures/corpus as a user would (read, understand,
// all rules, default settings) and writes docs/corpus.md: per document the pages, the sections and
// tables read, the parts not understood, the findings per severity and category, the reviewers'
// verdicts (fixtures/corpus/reviews/<name>.json) and the time. "Before" figures come from
// docs/corpus-before.json, the state recorded when the wider corpus arrived.
//   npm run corpus                      lint, write docs/corpus.md
//   npm run corpus -- --update-reviews  also add every unjudged error/warning to its review file
//                                       (verdict "unjudged": judge it by reading the page) and drop
//                                       entries whose finding is gone (listed on stdout)
//   npm run corpus -- --save-before     record the current figures as the "before" state
//   npm run corpus -- --save-before-reviewer-rules
//                                       record the findings per category and severity as the state
//                                       before the reviewer rules (docs/corpus-before-reviewer-rules.json)
//   npm run corpus -- --only <name>     one document (docs/corpus.md is not written)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { packageRoot } from '../src/engine/package-root.js';
import { lintModel } from '../src/engine/run.js';
import type { Finding } from '../src/engine/types.js';
import { readReport } from '../src/ingest/index.js';
import type { Model } from '../src/model/types.js';
import { judge, readReview, writeReview, type Review, type ReviewEntry } from './corpus-review.js';

const dir = join(packageRoot, 'fixtures/corpus');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const documents = readdirSync(dir)
  .filter((f) => /\.(pdf|docx)$/i.test(f))
  .filter((f) => !only || f.includes(only))
  .sort();

interface Row {
  name: string;
  pages?: number;
  refused?: string;
  sections: number;
  chapters: string;
  tables: number;
  notUnderstood: number;
  severity: Record<string, number>;
  category: Record<string, number>;
  /** Findings per category and severity, info included. */
  bySeverity: Record<string, Record<string, number>>;
  judged: { errorTrue: number; errorFalse: number; warningTrue: number; warningFalse: number; unjudged: number };
  ms: number;
}

const count = (list: string[]) => list.reduce<Record<string, number>>((m, k) => ((m[k] = (m[k] ?? 0) + 1), m), {});

/** Tables the understanding placed in the model: distinct table names (or pages, uncaptioned) of located rows. */
function tablesRead(model: Model): number {
  const seen = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const loc = (v as { loc?: { table?: string; page?: number; row?: unknown } }).loc;
    if (loc?.row !== undefined && (loc.table || loc.page)) seen.add(loc.table ?? `p${loc.page}`);
    for (const [k, x] of Object.entries(v)) if (k !== 'loc' && k !== 'input') walk(x);
  };
  for (const key of ['renstra', 'iku', 'rkt', 'perencanaan', 'pk', 'pengukuran', 'riwayat', 'kemajuanRenstra', 'nasional', 'anggaran', 'belanja', 'subKegiatan', 'scale'] as const) walk((model as Record<string, unknown>)[key]);
  return seen.size;
}

async function run(name: string): Promise<{ row: Row; findings: Finding[] }> {
  const t0 = performance.now();
  const empty = { sections: 0, chapters: '', tables: 0, notUnderstood: 0, severity: {}, category: {}, bySeverity: {}, judged: { errorTrue: 0, errorFalse: 0, warningTrue: 0, warningFalse: 0, unjudged: 0 } };
  let model: Model;
  try {
    model = await readReport(join(dir, name));
  } catch (err) {
    return { row: { name, refused: (err as Error).message.split('\n')[0], ms: performance.now() - t0, ...empty }, findings: [] };
  }
  const findings = await lintModel(model);
  const ms = performance.now() - t0;
  const body = model.outline.filter((s) => !s.inToc);
  const chapters = [...new Set(body.map((s) => s.kind).filter((k): k is string => !!k && /^bab-\d+[ab]?$/.test(k)))].sort().join(' ');
  const review = readReview(name);
  const judged = { errorTrue: 0, errorFalse: 0, warningTrue: 0, warningFalse: 0, unjudged: 0 };
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const v = review ? judge(review, f) : undefined;
    if (!v || v === 'unjudged') judged.unjudged++;
    else if (f.severity === 'error') judged[v === 'true' ? 'errorTrue' : 'errorFalse']++;
    else judged[v === 'true' ? 'warningTrue' : 'warningFalse']++;
  }
  return {
    row: {
      name,
      pages: model.extraction?.pages,
      sections: body.length,
      chapters,
      tables: tablesRead(model),
      notUnderstood: findings.filter((f) => f.ruleId === 'completeness/not-understood').length,
      severity: count(findings.map((f) => f.severity)),
      category: count(findings.filter((f) => f.severity !== 'info').map((f) => f.category)),
      bySeverity: findings.reduce<Record<string, Record<string, number>>>((m, f) => {
        const c = (m[f.category] ??= {});
        c[f.severity] = (c[f.severity] ?? 0) + 1;
        return m;
      }, {}),
      judged,
      ms,
    },
    findings,
  };
}

function updateReview(name: string, findings: Finding[]): void {
  const old = readReview(name) ?? { document: name, findings: [] };
  const next: Review = { document: name, findings: [] };
  const keep = new Set<ReviewEntry>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const hit = old.findings.find((e) => e.ruleId === f.ruleId && e.subject === f.subject && e.severity === f.severity);
    if (hit) keep.add(hit);
    next.findings.push(
      hit ?? {
        ruleId: f.ruleId,
        subject: f.subject,
        severity: f.severity,
        page: f.location.page ?? f.location.source?.page,
        message: f.message,
        verdict: 'unjudged',
        why: '',
      },
    );
  }
  for (const e of old.findings) if (!keep.has(e)) console.log(`  dropped (finding gone): ${name} ${e.ruleId} ${e.subject} [${e.verdict}]`);
  writeReview(name, next);
}

const rows: Row[] = [];
for (const name of documents) {
  const { row, findings } = await run(name);
  rows.push(row);
  const s = row.severity;
  console.log(`${name.padEnd(44)} ${row.refused ? `REFUSED: ${row.refused}` : `E ${s.error ?? 0} W ${s.warning ?? 0} I ${s.info ?? 0}  not understood ${row.notUnderstood}  unjudged ${row.judged.unjudged}  ${(row.ms / 1000).toFixed(1)} s`}`);
  if (args.includes('--update-reviews') && !row.refused) updateReview(name, findings);
}

const beforeFile = join(packageRoot, 'docs/corpus-before.json');
if (args.includes('--save-before')) {
  writeFileSync(beforeFile, `${JSON.stringify(Object.fromEntries(rows.map((r) => [r.name, { refused: r.refused, severity: r.severity, category: r.category, notUnderstood: r.notUnderstood }])), null, 2)}\n`);
}
const beforeRulesFile = join(packageRoot, 'docs/corpus-before-reviewer-rules.json');
if (args.includes('--save-before-reviewer-rules')) {
  writeFileSync(beforeRulesFile, `${JSON.stringify(Object.fromEntries(rows.map((r) => [r.name, r.refused ? { refused: r.refused } : r.bySeverity])), null, 2)}\n`);
}
if (!only) {
  const beforeRules = existsSync(beforeRulesFile) ? (JSON.parse(readFileSync(beforeRulesFile, 'utf8')) as BeforeRules) : undefined;
  writeFileSync(join(packageRoot, 'docs/corpus.md'), markdown(rows, JSON.parse(readFileSync(beforeFile, 'utf8')), beforeRules));
}

type BeforeRules = Record<string, Record<string, Record<string, number>> | { refused: string }>;
type Before = Record<string, { refused?: string; severity: Record<string, number>; category: Record<string, number>; notUnderstood: number }>;

function markdown(rows: Row[], before: Before, beforeRules?: BeforeRules): string {
  const sum = (f: (r: Row) => number) => rows.reduce((n, r) => n + f(r), 0);
  const sev = (r: Row, s: string) => r.severity[s] ?? 0;
  const out: string[] = [];
  out.push('# The corpus: what lkjip-lint reads and finds in real reports');
  out.push('');
  out.push('Generated by `npm run corpus` (scripts/corpus.ts) from the real reports in `fixtures/corpus/`, linted');
  out.push('with the default settings, in one process. **Review**: every error- and warning-level finding is judged');
  out.push('true or false by reading the page (`pdftoppm -png -r 70 -f N -l N`), in');
  out.push('`fixtures/corpus/reviews/<document>.json`; `test/corpus-review.test.ts` fails when a finding is not');
  out.push('judged, when an error is judged false, or when 10% or more of a document\'s warnings are judged false.');
  out.push('"Not understood" counts the parts the tool could not read (info findings `completeness/not-understood`:');
  out.push('they are not checked, and never counted as defects of the report). "Before" is the state when the');
  out.push('wider corpus arrived (`docs/corpus-before.json`).');
  out.push('');
  out.push('## Per document');
  out.push('');
  out.push('| document | pages | sections | chapters read | tables read | not understood (before) | errors (before) | warnings (before) | info | errors judged true / false | warnings judged true / false | time |');
  out.push('|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const b = before[r.name];
    const was = (n: number | undefined) => (b ? (b.refused ? ' (refused)' : ` (${n ?? 0})`) : '');
    if (r.refused) {
      out.push(`| ${r.name} | | | refused: ${r.refused.replace(/\|/g, '\\|')} | | | | | | | | ${(r.ms / 1000).toFixed(1)} s |`);
      continue;
    }
    const j = r.judged;
    out.push(
      `| ${r.name} | ${r.pages ?? ''} | ${r.sections} | ${r.chapters.replace(/bab-/g, '')} | ${r.tables} | ${r.notUnderstood}${was(b?.notUnderstood)} | ${sev(r, 'error')}${was(b?.severity.error)} | ${sev(r, 'warning')}${was(b?.severity.warning)} | ${sev(r, 'info')} | ${j.errorTrue} / ${j.errorFalse} | ${j.warningTrue} / ${j.warningFalse} | ${(r.ms / 1000).toFixed(1)} s |`,
    );
  }
  const read = rows.filter((r) => !r.refused);
  const bsum = (f: (b: Before[string]) => number) => Object.values(before).reduce((n, b) => n + f(b), 0);
  out.push(
    `| **all ${rows.length}** | ${sum((r) => r.pages ?? 0)} | ${sum((r) => r.sections)} | | ${sum((r) => r.tables)} | ${sum((r) => r.notUnderstood)} (${bsum((b) => b.notUnderstood)}) | ${sum((r) => sev(r, 'error'))} (${bsum((b) => b.severity.error ?? 0)}) | ${sum((r) => sev(r, 'warning'))} (${bsum((b) => b.severity.warning ?? 0)}) | ${sum((r) => sev(r, 'info'))} | ${sum((r) => r.judged.errorTrue)} / ${sum((r) => r.judged.errorFalse)} | ${sum((r) => r.judged.warningTrue)} / ${sum((r) => r.judged.warningFalse)} | ${(sum((r) => r.ms) / 1000).toFixed(1)} s |`,
  );
  out.push('');
  out.push(`Documents read: ${read.length} of ${rows.length}; refused: ${rows.length - read.length}${rows.some((r) => r.refused) ? ` (${rows.filter((r) => r.refused).map((r) => r.name).join(', ')})` : ''}. Unjudged findings: ${sum((r) => r.judged.unjudged)}.`);
  out.push('');
  out.push('## Error and warning findings per category, before → now');
  out.push('');
  const cats = [...new Set([...rows.flatMap((r) => Object.keys(r.category)), ...Object.values(before).flatMap((b) => Object.keys(b.category))])].sort();
  out.push(`| document | ${cats.join(' | ')} |`);
  out.push(`|---|${cats.map(() => '---:').join('|')}|`);
  for (const r of rows) {
    const b = before[r.name];
    out.push(`| ${r.name} | ${cats.map((c) => `${b?.category[c] ?? 0} → ${r.category[c] ?? 0}`).join(' | ')} |`);
  }
  out.push('');
  if (beforeRules) out.push(...reviewerRulesTable(rows, beforeRules));
  out.push('Times are one in-process run each on the development machine (2 cores), the PDF read by mutool when');
  out.push('it is installed; see docs/performance.md for measured speed.');
  out.push('');
  return out.join('\n');
}

/** Findings per category, errors / warnings / info, before the reviewer rules (issue 13) and now. */
function reviewerRulesTable(rows: Row[], before: BeforeRules): string[] {
  const was = (name: string) => {
    const b = before[name];
    return b && !('refused' in b) ? (b as Record<string, Record<string, number>>) : {};
  };
  const cats = [...new Set([...rows.flatMap((r) => Object.keys(r.bySeverity)), ...rows.flatMap((r) => Object.keys(was(r.name)))])].sort();
  const cell = (c?: Record<string, number>) => `${c?.error ?? 0}/${c?.warning ?? 0}/${c?.info ?? 0}`;
  const out = [
    '## All findings per category before the reviewer rules → now',
    '',
    'Errors / warnings / info per category: "before" is the state recorded before the rules of the issue',
    '"What careful reviewers catch" (`docs/corpus-before-reviewer-rules.json`, written by',
    '`npm run corpus -- --save-before-reviewer-rules`); a cell shows before → now where they differ.',
    '',
    `| document | ${cats.join(' | ')} |`,
    `|---|${cats.map(() => '---:').join('|')}|`,
  ];
  for (const r of rows.filter((x) => !x.refused)) {
    const b = was(r.name);
    out.push(`| ${r.name} | ${cats.map((c) => (cell(b[c]) === cell(r.bySeverity[c]) ? cell(b[c]) : `${cell(b[c])} → ${cell(r.bySeverity[c])}`)).join(' | ')} |`);
  }
  out.push('');
  return out;
}
