// A row of a table of follow-ups (model `tindakLanjut`) with the date of the letter it answers and
// the date of its follow-up: the row's own letter date, else the one of the letter the table's
// caption or introducing sentence names. The readings each date rests on come with the subject: a
// date column taken by its position, a letter the table answers only by inference.
import type { Model } from '../model/types.js';
import { daysBetween, daysIn } from '../domain/dates.js';
import { clip } from '../domain/text.js';
import type { Subject } from '../engine/types.js';
import { occurrenceKeys } from './occurrence-key.js';
import { subjectKey } from './subject-key.js';

export function followUpRows(model: Model): Subject[] {
  const key = occurrenceKeys();
  const out: Subject[] = [];
  for (const table of model.tindakLanjut ?? []) {
    for (const row of table.rows) {
      const own = row.letterDate !== undefined;
      const letter = daysIn(row.letterDate ?? table.letterDate ?? '')[0];
      const action = daysIn(row.actionDate ?? '')[0];
      if (!letter || !action) continue;
      const readings = new Set<string>();
      const add = (r: string | undefined) => r && readings.add(r);
      add(row.at?.cells?.actionDate?.reading);
      add(own ? row.at?.cells?.letterDate?.reading : table.letterAt?.reading);
      out.push({
        type: 'follow-up-row',
        key: key(subjectKey('follow-up-row', table.table ?? table.title ?? '', row.rekomendasi ?? '', letter.text, action.text)),
        loc: row.loc,
        evidence: clip([row.rekomendasi, row.actionDate].filter(Boolean).join(' … '), 200),
        ...(readings.size ? { readings: [...readings] } : {}),
        facts: {
          table: table.table ?? table.title ?? '',
          item: row.rekomendasi ? clip(row.rekomendasi, 80) : '',
          letterDate: letter.text,
          actionDate: action.text,
          letterFrom: own ? 'row' : table.letterAt?.reading === 'scope-inferred' ? 'introduction' : 'table',
          daysBefore: daysBetween(action, letter),
        },
      });
    }
  }
  return out;
}
