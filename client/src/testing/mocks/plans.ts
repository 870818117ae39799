import { http, HttpResponse } from 'msw';

import type { components } from '@/types/api';

import { mockSessions, problem, unauthorized } from './auth';
import { foldName, mockDb, paged } from './db';

type PlanDto = components['schemas']['PlanDto'];
type PlanSummaryDto = components['schemas']['PlanSummaryDto'];
type ActionItemDto = components['schemas']['ActionItemDto'];
type ActionProgressDto = components['schemas']['ActionProgressDto'];
type ActionItemRevision = components['schemas']['ActionItemRevision'];
type ProgressReport = components['schemas']['ProgressReport'];
type CoverageDto = components['schemas']['CoverageDto'];
type RankCalculatorDto = components['schemas']['RankCalculatorDto'];
type EffectDto = components['schemas']['EffectDto'];
type PlanOverviewDto = components['schemas']['PlanOverviewDto'];

export const plansUrl = '/api/v1/plans';
export const planUrl = '/api/v1/plans/:id';
export const planActionsUrl = '/api/v1/plans/:id/actions';
export const actionItemUrl = '/api/v1/action-items/:id';
export const actionProgressUrl = '/api/v1/action-items/:id/progress';
export const evidenceUploadUrl = '/api/v1/action-progress/:progressId/evidence';
export const evidenceUrl = '/api/v1/evidence/:id';
export const coverageUrl = '/api/v1/plans/:id/coverage';
export const rankCalculatorUrl = '/api/v1/plans/:id/rank-calculator';
export const effectUrl = '/api/v1/plans/:id/effect';
export const planOverviewUrl = '/api/v1/plans/:id/overview';

export const plan: PlanDto = {
  id: 1,
  provinceId: 12,
  provinceNameVi: 'Bắc Giang',
  framework: 'PAPI',
  titleVi: 'Kế hoạch nâng cao Chỉ số PAPI tỉnh Bắc Giang năm 2021',
  titleEn: "Plan to improve Bac Giang's PAPI in 2021",
  issuerVi: 'UBND tỉnh Bắc Giang',
  issuerEn: 'Bac Giang PPC',
  documentNumber: '118/KH-UBND',
  issuedOn: '2021-03-25',
  baselineYear: 2020,
  targetYear: 2021,
  status: 'InForce',
  indices: [{ framework: 'PAPI', nameVi: 'Chỉ số PAPI', nameEn: 'PAPI', baselineYear: 2020 }],
  targets: [
    {
      framework: 'PAPI',
      kind: 'TotalRank',
      value: 8,
      lowerIsBetter: true,
      noteVi: 'tăng ít nhất 05 bậc so với năm 2020',
      noteEn: 'up at least 5 places on 2020',
      baseline: { surveyYear: 2020, value: 13, met: false, estimated: false },
      predecessorBaselines: [],
      since: [{ surveyYear: 2021, value: 11, met: false, estimated: false }],
      metInTargetYear: false,
    },
  ],
};

const planSummary: PlanSummaryDto = {
  id: plan.id,
  provinceId: plan.provinceId,
  provinceNameVi: plan.provinceNameVi,
  framework: plan.framework,
  titleVi: plan.titleVi,
  titleEn: plan.titleEn ?? null,
  documentNumber: plan.documentNumber ?? null,
  issuedOn: plan.issuedOn ?? null,
  baselineYear: plan.baselineYear,
  targetYear: plan.targetYear,
  status: plan.status,
  actions: 3,
};

const seedActions: ActionItemDto[] = [
  {
    id: 11,
    planId: 1,
    code: 'D1.a',
    kind: 'Action',
    dimensions: ['1'],
    subDimensions: ['1.1', '1.3'],
    textVi: 'Triển khai thực hiện tốt các văn bản hướng dẫn về bầu cử.',
    textEn: 'Properly implement the guidance documents on elections.',
    recurring: false,
    dueDate: '2021-06-30',
    status: 'InProgress',
    deadlineState: 'Overdue',
    units: [
      { unitId: 101, nameVi: 'Sở Nội vụ', nameEn: 'Department of Home Affairs', role: 'Lead' },
      { unitId: 103, nameVi: 'UBND huyện Lục Nam', nameEn: 'Luc Nam DPC', role: 'Coordinating' },
    ],
  },
  {
    id: 12,
    planId: 1,
    code: 'D2.a',
    kind: 'Action',
    dimensions: ['2'],
    subDimensions: ['2.2'],
    textVi: 'Công khai thông tin về quy hoạch, kế hoạch sử dụng đất.',
    textEn: 'Publish land-use plans.',
    recurring: true,
    status: 'NotStarted',
    deadlineState: 'WithinDeadline',
    units: [{ unitId: 102, nameVi: 'Sở Tài chính', nameEn: 'Department of Finance', role: 'Lead' }],
  },
  {
    id: 13,
    planId: 1,
    code: 'D8.b',
    kind: 'Responsibility',
    dimensions: ['8'],
    subDimensions: ['8.1'],
    textVi: 'Nâng cao chất lượng dịch vụ công trực tuyến.',
    textEn: null,
    recurring: false,
    dueDate: '2021-12-31',
    completedOn: '2021-11-30',
    status: 'Completed',
    deadlineState: 'CompletedOnTime',
    units: [{ unitId: 101, nameVi: 'Sở Nội vụ', nameEn: 'Department of Home Affairs', role: 'Lead' }],
  },
];

