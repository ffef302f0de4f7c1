// The tolerant matcher on the texts of the Semboro 2021 report: what must match, what must not,
// and how sure each decision is.
import { describe, expect, it } from 'vitest';
import {
  assign,
  compare,
  CONFIDENT_THRESHOLD,
  describeMatch,
  describeNearest,
  doubtful,
  MATCH_THRESHOLD,
  NEAR_THRESHOLD,
  prepare,
  similarity,
  stem,
  stripNumbering,
  tokenize,
} from '../src/domain/match.js';

// Bab III (Tabel 3.1)
const SKM_B3 = 'Hasil Survey Kepuasan Masyarakat (SKM) pada bidang pelayanan publik';
const REK_B3 =
  'Prosentase rekomendasi hasil bidang pemerintahan, ketertiban, dan keamanan, pemberdayaan masyarakat dan kesejahteraan sosial yang ditindaklanjuti dalam satu tahun';
// PK 2021 (superseded)
const SKM_PK = '1. Nilai SKM dalam Pelayanan Publik';
const REK_PK =
  '1. Prosentase Rekomendasi hasil Koordinasi Bidang Pemerintahan, Ketrentaman dan Ketertiban, Pemberdayaan Masyarakat, Kesejahteraan Sosial yang ditindaklanjuti dalam 1 (satu) tahun';
const DESA_PK = '2. Prosentase Desa yang sudah Menyusun Dokumen Perencanaan Penganggaran dengan benar dan tepat waktu';
// PK Perubahan 2021
const APARATUR = 'SKM Aparatur (Survey Kepuasan Aparatur Kecamatan dan Desa terhadap terhadap layanan Kecamatan secara kelembagaan)';
const PUBLIK = 'SKM Publik (Survey Kepuasan Masyarakat terhadap layanan Kecamatan)';
const MANDIRI = 'Prosentase Desa Mandiri';
// RKT 2021
const SKM_RKT = 'Nilai Sirvey Kepuasan Masyarakat (SKM) pada Bidang Pelayanan Publik';
const REK_RKT =
  'Prosentase Rekomendasi hasil koordinasi bidang Pemerintahan, Pembangunan dan Penyelenggaraan Pemerintah, Ketertiban dan Keamanan, Pemberdayaan Masyarakat Desa dan Kesejahteraan Sosial yang ditindak lanjuti dalam satu tahun';
// Renstra
const SKM_RENSTRA = 'Hasil Survey Kepuasan Masyarakat (SKM) pada bidang Pelayanan Publik';
const REK_RENSTRA =
  'Prosentasi rekomendasi hasil bidang pemerintahan, ketertiban dan keamanan, pemberdayaan masyarakat dan Kesos yang ditindaklanjuti dalam satu tahun';
// IKU
const IKU_1 = 'Prosentase masyarakat yang membutuhkan pelayanan';
const IKU_2 = 'Prosentase Peningkatan Koordinasi kewilayahan dan pemerintahan';

const score = (a: string, b: string) => compare(a, b).score;

