import type { ReactNode } from 'react';

/**
 * What a form of one feature needs from a unit picker that another feature owns. Features never import
 * each other: the route passes the org-units picker in through a render prop of this shape.
 */
export interface UnitPickerProps {
  label: string;
  onChange: (unitId: number | null) => void;
  hint?: string | undefined;
  disabled?: boolean | undefined;
  invalid?: boolean | undefined;
  /** Ids of elements that describe the picker, such as its field's error message. */
  describedBy?: string | undefined;
}

export type RenderUnitPicker = (props: UnitPickerProps) => ReactNode;
