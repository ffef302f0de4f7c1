// The allocation of the budget per sasaran against the budget table: each line's amount among the
// budgets of the program it names (or of the whole table), the allocations of a program and of
// the pagu added up, and one budget line allocated in full to two sasaran.
import type { Loc, Model, Val } from '../../model/types.js';
import { decimalSum } from '../../model/decimal.js';
import { budgetTree, walkBudget, type BudgetNode } from '../../domain/budget-tree.js';
import { compare, MATCH_THRESHOLD, type MatchInfo } from '../../domain/match.js';
import { agree, exceeds, quantity } from '../../domain/quantity.js';
import { clip, normalizeText } from '../../domain/text.js';
import { sameName } from '../../domain/names.js';
import type { Subject, TermRef } from '../../engine/types.js';
import { quoteRow } from '../evidence.js';
import { subjectKey } from '../subject-key.js';
import { isAmount } from './budget.js';
import type { LintSettings } from '../../engine/settings.js';
import type { TolerancePolicy } from '../../domain/quantity.js';
import { pushTo } from '../../util/multimap.js';

interface AllocationLine {
  sasaran: string;
  /** The sasaran's text as the allocation table gives it, clipped; '' when it gives none. */
  sasaranText: string;
  name: string;
  amount: Val;
  loc: Loc;
  /** The program (or other node) the name refers to, if found. */
  named?: BudgetNode;
  /** The budgets the amount may be: of the named node and its items, else of the whole table. */
  pool: BudgetNode[];
  /** The node whose budget the amount equals (top-most), if any. */
  node?: BudgetNode;
  nearest?: BudgetNode;
  match?: MatchInfo;
}

/** The sasaran as a quote (evidence, the parts of a sum): 'sasaran 2 ("Meningkatnya …")'. */
const sasaranQuote = (l: Pick<AllocationLine, 'sasaran' | 'sasaranText'>) => `sasaran ${l.sasaran}${l.sasaranText ? ` ("${l.sasaranText}")` : ''}`;

/** The sasaran as a note on a related place: a term of rules/terms.json. */
const sasaranNote = (l: Pick<AllocationLine, 'sasaran' | 'sasaranText'>): TermRef => ({
  term: l.sasaranText ? 'consistency-place.sasaran-named' : 'consistency-place.sasaran',
  params: { sasaranNo: l.sasaran, sasaranText: l.sasaranText },
});

const BUDGET_TABLE: TermRef = { term: 'consistency-place.budget-table' };

/** Per model, for the tolerance the amounts were compared under. */
const allocCache = new WeakMap<Model, { tolerance: TolerancePolicy; lines: AllocationLine[] }>();

function allocationLines(model: Model, tolerance: TolerancePolicy): AllocationLine[] {
  const hit = allocCache.get(model);
  if (hit?.tolerance === tolerance) return hit.lines;
  const roots = budgetTree(model);
  const all = [...walkBudget(roots)];
  const programs = all.filter((n) => n.row.level === 'program');
  const lines: AllocationLine[] = [];
  for (const a of model.alokasi ?? []) {
    const sasaran = String(a.sasaran);
    const sasaranText = a.sasaranText ? clip(a.sasaranText, 80) : '';
    for (const item of a.items ?? []) {
      if (!isAmount(item.anggaran) || !all.length) continue;
      const best = (list: BudgetNode[]) => {
        let top: { node: BudgetNode; match: MatchInfo } | undefined;
        for (const n of list) {
          const match = compare(item.name, n.row.name);
          if (match.score >= MATCH_THRESHOLD && (!top || match.score > top.match.score)) top = { node: n, match };
        }
        return top;
      };
      const named = best(programs) ?? best(all);
      const pool = (named ? [...walkBudget([named.node])] : all).filter((n) => isAmount(n.row.anggaran));
      const node = pool.find((n) => agree(n.row.anggaran, item.anggaran, tolerance));
      let nearest: BudgetNode | undefined;
      for (const n of pool) {
        if (!nearest || Math.abs(n.row.anggaran!.value! - item.anggaran.value) < Math.abs(nearest.row.anggaran!.value! - item.anggaran.value)) nearest = n;
      }
      lines.push({ sasaran, sasaranText, name: item.name, amount: item.anggaran, loc: item.loc, named: named?.node, pool, node, nearest, match: named?.match });
    }
  }
  allocCache.set(model, { tolerance, lines });
  return lines;
}

