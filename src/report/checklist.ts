// The Checklist Reviu of PermenPAN-RB 53/2014 (Anak Lampiran III/2-2): 23 items. Each rule names
// the items it informs (`checklist` in its data); an item's status follows from the findings of
// those rules. The Mekanisme items are about the process, which a document cannot show.
import type { Finding, Lang, Localized, RuleDef } from '../engine/types.js';

export interface ChecklistItem {
  id: string;
  group: Localized;
  text: Localized;
  /** A process item: the document cannot show it. */
  process?: boolean;
}

const FORMAT: Localized = { id: 'Format', en: 'Format' };
const MEKANISME: Localized = { id: 'Mekanisme penyusunan', en: 'Preparation mechanism' };
const SUBSTANSI: Localized = { id: 'Substansi', en: 'Substance' };

export const CHECKLIST: ChecklistItem[] = [
  { id: 'I.1', group: FORMAT, text: { id: 'Laporan Kinerja (LKj) telah menampilkan data penting IP', en: 'The report presents the key data of the agency' } },
  { id: 'I.2', group: FORMAT, text: { id: 'LKj telah menyajikan informasi target kinerja', en: 'The report presents the performance targets' } },
  { id: 'I.3', group: FORMAT, text: { id: 'LKj telah menyajikan capaian kinerja IP yang memadai', en: 'The report presents adequate performance achievements' } },
  { id: 'I.4', group: FORMAT, text: { id: 'Telah menyajikan dengan lampiran yang mendukung informasi pada badan laporan', en: 'Attachments support the information in the body of the report' } },
  { id: 'I.5', group: FORMAT, text: { id: 'Telah menyajikan upaya perbaikan ke depan', en: 'Planned improvements are presented' } },
  { id: 'I.6', group: FORMAT, text: { id: 'Telah menyajikan akuntabilitas keuangan', en: 'Financial accountability is presented' } },
  { id: 'II.1', group: MEKANISME, process: true, text: { id: 'LKj IP disusun oleh unit kerja yang memiliki tugas fungsi untuk itu', en: 'The report is prepared by the unit responsible for it' } },
  { id: 'II.2', group: MEKANISME, process: true, text: { id: 'Informasi yang disampaikan dalam LKj telah didukung dengan data yang memadai', en: 'The information is supported by adequate data' } },
  { id: 'II.3', group: MEKANISME, process: true, text: { id: 'Telah terdapat mekanisme penyampaian data dan informasi dari unit kerja ke unit penyusun LKj', en: 'There is a mechanism for units to deliver data to the preparing unit' } },
  { id: 'II.4', group: MEKANISME, process: true, text: { id: 'Telah ditetapkan penanggung jawab pengumpulan data/informasi di setiap unit kerja', en: 'Each unit has someone responsible for collecting data' } },
  { id: 'II.5', group: MEKANISME, process: true, text: { id: 'Data/informasi kinerja yang disampaikan dalam LKj telah diyakini keandalannya', en: 'The reliability of the performance data is assured' } },
  { id: 'II.6', group: MEKANISME, process: true, text: { id: 'Analisis/penjelasan dalam LKj telah diketahui oleh unit kerja terkait', en: 'The units concerned know the analyses in the report' } },
  { id: 'II.7', group: MEKANISME, process: true, text: { id: 'LKj IP bukan merupakan gabungan unit kerja di bawahnya', en: 'The report is not merely a combination of its units’ reports' } },
  { id: 'III.1', group: SUBSTANSI, text: { id: 'Tujuan/sasaran dalam LKj telah sesuai dengan tujuan/sasaran dalam perjanjian kinerja', en: 'Goals in the report match those of the Performance Agreement' } },
  { id: 'III.2', group: SUBSTANSI, text: { id: 'Tujuan/sasaran dalam LKj telah selaras dengan rencana strategis', en: 'Goals in the report are aligned with the strategic plan' } },
  { id: 'III.3', group: SUBSTANSI, text: { id: 'Jika butir 1 dan 2 jawabannya tidak, maka terdapat penjelasan yang memadai', en: 'If not (items 1 and 2), there is an adequate explanation' } },
  { id: 'III.4', group: SUBSTANSI, text: { id: 'Target indikator kinerja tujuan/sasaran dalam LKj telah sesuai dengan target indikator kinerja tujuan/sasaran dalam perjanjian kinerja', en: 'Indicator targets in the report match those of the Performance Agreement' } },
  { id: 'III.5', group: SUBSTANSI, text: { id: 'IKU pada LKj telah sesuai dengan dokumen IKU yang ditetapkan', en: 'The key indicators in the report match the IKU decree' } },
  { id: 'III.6', group: SUBSTANSI, text: { id: 'Jika butir 4 dan 5 jawabannya tidak, maka terdapat penjelasan yang memadai', en: 'If not (items 4 and 5), there is an adequate explanation' } },
  { id: 'III.7', group: SUBSTANSI, text: { id: 'Telah terdapat perbandingan data kinerja dengan tahun lalu, standar nasional dan sebagainya yang bermanfaat', en: 'Performance is compared with last year, national standards and the like' } },
  { id: 'III.8', group: SUBSTANSI, text: { id: 'IKU dan IK telah cukup mengukur tujuan/sasaran', en: 'The indicators adequately measure the goals' } },
  { id: 'III.9', group: SUBSTANSI, text: { id: 'Jika “tidak” telah terdapat penjelasan yang memadai', en: 'If not, there is an adequate explanation' } },
  { id: 'III.10', group: SUBSTANSI, text: { id: 'IKU dan IK telah SMART', en: 'The indicators are SMART' } },
];

