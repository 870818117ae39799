import { http, HttpResponse } from 'msw';

import type { components } from '@/types/api';

import { mockSessions, problem, unauthorized } from './auth';
import { foldName, mockDb, paged } from './db';

type OrgUnitDto = components['schemas']['OrgUnitDto'];
type OrgUnitNodeDto = components['schemas']['OrgUnitNodeDto'];
type OrgUnitChange = components['schemas']['OrgUnitChange'];
type CreateOrgUnitCommand = components['schemas']['CreateOrgUnitCommand'];
type MergeOrgUnitsCommand = components['schemas']['MergeOrgUnitsCommand'];
type DocumentProfileDto = components['schemas']['DocumentProfileDto'];
type DocumentProfileChange = components['schemas']['DocumentProfileChange'];

export const orgUnitsUrl = '/api/v1/org-units';
export const orgUnitTreeUrl = '/api/v1/org-units/tree';
export const orgUnitUrl = '/api/v1/org-units/:id';
export const orgUnitImportUrl = '/api/v1/org-units/import';
export const orgUnitMergeUrl = '/api/v1/org-units/merge';
export const documentProfileUrl = '/api/v1/org-units/:id/document-profile';

interface StoredUnit {
  unit: OrgUnitDto;
  version: number;
}

const seed: OrgUnitDto[] = [
  { id: 100, kind: 'Province', code: 'BG', nameVi: 'UBND tỉnh Bắc Giang', nameEn: 'Bac Giang PPC', activeFrom: '2021-01-01', officersMaySubmit: false },
  { id: 101, kind: 'Department', code: 'SNV', nameVi: 'Sở Nội vụ', nameEn: 'Department of Home Affairs', parentId: 100, activeFrom: '2021-01-01', officersMaySubmit: false },
  { id: 102, kind: 'Department', code: 'STC', nameVi: 'Sở Tài chính', nameEn: 'Department of Finance', parentId: 100, reportsToId: 101, activeFrom: '2021-01-01', officersMaySubmit: false },
  { id: 103, kind: 'District', code: 'LN', nameVi: 'UBND huyện Lục Nam', nameEn: 'Luc Nam DPC', parentId: 100, reportsToId: 101, activeFrom: '2021-01-01', officersMaySubmit: false },
  { id: 104, kind: 'Commune', code: 'LN-BD', nameVi: 'UBND xã Bảo Đài', nameEn: 'Bao Dai CPC', parentId: 103, activeFrom: '2021-01-01', officersMaySubmit: false },
  // Districts ended on 30/6/2025: only a tree as of an earlier day shows it.
  { id: 105, kind: 'District', code: 'YD', nameVi: 'UBND huyện Yên Dũng', nameEn: 'Yen Dung DPC', parentId: 100, activeFrom: '2021-01-01', activeTo: '2025-06-30', officersMaySubmit: false },
];

const units = new Map<number, StoredUnit>();
let nextId = 200;
/** Sở Nội vụ keeps a profile; the other units have none yet (the API answers 404 for them). */
const profiles = new Map<number, DocumentProfileDto>();

mockDb.register(() => {
  units.clear();
  for (const unit of seed) units.set(unit.id, { unit: { ...unit }, version: 7 });
  nextId = 200;
  profiles.clear();
  profiles.set(101, {
    unitId: 101,
    symbol: 'BC-SNV',
    signingAuthority: 'KT. GIÁM ĐỐC',
    signerTitle: 'PHÓ GIÁM ĐỐC',
    signerName: 'Nguyễn Văn An',
    recipients: ['UBND tỉnh', 'Bộ Nội vụ'],
  });
});

/** A few of the API's rules for a document profile (KeepDocumentProfileCommandValidator), worded as it words them. */
function profileErrors(change: DocumentProfileChange): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (change.symbol.trim() === '') errors.symbol = ["'Symbol' must not be empty."];
  else if (!/^[\p{Lu}0-9]+(-[\p{Lu}0-9&]+)+$/u.test(change.symbol)) {
    errors.symbol = ['Ký hiệu văn bản gồm chữ viết tắt tên loại văn bản và tên cơ quan, nối bằng dấu gạch nối, viết hoa (ví dụ BC-SNV).'];
  }
  if (change.signerTitle.trim() === '') errors.signerTitle = ["'Signer Title' must not be empty."];
  if (change.signerName.trim() === '') errors.signerName = ["'Signer Name' must not be empty."];
  if (change.recipients.length === 0) errors.recipients = ["'Recipients' must not be empty."];
  return errors;
}

