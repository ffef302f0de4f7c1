// The vote on the report's year (and agency, region) among the sources that name them
// (meta.sources): each kind of source weighs what it usually deserves — a title on the cover or in
// a running header/footer is the report's own name; the Kata Pengantar names it in prose; a PDF's
// Title entry is often left from a template. Shared by the understanding step, which decides the
// year, and the rules, which say when the sources disagree.
import type { LkjipReport, MetaSource } from './report-input.js';

export type SourceKind = MetaSource['kind'];

/** Weight of each kind of source in the vote; a stated year is not voted, it wins. */
export const WEIGHT: Record<SourceKind, number> = {
  stated: 0,
  file: 4,
  cover: 4,
  furniture: 4,
  title: 3,
  'kata-pengantar': 2,
  text: 1,
  pk: 1,
  'pdf-title': 1,
  body: 1,
};

/** Which kind wins a tie: the cover, then the running title, then the rest in this order. */
const PRIORITY: SourceKind[] = ['stated', 'file', 'cover', 'furniture', 'title', 'kata-pengantar', 'pk', 'text', 'body', 'pdf-title'];

export function rank(s: Pick<MetaSource, 'kind'>): number {
  return PRIORITY.indexOf(s.kind);
}

/** A running title printed on fewer pages than another one (last year's header left on a few
 *  appendix pages) is a minor variant: it weighs as little as the prose. */
function weightOf(s: Pick<MetaSource, 'kind' | 'pages'>, mostPages: number): number {
  if (s.kind === 'furniture' && (s.pages?.length ?? 0) < mostPages) return 1;
  return WEIGHT[s.kind];
}

/** The value with the most weight; a tie goes to the value of the highest-priority source. */
export function winner<S extends Pick<MetaSource, 'kind' | 'pages'>>(sources: S[], value: (s: S) => string, same: (a: string, b: string) => boolean = (a, b) => a === b): string | undefined {
  const groups: { value: string; weight: number; rank: number }[] = [];
  const mostPages = Math.max(0, ...sources.filter((s) => s.kind === 'furniture').map((s) => s.pages?.length ?? 0));
  for (const s of sources) {
    if (s.kind === 'stated') continue;
    const v = value(s);
    let g = groups.find((x) => same(x.value, v));
    if (!g) groups.push((g = { value: v, weight: 0, rank: Infinity }));
    g.weight += weightOf(s, mostPages);
    g.rank = Math.min(g.rank, rank(s));
  }
  groups.sort((a, b) => b.weight - a.weight || a.rank - b.rank);
  return groups[0]?.value;
}

/** The year the document's own sources decide (a stated year left out). */
export function votedYear<S extends Pick<MetaSource, 'kind' | 'tahun' | 'pages'>>(sources: S[]): number | undefined {
  const year = winner(sources.filter((s) => s.tahun), (s) => String(s.tahun));
  return year ? Number(year) : undefined;
}

/** A year the user states (--year) over a structured file's own: the file's year stays among the
 *  sources, so that the rule on a stated year the document contradicts can say so. */
export function withStatedYear(report: LkjipReport, year: number): LkjipReport {
  const own = (report.meta.sources ?? []).filter((s) => s.kind !== 'stated');
  if (!own.length && report.meta.tahun) own.push({ kind: 'file', text: 'meta.tahun', tahun: report.meta.tahun });
  return { ...report, meta: { ...report.meta, tahun: year, sources: [{ kind: 'stated', tahun: year }, ...own] } };
}
