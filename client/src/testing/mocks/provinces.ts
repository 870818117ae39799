import { http, HttpResponse } from 'msw';

import type { components } from '@/types/api';

import { mockSessions, problem, unauthorized } from './auth';
import { foldName, paged } from './db';
import { bacGiangPciYears } from './indices';

type ProvinceDto = components['schemas']['ProvinceDto'];
type ProvinceYearResultDto = components['schemas']['ProvinceYearResultDto'];
type ProvinceProfileDto = components['schemas']['ProvinceProfileDto'];
type DimensionResultDto = components['schemas']['DimensionResultDto'];
type ScoreDto = components['schemas']['ScoreDto'];

export const provincesUrl = '/api/v1/provinces';
export const provinceProfileUrl = '/api/v1/provinces/:provinceId/profile';
export const comparisonUrl = '/api/v1/provinces/comparison';

export const provinces: ProvinceDto[] = [
  { id: 1, nameVi: 'Quảng Ninh', nameEn: 'Quang Ninh', code: '22', activeFrom: '2000-01-01' },
  { id: 12, nameVi: 'Bắc Giang', nameEn: 'Bac Giang', code: '24', activeFrom: '2000-01-01', activeTo: '2025-06-30' },
  { id: 13, nameVi: 'Bắc Ninh', nameEn: 'Bac Ninh', code: '27', activeFrom: '2000-01-01', activeTo: '2025-06-30' },
  { id: 14, nameVi: 'Bạc Liêu', nameEn: 'Bac Lieu', code: '95', activeFrom: '2000-01-01' },
  { id: 15, nameVi: 'Bắc Kạn', nameEn: 'Bac Kan', code: '06', activeFrom: '2000-01-01' },
  { id: 24, nameVi: 'Hà Nội', nameEn: 'Ha Noi', code: '01', activeFrom: '2000-01-01' },
  { id: 25, nameVi: 'Hải Phòng', nameEn: 'Hai Phong', code: '31', activeFrom: '2000-01-01' },
  { id: 26, nameVi: 'Đà Nẵng', nameEn: 'Da Nang', code: '48', activeFrom: '2000-01-01' },
  { id: 27, nameVi: 'Huế', nameEn: 'Hue', code: '46', activeFrom: '2000-01-01' },
  { id: 28, nameVi: 'Cần Thơ', nameEn: 'Can Tho', code: '92', activeFrom: '2000-01-01' },
  { id: 40, nameVi: 'Đắk Nông', nameEn: 'Dak Nong', code: '67', activeFrom: '2000-01-01' },
  { id: 64, nameVi: 'Điện Biên', nameEn: 'Dien Bien', code: '11', activeFrom: '2000-01-01' },
];

/** The eight PAPI dimensions, with two sub-dimensions each (enough to show the shape). */
const dimensionNames: [string, string, string, [string, string][]][] = [
  ['1', 'Tham gia của người dân ở cấp cơ sở', 'Participation at local levels', [
    ['Tri thức công dân', 'Civic knowledge'],
    ['Cơ hội tham gia', 'Opportunities for participation'],
  ]],
  ['2', 'Công khai, minh bạch trong việc ra quyết định ở địa phương', 'Transparency in local decision-making', [
    ['Tiếp cận thông tin', 'Access to information'],
    ['Công khai, minh bạch danh sách hộ nghèo', 'Poor household list transparency'],
  ]],
  ['3', 'Trách nhiệm giải trình với người dân', 'Vertical accountability', [
    ['Hiệu quả tương tác với các cấp chính quyền', 'Interactions with local authorities'],
    ['Tiếp cận dịch vụ tư pháp', 'Access to justice services'],
  ]],
  ['4', 'Kiểm soát tham nhũng trong khu vực công', 'Control of corruption in the public sector', [
    ['Kiểm soát tham nhũng trong chính quyền', 'Limits on public sector corruption'],
    ['Quyết tâm chống tham nhũng', 'Willingness to fight corruption'],
  ]],
  ['5', 'Thủ tục hành chính công', 'Public administrative procedures', [
    ['Dịch vụ chứng thực, xác nhận', 'Certification procedures'],
    ['Thủ tục hành chính cấp xã/phường', 'Commune-level administrative procedures'],
  ]],
  ['6', 'Cung ứng dịch vụ công', 'Public service delivery', [
    ['Y tế công lập', 'Public health care'],
    ['Giáo dục tiểu học công lập', 'Public primary education'],
  ]],
  ['7', 'Quản trị môi trường', 'Environmental governance', [
    ['Nghiêm túc trong bảo vệ môi trường', 'Seriousness in environmental protection'],
    ['Chất lượng không khí', 'Air quality'],
  ]],
  ['8', 'Quản trị điện tử', 'E-governance', [
    ['Sử dụng cổng thông tin điện tử của chính quyền địa phương', 'Use of local e-government portals'],
    ['Tiếp cận và sử dụng Internet tại địa phương', 'Access to the Internet'],
  ]],
];

