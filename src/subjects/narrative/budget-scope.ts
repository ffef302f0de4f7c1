// What a budget figure in prose covers. A report states pagu and realisasi for many scopes besides
// the one its budget table totals: APBN funds (dekonsentrasi, tugas pembantuan), DAK, revenue
// (pendapatan, retribusi), belanja langsung or tidak langsung alone, one program, one kegiatan, the
// programs that support one sasaran. Such a figure is compared with the table's total only when its
// sentence speaks of the whole budget; when only the paragraph or the heading around it names
// another scope, the comparison is at most a warning that names that scope.
import type { NumberClaim } from './claims.js';
import type { Scope } from './scope.js';

export type BudgetScope = { kind: 'total' } | { kind: 'other' | 'unsure'; what: string; marker: Marker };

/** One program or kegiatan by name: "Kegiatan Rapat Koordinasi …", "Program Peningkatan …". */
export const NAMED_ACTIVITY = /\b(?:sub\s+kegiatan|(?:program|kegiatan)\s+(?!(?:dan|serta|yang|dengan|untuk|dalam|pada|di|ini|itu|tersebut|kegiatan|program|guna|sebagai)\b)\p{L})/iu;

export interface Marker {
  re: RegExp;
  /** Names a part of the belanja (langsung, tidak langsung), which a belanja group row may hold. */
  belanja?: boolean;
  /** Whether the words name the whole budget or another scope. */
  whole: boolean;
  /** The scope the words name, a case of narrative/number-mismatch-uncertain's "coverageText". */
  what?: string;
  /** Strong enough to decide the scope from a heading (funding sources and revenue). */
  heading?: boolean;
}

const SASARAN_MARKER: Marker = {
  re: /\bsasaran(?:\s+strategis)?\s+(?:ini|tersebut|(?:ke\s*-?\s*)?\d+|[ivx]+\b|pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh)|\(\s*ss\s*-?\s*\d+\s*\)|\b(?:mendukung|menunjang)\s+(?:terhadap\s+)?indikator\b|\b(?:untuk|dalam)\s+(?:mencapai|pencapaian|mendukung)\s+(?:sasaran|indikator|target)|\bindikator\s+(?:ini|tersebut)\b|\bper\s+sasaran\b/gi,
  whole: false,
  what: 'sasaran-or-indicator',
};

// A sentence naming another scope before the figure speaks of it, whatever whole it names too
// ("Kegiatan yang mendukung … 4 kegiatan dengan total anggaran Rp X", "Secara keseluruhan dana APBN
// … Rp X"); in the sentences before, the last words naming a scope or the whole win.
const MARKERS: Marker[] = [
  { re: /\bapbn\b|\banggaran\s+pendapatan\s+dan\s+belanja\s+negara\b/gi, whole: false, what: 'apbn', heading: true },
  { re: /\bdekonsentrasi\b|\bdekon\b|\(\s*dk\s*\)/gi, whole: false, what: 'dekonsentrasi', heading: true },
  { re: /\btugas\s+pembantuan\b|\(\s*tp\s*\)/gi, whole: false, what: 'tugas-pembantuan', heading: true },
  { re: /\bdak\b|\bdana\s+alokasi\s+khusus\b/gi, whole: false, what: 'dak', heading: true },
  { re: /\bdbh(?:cht)?\b|\bdana\s+bagi\s+hasil\b/gi, whole: false, what: 'dana-bagi-hasil', heading: true },
  { re: /\bbantuan\s+keuangan\b|\bhibah\b|\bbantuan\s+sosial\b|\bdana\s+desa\b/gi, whole: false, what: 'bantuan-hibah', heading: true },
  { re: /\bapbd\s+(?:kabupaten|kab\.?|kota)\b|\bswasta\b/gi, whole: false, what: 'other-parties', heading: true },
  { re: /\bpendapatan\b|\bpad(?:s)?\b|\bretribusi\b|\bpenerimaan\b/gi, whole: false, what: 'pendapatan', heading: true },
  { re: /\bbelanja\s+tidak\s+langsung\b|\bbtl\b|\bgaji\b/gi, whole: false, belanja: true, what: 'belanja-tidak-langsung' },
  { re: /\bbelanja\s+langsung\b|\(\s*bl\s*\)/gi, whole: false, belanja: true, what: 'belanja-langsung' },
  { re: /\burusan\s+(?:wajib|pilihan)\b|\buptd\b/gi, whole: false, what: 'part-of-affairs' },
  // One program or kegiatan by name, the programs or kegiatan that support something, each one.
  {
    re: new RegExp(String.raw`${NAMED_ACTIVITY.source}|\b(?:(?:program|kegiatan)\s+(?:yang\s+)?(?:mendukung|menunjang)|masing[-\s]masing|per\s+(?:program|kegiatan))`, 'giu'),
    whole: false,
    what: 'program-or-kegiatan',
  },
  SASARAN_MARKER,
  // The whole, said so ("pagu anggaran" names the kind of figure, not what it covers); not "total …
  // tersebut": that points back to whatever the sentences before spoke of.
  { re: /\b(?:total|seluruh(?:nya)?|keseluruhan|apbd(?!\s+(?:kabupaten|kab\.?|kota)))\b(?!\s+(?:tersebut|itu|ini)\b)/gi, whole: true },
];