/** The mocked API's units, for a test to inspect or change as "someone else". */
export const mockUnits = {
  profile(id: number): DocumentProfileDto | undefined {
    return profiles.get(id);
  },
  get(id: number): StoredUnit | undefined {
    return units.get(id);
  },
  /** Another official saves the unit: its version moves on, so an older ETag is stale. */
  changeBySomeoneElse(id: number, change: Partial<OrgUnitDto>): void {
    const stored = units.get(id);
    if (!stored) throw new Error(`no unit ${id}`);
    units.set(id, { unit: { ...stored.unit, ...change }, version: stored.version + 1 });
  },
};

/** Whether the unit was active on the day (yyyy-mm-dd); with no day, whether it is active today (has not ended). */
function activeOn(unit: OrgUnitDto, day: string | null): boolean {
  if (day == null) return unit.activeTo == null;
  return unit.activeFrom <= day && (unit.activeTo == null || day <= unit.activeTo);
}

function tree(parentId: number | null, asOf: string | null): OrgUnitNodeDto[] {
  return [...units.values()]
    .filter(({ unit }) => (unit.parentId ?? null) === parentId && activeOn(unit, asOf))
    .map(({ unit }) => ({ unit, children: tree(unit.id, asOf) }));
}

const etag = (version: number) => `"${version}"`;

