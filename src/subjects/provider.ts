// What a subject provider is: the subjects of one type in a model, under the lint's settings (the
// configured tolerance and default scale).
import type { LintSettings } from '../engine/settings.js';
import type { Subject } from '../engine/types.js';
import type { Model } from '../model/types.js';

export type Provider = (model: Model, settings: LintSettings) => Subject[];
