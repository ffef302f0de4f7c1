import { describe, expect, it } from 'vitest';
import { halfUnit, majorityStyle, parseNumber } from '../src/model/number-id.js';
import { decimalSum } from '../src/model/decimal.js';
import { normalize } from '../src/model/normalize.js';
import type { LkjipReport } from '../src/model/types.js';
import { sameMeasure } from '../src/domain/quantity.js';

describe('parseNumber', () => {
  it.each([
    ['1.234.567,89', 1234567.89, 2, 'id'],
    ['1,234,567.89', 1234567.89, 2, 'en'],
    ['3.457.463.874', 3457463874, 0, 'id'],
    ['Rp. 2,519,516,374', 2519516374, 0, 'en'],
    ['Rp. 14.513.515.000,00', 14513515000, 2, 'id'],
    ['91,06%', 91.06, 2, 'id'],
    ['99,60 %', 99.6, 2, 'id'],
    ['185.80', 185.8, 2, 'en'],
    ['60,7', 60.7, 1, 'id'],
    ['441', 441, 0, undefined],
  ])('%s → %d (%d decimals, %s)', (raw, value, decimals, style) => {
    const p = parseNumber(raw);
    expect(p.kind).toBe('number');
    expect(p.value).toBe(value);
    expect(p.decimals).toBe(decimals);
    expect(p.style).toBe(style);
    expect(p.ambiguous).toBeUndefined();
  });

  it('reads units', () => {
    expect(parseNumber('91,06%').unit).toBe('percent');
    expect(parseNumber('Rp 3.148.478.480').unit).toBe('rupiah');
    expect(parseNumber('85').unit).toBeUndefined();
  });

  it('reads negatives in parentheses and with a minus', () => {
    expect(parseNumber('(3,14)').value).toBe(-3.14);
    expect(parseNumber('-3,14').value).toBe(-3.14);
    expect(parseNumber('−3,14').value).toBe(-3.14);
    expect(parseNumber('(104,66)%')).toMatchObject({ value: -104.66, unit: 'percent' });
    // A list item, not minus twenty; a share in brackets is not read as negative.
    expect(parseNumber('- 20 orang').kind).toBe('text');
    expect(parseNumber('(91,06%)').kind).toBe('text');
  });

  it.each([['-'], ['–'], ['—'], [''], ['  ']])('"%s" is empty', (raw) => expect(parseNumber(raw).kind).toBe('empty'));
  it.each([['n/a'], ['N/A'], ['n.a.'], ['NA'], ['#DIV/0!'], ['tidak ada'], ['Belum rilis'], ['belum tersedia'], ['Data belum tersedia'], ['belum rilis (BPS)']])(
    '"%s" is not available',
    (raw) => expect(parseNumber(raw).kind).toBe('na'),
  );

  it('reads letter grades and ranges', () => {
    expect(parseNumber('B')).toMatchObject({ kind: 'letter', letter: 'B' });
    expect(parseNumber('B (Baik)')).toMatchObject({ kind: 'letter', letter: 'B' });
    const r = parseNumber('80 - 90%');
    expect(r.kind).toBe('range');
    expect(r.range?.min.value).toBe(80);
    expect(r.range?.max.value).toBe(90);
    expect(r.unit).toBe('percent');
    expect(parseNumber('80 s/d 90').kind).toBe('range');
  });

  it('reports a single separator before three digits as ambiguous instead of guessing silently', () => {
    const p = parseNumber('24.577');
    expect(p.value).toBe(24577);
    expect(p.ambiguous).toMatchObject({ chosen: 'id', alternative: 24.577 });
    const en = parseNumber('24.577', { prefer: 'en' });
    expect(en.value).toBe(24.577);
    expect(en.ambiguous?.alternative).toBe(24577);
    // Rupiah and leading zero settle it.
    expect(parseNumber('Rp 24.577').ambiguous).toBeUndefined();
    expect(parseNumber('0,125').ambiguous).toBeUndefined();
  });

  it('does not read text as a number', () => {
    expect(parseNumber('Baik').kind).toBe('text');
    expect(parseNumber('ttd').kind).toBe('text');
    expect(parseNumber('< inflasi nasional').kind).toBe('text');
    expect(parseNumber('1 % dari Jumlah Penduduk Jawa Barat').kind).toBe('text');
    // A change is no level: "Naik 10%" is not a target of 10%.
    expect(parseNumber('Naik 10%').kind).toBe('text');
    expect(parseNumber('Naik (10%)').kind).toBe('text');
    expect(parseNumber('31.12.2016').kind).toBe('text');
  });

  it('keeps the stated precision as an interval half-width', () => {
    expect(halfUnit(parseNumber('82,3%').decimals)).toBeCloseTo(0.05);
    expect(halfUnit(parseNumber('85,28%').decimals)).toBeCloseTo(0.005);
  });

  it('finds the convention most numbers of a document use', () => {
    expect(majorityStyle(['1.234.567', '60,7', '2,519,516,374'])).toBe('id');
    expect(majorityStyle(['2,519,516,374', '185.80'])).toBe('en');
  });
});

