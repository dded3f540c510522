import type { ReactNode } from 'react';

/** A big button that stays pressed: the meeting view's way to tick a choice with one click. */
export function ToggleButton({
  pressed,
  disabled,
  onClick,
  tone,
  children,
}: {
  pressed: boolean;
  disabled?: boolean;
  onClick(): void;
  /** Colours the pressed state by meaning: present, remote, away. */
  tone?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`mm-toggle${tone ? ` mm-toggle-${tone}` : ''}`}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
