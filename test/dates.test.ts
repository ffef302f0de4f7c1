import { describe, expect, it } from 'vitest';
import { daysIn, formatDay, formatMonths, monthsAfterYearEnd, parseDate } from '../src/domain/dates.js';
import { actionDateIn, letterRefDate } from '../src/domain/follow-up-dates.js';

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

describe('full dates printed in a text (tables of follow-ups)', () => {
  const days = (t: string) => daysIn(t).map((d) => `${d.text}=${d.start}`);
  it('reads written, abbreviated and numeric dates, day first', () => {
    expect(days('Rapat 5 Peb 2016, reviu 12 Agst 2016, SK 3 Nop 2016; 12-Okt-2016')).toEqual(['5 Peb 2016=20160205', '12 Agst 2016=20160812', '3 Nop 2016=20161103', '12-Okt-2016=20161012']);
    expect(days('12-03-2016 dan 12/03/2016, tgl.14.03.2016, 2016-03-12')).toEqual(['12-03-2016=20160312', '12/03/2016=20160312', '14.03.2016=20160314', '2016-03-12=20160312']);
    expect(days('7-9 Maret 2016')).toEqual(['9 Maret 2016=20160309']);
  });
  it('takes no letter number, no year alone and no impossible day for a date', () => {
    expect(days('Nomor 700/12/03/2016 dan 1.2.3.2016')).toEqual([]);
    expect(days('Perda Nomor 12 Tahun 2016, Maret 2016, 31/02/2016, 12/03/16')).toEqual([]);
  });
});

describe('the letter answered and the follow-up, in a cell of a table of follow-ups', () => {
  it('the letter named by its number, with its date', () => {
    expect(letterRefDate('LHE Nomor 700/210/Itprov tanggal 14 Maret 2016')?.text).toBe('14 Maret 2016');
    expect(letterRefDate('Surat Inspektur Prov. Jawa Barat No. 700/45, tgl. 14-03-2016')?.text).toBe('14-03-2016');
    expect(letterRefDate('Surat Deputi tanggal 4 Maret 2016 Nomor B/12/M.AA.05/2016')?.text).toBe('4 Maret 2016');
  });
  it('no letter answered: the follow-up\'s own vehicle or report, a deadline, a letter without its number', () => {
    expect(letterRefDate('telah ditindaklanjuti dengan Surat Kepala Dinas Nomor 12 tanggal 3 Maret 2016')).toBeUndefined();
    expect(letterRefDate('sesuai surat edaran, disampaikan paling lambat tanggal 31 Maret 2016')).toBeUndefined();
    expect(letterRefDate('Surat Kepala Dinas Nomor 700/45/Dishub tanggal 30 Juni 2016')).toBeUndefined();
    expect(letterRefDate('Surat Nomor 700/45/Dishub tanggal 30 Juni 2016 perihal Laporan Tindak Lanjut LHE')).toBeUndefined();
  });
  it('the follow-up dated "pada (tanggal)", the latest of several, not a relative clause', () => {
    expect(actionDateIn('Rapat pada tanggal 3 Maret 2016 dan pembahasan pada 5-04-2016')?.text).toBe('5-04-2016');
    expect(actionDateIn('Perbaikan atas LKjIP yang disampaikan pada tanggal 3 Maret 2016')).toBeUndefined();
    expect(actionDateIn('SK Nomor 5 tanggal 2 Maret 2016')).toBeUndefined();
  });
});
