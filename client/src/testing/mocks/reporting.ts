import { http, HttpResponse } from 'msw';

import type { components } from '@/types/api';

import { mockSessions, problem, unauthorized } from './auth';
import { mockDb, paged } from './db';

type ReportingPeriodDto = components['schemas']['ReportingPeriodDto'];
type ObligationDto = components['schemas']['ObligationDto'];
type SubmissionDto = components['schemas']['SubmissionDto'];
type SubmissionDraft = components['schemas']['SubmissionDraft'];
type ReturnReason = components['schemas']['ReturnReason'];
type CompletenessDto = components['schemas']['CompletenessDto'];
type FrameworkDto = components['schemas']['FrameworkDto'];
type ReportingMatrixDto = components['schemas']['ReportingMatrixDto'];
type ReportCounts = components['schemas']['ReportCounts'];

export const periodsUrl = '/api/v1/plans/:id/reporting-periods';
export const obligationsUrl = '/api/v1/reporting-periods/:id/obligations';
export const completenessUrl = '/api/v1/reporting-periods/:id/completeness';
export const submissionUrl = '/api/v1/report-obligations/:id/submission';
export const reportMoveUrl = '/api/v1/report-submissions/:id/:move';
export const frameworksUrl = '/api/v1/frameworks';
export const matrixUrl = '/api/v1/reporting-matrix';

/** What a report holds beyond its narratives; this stand-in keeps it empty. */
const emptyContent = { unitPlan: { committedActionIds: [] }, actions: [], attachments: [], versions: [] } satisfies Partial<SubmissionDto>;

/** One period long past and one whose due day is still ahead: the page opens on the latter. */
export const periods: ReportingPeriodDto[] = [
  { id: 21, planId: 1, kind: 'Quarterly', year: 2021, coverageFrom: '2021-01-01', coverageTo: '2021-03-15', dueOn: '2021-03-20', dueAt: '2021-03-20T16:59:59Z' },
  { id: 22, planId: 1, kind: 'HalfYear', year: 2099, coverageFrom: '2099-01-01', coverageTo: '2099-06-15', dueOn: '2099-06-20', dueAt: '2099-06-20T16:59:59Z' },
];

const obligations: ObligationDto[] = [
  { id: 31, periodId: 22, unitId: 104, unitNameVi: 'UBND xã Bảo Đài', recipientId: 103, recipientNameVi: 'UBND huyện Lục Nam', dueOn: '2099-06-20' },
  { id: 32, periodId: 22, unitId: 103, unitNameVi: 'UBND huyện Lục Nam', recipientId: 101, recipientNameVi: 'Sở Nội vụ', dueOn: '2099-06-20' },
  {
    id: 33,
    periodId: 22,
    unitId: 102,
    unitNameVi: 'Sở Tài chính',
    recipientId: 101,
    recipientNameVi: 'Sở Nội vụ',
    dueOn: '2099-06-20',
    extendedTo: '2099-06-30',
    extensionReason: 'Sáp nhập đơn vị',
  },
];

const submissions = new Map<number, { submission: SubmissionDto; version: number }>();
let nextSubmissionId = 70;

mockDb.register(() => {
  submissions.clear();
  submissions.set(31, { submission: { id: 62, obligationId: 31, status: 'Draft', narratives: { '1': 'Đã họp dân ở 5 thôn.' }, ...emptyContent }, version: 2 });
  submissions.set(32, {
    submission: {
      id: 61,
      obligationId: 32,
      status: 'Submitted',
      narratives: { '1': 'Tổ chức bầu cử an toàn.' },
      submittedAt: '2099-06-18T02:00:00Z',
      onTime: true,
      ...emptyContent,
    },
    version: 5,
  });
  nextSubmissionId = 70;
});

const etag = (version: number) => `"${version}"`;

/** The mocked API's reports, for a test to inspect or change as "someone else". */
export const mockReports = {
  get(obligationId: number) {
    return submissions.get(obligationId);
  },
  changeBySomeoneElse(obligationId: number, narratives: Record<string, string>): void {
    const stored = submissions.get(obligationId);
    if (!stored) throw new Error(`no report for obligation ${obligationId}`);
    submissions.set(obligationId, { submission: { ...stored.submission, narratives }, version: stored.version + 1 });
  },
};

