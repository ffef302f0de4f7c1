// Number claims: each percentage or Rupiah amount of a sentence, with the role its words give it
// (realisasi, anggaran, capaian, rata-rata …) and, for a share, the amount it is the share of.
import type { Cue, NumberClaim, NumberRole, SentenceInfo } from '../claims.js';
import { findNumbers } from '../numbers.js';

const CUES: [Cue, RegExp][] = [
  ['efisiensi', /\b(?:efisiensi\s+(?:anggaran|dana|belanja|keuangan)|sisa\s+(?:anggaran|dana|lebih)|silpa)\b/i],
  ['realisasi', /\b(?:realisasi(?:nya)?|terealisasi|direalisasikan|merealisasikan|penyerapan|terserap|serapan|menyerap)\b/i],
  ['average', /\brata\s*-?\s*rata\b/i],
  ['capaian', /\b(?:capaian(?:nya)?|pencapaian(?:nya)?|tercapai)\b/i],
  ['terlaksana', /\b(?:terlaksana|dilaksanakan|terlayani)\b/i],
  ['target', /\btarget(?:nya)?\b/i],
  ['proporsi', /\b(?:proporsi|porsi|komposisi)\b/i],
  ['belanja', /\bbelanja\b/i],
  ['anggaran', /\b(?:anggaran|apbd|apbn|pagu|dana|dialokasikan|mengalokasikan|alokasi|keuangan|belanja)\b/i],
  ['spread', /\b(?:seluruh|keseluruhan|semua|rata\s*-?\s*rata|total)\b/i],
];

const BELANJA = /\bbelanja\s+(tidak\s+langsung|langsung|operasi(?:onal)?|modal|pegawai|barang\s*(?:dan|\/|&)?\s*jasa|hibah|bantuan\s+sosial|tidak\s+terduga|transfer)\b/gi;

function cuesOf(window: string): Cue[] {
  return CUES.filter(([, re]) => re.test(window)).map(([c]) => c);
}

function lastBelanja(window: string): string | undefined {
  let last: string | undefined;
  for (const m of window.matchAll(BELANJA)) last = m[0].replace(/\s+/g, ' ');
  return last;
}

// Where each kind of cue last occurs in the window: the nearest one to the number names its role.
const ROLE_CUES: { role: NumberRole; re: RegExp }[] = [
  { role: 'efisiensi', re: /\b(?:efisiensi\s+(?:anggaran|dana|belanja|keuangan)|sisa\s+(?:anggaran|dana|lebih)|silpa)\b/gi },
  // "realisasi anggaran", "penyerapan anggaran", "realisasi belanja langsung": one realisasi cue.
  { role: 'realisasi', re: /\b(?:realisasi(?:nya)?|terealisasi|direalisasikan|merealisasikan|penyerapan|terserap|serapan|menyerap)(?:\s+(?:anggaran|keuangan|dana|belanja(?:\s+(?:tidak\s+)?langsung)?))?\b/gi },
  { role: 'capaian', re: /\b(?:capaian(?:nya)?|pencapaian(?:nya)?|tercapai|terlaksana|dilaksanakan|terlayani)\b/gi },
  // Not "APBD", "APBN", "dana": they name where money comes from, not which figure it is ("realisasi
  // … untuk dana APBD adalah sebesar Rp X" is a realisation).
  { role: 'anggaran', re: /\b(?:anggaran|pagu|dialokasikan|mengalokasikan|alokasi|belanja)\b/gi },
  { role: 'fisik', re: /\b(?:realisasi|capaian|pencapaian|progres|kemajuan)\s+fisik(?:nya)?\b|\bfisik(?:nya)?\b/gi },
];
const PRIORITY: NumberRole[] = ['fisik', 'efisiensi', 'realisasi', 'belanja', 'capaian', 'anggaran'];

function lastEnd(re: RegExp, text: string): number {
  let end = -1;
  for (const m of text.matchAll(re)) end = m.index! + m[0].length;
  return end;
}

function roleOf(unit: 'percent' | 'rupiah', cues: Cue[], belanja: string | undefined, window: string): NumberRole | undefined {
  const has = (c: Cue) => cues.includes(c);
  if (unit === 'percent') {
    // "rata-rata efisiensi sebesar 39,23%": a mean of rates, which no table cell gives.
    if (has('average') && has('efisiensi')) return undefined;
    if (has('average') && (has('capaian') || !has('realisasi'))) return 'average';
    if (has('efisiensi')) return 'efisiensi';
    // "dari target 100%", "target sebesar 80%": the target itself, whatever came before.
    if (TARGET_JUST_BEFORE.test(window)) return 'target';
  }
  const allowed: NumberRole[] = unit === 'rupiah' ? ['efisiensi', 'realisasi', 'belanja', 'anggaran'] : ['fisik', 'realisasi', 'belanja', 'capaian'];
  const ends = new Map<NumberRole, number>();
  for (const { role, re } of ROLE_CUES) if (allowed.includes(role)) ends.set(role, lastEnd(re, window));
  if (belanja && allowed.includes('belanja')) ends.set('belanja', lastEnd(BELANJA, window));
  let best: NumberRole | undefined;
  let bestEnd = -1;
  for (const role of PRIORITY) {
    const e = ends.get(role) ?? -1;
    if (e > bestEnd) {
      best = role;
      bestEnd = e;
    }
  }
  if (best) return best;
  if (unit === 'percent' && has('target')) return 'target';
  // "dana APBD sebesar Rp X": an amount of the budget, with no word saying which.
  if (unit === 'rupiah' && /\b(?:dana|apbd|apbn)\b/i.test(window)) return 'anggaran';
  return undefined;
}

