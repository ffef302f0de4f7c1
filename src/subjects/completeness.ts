// Subjects for the completeness rules: the parts PermenPAN-RB 53/2014 prescribes, the seven
// analyses Bab III.A owes each sasaran, template residue, and mandatory cells left empty.
import { chapterNumber, sectionKind } from '../model/sections.js';
import { sourcePosition } from '../model/normalize.js';
import type { Loc, Model, Val } from '../model/types.js';
import { inDocumentOrder } from '../domain/document-order.js';
import { documentLabel } from '../domain/documents.js';
import { quoteRow } from './evidence.js';
import { excerpt } from '../domain/excerpt.js';
import { occurrenceKeys } from './occurrence-key.js';
import { compare, MATCH_THRESHOLD } from '../domain/match.js';
import { findResidue } from '../domain/residue.js';
import { anyRowOf, itemsNaming, sasaranList } from '../domain/sasaran-scope.js';
import { subjectKey } from './subject-key.js';
import { clip } from '../domain/text.js';
import type { Localized, Subject } from '../engine/types.js';

// ── required parts ───────────────────────────────────────────────────────────────────────────

type Section = NonNullable<Model['sections']>[number];

/**
 * What a body heading is: its kind by its words (an explicit kind only where the words say
 * nothing), and for a chapter also the chapter its words name ("BAB VI PENUTUP" is the Penutup).
 */
function kindsOf(s: Section): Set<string> {
  const kinds = new Set<string>();
  const byWords = sectionKind(s.title);
  const kind = byWords ?? s.kind;
  if (kind) kinds.add(kind);
  if (chapterNumber(s.title) !== undefined) {
    const rest = sectionKind(s.title.replace(/^\s*bab\s+([ivx]+|\d+)\b\.?/i, ''));
    if (rest && /^bab-\d$/.test(rest)) kinds.add(rest);
  }
  return kinds;
}

interface Part {
  part: string;
  label: Localized;
  kinds: string[];
  mandatory: boolean;
  /** Chapter whose heading locates the finding when the part is missing. */
  within?: string;
}

const PARTS: Part[] = [
  { part: 'ikhtisar', label: { id: 'Ikhtisar Eksekutif', en: 'Executive Summary (Ikhtisar Eksekutif)' }, kinds: ['ikhtisar'], mandatory: false },
  { part: 'bab-1', label: { id: 'Bab I Pendahuluan', en: 'Chapter I Introduction (Pendahuluan)' }, kinds: ['bab-1'], mandatory: true },
  { part: 'bab-2', label: { id: 'Bab II Perencanaan Kinerja', en: 'Chapter II Performance Planning (Perencanaan Kinerja)' }, kinds: ['bab-2'], mandatory: true },
  { part: 'bab-3', label: { id: 'Bab III Akuntabilitas Kinerja', en: 'Chapter III Performance Accountability (Akuntabilitas Kinerja)' }, kinds: ['bab-3'], mandatory: true },
  { part: 'bab-3a', label: { id: 'Bab III A Capaian Kinerja Organisasi', en: 'Chapter III A Organisational Performance (Capaian Kinerja Organisasi)' }, kinds: ['bab-3a'], mandatory: true, within: 'bab-3' },
  { part: 'bab-3b', label: { id: 'Bab III B Realisasi Anggaran', en: 'Chapter III B Budget Realisation (Realisasi Anggaran)' }, kinds: ['bab-3b'], mandatory: true, within: 'bab-3' },
  { part: 'bab-4', label: { id: 'Bab IV Penutup', en: 'Chapter IV Closing (Penutup)' }, kinds: ['bab-4'], mandatory: true },
  { part: 'lampiran-pk', label: { id: 'Lampiran Perjanjian Kinerja', en: 'Performance Agreement attachment (Lampiran Perjanjian Kinerja)' }, kinds: ['pk', 'pk-perubahan'], mandatory: true },
];

