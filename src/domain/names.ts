// When two names in a report are the same, by the kind of name: the one question every rule
// family asks ("is this the PK's indicator?", "is this the regulation cited before?", "is this
// belanja group the table's?") with the answer in one place. Each kind keeps the test it needs —
// tolerant token matching for sasaran, indikator and program names written differently across the
// documents; word containment for a heading or a sasaran repeated in a comparison table; the
// subject words of a regulation's title; the letters of a budget line — over one normaliser
// (normalizeText) and one list of words without identity (stop-words.ts); the words of a unit's
// name under a signature (jabatan.ts).
import { sameSubject } from './citations.js';
import { readUnit, sameUnit } from './jabatan.js';
import { compare, MATCH_THRESHOLD } from './match.js';
import { sameText } from './sasaran-scope.js';

export type NameKind =
  /** A sasaran, indikator or program name in two documents: soft weighted Jaccard ≥ MATCH_THRESHOLD (match.ts). */
  | 'name'
  /** A heading or sasaran repeated within the report: equal once normalised, or 80% of the smaller word set in the other. */
  | 'heading'
  /** Two "tentang" titles of regulations: most subject words shared, no other year. */
  | 'regulation'
  /** A budget line ("Belanja Pegawai" and "Pegawai"): the same letters once "belanja" is dropped. */
  | 'budget-line'
  /** A government unit in two position titles ("Dinas Pariwisata dan Kebudayaan Provinsi X" and "Disparbud"): the words of one in the other, or abbreviated (jabatan.ts). */
  | 'unit';

export function sameName(a: string, b: string, kind: NameKind): boolean {
  switch (kind) {
    case 'name':
      return compare(a, b).score >= MATCH_THRESHOLD;
    case 'heading':
      return sameText(a, b);
    case 'regulation':
      return sameSubject(a, b);
    case 'budget-line': {
      const letters = (s: string) => s.toLowerCase().replace(/^belanja\s+/, '').replace(/[^a-z]/g, '');
      return letters(a) === letters(b);
    }
    case 'unit':
      return sameUnit(readUnit(a), readUnit(b));
  }
}
