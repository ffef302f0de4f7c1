// The seven analyses Bab III.A owes each sasaran (PermenPAN-RB 53/2014): for each, where the
// report gives it (a table, the sasaran's own text, the chapter as a whole) or nothing.
import type { Model } from '../../model/types.js';
import { inDocumentOrder } from '../../domain/document-order.js';
import { anyRowOf, itemsNaming, sasaranList } from '../../domain/sasaran-scope.js';
import { clip } from '../../domain/text.js';
import type { Subject } from '../../engine/types.js';
import { subjectKey } from '../subject-key.js';
import { chapterSpan, isEmpty } from './outline.js';

type Paragraph = NonNullable<Model['paragraphs']>[number];

const CAUSE = /\b(?:faktor|penyebab|disebabkan|dikarenakan|karena|hambatan|kendala|pendorong|penghambat|permasalahan|masalah)\b/i;
const SOLUTION = /\b(?:rencana\s+aksi|solusi|upaya|langkah|strategi|perbaikan|tindak\s+lanjut|ditingkatkan|meningkatkan)\b/i;
const EFFICIENCY = /\b(?:efisien\w*|penghematan)\b/i;
// A national standard: "nasional", or the minimum service standard a ministry sets (SPM).
const NATIONAL = /\bnasional\b|standar\s+pelayanan\s+minimal|\bSPM\b/i;
const PROGRAM = /\b(?:program|kegiatan)\b/i;

// Chapter-level wording of analyses (2) and (3), in prose, headings or captions.
const EARLIER_YEARS =
  /\b(?:tahun\s+(?:lalu|sebelumnya)|dibandingkan\s+(?:dengan\s+)?(?:(?:capaian|realisasi|pencapaian)\s+(?:kinerja\s+)?)?(?:pada\s+)?tahun\s+(?:19|20)\d\d|perbandingan\b[^.]{0,80}\btahun\s+(?:19|20)\d\d\s*(?:[-–]|s\.?\/d\.?|sampai|dan|dengan)\s*(?:tahun\s+)?(?:19|20)\d\d)\b/i;
const RENSTRA_TARGET = /\b(?:target\s+(?:jangka\s+menengah|akhir(?:\s+(?:periode\s+)?renstra)?|renstra|rpjmd)|akhir\s+periode\s+renstra)\b/i;