describe('normalisation', () => {
  it('spelling variants of persentase are one token', () => {
    const t = ['Prosentase', 'Persentase', 'Prosentasi', 'Presentase'].map((w) => tokenize(w)[0]);
    expect(new Set(t).size).toBe(1);
  });

  it('Meningkatnya, Meningkatkan and Peningkatan stem to one token', () => {
    expect(new Set(['meningkatnya', 'meningkatkan', 'peningkatan', 'tingkat'].map(stem))).toEqual(new Set(['tingkat']));
  });

  it('other word forms of one root meet', () => {
    expect(stem('pemerintahan')).toBe(stem('pemerintah'));
    expect(stem('pelayanan')).toBe(stem('layanan'));
    expect(stem('kemandirian')).toBe(stem('mandiri'));
    expect(stem('penyelenggaraan')).toBe(stem('penyelenggara'));
    expect(stem('kesejahteraan')).toBe('sejahtera');
  });

  it('a numbering prefix is not part of the text', () => {
    expect(stripNumbering('1. Nilai SKM dalam Pelayanan Publik')).toBe('Nilai SKM dalam Pelayanan Publik');
    expect(stripNumbering('a) Program A')).toBe('Program A');
    expect(stripNumbering('1.2. Sub Kegiatan B')).toBe('Sub Kegiatan B');
    expect(compare(SKM_PK, 'Nilai SKM dalam Pelayanan Publik').method).toBe('exact');
  });

  it('an abbreviation in parentheses, or alone, stands for its words', () => {
    expect(compare('Hasil Survey Kepuasan Masyarakat (SKM)', 'Hasil SKM').method).toBe('normalised');
    expect(compare('Kesejahteraan Sosial', 'Kesos').method).toBe('normalised');
  });

  it('stop words, word order, "1 (satu)" and "ditindak lanjuti" do not matter', () => {
    expect(compare('rekomendasi yang ditindaklanjuti dalam satu tahun', 'rekomendasi ditindak lanjuti 1 (satu) tahun').method).toBe('normalised');
    expect(compare('Persentase penyelesaian sengketa tanah', 'Persentase sengketa tanah yang diselesaikan').method).toBe('normalised');
    expect(compare('pelayanan pada bidang publik', 'pelayanan terhadap publik').method).toBe('normalised');
  });

  it('a typo counts through character similarity ("Sirvey")', () => {
    expect(compare('Nilai Sirvey Kepuasan', 'Nilai Survey Kepuasan').method).toBe('normalised');
    expect(similarity('Koordinasi Ketrentaman', 'Koordinasi Ketentraman')).toBe(1);
    expect(similarity('Desa Mandiri', 'Dana Mandiri')).toBeLessThan(MATCH_THRESHOLD);
  });

  it('scores are symmetric and in 0..1', () => {
    for (const [a, b] of [
      [SKM_B3, PUBLIK],
      [REK_B3, REK_RKT],
      [MANDIRI, REK_B3],
    ]) {
      expect(similarity(a, b)).toBeCloseTo(similarity(b, a), 12);
      expect(similarity(a, b)).toBeGreaterThanOrEqual(0);
      expect(similarity(a, b)).toBeLessThanOrEqual(1);
    }
    expect(prepare('').tokens.size).toBe(0);
    expect(similarity('', 'x')).toBe(0);
  });
});

describe('Semboro 2021: what matches', () => {
  it('the SKM indicator of Bab III, the PK, the RKT and the Renstra', () => {
    expect(compare(SKM_B3, SKM_RENSTRA).method).toBe('exact');
    for (const other of [SKM_PK, SKM_RKT]) {
      const m = compare(SKM_B3, other);
      expect(m.method).toBe('fuzzy');
      expect(m.score).toBeGreaterThanOrEqual(CONFIDENT_THRESHOLD);
    }
    expect(score(SKM_PK, SKM_RKT)).toBeGreaterThanOrEqual(CONFIDENT_THRESHOLD);
  });

  it('the rekomendasi indicator of Bab III, the Renstra, the RKT and the old PK', () => {
    expect(compare(REK_B3, REK_RENSTRA).method).toBe('normalised');
    expect(score(REK_B3, REK_RKT)).toBeGreaterThanOrEqual(CONFIDENT_THRESHOLD);
    expect(score(REK_B3, REK_PK)).toBeGreaterThanOrEqual(CONFIDENT_THRESHOLD);
  });

  // Decision: "SKM Publik (Survey Kepuasan Masyarakat terhadap layanan Kecamatan)" IS Bab III's
  // "Hasil SKM pada bidang pelayanan publik": the same instrument (the community satisfaction
  // survey of PermenPAN-RB 14/2017) about the same services (the kecamatan's services to the
  // public), with the same target form (a mutu letter, B, as in the Renstra); the PK Perubahan
  // itself sets it apart from the other SKM by the word "Publik" against "Aparatur". Its sasaran
  // in the PK Perubahan is a different one — which the sasaran rules report separately.
  it('SKM Publik of the PK Perubahan is the public-service SKM of Bab III (a confident fuzzy match)', () => {
    const m = compare(SKM_B3, PUBLIK);
    expect(m.method).toBe('fuzzy');
    expect(m.score).toBeGreaterThanOrEqual(CONFIDENT_THRESHOLD);
    expect(score(SKM_B3, PUBLIK)).toBeGreaterThan(score(SKM_B3, APARATUR));
  });

  it('sasaran written with Meningkatnya/Meningkatkan and other capitals', () => {
    expect(compare('Meningkatnya kualitas pelayanan', 'Meningkatkan Kualitas Pelayanan').method).toBe('normalised');
    expect(compare('Meningkatnya koordinasi pemerintahan dan penyelenggara pemerintahan Desa', 'Meningkatnya koordinasi Pemerintahan dan penyelenggara pemerintahan Desa').method).toBe('exact');
  });

  it('budget names in capitals, with Ketentraman/Ketenteraman', () => {
    expect(compare('Program Koordinasi Ketenteraman Dan Ketertiban Umum', 'PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM').method).toBe('normalised');
  });
});

