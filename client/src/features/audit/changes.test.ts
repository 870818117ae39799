import { describe, expect, it } from 'vitest';

import { changeValueText, parseChanges } from './changes';

describe('audit changes', () => {
  it('reads before and after per field, telling a missing side from a null value', () => {
    expect(parseChanges('{"nameVi":{"before":"Sở Nội vụ","after":"Sở Nội vụ tỉnh"},"code":{"after":null}}')).toEqual([
      { field: 'nameVi', before: 'Sở Nội vụ', after: 'Sở Nội vụ tỉnh', hasBefore: true, hasAfter: true },
      { field: 'code', before: undefined, after: null, hasBefore: false, hasAfter: true },
    ]);
  });

  it('gives up on anything that is not the recorded shape', () => {
    expect(parseChanges('not json')).toBeNull();
    expect(parseChanges('[1,2]')).toBeNull();
    expect(parseChanges('{"nameVi":"x"}')).toBeNull();
  });

  it('writes values as text', () => {
    expect(changeValueText('x')).toBe('x');
    expect(changeValueText(3)).toBe('3');
    expect(changeValueText(null)).toBeNull();
    expect(changeValueText(['scores:read', 'units:read'])).toBe('scores:read, units:read');
    expect(changeValueText({ nested: true })).toBe('{"nested":true}');
  });
});