function requiredParts(model: Model): Subject[] {
  const body = inDocumentOrder((model.sections ?? []).filter((s) => !s.inToc));
  // Without any heading the outline was not captured: nothing can be said about its parts.
  if (!body.length) return [];
  // The PK is an attachment: a "C. Perjanjian Kinerja" sub-chapter of Bab II is not it.
  const lastChapter = body.reduce((last, s, i) => (chapterNumber(s.title) !== undefined ? i : last), -1);
  const kinds = body.map((s, i) => {
    const k = kindsOf(s);
    if (i < lastChapter && !/^\s*lampiran\b/i.test(s.title)) for (const doc of ['pk', 'pk-perubahan']) k.delete(doc);
    return { s, kinds: k };
  });
  const find = (ks: string[]) => kinds.find((k) => ks.some((x) => k.kinds.has(x)))?.s;
  const outline = clip(body.filter((s) => chapterNumber(s.title) !== undefined).map((s) => s.title).join(' · ') || body.map((s) => s.title).join(' · '), 240);
  // Pages the reader could not read (scanned pages, a page limit): a part not found in the text may
  // stand on them.
  const unread = (model.extraction?.reader ?? []).filter((n) => /no text layer|page limit|timed out|could not be read/i.test(n));
  const inBab3 = chapterSpan(body, 3);
  return PARTS.map((p) => {
    const found = find(p.kinds);
    const present = !!found || (p.part === 'lampiran-pk' && !!model.pk?.length);
    const where = found?.loc ?? (p.within ? find([p.within])?.loc : undefined) ?? model.meta.loc;
    const content = present ? undefined : untitledContent(model, p.part, inBab3);
    return {
      type: 'required-part',
      key: subjectKey('part', p.part),
      loc: where,
      evidence: found ? clip(found.title) : content ? clip(content.text) : outline,
      facts: { part: p.part, label: p.label, present, content: !!content, mandatory: p.mandatory, textIncomplete: unread.length > 0, readerNote: unread.join('; ') },
    };
  });
}

/** Whether a location stands between the heading of chapter `n` and the next chapter heading. */
function chapterSpan(body: Section[], n: number): (loc: Loc) => boolean {
  const start = body.findIndex((s) => chapterNumber(s.title) === n || kindsOf(s).has(`bab-${n}`));
  if (start < 0) return () => false;
  const from = sourcePosition(body[start].loc);
  const next = body.slice(start + 1).find((s) => chapterNumber(s.title) !== undefined || /^bab-\d$/.test(s.kind ?? ''));
  const to = next ? sourcePosition(next.loc) : undefined;
  return (loc) => {
    const at = sourcePosition(loc);
    return at !== undefined && from !== undefined && at > from && (to === undefined || at < to);
  };
}

const BUDGET_WORDS = /\brealisasi\b[^.]{0,120}\b(?:anggaran|belanja|rp\.?\s*\d)|\b(?:anggaran|pagu)\b[^.]{0,120}\brealisasi\b/i;

/**
 * A part of Bab III that has no heading of its own but whose content is there: the measurement
 * table for Capaian Kinerja; a budget table, or paragraphs giving budget realisation, for
 * Realisasi Anggaran. What it found, to quote.
 */
function untitledContent(model: Model, part: string, inBab3: (loc: Loc) => boolean): { text: string } | undefined {
  if (part === 'bab-3a') {
    const row = model.pengukuran?.[0];
    return row ? { text: row.indikator } : undefined;
  }
  if (part !== 'bab-3b') return undefined;
  const row = model.anggaran?.rows?.find((r) => inBab3(r.loc)) ?? model.belanja?.groups?.find((g) => inBab3(g.loc));
  if (row) return { text: row.name };
  const para = (model.paragraphs ?? []).find((x) => inBab3(x.loc) && BUDGET_WORDS.test(x.text));
  return para ? { text: para.text } : undefined;
}

// ── the seven analyses of Bab III.A ──────────────────────────────────────────────────────────

type Paragraph = NonNullable<Model['paragraphs']>[number];

