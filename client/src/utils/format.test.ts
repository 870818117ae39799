import { describe, expect, it } from 'vitest';

import { compareNames, formatScore, formatScoreDelta, formatScoreDeltaFull, formatScoreFull } from './format';

describe('number formatting', () => {
  it('writes scores with two decimals in the locale', () => {
    expect(formatScore(44.32, 'vi')).toBe('44,32');
    expect(formatScore(44.32, 'en')).toBe('44.32');
    expect(formatScore(40.1, 'vi')).toBe('40,10');
  });

  it('signs score changes', () => {
    expect(formatScoreDelta(1.25, 'vi')).toBe('+1,25');
    expect(formatScoreDelta(-1.72, 'en')).toBe('-1.72');
    expect(formatScoreDelta(0, 'vi')).toBe('0,00');
  });

  it('writes the unrounded value with every decimal the API gives', () => {
    expect(formatScoreFull(48.811383008, 'vi')).toBe('48,811383008');
    expect(formatScoreFull(47.8763, 'en')).toBe('47.8763');
    expect(formatScoreFull(0.1, 'en')).toBe('0.1');
    expect(formatScoreDeltaFull(-1.725595949, 'vi')).toBe('-1,725595949');
    expect(formatScoreDeltaFull(0.0000001, 'en')).toBe('+0.0000001');
  });

  it('sorts Vietnamese names in Vietnamese alphabetical order', () => {
    const names = ['Đắk Nông', 'Điện Biên', 'Bắc Giang', 'Bà Rịa - Vũng Tàu', 'Yên Bái', 'Bạc Liêu', 'Đà Nẵng'];
    expect([...names].sort((a, b) => compareNames(a, b, 'vi'))).toEqual([
      'Bà Rịa - Vũng Tàu',
      'Bạc Liêu',
      'Bắc Giang',
      'Đà Nẵng',
      'Đắk Nông',
      'Điện Biên',
      'Yên Bái',
    ]);
  });
});