describe('parseNumber: numbers as real reports write them', () => {
  it.each([
    ['12 laporan', 12, 'laporan'],
    ['45 media massa', 45, 'media massa'],
    ['1.100 aduan', 1100, 'aduan'],
    ['12,5 km', 12.5, 'km'],
    ['10 kab/kota', 10, 'kab/kota'],
    ['365.250 Orang / Tenaga Kerja', 365250, 'Orang / Tenaga Kerja'],
    ['21 KUB;', 21, 'KUB'],
    ['25‰', 25, '‰'],
  ])('%s: the number, and its unit kept', (raw, value, unitText) => {
    expect(parseNumber(raw)).toMatchObject({ kind: 'number', value, unitText });
    expect(parseNumber(raw).unit).toBeUndefined();
  });

  it('keeps a percent a percent and Rupiah Rupiah, whatever the word', () => {
    expect(parseNumber('55.56 persen')).toMatchObject({ kind: 'number', value: 55.56, decimals: 2, unit: 'percent', style: 'en' });
    expect(parseNumber('2641640030208.00 Rupiah')).toMatchObject({ value: 2641640030208, decimals: 2, unit: 'rupiah' });
    expect(parseNumber('95.13%')).toMatchObject({ value: 95.13, unit: 'percent', style: 'en' });
  });

  it('reads Rupiah without cents (",-") as a whole amount', () => {
    expect(parseNumber('Rp. 10.924.024.550,-')).toMatchObject({ kind: 'number', value: 10924024550, decimals: 0, unit: 'rupiah' });
    expect(parseNumber('518.309.200,-')).toMatchObject({ kind: 'number', value: 518309200, decimals: 0 });
    expect(parseNumber('Rp 5.613.900.000,00')).toMatchObject({ value: 5613900000, decimals: 2, unit: 'rupiah' });
    // ",-" says Rupiah: a single dot before three digits is a thousands separator.
    expect(parseNumber('300.000,-').value).toBe(300000);
    expect(parseNumber('300.000,-').ambiguous).toBeUndefined();
  });

  it('scales "Triliun", "miliar" and keeps the precision of what is printed', () => {
    const p = parseNumber('207.31 Triliun Rupiah');
    expect(p).toMatchObject({ kind: 'number', value: 207.31e12, exact: '207310000000000', decimals: -10, unit: 'rupiah', scale: { word: 'Triliun', power: 12 } });
    expect(halfUnit(p.decimals)).toBe(0.005e12);
  });

  it('keeps a qualifier in brackets, and reads "Level 3 (3,157)" as its score', () => {
    expect(parseNumber('82,45 (mutu B)')).toMatchObject({ kind: 'number', value: 82.45, qualifier: 'mutu B' });
    expect(parseNumber('125,69 (SB)')).toMatchObject({ value: 125.69, qualifier: 'SB' });
    expect(parseNumber('1 (satu) Dokumen')).toMatchObject({ value: 1, qualifier: 'satu', unitText: 'Dokumen' });
    expect(parseNumber('Level 3 (3,157)')).toMatchObject({ kind: 'number', value: 3.157, decimals: 3, qualifier: 'Level 3' });
    // A header with its column number is no value; a year with a note is a heading.
    expect(parseNumber('TARGET (4)').kind).toBe('text');
    expect(parseNumber('2016 (Perubahan)').kind).toBe('text');
    expect(parseNumber('2015**').kind).toBe('text');
  });

  it('reads letter grades and predikat, with what stands in brackets', () => {
    expect(parseNumber('BB (64,00)')).toMatchObject({ kind: 'letter', letter: 'BB', qualifier: '64,00' });
    expect(parseNumber('AA')).toMatchObject({ kind: 'letter', letter: 'AA' });
  });

  it.each([
    ['203,440*', 203.44, '*'],
    ['150*', 150, '*'],
    ['253.712 *', 253712, '*'],
    ['12¹', 12, '¹'],
    ['95,5**)', 95.5, '**)'],
    ['80%*', 80, '*'],
  ])('%s: the number, and its footnote mark kept', (raw, value, mark) => {
    expect(parseNumber(raw)).toMatchObject({ kind: 'number', value, mark });
  });

  it('reads ranges and one-sided bounds as targets', () => {
    expect(parseNumber('68,65 – 69,15')).toMatchObject({ kind: 'range', range: { min: { value: 68.65 }, max: { value: 69.15 } }, decimals: 2 });
    expect(parseNumber('80-90')).toMatchObject({ kind: 'range', range: { min: { value: 80 }, max: { value: 90 } } });
    expect(parseNumber('1-3 hari')).toMatchObject({ kind: 'range', unitText: 'hari' });
    expect(parseNumber('≥ 75')).toMatchObject({ kind: 'bound', value: null, bound: { op: '>=', limit: { value: 75 } } });
    expect(parseNumber('min. 80')).toMatchObject({ kind: 'bound', bound: { op: '>=', limit: { value: 80 } } });
    expect(parseNumber('maks 5')).toMatchObject({ kind: 'bound', bound: { op: '<=', limit: { value: 5 } } });
    expect(parseNumber('<3%')).toMatchObject({ kind: 'bound', unit: 'percent', bound: { op: '<', limit: { value: 3 } } });
    expect(parseNumber('≤5 menit')).toMatchObject({ kind: 'bound', unitText: 'menit', bound: { op: '<=' } });
    expect(parseNumber('75 ke atas')).toMatchObject({ kind: 'bound', bound: { op: '>=', limit: { value: 75 } } });
    // Different units at the two ends, or a list of items: no range.
    expect(parseNumber('2 angkatan - 60 orang').kind).toBe('text');
    expect(parseNumber('- 300 orang (1 angkatan) - 60 orang (3 angkatan)').kind).toBe('text');
  });

  it('reads several numbers run together as text, never as one number', () => {
    for (const raw of ['100 % 100% 100 %', '88,97 400', '0,56 3,48 30', '362,200,000 100,000,000', '12.31 7.066 1.190. 793'])
      expect(parseNumber(raw), raw).toMatchObject({ kind: 'text', several: true });
    // A space beside a separator before a group of three is the PDF's, not a second number.
    expect(parseNumber('203. 955')).toMatchObject({ kind: 'number', value: 203955 });
  });

  it.each([
    ['10.924024.550', 'grouping', [10924024550, 10924024.55]],
    ['Rp. 10.924024.550', 'grouping', [10924024550]],
    ['650.290.147.50', 'separators', [650290147.5]],
    ['Rp 1.000,000,000', 'separators', [1000000000]],
    ['3.8000.000.000,00', 'grouping', [38000000000]],
    ['12,,5', 'doubled', [12.5]],
    ['Rp. 163.305..000,-', 'doubled', [163305000]],
    // A digit is missing: no reading gives the number back.
    ['Rp198.03.000,00', 'grouping', []],
    ['1.2.3', 'grouping', []],
    ['(10.924024.550)', 'grouping', [-10924024550, -10924024.55]],
  ])('%s is malformed (%s), never read as another number', (raw, reason, values) => {
    const p = parseNumber(raw);
    expect(p).toMatchObject({ kind: 'malformed', value: null, malformed: { reason } });
    expect(p.malformed!.readings.map((r) => r.value)).toEqual(values);
  });

  it('says what settled an ambiguous number', () => {
    expect(parseNumber('1,309').ambiguous?.decidedBy).toBe('default');
    expect(parseNumber('1,309', { prefer: 'en' }).ambiguous?.decidedBy).toBe('document');
    expect(parseNumber('1,309', { prefer: 'en', preferFrom: 'column' })).toMatchObject({ value: 1309, ambiguous: { decidedBy: 'column', alternative: 1.309 } });
    // The other reading of a negative or scaled number is negative or scaled too.
    expect(parseNumber('-1,309').ambiguous).toMatchObject({ alternative: -1309, alternativeExact: '-1309' });
  });
});

