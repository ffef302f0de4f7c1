// Presence: the latest PK's and the IKU's indicators measured in Bab III or not, Bab III's
// indicators in the latest PK and among the IKU or not, and Bab III's sasaran in the latest PK and
// the Renstra or not. Each subject offers what the matcher found — the partner and its similarity,
// the free candidate near it, the nearest one — and the rules decide, with the similarity bound of
// a confident match in their data. Texts (documents, notes) are terms of rules/terms.json.
import type { Loc, Model, Val } from '../../model/types.js';
import { assign, formatScore, type Assignment } from '../../domain/match.js';
import { clip, normalizeText } from '../../domain/text.js';
import type { Related, Subject } from '../../engine/types.js';
import { quoteRow } from '../evidence.js';
import { subjectKey } from '../subject-key.js';
import { docKey, measuredSasaran, occurrences, type DocIndicator, type Measured, type Sasaran } from './documents.js';
import { context, presenceOfA, sameTargetValue, shownScore, swap, textOfAny, type Candidate, type Presence } from './pairings.js';

type Check = 'pk-indicator' | 'measured-vs-pk' | 'iku-indicator' | 'measured-vs-iku' | 'sasaran-vs-pk' | 'sasaran-vs-renstra';

interface PresenceExtra {
  sasaran?: string;
  target?: Val;
  /** The document the item is looked for in (a key of "consistency-doc"). */
  doc: string;
  loc: Loc;
  evidence: string;
  occurrence: number;
  /** For indicators: the two texts of the pair, reference document first, and the reference's document. */
  pair?: { ref: string; measured: string; refDoc: string };
  /** A near miss the other side of the pair reports already. */
  mutualNear?: boolean;
}

/** What the item was compared with, for the note: the partner, a near or the nearest candidate, or nothing. */
function comparedWith(p: Presence<unknown>): { kind: 'matched' | 'near' | 'nearest' | 'taken' | 'none'; candidate?: Candidate<unknown> } {
  if (p.partner) return { kind: 'matched', candidate: p.partner };
  if (p.near) return { kind: 'near', candidate: p.near };
  if (p.nearest) return { kind: p.nearest.takenBy ? 'taken' : 'nearest', candidate: p.nearest };
  return { kind: 'none' };
}

function presenceSubject(check: Check, text: string, extra: PresenceExtra, p: Presence<unknown>): Subject {
  const { kind, candidate } = comparedWith(p);
  const other = candidate ? textOfAny(candidate.b) : undefined;
  const shown = p.partner ?? p.near;
  const shownLoc = (shown?.b as { loc?: Loc } | undefined)?.loc;
  const related: Related[] = shown && shownLoc ? [{ location: shownLoc, evidence: clip(textOfAny(shown.b)), note: { term: p.near ? 'consistency-place.closest' : 'consistency-place.matched' } }] : [];
  const pair = extra.pair;
  return {
    type: 'doc-presence',
    key: subjectKey('presence', check, text, ...(extra.occurrence ? [String(extra.occurrence + 1)] : [])),
    loc: extra.loc,
    evidence: extra.evidence,
    related,
    facts: {
      check,
      text,
      sasaran: extra.sasaran ?? '',
      target: extra.target,
      docKey: extra.doc,
      matched: p.partner ? textOfAny(p.partner.b) : undefined,
      similarity: p.partner?.match.score,
      near: p.near ? textOfAny(p.near.b) : undefined,
      compared: kind,
      other: other !== undefined ? clip(other, 120) : '',
      takenBy: p.nearest?.takenBy !== undefined ? clip(p.nearest.takenBy, 100) : '',
      score: candidate ? formatScore(candidate.match.score) : '',
      scoreShown: candidate ? shownScore(candidate.match.score) : undefined,
      refText: pair?.ref ?? '',
      measuredText: pair?.measured ?? '',
      refShown: pair ? clip(pair.ref, 160) : '',
      measuredShown: pair ? clip(pair.measured, 160) : '',
      pairDocKey: pair?.refDoc ?? '',
      mutualNear: extra.mutualNear ?? false,
    },
  };
}

/**
 * Reference indicators (the latest PK's, the IKU) against the measured ones, both ways. A near
 * miss both sides report is the measured side's `mutualNear`, so that it is reported once.
 */
function indicatorPresence(
  refs: DocIndicator[],
  measured: Measured[],
  asg: Assignment<Measured, DocIndicator>,
  checks: { ref: Check; measured: Check },
  measuredDoc: string,
): Subject[] {
  const t = (x: { text: string }) => x.text;
  const rev = swap(asg);
  const refP = refs.map((_, i) => presenceOfA(i, refs, rev, (r, m) => sameTargetValue(r.target, m.row.target)));
  const mP = measured.map((_, i) => presenceOfA(i, measured, asg, (m, r) => sameTargetValue(r.target, m.row.target)));
  const occ = occurrences(refs.map(t));
  const mOcc = occurrences(measured.map(t));
  const refIndex = new Map(refs.map((r, i) => [r, i]));
  const out: Subject[] = [];
  refs.forEach((ind, i) => {
    const p = refP[i];
    const other = comparedWith(p).candidate;
    const pair = other ? { ref: ind.text, measured: textOfAny(other.b), refDoc: docKey(ind) } : undefined;
    out.push(presenceSubject(checks.ref, ind.text, { sasaran: ind.sasaran, target: ind.target, doc: docKey(ind), loc: ind.loc, evidence: ind.evidence, occurrence: occ[i], pair }, p));
  });
  measured.forEach((m, i) => {
    const p = mP[i];
    const partner = comparedWith(p).candidate?.b as DocIndicator | undefined;
    const pi = partner ? (refIndex.get(partner) ?? -1) : -1;
    const mutualNear = !!p.near && pi >= 0 && refP[pi].near?.b === m;
    const pair = partner ? { ref: partner.text, measured: m.text, refDoc: docKey(partner) } : undefined;
    const evidence = quoteRow(m.row.no, m.sasaran, m.text, m.row.target, m.row.realisasi, m.row.capaian);
    out.push(presenceSubject(checks.measured, m.text, { sasaran: m.sasaran, target: m.row.target, doc: measuredDoc, loc: m.row.loc, evidence, occurrence: mOcc[i], pair, mutualNear }, p));
  });
  return out;
}

