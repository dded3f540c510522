import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { href } from './routes';
import { useI18n } from '../i18n/I18nProvider';
import './lazy-boundary.css';

/**
 * While a screen's code arrives: a quiet line, announced politely, that only fades in if
 * the wait is long enough to notice (lazy-boundary.css), so a quick load does not flash.
 */
export function ScreenLoading() {
  const { t } = useI18n();
  return (
    <p className="loading screen-loading" role="status">
      {t('app.loading')}
    </p>
  );
}

/** What a screen whose code could not be loaded shows instead of a blank page. */
function LoadFailed({ heading }: { heading: 'h1' | 'h2' }) {
  const { t } = useI18n();
  const Heading = heading;
  return (
    <div className="alert alert-error load-failed" role="alert">
      <Heading className="load-failed-title">{t('app.loadFailed.title')}</Heading>
      <p>{t('app.loadFailed.body')}</p>
      <div className="load-failed-actions">
        {/* A chunk that failed once stays failed for React.lazy: only a reload fetches it again. */}
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          {t('app.loadFailed.reload')}
        </button>
        <a className="button button-secondary" href={href({ name: 'list' })}>
          {t('conference.backToList')}
        </a>
      </div>
    </div>
  );
}

interface BoundaryProps {
  /** Where the boundary stands: a changed key (another screen) clears a shown failure. */
  resetKey: string;
  heading: 'h1' | 'h2';
  children: ReactNode;
}

class FailureBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A screen failed to load or render', error, info.componentStack);
  }

  override componentDidUpdate(previous: BoundaryProps): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  override render(): ReactNode {
    return this.state.failed ? <LoadFailed heading={this.props.heading} /> : this.props.children;
  }
}

/**
 * Around lazily loaded screens and tabs: the loading line while their code arrives, and a
 * clear message with a way on if it cannot be loaded (or fails to render).
 */
export function LazyBoundary({ resetKey, heading, children }: BoundaryProps) {
  return (
    <FailureBoundary resetKey={resetKey} heading={heading}>
      <Suspense fallback={<ScreenLoading />}>{children}</Suspense>
    </FailureBoundary>
  );
}
