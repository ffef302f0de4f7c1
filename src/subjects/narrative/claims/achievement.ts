// Achievement claims: "tercapai", "melampaui target", "tidak tercapai", "berhasil" … said of a target.
import type { Achievement, AchievementClaim, SentenceInfo } from '../claims.js';

// "mencapai atau melampaui target" says achieved (≥ 100%), not above: its "melampaui" is one side of it.
export const NOT_OR_ABOVE = String.raw`(?<!\b(?:mencapai|memenuhi|tercapai)\s+(?:atau|dan\/atau)\s+)`;
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

export function belowHundredFollows(after: string): boolean {
  const m = QUANTITY_FOLLOWS.exec(after);
  if (!m) return false;
  return !m[2] || Number(m[1].replace(/\.(?=\d{3}\b)/g, '').replace(',', '.')) < 100;
}

const OTHER_SUBJECT = /\b(?:output|keluaran|kegiatan|program|anggaran|fisik|keuangan|penyerapan|serapan)(?:\s+\p{L}+){0,2}\s+(?:(?:telah|sudah|dapat|juga|pun)\s+)*$/iu;

const PERFORMANCE_CONTEXT = /\b(?:capaian|pencapaian|sasaran|indikator|target|kinerja|iku)\b/i;
// "berhasil menyelenggarakan program": success at something other than the target.
const OTHER_VERB = /^\s+(?!mencapai|dicapai|memenuhi|melampaui|diraih|direalisasikan|dengan|dalam|sebesar|karena)(?:me|di|mem|men|meng|meny|ber)[a-z]{3,}/i;

export function achievementClaims(sentences: SentenceInfo[], consumed: [number, number][]): AchievementClaim[] {
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
