// Subjects for the period rules on how a year is written: a token after "tahun" that is no year
// ("Tahun 204", "20016", "2A22", "2106" in a 2016 report), and a comparison with "tahun N" in the
// year-N report (src/domain/year-writing.ts); a caption's period beside its columns' years; a
// follow-up dated before the letter it answers, in a sentence, an item of a list announced as its
// follow-up, or a table's row (follow-up-table.ts).
import type { Model } from '../model/types.js';
import { daysBetween } from '../domain/dates.js';
import { excerpt } from '../domain/excerpt.js';
import { announcesFollowUp, followUpDates, followUpListItems, mentionsFollowUp } from '../domain/follow-up-dates.js';
import { followUpRows } from './follow-up-table.js';
import { splitSentences } from './narrative/text.js';
import { captionSpan, nearestYear, otherYears, yearComparisons, yearForm, yearTokens } from '../domain/year-writing.js';
import type { Subject } from '../engine/types.js';
import { occurrenceKeys } from './occurrence-key.js';
import { texts } from './period.js';
import { subjectKey } from './subject-key.js';
import { clip } from '../domain/text.js';
import type { Provider } from './provider.js';

function yearTypos(model: Model): Subject[] {
  const year = model.meta.tahun;
  if (!year) return [];
  const key = occurrenceKeys();
  const out: Subject[] = [];
  for (const t of texts(model)) {
    for (const m of yearTokens(t.text)) {
      const form = yearForm(m.token, year);
      if (form === 'year') continue; // the token is a year: nothing about its writing to weigh
      const nearest = nearestYear(m.token, year);
      out.push({
        type: 'year-typo',
        key: key(subjectKey('year-typo', t.where === 'daftar-isi' ? 'daftar-isi' : '', m.phrase)),
        loc: t.loc,
        evidence: excerpt(t.text, m.index, m.phrase.length),
        facts: {
          phrase: m.phrase.replace(/\s+/g, ' '),
          actual: m.token,
          form,
          nearest: String(nearest.year),
          distance: nearest.distance,
        },
      });
    }
  }
  return out;
}

function yearComparisonSubjects(model: Model): Subject[] {
  const year = model.meta.tahun;
  if (!year) return [];
  const key = occurrenceKeys();
  const out: Subject[] = [];
  for (const p of model.paragraphs ?? []) {
    for (const m of yearComparisons(p.text)) {
      out.push({
        type: 'year-comparison',
        key: key(subjectKey('year-comparison', m.phrase)),
        loc: p.loc,
        evidence: excerpt(p.text, m.index, m.phrase.length),
        facts: {
          phrase: m.phrase.replace(/\s+/g, ' '),
          compared: String(m.year),
          reportYear: String(year),
          previous: String(year - 1),
          otherYears: otherYears(m.sentence, m.year).length,
        },
      });
    }
  }
  return out;
}

/** A printed caption naming a period, beside the years its table's column headers name. */
function captionYears(model: Model): Subject[] {
  const key = occurrenceKeys();
  const out: Subject[] = [];
  for (const t of model.tables ?? []) {
    if (t.referenced || !t.title || !t.columnYears?.length) continue;
    const span = captionSpan(t.title);
    if (!span) continue;
    const outside = t.columnYears.filter((y) => Number(y) < span.from || Number(y) > span.to);
    const label = t.number ? `Tabel ${t.number}` : t.title;
    out.push({
      type: 'caption-years',
      key: key(subjectKey('caption-years', t.number ?? '', t.title)),
      loc: t.loc,
      evidence: clip(t.title, 160),
      facts: {
        table: label,
        title: t.title,
        captionPeriod: `${span.from}–${span.to}`,
        columnYears: t.columnYears.join(', '),
        ...(outside.length ? { outside: outside.join(', ') } : {}),
      },
    });
  }
  return out;
}

/** A follow-up dated before the letter it answers, in one sentence (src/domain/follow-up-dates.ts). */
function followUps(model: Model): Subject[] {
  const key = occurrenceKeys();
  const out: Subject[] = [];
  for (const p of model.paragraphs ?? []) {
    if (!mentionsFollowUp(p.text)) continue;
    for (const f of followUpDates(splitSentences(p.text))) {
      out.push({
        type: 'follow-up-date',
        key: key(subjectKey('follow-up-date', f.letter.text, f.action.text)),
        loc: p.loc,
        evidence: excerpt(p.text, f.index, f.sentence.length),
        facts: {
          letterDate: f.letter.text,
          actionDate: f.action.text,
          daysBefore: daysBetween(f.action, f.letter),
        },
      });
    }
  }
  // Lists announced as a letter's follow-up, one section at a time.
  const paragraphs = model.paragraphs ?? [];
  for (let i = 0, j = 0; i < paragraphs.length; i = j) {
    while (j < paragraphs.length && paragraphs[j].section === paragraphs[i].section) j++;
    const section = paragraphs.slice(i, j);
    if (!section.some((p) => announcesFollowUp(p.text))) continue;
    for (const f of followUpListItems(section.map((p) => p.text))) {
      const p = section[f.paragraph];
      out.push({
        type: 'follow-up-date',
        key: key(subjectKey('follow-up-date', f.letter.text, f.action.text)),
        loc: p.loc,
        evidence: excerpt(p.text, f.action.index, f.action.text.length),
        facts: { letterDate: f.letter.text, actionDate: f.action.text, daysBefore: daysBetween(f.action, f.letter) },
      });
    }
  }
  return out;
}

export const subjects: Record<string, Provider> = {
  'follow-up-date': followUps,
  'follow-up-row': followUpRows,
  'year-typo': yearTypos,
  'year-comparison': yearComparisonSubjects,
  'caption-years': captionYears,
};
