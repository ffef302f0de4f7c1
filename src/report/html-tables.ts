// The HTML report's recomputed tables: the report's own tables (pengukuran, anggaran, sub kegiatan,
// alokasi per sasaran) beside the figures lkjip-lint recomputes, with the cells findings point at marked.
import { budgetTree, walkBudget } from '../domain/budget-tree.js';
import { results } from '../subjects/results.js';
import type { Finding, Lang } from '../engine/types.js';
import type { Loc, Model, Val } from '../model/types.js';
import type { CellMarks, Mark, Place } from './html-cells.js';
import { esc, SEVERITIES, SEVERITY_ICON, WORDS } from './html-text.js';
import { capaianText, childSum, ratingText, recomputedPercent, sumOf } from './recomputed.js';
import type { LintSettings } from '../engine/settings.js';

export interface TableContext {
  lang: Lang;
  findings: Finding[];
  marks: CellMarks;
  /** Prefix of this file's anchors, e.g. "f1". */
  prefix: string;
  /** Heading level for the tables' own headings. */
  level: number;
  settings?: LintSettings;
}

const words = (c: TableContext) => WORDS[c.lang];
/** Tables up to this many rows are kept on one printed page with their caption. */
const KEEP_ROWS = 12;

/** The anchor of finding i (0-based) of the file. */
export function findingAnchor(prefix: string, i: number): string {
  return `${prefix}-t${i + 1}`;
}

/** The flag behind a marked cell: icon, severity for screen readers, and links to the findings. */
export function flag(c: TableContext, mark: Mark): string {
  const w = words(c);
  const refs = mark.findings
    .map((i) => `<a class="ref" href="#${findingAnchor(c.prefix, i)}" title="${esc(`${w.findingNo} ${i + 1}: ${c.findings[i].ruleId}`)}">${i + 1}</a>`)
    .join(' ');
  return `<span class="flag"><span class="icon" aria-hidden="true">${SEVERITY_ICON[mark.severity]}</span><span class="sr">${esc(w.severity[mark.severity])}, ${esc(w.findingNo.toLowerCase())}</span> ${refs}</span>`;
}

function cell(c: TableContext, content: string, opts: { mark?: Mark; id?: string; cls?: string; header?: boolean } = {}): string {
  const classes = [opts.cls, opts.mark ? `mark mark-${opts.mark.severity}` : ''].filter(Boolean).join(' ');
  const tag = opts.header ? 'th' : 'td';
  const scope = opts.header ? ' scope="row"' : '';
  const id = opts.id ? ` id="${opts.id}"` : '';
  const body = opts.mark ? `<span class="v">${content}</span>${flag(c, opts.mark)}` : content;
  return `<${tag}${scope}${id}${classes ? ` class="${classes}"` : ''}>${body}</${tag}>`;
}

/** Escaped number text that may break after a thousands separator, so a long amount wraps rather than spill. */
function breakable(text: string): string {
  return esc(text).replace(/([.,])(?=\d{3})/g, '$1<wbr>');
}

function printed(v: Val | undefined): string {
  if (!v) return '';
  return breakable(v.raw.trim());
}

/** A printed value in a cell, marked when a finding points at it. */
function valueCell(c: TableContext, v: Val | undefined, rowLoc: Loc | undefined, field: string, place: Place, cls = 'num'): string {
  const mark = c.marks.cell(v?.loc ?? rowLoc, field, place, v?.raw);
  return cell(c, printed(v), { mark, id: place.id, cls });
}

/** A text cell of a row (name, predikat …), marked when a finding points at row + field. */
function textCell(c: TableContext, text: string | undefined, rowLoc: Loc | undefined, field: string, place: Place, opts: { cls?: string; header?: boolean } = {}): string {
  const mark = c.marks.cell(rowLoc, field, place);
  return cell(c, esc(text ?? ''), { mark, id: place.id, ...opts });
}

/** What to call a cell in a link from a finding: table · row · column. */
function labelOf(...parts: (string | undefined)[]): string {
  return parts.filter(Boolean).join(' · ');
}

function at(id: string, ...label: (string | undefined)[]): Place {
  return { id, label: labelOf(...label) };
}

