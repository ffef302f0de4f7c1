// Registry of subject providers, one module per rule category. A provider turns the model into
// the subjects one kind of rule looks at, with the facts those rules compare.
import type { Model } from '../model/types.js';
import { DEFAULT_SETTINGS, type LintSettings } from '../engine/settings.js';
import type { Subject } from '../engine/types.js';
import type { Provider } from './provider.js';
import * as arithmetic from './arithmetic.js';
import * as capaian from './capaian.js';
import * as rating from './rating.js';
import * as consistency from './consistency.js';
import * as narrative from './narrative.js';
import * as period from './period.js';
import * as completeness from './completeness.js';
import * as counts from './counts.js';
import * as structure from './structure.js';
import * as reference from './reference.js';
import * as outline from './outline.js';
import * as yearWriting from './year-writing.js';
import * as chapterLists from './chapter-lists.js';

export type { Provider } from './provider.js';

export const providers: Record<string, Provider> = {};
for (const mod of [arithmetic, capaian, rating, consistency, narrative, period, completeness, structure, counts, reference, outline, yearWriting, chapterLists]) {
  for (const [type, provider] of Object.entries(mod.subjects as Record<string, Provider>)) {
    if (providers[type]) throw new Error(`subject type ${type} is provided twice`);
    providers[type] = provider;
  }
}

/** Subjects by type, only for the types some rule needs. */
export function collectSubjects(model: Model, needed: Set<string>, settings: LintSettings = DEFAULT_SETTINGS): Map<string, Subject[]> {
  const out = new Map<string, Subject[]>();
  for (const type of needed) {
    const provider = providers[type];
    if (!provider) throw new Error(`no provider for subject type "${type}"`);
    out.set(type, provider(model, settings));
  }
  return out;
}
