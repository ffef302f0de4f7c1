// A follow-up (tindak lanjut) dated before the letter it answers, within one sentence:
// "Menindaklanjuti Surat Inspektur Nomor 700/45/Itprov tanggal 12 Februari 2021 …, pada tanggal
// 3 Februari 2021 telah dilaksanakan rapat …". The letter's date is the one "tanggal" gives right
// after the letter (LHE, surat, nota dinas, rekomendasi …) is named; an action's date is a dated
// day introduced by "pada (tanggal)" that is not itself another document's date (no "Nomor" or
// document word between it and the letter's date). Only days count: a month or a year is a period.
import { parseDate, type DateSpan } from './dates.js';

const FOLLOW_UP = /\b(?:tindak\s*lanjut|menindak\s*lanjuti|ditindak\s*lanjuti|tindaklanjut\w*)\b/i;
const LETTER = /\b(?:surat|lhe|laporan\s+hasil\s+(?:evaluasi|pemeriksaan|reviu|audit|pengawasan)|nota\s+dinas|memo(?:randum)?|rekomendasi)\b/gi;
const DATE = /(\d{1,2})\s+([A-Za-z]{3,9}\.?)\s+(\d{4})\b/g;
const ACTION = /\b(?:tindak\s*lanjut|menindak\s*lanjuti|ditindak\s*lanjuti|dilaksanakan|dilakukan|diselenggarakan|melaksanakan|menyelenggarakan|mengadakan|diadakan|perbaikan|diperbaiki|memperbaiki)\b/i;
const OTHER_DOCUMENT = /\b(?:nomor|no\.|surat|peraturan|keputusan|perda|pergub|perbup|perwal|sk|lhe|nota\s+dinas|undang-undang)\b/i;

export interface FollowUpDate {
  sentence: string;
  /** Where the sentence starts in the text. */
  index: number;
  letter: DateSpan;
  action: DateSpan;
}

/** Whether a paragraph may hold one: a cheap test before it is split into sentences. */
export const mentionsFollowUp = (text: string): boolean => FOLLOW_UP.test(text);

/** The follow-ups of a paragraph's sentences dated before the letter they answer. */
export function followUpDates(sentences: readonly { text: string; start: number }[]): FollowUpDate[] {
  const out: FollowUpDate[] = [];
  for (const s of sentences) {
    if (s.text.length > 1500 || !FOLLOW_UP.test(s.text)) continue;
    const letter = letterDate(s.text);
    if (!letter) continue;
    for (const m of s.text.slice(letter.after).matchAll(DATE)) {
      const at = letter.after + m.index!;
      // "pada tanggal 3 Februari", "pada 3 Februari": an event's day, not another document's.
      const before = s.text.slice(Math.max(0, at - 40), at);
      if (!/\bpada\s+(?:hari\s+\w+,?\s+)?(?:tanggal\s+|tgl\.?\s+)?$/i.test(before)) continue;
      // "… LKjIP yang disampaikan pada tanggal …": a relative clause dates what the letter answered.
      if (/\byang\s+(?:telah\s+)?\w+\s+pada\s+(?:hari\s+\w+,?\s+)?(?:tanggal\s+|tgl\.?\s+)?$/i.test(before)) continue;
      if (OTHER_DOCUMENT.test(s.text.slice(letter.after, at))) continue;
      // The dated event is the follow-up: an action word stands beside the date.
      const around = s.text.slice(Math.max(0, at - 80), at) + ' ' + s.text.slice(at + m[0].length, at + m[0].length + 80);
      if (!ACTION.test(around)) continue;
      const action = parseDate(m[0]);
      if (action?.precision === 'day' && action.end < letter.date.start) out.push({ sentence: s.text.trim(), index: s.start, letter: letter.date, action });
    }
  }
  return out;
}

/** The date "tanggal" gives after the first letter the sentence names, and where that date ends. */
function letterDate(sentence: string): { date: DateSpan; after: number } | undefined {
  LETTER.lastIndex = 0;
  const named = LETTER.exec(sentence);
  if (!named) return undefined;
  const rest = sentence.slice(named.index);
  const m = /\b(?:tanggal|tgl\.?)\s+(\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4})\b/i.exec(rest);
  // The letter's own date stands close to its name and number, before anything else is dated.
  if (!m || m.index > 160 || /\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}/.test(rest.slice(0, m.index))) return undefined;
  const date = parseDate(m[1]);
  if (date?.precision !== 'day') return undefined;
  return { date, after: named.index + m.index + m[0].length };
}
