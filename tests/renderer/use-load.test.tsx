import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lazy, useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiResult } from '../../electron/shared/api/result';
import { LazyBoundary } from '../../renderer/src/app/LazyBoundary';
import { useLoad } from '../../renderer/src/app/useLoad';
import { I18nProvider } from '../../renderer/src/i18n/I18nProvider';
import { answerApi } from '../helpers/mock-api';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

/** A read the test answers by hand, in any order. */
function deferred() {
  let resolve!: (result: ApiResult<string>) => void;
  const promise = new Promise<ApiResult<string>>((r) => (resolve = r));
  return { promise, resolve };
}

function Week({ reads, keepData = false }: { reads: Map<number, ReturnType<typeof deferred>>; keepData?: boolean }) {
  const [week, setWeek] = useState(1);
  const load = useLoad(() => reads.get(week)!.promise, [week], { keepData });
  return (
    <>
      <button type="button" onClick={() => setWeek((n) => n + 1)}>
        Seuraava
      </button>
      {load.state === 'loading' && <p>Ladataan</p>}
      {load.state === 'error' && (
        <button type="button" onClick={load.reload}>
          Uudelleen
        </button>
      )}
      {load.state === 'ready' && <p aria-busy={load.busy}>{load.data}</p>}
      {load.state === 'ready' && load.refreshError && <p>Virhe: {load.refreshError.code}</p>}
    </>
  );
}

beforeEach(() => {
  answerApi(call);
});

describe('useLoad', () => {
  it('shows only the newest read: an answer that arrives after the screen moved on is ignored', async () => {
    const user = userEvent.setup();
    const reads = new Map([
      [1, deferred()],
      [2, deferred()],
    ]);
    render(<Week reads={reads} />);
    expect(screen.getByText('Ladataan')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Seuraava' }));
    await act(async () => reads.get(2)!.resolve({ ok: true, value: 'Viikko 2' }));
    expect(await screen.findByText('Viikko 2')).toBeVisible();
    // The first week's answer comes last; the screen stays on week 2.
    await act(async () => reads.get(1)!.resolve({ ok: true, value: 'Viikko 1' }));
    expect(screen.queryByText('Viikko 1')).toBeNull();
    expect(screen.getByText('Viikko 2')).toBeVisible();
  });

  it('reads again on reload after an error', async () => {
    const user = userEvent.setup();
    const reads = new Map([[1, deferred()]]);
    render(<Week reads={reads} />);
    await act(async () => reads.get(1)!.resolve({ ok: false, error: { code: 'storage', message: 'disk' } }));
    const retry = await screen.findByRole('button', { name: 'Uudelleen' });
    reads.set(1, deferred());
    await user.click(retry);
    await act(async () => reads.get(1)!.resolve({ ok: true, value: 'Viikko 1' }));
    expect(await screen.findByText('Viikko 1')).toBeVisible();
  });
});

describe('useLoad keeping the data', () => {
  it('keeps the rows shown, marked busy, while the next read is under way, then shows its answer', async () => {
    const user = userEvent.setup();
    const reads = new Map([
      [1, deferred()],
      [2, deferred()],
    ]);
    render(<Week reads={reads} keepData />);
    await act(async () => reads.get(1)!.resolve({ ok: true, value: 'Viikko 1' }));
    expect(await screen.findByText('Viikko 1')).toHaveAttribute('aria-busy', 'false');
    await user.click(screen.getByRole('button', { name: 'Seuraava' }));
    expect(screen.getByText('Viikko 1')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByText('Ladataan')).toBeNull();
    await act(async () => reads.get(2)!.resolve({ ok: true, value: 'Viikko 2' }));
    expect(await screen.findByText('Viikko 2')).toHaveAttribute('aria-busy', 'false');
  });

  it('keeps the data when the next read fails, says so, and forgets the failure once a read succeeds', async () => {
    const user = userEvent.setup();
    const reads = new Map([
      [1, deferred()],
      [2, deferred()],
      [3, deferred()],
    ]);
    render(<Week reads={reads} keepData />);
    await act(async () => reads.get(1)!.resolve({ ok: true, value: 'Viikko 1' }));
    await screen.findByText('Viikko 1');
    await user.click(screen.getByRole('button', { name: 'Seuraava' }));
    await act(async () => reads.get(2)!.resolve({ ok: false, error: { code: 'invalid_input', message: 'no' } }));
    expect(await screen.findByText('Virhe: invalid_input')).toBeVisible();
    expect(screen.getByText('Viikko 1')).toHaveAttribute('aria-busy', 'false');
    await user.click(screen.getByRole('button', { name: 'Seuraava' }));
    await act(async () => reads.get(3)!.resolve({ ok: true, value: 'Viikko 3' }));
    expect(await screen.findByText('Viikko 3')).toBeVisible();
    expect(screen.queryByText(/Virhe/)).toBeNull();
  });

  it('shows the error with a retry when the first read fails: there is nothing to keep', async () => {
    const reads = new Map([[1, deferred()]]);
    render(<Week reads={reads} keepData />);
    expect(screen.getByText('Ladataan')).toBeVisible();
    await act(async () => reads.get(1)!.resolve({ ok: false, error: { code: 'storage', message: 'disk' } }));
    expect(await screen.findByRole('button', { name: 'Uudelleen' })).toBeVisible();
  });
});

describe('a lazily loaded screen', () => {
  it('shows a calm loading line while its code arrives, announced politely', async () => {
    const Never = lazy(() => new Promise<{ default: () => null }>(() => {}));
    render(
      <I18nProvider>
        <LazyBoundary resetKey="a" heading="h1">
          <Never />
        </LazyBoundary>
      </I18nProvider>,
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Ladataan…');
  });

  it('says clearly that the view could not be opened when its code fails to load, with a way on', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const Broken = lazy(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    render(
      <I18nProvider>
        <main>
          <LazyBoundary resetKey="a" heading="h1">
            <Broken />
          </LazyBoundary>
        </main>
      </I18nProvider>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Näkymää ei voitu avata');
    expect(alert).toHaveTextContent('Tallennetut tiedot ovat tallessa');
    expect(screen.getByRole('heading', { level: 1, name: 'Näkymää ei voitu avata' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Lataa sovellus uudelleen' })).toBeVisible();
    expect(screen.getByRole('link', { name: /Takaisin/ })).toHaveAttribute('href', '#/conferences');
    consoleError.mockRestore();
  });
});
