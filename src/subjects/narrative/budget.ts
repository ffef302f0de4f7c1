// Budget figures stated in prose (pagu, realisasi, sisa, belanja groups, one program's or kegiatan's
// budget, a sub-kegiatan's input) and the table cell or computed figure each is compared with.
import type { Model, Val } from '../../model/types.js';
import { agree, percentDecimals, quantity, type TolerancePolicy } from '../../domain/quantity.js';
import { clip, normalizeText } from '../../domain/text.js';
import type { Quantity } from '../../engine/types.js';
import type { NumberClaim } from './claims.js';
import type { Analysed, Context } from './context.js';
import { cellRelated, isNum, ratio, type Figure, type NumberTarget } from './figures.js';
import { budgetScope, NAMED_ACTIVITY, otherFunds, partNamed } from './budget-scope.js';
import type { Scope } from './scope.js';
import { coverage, nameTokens } from './text.js';
import type { NSubKegiatan } from './units.js';

function belanjaName(s: string): string {
  return s.toLowerCase().replace(/^belanja\s+/, '').replace(/\bdan\b/g, '').replace(/[^a-z]/g, '');
}

function findBelanja(model: Model, name: string) {
  const want = belanjaName(name);
  const all = (model.belanja?.groups ?? []).flatMap((g) => [g, ...(g.parts ?? [])]);
  return all.find((g) => {
    const have = belanjaName(g.name);
    return have === want || (Math.min(have.length, want.length) >= 4 && (have.startsWith(want) || want.startsWith(have)));
  });
}

/** Every budget figure the tables print or imply, to recognise a sentence speaking of another one. */
export function budgetFigures(model: Model): Figure[] {
  const out: Figure[] = [];
  const add = (...vs: (Val | undefined)[]) => vs.forEach((v) => isNum(v) && out.push(v));
  const addRatio = (n?: Val, d?: Val) => {
    const q = ratio(n, d, 2);
    if (q) out.push(q);
  };
  for (const r of model.anggaran?.rows ?? []) {
    add(r.anggaran, r.realisasi, r.persen);
    addRatio(r.realisasi, r.anggaran);
  }
  const t = model.anggaran?.total;
  if (t) add(t.anggaran, t.realisasi, t.persen);
  const b = model.belanja;
  if (b) {
    add(b.total);
    for (const g of b.groups ?? []) {
      add(g.amount);
      for (const p of g.parts ?? []) add(p.amount);
    }
    for (const p of b.proportions ?? []) add(p.percent);
  }
  for (const pk of model.pk ?? []) {
    add(pk.total);
    for (const p of pk.programs ?? []) add(p.anggaran);
  }
  for (const al of model.alokasi ?? []) {
    add(al.total, al.percent);
    for (const i of al.items ?? []) add(i.anggaran);
  }
  for (const s of model.rkt?.sasaran ?? []) for (const p of s.programs ?? []) for (const k of p.kegiatan ?? []) add(k.anggaran);
  for (const table of model.subKegiatan ?? [])
    for (const r of table.rows)
      if (r.kind === 'input') {
        add(r.target, r.realisasi, r.persen);
        addRatio(r.realisasi, r.target);
      }
  return out;
}

const BEFORE_PERUBAHAN = /\b(?:murni|awal|induk|sebelum\s+perubahan|semula)\b/i;

type BudgetRowOf = NonNullable<NonNullable<Model['anggaran']>['rows']>[number];

const DEICTIC_ACTIVITY = /\b(?:sub\s+kegiatan|kegiatan|program)\s+(?:ini|tersebut|dimaksud)\b/i;
const ITEM_START = /^\s*(?:\(?\d{1,2}[.)]|\(\d{1,2}\))\s/;

/**
 * The program/kegiatan row of the budget table a sentence speaks of, by the name its paragraph
 * gives ("12. Kegiatan Rencana Aksi … Jumlah anggaran … kegiatan ini sebesar …"), also when the
 * paragraph continues a list item the reader cut off ("3. Kegiatan … di" ⏎ "Jawa Barat. Jumlah …").
 * Only a row whose name the text clearly holds, and no other nearly as well.
 */
