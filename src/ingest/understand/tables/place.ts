// Every table, classified, read into its place in the model: by its kind and, where the same kind
// means different things, by the document it stands in. A table that fits nowhere is a note.
import type {
  Belanja,
  BudgetTable,
  Decree,
  EfficiencyTable,
  FollowUpTable,
  IkuDocument,
  LkjipReport,
  Measurement,
  Meta,
  OtherBudgetTable,
  Perencanaan,
  PerjanjianKinerja,
  Renstra,
  Rkt,
  Scale,
  SubKegiatanTable,
} from '../../../model/report-input.js';
import { parseNumber } from '../../../model/number-id.js';
import type { Caption } from '../captions.js';
import { announcedTotal, proportionsIn } from '../claims.js';
import type { Notes } from '../notes.js';
import { leafTitle, sectionTitle, type UnitContext } from '../outline.js';
import { SubKegiatanHeaders } from '../subkegiatan.js';
import { atOf, flat, type TableUnit, type Unit } from '../units.js';
import { yearIn } from '../words.js';
import { readBelanja } from './belanja.js';
import { readBudget } from './budget.js';
import { readEfisiensi } from './efisiensi.js';
import { classify, type TableKind } from './classify.js';
import { isFollowUpTable, readFollowUp } from './follow-up.js';
import type { Columns, Role } from './columns.js';
import { reportUnparsed, type TableInput } from './context.js';
import { headerText, toGrid, type Grid } from './grid.js';
import { readIku } from './iku.js';
import { readKemajuan, readNasional, readPengukuran, readRiwayat } from './measurement.js';
import { readPkPrograms, readTargets } from './pk.js';
import { readRenstra } from './renstra.js';
import { budgetElsewhere, comparableBudget, programsElsewhere, readRestated, restatedSource } from './restated.js';
import { readRkt } from './rkt.js';
import { readScale } from './scale.js';
import { readSubKegiatanRows } from './subkegiatan.js';
import { pushAll } from '../../arrays.js';

export interface TableEnv {
  units: Unit[];
  ctx: UnitContext[];
  captions: Map<number, Caption>;
  meta: Meta;
  notes: Notes;
  decree?: Decree;
  pkAt(unit: number): PerjanjianKinerja | undefined;
}

export interface Placed {
  scale?: Scale;
  renstra?: Renstra;
  iku: IkuDocument[];
  rkt?: Rkt;
  perencanaan?: Perencanaan;
  pengukuran: NonNullable<LkjipReport['pengukuran']>;
  rataRata: NonNullable<LkjipReport['rataRata']>;
  riwayat: NonNullable<LkjipReport['riwayat']>;
  kemajuanRenstra: NonNullable<LkjipReport['kemajuanRenstra']>;
  nasional: NonNullable<LkjipReport['nasional']>;
  pengukuranLain: NonNullable<LkjipReport['pengukuranLain']>;
  anggaranLain: NonNullable<LkjipReport['anggaranLain']>;
  anggaran?: BudgetTable;
  belanja?: Belanja;
  subKegiatan: SubKegiatanTable[];
  efisiensi: EfficiencyTable[];
  tindakLanjut: FollowUpTable[];
  /** Paragraphs that head sub kegiatan tables (not prose). */
  headers: Set<number>;
  /** Numbers read from the sentence introducing a table without a caption. */
  guessedCaptions: Caption[];
  /** The table `anggaran` was read from. */
  budgetFrom?: TableInput;
  /** The tables of `anggaranLain`: notes after all, when there is no budget table to compare them with. */
  budgetsKept: { t: TableInput; what: string }[];
}

interface Read {
  unit: TableUnit;
  grid: Grid;
  kind: TableKind;
  cols: Columns;
  caption?: Caption;
  guessed?: Caption;
}

