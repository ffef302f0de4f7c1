// One sentence that states a budget, its realisation and a figure derived from both ("anggaran
// Rp 989.454.881.713, realisasi Rp 982.061.548.321 (99,25%), efisiensi anggaran Rp 7.393.333.392
// (0,75%)"): the derived figure recomputed from the two amounts of the same sentence. No table is
// involved; the sentence is checked against itself, whatever year it speaks of.
import type { Val } from '../../../model/types.js';
import type { Subject } from '../../../engine/types.js';
import { percentDecimals, quantity } from '../../../domain/quantity.js';
import { subjectKey } from '../../subject-key.js';
import type { NumberClaim, SentenceInfo } from '../claims.js';
import type { Context } from '../context.js';
import { evidenceOf } from './presentation.js';
import { pushTo } from '../../../util/multimap.js';

// An amount printed with a scale word ("Rp 2,5 miliar") is rounded: derived figures of it are not exact.
const SCALED = /\b(?:ribu|rb|juta|jt|miliar|milyar|triliun)\b/i;
// Two years in one sentence ("anggaran 2016 … realisasi 2015 …"): the amounts may be of different years.
const YEARS = /\b(?:19|20)\d\d\b/g;
// The amounts of one sentence may belong to different things: "dari anggaran Rp X, untuk Program A
// terealisasi Rp Y" (Y of a part). Words naming a part between them leave the pair undecided.
const PART_BETWEEN = /\b(?:program|kegiatan|sub\s*kegiatan|belanja|masing-masing|antara\s+lain|terdiri|meliputi|sedangkan|sementara)\b/i;

// Rupiah are printed whole or with sen: "Rp. 907458.180,-" (three decimals) is a misplaced separator, not an amount to compute with.
const exact = (c: NumberClaim) => c.value.kind === 'number' && c.value.value !== null && !c.value.ambiguous && !SCALED.test(c.value.raw) && (c.value.decimals === 0 || c.value.decimals === 2);

/** Exactly one claim of a role and unit in the sentence, else none. */
function only(claims: NumberClaim[], unit: NumberClaim['unit'], role: NumberClaim['role'], of?: NumberClaim): NumberClaim | undefined {
  const found = claims.filter((c) => c.unit === unit && c.role === role && (of === undefined || c.of === of));
  return found.length === 1 ? found[0] : undefined;
}

type Figure = 'serapan' | 'sisa' | 'sisa-persen';

function subject(loc: Subject['loc'], figure: Figure, anggaran: NumberClaim, realisasi: NumberClaim, stated: NumberClaim): Subject {
  const a = anggaran.value.value!;
  const r = realisasi.value.value!;
  const computed =
    figure === 'sisa' ? quantity(a - r, 'rupiah') : quantity(figure === 'serapan' ? (r / a) * 100 : ((a - r) / a) * 100, 'percent', percentDecimals(stated.value));
  const val = (c: NumberClaim): Val => ({ ...c.value, loc });
  return {
    type: 'budget-sentence',
    // By the figures, not the paragraph: readers that cut paragraphs differently give the same key.
    key: subjectKey('narrative', 'budget-sentence', figure, anggaran.value.exact ?? a, realisasi.value.exact ?? r, stated.value.value ?? ''),
    loc,
    evidence: evidenceOf(stated),
    facts: { figure, anggaran: val(anggaran), realisasi: val(realisasi), stated: val(stated), computed },
  };
}

export function budgetSentenceSubjects(ctx: Context): Subject[] {
  const out: Subject[] = [];
  for (const a of ctx.units) {
    const bySentence = new Map<SentenceInfo, NumberClaim[]>();
    for (const c of a.extraction.claims) if (c.kind === 'number' && c.sentence.budget) pushTo(bySentence, c.sentence, c);
    for (const [sentence, claims] of bySentence) {
      if (claims.length < 3) continue;
      const rupiah = claims.filter((c) => c.unit === 'rupiah' && !c.belanja);
      const anggaran = only(rupiah, 'rupiah', 'anggaran');
      const realisasi = only(rupiah, 'rupiah', 'realisasi');
      if (!anggaran || !realisasi || !exact(anggaran) || !exact(realisasi) || anggaran.value.value === 0 || anggaran.start > realisasi.start) continue;
      if (new Set(sentence.text.match(YEARS) ?? []).size > 1) continue;
      if (PART_BETWEEN.test(sentence.text.slice(anggaran.end - sentence.start, realisasi.start - sentence.start))) continue;
      // The rate: a percentage tied to the realisation ("Rp Y (99,25%)"), else the only realisation rate after it.
      const tied = only(claims, 'percent', 'realisasi', realisasi);
      const rate = tied ?? (claims.some((c) => c.unit === 'percent' && c.of) ? undefined : only(claims, 'percent', 'realisasi'));
      if (rate && rate.start > realisasi.start && exactPercent(rate)) out.push(subject(a.unit.loc, 'serapan', anggaran, realisasi, rate));
      const sisa = only(rupiah, 'rupiah', 'efisiensi');
      if (sisa && sisa.start > realisasi.start && exact(sisa)) {
        out.push(subject(a.unit.loc, 'sisa', anggaran, realisasi, sisa));
        const share = only(claims, 'percent', 'efisiensi', sisa);
        if (share && exactPercent(share)) out.push(subject(a.unit.loc, 'sisa-persen', anggaran, realisasi, share));
      }
    }
  }
  return out;
}

const exactPercent = (c: NumberClaim) => c.value.kind === 'number' && c.value.value !== null && !c.value.ambiguous;
