import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Child } from '../../electron/shared/conference/conference.schema';
import { makeConferenceInput, makeUpdateInput } from '../fixtures/conference';
import { makeMemberInput, memberNamed } from '../fixtures/preparation';
import { followUpSummaryUpdate, planUpdate, review } from '../fixtures/record-updates';
import { call, callError, countRows, makeClock, openTestBackend } from '../helpers/backend';
import { docxText } from '../helpers/docx';
import { useTempDir } from '../helpers/temp-dir';

/*
 * A child of the conference doing a task of the family's plan, through the dispatcher on a
 * real database: the plan names the child, the plan paper shows the child as the child
 * (never with contact details), an accepted plan keeps the child's name as it was, the
 * follow-up record names the child, and the child cannot be removed while the task is theirs.
 */

const member = (memberId: string) => ({ kind: 'member' as const, memberId });
const child = (childId: string) => ({ kind: 'child' as const, childId });

/** Äijö (born 2013) wakes up by his own alarm; grandmother Aune walks Sanni to school. */
async function childWithTask() {
  const clock = makeClock(new Date('2027-02-24T11:00:00.000Z'));
  const backend = openTestBackend(useTempDir(), { now: clock.now });
  const { dispatch } = backend;
  const conference = await call(
    dispatch,
    'conference.create',
    makeConferenceInput({ children: [{ firstName: 'Äijö', birthYear: 2013 }, { firstName: 'Sanni', birthYear: 2019 }] }),
  );
  const [aijo, sanni] = conference.children as [Child, Child];
  const withMember = await call(
    dispatch,
    'network.addMember',
    makeMemberInput(conference.id, { name: 'Aune Äijälä', relation: 'mummo', phone: '040 765 4321' }),
  );
  const aune = memberNamed(withMember, 'Aune Äijälä').id;
  const created = await call(dispatch, 'plan.create', { meetingId: withMember.meetings[0]!.id });
  const prep = await call(
    dispatch,
    'plan.update',
    planUpdate(created.plans[0]!, {
      items: [
        { what: 'Äijö laittaa itse herätyksen kouluaamuiksi.', owner: child(aijo.id), checker: member(aune) },
        { what: 'Mummo saattaa Sannin kouluun.', owner: member(aune) },
      ],
      followUpDate: '2027-06-09',
    }),
  );
  return { backend, dispatch, clock, conference: prep.conference, aijo, sanni, aune, plan: prep.plans[0]! };
}

