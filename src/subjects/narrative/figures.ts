// What a number stated in prose is compared with: a table cell or a figure computed from cells,
// with the cells quoted as related places.
import type { ParsedNumber } from '../../model/number-id.js';
import type { Loc, Val } from '../../model/types.js';
import { quoteRow } from '../evidence.js';
import { agree, quantity, type TolerancePolicy } from '../../domain/quantity.js';
import type { Quantity, Related } from '../../engine/types.js';

export type Figure = Val | Quantity;

export interface NumberTarget {
  role: string;
  /** What the figure is of: a key of the "narrative-figure" terms, with the names they print. */
  figure: string;
  name?: string;
  /** A sub kegiatan's output, by its uraian. */
  output?: string;
  sasaranNo?: string;
  computed: Figure;
  /** Other readings of the sentence that would make it right (capaian said for realisasi …). */
  alternatives: Figure[];
  related: Related[];
  key: string;
  /** Attached by keywords only: a figure of another table cell may be what it speaks of. */
  guessed?: boolean;
  /** Why `computed` itself is not certain. */
  uncertain?: Uncertain;
}

/**
 * Why a figure compared is not certain, a case of narrative/number-mismatch-uncertain's message: it
 * rests on an ambiguous number (those numbers and their indicators, quoted), the set a mean is over
 * or the sasaran is inferred, or the paragraph speaks of another part of the budget (`coverage`), or
 * the amount is tied to a budget row only by the program or kegiatan its sentence names.
 */
export interface Uncertain {
  reason: 'ambiguous-number' | 'mean-inferred' | 'sasaran-inferred' | 'budget-scope' | 'named-activity';
  ambiguousNumbers?: string;
  ambiguousIndicators?: string;
  coverage?: string;
}

export const isNum = (v: Val | undefined): v is Val & { value: number } => !!v && v.kind === 'number' && v.value !== null;

export function ratio(num: Val | undefined, den: Val | undefined, decimals: number): Quantity | undefined {
  if (!isNum(num) || !isNum(den) || den.value === 0) return undefined;
  return quantity((num.value / den.value) * 100, 'percent', decimals);
}

export function cellRelated(loc: Loc | undefined, ...cells: (string | ParsedNumber | undefined)[]): Related[] {
  return loc ? [{ location: loc, evidence: quoteRow(...cells) }] : [];
}

function readings(v: ParsedNumber): number[] {
  return v.ambiguous ? [v.value!, v.ambiguous.alternative] : [v.value!];
}

/** Whether the stated number, in any of its readings, agrees with one of the figures. */
export function agreesWithAny(stated: ParsedNumber, figures: Figure[], tolerance: TolerancePolicy): boolean {
  return figures.some((f) => readings(stated).some((value) => agree({ ...stated, value }, f, tolerance) === true));
}
