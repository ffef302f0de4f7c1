// Subjects for the legal basis: regulations cited although repealed, the SAKIP regulations a
// report's dasar hukum should name, and a ministry's name written as the type of an instrument.
import type { Loc, Model } from '../../model/types.js';
import { citationLabel, regulationKey, type RegulationRef } from '../../domain/citations.js';
import { cites, historical, known, ministryAsInstrument, otherType, SAKIP_BASIS, statusOf } from '../../domain/legal-basis.js';
import { clip } from '../../domain/text.js';
import type { Subject } from '../../engine/types.js';
import { subjectKey } from '../subject-key.js';
import { citedRegulations, type Cited } from './cited.js';
import { pushTo } from '../../util/multimap.js';

/** "Peraturan Presiden Nomor 29 Tahun 2014"; "… Nomor 239/IX/6/8/2003" for a number issued in segments. */
function fullLabel(r: RegulationRef): string {
  const official = known(r)?.officialNumber;
  return official ? citationLabel({ issuer: r.issuer, number: official }) : `${citationLabel(r)} Tahun ${r.year}`;
}

const DASAR_HUKUM = /\b(?:dasar|landasan)\s+hukum\b/i;

/** Most other places listed beside a finding. */
const MAX_RELATED = 10;

/**
 * One subject per regulation with a status (repealed, or implementing a repealed one) the report
 * cites, at its first citation not told as history.
 */
function regulationStatus(model: Model): Subject[] {
  const byKey = new Map<string, Cited[]>();
  for (const item of citedRegulations(model)) {
    if (!statusOf(item.c)) continue;
    const k = `${regulationKey(item.c)}:${item.c.year}`;
    pushTo(byKey, k, item);
  }
  return [...byKey.values()].map((items) => {
    const k = statusOf(items[0].c)!;
    const status = k.status!;
    const current = items.filter((i) => !historical(i.passage, i.peers, k));
    // Its place in the dasar hukum list, if it stands there.
    const at = current.find((i) => DASAR_HUKUM.test(i.loc.section ?? '')) ?? current[0] ?? items[0];
    return {
      type: 'regulation-status',
      key: subjectKey('regulation-status', regulationKey(k), k.year),
      loc: at.loc,
      evidence: clip(at.c.text, 200),
      related: items
        .filter((i) => i !== at)
        .slice(0, MAX_RELATED)
        .map((i) => ({ location: i.loc, evidence: clip(i.c.text, 160) })),
      facts: {
        regulation: fullLabel(k),
        state: status.state,
        replacedBy: status.by.map(fullLabel).join(', '),
        implements: status.implements ? fullLabel(status.implements) : '',
        implementsRepealedBy: (status.implements && known(status.implements)?.status?.by.map(fullLabel).join(', ')) || '',
        since: status.since,
        reportYear: model.meta.tahun ?? 0,
        tahun: String(model.meta.tahun ?? ''),
        historical: current.length === 0,
        count: items.length,
      },
    };
  });
}

/**
 * The report's dasar hukum against the SAKIP regulations: one subject when the body has a dasar
 * hukum heading (without one, the list may simply not have been read).
 */
function sakipBasis(model: Model): Subject[] {
  const heading = (model.sections ?? []).find((s) => !s.inToc && DASAR_HUKUM.test(s.title));
  if (!heading) return [];
  const cited = citedRegulations(model).map((i) => i.c);
  const texts = [...(model.paragraphs ?? []).map((p) => p.text), ...(model.sections ?? []).map((s) => s.title)];
  const missing = SAKIP_BASIS.regulations.filter((r) => !cites(cited, r, texts));
  const label = (r: RegulationRef) => {
    const k = known(r);
    return k ? `${fullLabel(r)} tentang ${k.title}` : fullLabel(r);
  };
  return [
    {
      type: 'legal-basis',
      key: subjectKey('legal-basis', 'sakip'),
      loc: heading.loc,
      evidence: clip(heading.title),
      facts: {
        missing: missing.map(label).join('; '),
        missingCount: missing.length,
        citations: cited.length,
        since: SAKIP_BASIS.since,
        sinceYear: String(SAKIP_BASIS.since),
        reportYear: model.meta.tahun ?? 0,
      },
    },
  ];
}

interface Misnamed {
  /** As written. */
  text: string;
  /** The type the instrument should have, with number and year (and title when known). */
  expected: string;
  kind: 'ministry' | 'issuer';
  key: string;
  known: boolean;
  loc: Loc;
}

/**
 * Instruments cited with the wrong type: a ministry's name as the type, or the type of another
 * known regulation with the same number, year and title. One subject per instrument.
 */
function instrumentNames(model: Model): Subject[] {
  const groups = new Map<string, Misnamed[]>();
  const push = (m: Misnamed) => pushTo(groups, m.key, m);
  const add = (text: string, loc: Loc) => {
    for (const m of ministryAsInstrument(text)) {
      const k = known({ issuer: m.issuer, number: m.number, year: m.year });
      push({
        text: m.text,
        expected: `${m.instrument} Nomor ${m.number} Tahun ${m.year}${k ? ` tentang ${k.title}` : ''}`,
        kind: 'ministry',
        key: `${m.issuer}:${m.number}:${m.year}`,
        known: !!k,
        loc,
      });
    }
  };
  for (const p of model.paragraphs ?? []) add(p.text, p.loc);
  for (const t of model.tables ?? []) if (t.title) add(t.title, t.loc);
  for (const item of citedRegulations(model)) {
    const k = otherType(item.c);
    if (k) push({ text: item.c.text, expected: `${fullLabel(k)} tentang ${k.title}`, kind: 'issuer', key: `${regulationKey(k)}:${k.year}:${item.c.issuer}`, known: true, loc: item.loc });
  }
  return [...groups.values()].map((items) => {
    const first = items[0];
    return {
      type: 'instrument-name',
      key: subjectKey('instrument-name', first.key),
      loc: first.loc,
      evidence: clip(first.text),
      related: items.slice(1, MAX_RELATED + 1).map((i) => ({ location: i.loc, evidence: clip(i.text) })),
      facts: { written: clip(first.text, 200), expected: first.expected, kind: first.kind, known: first.known, count: items.length },
    };
  });
}

export const subjects = {
  'regulation-status': regulationStatus,
  'legal-basis': sakipBasis,
  'instrument-name': instrumentNames,
};
