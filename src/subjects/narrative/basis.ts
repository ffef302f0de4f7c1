// What the performance figures of a passage are measured against. Bab III compares this year's
// realisation with this year's target, but also with last year's, with the Renstra's medium-term
// target and with national figures — and reports use the same words for all of them ("mencapai
// target kinerja sebesar 102,74%" under "Perbandingan Realisasi Kinerja Tahun 2016 dengan Tahun
// 2015"). A claim made against another basis says nothing about this year's capaian.
import type { Model } from '../../model/types.js';

// Words that set two things side by side.
const COMPARING = /\b(?:perbandingan|(?:di)?banding(?:kan)?|komparasi|terhadap\s+(?:target|capaian|realisasi))\b/i;
// What a comparison may be with, other than this year's target.
const OTHER_BASIS =
  /\b(?:renstra|rpjmd|rpjmn|jangka\s+menengah|akhir\s+(?:periode|renstra|tahun\s+renstra)|nasional|provinsi\s+lain|kabupaten\/kota\s+lain|tahun\s+(?:lalu|sebelumnya|kemarin)|tahun-tahun\s+sebelumnya|beberapa\s+tahun\s+terakhir)\b/i;
const YEAR = /\b(?:19|20)\d\d\b/g;

function otherYearIn(text: string, tahun: number | undefined): boolean {
  if (!tahun) return false;
  for (const m of text.matchAll(YEAR)) if (Number(m[0]) !== tahun) return true;
  return false;
}

/** The text compares with another basis than this year's target: another year, the Renstra, national figures. */
export function otherBasis(text: string, tahun: number | undefined): boolean {
  return COMPARING.test(text) && (OTHER_BASIS.test(text) || otherYearIn(text, tahun));
}

/** Of the headings a passage stands under, the nearest that names a comparison decides. */
export function headingsCompareOtherBasis(headings: string[], tahun: number | undefined): boolean {
  for (const h of headings) if (COMPARING.test(h)) return otherBasis(h, tahun);
  return false;
}

/**
 * The measurement table the prose is checked against says, by its caption or its section, that it
 * compares with another basis ("Perbandingan Realisasi Kinerja Tahun 2016 dengan Target Kinerja pada
 * Renstra"): when the report's table of this year's targets was not the one read, every check of a
 * capaian against it rests on that choice.
 */
export function measuredAgainstOtherBasis(model: Model): boolean {
  const rows = model.pengukuran ?? [];
  const at = rows.find((r) => r.loc?.table)?.loc;
  if (!at?.table) return false;
  const tahun = typeof model.meta?.tahun === 'number' ? model.meta.tahun : undefined;
  const number = /(\d+(?:\.\d+)*[a-z]?)\s*$/i.exec(at.table)?.[1];
  const captions = (model.tables ?? []).filter((t) => number !== undefined && t.number === number && (t.loc?.page ?? 0) <= (at.page ?? Infinity));
  const caption = captions[captions.length - 1];
  const texts = [caption?.title, at.section?.split(' › ').pop()].filter((t): t is string => !!t);
  return texts.some((t) => otherBasis(t, tahun));
}
