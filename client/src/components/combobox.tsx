import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export type ComboboxStatus = 'idle' | 'loading' | 'error' | 'ready';

export interface ComboboxProps<T> {
  label: string;
  /** The text in the box. */
  value: string;
  onValueChange: (text: string) => void;
  /** The matches for the text, found by the caller (usually an API search). */
  options: readonly T[];
  status: ComboboxStatus;
  optionKey: (option: T) => string | number;
  optionLabel: (option: T) => string;
  /** Secondary text shown after the label, such as the kind of unit. */
  optionDetail?: ((option: T) => string | undefined) | undefined;
  onPick: (option: T) => void;
  placeholder?: string | undefined;
  hint?: string | undefined;
  disabled?: boolean | undefined;
  invalid?: boolean | undefined;
  /** Ids of elements that describe the box, such as its field's error message. */
  describedBy?: string | undefined;
}

/**
 * A text box with a list of suggestions (WAI-ARIA combobox, list autocomplete): type to search,
 * arrow keys to move, Enter to choose, Escape to close. Searching is the caller's job.
 */
export function Combobox<T>({
  label,
  value,
  onValueChange,
  options,
  status,
  optionKey,
  optionLabel,
  optionDetail,
  onPick,
  placeholder,
  hint,
  disabled,
  invalid,
  describedBy,
}: ComboboxProps<T>) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const statusId = `${id}-status`;
  const hintId = `${id}-hint`;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const searching = value.trim() !== '';
  const showList = open && searching && options.length > 0;
  const activeIndex = active < options.length ? active : -1;
  const optionId = (index: number) => `${id}-option-${index}`;

  function pick(option: T) {
    onPick(option);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActive(options.length === 0 ? -1 : (activeIndex + 1) % options.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActive(options.length === 0 ? -1 : (activeIndex - 1 + options.length) % options.length);
        break;
      case 'Enter': {
        if (!showList) break;
        // Choosing from the list must not submit the surrounding form.
        event.preventDefault();
        const option = options[activeIndex === -1 ? 0 : activeIndex];
        if (option !== undefined) pick(option);
        break;
      }
      case 'Escape':
        if (showList) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        }
        break;
      default:
        break;
    }
  }

  let statusText = '';
  if (open && searching) {
    if (status === 'loading') statusText = t('common.combobox.searching');
    else if (status === 'error') statusText = t('common.combobox.failed');
    else if (status === 'ready')
      statusText = options.length === 0 ? t('common.combobox.noResults') : t('common.combobox.results', { count: options.length });
  }
  const description = [hint ? hintId : undefined, describedBy, statusId].filter(Boolean).join(' ');

  return (
    <div className="combobox">
      <label htmlFor={id}>{label}</label>
      <div className="combobox-control">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && activeIndex !== -1 ? optionId(activeIndex) : undefined}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={description}
          placeholder={placeholder}
          disabled={disabled}
          value={value}
          onChange={(event) => {
            onValueChange(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={label} className="combobox-list" hidden={!showList}>
          {showList &&
            options.map((option, index) => {
              const detail = optionDetail?.(option);
              return (
                <li
                  key={optionKey(option)}
                  id={optionId(index)}
                  role="option"
                  aria-selected={index === activeIndex}
                  className={index === activeIndex ? 'active' : undefined}
                  // Keep the focus in the box, so the click lands before the list closes on blur.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => pick(option)}
                >
                  {optionLabel(option)}
                  {detail && <span className="note"> · {detail}</span>}
                </li>
              );
            })}
        </ul>
      </div>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      <p id={statusId} className="combobox-status" aria-live="polite">
        {statusText}
      </p>
    </div>
  );
}
