import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { insertMeeting } from '../../electron/backend/features/arrangements/meeting.repo';
import { DOCX_MIME } from '../../electron/shared/documents/documents.schema';
import { makeConferenceInput } from '../fixtures/conference';
import { makeMemberInput, memberNamed } from '../fixtures/preparation';
import { followUpSummaryUpdate, planUpdate, review } from '../fixtures/record-updates';
import { call, callError, countRows, makeClock, openTestBackend, openTestDatabaseFile } from '../helpers/backend';
import { docxText } from '../helpers/docx';
import { useTempDir } from '../helpers/temp-dir';

/*
 * documents.followUp through the dispatcher on a real database: the record of a follow-up
 * meeting as a Word file, and the refusals of a meeting that is not a follow-up meeting,
 * one without a follow-up record, and an unknown one. Nothing is written.
 */

const member = (memberId: string) => ({ kind: 'member' as const, memberId });

/** A conference whose accepted plan has two items, followed up on 9.6.2027 with one item reviewed. */
async function followedUp() {
  const dir = useTempDir();
  const clock = makeClock(new Date('2027-02-24T11:00:00.000Z'));
  const backend = openTestBackend(dir, { now: clock.now });
  const { dispatch } = backend;
  const conference = await call(dispatch, 'conference.create', makeConferenceInput());
  const withMember = await call(dispatch, 'network.addMember', makeMemberInput(conference.id, { name: 'Aune Äijälä', relation: 'mummo' }));
  const aune = memberNamed(withMember, 'Aune Äijälä').id;
  const conferenceMeetingId = withMember.meetings[0]!.id;
  const created = await call(dispatch, 'plan.create', { meetingId: conferenceMeetingId });
  const planned = await call(
    dispatch,
    'plan.update',
    planUpdate(created.plans[0]!, {
      items: [
        { what: 'Mummo herättää lapset koulupäivinä klo 7.', owner: member(aune) },
        { what: 'Sosiaalityöntekijä järjestää perhetyön.', owner: { kind: 'social_worker' as const } },
      ],
      followUpDate: '2027-06-09',
      decision: { outcome: 'accepted', reasons: '', date: '2027-02-24' },
    }),
  );
  const plan = planned.plans[0]!;
  clock.advanceMinutes(60 * 24 * 90);
  const withFollowUp = await call(dispatch, 'followUp.create', { planId: plan.id, version: plan.version });
  const meetingId = withFollowUp.meetings[1]!.id;
  const followUp = withFollowUp.followUps[0]!;
  await call(
    dispatch,
    'followUp.updateSummary',
    followUpSummaryUpdate(followUp, { worked: 'Aamut ovat sujuneet.', questions: [{ text: 'Miten illat järjestetään?' }] }),
  );
  const prep = await call(dispatch, 'followUp.reviewItem', review(followUp, plan.items[0]!.id, 'done', 'Joka aamu.'));
  return { backend, dispatch, conference, conferenceMeetingId, meetingId, prep };
}

describe('documents.followUp', () => {
  it('makes the follow-up meeting’s record as a Word file named by paper and date', async () => {
    const { dispatch, meetingId } = await followedUp();
    const file = await call(dispatch, 'documents.followUp', { meetingId, batch: randomUUID() });
    expect(file.name).toBe('Seurantakokouksen muistio 2027-06-09.docx');
    expect(file.mimeType).toBe(DOCX_MIME);
    const text = docxText(file.bytes);
    expect(text).toContain('Seurantakokouksen muistio\nLapset\nÄijö ja Sanni-Öhman\nSeurantakokous\nkeskiviikkona 9. kesäkuuta 2027');
    expect(text).toContain('Mikä suunnitelmassa on toiminut ja voi jatkua\nAamut ovat sujuneet.');
    expect(text).toContain('Kysymykset verkostolle\nMiten illat järjestetään?');
    expect(text).toContain('Mummo herättää lapset koulupäivinä klo 7.\nAune Äijälä, mummo\nTehty\nJoka aamu.');
    expect(text).toContain('Sosiaalityöntekijä järjestää perhetyön.\nLeena Korhonen, sosiaalityöntekijä\nEi käsitelty');
    // Nothing recorded of the day or the outcome yet: those parts are left out.
    expect(text).not.toContain('\nLäsnä\n');
    expect(text).not.toContain('\nKokouksen päätös\n');
  });

  it('refuses the conference meeting, which is not a follow-up meeting, with invalid_input and writes nothing', async () => {
    const { backend, dispatch, conferenceMeetingId } = await followedUp();
    const before = countRows(backend.databaseFile);
    const error = await callError(dispatch, 'documents.followUp', { meetingId: conferenceMeetingId });
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: ['meetingId'], message: 'documents.error.notFollowUp' }] });
    expect(countRows(backend.databaseFile)).toEqual(before);
  });

  it('refuses a follow-up meeting without a follow-up record, and an unknown meeting', async () => {
    const { backend, dispatch, conference } = await followedUp();
    // A follow-up meeting from before follow-ups were recorded has a meeting but no record.
    const bare = randomUUID();
    const db = openTestDatabaseFile(backend.databaseFile, { writable: true });
    insertMeeting(db, { id: bare, conferenceId: conference.id, kind: 'follow_up', date: '2027-09-01', now: '2027-05-25T12:00:00.000Z' });
    db.close();
    const error = await callError(dispatch, 'documents.followUp', { meetingId: bare });
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: ['meetingId'], message: 'documents.error.noFollowUpRecord' }] });
    expect((await callError(dispatch, 'documents.followUp', { meetingId: randomUUID() })).code).toBe('not_found');
    expect((await callError(dispatch, 'documents.followUp', { meetingId: 'not-an-id' })).code).toBe('invalid_input');
  });
});
