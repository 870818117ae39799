import { paths } from '@/config/paths';

/** Where a signed-in reader lands when nothing else was asked for. */
export const defaultLandingPath = paths.rankings;

/**
 * Reads the page to go back to after signing in from untrusted input (the query string): only a
 * path of this app, never a URL (`https://…`) or a protocol-relative `//host`, never sign-in itself.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (value == null || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return defaultLandingPath;
  }
  if (value === paths.signIn || value.startsWith(`${paths.signIn}?`) || value.startsWith(`${paths.signIn}/`)) {
    return defaultLandingPath;
  }
  return value;
}

/** The sign-in page, remembering `location` unless it is where the reader lands anyway. */
export function signInPathFor(location: { pathname: string; search: string; hash: string }): string {
  const target = `${location.pathname}${location.search}${location.hash}`;
  if (target === paths.home || target === defaultLandingPath) return paths.signIn;
  return `${paths.signIn}?${new URLSearchParams({ returnTo: target }).toString()}`;
}
