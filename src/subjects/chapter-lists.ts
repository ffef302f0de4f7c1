// Subjects for the chapter lists of a report beside its body: the Sistematika (Bab I's list of
// chapters, "BAB VI PENUTUP" as a paragraph of the section titled "Sistematika …") and the Daftar
// Isi, against the body's "BAB …" headings. A listed chapter is matched by its number, and by its
// title when the number is not in the body ("BAB VI PENUTUP" listed, "BAB IV PENUTUP" in the body).
import type { Model } from '../model/types.js';
import { fromRoman } from '../domain/roman-numerals.js';
import { clip, normalizeText } from '../domain/text.js';
import type { Subject } from '../engine/types.js';
import { subjectKey } from './subject-key.js';
import { chapterOf } from './structure.js';
import type { Provider } from './provider.js';

const LISTED = /^\s*bab\s+([ivx]+|\d{1,2})\b\s*[:.–-]?\s*(.*)$/i;

interface Chapter {
  number: number;
  printed: string;
  /** The title without "BAB n", normalised; empty when there is none. */
  name: string;
  text: string;
  loc: Model['meta']['loc'];
}

function nameOf(title: string): string {
  return normalizeText(title.replace(/^\s*bab\s+([ivx]+|\d{1,2})\b\s*[:.–-]?\s*/i, ''));
}

function bodyChapters(model: Model): Chapter[] {
  return (model.sections ?? []).flatMap((s) => {
    const c = !s.inToc ? chapterOf(s) : undefined;
    return c ? [{ number: c.number, printed: c.printed, name: nameOf(s.title), text: s.title, loc: s.loc }] : [];
  });
}

/** The chapters the Sistematika lists: paragraphs of a "Sistematika …" section that open with "BAB n". */
function sistematika(model: Model): Chapter[] {
  const out: Chapter[] = [];
  for (const p of model.paragraphs ?? []) {
    if (!p.section || !/\bsistematika\b/i.test(p.section)) continue;
    const m = LISTED.exec(p.text.split('\n')[0]);
    if (!m) continue;
    const number = /^\d+$/.test(m[1]) ? Number(m[1]) : fromRoman(m[1]);
    if (number === undefined) continue;
    out.push({ number, printed: m[1].toUpperCase(), name: nameOf(p.text.split('\n')[0]), text: clip(p.text.split('\n')[0], 120), loc: p.loc });
  }
  return out;
}

function daftarIsi(model: Model): Chapter[] {
  return (model.sections ?? []).flatMap((s) => {
    const c = s.inToc ? chapterOf(s) : undefined;
    return c ? [{ number: c.number, printed: c.printed, name: nameOf(s.title), text: s.title, loc: s.loc }] : [];
  });
}

/** Each chapter the Sistematika lists, beside the body chapter of its number or of its title. */
function sistematikaChapters(model: Model): Subject[] {
  const body = bodyChapters(model);
  if (body.length < 2) return [];
  return sistematika(model).map((c) => {
    const byNumber = body.find((b) => b.number === c.number);
    const byName = !byNumber && c.name ? body.find((b) => b.name === c.name) : undefined;
    return {
      type: 'sistematika-chapter',
      key: subjectKey('sistematika-chapter', c.printed, c.name),
      loc: c.loc,
      evidence: c.text,
      ...(byName ? { related: [{ location: byName.loc, evidence: clip(byName.text), note: { term: 'structure-note.body-heading' } }] } : {}),
      facts: {
        actual: c.text,
        number: c.printed,
        inBody: !!byNumber,
        ...(byName ? { expected: byName.text } : {}),
        bodyChapters: body.length,
      },
    };
  });
}

/**
 * Each body chapter a list of chapters (Sistematika, Daftar Isi) leaves out although it lists
 * chapters before and after its number: a gap, not a list cut short by the reader (nor a first
 * entry run into the sentence that introduces the list).
 */
function unlistedChapters(model: Model): Subject[] {
  const body = bodyChapters(model);
  const out: Subject[] = [];
  for (const [list, listed] of [
    ['sistematika', sistematika(model)],
    ['daftar-isi', daftarIsi(model)],
  ] as const) {
    if (listed.length < 2) continue;
    const numbers = new Set(listed.map((c) => c.number));
    const first = Math.min(...numbers);
    const last = Math.max(...numbers);
    for (const b of body) {
      if (numbers.has(b.number)) continue;
      // Listed under another number ("BAB VI PENUTUP" for the body's BAB IV): sistematika-chapter says so.
      const listedAs = b.name ? listed.find((c) => c.name === b.name) : undefined;
      out.push({
        type: 'unlisted-chapter',
        key: subjectKey('unlisted-chapter', list, b.printed, b.name),
        loc: b.loc,
        evidence: clip(b.text),
        facts: {
          list,
          actual: b.text,
          ...(listedAs ? { listedAs: listedAs.text } : {}),
          withinList: b.number > first && b.number < last,
        },
      });
    }
  }
  return out;
}

export const subjects: Record<string, Provider> = {
  'sistematika-chapter': sistematikaChapters,
  'unlisted-chapter': unlistedChapters,
};
