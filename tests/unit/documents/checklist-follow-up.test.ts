import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../../electron/backend/documents/checklist.docx';
import { packDocx, type MeetingData } from '../../../electron/backend/documents/document-data';
import type { Preparation } from '../../../electron/shared/preparation/preparation.schema';
import { makePlanPreparation } from '../../fixtures/documents';
import { makeDocumentSettings } from '../../fixtures/document-settings';
import { makeFollowUp } from '../../fixtures/preparation';
import { docxText } from '../../helpers/docx';

/*
 * The checklist of a follow-up meeting on paper: the meeting said to be a follow-up, its
 * summary item the social worker's follow-up summary, in the conference's language. The
 * plan invites Aune, Britt-Marie and the school curator: nobody who needs an interpreter.
 */

function setup(language: Preparation['conference']['language'] = 'fi'): MeetingData {
  const { prep, plan, followUp } = makePlanPreparation();
  // The venue is ticked by its booking (the day it was saved as booked), not by hand.
  const meeting = { ...followUp, interpreters: [], venueBookedDate: '2027-05-10', checklist: { done: {}, doneVersions: {}, custom: [] } };
  return {
    prep: {
      ...prep,
      conference: { ...prep.conference, language },
      meetings: prep.meetings.map((m) => (m.id === meeting.id ? meeting : m)),
      followUps: [makeFollowUp({ meetingId: meeting.id, planId: plan.id })],
    },
    settings: makeDocumentSettings(),
    meeting,
    today: '2027-05-20',
  };
}

describe('the checklist of a follow-up meeting', { timeout: 30_000 }, () => {
  it('says it is the follow-up and words the summary as the social worker’s follow-up summary', async () => {
    const file = await packDocx(buildChecklist(setup()));
    const text = docxText(file.bytes);
    expect(file.name).toBe('Tarkistuslista 2027-06-10 - Äijö ja Sanni.docx');
    expect(text).toContain('Seurantakokous: torstaina 10. kesäkuuta 2027 klo 9.00–13.00 (4 tuntia)');
    expect(text).toContain('☑\nTila varattu\n13.5.2027\n10.5.2027');
    expect(text).toContain('☐\nSeurantakokouksen yhteenveto saatu ja käyty läpi perheen kanssa\n3.6.2027');
    expect(text).not.toContain('Yhteenveto ja kysymykset');
    // Nobody the plan invites needs an interpreter.
    expect(text).not.toContain('Tulkki tilattu');
    expect(text).toContain('☐\nTarvikkeet valmiina\n10.6.2027');
  });

  it('is in the conference’s language', async () => {
    const sv = docxText((await packDocx(buildChecklist(setup('sv')))).bytes);
    expect(sv).toContain('Uppföljningsmötets sammanfattning mottagen och genomgången med familjen');
    const en = docxText((await packDocx(buildChecklist(setup('en')))).bytes);
    expect(en).toContain('Follow-up summary received and gone through with the family');
  });
});
