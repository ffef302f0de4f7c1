// The budget per program table (Bab III, realisasi anggaran): flat rows with their level. The level
// is read, never guessed from order alone:
//   - which of several code columns holds the row's code ("KODE" over two columns: the program's in
//     the outer one, the kegiatan's in the inner one), or which of separate Program / Kegiatan
//     columns holds its name;
//   - the row's own words ("PROGRAM …", "Kegiatan …", "Sub Kegiatan …") where the table names at
//     least two levels so;
//   - its numbering: each shape of number is a level, below the shape whose rows a number opening
//     its sequence follows ("I" / "I.1" / "1"; "I." / "A" / "1"; "1" / "1.1" / "1.1.1"; kode
//     rekening "1.02.01" / "1.02.01.2.01"); one shape throughout is a flat list.
// A table with no such mark at all is a flat list; a row without one among marked rows takes the
// level below the row above it (`levelFrom: inferred`). Totals over such rows are not certain.
// Total rows ("Jumlah", "TOTAL KEGIATAN", "TOTAL URUSAN …") close the rows since the total before
// them; "Urusan …" rows open a group.
import type { BudgetRow, BudgetTable, BudgetTotal } from '../../../model/report-input.js';
import { norm } from '../words.js';
import { first, type Role } from './columns.js';
import { checkNumber, positional, rowAt, tableAt, type TableInput } from './context.js';
import { text, type DataRow } from './grid.js';

const TOTAL = /^(?:jumlah|total|grand\s+total|sub\s*total)\b/i;
const URUSAN = /^(?:urusan|bidang\s+urusan)\b/i;
const LEVELS = ['program', 'kegiatan', 'subkegiatan'] as const;
type Level = (typeof LEVELS)[number];
type LevelFrom = 'words' | 'numbering' | 'code-column' | 'name-column' | 'flat' | 'inferred';
/** A number opening a name: "I.", "1.1.", "1.02.01.2.01", "a.". */
const LEADING_NUMBER = /^((?:[IVX]+|\d{1,4})(?:\.(?:\d{1,4}|[IVX]+))*\.?|[a-z][.)])\s+(?=\S)(.*)$/s;

interface Columns {
  no: number[];
  names: { col: number; level?: Level }[];
  anggaran?: number;
  realisasi?: number;
  persen?: number;
}

interface Line {
  row: DataRow;
  name: string;
  no?: string;
  /** The level its words, a code column or a name column give. */
  marked?: { level?: Level; depth?: number; from: LevelFrom };
  /** The numbering's shape ("R", "R.D", "D.D"), when numbered. */
  shape?: string;
  /** A program named in its own column on a kegiatan's row: the values are the kegiatan's. */
  bare?: boolean;
}

export function readBudget(t: TableInput, title: string | undefined): BudgetTable {
  const c = columnsOf(t);
  const table: BudgetTable = {};
  if (title) table.title = title;
  const header = c.anggaran === undefined ? undefined : t.grid.headers[c.anggaran];
  if (header) table.anggaranHeader = header;
  const lines: Line[] = [];
  const totals: { total: BudgetTotal; rowsBefore: number }[] = [];
  const breaks = new Set<number>();
  for (const row of t.grid.data) {
    const label = totalLabel(row, c);
    if (label) {
      const total: BudgetTotal = { label: norm(label) };
      setValues(total, row, c);
      total.at = rowAt(t, row, { anggaran: c.anggaran, realisasi: c.realisasi, persen: c.persen });
      checkValues(t, row, c);
      totals.push({ total, rowsBefore: lines.length });
      breaks.add(lines.length);
      continue;
    }
    const read = linesOf(row, c);
    // "URUSAN WAJIB …": a group of programs, not a budget row.
    if (read.length && URUSAN.test(read[0].name)) {
      breaks.add(lines.length);
      continue;
    }
    lines.push(...read);
  }
  const rows = levels(lines, t, c, breaks);
  table.rows = rows;
  if (totals.length) {
    table.total = totals[totals.length - 1].total;
    if (totals.length > 1) table.subtotals = totals.slice(0, -1).map(({ total, rowsBefore }) => ({ ...total, rowsBefore }));
  }
  table.at = tableAt(t);
  delete table.at.table;
  return table;
}

function columnsOf(t: TableInput): Columns {
  const { cols } = t;
  const names: Columns['names'] = [];
  for (const [role, level] of [['program', undefined], ['kegiatan', 'kegiatan'], ['subkegiatan', 'subkegiatan']] as const)
    for (const col of cols.by[role] ?? []) names.push({ col, level });
  names.sort((a, b) => a.col - b.col);
  // Separate Program | Kegiatan columns: the left one holds programs.
  if (names.length > 1 && names[0].level === undefined && names.some((n) => n.level)) names[0].level = 'program';
  if (!names.length) {
    const uraian = first(cols, 'uraian');
    const noCol = first(cols, 'no');
    names.push({ col: uraian ?? positional(t, noCol === 0 ? 1 : 0)! });
  }
  // Code columns: every 'no' column, and an unnamed column right of one (a code over two columns).
  const no = [...(cols.by.no ?? [])];
  for (let i = 0; i < no.length; i++) {
    const right = no[i] + 1;
    if (!t.grid.headers[right] && !no.includes(right) && !names.some((n) => n.col === right)) no.splice(i + 1, 0, right);
  }
  return {
    no,
    names: names.length > 1 && names.every((n) => !n.level) ? [names[0]] : names,
    anggaran: anggaranColumn(t),
    realisasi: first(cols, 'realisasiAnggaran') ?? moneyByPlace(t, 'realisasi'),
    persen: first(cols, 'persenAnggaran') ?? moneyByPlace(t, 'capaian'),
  };
}

