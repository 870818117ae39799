import { useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { useMediaQuery } from '@/hooks/use-media-query';

/**
 * Below this width (a phone, a small tablet held upright) the header's pages and controls fold behind a
 * menu button; styles.css keys the folded layout on the classes set here, so the width lives in one place.
 */
export const compactHeaderQuery = '(max-width: 47.99rem)';

/**
 * The header's pages and controls: in one row on a wide screen, behind a button on a narrow one (a
 * disclosure: the button says whether it is open, opening moves focus to the first item, Escape closes and
 * gives focus back to the button, and following a link or touching outside closes it).
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const compact = useMediaQuery(compactHeaderQuery);
  const [open, setOpen] = useState(false);
  const expanded = compact && open;
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!expanded) return;
    panel.current?.querySelector<HTMLElement>('a[href], button')?.focus();
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const closeOnOutsideTouch = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('keydown', closeOnEscape);
    document.addEventListener('pointerdown', closeOnOutsideTouch);
    return () => {
      document.removeEventListener('keydown', closeOnEscape);
      document.removeEventListener('pointerdown', closeOnOutsideTouch);
    };
  }, [expanded]);

  // A link leads to another page: the menu has done its work.
  const closeOnLink = (event: MouseEvent<HTMLDivElement>) => {
    if (event.target instanceof Element && event.target.closest('a')) setOpen(false);
  };

  return (
    <>
      {compact && (
        <button
          ref={button}
          type="button"
          className="menu-toggle"
          aria-expanded={expanded}
          aria-controls={panelId}
          onClick={() => setOpen(!expanded)}
        >
          <span className="menu-icon" aria-hidden="true" />
          {t('app.menu.label')}
        </button>
      )}
      <div id={panelId} ref={panel} className={compact ? 'app-menu app-menu-compact' : 'app-menu'} hidden={compact && !open} onClick={closeOnLink}>
        {children}
      </div>
    </>
  );
}
