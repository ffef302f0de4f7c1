// Survei Kepuasan Masyarakat (PermenPAN-RB 14/2017): nilai interval (1–4) and its conversion
// (IKM = NI × 25, 25–100) to a mutu letter A–D.

export type Mutu = 'A' | 'B' | 'C' | 'D';

/** IKM bands as published; the lower bound of the next band closes each band's upper end. */
export const IKM_BANDS: { mutu: Mutu; min: number; max: number; kinerja: { id: string; en: string } }[] = [
  { mutu: 'D', min: 25, max: 64.99, kinerja: { id: 'Tidak baik', en: 'Poor' } },
  { mutu: 'C', min: 65, max: 76.6, kinerja: { id: 'Kurang baik', en: 'Below standard' } },
  { mutu: 'B', min: 76.61, max: 88.3, kinerja: { id: 'Baik', en: 'Good' } },
  { mutu: 'A', min: 88.31, max: 100, kinerja: { id: 'Sangat baik', en: 'Very good' } },
];

const RANK: Record<Mutu, number> = { D: 1, C: 2, B: 3, A: 4 };

/** IKM (25–100) of a value printed either as IKM or as nilai interval (1–4). */
export function toIkm(value: number): number | undefined {
  if (value >= 1 && value <= 4) return value * 25;
  if (value >= 25 && value <= 100) return value;
  return undefined;
}

export function mutuOf(value: number): Mutu | undefined {
  const ikm = toIkm(value);
  if (ikm === undefined) return undefined;
  // A value between two published bounds (64,995) belongs to the lower band until the next one starts.
  for (let i = IKM_BANDS.length - 1; i >= 0; i--) if (ikm >= IKM_BANDS[i].min) return IKM_BANDS[i].mutu;
  return 'D';
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
