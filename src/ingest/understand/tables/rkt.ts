// The RKT matrix: column groups SASARAN | PROGRAM | KEGIATAN, each with its uraian, indikator and
// target, and the anggaran. The groups come from a spanning top header row or, with a single header
// row, from the column that names the group ("Program", "Kegiatan"). A row that leaves the sasaran
// (or program) empty continues the one above.
import type { RktKegiatan, RktProgram, RktSasaran } from '../../../model/report-input.js';
import { norm } from '../words.js';
import { roleOf } from './columns.js';
import { checkNumber, rowAt, type TableInput } from './context.js';
import { text } from './grid.js';

type Level = 'sasaran' | 'program' | 'kegiatan';
interface Slot {
  text?: number;
  indikator?: number;
  target?: number;
  anggaran?: number;
}

function groupWord(s: string): Level | undefined {
  const m = /^(sasaran|program|kegiatan)\b/i.exec(s.trim());
  return m ? (m[1].toLowerCase() as Level) : undefined;
}

function slots(t: TableInput): Record<Level, Slot> {
  const out: Record<Level, Slot> = { sasaran: {}, program: {}, kegiatan: {} };
  const spanning = t.grid.headerRows > 1;
  let current: Level | undefined;
  t.grid.headers.forEach((header, c) => {
    let sub = header;
    const fromGroup = spanning ? groupWord(t.grid.groups[c]) : undefined;
    if (fromGroup) {
      current = fromGroup;
      sub = header.slice(t.grid.groups[c].trim().length).trim();
    } else {
      const named = groupWord(header);
      if (named && !/indikator|target|anggaran/i.test(header)) {
        current = named;
        sub = 'uraian';
      }
    }
    if (!current) return;
    const slot = out[current];
    const role = roleOf(sub);
    if (role === 'anggaran') {
      (out.kegiatan.text !== undefined || current === 'kegiatan' ? out.kegiatan : slot).anggaran = c;
    } else if (role === 'indikator') slot.indikator ??= c;
    else if (role === 'target') slot.target ??= c;
    else if (slot.text === undefined && role !== 'no') slot.text = c;
  });
  return out;
}

export function readRkt(t: TableInput, into: RktSasaran[]): void {
  const s = slots(t);
  let sasaran: RktSasaran | undefined;
  let program: RktProgram | undefined;
  for (const row of t.grid.data) {
    const at = rowAt(t, row, {
      sasaran: s.sasaran.text,
      indikatorSasaran: s.sasaran.indikator,
      targetSasaran: s.sasaran.target,
      program: s.program.text,
      indikatorProgram: s.program.indikator,
      targetProgram: s.program.target,
      kegiatan: s.kegiatan.text,
      indikatorKegiatan: s.kegiatan.indikator,
      targetKegiatan: s.kegiatan.target,
      anggaran: s.kegiatan.anggaran ?? s.program.anggaran,
    });
    const sText = text(row.cells, s.sasaran.text);
    if (sText || !sasaran) {
      sasaran = { text: norm(sText ?? ''), indikator: [], programs: [], at };
      into.push(sasaran);
      program = undefined;
    }
    const sInd = text(row.cells, s.sasaran.indikator);
    if (sInd) {
      const ind: RktSasaran['indikator'] extends (infer E)[] | undefined ? E : never = { text: norm(sInd) };
      const target = text(row.cells, s.sasaran.target);
      if (target !== undefined) ind.target = target;
      ind.at = at;
      sasaran.indikator!.push(ind);
    }
    const pText = text(row.cells, s.program.text);
    if (pText) {
      program = { name: norm(pText) };
      set(program, 'indikator', text(row.cells, s.program.indikator), true);
      set(program, 'target', text(row.cells, s.program.target));
      if (s.kegiatan.text === undefined) set(program, 'anggaran', text(row.cells, s.program.anggaran));
      program.kegiatan = [];
      program.at = at;
      sasaran.programs!.push(program);
    }
    const kText = text(row.cells, s.kegiatan.text);
    if (kText) {
      const k: RktKegiatan = { name: norm(kText) };
      set(k, 'indikator', text(row.cells, s.kegiatan.indikator), true);
      set(k, 'target', text(row.cells, s.kegiatan.target));
      set(k, 'anggaran', text(row.cells, s.kegiatan.anggaran));
      k.at = at;
      checkNumber(t, row, s.kegiatan.anggaran, 'anggaran');
      if (!program) {
        program = { name: '', kegiatan: [], at };
        sasaran.programs!.push(program);
      }
      program.kegiatan!.push(k);
    }
  }
  for (const x of into) {
    if (!x.indikator?.length) delete x.indikator;
    for (const p of x.programs ?? []) if (!p.kegiatan?.length) delete p.kegiatan;
    if (!x.programs?.length) delete x.programs;
  }
}

function set(obj: object, field: string, value: string | undefined, normalise = false): void {
  if (value !== undefined) (obj as Record<string, unknown>)[field] = normalise ? norm(value) : value;
}