describe('a child who does a task in the plan', () => {
  it('is stored as the task’s owner, and only a child of this conference can be one', async () => {
    const { dispatch, plan, aijo, aune } = await childWithTask();
    expect(plan.items.map((item) => [item.what, item.owner])).toEqual([
      ['Äijö laittaa itse herätyksen kouluaamuiksi.', child(aijo.id)],
      ['Mummo saattaa Sannin kouluun.', member(aune)],
    ]);

    const other = await call(dispatch, 'conference.create', makeConferenceInput({ reference: 'Öhman 2/2027' }));
    const stranger = await callError(
      dispatch,
      'plan.update',
      planUpdate(plan, { items: [{ what: 'Cabdi siivoaa huoneensa.', owner: child(other.children[0]!.id) }] }),
    );
    expect(stranger).toMatchObject({ code: 'invalid_input', issues: [{ path: ['items', 0, 'owner'], message: 'validation.planOwner' }] });
    // Only a task has a child's option: a child does not check a task or give support as a service.
    const checker = await callError(
      dispatch,
      'plan.update',
      // @ts-expect-error -- the input's type refuses a child checker too; this is what another client could send.
      planUpdate(plan, { items: [{ what: 'Mummo saattaa Sannin kouluun.', owner: member(aune), checker: child(aijo.id) }] }),
    );
    expect(checker).toMatchObject({ code: 'invalid_input', issues: [{ path: ['items', 0, 'checker', 'kind'] }] });
  });

  it('is named on the plan paper by first name as the child, and never listed with contact details', async () => {
    const { dispatch, plan } = await childWithTask();
    const text = docxText((await call(dispatch, 'documents.plan', { planId: plan.id, batch: randomUUID() })).bytes);
    expect(text).toContain('Äijö laittaa itse herätyksen kouluaamuiksi.\nÄijö\nlapsi');
    const contacts = text.slice(text.indexOf('Tehtävät ja yhteystiedot'));
    expect(contacts).toContain('Aune Äijälä\nmummo\n040 765 4321');
    expect(contacts).not.toContain('Äijö');
  });

  it('keeps the name it had when the plan was accepted, on the paper and in the follow-up record', async () => {
    const { dispatch, clock, plan, aijo } = await childWithTask();
    const accepted = await call(
      dispatch,
      'plan.update',
      planUpdate(plan, { decision: { outcome: 'accepted', reasons: '', date: '2027-02-24' } }),
    );
    const renamed = await call(
      dispatch,
      'conference.update',
      makeUpdateInput(accepted.conference, {
        children: accepted.conference.children.map((c) => (c.id === aijo.id ? { ...c, firstName: 'Äijö-Petteri' } : c)),
      }),
    );
    expect(renamed.children[0]!.firstName).toBe('Äijö-Petteri');
    const prep = await call(dispatch, 'preparation.get', { conferenceId: renamed.id });
    const decided = prep.plans[0]!;
    expect(decided.kept?.children).toEqual([
      { id: aijo.id, firstName: 'Äijö', birthYear: 2013 },
      expect.objectContaining({ firstName: 'Sanni' }),
    ]);
    const paper = docxText((await call(dispatch, 'documents.plan', { planId: decided.id, batch: randomUUID() })).bytes);
    expect(paper).toContain('Äijö laittaa itse herätyksen kouluaamuiksi.\nÄijö\nlapsi');
    expect(paper).not.toContain('Äijö-Petteri');

    clock.advanceMinutes(60 * 24 * 100);
    const withFollowUp = await call(dispatch, 'followUp.create', { planId: decided.id, version: decided.version });
    const followUp = withFollowUp.followUps[0]!;
    await call(dispatch, 'followUp.updateSummary', followUpSummaryUpdate(followUp, { worked: 'Aamut sujuvat.' }));
    await call(dispatch, 'followUp.reviewItem', review(followUp, decided.items[0]!.id, 'done', 'Joka aamu itse.'));
    const record = docxText(
      (await call(dispatch, 'documents.followUp', { meetingId: withFollowUp.meetings[1]!.id, batch: randomUUID() })).bytes,
    );
    expect(record).toContain('Äijö laittaa itse herätyksen kouluaamuiksi.\nÄijö, lapsi\nTehty\nJoka aamu itse.');
  });

  it('cannot be removed from the conference while the task is theirs; once it is not, the child can go', async () => {
    const { backend, dispatch, conference, plan, aijo, sanni, aune } = await childWithTask();
    const rowsBefore = countRows(backend.databaseFile);
    const refused = await callError(
      dispatch,
      'conference.update',
      makeUpdateInput(conference, { children: [sanni], removedChildIds: [aijo.id] }),
    );
    expect(refused.code).toBe('conflict');
    expect(refused.message).toContain('Äijö does a task in the family');
    expect(countRows(backend.databaseFile)).toEqual(rowsBefore);

    const changed = await call(
      dispatch,
      'plan.update',
      planUpdate(plan, { items: [{ what: 'Mummo herättää Äijön.', owner: member(aune) }] }),
    );
    const removed = await call(
      dispatch,
      'conference.update',
      makeUpdateInput(changed.conference, { children: [sanni], removedChildIds: [aijo.id] }),
    );
    expect(removed.children.map((c) => c.firstName)).toEqual(['Sanni']);
  });
});
