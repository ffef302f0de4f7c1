// Subjects for the arithmetic rules: stated totals beside the sum of their parts ('sum'), and
// stated percentages beside the ratio they claim to be ('percentage').
import { decimalSum } from '../../model/decimal.js';
import type { MalformedReason, StyleSource } from '../../model/number-id.js';
import type { Loc, Model, Val } from '../../model/types.js';
import { budgetTree, walkBudget, type BudgetNode } from '../budget-tree.js';
import { findMalformedNumbers } from '../../narrative/numbers.js';
import { quoteRow } from '../evidence.js';
import { clip } from '../text.js';
import { formatNumber } from '../format.js';
import { percentDecimals, quantity } from '../quantity.js';
import { subjectKey } from '../subject-key.js';
import type { Localized, Subject } from '../types.js';

const FIELD: Record<'anggaran' | 'realisasi', Localized> = {
  anggaran: { id: 'anggaran', en: 'budget' },
  realisasi: { id: 'realisasi', en: 'realisation' },
};

function isNumber(v: Val | undefined): v is Val & { value: number; exact: string } {
  return !!v && v.kind === 'number' && v.value !== null && v.exact !== undefined;
}

/** Sum of the numeric values; empty ("-") parts count as zero. Undefined when no part is numeric. */
function exactSum(values: (Val | undefined)[]): number | undefined {
  const nums = values.filter(isNumber);
  if (!nums.length) return undefined;
  return Number(decimalSum(nums.map((v) => v.exact)));
}

interface SumInput {
  context: 'budget' | 'belanja' | 'pk' | 'allocation';
  key: string;
  label: string;
  field?: Localized;
  stated: Val | undefined;
  parts: (Val | undefined)[];
  partLabels: string[];
  loc: Loc;
  evidence: string;
}

/** A part that was printed but not read as an amount (malformed, text, "n/a"): the sum cannot be made. */
function unread(v: Val | undefined): boolean {
  return !!v && v.kind !== 'number' && v.kind !== 'empty';
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
    facts: {
      context: s.context,
      label: s.label,
      field: s.field ?? { id: 'jumlah', en: 'total' },
      stated: s.stated.kind === 'empty' ? { ...s.stated, kind: 'number', value: 0, exact: '0', decimals: 0 } : s.stated,
      computed: quantity(computed, 'rupiah', Math.max(0, ...s.parts.filter(isNumber).map((p) => p.decimals))),
      partCount: s.parts.length,
      parts: s.partLabels,
    },
  };
}

function budgetSums(model: Model): Subject[] {
  const roots = budgetTree(model);
  const out: Subject[] = [];
  const nodeSums = (node: BudgetNode) => {
    if (!node.children.length) return;
    for (const field of ['anggaran', 'realisasi'] as const) {
      const s = sumSubject({
        context: 'budget',
        key: subjectKey('budget', ...node.path, field),
        label: node.row.name,
        field: FIELD[field],
        stated: node.row[field],
        parts: node.children.map((c) => c.row[field]),
        partLabels: node.children.map((c) => `${c.row.no ?? ''} ${c.row.name}`.trim()),
        loc: node.row.loc,
        evidence: quoteRow(node.row.no, node.row.name, node.row.anggaran, node.row.realisasi, node.row.persen),
      });
      if (s) out.push(s);
    }
  };
  for (const node of walkBudget(roots)) nodeSums(node);
  const total = model.anggaran?.total;
  if (total && roots.length) {
    for (const field of ['anggaran', 'realisasi'] as const) {
      const s = sumSubject({
        context: 'budget',
        key: subjectKey('budget', 'total', field),
        label: total.label ?? 'JUMLAH',
        field: FIELD[field],
        stated: total[field],
        parts: roots.map((r) => r.row[field]),
        partLabels: roots.map((r) => `${r.row.no ?? ''} ${r.row.name}`.trim()),
        loc: total.loc,
        evidence: quoteRow(total.label ?? 'JUMLAH', total.anggaran, total.realisasi, total.persen),
      });
      if (s) out.push(s);
    }
  }
  return out;
}

