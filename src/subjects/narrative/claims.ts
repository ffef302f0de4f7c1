// Claim extraction: what a paragraph of an LKjIP asserts that a table can confirm or refute.
// Pure text in, claims out — no knowledge of the report model (attach.ts does that), so the same
// extractor runs on YAML transcriptions, Markdown, text and PDF extractions alike.
//
// Kinds of claim:
//   number       a percentage or Rupiah amount with the role its words give it ("realisasi anggaran
//                82,3%", "APBD … sebesar Rp 3.457.463.874", "rata-rata capaian sasaran 71,4%")
//   predikat     a rating word in a rating context ("mendapat predikat nilai Baik", "dikategorikan
//                Baik", "dengan capaian Sangat Baik") — not the adjective ("dilaksanakan dengan baik")
//   achievement  "tercapai", "melampaui target", "tidak tercapai", "berhasil" …
//   count        "sebanyak 2 indikator … diatas target", "3 IKU dapat tercapai", "seluruh indikator
//                tercapai", "7 (tujuh) mendapat kategori Sangat Baik"; with the stated total if any
//   mutu         an SKM mutu letter ("Survey Kepuasan Masyarakat … capaian sasaran adalah B")
// Each claim keeps its sentence; `mentions` says which sasaran a sentence names.
import type { ParsedNumber } from '../../model/number-id.js';
import { findNumbers } from './numbers.js';
import { COUNT, countValue, splitSentences, unmark, type Sentence } from './text.js';

export type NumberRole =
  | 'anggaran' // total budget (APBD, pagu)
  | 'realisasi' // realisation: of the budget, of an indicator or a sub kegiatan's input/output
  | 'efisiensi' // unspent budget
  | 'belanja' // a belanja group (operasi, modal …): its amount, or its share when a percentage
  | 'average' // rata-rata capaian
  | 'capaian' // capaian of an indicator or sasaran
  | 'target'
  | 'fisik'; // physical progress ("realisasi fisik 99,96%"): no table of the model holds it

export type Cue = 'realisasi' | 'anggaran' | 'efisiensi' | 'capaian' | 'average' | 'target' | 'spread' | 'belanja' | 'proporsi' | 'terlaksana';

interface ClaimBase {
  sentence: SentenceInfo;
  /** Offsets in the paragraph text. */
  start: number;
  end: number;
}

export interface NumberClaim extends ClaimBase {
  kind: 'number';
  value: ParsedNumber;
  unit: 'percent' | 'rupiah';
  role?: NumberRole;
  cues: Cue[];
  /** Belanja group named just before the number ("Belanja Modal sebesar …"). */
  belanja?: string;
  /** For a percentage right after an amount ("Rp 3.148.478.480 atau 91,06%"): that amount. */
  of?: NumberClaim;
  /** Text naming what the number is about (before it, or after it in "100% pada …"). */
  about: string;
}

export interface PredikatClaim extends ClaimBase {
  kind: 'predikat';
  /** The word as printed ("Baik", "SANGAT TINGGI"). */
  word: string;
  cue: string;
}

export type Achievement = 'achieved' | 'above' | 'not-achieved' | 'success' | 'failure';

export interface AchievementClaim extends ClaimBase {
  kind: 'achievement';
  claim: Achievement;
  /** Explicit about the target ("tercapai", "melampaui target"); "berhasil" is not. */
  explicit: boolean;
  phrase: string;
}

export type CountQualifier =
  | { type: 'above' }
  | { type: 'achieved' }
  | { type: 'not-achieved' }
  | { type: 'kategori'; label: string };

export interface CountClaim extends ClaimBase {
  kind: 'count';
  /** The number stated, or 'all' for "seluruh/semua indikator …". */
  count: number | 'all';
  raw: string;
  noun: 'indikator' | 'sasaran';
  qualifier: CountQualifier;
  /** The total the sentence states ("dari 2 indikator …"), which the count is out of. */
  total?: number;
}

export interface MutuClaim extends ClaimBase {
  kind: 'mutu';
  letter: 'A' | 'B' | 'C' | 'D';
}

export type Claim = NumberClaim | PredikatClaim | AchievementClaim | CountClaim | MutuClaim;

export interface SasaranMention {
  /** As numbered in the text (Arabic or Roman numerals). */
  no: number;
  /** The sasaran's wording when the text gives it ("Sasaran 1 : Meningkatnya Kualitas Pelayanan …"). */
  text?: string;
}

