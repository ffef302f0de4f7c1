// One budget amount, two tables: a program's or kegiatan's anggaran in a table beside the budget
// table (a second budget table, Bab II's program/anggaran table outside a PK) against the budget
// table's line of the same name. Lines are paired one to one by the tolerant matcher and kept only
// when sameName holds; a name printed twice in either table is left out. Each pair is a subject
// with what the rule weighs: whether both columns' headers name the anggaran (or pagu), how many
// digits differ, and how many other lines of the two tables agree (tables that print the same
// budget agree on most lines; a budget revised in between differs on many).
import type { Loc, Model, Val } from '../../model/types.js';
import { assign } from '../../domain/match.js';
import { namesBudget } from '../../domain/budget-header.js';
import { sameName } from '../../domain/names.js';
import { normalizeText } from '../../domain/text.js';
import type { Subject } from '../../engine/types.js';
import { quoteRow } from '../evidence.js';
import { subjectKey } from '../subject-key.js';
import { isAmount } from './budget.js';
import { matchFacts } from './pairings.js';

type Line = { name: string; level?: string; anggaran?: Val; loc?: Loc };

/** Lines whose name is printed once in the table, with an amount read from a column named by its header. */
function lines(list: Line[]): Line[] {
  const count = new Map<string, number>();
  for (const l of list) count.set(normalizeText(l.name), (count.get(normalizeText(l.name)) ?? 0) + 1);
  return list.filter((l) => count.get(normalizeText(l.name)) === 1 && isAmount(l.anggaran) && !l.anggaran.loc?.reading);
}

/**
 * Digits that differ between two amounts (their exact values, without separators or ",00") of the
 * same length, position by position (99 otherwise); a swap of two neighbours counts 1.
 */
export function digitsDiffer(a: string, b: string): number {
  const x = a.replace(/\D/g, '');
  const y = b.replace(/\D/g, '');
  if (x.length !== y.length) return 99;
  const at = [...x].flatMap((c, i) => (c === y[i] ? [] : [i]));
  if (at.length === 2 && at[1] === at[0] + 1 && x[at[0]] === y[at[1]] && x[at[1]] === y[at[0]]) return 1;
  return at.length;
}

export function budgetTablePairs(model: Model): Subject[] {
  const main = model.anggaran;
  const others = model.anggaranLain ?? [];
  if (!main?.rows?.length || !others.length) return [];
  const mainLines = lines(main.rows.map((r) => ({ name: r.name, level: r.level, anggaran: r.anggaran, loc: r.loc })));
  const out: Subject[] = [];
  others.forEach((t, ti) => {
    const own = lines(t.rows.map((r) => ({ name: r.name, level: r.level, anggaran: r.anggaran, loc: r.loc })));
    const asg = assign(own, mainLines, (l) => l.name, (l) => l.name, { allow: (a, b) => !a.level || !b.level || a.level === b.level });
    const pairs = asg.pairs.filter((p) => sameName(p.a.name, p.b.name, 'name'));
    const agreeing = pairs.filter((p) => p.a.anggaran!.exact === p.b.anggaran!.exact).length;
    const headers = namesBudget(t.anggaranHeader) && namesBudget(main.anggaranHeader);
    for (const p of pairs) {
      const stated = p.a.anggaran!;
      const table = p.b.anggaran!;
      const differs = stated.exact !== table.exact;
      out.push({
        type: 'budget-table-pair',
        key: subjectKey('budget-table', t.title ?? String(ti + 1), p.a.name),
        loc: stated.loc ?? p.a.loc ?? {},
        evidence: quoteRow(p.a.name, stated),
        related: [{ location: table.loc ?? p.b.loc ?? {}, evidence: quoteRow(p.b.name, table), note: { term: 'consistency-place.budget-table' } }],
        facts: {
          name: p.a.name,
          otherTable: t.title ?? '',
          stated,
          table,
          headersNameBudget: headers,
          digitsDiffer: digitsDiffer(stated.exact!, table.exact!),
          // The other lines of the two tables that print the same amount, and those that do not.
          agreeing: agreeing - (differs ? 0 : 1),
          differing: pairs.length - agreeing - (differs ? 1 : 0),
          ...matchFacts(p.b.name, p.match),
        },
      });
    }
  });
  return out;
}