const actions = new Map<number, { item: ActionItemDto; version: number }>();
const progress: ActionProgressDto[] = [];
let nextProgressId = 500;
let nextEvidenceId = 900;

mockDb.register(() => {
  actions.clear();
  for (const item of seedActions) actions.set(item.id, { item: { ...item }, version: 3 });
  progress.length = 0;
  progress.push({
    id: 400,
    actionItemId: 11,
    unitId: 101,
    unitNameVi: 'Sở Nội vụ',
    recordedAt: '2021-05-10T03:00:00Z',
    reportedOn: '2021-05-10',
    status: 'InProgress',
    percent: 40,
    narrative: 'Đã tổ chức 3 hội nghị tập huấn.',
    evidence: [
      { id: 800, progressId: 400, fileName: 'tap-huan.pdf', contentType: 'application/pdf', sizeBytes: 20480, uploadedAt: '2021-05-10T03:01:00Z' },
    ],
  });
  nextProgressId = 500;
  nextEvidenceId = 900;
});

const etag = (version: number) => `"${version}"`;

/** The mocked API's actions, for a test to inspect or change as "someone else". */
export const mockActions = {
  get(id: number) {
    return actions.get(id);
  },
  changeBySomeoneElse(id: number, change: Partial<ActionItemDto>): void {
    const stored = actions.get(id);
    if (!stored) throw new Error(`no action ${id}`);
    actions.set(id, { item: { ...stored.item, ...change }, version: stored.version + 1 });
  },
  progress(): readonly ActionProgressDto[] {
    return progress;
  },
};

export const coverage: CoverageDto = {
  planId: 1,
  framework: 'PAPI',
  baselineYear: 2020,
  frameworkVersion: 'PAPI-2019',
  subDimensions: [
    {
      dimensionCode: '1',
      code: '1.1',
      nameVi: 'Tri thức công dân',
      nameEn: 'Civic knowledge',
      score: 1.05,
      delta: -0.08,
      rank: 40,
      rankedOf: 63,
      group: 'LowAverage',
      actions: 1,
      declined: true,
      inBottomGroups: true,
      isGap: false,
    },
    {
      dimensionCode: '1',
      code: '1.2',
      nameVi: 'Cơ hội tham gia',
      nameEn: 'Opportunities for participation',
      score: 1.5,
      delta: -0.12,
      rank: 55,
      rankedOf: 63,
      group: 'Poor',
      actions: 0,
      declined: true,
      inBottomGroups: true,
      isGap: true,
    },
    {
      dimensionCode: '2',
      code: '2.1',
      nameVi: 'Tiếp cận thông tin',
      nameEn: 'Access to information',
      score: 0.9,
      delta: 0.1,
      rank: 10,
      rankedOf: 63,
      group: 'Best',
      actions: 0,
      declined: false,
      inBottomGroups: false,
      isGap: false,
    },
  ],
};

export function rankCalculation(rank: number): RankCalculatorDto {
  return {
    framework: 'PAPI',
    surveyYear: 2020,
    rank,
    rankedOf: 63,
    provinceAtRankVi: 'Bình Định',
    scoreAtRank: 45.04,
    provinceScore: 44.32,
    provinceRank: 13,
    gapToRank: 0.72,
    nationalAverageChange: 0.35,
    scoreNeededIfOthersMoveByAverage: 45.39,
    dimensions: [
      { code: '1', nameVi: 'Tham gia của người dân ở cấp cơ sở', nameEn: 'Participation at local levels', provinceScore: 5.1, atRank: 5.3, best: 6.2, gapToRank: 0.2, gapToBest: 1.1 },
    ],
    noteVi: 'Công cụ hỗ trợ lập kế hoạch, không phải dự báo.',
    noteEn: 'A planning aid, not a forecast.',
  };
}

