// --format stylish: for a person at a terminal. Grouped by file and section, coloured by severity,
// each finding with where, what, the quoted evidence, expected vs printed, and the rule id.
import { relative } from 'node:path';
import { Chalk } from 'chalk';
import type { BerkasRole, Loc } from '../model/types.js';
import type { Finding, Lang } from '../engine/types.js';
import { formatExtraction } from './extraction.js';
import { place, position } from './location.js';
import { notCheckedLines, summarize, type FileResult, type FormatOptions } from './results.js';
import { terminalSafeDeep } from './terminal-text.js';

const WORDS = {
  id: { error: 'galat', warning: 'peringatan', info: 'info', evidence: 'bukti', expected: 'seharusnya', actual: 'tertulis', see: 'lihat juga', noSection: '(di luar bab)', none: 'tidak ada temuan', failed: 'gagal dibaca', findings: 'temuan', files: 'berkas', byContent: 'menurut isinya', byConfig: 'menurut konfigurasi' },
  en: { error: 'error', warning: 'warning', info: 'info', evidence: 'evidence', expected: 'expected', actual: 'printed', see: 'see also', noSection: '(outside any chapter)', none: 'no findings', failed: 'could not be read', findings: 'findings', files: 'files', byContent: 'by its content', byConfig: 'by the configuration' },
};

const ROLE_NAMES: Record<Lang, Record<BerkasRole, string>> = {
  id: { lkjip: 'LKjIP', renstra: 'Renstra', pk: 'Perjanjian Kinerja', 'pk-perubahan': 'Perjanjian Kinerja Perubahan', rkt: 'RKT', iku: 'IKU' },
  en: { lkjip: 'LKjIP', renstra: 'Renstra', pk: 'Performance Agreement (PK)', 'pk-perubahan': 'revised Performance Agreement', rkt: 'RKT', iku: 'IKU' },
};

export function formatStylish(all: FileResult[], options: FormatOptions): string {
  // Everything printed comes from documents and file names: no control character reaches the terminal.
  const results = all.map((r) => terminalSafeDeep({ file: r.file, format: r.format, findings: r.findings, error: r.error, extraction: r.extraction, notChecked: r.notChecked, documents: r.documents }));
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const w = WORDS[options.lang];
  const sev = (s: Finding['severity']) => (s === 'error' ? c.red(w.error) : s === 'warning' ? c.yellow(w.warning) : c.blue(w.info));
  const lines: string[] = [];
  for (const r of results) {
    if (r.error) {
      lines.push(`${c.underline(r.file)}  ${c.red(`${w.failed}: ${r.error[options.lang]}`)}`, '');
      continue;
    }
    if (r.extraction) lines.push(c.dim(formatExtraction(r.file, r.extraction, options.lang)));
    lines.push(`${c.underline(r.file)}${r.format ? c.dim(` (${r.format})`) : ''}  ${r.findings.length ? `${r.findings.length} ${w.findings}` : c.green(w.none)}`);
    // A berkas: its files and what each was taken for; each finding then names its file.
    for (const d of r.documents ?? []) lines.push(c.dim(`  ${relative(r.file, d.file) || d.file}: ${ROLE_NAMES[options.lang][d.role]}${d.year ? ` ${d.year}` : ''} (${d.by === 'config' ? w.byConfig : w.byContent})`));
    // What was not checked, said before the findings: "no findings" is no clean pass then.
    for (const n of notCheckedLines(r, options.lang)) lines.push(`  ${(n.level === 'error' ? c.red : c.yellow)(n.text)}`);
    const bySection = new Map<string, Finding[]>();
    for (const f of r.findings) {
      const key = f.location.section ?? w.noSection;
      const list = bySection.get(key);
      if (list) list.push(f);
      else bySection.set(key, [f]);
    }
    for (const [section, findings] of bySection) {
      lines.push('', `  ${c.bold(section)}`);
      for (const f of findings) lines.push(...formatFinding(f, options.lang, c, sev, r));
    }
    lines.push('');
  }
  const s = summarize(results);
  const total = s.errors + s.warnings + s.infos;
  const yearless = results.filter((r) => r.notChecked?.includes('year-unknown')).length;
  const summary =
    options.lang === 'id'
      ? `${total} temuan (${s.errors} galat, ${s.warnings} peringatan, ${s.infos} info) pada ${s.files} berkas${s.notChecked ? `; ${s.notChecked} berkas tidak diperiksa` : ''}${yearless ? `; ${yearless} berkas tanpa tahun laporan (aturan yang memerlukannya tidak dijalankan)` : ''}${s.failed ? `; ${s.failed} berkas gagal dibaca` : ''}`
      : `${total} findings (${s.errors} errors, ${s.warnings} warnings, ${s.infos} info) in ${s.files} files${s.notChecked ? `; ${s.notChecked} files not checked` : ''}${yearless ? `; ${yearless} files without a reporting year (the rules that need it not run)` : ''}${s.failed ? `; ${s.failed} files could not be read` : ''}`;
  const bad = s.errors || s.failed || s.notChecked;
  lines.push((bad ? c.red : s.warnings ? c.yellow : c.green)(`✖ ${summary}${s.failed ? ':' : ''}`.replace(/^✖/, bad ? '✖' : '✔')));
  // The files that could not be read, by name, where a long batch's output ends.
  for (const r of results) if (r.error) lines.push(`    ${c.red(r.file)}`);
  return `${lines.join('\n')}\n`;
}

/** A place in another file than the result's (a file of a berkas, last year's report) names it. */
function inFile(loc: Loc, pos: string, of: { file: string; documents?: unknown }): string {
  if (loc.file === of.file) return pos;
  const name = (of.documents ? relative(of.file, loc.file) : loc.file) || loc.file;
  return pos ? `${name} ${pos}` : name;
}

function formatFinding(f: Finding, lang: Lang, c: InstanceType<typeof Chalk>, sev: (s: Finding['severity']) => string, of: { file: string; documents?: unknown }): string[] {
  const w = WORDS[lang];
  const pos = inFile(f.location, position(f.location, lang), of);
  const where = place(f.location, lang);
  const out = [`    ${c.dim(pos.padEnd(11))} ${sev(f.severity).padEnd(options(c) ? 20 : 10)} ${f.message}  ${c.dim(f.ruleId)}`];
  const indent = '                ';
  if (where) out.push(`${indent}${c.dim(where)}`);
  if (f.evidence) out.push(`${indent}${c.dim(`${w.evidence}:`)} “${f.evidence}”`);
  const compared = [f.expected !== undefined ? `${c.dim(`${w.expected}:`)} ${c.green(f.expected)}` : '', f.actual !== undefined ? `${c.dim(`${w.actual}:`)} ${c.red(f.actual)}` : ''];
  if (compared.some(Boolean)) out.push(`${indent}${compared.filter(Boolean).join('  ')}`);
  for (const r of f.related ?? []) {
    const at = [inFile(r.location, position(r.location, lang), of), place(r.location, lang)].filter(Boolean).join('; ');
    out.push(`${indent}${c.dim(`${w.see}:`)} ${at}${r.note ? ` — ${r.note}` : ''}${r.evidence ? ` “${r.evidence}”` : ''}`);
  }
  return out;
}

/** Colour codes take room in padEnd; pad wider when colour is on. */
function options(c: InstanceType<typeof Chalk>): boolean {
  return c.level > 0;
}