function completeness(periodId: number): CompletenessDto {
  const recipients = new Map<number, CompletenessDto['recipients'][number]>();
  for (const obligation of obligations.filter((candidate) => candidate.periodId === periodId)) {
    const recipient = recipients.get(obligation.recipientId) ?? {
      recipientId: obligation.recipientId,
      recipientNameVi: obligation.recipientNameVi,
      expected: 0,
      submitted: 0,
      onTime: 0,
      late: 0,
      missing: 0,
      returned: 0,
      approved: 0,
      submittedRate: 0,
      onTimeRate: 0,
      units: [],
    };
    const submission = submissions.get(obligation.id)?.submission;
    const sent = submission?.submittedAt != null;
    recipient.expected += 1;
    if (sent) recipient.submitted += 1;
    if (sent && submission?.onTime) recipient.onTime += 1;
    if (sent && submission?.onTime === false) recipient.late += 1;
    if (!sent) recipient.missing += 1;
    if (submission?.status === 'Returned') recipient.returned += 1;
    if (submission?.status === 'Approved') recipient.approved += 1;
    recipient.units.push({
      obligationId: obligation.id,
      unitId: obligation.unitId,
      unitNameVi: obligation.unitNameVi,
      status: submission?.status ?? null,
      onTime: submission?.onTime ?? null,
      missing: !sent,
      submissionId: submission?.id ?? null,
    });
    recipient.submittedRate = recipient.submitted / recipient.expected;
    recipient.onTimeRate = recipient.onTime / recipient.expected;
    recipients.set(recipient.recipientId, recipient);
  }
  return { periodId, dueOn: '2099-06-20', lockOn: '2099-07-20', recipients: [...recipients.values()] };
}

const dimensionNames: [string, string][] = [
  ['Tham gia của người dân ở cấp cơ sở', 'Participation at local levels'],
  ['Công khai, minh bạch trong việc ra quyết định ở địa phương', 'Transparency in local decision-making'],
  ['Trách nhiệm giải trình với người dân', 'Vertical accountability towards citizens'],
  ['Kiểm soát tham nhũng trong khu vực công', 'Control of corruption in the public sector'],
  ['Thủ tục hành chính công', 'Public administrative procedures'],
  ['Cung ứng dịch vụ công', 'Public service delivery'],
  ['Quản trị môi trường', 'Environmental governance'],
  ['Quản trị điện tử', 'E-governance'],
];

export const frameworks: FrameworkDto[] = [
  {
    code: 'PAPI',
    nameVi: 'Chỉ số PAPI',
    nameEn: 'PAPI',
    publishedDecimals: 2,
    versions: [
      {
        code: 'PAPI-2021',
        firstYear: 2021,
        lastYear: null,
        dimensions: dimensionNames.map(([nameVi, nameEn], index) => ({
          code: String(index + 1),
          nameVi,
          nameEn,
          scaleMin: 1,
          scaleMax: 10,
          subDimensions: [],
        })),
      },
    ],
  },
];

function counts(expected: number, submitted: number, approved: number, returned = 0): ReportCounts {
  return {
    expected,
    submitted,
    onTime: submitted,
    late: 0,
    missing: expected - submitted,
    returned,
    approved,
    submittedRate: expected === 0 ? 0 : submitted / expected,
    onTimeRate: expected === 0 ? 0 : submitted / expected,
  };
}

/** The province's districts, and one district's communes when asked for its unit. */
export function matrix(year: number, unitId: number | null): ReportingMatrixDto {
  if (unitId === 103) {
    return {
      year,
      unitId,
      kinds: ['Quarterly', 'HalfYear'],
      rows: [{ unitId: 104, unitNameVi: 'UBND xã Bảo Đài', unitNameEn: 'Bao Dai CPC', kind: 'Commune', cells: [{ kind: 'Quarterly', counts: counts(1, 1, 1) }, { kind: 'HalfYear', counts: counts(1, 0, 0) }] }],
    };
  }
  return {
    year,
    unitId,
    kinds: ['Quarterly', 'HalfYear'],
    rows: [
      { unitId: 102, unitNameVi: 'Sở Tài chính', unitNameEn: 'Department of Finance', kind: 'Department', cells: [{ kind: 'Quarterly', counts: counts(1, 1, 1) }, { kind: 'HalfYear', counts: counts(1, 1, 0, 1) }] },
      { unitId: 103, unitNameVi: 'UBND huyện Lục Nam', unitNameEn: 'Luc Nam DPC', kind: 'District', cells: [{ kind: 'Quarterly', counts: counts(3, 3, 2) }, { kind: 'HalfYear', counts: counts(3, 1, 0) }] },
    ],
  };
}

