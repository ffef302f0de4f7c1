// Subjects for the counting rules: counts written in digits and words ("3 (tiga)") whose two halves
// disagree, and counts set against what they count — the marked list that follows a lead-in, or a
// sasaran's sub kegiatan tables. A count is compared with a list only when the list certainly is
// the counted set and certainly ends where it was counted.
import type { Loc, Model } from '../model/types.js';
import { findCounts, introducesList, listMarker, readList, type CountPhrase, type ListText } from '../domain/counts.js';
import { leadWords, occurrenceKeys } from './occurrence-key.js';
import { subjectKey } from './subject-key.js';
import { clip, normalizeText } from '../domain/text.js';
import type { Subject } from '../engine/types.js';
import type { Provider } from './provider.js';

/** Counts whose digits and words disagree: "3 (dua)". */
function countWords(model: Model): Subject[] {
  const key = occurrenceKeys();
  const out: Subject[] = [];
  for (const p of model.paragraphs ?? []) {
    for (const c of findCounts(p.text)) {
      if (c.words === undefined) continue;
      out.push({
        type: 'count-phrase',
        key: key(subjectKey('count', leadWords(p.text), c.text)),
        loc: p.loc,
        evidence: clip(p.text, 240),
        facts: { text: c.text, digits: c.digits, words: c.words, expected: c.digitsText, actual: c.wordsText },
      });
    }
  }
  return out;
}

function lastSentence(text: string): string {
  const parts = text.trim().split(/(?<=[.!?])\s+(?=[A-Z])/);
  return parts[parts.length - 1];
}

function sectionOf(p: { section?: string; loc: Loc }): string {
  return p.loc.section ?? p.section ?? '';
}

function sameSasaran(a: unknown, b: unknown): boolean {
  return a !== undefined && b !== undefined && normalizeText(String(a)) === normalizeText(String(b));
}

// "5 (lima) tahun", "12 (dua belas) bulan": a duration or a measure, not a number of items.
const MEASURE_AFTER = /^\s*(?:tahun|bulan|minggu|hari|jam|kali|persen|%|ha|hektar|km|kilometer|meter|ton|kg|rupiah|juta|miliar|milyar)\b/i;
// "Dari 9 (sembilan) kebijakan … tersebut di atas, selanjutnya …": the list before, not the one after.
const REFERS_BACK = /^[^.:;]{0,60}?\b(?:tersebut|di\s?atas)\b/i;

/** Whether the count in a lead-in is the number of the items that follow it. */
function countsTheList(lead: string, c: CountPhrase): boolean {
  if (c.words === undefined || c.percent) return false;
  const after = lead.slice(c.index + c.text.length);
  return !MEASURE_AFTER.test(after) && !REFERS_BACK.test(after);
}

/**
 * Items that each hold several of the counted things ("9 indikator … sebagai berikut:" followed by
 * one item per sasaran, each naming its indicators): the list groups the counted set.
 */
function grouped(items: string[], noun: string | undefined): boolean {
  if (!noun) return false;
  const re = new RegExp(`\\b${noun.replace(/\s+/g, '\\s+')}\\b`, 'gi');
  return items.some((t) => (t.match(re) ?? []).length >= 2);
}

/** The page a paragraph stands on: of the PDF read, or of the original a transcription gives. */
const pageOf = (loc: Loc): number | undefined => loc.page ?? loc.source?.page;

/** Paragraph texts that recur on three or more pages (digits aside): running headers and footers. */
function furnitureOf(paragraphs: { text: string; loc: Loc }[]): Set<string> {
  const pages = new Map<string, Set<number>>();
  for (const p of paragraphs) {
    const page = pageOf(p.loc);
    if (page === undefined || p.text.length > 160) continue;
    const k = normalizeText(p.text.replace(/\b[ivxlc]+\b|\d+/gi, ' '));
    if (!k) continue;
    const set = pages.get(k) ?? new Set<number>();
    set.add(page);
    pages.set(k, set);
  }
  return new Set([...pages].filter(([, s]) => s.size >= 3).map(([k]) => k));
}

/** Counts beside what they count: the marked list that follows, or the sasaran's sub kegiatan tables. */
function countItems(model: Model): Subject[] {
  const paragraphs = model.paragraphs ?? [];
  const out: Subject[] = [];
  const key = occurrenceKeys();
  const furniture = furnitureOf(paragraphs);
  const texts: ListText[] = paragraphs.map((q) => ({
    text: q.text,
    page: pageOf(q.loc),
    section: sectionOf(q),
    furniture: furniture.has(normalizeText(q.text.replace(/\b[ivxlc]+\b|\d+/gi, ' '))),
  }));
  const push = (p: (typeof paragraphs)[number], c: CountPhrase, counted: number, countedIn: 'list' | 'sub-kegiatan', sasaran = '') =>
    out.push({
      type: 'count-items',
      key: key(subjectKey('count-items', leadWords(p.text), c.text, c.noun ?? '')),
      loc: p.loc,
      evidence: clip(p.text, 240),
      facts: { stated: c.digits, counted, expected: String(counted), actual: c.text, countedNoun: c.noun ?? '', countedIn, sasaran },
    });

  paragraphs.forEach((p, i) => {
    // A lead-in with one count, followed by a marked list that certainly ends where it was counted.
    const lead = lastSentence(p.text);
    const counts = findCounts(lead);
    if (counts.length === 1 && introducesList(lead) && countsTheList(lead, counts[0])) {
      const list = readList(texts.slice(i + 1), sectionOf(p));
      const items = texts.slice(i + 1).filter((t) => !t.furniture && listMarker(t.text));
      if (list?.complete && !grouped(items.slice(0, list.count).map((t) => t.text), counts[0].noun)) {
        push(p, counts[0], list.count, 'list');
      }
    }
    // Programs, kegiatan and sub kegiatan said to support a sasaran, against its sub kegiatan tables.
    const sasaran = p.about?.sasaran;
    if (sasaran === undefined) return;
    const tables = (model.subKegiatan ?? []).filter((t) => sameSasaran(t.sasaran, sasaran));
    if (!tables.length) return;
    for (const c of findCounts(p.text)) {
      const field = c.noun === 'program' ? 'program' : c.noun === 'kegiatan' ? 'kegiatan' : c.noun === 'sub kegiatan' ? 'subKegiatan' : undefined;
      if (!field || tables.some((t) => !t[field])) continue;
      const distinct = new Set(tables.map((t) => normalizeText(t[field]!)));
      push(p, c, distinct.size, 'sub-kegiatan', String(sasaran));
    }
  });
  return out;
}

export const subjects: Record<string, Provider> = {
  'count-phrase': countWords,
  'count-items': countItems,
};
