import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { api } from '../../renderer/src/api/client';
import { DocumentsPage } from '../../renderer/src/features/documents/DocumentsPage';
import { makeMeeting, makeMember, makePreparation } from '../fixtures/preparation';
import { answerApi } from '../helpers/mock-api';
import { renderInConference } from '../helpers/render-in-conference';

vi.mock('../../renderer/src/api/client', () => ({
  api: { call: vi.fn(), exportDocument: vi.fn() },
  isNetworkError: () => false,
}));

/*
 * The Asiakirjat tab of a network-mapping meeting (issue 14): only the papers its definition
 * lists (no commission agreement, no summary), and a child's letter only for a child who comes.
 */

const grandma = makeMember({ name: 'Aune Äijälä', invite: 'invite', reply: 'coming', language: 'fi' });
const aunt = makeMember({ name: 'Britt-Marie Lindqvist', invite: 'invite', reply: 'coming', language: 'sv' });

function mappingPrep(): Preparation {
  const base = makePreparation();
  const meeting = makeMeeting({ date: '2027-02-10', startTime: '09:00', endTime: '10:30' });
  return makePreparation({
    conference: { ...base.conference, meetingType: 'verkostokartoitus' },
    members: [grandma, aunt],
    // Äijö comes; Sanni does not, so she gets no letter.
    children: base.children.map((c, i) => ({ ...c, participation: i === 0 ? 'present' : 'drawing' })),
    meetings: [{ ...meeting, venue: { ...meeting.venue, name: 'Perhekeskus Kaari' }, invitation: { replyBy: '2027-02-03', purpose: { fi: '', sv: '', en: '' } } }],
  });
}

beforeEach(() => {
  sessionStorage.clear();
  answerApi(api.call as unknown as Mock);
});

describe('the documents of a network-mapping meeting', () => {
  it('offers the letters, the checklist, the participant list and the calendar entry, but no commission agreement or summary', async () => {
    renderInConference(<DocumentsPage />, mappingPrep());

    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Aune Äijälä', 'Britt-Marie Lindqvist', 'Äijö (lapsen versio)']);
    expect(screen.getByRole('button', { name: 'Vie: Käytännön järjestelyjen tarkistuslista' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vie: Osallistujalista' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vie: Kalenterimerkintä (.ics)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Vie: Toimeksiantosopimus' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Vie: Yhteenveto ja kysymykset' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Sanni/)).not.toBeInTheDocument();
  });
});