export const effect: EffectDto = {
  planId: 1,
  framework: 'PAPI',
  baselineYear: 2020,
  surveyYear: 2021,
  baselineVersion: 'PAPI-2019',
  frameworkVersion: 'PAPI-2021',
  subDimensions: [
    {
      code: '1.1',
      nameVi: 'Tri thức công dân',
      nameEn: 'Civic knowledge',
      baseline: 1.05,
      now: 1.2,
      change: 0.15,
      actions: [{ id: 11, code: 'D1.a', status: 'InProgress', lastPercent: 40 }],
      actionsCompleted: 0,
    },
    {
      code: '5.2',
      nameVi: 'Cấp phép xây dựng',
      nameEn: 'Construction permits',
      baseline: 1.3,
      now: null,
      change: null,
      changeUnavailableBecause: 'NotScoredThisYear',
      actions: [],
      actionsCompleted: 0,
    },
  ],
};

export const planOverview: PlanOverviewDto = {
  planId: 1,
  today: '2021-07-01',
  actions: 21,
  overdue: 4,
  byStatus: [
    { status: 'NotStarted', count: 6 },
    { status: 'InProgress', count: 12 },
    { status: 'Completed', count: 3 },
  ],
  byDimension: [
    { dimension: '1', total: 3, notStarted: 1, inProgress: 2, completed: 0, paused: 0, overdue: 1 },
    { dimension: '5', total: 4, notStarted: 0, inProgress: 2, completed: 2, paused: 0, overdue: 0 },
  ],
  currentPeriod: {
    period: { id: 22, planId: 1, kind: 'HalfYear', year: 2021, coverageFrom: '2021-01-01', coverageTo: '2021-06-15', dueOn: '2021-06-20', dueAt: '2021-06-20T16:59:59Z' },
    counts: { expected: 12, submitted: 9, onTime: 7, late: 2, missing: 3, returned: 1, approved: 5, submittedRate: 0.75, onTimeRate: 0.58 },
  },
  indices: [{ framework: 'PAPI', nameVi: 'Chỉ số PAPI', nameEn: 'PAPI', baselineYear: 2020, targets: 1, actions: 21 }],
};

function signedIn(request: Request) {
  return mockSessions.isSignedIn(request);
}