/** Of several anggaran columns ("Sebelum Perubahan", "Setelah Perubahan"), the final one. */
function anggaranColumn(t: TableInput): number | undefined {
  const list = t.cols.by.anggaran ?? [];
  if (list.length <= 1) return list[0];
  const after = list.filter((c) => /setelah|sesudah|revisi|perubahan\s*$|\bp\b|akhir/i.test(t.grid.headers[c]) && !/sebelum|murni|awal/i.test(t.grid.headers[c]));
  if (after.length === 1) return after[0];
  return positional(t, list[list.length - 1]);
}

/** "Realisasi", "%" beside the anggaran: rupiah and its share, certain where no column of the table is about performance. */
function moneyByPlace(t: TableInput, role: Role): number | undefined {
  const list = t.cols.by[role] ?? [];
  if (!list.length) return undefined;
  const performance = ['target', 'indikator', 'satuan'].some((r) => t.cols.by[r as Role]?.length);
  if (list.length === 1 && !performance) return list[0];
  return positional(t, list[list.length - 1]);
}

function totalLabel(row: DataRow, c: Columns): string | undefined {
  const texts = [...c.no, ...c.names.map((n) => n.col), 0].map((col) => text(row.cells, col));
  const label = texts.find((s) => s && TOTAL.test(s));
  if (label) return label;
  // "TOTAL URUSAN PILIHAN" in a wider cell, or a total printed right of an empty name.
  return row.cells.map((x) => x.text.trim()).find((s) => TOTAL.test(s) && !/^\d/.test(s));
}

function linesOf(row: DataRow, c: Columns): Line[] {
  const out: Line[] = [];
  // Which code column holds the code: the outer one a program's, the inner one a kegiatan's.
  const codeAt = c.no.length > 1 ? c.no.findIndex((col) => text(row.cells, col)) : -1;
  const code = c.no.map((col) => text(row.cells, col)).find(Boolean);
  const filled = c.names.filter((n) => text(row.cells, n.col));
  filled.forEach((n, k) => {
    let name = norm(text(row.cells, n.col)!);
    let no = k === filled.length - 1 ? code : undefined;
    if (!no) {
      const m = LEADING_NUMBER.exec(name);
      if (m && !/^\d{1,4}\s+(?:\d|%)/.test(name)) [no, name] = [m[1], m[2]];
    }
    const line: Line = { row, name };
    if (no) line.no = no;
    const words = wordLevel(name);
    if (n.level && c.names.length > 1) line.marked = { level: n.level, from: 'name-column' };
    else if (codeAt >= 0 && k === filled.length - 1) line.marked = { depth: codeAt, from: 'code-column' };
    if (words) line.marked ??= { level: words, from: 'words' };
    // A program named in its own column on a kegiatan's row carries no values of its own.
    if (k < filled.length - 1) line.bare = true;
    out.push(line);
  });
  return out;
}

function wordLevel(name: string): Level | undefined {
  if (/^sub[\s-]*kegiatan\b/i.test(name)) return 'subkegiatan';
  if (/^kegiatan\b/i.test(name)) return 'kegiatan';
  if (/^program\b/i.test(name)) return 'program';
  return undefined;
}

/** "I" → "R", "I.1" → "R.D", "1.1." → "D.D", "a." → "L", "A" → "U", "1.02.01.2.01" → "D.D.D.D.D". */
export function shapeOf(no: string): string | undefined {
  const groups = no.replace(/[.)]\s*$/, '').split('.');
  const kinds = groups.map((g) => (/^\d+$/.test(g) ? 'D' : /^[IVX]+$/.test(g) ? 'R' : /^[a-z]$/.test(g) ? 'L' : /^[A-Z]$/.test(g) ? 'U' : undefined));
  return kinds.every(Boolean) ? kinds.join('.') : undefined;
}

/** The last group of a number is the first of its sequence: "1", "01", "A", "a", "I", "I.1". */
function opensSequence(no: string): boolean {
  const last = no.replace(/[.)]\s*$/, '').split('.').pop() ?? '';
  return /^0*1$|^[Aa]$|^[Ii]$/.test(last);
}

/**
 * Shapes of the numbering of each line. A letter that is also a roman numeral ("I", "V", "X") is a
 * letter where it follows the letter before it ("H" → "I").
 */
function assignShapes(lines: Line[]): void {
  let lastLetter: string | undefined;
  for (const l of lines) {
    if (!l.no) continue;
    const bare = l.no.replace(/[.)]\s*$/, '');
    let shape = shapeOf(l.no);
    if (shape === 'R' && lastLetter && bare.length === 1 && bare.charCodeAt(0) === lastLetter.charCodeAt(0) + 1) shape = 'U';
    if (shape === 'U') lastLetter = bare;
    if (shape) l.shape = shape;
  }
}

