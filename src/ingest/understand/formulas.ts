// The capaian formulas the report declares: display formulas ($$…$$, or a line "Capaian = …
// Realisasi … Target …") assigned to the polarity the paragraph before them names ("progres
// positif", "negatif"/"negative").
import type { Formulas } from '../../model/report-input.js';
import type { UnitContext } from './outline.js';
import { atOf, flat, type TextUnit, type Unit } from './units.js';

function isFormula(u: TextUnit): boolean {
  const t = flat(u);
  if (t.startsWith('$$')) return true;
  return u.lines.length <= 3 && /^capaian[^=]{0,40}=/i.test(t) && /realisasi/i.test(t) && /target/i.test(t);
}

export function readFormulas(units: Unit[], ctx: UnitContext[]): { formulas?: Formulas; used: Set<number> } {
  const used = new Set<number>();
  const formulas: Formulas = {};
  let first: TextUnit | undefined;
  let last: TextUnit | undefined;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.type !== 'text' || ctx[i].role || !isFormula(u)) continue;
    used.add(i);
    const before = units[i - 1];
    const said = before?.type === 'text' ? flat(before) : '';
    const polarity = /negati/i.test(said) ? 'negative' : /positi/i.test(said) ? 'positive' : formulas.positive ? 'negative' : 'positive';
    if (formulas[polarity]) continue;
    formulas[polarity] = u.lines.map((l) => l.text).join('\n');
    first ??= u;
    last = u;
  }
  if (!first || !last) return { used };
  formulas.at = { ...atOf(first.loc) };
  if (last !== first && last.loc.line !== undefined) formulas.at.endLine = last.loc.line;
  return { formulas, used };
}
