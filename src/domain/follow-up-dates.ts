// A follow-up (tindak lanjut) dated before the letter it answers, within one sentence:
// "Menindaklanjuti Surat Inspektur Nomor 700/45/Itprov tanggal 12 Februari 2021 …, pada tanggal
// 3 Februari 2021 telah dilaksanakan rapat …". The letter's date is the one "tanggal" gives right
// after the letter (LHE, surat, nota dinas, rekomendasi …) is named; an action's date is a dated
// day introduced by "pada (tanggal)" that is not itself another document's date (no "Nomor" or
// document word between it and the letter's date). Only days count: a month or a year is a period.
// In a table of follow-ups, the same readings of one cell: the letter named by its number with its
// date, the follow-up's date in its own words (read by src/ingest/understand/tables/follow-up.ts).
import { daysIn, parseDate, type DateSpan, type DayAt } from './dates.js';

const FOLLOW_UP = /\b(?:tindak\s*lanjut|menindak\s*lanjuti|ditindak\s*lanjuti|tindaklanjut\w*)\b/i;
const LETTER = /\b(?:surat|lhe|laporan\s+hasil\s+(?:evaluasi|pemeriksaan|reviu|audit|pengawasan)|nota\s+dinas|memo(?:randum)?|rekomendasi)\b/gi;
const DATE = /(\d{1,2})\s+([A-Za-z]{3,9}\.?)\s+(\d{4})\b/g;
const ACTION = /\b(?:tindak\s*lanjut|menindak\s*lanjuti|ditindak\s*lanjuti|dilaksanakan|dilakukan|diselenggarakan|melaksanakan|menyelenggarakan|mengadakan|diadakan|perbaikan|diperbaiki|memperbaiki)\b/i;
/** "pada tanggal", "pada hari Senin, tanggal", "pada": what stands right before an event's day. */
const ON_DAY = /\bpada\s+(?:hari\s+\w+,?\s+)?(?:tanggal\s+|tgl\.?\s+)?$/i;
/** "yang disampaikan pada tanggal": a relative clause's day, of something else than the follow-up. */
const RELATIVE_DAY = /\byang\s+(?:telah\s+)?\w+\s+pada\s+(?:hari\s+\w+,?\s+)?(?:tanggal\s+|tgl\.?\s+)?$/i;
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
      if (!ON_DAY.test(before)) continue;
      // "… LKjIP yang disampaikan pada tanggal …": a relative clause dates what the letter answered.
      if (RELATIVE_DAY.test(before)) continue;
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

// ── in a table of follow-ups: the letter's date and the follow-up's in a cell, caption or row ──

/** The letter is the follow-up's own vehicle ("ditindaklanjuti dengan Surat …"), not the letter answered. */
const VEHICLE = /\b(?:dengan|melalui|berupa|yaitu|dalam|menerbitkan|diterbitkan|menyampaikan|disampaikan)\s+(?:\S+\s+)?$/i;
/** A letter the agency itself sent ("Surat Kepala Dinas …"): its report of the follow-up, not the letter answered. */
const OWN_LETTER = /\b(?:kepala\s+(?:dinas|badan|kantor|biro|bagian|satuan|upt|unit|bidang|pelaksana)|sekretaris\s+(?:dinas|badan))\b/i;
/** "… tanggal … perihal Laporan Tindak Lanjut …": a letter about the follow-up reports it. */
const ABOUT_FOLLOW_UP = /^[^.;]{0,60}?\b(?:perihal|hal|tentang)\b[^.;]{0,40}?\btindak\s*lanjut/i;

/**
 * The date of the letter a text names by its number ("LHE Nomor 700/210/Itprov tanggal 14 Maret
 * 2016", "Surat Inspektur No. 700/45, tgl. 14-03-2016"): the first letter named whose number and
 * then "tanggal" follow it before any other date. A letter named as the means of a follow-up
 * ("ditindaklanjuti dengan Surat Nomor …"), sent by the agency itself ("Surat Kepala Dinas …") or
 * about the follow-up ("… perihal Laporan Tindak Lanjut …") is not the letter answered.
 */
