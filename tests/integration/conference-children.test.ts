import { describe, expect, it } from 'vitest';
import type { Child } from '../../electron/shared/conference/conference.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { makeConferenceInput, makeUpdateInput } from '../fixtures/conference';
import { makeMemberInput } from '../fixtures/preparation';
import { call, callError, countRows, openTestBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

const HOUSES = {
  worries: 'Että äiti on väsynyt aamuisin.',
  goodThings: 'Mummon pullat ja jalkapallo.',
  dreams: 'Oma huone ja koira nimeltä Öljy.',
};

/**
 * A conference whose first child Äijö has every kind of record a child can have: he took
 * part in the commission agreement, takes part through his support person Aune, and on the
 * meeting day he was heard and made a Three Houses record in his own words. Maija, the
 * guardian, took part in the agreement too.
 */
async function childWithRecords() {
  const backend = openTestBackend(useTempDir());
  const { dispatch } = backend;
  const conference = await call(dispatch, 'conference.create', makeConferenceInput());
  const [aijo, sanni] = conference.children as [Child, Child];
  const maija = conference.guardians[0]!;
  const before = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
  const { version: _v, updatedAt: _u, ...commission } = before.commission;
  await call(dispatch, 'commission.update', {
    ...commission,
    conferenceId: conference.id,
    version: before.commission.version,
    agreedDate: '2027-01-11',
    childIds: [aijo.id],
    guardianIds: [maija.id],
  });
  await call(
    dispatch,
    'network.addMember',
    makeMemberInput(conference.id, { name: 'Aune Äijälä', supportForChildIds: [aijo.id] }),
  );
  let prep = await call(dispatch, 'network.updateChild', {
    conferenceId: conference.id,
    childId: aijo.id,
    version: 1,
    participation: 'support_person',
    note: 'Haluaa istua mummon vieressä.',
  });
  prep = await call(dispatch, 'meetingDay.setChild', {
    meetingId: prep.meetings[0]!.id,
    childId: aijo.id,
    version: 1,
    heard: 'support_person',
    note: 'Aune kertoi Äijön terveiset.',
    threeHouses: HOUSES,
  });
  return { backend, dispatch, conference: prep.conference, aijo, sanni, maija, prep };
}

type Setup = Awaited<ReturnType<typeof childWithRecords>>;

/** Äijö's records as the API shows them, each kind on its own. */
function recordsOf(prep: Preparation, childId: string) {
  return {
    commission: prep.commission.childIds.includes(childId),
    participation: prep.children.find((c) => c.childId === childId),
    supportPerson: prep.members.find((m) => m.supportForChildIds.includes(childId))?.name,
    heard: prep.meetings[0]!.day.children.find((c) => c.childId === childId),
  };
}

function expectAllRecordsOf(prep: Preparation, childId: string) {
  expect(recordsOf(prep, childId)).toMatchObject({
    commission: true,
    participation: { childId, participation: 'support_person', note: 'Haluaa istua mummon vieressä.' },
    supportPerson: 'Aune Äijälä',
    heard: { childId, heard: 'support_person', note: 'Aune kertoi Äijön terveiset.', threeHouses: HOUSES },
  });
}

async function expectNothingChanged(s: Setup, rowsBefore: ReturnType<typeof countRows>) {
  expect(countRows(s.backend.databaseFile)).toEqual(rowsBefore);
  expect(await call(s.dispatch, 'preparation.get', { conferenceId: s.conference.id })).toEqual(s.prep);
}

describe('editing the children of a conference keeps their records', () => {
  it('renaming a child keeps its id and every record', async () => {
    const s = await childWithRecords();
    const updated = await call(
      s.dispatch,
      'conference.update',
      makeUpdateInput(s.conference, { children: [{ ...s.aijo, firstName: 'Äijö-Petteri' }, s.sanni] }),
    );
    expect(updated.children.map((c) => [c.id, c.firstName])).toEqual([
      [s.aijo.id, 'Äijö-Petteri'],
      [s.sanni.id, 'Sanni-Öhman'],
    ]);
    const prep = await call(s.dispatch, 'preparation.get', { conferenceId: s.conference.id });
    expectAllRecordsOf(prep, s.aijo.id);
  });

  it('refuses an update that sends the child without its id, and deletes nothing', async () => {
    const s = await childWithRecords();
    const rowsBefore = countRows(s.backend.databaseFile);
    const error = await callError(
      s.dispatch,
      'conference.update',
      makeUpdateInput(s.conference, { children: [{ firstName: 'Äijö', birthYear: s.aijo.birthYear }, s.sanni] }),
    );
    expect(error.code).toBe('conflict');
    // The refusal says who would go and with what.
    expect(error.message).toContain('Äijö');
    expect(error.message).toMatch(/Three Houses/);
    expect(error.message).toMatch(/support person/);
    expect(error.message).toMatch(/commission/);
    await expectNothingChanged(s, rowsBefore);
    expectAllRecordsOf(s.prep, s.aijo.id);
  });

  it('refuses a child id that is not a child of this conference, on that child', async () => {
    const s = await childWithRecords();
    const other = await call(s.dispatch, 'conference.create', makeConferenceInput({ reference: 'Toinen 2/2027' }));
    const rowsBefore = countRows(s.backend.databaseFile);
    const error = await callError(
      s.dispatch,
      'conference.update',
      makeUpdateInput(s.conference, { children: [s.aijo, s.sanni, { ...other.children[0]!, firstName: 'Cabdi' }] }),
    );
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['children', 2, 'id'], message: 'validation.childUnknown' }],
    });
    await expectNothingChanged(s, rowsBefore);
    expect(await call(s.dispatch, 'conference.get', { id: other.id })).toEqual(other);
  });

  it('refuses the same child twice instead of making a copy', async () => {
    const s = await childWithRecords();
    const rowsBefore = countRows(s.backend.databaseFile);
    const error = await callError(
      s.dispatch,
      'conference.update',
      makeUpdateInput(s.conference, { children: [s.aijo, s.sanni, { ...s.aijo, firstName: 'Cabdi' }] }),
    );
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['children', 2, 'id'], message: 'validation.listedTwice' }],
    });
    await expectNothingChanged(s, rowsBefore);
  });

  it('adds a child sent without an id as a new child, keeping the others and their records', async () => {
    const s = await childWithRecords();
    const updated = await call(
      s.dispatch,
      'conference.update',
      makeUpdateInput(s.conference, { children: [s.aijo, s.sanni, { firstName: 'Cabdi', birthYear: 2020 }] }),
    );
    expect(updated.children.slice(0, 2)).toEqual([s.aijo, s.sanni]);
    expect(updated.children[2]).toMatchObject({ firstName: 'Cabdi', birthYear: 2020 });
    expect([s.aijo.id, s.sanni.id]).not.toContain(updated.children[2]!.id);
    expectAllRecordsOf(await call(s.dispatch, 'preparation.get', { conferenceId: s.conference.id }), s.aijo.id);
  });

  it('removes a child with records only when the input names it, and then its records go with it', async () => {
    const s = await childWithRecords();
    const refused = await callError(
      s.dispatch,
      'conference.update',
      makeUpdateInput(s.conference, { children: [s.sanni] }),
    );
    expect(refused.code).toBe('conflict');

    const updated = await call(
      s.dispatch,
      'conference.update',
      makeUpdateInput(s.conference, { children: [s.sanni], removedChildIds: [s.aijo.id] }),
    );
    expect(updated.children).toEqual([s.sanni]);
    const prep = await call(s.dispatch, 'preparation.get', { conferenceId: s.conference.id });
    expect(recordsOf(prep, s.aijo.id)).toEqual({
      commission: false,
      participation: undefined,
      supportPerson: undefined,
      heard: undefined,
    });
    // The support person stays in the network (beside the guardian): only the link to the child went.
    expect(prep.members.map((m) => m.name)).toEqual(['Maija Äijälä', 'Aune Äijälä']);
  });

  it('refuses a removal that names a child who is not removed or not of this conference', async () => {
    const s = await childWithRecords();
    const rowsBefore = countRows(s.backend.databaseFile);
    const kept = await callError(
      s.dispatch,
      'conference.update',
      makeUpdateInput(s.conference, { removedChildIds: [s.aijo.id] }),
    );
    expect(kept).toMatchObject({ code: 'invalid_input', issues: [{ path: ['removedChildIds', 0] }] });
    const unknown = await callError(
      s.dispatch,
      'conference.update',
      makeUpdateInput(s.conference, { removedChildIds: ['99999999-9999-4999-8999-999999999999'] }),
    );
    expect(unknown).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['removedChildIds', 0], message: 'validation.childUnknown' }],
    });
    await expectNothingChanged(s, rowsBefore);
  });
});

