// Subjects for the arithmetic rules: stated totals beside the sum of their parts ('sum'), and
// stated percentages beside the ratio they claim to be ('percentage'), a "Rata-rata" row beside the
// mean of the rows it summarises ('average-row'), a row of a table of budget use beside its
// arithmetic ('efficiency-row').
import { decimalSum } from '../model/decimal.js';
import type { Loc, Model, Val } from '../model/types.js';
import { budgetGroups, budgetTree, levelUncertain, walkBudget, type BudgetNode, type NBudgetTotal } from '../domain/budget-tree.js';
import { quoteRow } from './evidence.js';
import { percentDecimals, quantity } from '../domain/quantity.js';
import { subjectKey } from './subject-key.js';
import { values } from './arithmetic/values.js';
import { averageRows } from './arithmetic/average.js';
import { efficiencyRows } from './arithmetic/efficiency.js';
import type { Subject } from '../engine/types.js';
import { sameName } from '../domain/names.js';

function isNumber(v: Val | undefined): v is Val & { value: number; exact: string } {
  return !!v && v.kind === 'number' && v.value !== null && v.exact !== undefined;
}

/** A part's value: as printed, or (an exact decimal string) the sum of its own parts where it prints none. */
type Part = Val | string | undefined;

/** Sum of the numeric values; empty ("-") parts count as zero. Undefined when no part is numeric. */
function exactSum(values: Part[]): number | undefined {
  const exact = values.flatMap((v) => (typeof v === 'string' ? [v] : isNumber(v) ? [v.exact] : []));
  if (!exact.length) return undefined;
  return Number(decimalSum(exact));
}

interface SumInput {
  context: 'budget' | 'belanja' | 'pk' | 'allocation';
  key: string;
  label: string;
  /** Which column is summed, where the table has two. */
  field?: 'anggaran' | 'realisasi';
  stated: Val | undefined;
  parts: Part[];
  partLabels: string[];
  loc: Loc;
  evidence: string;
  /** Uncertain readings the sum rests on beyond its values (an inferred scope). */
  readings?: string[];
  /** For a realisasi sum: the same row's anggaran sum, whose figures it carries (was the slip in this column?). */
  anggaran?: Subject;
}

/** A part that was printed but not read as an amount (malformed, text, "n/a"): the sum cannot be made. */
function unread(v: Part): boolean {
  return typeof v === 'object' && v.kind !== 'number' && v.kind !== 'empty';
}

function sumSubject(s: SumInput): Subject | undefined {
  if (s.parts.some(unread)) return undefined;
  const computed = exactSum(s.parts);
  if (computed === undefined || !s.stated || (s.stated.kind !== 'number' && s.stated.kind !== 'empty')) return undefined;
  return {
    type: 'sum',
    key: s.key,
    loc: s.stated.loc ?? s.loc,
    evidence: s.evidence,
    ...(s.readings ? { readings: s.readings } : {}),
    facts: {
      context: s.context,
      label: s.label,
      field: s.field,
      stated: s.stated.kind === 'empty' ? { ...s.stated, kind: 'number', value: 0, exact: '0', decimals: 0 } : s.stated,
      computed: quantity(computed, 'rupiah', Math.max(0, ...s.parts.filter((p): p is Val => typeof p === 'object' && isNumber(p)).map((p) => p.decimals))),
      partCount: s.parts.length,
      parts: s.partLabels,
      ...(s.anggaran ? { anggaranStated: s.anggaran.facts.stated, anggaranComputed: s.anggaran.facts.computed } : {}),
    },
  };
}

/** "scope-inferred" when the levels of the rows a sum adds up were not read from a mark. */
function scopeOf(nodes: BudgetNode[]): string[] | undefined {
  return nodes.some((n) => levelUncertain(n.row)) ? ['scope-inferred'] : undefined;
}

const label = (n: BudgetNode) => `${n.row.no ?? ''} ${n.row.name}`.trim();

/**
 * A budget row's value for its parent's sum: as printed ("-" is zero), or, where the row prints no
 * value but its own rows do (a program row left blank above its kegiatan), the sum of those.
 */
