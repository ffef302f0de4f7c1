// What stands around the digits of a printed value: the Rupiah sign, a percent sign, a scale word
// ("2,5 miliar"), unit words ("12 laporan", "45 media massa", "10 kab/kota"), a qualifier in
// brackets ("82,45 (mutu B)"), a footnote mark ("203,440*", "12¹", "95,5**)"), a bound ("≥ 75",
// "min. 80", "maks 5") — and the words that say a value is empty or not available.

export const EMPTY = /^(?:-+|–|—|−|\.|…|)$/;
/** The report states that the value is not available: "n/a", "n.a.", "belum rilis", "#DIV/0!". */
export const NOT_AVAILABLE =
  /^(?:n\.?\/?a\.?|t\.?\/?a\.?|tidak ada(?: data)?|tidak tersedia|nihil|#div\/0!?|#n\/a|(?:data\s+)?belum\s+(?:ada|tersedia|rilis|dirilis|terbit|diterbitkan|keluar|dihitung|diukur)(?:\s+data)?(?:\s*\([^()]*\))?|menunggu\s+rilis(?:\s+[\p{L}]+)?|tidak\s+(?:dapat\s+)?diukur)$/iu;

export type BoundOp = '>=' | '>' | '<=' | '<';

const BOUND_WORDS: [RegExp, BoundOp][] = [
  [/^(?:≥|>=|=>|min(?:imal|imum)?\b\.?|paling\s+(?:sedikit|rendah)|sekurang-kurangnya|setidak-tidaknya|setidaknya|tidak\s+kurang\s+dari)\s*:?\s*/i, '>='],
  [/^(?:≤|<=|=<|maks(?:imal|imum)?\b\.?|max(?:imal|imum)?\b\.?|paling\s+(?:banyak|tinggi)|setinggi-tingginya|sebanyak-banyaknya|tidak\s+lebih\s+dari)\s*:?\s*/i, '<='],
  [/^(?:>|lebih\s+dari|di\s?atas)\s*/i, '>'],
  [/^(?:<|kurang\s+dari|di\s?bawah)\s*/i, '<'],
];
const BOUND_AFTER: [RegExp, BoundOp][] = [
  [/\s*(?:ke\s?atas|atau\s+lebih)$/i, '>='],
  [/\s*(?:ke\s?bawah|atau\s+kurang)$/i, '<='],
];

/** A bound written before ("≥ 75", "min. 80") or after ("75 ke atas") the number: the operator and the rest. */
export function splitBound(text: string): { op: BoundOp; rest: string } | undefined {
  for (const [re, op] of BOUND_WORDS) {
    const m = re.exec(text);
    if (m && m[0].length < text.length) return { op, rest: text.slice(m[0].length) };
  }
  for (const [re, op] of BOUND_AFTER) {
    const m = re.exec(text);
    if (m && m.index > 0) return { op, rest: text.slice(0, m.index) };
  }
  return undefined;
}

const SCALE_WORDS: Record<string, number> = { ribu: 3, rb: 3, juta: 6, jt: 6, miliar: 9, milyar: 9, triliun: 12, trilyun: 12 };

export interface Affixes {
  percent?: boolean;
  rupiah?: boolean;
  scale?: { word: string; power: number };
  unitText?: string;
  qualifier?: string;
  mark?: string;
}

const MARK = /^(?:\*{1,3}\s?\)?|\(\s?\*{1,3}\s?\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+\)?)/;
const PERCENT = /^(?:%|persen\b|prosen\b)/i;
const SCALE = /^(ribu|rb|juta|jt|miliar|milyar|triliun|trilyun)\b\.?/i;
const RUPIAH_WORD = /^rupiah\b/i;
const QUALIFIER = /^\(\s*([^()]{1,40}?)\s*\)/;
const WORD = String.raw`[\p{L}‰°][\p{L}.'’²³]*`;
// Unit words: "laporan", "media massa", "kab/kota", "Orang / Tenaga Kerja", "persh.", "‰".
const UNIT = new RegExp(String.raw`^${WORD}(?:\s*[/&]\s*${WORD}|\s+${WORD})*`, 'u');
// Words that make a sentence of it ("1 % dari jumlah penduduk"), not a unit.
const NOT_UNIT = /^(?:dari|di|ke|yang|dan|atau|dengan|untuk|pada|dalam|sebanyak|sejumlah|se|terhadap|oleh|bagi|adalah|yaitu|sebesar|naik|turun|meningkat|menurun)$/i;
const MAX_UNIT_WORDS = 3;
const MAX_UNIT_LENGTH = 32;

/** Reads what follows the digits; undefined when it is not made only of affixes. */
export function readAffixes(rest: string): Affixes | undefined {
  let s = rest.trim();
  const a: Affixes = {};
  let m: RegExpExecArray | null;
  while (s) {
    if (!a.mark && (m = MARK.exec(s))) a.mark = m[0].replace(/\s+/g, '');
    else if (!a.percent && !a.unitText && (m = PERCENT.exec(s))) a.percent = true;
    else if (!a.scale && !a.unitText && !a.percent && (m = SCALE.exec(s))) a.scale = { word: m[1], power: SCALE_WORDS[m[1].toLowerCase()] };
    else if (!a.rupiah && !a.unitText && !a.percent && (m = RUPIAH_WORD.exec(s))) a.rupiah = true;
    else if (!a.qualifier && (m = QUALIFIER.exec(s))) a.qualifier = m[1];
    else if (!a.unitText && (m = UNIT.exec(s)) && isUnit(m[0])) a.unitText = m[0];
    else if ((m = /^[;:,.]+$/.exec(s))) break;
    else return undefined;
    s = s.slice(m[0].length).trim();
  }
  return a;
}

function isUnit(text: string): boolean {
  const words = text.split(/\s*[/&]\s*|\s+/);
  const spaced = text.replace(/\s*([/&])\s*/g, '$1').split(/\s+/);
  return text.length <= MAX_UNIT_LENGTH && spaced.length <= MAX_UNIT_WORDS && !words.some((w) => NOT_UNIT.test(w));
}
