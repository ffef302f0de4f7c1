// Polarity a report declares in its prose for one indicator: "dengan indikator Menurunnya tingkat
// kehilangan hasil … Dengan menggunakan rumus perhitungan ke II (realisasi yang lebih besar
// menunjukkan kinerja kurang baik) …". A measurement row without a polarity column takes it.
import type { Measurement, Paragraph } from '../../model/report-input.js';
import { norm } from './words.js';

/** Wordings of "lower is better". */
const NEGATIVE = /\b(?:realisasi|nilai|angka|capaian)\s+yang\s+(?:lebih\s+)?(?:besar|tinggi)\s+menunjukkan\s+kinerja\s+(?:yang\s+)?(?:kurang|tidak|semakin\s+(?:buruk|jelek))|\bsemakin\s+(?:kecil|rendah)\s+(?:realisasi(?:nya)?\s+)?semakin\s+baik|\bpolaritas\s+negatif\b/i;

const key = (s: string) => norm(s).toLowerCase().replace(/^[-–•*\d.)\s]+/, '').replace(/[^\p{L}\d ]/gu, ' ').replace(/\s+/g, ' ').trim();

/** Rows whose indicator a paragraph names beside a "lower is better" wording get negative polarity. */
export function declaredPolarity(rows: Measurement[] | undefined, paragraphs: Paragraph[]): void {
  if (!rows?.length) return;
  const declaring = paragraphs.filter((p) => NEGATIVE.test(p.text)).map((p) => key(p.text));
  if (!declaring.length) return;
  for (const row of rows) {
    if (row.polarity) continue;
    const name = key(row.indikator);
    // A name of three words at least, so that a short one ("Indeks") names nothing in particular.
    if (name.split(' ').length < 3) continue;
    if (declaring.some((t) => t.includes(name))) row.polarity = 'negative';
  }
}