function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** A recomputed figure, or "—" with the reason (shown unless it is only that a figure is missing). */
function computedCell(content: string | undefined, why?: string, showWhy = true): string {
  if (content === undefined) {
    const reason = why ? (showWhy ? `<span class="why">${esc(why)}</span>` : `<span class="sr">${esc(why)}</span>`) : '';
    return `<td class="num computed na"${why ? ` title="${esc(why)}"` : ''}>—${reason}</td>`;
  }
  return `<td class="num computed">${breakable(content)}</td>`;
}

function rowAttrs(c: TableContext, rowLoc: Loc | undefined, place: Place, cls: string[] = []): { attrs: string; mark?: Mark } {
  const mark = c.marks.row(rowLoc, place);
  const classes = [...cls, mark ? `row-mark row-mark-${mark.severity}` : ''].filter(Boolean);
  return { attrs: ` id="${place.id}"${classes.length ? ` class="${classes.join(' ')}"` : ''}`, mark };
}

function heading(c: TableContext, text: string, id: string, delta = 0): string {
  const l = Math.min(6, c.level + delta);
  return `<h${l} id="${id}">${esc(text)}</h${l}>`;
}

// ── Pengukuran ─────────────────────────────────────────────────────────────────────────────────

function pengukuranTable(c: TableContext, model: Model): string {
  const w = words(c);
  const res = results(model, c.settings);
  const id = `${c.prefix}-tbl-pengukuran`;
  const out: string[] = [heading(c, w.pengukuran, id)];
  if (!res.indicators.length) return [...out, `<p class="muted">${esc(w.noTable)}</p>`].join('\n');
  const tableNames = [...new Set(res.indicators.map((i) => i.row.loc.table).filter(Boolean))];
  out.push(`<div class="table-wrap${res.indicators.length <= KEEP_ROWS ? ' keep' : ''}"><table class="data pengukuran">`);
  if (tableNames.length) out.push(`<caption>${esc(tableNames.join(', '))}</caption>`);
  out.push(
    '<colgroup><col class="c-no"><col class="c-text"><col class="c-num"><col class="c-num"><col class="c-num"><col class="c-num"><col class="c-label"><col class="c-label"></colgroup>',
    `<thead><tr><th scope="col">${esc(w.no)}</th><th scope="col">${esc(w.indikator)}</th><th scope="col">${esc(w.target)}</th><th scope="col">${esc(w.realisasi)}</th><th scope="col">${esc(w.capaianPrinted)}</th><th scope="col" class="computed">${esc(w.capaianComputed)}</th><th scope="col">${esc(w.predikatPrinted)}</th><th scope="col" class="computed">${esc(w.predikatComputed)}</th></tr></thead>`,
  );
  for (const s of res.sasaran) {
    out.push('<tbody>');
    out.push(`<tr class="group"><th scope="rowgroup" colspan="8">${esc(w.sasaran)} ${s.no}${s.text ? `: ${esc(s.text)}` : ''}</th></tr>`);
    s.indicators.forEach((ind) => {
      const i = res.indicators.indexOf(ind);
      const base = `${c.prefix}-pk-${i}`;
      const row = ind.row;
      const label = (col?: string) => labelOf(w.pengukuran, `${w.no} ${row.no ?? i + 1}: ${clip(row.indikator)}`, col);
      const { attrs, mark } = rowAttrs(c, row.loc, { id: `${base}-row`, label: label() });
      const cap = capaianText(c.lang, ind);
      const rating = ratingText(c.lang, ind.rating);
      const indikator = `${esc(row.indikator)}${row.satuan ? ` <span class="muted">(${esc(row.satuan)})</span>` : ''}${mark ? flag(c, mark) : ''}`;
      out.push(
        `<tr${attrs}>`,
        `<td class="c">${esc(row.no ?? String(i + 1))}</td>`,
        `<th scope="row" class="text">${indikator}</th>`,
        valueCell(c, row.target, row.loc, 'target', { id: `${base}-target`, label: label(w.target) }),
        valueCell(c, row.realisasi, row.loc, 'realisasi', { id: `${base}-realisasi`, label: label(w.realisasi) }),
        valueCell(c, row.capaian, row.loc, 'capaian', { id: `${base}-capaian`, label: label(w.capaianPrinted) }),
        computedCell(cap.text, cap.why),
        textCell(c, row.predikat, row.loc, 'predikat', { id: `${base}-predikat`, label: label(w.predikatPrinted) }, { cls: 'c' }),
        rating.text !== undefined ? `<td class="c computed">${esc(rating.text)}</td>` : computedCell(undefined, rating.why),
        '</tr>',
      );
    });
    out.push('</tbody>');
  }
  out.push('</table></div>');
  const scale = res.scale;
  if (scale.bands.length) {
    const bands = scale.bands.map((b) => `<li><span class="band">${esc(b.label)}</span>: ${esc(b.range)}</li>`).join('');
    out.push(`<div class="scale"><span class="scale-title">${esc(w.scaleUsed)} (${esc(scale.declared ? w.scaleDeclared : w.scaleDefault)}${scale.declared || !scale.name ? '' : `: ${esc(scale.name)}`}):</span><ul>${bands}</ul></div>`);
  }
  return out.join('\n');
}