function lastMarker(text: string, skipBelanja: boolean, partsOnly = false): Marker | undefined {
  let best: Marker | undefined;
  let bestEnd = -1;
  for (const m of MARKERS) {
    if ((skipBelanja && m.belanja) || (partsOnly && m.whole)) continue;
    for (const x of text.matchAll(m.re)) {
      const end = x.index! + x[0].length;
      // At the same end, the other scope wins over the whole ("total anggaran APBN").
      if (end > bestEnd || (end === bestEnd && !m.whole)) {
        best = m;
        bestEnd = end;
      }
    }
  }
  return best;
}

/**
 * The scope of a budget figure: its own sentence up to the figure decides; when that says nothing,
 * the sentences before it in the paragraph, then the heading it stands under (and the sasaran or
 * indicator the sentence was attached to by position). `skipBelanja`: naming belanja langsung or
 * tidak langsung says no other scope — the figure is compared with that belanja group's own row, or
 * the report does not split its budget so (belanja langsung is then all of it).
 */
export function budgetScope(paragraph: string, claim: NumberClaim, scope: Scope | undefined, headings: string[], skipBelanja: boolean): BudgetScope {
  const before = claim.sentence.text.slice(0, claim.start - claim.sentence.start);
  const other = lastMarker(before, skipBelanja, true);
  if (other) return { kind: 'other', what: other.what!, marker: other };
  // "… anggaran sebesar Rp X yang dijabarkan dalam 13 program … baik APBD maupun APBN": a funding
  // source named after the amount, before the next one.
  const rest = claim.sentence.text.slice(claim.end - claim.sentence.start);
  const after = rest.slice(0, rest.search(/\bRp|\d\s*(?:%|persen)|$/i));
  const source = MARKERS.find((m) => m.heading && after.search(m.re) >= 0);
  if (source) return { kind: 'other', what: source.what!, marker: source };
  if (lastMarker(before, skipBelanja)) return { kind: 'total' };
  // A sentence that continues one about a sasaran or indicator speaks of that one's budget.
  if (scope?.type === 'sasaran' || scope?.type === 'indicator') {
    return { kind: scope.via === 'about' ? 'unsure' : 'other', what: SASARAN_MARKER.what!, marker: SASARAN_MARKER };
  }
  const earlier = lastMarker(paragraph.slice(0, claim.sentence.start), skipBelanja);
  if (earlier && !earlier.whole) return { kind: 'unsure', what: earlier.what!, marker: earlier };
  if (!earlier) {
    // A heading naming a funding source or revenue covers what stands under it; one naming
    // programs or a sasaran makes the sentence's scope uncertain.
    for (const h of headings) {
      const m = lastMarker(h, skipBelanja);
      if (m && !m.whole) return { kind: m.heading ? 'other' : 'unsure', what: m.what!, marker: m };
    }
  }
  return { kind: 'total' };
}

/** The part of the budget a table's total row names ("TOTAL URUSAN PILIHAN", "Jumlah Belanja Langsung"), if any. */
export function partNamed(label: string | undefined): Marker | undefined {
  const m = label ? lastMarker(label, false) : undefined;
  return m && !m.whole ? m : undefined;
}

/**
 * A budget table whose caption names another source of funds or revenue ("Anggaran Pendapatan dan
 * Belanja Negara Lingkup Peternakan … di Provinsi Jawa Barat"): its total is not the agency's budget.
 */
export function otherFunds(title: string | undefined): boolean {
  const m = title ? lastMarker(title, true) : undefined;
  return !!m && !m.whole && !!m.heading;
}