export const orgUnitHandlers = [
  http.get(orgUnitTreeUrl, ({ request }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    return HttpResponse.json(tree(null, new URL(request.url).searchParams.get('asOf')));
  }),
  http.post(orgUnitImportUrl, async ({ request }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    // Under jsdom a file's bytes do not survive MSW's trip through XMLHttpRequest (jsdom's File meets
    // Node's FormData), so this stand-in reads only that a `file` part came; tests that need a refused
    // file say so with server.use.
    const form = await request.formData();
    if (!form.has('file')) return problem(400, { title: 'Dữ liệu không hợp lệ', errors: { file: ['A file is required.'] } });
    const created: OrgUnitDto[] = ['UBND xã Tiên Nha', 'UBND xã Bình Sơn'].map((nameVi) => ({
      id: nextId++,
      kind: 'Commune',
      code: null,
      nameVi,
      parentId: 103,
      activeFrom: '2025-07-01',
      officersMaySubmit: false,
    }));
    for (const unit of created) units.set(unit.id, { unit, version: 1 });
    return HttpResponse.json({ created: created.length, units: created });
  }),
  // Like the API: every unit ends the day before the merge, or none does (409 with the rule broken).
  http.post<never, MergeOrgUnitsCommand>(orgUnitMergeUrl, async ({ request }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    const command = await request.json();
    if (command.unitIds.includes(command.successorId)) {
      return problem(400, { title: 'Dữ liệu không hợp lệ', errors: { unitIds: ['The successor cannot be one of the merged units.'] } });
    }
    const merged = command.unitIds.map((id) => units.get(id)?.unit);
    for (const unit of merged) {
      if (!unit) return problem(404, { title: 'Không tìm thấy' });
      if ([...units.values()].some(({ unit: child }) => child.parentId === unit.id && child.activeTo == null)) {
        return problem(409, { title: 'Vi phạm quy tắc', detail: `${unit.nameVi} still has active sub-units: move or merge them first.` });
      }
    }
    const [year = 0, month = 1, day = 1] = command.effectiveOn.split('-').map(Number);
    const activeTo = new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
    const answer = merged.flatMap((unit) => (unit ? [{ ...unit, activeTo, successorId: command.successorId }] : []));
    for (const unit of answer) units.set(unit.id, { unit, version: (units.get(unit.id)?.version ?? 0) + 1 });
    return HttpResponse.json(answer);
  }),
  http.get(documentProfileUrl, ({ request, params }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    const id = Number(params.id);
    if (!units.has(id)) return problem(404, { title: 'Không tìm thấy' });
    const profile = profiles.get(id);
    return profile ? HttpResponse.json(profile) : problem(404, { title: 'Không tìm thấy' });
  }),
  http.put<{ id: string }, DocumentProfileChange>(documentProfileUrl, async ({ request, params }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    const id = Number(params.id);
    if (!units.has(id)) return problem(404, { title: 'Không tìm thấy' });
    const change = await request.json();
    const errors = profileErrors(change);
    if (Object.keys(errors).length > 0) return problem(400, { title: 'Dữ liệu không hợp lệ', errors });
    const profile: DocumentProfileDto = {
      unitId: id,
      symbol: change.symbol.trim(),
      signingAuthority: change.signingAuthority?.trim() || null,
      signerTitle: change.signerTitle.trim(),
      signerName: change.signerName.trim(),
      recipients: change.recipients.map((recipient) => recipient.trim()),
    };
    profiles.set(id, profile);
    return HttpResponse.json(profile);
  }),
  http.get(orgUnitUrl, ({ request, params }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    const stored = units.get(Number(params.id));
    if (!stored) return problem(404, { title: 'Không tìm thấy' });
    return HttpResponse.json(stored.unit, { headers: { ETag: etag(stored.version) } });
  }),
  http.put<{ id: string }, OrgUnitChange>(orgUnitUrl, async ({ request, params }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    const stored = units.get(Number(params.id));
    if (!stored) return problem(404, { title: 'Không tìm thấy' });
    const ifMatch = request.headers.get('If-Match');
    if (ifMatch === null) return problem(428, { title: 'Yêu cầu điều kiện', detail: 'Send the ETag you read as If-Match.' });
    if (ifMatch !== etag(stored.version)) {
      return problem(412, {
        title: 'Điều kiện không thỏa',
        detail: 'Someone changed this since you loaded it; reload and apply your change again.',
      });
    }
    const change = await request.json();
    if (change.nameVi.trim() === '') {
      return problem(400, { title: 'Dữ liệu không hợp lệ', errors: { nameVi: ["'Name Vi' must not be empty."] } });
    }
    const unit: OrgUnitDto = { ...stored.unit, ...change, officersMaySubmit: change.officersMaySubmit ?? stored.unit.officersMaySubmit };
    units.set(unit.id, { unit, version: stored.version + 1 });
    return HttpResponse.json(unit, { headers: { ETag: etag(stored.version + 1) } });
  }),
  http.get(orgUnitsUrl, ({ request }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    const url = new URL(request.url);
    const search = foldName(url.searchParams.get('search') ?? '');
    const found = [...units.values()]
      .map(({ unit }) => unit)
      .filter((unit) => activeOn(unit, url.searchParams.get('asOf')))
      .filter((unit) => foldName(unit.nameVi).includes(search) || foldName(unit.code ?? '') === search);
    return HttpResponse.json(paged(found, url));
  }),
  http.post<never, CreateOrgUnitCommand>(orgUnitsUrl, async ({ request }) => {
    if (!mockSessions.isSignedIn(request)) return unauthorized(request);
    const command = await request.json();
    const errors: Record<string, string[]> = {};
    if (command.nameVi.trim() === '') errors.nameVi = ["'Name Vi' must not be empty."];
    if (command.kind !== 'Province' && command.parentId == null) errors.parentId = ['A unit other than a province needs a parent.'];
    if (Object.keys(errors).length > 0) return problem(400, { title: 'Dữ liệu không hợp lệ', errors });
    const unit: OrgUnitDto = {
      id: nextId++,
      kind: command.kind,
      code: command.code ?? null,
      nameVi: command.nameVi,
      nameEn: command.nameEn ?? null,
      parentId: command.parentId ?? null,
      activeFrom: command.activeFrom ?? '2026-11-27',
      officersMaySubmit: false,
    };
    units.set(unit.id, { unit, version: 1 });
    return HttpResponse.json(unit, { status: 201 });
  }),
];

/** The 400 the API sends for a refused file: field errors keyed by row and column, and the same as `problems`. */
export function fileRefused(problems: { row: number; column: string | null; message: string }[]) {
  return problem(400, {
    title: 'Dữ liệu không hợp lệ',
    detail: `The file has ${problems.length} problem(s); nothing was imported.`,
    errors: Object.fromEntries(
      problems.map((p) => [p.column === null ? `row ${p.row}` : `row ${p.row}, ${p.column}`, [p.message]]),
    ),
    problems,
  });
}