const ANALYSES: { n: number; label: Localized }[] = [
  { n: 1, label: { id: 'perbandingan target dan realisasi tahun ini', en: 'target against realisation this year' } },
  { n: 2, label: { id: 'perbandingan realisasi dengan tahun lalu dan beberapa tahun terakhir', en: 'realisation against last year and earlier years' } },
  { n: 3, label: { id: 'perbandingan realisasi dengan target jangka menengah Renstra', en: 'realisation against the Strategic Plan end target' } },
  { n: 4, label: { id: 'perbandingan dengan standar nasional (atau penjelasan bahwa tidak ada)', en: 'comparison with a national standard (or a statement that there is none)' } },
  { n: 5, label: { id: 'penyebab keberhasilan/kegagalan dan alternatif solusinya', en: 'causes of success/failure and the solutions taken' } },
  { n: 6, label: { id: 'efisiensi penggunaan sumber daya', en: 'efficiency of resource use' } },
  { n: 7, label: { id: 'program/kegiatan yang menunjang', en: 'supporting programmes/activities' } },
];

const CAUSE = /\b(?:faktor|penyebab|disebabkan|dikarenakan|karena|hambatan|kendala|pendorong|penghambat|permasalahan|masalah)\b/i;
const SOLUTION = /\b(?:rencana\s+aksi|solusi|upaya|langkah|strategi|perbaikan|tindak\s+lanjut|ditingkatkan|meningkatkan)\b/i;
const EFFICIENCY = /\b(?:efisien\w*|penghematan)\b/i;
// A national standard: "nasional", or the minimum service standard a ministry sets (SPM).
const NATIONAL = /\bnasional\b|standar\s+pelayanan\s+minimal|\bSPM\b/i;
const PROGRAM = /\b(?:program|kegiatan)\b/i;

function isEmpty(v: Val | undefined): boolean {
  return !v || v.kind === 'empty' || v.kind === 'na';
}

// Chapter-level wording of analyses (2) and (3), in prose, headings or captions.
const EARLIER_YEARS =
  /\b(?:tahun\s+(?:lalu|sebelumnya)|dibandingkan\s+(?:dengan\s+)?(?:(?:capaian|realisasi|pencapaian)\s+(?:kinerja\s+)?)?(?:pada\s+)?tahun\s+(?:19|20)\d\d|perbandingan\b[^.]{0,80}\btahun\s+(?:19|20)\d\d\s*(?:[-–]|s\.?\/d\.?|sampai|dan|dengan)\s*(?:tahun\s+)?(?:19|20)\d\d)\b/i;
const RENSTRA_TARGET = /\b(?:target\s+(?:jangka\s+menengah|akhir(?:\s+(?:periode\s+)?renstra)?|renstra|rpjmd)|akhir\s+periode\s+renstra)\b/i;

function analyses(model: Model): Subject[] {
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
    const present: Record<number, boolean> = {
      1: s.measured > 0,
      2: inRiwayat(s) || chapterWide[2],
      3: inKemajuan(s) || chapterWide[3],
      4: inNasional(s) || explains(NATIONAL) || generalSays(NATIONAL) || chapterWide[4],
      5: (explains(CAUSE) && explains(SOLUTION)) || chapterWide[5],
      6: explains(EFFICIENCY) || generalSays(EFFICIENCY) || chapterWide[6],
      7: tables.length > 0 || alokasiOf.get(s)!.length > 0 || aboutSays(PROGRAM) || chapterWide[7],
    };
    const missingPart: Localized | undefined =
      !present[5] && explains(CAUSE)
        ? { id: ' (penyebab diuraikan, solusinya tidak)', en: ' (causes are given, solutions are not)' }
        : !present[5] && explains(SOLUTION)
          ? { id: ' (solusi diuraikan, penyebabnya tidak)', en: ' (solutions are given, causes are not)' }
          : undefined;
    return ANALYSES.map((a) => ({
      type: 'sasaran-analysis',
      key: subjectKey('analysis', s.text, a.n),
      loc: s.loc,
      evidence: clip(`Sasaran ${s.index}: ${s.text}`),
      facts: {
        analysis: String(a.n),
        analysisLabel: a.label,
        sasaran: s.text,
        sasaranNo: String(s.index),
        present: present[a.n],
        detail: a.n === 5 && missingPart ? missingPart : '',
      },
    }));
  });
}

