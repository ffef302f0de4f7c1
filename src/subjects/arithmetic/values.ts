// Subjects for the rules on the printed numbers themselves ('value'): every value of the model,
// and the Rupiah amounts and percentages of the prose whose digits are grouped wrongly — with how
// each was read (ambiguous, malformed, not a number) and where it stands.
import type { Loc, Model, Val } from '../../model/types.js';
import { findMalformedNumbers } from '../narrative/numbers.js';
import { clip } from '../../domain/text.js';
import { quantity } from '../../domain/quantity.js';
import { subjectKey } from '../subject-key.js';
import type { Subject } from '../../engine/types.js';
import { pushTo } from '../../util/multimap.js';

/** Fields the reading of the document already lists as not read ("cell-unparsed"), by table and row. */
function notedCells(model: Model): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const n of model.extraction?.notes ?? []) {
    if (n.code !== 'cell-unparsed' || !n.at) continue;
    const key = subjectKey(n.at.table, n.at.row);
    for (const field of Object.keys(n.at.cells ?? {})) pushTo(out, key, field);
  }
  return out;
}

/** Where a value stands: a table column, an entry of a structured report, the text. */
function whereOf(loc: Loc, field: string): 'column' | 'entry' | 'text' {
  if (loc.table || loc.row !== undefined) return 'column';
  return field ? 'entry' : 'text';
}

function malformedFacts(v: Val): Record<string, unknown> {
  if (!v.malformed) return {};
  // The numbers the digits could mean (none when a digit is missing), printed in the message's language.
  const [reading, otherReading] = v.malformed.readings.map((r) => quantity(r.value, undefined, r.decimals));
  return { reason: v.malformed.reason, readingCount: v.malformed.readings.length, reading, otherReading };
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
        facts: { raw: n.value.raw, kind: 'malformed', field: '', whereKind: whereOf(loc, ''), notedFields: [], ...malformedFacts(v) },
      });
    }
  return out;
}

/** Every printed value, for the rules on the numbers themselves (ambiguous, malformed, not read). */
export function values(model: Model): Subject[] {
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
          whereKind: whereOf(v.loc, name),
          // Already in the extraction account as cells not read (completeness/not-understood).
          notedFields: noted.get(subjectKey(v.loc.table, v.loc.row)) ?? [],
          several: !!v.several,
          chosen: v.ambiguous && typeof v.value === 'number' ? quantity(v.value, undefined, v.decimals) : undefined,
          alternative: v.ambiguous ? quantity(v.ambiguous.alternative, undefined, v.ambiguous.alternativeDecimals) : undefined,
          decidedBy: v.ambiguous?.decidedBy,
          ...malformedFacts(v as Val),
        },
      });
      return;
    }
    for (const k of Object.keys(node)) if (k !== 'loc' && k !== 'input' && k !== 'at') visit((node as Record<string, unknown>)[k], k);
  };
  // Rows restated outside the chapters (the Ikhtisar's, a lampiran's) and the other budget tables
  // are read only to compare their figures with Bab III's (consistency/fact-mismatch,
  // consistency/budget-table-mismatch): their printed form is not checked again.
  const { input: _input, outline: _outline, pengukuranLain: _restated, anggaranLain: _otherBudgets, ...rest } = model;
  visit(rest);
  return [...out, ...proseMalformed(model, malformed)];
}
