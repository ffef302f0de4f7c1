// One file's report on the page, from the JSON contract: the HTML report's parts (summary, Checklist
// Reviu with links to its findings, findings by section with links back to their checklist items)
// with its wording, icons and stylesheet classes, built as DOM nodes with text only.
import type { Finding, Lang, RuleDef } from '../../engine/types.js';
import type { Loc } from '../../model/types.js';
import type { NotCheckedCode } from '../../engine/not-checked.js';
import { evaluateChecklist, STATUS_TEXT } from '../../report/checklist.js';
import { NOT_CHECKED_LEVEL, notUnderstood } from '../../report/results.js';
import { CATEGORIES, SEVERITIES, SEVERITY_ICON, slug, STATUS_ICON, WORDS } from '../../report/html-text.js';
import { el } from './dom.js';

type Words = (typeof WORDS)[Lang];

export interface FileReport {
  file: string;
  format: string | null;
  error?: string;
  findings: Finding[];
  /** What of the file was not checked (the JSON contract's codes and texts, in the page's language). */
  notChecked?: { code: NotCheckedCode; message: string }[];
}

/** What the page knows of a rule (GET /api/v1/rules). */
export type RuleInfo = Pick<RuleDef, 'id' | 'category' | 'severity' | 'title' | 'description' | 'source' | 'checklist'>;

interface Ctx {
  lang: Lang;
  w: Words;
  prefix: string;
  level: number;
  rules: Map<string, RuleInfo>;
}

const heading = (level: number, attrs: Record<string, string>, ...children: (Node | string)[]) => el(`h${Math.min(6, level)}` as 'h2', attrs, ...children);
export const findingId = (prefix: string, i: number) => `${prefix}-finding-${i + 1}`;
const checklistId = (prefix: string, item: string) => `${prefix}-ck-${slug(item)}`;

function badge(severity: Finding['severity'], w: Words): HTMLElement {
  return el('span', { class: `badge sev-${severity}` }, el('span', { 'aria-hidden': 'true' }, SEVERITY_ICON[severity]), ` ${w.severity[severity]}`);
}

function locationText(loc: Loc, w: Words, withFile: boolean): string[] {
  const parts: string[] = [];
  const pos = [loc.page !== undefined ? `${w.page} ${loc.page}` : '', loc.line !== undefined ? `${w.line} ${loc.line}${loc.column !== undefined ? `:${loc.column}` : ''}` : ''].filter(Boolean);
  const where = [withFile ? loc.file : '', pos.join(', ')].filter(Boolean).join(', ');
  if (where) parts.push(where);
  if (loc.section) parts.push(`${w.section}: ${loc.section}`);
  const table = [loc.table ? `${w.table} “${loc.table}”` : '', loc.row !== undefined ? `${w.tableRow} ${loc.row}` : '', loc.field ? `${w.field} ${loc.field}` : ''].filter(Boolean);
  if (table.length) parts.push(table.join(', '));
  if (loc.source && (loc.source.line !== undefined || loc.source.page !== undefined)) {
    const src = [loc.source.page !== undefined ? `${w.page} ${loc.source.page}` : '', loc.source.line !== undefined ? `${w.line} ${loc.source.line}` : ''].filter(Boolean).join(', ');
    parts.push(`${w.source}${loc.source.file ? ` ${loc.source.file}` : ''} ${src}`);
  }
  if (loc.pointer) parts.push(`${w.pointer} ${loc.pointer}`);
  return parts;
}

function location(loc: Loc, w: Words, withFile = true): HTMLElement {
  return el('span', {}, ...locationText(loc, w, withFile).map((p) => el('span', { class: 'loc-part' }, p)));
}

