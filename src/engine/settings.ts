// What the configuration changes in how findings are decided, passed into a lint (ESLint's
// context.settings) rather than set process-wide: two lints with different settings may run in
// one process (the server's workers, the tests) without one seeing the other's.
import { NO_TOLERANCE, type TolerancePolicy } from '../domain/quantity.js';
import { defaultScaleOf, type Scale } from '../domain/scale.js';
import { polarityWords, type PolarityWordLists, type PolarityWords } from '../domain/polarity-words.js';

export interface LintSettings {
  /** Slack beyond the printed precision, per unit (configuration `tolerance`). */
  tolerance: TolerancePolicy;
  /** The rating scale of a report that declares none (configuration `defaultScale`). */
  defaultScale: Scale;
  /** Words that make an indicator's name suggest negative polarity (rules/polarity-words.json and configuration `polarityWords`). */
  polarityWords: PolarityWords;
}

export const DEFAULT_SETTINGS: LintSettings = { tolerance: NO_TOLERANCE, defaultScale: defaultScaleOf(), polarityWords: polarityWords() };

export interface SettingsInput {
  tolerance?: TolerancePolicy;
  defaultScale?: Scale;
  polarityWords?: PolarityWordLists;
}

export function lintSettings(s: SettingsInput = {}): LintSettings {
  const extraWords = !!(s.polarityWords?.negative?.length || s.polarityWords?.exceptions?.length);
  if (!s.tolerance && !s.defaultScale && !extraWords) return DEFAULT_SETTINGS;
  return { tolerance: s.tolerance ?? NO_TOLERANCE, defaultScale: defaultScaleOf(s.defaultScale), polarityWords: polarityWords(s.polarityWords) };
}