describe('the separator convention of an ambiguous number: its column first, then the document', () => {
  // An Indonesian report (its budget table) with one table printed the English way.
  const input = {
    meta: { tahun: 2016 },
    pengukuran: [
      { indikator: 'Jumlah wirausaha baru', target: '9,000', realisasi: '9,133', capaian: '101.48', at: { table: 'Tabel 3.2' } },
      { indikator: 'Jumlah UTTP', target: '6,831,222', realisasi: '4,341,614', capaian: '63.56', at: { table: 'Tabel 3.2' } },
      { indikator: 'Jumlah IKM', target: '1.250', realisasi: '1,5', capaian: '120,00', at: { table: 'Tabel 3.3' } },
    ],
    anggaran: {
      rows: ['1.250.000', '2.500.000', '5.000.000', '7.500.000'].map((a, i) => ({ level: 'program', name: `Program ${i}`, anggaran: a, realisasi: a, persen: '100,00%' })),
    },
  } as unknown as LkjipReport;
  const m = normalize(input, { file: 'x.yaml', format: 'yaml' });

  it('a column printed the English way reads its "9,133" as nine thousand, and says the column decided', () => {
    expect(m.pengukuran![0].realisasi).toMatchObject({ value: 9133, ambiguous: { chosen: 'en', decidedBy: 'column', alternative: 9.133 } });
    expect(m.pengukuran![0].target).toMatchObject({ value: 9000, ambiguous: { decidedBy: 'column' } });
  });

  it('the same column of another table does not vote; there the document decides', () => {
    // Tabel 3.3's target column has no unambiguous number: the Indonesian majority of the document.
    expect(m.pengukuran![2].target).toMatchObject({ value: 1250, ambiguous: { chosen: 'id', decidedBy: 'document' } });
  });
});

describe('sameMeasure', () => {
  it('a percentage is not a count of something, and one unit is not another', () => {
    expect(sameMeasure(parseNumber('10%'), parseNumber('10 kab/kota'))).toBe(false);
    expect(sameMeasure(parseNumber('2 angkatan'), parseNumber('2 orang'))).toBe(false);
    expect(sameMeasure(parseNumber('Rp 5.000'), parseNumber('5.000%'))).toBe(false);
    expect(sameMeasure(parseNumber('10 Kab/Kota'), parseNumber('9 kab / kota'))).toBe(true);
    expect(sameMeasure(parseNumber('1.000 orang'), parseNumber('1.000'))).toBe(true);
  });
});

describe('decimalSum', () => {
  it('sums Rupiah exactly', () => {
    expect(decimalSum(['2519516374', '561477500', '91570000', '284900000'])).toBe('3457463874');
    expect(decimalSum(['0.1', '0.2'])).toBe('0.3');
    expect(decimalSum(['14513515000.00', '-0.01'])).toBe('14513514999.99');
  });
});
