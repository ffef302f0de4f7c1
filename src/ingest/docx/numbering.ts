// word/numbering.xml: the printed label of each numbered paragraph ("BAB I", "A.", "1.", "a)",
// "•"), which Word computes and never stores in the text. Counters belong to the abstract list, as
// in Word: two lists (w:num) of one abstract list continue each other unless one restarts a level
// with a start override. A level counting up resets the levels below it.
import { toRoman } from '../../domain/roman-numerals.js';
import { children, child, val, type XNode } from './xml.js';

interface Level {
  start: number;
  format: string;
  text: string;
  /** "Legal" numbering: the other levels' numbers print in decimal. */
  legal: boolean;
  /** The paragraph style the level belongs to (a numbered heading style). */
  style?: string;
}

interface Num {
  abstractId: string;
  /** Levels this list restarts at a given number. */
  overrides: Map<number, number>;
  /** Levels this list redefines. */
  levels: Map<number, Level>;
}

export class Numbering {
  private readonly abstract = new Map<string, Map<number, Level>>();
  private readonly nums = new Map<string, Num>();
  /** Current counter per abstract list and level. */
  private readonly counters = new Map<string, number[]>();
  /** Lists whose start overrides were applied. */
  private readonly started = new Set<string>();

  /** `numberingStyles`: numbering style id → the numId it numbers with (from styles.xml). */
  constructor(root: XNode | undefined, numberingStyles: Map<string, string> = new Map()) {
    if (!root) return;
    const links = new Map<string, string>();
    for (const a of children(root, 'w:abstractNum')) {
      const id = a.attrs['w:abstractNumId'];
      if (id === undefined) continue;
      this.abstract.set(id, readLevels(a));
      const link = val(a, 'w:numStyleLink');
      if (link) links.set(id, link);
    }
    for (const n of children(root, 'w:num')) {
      const id = n.attrs['w:numId'];
      const abstractId = val(n, 'w:abstractNumId');
      if (id === undefined || abstractId === undefined) continue;
      const overrides = new Map<number, number>();
      const levels = new Map<number, Level>();
      for (const o of children(n, 'w:lvlOverride')) {
        const ilvl = Number(o.attrs['w:ilvl']);
        const start = val(o, 'w:startOverride');
        if (start !== undefined) overrides.set(ilvl, Number(start) || 0);
        const lvl = child(o, 'w:lvl');
        if (lvl) levels.set(ilvl, readLevel(lvl));
      }
      this.nums.set(id, { abstractId, overrides, levels });
    }
    // An abstract list that only points at a numbering style takes the levels of the list that
    // style numbers with (its w:numPr/w:numId), as Word does.
    for (const [id, link] of links) {
      const via = numberingStyles.get(link);
      const target = via !== undefined ? this.nums.get(via)?.abstractId : undefined;
      const levels = target !== undefined && target !== id ? this.abstract.get(target) : undefined;
      if (levels) this.abstract.set(id, levels);
    }
  }

  /**
   * The label of the next paragraph in list `numId` at level `ilvl` (counting it), or undefined when
   * the list prints nothing. `style` finds the level of a heading style linked to a list level.
   */
  next(numId: string, ilvl: number | undefined, style?: string): string | undefined {
    const num = this.nums.get(numId);
    if (!num) return undefined; // numId 0 (numbering removed) or unknown
    const levels = this.abstract.get(num.abstractId);
    const levelOf = (i: number) => num.levels.get(i) ?? levels?.get(i);
    let level = ilvl;
    if (level === undefined && style && levels) for (const [i, l] of levels) if (l.style === style) level = i;
    level = Math.min(8, Math.max(0, level ?? 0));
    const def = levelOf(level);
    if (!def) return undefined;
    const counters = this.counters.get(num.abstractId) ?? Array(9).fill(undefined);
    this.counters.set(num.abstractId, counters);
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [i, start] of num.overrides) counters[i] = start - 1;
    }
    counters[level] = counters[level] === undefined ? def.start : counters[level] + 1;
    for (let i = level + 1; i < 9; i++) counters[i] = undefined;
    if (def.format === 'none') return undefined;
    if (def.format === 'bullet') return bulletText(def.text);
    const label = def.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const l = levelOf(i);
      const n = counters[i] ?? l?.start ?? 1;
      return formatNumber(n, def.legal && i !== level ? 'decimal' : (l?.format ?? 'decimal'));
    });
    return label.trim() || undefined;
  }
}

function readLevels(abstractNum: XNode): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of children(abstractNum, 'w:lvl')) levels.set(Number(lvl.attrs['w:ilvl'] ?? 0) || 0, readLevel(lvl));
  return levels;
}

function readLevel(lvl: XNode): Level {
  const start = Number(val(lvl, 'w:start') ?? 1);
  return {
    start: Number.isFinite(start) ? start : 1,
    format: val(lvl, 'w:numFmt') ?? 'decimal',
    text: val(lvl, 'w:lvlText') ?? '',
    legal: child(lvl, 'w:isLgl') !== undefined,
    style: val(lvl, 'w:pStyle'),
  };
}

/** Bullets drawn from Symbol/Wingdings code points (U+F0xx) print as a plain bullet. */
function bulletText(text: string): string {
  const t = text.trim();
  if (!t || /[\uf000-\uf0ff]/.test(t)) return '•';
  return t;
}


/** Word's letter numbering: A … Z, then AA … ZZ, AAA … */
function letters(n: number): string {
  if (n > 26 * 10) return String(n);
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
  if (n < 1 && format !== 'decimal' && format !== 'decimalZero') return String(n);
  switch (format) {
    case 'upperRoman':
      return n < 4000 ? toRoman(n) : String(n);
    case 'lowerRoman':
      return n < 4000 ? toRoman(n).toLowerCase() : String(n);
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    default:
      return String(n);
  }
}