function activityRow(ctx: Context, a: Analysed, claim: NumberClaim): BudgetRowOf | undefined {
  const rows = (ctx.model.anggaran?.rows ?? []).filter((r) => nameTokens(r.name).length >= 2);
  if (!rows.length) return undefined;
  const own = a.unit.text.slice(0, claim.start);
  const i = ctx.units.indexOf(a);
  const prev = i > 0 ? ctx.units[i - 1] : undefined;
  const continues = !ITEM_START.test(a.unit.text) && !!prev && prev.unit.kind === 'paragraph' && prev.unit.section === a.unit.section && ITEM_START.test(prev.unit.text);
  // The list item's number, when the text numbers its kegiatan as the table does ("22. Kegiatan …").
  const itemNo = /^\s*\(?(\d{1,2})[.)]/.exec(continues ? prev!.unit.text : a.unit.text)?.[1];
  for (const text of [claim.sentence.text.slice(0, claim.start - claim.sentence.start), own, ...(continues ? [`${prev!.unit.text} ${own}`] : [])]) {
    const tokens = normalizeText(text).split(' ');
    const scored = rows.map((r) => ({ r, share: coverage(r.name, tokens).share })).sort((x, y) => y.share - x.share);
    const [best, second] = scored;
    if (best.share >= 0.8 && (!second || best.share - second.share >= 0.2)) return best.r;
    const numbered = scored.filter((x) => x.share >= 0.6 && itemNo !== undefined && x.r.no?.replace(/\D/g, '') === itemNo);
    if (numbered.length === 1 && numbered[0].share >= scored[0].share - 0.1) return numbered[0].r;
  }
  return undefined;
}

/** A claim on one program's or kegiatan's budget, against that row of the budget table. */
function activityTarget(claim: NumberClaim, row: BudgetRowOf): NumberTarget | undefined {
  const related = cellRelated(row.loc, row.no, row.name, row.anggaran, row.realisasi, row.persen);
  const name = clip(row.name, 90);
  if (claim.unit === 'rupiah' && (claim.role === 'anggaran' || claim.role === 'realisasi')) {
    const cell = claim.role === 'anggaran' ? row.anggaran : row.realisasi;
    if (!rupiahLike(cell)) return undefined;
    return { role: `${row.level}-${claim.role}`, figure: `activity-${claim.role}`, name, computed: cell, alternatives: [], related, key: `${row.level}:${row.name}:${claim.role}`, guessed: true };
  }
  if (claim.unit === 'percent' && (claim.of?.role ?? claim.role) === 'realisasi') {
    const q = rupiahLike(row.realisasi) && rupiahLike(row.anggaran) ? ratio(row.realisasi, row.anggaran, percentDecimals(claim.value)) : undefined;
    if (!q) return undefined;
    return {
      role: `${row.level}-realisasi-persen`,
      figure: 'activity-realisasi-persen',
      name,
      computed: q,
      alternatives: isNum(row.persen) ? [row.persen] : [],
      related,
      key: `${row.level}:${row.name}:realisasi-persen`,
      guessed: true,
    };
  }
  return undefined;
}

