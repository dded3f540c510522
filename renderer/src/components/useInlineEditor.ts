import { useState } from 'react';
import { useUnsavedChangesGuard } from '../app/Router';

export interface InlineEditor {
  /** Whether the editor is open. */
  editing: boolean;
  /** What the editor holds now ('' while closed). */
  value: string;
  /** Opens the editor on `start`, what is saved now. */
  open(start: string): void;
  change(value: string): void;
  /** Closes it: after a save, or to cancel. */
  close(): void;
}

/**
 * A small editor opened in place with its own Save (a time, a number, a person picked): a
 * form like any other, so leaving the screen while it holds something other than what it
 * opened with asks first.
 */
export function useInlineEditor(): InlineEditor {
  const [draft, setDraft] = useState<{ start: string; value: string } | null>(null);
  const allowLeave = useUnsavedChangesGuard(draft !== null && draft.value !== draft.start);
  return {
    editing: draft !== null,
    value: draft?.value ?? '',
    open: (start) => setDraft({ start, value: start }),
    change: (value) => setDraft((current) => (current ? { ...current, value } : current)),
    close: () => {
      allowLeave();
      setDraft(null);
    },
  };
}