/** A year of results in which every dimension scores `base + code/10` and moved by `delta`. */
function dimensions(base: number, delta: number | null, reason: ScoreDto['changeUnavailableBecause'] = null): DimensionResultDto[] {
  return dimensionNames.map(([code, nameVi, nameEn, subs], index) => {
    const score = Math.round((base + index / 10) * 100) / 100;
    const dimensionDelta = delta === null ? null : index % 2 === 0 ? delta : -delta;
    return {
      code,
      nameVi,
      nameEn,
      score: {
        score,
        rank: 10 + index,
        rankedOf: 63,
        group: 'HighAverage',
        delta: dimensionDelta,
        rankChange: dimensionDelta === null ? null : dimensionDelta > 0 ? 2 : -3,
        changeUnavailableBecause: delta === null ? reason : null,
      },
      // Listed out of order on purpose: the page sorts by code.
      subDimensions: subs
        .map(([subVi, subEn], subIndex) => ({
          code: `${code}.${subIndex + 1}`,
          nameVi: subVi,
          nameEn: subEn,
          value: Math.round((score / 2 + (subIndex === 0 ? 0.05 : -0.05)) * 100) / 100,
          delta: dimensionDelta === null ? null : subIndex === 0 ? 0.12 : -0.08,
          changeUnavailableBecause: delta === null ? reason : null,
        }))
        .reverse(),
    };
  });
}

export const bacGiangYears: ProvinceYearResultDto[] = [
  {
    surveyYear: 2018,
    frameworkVersion: 'PAPI-2018',
    total: { score: 43.1, rank: 20, rankedOf: 63, group: 'HighAverage', changeUnavailableBecause: 'NoPreviousRelease' },
    dimensions: dimensions(5.1, null, 'NoPreviousRelease'),
  },
  {
    surveyYear: 2020,
    frameworkVersion: 'PAPI-2019',
    total: { score: 44.32, rank: 13, rankedOf: 63, group: 'HighAverage', delta: -1.72, rankChange: -9 },
    dimensions: dimensions(5.5, 0.25),
  },
  {
    surveyYear: 2019,
    frameworkVersion: 'PAPI-2019',
    total: {
      score: 46.04,
      rank: 4,
      rankedOf: 63,
      group: 'Best',
      delta: null,
      rankChange: null,
      changeUnavailableBecause: 'FrameworkVersionChanged',
    },
    dimensions: dimensions(5.7, null, 'FrameworkVersionChanged'),
  },
];

/**
 * The new Bắc Ninh of 1 July 2025 (code 24, once Bắc Giang's), merged from Bắc Giang and the old Bắc Ninh.
 * Kept out of the search list so the pickers' tests keep one province per name.
 */
export const newBacNinh: ProvinceDto = { id: 100, nameVi: 'Bắc Ninh', nameEn: 'Bac Ninh', code: '24', activeFrom: '2025-07-01' };

/** A year of the old Bắc Ninh: only its total and rank matter to the lineage. */
function bacNinhYear(surveyYear: number, score: number, rank: number): ProvinceYearResultDto {
  return {
    surveyYear,
    frameworkVersion: surveyYear === 2018 ? 'PAPI-2018' : 'PAPI-2019',
    total: { score, rank, rankedOf: 63, group: 'HighAverage' },
    dimensions: dimensions(score / 8, null, 'NoPreviousRelease'),
  };
}

/** Scored in 2021 when Bắc Giang was not: the new Bắc Ninh has a 2021 estimate only when partial. */
export const oldBacNinhYears: ProvinceYearResultDto[] = [
  bacNinhYear(2018, 42.5, 25),
  bacNinhYear(2019, 45.2, 8),
  bacNinhYear(2020, 44.0, 15),
  bacNinhYear(2021, 43.5, 18),
];

type EstimatedYearDto = ProvinceProfileDto['estimates'][number];

/**
 * The simple mean of Bắc Giang's and the old Bắc Ninh's totals, ranked among 34; 2021 from Bắc Ninh alone
 * when partial; 2020 weighted by the populations imported for it.
 */