export function allocationItems(model: Model, { tolerance }: LintSettings): Subject[] {
  return allocationLines(model, tolerance).map((l, i, list) => {
    const dup = list.slice(0, i).filter((x) => x.sasaran === l.sasaran && normalizeText(x.name) === normalizeText(l.name)).length;
    const near = l.nearest;
    return {
      type: 'allocation-item',
      key: subjectKey('alokasi', l.sasaran, l.name, dup ? String(dup + 1) : undefined),
      loc: l.amount.loc ?? l.loc,
      evidence: quoteRow(l.name, l.amount),
      related: near ? [{ location: near.row.anggaran?.loc ?? near.row.loc, evidence: quoteRow(near.row.no, near.row.name, near.row.anggaran), note: { term: 'consistency-place.closest-budget' } }] : [],
      facts: {
        name: l.name,
        sasaranNo: l.sasaran,
        sasaranText: l.sasaranText,
        stated: l.amount,
        budgets: l.pool.map((n) => n.row.anggaran),
        named: !!l.named,
        program: l.named ? clip(l.named.row.name, 100) : '',
        ...(l.named ? { programLevel: l.named.row.level } : {}),
        nearest: near?.row.anggaran,
        nearestName: near?.row.name ?? '',
        ...(near ? { nearestLevel: near.row.level } : {}),
      },
    } satisfies Subject;
  });
}

export function allocationSums(model: Model, { tolerance }: LintSettings): Subject[] {
  if (!model.alokasi?.length) return [];
  const lines = allocationLines(model, tolerance);
  const out: Subject[] = [];
  const byProgram = new Map<BudgetNode, AllocationLine[]>();
  for (const l of lines) {
    if (!l.named || l.named.row.level !== 'program') continue;
    pushTo(byProgram, l.named, l);
  }
  for (const [program, list] of byProgram) {
    if (!isAmount(program.row.anggaran)) continue;
    const sum = Number(decimalSum(list.map((l) => l.amount.exact!)));
    out.push({
      type: 'allocation-sum',
      key: subjectKey('alokasi-sum', ...program.path),
      loc: list[0].amount.loc,
      evidence: quoteRow(...list.map((l) => `${l.name} ${l.amount.raw}`)),
      related: [{ location: program.row.anggaran.loc, evidence: quoteRow(program.row.no, program.row.name, program.row.anggaran), note: BUDGET_TABLE }],
      facts: {
        scope: 'program',
        programName: clip(program.row.name, 100),
        allocated: quantity(sum, 'rupiah', 0),
        budget: program.row.anggaran,
        programExcess: false,
        parts: list.map((l) => `${sasaranQuote(l)}: ${l.amount.raw.trim()}`),
      },
    });
  }
  // All allocations against the pagu: items where given, else the stated total of the sasaran.
  const pagu = model.anggaran?.total?.anggaran ?? model.belanja?.total;
  if (isAmount(pagu)) {
    const amounts: Val[] = [];
    for (const a of model.alokasi ?? []) {
      const items = (a.items ?? []).map((i) => i.anggaran).filter(isAmount);
      if (items.length) amounts.push(...items);
      else if (isAmount(a.total)) amounts.push(a.total);
    }
    if (amounts.length) {
      out.push({
        type: 'allocation-sum',
        key: subjectKey('alokasi-sum', 'pagu'),
        loc: model.alokasi![0].loc,
        evidence: quoteRow(...(model.alokasi ?? []).map((a) => `Sasaran ${a.sasaran}: ${a.total?.raw ?? ''}`)),
        related: [{ location: pagu.loc, evidence: quoteRow(pagu), note: { term: 'consistency-place.pagu' } }],
        facts: {
          scope: 'pagu',
          allocated: quantity(Number(decimalSum(amounts.map((v) => v.exact!))), 'rupiah', 0),
          budget: pagu,
          // An excess already reported for a program is not reported again for the whole pagu.
          programExcess: out.some((p) => exceeds(p.facts.allocated, p.facts.budget, tolerance)),
          parts: (model.alokasi ?? []).map((a) => `sasaran ${a.sasaran}`),
        },
      });
    }
  }
  return out;
}

