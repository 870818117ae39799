/** A positive whole number from untrusted input such as the address, or undefined. */
export function parsePositiveInt(value: string | null | undefined): number | undefined {
  if (value == null || !/^\d{1,9}$/.test(value)) return undefined;
  const number = Number(value);
  return number > 0 ? number : undefined;
}