// ── Anggaran ───────────────────────────────────────────────────────────────────────────────────

function sumCell(text: string | undefined): string {
  if (text === '') return '<td class="num computed empty"></td>';
  return computedCell(text);
}

function anggaranTable(c: TableContext, model: Model): string {
  const w = words(c);
  const id = `${c.prefix}-tbl-anggaran`;
  const out: string[] = [heading(c, w.anggaran, id)];
  const roots = budgetTree(model);
  if (!roots.length) return [...out, `<p class="muted">${esc(w.noTable)}</p>`].join('\n');
  out.push('<div class="table-wrap"><table class="data anggaran">');
  if (model.anggaran?.title) out.push(`<caption>${esc(model.anggaran.title)}</caption>`);
  out.push(
    '<colgroup><col class="c-no"><col class="c-text"><col class="c-money"><col class="c-money"><col class="c-money"><col class="c-money"><col class="c-pct"><col class="c-pct"></colgroup>',
    `<thead><tr><th scope="col">${esc(w.no)}</th><th scope="col">${esc(w.budgetName)}</th><th scope="col">${esc(w.anggaranPrinted)}</th><th scope="col" class="computed">${esc(w.anggaranSum)}</th><th scope="col">${esc(w.realisasiPrinted)}</th><th scope="col" class="computed">${esc(w.realisasiSum)}</th><th scope="col">${esc(w.persenPrinted)}</th><th scope="col" class="computed">${esc(w.persenComputed)}</th></tr></thead>`,
    '<tbody>',
  );
  let i = 0;
  for (const node of walkBudget(roots)) {
    const row = node.row;
    const base = `${c.prefix}-bg-${i++}`;
    const label = (col?: string) => labelOf(w.anggaran, `${row.no ?? ''} ${clip(row.name)}`.trim(), col);
    const { attrs, mark } = rowAttrs(c, row.loc, { id: `${base}-row`, label: label() }, [`lvl-${row.level}`]);
    const pct = recomputedPercent(c.lang, row.realisasi, row.anggaran, row.persen);
    const nameMark = c.marks.cell(row.loc, 'name', { id: `${base}-name`, label: label(w.budgetName) });
    const name = `<span class="sr">${esc(w.level[row.level])}: </span>${esc(row.name)}${mark ? flag(c, mark) : ''}`;
    out.push(
      `<tr${attrs}>`,
      `<td class="c">${esc(row.no ?? '')}</td>`,
      cell(c, name, { mark: nameMark, id: `${base}-name`, cls: `text name lvl-${row.level}`, header: true }),
      valueCell(c, row.anggaran, row.loc, 'anggaran', { id: `${base}-anggaran`, label: label(w.anggaranPrinted) }),
      sumCell(childSum(c.lang, node.children, 'anggaran')),
      valueCell(c, row.realisasi, row.loc, 'realisasi', { id: `${base}-realisasi`, label: label(w.realisasiPrinted) }),
      sumCell(childSum(c.lang, node.children, 'realisasi')),
      valueCell(c, row.persen, row.loc, 'persen', { id: `${base}-persen`, label: label(w.persenPrinted) }),
      computedCell(pct.text, pct.why, pct.showWhy),
      '</tr>',
    );
  }
  const total = model.anggaran?.total;
  if (total) {
    const base = `${c.prefix}-bg-total`;
    const sum = (field: 'anggaran' | 'realisasi') => childSum(c.lang, roots, field);
    const pct = recomputedPercent(c.lang, total.realisasi, total.anggaran, total.persen);
    const label = (col: string) => labelOf(w.anggaran, total.label ?? w.total, col);
    out.push(
      '<tr class="total">',
      '<td></td>',
      `<th scope="row" class="text">${esc(total.label ?? w.total)}</th>`,
      valueCell(c, total.anggaran, total.loc, 'anggaran', { id: `${base}-anggaran`, label: label(w.anggaranPrinted) }),
      sumCell(sum('anggaran')),
      valueCell(c, total.realisasi, total.loc, 'realisasi', { id: `${base}-realisasi`, label: label(w.realisasiPrinted) }),
      sumCell(sum('realisasi')),
      valueCell(c, total.persen, total.loc, 'persen', { id: `${base}-persen`, label: label(w.persenPrinted) }),
      computedCell(pct.text, pct.why, pct.showWhy),
      '</tr>',
    );
  }
  out.push('</tbody></table></div>');
  return out.join('\n');
}

