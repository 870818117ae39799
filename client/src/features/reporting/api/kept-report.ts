/**
 * A report's page as the device keeps it beside a draft waiting in the outbox: the server's answer the draft was
 * written on and the dimensions that name its narratives, so the page can show the draft again after a reload
 * without a connection. Kept only while a draft waits; signing out forgets it with the draft (src/lib/offline).
 */
import { useEffect, useState } from 'react';

import { deviceUser, keepCopy, readCopy } from '@/lib/offline/outbox';

import type { FrameworkDimension } from './get-dimensions';
import type { VersionedSubmission } from './get-submission';

export interface KeptReport {
  answer: VersionedSubmission;
  dimensions: readonly FrameworkDimension[];
}

const copyName = (obligationId: number) => `report:${obligationId}`;

export function keepReport(userId: string, obligationId: number, report: KeptReport): Promise<void> {
  return keepCopy(userId, copyName(obligationId), report);
}

/**
 * The kept page of a report, read when `wanted` (a draft of it waits on the device); undefined until read or when
 * none. Once read it stays for the page's life: the draft may be sent before the server's own answer arrives, and the
 * page must not fall back to a loading state in between.
 */
export function useKeptReport(obligationId: number, wanted: boolean): { known: boolean; kept: KeptReport | undefined } {
  const [state, setState] = useState<{ for: number | undefined; kept: KeptReport | undefined }>({ for: undefined, kept: undefined });
  useEffect(() => {
    const userId = deviceUser();
    if (!wanted || userId === undefined) return undefined;
    let current = true;
    readCopy<KeptReport>(userId, copyName(obligationId))
      .catch(() => undefined)
      .then((kept) => {
        if (current) setState({ for: obligationId, kept });
      });
    return () => {
      current = false;
    };
  }, [obligationId, wanted]);
  const read = state.for === obligationId;
  return { known: read || !wanted, kept: read ? state.kept : undefined };
}
