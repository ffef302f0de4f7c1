// Two targets of one indicator, as two documents write them: the same, the same in another form
// (an SKM grade letter and a number inside its IKM interval), or different. Numbers compare by
// value and printed precision ("80" is "80%"), letters as letters, a letter against a number
// through the PermenPAN-RB 14/2017 conversion (a nilai interval 1–4 is converted to IKM first).
import type { Val } from '../model/types.js';
import { agree, NO_TOLERANCE, sameMeasure, type TolerancePolicy } from './quantity.js';
import { isMutu, mutuInterval, mutuOf, toIkm, type Mutu } from './skm.js';

export type TargetComparison = 'agree' | 'form' | 'differ' | 'skip';

/** A letter compared with a number: the letter, its IKM interval, the number and what it converts to. */
export interface SkmReading {
  letter: Mutu;
  band: { min: number; max: number };
  /** The number as printed. */
  number: string;
  /** The number as IKM (a nilai interval times 25); undefined when it is no SKM value. */
  ikm?: number;
  /** The number was a nilai interval (1–4), converted to IKM. */
  converted: boolean;
  /** The grade the number falls in, when it is an SKM value. */
  mutu?: Mutu;
}

/** Compare two targets as written; `skm` says how a letter and a number were set side by side. */
export function compareTargets(a: Val | undefined, b: Val | undefined, tolerance: TolerancePolicy = NO_TOLERANCE): { result: TargetComparison; skm?: SkmReading } {
  if (!a || !b) return { result: 'skip' };
  const usable = (v: Val) => v.kind === 'number' || v.kind === 'letter' || v.kind === 'range';
  // "10 kab/kota" against "10%": not the same measure, so not one target written twice.
  if (!usable(a) || !usable(b) || !sameMeasure(a, b)) return { result: 'skip' };
  if (a.kind === 'number' && b.kind === 'number') return { result: agree(a, b, tolerance) ? 'agree' : 'differ' };
  if (a.kind === 'letter' && b.kind === 'letter') return { result: a.letter === b.letter ? 'agree' : 'differ' };
  if (a.kind === 'range' || b.kind === 'range') {
    if (a.kind === 'range' && b.kind === 'range' && a.range && b.range) {
      const same = agree(a.range.min, b.range.min, tolerance) && agree(a.range.max, b.range.max, tolerance);
      return { result: same ? 'agree' : 'differ' };
    }
    return { result: 'differ' };
  }
  const letter = a.kind === 'letter' ? a : b;
  const number = a.kind === 'letter' ? b : a;
  const n = number.kind === 'number' && number.value !== null ? number.value : undefined;
  if (!isMutu(letter.letter) || n === undefined) return { result: 'skip' };
  const ikm = toIkm(n);
  const skm: SkmReading = { letter: letter.letter, band: mutuInterval(letter.letter), number: number.raw.trim(), ikm, converted: ikm !== undefined && ikm !== n };
  if (ikm === undefined) return { result: 'differ', skm };
  skm.mutu = mutuOf(n);
  return { result: skm.mutu === letter.letter ? 'form' : 'differ', skm };
}