// ── Sub kegiatan (input / output) ──────────────────────────────────────────────────────────────

function subKegiatanTables(c: TableContext, model: Model): string {
  const w = words(c);
  const tables = model.subKegiatan ?? [];
  if (!tables.length) return '';
  const out: string[] = [heading(c, w.subKegiatan, `${c.prefix}-tbl-subkegiatan`)];
  tables.forEach((t, ti) => {
    const context = [t.sasaran !== undefined ? `${w.sasaran} ${t.sasaran}` : '', t.program ? `${w.level.program}: ${t.program}` : '', t.kegiatan ? `${w.level.kegiatan}: ${t.kegiatan}` : ''].filter(Boolean);
    out.push(
      `<div class="table-wrap${t.rows.length <= KEEP_ROWS ? ' keep' : ''}"><table class="data subkeg">`,
      `<caption>${esc(w.subKegiatanCaption(t.subKegiatan ?? t.rows[0]?.loc.table ?? String(ti + 1)))}${context.length ? `<span class="ctx">${esc(context.join(' · '))}</span>` : ''}</caption>`,
      '<colgroup><col class="c-kind"><col class="c-text"><col class="c-money"><col class="c-money"><col class="c-pct"><col class="c-pct"></colgroup>',
      `<thead><tr><th scope="col">${esc(w.kindHead)}</th><th scope="col">${esc(w.uraian)}</th><th scope="col">${esc(w.target)}</th><th scope="col">${esc(w.realisasi)}</th><th scope="col">${esc(w.persenPrinted)}</th><th scope="col" class="computed">${esc(w.persenComputed)}</th></tr></thead>`,
      '<tbody>',
    );
    t.rows.forEach((r, ri) => {
      const base = `${c.prefix}-sk-${ti}-${ri}`;
      const label = (col?: string) => labelOf(w.subKegiatanCaption(clip(t.subKegiatan ?? String(ti + 1))), clip(r.uraian), col);
      const { attrs, mark } = rowAttrs(c, r.loc, { id: `${base}-row`, label: label() });
      const pct = recomputedPercent(c.lang, r.realisasi, r.target, r.persen);
      out.push(
        `<tr${attrs}>`,
        `<td class="c">${esc(w.kind[r.kind])}</td>`,
        `<th scope="row" class="text">${esc(r.uraian)}${mark ? flag(c, mark) : ''}</th>`,
        valueCell(c, r.target, r.loc, 'target', { id: `${base}-target`, label: label(w.target) }),
        valueCell(c, r.realisasi, r.loc, 'realisasi', { id: `${base}-realisasi`, label: label(w.realisasi) }),
        valueCell(c, r.persen, r.loc, 'persen', { id: `${base}-persen`, label: label(w.persenPrinted) }),
        computedCell(pct.text, pct.why, pct.showWhy),
        '</tr>',
      );
    });
    out.push('</tbody></table></div>');
  });
  return out.join('\n');
}

// ── Alokasi per sasaran ───────────────────────────────────────────────────────────────────────