function newBacNinhEstimates(partial: boolean): EstimatedYearDto[] {
  const bacGiang = { provinceId: 12, nameVi: 'Bắc Giang', nameEn: 'Bac Giang' };
  const bacNinh = { provinceId: 13, nameVi: 'Bắc Ninh', nameEn: 'Bac Ninh' };
  const weighted = [
    { ...bacGiang, weight: 0.56, population: 1_900_000, populationYear: 2020 },
    { ...bacNinh, weight: 0.44, population: 1_500_000, populationYear: 2019 },
  ];
  const estimated = (surveyYear: number, score: number, rank: number, isPartial = false): EstimatedYearDto => ({
    surveyYear,
    estimate: {
      method: surveyYear === 2020 ? 'PopulationWeighted' : 'SimpleMean',
      partial: isPartial,
      from: isPartial ? [bacNinh] : surveyYear === 2020 ? weighted : [bacGiang, bacNinh],
      missing: isPartial ? [bacGiang] : [],
      official: false,
    },
    result: {
      surveyYear,
      frameworkVersion: surveyYear === 2018 ? 'PAPI-2018' : 'PAPI-2019',
      total: { score, rank, rankedOf: 34, group: 'HighAverage' },
      dimensions: dimensions(score / 8, null, 'NoPreviousRelease'),
    },
  });
  const years = [estimated(2018, 42.8, 9), estimated(2019, 45.62, 3), estimated(2020, 44.16, 6)];
  return partial ? [...years, estimated(2021, 43.5, 12, true)] : years;
}

function profileOf(province: ProvinceDto, partial: boolean): ProvinceProfileDto {
  const merged = { province, framework: 'PAPI', predecessors: [], successor: newBacNinh, estimates: [] };
  if (province.id === 12) return { ...merged, years: bacGiangYears };
  if (province.id === 13) return { ...merged, years: oldBacNinhYears };
  if (province.id === newBacNinh.id) {
    const byId = (id: number) => provinces.find((candidate) => candidate.id === id) as ProvinceDto;
    const [bacGiang, bacNinh] = [byId(12), byId(13)];
    return {
      province,
      framework: 'PAPI',
      years: [],
      predecessors: [
        { province: bacGiang, years: bacGiangYears },
        { province: bacNinh, years: oldBacNinhYears },
      ],
      successor: null,
      estimates: newBacNinhEstimates(partial),
    };
  }
  return { province, framework: 'PAPI', years: [], predecessors: [], successor: null, estimates: [] };
}

/** A province's 2020 result in the comparison: Bắc Giang as above, the others a little apart. */
function result2020(province: ProvinceDto): ProvinceYearResultDto | null {
  if (province.id === 64) return null;
  if (province.id === 12) return bacGiangYears.find((year) => year.surveyYear === 2020) ?? null;
  const base = 4 + (province.id % 7) / 2;
  return {
    surveyYear: 2020,
    frameworkVersion: 'PAPI-2019',
    total: { score: Math.round(base * 8 * 100) / 100, rank: province.id, rankedOf: 63, group: 'LowAverage' },
    dimensions: dimensions(base, 0.1),
  };
}

export const provinceHandlers = [
  http.get(comparisonUrl, ({ request }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    const url = new URL(request.url);
    const year = Number(url.searchParams.get('year'));
    const ids = url.searchParams.getAll('provinceIds').map(Number);
    if (ids.length === 0 || ids.length > 10) {
      return problem(400, { title: 'Dữ liệu không hợp lệ', errors: { provinceIds: ['Compare at most 10 provinces.'] } });
    }
    const chosen = ids.map((id) => provinces.find((province) => province.id === id));
    if (year !== 2020 || chosen.some((province) => province === undefined)) {
      return problem(404, { title: 'Không tìm thấy', detail: `Score release PAPI ${year} was not found.` });
    }
    return HttpResponse.json({
      surveyYear: 2020,
      frameworkVersion: 'PAPI-2019',
      provinces: chosen.map((province) => ({ province, result: province ? result2020(province) : null })),
    });
  }),
  http.get(provinceProfileUrl, ({ request, params }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    const province = [...provinces, newBacNinh].find((candidate) => String(candidate.id) === params.provinceId);
    if (!province) return problem(404, { title: 'Không tìm thấy', detail: `Province ${String(params.provinceId)} was not found.` });
    const query = new URL(request.url).searchParams;
    const framework = query.get('framework') ?? 'PAPI';
    if (framework !== 'PAPI') {
      const years = framework === 'PCI' && province.id === 12 ? bacGiangPciYears : [];
      return HttpResponse.json({ province, framework, years, predecessors: [], successor: null, estimates: [] });
    }
    return HttpResponse.json(profileOf(province, query.get('partial') === 'true'));
  }),
  http.get(provincesUrl, ({ request }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    const url = new URL(request.url);
    const search = foldName(url.searchParams.get('search') ?? '');
    const found = provinces.filter((province) => foldName(province.nameVi).includes(search));
    return HttpResponse.json(paged(found, url));
  }),
];
