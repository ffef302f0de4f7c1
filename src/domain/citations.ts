// Regulation citations in report prose: "Peraturan Menteri Pendayagunaan Aparatur Negara dan
// Reformasi Birokrasi Nomor 53 Tahun 2014 tentang …", "PermenPAN-RB No. 53 Tahun 2014",
// "Permendagri 86/2017", "Peraturan Bupati Jember Nomor 61 tahun 2016", and numbers whose year is
// their last segment ("Nomor PER/09/M.PAN/5/2007", "Keputusan Kepala LAN Nomor 239/IX/6/8/2003"):
// such a number is identified by its first numeric segment and its year, as the instrument's own
// "Nomor 239 Tahun 2003" is.
import { normalizeText } from './text.js';
import { STOP_WORDS } from './stop-words.js';
import regulations from './regulations.json' with { type: 'json' };

export type Issuer =
  | 'uu'
  | 'pp'
  | 'perpres'
  | 'inpres'
  | 'permenpan'
  | 'kepmenpan'
  | 'keplan'
  | 'permendagri'
  | 'permenkeu'
  | 'permen'
  | 'perda'
  | 'perbup'
  | 'pergub'
  | 'perwali';

export interface Citation {
  /** The citation as written, from the issuer to the year (plus the start of its title). */
  text: string;
  issuer: Issuer;
  /** Region of a regional regulation ("jember"), or the ministry of another Peraturan Menteri. */
  region?: string;
  /** Number without leading zeros ("53"). */
  number: string;
  year: number;
  /** The "tentang …" title when the citation gives one. */
  tentang?: string;
  /** Offset of the citation in the text. */
  index: number;
}

const REGIONAL = new Set<Issuer>(['perda', 'perbup', 'pergub', 'perwali']);

/** The minister for administrative reform, as reports write it after "Peraturan" or "Keputusan". */
const MENPAN =
  '(?:menteri\\s+(?:negara\\s+)?|meneg\\.?\\s*|menneg\\.?\\s*|men\\.?\\s*)' +
  '(?:pendayagunaan\\s+aparatur\\s+negara|pan)(?:\\s*(?:-|dan|&)?\\s*(?:reformasi\\s+birokrasi|rb))?';
// Longest forms first: the alternation takes the first that matches at a position.
const ISSUERS: [Issuer, string][] = [
  ['permenpan', `peraturan\\s+${MENPAN}`],
  ['permenpan', 'permen\\s*-?\\s*pan(?:\\s*(?:-|dan|&)?\\s*rb)?'],
  ['kepmenpan', `(?:surat\\s+)?keputusan\\s+${MENPAN}`],
  ['kepmenpan', 'kep\\.?\\s*men\\s*-?\\s*pan(?:\\s*(?:-|dan|&)?\\s*rb)?'],
  ['keplan', '(?:(?:surat\\s+)?keputusan|sk|kep\\.)\\s*kepala\\s+(?:lembaga\\s+administrasi\\s+negara|lan)'],
  ['permendagri', 'peraturan\\s+menteri\\s+dalam\\s+negeri'],
  ['permendagri', 'permendagri'],
  ['permenkeu', 'peraturan\\s+menteri\\s+keuangan'],
  ['permenkeu', 'permenkeu'],
  ['permen', 'peraturan\\s+menteri'],
  ['perpres', 'peraturan\\s+presiden'],
  ['perpres', 'perpres'],
  ['inpres', 'instruksi\\s+presiden'],
  ['inpres', 'inpres'],
  ['pp', 'peraturan\\s+pemerintah'],
  ['pp', 'pp'],
  ['uu', 'undang\\s*-\\s*undang'],
  ['uu', 'uu'],
  ['perda', 'peraturan\\s+daerah'],
  ['perda', 'perda'],
  ['perbup', 'peraturan\\s+bupati'],
  ['perbup', 'perbup'],
  ['pergub', 'peraturan\\s+gubernur'],
  ['pergub', 'pergub'],
  ['perwali', 'peraturan\\s+wali\\s*kota'],
  ['perwali', 'perwal[i]?'],
];

const ISSUER_RE = new RegExp(ISSUERS.map(([, re]) => `(${re})`).join('|'), 'gi');

