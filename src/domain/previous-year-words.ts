// The words by which a report explains what differs from last year's LKjIP (a revised figure, a
// changed indicator) and the headings under which it lists next year's follow-up. Knowledge, so
// data: rules/previous-year-words.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../engine/package-root.js';

interface Lists {
  revision: string[];
  indicatorChange: string[];
  followUpHeadings: string[];
}

export interface PreviousYearWords {
  /** Last year's figure revised since: "angka sementara", "revisi", "koreksi" … */
  revision: RegExp;
  /** An indicator changed, replaced, dropped or added: "diganti", "reviu IKU", "perubahan Renstra" … */
  indicatorChange: RegExp;
  /** The heading of next year's follow-up: "rencana tindak lanjut", "langkah ke depan", "saran" … */
  followUp: RegExp;
}

const escape = (w: string) => w.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
const pattern = (words: string[]) => new RegExp(`\\b(?:${words.map(escape).join('|')})\\b`, 'i');

let compiled: PreviousYearWords | undefined;

export function previousYearWords(): PreviousYearWords {
  if (compiled) return compiled;
  const lists = JSON.parse(readFileSync(join(packageRoot, 'rules', 'previous-year-words.json'), 'utf8')) as Lists;
  compiled = { revision: pattern(lists.revision), indicatorChange: pattern(lists.indicatorChange), followUp: pattern(lists.followUpHeadings) };
  return compiled;
}
