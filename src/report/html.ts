// --format html: one self-contained page for a reviewer's memo or for printing on A4. Header,
// summary (with what was not checked, if anything), the Checklist Reviu, every finding with its
// location, evidence, expected vs printed and the rule behind it, and the report's tables
// recomputed with the wrong cells marked. Inline CSS, no script, no network; every text escaped;
// deterministic (no run date).
import type { Finding, Lang, RuleDef } from '../engine/types.js';
import { yearSourcesText as yearSources } from '../domain/year-sources.js';
import type { Loc } from '../model/types.js';
import { evaluateChecklist, STATUS_TEXT, type ChecklistResult } from './checklist.js';
import { CellMarks, type Place } from './html-cells.js';
import { CSS } from './html-css.js';
import { findingAnchor, recomputedTables } from './html-tables.js';
import { CATEGORIES, esc, SEVERITIES, SEVERITY_ICON, slug, STATUS_ICON, WORDS } from './html-text.js';
import type { FormatContext } from './index.js';
import { notCheckedLines, notUnderstood, summarize, type FileResult } from './results.js';
import { pageRanges } from '../model/page-ranges.js';
import { pushTo } from '../util/multimap.js';

type Words = (typeof WORDS)[Lang];

interface FileContext {
  lang: Lang;
  w: Words;
  prefix: string;
  /** Heading level of the file's parts. */
  level: number;
  rules: Map<string, RuleDef>;
}

const h = (level: number, text: string, attrs = '') => {
  const l = Math.min(6, level);
  return `<h${l}${attrs}>${text}</h${l}>`;
};

// ── Locations ─────────────────────────────────────────────────────────────────────────────────

function locationParts(loc: Loc, w: Words, withFile = true): string[] {
  const parts: string[] = [];
  const pos: string[] = [];
  if (loc.page !== undefined) pos.push(`${w.page} ${loc.page}`);
  if (loc.line !== undefined) pos.push(`${w.line} ${loc.line}${loc.column !== undefined ? `:${loc.column}` : ''}`);
  if (loc.paragraph !== undefined) pos.push(`${w.paragraph} ${loc.paragraph}`);
  const where = [withFile && loc.file ? `<code>${esc(loc.file)}</code>` : '', esc(pos.join(', '))].filter(Boolean).join(', ');
  if (where) parts.push(where);
  if (loc.section) parts.push(`${esc(w.section)}: ${esc(loc.section)}`);
  const table: string[] = [];
  if (loc.table) table.push(`${esc(w.table)} “${esc(loc.table)}”`);
  if (loc.row !== undefined) table.push(`${esc(w.tableRow)} ${esc(loc.row)}`);
  if (loc.field) table.push(`${esc(w.field)} <code>${esc(loc.field)}</code>`);
  if (table.length) parts.push(table.join(', '));
  if (loc.source && (loc.source.line !== undefined || loc.source.page !== undefined)) {
    const src = [loc.source.page !== undefined ? `${w.page} ${loc.source.page}` : '', loc.source.line !== undefined ? `${w.line} ${loc.source.line}` : ''].filter(Boolean).join(', ');
    parts.push(`${esc(w.source)}${loc.source.file ? ` <code>${esc(loc.source.file)}</code>` : ''} ${esc(src)}`);
  }
  if (loc.pointer) parts.push(`${esc(w.pointer)} <code>${esc(loc.pointer)}</code>`);
  return parts;
}

function locationHtml(loc: Loc, w: Words, withFile = true): string {
  return locationParts(loc, w, withFile)
    .map((p) => `<span class="loc-part">${p}</span>`)
    .join('');
}

// ── Parts ──────────────────────────────────────────────────────────────────────────────────────