function partOf(node: BudgetNode, field: 'anggaran' | 'realisasi'): Part {
  const v = node.row[field];
  if (v || !node.children.length) return v;
  const parts = node.children.map((c) => partOf(c, field));
  const exact = parts.flatMap((p) => (typeof p === 'string' ? [p] : isNumber(p) ? [p.exact] : []));
  return exact.length ? decimalSum(exact) : undefined;
}

function budgetSums(model: Model): Subject[] {
  const groups = budgetGroups(model);
  const out: Subject[] = [];
  const nodeSums = (node: BudgetNode) => {
    if (!node.children.length) return;
    let anggaran: Subject | undefined;
    for (const field of ['anggaran', 'realisasi'] as const) {
      const s = sumSubject({
        context: 'budget',
        key: subjectKey('budget', ...node.path, field),
        label: node.row.name,
        field,
        stated: node.row[field],
        parts: node.children.map((c) => partOf(c, field)),
        partLabels: node.children.map(label),
        loc: node.row.loc,
        evidence: quoteRow(node.row.no, node.row.name, node.row.anggaran, node.row.realisasi, node.row.persen),
        readings: scopeOf([node, ...node.children]),
        anggaran,
      });
      if (s) out.push(s);
      if (field === 'anggaran') anggaran = s;
    }
  };
  for (const g of groups) for (const node of walkBudget(g.roots)) nodeSums(node);
  const subtotals = groups.slice(0, -1).map((g) => g.total).filter((t): t is NBudgetTotal => !!t);
  const several = groups.filter((g) => g.total).length > 1;
  groups.forEach((g, i) => {
    const total = g.total;
    if (!total) return;
    const last = i === groups.length - 1;
    let anggaran: Subject | undefined;
    for (const field of ['anggaran', 'realisasi'] as const) {
      // With one total row, it adds up the rows above it. With several, a total may close the rows
      // since the total before it, open the rows up to the next one ("TOTAL URUSAN PILIHAN" above
      // its programs), or (the last one) add up the subtotals and the rows after them: the reading
      // that adds up is taken; where none does, which was meant is inferred, not printed.
      const rows = (nodes: BudgetNode[]) => ({ parts: nodes.map((r) => partOf(r, field)), labels: nodes.map(label), readings: scopeOf(nodes) });
      const candidates = [rows(g.roots)];
      if (several && groups[i + 1]) candidates.push(rows(groups[i + 1].roots));
      if (several && last && subtotals.length) {
        const own = rows(g.roots);
        candidates.push({ parts: [...subtotals.map((t) => t[field]), ...own.parts], labels: [...subtotals.map((t) => t.label ?? 'Jumlah'), ...own.labels], readings: own.readings });
      }
      const stated = total[field];
      const adds = (c: (typeof candidates)[number]) => {
        const sum = exactSum(c.parts);
        return sum !== undefined && !!stated && stated.kind === 'number' && sameAmount(sum, stated);
      };
      const chosen = candidates.find(adds) ?? candidates[candidates.length - 1];
      const readings = candidates.some(adds) || !several ? chosen.readings : ['scope-inferred'];
      const s = sumSubject({
        context: 'budget',
        key: last ? subjectKey('budget', 'total', field) : subjectKey('budget', 'subtotal', String(i), field),
        label: total.label ?? 'JUMLAH',
        field,
        stated,
        parts: chosen.parts,
        partLabels: chosen.labels,
        loc: total.loc,
        evidence: quoteRow(total.label ?? 'JUMLAH', total.anggaran, total.realisasi, total.persen),
        readings,
        anggaran,
      });
      if (s) out.push(s);
      if (field === 'anggaran') anggaran = s;
    }
  });
  return out;
}

function sameAmount(sum: number, stated: Val): boolean {
  return stated.value !== null && stated.value !== undefined && Math.abs(sum - Number(stated.value)) < 0.5;
}