export function budgetTarget(ctx: Context, a: Analysed, claim: NumberClaim, scope: Scope | undefined): NumberTarget | undefined {
  const { model } = ctx;
  const before = claim.sentence.text.slice(0, claim.start - claim.sentence.start);
  if (BEFORE_PERUBAHAN.test(before)) return undefined;
  // "… untuk pelaksanaan kegiatan ini sebesar …" in the paragraph on one kegiatan: that row's budget,
  // when the paragraph names it clearly.
  const continuation = claim.sentence.index === 0 && !ITEM_START.test(a.unit.text);
  const previousText = continuation ? ctx.units[ctx.units.indexOf(a) - 1]?.unit.text ?? '' : '';
  if (DEICTIC_ACTIVITY.test(before) || (continuation && DEICTIC_ACTIVITY.test(previousText.slice(-160)))) {
    const row = activityRow(ctx, a, claim);
    return row ? activityTarget(claim, row) : undefined;
  }
  // "Kegiatan Rapat Koordinasi … dengan alokasi anggaran sebesar …": one program's or kegiatan's
  // budget, or its share for one sasaran ("Didukung oleh: Program X dengan Anggaran …"), never the
  // total; compared with that row only when the sentence names one row clearly ("7) Program …, yaitu
  // Kegiatan X, dengan anggaran sebesar …"), and never as certain (reason named-activity).
  // "… untuk sasaran I …", "… indikator X dengan realisasi anggaran …": one sasaran's or indicator's.
  if (NAMED_ACTIVITY.test(before)) {
    const row = claim.unit === 'rupiah' && claim.role === 'anggaran' ? activityRow(ctx, a, claim) : undefined;
    const target = row ? activityTarget(claim, row) : undefined;
    if (target) target.uncertain = { reason: 'named-activity' };
    return target;
  }
  // A pre-2021 report whose paragraph also speaks of belanja tidak langsung: its "total anggaran"
  // may be belanja langsung and tidak langsung together, while the program table holds the first.
  if (/\bbelanja\s+tidak\s+langsung\b|\bBTL\b/i.test(a.unit.text) && !/^belanja\s+langsung$/i.test(claim.belanja ?? '') && (claim.of?.role ?? claim.role) !== 'belanja') return undefined;
  if (scope && (scope.via === 'name' || scope.via === 'mention')) return undefined;
  const group = (claim.of?.role ?? claim.role) === 'belanja' && !!claim.belanja && !!findBelanja(model, claim.belanja);
  const covers = budgetScope(a.unit.text, claim, scope, a.unit.headings, group || !ctx.langsungIsPart);
  // A total row that names a part ("TOTAL URUSAN PILIHAN") totals that part: only a figure said of
  // the same part compares with it.
  if (!group && otherFunds(model.anggaran?.title)) return undefined;
  const part = group ? undefined : partNamed(model.anggaran?.total?.label);
  if (part ? covers.kind === 'total' || covers.marker !== part : covers.kind === 'other') return undefined;
  const target = totalTarget(model, claim);
  // "… anggaran … berubah menjadi Rp 77.005.760.086 … keuangan Rp 73.156.348.751 (95,00%) dengan sisa
  // anggaran Rp 3.849.411.335": a realisation, rate or remainder of a budget the paragraph states
  // otherwise than the table is of that budget; the budget itself is what differs.
  if (target && target.role !== 'budget-total' && otherBase(a, claim, target, model, ctx.settings.tolerance)) return undefined;
  if (target && covers.kind === 'unsure')
    target.uncertain = { reason: 'budget-scope', coverage: covers.what };
  return target;
}

/** The last budget the paragraph states before the claim is not the table's. */
function otherBase(a: Analysed, claim: NumberClaim, target: NumberTarget, model: Model, tolerance: TolerancePolicy): boolean {
  const pagu = model.anggaran?.total?.anggaran ?? model.belanja?.total;
  if (!rupiahLike(pagu) || target.role === 'belanja' || target.role === 'belanja-proporsi') return false;
  let base: NumberClaim | undefined;
  for (const c of a.extraction.claims) if (c.kind === 'number' && c.start < claim.start && c.unit === 'rupiah' && c.role === 'anggaran') base = c;
  return !!base && base.value.value !== null && agree({ ...base.value }, pagu, tolerance) === false;
}

/**
 * A cell that holds an amount of money: a percentage column read in its place ("Belanja Operasi 95,33")
 * is no amount a Rupiah figure can be compared with.
 */
function rupiahLike(v: Val | undefined): v is Val & { value: number } {
  return isNum(v) && v.unit !== 'percent' && Math.abs(v.value) >= 1000;
}

