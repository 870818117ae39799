import type { ReactNode } from 'react';

export interface TableScrollProps {
  /** The id of the table's caption, which names the scrolling region. */
  captionId: string;
  children: ReactNode;
}

/**
 * Lets a wide table scroll sideways on a phone instead of squeezing its columns; focusable and named,
 * so a keyboard can scroll it too.
 */
export function TableScroll({ captionId, children }: TableScrollProps) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      {children}
    </div>
  );
}
