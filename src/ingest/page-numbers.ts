// Page numbers as running headers and footers print them — "12", "- 12 -", "iii", "I - 1",
// "III- 20", "Hal. 3", "Halaman 3 dari 40", "3 / 40" — alone on a line or at either end of a
// running title ("ii LKIP … Tahun 2016", "LKIP … Tahun 2016 I - 1"). Format-neutral: the PDF reader
// finds running headers and footers with it, the understanding reads their titles without it.

/** Roman numerals of front-matter pages (i–xxxix). */
const ROMAN = '(?:x{0,3}(?:ix|iv|v?i{1,3}|v)|x{1,3})';
const NUMBER = `(?:\\d{1,4}|${ROMAN})`;

/** One page-number token, in any of the styles reports print. */
const TOKEN = [
  `(?:halaman|hal|page|hlm)\\s*[:.\\-–]?\\s*${NUMBER}(?:\\s*(?:dari|of|\\/)\\s*\\d{1,4})?`, // Hal. 3, Halaman 3 dari 40
  `(?:bab\\s+)?[ivx]{1,5}\\s*[-–.]\\s*\\d{1,3}`, // I - 1, III- 20, II.3 (chapter-page)
  `[a-z]\\s*[-–]\\s*\\d{1,3}`, // A-3 (appendix page)
  `\\d{1,2}\\s*[-–]\\s*\\d{1,3}`, // 3-12 (chapter-page in digits)
  `\\d{1,4}\\s*(?:dari|of|\\/)\\s*\\d{1,4}`, // 3 dari 40, 3/40
  `[-–—(\\[]\\s*${NUMBER}\\s*[-–—)\\]]`, // - 12 -, (12), [iv]
  NUMBER,
].join('|');

/** A token at the start (end) of a line, set off by a space or a bar (or digits run into a capital: "12LKIP …"). */
const AT_START = new RegExp(`^(?:(?:${TOKEN})(?:\\s*[|•·]\\s*|\\s+)(?=\\S)|\\d{1,4}(?=[A-Z]))`, 'i');
const AT_END = new RegExp(`(?<=\\S)(?:\\s*[|•·]\\s*|\\s+)(?:${TOKEN})$`, 'i');

/** A line that is only a page number. */
const PAGE_NUMBER = [
  /^[-–—(\[]?\s*\d{1,4}\s*[-–—)\]]?$/, // 12, - 12 -, (12)
  /^(halaman|hal\.?|page|hlm\.?)\s*[:.]?\s*(\d{1,4}|[ivxlcdm]{1,7})(\s*(dari|of|\/)\s*\d{1,4})?$/i,
  /^\d{1,4}\s*(dari|of|\/)\s*\d{1,4}$/i,
  /^[-–—]?\s*[ivxlcdm]{1,7}\s*[-–—]?$/i, // roman
  /^(bab\s+)?[ivx]{1,5}\s*[-–.]\s*\d{1,3}$/i, // III-23 (chapter-page)
  /^[a-z]\s*[-–.]\s*\d{1,3}$/i,
];

export function isPageNumber(text: string): boolean {
  const t = text.trim();
  return t.length <= 24 && PAGE_NUMBER.some((re) => re.test(t));
}

/**
 * A running title without the page number printed at its start or end: "ii LKIP … Tahun 2016" and
 * "LKIP … Tahun 2016 iii" both give "LKIP … Tahun 2016". A year at the end is kept when what is
 * left would not name it ("LAPORAN KINERJA 2016" stays whole, "LAPORAN KINERJA 2016 12" loses "12").
 */
export function withoutPageNumber(text: string): string {
  let t = text.trim().replace(/\s+/g, ' ');
  const start = AT_START.exec(t);
  if (start) t = t.slice(start[0].length);
  const end = AT_END.exec(t);
  if (end && !/^\s*[|•·]?\s*(?:19|20)\d{2}$/.test(end[0])) t = t.slice(0, end.index);
  return t.trim();
}
