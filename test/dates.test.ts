import { describe, expect, it } from 'vitest';
import { formatDay, formatMonths, monthsAfterYearEnd, parseDate } from '../src/domain/dates.js';

describe('parseDate', () => {
  it('reads Indonesian dates with old and new spellings', () => {
    expect(parseDate('01 Nopember 2021')).toMatchObject({ precision: 'day', year: 2021, month: 11, day: 1, start: 20211101, end: 20211101 });
    expect(parseDate('Jember, 1 November 2021')).toMatchObject({ start: 20211101, text: '1 November 2021' });
    expect(parseDate('31 Desember 2021')?.start).toBe(20211231);
    expect(parseDate('28 Pebruari 2022')?.start).toBe(20220228);
    expect(parseDate('5 Agt 2021')?.start).toBe(20210805);
    expect(parseDate('17 Agustus 2021')?.start).toBe(20210817);
    expect(parseDate('2 Mei 2021')?.start).toBe(20210502);
  });
  it('a month without a day stands for the whole month', () => {
    expect(parseDate('Januari 2021')).toMatchObject({ precision: 'month', start: 20210101, end: 20210131 });
    expect(parseDate('Februari 2024')).toMatchObject({ start: 20240201, end: 20240229 });
  });
  it('reads numeric dates and a bare year', () => {
    expect(parseDate('01-11-2021')?.start).toBe(20211101);
    expect(parseDate('2021-11-01')?.start).toBe(20211101);
    expect(parseDate('Tahun 2022')).toMatchObject({ precision: 'year', start: 20220101, end: 20221231 });
  });
  it('rejects what is not a date', () => {
    expect(parseDate('Nomor 53 Tahun 2014')).toBeUndefined();
    expect(parseDate('31 Februari 2021')).toBeUndefined();
    expect(parseDate('')).toBeUndefined();
    expect(parseDate(undefined)).toBeUndefined();
  });
});

describe('deadlines and formatting', () => {
  it('ends of months after the year end, leap years included', () => {
    expect(monthsAfterYearEnd(2021, 2)).toBe(20220228);
    expect(monthsAfterYearEnd(2023, 2)).toBe(20240229);
    expect(monthsAfterYearEnd(2021, 3)).toBe(20220331);
  });
  it('prints days and month ranges in both languages', () => {
    expect(formatDay(20220228, 'id')).toBe('28 Februari 2022');
    expect(formatDay(20220228, 'en')).toBe('28 February 2022');
    expect(formatMonths(2022, 1, 2, 'id')).toBe('Januari–Februari 2022');
    expect(formatMonths(2022, 3, 3, 'en')).toBe('March 2022');
  });
});