describe('editing the guardians of a conference keeps their records', () => {
  it('refuses to drop a guardian who took part in the commission agreement unless the input names them', async () => {
    const s = await childWithRecords();
    const rowsBefore = countRows(s.backend.databaseFile);
    const withoutId = await callError(
      s.dispatch,
      'conference.update',
      makeUpdateInput(s.conference, { guardians: [{ name: 'Maija Äijälä' }] }),
    );
    expect(withoutId.code).toBe('conflict');
    expect(withoutId.message).toContain('Maija Äijälä');
    expect(withoutId.message).toMatch(/commission/);
    await expectNothingChanged(s, rowsBefore);

    const renamed = await call(
      s.dispatch,
      'conference.update',
      makeUpdateInput(s.conference, { guardians: [{ ...s.maija, name: 'Maija Äijälä-Öhman' }] }),
    );
    expect(renamed.guardians).toEqual([{ id: s.maija.id, name: 'Maija Äijälä-Öhman', memberId: s.maija.memberId }]);
    let prep = await call(s.dispatch, 'preparation.get', { conferenceId: s.conference.id });
    expect(prep.commission.guardianIds).toEqual([s.maija.id]);

    await call(s.dispatch, 'conference.update', makeUpdateInput(renamed, { guardians: [], removedGuardianIds: [s.maija.id] }));
    prep = await call(s.dispatch, 'preparation.get', { conferenceId: s.conference.id });
    expect(prep.conference.guardians).toEqual([]);
    expect(prep.commission.guardianIds).toEqual([]);
  });

  it('refuses a guardian id that is not a guardian of this conference', async () => {
    const s = await childWithRecords();
    const rowsBefore = countRows(s.backend.databaseFile);
    const error = await callError(
      s.dispatch,
      'conference.update',
      makeUpdateInput(s.conference, { guardians: [s.maija, { id: s.aijo.id, name: 'Pekka Öhman' }] }),
    );
    expect(error).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['guardians', 1, 'id'], message: 'validation.guardianUnknown' }],
    });
    await expectNothingChanged(s, rowsBefore);
  });
});
