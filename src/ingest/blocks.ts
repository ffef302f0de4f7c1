// The intermediate form every document reader produces (text, Markdown, PDF): a sequence of
// paragraphs and tables with their positions. One shared "understanding" step (src/ingest/understand)
// turns blocks into the report model, so format readers know formats and nothing of LKjIP.

export interface BlockLoc {
  /** 1-based line in the source file (text, Markdown). */
  line?: number;
  column?: number;
  endLine?: number;
  /** 1-based page (PDF). */
  page?: number;
  /** Vertical position on the page in PDF units from the top, for ordering and spacing. */
  y?: number;
}

export interface Cell {
  text: string;
  loc: BlockLoc;
  /** Number of grid columns the cell spans (ruled PDF tables, HTML-like sources). */
  colSpan?: number;
}

export interface TableBlock {
  type: 'table';
  rows: Cell[][];
  loc: BlockLoc;
  /** How the table was found: cell borders (ruled), aligned text (clustered), tabs or pipes. */
  source: 'ruled' | 'clustered' | 'tabs' | 'pipes';
  /** Pages the table spans, when it was joined across pages. */
  pages?: number[];
}

export interface TextBlock {
  type: 'paragraph';
  text: string;
  loc: BlockLoc;
  /** The format marks it as a heading (Markdown #, a large or bold PDF line); 1 = top level. */
  headingLevel?: number;
  /** List marker as printed ("a.", "1)", "-", "✓"), removed from `text`. */
  marker?: string;
  bold?: boolean;
}

export type Block = TextBlock | TableBlock;

export interface DocumentBlocks {
  file: string;
  format: 'text' | 'markdown' | 'pdf';
  pages?: number;
  blocks: Block[];
  /** What the reader could not read (a page without text, a table it gave up on …). */
  notes: string[];
}
