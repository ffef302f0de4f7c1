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
// Each claim keeps its sentence; `mentions` says which sasaran a sentence names. Each kind is
// extracted by its module in claims/.
import type { ParsedNumber } from '../../model/number-id.js';
import { achievementClaims } from './claims/achievement.js';
import { countClaims } from './claims/count.js';
import { mutuClaims } from './claims/mutu.js';
import { numberClaims } from './claims/number.js';
import { predikatClaims } from './claims/predikat.js';
import { splitSentences, unmark, type Sentence } from './text.js';
import { ordinalValue } from '../../domain/number-words.js';
import { fromRoman } from '../../domain/roman-numerals.js';

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

// ── sasaran mentions ────────────────────────────────────────────────────────────────────────────

// "Sasaran 1", "Sasaran ke-2", "Sasaran Strategis II", with the typos real reports carry
// ("Sasasaran", "Starategis").
const SASARAN = /\bs(?:as)+aran(?:\s+sta?rategis)?\s*(?:ke\s*-?\s*)?(\d{1,2}|[IVX]{1,4}|pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh)\b(?!\s*%)(?=(?:\s*(?:\(\s*ss\s*-?\s*\d{1,2}\s*\)\s*)?[:.\-–]\s*([^.;]{3,200}))?)|\(\s*ss\s*-?\s*(\d{1,2})\s*\)/gi;
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
    const no = /^\d+$/.test(token) ? Number(token) : ordinalValue(token) ?? (token === token.toUpperCase() ? fromRoman(token) : undefined);
    if (!no) continue;
    const wording = m[2]?.replace(SASARAN_TEXT_END, '').trim();
    out.push(wording && wording.split(/\s+/).length >= 2 ? { no, text: wording } : { no });
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
