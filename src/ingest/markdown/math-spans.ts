// TeX math in Markdown (`$…$`, `$$…$$`, as pandoc writes formulas) is not Markdown: `100\%` must stay
// `100\%`, not become `100%`, and `a*b*c` must not become emphasis. remark-math is not a dependency,
// so math spans are swapped for inert placeholders of the same length before parsing (positions do
// not move) and restored in the extracted text.

const MARK = '\uE000';
const FILL = '\uE001';
const DIGIT0 = 0xe100;
const BASE = 4096;
const PLACEHOLDER = /\uE000([\uE100-\uF0FF])([\uE100-\uF0FF])\uE001*/g;

/** Characters Markdown would act on inside a span; spans without any are left alone. */
const ACTIVE = /[\\*_`<\[&~]/;

export class MathSpans {
  private readonly spans: string[] = [];

  /** Replaces protectable math spans in one line; the result has the same length. */
  protectLine(line: string): string {
    if (!line.includes('$')) return line;
    let out = '';
    let i = 0;
    while (i < line.length) {
      const span = findSpan(line, i);
      if (!span) {
        out += line.slice(i);
        break;
      }
      const [start, end] = span;
      const text = line.slice(start, end);
      out += line.slice(i, start);
      out += this.protectable(text) ? this.placeholder(text) : text;
      i = end;
    }
    return out;
  }

  /** A whole line of a multi-line `$$` block. */
  protectWholeLine(line: string): string {
    return line.length >= 3 && this.protectable(line) ? this.placeholder(line) : line;
  }

  restore(text: string): string {
    if (!text.includes(MARK)) return text;
    return text.replace(PLACEHOLDER, (whole, hi: string, lo: string) => {
      const index = (hi.charCodeAt(0) - DIGIT0) * BASE + (lo.charCodeAt(0) - DIGIT0);
      return this.spans[index] ?? whole;
    });
  }

  private protectable(text: string): boolean {
    // A `|` may be a table cell boundary: hiding it would change the table.
    return ACTIVE.test(text) && !text.includes('|') && this.spans.length < BASE * BASE;
  }

  private placeholder(text: string): string {
    const index = this.spans.length;
    this.spans.push(text);
    const hi = String.fromCharCode(DIGIT0 + Math.floor(index / BASE));
    const lo = String.fromCharCode(DIGIT0 + (index % BASE));
    return MARK + hi + lo + FILL.repeat(text.length - 3);
  }
}

/** The next math span at or after `from` by pandoc's rules, as [start, end). */
function findSpan(line: string, from: number): [number, number] | undefined {
  for (let i = from; i < line.length; i++) {
    if (line[i] !== '$' || isEscaped(line, i)) continue;
    if (line[i + 1] === '$') {
      const close = line.indexOf('$$', i + 2);
      if (close > i + 2) return [i, close + 2];
      i++;
      continue;
    }
    // Inline: `$` then non-space … non-space then `$` not followed by a digit.
    if (i + 1 >= line.length || /\s/.test(line[i + 1])) continue;
    for (let j = i + 2; j < line.length; j++) {
      if (line[j] !== '$' || isEscaped(line, j)) continue;
      if (/\s/.test(line[j - 1]) || /[0-9]/.test(line[j + 1] ?? '')) continue;
      return [i, j + 1];
    }
  }
  return undefined;
}

function isEscaped(line: string, i: number): boolean {
  let n = 0;
  for (let k = i - 1; k >= 0 && line[k] === '\\'; k--) n++;
  return n % 2 === 1;
}
