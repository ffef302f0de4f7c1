// Which clause of its sentence a claim stands in, so that a claim is attached to the indicator its
// own clause names.
import type { Results } from '../../results.js';
import type { Claim } from '../claims.js';
import { namedIndicator, type Scope } from '../scope.js';

// Where a sentence turns to another subject: "3 IKU tercapai 100% sedangkan 1 IKU yaitu X 95,54%",
// "… seluruhnya mencapai target, … dan 1 Sasaran yaitu X …".
const CLAUSE_BREAK = new RegExp(
  String.raw`;|\b(?:sedangkan|namun|tetapi|sementara|adapun|kecuali)\b|,\s*(?:dan|serta)\b|\b(?:dan|serta)\s+(?=\d|\(?(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\b)`,
  'gi',
);

/** The clause of its sentence a claim stands in. */
function clauseOf(claim: Claim): string {
  const text = claim.sentence.text;
  const at = claim.start - claim.sentence.start;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index! + m[0].length <= at) start = m.index!;
    else if (m.index! >= at) {
      end = m.index!;
      break;
    }
  }
  return text.slice(start, end);
}

/**
 * A claim attached to an indicator its sentence names must stand in the clause that names it: in
 * "3 IKU tercapai 100% sedangkan 1 IKU yaitu X terealisasi 95,54%" the 100% is not X's.
 */
export function linkedToName(claim: Claim, scope: Scope | undefined, res: Results, weak?: Set<string>): boolean {
  if (!scope || scope.type !== 'indicator' || scope.via !== 'name') return true;
  return namedIndicator(clauseOf(claim), res.indicators, weak) === scope.indicator;
}
