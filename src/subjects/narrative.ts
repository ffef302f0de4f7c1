// Subjects for the narrative rules: claims the prose makes (numbers, predikat words, achievement
// words, counts, SKM mutu letters), attached to what they speak of. Extraction and attachment live
// in src/narrative; this module only registers the providers.
import type { Model } from '../model/types.js';
import { achievementSubjects, countSubjects, mutuSubjects, numberSubjects, predikatSubjects } from './narrative/subjects.js';
import type { Subject } from '../engine/types.js';

export const subjects: Record<string, (model: Model) => Subject[]> = {
  'narrative-number': numberSubjects,
  'narrative-predikat': predikatSubjects,
  'narrative-achievement': achievementSubjects,
  'narrative-count': countSubjects,
  'narrative-mutu': mutuSubjects,
};
