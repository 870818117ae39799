import { defaultFramework } from '@/config/frameworks';

const codePattern = /^[A-Za-z0-9._-]{1,20}$/;

/** The index named by the address's `framework`; the default when it names none or something that cannot be a code. */
export function parseFramework(value: string | null | undefined): string {
  return value != null && codePattern.test(value) ? value : defaultFramework;
}

/** Sets `framework` on an address's parameters, leaving it out for the default so PAPI's links stay as they were. */
export function withFramework(params: URLSearchParams, framework: string): URLSearchParams {
  if (framework === defaultFramework) params.delete('framework');
  else params.set('framework', framework);
  return params;
}
