// Budgets: the latest PK's programs and the RKT's programs/kegiatan against the budget table.
import type { Loc, Model, Val } from '../../model/types.js';
import { decimalSum } from '../../model/decimal.js';
import { budgetTree, walkBudget, type BudgetNode } from '../../domain/budget-tree.js';
import { assign } from '../../domain/match.js';
import { quantity } from '../../domain/quantity.js';
import { normalizeText } from '../../domain/text.js';
import type { Subject } from '../../engine/types.js';
import { quoteRow } from '../evidence.js';
import { subjectKey } from '../subject-key.js';
import { latestPk } from './documents.js';
import { matchFacts } from './pairings.js';

interface DocBudget {
  name: string;
  amount?: Val;
  loc: Loc;
  evidence: string;
  /** For RKT kegiatan: the program it is listed under. */
  program?: string;
}

export function isAmount(v: Val | undefined): v is Val & { value: number; exact: string } {
  return !!v && v.kind === 'number' && v.value !== null && v.exact !== undefined;
}

/** Entries with the same name (an RKT program listed under two sasaran) are one line; their amounts add up. */
function grouped(entries: DocBudget[]): { name: string; entries: DocBudget[] }[] {
  const out: { name: string; entries: DocBudget[] }[] = [];
  for (const e of entries) {
    const g = out.find((x) => normalizeText(x.name) === normalizeText(e.name));
    if (g) g.entries.push(e);
    else out.push({ name: e.name, entries: [e] });
  }
  return out;
}

export function budgetPairs(model: Model): Subject[] {
  const roots = budgetTree(model);
  if (!roots.length) return [];
  const nodes = [...walkBudget(roots)];
  const programs = nodes.filter((n) => n.row.level === 'program');
  const kegiatan = nodes.filter((n) => n.row.level === 'kegiatan');
  const out: Subject[] = [];
  const pk = latestPk(model);
  const nodeName = (n: BudgetNode) => n.row.name;

  const compareGroup = (source: string, groups: { name: string; entries: DocBudget[] }[], candidates: BudgetNode[], allow?: (g: { name: string; entries: DocBudget[] }, n: BudgetNode) => boolean) => {
    const asg = assign(groups, candidates, (g) => g.name, nodeName, { allow });
    for (const pair of asg.pairs) {
      const withAmount = pair.a.entries.filter((e) => isAmount(e.amount));
      if (!withAmount.length || !isAmount(pair.b.row.anggaran)) continue;
      const first = withAmount[0];
      const amount: unknown =
        withAmount.length === 1 ? first.amount : quantity(Number(decimalSum(withAmount.map((e) => e.amount!.exact!))), 'rupiah', 0);
      const row = pair.b.row;
      out.push({
        type: 'budget-pair',
        key: subjectKey('budget-pair', source, ...pair.b.path),
        loc: first.amount!.loc ?? first.loc,
        evidence: first.evidence,
        related: [{ location: row.anggaran?.loc ?? row.loc, evidence: quoteRow(row.no, row.name, row.anggaran, row.realisasi), note: { term: 'consistency-place.budget-table' } }],
        facts: {
          source,
          levelKey: row.level,
          name: pair.a.name,
          stated: amount,
          table: row.anggaran,
          ...matchFacts(row.name, pair.match),
        },
      });
    }
  };

  if (pk?.programs?.length) {
    const source = pk.kind === 'pk-perubahan' ? 'pk-perubahan' : 'pk';
    const entries: DocBudget[] = pk.programs.map((p) => ({ name: p.name, amount: p.anggaran, loc: p.loc, evidence: quoteRow(p.no, p.name, p.anggaran, p.keterangan) }));
    compareGroup(source, grouped(entries), programs);
  }

  const rktPrograms: DocBudget[] = [];
  const rktKegiatan: DocBudget[] = [];
  for (const s of model.rkt?.sasaran ?? [])
    for (const p of s.programs ?? []) {
      rktPrograms.push({ name: p.name, amount: p.anggaran, loc: p.loc, evidence: quoteRow(p.name, p.indikator, p.target, p.anggaran) });
      for (const k of p.kegiatan ?? []) rktKegiatan.push({ name: k.name, amount: k.anggaran, loc: k.loc, evidence: quoteRow(k.name, k.indikator, k.target, k.anggaran), program: p.name });
    }
  if (rktPrograms.length) {
    const progGroups = grouped(rktPrograms);
    const progAsg = assign(progGroups, programs, (g) => g.name, nodeName);
    compareGroup('rkt', progGroups, programs);
    // A kegiatan is looked for under the program the RKT lists it with, when that program is found.
    const programOf = (name: string | undefined) => {
      const gi = progGroups.findIndex((g) => name !== undefined && normalizeText(g.name) === normalizeText(name));
      return gi >= 0 ? progAsg.byA.get(gi)?.b : undefined;
    };
    compareGroup('rkt', grouped(rktKegiatan), kegiatan, (g, n) => {
      const parent = programOf(g.entries[0].program);
      return !parent || n.parent === parent;
    });
  }
  return out;
}
