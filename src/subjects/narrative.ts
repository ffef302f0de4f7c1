// Subjects for the narrative rules: claims the prose makes (numbers, predikat words, achievement
// words, counts, SKM mutu letters), attached to what they speak of. Extraction and attachment live
// in src/subjects/narrative; this module only registers the providers.
import { achievementSubjects, budgetSentences, countSubjects, mutuSubjects, numberSubjects, predikatSubjects } from './narrative/subjects.js';
import { changeSubjects } from './narrative/changes.js';
import { directionSubjects } from './narrative/directions.js';
import type { Provider } from './provider.js';

export const subjects: Record<string, Provider> = {
  'narrative-number': numberSubjects,
  'narrative-predikat': predikatSubjects,
  'narrative-achievement': achievementSubjects,
  'narrative-count': countSubjects,
  'narrative-mutu': mutuSubjects,
  'stated-change': changeSubjects,
  'stated-direction': directionSubjects,
  'budget-sentence': budgetSentences,
};
