// The sources of the report's year (meta.sources, see src/ingest/understand/identity.ts) as words
// (rules/terms.json, tables period-source and period-source-place), and the subjects of the rules
// about them: sources that name another year than the report's, a stated year the document itself
// contradicts, and a year nothing names.
import { votedYear } from '../model/meta-vote.js';
import type { Model } from '../model/types.js';
import { subjectKey } from '../subjects/subject-key.js';
import { termText } from './terms.js';
import { clip } from './text.js';
import type { Lang, Localized, Subject } from '../engine/types.js';
import { pageRanges } from '../model/page-ranges.js';

type Source = NonNullable<Model['meta']['sources']>[number];

/** A source as the model or a report summary holds it. */
export interface SourceLike {
  kind: Source['kind'];
  text?: string;
  tahun?: number;
  pages?: number[];
  count?: number;
  /** Page (line) of a source printed once. */
  page?: number;
  line?: number;
  loc?: { page?: number; line?: number; pointer?: string; source?: { page?: number; line?: number } };
}

/** One source in words: `header/footer berulang (hlm. 79, 81, 83): "… Tahun 2015"`. */
export function describeSource(s: SourceLike, lang: Lang, quote = true): string {
  // A source of the whole document has no place of its own (its loc is the title's).
  const whole = ['body', 'pdf-title', 'stated', 'file'].includes(s.kind);
  const page = whole ? undefined : (s.page ?? s.loc?.page ?? s.loc?.source?.page);
  const line = whole || s.loc?.pointer ? s.loc?.source?.line : (s.line ?? s.loc?.line ?? s.loc?.source?.line);
  const pages = s.pages?.length ? s.pages : page ? [page] : [];
  const where = pages.length
    ? ` (${termText(`period-source-place.${pages.length > 1 ? 'pages' : 'page'}`, { pages: pageRanges(pages) })[lang]})`
    : line && !whole
      ? ` (${termText('period-source-place.line', { line: String(line) })[lang]})`
      : '';
  const count = s.kind === 'body' && s.count ? ` (${s.count}×)` : '';
  const text = quote && s.text && !['body', 'stated', 'file'].includes(s.kind) ? `: "${clip(s.text, 120)}"` : '';
  const year = !text && s.tahun ? `: ${s.tahun}` : '';
  return `${termText(`period-source.${s.kind}`)[lang]}${where}${count}${text}${year}`;
}

const both = (f: (lang: Lang) => string): Localized => ({ id: f('id'), en: f('en') });

/** Sources whose year is not checked elsewhere: the cover title and the running titles (prose,
 *  headings and the PK's title have rules of their own). */
const VOTED_ONLY = new Set<Source['kind']>(['cover', 'furniture']);

/**
 * The year the document itself names, when the user states another: its mentions of that year are
 * this one fact (said once, by period/year-stated-differs), not a wrong year each.
 */
export function contradictedYear(model: Model): number | undefined {
  const sources = model.meta.sources ?? [];
  if (!sources.some((s) => s.kind === 'stated')) return undefined;
  const own = votedYear(sources);
  return own !== model.meta.tahun ? own : undefined;
}

/** The year the document's own sources decide, and those that name it. */
function documentYear(sources: Source[]): { year?: number; basis: Source[] } {
  const year = votedYear(sources);
  return { year, basis: sources.filter((s) => s.kind !== 'stated' && s.tahun === year) };
}

/** One subject per report: its year's sources, and which of them disagree. */
export function yearSources(model: Model): Subject[] {
  const year = model.meta.tahun;
  const sources = model.meta.sources ?? [];
  if (!year || !sources.length) return [];
  const stated = sources.some((s) => s.kind === 'stated');
  const own = documentYear(sources);
  const contradicted = stated && own.year !== undefined && own.year !== year;
  const against = contradicted ? own.basis : sources.filter((s) => VOTED_ONLY.has(s.kind) && s.tahun && s.tahun !== year);
  if (!against.length) return [];
  const basis = sources.filter((s) => s.tahun === year && s.kind !== 'stated');
  const years = [...new Set(against.map((s) => s.tahun!))].sort();
  return [
    {
      type: 'year-sources',
      key: subjectKey('year-sources', contradicted ? 'stated' : 'document', years.join('-')),
      loc: against[0].loc ?? model.meta.loc,
      evidence: clip(against.map((s) => describeSource(s, 'id')).join('; '), 300),
      related: against.slice(1).map((s) => ({ location: s.loc ?? model.meta.loc, evidence: clip(s.text ?? String(s.tahun)), note: both((l) => describeSource(s, l, false)) })),
      facts: {
        expected: String(year),
        statedYear: stated ? String(sources.find((s) => s.kind === 'stated')?.tahun ?? year) : '',
        documentYear: String(own.year ?? ''),
        actual: years.join(', '),
        sources: both((l) => against.map((s) => describeSource(s, l)).join('; ')),
        basis: basis.length ? both((l) => basis.map((s) => describeSource(s, l, false)).join('; ')) : termText('period-source.stated'),
      },
    },
  ];
}

/** The report's year, or nothing when nothing names it (and what needs it is not checked). */
export function yearUnknown(model: Model): Subject[] {
  const year = model.meta.tahun ? String(model.meta.tahun) : '';
  return [{ type: 'year-unknown', key: subjectKey('year-unknown'), loc: model.meta.loc, evidence: clip(model.meta.title ?? model.file), facts: { year } }];
}

/** The sources of a report's year in one line, for the report's identity block. */
export function yearSourcesText(meta: { sources?: SourceLike[] } | undefined, lang: Lang): string | undefined {
  const named = (meta?.sources ?? []).filter((s) => s.tahun);
  return named.length ? named.map((s) => describeSource(s, lang, false)).join('; ') : undefined;
}
