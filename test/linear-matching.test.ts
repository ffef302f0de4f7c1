// The indexes that keep name matching linear in the size of a report (src/domain/match-candidates.ts,
// src/domain/same-text-index.ts, the two-round `assign`) must answer exactly what comparing every
// pair answered: each is checked here against that scan, on random lists of names drawn from a small
// vocabulary with typos, abbreviations, repeats and numbering (fast-check, fixed seed). The same
// for src/subjects/narrative/name-index.ts, which finds the indicators a sentence names.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign, compare, MATCH_THRESHOLD, type MatchInfo } from '../src/domain/match.js';
import { CandidateIndex } from '../src/domain/match-candidates.js';
import { prepare } from '../src/domain/match.js';
import { SameTextIndex } from '../src/domain/same-text-index.js';
import { sameText } from '../src/domain/sasaran-scope.js';
import { NameIndex } from '../src/subjects/narrative/name-index.js';
import { coverage, nameTokens } from '../src/subjects/narrative/text.js';
import { normalizeText } from '../src/domain/text.js';

fc.configureGlobal({ seed: 20_240_611, numRuns: 200 });

const WORDS = [
  'persentase', 'prosentase', 'nilai', 'survey', 'survei', 'sirvey', 'kepuasan', 'masyarakat', 'pelayanan', 'pelayana', 'publik', 'desa',
  'koordinasi', 'kordinasi', 'pemerintahan', 'meningkatnya', 'peningkatan', 'kualitas', 'kwalitas', 'SKM', '(SKM)', 'dan', 'yang', '1.', 'a)',
  'tindak', 'lanjut', 'ditindaklanjuti', 'dokumen', 'perencanaan', 'tepat', 'waktu', 'satu', '1 (satu)', 'tahun', '-', '',
];
const name = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 7 }).map((w) => w.join(' '));
const names = fc.array(name, { minLength: 0, maxLength: 14 });

/** `assign` as it was: every pair compared, ranked, taken greedily; nearest by a scan of every pair. */
function assignByScan(as: string[], bs: string[], allow?: (a: string, b: string) => boolean) {
  const rank = (m: MatchInfo) => m.score + (m.method === 'exact' ? 0.002 : m.method === 'normalised' ? 0.001 : 0);
  const all: { ai: number; bi: number; match: MatchInfo }[] = [];
  const nearestOfA = new Map<number, { bi: number; match: MatchInfo }>();
  const nearestOfB = new Map<number, { ai: number; match: MatchInfo }>();
  as.forEach((a, ai) =>
    bs.forEach((b, bi) => {
      if (allow && !allow(a, b)) return;
      const match = compare(a, b);
      all.push({ ai, bi, match });
      const na = nearestOfA.get(ai);
      if (!na || rank(match) > rank(na.match)) nearestOfA.set(ai, { bi, match });
      const nb = nearestOfB.get(bi);
      if (!nb || rank(match) > rank(nb.match)) nearestOfB.set(bi, { ai, match });
    }),
  );
  const taken: { ai: number; bi: number; match: MatchInfo }[] = [];
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  for (const p of all.filter((p) => p.match.score >= MATCH_THRESHOLD).sort((p, q) => rank(q.match) - rank(p.match) || p.ai - q.ai || p.bi - q.bi)) {
    if (usedA.has(p.ai) || usedB.has(p.bi)) continue;
    usedA.add(p.ai);
    usedB.add(p.bi);
    taken.push(p);
  }
  const closestFree = (ai: number) => {
    let free: { bi: number; match: MatchInfo } | undefined;
    bs.forEach((b, bi) => {
      if (usedB.has(bi)) return;
      const match = compare(as[ai], b);
      if (!free || match.score > free.match.score) free = { bi, match };
    });
    return free && free.match.score >= 0.35 ? free : undefined;
  };
  return { taken, nearestOfA, nearestOfB, closestFree };
}

