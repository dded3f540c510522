import { useLayoutEffect, useRef } from 'react';
import type { ApiError } from '../../../electron/shared/api/result';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorMessage } from './ErrorMessage';
import { ErrorSummary } from './ErrorSummary';
import type { SaveForm } from './useSaveForm';

export interface SaveBarProps {
  /** What useSaveForm returned for this form. */
  save: Pick<SaveForm, 'invalid' | 'serverError' | 'discard'>;
  dirty: boolean;
  submitting: boolean;
  /**
   * A form that creates something shows its button all the time, labelled `submitLabel`;
   * an edit form shows the bar only when something has changed.
   */
  creating?: { submitLabel: string; onCancel?(): void };
}

function otherError(error: ApiError | null): ApiError | null {
  return error && error.code !== 'invalid_input' ? error : null;
}

/** The heights of the save bars on screen, each by its element. */
const barHeights = new Map<Element, number>();

/**
 * Tells the page how tall the tallest save bar is (`--save-bar-height`), which the page's
 * `scroll-padding-bottom` keeps free: a field focused by Tab or by the error summary scrolls
 * into view above the sticky bar, never under it.
 */
function useBarHeight() {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const bar = ref.current;
    if (!bar) return;
    const publish = () => {
      const tallest = Math.max(0, ...barHeights.values());
      document.documentElement.style.setProperty('--save-bar-height', `${Math.ceil(tallest)}px`);
    };
    const measure = () => {
      barHeights.set(bar, bar.getBoundingClientRect().height);
      publish();
    };
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(bar);
    return () => {
      observer?.disconnect();
      barHeights.delete(bar);
      publish();
    };
  }, []);
  return ref;
}

/** Sticky at the bottom of the form while there is something to save or a problem to show. */
export function SaveBar(props: SaveBarProps) {
  const { save, dirty, creating } = props;
  const buttons = creating !== undefined || dirty;
  if (!buttons && !save.invalid && !otherError(save.serverError)) return null;
  return <ShownSaveBar {...props} />;
}

function ShownSaveBar({ save, dirty, submitting, creating }: SaveBarProps) {
  const { t } = useI18n();
  const ref = useBarHeight();
  const error = otherError(save.serverError);
  const buttons = creating !== undefined || dirty;
  return (
    <div ref={ref} className="form-actions">
      {save.invalid && <ErrorSummary />}
      {error && <ErrorMessage error={error} />}
      {buttons && (
        <div className="form-buttons">
          {!creating && <p className="form-dirty-note">{t('form.unsavedChanges')}</p>}
          {!creating && (
            <button type="button" className="button button-secondary" onClick={save.discard}>
              {t('form.discard')}
            </button>
          )}
          {creating?.onCancel && (
            <button type="button" className="button button-secondary" onClick={creating.onCancel}>
              {t('form.cancel')}
            </button>
          )}
          <button type="submit" className="button button-primary" disabled={submitting}>
            {submitting ? t('form.saving') : (creating?.submitLabel ?? t('form.save'))}
          </button>
        </div>
      )}
    </div>
  );
}
