// ignorePatterns: globs matched with picomatch (`*`, `**`, `?`, classes, braces) as ESLint users
// write them: relative to the configuration file's folder; a pattern without a slash matches a
// name at any depth; a pattern matching a folder ignores what is inside it; `!pattern` takes back
// what an earlier pattern ignored (the last matching pattern decides).
//
// Bounded: a glob becomes a backtracking regular expression, and several `*` in one path segment
// make it exponential on a long name (`*a*a*a*a*a*a*a*a*a*b` against 40 letters: over a minute).
// So a pattern may hold at most MAX_STARS wildcards per segment and MAX_GLOBSTARS `**` segments,
// extglobs (`+(a|b)`, nested quantifiers) are not taken, and patterns are few and short; with these
// limits a match takes at most a few milliseconds whatever the file name.
import picomatch from 'picomatch';

export const MAX_PATTERNS = 100;
export const MAX_PATTERN_LENGTH = 200;
export const MAX_STARS = 3;
export const MAX_GLOBSTARS = 4;

/** Why a pattern is refused (English and Indonesian), or undefined when it is fine. */
export function patternProblem(pattern: string): { id: string; en: string } | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return { id: `lebih dari ${MAX_PATTERN_LENGTH} karakter`, en: `longer than ${MAX_PATTERN_LENGTH} characters` };
  const segments = pattern.replace(/^!/, '').split('/');
  if (segments.filter((s) => s === '**').length > MAX_GLOBSTARS) return { id: `lebih dari ${MAX_GLOBSTARS} segmen **`, en: `more than ${MAX_GLOBSTARS} ** segments` };
  for (const s of segments) if (s !== '**' && (s.match(/\*+/g)?.length ?? 0) > MAX_STARS) return { id: `lebih dari ${MAX_STARS} * dalam satu segmen ("${s}")`, en: `more than ${MAX_STARS} * in one segment ("${s}")` };
  return undefined;
}

export interface IgnoreMatcher {
  (relativePath: string): boolean;
}

/** A matcher for forward-slash paths relative to the patterns' folder. */
export function ignoreMatcher(patterns: readonly string[]): IgnoreMatcher {
  const compiled = patterns.map((p) => {
    const negated = p.startsWith('!');
    const body = (negated ? p.slice(1) : p).replace(/^\.\//, '').replace(/\/+$/, '');
    const anchored = body.includes('/');
    const test = picomatch(anchored ? body.replace(/^\//, '') : `**/${body}`, { dot: true, noextglob: true });
    return { negated, test };
  });
  return (path) => {
    // The path and each folder above it: a pattern naming a folder ignores its content.
    const parts = path.split('/');
    const candidates = parts.map((_, i) => parts.slice(0, i + 1).join('/'));
    let ignored = false;
    for (const { negated, test } of compiled) if (candidates.some((c) => test(c))) ignored = !negated;
    return ignored;
  };
}