export function placeTables(env: TableEnv): Placed {
  const out: Placed = { iku: [], pengukuran: [], rataRata: [], riwayat: [], kemajuanRenstra: [], nasional: [], pengukuranLain: [], anggaranLain: [], budgetsKept: [], subKegiatan: [], efisiensi: [], tindakLanjut: [], headers: new Set(), guessedCaptions: [] };
  const subHeaders = new SubKegiatanHeaders();
  const labels = new Map<string, number>();
  for (const table of chains(env)) {
    const { unit: u, grid, kind, cols, caption, guessed } = table;
    if (guessed) out.guessedCaptions.push(guessed);
    else if (caption && !caption.continued) putColumnYears(caption, cols);
    // Tables without a caption are named after the heading above them; repeats get a number.
    let label = caption?.label ?? withoutNumber(leafTitle(env.ctx[u.index])) ?? 'Tabel';
    if (!caption?.number) {
      const seen = (labels.get(label) ?? 0) + 1;
      labels.set(label, seen);
      if (seen > 1) label = `${label} (${seen})`;
    }
    const prev = env.units[u.index - 1];
    const headed = prev?.type === 'text' && ['heading', 'caption'].includes(env.ctx[prev.index].role ?? '');
    const t: TableInput = {
      unit: u,
      grid,
      cols,
      ctx: env.ctx[u.index],
      label,
      caption: caption?.continued ? undefined : caption?.number,
      captionTitle: caption?.title,
      headingLoc: headed ? atOf(prev.loc) : undefined,
      tahun: env.meta.tahun || undefined,
      notes: env.notes,
      byPosition: new Set(),
    };
    place(kind, t, env, out, subHeaders, caption);
    reportUnparsed(t);
  }
  if (!out.anggaran) {
    for (const k of out.budgetsKept) unplaced(k.t, k.what);
    out.anggaranLain = [];
  }
  if (env.decree && !out.iku.some((x) => x.decree)) out.iku.push({ source: 'sk', title: env.decree.title, decree: env.decree, items: [] });
  return out;
}

/** Roles whose header year says which year the column's figures are for (not a Renstra end target). */
const YEAR_ROLES = new Set<Role>(['target', 'realisasi', 'capaian', 'anggaran', 'realisasiAnggaran', 'persenAnggaran']);

/** The years the table's headers name over its figures, kept on its printed caption (period/caption-years). */
function putColumnYears(caption: Caption, cols: Columns): void {
  const years = [...new Set(cols.years.filter((y, c): y is string => !!y && YEAR_ROLES.has(cols.roles[c])))].sort();
  if (years.length) caption.columnYears = years.slice(0, 40);
}

/**
 * The tables with their captions, a table continued over pages as one: "Tabel 3.2 (lanjutan)", or
 * the same header again right after it (on the next page, with no text between but page
 * furniture or a short subheading) without a caption of its own. Its rows keep counting.
 */
function chains(env: TableEnv): Read[] {
  const below = captionsBelow(env);
  const out: Read[] = [];
  for (const u of env.units) {
    if (u.type !== 'table' || env.ctx[u.index].role === 'toc') continue;
    const grid = toGrid(u.block);
    if (!grid.data.length) continue;
    const { kind, cols } = classify(grid);
    const caption = captionFor(env, u.index, below);
    const guessed = caption ? undefined : leadIn(env, u.index);
    const last = out[out.length - 1];
    if (last && last.kind === kind && (caption?.continued || (!caption && !guessed && sameHeader(last.grid, grid) && follows(env, last.unit, u)))) {
      const offset = last.grid.data[last.grid.data.length - 1]?.n ?? 0;
      for (const row of grid.data) row.n += offset;
      last.grid = { ...last.grid, data: [...last.grid.data, ...grid.data] };
      continue;
    }
    out.push({ unit: u, grid, kind, cols, caption: caption ?? guessed, guessed });
  }
  return out;
}

/** Whether the document prints its captions below its tables: more captions follow a table than precede one. */
function captionsBelow(env: TableEnv): boolean {
  let above = 0;
  let below = 0;
  for (const i of env.captions.keys()) {
    if (env.units[i + 1]?.type === 'table') above++;
    else if (env.units[i - 1]?.type === 'table') below++;
  }
  return below > above;
}

function captionFor(env: TableEnv, index: number, below: boolean): Caption | undefined {
  if (below) return env.captions.get(index + 1) ?? (env.units[index - 2]?.type === 'table' ? undefined : env.captions.get(index - 1));
  return env.captions.get(index - 1);
}

