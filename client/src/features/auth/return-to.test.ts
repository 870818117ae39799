import { describe, expect, it } from 'vitest';

import { safeReturnTo, signInPathFor } from './return-to';

describe('return after sign-in', () => {
  it('goes back to a page of this app, with its query string', () => {
    expect(safeReturnTo('/rankings?year=2021')).toBe('/rankings?year=2021');
  });

  it('never leaves the app or loops back to sign-in', () => {
    for (const unsafe of [null, '', 'https://evil.example/', '//evil.example/x', '/\\evil.example', 'rankings', '/login', '/login?returnTo=/x']) {
      expect(safeReturnTo(unsafe)).toBe('/rankings');
    }
  });

  it('remembers where the reader was unless it is where they land anyway', () => {
    expect(signInPathFor({ pathname: '/rankings', search: '?year=2021', hash: '' })).toBe(
      '/login?returnTo=%2Frankings%3Fyear%3D2021',
    );
    expect(signInPathFor({ pathname: '/rankings', search: '', hash: '' })).toBe('/login');
    expect(signInPathFor({ pathname: '/', search: '', hash: '' })).toBe('/login');
  });
});
