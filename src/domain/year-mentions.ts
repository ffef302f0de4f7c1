// Years in prose that name the reporting year by what they are attached to: "Laporan Kinerja …
// tahun 2021", "Perjanjian Kinerja … Tahun 2021", "Capaian Kinerja sasaran tahun 2021", "Tahun
// Anggaran 2021", "dalam jangka waktu tahun 2021", "selama tahun 2021", "Pengukuran … Kinerja
// Tahun 2021", "RKT Tahun 2021", "realisasi … s.d. 31 Desember 2021". Periods ("2016-2021"),
// comparisons with earlier years and plans for later years are not anchors.

export interface YearMention {
  kind: string;
  /** The anchoring phrase as written, up to and including the year. */
  phrase: string;
  year: number;
  index: number;
  /** The sentence the phrase stands in. */
  sentence: string;
}

/** Words between the anchor and "tahun": names and qualifiers, no numbers or citations. */
const GAP = "((?:\\s+[A-Za-z][A-Za-z\\-'()/]*){0,10}?)";
const YEAR = '((?:19|20)\\d{2})';
/** Not the first year of a period ("2016-2021", "2016 s.d. 2021", "2016 sampai 2021"). */
const NOT_PERIOD = '(?!\\s*(?:[-–—]|s\\.?\\s?\\/?\\s?d\\.?|sampai|hingga)\\s*(?:tahun\\s+)?\\d{4})';

interface Anchor {
  kind: string;
  re: RegExp;
  /** Index of the gap group to screen, if the pattern has one. */
  gap?: number;
  year: number;
}

function anchor(kind: string, source: string, gap?: number): Anchor {
  const re = new RegExp(source, 'gi');
  const groups = new RegExp(`${source}|`).exec('')!.length - 1;
  return { kind, re, gap, year: groups };
}

const ANCHORS: Anchor[] = [
  anchor('laporan-kinerja', `\\b(?:laporan\\s+kinerja|lkj(?:ip)?|lakip|lkip)\\b${GAP}\\s+tahun\\s+${YEAR}${NOT_PERIOD}`, 1),
  anchor('perjanjian-kinerja', `\\bperjanjian\\s+kinerja\\b${GAP}\\s+tahun\\s+${YEAR}${NOT_PERIOD}`, 1),
  anchor('capaian-kinerja', `\\bcapaian\\s+kinerja\\b${GAP}\\s+tahun\\s+${YEAR}${NOT_PERIOD}`, 1),
  anchor('pengukuran-kinerja', `\\bpengukuran(?:\\s+(?:realisasi|capaian|pencapaian))?\\s+kinerja\\b${GAP}\\s+tahun\\s+${YEAR}${NOT_PERIOD}`, 1),
  anchor('rkt', `\\b(?:rencana\\s+kinerja\\s+tahunan(?:\\s*\\(rkt\\))?|rkt)\\b${GAP}\\s+tahun\\s+${YEAR}${NOT_PERIOD}`, 1),
  anchor('tahun-anggaran', `\\btahun\\s+anggaran\\s+${YEAR}${NOT_PERIOD}`),
  anchor('jangka-waktu', `\\bjangka\\s+waktu\\s+(?:satu\\s+)?tahun\\s+${YEAR}${NOT_PERIOD}`),
  anchor('selama', `\\bselama\\s+tahun\\s+${YEAR}${NOT_PERIOD}`),
  anchor('realisasi-sd', `\\brealisasi\\b${GAP}\\s+(?:sampai\\s+dengan|s\\.?\\s?\\/?\\s?d\\.?)\\s+(?:tanggal\\s+)?31\\s+desember\\s+${YEAR}`, 1),
];

/** Words in the gap that make the year belong to something else (a citation, a comparison). */
const GAP_STOP = /\b(?:nomor|no|peraturan|undang|keputusan|tentang|sesuai|berdasarkan|dibandingkan|dibanding|banding|perbandingan|sebelumnya|lalu|dari|sejak|mulai|hingga|sampai|dengan|periode|renstra|rpjmd|rencana\s+strategis|atau|serta)\b/i;

/** A sentence that compares with other years, looks back or ahead: its other years are not the report year. */
const COMPARISON = /\b(?:dibandingkan|dibanding|bandingkan|sebelumnya|tahun\s+lalu|yang\s+lalu|meningkat|menurun|kenaikan|penurunan|naik|turun|selisih|sedangkan|tindak\s+lanjut|rekomendasi|akan|berikutnya|mendatang|selanjutnya|diperkirakan|proyeksi|rencana\s+kegiatan|penyusunan\s+rencana)\b/i;

/** Documents drawn up for a later year while the report is written (the next PK and RKT are
 *  signed early in the year the report is due): a later year there is the plan's own. */
const PLANS = new Set(['perjanjian-kinerja', 'rkt']);

/** A cited regulation's title runs from "Nomor … tentang": a year inside it ("Peraturan Daerah Nomor 23
 *  Tahun 2011 tentang APBD Tahun Anggaran 2012") is the regulation's subject, not the report's. */
const CITATION_TITLE = /\b(?:nomor|no\.?)\s*[\w./-]{1,40}\s+(?:tahun\s+\d{4}\s+)?tentang\b[^;]*$/i;

