import { Navigate, type RouteObject } from 'react-router';

import { Loading } from '@/components/loading';
import { paths } from '@/config/paths';
import { RequireAuth } from '@/features/auth/components/require-auth';

import { AppLayout } from './layout/app-layout';

/** The route table, shared by the browser router and by tests (memory router). */
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
            path: paths.rankings,
            lazy: () => import('./routes/rankings').then((module) => ({ Component: module.RankingsRoute })),
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
