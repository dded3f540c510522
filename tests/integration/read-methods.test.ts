import { afterEach, describe, expect, it, vi } from 'vitest';
import { handlers } from '../../electron/backend/api/handlers';
import { makeConferenceInput } from '../fixtures/conference';
import { call, callError, openTestBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/*
 * A read method runs in a deferred transaction that must not write: a read that wrote would
 * race another window's writes. The dispatcher checks the connection's count of changed rows
 * (a `PRAGMA query_only` toggle would throw away every prepared statement on each call).
 */
describe('a read method that writes', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('fails, and what it wrote is undone', async () => {
    const backend = openTestBackend(useTempDir());
    const created = await call(backend.dispatch, 'conference.create', makeConferenceInput({ reference: 'Virtanen 1/2027' }));
    const read = handlers['conference.get'];
    vi.spyOn(handlers, 'conference.get').mockImplementation((ctx, input) => {
      ctx.db.prepare('UPDATE conference SET reference = ? WHERE id = ?').run('Muutettu 9/2027', created.id);
      return read(ctx, input);
    });

    const error = await callError(backend.dispatch, 'conference.get', { id: created.id });
    expect(error.code).toBe('internal');

    vi.restoreAllMocks();
    expect((await call(backend.dispatch, 'conference.get', { id: created.id })).reference).toBe('Virtanen 1/2027');
  });
});
