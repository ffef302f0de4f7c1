// Subjects for the chapter lists of a report beside its body: the Sistematika (Bab I's list of
// chapters, "BAB VI PENUTUP" as a paragraph of the section titled "Sistematika …") and the Daftar
// Isi, against the body's "BAB …" headings. A listed chapter is matched by its number, and by its
// title when the number is not in the body ("BAB VI PENUTUP" listed, "BAB IV PENUTUP" in the body).
// Also numbered lists that open under a heading at 3 where 1 belongs (a list renumbered by hand).
import type { Model } from '../model/types.js';
import { sourcePosition } from '../model/normalize.js';
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

/**
 * The chapters the Sistematika lists: paragraphs of a "Sistematika …" section that open with
 * "BAB n", before the body's Bab II (an attached Renstra's own Sistematika is not the report's).
 */
function sistematika(model: Model): Chapter[] {
  const out: Chapter[] = [];
  const second = bodyChapters(model).find((c) => c.number >= 2);
  const end = second ? sourcePosition(second.loc) : undefined;
  for (const p of model.paragraphs ?? []) {
    if (!p.section || !/\bsistematika\b/i.test(p.section)) continue;
    const at = sourcePosition(p.loc);
    if (end !== undefined && at !== undefined && at > end) continue;
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

const ITEM = /^\s*(\d{1,2})([.)])\s+\S/;
/** How far back a list's earlier items may stand (a sub-heading or a table between its parts). */
const LOOK_BACK = 60;

/** The chapter a section title numbers ("3.1 …" and "BAB III …" are in 3); undefined when it prints none. */
function chapterKey(section: string | undefined): number | undefined {
  if (!section) return undefined;
  const dotted = /^\s*(\d{1,2})(?:\.\d{1,2})*\.?\s/.exec(section);
  if (dotted) return Number(dotted[1]);
  const bab = /^\s*bab\s+([ivx]+|\d{1,2})\b/i.exec(section);
  return bab ? (/^\d+$/.test(bab[1]) ? Number(bab[1]) : fromRoman(bab[1])) : undefined;
}

/**
 * The first numbered list under a heading, when it opens at 2 or more and runs on (3, 4, 5 …),
 * and no item before its first number stands in the same section or, within the last paragraphs,
 * anywhere in the same chapter (a list interrupted by a sub-heading or a table goes on counting).
 */
function listStarts(model: Model): Subject[] {
  const paras = model.paragraphs ?? [];
  const items = (model.sections ?? []).flatMap((h) => {
    const n = h.inToc ? null : ITEM.exec(h.title);
    return n ? [{ number: Number(n[1]), marker: n[2], loc: h.loc }] : [];
  });
  const out: Subject[] = [];
  let section: string | undefined;
  let opened = false;
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    if (i === 0 || p.section !== section) {
      section = p.section;
      opened = false;
    }
    const m = ITEM.exec(p.text);
    if (!m || opened) continue;
    opened = true;
    const first = Number(m[1]);
    if (first < 2) continue;
    const run = [first];
    for (let k = i + 1; k < paras.length && paras[k].section === section && run.length < 20; k++) {
      const n = ITEM.exec(paras[k].text);
      if (n && n[2] === m[2]) {
        if (Number(n[1]) !== run[run.length - 1] + 1) break;
        run.push(Number(n[1]));
      }
    }
    if (run.length < 3) continue;
    const chapter = chapterKey(section);
    const continues = paras.slice(Math.max(0, i - LOOK_BACK), i).some((q) => {
      const n = ITEM.exec(q.text);
      if (!n || n[2] !== m[2] || Number(n[1]) !== first - 1) return false;
      const c = chapterKey(q.section);
      return c === undefined || chapter === undefined || c === chapter;
    });
    // An item read as a heading ("1. Kegiatan …" alone on its line) between those paragraphs and this one.
    const from = sourcePosition(paras[Math.max(0, i - LOOK_BACK)].loc);
    const here = sourcePosition(p.loc);
    const asHeading = items.some((h) => {
      const at = sourcePosition(h.loc);
      return h.number === first - 1 && h.marker === m[2] && at !== undefined && here !== undefined && from !== undefined && at >= from && at <= here;
    });
    if (continues || asHeading) continue;
    out.push({
      type: 'list-start',
      key: subjectKey('list-start', section, p.text.slice(0, 60)),
      loc: p.loc,
      evidence: clip(p.text, 120),
      facts: {
        section: section ?? '',
        actual: String(first),
        expected: '1',
        items: run.join(', '),
      },
    });
  }
  return out;
}

export const subjects: Record<string, Provider> = {
  'list-start': listStarts,
  'sistematika-chapter': sistematikaChapters,
  'unlisted-chapter': unlistedChapters,
};