export function presences(model: Model): Subject[] {
  const ctx = context(model);
  const out: Subject[] = [];
  const measured = ctx.measured;
  if (!measured.length) return out;

  // The latest PK's indicators measured or not, measured indicators in the latest PK or not, and
  // Bab III's sasaran among the latest PK's.
  if (ctx.pk && ctx.pkList.length) {
    out.push(...indicatorPresence(ctx.pkList, measured, ctx.vsPk, { ref: 'pk-indicator', measured: 'measured-vs-pk' }, ctx.pkDoc!));
    const pkSasaran: Sasaran[] = (ctx.pk.sasaran ?? []).map((s) => ({ text: s.text, loc: s.loc }));
    out.push(...sasaranPresence('sasaran-vs-pk', measured, pkSasaran, ctx.pkDoc!));
  }

  const renstraSasaran: Sasaran[] = (model.renstra?.tujuan ?? []).flatMap((tj) => (tj.sasaran ?? []).map((s) => ({ text: s.text, loc: s.loc })));
  if (renstraSasaran.length) out.push(...sasaranPresence('sasaran-vs-renstra', measured, renstraSasaran, 'renstra', planningProse(model)));

  if (ctx.iku.length) out.push(...indicatorPresence(ctx.iku, measured, ctx.vsIku, { ref: 'iku-indicator', measured: 'measured-vs-iku' }, 'iku-other'));
  return out;
}

/** Text without spaces: "Meningkat nya kinerja perencanaa n" (words split by a narrow column) is the same text. */
const despaced = (s: string): string => normalizeText(s).replace(/\s+/g, '');

/** Paragraphs of the planning chapter (Bab II), where a report may list its Renstra's sasaran in prose. */
function planningProse(model: Model): Sasaran[] {
  return (model.paragraphs ?? []).filter((p) => /^\s*(?:bab\s+)?(?:ii|2)(?:\b|\.)/i.test(p.section ?? '')).map((p) => ({ text: p.text, loc: p.loc }));
}

/**
 * A sasaran the reference names with its words split apart, or that the planning chapter names
 * word for word in its prose (a Renstra listed as text, or its table read garbled), is found.
 */
function namedElsewhere(text: string, reference: Sasaran[], prose: Sasaran[]): Sasaran | undefined {
  const key = despaced(text);
  if (key.length < 12) return undefined;
  return reference.find((r) => despaced(r.text) === key) ?? prose.find((p) => despaced(p.text).includes(key) || inOrder(text, p.text));
}

/** Every word of a name of five or more, in order, with at most one other word between two ("sarana dan prasarana pertanian guna"). */
function inOrder(name: string, text: string): boolean {
  const words = normalizeText(name).split(' ').filter(Boolean);
  if (words.length < 5) return false;
  const hay = normalizeText(text).split(' ');
  for (let start = 0; start < hay.length; start++) {
    if (hay[start] !== words[0]) continue;
    let at = start;
    let k = 1;
    for (; k < words.length; k++) {
      if (hay[at + 1] === words[k]) at += 1;
      else if (hay[at + 2] === words[k]) at += 2;
      else break;
    }
    if (k === words.length) return true;
  }
  return false;
}

function sasaranPresence(check: Check, measured: Measured[], reference: Sasaran[], doc: string, prose: Sasaran[] = []): Subject[] {
  const own = measuredSasaran(measured);
  const t = (x: { text: string }) => x.text;
  const asg = assign(own, reference, t, t);
  const occ = occurrences(own.map(t));
  const firstRow = new Map<string, Measured>();
  for (const m of measured) if (!firstRow.has(m.sasaran)) firstRow.set(m.sasaran, m);
  return own.map((s, i) => {
    let p = presenceOfA(i, own, asg);
    // Unless paired word for word, a sasaran named elsewhere word for word is found, as a normalised match.
    const elsewhere = p.partner && p.partner.match.method !== 'fuzzy' ? undefined : namedElsewhere(s.text, reference, prose);
    if (elsewhere) p = { partner: { b: elsewhere, match: { method: 'normalised', score: 1 } } };
    const row = firstRow.get(s.text);
    return presenceSubject(check, s.text, { doc, loc: row?.row.loc ?? s.loc, evidence: quoteRow(row?.row.no, s.text), occurrence: occ[i] }, p);
  });
}