export const planHandlers = [
  http.get(plansUrl, ({ request }) => {
    if (!signedIn(request)) return unauthorized(request);
    return HttpResponse.json(paged([planSummary], new URL(request.url)));
  }),
  http.get(planUrl, ({ request, params }) => {
    if (!signedIn(request)) return unauthorized(request);
    if (Number(params.id) !== plan.id) return problem(404, { title: 'Không tìm thấy' });
    return HttpResponse.json(plan);
  }),
  http.get(planActionsUrl, ({ request, params }) => {
    if (!signedIn(request)) return unauthorized(request);
    if (Number(params.id) !== plan.id) return problem(404, { title: 'Không tìm thấy' });
    const url = new URL(request.url);
    const q = url.searchParams;
    const sort = q.get('sort') ?? 'code';
    if (!['code', '-code', 'due', '-due', 'status', '-status'].includes(sort)) {
      return problem(400, { title: 'Dữ liệu không hợp lệ', errors: { sort: ['Sort by one of: code, -code, due, -due, status, -status.'] } });
    }
    const search = foldName(q.get('search') ?? '');
    let items = [...actions.values()].map(({ item }) => item);
    if (q.has('dimension')) items = items.filter((item) => item.dimensions.includes(q.get('dimension') ?? ''));
    if (q.has('status')) items = items.filter((item) => item.status === q.get('status'));
    if (q.has('deadlineState')) items = items.filter((item) => item.deadlineState === q.get('deadlineState'));
    if (q.has('kind')) items = items.filter((item) => item.kind === q.get('kind'));
    // The mocked user works at Sở Nội vụ (101): "mine" keeps what it leads or supports.
    if (q.get('mine') === 'true') items = items.filter((item) => item.units.some((unit) => unit.unitId === 101));
    if (search !== '') items = items.filter((item) => foldName(`${item.code} ${item.textVi}`).includes(search));
    const direction = sort.startsWith('-') ? -1 : 1;
    items.sort((a, b) => direction * a.code.localeCompare(b.code));
    return HttpResponse.json(paged(items, url));
  }),
  http.get(actionItemUrl, ({ request, params }) => {
    if (!signedIn(request)) return unauthorized(request);
    const stored = actions.get(Number(params.id));
    if (!stored) return problem(404, { title: 'Không tìm thấy' });
    return HttpResponse.json(stored.item, { headers: { ETag: etag(stored.version) } });
  }),
  http.put<{ id: string }, ActionItemRevision>(actionItemUrl, async ({ request, params }) => {
    if (!signedIn(request)) return unauthorized(request);
    const stored = actions.get(Number(params.id));
    if (!stored) return problem(404, { title: 'Không tìm thấy' });
    const ifMatch = request.headers.get('If-Match');
    if (ifMatch === null) return problem(428, { title: 'Yêu cầu điều kiện' });
    if (ifMatch !== etag(stored.version)) return problem(412, { title: 'Điều kiện không thỏa' });
    const revision = await request.json();
    if (revision.textVi.trim() === '') {
      return problem(400, { title: 'Dữ liệu không hợp lệ', errors: { TextVi: ["'Text Vi' must not be empty."] } });
    }
    const item: ActionItemDto = { ...stored.item, ...revision };
    actions.set(item.id, { item, version: stored.version + 1 });
    return HttpResponse.json(item, { headers: { ETag: etag(stored.version + 1) } });
  }),
  http.get(actionProgressUrl, ({ request, params }) => {
    if (!signedIn(request)) return unauthorized(request);
    const entries = progress.filter((entry) => entry.actionItemId === Number(params.id)).sort((a, b) => b.id - a.id);
    return HttpResponse.json(paged(entries, new URL(request.url)));
  }),
  http.post<{ id: string }, ProgressReport>(actionProgressUrl, async ({ request, params }) => {
    if (!signedIn(request)) return unauthorized(request);
    const stored = actions.get(Number(params.id));
    if (!stored) return problem(404, { title: 'Không tìm thấy' });
    const report = await request.json();
    const errors: Record<string, string[]> = {};
    if (report.percent < 0 || report.percent > 100) errors.Percent = ["'Percent' must be between 0 and 100."];
    if (report.narrative.trim() === '') errors.Narrative = ["'Narrative' must not be empty."];
    if (Object.keys(errors).length > 0) return problem(400, { title: 'Dữ liệu không hợp lệ', errors });
    const unit = stored.item.units.find((candidate) => candidate.unitId === report.unitId);
    if (!unit) return problem(403, { title: 'Không có quyền' });
    const entry: ActionProgressDto = {
      id: nextProgressId++,
      actionItemId: stored.item.id,
      unitId: unit.unitId,
      unitNameVi: unit.nameVi,
      recordedAt: '2026-11-27T03:00:00Z',
      reportedOn: report.reportedOn,
      status: report.status,
      percent: report.percent,
      narrative: report.narrative,
      evidence: [],
    };
    progress.push(entry);
    if (unit.role === 'Lead') actions.set(stored.item.id, { item: { ...stored.item, status: report.status }, version: stored.version + 1 });
    return HttpResponse.json(entry, { status: 201 });
  }),
  http.post(evidenceUploadUrl, async ({ request, params }) => {
    if (!signedIn(request)) return unauthorized(request);
    const entry = progress.find((candidate) => candidate.id === Number(params.progressId));
    if (!entry) return problem(404, { title: 'Không tìm thấy' });
    // As for other uploads under jsdom, only the presence of the `file` part is checked (see README).
    const form = await request.formData();
    if (!form.has('file')) return problem(400, { title: 'Dữ liệu không hợp lệ', errors: { file: ['A file is required.'] } });
    const evidence = {
      id: nextEvidenceId++,
      progressId: entry.id,
      fileName: 'bien-ban.pdf',
      contentType: 'application/pdf',
      sizeBytes: 2048,
      uploadedAt: '2026-11-27T03:05:00Z',
    };
    entry.evidence = [...entry.evidence, evidence];
    return HttpResponse.json(evidence, { status: 201 });
  }),
  http.get(evidenceUrl, ({ request }) => {
    if (!signedIn(request)) return unauthorized(request);
    return new HttpResponse('%PDF-1.4', {
      headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': "attachment; filename=\"tap-huan.pdf\"; filename*=UTF-8''t%E1%BA%ADp-hu%E1%BA%A5n.pdf" },
    });
  }),
  http.get(coverageUrl, ({ request }) => (signedIn(request) ? HttpResponse.json(coverage) : unauthorized(request))),
  http.get(rankCalculatorUrl, ({ request }) => {
    if (!signedIn(request)) return unauthorized(request);
    const rank = Number(new URL(request.url).searchParams.get('rank'));
    if (!Number.isInteger(rank) || rank < 1 || rank > 63) {
      return problem(400, { title: 'Dữ liệu không hợp lệ', errors: { Rank: ['The rank must be between 1 and 63.'] } });
    }
    return HttpResponse.json(rankCalculation(rank));
  }),
  http.get(effectUrl, ({ request }) => (signedIn(request) ? HttpResponse.json(effect) : unauthorized(request))),
  http.get(planOverviewUrl, ({ request }) => (signedIn(request) ? HttpResponse.json(planOverview) : unauthorized(request))),
];
