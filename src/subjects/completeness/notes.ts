// What reading the document could not place (a table of no known kind, a cell that is no number, a
// page without text …): the reviewer must know it was not checked.
import type { Model } from '../../model/types.js';
import { clip } from '../../domain/text.js';
import type { Subject } from '../../engine/types.js';
import { occurrenceKeys } from '../occurrence-key.js';
import { subjectKey } from '../subject-key.js';

/** The codes of notes a reviewer is told about (rules/terms.json, table "completeness-extraction"). */
const TOLD = new Set(['table-unknown', 'table-unplaced', 'cell-unparsed', 'level-unknown', 'meta-missing', 'reader']);

export function extractionNotes(model: Model): Subject[] {
  const x = model.extraction;
  if (!x) return [];
  const key = occurrenceKeys();
  const notes = (x.notes ?? []).filter((n) => TOLD.has(n.code));
  return [
    ...notes.map((n) => ({
      type: 'extraction-note',
      key: key(subjectKey('extraction', n.code, n.at?.table, n.header ?? n.message)),
      loc: n.loc,
      evidence: clip(n.header ?? n.message),
      facts: { code: n.code },
    })),
    ...(x.reader ?? []).map((note) => ({
      type: 'extraction-note',
      key: key(subjectKey('extraction', 'reader', note)),
      loc: x.loc,
      evidence: note,
      facts: { code: 'reader' },
    })),
  ];
}
