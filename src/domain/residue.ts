// Template residue: instructions and placeholders of the report template left in the final text —
// "(diisi sasaran strategis …)", "yang ke... Yaitu", "sebanyak kegiatan yaitu" (the count was never
// filled in), "(jika ada)", "xxx", "…" standing for a missing value, "[nama]". Dot leaders of a
// table of contents ("DAFTAR ISI ....... ii") and abbreviations such as "s.d." are not residue.
// What each kind is called in a finding: rules/terms.json, table "completeness-residue".
export interface Residue {
  kind: string;
  /** The residue as written. */
  match: string;
  index: number;
}

interface Pattern {
  kind: string;
  re: RegExp;
  /** Rejects a match by what surrounds it. */
  accept?: (text: string, index: number, match: string) => boolean;
}

const PATTERNS: Pattern[] = [
  {
    kind: 'instruction',
    re: /\(\s*(?:diisi|isi|isikan|tuliskan|sebutkan|uraikan|jelaskan|disesuaikan)\b[^)]{0,200}\)/gi,
  },
  {
    kind: 'optional',
    re: /\(\s*(?:jika|apabila|bila|kalau)\s+ada\s*\)/gi,
  },
  {
    kind: 'missing-count',
    re: /\bsebanyak\s+(?:sub\s*kegiatan|kegiatan|program|sasaran|indikator|tujuan)\s+(?:yaitu|yakni|antara\s+lain|sebagai\s+berikut|meliputi|terdiri)\b/gi,
  },
  {
    kind: 'ordinal-placeholder',
    re: /\b(?:yang\s+)?ke\s*(?:\.{2,}|…)/gi,
  },
  {
    kind: 'xxx',
    re: /\b[xX]{3,}\b/g,
    // "Lampiran XXX", "Pasal XXX": a Roman numeral.
    accept: (text, index) => !/\b(?:lampiran|bab|pasal|bagian|paragraf|ayat|nomor|no\.?)\s*$/i.test(text.slice(0, index)),
  },
  {
    kind: 'bracket',
    re: /\[\s*(?:nama|isi|diisi|tahun|nomor|no|tanggal|opd|instansi|satuan\s+kerja|unit\s+kerja|jabatan|nip|jumlah|target|realisasi)\b[^\]]{0,60}\]|<\s*(?:nama|isi|diisi|tahun|nomor|tanggal|opd|instansi|jabatan|nip)\b[^>]{0,60}>/gi,
  },
  {
    kind: 'ellipsis',
    re: /(?:\.{3,}|…+)/g,
    accept: ellipsisIsPlaceholder,
  },
];

/**
 * Dots stand for a missing value when text follows them in the same sentence ("Nomor ... Tahun",
 * "sebesar Rp. ... ,"). Not: dot leaders before a page number, an ellipsis ending a sentence or a
 * list ("dan lain-lain…"), or dots already reported as "yang ke...".
 */
function ellipsisIsPlaceholder(text: string, index: number, match: string): boolean {
  const after = text.slice(index + match.length);
  const before = text.slice(0, index);
  if (/\bke\s*$/i.test(before)) return false; // reported as ordinal-placeholder
  if (/^\s*(?:[ivxlc]+|\d+)?\s*$/i.test(after)) return false; // end of text or a page number: leader
  if (match.length >= 5 && /^\s*(?:[ivxlc]+|\d+)\b/i.test(after)) return false; // leader before a page number
  if (/^\s*[)\]"”]/.test(after)) return false; // closes a quotation or parenthesis
  if (/(?:dll|dsb|dst|lain-lain|sebagainya)\s*$/i.test(before)) return false;
  // Between a part's number and its title ("3.1…Capaian Kinerja" in a Daftar Isi): a leader glitch.
  if (/(?:^|\s)\d{1,2}(?:\.\d{1,2})*\.?$/.test(before) && /^\S/.test(after)) return false;
  // A word must stand right before or the dots must be free-standing, and a word must follow.
  return /^\s*[,;:]?\s*[A-Za-z0-9]/.test(after);
}

/** A text with several long dot runs is a table of contents (or part of one): its dots are leaders. */
function leaderRich(text: string): boolean {
  return (text.match(/\.{6,}|…{3,}/g) ?? []).length >= 2;
}

/** Template residue in one text, in order of appearance. */
export function findResidue(text: string): Residue[] {
  const out: Residue[] = [];
  const leaders = leaderRich(text);
  for (const p of PATTERNS) {
    if (p.kind === 'ellipsis' && leaders) continue;
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      if (p.accept && !p.accept(text, m.index, m[0])) continue;
      out.push({ kind: p.kind, match: m[0], index: m.index });
    }
  }
  return out.sort((a, b) => a.index - b.index);
}
