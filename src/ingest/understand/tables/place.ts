// Every table, classified, read into its place in the model: by its kind and, where the same kind
// means different things, by the document it stands in. A table that fits nowhere is a note.
import type {
  Belanja,
  BudgetTable,
  Decree,
  IkuDocument,
  LkjipReport,
  Meta,
  Perencanaan,
  PerjanjianKinerja,
  Renstra,
  Rkt,
  Scale,
  SubKegiatanTable,
} from '../../../model/report-input.js';
import type { Caption } from '../captions.js';
import { announcedTotal, proportionsIn } from '../claims.js';
import type { Notes } from '../notes.js';
import { leafTitle, sectionTitle, type UnitContext } from '../outline.js';
import { SubKegiatanHeaders } from '../subkegiatan.js';
import { atOf, type Unit } from '../units.js';
import { yearIn } from '../words.js';
import { readBelanja } from './belanja.js';
import { readBudget } from './budget.js';
import { classify, type TableKind } from './classify.js';
import type { TableInput } from './context.js';
import { headerText, toGrid } from './grid.js';
import { readIku } from './iku.js';
import { readKemajuan, readNasional, readPengukuran, readRiwayat } from './measurement.js';
import { readPkPrograms, readTargets } from './pk.js';
import { readRenstra } from './renstra.js';
import { readRkt } from './rkt.js';
import { readScale } from './scale.js';
import { readSubKegiatanRows } from './subkegiatan.js';

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
  riwayat: NonNullable<LkjipReport['riwayat']>;
  kemajuanRenstra: NonNullable<LkjipReport['kemajuanRenstra']>;
  nasional: NonNullable<LkjipReport['nasional']>;
  anggaran?: BudgetTable;
  belanja?: Belanja;
  subKegiatan: SubKegiatanTable[];
  /** Paragraphs that head sub kegiatan tables (not prose). */
  headers: Set<number>;
}

export function placeTables(env: TableEnv): Placed {
  const out: Placed = { iku: [], pengukuran: [], riwayat: [], kemajuanRenstra: [], nasional: [], subKegiatan: [], headers: new Set() };
  const subHeaders = new SubKegiatanHeaders();
  const labels = new Map<string, number>();
  for (const u of env.units) {
    if (u.type !== 'table' || env.ctx[u.index].role === 'toc') continue;
    const grid = toGrid(u.block);
    if (!grid.data.length) continue;
    const { kind, cols } = classify(grid);
    const caption = env.captions.get(u.index - 1);
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
      caption: caption?.number,
      headingLoc: headed ? atOf(prev.loc) : undefined,
      tahun: env.meta.tahun || undefined,
      notes: env.notes,
    };
    place(kind, t, env, out, subHeaders);
  }
  if (env.decree && !out.iku.some((x) => x.decree)) out.iku.push({ source: 'sk', title: env.decree.title, decree: env.decree, items: [] });
  return out;
}

function place(kind: TableKind, t: TableInput, env: TableEnv, out: Placed, subHeaders: SubKegiatanHeaders): void {
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
      const read = readBudget(t, t.caption !== undefined ? (env.captions.get(t.unit.index - 1)?.title ?? t.label) : t.label);
      if (!out.anggaran) {
        out.anggaran = read;
        return;
      }
      // A table the reader could not join across a page break: its rows continue the first one until that has its total.
      if (out.anggaran.total) return unplaced(t, 'a second budget-per-program table');
      out.anggaran.rows!.push(...(read.rows ?? []));
      if (read.total) out.anggaran.total = read.total;
      return;
    }
    case 'pk-program': {
      const entry = env.pkAt(t.unit.index);
      if (!entry) return unplaced(t, 'a program/anggaran table outside a Perjanjian Kinerja');
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
        rktOf(c, out).sasaran!.push(...readTargets(t));
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
    // would add a second, different set of rows for the same indicators.
    case 'pengukuran':
    case 'riwayat':
    case 'kemajuan':
    case 'nasional':
      if (!/^bab-/.test(docKind ?? '')) return unplaced(t, `a ${kind} table outside the chapters`);
      if (kind === 'pengukuran') out.pengukuran.push(...readPengukuran(t));
      else if (kind === 'riwayat') out.riwayat.push(...readRiwayat(t));
      else if (kind === 'kemajuan') out.kemajuanRenstra.push(...readKemajuan(t));
      else out.nasional.push(...readNasional(t));
      return;
    case 'unknown':
      t.notes.add('table-unknown', `table (${t.label}) matches no known kind of LKjIP table`, { ...tableLoc, table: t.label }, headerText(t.grid));
      return;
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
  belanja.groups = readBelanja(t);
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

