/** What journeys arrange through the API before they open a browser: a token, a call, a period of their own. */
import type { components } from '../src/types/api';
import { passwordOf, reformed, type E2eEnvironment } from './browser';

/**
 * Who takes part in Nếnh's reports, in the demo's era: in 2021 Nếnh was a township reporting to Việt Yên's Phòng Nội
 * vụ; after 1/7/2025 it is a ward of the new Bắc Ninh reporting straight to the province's Sở Nội vụ (the same officer
 * and head: their roles passed to the ward).
 */
export const era = reformed
  ? { commune: 'Phường Nếnh', coordinator: 'bn.coordinator', reviewer: 'bn.coordinator', level: 'Sở Nội vụ' }
  : { commune: 'Thị trấn Nếnh', coordinator: 'bg.coordinator', reviewer: 'vietyen.coordinator', level: 'Việt Yên' };

type ReportingPeriod = components['schemas']['ReportingPeriodDto'];

/** An access token of a demo account, signed in through the API. */
export async function apiToken(env: E2eEnvironment, userName: string): Promise<string> {
  const login = await fetch(`${env.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userName, password: passwordOf(env, userName) }),
  });
  if (!login.ok) throw new Error(`${userName} could not sign in: ${login.status} ${await login.text()}`);
  return ((await login.json()) as components['schemas']['SessionTokens']).accessToken;
}

/** One API call as the token's user; anything but a success fails with the API's answer. */
export async function apiResponse(
  env: E2eEnvironment,
  token: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  const response = await fetch(`${env.baseUrl}/api/v1${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  return response;
}

/** {@link apiResponse}'s JSON body. */
export async function api<T>(env: E2eEnvironment, token: string, method: string, path: string, body?: unknown): Promise<T> {
  return (await (await apiResponse(env, token, method, path, body)).json()) as T;
}

export interface NewQuarter {
  planId: number;
  /** The plan's periods before this one was added. */
  earlier: ReportingPeriod[];
  /** A quarterly period in a year no period had (the latest plus one), open for months, with its obligations. */
  period: ReportingPeriod;
  obligations: components['schemas']['ObligationDto'][];
}

/**
 * A quarterly period of the latest plan that no other run or journey uses, as its coordinator adds it, so a
 * journey's reports cannot trip another's.
 */
export async function newQuarter(env: E2eEnvironment, token: string): Promise<NewQuarter> {
  const plans = await api<components['schemas']['PlanSummaryDtoPagedList']>(env, token, 'GET', '/plans');
  const planId = [...plans.items].sort((a, b) => b.targetYear - a.targetYear)[0]?.id;
  if (planId === undefined) throw new Error('the demo has no plan');
  const earlier = await api<ReportingPeriod[]>(env, token, 'GET', `/plans/${planId}/reporting-periods`);
  const year = Math.max(new Date().getFullYear(), ...earlier.map((period) => period.year)) + 1;
  const schedule = [{ kind: 'Quarterly', dueMonth: 3, dueDay: 20, coverageToMonth: 3, coverageToDay: 15, lockDaysAfterDue: 10 }];
  const generated = await api<components['schemas']['GeneratedPeriodsDto']>(env, token, 'POST', `/plans/${planId}/reporting-periods`, {
    years: [year],
    schedule,
  });
  const period = generated.periods.find((candidate) => candidate.year === year && candidate.kind === 'Quarterly');
  if (!period) throw new Error(`no quarterly period ${year} was generated`);
  await api(env, token, 'POST', `/reporting-periods/${period.id}/obligations`);
  const obligations = (await api<{ items: components['schemas']['ObligationDto'][] }>(env, token, 'GET', `/reporting-periods/${period.id}/obligations?pageSize=200`)).items;
  return { planId, earlier, period, obligations };
}
