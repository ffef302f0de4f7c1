// Tables of the follow-up of an evaluation or a letter (LHE AKIP, the Inspektorat's or KemenPAN-RB's
// recommendations): "No | Rekomendasi | Tindak Lanjut | Tanggal Tindak Lanjut", with the letter's
// number and date in a column, the caption, a row above the rows it covers or the sentence that
// introduces the table. Each date is taken where words say whose it is: a header naming it, the
// letter named by its number in a cell ("LHE Nomor … tanggal …"), the follow-up's own words
// ("pada tanggal … telah dilaksanakan"). The one date column no header names is read by its
// position; the letter of the introducing sentence is the table's by inference. Both are marked.
import type { At, FollowUpRow, FollowUpTable } from '../../../model/report-input.js';
import { actionDateIn, letterRefDate, mentionsFollowUp } from '../../../domain/follow-up-dates.js';
import { daysIn, type DayAt } from '../../../domain/dates.js';
import type { Caption } from '../captions.js';
import { leafTitle, type UnitContext } from '../outline.js';
import { atOf, cellAt, flat, type Unit } from '../units.js';
import { norm } from '../words.js';
import { positional, rowAt, tableAt, type TableInput } from './context.js';
import type { DataRow, GridCell } from './grid.js';

/** The follow-up named in a header: "Tindak Lanjut", "TL", not a plan ("Rencana Tindak Lanjut"). */
const FOLLOW_UP = /\b(?:tindak\s*lanjut|tindaklanjut\w*|tl)\b/i;
const PLAN = /\brencana\s+(?:aksi\s+)?tindak\s*lanjut/i;
/** Words that make a date column the follow-up's: done, carried out, completed. */
const DONE = /\b(?:tindak\s*lanjut|tindaklanjut\w*|tl|pelaksanaan|dilaksanakan|penyelesaian|selesai|realisasi)\b/i;
const DATE_WORD = /\b(?:tanggal|tgl|waktu|kapan)\b/i;
/** A column holding the letter answered: its number and date, or its name. */
const LETTER = /\b(?:surat|lhe|laporan\s+hasil|nota\s+dinas|memo|dasar|nomor)\b/i;
const LETTER_DATE = /\b(?:rekomendasi|evaluasi|temuan|pemeriksaan|reviu)\b/i;
/** What is followed up: the recommendation's or the finding's text. */
const ITEM = /\b(?:rekomendasi|temuan|saran|catatan|uraian|permasalahan|aspek|komponen)\b/i;

interface FollowUpColumns {
  /** Headers that name the letter answered: its date is the only date its cell prints. */
  letter: number[];
  /** Texts that may name the letter by its number (the recommendation, a "Dasar" column). */
  texts: number[];
  /** The follow-up's date column, and whether its header names it as the follow-up's. */
  action?: { col: number; named: boolean };
  /** The follow-up's description, whose words may date it. */
  followUp?: number;
  item?: number;
}

/** Whether a table nothing else claims is a table of follow-ups: a header, or its caption or heading with a header naming what is followed up. */
export function isFollowUpTable(t: TableInput): boolean {
  const headers = t.grid.headers;
  if (headers.some((h) => FOLLOW_UP.test(h) && !PLAN.test(h))) return true;
  const title = `${t.captionTitle ?? ''} ${leafTitle(t.ctx) ?? ''}`;
  return mentionsFollowUp(title) && !PLAN.test(title) && headers.some((h) => ITEM.test(h));
}

function columnsOf(headers: string[]): FollowUpColumns | undefined {
  const out: FollowUpColumns = { letter: [], texts: [] };
  const bare: number[] = [];
  headers.forEach((h, c) => {
    const dated = DATE_WORD.test(h);
    if (FOLLOW_UP.test(h) && PLAN.test(h)) return;
    if (dated && DONE.test(h)) {
      if (!out.action?.named) out.action = { col: c, named: true };
    } else if (LETTER.test(h) || (dated && LETTER_DATE.test(h))) out.letter.push(c);
    else if (dated) bare.push(c);
    else if (FOLLOW_UP.test(h)) out.followUp ??= c;
    else if (ITEM.test(h)) {
      out.item ??= c;
      out.texts.push(c);
    }
  });
  // A single date column no header names: the follow-up's, by its place in a table of follow-ups.
  if (!out.action && bare.length === 1) out.action = { col: bare[0], named: false };
  return out.action || out.followUp !== undefined ? out : undefined;
}

