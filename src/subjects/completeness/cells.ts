// Mandatory cells of the measurement, agreement and budget tables and the signatories' names, and
// the dates of the report's and the agreements' signatures: what is written there, or nothing.
import type { Loc, Model, Val } from '../../model/types.js';
import { documentLabel } from '../../domain/documents.js';
import { compare, MATCH_THRESHOLD } from '../../domain/match.js';
import { clip } from '../../domain/text.js';
import type { Subject } from '../../engine/types.js';
import { quoteRow } from '../evidence.js';
import { occurrenceKeys } from '../occurrence-key.js';
import { subjectKey } from '../subject-key.js';
import { isEmpty } from './outline.js';

type Table = 'pengukuran' | 'pk' | 'pk-perubahan' | 'perencanaan' | 'anggaran';
type Field = 'target' | 'realisasi' | 'capaian' | 'anggaran';

function cell(table: Table, tableKey: string, row: string, field: Field, value: Val | undefined, loc: Loc, evidence: string): Subject {
  return {
    type: 'mandatory-cell',
    key: subjectKey('cell', tableKey, row, field),
    loc: value?.loc ?? loc,
    evidence,
    facts: { value, actual: value, table, field, row: clip(row, 80) },
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
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
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

export function mandatoryCells(model: Model): Subject[] {
  const out: Subject[] = [];
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
        ...column(rows, (r) => r[f], (r, v) => cell('pengukuran', 'pengukuran', r.indikator, f, v, r.loc, quoteRow(r.no, r.sasaran, r.indikator, r.target, r.realisasi, r.capaian))).filter(
          (_, i) => judged[f](rows[i]),
        ),
      );
  (model.pk ?? []).forEach((pk) => {
    const indikator = (pk.sasaran ?? []).flatMap((s) => (s.indikator ?? []).map((k) => ({ s, k, loc: k.loc })));
    out.push(...column(indikator, (x) => x.k.target, (x, v) => cell(pk.kind, pk.kind, x.k.text, 'target', v, x.loc, quoteRow(x.s.text, x.k.text, x.k.target))).filter((_, i) => !(blank(indikator[i].k.target) && notTargeted(indikator[i].k.text))));
    out.push(...column(pk.programs ?? [], (p) => p.anggaran, (p, v) => cell(pk.kind, `${pk.kind}-program`, p.name, 'anggaran', v, p.loc, quoteRow(p.no, p.name, p.anggaran))));
  });
  const planned = (model.perencanaan?.sasaran ?? []).flatMap((s) => (s.indikator ?? []).map((k) => ({ s, k, loc: k.loc })));
  out.push(...column(planned, (x) => x.k.target, (x, v) => cell('perencanaan', 'perencanaan', x.k.text, 'target', v, x.loc, quoteRow(x.s.text, x.k.text, x.k.target))).filter((_, i) => !(blank(planned[i].k.target) && notTargeted(planned[i].k.text))));
  // "NA", "n/a", "belum ada": the report says the value is not available — a statement, not a
  // blank (whether it can be checked is capaian/not-numeric's concern).
  for (let i = out.length - 1; i >= 0; i--) if ((out[i].facts.value as Val | undefined)?.kind === 'na') out.splice(i, 1);
  const programs = (model.anggaran?.rows ?? []).filter((r) => r.level === 'program');
  out.push(...column(programs, (r) => r.anggaran, (r, v) => cell('anggaran', 'anggaran', r.name, 'anggaran', v, r.loc, quoteRow(r.no, r.name, r.anggaran, r.realisasi, r.persen))));
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
        facts: { value: undefined, actual: undefined, field: 'signatory', document: s.document },
      });
    });
  }
  return out;
}

/** Signature blocks of the report and its agreements, with the date they carry (or nothing). */
export function signingDates(model: Model): Subject[] {
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
        facts: { document: s.document, date: s.date?.trim() || pkDate || '' },
      },
    ];
  });
}