export function letterRefDate(text: string): DayAt | undefined {
  if (text.length > 2000) return undefined;
  const days = daysIn(text);
  if (!days.length) return undefined;
  // matchAll starts where the shared regex's lastIndex stands (letterDate leaves it moved).
  LETTER.lastIndex = 0;
  for (const named of text.matchAll(LETTER)) {
    if (VEHICLE.test(text.slice(Math.max(0, named.index! - 40), named.index))) continue;
    const rest = text.slice(named.index!, named.index! + 200);
    const tanggal = /\b(?:tanggal|tgl\.?|tertanggal)\s*:?\s*/i.exec(rest);
    if (!tanggal) continue;
    const at = named.index! + tanggal.index + tanggal[0].length;
    const date = days.find((d) => d.index >= named.index! && d.index <= at);
    // The letter's own date stands right after "tanggal", with no other date before it, and its
    // number beside it: "Nomor … tanggal …" or "tanggal … Nomor …".
    if (date?.index !== at) continue;
    if (OWN_LETTER.test(rest.slice(0, tanggal.index)) || ABOUT_FOLLOW_UP.test(text.slice(at + date.text.length, at + date.text.length + 120))) continue;
    const numbered = /\b(?:nomor|no\.)/i.test(rest.slice(0, tanggal.index)) || /^\s*,?\s*(?:nomor|no\.)/i.test(text.slice(at + date.text.length));
    if (numbered) return date;
  }
  return undefined;
}

/**
 * The follow-up's date in the follow-up's own words ("Rapat pembahasan pada tanggal 22 Maret 2016",
 * "… disampaikan kepada Inspektorat pada 3-04-2016"): a day introduced by "pada (tanggal)" that is
 * not a relative clause's ("… yang diterima pada tanggal …" dates something else). Of several, the
 * latest (a follow-up in steps is done when its last step is).
 */
export function actionDateIn(text: string): DayAt | undefined {
  if (text.length > 2000) return undefined;
  let latest: DayAt | undefined;
  for (const d of daysIn(text)) {
    const before = text.slice(Math.max(0, d.index - 40), d.index);
    if (!ON_DAY.test(before) || RELATIVE_DAY.test(before)) continue;
    if (!latest || d.start > latest.start) latest = d;
  }
  return latest;
}

// ── in a list: "Menindaklanjuti LHE Nomor … tanggal …, telah dilakukan langkah berikut:" and items ──

/** "1)", "2.", "a.": an item of a numbered list. */
const LIST_ITEM = /^\s*(?:\d{1,2}|[a-z])[.)]\s+\S/i;
/** A follow-up named in any form ("menindaklanjutinya" included). */
const FOLLOWED = /\b(?:tindak\s*lanjut|menindak\s*lanjuti\w*|ditindak\s*lanjuti|tindaklanjut\w*)/i;
const DONE = /\b(?:telah|sudah)\b/i;
/**
 * "… telah menindaklanjutinya sebagai berikut:" announces what was done; "… rekomendasi yang perlu
 * ditindaklanjuti sebagai berikut:" what is still to do (a list of recommendations). Also the
 * cheap test before a section's lists are read.
 */
export const announcesFollowUp = (text: string): boolean => announces(text) && FOLLOWED.test(text) && DONE.test(text);
/** Ends with a colon (a regex anchored at the end would scan the whole paragraph). */
const announces = (text: string): boolean => text.trimEnd().endsWith(':');
/** Paragraphs of prose (items left out) after the letter's within which the list must be announced. */
const LEAD_WITHIN = 3;

export interface FollowUpItem {
  /** Which paragraph (of those given) the item is. */
  paragraph: number;
  letter: DateSpan;
  action: DayAt;
}

/**
 * Items of a list announced as the follow-up of a letter named with its date just before
 * ("Berdasarkan surat Inspektur Nomor … tanggal 27 Desember 2023 …", "… telah menindaklanjutinya
 * sebagai berikut:") whose own day ("pada tanggal 31 Juli 2023") is before the letter's. The
 * paragraphs are one section's, in order; the list runs over its items (and their lines carried to
 * the next page) until prose that is no item. That the items are that letter's follow-up is read
 * from the announcement: an inferred scope.
 */
export function followUpListItems(paragraphs: readonly string[]): FollowUpItem[] {
  const out: FollowUpItem[] = [];
  let letter: { date: DateSpan; prose: number } | undefined;
  let open = false;
  for (let i = 0; i < paragraphs.length; i++) {
    const text = paragraphs[i];
    if (open && letter) {
      // An item, a sub-list's announcement, or the rest of an item carried to the next page.
      const carried = !/[.!?;:]$/.test(paragraphs[i - 1].trimEnd().slice(-1));
      if (LIST_ITEM.test(text)) {
        const action = actionDateIn(text);
        if (action && action.end < letter.date.start) out.push({ paragraph: i, letter: letter.date, action });
        continue;
      }
      if (carried || announces(text)) continue;
      open = false;
      letter = undefined;
    }
    if (LIST_ITEM.test(text)) continue;
    const named = /\b(?:tanggal|tgl|tertanggal)\b/i.test(text) ? letterRefDate(text) : undefined;
    if (named) letter = { date: named, prose: 0 };
    else if (letter) letter.prose++;
    if (letter && letter.prose <= LEAD_WITHIN && announcesFollowUp(text)) open = true;
  }
  return out;
}
