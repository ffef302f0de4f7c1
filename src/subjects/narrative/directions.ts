// The direction a change is stated in ("naik", "meningkat", "mengalami penurunan") beside the
// direction its two ends give: from the sentence ("meningkat dari 80,33 menjadi 78,17") or, for a
// change stated of one named indicator against last year, the year-on-year table's row. The ends
// give a direction only when their printed intervals do not overlap. A value's direction, not a
// judgement: "angka kemiskinan meningkat" is a rise in value whatever the indicator's polarity.
import type { ParsedNumber } from '../../model/number-id.js';
import { halfUnit } from '../../model/number-id.js';
import type { Model } from '../../model/types.js';
import type { LintSettings } from '../../engine/settings.js';
import type { Subject } from '../../engine/types.js';
import { changeReadings } from './changes.js';

const UP = /^(?:naik|meningkat|bertambah|(?:mengalami|terjadi)?\s*(?:kenaikan|peningkatan|penambahan))$/i;
const RANK = /\b(?:peringkat|ranking|rangking|urutan|posisi)\b/i;
const DOWN = /^(?:turun|menurun|berkurang|(?:mengalami|terjadi)?\s*(?:penurunan|pengurangan))$/i;

function wordDirection(word: string): 'up' | 'down' | 'none' {
  const w = word.trim().replace(/\s+/g, ' ');
  return UP.test(w) ? 'up' : DOWN.test(w) ? 'down' : 'none';
}

function endsDirection(a: ParsedNumber, b: ParsedNumber): 'up' | 'down' | 'same' {
  const gap = b.value! - a.value!;
  const half = halfUnit(a.decimals) + halfUnit(b.decimals);
  return gap > half + 1e-9 ? 'up' : -gap > half + 1e-9 ? 'down' : 'same';
}

export function directionSubjects(model: Model, settings: LintSettings): Subject[] {
  const year = typeof model.meta?.tahun === 'number' ? model.meta.tahun : undefined;
  const out: Subject[] = [];
  for (const r of changeReadings(model, settings)) {
    const { from, to } = r.ends;
    // An end that reads two ways ("202.940") may run either way; a rank rises as its number falls.
    if (from.ambiguous || to.ambiguous || RANK.test(r.evidence)) continue;
    out.push({
      type: 'stated-direction',
      key: r.key,
      loc: r.loc,
      evidence: r.evidence,
      ...(r.ends.related ? { related: r.ends.related } : {}),
      facts: {
        word: r.word.toLowerCase().replace(/\s+/g, ' '),
        wordDirection: wordDirection(r.word),
        endsDirection: endsDirection(from, to),
        ends: r.ends.ends,
        indikator: r.ends.indikator ?? '',
        year: r.ends.ends === 'table' && year ? String(year) : '',
        prevYear: r.ends.ends === 'table' && year ? String(year - 1) : '',
        from,
        to,
      },
    });
  }
  return out;
}
