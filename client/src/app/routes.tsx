import { Navigate, type RouteObject } from 'react-router';

import { Loading } from '@/components/loading';
import { paths } from '@/config/paths';
import type { Permission } from '@/features/auth/api/get-me';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { RequirePermission } from '@/features/auth/components/require-permission';

import { AppLayout } from './layout/app-layout';

/** A page only users holding `permission` may open; its code loads when the page is first visited. */
function guarded(permission: Permission, route: RouteObject): RouteObject {
  return { element: <RequirePermission permission={permission} />, children: [route] };
}

/** The route table, shared by the browser router and by tests (memory router). Every page is its own chunk. */
export const routes: RouteObject[] = [
  {
    path: paths.home,
    Component: AppLayout,
    HydrateFallback: Loading,
    children: [
      {
        path: paths.signIn,
        lazy: () => import('./routes/sign-in').then((module) => ({ Component: module.SignInRoute })),
      },
      {
        // Everything else needs a session.
        Component: RequireAuth,
        children: [
          { index: true, element: <Navigate to={paths.rankings} replace /> },
          {
            path: paths.overview,
            lazy: () => import('./routes/overview').then((module) => ({ Component: module.OverviewRoute })),
          },
          {
            path: paths.rankings,
            lazy: () => import('./routes/rankings').then((module) => ({ Component: module.RankingsRoute })),
          },
          {
            path: paths.provinces,
            lazy: () => import('./routes/provinces').then((module) => ({ Component: module.ProvincesRoute })),
          },
          {
            path: paths.province,
            lazy: () => import('./routes/province-profile').then((module) => ({ Component: module.ProvinceProfileRoute })),
          },
          {
            path: paths.compare,
            lazy: () => import('./routes/compare').then((module) => ({ Component: module.CompareRoute })),
          },
          guarded('ReadUnits', {
            path: paths.units,
            lazy: () => import('./routes/admin/units').then((module) => ({ Component: module.UnitsRoute })),
          }),
          guarded('ManageApiTokens', {
            path: paths.apiTokens,
            lazy: () => import('./routes/admin/api-tokens').then((module) => ({ Component: module.ApiTokensRoute })),
          }),
          guarded('ManageUsers', {
            path: paths.users,
            lazy: () => import('./routes/admin/users').then((module) => ({ Component: module.UsersRoute })),
          }),
          guarded('ReadAudit', {
            path: paths.audit,
            lazy: () => import('./routes/admin/audit').then((module) => ({ Component: module.AuditRoute })),
          }),
          guarded('ImportScores', {
            path: paths.scoreImport,
            lazy: () => import('./routes/admin/score-import').then((module) => ({ Component: module.ScoreImportRoute })),
          }),
          guarded('ReadPlans', {
            path: paths.plans,
            lazy: () => import('./routes/plans/plans').then((module) => ({ Component: module.PlansRoute })),
          }),
          guarded('ReadPlans', {
            path: paths.plan,
            lazy: () => import('./routes/plans/plan').then((module) => ({ Component: module.PlanRoute })),
          }),
          guarded('ReadPlans', {
            path: paths.planActions,
            lazy: () => import('./routes/plans/plan-actions').then((module) => ({ Component: module.PlanActionsRoute })),
          }),
          guarded('ReadPlans', {
            path: paths.planCoverage,
            lazy: () => import('./routes/plans/plan-coverage').then((module) => ({ Component: module.PlanCoverageRoute })),
          }),
          guarded('ReadPlans', {
            path: paths.planRankCalculator,
            lazy: () => import('./routes/plans/plan-rank-calculator').then((module) => ({ Component: module.PlanRankCalculatorRoute })),
          }),
          guarded('ReadPlans', {
            path: paths.planEffect,
            lazy: () => import('./routes/plans/plan-effect').then((module) => ({ Component: module.PlanEffectRoute })),
          }),
          guarded('ReadPlans', {
            path: paths.action,
            lazy: () => import('./routes/plans/action').then((module) => ({ Component: module.ActionRoute })),
          }),
          guarded('ReadPlans', {
            path: paths.obligations,
            lazy: () => import('./routes/reporting/obligations').then((module) => ({ Component: module.ObligationsRoute })),
          }),
          guarded('ReadPlans', {
            path: paths.reviewInbox,
            lazy: () => import('./routes/reporting/review-inbox').then((module) => ({ Component: module.ReviewInboxRoute })),
          }),
          guarded('ReadPlans', {
            path: paths.completeness,
            lazy: () => import('./routes/reporting/completeness').then((module) => ({ Component: module.CompletenessRoute })),
          }),
          guarded('ReadPlans', {
            path: paths.reportingMatrix,
            lazy: () => import('./routes/reporting/matrix').then((module) => ({ Component: module.ReportingMatrixRoute })),
          }),
          guarded('ReadPlans', {
            path: paths.report,
            lazy: () => import('./routes/reporting/report').then((module) => ({ Component: module.ReportRoute })),
          }),
          {
            path: paths.notifications,
            lazy: () => import('./routes/notifications').then((module) => ({ Component: module.NotificationsRoute })),
          },
          {
            path: '*',
            lazy: () => import('./routes/not-found').then((module) => ({ Component: module.NotFoundRoute })),
          },
        ],
      },
    ],
  },
];
