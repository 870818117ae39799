import { describe, expect, it } from 'vitest';

import { compareNames, formatScore, formatScoreDelta } from './format';

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