export interface FollowUpEnv {
  units: Unit[];
  ctx: UnitContext[];
}

/** The table's rows with their dates; undefined when no row dates its follow-up. */
export function readFollowUp(t: TableInput, env: FollowUpEnv, caption: Caption | undefined): FollowUpTable | undefined {
  const cols = columnsOf(t.grid.headers);
  if (!cols) return undefined;
  if (cols.action && !cols.action.named) positional(t, cols.action.col);
  const rows: FollowUpRow[] = [];
  // A row above naming the letter ("LHE Nomor … tanggal …" across the table) covers the rows below it.
  let above: { date: DayAt; cell: GridCell } | undefined;
  for (const row of t.grid.data) {
    const filled = row.cells.filter((c) => c.text.trim());
    if (filled.length === 1) {
      const date = letterRefDate(filled[0].text);
      if (date) {
        above = { date, cell: filled[0] };
        continue;
      }
    }
    const action = actionOf(row, cols);
    if (!action) continue;
    const letter = letterOf(row, cols) ?? above;
    const item: FollowUpRow = { actionDate: action.date.text };
    const rekomendasi = cols.item !== undefined ? row.cells[cols.item]?.text.trim() : undefined;
    if (rekomendasi) item.rekomendasi = norm(rekomendasi);
    if (letter) item.letterDate = letter.date.text;
    const at = rowAt(t, row, { actionDate: action.col });
    if (letter) (at.cells ??= {}).letterDate = cellAt(letter.cell);
    item.at = at;
    rows.push(item);
  }
  if (!rows.length) return undefined;
  const table: FollowUpTable = { rows: rows.slice(0, 500) };
  if (t.captionTitle) table.title = t.captionTitle;
  table.table = t.label;
  const named = tableLetter(t, env, caption);
  if (named) Object.assign(table, named);
  table.at = tableAt(t);
  return table;
}

/** The follow-up's date: in its column (the latest, where the cell prints several), else in its own words. */
function actionOf(row: DataRow, cols: FollowUpColumns): { date: DayAt; col: number } | undefined {
  if (cols.action) {
    const days = daysIn(row.cells[cols.action.col]?.text ?? '');
    const latest = days.reduce<DayAt | undefined>((a, d) => (!a || d.start > a.start ? d : a), undefined);
    if (latest) return { date: latest, col: cols.action.col };
  }
  if (cols.followUp === undefined) return undefined;
  const date = actionDateIn(row.cells[cols.followUp]?.text ?? '');
  return date && { date, col: cols.followUp };
}

/** The letter this row answers: the only date of its letter column, else a letter its texts name by number. */
function letterOf(row: DataRow, cols: FollowUpColumns): { date: DayAt; cell: GridCell } | undefined {
  for (const c of cols.letter) {
    const cell = row.cells[c];
    const days = daysIn(cell?.text ?? '');
    if (days.length === 1) return { date: days[0], cell };
  }
  for (const c of cols.texts) {
    const cell = row.cells[c];
    const date = cell && letterRefDate(cell.text);
    if (date) return { date, cell };
  }
  return undefined;
}

/**
 * The letter the whole table answers: named by its number in the caption (certain), else in the
 * sentence right above the table or its caption that speaks of the follow-up (inferred).
 */
function tableLetter(t: TableInput, env: FollowUpEnv, caption: Caption | undefined): Pick<FollowUpTable, 'letter' | 'letterDate' | 'letterAt'> | undefined {
  if (t.captionTitle) {
    const date = letterRefDate(t.captionTitle);
    if (date) return { letter: t.captionTitle, letterDate: date.text, ...(caption?.at ? { letterAt: caption.at } : {}) };
  }
  let i = t.unit.index - 1;
  if (i >= 0 && env.ctx[i].role === 'caption') i--;
  const u = env.units[i];
  if (u?.type !== 'text' || env.ctx[i].role) return undefined;
  const text = flat(u);
  const date = mentionsFollowUp(text) ? letterRefDate(text) : undefined;
  if (!date) return undefined;
  const at: At = { ...atOf(u.loc), reading: 'scope-inferred' };
  return { letter: text.length > 300 ? `${text.slice(0, 300)}…` : text, letterDate: date.text, letterAt: at };
}
