// Per-indicator results of Bab III (computed capaian, predikat on the effective scale) and their
// grouping by sasaran: the shared facts behind the capaian, rating and narrative rules.
import type { Model, Normalized, Val } from '../model/types.js';
import type { Measurement } from '../model/report-input.js';
import {
  computeCapaian,
  negativeFormulaDeclaration,
  polarityOf,
  readingsUnsettled,
  settleReadings,
  zeroRealisasiOpen,
  type CapaianResult,
  type Polarity,
  type Unsettled,
} from '../domain/capaian.js';
import { effectiveScale, rate, type Band, type Rating, type Scale } from '../domain/scale.js';
import { agree, fitsStated } from '../domain/quantity.js';
import { normalizeText } from '../domain/text.js';
import { DEFAULT_SETTINGS, type LintSettings } from '../engine/settings.js';

export interface IndicatorResult {
  row: Normalized<Measurement>;
  /** 1-based sasaran number in order of appearance. */
  sasaranNo: number;
  sasaran: string;
  polarity: Polarity;
  polarityDeclared: boolean;
  computed: CapaianResult;
  /** Set when the capaian depends on an ambiguous number its readings do not settle. */
  unsettled?: Unsettled;
  /** The other polarity's capaian, to recognise a formula applied the wrong way round. */
  alternative: CapaianResult;
  /** Capaian used for rating: computed when computable, else the stated value. */
  capaian?: number;
  /** The band of `capaian` on the effective scale (a capaian above 100 takes the default scale's top band). */
  band?: Band;
  /** How `capaian` rates: its band, or the gap / end of the scale it falls in. */
  rating?: Rating;
  achieved?: boolean;
  aboveTarget?: boolean;
}

export interface SasaranResult {
  no: number;
  text: string;
  indicators: IndicatorResult[];
  /** Mean capaian of its indicators, when all are numeric. */
  average?: number;
  band?: Band;
  rating?: Rating;
}

export interface Results {
  scale: Scale;
  indicators: IndicatorResult[];
  sasaran: SasaranResult[];
}

/** Per model, for the settings it was computed under (a lint passes the same settings object throughout). */
const cache = new WeakMap<Model, { settings: LintSettings; results: Results }>();

function stated(v: Val | undefined): number | undefined {
  return v?.kind === 'number' && v.value !== null ? v.value : undefined;
}

export function results(model: Model, settings: LintSettings = DEFAULT_SETTINGS): Results {
  const hit = cache.get(model);
  if (hit?.settings === settings) return hit.results;
  const { tolerance } = settings;
  const scale = effectiveScale(model, settings.defaultScale);
  const declaration = negativeFormulaDeclaration(model);
  const formula = declaration.formula;
  const indicators: IndicatorResult[] = [];
  const sasaran: SasaranResult[] = [];
  for (const row of model.pengukuran ?? []) {
    const name = row.sasaran?.trim();
    let current = sasaran[sasaran.length - 1];
    if (!current || (name && normalizeText(name) !== normalizeText(current.text))) {
      current = { no: sasaran.length + 1, text: name ?? '', indicators: [] };
      sasaran.push(current);
    }
    const { polarity, declared } = polarityOf(row.polarity, row.indikator, settings.polarityWords);
    const options = { indikator: row.indikator };
    const read = settleReadings(row.target, row.realisasi, row.capaian, (t, r) => computeCapaian(t, r, polarity, formula, options).value, tolerance);
    let computed = computeCapaian(read.target, read.realisasi, polarity, formula, options);
    // Realisasi 0 on a negative indicator whose formula is open: one formula divides by zero, and
    // what the report prints is its convention, not a number to recompute.
    if (computed.value !== undefined && zeroRealisasiOpen(read.target, read.realisasi, polarity, declaration) && !(read.stated && fitsStated(read.stated, computed.value, tolerance)))
      computed = { problem: 'division-by-zero' };
    const unsettled = readingsUnsettled(row.target, row.realisasi, row.capaian, (t, r) => computeCapaian(t, r, polarity, formula, options).value, tolerance);
    const alternative = computeCapaian(read.target, read.realisasi, polarity === 'positive' ? 'negative' : 'positive', formula, options);
    const capaian = computed.value ?? stated(read.stated);
    const rating = capaian !== undefined ? rate(scale, capaian) : undefined;
    const result: IndicatorResult = {
      row,
      sasaranNo: current.no,
      sasaran: current.text,
      polarity,
      polarityDeclared: declared,
      computed,
      ...(unsettled ? { unsettled } : {}),
      alternative,
      capaian,
      band: rating?.band,
      rating,
      achieved: computed.letterAchieved ?? (capaian !== undefined ? capaian >= 100 || agree(row.capaian, 100, tolerance) === true : undefined),
      aboveTarget: computed.letterAchieved === undefined && capaian !== undefined ? capaian > 100 : undefined,
    };
    current.indicators.push(result);
    indicators.push(result);
  }
  for (const s of sasaran) {
    const values = s.indicators.map((i) => i.capaian);
    if (values.length && values.every((v): v is number => v !== undefined)) {
      s.average = values.reduce((a, b) => a + b, 0) / values.length;
      s.rating = rate(scale, s.average);
      s.band = s.rating.band;
    }
  }
  const out = { scale, indicators, sasaran };
  cache.set(model, { settings, results: out });
  return out;
}