/**
 * A table without a caption that a sentence just above introduces ("… sebagaimana Tabel 3.4
 * berikut:", "… dapat dilihat pada tabel di bawah ini:"): its number, when the sentence names one,
 * is a guess ("caption-guessed").
 */
function leadIn(env: TableEnv, index: number): Caption | undefined {
  const u = env.units[index - 1];
  if (u?.type !== 'text' || env.ctx[u.index].role) return undefined;
  const text = flat(u);
  if (!/:\s*$/.test(text) || !/\btabel\b|\bberikut\b|di\s?bawah\s+ini/i.test(text)) return undefined;
  const refs = [...text.matchAll(/\btabel\.?\s*((?:[IVX]+|\d{1,2})(?:\.\s?\d{1,2}(?!\d))+[a-z]?)/gi)];
  if (refs.length !== 1) return undefined;
  const number = refs[0][1].replace(/\s+/g, '');
  const at = { ...atOf(u.loc), reading: 'caption-guessed' as const };
  const section = sectionTitle(env.ctx[u.index]);
  return { number, label: `Tabel ${number}`, at, ...(section ? { section } : {}) };
}

function sameHeader(a: Grid, b: Grid): boolean {
  return a.width === b.width && a.headerRows > 0 && b.headerRows > 0 && a.headers.join('|').toLowerCase() === b.headers.join('|').toLowerCase();
}

/** `b` comes right after `a`: no text between them but page furniture, on the same or the next page. */
function follows(env: TableEnv, a: TableUnit, b: TableUnit): boolean {
  const lastPage = a.block.pages?.[a.block.pages.length - 1] ?? a.loc.page;
  if (lastPage !== undefined && b.loc.page !== undefined && b.loc.page - lastPage > 1) return false;
  for (let i = a.index + 1; i < b.index; i++) {
    const u = env.units[i];
    if (u.type === 'table') return false;
    if (env.ctx[i].role) continue;
    // A short subheading between the parts ("Program Pendukung"), not a sentence.
    const text = flat(u);
    if (u.lines.length > 1 || text.length > 80 || /[.:;]$/.test(text)) return false;
  }
  return true;
}

