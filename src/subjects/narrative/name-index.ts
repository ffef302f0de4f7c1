// Which names a text covers, by looking its words up rather than comparing it with every name:
// each sentence of the prose was compared with every indicator of the measurement table, which
// made the narrative checks quadratic in the size of a report. Gives exactly `coverage` (text.ts)
// for every name the text shares a word with; every other name has a share of 0.
import { nameTokens, sameToken } from './text.js';

/** sameToken of two words of 4 letters or more needs their first 4 letters equal; shorter ones, equality. */
const keyOf = (token: string) => (token.length >= 4 ? `>${token.slice(0, 4)}` : `=${token}`);

export interface Covered {
  index: number;
  share: number;
  matched: number;
  size: number;
}

export class NameIndex {
  private readonly byKey = new Map<string, { index: number; token: number; text: string }[]>();
  private readonly sizes: number[];

  /** `weak`: words the whole report repeats, left out of a name that keeps two others (as `coverage`). */
  constructor(names: readonly string[], weak?: ReadonlySet<string>) {
    this.sizes = names.map((name, index) => {
      const all = nameTokens(name);
      const strong = weak?.size ? all.filter((t) => !weak.has(t)) : all;
      const tokens = strong.length >= 2 ? strong : all;
      tokens.forEach((text, token) => {
        const key = keyOf(text);
        const list = this.byKey.get(key);
        if (list) list.push({ index, token, text });
        else this.byKey.set(key, [{ index, token, text }]);
      });
      return tokens.length;
    });
  }

  /** `coverage(name, textTokens, weak)` of each name with at least one word matched, in name order. */
  covered(textTokens: readonly string[]): Covered[] {
    const matched = new Map<number, Set<number>>();
    for (const u of new Set(textTokens))
      for (const e of this.byKey.get(keyOf(u)) ?? []) {
        if (!sameToken(e.text, u)) continue;
        let set = matched.get(e.index);
        if (!set) matched.set(e.index, (set = new Set()));
        set.add(e.token);
      }
    return [...matched.keys()]
      .sort((a, b) => a - b)
      .map((index) => ({ index, matched: matched.get(index)!.size, size: this.sizes[index], share: matched.get(index)!.size / this.sizes[index] }));
  }
}