function metaList(r: FileResult, w: Words): string {
  const meta = r.model?.meta;
  const rows: [string, string][] = [];
  if (meta?.instansi) rows.push([w.instansi, esc(meta.instansi)]);
  if (meta?.pemda) rows.push([w.pemda, esc(meta.pemda)]);
  if (meta?.tahun !== undefined) rows.push([w.tahun, esc(meta.tahun)]);
  else if (meta) rows.push([w.tahun, esc(w.yearUnknown)]);
  const sources = yearSources(meta, w.lang as Lang);
  if (sources) rows.push([w.yearFrom, esc(sources)]);
  if (meta?.title) rows.push([w.docName, esc(meta.title)]);
  rows.push([w.file, `<code>${esc(r.file)}</code>`]);
  if (r.format) rows.push([w.format, esc(r.format)]);
  const ocr = r.model?.extraction?.ocrPages;
  if (ocr?.length) rows.push([w.ocrPages, `${esc(w.page)} ${esc(pageRanges(ocr))} <span class="ocr-note">(${esc(w.ocrNote)})</span>`]);
  return `<dl class="meta">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

function summaryPart(r: FileResult, c: FileContext): string {
  const { w } = c;
  const count = (cat: string | undefined, sev: string | undefined) => r.findings.filter((f) => (!cat || f.category === cat) && (!sev || f.severity === sev)).length;
  const num = (n: number) => `<td class="num${n ? '' : ' zero'}">${n}</td>`;
  const head = `<thead><tr><th scope="col">${esc(w.categoryHead)}</th>${SEVERITIES.map((s) => `<th scope="col" class="num"><span aria-hidden="true">${SEVERITY_ICON[s]}</span> ${esc(w.severity[s])}</th>`).join('')}<th scope="col" class="num">${esc(w.total)}</th></tr></thead>`;
  const rows = CATEGORIES.map((cat) => `<tr><th scope="row">${esc(w.category[cat])}</th>${SEVERITIES.map((s) => num(count(cat, s))).join('')}${num(count(cat, undefined))}</tr>`);
  const totals = `<tr class="total"><th scope="row">${esc(w.total)}</th>${SEVERITIES.map((s) => num(count(undefined, s))).join('')}${num(r.findings.length)}</tr>`;
  const s = summarize([r]);
  return [
    `<section class="summary" aria-labelledby="${c.prefix}-summary">`,
    h(c.level, esc(w.summary), ` id="${c.prefix}-summary"`),
    // What was not checked, before the counts: no findings is then no clean pass.
    ...notCheckedLines(r, c.lang).map((n) => `<p class="not-checked sev-${n.level}"><span class="badge sev-${n.level}"><span aria-hidden="true">${SEVERITY_ICON[n.level]}</span> ${esc(w.severity[n.level])}</span> ${esc(n.text)}</p>`),
    `<p class="total-line">${esc(w.totalLine(r.findings.length, s.errors, s.warnings, s.infos))}</p>`,
    `<div class="table-wrap"><table class="summary"><colgroup><col class="c-cat"><col class="c-count"><col class="c-count"><col class="c-count"><col class="c-count"></colgroup>${head}<tbody>${rows.join('')}${totals}</tbody></table></div>`,
    '</section>',
  ].join('\n');
}

function chips(c: FileContext, findings: Finding[], all: Finding[]): string {
  if (!findings.length) return `<span class="muted">${esc(c.w.none)}</span>`;
  const links = findings.map((f) => {
    const i = all.indexOf(f);
    return `<a class="sev-${f.severity}" href="#${findingAnchor(c.prefix, i)}" title="${esc(`${c.w.severity[f.severity]}: ${f.ruleId}`)}"><span class="sr">${esc(c.w.findingNo)} </span>${i + 1}</a>`;
  });
  const rules = [...new Set(findings.map((f) => f.ruleId))];
  return `<div class="chips">${links.join('')}<span class="rules">${rules.map((x) => esc(x)).join(', ')}</span></div>`;
}

function checklistAnchor(prefix: string, itemId: string): string {
  return `${prefix}-ck-${slug(itemId)}`;
}

function checklistPart(r: FileResult, c: FileContext, checklist: ChecklistResult[]): string {
  const { w, lang } = c;
  const out: string[] = [
    `<section class="part checklist-part" aria-labelledby="${c.prefix}-checklist">`,
    h(c.level, esc(w.checklist), ` id="${c.prefix}-checklist"`),
    `<p class="intro">${esc(w.checklistIntro)}</p>`,
    '<div class="table-wrap"><table class="checklist">',
    '<colgroup><col class="c-ckno"><col><col class="c-status"><col class="c-refs"></colgroup>',
    `<thead><tr><th scope="col">${esc(w.itemNo)}</th><th scope="col">${esc(w.item)}</th><th scope="col">${esc(w.status)}</th><th scope="col">${esc(w.findingsBehind)}</th></tr></thead>`,
  ];
  let group = '';
  for (const res of checklist) {
    if (res.item.group[lang] !== group) {
      if (group) out.push('</tbody>');
      group = res.item.group[lang];
      out.push('<tbody>', `<tr class="group"><th scope="rowgroup" colspan="4">${esc(group)}</th></tr>`);
    }
    out.push(
      `<tr id="${checklistAnchor(c.prefix, res.item.id)}" class="ck-row st-row-${res.status}">`,
      `<th scope="row">${esc(res.item.id)}</th>`,
      `<td>${esc(res.item.text[lang])}</td>`,
      `<td><span class="status st-${res.status}"><span aria-hidden="true">${STATUS_ICON[res.status]}</span> ${esc(STATUS_TEXT[res.status][lang])}</span><div class="basis">${esc(res.basis[lang])}</div></td>`,
      `<td>${chips(c, res.findings, r.findings)}</td>`,
      '</tr>',
    );
  }
  if (group) out.push('</tbody>');
  out.push('</table></div>', '</section>');
  return out.join('\n');
}

function noteText(note: unknown, lang: Lang): string | undefined {
  if (typeof note === 'string') return note;
  if (note && typeof note === 'object' && typeof (note as Record<string, unknown>)[lang] === 'string') return (note as Record<Lang, string>)[lang];
  return undefined;
}

function placeLink(p: Place): string {
  return `<a class="place" href="#${p.id}"><span aria-hidden="true">→ </span>${esc(p.label)}</a>`;
}

function findingHtml(f: Finding, i: number, c: FileContext, marks: CellMarks, items: string[]): string {
  const { w, lang } = c;
  const id = findingAnchor(c.prefix, i);
  const rule = c.rules.get(f.ruleId);
  const facts: string[] = [`<dt>${esc(w.location)}</dt><dd>${locationHtml(f.location, w)}</dd>`];
  if (f.evidence) facts.push(`<dt>${esc(w.evidence)}</dt><dd><blockquote class="evidence">${esc(f.evidence)}</blockquote></dd>`);
  if (f.expected !== undefined) facts.push(`<dt>${esc(w.expected)}</dt><dd><span class="expected">${esc(f.expected)}</span></dd>`);
  if (f.actual !== undefined) facts.push(`<dt>${esc(w.actual)}</dt><dd><span class="actual">${esc(f.actual)}</span></dd>`);
  if (f.related?.length) {
    const li = f.related.map((r, k) => {
      const note = noteText(r.note, lang);
      const place = marks.relatedAt.get(`${i}:${k}`);
      return `<li>${locationHtml(r.location, w, r.location.file !== f.location.file)}${note ? ` — <span class="note">${esc(note)}</span>` : ''}${place ? ` ${placeLink(place)}` : ''}${r.evidence ? `<blockquote class="evidence">${esc(r.evidence)}</blockquote>` : ''}</li>`;
    });
    facts.push(`<dt>${esc(w.related)}</dt><dd><ul class="related">${li.join('')}</ul></dd>`);
  }
  const shownAt = marks.shownAt.get(i) ?? [];
  if (shownAt.length) facts.push(`<dt>${esc(w.markedCell)}</dt><dd>${shownAt.map(placeLink).join('<br>')}</dd>`);
  if (items.length) facts.push(`<dt>${esc(w.checklistItems)}</dt><dd>${items.map((it) => `<a href="#${checklistAnchor(c.prefix, it)}">${esc(it)}</a>`).join(', ')}</dd>`);
  const explain = rule
    ? `<div class="explain"><p><strong>${esc(w.explanation)}: ${esc(rule.title[lang])}</strong></p><p>${esc(rule.description[lang])}</p>${rule.source ? `<p class="src">${esc(w.regulation)}: ${esc(rule.source)}</p>` : ''}</div>`
    : '';
  return [
    `<article class="finding sev-${f.severity} cat-${f.category}" id="${id}" data-finding="${i + 1}" data-rule="${esc(f.ruleId)}" aria-labelledby="${id}-h">`,
    h(c.level + 2, `<span class="no">${i + 1}.</span><span class="badge sev-${f.severity}"><span aria-hidden="true">${SEVERITY_ICON[f.severity]}</span> ${esc(w.severity[f.severity])}</span><span class="msg">${esc(f.message)}</span>`, ` id="${id}-h"`),
    `<p class="rule-line">${esc(w.category[f.category] ?? f.category)} · ${esc(w.rule)} <code>${esc(f.ruleId)}</code></p>`,
    `<dl class="facts">${facts.join('')}</dl>`,
    explain,
    '</article>',
  ].join('\n');
}

function findingsPart(r: FileResult, c: FileContext, marks: CellMarks, checklist: ChecklistResult[]): string {
  const { w } = c;
  const out: string[] = [`<section class="part findings-part" aria-labelledby="${c.prefix}-findings">`, h(c.level, esc(w.findings), ` id="${c.prefix}-findings"`)];
  if (!r.findings.length) out.push(`<p>${esc(w.noFindings)}</p>`);
  const itemsOf = new Map<Finding, string[]>();
  for (const res of checklist) for (const f of res.findings) pushTo(itemsOf, f, res.item.id);
  // Contiguous runs of one section keep document order exactly.
  let run = -1;
  let current: string | undefined;
  r.findings.forEach((f, i) => {
    const section = f.location.section ?? w.noSection;
    if (section !== current) {
      current = section;
      run++;
      out.push(h(c.level + 1, esc(section), ` class="section-head" id="${c.prefix}-s${run + 1}"`));
    }
    out.push(findingHtml(f, i, c, marks, itemsOf.get(f) ?? []));
  });
  out.push(`<p class="toplink"><a href="#${c.prefix}-top">${esc(w.backToTop)}</a></p>`, '</section>');
  return out.join('\n');
}

function fileSection(r: FileResult, index: number, multi: boolean, ctx: FormatContext, rules: Map<string, RuleDef>): string {
  const w = WORDS[ctx.lang];
  const prefix = `f${index + 1}`;
  const c: FileContext = { lang: ctx.lang, w, prefix, level: multi ? 3 : 2, rules };
  const out: string[] = [`<section class="file" id="${prefix}-top">`];
  if (multi) out.push(h(2, `${esc(w.file)}: <code>${esc(r.file)}</code>`));
  out.push(metaList(r, w));
  if (r.error) {
    out.push(`<p class="failed">${esc(w.failed)}: ${esc(r.error[ctx.lang])}</p>`, '</section>');
    return out.join('\n');
  }
  const marks = new CellMarks(r.findings);
  const tables = recomputedTables({ lang: ctx.lang, findings: r.findings, marks, prefix, level: c.level + 1, settings: ctx.settings }, r.model);
  const checklist = evaluateChecklist(r.findings, ctx.rules, notUnderstood(r));
  out.push(
    `<nav class="toc" aria-label="${esc(w.contents)}"><strong>${esc(w.contents)}</strong><ol>`,
    `<li><a href="#${prefix}-summary">${esc(w.summary)}</a></li>`,
    `<li><a href="#${prefix}-checklist">${esc(w.checklist)}</a></li>`,
    `<li><a href="#${prefix}-findings">${esc(w.findings)}</a> (${r.findings.length})</li>`,
    `<li><a href="#${prefix}-tables">${esc(w.tables)}</a></li>`,
    '</ol></nav>',
    summaryPart(r, c),
    checklistPart(r, c, checklist),
    findingsPart(r, c, marks, checklist),
    `<section class="part tables-part" aria-labelledby="${prefix}-tables">`,
    h(c.level, esc(w.tables), ` id="${prefix}-tables"`),
    tables,
    `<p class="toplink"><a href="#${prefix}-top">${esc(w.backToTop)}</a></p>`,
    '</section>',
    '</section>',
  );
  return out.join('\n');
}

function filterControls(results: FileResult[], w: Words): string {
  const all = results.flatMap((r) => r.findings);
  if (!all.length) return '';
  const boxes = SEVERITIES.map((s) => {
    const n = all.filter((f) => f.severity === s).length;
    return `<label><input type="checkbox" id="show-${s}" checked> <span class="badge sev-${s}"><span aria-hidden="true">${SEVERITY_ICON[s]}</span> ${esc(w.severity[s])}</span> (${n})</label>`;
  });
  return `<fieldset class="filter"><legend>${esc(w.filter)}</legend>${boxes.join('')}<span class="note">${esc(w.filterNote)}</span></fieldset>`;
}

export function formatHtml(results: FileResult[], ctx: FormatContext): string {
  const w = WORDS[ctx.lang];
  const rules = new Map(ctx.rules.map((r) => [r.id, r]));
  const multi = results.length !== 1;
  const meta = !multi ? results[0].model?.meta : undefined;
  const title = [w.docTitle, meta?.instansi, meta?.tahun].filter((x) => x !== undefined && x !== '').join(' — ');
  const body = results.map((r, i) => fileSection(r, i, multi, ctx, rules));
  return `<!DOCTYPE html>
<html lang="${w.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="lkjip-lint">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header class="doc-head">
<h1>${esc(w.docTitle)}</h1>
<p class="subtitle">${esc(w.subtitle)}</p>
</header>
${filterControls(results, w)}
<main>
${body.join('\n')}
</main>
<footer><p class="muted">${esc(w.generatedBy)}</p></footer>
</body>
</html>
`;
}
