import { useEffect, type RefObject } from 'react';

/**
 * After a refused submission, takes the keyboard to the first field marked invalid, whose description
 * then reads out what to fix.
 */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, error: unknown): void {
  useEffect(() => {
    if (error == null) return;
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, error]);
}
