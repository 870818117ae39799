import { http, HttpResponse } from 'msw';

import type { components } from '@/types/api';

import { isVietnamese, mockSessions, problem, unauthorized } from './auth';
import { mockDb, paged } from './db';
import { pciFramework, unscoredFramework } from './indices';

type ReportingPeriodDto = components['schemas']['ReportingPeriodDto'];
type ObligationDto = components['schemas']['ObligationDto'];
type SubmissionDto = components['schemas']['SubmissionDto'];
type SubmissionDraft = components['schemas']['SubmissionDraft'];
type AttachmentDto = components['schemas']['AttachmentDto'];
type ReturnReason = components['schemas']['ReturnReason'];
type CompletenessDto = components['schemas']['CompletenessDto'];
type FrameworkDto = components['schemas']['FrameworkDto'];
type ReportingMatrixDto = components['schemas']['ReportingMatrixDto'];
type ReportCounts = components['schemas']['ReportCounts'];
type ReportContent = components['schemas']['ReportContent'];
type LevelApprovalDto = components['schemas']['LevelApprovalDto'];

export const periodsUrl = '/api/v1/plans/:id/reporting-periods';
export const obligationsUrl = '/api/v1/reporting-periods/:id/obligations';
export const completenessUrl = '/api/v1/reporting-periods/:id/completeness';
export const submissionUrl = '/api/v1/report-obligations/:id/submission';
export const reportMoveUrl = '/api/v1/report-submissions/:id/:move';
export const frameworksUrl = '/api/v1/frameworks';
export const matrixUrl = '/api/v1/reporting-matrix';
export const attachmentsUrl = '/api/v1/report-submissions/:id/attachments';
export const attachmentUrl = '/api/v1/report-attachments/:id';
export const bulkApproveUrl = '/api/v1/report-submissions/approve';
export const versionUrl = '/api/v1/report-submissions/:id/versions/:number';
export const levelApproveUrl = '/api/v1/reporting-periods/:id/levels/:unitId/approve';
export const consolidatedUrl = '/api/v1/reporting-periods/:id/levels/:unitId/:file';

/** What a report holds beyond its narratives; this stand-in keeps it empty. */
const emptyContent = { unitPlan: { committedActionIds: [] }, actions: [], attachments: [], versions: [] } satisfies Partial<SubmissionDto>;

/** One period long past and one whose due day is still ahead: the page opens on the latter. */
export const periods: ReportingPeriodDto[] = [
  { id: 21, planId: 1, kind: 'Quarterly', year: 2021, coverageFrom: '2021-01-01', coverageTo: '2021-03-15', dueOn: '2021-03-20', dueAt: '2021-03-20T16:59:59Z' },
  { id: 22, planId: 1, kind: 'HalfYear', year: 2099, coverageFrom: '2099-01-01', coverageTo: '2099-06-15', dueOn: '2099-06-20', lockOn: '2099-07-20', dueAt: '2099-06-20T16:59:59Z' },
  // Long past and locked: what was not sent is missing for good.
  { id: 24, planId: 1, kind: 'Annual', year: 2021, coverageFrom: '2021-01-01', coverageTo: '2021-11-15', dueOn: '2021-11-30', lockOn: '2021-12-10', dueAt: '2021-11-30T16:59:59Z' },
  // The units' implementation plans: data up to 15/5/2021, still open.
  {
    id: 23,
    planId: 1,
    kind: 'UnitPlan',
    year: 2099,
    coverageFrom: '2021-01-01',
    coverageTo: '2021-05-15',
    dataCutOff: '2021-05-15',
    dueOn: '2099-07-15',
    lockOn: '2099-07-20',
    dueAt: '2099-07-15T16:59:59Z',
  },
];

const obligations: ObligationDto[] = [
  { id: 39, periodId: 24, unitId: 104, unitNameVi: 'UBND xã Bảo Đài', recipientId: 103, recipientNameVi: 'UBND huyện Lục Nam', dueOn: '2021-11-30' },
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
  { id: 35, periodId: 23, unitId: 103, unitNameVi: 'UBND huyện Lục Nam', recipientId: 101, recipientNameVi: 'Sở Nội vụ', dueOn: '2099-07-15' },
  { id: 36, periodId: 23, unitId: 105, unitNameVi: 'Sở Y tế', recipientId: 101, recipientNameVi: 'Sở Nội vụ', dueOn: '2099-07-15' },
  { id: 37, periodId: 23, unitId: 106, unitNameVi: 'Sở Xây dựng', recipientId: 101, recipientNameVi: 'Sở Nội vụ', dueOn: '2099-07-15' },
  { id: 38, periodId: 23, unitId: 107, unitNameVi: 'UBND huyện Yên Thế', recipientId: 101, recipientNameVi: 'Sở Nội vụ', dueOn: '2099-07-15' },
];