export interface SentenceInfo extends Sentence {
  sasaran: SasaranMention[];
  /** Speaks of the whole report ("secara keseluruhan", "seluruh sasaran"). */
  overall: boolean;
  /** Speaks of the budget (anggaran, realisasi keuangan, penyerapan): not of capaian. */
  budget: boolean;
}

export interface ExtractOptions {
  /** Rating words of the report's scale, besides the common ones. */
  labels?: string[];
  /** The prose right after this text: a claim about all may be qualified by it ("Namun ada 2 …"). */
  following?: string;
}

export interface Extraction {
  sentences: SentenceInfo[];
  claims: Claim[];
}

export const PREDIKAT_WORDS = [
  'Sangat Baik', 'Sangat Kurang', 'Sangat Tinggi', 'Sangat Rendah', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Cukup', 'Kurang', 'Tinggi', 'Sedang', 'Rendah',
];

const QUOTE = `"“”'‘’`;

// ── sasaran mentions ────────────────────────────────────────────────────────────────────────────

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 };
// "Sasaran 1", "Sasaran ke-2", "Sasaran Strategis II", with the typos real reports carry
// ("Sasasaran", "Starategis").
const SASARAN = /\bs(?:as)+aran(?:\s+sta?rategis)?\s*(?:ke\s*-?\s*)?(\d{1,2}|[IVX]{1,4}|pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh)\b(?!\s*%)(?=(?:\s*(?:\(\s*ss\s*-?\s*\d{1,2}\s*\)\s*)?[:.\-–]\s*([^.;]{3,200}))?)|\(\s*ss\s*-?\s*(\d{1,2})\s*\)/gi;
const ORDINAL: Record<string, number> = { pertama: 1, kedua: 2, ketiga: 3, keempat: 4, kelima: 5, keenam: 6, ketujuh: 7, kedelapan: 8, kesembilan: 9, kesepuluh: 10 };
const SASARAN_TEXT_END = /\s*(?:\b(?:mendapat(?:kan)?|memperoleh|dengan|dikategorikan|tergolong|hal ini|sebesar|yaitu|adalah|terdiri|didukung)\b|[,;(]).*$/i;

function sasaranMentions(text: string): SasaranMention[] {
  const out: SasaranMention[] = [];
  for (const m of text.matchAll(SASARAN)) {
    // "(SS2)" alone numbers a sasaran too; after "Sasaran Strategis kedua" it repeats the number.
    if (m[3]) {
      if (!out.some((o) => o.no === Number(m[3]))) out.push({ no: Number(m[3]) });
      continue;
    }
    const token = m[1];
    const no = /^\d+$/.test(token) ? Number(token) : ORDINAL[token.toLowerCase()] ?? (token === token.toUpperCase() ? ROMAN[token.toLowerCase()] : undefined);
    if (!no) continue;
    const wording = m[2]?.replace(SASARAN_TEXT_END, '').trim();
    out.push(wording && wording.split(/\s+/).length >= 2 ? { no, text: wording } : { no });
  }
  return out;
}

// ── numbers and their roles ─────────────────────────────────────────────────────────────────────

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

function numberClaims(sentences: SentenceInfo[]): NumberClaim[] {
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

// ── predikat words ──────────────────────────────────────────────────────────────────────────────

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

function predikatRegex(labels: string[]): RegExp {
  return new RegExp(String.raw`(?<![\p{L}])${predikatAlternation(labels)}(?![\p{L}])`, 'giu');
}

function predikatClaims(original: string, sentences: SentenceInfo[], labels: string[]): PredikatClaim[] {
  const out: PredikatClaim[] = [];
  const re = predikatRegex(labels);
  for (const s of sentences) {
    for (const m of s.text.matchAll(re)) {
      const at = m.index!;
      const before = s.text.slice(Math.max(0, at - 90), at);
      const after = s.text.slice(at + m[0].length);
      const quoted = new RegExp(`[${QUOTE}]\\s*$`).test(before) && new RegExp(`^\\s*[${QUOTE}]`).test(after);
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
      const unquotedAfter = !bold && !new RegExp(`^\\s*[${QUOTE}]`).test(after);
      if (unquotedAfter && ADVERB_USE.test(after) && !NOT_AFTER.test(after) && !/^\s*[A-Z]/.test(after)) continue;
      out.push({ kind: 'predikat', sentence: s, start: s.start + at, end: s.start + at + m[0].length, word: m[0].replace(/\s+/g, ' '), cue: cue?.[1] ?? (quoted ? 'quoted' : 'bold') });
    }
  }
  return out;
}

// ── achievement words ───────────────────────────────────────────────────────────────────────────

// "mencapai atau melampaui target" says achieved (≥ 100%), not above: its "melampaui" is one side of it.
const NOT_OR_ABOVE = String.raw`(?<!\b(?:mencapai|memenuhi|tercapai)\s+(?:atau|dan\/atau)\s+)`;
const HEDGE = /\b(?:hampir|mendekati|nyaris|belum\s+sepenuhnya|diharapkan|agar|supaya|untuk|guna|demi|akan|dalam\s+rangka|(?:ber)?upaya|berjanji|harus|wajib|perlu)(?:\s+(?:dapat|bisa|lebih|tetap))?\s*$/i;
const ACHIEVEMENTS: { re: RegExp; claim: Achievement; explicit: boolean }[] = [
  { re: /\b(?:tidak|belum|kurang)\s+(?:dapat\s+|bisa\s+|berhasil\s+)?(?:tercapai|mencapai\s+(?:target|100\s*%)|memenuhi\s+target|sesuai(?:\s+dengan)?\s+target|dicapai)/gi, claim: 'not-achieved', explicit: true },
  { re: /\bdi\s?bawah\s+target\b/gi, claim: 'not-achieved', explicit: true },
  { re: new RegExp(String.raw`${NOT_OR_ABOVE}\b(?:jauh\s+)?(?:melampaui|melebihi|di\s?atas)\s+target\b`, 'gi'), claim: 'above', explicit: true },
  { re: /(?<!\b(?:tidak|belum|kurang|hampir|mendekati|nyaris)\s+)\b(?:(?:telah|sudah|dapat|berhasil)\s+)*(?:tercapai|mencapai\s+target|(?:mencapai|memenuhi)\s+(?:atau|dan\/atau)\s+(?:melampaui|melebihi)\s+target|memenuhi\s+target|sesuai(?:\s+dengan)?\s+target)\b/gi, claim: 'achieved', explicit: true },
  { re: /\b(?:tidak|belum)\s+berhasil\b|\bgagal\b/gi, claim: 'failure', explicit: false },
  { re: /\bberhasil\b(?!\s+guna)/gi, claim: 'success', explicit: false },
];
// "mencapai target kinerja sebesar 96,95%", "tercapai secara sangat memuaskan dengan persentase
// capaian 98,89%", "tercapai sebanyak 20 kabupaten/kota": what follows is the rate or the quantity
// reached, not a statement that the target was met (a rate of 100% or more says both).
const QUANTITY_FOLLOWS = /^\s*(?:(?:kinerja(?:nya)?|sasaran|indikator|yang\s+ditetapkan|secara\s+\p{L}+(?:\s+\p{L}+)?|dengan|persentase|prosentase|tingkat|capaian(?:nya)?|nilai|rata-rata|sebesar|sebanyak|hingga|sampai|mencapai|yaitu|adalah|total|kumulatif|berjumlah)\s+){0,6}(\d+(?:[.,]\d+)*)\s*(%|persen\b)?/iu;

function belowHundredFollows(after: string): boolean {
  const m = QUANTITY_FOLLOWS.exec(after);
  if (!m) return false;
  return !m[2] || Number(m[1].replace(/\.(?=\d{3}\b)/g, '').replace(',', '.')) < 100;
}

const OTHER_SUBJECT = /\b(?:output|keluaran|kegiatan|program|anggaran|fisik|keuangan|penyerapan|serapan)(?:\s+\p{L}+){0,2}\s+(?:(?:telah|sudah|dapat|juga|pun)\s+)*$/iu;

const PERFORMANCE_CONTEXT = /\b(?:capaian|pencapaian|sasaran|indikator|target|kinerja|iku)\b/i;
// "berhasil menyelenggarakan program": success at something other than the target.
const OTHER_VERB = /^\s+(?!mencapai|dicapai|memenuhi|melampaui|diraih|direalisasikan|dengan|dalam|sebesar|karena)(?:me|di|mem|men|meng|meny|ber)[a-z]{3,}/i;

function achievementClaims(sentences: SentenceInfo[], consumed: [number, number][]): AchievementClaim[] {
  const out: AchievementClaim[] = [];
  for (const s of sentences) {
    const taken: [number, number][] = [];
    for (const { re, claim, explicit } of ACHIEVEMENTS) {
      for (const m of s.text.matchAll(re)) {
        const a = m.index!;
        const b = a + m[0].length;
        if (taken.some(([x, y]) => a < y && b > x)) continue;
        if (consumed.some(([x, y]) => s.start + a < y && s.start + b > x)) continue;
        taken.push([a, b]);
        const before = s.text.slice(0, a);
        // "mencapai target 99,47%", "berhasil mencapai target sebesar 77,75%": a rate or the target's
        // own value follows, not a statement that the target was met.
        if (claim === 'achieved' && belowHundredFollows(s.text.slice(b))) continue;
        if (HEDGE.test(before)) continue;
        // "output kegiatan tercapai seluruhnya", "realisasi keuangan … tercapai 82%": said of the
        // activities or the budget, not of a target.
        if (OTHER_SUBJECT.test(before)) continue;
        if (!PERFORMANCE_CONTEXT.test(s.text)) continue;
        if ((claim === 'success' || claim === 'failure') && (OTHER_VERB.test(s.text.slice(b)) || !PERFORMANCE_CONTEXT.test(before))) continue;
        out.push({ kind: 'achievement', sentence: s, start: s.start + a, end: s.start + b, claim, explicit, phrase: m[0].replace(/\s+/g, ' ') });
      }
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

// ── counts ──────────────────────────────────────────────────────────────────────────────────────

// Not "Sasaran Khusus/Operasional", "indikator program/kegiatan": sets other than the measured ones.
const NOUN = String.raw`(indikator(?:\s+kinerja(?:\s+utama)?|\s+sasaran(?:\s+strategis)?|\s+tujuan)?(?:\s*\(iku\))?|iku|sasaran(?:\s+strategis)?)(?!\s+(?:khusus|operasional|program|kegiatan|sub\b|output|keluaran))`;
const TOTAL_WORDS = /^(?:dari|terhadap|melalui|memiliki|mempunyai|pengukuran|terdiri\s+(?:dari|atas)|diukur\s+(?:dengan|melalui))$/i;
const COUNTED = new RegExp(
  String.raw`(?:\b(sebanyak|terdapat|ada|sejumlah|dari|terhadap|melalui|memiliki|mempunyai|pengukuran|terdiri\s+(?:dari|atas)|diukur\s+(?:dengan|melalui))\s+)?(?<![\d.,])\b(${COUNT})\s+${NOUN}\b`,
  'gi',
);
const ALL = new RegExp(String.raw`\b(seluruh|semua|segenap)\s+((?:target|indikator|iku|sasaran)(?:\s+(?:kinerja(?:\s+utama)?|sasaran|strategis|utama|tujuan))*)`, 'gi');

function qualifierRegexes(labels: string[]): { type: CountQualifier['type']; re: RegExp }[] {
  const words = predikatAlternation(labels);
  return [
    { type: 'not-achieved', re: /\b(?:tidak|belum|kurang)\s+(?:dapat\s+|bisa\s+|berhasil\s+)?(?:tercapai|mencapai\s+(?:target|100\s*%)|memenuhi\s+target|sesuai(?:\s+dengan)?\s+target|dicapai)|\bdi\s?bawah\s+target\b/i },
    { type: 'above', re: new RegExp(String.raw`(?<!\b(?:tidak|belum|hampir|mendekati)\s+)${NOT_OR_ABOVE}\b(?:jauh\s+)?(?:melampaui|melebihi|di\s?atas)\s+target\b`, 'i') },
    // "1 indikator tercapai baik, 4 tercapai sedang": a category (below), not "achieved".
    { type: 'achieved', re: /(?<!\b(?:tidak|belum|kurang|hampir|mendekati|nyaris)\s+(?:dapat\s+)?)\b(?:(?:telah|sudah|dapat|berhasil)\s+)*(?:tercapai(?!\s+(?:sangat\s+)?(?:baik|sedang|cukup|kurang|rendah|tinggi|memuaskan)\b)|mencapai\s+target|(?:mencapai|memenuhi)\s+(?:atau|dan\/atau)\s+(?:melampaui|melebihi)\s+target|memenuhi\s+target|berhasil\s+(?:dicapai|mencapai(?:\s+target)?)|berhasil(?!\s+(?:guna\b|(?:me|di|ber)[a-z]{3,}))|sesuai(?:\s+dengan)?\s+target)\b/i },
    { type: 'kategori', re: new RegExp(String.raw`\b(?:kategori|predikat|berpredikat|tergolong|tercapai)\s*(?:nilai\s*)?[${QUOTE}]?\s*${words}`, 'iu') },
  ];
}

function firstQualifier(text: string, labels: string[]): { q: CountQualifier; index: number; length: number } | undefined {
  let best: { q: CountQualifier; index: number; length: number } | undefined;
  for (const { type, re } of qualifierRegexes(labels)) {
    const m = re.exec(text);
    if (!m || (best && best.index <= m.index)) continue;
    if (type === 'achieved' && belowHundredFollows(text.slice(m.index + m[0].length))) continue;
    const q: CountQualifier = type === 'kategori' ? { type, label: m[m.length - 1].replace(/\s+/g, ' ') } : ({ type } as CountQualifier);
    best = { q, index: m.index, length: m[0].length };
  }
  return best;
}

const CLAUSE_END = /;|\.\s|\bsedangkan\b|\bsementara(?:\s+itu)?\b|\bnamun\b|\bkarena\b/i;

// "semua indikator yang mendukung misi pertama", "misi ke dua semua indikator": all of a part.
const SUBSET = /\b(?:misi|bidang|urusan)\b|\b(?:sasaran|tujuan|program)\s+(?:ke-?\s*\w+|pertama|kedua|ketiga|keempat|kelima|\d+)\b/i;
// "Namun ada 2 indikator … tidak mencapai 100%": the sentence after names the exceptions.
const EXCEPTIONS_FOLLOW = /^\W*(?:namun|akan\s+tetapi|tetapi|kecuali|hanya\s+saja|meskipun\s+demikian|walaupun\s+demikian)\b/i;

function countClaims(sentences: SentenceInfo[], labels: string[], consumed: [number, number][], following = ''): CountClaim[] {
  const out: CountClaim[] = [];
  for (const [si, s] of sentences.entries()) {
    const matches = [...s.text.matchAll(COUNTED)].map((m) => ({
      index: m.index!,
      end: m.index! + m[0].length,
      prefix: m[1]?.toLowerCase().replace(/\s+/g, ' '),
      raw: m[2],
      n: countValue(m[2]),
      noun: (/^sasaran/i.test(m[3]) ? 'sasaran' : 'indikator') as CountClaim['noun'],
    }));
    const totals = new Map<CountClaim['noun'], number>();
    for (const m of matches) if (m.prefix && TOTAL_WORDS.test(m.prefix) && m.n !== undefined && !totals.has(m.noun)) totals.set(m.noun, m.n);
    const local: CountClaim[] = [];
    // Words in the rest of a counted clause belong to the count ("2 indikator diatas target yaitu
    // dalam kategori Baik"): they are not claims of their own.
    const clauseEnds = new Map<CountClaim, number>();
    const qualify = (from: number, limit: number): { q: CountQualifier; index: number; length: number; clauseEnd: number } | undefined => {
      let scope = s.text.slice(from, limit);
      const stop = CLAUSE_END.exec(scope);
      if (stop) scope = scope.slice(0, stop.index);
      scope = scope.slice(0, 140);
      const found = firstQualifier(scope, labels);
      return found && { ...found, clauseEnd: s.start + from + scope.length };
    };
    matches.forEach((m, i) => {
      if (m.n === undefined || (m.prefix && TOTAL_WORDS.test(m.prefix))) return;
      const found = qualify(m.end, matches[i + 1]?.index ?? s.text.length);
      if (!found) return;
      const claim: CountClaim = { kind: 'count', sentence: s, start: s.start + m.index, end: s.start + m.end + found.index + found.length, count: m.n, raw: m.raw.trim(), noun: m.noun, qualifier: found.q };
      const total = totals.get(m.noun);
      if (total !== undefined) claim.total = total;
      local.push(claim);
      clauseEnds.set(claim, found.clauseEnd);
    });
    // "… melalui 16 indikator kinerja dengan capaian 7 (tujuh) mendapat kategori “Sangat Baik”, 4 (empat) …"
    const indicatorTotal = totals.get('indikator');
    if (indicatorTotal !== undefined) {
      const words = predikatAlternation(labels);
      const bare = new RegExp(String.raw`(?<![\d.,])\b(${COUNT})\s+(?:(?:mendapat(?:kan)?|memperoleh|dengan|dalam|berada\s+(?:pada|dalam)|termasuk(?:\s+dalam)?)\s+)?(?:kategori|predikat)\s*(?:nilai\s*)?[${QUOTE}]?\s*${words}`, 'giu');
      for (const m of s.text.matchAll(bare)) {
        const n = countValue(m[1]);
        const at = s.start + m.index!;
        if (n === undefined || local.some((c) => at >= c.start && at < c.end)) continue;
        local.push({ kind: 'count', sentence: s, start: at, end: at + m[0].length, count: n, raw: m[1].trim(), noun: 'indikator', qualifier: { type: 'kategori', label: m[m.length - 1].replace(/\s+/g, ' ') }, total: indicatorTotal });
      }
    }
    // "dua indikator mencapai target dan empat melampaui", "11 tercapai, 4 tercapai 100% dan 7
    // melebihi": counts reached beside counts above are parts of one breakdown, not "≥ 100%" each.
    if (local.some((c) => c.qualifier.type === 'above'))
      for (let k = local.length - 1; k >= 0; k--) if (local[k].qualifier.type === 'achieved') local.splice(k, 1);
    const allJudged = !SUBSET.test(s.text) && !EXCEPTIONS_FOLLOW.test(sentences[si + 1]?.text ?? following);
    for (const m of allJudged ? s.text.matchAll(ALL) : []) {
      const end = m.index! + m[0].length;
      const found = qualify(end, s.text.length);
      if (!found) continue;
      const noun: CountClaim['noun'] = /target|indikator|iku/i.test(m[2]) ? 'indikator' : 'sasaran';
      const claim: CountClaim = { kind: 'count', sentence: s, start: s.start + m.index!, end: s.start + end + found.index + found.length, count: 'all', raw: m[0].replace(/\s+/g, ' '), noun, qualifier: found.q, ...(totals.has(noun) ? { total: totals.get(noun) } : {}) };
      local.push(claim);
      clauseEnds.set(claim, found.clauseEnd);
    }
    for (const c of local) consumed.push([c.start, Math.max(c.end, clauseEnds.get(c) ?? c.end)]);
    out.push(...local);
  }
  return out.sort((a, b) => a.start - b.start);
}

// ── SKM mutu ────────────────────────────────────────────────────────────────────────────────────

const SKM = /\b(?:skm|ikm|survei|survey|kepuasan\s+masyarakat)\b/i;
const MUTU = new RegExp(
  String.raw`\b(?:adalah|ialah|mutu(?:\s+pelayanan)?|nilai|kategori|predikat|capaian(?:\s+sasaran)?|dengan)\s*(?:mutu\s*|nilai\s*)?(?:adalah\s*|:\s*)?[${QUOTE}]?([A-D])[${QUOTE}]?(?=\s*(?:[.,;)]|$|\s+(?:dan|dengan|yang|atau|sehingga|karena)\b))`,
  'g',
);

function mutuClaims(sentences: SentenceInfo[]): MutuClaim[] {
  const out: MutuClaim[] = [];
  for (const s of sentences) {
    if (!SKM.test(s.text)) continue;
    for (const m of s.text.matchAll(MUTU)) {
      const at = m.index! + m[0].lastIndexOf(m[1]);
      out.push({ kind: 'mutu', sentence: s, start: s.start + at, end: s.start + at + 1, letter: m[1] as MutuClaim['letter'] });
    }
  }
  return out;
}

// ── the extractor ───────────────────────────────────────────────────────────────────────────────

const OVERALL = /\b(?:secara\s+(?:keseluruhan|umum)|seluruh\s+(?:sasaran|indikator|target)|semua\s+(?:sasaran|indikator|target)|sasaran-sasaran|keseluruhan\s+(?:sasaran|indikator|capaian|kinerja))\b/i;
const BUDGET_TALK = /\b(?:anggaran|apbd|pagu|penyerapan|serapan|keuangan|belanja|rp\.?)\b/i;

export function extractClaims(text: string, options: ExtractOptions = {}): Extraction {
  const labels = options.labels ?? [];
  const masked = unmark(text);
  const sentences: SentenceInfo[] = splitSentences(masked).map((s) => ({
    ...s,
    sasaran: sasaranMentions(s.text),
    overall: OVERALL.test(s.text),
    budget: BUDGET_TALK.test(s.text),
  }));
  const consumed: [number, number][] = [];
  const counts = countClaims(sentences, labels, consumed, options.following);
  const predikat = predikatClaims(text, sentences, labels).filter((p) => !consumed.some(([a, b]) => p.start >= a && p.end <= b));
  const achievements = achievementClaims(sentences, consumed);
  const claims: Claim[] = [...numberClaims(sentences), ...predikat, ...achievements, ...counts, ...mutuClaims(sentences)];
  claims.sort((a, b) => a.start - b.start);
  return { sentences, claims };
}
