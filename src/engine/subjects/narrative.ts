// Subjects for the narrative rules.
import type { Model } from '../../model/types.js';
import type { Subject } from '../types.js';

export const subjects: Record<string, (model: Model) => Subject[]> = {};
