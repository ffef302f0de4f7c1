// Names of the documents an LKjIP contains or attaches, for messages.
import type { Localized } from '../engine/types.js';

const LABELS: Record<string, Localized> = {
  'kata-pengantar': { id: 'Kata Pengantar LKjIP', en: 'foreword of the performance report' },
  lkjip: { id: 'LKjIP', en: 'performance report' },
  pk: { id: 'Perjanjian Kinerja', en: 'Performance Agreement' },
  'pk-perubahan': { id: 'Perjanjian Kinerja Perubahan', en: 'revised Performance Agreement' },
  rkt: { id: 'Rencana Kinerja Tahunan', en: 'Annual Performance Plan' },
  'sk-iku': { id: 'Keputusan penetapan IKU', en: 'IKU decree' },
  iku: { id: 'Keputusan penetapan IKU', en: 'IKU decree' },
  renstra: { id: 'Renstra', en: 'Strategic Plan' },
  'pernyataan-reviu': { id: 'Pernyataan Telah Direviu', en: 'review statement' },
  other: { id: 'dokumen lain', en: 'another document' },
};

export function documentLabel(document: string): Localized {
  return LABELS[document] ?? { id: document, en: document };
}