const TARGET_JUST_BEFORE = /\btarget(?:nya)?(?:\s+(?:kinerja|sebesar|adalah|yaitu|ditetapkan|yang\s+ditetapkan|:))*\s*:?\s*$/i;

// A percentage the sentence measures against rather than states: "belum mencapai/mendekati 100
// persen pagu", "di bawah 80%", "(100 – 94,08)%".
// A bound (">100%", "≥ 90 %") is no figure either.
const REFERENCE_BEFORE =
  /(?:\b(?:belum|tidak|hampir|mendekati|nyaris|melebihi|melampaui|di\s?atas|di\s?bawah|kurang\s+dari|lebih\s+dari|maksimal|minimal|batas|ambang|standar)(?:\s*\/\s*\p{L}+|\s+(?:mencapai|dari|angka|batas))*|\d\s*[-–−+×x]|[<>≤≥])\s*\(?\s*$/iu;
// "melampaui dari target yang telah ditentukan sebesar 0,40%": by how much, not the capaian.
const MARGIN_BEFORE = /\b(?:melampaui|melebihi|di\s?atas|lebih\s+tinggi|lebih\s+rendah|di\s?bawah|kurang)\s+(?:dari\s+)?target(?:nya)?(?:\s+(?:kinerja|yang|telah|sudah|ditetapkan|ditentukan|ditetntukan))*\s*(?:,\s*)?(?:yaitu\s+|sebesar\s+|sekitar\s+)*$/iu;
// Between two amounts of one enumeration, only joining words: "Rp X, Rp Y dan Rp Z".
const JOINING = /^[\s,;()]*(?:(?:dan|serta|atau|sebesar|senilai|masing-masing)[\s,;()]*)*$/i;
const BUDGET_ROLES = new Set<NumberRole>(['anggaran', 'efisiensi', 'belanja']);
const aboutMoney = (c: NumberClaim) => c.unit === 'rupiah' || (!!c.role && BUDGET_ROLES.has(c.role)) || c.cues.includes('anggaran');

/** "Rp X atau Y%", "Rp X (Y%)", "Rp X, atau sebesar Y%": the percentage is X's share. */
const SHARE_LINK = /^\s*(?:\(\s*(?:capaian|persentase|prosentase|realisasi|serapan|penyerapan)?|,?\s*(?:atau|yaitu|setara(?:\s+dengan)?|senilai|dengan\s+persentase)(?:\s+(?:sebesar|senilai))?\s*\(?)\s*$/i;

export function numberClaims(sentences: SentenceInfo[]): NumberClaim[] {
  const out: NumberClaim[] = [];
  for (const s of sentences) {
    const numbers = findNumbers(s.text);
    let previous: NumberClaim | undefined;
    let windowStart = 0;
    numbers.forEach((n, i) => {
      const window = s.text.slice(windowStart, n.start);
      const sentenceBefore = s.text.slice(0, n.start);
      if (n.unit === 'percent' && (REFERENCE_BEFORE.test(sentenceBefore) || MARGIN_BEFORE.test(sentenceBefore))) {
        windowStart = n.end;
        previous = undefined;
        return;
      }
      const cues = cuesOf(window);
      if (!cues.includes('spread') && /\b(?:seluruh|keseluruhan|rata\s*-?\s*rata)\b/i.test(sentenceBefore)) cues.push('spread');
      const belanja = lastBelanja(window);
      const after = s.text.slice(n.end, numbers[i + 1]?.start ?? s.text.length);
      const claim: NumberClaim = {
        kind: 'number',
        sentence: s,
        start: s.start + n.start,
        end: s.start + n.end,
        value: n.value,
        unit: n.unit,
        cues,
        about: /^\s*(?:dalam|pada|untuk|bagi|di)\b/i.test(after) ? after : window,
      };
      if (belanja) claim.belanja = belanja;
      if (n.unit === 'percent' && previous?.unit === 'rupiah' && SHARE_LINK.test(window)) {
        claim.of = previous;
        claim.role = previous.role;
        if (previous.belanja) claim.belanja = previous.belanja;
      } else {
        const role = roleOf(n.unit, cues, belanja, window);
        if (role) claim.role = role;
        // An enumeration goes on with the role it started with: "mencapai 100% dalam X dan 0% pada Y";
        // for money, only across joining words ("realisasi anggaran 95%, kinerja 90%": 90% is not spent).
        else if (previous?.role && previous.unit === n.unit && !previous.of && (!aboutMoney(previous) || JOINING.test(window))) {
          claim.role = previous.role;
          claim.cues = [...new Set([...previous.cues, ...cues])];
        }
      }
      out.push(claim);
      previous = claim;
      windowStart = n.end;
    });
  }
  return out;
}