describe('Semboro 2021: what does not match', () => {
  it('Prosentase Desa Mandiri is not the rekomendasi indicator, nor the other Desa indicator', () => {
    expect(score(MANDIRI, REK_B3)).toBeLessThan(NEAR_THRESHOLD);
    expect(score(MANDIRI, REK_RKT)).toBeLessThan(NEAR_THRESHOLD);
    expect(score(MANDIRI, DESA_PK)).toBeLessThan(MATCH_THRESHOLD);
  });

  it('SKM Aparatur is not the public-service SKM', () => {
    expect(score(APARATUR, SKM_B3)).toBeLessThan(MATCH_THRESHOLD);
  });

  it('the IKU indicators are neither measured indicator', () => {
    for (const iku of [IKU_1, IKU_2]) for (const m of [SKM_B3, REK_B3]) expect(score(iku, m)).toBeLessThan(NEAR_THRESHOLD);
  });

  it('SKM and rekomendasi have nothing in common', () => {
    expect(score(SKM_B3, REK_B3)).toBeLessThan(0.15);
  });

  it('a sasaran with an added qualifier is only doubtfully the same', () => {
    const m = compare('Meningkatnya kualitas pelayanan', 'Meningkatnya kualitas pelayanan aparatur');
    expect(m.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(doubtful(m)).toBe(true);
  });

  it('a count and a percentage of the same thing are only doubtfully the same', () => {
    const m = compare('Jumlah Desa Mandiri', 'Persentase desa mandiri');
    expect(m.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    expect(doubtful(m)).toBe(true);
  });

  it('different kegiatan of one program stay apart', () => {
    expect(
      score('Kegiatan Pelaksanaan Urusan Pemerintahan yang Dilimpahkan kepada Camat', 'Kegiatan Penyelenggaraan Urusan Pemerintahan yang tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang ada di Kecamatan'),
    ).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('one-to-one assignment', () => {
  const id = (s: string) => s;

  it('Bab III against the PK Perubahan: only the SKM pairs, with SKM Publik', () => {
    const a = assign([SKM_B3, REK_B3], [APARATUR, PUBLIK, MANDIRI], id, id);
    expect(a.pairs.map((p) => [p.a, p.b])).toEqual([[SKM_B3, PUBLIK]]);
    expect(a.byA.has(1)).toBe(false);
    expect(a.byB.has(0)).toBe(false);
    expect(a.byB.has(2)).toBe(false);
    // The nearest of SKM Aparatur is Bab III's SKM, which is taken.
    expect(a.nearestOfB.get(0)?.a).toBe(SKM_B3);
  });

  it('Bab III against the RKT: both pair, each with its own', () => {
    const a = assign([SKM_B3, REK_B3], [REK_RKT, SKM_RKT], id, id);
    expect(a.pairs.map((p) => [p.ai, p.bi])).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('best pairs first: a better candidate is not stolen by an earlier item', () => {
    const a = assign(['Nilai SKM', 'Nilai SKM pelayanan publik'], ['Nilai SKM pelayanan publik'], id, id);
    expect(a.pairs).toHaveLength(1);
    expect(a.pairs[0].ai).toBe(1);
    expect(a.pairs[0].match.method).toBe('exact');
  });

  it('an allow predicate restricts the candidates', () => {
    const a = assign(['Nilai SKM'], ['Nilai SKM', 'Nilai SKM'], id, id, { allow: (_x, y) => y !== 'Nilai SKM' });
    expect(a.pairs).toHaveLength(0);
  });

  it('nothing pairs below the threshold', () => {
    const a = assign([MANDIRI], [REK_B3], id, id);
    expect(a.pairs).toHaveLength(0);
    expect(a.nearestOfA.get(0)?.match.score).toBeLessThan(MATCH_THRESHOLD);
  });
});

describe('how a match is described', () => {
  it('exact, normalised, fuzzy with its score, nearest', () => {
    expect(describeMatch('X', { method: 'exact', score: 1 }).id).toBe('dicocokkan: teksnya sama');
    expect(describeMatch('Kesos', { method: 'normalised', score: 1 }).id).toMatch(/^dicocokkan dengan "Kesos" \(sama setelah/);
    const m = compare(SKM_B3, PUBLIK);
    const d = describeMatch(PUBLIK, m);
    expect(d.id).toMatch(/^dicocokkan dengan "SKM Publik \(Survey Kepuasan Masyarakat terhadap layanan Kecamatan\)" \(kemiripan 0,\d\d\)$/);
    expect(d.en).toMatch(/\(similarity 0\.\d\d\)$/);
    expect(describeNearest('Y', { method: 'fuzzy', score: 0.3125 }).id).toBe('yang paling mirip "Y" (kemiripan 0,31)');
  });
});
