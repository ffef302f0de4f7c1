// SKM mutu claims: a mutu letter in a sentence on the SKM ("Survey Kepuasan Masyarakat … capaian
// sasaran adalah B").
import type { MutuClaim, SentenceInfo } from '../claims.js';
import { QUOTE } from '../text.js';

const SKM = /\b(?:skm|ikm|survei|survey|kepuasan\s+masyarakat)\b/i;
const MUTU = new RegExp(
  String.raw`\b(?:adalah|ialah|mutu(?:\s+pelayanan)?|nilai|kategori|predikat|capaian(?:\s+sasaran)?|dengan)\s*(?:mutu\s*|nilai\s*)?(?:adalah\s*|:\s*)?[${QUOTE}]?([A-D])[${QUOTE}]?(?=\s*(?:[.,;)]|$|\s+(?:dan|dengan|yang|atau|sehingga|karena)\b))`,
  'g',
);

export function mutuClaims(sentences: SentenceInfo[]): MutuClaim[] {
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
