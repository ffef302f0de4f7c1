// The budget table as a tree (program → kegiatan → sub kegiatan) from its flat rows in printed order.
// Total rows split the rows into groups: each subtotal closes the rows since the total before it,
// and no row nests under a row of another group.
import type { Model, Normalized } from '../model/types.js';
import type { BudgetRow, BudgetTotal } from '../model/report-input.js';
import { decimalSum } from '../model/decimal.js';

export type NBudgetRow = Normalized<BudgetRow>;
export type NBudgetTotal = Normalized<BudgetTotal>;
const DEPTH = { program: 0, kegiatan: 1, subkegiatan: 2 } as const;

export interface BudgetNode {
  row: NBudgetRow;
  path: string[];
  children: BudgetNode[];
  parent?: BudgetNode;
}

/** The rows between two total rows, as a tree, and the total that closes them (if any). */
export interface BudgetGroup {
  roots: BudgetNode[];
  total?: NBudgetTotal;
}

/** Whether a row's level was not read from a mark (words, numbering, code or name column). */
export function levelUncertain(row: NBudgetRow): boolean {
  return row.levelReading !== undefined;
}

export function budgetGroups(model: Model): BudgetGroup[] {
  const a = model.anggaran;
  const rows = a?.rows ?? [];
  const subtotals = [...(a?.subtotals ?? [])].sort((x, y) => x.rowsBefore - y.rowsBefore);
  const groups: BudgetGroup[] = [];
  let from = 0;
  for (const s of subtotals) {
    const { rowsBefore: _r, ...total } = s;
    groups.push({ roots: tree(rows.slice(from, s.rowsBefore), total as NBudgetTotal), total: total as NBudgetTotal });
    from = s.rowsBefore;
  }
  groups.push({ roots: tree(rows.slice(from), a?.total), ...(a?.total ? { total: a.total } : {}) });
  return groups;
}

export function budgetTree(model: Model): BudgetNode[] {
  return budgetGroups(model).flatMap((g) => g.roots);
}

function tree(rows: NBudgetRow[], total: NBudgetTotal | undefined): BudgetNode[] {
  const nested = nest(rows);
  // Levels read from the names ("Kegiatan Pencegahan …" under the row before it) may nest rows of a
  // flat list. A printed total that equals the plain sum of every row, where the nested tree's top
  // rows do not add up to it, shows that no row is a subtotal of others: the list is flat.
  if (total && nested.length < rows.length) {
    for (const field of ['anggaran', 'realisasi'] as const) {
      const stated = total[field];
      if (!isAmount(stated)) continue;
      const top = sumOf(nested.map((n) => n.row[field]));
      const all = sumOf(rows.map((r) => r[field]));
      if (top !== undefined && all !== undefined && !same(top, stated.exact) && same(all, stated.exact))
        return rows.map((row) => ({ row, children: [], path: [row.name] }));
    }
  }
  return nested;
}

function isAmount(v: NBudgetRow['anggaran']): v is NonNullable<NBudgetRow['anggaran']> & { exact: string } {
  return !!v && v.kind === 'number' && v.exact !== undefined;
}

/** Exact sum of the numeric values (empty cells count as zero); undefined when none is numeric. */
function sumOf(values: NBudgetRow['anggaran'][]): string | undefined {
  const nums = values.filter(isAmount);
  return nums.length ? decimalSum(nums.map((v) => v.exact)) : undefined;
}

function same(a: string, b: string): boolean {
  return Math.abs(Number(a) - Number(b)) < 0.5;
}

function nest(rows: NBudgetRow[]): BudgetNode[] {
  const roots: BudgetNode[] = [];
  const stack: BudgetNode[] = [];
  for (const row of rows) {
    const depth = DEPTH[row.level];
    while (stack.length && DEPTH[stack[stack.length - 1].row.level] >= depth) stack.pop();
    const parent = stack[stack.length - 1];
    const node: BudgetNode = { row, children: [], parent, path: [...(parent?.path ?? []), row.name] };
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

export function* walkBudget(nodes: BudgetNode[]): Generator<BudgetNode> {
  for (const n of nodes) {
    yield n;
    yield* walkBudget(n.children);
  }
}
