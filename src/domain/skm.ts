// Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017): nilai interval (1–4) and its conversion
// (IKM = NI × 25, 25–100) to a mutu letter A–D.
import { halfUnit, parseNumber, type ParsedNumber } from '../model/number-id.js';
import { terms } from '../engine/messages.js';

export type Mutu = 'A' | 'B' | 'C' | 'D';

/** IKM bands as published; the lower bound of the next band closes each band's upper end. */
export const IKM_BANDS: { mutu: Mutu; min: number; max: number }[] = [
  { mutu: 'D', min: 25, max: 64.99 },
  { mutu: 'C', min: 65, max: 76.6 },
  { mutu: 'B', min: 76.61, max: 88.3 },
  { mutu: 'A', min: 88.31, max: 100 },
];

let kinerja: Map<string, Mutu> | undefined;
/**
 * The kinerja unit words of the table by mutu ("sangat baik" → A … "tidak baik" → D): the
 * Indonesian words of the shared table rating-skm-kinerja (rules/terms.json), which the messages
 * print, so that the words read and the words printed are one list.
 */
function kinerjaWords(): Map<string, Mutu> {
  return (kinerja ??= new Map(IKM_BANDS.map((b) => [terms()['rating-skm-kinerja'][b.mutu].id.toLowerCase(), b.mutu])));
}

const RANK: Record<Mutu, number> = { D: 1, C: 2, B: 3, A: 4 };

/** NI × 25 lands on float noise (3,0644 × 25 = 76,61000000000001); the table has two decimals. */
function clean(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** IKM (25–100) of a value printed either as IKM or as nilai interval (1–4). */
export function toIkm(value: number): number | undefined {
  if (value >= 1 && value <= 4) return clean(value * 25);
  if (value >= 25 && value <= 100) return value;
  return undefined;
}

/** Mutu of an IKM value (25–100). */
export function mutuOfIkm(ikm: number): Mutu {
  // A value between two published bounds (64,995) belongs to the lower band until the next one starts.
  for (let i = IKM_BANDS.length - 1; i >= 0; i--) if (ikm >= IKM_BANDS[i].min) return IKM_BANDS[i].mutu;
  return 'D';
}

export function mutuOf(value: number): Mutu | undefined {
  const ikm = toIkm(value);
  return ikm === undefined ? undefined : mutuOfIkm(ikm);
}

/**
 * The mutu letters a printed value can stand for, given its precision: "76,6" is 76,55–76,65, so C
 * or B. A value printed as precisely as the table (IKM two decimals, NI four) is taken as exact.
 * Lowest and highest; undefined when the value is neither an IKM nor a nilai interval.
 */
export function mutuSpan(value: number, decimals: number): { low: Mutu; high: Mutu; ikm: number } | undefined {
  const ikm = toIkm(value);
  if (ikm === undefined) return undefined;
  const ni = value >= 1 && value <= 4;
  const tableDecimals = ni ? 4 : 2;
  const half = decimals >= tableDecimals ? 0 : halfUnit(decimals) * (ni ? 25 : 1);
  if (half === 0) return { low: mutuOfIkm(ikm), high: mutuOfIkm(ikm), ikm };
  const lo = Math.max(25, clean(ikm - half));
  const hi = Math.min(100, clean(ikm + half));
  // The upper end of the interval is open: 76,65 itself rounds to 76,7.
  return { low: mutuOfIkm(lo), high: mutuOfIkm(hi - 1e-9), ikm };
}

export function isMutu(letter: string | undefined): letter is Mutu {
  return !!letter && /^[ABCD]$/.test(letter);
}

export function mutuRank(m: Mutu): number {
  return RANK[m];
}

/** The IKM interval a mutu letter stands for. */
export function mutuInterval(m: Mutu): { min: number; max: number } {
  const band = IKM_BANDS.find((b) => b.mutu === m)!;
  return { min: band.min, max: band.max };
}

/** The kinerja unit words of the table, as a mutu: "Sangat baik" → A … "Tidak baik" → D. */
export function mutuOfKinerja(word: string): Mutu | undefined {
  const w = word.toLowerCase().replace(/\s+/g, ' ').trim();
  return kinerjaWords().get(w);
}

export interface SkmAnnotated {
  /** The number as printed ("82,5"), parsed. */
  number: ParsedNumber;
  /** The mutu stated beside it, from a letter ("B", "Mutu B") or the kinerja words ("Baik"). */
  mutu: Mutu;
  /** The mutu as printed ("B", "Baik"). */
  mutuText: string;
}

let annotated: { numberFirst: RegExp; mutuFirst: RegExp } | undefined;
/** The two orders of a number and its mutu (a letter or the kinerja words, longest first). */
function annotatedForms(): { numberFirst: RegExp; mutuFirst: RegExp } {
  if (annotated) return annotated;
  const NUM = String.raw`(\d+(?:[.,]\d+)?)\s*%?`;
  const words = [...kinerjaWords().keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const MUTU = String.raw`(?:mutu\s*)?([abcd]|${words.join('|')})`;
  return (annotated = {
    numberFirst: new RegExp(String.raw`^${NUM}\s*(?:\(\s*${MUTU}\s*\)|[/;]\s*${MUTU})$`, 'i'),
    mutuFirst: new RegExp(String.raw`^${MUTU}\s*(?:\(\s*${NUM}\s*\)|[/;]\s*${NUM})$`, 'i'),
  });
}

/** A value printed with its mutu: "82,5 (B)", "82,5 / B", "B (82,5)", "82,5 (Baik)", "3,06 (Mutu C)". */
export function parseSkmAnnotated(raw: string | undefined): SkmAnnotated | undefined {
  if (!raw) return undefined;
  const t = raw.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
  let num: string | undefined;
  let word: string | undefined;
  const { numberFirst, mutuFirst } = annotatedForms();
  let m = numberFirst.exec(t);
  if (m) {
    num = m[1];
    word = m[2] ?? m[3];
  } else if ((m = mutuFirst.exec(t))) {
    word = m[1];
    num = m[2] ?? m[3];
  }
  if (!num || !word) return undefined;
  const number = parseNumber(num);
  if (number.kind !== 'number' || number.value === null) return undefined;
  const mutu = word.length === 1 ? (word.toUpperCase() as Mutu) : mutuOfKinerja(word);
  if (!mutu) return undefined;
  return { number, mutu, mutuText: word };
}
