// Predikat claims: a rating word in a rating context ("mendapat predikat nilai Baik", "dikategorikan
// Baik"), not the adjective ("dilaksanakan dengan baik").
import type { PredikatClaim, SentenceInfo } from '../claims.js';
import { QUOTE } from '../text.js';

const PREDIKAT_WORDS = [
  'Sangat Baik', 'Sangat Kurang', 'Sangat Tinggi', 'Sangat Rendah', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Cukup', 'Kurang', 'Tinggi', 'Sedang', 'Rendah',
];

const FILLER = String.raw`(?:nilai|capaian(?:nya)?|kinerja(?:nya)?|dalam|kategori|predikat|adalah|ialah|yaitu|sebagai|dengan|pada|tergolong|termasuk|masuk|berada|level|status|mendapat(?:kan)?|memperoleh|meraih|sasaran|indikator|tersebut|ini)`;
const CUE_BEFORE = new RegExp(
  String.raw`\b(predikat(?:nya)?|kategori(?:nya)?|berkategori|berpredikat|tergolong|digolongkan|dikategorikan|termasuk|kriteria|klasifikasi|dinilai|capaian(?:nya)?|pencapaian(?:nya)?)(?:\s+${FILLER}){0,4}\s*[:=\-–]?\s*[${QUOTE}(]*\s*$`,
  'i',
);
// "cukup efektif", "kurang memadai", "baik di desa maupun …": the word qualifies something else.
const ADVERB_USE = /^\s*(?:[a-z]{4,})/;
const NOT_AFTER = /^\s*(?:dan|dengan|karena|yang|pada|sebesar|yaitu|atau|hal|serta|sedangkan|sehingga|dari|dalam|untuk|namun|tetapi|walaupun|meskipun|apabila|jika|maka|di|ke|oleh|sebagaimana|berdasarkan|sesuai|terbukti|hal|ini|itu|tersebut|pula|juga|lagi|sekali)\b/i;

/** Regex source of the rating words, longest first, as one capturing group. */
export function predikatAlternation(labels: string[] = []): string {
  const words = [...new Set([...PREDIKAT_WORDS, ...labels].map((w) => w.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  return `(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|')})`;
}

const compiled = new Map<string, RegExp>();

/** The rating words as a regex, compiled once per scale's labels (matchAll copies it, so it is shared). */
function predikatRegex(labels: string[]): RegExp {
  const key = labels.join('\u0000');
  let re = compiled.get(key);
  if (!re) {
    if (compiled.size >= 100) compiled.clear();
    compiled.set(key, (re = new RegExp(String.raw`(?<![\p{L}])${predikatAlternation(labels)}(?![\p{L}])`, 'giu')));
  }
  return re;
}

const QUOTE_BEFORE = new RegExp(`[${QUOTE}]\\s*$`);
const QUOTE_AFTER = new RegExp(`^\\s*[${QUOTE}]`);

export function predikatClaims(original: string, sentences: SentenceInfo[], labels: string[]): PredikatClaim[] {
  const out: PredikatClaim[] = [];
  const re = predikatRegex(labels);
  for (const s of sentences) {
    for (const m of s.text.matchAll(re)) {
      const at = m.index!;
      const before = s.text.slice(Math.max(0, at - 90), at);
      const after = s.text.slice(at + m[0].length);
      const quoted = QUOTE_BEFORE.test(before) && QUOTE_AFTER.test(after);
      // Emphasis marks were blanked in the sentence; the original text still has them.
      const from = s.start + at;
      const bold = /(\*\*|__)\s*$/.test(original.slice(Math.max(0, from - 3), from)) && /^\s*(\*\*|__)/.test(original.slice(from + m[0].length, from + m[0].length + 3));
      const cue = CUE_BEFORE.exec(before);
      if (!cue && !quoted && !bold) continue;
      // A band of another scale, given with its bounds: "kategori Tinggi (> 80)".
      if (/^\s*\(\s*[<>≤≥]?\s*\d/.test(after)) continue;
      // The grade of a value printed before it, not of a capaian: "ditargetkan 81 (Predikat A)".
      if (/\d(?:[.,]\d+)?\s*\(\s*(?:predikat|kategori|nilai)?\s*[:=]?\s*["“”'‘’]?\s*$/i.test(before)) continue;
      // An adverb of degree before another word: "cukup efektif", "kurang memadai".
      const unquotedAfter = !bold && !QUOTE_AFTER.test(after);
      if (unquotedAfter && ADVERB_USE.test(after) && !NOT_AFTER.test(after) && !/^\s*[A-Z]/.test(after)) continue;
      out.push({ kind: 'predikat', sentence: s, start: s.start + at, end: s.start + at + m[0].length, word: m[0].replace(/\s+/g, ' '), cue: cue?.[1] ?? (quoted ? 'quoted' : 'bold') });
    }
  }
  return out;
}
