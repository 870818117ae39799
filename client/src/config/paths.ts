import { defaultFramework } from './frameworks';

export const paths = {
  home: '/',
  signIn: '/login',
  rankings: '/rankings',
  provinces: '/provinces',
  province: '/provinces/:provinceId',
  compare: '/compare',
  units: '/admin/units',
  apiTokens: '/admin/api-tokens',
  users: '/admin/users',
  audit: '/admin/audit',
  scoreImport: '/admin/scores',
  overview: '/overview',
  plans: '/plans',
  plan: '/plans/:planId',
  planActions: '/plans/:planId/actions',
  planCoverage: '/plans/:planId/coverage',
  planRankCalculator: '/plans/:planId/rank-calculator',
  planEffect: '/plans/:planId/effect',
  action: '/actions/:actionId',
  obligations: '/reporting',
  report: '/reports/:obligationId',
  reviewInbox: '/reporting/inbox',
  completeness: '/reporting/completeness',
  reportingMatrix: '/reporting/matrix',
  notifications: '/notifications',
} as const;

/** A path of `paths` with its parameters filled in. */
function fill(path: string, name: string, value: number): string {
  return path.replace(`:${name}`, String(value));
}

export type PlanPage = 'plan' | 'planActions' | 'planCoverage' | 'planRankCalculator' | 'planEffect';

/** One of a plan's pages. */
export function planPath(planId: number, page: PlanPage = 'plan'): string {
  return fill(paths[page], 'planId', planId);
}

/** A unit's document profile (symbol, signer, recipients) on the units page; readers of units see it, managers edit it. */
export function unitProfilePath(unitId: number): string {
  return `${paths.units}?profile=${unitId}`;
}

export function actionPath(actionId: number): string {
  return fill(paths.action, 'actionId', actionId);
}

/** An obligation's report; the period, when known, lets the page name the units and the deadline. */
export function reportPath(obligationId: number, periodId?: number): string {
  const path = fill(paths.report, 'obligationId', obligationId);
  return periodId === undefined ? path : `${path}?period=${periodId}`;
}

/** A reporting page for a plan's period, as chosen on the page (kept in the address). */
export function reportingPath(page: 'obligations' | 'reviewInbox' | 'completeness', planId?: number, periodId?: number): string {
  const query = new URLSearchParams();
  if (planId !== undefined) query.set('plan', String(planId));
  if (periodId !== undefined) query.set('period', String(periodId));
  const search = query.toString();
  return search === '' ? paths[page] : `${paths[page]}?${search}`;
}

/** The overview of a province in a year (the latest with results when not given). */
export function overviewPath(provinceId?: number, year?: number): string {
  const query = new URLSearchParams();
  if (provinceId !== undefined) query.set('province', String(provinceId));
  if (year !== undefined) query.set('year', String(year));
  const search = query.toString();
  return search === '' ? paths.overview : `${paths.overview}?${search}`;
}

/** A province's profile, opened at `year` when given, on `framework` (PAPI when not given). */
export function provincePath(provinceId: number, year?: number, framework: string = defaultFramework): string {
  const path = paths.province.replace(':provinceId', String(provinceId));
  const query = new URLSearchParams();
  if (year !== undefined) query.set('year', String(year));
  if (framework !== defaultFramework) query.set('framework', framework);
  const search = query.toString();
  return search === '' ? path : `${path}?${search}`;
}

/** The comparison of `provinceIds` in `year` (the default year when not given). */
export function comparePath(provinceIds: readonly number[], year?: number, framework: string = defaultFramework): string {
  const query = new URLSearchParams();
  if (provinceIds.length > 0) query.set('ids', provinceIds.join(','));
  if (year !== undefined) query.set('year', String(year));
  if (framework !== defaultFramework) query.set('framework', framework);
  const search = query.toString();
  return search === '' ? paths.compare : `${paths.compare}?${search}`;
}