/**
 * Depth of each numbering shape. A number that opens its sequence ("1", "A", "I.1", "1.02.01.2.01")
 * right after a number of another shape is that one's child: the shapes form a tree of levels
 * ("I." → "A" → "1": the BELANJA row, its programs, their kegiatan), and a shape's depth is its
 * longest path from a top shape. An edge that would close a cycle is not a fact of the table.
 */
function shapeDepths(lines: Line[]): Map<string, number> {
  const children = new Map<string, Set<string>>();
  const shapes: string[] = [];
  let prev: Line | undefined;
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean =>
    from === to || [...(children.get(from) ?? [])].some((c) => !seen.has(c) && (seen.add(c), reaches(c, to, seen)));
  for (const l of lines) {
    if (!l.shape) continue;
    if (!shapes.includes(l.shape)) shapes.push(l.shape);
    if (prev?.shape && prev.shape !== l.shape && opensSequence(l.no!) && !reaches(l.shape, prev.shape)) {
      if (!children.has(prev.shape)) children.set(prev.shape, new Set());
      children.get(prev.shape)!.add(l.shape);
    }
    prev = l;
  }
  const depth = new Map<string, number>();
  const visit = (s: string, d: number) => {
    if ((depth.get(s) ?? -1) >= d) return;
    depth.set(s, d);
    for (const c of children.get(s) ?? []) visit(c, d + 1);
  };
  const hasParent = new Set([...children.values()].flatMap((c) => [...c]));
  for (const s of shapes) if (!hasParent.has(s)) visit(s, 0);
  return depth;
}

/** Levels of the lines; `breaks` are the line counts at which a total or an "Urusan" row closes a group. */
function levels(lines: Line[], t: TableInput, c: Columns, breaks: Set<number>): BudgetRow[] {
  const wordLevels = new Set(lines.filter((l) => l.marked?.from === 'words').map((l) => l.marked!.level));
  // A lone level word among unmarked, alike-numbered rows is part of a name ("Kegiatan Pencegahan …").
  const wordsMark = wordLevels.size >= 2 || lines.every((l) => l.marked?.from === 'words');
  const markOf = (l: Line) => (l.marked && (l.marked.from !== 'words' || wordsMark) ? l.marked : undefined);
  assignShapes(lines);
  const depths = shapeDepths(lines);
  const numbered = depths.size > 0;
  const anyMark = lines.some((l) => markOf(l) || (numbered && l.shape));
  const out: BudgetRow[] = [];
  let previous: BudgetRow | undefined;
  let unknown = 0;
  lines.forEach((l, i) => {
    if (breaks.has(i)) previous = undefined;
    let level: Level;
    let from: LevelFrom;
    const m = markOf(l);
    if (m?.level) [level, from] = [m.level, m.from];
    else if (m?.depth !== undefined) [level, from] = [LEVELS[Math.min(2, m.depth)], m.from];
    else if (numbered && l.shape) [level, from] = [LEVELS[Math.min(2, depths.get(l.shape)!)], 'numbering'];
    else if (!anyMark) [level, from] = ['kegiatan', 'flat'];
    else {
      // Below the row above it, or beside it when that one was inferred too.
      const up = previous ? LEVELS.indexOf(previous.level) + (previous.levelReading === 'inferred' ? 0 : 1) : 0;
      [level, from] = [LEVELS[Math.min(2, up)], 'inferred'];
      unknown++;
    }
    const r: BudgetRow = { level, name: l.name };
    if (from === 'flat' || from === 'inferred') r.levelReading = from;
    if (l.no) r.no = l.no;
    if (!l.bare) {
      setValues(r, l.row, c);
      checkValues(t, l.row, c);
    }
    r.at = rowAt(t, l.row, l.bare ? {} : { anggaran: c.anggaran, realisasi: c.realisasi, persen: c.persen });
    out.push(r);
    previous = r;
  });
  if (unknown)
    t.notes.add(
      'level-unknown',
      `${unknown} budget row(s) of ${t.label} are not marked program, kegiatan or sub kegiatan (by words, numbering or code column); their level is inferred from the rows above them, and totals over them are not certain`,
      tableAt(t),
    );
  return out;
}

function setValues(target: { anggaran?: unknown; realisasi?: unknown; persen?: unknown }, row: DataRow, c: Columns): void {
  const anggaran = text(row.cells, c.anggaran);
  const realisasi = text(row.cells, c.realisasi);
  const persen = text(row.cells, c.persen);
  if (anggaran !== undefined) target.anggaran = anggaran;
  if (realisasi !== undefined) target.realisasi = realisasi;
  if (persen !== undefined) target.persen = persen;
}

function checkValues(t: TableInput, row: DataRow, c: Columns): void {
  for (const [col, f] of [[c.anggaran, 'anggaran'], [c.realisasi, 'realisasi'], [c.persen, 'persen']] as const) checkNumber(t, row, col, f);
}