/** A regulation's year: "Nomor 29 Tahun 2014", "No. 8/2006". */
const CITED_YEAR = /\b(?:nomor|no\.?)\s*[\w./-]{1,20}\s*(?:tahun\s+|\/)(?:19|20)\d{2}\b/gi;

/** "Tahun Anggaran N" tied to the report's own period or budget by the word before it ("pada Tahun
 *  Anggaran 2020", "APBD Tahun Anggaran 2021", or none); after a name ("Pembangunan Fisik Gedung A
 *  Tahun Anggaran 2015") the year is that work's, not the report's. */
function ownBudgetYear(lead: string): boolean {
  const last = /(\p{L}[\p{L}-]*)\s*$/u.exec(lead)?.[1];
  if (!last) return true;
  if (/^(?:pada|dalam|selama|untuk|di|sepanjang|hingga|sampai|akhir|sebagai|apbd|apbn|dpa|rka|anggaran|belanja|realisasi|pagu|pelaksanaan)$/i.test(last)) return true;
  return !/^\p{Lu}/u.test(last);
}

/** The text of the sentence before `index`. */
function leadOf(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 300), index);
  let start = 0;
  for (const m of before.matchAll(/[.!?;]\s+(?=[A-Z“"(]|$)/g)) start = m.index! + m[0].length;
  return before.slice(start);
}

/** A sentence that plans: a later year in it is the year planned for ("bahan penyusunan RKT tahun 2022"). */
const PLANNING = /\b(?:rencana|perencanaan|direncanakan|penyusunan|disusun|menyusun|bahan|acuan|pedoman|dasar|target)\b/i;

/** An event the document is named in: "Bimtek Penyusunan LKIP … Tahun 2023", "Sosialisasi Perjanjian Kinerja Tahun 2023". */
const EVENT_BEFORE = /\b(?:bimtek|bimbingan\s+teknis|pelatihan|diklat|workshop|lokakarya|sosialisasi|rapat|rakor|seminar|asistensi|pendampingan|penilaian|evaluasi)\b[^.;]{0,60}$/i;
const MONTHS = 'januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember';

/** The sentence dates something to a day of `year` ("tanggal 27-28 November 2023"). */
function datedIn(sentence: string, year: number): boolean {
  return new RegExp(`\\b\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+(?:${MONTHS})\\s+${year}\\b`, 'i').test(sentence);
}

/** Years inside periods ("2016-2021", "2016 s.d 2021") do not count as mentions of the report year. */
const PERIOD = /\b(?:19|20)\d{2}\s*(?:[-–—]|s\.?\s?\/?\s?d\.?|sampai(?:\s+dengan)?|hingga)\s*(?:tahun\s+)?(?:19|20)\d{2}\b/gi;

function sentenceAt(text: string, index: number): string {
  // Sentence ends: ". " before a capital, "!", "?", ";" — abbreviations like "No. 53" stay joined.
  const ends = /[.!?;]\s+(?=[A-Z“"(])/g;
  let start = 0;
  let end = text.length;
  for (let m = ends.exec(text); m; m = ends.exec(text)) {
    const stop = m.index + 1;
    if (stop <= index) start = m.index + m[0].length;
    else {
      end = stop;
      break;
    }
  }
  return text.slice(start, end).trim();
}

/**
 * Phrases in a text that anchor a year to the reporting period. Mentions in sentences that
 * compare, look back or plan ahead are left out when their year is not `reportYear`: there another
 * year is expected.
 */
export function findYearMentions(text: string, reportYear: number): YearMention[] {
  const out: YearMention[] = [];
  const seen = new Set<number>();
  for (const a of ANCHORS) {
    a.re.lastIndex = 0;
    for (let m = a.re.exec(text); m; m = a.re.exec(text)) {
      const gap = a.gap !== undefined ? m[a.gap] ?? '' : '';
      if (gap && GAP_STOP.test(gap)) continue;
      const year = Number(m[a.year]);
      const yearIndex = m.index + m[0].lastIndexOf(m[a.year]);
      if (seen.has(yearIndex)) continue;
      const sentence = sentenceAt(text, m.index);
      if (year !== reportYear) {
        if (COMPARISON.test(sentence)) continue;
        if (year > reportYear && PLANS.has(a.kind)) continue;
        const lead = leadOf(text, m.index);
        if (CITATION_TITLE.test(lead)) continue;
        if (a.kind === 'tahun-anggaran' && !ownBudgetYear(lead)) continue;
        // A dated event of that year that is about such a document (a Bimtek on preparing the LKIP,
        // held in November 2023): its year is the event's, not a leftover.
        if (datedIn(sentence, year) && EVENT_BEFORE.test(text.slice(Math.max(0, m.index - 80), m.index))) continue;
        if (year > reportYear && PLANNING.test(sentence)) continue;
        // The sentence names another year too (outside periods and citations): it compares two
        // years ("capaian kinerja pada tahun 2014 ke akhir tahun Renstra yaitu tahun 2018").
        const others = sentence.replace(PERIOD, ' ').replace(CITED_YEAR, ' ').match(/\b(?:19|20)\d{2}\b/g) ?? [];
        if (others.some((y) => Number(y) !== year)) continue;
      }
      seen.add(yearIndex);
      out.push({ kind: a.kind, phrase: m[0].trim(), year, index: m.index, sentence });
    }
  }
  return out.sort((x, y) => x.index - y.index);
}
