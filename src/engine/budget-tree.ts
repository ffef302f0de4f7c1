// The budget table as a tree (program → kegiatan → sub kegiatan) from its flat rows in printed order.
import type { Model, Normalized } from '../model/types.js';
import type { BudgetRow } from '../model/report-input.js';

export type NBudgetRow = Normalized<BudgetRow>;
const DEPTH = { program: 0, kegiatan: 1, subkegiatan: 2 } as const;

export interface BudgetNode {
  row: NBudgetRow;
  path: string[];
  children: BudgetNode[];
  parent?: BudgetNode;
}

export function budgetTree(model: Model): BudgetNode[] {
  const roots: BudgetNode[] = [];
  const stack: BudgetNode[] = [];
  for (const row of model.anggaran?.rows ?? []) {
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
