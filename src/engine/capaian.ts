// Capaian (achievement) formulas. Positive polarity: realisasi / target × 100. Negative polarity:
// (2 × target − realisasi) / target × 100, or target / realisasi × 100 where the report declares
// that variant. Range targets compare with the bound realisasi is outside of; letter targets (SKM
// mutu) compare by converting realisasi to its mutu.
import type { Model, Val } from '../model/types.js';
import { isMutu, mutuOf, mutuRank, type Mutu } from './skm.js';

export type Polarity = 'positive' | 'negative';
export type NegativeFormula = 'two-target-minus' | 'target-over-realisasi';

export interface CapaianResult {
  /** Capaian in percent, when it can be computed. */
  value?: number;
  /** Why it cannot: target zero, a value missing or not a number. */
  problem?: 'division-by-zero' | 'missing' | 'not-numeric';
  /** Letter targets: the mutu realisasi converts to, and whether it reaches the target. */
  mutu?: Mutu;
  letterAchieved?: boolean;
}

/** Which negative-polarity formula the report declares; the standard one when it says nothing. */
export function declaredNegativeFormula(model: Model): NegativeFormula {
  const f = (model.formulas?.negative ?? '').toLowerCase().replace(/\\text\{([^}]*)\}/g, '$1').replace(/\s+/g, '');
  if (!f) return 'two-target-minus';
  if (/target-\(realisasi-target\)|2[x×*]?target-realisasi|\(2\*?target\)-realisasi/.test(f)) return 'two-target-minus';
  if (/\\frac\{target\}\{realisasi\}|^capaian(kinerja)?=target\/realisasi|target\/realisasi/.test(f)) return 'target-over-realisasi';
  return 'two-target-minus';
}

function value(v: Val | undefined): number | undefined {
  return v && v.kind === 'number' && v.value !== null ? v.value : undefined;
}

function ratio(target: number, realisasi: number, polarity: Polarity, formula: NegativeFormula): CapaianResult {
  if (polarity === 'positive' || formula === 'two-target-minus') {
    if (target === 0) return { problem: 'division-by-zero' };
    return { value: polarity === 'positive' ? (realisasi / target) * 100 : ((2 * target - realisasi) / target) * 100 };
  }
  if (realisasi === 0) return { problem: 'division-by-zero' };
  return { value: (target / realisasi) * 100 };
}

export function computeCapaian(target: Val | undefined, realisasi: Val | undefined, polarity: Polarity, formula: NegativeFormula): CapaianResult {
  if (!target || !realisasi || target.kind === 'empty' || realisasi.kind === 'empty') return { problem: 'missing' };
  if (target.kind === 'na' || realisasi.kind === 'na') return { problem: 'not-numeric' };
  if (target.kind === 'letter' && isMutu(target.letter)) {
    const r = value(realisasi);
    const mutu = r !== undefined ? mutuOf(r) : realisasi.kind === 'letter' && isMutu(realisasi.letter) ? realisasi.letter : undefined;
    if (!mutu) return { problem: 'not-numeric' };
    return { mutu, letterAchieved: mutuRank(mutu) >= mutuRank(target.letter) };
  }
  const r = value(realisasi);
  if (r === undefined) return { problem: 'not-numeric' };
  if (target.kind === 'range' && target.range) {
    const lo = target.range.min.value!;
    const hi = target.range.max.value!;
    const inside = r >= lo && r <= hi;
    if (inside) return { value: 100 };
    const bound = polarity === 'positive' ? (r > hi ? hi : lo) : r < lo ? lo : hi;
    return ratio(bound, r, polarity, formula);
  }
  const t = value(target);
  if (t === undefined) return { problem: 'not-numeric' };
  return ratio(t, r, polarity, formula);
}

const NEGATIVE_WORDS = /\b(penurunan|menurunnya|berkurangnya|angka kematian|angka kemiskinan|kemiskinan|pengangguran|jumlah kasus|prevalensi|tingkat pelanggaran|jumlah konflik|gangguan|kerugian)\b/i;

/** Polarity as declared, else as the indicator's wording strongly suggests, else positive. */
export function polarityOf(declared: Polarity | undefined, indikator: string): { polarity: Polarity; declared: boolean } {
  if (declared) return { polarity: declared, declared: true };
  return { polarity: NEGATIVE_WORDS.test(indikator) ? 'negative' : 'positive', declared: false };
}