function signedIn(request: Request) {
  return mockSessions.isSignedIn(request);
}

function findBySubmissionId(id: number) {
  return [...submissions.entries()].find(([, stored]) => stored.submission.id === id);
}

export const reportingHandlers = [
  http.get(matrixUrl, ({ request }) => {
    if (!signedIn(request)) return unauthorized(request);
    const query = new URL(request.url).searchParams;
    const unit = query.get('unitId');
    return HttpResponse.json(matrix(Number(query.get('year')), unit === null ? null : Number(unit)));
  }),
  http.get(frameworksUrl, ({ request }) => (signedIn(request) ? HttpResponse.json(frameworks) : unauthorized(request))),
  http.get(periodsUrl, ({ request, params }) => {
    if (!signedIn(request)) return unauthorized(request);
    return HttpResponse.json(periods.filter((period) => period.planId === Number(params.id)));
  }),
  http.get(obligationsUrl, ({ request, params }) => {
    if (!signedIn(request)) return unauthorized(request);
    return HttpResponse.json(paged(obligations.filter((obligation) => obligation.periodId === Number(params.id)), new URL(request.url)));
  }),
  http.get(completenessUrl, ({ request, params }) => (signedIn(request) ? HttpResponse.json(completeness(Number(params.id))) : unauthorized(request))),
  http.get(submissionUrl, ({ request, params }) => {
    if (!signedIn(request)) return unauthorized(request);
    const stored = submissions.get(Number(params.id));
    if (!stored) return problem(404, { title: 'Không tìm thấy' });
    return HttpResponse.json(stored.submission, { headers: { ETag: etag(stored.version) } });
  }),
  http.put<{ id: string }, SubmissionDraft>(submissionUrl, async ({ request, params }) => {
    if (!signedIn(request)) return unauthorized(request);
    const obligationId = Number(params.id);
    const stored = submissions.get(obligationId);
    const ifMatch = request.headers.get('If-Match');
    const { narratives } = await request.json();
    if (Object.values(narratives).some((text) => text.length > 4000)) {
      return problem(400, { title: 'Dữ liệu không hợp lệ', errors: { 'Narratives[0]': ['A narrative is at most 4000 characters.'] } });
    }
    if (!stored) {
      const submission: SubmissionDto = { id: nextSubmissionId++, obligationId, status: 'Draft', narratives, ...emptyContent };
      submissions.set(obligationId, { submission, version: 1 });
      return HttpResponse.json(submission, { headers: { ETag: etag(1) } });
    }
    if (ifMatch === null) return problem(428, { title: 'Yêu cầu điều kiện' });
    if (ifMatch !== etag(stored.version)) return problem(412, { title: 'Điều kiện không thỏa' });
    const submission = { ...stored.submission, narratives };
    submissions.set(obligationId, { submission, version: stored.version + 1 });
    return HttpResponse.json(submission, { headers: { ETag: etag(stored.version + 1) } });
  }),
  http.post<{ id: string; move: string }>(reportMoveUrl, async ({ request, params }) => {
    if (!signedIn(request)) return unauthorized(request);
    const found = findBySubmissionId(Number(params.id));
    if (!found) return problem(404, { title: 'Không tìm thấy' });
    const [obligationId, stored] = found;
    let submission: SubmissionDto;
    if (params.move === 'submit') {
      if (stored.submission.status !== 'Draft' && stored.submission.status !== 'Returned') return problem(409, { title: 'Xung đột' });
      submission = { ...stored.submission, status: 'Submitted', submittedAt: '2099-06-19T02:00:00Z', onTime: true };
    } else if (params.move === 'return') {
      const { reason } = (await request.json()) as ReturnReason;
      if (reason.trim() === '') return problem(400, { title: 'Dữ liệu không hợp lệ', errors: { Reason: ["'Reason' must not be empty."] } });
      submission = { ...stored.submission, status: 'Returned', returnReason: reason, reviewedAt: '2099-06-21T02:00:00Z' };
    } else {
      submission = { ...stored.submission, status: 'Approved', reviewedAt: '2099-06-21T02:00:00Z' };
    }
    submissions.set(obligationId, { submission, version: stored.version + 1 });
    return HttpResponse.json(submission);
  }),
];