// ── template residue ─────────────────────────────────────────────────────────────────────────

function residue(model: Model): Subject[] {
  const texts: { text: string; loc: Loc; where: string }[] = [
    ...(model.sections ?? []).map((s) => ({ text: s.title, loc: s.loc, where: s.inToc ? 'daftar-isi' : 'heading' })),
    ...(model.tables ?? []).filter((t) => t.title).map((t) => ({ text: t.title!, loc: t.loc, where: 'table' })),
    ...(model.paragraphs ?? []).map((p) => ({ text: p.text, loc: p.loc, where: 'text' })),
  ];
  const key = occurrenceKeys();
  const out: Subject[] = [];
  for (const t of texts) {
    for (const r of findResidue(t.text)) {
      out.push({
        type: 'template-residue',
        key: key(subjectKey('residue', t.where === 'daftar-isi' ? 'daftar-isi' : '', r.kind, r.match)),
        loc: t.loc,
        evidence: excerpt(t.text, r.index, r.match.length),
        facts: { found: true, kind: r.kind, label: r.label, actual: r.match.trim(), inToc: t.where === 'daftar-isi' },
      });
    }
  }
  return out;
}

// ── mandatory cells ──────────────────────────────────────────────────────────────────────────

const FIELD: Record<string, Localized> = {
  target: { id: 'target', en: 'target' },
  realisasi: { id: 'realisasi', en: 'realisation' },
  capaian: { id: 'capaian', en: 'achievement' },
  anggaran: { id: 'anggaran', en: 'budget' },
};

function cell(table: Localized, tableKey: string, row: string, field: string, value: Val | undefined, loc: Loc, evidence: string): Subject {
  return {
    type: 'mandatory-cell',
    key: subjectKey('cell', tableKey, row, field),
    loc: value?.loc ?? loc,
    evidence,
    facts: {
      value,
      actual: value,
      what: { id: `Kolom ${FIELD[field].id} untuk "${clip(row, 80)}" pada ${table.id}`, en: `The ${FIELD[field].en} of "${clip(row, 80)}" in the ${table.en}` },
    },
  };
}

/**
 * The cells of one column. A column absent from every row was not captured (or the table has no
 * such column, which is another rule's concern): its cells are not judged one by one.
 */
function column<R extends { loc: Loc }>(
  rows: R[],
  get: (r: R) => Val | undefined,
  make: (r: R, v: Val | undefined) => Subject,
): Subject[] {
  if (!rows.some((r) => get(r) !== undefined)) return [];
  return rows.map((r) => make(r, get(r)));
}

/** Rows grouped by the table they were read from: a column one table lacks is not another's empty cell. */
function byTable<R extends { loc: Loc }>(rows: R[]): R[][] {
  const groups = new Map<string, R[]>();
  for (const r of rows) {
    const key = r.loc.table ?? '';
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()];
}

/** Printed "-": no entry. "n/a", "NA", "belum ada" are statements that the value is not available, not blanks. */
function blank(v: Val | undefined): boolean {
  return !v || v.kind === 'empty';
}

/**
 * The indicators the Renstra gives no target for in the report year ("-" in its 2016 column): a
 * "-" target for them in the PK or Bab III is the plan, not a blank.
 */
function untargeted(model: Model): (indikator: string) => boolean {
  const year = String(model.meta.tahun ?? '');
  const renstra = (model.renstra?.tujuan ?? []).flatMap((t) => (t.sasaran ?? []).flatMap((s) => s.indikator ?? []));
  return (indikator) => {
    if (!year) return false;
    let best: { score: number; target?: Val } | undefined;
    for (const i of renstra) {
      const targets = i.targets as unknown as Record<string, Val> | undefined;
      if (!targets || !(year in targets)) continue;
      const score = compare(indikator, i.text).score;
      if (score >= MATCH_THRESHOLD && (!best || score > best.score)) best = { score, target: targets[year] };
    }
    return !!best && blank(best.target);
  };
}