/** What may stand between the issuer and the number: a region or ministry, "Republik Indonesia". */
const MIDDLE = "((?:\\s+(?!nomor\\b|no\\b)(?:[A-Za-z][A-Za-z'.]*|\\([A-Za-z-]{1,12}\\))){0,4}?)";
const NUMBER_YEAR = new RegExp(`^${MIDDLE}\\s*,?\\s*(?:nomor|no\\.?)\\s*[:.]?\\s*(\\d{1,4})\\s*,?\\s*tahun\\s*:?\\s*((?:19|20)\\d{2})\\b`, 'i');
const SLASH_FORM = new RegExp(`^${MIDDLE}\\s*(?:(?:nomor|no\\.?)\\s*[:.]?\\s*)?(\\d{1,4})\\s*\\/\\s*((?:19|20)\\d{2})\\b(?!\\s*\\/)`, 'i');
/**
 * A number in segments whose last is the year: "PER/09/M.PAN/5/2007", "239/IX/6/8/2003",
 * "33/PMK.07/2016". Its first numeric segment is the instrument's number.
 */
const SEGMENTED = new RegExp(
  `^${MIDDLE}\\s*,?\\s*(?:nomor|no\\.?)\\s*[:.]?\\s*(?:[A-Za-z]{2,4}\\.?\\s*[\\/-]\\s*)?(\\d{1,4})(?:\\s*\\/\\s*[A-Za-z0-9][A-Za-z0-9.-]{0,11}){1,5}?\\s*\\/\\s*((?:19|20)\\d{2})\\b(?!\\s*\\/)`,
  'i',
);
/** The date of issue some citations give between the number and the title ("…, tanggal 31 Mei 2007, tentang"). */
const DATED = /^\s*,?\s*tanggal\s+\d{1,2}\s+[A-Za-z]{3,9}\s+(?:19|20)\d{2}/i;
const TENTANG = /^\s*,?\s*tentang\s+([^;]{3,200}?)(?=\s*(?:;|\.\s|\.$|,\s*(?:dan\s+|serta\s+)?(?:mengacu|peraturan|undang|sebagaimana|perlu|maka|disebutkan|yang\s+telah)|\s+sebagaimana\b|\s+disebutkan\b|$))/i;

const TENTANG_LOOSE = /^\s*,?\s*tentang\s+([^;.]{3,120})/i;
/** Where the next citation begins inside a captured title ("… dan Undang-Undang Nomor 23 …"). */
const NEXT_CITATION = /[\s,]+(?:dan\s+|serta\s+|jo\.?\s+)?(?:peraturan|undang|keputusan|instruksi|permen\w*|perpres|perda|perbup|pergub|pp|uu)\b(?=[^;]{0,80}?\b(?:nomor|no\.?)\s*[:.]?\s*\d)/i;

function titleOf(m: RegExpExecArray | null): string | undefined {
  if (!m) return undefined;
  const cut = NEXT_CITATION.exec(m[1]);
  const t = (cut ? m[1].slice(0, cut.index) : m[1]).trim();
  return t || undefined;
}

const NOISE_WORDS = new Set(['republik', 'indonesia', 'ri', 'negara', 'rb', 'nomor', 'no']);

function normalizeRegion(words: string): string | undefined {
  const ws = normalizeText(words.replace(/\([^)]*\)/g, ' '))
    .split(' ')
    .filter((w) => w && !NOISE_WORDS.has(w) && !['provinsi', 'kabupaten', 'kota', 'kab'].includes(w));
  return ws.length ? ws.join(' ') : undefined;
}

/** Every citation with a number and a year in a text, in order. */
export function findCitations(text: string): Citation[] {
  const out: Citation[] = [];
  ISSUER_RE.lastIndex = 0;
  for (let m = ISSUER_RE.exec(text); m; m = ISSUER_RE.exec(text)) {
    // Whole words only ("pp" inside "ppk" is not an issuer).
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    if ((before && /[A-Za-z]/.test(before)) || (after && /[A-Za-z]/.test(after))) continue;
    const alt = m.slice(1).findIndex((g) => g !== undefined);
    const issuer = ISSUERS[alt][0];
    const rest = text.slice(m.index + m[0].length);
    const nm = NUMBER_YEAR.exec(rest) ?? SEGMENTED.exec(rest) ?? SLASH_FORM.exec(rest);
    if (!nm) continue;
    const middle = nm[1] ?? '';
    // A middle that is not a region or ministry name means the number belongs to something else.
    if (issuer !== 'permen' && !REGIONAL.has(issuer) && normalizeRegion(middle)) continue;
    const numbered = m.index + m[0].length + nm[0].length;
    const end = numbered + (DATED.exec(text.slice(numbered))?.[0].length ?? 0);
    const tentang = TENTANG.exec(text.slice(end)) ?? TENTANG_LOOSE.exec(text.slice(end));
    out.push({
      text: text.slice(m.index, end + (tentang ? tentang[0].length : 0)).replace(/\s+/g, ' ').trim(),
      issuer,
      region: issuer === 'permen' || REGIONAL.has(issuer) ? normalizeRegion(middle) : undefined,
      number: String(Number(nm[2])),
      year: Number(nm[3]),
      tentang: titleOf(tentang),
      index: m.index,
    });
    ISSUER_RE.lastIndex = end;
  }
  return out;
}

