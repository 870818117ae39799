import { QueryClient, type QueryClientConfig } from '@tanstack/react-query';

import { ApiError } from './api-client';

const maxRetries = 2;

export const queryConfig = {
  defaultOptions: {
    queries: {
      // Published PAPI releases change a few times a year; refetching on every focus is waste.
      staleTime: 5 * 60 * 1000,
      refetchOnWindowFocus: false,
      // A 4xx answer will not change on retry; network errors and 5xx might.
      retry: (failureCount, error) =>
        !(error instanceof ApiError && error.status < 500) && failureCount < maxRetries,
    },
  },
} satisfies QueryClientConfig;

export function createQueryClient(config: QueryClientConfig = queryConfig): QueryClient {
  return new QueryClient(config);
}