/**
 * A row rated ("Sangat Baik") with neither realisasi nor capaian read: a rating needs a capaian, so
 * the values were printed where the reading did not find them (a cell wrapped over two lines), not
 * left blank by the report.
 */
function unreadRated(r: NonNullable<Model['pengukuran']>[number]): boolean {
  const predikat = (r.predikat ?? '').trim();
  return isEmpty(r.realisasi) && isEmpty(r.capaian) && /\p{L}{2}/u.test(predikat);
}

function mandatoryCells(model: Model): Subject[] {
  const out: Subject[] = [];
  const measurement = { id: 'tabel pengukuran kinerja (Bab III A)', en: 'performance measurement table (Chapter III A)' };
  const notTargeted = untargeted(model);
  // A planned "-" target (the Renstra has none for the year) is no blank; a realisasi or capaian
  // left out because there is no target, or no realisasi, follows from that one gap.
  const judged: Record<'target' | 'realisasi' | 'capaian', (r: NonNullable<Model['pengukuran']>[number]) => boolean> = {
    target: (r) => !(blank(r.target) && notTargeted(r.indikator)),
    realisasi: (r) => !isEmpty(r.target) && !unreadRated(r),
    capaian: (r) => !isEmpty(r.target) && !isEmpty(r.realisasi),
  };
  for (const rows of byTable(model.pengukuran ?? []))
    for (const f of ['target', 'realisasi', 'capaian'] as const)
      out.push(
        ...column(rows, (r) => r[f], (r, v) => cell(measurement, 'pengukuran', r.indikator, f, v, r.loc, quoteRow(r.no, r.sasaran, r.indikator, r.target, r.realisasi, r.capaian))).filter(
          (_, i) => judged[f](rows[i]),
        ),
      );
  (model.pk ?? []).forEach((pk) => {
    const table = documentLabel(pk.kind);
    const indikator = (pk.sasaran ?? []).flatMap((s) => (s.indikator ?? []).map((k) => ({ s, k, loc: k.loc })));
    out.push(...column(indikator, (x) => x.k.target, (x, v) => cell(table, pk.kind, x.k.text, 'target', v, x.loc, quoteRow(x.s.text, x.k.text, x.k.target))).filter((_, i) => !(blank(indikator[i].k.target) && notTargeted(indikator[i].k.text))));
    out.push(...column(pk.programs ?? [], (p) => p.anggaran, (p, v) => cell(table, `${pk.kind}-program`, p.name, 'anggaran', v, p.loc, quoteRow(p.no, p.name, p.anggaran))));
  });
  const summary = { id: 'ringkasan Perjanjian Kinerja (Bab II)', en: 'Performance Agreement summary (Chapter II)' };
  const planned = (model.perencanaan?.sasaran ?? []).flatMap((s) => (s.indikator ?? []).map((k) => ({ s, k, loc: k.loc })));
  out.push(...column(planned, (x) => x.k.target, (x, v) => cell(summary, 'perencanaan', x.k.text, 'target', v, x.loc, quoteRow(x.s.text, x.k.text, x.k.target))).filter((_, i) => !(blank(planned[i].k.target) && notTargeted(planned[i].k.text))));
  // "NA", "n/a", "belum ada": the report says the value is not available — a statement, not a
  // blank (whether it can be checked is capaian/not-numeric's concern).
  for (let i = out.length - 1; i >= 0; i--) if ((out[i].facts.value as Val | undefined)?.kind === 'na') out.splice(i, 1);
  const budget = { id: 'tabel anggaran per program', en: 'budget per programme table' };
  const programs = (model.anggaran?.rows ?? []).filter((r) => r.level === 'program');
  out.push(...column(programs, (r) => r.anggaran, (r, v) => cell(budget, 'anggaran', r.name, 'anggaran', v, r.loc, quoteRow(r.no, r.name, r.anggaran, r.realisasi, r.persen))));
  // A signatory block (jabatan, NIP …) without a name: whose signature it is cannot be read. A
  // signing with no signatory at all was not captured, and is not judged.
  const signingKey = occurrenceKeys();
  for (const s of model.signings ?? []) {
    (s.signatories ?? []).forEach((g, j) => {
      if (g.name?.trim()) return;
      out.push({
        type: 'mandatory-cell',
        key: signingKey(subjectKey('cell', 'signing', s.document, g.role ?? String(j))),
        loc: g.loc,
        evidence: clip([s.place, s.date, g.jabatan, g.nip ? `NIP. ${g.nip}` : undefined].filter(Boolean).join(' — ') || documentLabel(s.document).id),
        facts: {
          value: undefined,
          actual: undefined,
          what: { id: `Nama penandatangan ${documentLabel(s.document).id}`, en: `The signatory's name on the ${documentLabel(s.document).en}` },
        },
      });
    });
  }
  return out;
}

