// What a finding rests on: the uncertain readings (schema `Reading`) of the places and values it
// involves. A finding that rests on one is at most a warning and says so; the texts are data in
// rules/readings.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isParsed } from '../domain/quantity.js';
import { packageRoot } from './package-root.js';
import type { Lang, Localized, Subject } from './types.js';

interface ReadingTexts {
  readings: Record<string, Localized>;
  restsOn: { downgraded: Localized; kept: Localized };
  fanOut: { table: Localized; inferred: Localized; column: Localized; absence: Localized; document: Localized };
}

let texts: ReadingTexts | undefined;

export function readingTexts(): ReadingTexts {
  texts ??= JSON.parse(readFileSync(join(packageRoot, 'rules', 'readings.json'), 'utf8')) as ReadingTexts;
  return texts;
}

/** The uncertain readings a subject's place, stated values and related places rest on, in a stable order. */
export function readingsOf(subject: Subject): string[] {
  const found = new Set<string>();
  const add = (r: unknown) => typeof r === 'string' && found.add(r);
  add(subject.loc.reading);
  for (const r of subject.readings ?? []) add(r);
  for (const rel of subject.related ?? []) add(rel.location.reading);
  const visit = (x: unknown) => {
    if (isParsed(x)) add((x as { loc?: { reading?: string } }).loc?.reading);
    else if (Array.isArray(x)) for (const v of x) if (isParsed(v)) add((v as { loc?: { reading?: string } }).loc?.reading);
  };
  for (const v of Object.values(subject.facts)) visit(v);
  return [...found].sort();
}

/** "(a warning only: it rests on an uncertain reading — the column was read from its position …)". */
export function restsOnNote(readings: string[], downgraded: boolean, lang: Lang): string {
  const t = readingTexts();
  const list = readings.map((r) => t.readings[r]?.[lang] ?? r).join('; ');
  return t.restsOn[downgraded ? 'downgraded' : 'kept'][lang].replace('{readings}', list);
}
