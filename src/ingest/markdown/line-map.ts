// Positions in the normalised Markdown (what remark parses) mapped back to the file the user wrote.
// Normalisation inserts lines (a table's delimiter row, blank separators) and rewrites some lines
// (a tab-separated row becomes a pipe row), so both lines and columns need a map.

export interface SourcePoint {
  line: number;
  column: number;
}

/** Where one normalised line came from. */
export interface LineOrigin {
  /** 1-based line in the original text. */
  line: number;
  /** Original 1-based column of each normalised column (index 0 = column 1); absent = same column. */
  columns?: number[];
  /** Why the line differs from the original, if it does. */
  kind?: 'tab-row' | 'table-delimiter' | 'separator' | 'unlisted-pipe-row';
  /** For a row converted from tabs: how many cells the original line had (before padding). */
  cells?: number;
}

export class LineMap {
  constructor(readonly origins: LineOrigin[]) {}

  /** The origin of a 1-based normalised line (lines past the end map to the last one). */
  origin(line: number): LineOrigin {
    const i = Math.min(Math.max(line, 1), this.origins.length) - 1;
    return this.origins[i] ?? { line };
  }

  line(line: number): number {
    return this.origin(line).line;
  }

  point(line: number, column: number): SourcePoint {
    const origin = this.origin(line);
    if (!origin.columns) return { line: origin.line, column };
    const cols = origin.columns;
    if (cols.length === 0) return { line: origin.line, column: 1 };
    const i = Math.min(Math.max(column, 1), cols.length) - 1;
    // A column past the rewritten line's end maps past the original line's end.
    const extra = column > cols.length ? column - cols.length : 0;
    return { line: origin.line, column: cols[i] + extra };
  }
}
