import { render } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { RouterProvider } from '../../renderer/src/app/Router';
import { NoticeProvider } from '../../renderer/src/components/Notices';
import { PreparationProvider } from '../../renderer/src/features/preparation/PreparationContext';
import { I18nProvider } from '../../renderer/src/i18n/I18nProvider';

/**
 * Renders `ui` as it sits inside a conference page: i18n, notices, router and the
 * preparation context. The api client must be mocked by the test (vi.mock); `settings.get`
 * must answer for the i18n provider to render. `current()` is the preparation shown now.
 */
export function renderInConference(ui: ReactNode, prep: Preparation, today = '2027-01-20') {
  let shown = prep;
  function Host() {
    const [state, setState] = useState(prep);
    shown = state;
    return (
      <PreparationProvider prep={state} today={today} onChange={setState}>
        {ui}
      </PreparationProvider>
    );
  }
  const result = render(
    <I18nProvider>
      <NoticeProvider>
        <RouterProvider>
          <Host />
        </RouterProvider>
      </NoticeProvider>
    </I18nProvider>,
  );
  return { ...result, current: () => shown };
}