function alokasiTable(c: TableContext, model: Model): string {
  const w = words(c);
  const list = model.alokasi ?? [];
  if (!list.length) return '';
  const out: string[] = [heading(c, w.alokasi, `${c.prefix}-tbl-alokasi`)];
  out.push(
    '<div class="table-wrap"><table class="data alokasi">',
    '<colgroup><col class="c-text"><col class="c-money"><col class="c-money"><col class="c-pct"></colgroup>',
    `<thead><tr><th scope="col">${esc(w.alokasiProgram)}</th><th scope="col">${esc(w.alokasiAmount)}</th><th scope="col" class="computed">${esc(w.anggaranSum)}</th><th scope="col">${esc(w.alokasiPercent)}</th></tr></thead>`,
  );
  list.forEach((a, ai) => {
    out.push('<tbody>', `<tr class="group"><th scope="rowgroup" colspan="4">${esc(w.sasaran)} ${esc(a.sasaran)}${a.sasaranText ? `: ${esc(a.sasaranText)}` : ''}</th></tr>`);
    (a.items ?? []).forEach((it, ii) => {
      const base = `${c.prefix}-al-${ai}-${ii}`;
      const label = (col?: string) => labelOf(w.alokasi, `${w.sasaran} ${a.sasaran}`, clip(it.name), col);
      const { attrs, mark } = rowAttrs(c, it.loc, { id: `${base}-row`, label: label() });
      out.push(
        `<tr${attrs}>`,
        `<th scope="row" class="text">${esc(it.name)}${mark ? flag(c, mark) : ''}</th>`,
        valueCell(c, it.anggaran, it.loc, 'anggaran', { id: `${base}-anggaran`, label: label(w.alokasiAmount) }),
        '<td class="num computed empty"></td>',
        '<td></td>',
        '</tr>',
      );
    });
    if (a.total || a.percent) {
      const base = `${c.prefix}-al-${ai}-total`;
      const sum = sumOf(c.lang, (a.items ?? []).map((it) => it.anggaran));
      out.push(
        '<tr class="total">',
        `<th scope="row" class="text">${esc(w.alokasiTotal)}</th>`,
        valueCell(c, a.total, a.loc, 'total', at(`${base}-total`, w.alokasi, `${w.sasaran} ${a.sasaran}`, w.alokasiTotal)),
        computedCell(sum),
        valueCell(c, a.percent, a.loc, 'percent', at(`${base}-percent`, w.alokasi, `${w.sasaran} ${a.sasaran}`, w.alokasiPercent)),
        '</tr>',
      );
    }
    out.push('</tbody>');
  });
  out.push('</table></div>');
  return out.join('\n');
}

// ── Legend and the whole part ────────────────────────────────────────────────────────────────

export function legend(lang: Lang): string {
  const w = WORDS[lang];
  const items = SEVERITIES.map(
    (s) => `<li><span class="swatch mark mark-${s}"><span class="icon" aria-hidden="true">${SEVERITY_ICON[s]}</span> <span class="ref-sample">12</span></span> ${esc(w.legendWrong[s])}</li>`,
  );
  items.push(`<li><span class="swatch row-mark row-mark-error">&nbsp;&nbsp;&nbsp;</span> ${esc(w.legendRow)}</li>`);
  items.push(`<li><span class="swatch computed">85,28%</span> ${esc(w.legendComputed)}</li>`);
  items.push(`<li><span class="swatch computed">—</span> ${esc(w.legendNa)}</li>`);
  items.push(`<li><span class="swatch">Σ</span> ${esc(w.legendSum)}</li>`);
  return `<div class="legend" role="note"><span class="legend-title">${esc(w.legend)}:</span><ul>${items.join('')}</ul></div>`;
}

/** The recomputed tables of one file's model. */
export function recomputedTables(c: TableContext, model: Model | undefined): string {
  const w = words(c);
  if (!model) return `<p class="muted">${esc(w.noModel)}</p>`;
  return [`<p class="intro">${esc(w.tablesIntro)}</p>`, legend(c.lang), pengukuranTable(c, model), anggaranTable(c, model), subKegiatanTables(c, model), alokasiTable(c, model)].filter(Boolean).join('\n');
}