function belanjaSums(model: Model): Subject[] {
  const b = model.belanja;
  if (!b) return [];
  const out: Subject[] = [];
  const quote = (i: { name: string; amount?: Val; realisasi?: Val; persen?: Val }) => `${i.name} ${[i.amount, i.realisasi, i.persen].map((v) => v?.raw ?? '').join(' ')}`.trim();
  // The amount sums by what they add up, for the realisasi sums of the same rows.
  const amounts = new Map<object, Subject>();
  for (const field of ['amount', 'realisasi'] as const) {
    // A realisasi sum only where the table prints realisasi: the amount's key stays as it was.
    const key = (...parts: string[]) => (field === 'amount' ? subjectKey('belanja', ...parts) : subjectKey('belanja', ...parts, 'realisasi'));
    const put = (row: object, s: Subject | undefined) => {
      if (!s) return;
      out.push(s);
      if (field === 'amount') amounts.set(row, s);
    };
    for (const g of b.groups ?? []) {
      if (!g.parts?.length) continue;
      const s = sumSubject({
        context: 'belanja',
        key: key(g.name),
        label: g.name,
        field: field === 'amount' ? 'anggaran' : 'realisasi',
        stated: g[field],
        parts: g.parts.map((p) => p[field]),
        partLabels: g.parts.map((p) => p.name),
        loc: g.loc,
        evidence: quoteRow(quote(g), ...g.parts.map(quote)),
        anggaran: amounts.get(g),
      });
      put(g, s);
    }
    const row = b.totalRow;
    if (row && b.groups?.length) {
      const s = sumSubject({
        context: 'belanja',
        key: key('total-row'),
        label: row.name,
        field: field === 'amount' ? 'anggaran' : 'realisasi',
        stated: row[field],
        parts: b.groups.map((g) => g[field]),
        partLabels: b.groups.map((g) => g.name),
        loc: row.loc,
        evidence: quoteRow(quote(row), ...b.groups.map(quote)),
        anggaran: amounts.get(row),
      });
      put(row, s);
    }
  }
  if (b.total && b.groups?.length) {
    const s = sumSubject({
      context: 'belanja',
      key: subjectKey('belanja', 'total'),
      label: 'Total belanja',
      field: 'anggaran',
      stated: b.total,
      parts: b.groups.map((g) => g.amount),
      partLabels: b.groups.map((g) => g.name),
      loc: b.loc,
      evidence: quoteRow(b.total, ...b.groups.map((g) => `${g.name} ${g.amount?.raw ?? ''}`)),
    });
    if (s) out.push(s);
  }
  return out;
}

function pkSums(model: Model): Subject[] {
  return (model.pk ?? []).flatMap((pk, i) => {
    if (!pk.programs?.length || !pk.total) return [];
    const s = sumSubject({
      context: 'pk',
      key: subjectKey('pk', pk.kind, String(i), 'total'),
      label: pk.title ?? (pk.kind === 'pk' ? 'Perjanjian Kinerja' : 'Perjanjian Kinerja Perubahan'),
      stated: pk.total,
      parts: pk.programs.map((p) => p.anggaran),
      partLabels: pk.programs.map((p) => p.name),
      loc: pk.loc,
      evidence: quoteRow('JUMLAH', pk.total),
    });
    return s ? [s] : [];
  });
}

function allocationSums(model: Model): Subject[] {
  return (model.alokasi ?? []).flatMap((a) => {
    if (!a.items?.length || !a.total) return [];
    const s = sumSubject({
      context: 'allocation',
      key: subjectKey('alokasi', String(a.sasaran), 'total'),
      label: `Sasaran ${a.sasaran}${a.sasaranText ? `: ${a.sasaranText}` : ''}`,
      stated: a.total,
      parts: a.items.map((p) => p.anggaran),
      partLabels: a.items.map((p) => p.name),
      loc: a.loc,
      evidence: quoteRow(a.total),
    });
    return s ? [s] : [];
  });
}

function sums(model: Model): Subject[] {
  return [...budgetSums(model), ...belanjaSums(model), ...pkSums(model), ...allocationSums(model)];
}

type PercentKind = 'budget' | 'subkegiatan-input' | 'subkegiatan-output' | 'proportion' | 'allocation';

