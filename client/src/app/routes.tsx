import { Navigate, type RouteObject } from 'react-router';

import { Loading } from '@/components/loading';
import { paths } from '@/config/paths';

import { AppLayout } from './layout/app-layout';

/** The route table, shared by the browser router and by tests (memory router). */
export const routes: RouteObject[] = [
  {
    path: paths.home,
    Component: AppLayout,
    HydrateFallback: Loading,
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
];