function place(kind: TableKind, t: TableInput, env: TableEnv, out: Placed, subHeaders: SubKegiatanHeaders, caption: Caption | undefined): void {
  const c = t.ctx;
  const docKind = c.l1?.kind;
  const tableLoc = atOf(t.unit.loc);
  switch (kind) {
    case 'subkegiatan': {
      const { at, ...header } = subHeaders.before(env.units, env.ctx, t.unit.index, out.headers);
      if (header.subKegiatan) t.label = `Sub Kegiatan ${header.subKegiatan}`;
      const table: SubKegiatanTable = { ...header, rows: [] };
      readSubKegiatanRows(t, table);
      table.at = at;
      out.subKegiatan.push(table);
      return;
    }
    case 'belanja': {
      if (out.belanja) return unplaced(t, 'a second belanja breakdown');
      out.belanja = readBelanjaWithProse(t, env);
      return;
    }
    case 'scale':
      if (out.scale) return unplaced(t, 'a second rating scale');
      out.scale = { bands: readScale(t), at: tableLoc };
      return;
    case 'renstra': {
      if (!out.renstra) out.renstra = { ...(env.meta.renstraPeriod ? { period: env.meta.renstraPeriod } : {}), tujuan: [] };
      readRenstra(t, out.renstra.tujuan!);
      out.renstra.at ??= docKind === 'renstra' ? atOf(c.l1!.loc) : tableLoc;
      return;
    }
    case 'rkt':
      readRkt(t, rktOf(c, out).sasaran!);
      return;
    case 'budget': {
      const read = readBudget(t, t.caption !== undefined ? (t.captionTitle ?? t.label) : t.label);
      if (!out.anggaran) {
        out.anggaran = read;
        out.budgetFrom = t;
        return;
      }
      // A table the reader could not join across a page break: its rows continue the first one until that has its total.
      // Of two complete budget tables, the one per program and kegiatan is the longer one (the
      // other sums them per sasaran or per source).
      if (out.anggaran.total) {
        // The other one is kept apart, to compare its amounts with the budget table's.
        if ((read.rows?.length ?? 0) <= (out.anggaran.rows?.length ?? 0)) return keepBudget(out, budgetElsewhere(read, t), t, 'a second budget-per-program table');
        if (out.budgetFrom) keepBudget(out, budgetElsewhere(out.anggaran, out.budgetFrom), out.budgetFrom, 'a shorter budget table beside the budget-per-program table');
        out.anggaran = read;
        out.budgetFrom = t;
        return;
      }
      appendBudget(out.anggaran, read);
      return;
    }
    case 'pk-program': {
      const entry = env.pkAt(t.unit.index);
      if (!entry) return keepBudget(out, programsElsewhere(t), t, 'a program/anggaran table outside a Perjanjian Kinerja');
      const r = readPkPrograms(t);
      entry.programs = r.programs;
      if (r.total !== undefined) entry.total = r.total;
      if (r.totalAt) entry.totalAt = r.totalAt;
      return;
    }
    case 'target': {
      const entry = env.pkAt(t.unit.index);
      if (entry) {
        entry.sasaran = readTargets(t);
        return;
      }
      if (docKind === 'bab-2') {
        if (out.perencanaan) return unplaced(t, 'a second sasaran/indikator/target table in Bab II');
        out.perencanaan = { title: sectionTitle(c), sasaran: readTargets(t), at: tableLoc };
        return;
      }
      if (docKind === 'rkt') {
        pushAll(rktOf(c, out).sasaran!, readTargets(t));
        return;
      }
      return unplaced(t, 'a sasaran/indikator/target table outside Bab II, the PK and the RKT');
    }
    case 'iku': {
      const source: IkuDocument['source'] = docKind === 'sk-iku' || docKind === 'iku' ? 'sk' : docKind === 'bab-2' ? 'bab2' : docKind === 'lampiran' ? 'lampiran' : 'other';
      const title = sectionTitle(c);
      const iku: IkuDocument = { source, ...(title ? { title } : {}), items: [] };
      if (source === 'sk' && env.decree && !out.iku.some((x) => x.decree)) iku.decree = env.decree;
      iku.items = readIku(t);
      iku.at = t.headingLoc ?? tableLoc;
      out.iku.push(iku);
      return;
    }
    // Bab III's comparisons; the same columns in an attachment (a quarterly monitoring lampiran)
    // would add a second, different set of rows for the same indicators: such rows are kept apart.
    case 'pengukuran':
    case 'riwayat':
    case 'kemajuan':
    case 'nasional':
      if (!/^bab-/.test(docKind ?? '')) {
        // The Ikhtisar's summary or a lampiran's monitoring table restates Bab III's figures.
        const source = kind === 'pengukuran' ? restatedSource(docKind, t) : undefined;
        const read = source ? readRestated(t, source) : [];
        if (!read.length) return unplaced(t, `a ${kind} table outside the chapters`);
        pushAll(out.pengukuranLain, read);
        return;
      }
      if (kind === 'pengukuran') placeMeasurements(out, readPengukuran(t));
      else if (kind === 'riwayat') pushAll(out.riwayat, readRiwayat(t));
      else if (kind === 'kemajuan') pushAll(out.kemajuanRenstra, readKemajuan(t));
      else pushAll(out.nasional, readNasional(t));
      return;
    case 'efisiensi':
      out.efisiensi.push(readEfisiensi(t, t.captionTitle));
      return;
    case 'unknown': {
      // A table of follow-ups with dated rows; any other is a table of no known kind.
      const followUp = isFollowUpTable(t) ? readFollowUp(t, env, caption) : undefined;
      if (followUp) {
        out.tindakLanjut.push(followUp);
        return;
      }
      t.notes.add('table-unknown', `table (${t.label}) matches no known kind of LKjIP table`, { ...tableLoc, table: t.label }, headerText(t.grid));
      return;
    }
  }
}