describe('matching indexes give what a scan of every pair gives', () => {
  it('assign: the same pairs in the same order, the same nearest and closest free partners', () => {
    fc.assert(
      fc.property(names, names, fc.boolean(), (as, bs, withAllow) => {
        const allow = withAllow ? (a: string, b: string) => (a.length + b.length) % 3 !== 0 : undefined;
        const got = assign(as, bs, (x) => x, (x) => x, { allow });
        const want = assignByScan(as, bs, allow);
        // byB's order is the order in which pairs were taken (swap() relies on it).
        expect([...got.byB.values()].map((p) => [p.ai, p.bi, p.match])).toEqual(want.taken.map((p) => [p.ai, p.bi, p.match]));
        as.forEach((_, ai) => {
          const n = got.nearestOfA.get(ai);
          expect(n && { bi: n.bi, match: n.match }).toEqual(want.nearestOfA.get(ai));
          const f = got.closestFreeOfA(ai, 0.35);
          expect(f && { bi: f.bi, match: f.match }).toEqual(want.closestFree(ai));
        });
        bs.forEach((_, bi) => {
          const n = got.nearestOfB.get(bi);
          expect(n && { ai: n.ai, match: n.match }).toEqual(want.nearestOfB.get(bi));
        });
      }),
    );
  });

  it('CandidateIndex: every text that reaches the threshold is a candidate', () => {
    fc.assert(
      fc.property(names, name, fc.constantFrom(0.35, 0.5, 0.7, 1), (list, q, t) => {
        const index = new CandidateIndex(list.map(prepare));
        const candidates = new Set(index.candidates(prepare(q), t));
        list.forEach((x, i) => {
          if (compare(q, x).score >= t) expect(candidates.has(i), `"${q}" ~ "${x}"`).toBe(true);
        });
      }),
    );
  });

  it('SameTextIndex: first, has and all answer what scanning with sameText answers', () => {
    fc.assert(
      fc.property(names, names, (added, queries) => {
        const index = new SameTextIndex([...added, ...queries]);
        added.forEach((t, i) => index.add(t, i));
        for (const q of queries) {
          const i = added.findIndex((t) => sameText(t, q));
          expect(index.first(q)).toBe(i < 0 ? undefined : i);
          expect(index.has(q)).toBe(i >= 0);
          expect(index.all(q)).toEqual(added.flatMap((t, j) => (sameText(t, q) ? [j] : [])));
        }
      }),
    );
  });

  it('NameIndex: the coverage of every name that shares a word with the text, in name order, with or without weak words', () => {
    fc.assert(
      fc.property(names, name, name, (list, text, repeated) => {
        const tokens = normalizeText(text).split(' ').filter(Boolean);
        const weak = new Set(nameTokens(repeated));
        for (const w of [undefined, weak]) {
          const want = list.flatMap((n, index) => {
            const c = coverage(n, tokens, w);
            return c.matched > 0 ? [{ index, ...c }] : [];
          });
          expect(new NameIndex(list, w).covered(tokens)).toEqual(want);
        }
      }),
    );
  });
});

// Grouping by copying the list on every add (`map.set(k, [...(map.get(k) ?? []), v])`) is
// quadratic in the size of a group: a table of 10 000 rows grouped that way cost seconds. Use
// pushTo (src/util/multimap.ts). The scan looks for that pattern in every source file.
describe('grouping stays linear', () => {
  it('no source file groups by copying the list on every add', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const copying = /\.set\(([^,]+), \[\.\.\.\(\s*[\w.]+\.get\(\1\) \?\? \[\]\), /;
    const offenders: string[] = [];
    const visit = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) visit(p);
        else if (p.endsWith('.ts') && copying.test(readFileSync(p, 'utf8'))) offenders.push(p);
      }
    };
    visit('src');
    visit('rules');
    expect(copying.test('byNip.set(s.nipDigits, [...(byNip.get(s.nipDigits) ?? []), s]);')).toBe(true);
    expect(offenders).toEqual([]);
  });
});
