// The budget table as a tree (program → kegiatan → sub kegiatan) from its flat rows in printed order.
import type { Model, Normalized } from '../model/types.js';
import type { BudgetRow } from '../model/report-input.js';
import { decimalSum } from '../model/decimal.js';

export type NBudgetRow = Normalized<BudgetRow>;
const DEPTH = { program: 0, kegiatan: 1, subkegiatan: 2 } as const;

export interface BudgetNode {
  row: NBudgetRow;
  path: string[];
  children: BudgetNode[];
  parent?: BudgetNode;
}

export function budgetTree(model: Model): BudgetNode[] {
  const rows = model.anggaran?.rows ?? [];
  const nested = nest(rows);
  // Levels read from the names ("Kegiatan Pencegahan …" under the row before it) may nest rows of a
  // flat list. A printed total that equals the plain sum of every row, where the nested tree's top
  // rows do not add up to it, shows that no row is a subtotal of others: the list is flat.
  const total = model.anggaran?.total;
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