function summary(r: FileReport, c: Ctx): HTMLElement {
  const { w } = c;
  const count = (cat?: string, sev?: string) => r.findings.filter((f) => (!cat || f.category === cat) && (!sev || f.severity === sev)).length;
  const num = (n: number) => el('td', { class: `num${n ? '' : ' zero'}` }, n);
  const by = (s: Finding['severity']) => count(undefined, s);
  return el(
    'section',
    { class: 'summary', 'aria-labelledby': `${c.prefix}-summary` },
    heading(c.level, { id: `${c.prefix}-summary` }, w.summary),
    el('p', { class: 'total-line' }, w.totalLine(r.findings.length, by('error'), by('warning'), by('info'))),
    ...(r.notChecked ?? []).map((n) => el('p', { class: `not-checked sev-${NOT_CHECKED_LEVEL[n.code]}` }, badge(NOT_CHECKED_LEVEL[n.code], w), ` ${n.message}`)),
    el(
      'div',
      { class: 'table-wrap' },
      el(
        'table',
        { class: 'summary' },
        el('colgroup', {}, el('col', { class: 'c-cat' }), ...[0, 1, 2, 3].map(() => el('col', { class: 'c-count' }))),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, w.categoryHead), ...SEVERITIES.map((s) => el('th', { scope: 'col', class: 'num' }, badge(s, w))), el('th', { scope: 'col', class: 'num' }, w.total))),
        el(
          'tbody',
          {},
          ...CATEGORIES.map((cat) => el('tr', {}, el('th', { scope: 'row' }, w.category[cat]), ...SEVERITIES.map((s) => num(count(cat, s))), num(count(cat)))),
          el('tr', { class: 'total' }, el('th', { scope: 'row' }, w.total), ...SEVERITIES.map((s) => num(by(s))), num(r.findings.length)),
        ),
      ),
    ),
  );
}

function checklist(r: FileReport, c: Ctx, rules: RuleInfo[]): { part: HTMLElement; itemsOf: Map<Finding, string[]> } {
  const { w, lang } = c;
  const results = evaluateChecklist(r.findings, rules as RuleDef[], notUnderstood({ notChecked: r.notChecked?.map((n) => n.code) }));
  const itemsOf = new Map<Finding, string[]>();
  const table = el(
    'table',
    { class: 'checklist' },
    el('colgroup', {}, el('col', { class: 'c-ckno' }), el('col'), el('col', { class: 'c-status' }), el('col', { class: 'c-refs' })),
    el('thead', {}, el('tr', {}, ...[w.itemNo, w.item, w.status, w.findingsBehind].map((t) => el('th', { scope: 'col' }, t)))),
  );
  let group = '';
  let body: HTMLElement | undefined;
  for (const res of results) {
    // In place (src/util/multimap.ts is not among the page's served modules, page-assets.ts).
    for (const f of res.findings) {
      const ids = itemsOf.get(f);
      if (ids) ids.push(res.item.id);
      else itemsOf.set(f, [res.item.id]);
    }
    if (res.item.group[lang] !== group) {
      group = res.item.group[lang];
      body = el('tbody', {}, el('tr', { class: 'group' }, el('th', { scope: 'rowgroup', colspan: '4' }, group)));
      table.appendChild(body);
    }
    const chips = res.findings.length
      ? el(
          'div',
          { class: 'chips' },
          ...res.findings.map((f) => {
            const i = r.findings.indexOf(f);
            return el('a', { class: `sev-${f.severity}`, href: `#${findingId(c.prefix, i)}`, title: `${w.severity[f.severity]}: ${f.ruleId}` }, el('span', { class: 'sr' }, `${w.findingNo} `), i + 1);
          }),
          el('span', { class: 'rules' }, [...new Set(res.findings.map((f) => f.ruleId))].join(', ')),
        )
      : el('span', { class: 'muted' }, w.none);
    body!.appendChild(
      el(
        'tr',
        { id: checklistId(c.prefix, res.item.id), class: `ck-row st-row-${res.status}`, tabindex: '-1' },
        el('th', { scope: 'row' }, res.item.id),
        el('td', {}, res.item.text[lang]),
        el('td', {}, el('span', { class: `status st-${res.status}` }, el('span', { 'aria-hidden': 'true' }, STATUS_ICON[res.status]), ` ${STATUS_TEXT[res.status][lang]}`), el('div', { class: 'basis' }, res.basis[lang])),
        el('td', {}, chips),
      ),
    );
  }
  // Open, and folded away with one key press on its heading when the findings are what is wanted.
  const part = el(
    'details',
    { class: 'part checklist-part', open: true },
    el('summary', {}, heading(c.level, { id: `${c.prefix}-checklist` }, w.checklist)),
    el('p', { class: 'intro' }, w.checklistIntro),
    el('div', { class: 'table-wrap' }, table),
  );
  return { part, itemsOf };
}