/** A figure of the whole budget against the budget table's total (or a belanja group's row). */
function totalTarget(model: Model, claim: NumberClaim): NumberTarget | undefined {
  const total = model.anggaran?.total;
  const pagu = total?.anggaran ?? model.belanja?.total;
  const paguLoc = total?.anggaran ? total.loc : model.belanja?.loc;
  const realisasi = total?.realisasi;
  const window = claim.about;
  // "pagu anggaran … sebesar X, sedangkan pagu anggaran perubahan … sebesar Y": X is the original budget.
  if (/\bperubahan\b/i.test(claim.sentence.text) && !/\bperubahan\b/i.test(window) && claim.role === 'anggaran') return undefined;
  const decimals = percentDecimals(claim.value);
  const role = claim.role;
  const belanjaWord = claim.belanja?.toLowerCase() ?? '';
  // Pre-2021 budgets split into belanja langsung / tidak langsung: the total is neither.
  const splitLangsung = /langsung/.test(belanjaWord) && (/tidak\s+langsung/.test(belanjaWord) || !!findBelanja(model, claim.belanja!));
  const totalRelated = cellRelated(total?.loc ?? paguLoc, total?.label ?? 'JUMLAH', total?.anggaran ?? pagu, total?.realisasi, total?.persen);

  if (claim.unit === 'rupiah') {
    if (role === 'anggaran' && rupiahLike(pagu)) return { role: 'budget-total', figure: 'budget-total', computed: pagu, alternatives: [], related: totalRelated, key: 'pagu', guessed: true };
    if (role === 'realisasi' && rupiahLike(realisasi) && !splitLangsung) return { role: 'budget-realisasi', figure: 'budget-realisasi', computed: realisasi, alternatives: [], related: totalRelated, key: 'realisasi', guessed: true };
    if (role === 'efisiensi' && rupiahLike(pagu) && rupiahLike(realisasi))
      return { role: 'budget-efisiensi', figure: 'budget-efisiensi', computed: quantity(pagu.value - realisasi.value, 'rupiah', 0), alternatives: [], related: totalRelated, key: 'efisiensi', guessed: true };
    if (role === 'belanja' && claim.belanja && !claim.cues.includes('realisasi')) {
      const g = findBelanja(model, claim.belanja);
      if (g && rupiahLike(g.amount)) return { role: 'belanja', figure: 'belanja', name: g.name, computed: g.amount, alternatives: [], related: cellRelated(g.loc, g.name, g.amount), key: `belanja:${g.name}`, guessed: true };
    }
    return undefined;
  }
  // Percentages.
  const base = claim.of?.role ?? role;
  if (base === 'realisasi' && !splitLangsung) {
    const q = rupiahLike(realisasi) && rupiahLike(pagu) ? ratio(realisasi, pagu, decimals) : undefined;
    // The rate the table itself prints is what the text may quote (the table may hold more than one
    // anggaran column, before and after the perubahan).
    if (q) return { role: 'budget-realisasi-persen', figure: 'budget-realisasi-persen', computed: q, alternatives: isNum(total?.persen) ? [total.persen] : [], related: totalRelated, key: 'realisasi-persen', guessed: true };
  }
  if (base === 'efisiensi' && rupiahLike(pagu) && rupiahLike(realisasi) && pagu.value !== 0) {
    return { role: 'budget-efisiensi-persen', figure: 'budget-efisiensi-persen', computed: quantity(((pagu.value - realisasi.value) / pagu.value) * 100, 'percent', decimals), alternatives: [], related: totalRelated, key: 'efisiensi-persen', guessed: true };
  }
  if (base === 'belanja' && claim.belanja && !/realisasi/i.test(window)) {
    const g = findBelanja(model, claim.belanja);
    const whole = model.belanja?.total ?? pagu;
    const q = g && rupiahLike(g.amount) && rupiahLike(whole) ? ratio(g.amount, whole, decimals) : undefined;
    if (g && q) return { role: 'belanja-proporsi', figure: 'belanja-proporsi', name: g.name, computed: q, alternatives: [], related: cellRelated(g.loc, g.name, g.amount), key: `proporsi:${g.name}`, guessed: true };
  }
  return undefined;
}

