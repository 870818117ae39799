import { useSyncExternalStore } from 'react';

import { apiClient, type SessionStatus } from '@/lib/api-client';

export type { SessionStatus };

/** The session as the API client sees it; re-renders when it starts, ends or expires. */
export function useSessionStatus(): SessionStatus {
  return useSyncExternalStore(apiClient.subscribeSession, apiClient.getSessionStatus);
}
