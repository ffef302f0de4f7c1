import { describe, expect, it } from 'vitest';
import { coreName, namesCompatible, nipDigits, writtenForm } from '../src/domain/person-names.js';

describe('signatory names', () => {
  it('strips titles to the core name', () => {
    expect(coreName('Ir. H. HENDY SISWANTO, ST, IPU')).toBe('hendy siswanto');
    expect(coreName('Dr. H. HENDY SISWANTO, ST, IPU')).toBe('hendy siswanto');
    expect(coreName('Okto HARYANTO')).toBe('okto haryanto');
    expect(coreName('ARYANTOADI, S.Sos.')).toBe('aryantoadi');
    expect(coreName('Drs. BUDI SANTOSO MSi')).toBe('budi santoso');
  });
  it('matches an initial against the full word, and nothing else', () => {
    expect(namesCompatible('hendy s', 'hendy siswanto')).toBe(true);
    expect(namesCompatible('okto haryanto', 'okto haryanto')).toBe(true);
    expect(namesCompatible('aryantoadi', 'okto haryanto')).toBe(false);
    expect(namesCompatible('h s', 'hendy siswanto')).toBe(false);
    expect(namesCompatible('hendy', 'hendy siswanto')).toBe(false);
  });
  it('compares written forms without case and punctuation, NIPs by digits', () => {
    expect(writtenForm('Ir. OKTO HARYANTO')).toBe(writtenForm('Ir OKTO Haryanto'));
    expect(writtenForm('Ir. OKTO HARYANTO')).not.toBe(writtenForm('Okto HARYANTO'));
    expect(nipDigits('19641009 199203 1 005')).toBe('196410091992031005');
    expect(nipDigits(undefined)).toBeUndefined();
  });
});
