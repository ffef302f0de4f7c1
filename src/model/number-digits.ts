// The digits of one printed number and its separators: Indonesian (1.234.567,89) or English
// (1,234,567.89) convention; a single separator before three digits left open ("24.577"); and
// digits grouped wrongly ("10.924024.550", "650.290.147.50", "12,,5") recognised as malformed, with
// the readings a person could take them for, instead of being read as some other number.

export type NumberStyle = 'id' | 'en';

/** Why a printed number is malformed. */
export type MalformedReason =
  /** A group between thousands separators that is not three digits ("10.924024.550", "1.2.3"). */
  | 'grouping'
  /** One separator used both for thousands and for decimals ("650.290.147.50"), or decimals twice. */
  | 'separators'
  /** Two separators in a row ("12,,5"). */
  | 'doubled';

export interface Reading {
  value: number;
  exact: string;
  decimals: number;
}

export interface Digits {
  exact: string;
  decimals: number;
  style?: NumberStyle;
  /** Both readings of a single separator before three digits; `exact` is the chosen one. */
  open?: { chosen: NumberStyle; other: Reading; reason: string };
}

export interface Malformed {
  malformed: MalformedReason;
  readings: Reading[];
}

export interface DigitOptions {
  prefer?: NumberStyle;
  /** Whole amounts (Rupiah): a separator before three digits is a thousands separator. */
  money?: boolean;
}

/** Reads a run of digits and separators ("1.234,5"; no spaces, no sign). */
export function readDigits(body: string, options: DigitOptions): Digits | Malformed {
  if (/[.,]{2}/.test(body)) return malformed('doubled', body, options);
  const dots = count(body, '.');
  const commas = count(body, ',');
  if (dots === 0 && commas === 0) return { exact: stripZeros(body), decimals: 0 };

  if (dots > 0 && commas > 0) {
    // Both separators: the last one is the decimal separator.
    const decimalSep = body.lastIndexOf(',') > body.lastIndexOf('.') ? ',' : '.';
    const thousandsSep = decimalSep === ',' ? '.' : ',';
    const [intPart, frac] = splitLast(body, decimalSep);
    if (intPart.includes(decimalSep)) return malformed('separators', body, options);
    // "3.8000.000.000,00": the decimal separator is plain, only the grouping is wrong.
    if (!validGroups(intPart, thousandsSep)) return malformed('grouping', body, options, true);
    return { exact: join(intPart.split(thousandsSep).join(''), frac), decimals: frac.length, style: decimalSep === ',' ? 'id' : 'en' };
  }

  const sep = dots > 0 ? '.' : ',';
  if (dots + commas > 1) {
    if (validGroups(body, sep)) return { exact: stripZeros(body.split(sep).join('')), decimals: 0, style: sep === '.' ? 'id' : 'en' };
    // "650.290.147.50": thousands groups, then a short last group that can only be decimals.
    const [intPart, frac] = splitLast(body, sep);
    return malformed(frac.length < 3 && validGroups(intPart, sep) ? 'separators' : 'grouping', body, options);
  }
  const [intPart, frac] = splitLast(body, sep);
  const asDecimal: Digits = { exact: join(intPart, frac), decimals: frac.length, style: sep === ',' ? 'id' : 'en' };
  if (frac.length !== 3 || intPart === '0' || intPart.length > 3) return asDecimal;
  const asThousands: Digits = { exact: stripZeros(intPart + frac), decimals: 0, style: sep === '.' ? 'id' : 'en' };
  // Rupiah amounts are whole numbers in practice.
  if (options.money) return asThousands;
  const styleIfThousands: NumberStyle = sep === '.' ? 'id' : 'en';
  const chosenStyle = options.prefer ?? 'id';
  const chosen = chosenStyle === styleIfThousands ? asThousands : asDecimal;
  const other = chosen === asThousands ? asDecimal : asThousands;
  return {
    ...chosen,
    open: {
      chosen: chosenStyle,
      other: { value: Number(other.exact), exact: other.exact, decimals: other.decimals },
      reason: `"${body}" reads as ${Number(asThousands.exact)} with "${sep}" as thousands separator or ${Number(asDecimal.exact)} as decimal separator`,
    },
  };
}

export function isMalformed(d: Digits | Malformed): d is Malformed {
  return 'malformed' in d;
}

/**
 * What a malformed number means if only its separators are wrong: a last group of one or two digits
 * (or after the one decimal separator) is decimals ("650.290.147.50" → 650.290.147,50); a last group
 * of three is a thousands group — or, except in a Rupiah amount, decimals; a longer one is not
 * decimals. None when a group inside is short ("198.03.000"): a digit is missing, and no reading of
 * the separators gives the number back.
 */
function malformed(reason: MalformedReason, body: string, options: DigitOptions, decimalKnown = false): Malformed {
  const groups = body.split(/[.,]+/);
  if (groups.slice(1, -1).some((g) => g.length < 3)) return { malformed: reason, readings: [] };
  const whole = stripZeros(groups.join(''));
  const asWhole: Reading = { value: Number(whole), exact: whole, decimals: 0 };
  const frac = groups[groups.length - 1];
  const exact = join(groups.slice(0, -1).join(''), frac);
  const asDecimal: Reading = { value: Number(exact), exact, decimals: frac.length };
  if (decimalKnown || frac.length < 3) return { malformed: reason, readings: [asDecimal] };
  if (frac.length === 3 && !options.money) return { malformed: reason, readings: [asWhole, asDecimal] };
  return { malformed: reason, readings: [asWhole] };
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

function splitLast(s: string, sep: string): [string, string] {
  const i = s.lastIndexOf(sep);
  return [s.slice(0, i), s.slice(i + 1)];
}

function validGroups(s: string, sep: string): boolean {
  const groups = s.split(sep);
  return groups[0].length >= 1 && groups[0].length <= 3 && groups.slice(1).every((g) => g.length === 3);
}

function stripZeros(digits: string): string {
  const t = digits.replace(/^0+(?=\d)/, '');
  return t === '' ? '0' : t;
}

function join(intPart: string, frac: string): string {
  const i = stripZeros(intPart.replace(/[.,]/g, ''));
  return frac.length ? `${i}.${frac}` : i;
}
