import { http, HttpResponse } from 'msw';

import type { components } from '@/types/api';

import { mockSessions, problem, unauthorized } from './auth';

type FrameworkDto = components['schemas']['FrameworkDto'];
type ProvinceYearResultDto = components['schemas']['ProvinceYearResultDto'];
type RankingRowDto = components['schemas']['RankingRowDto'];
type FrameworkStandingDto = components['schemas']['FrameworkStandingDto'];

export const provinceStandingsUrl = '/api/v1/provinces/:provinceId/standings';

/** PCI's ten sub-indices of 2013–2021, each 0–10; the total their weighted sum × 10, 0–100 (three here, enough for the shape). */
const pciSubIndices: [string, string, string][] = [
  ['entry_costs', 'Chi phí gia nhập thị trường', 'Entry costs'],
  ['land_access', 'Tiếp cận đất đai', 'Land access'],
  ['transparency', 'Tính minh bạch', 'Transparency'],
];

export const pciFramework: FrameworkDto = {
  code: 'PCI',
  nameVi: 'Chỉ số năng lực cạnh tranh cấp tỉnh',
  nameEn: 'Provincial Competitiveness Index',
  publishedDecimals: 2,
  higherIsBetter: true,
  publishTopN: 30,
  publishTopNFrom: 2023,
  totalColumn: 'pci_total',
  totalTolerance: 0.005,
  ignoredColumns: ['source', 'rank'],
  estimate: 'SimpleMean',
  releaseYears: [2015, 2016],
  versions: [
    {
      code: 'PCI-2013',
      firstYear: 2013,
      lastYear: 2021,
      changes: null,
      totalAggregationMethod: 'WeightedSum',
      totalAggregationFactor: 10,
      totalScaleMin: 0,
      totalScaleMax: 100,
      dimensions: pciSubIndices.map(([code, nameVi, nameEn]) => ({
        code,
        nameVi,
        nameEn,
        scaleMin: 0,
        scaleMax: 10,
        subDimensions: [],
        aggregationMethod: 'Sum',
        aggregationFactor: 1,
        weight: 1 / 3,
      })),
    },
  ],
};

/** An index defined but not imported yet: the picker does not offer it. */
export const unscoredFramework: FrameworkDto = {
  ...pciFramework,
  code: 'PARX',
  nameVi: 'Chỉ số cải cách hành chính (thử)',
  nameEn: 'Administrative reform index (trial)',
  releaseYears: [],
};

function pciYear(surveyYear: number, score: number, rank: number, delta: number | null): ProvinceYearResultDto {
  return {
    surveyYear,
    frameworkVersion: 'PCI-2013',
    total: {
      score,
      rank,
      rankedOf: 63,
      group: 'HighAverage',
      delta,
      rankChange: delta === null ? null : 17,
      changeUnavailableBecause: delta === null ? 'NoPreviousRelease' : null,
    },
    dimensions: pciSubIndices.map(([code, nameVi, nameEn], index) => ({
      code,
      nameVi,
      nameEn,
      score: { score: 6 + index, rank: 10 + index, rankedOf: 63, group: 'HighAverage' },
      subDimensions: [{ code, nameVi, nameEn, value: 6 + index, delta: null, changeUnavailableBecause: 'NoPreviousRelease' }],
    })),
  };
}

/** Bắc Giang on PCI: 59.37 (30th) in 2015, 63.45 (13th) in 2016. */
export const bacGiangPciYears: ProvinceYearResultDto[] = [pciYear(2015, 59.37, 30, null), pciYear(2016, 63.45, 13, 4.08)];

export const pciRankings2016: RankingRowDto[] = [
  { provinceId: 26, provinceNameVi: 'Đà Nẵng', provinceNameEn: 'Da Nang', score: 70, rank: 1, rankedOf: 63, official: true, group: 'Best', scoreDelta: 1.66, rankChange: 0 },
  { provinceId: 12, provinceNameVi: 'Bắc Giang', provinceNameEn: 'Bac Giang', score: 63.45, rank: 13, rankedOf: 63, official: true, group: 'HighAverage', scoreDelta: 4.08, rankChange: 17 },
];

/** Bắc Giang is scored on PAPI (2020: 44.32, 13th) and PCI (2016: 63.45, 13th); other provinces on nothing. */
const bacGiangStandings: FrameworkStandingDto[] = [
  {
    framework: 'PAPI',
    nameVi: 'Chỉ số PAPI',
    nameEn: 'PAPI',
    publishedDecimals: 2,
    higherIsBetter: true,
    surveyYear: 2020,
    frameworkVersion: 'PAPI-2019',
    total: { score: 44.32, rank: 13, rankedOf: 63, group: 'HighAverage', delta: -1.72, rankChange: -9 },
  },
  {
    framework: 'PCI',
    nameVi: pciFramework.nameVi,
    nameEn: pciFramework.nameEn,
    publishedDecimals: 2,
    higherIsBetter: true,
    surveyYear: 2016,
    frameworkVersion: 'PCI-2013',
    total: { score: 63.45, rank: 13, rankedOf: 63, group: 'HighAverage', delta: 4.08, rankChange: 17 },
  },
];

export const indexHandlers = [
  http.get(provinceStandingsUrl, ({ request, params }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    if (!/^\d+$/.test(String(params.provinceId))) return problem(404, { title: 'Không tìm thấy' });
    return HttpResponse.json(params.provinceId === '12' ? bacGiangStandings : []);
  }),
];