export type ChecklistStatus = 'terpenuhi' | 'terpenuhi-dengan-catatan' | 'tidak-terpenuhi' | 'perlu-konfirmasi';

export const STATUS_TEXT: Record<ChecklistStatus, Localized> = {
  terpenuhi: { id: 'TERPENUHI', en: 'MET' },
  'terpenuhi-dengan-catatan': { id: 'TERPENUHI DENGAN CATATAN', en: 'MET WITH NOTES' },
  'tidak-terpenuhi': { id: 'TIDAK TERPENUHI', en: 'NOT MET' },
  'perlu-konfirmasi': { id: 'PERLU KONFIRMASI', en: 'NEEDS CONFIRMATION' },
};

export interface ChecklistResult {
  item: ChecklistItem;
  status: ChecklistStatus;
  /** Why: the rules that inform the item, or why it cannot be judged from the document. */
  basis: Localized;
  findings: Finding[];
}

/**
 * Each item's status from the findings. A report of which nothing beyond the cover was understood
 * meets no item for want of findings: given `unread` (why, see notUnderstood in results.ts), such an
 * item needs confirmation and says why. (The web page runs this module too: it imports types only.)
 */
export function evaluateChecklist(findings: Finding[], rules: RuleDef[], unread?: Localized): ChecklistResult[] {
  return CHECKLIST.map((item) => {
    const ruleIds = new Set(rules.filter((r) => r.checklist?.includes(item.id)).map((r) => r.id));
    const related = findings.filter((f) => ruleIds.has(f.ruleId));
    if (item.process)
      return { item, status: 'perlu-konfirmasi', findings: related, basis: { id: 'butir mekanisme penyusunan: tidak tampak dari dokumen, perlu dikonfirmasi kepada penyusun', en: 'a process item: not visible in the document, to be confirmed with the authors' } };
    if (!ruleIds.size)
      return { item, status: 'perlu-konfirmasi', findings: [], basis: { id: 'tidak ada aturan otomatis untuk butir ini: perlu penilaian pereviu', en: 'no automatic rule covers this item: it needs the reviewer’s judgement' } };
    const status: ChecklistStatus = related.some((f) => f.severity === 'error') ? 'tidak-terpenuhi' : related.some((f) => f.severity === 'warning') ? 'terpenuhi-dengan-catatan' : 'terpenuhi';
    if (status === 'terpenuhi' && unread) return { item, status: 'perlu-konfirmasi', findings: related, basis: unread };
    return { item, status, findings: related, basis: { id: `diperiksa oleh ${ruleIds.size} aturan`, en: `checked by ${ruleIds.size} rule${ruleIds.size === 1 ? '' : 's'}` } };
  });
}

/** Plain-text checklist for the terminal (--checklist). */
export function formatChecklistText(results: ChecklistResult[], lang: Lang): string {
  const lines: string[] = [lang === 'id' ? 'CHECKLIST REVIU (PermenPAN-RB 53/2014, Anak Lampiran III/2-2)' : 'REVIEW CHECKLIST (PermenPAN-RB 53/2014, Annex III/2-2)'];
  let group = '';
  for (const r of results) {
    if (r.item.group[lang] !== group) {
      group = r.item.group[lang];
      lines.push('', group);
    }
    const counts = r.findings.length ? ` (${r.findings.length} ${lang === 'id' ? 'temuan' : 'findings'}: ${[...new Set(r.findings.map((f) => f.ruleId))].join(', ')})` : '';
    lines.push(`  ${r.item.id.padEnd(6)} ${STATUS_TEXT[r.status][lang].padEnd(25)} ${r.item.text[lang]}${counts}`);
  }
  return `${lines.join('\n')}\n`;
}
