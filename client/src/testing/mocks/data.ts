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
