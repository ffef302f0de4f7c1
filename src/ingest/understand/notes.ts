// What the understanding step could not place in the model. Nothing is dropped silently: the CLI
// shows these as info findings or in an --explain-extraction listing.
import type { At } from '../../model/report-input.js';

export type NoteCode =
  /** A table whose header matches no known kind of LKjIP table. */
  | 'table-unknown'
  /** A table of a known kind in a place where the model has no slot for it. */
  | 'table-unplaced'
  /** A section the regulation expects (Bab I–IV, Bab III A/B, PK) was not found. */
  | 'section-missing'
  /** A cell where a number was expected but the text does not read as one. */
  | 'cell-unparsed'
  /** A budget row whose level (program / kegiatan / sub kegiatan) neither its words nor its numbering tell. */
  | 'level-unknown'
  /** Report metadata (year, agency) not found. */
  | 'meta-missing';

export interface UnderstandingNote {
  code: NoteCode;
  message: string;
  at?: At;
  /** Header text of the table, for table notes. */
  header?: string;
}

export class Notes {
  readonly list: UnderstandingNote[] = [];
  add(code: NoteCode, message: string, at?: At, header?: string): void {
    const note: UnderstandingNote = { code, message };
    if (at && Object.keys(at).length) note.at = at;
    if (header !== undefined) note.header = header;
    this.list.push(note);
  }
}