function percentSubject(
  kind: PercentKind,
  key: string,
  label: string,
  stated: Val | undefined,
  numerator: Val | number | undefined,
  denominator: Val | number | undefined,
  evidence: string,
): Subject | undefined {
  const num = typeof numerator === 'number' ? numerator : isNumber(numerator) ? numerator.value : undefined;
  const den = typeof denominator === 'number' ? denominator : isNumber(denominator) ? denominator.value : undefined;
  if (!stated || num === undefined || den === undefined) return undefined;
  if (stated.kind !== 'number' && stated.kind !== 'empty') return undefined;
  return {
    type: 'percentage',
    key,
    loc: stated.loc,
    evidence,
    facts: {
      kind,
      label,
      stated,
      numerator: typeof numerator === 'object' ? numerator : num,
      denominator: typeof denominator === 'object' ? denominator : den,
      denominatorZero: den === 0,
      computed: den === 0 ? undefined : quantity((num / den) * 100, 'percent', percentDecimals(stated)),
    },
  };
}

function percentages(model: Model): Subject[] {
  const out: (Subject | undefined)[] = [];
  for (const node of walkBudget(budgetTree(model))) {
    const r = node.row;
    out.push(
      percentSubject('budget', subjectKey('pct', 'budget', ...node.path), r.name, r.persen, r.realisasi, r.anggaran, quoteRow(r.no, r.name, r.anggaran, r.realisasi, r.persen)),
    );
  }
  const t = model.anggaran?.total;
  if (t) out.push(percentSubject('budget', subjectKey('pct', 'budget', 'total'), t.label ?? 'JUMLAH', t.persen, t.realisasi, t.anggaran, quoteRow(t.label ?? 'JUMLAH', t.anggaran, t.realisasi, t.persen)));
  (model.anggaran?.subtotals ?? []).forEach((st, i) =>
    out.push(percentSubject('budget', subjectKey('pct', 'budget', 'subtotal', String(i)), st.label ?? 'Jumlah', st.persen, st.realisasi, st.anggaran, quoteRow(st.label ?? 'Jumlah', st.anggaran, st.realisasi, st.persen))),
  );

  for (const table of model.subKegiatan ?? []) {
    for (const row of table.rows) {
      const kind: PercentKind = row.kind === 'input' ? 'subkegiatan-input' : 'subkegiatan-output';
      out.push(
        percentSubject(kind, subjectKey('pct', 'subkeg', table.subKegiatan ?? table.kegiatan ?? '', row.uraian), `${table.subKegiatan ?? table.kegiatan ?? ''}: ${row.uraian}`.replace(/^: /, ''), row.persen, row.realisasi, row.target, quoteRow(row.uraian, row.target, row.realisasi, row.persen)),
      );
    }
  }

  const b = model.belanja;
  for (const item of [...(b?.groups ?? []).flatMap((g) => [g, ...(g.parts ?? [])]), ...(b?.totalRow ? [b.totalRow] : [])]) {
    out.push(percentSubject('budget', subjectKey('pct', 'belanja-item', item.name), item.name, item.persen, item.realisasi, item.amount, quoteRow(item.name, item.amount, item.realisasi, item.persen)));
  }
  const belanjaTotal = b?.total ?? model.anggaran?.total?.anggaran;
  for (const p of b?.proportions ?? []) {
    const group = b?.groups?.find((g) => sameName(g.name, p.name, 'budget-line'));
    out.push(percentSubject('proportion', subjectKey('pct', 'belanja', p.name), p.name, p.percent, group?.amount, belanjaTotal, quoteRow(p.name, p.percent)));
  }

  const pagu = model.anggaran?.total?.anggaran ?? model.belanja?.total;
  for (const a of model.alokasi ?? []) {
    out.push(percentSubject('allocation', subjectKey('pct', 'alokasi', String(a.sasaran)), `Sasaran ${a.sasaran}`, a.percent, a.total, pagu, quoteRow(a.total, a.percent)));
  }
  return out.filter((s): s is Subject => !!s);
}

export const subjects = { sum: sums, percentage: percentages, value: values, 'average-row': averageRows, 'efficiency-row': efficiencyRows };