export function analyses(model: Model): Subject[] {
  const list = sasaranList(model);
  const paragraphs = model.paragraphs ?? [];
  // Bab III by position (its parts are titled "3.1 …", "A. …", not "BAB III"), or by section name
  // for a structured file without positions.
  const body = inDocumentOrder((model.sections ?? []).filter((s) => !s.inToc));
  const span = chapterSpan(body, 3);
  const inBab3 = (p: Paragraph) => span(p.loc) || /^\s*bab\s+(?:iii|3)\b/i.test(p.loc.section ?? '') || /^\s*bab\s+(?:iii|3)\b/i.test(p.section ?? '');
  // The chapter's words: its paragraphs, and the headings and table captions that announce an
  // analysis ("Perbandingan Realisasi Kinerja Tahun 2015 – 2016").
  const bab3 = [
    ...paragraphs.filter(inBab3).map((p) => p.text),
    ...body.filter((x) => span(x.loc)).map((x) => x.title),
    ...(model.tables ?? []).filter((t) => t.title && !t.referenced && span(t.loc)).map((t) => t.title!),
  ];
  // When reading the document tied no paragraph to a sasaran, each sasaran's analyses can only be
  // looked for in Bab III as a whole: a chapter that gives one for all sasaran together has it.
  const attributed = paragraphs.some((p) => p.about?.sasaran !== undefined) || (model.subKegiatan ?? []).some((t) => t.sasaran !== undefined);
  const any = (texts: string[], re: RegExp) => texts.some((t) => re.test(t));
  // An analysis the chapter gives in words somewhere may be given for this sasaran in words the
  // reading does not tie to it: only an analysis absent from the whole chapter is reported.
  const chapterWide: Record<number, boolean> = {
    2: any(bab3, EARLIER_YEARS),
    3: any(bab3, RENSTRA_TARGET),
    4: any(bab3, NATIONAL),
    5: any(bab3, CAUSE) && any(bab3, SOLUTION),
    6: any(bab3, EFFICIENCY),
    7: any(bab3, PROGRAM),
  };
  // What each sasaran's analyses are looked for in, gathered once for all of them (per sasaran,
  // a scan of every row and paragraph made this quadratic in the size of the report).
  const general = paragraphs.filter((p) => p.about?.sasaran === undefined && inBab3(p));
  const aboutOf = attributed ? itemsNaming(list, paragraphs, (p) => p.about?.sasaran) : undefined;
  const tablesOf = itemsNaming(list, model.subKegiatan ?? [], (t) => t.sasaran);
  const alokasiOf = itemsNaming(list, model.alokasi ?? [], (a) => a.sasaran);
  const inRiwayat = anyRowOf(model.riwayat ?? []);
  const inKemajuan = anyRowOf(model.kemajuanRenstra ?? []);
  const inNasional = anyRowOf((model.nasional ?? []).filter((r) => !isEmpty(r.nasional) || !!r.keterangan?.trim()));
  const generalSaid = new Map<RegExp, boolean>();
  const generalSays = (re: RegExp) => {
    let v = generalSaid.get(re);
    if (v === undefined) generalSaid.set(re, (v = general.some((p) => re.test(p.text))));
    return v;
  };
  return list.flatMap((s) => {
    const about = aboutOf?.get(s);
    const tables = tablesOf.get(s)!;
    const aboutSays = (re: RegExp) => (about ? about.some((p) => re.test(p.text)) : generalSays(re));
    /** The sasaran's paragraphs or sub kegiatan tables explain it. */
    const explains = (re: RegExp) => aboutSays(re) || tables.some((t) => re.test(t.penjelasan ?? ''));
    /** The first place that gives the analysis, or nothing. */
    const first = (...places: [boolean, string][]) => places.find(([given]) => given)?.[1] ?? '';
    const foundIn: Record<number, string> = {
      1: first([s.measured > 0, 'measurement']),
      2: first([inRiwayat(s), 'history-table'], [chapterWide[2], 'chapter']),
      3: first([inKemajuan(s), 'renstra-progress-table'], [chapterWide[3], 'chapter']),
      4: first([inNasional(s), 'national-table'], [explains(NATIONAL), 'sasaran-text'], [generalSays(NATIONAL), 'general-text'], [chapterWide[4], 'chapter']),
      5: first([explains(CAUSE) && explains(SOLUTION), 'sasaran-text'], [chapterWide[5], 'chapter']),
      6: first([explains(EFFICIENCY), 'sasaran-text'], [generalSays(EFFICIENCY), 'general-text'], [chapterWide[6], 'chapter']),
      7: first([tables.length > 0, 'sub-kegiatan-table'], [alokasiOf.get(s)!.length > 0, 'allocation-table'], [aboutSays(PROGRAM), 'sasaran-text'], [chapterWide[7], 'chapter']),
    };
    // Causes without solutions, or solutions without causes: the half of analysis (5) that is there.
    const partial = foundIn[5] ? '' : explains(CAUSE) ? 'causes' : explains(SOLUTION) ? 'solutions' : '';
    return [1, 2, 3, 4, 5, 6, 7].map((n) => ({
      type: 'sasaran-analysis',
      key: subjectKey('analysis', s.text, n),
      loc: s.loc,
      evidence: clip(`Sasaran ${s.index}: ${s.text}`),
      facts: {
        analysis: String(n),
        sasaran: s.text,
        sasaranNo: String(s.index),
        foundIn: foundIn[n],
        partial: n === 5 ? partial : '',
      },
    }));
  });
}

