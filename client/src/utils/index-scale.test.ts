import { describe, expect, it } from 'vitest';

import { frameworks } from '@/testing/mocks/reporting';
import { pciFramework } from '@/testing/mocks/indices';

import { axisBounds, isImprovement, scaleOf, versionOf } from './index-scale';

const papi = frameworks.find((framework) => framework.code === 'PAPI')!;

describe('index scale', () => {
  it("takes the total's range, each dimension's and the decimals from the framework, not from PAPI's habits", () => {
    const pci = scaleOf(pciFramework, 2016);

    expect(pci).toMatchObject({ code: 'PCI', decimals: 2, higherIsBetter: true, total: { min: 0, max: 100 } });
    expect(pci.dimensions.entry_costs).toEqual({ min: 0, max: 10 });
    expect(scaleOf(papi).total).toEqual({ min: 7.96, max: 79.96 });
    expect(scaleOf(papi).dimensions['1']).toEqual({ min: 1, max: 10 });
  });

  it('reads a year on the version that scored it, and the newest version for a year none covers', () => {
    const twoVersions = {
      ...pciFramework,
      versions: [
        { ...pciFramework.versions[0]!, code: 'OLD', firstYear: 2006, lastYear: 2012, totalScaleMax: 90 },
        { ...pciFramework.versions[0]!, code: 'NEW', firstYear: 2013, lastYear: null },
      ],
    };

    expect(versionOf(twoVersions, 2010)?.code).toBe('OLD');
    expect(versionOf(twoVersions, 2030)?.code).toBe('NEW');
    expect(versionOf(twoVersions, 2001)?.code).toBe('NEW');
    expect(scaleOf(twoVersions, 2010).total.max).toBe(90);
  });

  it("ends an axis on whole units: PAPI's total, 7.96 to 79.96 by its parts, reads as 7 to 80", () => {
    expect(axisBounds({ min: 7.96, max: 79.96 })).toEqual({ min: 7, max: 80 });
    expect(axisBounds({ min: 0, max: 100 })).toEqual({ min: 0, max: 100 });
  });

  it('calls a fall an improvement on an index where lower is better', () => {
    expect(isImprovement(1.5, true)).toBe(true);
    expect(isImprovement(-1.5, true)).toBe(false);
    expect(isImprovement(-1.5, false)).toBe(true);
    expect(isImprovement(1.5, false)).toBe(false);
  });
});