/** Signature blocks of the report and its agreements that carry no date. */
function undatedSignings(model: Model): Subject[] {
  const key = occurrenceKeys();
  return (model.signings ?? []).flatMap((s) => {
    if (!['kata-pengantar', 'lkjip', 'pk', 'pk-perubahan'].includes(s.document)) return [];
    const pkDate = s.document.startsWith('pk') ? model.pk?.find((p) => p.kind === s.document && p.date)?.date : undefined;
    return [
      {
        type: 'signing-date',
        key: key(subjectKey('signing-date', s.document)),
        loc: s.loc,
        evidence: clip([s.place, ...(s.signatories ?? []).map((g) => g.name)].filter(Boolean).join(' — ') || documentLabel(s.document).id),
        facts: { document: documentLabel(s.document), dated: !!(s.date?.trim() || pkDate) },
      },
    ];
  });
}

const NOTE_KIND: Record<string, Localized> = {
  'table-unknown': { id: 'tabel yang jenisnya tidak dikenali', en: 'a table of no known kind' },
  'table-unplaced': { id: 'tabel yang dikenali tetapi belum mempunyai tempat dalam model', en: 'a table recognised but with no place in the model yet' },
  'cell-unparsed': { id: 'sel yang seharusnya berisi angka tetapi tidak terbaca', en: 'a cell that should hold a number but cannot be read' },
  'level-unknown': { id: 'baris anggaran yang tingkatnya (program/kegiatan/sub kegiatan) tidak jelas; dibaca sebagai kegiatan', en: 'a budget row whose level (program/kegiatan/sub kegiatan) is unclear; read as kegiatan' },
  'meta-missing': { id: 'data pokok laporan (tahun atau instansi) yang tidak ditemukan', en: 'report metadata (year or agency) that was not found' },
  reader: { id: 'bagian PDF yang tidak terbaca', en: 'a part of the PDF that could not be read' },
};

/** What reading the document could not place: the reviewer must know it was not checked. */
function extractionNotes(model: Model): Subject[] {
  const x = model.extraction;
  if (!x) return [];
  const key = occurrenceKeys();
  const notes = (x.notes ?? []).filter((n) => n.code !== 'section-missing' && NOTE_KIND[n.code]);
  return [
    ...notes.map((n) => ({
      type: 'extraction-note',
      key: key(subjectKey('extraction', n.code, n.at?.table, n.header ?? n.message)),
      loc: n.loc,
      evidence: clip(n.header ?? n.message),
      facts: { code: n.code, what: NOTE_KIND[n.code], detail: n.message },
    })),
    ...(x.reader ?? []).map((note) => ({
      type: 'extraction-note',
      key: key(subjectKey('extraction', 'reader', note)),
      loc: x.loc,
      evidence: note,
      facts: { code: 'reader', what: NOTE_KIND.reader, detail: note },
    })),
  ];
}

export const subjects: Record<string, (model: Model) => Subject[]> = {
  'extraction-note': extractionNotes,
  'required-part': requiredParts,
  'sasaran-analysis': analyses,
  'template-residue': residue,
  'mandatory-cell': mandatoryCells,
  'signing-date': undatedSignings,
};
