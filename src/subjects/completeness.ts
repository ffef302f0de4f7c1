// Subjects for the completeness rules: the parts PermenPAN-RB 53/2014 prescribes, the seven
// analyses Bab III.A owes each sasaran, template residue, mandatory cells left empty, undated
// signatures, and what reading the document could not place (one module each in completeness/).
import type { Model } from '../model/types.js';
import type { Subject } from '../engine/types.js';
import { analyses } from './completeness/analyses.js';
import { berkasDocuments } from './completeness/berkas.js';
import { mandatoryCells, signingDates } from './completeness/cells.js';
import { extractionNotes } from './completeness/notes.js';
import { requiredParts } from './completeness/required-parts.js';
import { residue } from './completeness/residue.js';
import type { Provider } from './provider.js';

export const subjects: Record<string, Provider> = {
  'extraction-note': extractionNotes,
  'required-part': requiredParts,
  'berkas-document': berkasDocuments,
  'sasaran-analysis': analyses,
  'template-residue': residue,
  'mandatory-cell': mandatoryCells,
  'signing-date': signingDates,
};
