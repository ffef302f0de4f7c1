// Last year's follow-up (the rencana tindak lanjut, "langkah ke depan", rekomendasi or saran that
// last year's LKjIP listed, in Bab IV or wherever it heads them) beside this year's report: which
// of the listed items this year's report never mentions. An item is mentioned when a paragraph or
// heading of this year's report holds it by sameName's 'heading' test (most of the item's words),
// looked up in an index rather than compared with every paragraph. A guess both ways — the list
// is read from headings and list markers, the mention from words — so the rule is info.
import type { Subject } from '../../engine/types.js';
import { previousYearWords } from '../../domain/previous-year-words.js';
import { SameTextIndex } from '../../domain/same-text-index.js';
import { clip, normalizeText } from '../../domain/text.js';
import type { Loc, Model } from '../../model/types.js';
import { subjectKey } from '../subject-key.js';
import { splitSentences } from '../narrative/text.js';

/** A list item: "1.", "a)", "(2)", "-", "•" before its text. */
const MARKER = /^\s*(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[-–•·●▪*✓])\s+/i;
/** More items than this is no list of follow-up actions but a table read as paragraphs. */
const MAX_ITEMS = 30;
/** sameText needs three words to judge a containment. */
const MIN_WORDS = 3;

interface Item {
  text: string;
  loc: Loc;
}

/** A heading-like paragraph: short, without a sentence's final stop. */
const headingLike = (text: string) => text.length <= 90 && !/[.;:,]$/.test(text.trim());
/** Most words capitalised ("3. Kendala dan Hambatan dalam Pencapaian Kinerja"): a numbered heading, not an item. */
const titleCase = (text: string) => {
  const words = text.replace(MARKER, '').split(/\s+/).filter((w) => w.length > 3);
  return words.length > 0 && words.filter((w) => /^[A-Z]/.test(w)).length / words.length >= 0.75;
};

/** A heading or lead-in names next year's follow-up ("Rencana Tindak Lanjut", "langkah-langkah perbaikan … antara lain:"), not what was done already. */
function namesFollowUp(text: string | undefined): boolean {
  return !!text && previousYearWords().followUp.test(text) && !/\b(?:telah|sudah)\b/i.test(text);
}

/**
 * The items last year's report lists under its follow-up: in a section so headed, or after a
 * heading-like paragraph or a lead-in ending in ":" that names it, until the next heading or the
 * first paragraph of prose after the list.
 */
export function followUpItems(model: Model): Item[] {
  const items: Item[] = [];
  let section: string | undefined;
  let sectionOpen = false;
  let open = false;
  let listed = 0;
  for (const p of model.paragraphs ?? []) {
    const text = p.text.trim();
    if (p.section !== section) {
      section = p.section;
      open = sectionOpen = namesFollowUp(section);
      listed = 0;
    }
    if (MARKER.test(text) && headingLike(text) && (titleCase(text) || namesFollowUp(text))) {
      // "b. Rencana Tindak Lanjut", "3. Kendala dan Hambatan": a numbered heading.
      open = namesFollowUp(text);
      listed = 0;
    } else if (MARKER.test(text)) {
      if (!open) continue;
      const item = text.replace(MARKER, '').replace(/[;,.]?\s*(?:dan|serta)?\s*$/i, '').trim();
      if (normalizeText(item).split(' ').length >= MIN_WORDS) items.push({ text: item, loc: p.loc });
      listed++;
    } else if (headingLike(text)) {
      open = namesFollowUp(text);
      listed = 0;
    } else if (/:\s*$/.test(text)) {
      // The lead-in is the paragraph's last sentence ("… telah diukur. Langkah perbaikan … antara lain:").
      open = namesFollowUp(splitSentences(text).pop()?.text) || sectionOpen;
      listed = 0;
    } else if (listed && !sectionOpen) open = false;
  }
  return items.length > MAX_ITEMS ? [] : items;
}

/** This year's texts where an item may be mentioned: every paragraph and heading. */
function mentionIndex(model: Model): SameTextIndex {
  const texts = [...(model.paragraphs ?? []).map((p) => p.text), ...(model.sections ?? []).map((s) => s.title)];
  const index = new SameTextIndex(texts);
  texts.forEach((t, i) => index.add(t, i));
  return index;
}

export function previousFollowUp(model: Model): Subject[] {
  const previous = model.previous;
  if (!previous) return [];
  const items = followUpItems(previous);
  if (!items.length) return [];
  const index = mentionIndex(model);
  const unmentioned = items.filter((item) => !index.has(item.text));
  const [first, ...rest] = unmentioned.length ? unmentioned : items;
  const year = previous.meta.tahun === undefined ? '' : String(previous.meta.tahun);
  return [
    {
      type: 'previous-follow-up',
      key: subjectKey('previous-follow-up', year),
      loc: first.loc,
      evidence: clip(first.text, 240),
      related: rest.slice(0, 9).map((item) => ({ location: item.loc, evidence: clip(item.text, 240), note: { term: 'previous-place.report', params: { year } } })),
      facts: { year, items: items.length, unmentioned: unmentioned.length, list: clip(unmentioned.map((i) => `"${clip(i.text, 120)}"`).join('; '), 600) },
    },
  ];
}
