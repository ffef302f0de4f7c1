// Dates as Indonesian reports print them: "01 Nopember 2021", "Jember, 1 November 2021",
// "Januari 2021" (month only), "31 Desember 2021", "01-11-2021", "2021-11-01". A date written
// without a day stands for the whole month, one without a month for the whole year; rules compare
// the first and the last day it can mean.

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateSpan {
  /** As written (the part that was read as a date). */
  text: string;
  precision: DatePrecision;
  year: number;
  month?: number;
  day?: number;
  /** First and last day it can mean, as yyyymmdd integers (comparable with < and >). */
  start: number;
  end: number;
}

const MONTHS: [RegExp, number][] = [
  [/^jan(uari|uary)?$/, 1],
  [/^(feb|peb)(ruari|ruary)?$/, 2],
  [/^mar(et|ch)?$/, 3],
  [/^apr(il)?$/, 4],
  [/^(mei|may)$/, 5],
  [/^jun(i|e)?$/, 6],
  [/^jul(i|y)?$/, 7],
  [/^(agu?s?t?(us)?|aug(ust)?)$/, 8],
  [/^sep(t|tember)?$/, 9],
  [/^o[kc]t(ober)?$/, 10],
  [/^no[pv](ember)?$/, 11],
  [/^de[sc](ember)?$/, 12],
];

const MONTH_NAMES_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTH_NAMES_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (const [re, n] of MONTHS) if (re.test(w)) return n;
  return undefined;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function dayNumber(year: number, month: number, day: number): number {
  return year * 10000 + month * 100 + day;
}

function valid(year: number, month: number, day?: number): boolean {
  if (year < 1900 || year > 2199 || month < 1 || month > 12) return false;
  return day === undefined || (day >= 1 && day <= daysInMonth(year, month));
}

function span(text: string, year: number, month?: number, day?: number): DateSpan {
  if (month === undefined) return { text, precision: 'year', year, start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31) };
  if (day === undefined) return { text, precision: 'month', year, month, start: dayNumber(year, month, 1), end: dayNumber(year, month, daysInMonth(year, month)) };
  const d = dayNumber(year, month, day);
  return { text, precision: 'day', year, month, day, start: d, end: d };
}

const MONTH_WORD = '[A-Za-z]{3,9}\\.?';
const WRITTEN = new RegExp(`\\b(?:(\\d{1,2})\\s+)?(${MONTH_WORD})\\s+(\\d{4})\\b`, 'g');
const NUMERIC_DMY = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/;
const NUMERIC_ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** The first date in a text ("Jember, 01 Nopember 2021" → 1 November 2021), or undefined. */
export function parseDate(input: string | undefined | null): DateSpan | undefined {
  if (!input) return undefined;
  const text = input.replace(/\u00a0/g, ' ');
  WRITTEN.lastIndex = 0;
  for (let m = WRITTEN.exec(text); m; m = WRITTEN.exec(text)) {
    const month = monthNumber(m[2]);
    if (!month) continue;
    const year = Number(m[3]);
    const day = m[1] !== undefined ? Number(m[1]) : undefined;
    if (!valid(year, month, day)) continue;
    return span(m[0].trim(), year, month, day);
  }
  const iso = NUMERIC_ISO.exec(text);
  if (iso && valid(Number(iso[1]), Number(iso[2]), Number(iso[3]))) return span(iso[0], Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = NUMERIC_DMY.exec(text);
  if (dmy && valid(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]))) return span(dmy[0], Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
  const year = /^\s*(?:tahun\s+)?(\d{4})\s*$/i.exec(text);
  if (year && valid(Number(year[1]), 1)) return span(year[0].trim(), Number(year[1]));
  return undefined;
}

/** Days from one day to another (negative when `to` is earlier); both dates of day precision. */
export function daysBetween(from: DateSpan, to: DateSpan): number {
  return Math.round((Date.UTC(to.year, to.month! - 1, to.day) - Date.UTC(from.year, from.month! - 1, from.day)) / 86_400_000);
}

/** A yyyymmdd day number as "28 Februari 2022" / "28 February 2022". */
export function formatDay(day: number, lang: 'id' | 'en'): string {
  const y = Math.floor(day / 10000);
  const m = Math.floor((day % 10000) / 100);
  const d = day % 100;
  return `${d} ${(lang === 'id' ? MONTH_NAMES_ID : MONTH_NAMES_EN)[m - 1]} ${y}`;
}

/** "Januari–Februari 2022" / "January–February 2022": months `from`..`to` of one year. */
export function formatMonths(year: number, from: number, to: number, lang: 'id' | 'en'): string {
  const names = lang === 'id' ? MONTH_NAMES_ID : MONTH_NAMES_EN;
  return from === to ? `${names[from - 1]} ${year}` : `${names[from - 1]}–${names[to - 1]} ${year}`;
}

/** Last day of the month that is `months` months after the end of `year` (2 → end of February). */
export function monthsAfterYearEnd(year: number, months: number): number {
  return dayNumber(year + 1, months, daysInMonth(year + 1, months));
}

/** A full date found in a text, and where it starts. */
export interface DayAt extends DateSpan {
  index: number;
}

// "12 Maret 2016", "12 Peb. 2016", "12-Okt-2016"; "12-03-2016", "12/03/2016", "12.03.2016" (day
// first, as Indonesian reports write them; one separator throughout); "2016-03-12". A run of
// numbers and slashes around it ("700/12/03/2016", a letter's number) is no date.
const DAY_WRITTEN = /\b(\d{1,2})(?:\s+|\s*-\s*)([A-Za-z]{3,9}\.?)(?:\s+|\s*-\s*)(\d{4})\b/g;
const DAY_NUMERIC = /(?<![\w/-]|\d\.)(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?![\w/]|[.-]\d)/g;
const DAY_ISO = /(?<![\w/-]|\d\.)(\d{4})-(\d{2})-(\d{2})(?![\w/]|-\d)/g;

/** Every full date (day, month and year) a text prints, in order. */
export function daysIn(input: string): DayAt[] {
  const text = input.replace(/\u00a0/g, ' ');
  const out: DayAt[] = [];
  const add = (m: RegExpMatchArray, year: number, month: number | undefined, day: number) => {
    if (month !== undefined && valid(year, month, day)) out.push({ ...span(m[0], year, month, day), index: m.index! });
  };
  for (const m of text.matchAll(DAY_WRITTEN)) add(m, Number(m[3]), monthNumber(m[2]), Number(m[1]));
  for (const m of text.matchAll(DAY_NUMERIC)) add(m, Number(m[4]), Number(m[3]), Number(m[1]));
  for (const m of text.matchAll(DAY_ISO)) add(m, Number(m[1]), Number(m[2]), Number(m[3]));
  return out.sort((a, b) => a.index - b.index);
}
