import { describe, expect, it, vi } from 'vitest';
import { isMessageKey } from '../../electron/shared/i18n';
import { makeChild, makeConferenceInput, makeUpdateInput } from '../fixtures/conference';
import { call, callError, countRows, EMPTY_TABLES as EMPTY, openTestBackend, openTestDatabaseFile } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

describe('invalid input is refused field by field and writes nothing', () => {
  const socialWorker = makeConferenceInput().socialWorker;
  const cases: [string, unknown, (string | number)[], string][] = [
    ['no reference', { ...makeConferenceInput(), reference: undefined }, ['reference'], 'validation.required'],
    ['no children', makeConferenceInput({ children: [] }), ['children'], 'validation.childRequired'],
    [
      'a bad email',
      makeConferenceInput({ socialWorker: { ...socialWorker, email: 'leena.korhonen@' } }),
      ['socialWorker', 'email'],
      'validation.email',
    ],
    ['the date 2027-02-30', makeConferenceInput({ commissionDate: '2027-02-30' }), ['commissionDate'], 'validation.date'],
    [
      'a birth year as a string',
      { ...makeConferenceInput(), children: [{ firstName: 'Äijö', birthYear: '2015' }] },
      ['children', 0, 'birthYear'],
      'validation.birthYear',
    ],
    [
      'an identity code in the reference',
      makeConferenceInput({ reference: 'Äijälä 010203A123X' }),
      ['reference'],
      'validation.identityCode',
    ],
  ];

  it.each(cases)('refuses %s', async (_label, input, path, message) => {
    const backend = openTestBackend(useTempDir());
    const error = await callError(backend.dispatch, 'conference.create', input);
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toContainEqual({ path, message });
    for (const issue of error.issues ?? []) expect(isMessageKey(issue.message), issue.message).toBe(true);
    expect(countRows(backend.databaseFile)).toEqual(EMPTY);
  });

  it('reports every wrong field at once, each with its own path', async () => {
    const backend = openTestBackend(useTempDir());
    const error = await callError(backend.dispatch, 'conference.create', {
      ...makeConferenceInput({ reference: ' ', commissionDate: '2027-02-30' }),
      socialWorker: { ...socialWorker, email: 'ei-osoite', phone: 'soita' },
    });
    expect(error.issues?.map((issue) => issue.path)).toEqual([
      ['reference'],
      ['socialWorker', 'phone'],
      ['socialWorker', 'email'],
      ['commissionDate'],
    ]);
    expect(countRows(backend.databaseFile)).toEqual(EMPTY);
  });

  it('leaves a stored conference as it was when an update is invalid', async () => {
    const backend = openTestBackend(useTempDir());
    const created = await call(backend.dispatch, 'conference.create', makeConferenceInput());
    const rowsBefore = countRows(backend.databaseFile);
    const error = await callError(backend.dispatch, 'conference.update', {
      ...makeUpdateInput(created, { reference: 'Uusi tunnus', children: [makeChild({ firstName: '' })] }),
    });
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['children', 0, 'firstName'], message: 'validation.required' }],
    });
    expect(await call(backend.dispatch, 'conference.get', { id: created.id })).toEqual(created);
    expect(countRows(backend.databaseFile)).toEqual(rowsBefore);
  });

  it('refuses closing for another reason without saying what it was', async () => {
    const backend = openTestBackend(useTempDir());
    const created = await call(backend.dispatch, 'conference.create', makeConferenceInput());
    const error = await callError(backend.dispatch, 'conference.close', {
      id: created.id,
      version: 1,
      reason: 'other',
      text: '  ',
    });
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['text'], message: 'validation.closeReasonText' }],
    });
    expect((await call(backend.dispatch, 'conference.get', { id: created.id })).closure).toBeNull();
  });

  it('refuses an id that is not an id before looking anything up', async () => {
    const backend = openTestBackend(useTempDir());
    const error = await callError(backend.dispatch, 'conference.get', { id: '../../etc/passwd' });
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: ['id'], message: 'validation.id' }] });
  });
});

describe('unexpected failures', () => {
  /** A data dir with one conference and a trigger that makes every guardian insert fail. */
  async function backendThatFailsOnGuardians() {
    const dir = useTempDir();
    const setup = openTestBackend(dir);
    const existing = await call(setup.dispatch, 'conference.create', makeConferenceInput());
    setup.close();
    const raw = openTestDatabaseFile(setup.databaseFile, { writable: true });
    raw.exec(`CREATE TRIGGER test_refuse_guardian BEFORE INSERT ON conference_guardian
              BEGIN SELECT RAISE(ABORT, 'secret detail from the trigger'); END`);
    raw.close();
    const logError = vi.fn();
    const backend = openTestBackend(dir, { logError });
    return { backend, existing, logError, rowsBefore: countRows(backend.databaseFile) };
  }

  it('answers internal without details, logs the error and writes nothing on create', async () => {
    const { backend, logError, rowsBefore } = await backendThatFailsOnGuardians();
    const error = await callError(backend.dispatch, 'conference.create', makeConferenceInput({ reference: 'Öhman 2/2027' }));
    expect(error.code).toBe('internal');
    expect(error.message).not.toMatch(/secret|trigger|SqliteError|\bat\b|\n/);
    expect(JSON.stringify(error)).not.toMatch(/stack|secret/);
    expect(logError).toHaveBeenCalledTimes(1);
    expect(logError).toHaveBeenCalledWith(expect.any(Error), 'conference.create');
    // The conference row and its children were inserted before the guardian failed: all rolled back.
    expect(countRows(backend.databaseFile)).toEqual(rowsBefore);
    const list = await call(backend.dispatch, 'conference.list', { phase: 'all' }).then((page) => page.items);
    expect(list.map((c) => c.reference)).toEqual(['Äijälä 1/2027']);
  });

  it('rolls back the fields of an update that fails half way', async () => {
    const { backend, existing } = await backendThatFailsOnGuardians();
    const error = await callError(
      backend.dispatch,
      'conference.update',
      makeUpdateInput(existing, {
        reference: 'Äijälä muutettu',
        phase: 'valmistelu',
        children: [makeChild({ firstName: 'Cabdi' })],
        guardians: [{ name: 'Faadumo Cabdi' }],
        removedChildIds: existing.children.map((child) => child.id),
        removedGuardianIds: existing.guardians.map((guardian) => guardian.id),
      }),
    );
    expect(error.code).toBe('internal');
    expect(await call(backend.dispatch, 'conference.get', { id: existing.id })).toEqual(existing);
  });

  it('keeps working after an internal error', async () => {
    const { backend } = await backendThatFailsOnGuardians();
    await callError(backend.dispatch, 'conference.create', makeConferenceInput());
    const created = await call(backend.dispatch, 'conference.create', makeConferenceInput({ guardians: [] }));
    expect(await call(backend.dispatch, 'conference.get', { id: created.id })).toEqual(created);
  });
});
