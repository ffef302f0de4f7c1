// Indonesian number words as reports write them next to digits ("4 (empat)", "Rp 1.500.000 (satu
// juta lima ratus ribu rupiah)") and as decree articles are labelled (KESATU, KEDUA, … KESEBELAS).

const UNITS: Record<string, number> = {
  nol: 0,
  satu: 1,
  se: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
};

const SCALES: Record<string, number> = {
  ribu: 1e3,
  juta: 1e6,
  milyar: 1e9,
  miliar: 1e9,
  triliun: 1e12,
  trilyun: 1e12,
};

/** Words that may trail a number without changing it: "(sepuluh persen)", "(dua ratus ribu rupiah)". */
const TRAILING = new Set(['persen', 'rupiah', 'prosen']);

/** Split run-together forms: "sebelas", "seratus", "duapuluh" → tokens the parser knows. */
function tokens(words: string): string[] {
  const out: string[] = [];
  for (const raw of words.toLowerCase().replace(/[-–]/g, ' ').split(/\s+/).filter(Boolean)) {
    let w = raw.replace(/[^a-z]/g, '');
    if (!w) continue;
    // "seratus", "sebelas", "sepuluh", "seribu": the prefix se- is "satu".
    const se = /^se(puluh|belas|ratus|ribu)$/.exec(w);
    if (se) {
      out.push('satu', se[1]);
      continue;
    }
    // "duapuluh", "tigaratus", "limabelas" written as one word.
    const joined = /^(satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)(puluh|belas|ratus|ribu|juta)$/.exec(w);
    if (joined) {
      out.push(joined[1], joined[2]);
      continue;
    }
    out.push(w);
  }
  return out;
}

/**
 * The integer an Indonesian number phrase stands for ("dua puluh tiga" → 23, "seratus" → 100,
 * "tiga milyar empat ratus …" → 3.4e9). Undefined when the phrase is not (only) a number.
 */
export function parseNumberWords(words: string): number | undefined {
  const ts = tokens(words);
  while (ts.length && TRAILING.has(ts[ts.length - 1])) ts.pop();
  if (!ts.length) return undefined;
  let total = 0; // completed scale groups (ribu, juta, …)
  let group = 0; // below one thousand
  let unit: number | undefined; // a unit word waiting for belas/puluh/ratus
  const flushUnit = () => {
    if (unit !== undefined) group += unit;
    unit = undefined;
  };
  for (const t of ts) {
    if (t in UNITS && t !== 'se') {
      if (unit !== undefined) return undefined; // "dua tiga"
      unit = UNITS[t];
    } else if (t === 'belas') {
      if (unit === undefined || unit === 0) return undefined;
      group += 10 + unit;
      unit = undefined;
    } else if (t === 'puluh') {
      if (unit === undefined || unit === 0) return undefined;
      group += unit * 10;
      unit = undefined;
    } else if (t === 'ratus') {
      if (unit === undefined || unit === 0) return undefined;
      group += unit * 100;
      unit = undefined;
    } else if (t in SCALES) {
      flushUnit();
      if (group === 0) return undefined;
      total += group * SCALES[t];
      group = 0;
    } else {
      return undefined;
    }
  }
  flushUnit();
  return total + group;
}

const UNIT_WORDS = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

/** Words for 1–999 ("sebelas", "dua puluh satu", "seratus lima"). */
export function numberWords(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) return String(n);
  const parts: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 1) parts.push('seratus');
  else if (hundreds > 1) parts.push(`${UNIT_WORDS[hundreds]} ratus`);
  if (rest === 10) parts.push('sepuluh');
  else if (rest === 11) parts.push('sebelas');
  else if (rest > 11 && rest < 20) parts.push(`${UNIT_WORDS[rest - 10]} belas`);
  else if (rest >= 20) {
    parts.push(`${UNIT_WORDS[Math.floor(rest / 10)]} puluh`);
    if (rest % 10) parts.push(UNIT_WORDS[rest % 10]);
  } else if (rest > 0) parts.push(UNIT_WORDS[rest]);
  return parts.join(' ');
}

/** The number of a decree article label: KESATU/PERTAMA → 1, KEENAM → 6, KEDUA BELAS → 12. */
export function ordinalValue(label: string): number | undefined {
  const t = label.trim().toLowerCase().replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
  if (t === 'pertama') return 1;
  const m = /^ke\s?(.+)$/.exec(t);
  if (!m) return undefined;
  return parseNumberWords(m[1] === 'satu' ? 'satu' : m[1]);
}

/** The label of the n-th decree article, in capitals: 1 → KESATU, 5 → KELIMA, 11 → KESEBELAS. */
export function ordinalLabel(n: number): string {
  return `KE${numberWords(n).toUpperCase()}`;
}
