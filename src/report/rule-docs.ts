// docs/rules/<id>.md and the index, generated from the rules' own data so docs cannot drift from
// behaviour (remark-lint's habit). `npm run docs` writes them; a test fails when they are stale.
import { stringify } from 'yaml';
import type { RuleDef, RuleExample } from '../engine/types.js';

const SEVERITY = { error: 'galat (error)', warning: 'peringatan (warning)', info: 'info' };

export function ruleDocPath(id: string): string {
  return `docs/rules/${id.replace('/', '-')}.md`;
}

function example(e: RuleExample): string {
  if (e.document) return [`\`\`\`${e.document.format === 'markdown' ? 'markdown' : 'text'}`, e.document.text.trimEnd(), '```'].join('\n');
  return ['```yaml', stringify(e.report ?? {}, { lineWidth: 0 }).trimEnd(), '```'].join('\n');
}

export function renderRuleDoc(rule: RuleDef): string {
  const lines = [
    `# ${rule.id}`,
    '',
    `**${rule.title.id}** — ${rule.title.en}`,
    '',
    `| | |`,
    `|---|---|`,
    `| kategori / category | ${rule.category} |`,
    `| tingkat / severity | ${SEVERITY[rule.severity]} |`,
    `| subjek / subject | \`${rule.subject}\` |`,
    `| dasar / source | ${rule.source} |`,
    ...(rule.checklist?.length ? [`| Checklist Reviu | ${rule.checklist.join(', ')} |`] : []),
    '',
    '## Penjelasan',
    '',
    rule.description.id,
    '',
    '## Explanation',
    '',
    rule.description.en,
    '',
    '## Pesan / message',
    '',
    `- id: ${rule.message.id}`,
    `- en: ${rule.message.en}`,
    '',
    '## Contoh yang benar / valid examples',
    '',
  ];
  for (const e of rule.examples.valid) lines.push(...(e.name ? [`${e.name}:`, ''] : []), example(e), '');
  lines.push('## Contoh yang salah / invalid examples', '');
  for (const e of rule.examples.invalid) {
    lines.push(...(e.name ? [`${e.name}:`, ''] : []), example(e), '');
    for (const f of e.findings ?? []) lines.push(`- seharusnya / expected: ${f.expected ?? '–'}; tertulis / printed: ${f.actual ?? '–'}`);
    if (e.findings?.length) lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function renderRuleIndex(rules: RuleDef[]): string {
  const lines = [
    '# Aturan lkjip-lint / lkjip-lint rules',
    '',
    'Dibuat dari `rules/*.json` oleh `npm run docs`; jangan disunting manual. Generated from `rules/*.json` by `npm run docs`; do not edit.',
    '',
    '| aturan / rule | kategori | tingkat | judul | title |',
    '|---|---|---|---|---|',
    ...rules.map((r) => `| [${r.id}](${r.id.replace('/', '-')}.md) | ${r.category} | ${r.severity} | ${r.title.id} | ${r.title.en} |`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Every generated file: path → content. */
export function ruleDocs(rules: RuleDef[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rules) out.set(ruleDocPath(r.id), renderRuleDoc(r));
  out.set('docs/rules/README.md', renderRuleIndex(rules));
  return out;
}
