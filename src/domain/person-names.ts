// Signatory names as printed under signatures: "Ir. H. HENDY SISWANTO, ST, IPU", "Okto HARYANTO",
// "ARYANTOADI, S.Sos.", "HENDY S.". The core name (without academic, professional and religious
// titles) identifies the person; the written form is what must be consistent.
import { normalizeText } from './text.js';

/** Titles written before the name. */
const PREFIX_TITLES = new Set(['prof', 'dr', 'drs', 'dra', 'ir', 'h', 'hj', 'kh', 'drg', 'ns', 'apt', 'rm', 'ra', 'hc']);
/** Degrees written after the name without a comma ("HENDY SISWANTO ST IPU"). */
const SUFFIX_TITLES = new Set([
  'st', 'se', 'sh', 'sp', 'spd', 'ssos', 'sip', 'sstp', 'skom', 'ssi', 'sag', 'sak', 'skm', 'skep', 'ipu', 'ipm', 'mm', 'msi', 'mt',
  'mh', 'map', 'mpd', 'mkes', 'msc', 'mba', 'phd', 'ak', 'ca', 'cpa', 'mag', 'mkom', 'ma', 'me', 'mp', 'msc',
]);

/** The name without titles, in lower case: "Ir. H. HENDY SISWANTO, ST, IPU" → "hendy siswanto". */
export function coreName(written: string): string {
  const beforeComma = written.split(',')[0];
  const words = beforeComma
    .split(/\s+/)
    .map((w) => w.replace(/\./g, '').toLowerCase().replace(/[^a-z'-]/g, ''))
    .filter(Boolean);
  while (words.length > 1 && PREFIX_TITLES.has(words[0])) words.shift();
  while (words.length > 1 && SUFFIX_TITLES.has(words[words.length - 1])) words.pop();
  return words.join(' ');
}

/** The written form compared across signatures: case, spacing and punctuation do not count. */
export function writtenForm(written: string): string {
  return normalizeText(written);
}

/**
 * Two core names can be the same person: equal, or the same words where one side abbreviates a
 * word to its initial ("hendy s" ~ "hendy siswanto").
 */
export function namesCompatible(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== wb.length || wa.length < 2) return false;
  let full = 0;
  for (let i = 0; i < wa.length; i++) {
    const [x, y] = [wa[i], wb[i]];
    if (x === y) {
      full++;
      continue;
    }
    const [short, long] = x.length < y.length ? [x, y] : [y, x];
    if (!(short.length === 1 && long.startsWith(short))) return false;
  }
  return full >= 1;
}

/** NIP digits only: "19641009 199203 1 005" → "196410091992031005". */
export function nipDigits(nip: string | undefined): string | undefined {
  const d = nip?.replace(/\D/g, '');
  return d ? d : undefined;
}