/**
 * The same program or kegiatan, by name, with the same amount under two sasaran where no line of the
 * budget table has that budget (or the report has no budget table): counted twice all the same.
 * Indexed by amount, so only lines of equal amount are compared by name.
 */
function sameAmountTwice(model: Model, covered: Set<Val>): Subject[] {
  const byAmount = new Map<string, { sasaran: string; sasaranText: string; name: string; amount: Val }[]>();
  for (const a of model.alokasi ?? [])
    for (const item of a.items ?? []) {
      if (!isAmount(item.anggaran) || covered.has(item.anggaran) || !(item.anggaran.value > 0)) continue;
      const key = item.anggaran.exact ?? String(item.anggaran.value);
      const line = { sasaran: String(a.sasaran), sasaranText: a.sasaranText ? clip(a.sasaranText, 80) : '', name: item.name, amount: item.anggaran };
      pushTo(byAmount, key, line);
    }
  const out: Subject[] = [];
  for (const group of byAmount.values()) {
    if (group.length < 2) continue;
    const [first] = group;
    const same = group.filter((l) => l === first || (l.sasaran !== first.sasaran && sameName(l.name, first.name, 'name')));
    const sasaran = [...new Set(same.map((l) => l.sasaran))];
    if (sasaran.length < 2) continue;
    out.push({
      type: 'allocation-duplicate',
      key: subjectKey('alokasi-dup-name', first.name, first.amount.raw),
      loc: same[1].amount.loc,
      evidence: quoteRow(...same.map((l) => `${sasaranQuote(l)}: ${l.name} ${l.amount.raw}`)),
      related: same.map((l) => ({ location: l.amount.loc, evidence: quoteRow(l.name, l.amount), note: sasaranNote(l) })),
      facts: {
        nodeName: first.name,
        basis: 'name',
        budget: first.amount,
        allocated: quantity(Number(decimalSum(same.map((l) => l.amount.exact!))), 'rupiah', 0),
        sasaranList: sasaran.map((s) => `sasaran ${s}`).join(', '),
        count: sasaran.length,
      },
    });
  }
  return out;
}

export function allocationDuplicates(model: Model, { tolerance }: LintSettings): Subject[] {
  const lines = allocationLines(model, tolerance).filter((l) => l.node);
  const byNode = new Map<BudgetNode, AllocationLine[]>();
  for (const l of lines) pushTo(byNode, l.node!, l);
  const out: Subject[] = [];
  for (const [node, list] of byNode) {
    const sasaran = [...new Set(list.map((l) => l.sasaran))];
    if (sasaran.length < 2) continue;
    const sum = Number(decimalSum(list.map((l) => l.amount.exact!)));
    out.push({
      type: 'allocation-duplicate',
      key: subjectKey('alokasi-dup', ...node.path),
      loc: list[1].amount.loc,
      evidence: quoteRow(...list.map((l) => `${sasaranQuote(l)}: ${l.name} ${l.amount.raw}`)),
      related: [
        ...list.map((l) => ({ location: l.amount.loc, evidence: quoteRow(l.name, l.amount), note: sasaranNote(l) })),
        { location: node.row.anggaran?.loc ?? node.row.loc, evidence: quoteRow(node.row.no, node.row.name, node.row.anggaran), note: BUDGET_TABLE },
      ],
      facts: {
        nodeName: node.row.name,
        basis: 'budget-table',
        levelKey: node.row.level,
        budget: node.row.anggaran,
        allocated: quantity(sum, 'rupiah', 0),
        sasaranList: sasaran.map((s) => `sasaran ${s}`).join(', '),
        count: sasaran.length,
      },
    });
  }
  out.push(...sameAmountTwice(model, new Set(lines.map((l) => l.amount))));
  return out;
}
