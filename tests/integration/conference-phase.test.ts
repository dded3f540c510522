import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../electron/shared/api/contract';
import { planFieldsSchema, type Plan } from '../../electron/shared/plan/plan.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { makeConferenceInput, makeUpdateInput } from '../fixtures/conference';
import { makeMemberInput } from '../fixtures/preparation';
import { call, callError, countRows, makeClock, openTestBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/** A conference held on 3.3.2027 whose plan the social worker accepted the same day: it is in "Seuranta". */
async function conferenceWithAcceptedPlan() {
  const clock = makeClock(new Date('2027-03-03T08:00:00.000Z'));
  const backend = openTestBackend(useTempDir(), { now: clock.now });
  const { dispatch } = backend;
  const conference = await call(dispatch, 'conference.create', makeConferenceInput());
  const withMember = await call(dispatch, 'network.addMember', makeMemberInput(conference.id));
  const meetingId = withMember.meetings[0]!.id;
  await call(dispatch, 'meetingDay.timer', { meetingId, part: 'information', action: 'start' });
  const plan = (await call(dispatch, 'plan.create', { meetingId })).plans[0]!;
  // The plan as it stands (an update takes the complete record), with one task and the decision.
  const fields = Object.fromEntries(Object.keys(planFieldsSchema.shape).map((key) => [key, plan[key as keyof Plan]]));
  const prep = await call(dispatch, 'plan.update', {
    ...(fields as MethodInput<'plan.update'>),
    id: plan.id,
    version: plan.version,
    items: [
      {
        questionId: null,
        what: 'Mummo herättää Äijön koulupäivinä klo 7.',
        owner: { kind: 'member', memberId: withMember.members[0]!.id },
        fromDate: null,
        byDate: null,
        followUp: '',
        checker: null,
        bottomLineIds: [],
      },
    ],
    decision: { outcome: 'accepted', reasons: '', date: '2027-03-03' },
  });
  return { backend, dispatch, clock, prep, conference: prep.conference, meetingId };
}

type Setup = Awaited<ReturnType<typeof conferenceWithAcceptedPlan>>;

async function prepOf(s: Setup): Promise<Preparation> {
  return call(s.dispatch, 'preparation.get', { conferenceId: s.conference.id });
}

describe('moving a conference by hand to a phase before what is recorded', () => {
  it('refuses to move back to "Toimeksianto" with an accepted plan, saying so, and changes nothing', async () => {
    const s = await conferenceWithAcceptedPlan();
    expect(s.conference.phase).toBe('seuranta');
    const rowsBefore = countRows(s.backend.databaseFile);
    const error = await callError(s.dispatch, 'conference.update', makeUpdateInput(s.conference, { phase: 'toimeksianto' }));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/plan was accepted on 2027-03-03/);
    expect(error.message).toMatch(/confirmEarlierPhase/);
    expect(countRows(s.backend.databaseFile)).toEqual(rowsBefore);
    expect(await prepOf(s)).toEqual(s.prep);
  });

  it('refuses "Neuvonpito" too: the accepted plan belongs to "Seuranta"', async () => {
    const s = await conferenceWithAcceptedPlan();
    const error = await callError(s.dispatch, 'conference.update', makeUpdateInput(s.conference, { phase: 'neuvonpito' }));
    expect(error.code).toBe('conflict');
    expect(error.message).not.toMatch(/meeting was started/);
  });

  it('moves back when the input confirms it, and deletes nothing', async () => {
    const s = await conferenceWithAcceptedPlan();
    const moved = await call(
      s.dispatch,
      'conference.update',
      makeUpdateInput(s.conference, { phase: 'toimeksianto', confirmEarlierPhase: true }),
    );
    expect(moved.phase).toBe('toimeksianto');
    const after = await prepOf(s);
    expect({ ...after, conference: s.prep.conference }).toEqual(s.prep);
    // A later save of the form keeps the phase it was moved to without asking again.
    const saved = await call(s.dispatch, 'conference.update', makeUpdateInput(moved, { notes: 'Perhe muutti.' }));
    expect(saved).toMatchObject({ phase: 'toimeksianto', notes: 'Perhe muutti.' });
  });

  it('refuses a move before the started meeting when no plan is recorded, and allows forward moves', async () => {
    const clock = makeClock(new Date('2027-02-24T09:00:00.000Z'));
    const { dispatch } = openTestBackend(useTempDir(), { now: clock.now });
    const conference = await call(dispatch, 'conference.create', makeConferenceInput());
    // Nothing recorded: any open phase, back and forth.
    const preparing = await call(dispatch, 'conference.update', makeUpdateInput(conference, { phase: 'valmistelu' }));
    const back = await call(dispatch, 'conference.update', makeUpdateInput(preparing, { phase: 'toimeksianto' }));
    const prep = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    const started = await call(dispatch, 'meetingDay.timer', {
      meetingId: prep.meetings[0]!.id,
      part: 'information',
      action: 'start',
    });
    expect(started.conference.phase).toBe('neuvonpito');
    const error = await callError(dispatch, 'conference.update', makeUpdateInput(started.conference, { phase: 'valmistelu' }));
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/meeting was started on 2027-02-24/);
    const forward = await call(dispatch, 'conference.update', makeUpdateInput(started.conference, { phase: 'seuranta' }));
    expect(forward.phase).toBe('seuranta');
    expect(back.phase).toBe('toimeksianto');
  });
});
