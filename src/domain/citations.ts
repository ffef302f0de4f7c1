// Regulation citations in report prose: "Peraturan Menteri Pendayagunaan Aparatur Negara dan
// Reformasi Birokrasi Nomor 53 Tahun 2014 tentang …", "PermenPAN-RB No. 53 Tahun 2014",
// "Permendagri 86/2017", "Peraturan Bupati Jember Nomor 61 tahun 2016". Numbers written as
// letters-and-slashes ("PER/9/M.PAN/5/2007") are not read: their year is part of the number.
import { normalizeText } from './text.js';
import { STOP_WORDS } from './stop-words.js';

export type Issuer =
  | 'uu'
  | 'pp'
  | 'perpres'
  | 'inpres'
  | 'permenpan'
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

// Longest forms first: the alternation takes the first that matches at a position.
const ISSUERS: [Issuer, string][] = [
  ['permenpan', 'peraturan\\s+menteri\\s+(?:negara\\s+)?pendayagunaan\\s+aparatur\\s+negara(?:\\s+dan\\s+reformasi\\s+birokrasi)?'],
  ['permenpan', 'peraturan\\s+menteri\\s+(?:negara\\s+)?pan(?:\\s*(?:-|dan|&)?\\s*rb)?'],
  ['permenpan', 'permen\\s*-?\\s*pan(?:\\s*(?:-|dan|&)?\\s*rb)?'],
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

/** Every citation with a plain number and a year in a text, in order. */
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
    const nm = NUMBER_YEAR.exec(rest) ?? SLASH_FORM.exec(rest);
    if (!nm) continue;
    const middle = nm[1] ?? '';
    // A middle that is not a region or ministry name means the number belongs to something else.
    if (issuer !== 'permen' && !REGIONAL.has(issuer) && normalizeRegion(middle)) continue;
    const end = m.index + m[0].length + nm[0].length;
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

export interface KnownRegulation {
  issuer: Issuer;
  number: string;
  year: number;
  title: string;
  /** Phrases (normalised) of which one must occur in a citation's "tentang" for it to be this one. */
  keywords: string[];
}

/**
 * Regulations an LKjIP commonly cites, with the year they were issued. A citation is taken to be
 * one of these only when its "tentang" names the same subject: numbers repeat every year.
 */
export const KNOWN_REGULATIONS: KnownRegulation[] = [
  { issuer: 'permenpan', number: '53', year: 2014, title: 'Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah', keywords: ['perjanjian kinerja', 'pelaporan kinerja', 'reviu atas laporan'] },
  { issuer: 'permenpan', number: '14', year: 2017, title: 'Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik', keywords: ['kepuasan masyarakat'] },
  { issuer: 'permenpan', number: '88', year: 2021, title: 'Evaluasi Akuntabilitas Kinerja Instansi Pemerintah', keywords: ['evaluasi akuntabilitas kinerja'] },
  { issuer: 'permenpan', number: '12', year: 2015, title: 'Pedoman Evaluasi atas Implementasi Sistem Akuntabilitas Kinerja Instansi Pemerintah', keywords: ['evaluasi atas implementasi'] },
  { issuer: 'permenpan', number: '29', year: 2010, title: 'Pedoman Penyusunan Penetapan Kinerja dan Pelaporan Akuntabilitas Kinerja Instansi Pemerintah', keywords: ['penetapan kinerja'] },
  { issuer: 'perpres', number: '29', year: 2014, title: 'Sistem Akuntabilitas Kinerja Instansi Pemerintah', keywords: ['sistem akuntabilitas kinerja'] },
  { issuer: 'inpres', number: '7', year: 1999, title: 'Akuntabilitas Kinerja Instansi Pemerintah', keywords: ['akuntabilitas kinerja'] },
  { issuer: 'pp', number: '8', year: 2006, title: 'Pelaporan Keuangan dan Kinerja Instansi Pemerintah', keywords: ['pelaporan keuangan dan kinerja'] },
  { issuer: 'pp', number: '39', year: 2006, title: 'Tata Cara Pengendalian dan Evaluasi Pelaksanaan Rencana Pembangunan', keywords: ['pengendalian dan evaluasi pelaksanaan rencana pembangunan'] },
  { issuer: 'pp', number: '18', year: 2016, title: 'Perangkat Daerah', keywords: ['perangkat daerah'] },
  { issuer: 'pp', number: '12', year: 2019, title: 'Pengelolaan Keuangan Daerah', keywords: ['pengelolaan keuangan daerah'] },
  { issuer: 'pp', number: '58', year: 2005, title: 'Pengelolaan Keuangan Daerah', keywords: ['pengelolaan keuangan daerah'] },
  { issuer: 'pp', number: '17', year: 2018, title: 'Kecamatan', keywords: ['kecamatan'] },
  { issuer: 'pp', number: '8', year: 2008, title: 'Tahapan, Tata Cara Penyusunan, Pengendalian, dan Evaluasi Pelaksanaan Rencana Pembangunan Daerah', keywords: ['rencana pembangunan daerah'] },
  { issuer: 'permendagri', number: '86', year: 2017, title: 'Tata Cara Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah …', keywords: ['evaluasi pembangunan daerah'] },
  { issuer: 'permendagri', number: '90', year: 2019, title: 'Klasifikasi, Kodefikasi, dan Nomenklatur Perencanaan Pembangunan dan Keuangan Daerah', keywords: ['klasifikasi', 'kodefikasi', 'nomenklatur'] },
  { issuer: 'permendagri', number: '13', year: 2006, title: 'Pedoman Pengelolaan Keuangan Daerah', keywords: ['pengelolaan keuangan daerah'] },
  { issuer: 'permendagri', number: '21', year: 2011, title: 'Perubahan Kedua atas Peraturan Menteri Dalam Negeri Nomor 13 Tahun 2006', keywords: ['pengelolaan keuangan daerah', 'perubahan kedua'] },
  { issuer: 'permendagri', number: '77', year: 2020, title: 'Pedoman Teknis Pengelolaan Keuangan Daerah', keywords: ['pengelolaan keuangan daerah'] },
  { issuer: 'uu', number: '23', year: 2014, title: 'Pemerintahan Daerah', keywords: ['pemerintahan daerah'] },
  { issuer: 'uu', number: '9', year: 2015, title: 'Perubahan Kedua atas Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah', keywords: ['pemerintahan daerah'] },
  { issuer: 'uu', number: '32', year: 2004, title: 'Pemerintahan Daerah', keywords: ['pemerintahan daerah'] },
  { issuer: 'uu', number: '28', year: 1999, title: 'Penyelenggaraan Negara yang Bersih dan Bebas dari Korupsi, Kolusi, dan Nepotisme', keywords: ['penyelenggaraan negara', 'penyelenggara negara', 'bersih dan bebas'] },
  { issuer: 'uu', number: '17', year: 2003, title: 'Keuangan Negara', keywords: ['keuangan negara'] },
  { issuer: 'uu', number: '1', year: 2004, title: 'Perbendaharaan Negara', keywords: ['perbendaharaan negara'] },
  { issuer: 'uu', number: '25', year: 2004, title: 'Sistem Perencanaan Pembangunan Nasional', keywords: ['perencanaan pembangunan nasional', 'sistem perencanaan nasional'] },
  { issuer: 'uu', number: '33', year: 2004, title: 'Perimbangan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah', keywords: ['perimbangan keuangan'] },
  { issuer: 'uu', number: '25', year: 2009, title: 'Pelayanan Publik', keywords: ['pelayanan publik'] },
  { issuer: 'uu', number: '6', year: 2014, title: 'Desa', keywords: ['desa'] },
];

/** The known regulation a citation is, judged by issuer, number and the subject of its title. */
export function knownRegulation(c: Citation): KnownRegulation | undefined {
  if (!c.tentang) return undefined;
  const t = ` ${normalizeText(c.tentang)} `;
  return KNOWN_REGULATIONS.find(
    (k) => k.issuer === c.issuer && k.number === c.number && k.keywords.some((kw) => t.includes(` ${kw} `)),
  );
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