export function subKegiatanTarget(claim: NumberClaim, table: NSubKegiatan): NumberTarget | undefined {
  const name = table.subKegiatan ?? table.kegiatan ?? '';
  const decimals = percentDecimals(claim.value);
  const input = table.rows.find((r) => r.kind === 'input');
  const aboutBudget = claim.cues.includes('anggaran') || claim.unit === 'rupiah';
  if (aboutBudget && input && (claim.role === 'realisasi' || claim.role === 'capaian' || claim.role === 'anggaran')) {
    const related = cellRelated(input.loc, input.uraian, input.target, input.realisasi, input.persen);
    if (claim.unit === 'rupiah') {
      const cell = claim.role === 'anggaran' ? input.target : input.realisasi;
      if (!isNum(cell)) return undefined;
      return { role: 'subkegiatan-input', figure: claim.role === 'anggaran' ? 'subkegiatan-anggaran' : 'subkegiatan-realisasi', name: clip(name, 90), computed: cell, alternatives: [], related, key: `input:${claim.role}` };
    }
    if (claim.role === 'anggaran') return undefined;
    const q = ratio(input.realisasi, input.target, decimals);
    if (!q) return undefined;
    related[0].note = { term: 'narrative-place.input-rate', params: { rate: quantity(q.value, 'percent', 2) } };
    return { role: 'subkegiatan-input', figure: 'subkegiatan-realisasi-persen', name: clip(name, 90), computed: q, alternatives: [], related, key: 'input' };
  }
  if (claim.unit !== 'percent' || (claim.role !== 'realisasi' && claim.role !== 'capaian')) return undefined;
  const outputs = table.rows
    .filter((r) => r.kind === 'output')
    .map((r) => ({ r, q: ratio(r.realisasi, r.target, decimals) }))
    .filter((o): o is { r: (typeof table.rows)[number]; q: Quantity } => !!o.q);
  if (!outputs.length) return undefined;
  if (claim.cues.includes('spread') && outputs.length >= 2) {
    const mean = outputs.reduce((s, o) => s + o.q.value, 0) / outputs.length;
    // "Dari seluruh kegiatan … terealisasi 87,5%" may also mean all realised units over all targeted ones.
    const targets = outputs.map((o) => o.r.target);
    const done = outputs.map((o) => o.r.realisasi);
    const pooled = targets.every(isNum) && done.every(isNum) && targets.every((t) => t.unit !== 'percent') ? quantity((done.reduce((a, v) => a + v.value!, 0) / targets.reduce((a, v) => a + v.value!, 0)) * 100, 'percent', decimals) : undefined;
    return {
      role: 'subkegiatan-output-rata',
      figure: 'subkegiatan-output-mean',
      name: clip(name, 90),
      computed: quantity(mean, 'percent', decimals),
      alternatives: pooled && Number.isFinite(pooled.value) ? [pooled] : [],
      related: outputs.flatMap((o) => cellRelated(o.r.loc, o.r.uraian, o.r.target, o.r.realisasi, o.r.persen)),
      key: 'output-rata',
    };
  }
  const tokens = normalizeText(claim.about).split(' ');
  const scored = outputs.map((o) => ({ o, share: coverage(o.r.uraian, tokens).share })).sort((x, y) => y.share - x.share);
  const best = scored[0];
  if (!best || best.share < 0.5 || (scored[1] && scored[1].share === best.share)) return undefined;
  const o = best.o;
  return {
    role: 'subkegiatan-output',
    figure: 'subkegiatan-output',
    name: clip(name, 70),
    output: clip(o.r.uraian, 80),
    computed: o.q,
    alternatives: [...outputs.filter((x) => x !== o).map((x) => x.q), ...(isNum(o.r.persen) ? [o.r.persen] : [])],
    related: cellRelated(o.r.loc, o.r.uraian, o.r.target, o.r.realisasi, o.r.persen),
    key: `output:${o.r.uraian}`,
  };
}

