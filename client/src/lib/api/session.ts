/**
 * The signed-in session: the tokens, their renewal when the API answers 401, and the end of the session
 * when renewal is refused. Every authorized exchange goes through {@link exchangeAuthorized}.
 */
import type { operations } from '@/types/api';

import { parseRetryAfter, toApiError } from './problem-details';
import { send } from './transport';

export type SessionTokens = operations['RefreshSession']['responses'][200]['content']['application/json'];
type RefreshSessionBody = operations['RefreshSession']['requestBody']['content']['application/json'];
type SignOutBody = operations['SignOut']['requestBody']['content']['application/json'];

const refreshPath = '/api/v1/auth/refresh';
const signOutPath = '/api/v1/auth/logout';


export type SessionStatus = 'signed-in' | 'signed-out' | 'expired';

/*
 * The access token lives only in memory: script injected into the page cannot find it in storage,
 * and it is short-lived anyway. The refresh token goes to sessionStorage so a reload keeps the
 * reader signed in, while it stays in this tab (no other tab can spend the single-use token and
 * sign this one out) and is gone when the tab closes, unlike localStorage.
 */
const refreshTokenKey = 'papitracker.refreshToken';
let accessToken: string | undefined;
// Used when sessionStorage is unavailable (blocked storage): the session then ends on reload.
let refreshTokenFallback: string | undefined;

function readRefreshToken(): string | undefined {
  try {
    return globalThis.sessionStorage?.getItem(refreshTokenKey) ?? refreshTokenFallback;
  } catch {
    return refreshTokenFallback;
  }
}

function writeRefreshToken(token: string | undefined): void {
  refreshTokenFallback = token;
  try {
    if (token === undefined) globalThis.sessionStorage?.removeItem(refreshTokenKey);
    else globalThis.sessionStorage?.setItem(refreshTokenKey, token);
  } catch {
    // The fallback above keeps the session for this page's lifetime.
  }
}

let status: SessionStatus = readRefreshToken() === undefined ? 'signed-out' : 'signed-in';
// Bumped whenever a session starts or ends, so a renewal that finishes afterwards is thrown away.
let generation = 0;
const listeners = new Set<() => void>();

function setStatus(next: SessionStatus): void {
  if (next === status) return;
  status = next;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore: the guard and the header follow the session through this. */
export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function getSessionStatus(): SessionStatus {
  return status;
}

export function startSession(tokens: SessionTokens): void {
  generation += 1;
  accessToken = tokens.accessToken;
  writeRefreshToken(tokens.refreshToken);
  setStatus('signed-in');
}

/** Forgets the tokens locally. `expired` tells the sign-in page to say why the reader is back there. */
export function clearSession(reason: Exclude<SessionStatus, 'signed-in'> = 'signed-out'): void {
  generation += 1;
  accessToken = undefined;
  writeRefreshToken(undefined);
  setStatus(reason);
}

let renewal: Promise<boolean> | undefined;

/**
 * A renewal the API slows down (429: this session's renewals came too fast, as when a reader opens a
 * dozen reports in new tabs) is tried again after the Retry-After it names, when that is this short;
 * the page waits meanwhile instead of showing an error. A longer wait is the reader's to see.
 */
const longestRenewalWaitSeconds = 10;
const renewalAttempts = 3;

/**
 * Swaps the refresh token for a new pair. Single-flight: the refresh token is single-use, so
 * requests that meet a 401 together share one renewal instead of spending the token twice.
 * Resolves false when the API refuses (the session is then over); rejects on network errors, 5xx
 * and a 429 it could not wait out, keeping the session, since the reader is still signed in once the
 * API answers again.
 */
function renewSession(): Promise<boolean> {
  renewal ??= refreshTokens().finally(() => {
    renewal = undefined;
  });
  return renewal;
}

function sleep(seconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, seconds * 1000));
}

async function refreshTokens(): Promise<boolean> {
  for (let attempt = 1; ; attempt += 1) {
    const refreshToken = readRefreshToken();
    if (refreshToken === undefined) return false;
    const started = generation;
    const body: RefreshSessionBody = { refreshToken };
    const response = await send('POST', refreshPath, { body }, undefined);
    if (started !== generation) return status === 'signed-in';
    if (response.ok) {
      startSession((await response.json()) as SessionTokens);
      return true;
    }
    const wait = response.status === 429 ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
    if (wait !== undefined && wait <= longestRenewalWaitSeconds && attempt < renewalAttempts) {
      await sleep(wait);
      continue;
    }
    if (response.status >= 500 || response.status === 429) throw await toApiError(response);
    clearSession('expired');
    return false;
  }
}

/** Ends the session on the API (revoking the refresh token), then forgets it here whatever the answer. */
export async function signOut(): Promise<void> {
  const refreshToken = readRefreshToken();
  try {
    if (refreshToken !== undefined) {
      const body: SignOutBody = { refreshToken };
      await send('POST', signOutPath, { body }, accessToken);
    }
  } catch {
    // Unreachable API: the refresh token still dies with this tab and expires on its own.
  } finally {
    clearSession('signed-out');
  }
}

/** One exchange, given the access token to send (or none). */
export type Exchange = (token: string | undefined) => Promise<Response>;

/** Sends with the access token; on a 401 renews the session once and tries again. */
export async function exchangeAuthorized(exchange: Exchange): Promise<Response> {
  // After a reload only the refresh token is left: renew first rather than collect a 401.
  if (accessToken === undefined && readRefreshToken() !== undefined) await renewSession();
  const sentWith = accessToken;
  const response = await exchange(sentWith);
  if (response.status !== 401 || readRefreshToken() === undefined) return response;

  // A request that was in flight while another one renewed just needs the new token.
  const renewedMeanwhile = accessToken !== undefined && accessToken !== sentWith;
  if (!renewedMeanwhile && !(await renewSession())) return response;
  const retried = await exchange(accessToken);
  if (retried.status === 401) clearSession('expired');
  return retried;
}
