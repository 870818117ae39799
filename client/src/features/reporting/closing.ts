import type { UnitReportState } from './api/get-completeness';

/**
 * The day the period closed to a report the server counts as missing (not sent by the lock): the period's lock day,
 * or the unit's extension when that runs later. Undefined for any other report: it can still be sent.
 */
export function closedOn(unit: Pick<UnitReportState, 'missing'>, lockOn: string | null | undefined, extendedTo?: string | null): string | undefined {
  if (!unit.missing || lockOn == null) return undefined;
  return extendedTo != null && extendedTo > lockOn ? extendedTo : lockOn;
}
