// Count claims: "sebanyak 2 indikator … diatas target", "3 IKU dapat tercapai", "seluruh indikator
// tercapai", "7 (tujuh) mendapat kategori Sangat Baik"; with the total the sentence states, if any.
import type { CountClaim, CountQualifier, SentenceInfo } from '../claims.js';
import { COUNT, countValue, QUOTE } from '../text.js';
import { belowHundredFollows, NOT_OR_ABOVE } from './achievement.js';
import { predikatAlternation } from './predikat.js';

// Not "Sasaran Khusus/Operasional", "indikator program/kegiatan": sets other than the measured ones.
const NOUN = String.raw`(indikator(?:\s+kinerja(?:\s+utama)?|\s+sasaran(?:\s+strategis)?|\s+tujuan)?(?:\s*\(iku\))?|iku|sasaran(?:\s+strategis)?)(?!\s+(?:khusus|operasional|program|kegiatan|sub\b|output|keluaran))`;
const TOTAL_WORDS = /^(?:dari|terhadap|melalui|memiliki|mempunyai|pengukuran|terdiri\s+(?:dari|atas)|diukur\s+(?:dengan|melalui))$/i;
const COUNTED = new RegExp(
  String.raw`(?:\b(sebanyak|terdapat|ada|sejumlah|dari|terhadap|melalui|memiliki|mempunyai|pengukuran|terdiri\s+(?:dari|atas)|diukur\s+(?:dengan|melalui))\s+)?(?<![\d.,])\b(${COUNT})\s+${NOUN}\b`,
  'gi',
);
const ALL = new RegExp(String.raw`\b(seluruh|semua|segenap)\s+((?:target|indikator|iku|sasaran)(?:\s+(?:kinerja(?:\s+utama)?|sasaran|strategis|utama|tujuan))*)`, 'gi');

const qualifiersOf = new Map<string, { type: CountQualifier['type']; re: RegExp }[]>();

/** The qualifier patterns for a scale's labels, compiled once per labels. */
function qualifierRegexes(labels: string[]): { type: CountQualifier['type']; re: RegExp }[] {
  const key = labels.join('\u0000');
  let hit = qualifiersOf.get(key);
  if (!hit) {
    if (qualifiersOf.size >= 100) qualifiersOf.clear();
    qualifiersOf.set(key, (hit = compileQualifiers(labels)));
  }
  return hit;
}

function compileQualifiers(labels: string[]): { type: CountQualifier['type']; re: RegExp }[] {
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

// A count right after a comma or "dan"/"serta", not part of a number or a name ("Sasaran 2").
const BARE_COUNT = new RegExp(String.raw`(?:,|\bdan|\bserta|\bsedangkan|;)\s+(?:sebanyak\s+)?(${COUNT})(?=\s+(?:tidak|belum|kurang|tercapai|mencapai|melampaui|melebihi|memenuhi|berhasil|sesuai|di\s?atas|di\s?bawah|dalam|berkategori|kategori|berpredikat|predikat|tergolong)\b)`, 'gi');

const CLAUSE_END = /;|\.\s|\bsedangkan\b|\bsementara(?:\s+itu)?\b|\bnamun\b|\bkarena\b/i;

// "semua indikator yang mendukung misi pertama", "misi ke dua semua indikator": all of a part.
const SUBSET = /\b(?:misi|bidang|urusan)\b|\b(?:sasaran|tujuan|program)\s+(?:ke-?\s*\w+|pertama|kedua|ketiga|keempat|kelima|\d+)\b/i;
// "Namun ada 2 indikator … tidak mencapai 100%": the sentence after names the exceptions.
const EXCEPTIONS_FOLLOW = /^\W*(?:namun|akan\s+tetapi|tetapi|kecuali|hanya\s+saja|meskipun\s+demikian|walaupun\s+demikian)\b/i;

export function countClaims(sentences: SentenceInfo[], labels: string[], consumed: [number, number][], following = ''): CountClaim[] {
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
    // "dari 12 indikator, 9 indikator tercapai dan 3 tidak tercapai": a count without its noun
    // that goes on with the breakdown of a stated total, its quality right after the number.
    const lead = local.find((c) => c.total !== undefined);
    if (lead) {
      for (const m of s.text.matchAll(BARE_COUNT)) {
        const n = countValue(m[1]);
        const from = m.index! + m[0].length - m[1].length;
        const at = s.start + from;
        if (n === undefined || at <= lead.start || local.some((c) => at >= c.start && at < c.end)) continue;
        const after = from + m[1].length;
        const found = qualify(after, s.text.length);
        if (!found || !/^\s*(?:(?:dalam|dengan|masuk|pada)\s+)?$/i.test(s.text.slice(after, after + found.index))) continue;
        const claim: CountClaim = { kind: 'count', sentence: s, start: at, end: s.start + after + found.index + found.length, count: n, raw: m[1].trim(), noun: lead.noun, qualifier: found.q, total: lead.total };
        local.push(claim);
        clauseEnds.set(claim, found.clauseEnd);
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
