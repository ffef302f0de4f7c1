// Names of the documents an LKjIP contains or attaches, for the lists findings print (the words
// live in rules/terms.json, table "reference-document"; single names are fragments of the rules).
import { termText } from './terms.js';
import type { Localized } from '../engine/types.js';

export function documentLabel(document: string): Localized {
  return termText(`reference-document.${document}`, {}, { id: document, en: document });
}
