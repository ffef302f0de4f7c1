// The canonical report model as the engine sees it: the input form (report-input.ts, generated from
// report.schema.json) with every printed value parsed into a located `Val` and every object given a
// `loc`. The shape is the schema's, so there is one model, not two.
import type { LkjipReport, Value } from './report-input.js';
import type { ParsedNumber } from './number-id.js';

export type { LkjipReport } from './report-input.js';

/** Where something stands: the file linted, and inside it a pointer, line, page, table cell. */
export interface Loc {
  file: string;
  /** In a berkas, which of the files after the LKjIP's own this stands in (1, 2 …; absent: the LKjIP's file). */
  part?: number;
  /** JSON pointer, for structured input. */
  pointer?: string;
  line?: number;
  column?: number;
  page?: number;
  /** Paragraph of a Word document, counted from 1 (Word has no stable page numbers). */
  paragraph?: number;
  /** Read by OCR from a scanned page: a finding resting on it is at most a warning. */
  ocr?: boolean;
  /** Heading of the section the item stands in. */
  section?: string;
  table?: string;
  row?: number | string;
  /** Field (table column) of the value. */
  field?: string;
  /** How this place was read when the reading is not certain (schema `Reading`): findings resting on it are not errors. */
  reading?: string;
  /** For a structured file transcribed from a document: the position in that document. */
  source?: { file?: string; line?: number; page?: number; column?: number; paragraph?: number };
}

/** A printed value, parsed, with its location. */
export interface Val extends ParsedNumber {
  loc: Loc;
}

type ValueFields<T> = { [K in keyof T]: null extends T[K] ? Val : Normalized<T[K]> };

export type Normalized<T> = T extends readonly (infer E)[]
  ? Normalized<E>[]
  : T extends object
    ? ValueFields<T> & { loc: Loc }
    : T;

export type InputFormat = 'json' | 'yaml' | 'text' | 'markdown' | 'pdf' | 'docx';

export interface SectionInfo {
  title: string;
  kind?: string;
  number?: string;
  inToc?: boolean;
  loc: Loc;
}

export type Model = Normalized<LkjipReport> & {
  file: string;
  format: InputFormat;
  /** The input as read, for `extract` and round trips. */
  input: LkjipReport;
  /** Sections with their canonical kind resolved from the title. */
  outline: SectionInfo[];
  /** A berkas (--berkas): every file linted together as this model, the LKjIP's first. */
  berkas?: BerkasDocument[];
  /** Last year's LKjIP (--previous, or the earlier of two successive years in a berkas). */
  previous?: Model;
};

/** What a file of a berkas is, judged by its content or stated in the configuration. */
export type BerkasRole = 'lkjip' | 'pk' | 'pk-perubahan' | 'renstra' | 'rkt' | 'iku';

export interface BerkasDocument {
  file: string;
  format: InputFormat;
  role: BerkasRole;
  /** content: judged from its headings and parts; config: the configuration's role map says so. */
  by: 'content' | 'config';
  /** The documents read in it (a PK file may hold the PK Perubahan too), as section kinds. */
  holds: string[];
  /** The year the file names, when it names one. */
  year?: number;
}

export type { Value };
