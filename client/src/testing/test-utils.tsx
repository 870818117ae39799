import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';

import { AppProvider } from '@/app/provider';
import { routes } from '@/app/routes';
import { startSession } from '@/lib/api-client';
import { createQueryClient } from '@/lib/react-query';

import { mockSessions } from './mocks/auth';

/** Starts a session the mocked API accepts, as a sign-in would; returns its tokens. */
export function signInForTest() {
  const tokens = mockSessions.issue();
  startSession(tokens);
  return tokens;
}

export interface RenderRouteOptions {
  /** Sign in before arriving (the default); false arrives as a visitor, or keeps a session the test set up. */
  signIn?: boolean;
}

/** Renders the whole app at `url`, as a user arriving there would see it. */
export function renderRoute(url: string, { signIn = true }: RenderRouteOptions = {}) {
  if (signIn) signInForTest();
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const queryClient = createQueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  const user = userEvent.setup();
  const view = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { ...view, router, user };
}

export * from '@testing-library/react';
