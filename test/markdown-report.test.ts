// --format markdown: the Kertas Kerja Reviu. Parsed back with remark + GFM: the tables keep their
// columns (pipes escaped), the Checklist Reviu has its 23 items with the evaluated status, every
// finding is there with its location, evidence, expected/printed and rule link; output is deterministic.
import { spawnSync } from 'node:child_process';
import type { Paragraph, Root, RootContent, Table, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { beforeAll, describe, expect, it } from 'vitest';
import { lintFiles } from '../src/cli/lint-files.js';
import { loadRules } from '../src/engine/rules.js';
import type { Finding } from '../src/engine/types.js';
import { CHECKLIST, evaluateChecklist, STATUS_TEXT } from '../src/report/checklist.js';
import { formatMarkdownReport, mdInline } from '../src/report/markdown.js';
import type { FileResult } from '../src/report/results.js';
import { ruleDocPath } from '../src/report/rule-docs.js';
import { NOT_CHECKED, notCheckedResults } from './not-checked-formats.js';

const rules = loadRules();
let semboro: FileResult;
let yaml: FileResult;
let cliOut: string;

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['dist/src/cli/main.js', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

function tables(md: string): Table[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(md) as Root;
  const out: Table[] = [];
  visit(tree, 'table', (t: Table) => {
    out.push(t);
  });
  return out;
}

const cells = (row: TableRow) => row.children.map((c) => toString(c));

function finding(over: Partial<Finding> = {}): Finding {
  return { ruleId: 'arithmetic/percentage', category: 'arithmetic', severity: 'error', message: 'm', location: { file: 'x.txt', line: 3 }, evidence: 'e', subject: 's', ...over };
}

beforeAll(async () => {
  [semboro] = await lintFiles(['fixtures/semboro-2021.txt'], { lang: 'id', keepModel: 'all' });
  [yaml] = await lintFiles(['fixtures/semboro-2021.yaml'], { lang: 'en', keepModel: 'all' });
  const r = cli('fixtures/semboro-2021.txt', '--format', 'markdown');
  expect(r.stderr).toBe('');
  expect(r.status).toBe(1);
  cliOut = r.stdout;
}, 60_000);

describe('--format markdown (Kertas Kerja Reviu)', () => {
  it('the CLI prints the same report as the formatter, in Indonesian, with the instansi in the title', () => {
    expect(cliOut).toBe(formatMarkdownReport([semboro], { lang: 'id', color: false, rules }));
    expect(cliOut.split('\n')[0]).toBe('# Kertas Kerja Reviu Laporan Kinerja: Kecamatan Semboro — LKjIP Tahun 2021');
    expect(cliOut).toContain('| Instansi | Kecamatan Semboro |');
    expect(cliOut).toContain('| Pemerintah daerah | Kabupaten Jember |');
    expect(cliOut).toContain('| Berkas | `fixtures/semboro-2021.txt` |');
  });

  it('is deterministic: two runs as processes give the same bytes, and no date of the run', () => {
    expect(cli('fixtures/semboro-2021.txt', '--format', 'markdown').stdout).toBe(cliOut);
    const today = new Date();
    expect(cliOut).not.toContain(today.toISOString().slice(0, 10));
    expect(cliOut).not.toMatch(/Tanggal reviu/);
    const dated = formatMarkdownReport([semboro], { lang: 'id', color: false, rules }, { reviewDate: '14 Maret 2022' });
    expect(dated).toContain('| Tanggal reviu | 14 Maret 2022 |');
  });

  it('summarises the findings by category and severity', () => {
    const [, summary] = tables(cliOut);
    const header = cells(summary.children[0]);
    expect(header).toEqual(['Kategori', 'Galat', 'Peringatan', 'Info', 'Jumlah']);
    const total = cells(summary.children[summary.children.length - 1]);
    const n = (s: string) => String(semboro.findings.filter((f) => f.severity === s).length);
    expect(total).toEqual(['Jumlah', n('error'), n('warning'), n('info'), String(semboro.findings.length)]);
    const byCategory = new Map(summary.children.slice(1, -1).map((r) => [cells(r)[0], cells(r)]));
    expect(byCategory.get('Aritmetika')?.[4]).toBe(String(semboro.findings.filter((f) => f.category === 'arithmetic').length));
  });

  it('has the Checklist Reviu: all 23 items with the evaluated status and the findings behind them', () => {
    const checklistTable = tables(cliOut)[2];
    expect(cells(checklistTable.children[0])).toEqual(['No.', 'Butir reviu', 'Status', 'Dasar penilaian', 'Temuan']);
    const rows = checklistTable.children.slice(1).map(cells).filter((c) => c[0].trim());
    expect(rows.map((r) => r[0])).toEqual(CHECKLIST.map((c) => c.id));
    expect(rows).toHaveLength(23);
    const expected = evaluateChecklist(semboro.findings, rules);
    for (const [i, c] of expected.entries()) {
      expect(rows[i][1]).toBe(c.item.text.id);
      expect(rows[i][2]).toBe(STATUS_TEXT[c.status].id);
      for (const f of c.findings) expect(rows[i][4]).toContain(`T${semboro.findings.indexOf(f) + 1}`);
      if (!c.findings.length) expect(rows[i][4]).toBe('–');
    }
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(['TERPENUHI', 'TERPENUHI DENGAN CATATAN', 'TIDAK TERPENUHI', 'PERLU KONFIRMASI']));
  });

  it('lists every finding with location, message, quoted evidence, expected vs printed and the rule link', () => {
    for (const [i, f] of semboro.findings.entries()) {
      const start = cliOut.indexOf(`**T${i + 1}. `);
      expect(start, `T${i + 1}`).toBeGreaterThan(0);
      const next = cliOut.indexOf(`**T${i + 2}. `);
      const block = cliOut.slice(start, next < 0 ? undefined : next);
      expect(block).toContain(mdInline(f.message));
      expect(block).toContain(`> Bukti: “${mdInline(f.evidence)}”`);
      expect(block).toContain(`- Lokasi: \`fixtures/semboro-2021.txt\`, baris ${f.location.line}`);
      if (f.expected !== undefined) expect(block).toContain(`Seharusnya: **${mdInline(f.expected)}**`);
      if (f.actual !== undefined) expect(block).toContain(`Tertulis: **${mdInline(f.actual)}**`);
      expect(block).toContain(`- Aturan: [${f.ruleId}](${ruleDocPath(f.ruleId)})`);
    }
    const pct = semboro.findings.findIndex((f) => f.ruleId === 'arithmetic/percentage');
    expect(cliOut).toContain(`**T${pct + 1}. Galat** — Persentase "Peningkatan Efektifitas Kegiatan Pemberdayaan Masyarakat di Wilayah Kecamatan: Anggaran" tertulis 82,3%`);
    expect(cliOut).toContain('> Bukti: “Anggaran \\| 88.730.000 \\| 75.669.000 \\| 82,3%”');
  });

  it('groups the findings by section, in document order', () => {
    const headings = [...cliOut.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    const sections = [...new Set(semboro.findings.map((f) => f.location.section ?? '(di luar bab)'))].map(mdInline);
    expect(headings).toEqual(sections);
  });

  it('speaks English with --lang en, and shows where a transcribed value stood in the original', () => {
    const md = formatMarkdownReport([yaml], { lang: 'en', color: false, rules });
    expect(md).toContain('## Review Checklist');
    expect(md).toMatch(/\*\*(NOT MET|MET WITH NOTES|MET|NEEDS CONFIRMATION)\*\*/);
    expect(md).toMatch(/- Location: `fixtures\/semboro-2021\.yaml`, line \d+; .*source semboro-2021\.txt line \d+/);
    expect(md).not.toMatch(/Seharusnya|Tertulis|TERPENUHI/);
  });

  it('escapes pipes and Markdown in cells and text, so every table row keeps its columns', () => {
    const f = finding({ message: 'a | b *c* _d_ [e](f) <g>', evidence: 'x | y', location: { file: 'r.md', line: 1, section: 'BAB | I', table: 'T|1', row: 2, field: 'p|q' }, expected: '1|2', actual: '`3`' });
    const md = formatMarkdownReport([{ file: 'a|b.md', format: 'markdown', findings: [f], model: undefined }], { lang: 'id', color: false, rules });
    for (const t of tables(md)) {
      const width = t.children[0].children.length;
      for (const r of t.children) expect(r.children.length).toBe(width);
    }
    expect(md).toContain('| Berkas | `a\\|b.md` |');
    expect(md).toContain('a \\| b \\*c\\* \\_d\\_ \\[e\\](f) \\<g\\>');
    const tree = unified().use(remarkParse).use(remarkGfm).parse(md) as Root;
    expect(toString(tree)).toContain('a | b *c* _d_ [e](f) <g>');
    expect(md).toContain('### BAB \\| I');
    expect(md).toContain('Seharusnya: **1\\|2** · Tertulis: **\\`3\\`**');
  });

  it('reports a file that could not be read, and one section per file for several files', () => {
    const md = formatMarkdownReport([semboro, { file: 'missing.yaml', findings: [], error: { id: 'berkas tidak ditemukan', en: 'file not found' } }], { lang: 'id', color: false, rules });
    expect(md.split('\n')[0]).toBe('# Kertas Kerja Reviu Laporan Kinerja');
    expect(md).toContain('## Kecamatan Semboro — LKjIP Tahun 2021');
    expect(md).toContain('## missing.yaml');
    expect(md).toContain('**Berkas tidak dapat dibaca:** berkas tidak ditemukan');
    expect(md).toContain('### Checklist Reviu');
  });

  it('says under each file\'s summary heading what was not checked, as an error or a warning; the checklist meets nothing unread', async () => {
    const [nothing, yearless] = await notCheckedResults();
    const md = formatMarkdownReport([nothing, yearless, semboro], { lang: 'en', color: false, rules });
    const tree = unified().use(remarkParse).use(remarkGfm).parse(md) as Root;
    // The paragraphs between each summary heading and its total line.
    const blocks: RootContent[][] = [];
    tree.children.forEach((node, i) => {
      if (node.type !== 'heading' || toString(node) !== 'Findings by category') return;
      const end = tree.children.findIndex((n, k) => k > i && n.type === 'paragraph' && /^\d+ findings: /.test(toString(n)));
      blocks.push(tree.children.slice(i + 1, end));
    });
    const shown = blocks.map((b) => b.map((p) => [((p as Paragraph).children[0].type), toString(p)]));
    expect(shown).toEqual([[['strong', `Error: ${NOT_CHECKED['nothing-understood'].en}`]], [['strong', `Warning: ${NOT_CHECKED['year-unknown'].en}`]], []]);
    // Nothing understood: no item is met for want of findings.
    const [checklist] = tables(md).filter((t) => cells(t.children[0])[1] === 'Review item');
    const statuses = checklist.children.slice(1).map(cells).filter((c) => c[0].trim());
    expect(statuses.map((c) => c[2])).not.toContain(STATUS_TEXT.terpenuhi.en);
    const met = evaluateChecklist(nothing.findings, rules).filter((c) => c.status === 'terpenuhi').length;
    expect(met).toBeGreaterThan(0);
    expect(statuses.filter((c) => c[2] === STATUS_TEXT['perlu-konfirmasi'].en && c[3] === 'not checked').length).toBe(met);
  });
});
