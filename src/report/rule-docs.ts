// docs/rules/<id>.md and the index, generated from the rules' own data so docs cannot drift from
// behaviour (remark-lint's habit). `npm run docs` writes them; a test fails when they are stale.
import { stringify } from 'yaml';
import type { Contract } from '../engine/contracts.js';
import { contractsOf } from '../engine/rules.js';
import type { RuleDef, RuleExample } from '../engine/types.js';

const SEVERITY = { error: 'galat (error)', warning: 'peringatan (warning)', info: 'info' };

export function ruleDocPath(id: string): string {
  return `docs/rules/${id.replace('/', '-')}.md`;
}

function example(e: RuleExample): string {
  if (e.document) return [`\`\`\`${e.document.format === 'markdown' ? 'markdown' : 'text'}`, e.document.text.trimEnd(), '```'].join('\n');
  return ['```yaml', stringify(e.report ?? {}, { lineWidth: 0 }).trimEnd(), '```'].join('\n');
}

/** The message variants, with the condition that selects each, and the fragments placeholders stand for. */
function messageLines(rule: RuleDef): string[] {
  const variants = rule.messages ?? { default: rule.message! };
  const lines: string[] = [];
  for (const [id, m] of Object.entries(variants)) {
    const when = rule.select?.find((s) => s.messageId === id)?.when;
    if (rule.messages) lines.push(`\`${id}\`${when ? ` — when \`${JSON.stringify(when)}\`` : ''}:`, '');
    lines.push(`- id: ${m.id}`, `- en: ${m.en}`, '');
  }
  for (const [name, f] of Object.entries(rule.fragments ?? {})) {
    lines.push(`\`{${name}}\` by \`${f.fact}\`${f.terms ? ` (rules/terms.json: ${f.terms})` : ''}:`, '');
    for (const [k, v] of Object.entries(f.cases ?? {})) lines.push(`- ${k}: ${v.id || '–'} / ${v.en || '–'}`);
    if (f.default) lines.push(`- otherwise: ${f.default.id || '–'} / ${f.default.en || '–'}`);
    lines.push('');
  }
  return lines;
}

/** How the rule decides, and the facts of its subject it may use. */
function decisionLines(rule: RuleDef, contract?: Contract): string[] {
  const lines = ['## Keputusan / decision', ''];
  if (rule.module) lines.push(`Decided in \`rules/${rule.id}.ts\`.`, '');
  else lines.push('```json', JSON.stringify(rule.conditions, null, 1), '```', '');
  if (contract) {
    lines.push(`Facts of \`${rule.subject}\` (rules/subjects/${rule.subject}.json):`, '', '| fact | type | meaning |', '|---|---|---|');
    for (const [name, f] of Object.entries(contract.facts))
      lines.push(`| \`${name}\` | ${[f.type].flat().join(' \\| ')}${f.enum ? `: ${f.enum.join(', ')}` : ''} | ${f.description.replace(/\|/g, '\\|')} |`);
    lines.push('');
  }
  return lines;
}

export function renderRuleDoc(rule: RuleDef, contract?: Contract): string {
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
    ...messageLines(rule),
    ...decisionLines(rule, contract),
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
    'Dibuat dari `rules/<kategori>/<nama>.json` oleh `npm run docs`; jangan disunting manual. Generated from `rules/<category>/<name>.json` by `npm run docs`; do not edit.',
    '',
    '| aturan / rule | kategori | tingkat | judul | title |',
    '|---|---|---|---|---|',
    ...rules.map((r) => `| [${r.id}](${r.id.replace('/', '-')}.md) | ${r.category} | ${r.severity} | ${r.title.id} | ${r.title.en} |`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Every generated file: path → content. */
export function ruleDocs(rules: RuleDef[], contracts: Map<string, Contract> = contractsOf()): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rules) out.set(ruleDocPath(r.id), renderRuleDoc(r, contracts.get(r.subject)));
  out.set('docs/rules/README.md', renderRuleIndex(rules));
  return out;
}
