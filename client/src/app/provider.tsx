import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';

import { apiClient } from '@/lib/api-client';
import { createQueryClient } from '@/lib/react-query';

export interface AppProviderProps {
  children: ReactNode;
  /** Tests pass their own client so each test starts with an empty cache. */
  queryClient?: QueryClient;
}

export function AppProvider({ children, queryClient }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  // Cached answers belong to whoever was signed in: the next person must not see them.
  useEffect(() => apiClient.subscribeSession(() => client.removeQueries()), [client]);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
