import { describe, expect, it } from 'vitest';
import type { FeedbackResponse } from '../../electron/shared/feedback/feedback.schema';
import { makeConferenceInput } from '../fixtures/conference';
import { planUpdate } from '../fixtures/record-updates';
import { call, callError, countRows, openTestBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/*
 * The participants' feedback forms returned at a meeting (issue 15): recorded per group without
 * names, all of a meeting's forms under one version, in the preparation one entry per meeting.
 */

const FORMS: FeedbackResponse[] = [
  { group: 'parents', satisfaction: 9, heard: 'yes', planHelps: 'yes' },
  { group: 'parents', satisfaction: 7, heard: 'partly', planHelps: 'yes' },
  { group: 'child', satisfaction: 10, heard: 'yes', planHelps: null },
  { group: 'family', satisfaction: null, heard: 'no', planHelps: 'partly' },
  { group: 'workers', satisfaction: 8, heard: 'yes', planHelps: 'no' },
];

async function conferenceWithFollowUp(dir = useTempDir()) {
  const backend = openTestBackend(dir);
  const { dispatch } = backend;
  const conference = await call(dispatch, 'conference.create', makeConferenceInput());
  let prep = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
  const created = await call(dispatch, 'plan.create', { meetingId: prep.meetings[0]!.id });
  const plan = created.plans[0]!;
  prep = await call(dispatch, 'plan.update', planUpdate(plan, { decision: { outcome: 'accepted', reasons: '', date: '2027-02-24' } }));
  prep = await call(dispatch, 'followUp.create', { planId: plan.id, version: prep.plans[0]!.version, date: '2027-06-10' });
  return { backend, dispatch, conference, prep, meetingId: prep.meetings[0]!.id, followUpId: prep.meetings[1]!.id };
}

describe('feedback.save', () => {
  it('shows version 1 and no forms for every meeting before anything is recorded', async () => {
    const s = await conferenceWithFollowUp();
    expect(s.prep.feedback).toEqual([
      { meetingId: s.meetingId, version: 1, responses: [] },
      { meetingId: s.followUpId, version: 1, responses: [] },
    ]);
  });

  it('records the forms of one meeting, keeps them after the backend is reopened, and replaces them on the next version', async () => {
    const dir = useTempDir();
    const s = await conferenceWithFollowUp(dir);
    let prep = await call(s.dispatch, 'feedback.save', { meetingId: s.meetingId, version: 1, responses: FORMS });
    expect(prep.feedback).toEqual([
      { meetingId: s.meetingId, version: 2, responses: FORMS },
      { meetingId: s.followUpId, version: 1, responses: [] },
    ]);
    expect(countRows(s.backend.databaseFile)).toMatchObject({ meeting_feedback: 1, meeting_feedback_response: 5 });

    await call(s.dispatch, 'feedback.save', { meetingId: s.followUpId, version: 1, responses: [FORMS[0]!] });
    prep = await call(s.dispatch, 'feedback.save', { meetingId: s.meetingId, version: 2, responses: FORMS.slice(1, 3) });
    expect(prep.feedback[0]).toEqual({ meetingId: s.meetingId, version: 3, responses: FORMS.slice(1, 3) });
    expect(prep.feedback[1]).toEqual({ meetingId: s.followUpId, version: 2, responses: [FORMS[0]] });

    s.backend.close();
    const reopened = openTestBackend(dir);
    expect(await call(reopened.dispatch, 'preparation.get', { conferenceId: s.conference.id })).toEqual(prep);
    expect(countRows(reopened.databaseFile)).toMatchObject({ meeting_feedback: 2, meeting_feedback_response: 3 });
  });

  it('refuses a stale version and writes nothing', async () => {
    const s = await conferenceWithFollowUp();
    const saved = await call(s.dispatch, 'feedback.save', { meetingId: s.meetingId, version: 1, responses: FORMS });
    const before = countRows(s.backend.databaseFile);
    for (const version of [1, 3, 9]) {
      const error = await callError(s.dispatch, 'feedback.save', { meetingId: s.meetingId, version, responses: [] });
      expect(error.code, String(version)).toBe('conflict');
    }
    // Before its first save, a meeting's feedback is at version 1 only.
    expect((await callError(s.dispatch, 'feedback.save', { meetingId: s.followUpId, version: 2, responses: [] })).code).toBe('conflict');
    expect(countRows(s.backend.databaseFile)).toEqual(before);
    expect(await call(s.dispatch, 'preparation.get', { conferenceId: s.conference.id })).toEqual(saved);
  });

  it('refuses a closed conference until it is reopened', async () => {
    const s = await conferenceWithFollowUp();
    const closed = await call(s.dispatch, 'conference.close', { id: s.conference.id, version: s.prep.conference.version, reason: 'plan_made', text: '' });
    const error = await callError(s.dispatch, 'feedback.save', { meetingId: s.meetingId, version: 1, responses: FORMS });
    expect(error.code).toBe('conflict');
    expect(countRows(s.backend.databaseFile)).toMatchObject({ meeting_feedback: 0, meeting_feedback_response: 0 });
    await call(s.dispatch, 'conference.reopen', { id: s.conference.id, version: closed.version });
    const prep = await call(s.dispatch, 'feedback.save', { meetingId: s.meetingId, version: 1, responses: FORMS });
    expect(prep.feedback[0]!.responses).toHaveLength(5);
  });

  it('refuses a score of 11, 0 or 7.5 and an unknown group or answer, with the field named', async () => {
    const s = await conferenceWithFollowUp();
    for (const satisfaction of [11, 0, 7.5]) {
      const error = await callError(s.dispatch, 'feedback.save', {
        meetingId: s.meetingId,
        version: 1,
        responses: [FORMS[0], { ...FORMS[1], satisfaction }],
      });
      expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: ['responses', 1, 'satisfaction'], message: 'validation.satisfaction' }] });
    }
    const group = await callError(s.dispatch, 'feedback.save', { meetingId: s.meetingId, version: 1, responses: [{ ...FORMS[0], group: 'neighbours' }] });
    expect(group.issues).toEqual([{ path: ['responses', 0, 'group'], message: 'validation.choice' }]);
    const heard = await callError(s.dispatch, 'feedback.save', { meetingId: s.meetingId, version: 1, responses: [{ ...FORMS[0], heard: 'maybe' }] });
    expect(heard.issues).toEqual([{ path: ['responses', 0, 'heard'], message: 'validation.choice' }]);
    expect(countRows(s.backend.databaseFile)).toMatchObject({ meeting_feedback: 0, meeting_feedback_response: 0 });
  });

  it('refuses an unknown meeting', async () => {
    const s = await conferenceWithFollowUp();
    const error = await callError(s.dispatch, 'feedback.save', { meetingId: '66666666-6666-4666-8666-666666666699', version: 1, responses: FORMS });
    expect(error.code).toBe('not_found');
    expect(countRows(s.backend.databaseFile)).toMatchObject({ meeting_feedback: 0 });
  });

  it('keeps no name or comment: one sent along with a form is not stored', async () => {
    const s = await conferenceWithFollowUp();
    const prep = await call(s.dispatch, 'feedback.save', {
      meetingId: s.meetingId,
      version: 1,
      responses: [{ ...FORMS[0]!, name: 'Maija Äijälä', comment: 'Hyvä tapaaminen' } as FeedbackResponse],
    });
    expect(prep.feedback[0]!.responses).toEqual([FORMS[0]]);
    expect(JSON.stringify(await call(s.dispatch, 'preparation.get', { conferenceId: s.conference.id }))).not.toMatch(/Hyvä tapaaminen/);
  });
});