/** The breakdown with the total the paragraph above announces and the shares the prose below states. */
function readBelanjaWithProse(t: TableInput, env: TableEnv): Belanja {
  const before = env.units[t.unit.index - 1];
  const total = before?.type === 'text' && !env.ctx[before.index].role ? announcedTotal(before) : undefined;
  const belanja: Belanja = {};
  if (total) {
    belanja.total = total;
    belanja.totalAt = atOf(before!.loc);
  }
  const read = readBelanja(t);
  belanja.groups = read.groups;
  if (read.totalRow) belanja.totalRow = read.totalRow;
  const here = t.ctx.l2 ?? t.ctx.l1;
  const proportions = [];
  for (let k = t.unit.index + 1; k < env.units.length && (env.ctx[k].l2 ?? env.ctx[k].l1) === here; k++) {
    const v = env.units[k];
    if (v.type === 'text' && !env.ctx[k].role) proportions.push(...proportionsIn(v));
  }
  if (proportions.length) belanja.proportions = proportions;
  belanja.at = total ? atOf(before!.loc) : atOf(t.unit.loc);
  return belanja;
}

/**
 * A table's rows not read before, and its "Rata-rata" rows with the positions in `pengukuran` of the
 * rows they summarise; one whose rows were dropped as read before is left out (its rows are elsewhere).
 */
function placeMeasurements(out: Placed, read: ReturnType<typeof readPengukuran>): void {
  const kept = newMeasurements(out.pengukuran, read.rows);
  const base = out.pengukuran.length;
  pushAll(out.pengukuran, kept);
  if (kept.length !== read.rows.length) return;
  for (const { average, first, last } of read.averages) out.rataRata.push({ ...average, first: base + first + 1, last: base + last + 1 });
}

/**
 * Rows measuring an indicator already measured with the same target and realisasi (a table of
 * kinerja beside anggaran repeating the measurement table) are the same measurement, not another.
 */
function newMeasurements(have: Measurement[], read: Measurement[]): Measurement[] {
  // "100,00" and "100" are the same figure.
  const figure = (v: Measurement['target']) => {
    const p = parseNumber(String(v ?? ''));
    return p.kind === 'number' && p.value !== null ? String(p.value) : String(v ?? '').toLowerCase().replace(/\s+/g, ' ');
  };
  const key = (m: Measurement) => [m.indikator.toLowerCase().replace(/\s+/g, ' '), figure(m.target), figure(m.realisasi)].join('\u0000');
  const seen = new Set(have.map(key));
  return read.filter((m) => !seen.has(key(m)));
}

/** Rows of a continuation after the rows read so far; a total read before becomes a subtotal. */
function appendBudget(into: BudgetTable, read: BudgetTable): void {
  const rows = (into.rows ??= []);
  if (into.total) {
    (into.subtotals ??= []).push({ ...into.total, rowsBefore: rows.length });
    delete into.total;
  }
  for (const s of read.subtotals ?? []) (into.subtotals ??= []).push({ ...s, rowsBefore: s.rowsBefore + rows.length });
  pushAll(rows, read.rows ?? []);
  if (read.total) into.total = read.total;
}

/** A budget table beside the budget table, kept when its amounts can be compared; else a note. */
function keepBudget(out: Placed, other: OtherBudgetTable, t: TableInput, what: string): void {
  if (!comparableBudget(other)) return unplaced(t, what);
  out.anggaranLain.push(other);
  out.budgetsKept.push({ t, what });
}

function rktOf(c: UnitContext, out: Placed): Rkt {
  if (!out.rkt) {
    const doc = c.l1?.kind === 'rkt' ? c.l1 : undefined;
    const year = doc && yearIn(doc.title);
    out.rkt = { ...(doc ? { title: doc.title } : {}), ...(year ? { year: Number(year) } : {}), sasaran: [], at: atOf(doc?.loc) };
  }
  return out.rkt;
}

function unplaced(t: TableInput, what: string): void {
  t.notes.add('table-unplaced', `${what} (${t.label}) has no place in the model; not read`, { ...atOf(t.unit.loc), table: t.label }, headerText(t.grid));
}

function withoutNumber(title: string | undefined): string | undefined {
  return title?.replace(/^(?:BAB\s+[IVXL\d]+\.?|[A-Z]\.|\d{1,2}(?:\.\d{1,2})*\.?|[IVX]+\.)\s+/i, '');
}

