// Which table cells of the report model the findings point at. A cell is marked when a finding's
// location points at it: by JSON pointer for structured input, else by table + row + field, else by
// line (and column, page) + field. A finding on a row without a field marks the row.
import type { Finding, Severity } from '../engine/types.js';
import type { Loc } from '../model/types.js';
import { pushTo } from '../util/multimap.js';

export interface Mark {
  /** Indexes into the file's findings (0-based), in finding order. */
  findings: number[];
  severity: Severity;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

function worst(findings: Finding[], indexes: number[]): Severity {
  return indexes.map((i) => findings[i].severity).reduce<Severity>((a, b) => (RANK[b] > RANK[a] ? b : a), 'info');
}

function withField(pointer: string, field: string): string {
  return pointer.endsWith(`/${field}`) ? pointer : `${pointer}/${field}`;
}

/** Does a finding location point at the cell `field` whose own location is `cell`? */
export function pointsAtCell(at: Loc, cell: Loc, field: string): boolean {
  if (at.field !== field) return false;
  if (at.file !== cell.file) return false;
  if (at.pointer && cell.pointer) return withField(at.pointer, field) === withField(cell.pointer, field);
  if (at.table !== undefined && cell.table !== undefined && at.row !== undefined && cell.row !== undefined)
    return at.table === cell.table && String(at.row) === String(cell.row);
  if (at.line !== undefined && cell.line !== undefined) {
    if (at.line !== cell.line || at.page !== cell.page) return false;
    return at.column === undefined || cell.column === undefined || at.column === cell.column;
  }
  if (at.page !== undefined && cell.page !== undefined && at.table !== undefined) return at.page === cell.page && at.table === cell.table;
  return false;
}

/**
 * A location that names only a page (and section) and a field, as a PDF without line positions
 * gives for a value outside a recognised table: ambiguous by itself, so the value printed must also
 * be the one the finding reports.
 */
export function pointsAtCoarse(at: Loc, cell: Loc, field: string): boolean {
  if (at.field !== field || at.file !== cell.file) return false;
  const coarse = (l: Loc) => !l.pointer && l.table === undefined && l.row === undefined && l.line === undefined && l.page !== undefined;
  if (!coarse(at) || !coarse(cell)) return false;
  return at.page === cell.page && (at.section === undefined || cell.section === undefined || at.section === cell.section);
}

/** Does a finding location point at a table row as a whole (no field)? */
export function pointsAtRow(at: Loc, row: Loc): boolean {
  if (at.field !== undefined || at.file !== row.file) return false;
  if (at.pointer && row.pointer) return at.pointer === row.pointer;
  if (at.table !== undefined && row.table !== undefined && at.row !== undefined && row.row !== undefined)
    return at.table === row.table && String(at.row) === String(row.row);
  return false;
}

/** A place in the recomputed tables: the anchor of a cell or row and what to call it in a link. */
export interface Place {
  id: string;
  label: string;
}

/** Marks for the cells and rows of one file's tables; for each finding the places that show it. */
export class CellMarks {
  /** Finding index → the cells (or rows) it marked. */
  readonly shownAt = new Map<number, Place[]>();
  /** "finding index:related index" → the cell (or row) a related location points at. */
  readonly relatedAt = new Map<string, Place>();

  constructor(private readonly findings: Finding[]) {}

  private collect(test: (at: Loc, f?: Finding) => boolean, place: Place): Mark | undefined {
    const hits: number[] = [];
    this.findings.forEach((f, i) => {
      if (test(f.location, f)) hits.push(i);
      f.related?.forEach((r, k) => {
        if (test(r.location) && !this.relatedAt.has(`${i}:${k}`)) this.relatedAt.set(`${i}:${k}`, place);
      });
    });
    if (!hits.length) return undefined;
    for (const i of hits) pushTo(this.shownAt, i, place);
    return { findings: hits, severity: worst(this.findings, hits) };
  }

  /** The mark of a cell, given the location of its value (its own field wins) or of its row and the field. */
  cell(loc: Loc | undefined, field: string, place: Place, printed?: string): Mark | undefined {
    if (!loc) return undefined;
    const name = loc.field ?? field;
    const cell = { ...loc, field: name };
    const same = (f?: Finding) => printed !== undefined && f?.actual !== undefined && f.actual.trim() === printed.trim();
    return this.collect((at, f) => pointsAtCell(at, cell, name) || (same(f) && pointsAtCoarse(at, cell, name)), place);
  }

  row(loc: Loc | undefined, place: Place): Mark | undefined {
    if (!loc) return undefined;
    return this.collect((at) => pointsAtRow(at, loc), place);
  }
}