const signedPlan: AttachmentDto = { id: 901, fileName: 'ke-hoach-ky.pdf', contentType: 'application/pdf', sizeBytes: 4096, uploadedAt: '2099-05-02T03:00:00Z' };

/** Lục Nam's unit plan being written: it supports action D1.a, whose latest progress is before the cut-off. */
function unitPlanDraft(): SubmissionDto {
  return {
    ...emptyContent,
    id: 63,
    obligationId: 35,
    status: 'Draft',
    narratives: {},
    actions: [
      {
        actionId: 11,
        code: 'D1.a',
        textVi: 'Tổ chức hội nghị đối thoại với người dân',
        textEn: 'Hold dialogues with citizens',
        role: 'Coordinating',
        progressId: 501,
        status: 'InProgress',
        percent: 40,
        narrative: 'Đã đối thoại ở 4 xã.',
        reportedOn: '2021-05-10',
        evidence: [{ id: 801, progressId: 501, fileName: 'bien-ban-hop.pdf', contentType: 'application/pdf', sizeBytes: 3072, uploadedAt: '2021-05-10T03:00:00Z' }],
      },
    ],
    attachments: [signedPlan],
  };
}

function sent(id: number, obligationId: number, status: NonNullable<SubmissionDto['status']>, versions: SubmissionDto['versions']): SubmissionDto {
  return { ...emptyContent, id, obligationId, status, narratives: { '1': 'Đã niêm yết kế hoạch.' }, submittedAt: '2099-07-01T02:00:00Z', onTime: true, versions };
}

const submissions = new Map<number, { submission: SubmissionDto; version: number }>();
/** What each kept version carried when sent, as `submissionId/number`; a version not here was sent as the report now reads. */
const versionContents = new Map<string, ReportContent>();
let nextSubmissionId = 70;
let nextAttachmentId = 950;
/** The levels signed off, by `periodId/unitId`. */
const levelApprovals = new Map<string, LevelApprovalDto>();
/** Receiving units the reader sees only through its own reporting units: their levels are not the reader's. */
const unseenLevels = new Set<number>();

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
  submissions.set(35, { submission: unitPlanDraft(), version: 3 });
  submissions.set(36, {
    submission: sent(64, 36, 'Approved', [
      { number: 1, submittedAt: '2099-06-30T02:00:00Z', onTime: true, decision: 'Returned', reason: 'Thiếu danh mục nhiệm vụ.', reviewedAt: '2099-06-30T09:00:00Z' },
      { number: 2, submittedAt: '2099-07-01T02:00:00Z', onTime: true, decision: 'Approved', reviewedAt: '2099-07-02T02:00:00Z' },
    ]),
    version: 4,
  });
  // Sở Y tế's first version went without its list of actions, with a draft of the plan it later replaced.
  versionContents.clear();
  versionContents.set('64/1', {
    narratives: { '1': 'Dự thảo kế hoạch, chưa có danh mục nhiệm vụ.' },
    unitPlan: { committedActionIds: [] },
    actions: [],
    attachments: [{ id: 902, fileName: 'du-thao-ke-hoach.docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', sizeBytes: 8192, uploadedAt: '2099-06-29T03:00:00Z' }],
  });
  submissions.set(37, { submission: sent(65, 37, 'Submitted', []), version: 2 });
  submissions.set(38, { submission: sent(66, 38, 'Submitted', []), version: 2 });
  nextSubmissionId = 70;
  nextAttachmentId = 950;
  levelApprovals.clear();
  unseenLevels.clear();
});

const etag = (version: number) => `"${version}"`;