const ISSUER_LABEL: Record<Issuer, string> = {
  uu: 'Undang-Undang',
  pp: 'Peraturan Pemerintah',
  perpres: 'Peraturan Presiden',
  inpres: 'Instruksi Presiden',
  permenpan: 'Peraturan Menteri PANRB',
  kepmenpan: 'Keputusan Menteri PANRB',
  keplan: 'Keputusan Kepala Lembaga Administrasi Negara',
  permendagri: 'Peraturan Menteri Dalam Negeri',
  permenkeu: 'Peraturan Menteri Keuangan',
  permen: 'Peraturan Menteri',
  perda: 'Peraturan Daerah',
  perbup: 'Peraturan Bupati',
  pergub: 'Peraturan Gubernur',
  perwali: 'Peraturan Wali Kota',
};

/** "Peraturan Menteri PANRB Nomor 53", "Peraturan Bupati Jember Nomor 61". */
export function citationLabel(c: Pick<Citation, 'issuer' | 'region' | 'number'>): string {
  const region = c.region ? ` ${c.region.replace(/\b\w/g, (x) => x.toUpperCase())}` : '';
  return `${ISSUER_LABEL[c.issuer]}${region} Nomor ${c.number}`;
}

/** Identity of a regulation apart from its year: issuer, region and number. */
export function regulationKey(c: Pick<Citation, 'issuer' | 'region' | 'number'>): string {
  return `${c.issuer}:${c.region ?? ''}:${c.number}`;
}

export interface RegulationRef {
  issuer: Issuer;
  number: string;
  year: number;
}

export interface RegulationStatus {
  /**
   * repealed: a later instrument revoked it. basis-repealed: no source shows it revoked itself, but
   * the instrument it implements (`implements`) was, and reports now rest on `by`.
   */
  state: 'repealed' | 'basis-repealed';
  implements?: RegulationRef;
  by: RegulationRef[];
  /** First report year for which citing it as in force is out of date. */
  since: number;
  source: string;
}

export interface KnownRegulation extends RegulationRef {
  /** The number as issued when it has segments ("239/IX/6/8/2003"); `number` is its first. */
  officialNumber?: string;
  title: string;
  /** Phrases (normalised) of which one must occur in a citation's "tentang" for it to be this one. */
  keywords: string[];
  source: string;
  status?: RegulationStatus;
}

/**
 * Regulations an LKjIP commonly cites, with the year they were issued and, for some, their status
 * (data with sources: regulations.json). A citation is taken to be one of these only when its
 * "tentang" names the same subject: numbers repeat every year.
 */
export const KNOWN_REGULATIONS: KnownRegulation[] = regulations.regulations as KnownRegulation[];

/** A citation's "tentang" names the subject of a known regulation. */
export function titleNames(k: KnownRegulation, tentang: string | undefined): boolean {
  if (!tentang) return false;
  const t = ` ${normalizeText(tentang)} `;
  return k.keywords.some((kw) => t.includes(` ${kw} `));
}

/** The known regulation a citation is, judged by issuer, number and the subject of its title. */
export function knownRegulation(c: Citation): KnownRegulation | undefined {
  if (!c.tentang) return undefined;
  return KNOWN_REGULATIONS.find((k) => k.issuer === c.issuer && k.number === c.number && titleNames(k, c.tentang));
}

const STOP = STOP_WORDS.regulation;

/** The region a regional regulation names in its title ("… Provinsi Jawa Barat"): common to all of them, so no sign of the same subject. */
const REGION = /\b(?:[Pp]rovinsi|PROVINSI|[Kk]abupaten|KABUPATEN|[Kk]ota|KOTA)\s+(?:\p{Lu}[\p{L}.'-]*\s*){1,3}/gu;

function titleWords(t: string): Set<string> {
  return new Set(normalizeText(t.replace(REGION, ' ')).split(' ').filter((w) => w.length > 2 && !STOP.has(w)));
}

/**
 * Two "tentang" titles name the same subject: most words of the shorter one occur in the other, and
 * they name no different years ("RKPD Tahun 2020" and "RKPD Tahun 2021" are two regulations).
 */
export function sameSubject(a: string, b: string): boolean {
  const years = (t: string) => new Set(t.match(/\b(?:19|20)\d{2}\b/g) ?? []);
  const [ya, yb] = [years(a), years(b)];
  if (ya.size && yb.size && [...ya].some((y) => !yb.has(y))) return false;
  const wa = titleWords(a);
  const wb = titleWords(b);
  if (!wa.size || !wb.size) return false;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / Math.min(wa.size, wb.size) >= 0.6;
}