function belanjaSums(model: Model): Subject[] {
  const b = model.belanja;
  if (!b) return [];
  const out: Subject[] = [];
  for (const g of b.groups ?? []) {
    if (!g.parts?.length) continue;
    const s = sumSubject({
      context: 'belanja',
      key: subjectKey('belanja', g.name),
      label: g.name,
      stated: g.amount,
      parts: g.parts.map((p) => p.amount),
      partLabels: g.parts.map((p) => p.name),
      loc: g.loc,
      evidence: quoteRow(g.name, g.amount, ...g.parts.map((p) => `${p.name} ${p.amount?.raw ?? ''}`)),
    });
    if (s) out.push(s);
  }
  if (b.total && b.groups?.length) {
    const s = sumSubject({
      context: 'belanja',
      key: subjectKey('belanja', 'total'),
      label: 'Total belanja',
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

  for (const table of model.subKegiatan ?? []) {
    for (const row of table.rows) {
      const kind: PercentKind = row.kind === 'input' ? 'subkegiatan-input' : 'subkegiatan-output';
      out.push(
        percentSubject(kind, subjectKey('pct', 'subkeg', table.subKegiatan ?? table.kegiatan ?? '', row.uraian), `${table.subKegiatan ?? table.kegiatan ?? ''}: ${row.uraian}`.replace(/^: /, ''), row.persen, row.realisasi, row.target, quoteRow(row.uraian, row.target, row.realisasi, row.persen)),
      );
    }
  }

  const b = model.belanja;
  const belanjaTotal = b?.total ?? model.anggaran?.total?.anggaran;
  for (const p of b?.proportions ?? []) {
    const group = b?.groups?.find((g) => sameName(g.name, p.name));
    out.push(percentSubject('proportion', subjectKey('pct', 'belanja', p.name), p.name, p.percent, group?.amount, belanjaTotal, quoteRow(p.name, p.percent)));
  }

  const pagu = model.anggaran?.total?.anggaran ?? model.belanja?.total;
  for (const a of model.alokasi ?? []) {
    out.push(percentSubject('allocation', subjectKey('pct', 'alokasi', String(a.sasaran)), `Sasaran ${a.sasaran}`, a.percent, a.total, pagu, quoteRow(a.total, a.percent)));
  }
  return out.filter((s): s is Subject => !!s);
}

function sameName(a: string, b: string): boolean {
  const n = (s: string) => s.toLowerCase().replace(/^belanja\s+/, '').replace(/[^a-z]/g, '');
  return n(a) === n(b);
}

const NUMERIC_FIELDS = new Set(['anggaran', 'realisasi', 'persen', 'capaian', 'total', 'amount', 'percent', 'kemajuan', 'targetAkhir']);

const DECIDED_BY: Record<StyleSource, Localized> = {
  column: { id: 'mengikuti format angka lain di kolom yang sama', en: 'following the format of the other numbers in its column' },
  document: { id: 'mengikuti format mayoritas angka di dokumen', en: 'following the format most numbers in the document use' },
  default: {
    id: 'menurut format Indonesia (titik pemisah ribuan, koma pemisah desimal), karena angka lain di kolom dan dokumen tidak menentukannya',
    en: 'by the Indonesian format (dot for thousands, comma for decimals), as the other numbers in its column and document do not settle it',
  },
};

const MALFORMED: Record<MalformedReason, Localized> = {
  grouping: { id: 'kelompok digit di antara pemisah ribuan tidak tiga angka', en: 'a digit group between thousands separators is not three digits long' },
  separators: { id: 'pemisah ribuan dan pemisah desimal tercampur', en: 'thousands and decimal separators are mixed up' },
  doubled: { id: 'dua pemisah berturut-turut', en: 'two separators in a row' },
};

/** "10.924.024.550 atau 10.924.024,55" in the language of the message; undefined when a digit is missing. */
function readingsText(v: Val): Localized | undefined {
  const readings = v.malformed?.readings ?? [];
  if (!readings.length) return undefined;
  const list = (lang: 'id' | 'en') => readings.map((r) => formatNumber(r.value, r.decimals, lang));
  return { id: list('id').join(' atau '), en: list('en').join(' or ') };
}

/** Cells the reading of the document already lists as not read ("cell-unparsed"): table, row, column. */
function notedCells(model: Model): Set<string> {
  const out = new Set<string>();
  for (const n of model.extraction?.notes ?? []) {
    if (n.code !== 'cell-unparsed' || !n.at) continue;
    for (const field of Object.keys(n.at.cells ?? {})) out.add(subjectKey(n.at.table, n.at.row, field));
  }
  return out;
}

/** Where a value stands, for the messages: a table column, an entry of a structured report, the text. */
function whereOf(loc: Loc, field: string): Localized {
  if (loc.table || loc.row !== undefined) return { id: `pada kolom ${field}`, en: `in column ${field}` };
  return field ? { id: `pada isian ${field}`, en: `in the ${field} entry` } : { id: 'dalam uraian', en: 'in the text' };
}

function malformedFacts(v: Val): Record<string, unknown> {
  if (!v.malformed) return {};
  const readings = readingsText(v);
  return {
    reason: MALFORMED[v.malformed.reason],
    readings,
    meaning: readings
      ? { id: `; bila hanya pemisahnya yang keliru, maksudnya ${readings.id}`, en: `; if only its separators are wrong, it means ${readings.en}` }
      : { id: '; ada digit yang hilang, sehingga nilainya tidak dapat dipastikan', en: '; a digit is missing, so its value cannot be told' },
  };
}

/**
 * Rupiah amounts and percentages of the prose whose digits are grouped wrongly. Those the reading
 * already placed in the model (allocations, belanja shares) are values there, and not repeated.
 */
function proseMalformed(model: Model, seen: Set<string>): Subject[] {
  const texts = [
    ...(model.paragraphs ?? []).map((p) => ({ text: p.text, loc: p.loc })),
    ...(model.subKegiatan ?? []).filter((t) => t.penjelasan).map((t) => ({ text: t.penjelasan!, loc: t.loc })),
  ];
  const out: Subject[] = [];
  for (const { text, loc } of texts)
    for (const n of findMalformedNumbers(text)) {
      if (seen.has(n.value.raw)) continue;
      seen.add(n.value.raw);
      const v: Val = { ...n.value, loc };
      out.push({
        type: 'value',
        key: subjectKey('value', 'prose', n.value.raw),
        loc,
        evidence: clip(text.slice(Math.max(0, n.start - 80), n.end + 40)),
        facts: { raw: n.value.raw, kind: 'malformed', field: '', where: whereOf(loc, ''), numericField: true, noted: false, ambiguous: false, ...malformedFacts(v) },
      });
    }
  return out;
}

/** Every printed value, for the rules on the numbers themselves (ambiguous, malformed, not read). */
function values(model: Model): Subject[] {
  const out: Subject[] = [];
  const noted = notedCells(model);
  const malformed = new Set<string>();
  const visit = (node: unknown, field?: string): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, field));
    if (!node || typeof node !== 'object') return;
    const v = node as Partial<Val>;
    if (typeof v.kind === 'string' && typeof v.raw === 'string' && v.loc) {
      const name = v.loc.field ?? field ?? '';
      if (v.kind === 'malformed') malformed.add(v.raw.trim());
      out.push({
        type: 'value',
        key: subjectKey('value', v.loc.table, v.loc.row, name, v.raw),
        loc: v.loc,
        evidence: v.raw,
        facts: {
          raw: v.raw,
          kind: v.kind,
          field: name,
          where: whereOf(v.loc, name),
          numericField: NUMERIC_FIELDS.has(name),
          // Already in the extraction account as a cell not read (completeness/not-understood).
          noted: noted.has(subjectKey(v.loc.table, v.loc.row, name)),
          several: { id: v.several ? ' (beberapa angka dalam satu sel)' : '', en: v.several ? ' (several numbers in one cell)' : '' },
          ambiguous: !!v.ambiguous,
          chosen: v.ambiguous && typeof v.value === 'number' ? quantity(v.value, undefined, v.decimals) : undefined,
          alternative: v.ambiguous ? quantity(v.ambiguous.alternative, undefined, v.ambiguous.alternativeDecimals) : undefined,
          decidedBy: v.ambiguous ? DECIDED_BY[v.ambiguous.decidedBy] : undefined,
          ...malformedFacts(v as Val),
        },
      });
      return;
    }
    for (const [k, child] of Object.entries(node)) if (k !== 'loc' && k !== 'input' && k !== 'at') visit(child, k);
  };
  const { input: _input, outline: _outline, ...rest } = model;
  visit(rest);
  return [...out, ...proseMalformed(model, malformed)];
}

export const subjects = { sum: sums, percentage: percentages, value: values };