function finding(f: Finding, i: number, c: Ctx, items: string[]): HTMLElement {
  const { w, lang } = c;
  const id = findingId(c.prefix, i);
  const facts = el('dl', { class: 'facts' });
  const fact = (term: string, ...value: (Node | string)[]) => facts.append(el('dt', {}, term), el('dd', {}, ...value));
  fact(w.location, location(f.location, w));
  if (f.evidence) fact(w.evidence, el('blockquote', { class: 'evidence' }, f.evidence));
  if (f.expected !== undefined) fact(w.expected, el('span', { class: 'expected' }, f.expected));
  if (f.actual !== undefined) fact(w.actual, el('span', { class: 'actual' }, f.actual));
  if (f.related?.length)
    fact(
      w.related,
      el(
        'ul',
        { class: 'related' },
        ...f.related.map((r) =>
          el('li', {}, location(r.location, w, r.location.file !== f.location.file), r.note ? ' — ' : '', r.note ? el('span', { class: 'note' }, r.note) : '', r.evidence ? el('blockquote', { class: 'evidence' }, r.evidence) : ''),
        ),
      ),
    );
  if (items.length) {
    const links: (Node | string)[] = [];
    items.forEach((it, k) => links.push(...(k ? [', '] : []), el('a', { href: `#${checklistId(c.prefix, it)}`, class: 'ck-link' }, it)));
    fact(w.checklistItems, ...links);
  }
  const rule = c.rules.get(f.ruleId);
  return el(
    'article',
    { class: `finding sev-${f.severity} cat-${f.category}`, id, 'data-rule': f.ruleId, 'data-severity': f.severity, 'data-category': f.category, 'aria-labelledby': `${id}-h`, tabindex: '-1' },
    heading(c.level + 2, { id: `${id}-h` }, el('span', { class: 'no' }, `${i + 1}.`), badge(f.severity, w), el('span', { class: 'msg' }, f.message)),
    el('p', { class: 'rule-line' }, `${w.category[f.category] ?? f.category} · ${w.rule} `, el('code', {}, f.ruleId)),
    facts,
    rule
      ? el('div', { class: 'explain' }, el('p', {}, el('strong', {}, `${w.explanation}: ${rule.title[lang]}`)), el('p', {}, rule.description[lang]), rule.source ? el('p', { class: 'src' }, `${w.regulation}: ${rule.source}`) : '')
      : '',
  );
}

function findingsPart(r: FileReport, c: Ctx, itemsOf: Map<Finding, string[]>): HTMLElement {
  const { w } = c;
  const part = el('section', { class: 'part findings-part', 'aria-labelledby': `${c.prefix}-findings` }, heading(c.level, { id: `${c.prefix}-findings` }, w.findings));
  if (!r.findings.length) part.appendChild(el('p', {}, w.noFindings));
  // Contiguous runs of one section keep document order, as in the HTML report.
  let group: HTMLElement | undefined;
  let current: string | undefined;
  r.findings.forEach((f, i) => {
    const section = f.location.section ?? w.noSection;
    if (section !== current || !group) {
      current = section;
      group = el('section', { class: 'find-group' }, heading(c.level + 1, { class: 'section-head' }, section));
      part.appendChild(group);
    }
    group.appendChild(finding(f, i, c, itemsOf.get(f) ?? []));
  });
  return part;
}

/** The report of one file; `prefix` keeps its anchors apart from other files'. */
export function renderReport(r: FileReport, rules: RuleInfo[], lang: Lang, prefix: string, level: number): HTMLElement {
  const w = WORDS[lang];
  const c: Ctx = { lang, w, prefix, level, rules: new Map(rules.map((x) => [x.id, x])) };
  if (r.error) return el('p', { class: 'failed' }, `${w.failed}: ${r.error}`);
  const { part, itemsOf } = checklist(r, c, rules);
  return el('div', { class: 'report' }, summary(r, c), part, findingsPart(r, c, itemsOf));
}
