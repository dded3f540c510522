import { describe, expect, it } from 'vitest';
import { meetingAttendance, meetingFlags } from '../../electron/shared/arrangements/meetings';
import { makeConferenceInput } from '../fixtures/conference';
import { makeMemberInput } from '../fixtures/preparation';
import { interpreterLine, meetingUpdate } from '../fixtures/record-updates';
import { call, openTestBackend } from '../helpers/backend';
import { docxText } from '../helpers/docx';
import { useTempDir } from '../helpers/temp-dir';

/*
 * Issue 13 §7: the interpreter on site and the childcare worker are in the room, so they count
 * in the headcount refreshments are ordered for, and they are on the participant list.
 */

describe('the interpreter on site and the childcare worker', { timeout: 60_000 }, () => {
  it('count in the headcount and appear in the checklist and the participant list; a remote interpreter does not', async () => {
    const { dispatch } = openTestBackend(useTempDir());
    const conference = await call(dispatch, 'conference.create', makeConferenceInput());
    const prep = await call(dispatch, 'network.addMember', makeMemberInput(conference.id, { name: 'Cawo Maxamed Xuseen', invite: 'invite', reply: 'coming', language: 'other', otherLanguage: 'somali', interpreterNeeded: true }));
    const before = meetingAttendance(prep, prep.meetings[0]!).headcount;
    const saved = await call(
      dispatch,
      'meeting.update',
      meetingUpdate(prep.meetings[0]!, {
        date: '2027-03-04',
        interpreters: [
          interpreterLine({ language: 'somali', provider: 'Tulkkikeskus Kieli', bookedDate: '2027-02-10' }),
          interpreterLine({ language: 'venäjä', provider: 'Etätulkit Oy', mode: 'remote' }),
        ],
        childcareNeeded: true,
        childcare: 'MLL:n lastenhoitaja Sari',
        refreshments: { what: 'Kahvi', orderedDate: '2027-02-20', orderedHeadcount: before },
      }),
    );
    const meeting = saved.meetings[0]!;
    const attendance = meetingAttendance(saved, meeting);
    expect(attendance.headcount).toBe(before + 2);
    expect(meetingFlags(meeting, attendance)).toContainEqual({ code: 'refreshmentsHeadcount', ordered: before, headcount: before + 2 });

    const checklist = docxText((await call(dispatch, 'documents.checklist', { meetingId: meeting.id })).bytes);
    expect(checklist).toContain('tulkit paikan päällä 1, lastenhoitaja 1');
    const list = docxText((await call(dispatch, 'documents.participants', { meetingId: meeting.id })).bytes);
    expect(list).toContain('Työntekijät, tulkki ja lastenhoitaja');
    expect(list).toContain('Tulkki paikan päällä (somali)\nTulkkikeskus Kieli');
    expect(list).toContain('Lastenhoitaja\nMLL:n lastenhoitaja Sari');
    expect(list).not.toContain('Etätulkit Oy');
  });
});