/** The mocked API's reports, for a test to inspect or change as "someone else". */
export const mockReports = {
  get(obligationId: number) {
    return submissions.get(obligationId);
  },
  /** Stores a file with the report, as the upload does. */
  attach(obligationId: number, fileName: string): AttachmentDto {
    const stored = submissions.get(obligationId);
    if (!stored) throw new Error(`no report for obligation ${obligationId}`);
    const attachment: AttachmentDto = { id: nextAttachmentId++, fileName, contentType: 'application/pdf', sizeBytes: 2048, uploadedAt: '2099-05-03T03:00:00Z' };
    submissions.set(obligationId, { ...stored, submission: { ...stored.submission, attachments: [...stored.submission.attachments, attachment] } });
    return attachment;
  },
  /** Another reviewer decides meanwhile. */
  decideBySomeoneElse(obligationId: number, status: NonNullable<SubmissionDto['status']>): void {
    const stored = submissions.get(obligationId);
    if (!stored) throw new Error(`no report for obligation ${obligationId}`);
    submissions.set(obligationId, { submission: { ...stored.submission, status }, version: stored.version + 1 });
  },
  changeBySomeoneElse(obligationId: number, narratives: Record<string, string>): void {
    const stored = submissions.get(obligationId);
    if (!stored) throw new Error(`no report for obligation ${obligationId}`);
    submissions.set(obligationId, { submission: { ...stored.submission, narratives }, version: stored.version + 1 });
  },
  /** A level signed off earlier, as the reports owed to it stand now. */
  signedOffBefore(periodId: number, unitId: number, overrideReason: string | null): void {
    const owed = completeness(periodId).recipients.find((recipient) => recipient.recipientId === unitId);
    if (!owed) throw new Error(`nothing owed to unit ${unitId} in period ${periodId}`);
    const notApproved = owed.expected - owed.approved;
    levelApprovals.set(`${periodId}/${unitId}`, { periodId, unitId, approvedAt: '2099-06-25T02:00:00Z', notApproved, overrideReason });
  },
  /** The reader sees this receiving unit only through its own reporting units. */
  levelNotSeen(unitId: number): void {
    unseenLevels.add(unitId);
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
      seesLevel: !unseenLevels.has(obligation.recipientId),
      signOff: unseenLevels.has(obligation.recipientId) ? null : (levelApprovals.get(`${periodId}/${obligation.recipientId}`) ?? null),
    };
    const submission = submissions.get(obligation.id)?.submission;
    const sent = submission?.submittedAt != null;
    recipient.expected += 1;
    if (sent) recipient.submitted += 1;
    if (sent && submission?.onTime) recipient.onTime += 1;
    if (sent && submission?.onTime === false) recipient.late += 1;
    // As the server says: missing once the period has locked with the report not sent.
    const lockOn = periods.find((period) => period.id === periodId)?.lockOn;
    const missing = !sent && lockOn != null && lockOn < new Date().toISOString().slice(0, 10);
    if (missing) recipient.missing += 1;
    if (submission?.status === 'Returned') recipient.returned += 1;
    if (submission?.status === 'Approved') recipient.approved += 1;
    recipient.units.push({
      obligationId: obligation.id,
      unitId: obligation.unitId,
      unitNameVi: obligation.unitNameVi,
      status: submission?.status ?? null,
      onTime: submission?.onTime ?? null,
      missing,
      submissionId: submission?.id ?? null,
      countsForUnitId: obligation.unitId,
      countsForNameVi: obligation.unitNameVi,
    });
    recipient.submittedRate = recipient.submitted / recipient.expected;
    recipient.onTimeRate = recipient.onTime / recipient.expected;
    recipients.set(recipient.recipientId, recipient);
  }
  const period = periods.find((candidate) => candidate.id === periodId);
  return { periodId, dueOn: period?.dueOn ?? '2099-06-20', lockOn: period?.lockOn ?? null, recipients: [...recipients.values()] };
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
    higherIsBetter: true,
    publishTopN: null,
    publishTopNFrom: null,
    totalColumn: null,
    totalTolerance: 0.005,
    ignoredColumns: [],
    estimate: 'PopulationWeighted',
    releaseYears: [2018, 2019, 2020, 2021, 2022, 2023, 2024],
    versions: [
      {
        code: 'PAPI-2021',
        firstYear: 2021,
        lastYear: null,
        changes: null,
        totalAggregationMethod: 'Sum',
        totalAggregationFactor: 1,
        totalScaleMin: 7.96,
        totalScaleMax: 79.96,
        dimensions: dimensionNames.map(([nameVi, nameEn], index) => ({
          code: String(index + 1),
          nameVi,
          nameEn,
          scaleMin: 1,
          scaleMax: 10,
          subDimensions: [],
          aggregationMethod: 'Sum',
          aggregationFactor: 1,
          weight: null,
        })),
      },
    ],
  },
  pciFramework,
  unscoredFramework,
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
    const obligationId = Number(params.id);
    const stored = submissions.get(obligationId);
    // Nothing saved yet: the unit's actions as the server reads them, no id, no state, no ETag.
    if (!stored) return HttpResponse.json({ ...emptyContent, id: null, obligationId, status: null, narratives: {}, actions: unitPlanDraft().actions });
    return HttpResponse.json(stored.submission, { headers: { ETag: etag(stored.version) } });
  }),
  http.put<{ id: string }, SubmissionDraft>(submissionUrl, async ({ request, params }) => {
    if (!signedIn(request)) return unauthorized(request);
    const obligationId = Number(params.id);
    const stored = submissions.get(obligationId);
    const ifMatch = request.headers.get('If-Match');
    const { narratives, unitPlan } = await request.json();
    if (Object.values(narratives).some((text) => text.length > 4000)) {
      return problem(400, { title: 'Dữ liệu không hợp lệ', errors: { 'Narratives[0]': ['A narrative is at most 4000 characters.'] } });
    }
    if (unitPlan?.documentId != null && !stored?.submission.attachments.some((file) => file.id === unitPlan.documentId)) {
      return problem(400, { title: 'Dữ liệu không hợp lệ', errors: { 'unitPlan.documentId': ["The document must be one of this report's attachments."] } });
    }
    if (!stored) {
      const submission: SubmissionDto = { ...emptyContent, id: nextSubmissionId++, obligationId, status: 'Draft', narratives };
      submissions.set(obligationId, { submission, version: 1 });
      return HttpResponse.json(submission, { headers: { ETag: etag(1) } });
    }
    if (ifMatch === null) return problem(428, { title: 'Yêu cầu điều kiện' });
    if (ifMatch !== etag(stored.version)) return problem(412, { title: 'Điều kiện không thỏa' });
    const submission = { ...stored.submission, narratives, unitPlan: unitPlan ?? stored.submission.unitPlan };
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
      const { unitPlan } = stored.submission;
      const isUnitPlan = periods.find((period) => period.id === obligations.find((o) => o.id === obligationId)?.periodId)?.kind === 'UnitPlan';
      if (isUnitPlan && (!unitPlan.number || unitPlan.issuedOn == null || unitPlan.documentId == null)) {
        return problem(409, { title: 'Vi phạm quy tắc nghiệp vụ', detail: 'A unit implementation plan needs its document: number, date and the signed file.' });
      }
      submission = { ...stored.submission, status: 'Submitted', submittedAt: '2099-06-19T02:00:00Z', onTime: true };
    } else if (params.move === 'return' || params.move === 'reopen') {
      const { reason } = (await request.json()) as ReturnReason;
      if (reason.trim() === '') return problem(400, { title: 'Dữ liệu không hợp lệ', errors: { Reason: ["'Reason' must not be empty."] } });
      if (stored.submission.status !== (params.move === 'return' ? 'Submitted' : 'Approved')) return problem(409, { title: 'Vi phạm quy tắc nghiệp vụ' });
      submission = { ...stored.submission, status: 'Returned', returnReason: reason, reviewedAt: '2099-06-21T02:00:00Z' };
      if (params.move === 'reopen') {
        // The approved version stays approved and records the reopening; the level's sign-off is withdrawn.
        const last = Math.max(...submission.versions.map((version) => version.number));
        submission.versions = submission.versions.map((version) =>
          version.number === last ? { ...version, reopenedAt: '2099-07-05T02:00:00Z', reopenReason: reason } : version,
        );
        const owed = obligations.find((obligation) => obligation.id === obligationId);
        if (owed) levelApprovals.delete(`${owed.periodId}/${owed.recipientId}`);
      }
    } else {
      submission = { ...stored.submission, status: 'Approved', reviewedAt: '2099-06-21T02:00:00Z' };
    }
    submissions.set(obligationId, { submission, version: stored.version + 1 });
    return HttpResponse.json(submission);
  }),
  http.post<{ id: string }>(attachmentsUrl, async ({ request, params }) => {
    if (!signedIn(request)) return unauthorized(request);
    const found = findBySubmissionId(Number(params.id));
    if (!found) return problem(404, { title: 'Không tìm thấy' });
    // As for other uploads under jsdom, only the presence of the `file` part is checked (see README).
    const form = await request.formData();
    const file = form.get('file');
    if (!(file instanceof File)) return problem(400, { title: 'Dữ liệu không hợp lệ', errors: { file: ['A file is required.'] } });
    return HttpResponse.json(mockReports.attach(found[0], file.name), { status: 201 });
  }),
  http.delete<{ id: string }>(attachmentUrl, ({ request, params }) => {
    if (!signedIn(request)) return unauthorized(request);
    const id = Number(params.id);
    const found = [...submissions.entries()].find(([, stored]) => stored.submission.attachments.some((file) => file.id === id));
    if (!found) return problem(404, { title: 'Không tìm thấy' });
    const [obligationId, stored] = found;
    const { submission } = stored;
    const refuse = (detail: string) => problem(409, { title: isVietnamese(request) ? 'Xung đột dữ liệu' : 'Conflict with the current state', detail });
    if (submission.status !== 'Draft' && submission.status !== 'Returned') return refuse(`A ${String(submission.status).toLowerCase()} report cannot be changed.`);
    if (submission.unitPlan.documentId === id) return refuse("This file is the unit plan's signed document: name another document in the draft first.");
    const sentWith = submission.versions.find((version) => versionContents.get(`${submission.id}/${version.number}`)?.attachments.some((file) => file.id === id));
    if (sentWith) return refuse(`The file was sent with version ${sentWith.number} of the report and stays with it.`);
    submissions.set(obligationId, { ...stored, submission: { ...submission, attachments: submission.attachments.filter((file) => file.id !== id) } });
    return new HttpResponse(null, { status: 204 });
  }),
  http.get<{ id: string; number: string }>(versionUrl, ({ request, params }) => {
    if (!signedIn(request)) return unauthorized(request);
    const found = findBySubmissionId(Number(params.id));
    const version = found?.[1].submission.versions.find((candidate) => candidate.number === Number(params.number));
    if (!found || !version) return problem(404, { title: 'Không tìm thấy' });
    const { narratives, unitPlan, actions, attachments } = found[1].submission;
    return HttpResponse.json({ version, content: versionContents.get(`${params.id}/${params.number}`) ?? { narratives, unitPlan, actions, attachments } });
  }),
  http.get(attachmentUrl, ({ request }) => {
    if (!signedIn(request)) return unauthorized(request);
    return new HttpResponse('%PDF-1.4', { headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="ke-hoach-ky.pdf"' } });
  }),
  http.post<never, { submissionIds: number[] }>(bulkApproveUrl, async ({ request }) => {
    if (!signedIn(request)) return unauthorized(request);
    const { submissionIds } = await request.json();
    const found = submissionIds.map((id) => findBySubmissionId(id));
    const refused = found.filter((entry) => entry?.[1].submission.status !== 'Submitted');
    if (refused.length > 0) {
      const named = refused.map((entry) => `Report ${entry?.[1].submission.id}: Only a submitted report can be approved.`).join(' ');
      return problem(409, { title: 'Vi phạm quy tắc nghiệp vụ', detail: `Nothing was approved. ${named}` });
    }
    const approved = found.flatMap((entry) => {
      if (!entry) return [];
      const [obligationId, stored] = entry;
      const submission: SubmissionDto = { ...stored.submission, status: 'Approved', reviewedAt: '2099-07-03T02:00:00Z' };
      submissions.set(obligationId, { submission, version: stored.version + 1 });
      return [submission];
    });
    return HttpResponse.json(approved);
  }),
  http.post<{ id: string; unitId: string }, { overrideReason?: string | null }>(levelApproveUrl, async ({ request, params }) => {
    if (!signedIn(request)) return unauthorized(request);
    const key = `${params.id}/${params.unitId}`;
    if (levelApprovals.has(key)) return problem(409, { title: 'Vi phạm quy tắc nghiệp vụ', detail: "Sở Nội vụ's level of this period is already approved." });
    const owed = completeness(Number(params.id)).recipients.find((recipient) => recipient.recipientId === Number(params.unitId));
    if (!owed) return problem(404, { title: 'Không tìm thấy' });
    const notApproved = owed.expected - owed.approved;
    const { overrideReason } = await request.json();
    if (notApproved > 0 && !overrideReason?.trim()) {
      return problem(409, {
        title: 'Vi phạm quy tắc nghiệp vụ',
        detail: `${notApproved} report(s) owed to Sở Nội vụ are not approved: approve them, or give a reason to override.`,
      });
    }
    const signOff: LevelApprovalDto = {
      periodId: Number(params.id),
      unitId: Number(params.unitId),
      approvedAt: '2099-07-20T03:00:00Z',
      notApproved,
      overrideReason: notApproved > 0 ? (overrideReason ?? null) : null,
    };
    levelApprovals.set(key, signOff);
    return HttpResponse.json(signOff);
  }),
  http.get<{ id: string; unitId: string; file: string }>(consolidatedUrl, ({ request, params }) => {
    if (!signedIn(request)) return unauthorized(request);
    const kind = params.file.split('.').pop();
    return new HttpResponse('PK', { headers: { 'Content-Disposition': `attachment; filename="bao-cao-tong-hop-${params.id}-${params.unitId}.${kind}"` } });
  }),
];
