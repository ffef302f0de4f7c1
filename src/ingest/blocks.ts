// The intermediate form every document reader produces (text, Markdown, PDF, Word): a sequence of
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
  /** 1-based paragraph of the document (Word, which has no stable pages or lines). */
  paragraph?: number;
  /** The text was read from an image by OCR: characters, digits above all, may be misread. */
  ocr?: boolean;
}

export interface Cell {
  text: string;
  loc: BlockLoc;
  /** Number of grid columns the cell spans (ruled PDF tables, HTML-like sources). */
  colSpan?: number;
  /** Number of grid rows the cell spans (ruled PDF tables); the rows below hold `covered` cells. */
  rowSpan?: number;
  /** Placeholder (text '') for a position covered by a cell with rowSpan above it: not a value. */
  covered?: boolean;
  /** The cell's row was printed in two parts over a page break and joined by the reader. */
  continued?: boolean;
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
  /**
   * Location of each line of `text` (split on "\n"), when the paragraph spans several printed
   * lines: signature blocks and letterheads are read line by line.
   */
  lines?: BlockLoc[];
}

export type Block = TextBlock | TableBlock;

/** A comment in the source (Markdown `<!-- … -->`): kept out of block text, kept here for inline
 *  suppressions such as `<!-- lkjip-lint-disable-next-line rule-id -- alasan -->`. */
export interface SourceComment {
  /** The comment's content without `<!--` and `-->`, trimmed. */
  text: string;
  loc: BlockLoc;
}

/**
 * A running header or footer (page furniture), once per page it is printed on, as printed
 * (page number included). Kept out of `blocks`: it is no heading, table or prose of the report,
 * but its title names the report's year and agency, and is quoted when it is wrong.
 */
export interface Furniture {
  text: string;
  loc: BlockLoc;
}

export interface DocumentBlocks {
  file: string;
  format: 'text' | 'markdown' | 'pdf' | 'docx';
  pages?: number;
  /** Pages read by OCR (PDF pages without a text layer, with --ocr). */
  ocrPages?: number[];
  blocks: Block[];
  /** Running headers and footers (PDF: found by repetition; the Word reader does not read Word's header parts yet). */
  furniture?: Furniture[];
  /** The document's own title entry (a PDF's Info Title), as stored; often left from a template. */
  title?: string;
  /** What the reader could not read (a page without text, a table it gave up on …). */
  notes: string[];
  /** Source comments in document order (Markdown). */
  comments?: SourceComment[];
}
