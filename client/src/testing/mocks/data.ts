import type { components } from '@/types/api';

type RankingRowDto = components['schemas']['RankingRowDto'];

/**
 * A few provinces of the 2020 release, enough to exercise every column state. Scores are unrounded, as
 * the API gives them (Quảng Ninh and Bắc Giang at the official file's precision).
 */
export const rankings2020: RankingRowDto[] = [
  {
    provinceId: 1,
    provinceNameVi: 'Quảng Ninh',
    provinceNameEn: 'Quang Ninh',
    score: 48.811383008,
    rank: 1,
    rankedOf: 63,
    official: true,
    group: 'Best',
    scoreDelta: 0.68,
    rankChange: 2,
  },
  {
    provinceId: 12,
    provinceNameVi: 'Bắc Giang',
    provinceNameEn: 'Bac Giang',
    score: 44.317182244,
    rank: 13,
    rankedOf: 63,
    official: true,
    group: 'HighAverage',
    scoreDelta: -1.725595949,
    rankChange: -9,
  },
  {
    provinceId: 40,
    provinceNameVi: 'Đắk Nông',
    provinceNameEn: 'Dak Nong',
    score: 40.11,
    rank: 60,
    rankedOf: 63,
    official: true,
    group: 'Poor',
    scoreDelta: null,
    rankChange: null,
    changeUnavailableBecause: 'NotScoredPreviousYear',
  },
  {
    // The API may leave out null members; the client must not care.
    provinceId: 64,
    provinceNameVi: 'Điện Biên',
    provinceNameEn: 'Dien Bien',
    rankedOf: 63,
    official: true,
    changeUnavailableBecause: 'NotScoredThisYear',
  },
];

const fromBacGiangAndBacNinh: RankingRowDto['estimate'] = {
  method: 'SimpleMean',
  partial: false,
  from: [
    { provinceId: 12, nameVi: 'Bắc Giang', nameEn: 'Bac Giang' },
    { provinceId: 13, nameVi: 'Bắc Ninh', nameEn: 'Bac Ninh' },
  ],
  missing: [],
  official: false,
};

/**
 * 2020 ranked as the 34 units of 2025-07-01 (`?as=2025-07-01`): every row unofficial; Quảng Ninh on
 * its own score, the new Bắc Ninh on the mean of Bắc Giang and the old Bắc Ninh.
 */
export const estimatedRankings2020: RankingRowDto[] = [
  {
    provinceId: 1,
    provinceNameVi: 'Quảng Ninh',
    provinceNameEn: 'Quang Ninh',
    score: 46.6,
    rank: 1,
    rankedOf: 34,
    official: false,
    group: 'Best',
  },
  {
    provinceId: 100,
    provinceNameVi: 'Bắc Ninh',
    provinceNameEn: 'Bac Ninh',
    score: 44.16,
    rank: 6,
    rankedOf: 34,
    official: false,
    group: 'HighAverage',
    estimate: fromBacGiangAndBacNinh,
  },
];
