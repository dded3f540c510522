import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { ApiResult } from '../../electron/shared/api/result';
import type { ExportOutcome } from '../../electron/shared/documents/documents.schema';
import type { Meeting } from '../../electron/shared/arrangements/meeting.schema';
import { planFieldsSchema, type Plan } from '../../electron/shared/plan/plan.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { api } from '../../renderer/src/api/client';
import { DocumentsPage } from '../../renderer/src/features/documents/DocumentsPage';
import { makeFollowUp, makeMeeting, makeMember, makePreparation } from '../fixtures/preparation';
import { answerApi, TEST_SETTINGS } from '../helpers/mock-api';
import { renderInConference } from '../helpers/render-in-conference';

vi.mock('../../renderer/src/api/client', () => ({
  api: { call: vi.fn(), exportDocument: vi.fn() },
  isNetworkError: () => false,
}));

const call = api.call as unknown as Mock;
const exportDocument = api.exportDocument as unknown as Mock<(method: string, input: Record<string, unknown>) => Promise<ApiResult<ExportOutcome>>>;

const FOLDER = 'C:\\Users\\koollekutsuja\\Documents\\Kutsut';

const grandma = makeMember({ name: 'Aune Äijälä', invite: 'invite', reply: 'coming', language: 'fi' });
const godmother = makeMember({ name: 'Åsa Öhrnberg', invite: 'invite', reply: 'maybe', language: 'sv' });
const aunt = makeMember({ name: 'Людмила Соколова', invite: 'invite', reply: 'remote', language: 'other', otherLanguage: 'venäjä' });
const writer = makeMember({ name: 'Pekka Lind', invite: 'written_views' });
const coach = makeMember({ name: 'Ville Valmentaja', invite: 'not_invited', notInvitedReason: 'Perhe ei halua.' });

function casePrep(meeting = makeMeeting({ date: '2027-03-04', startTime: '09:00', endTime: '13:00' })): Preparation {
  const base = makePreparation();
  const venued = { ...meeting, venue: { ...meeting.venue, name: meeting.date ? 'Perhekeskus Kaari' : '' } };
  return makePreparation({
    members: [grandma, godmother, aunt, writer, coach],
    children: base.children.map((c, i) => ({ ...c, participation: i === 0 ? 'present' : 'drawing' })),
    meetings: [{ ...venued, invitation: { replyBy: '2027-02-20', purpose: { fi: '', sv: '', en: '' } } }],
  });
}

function savedTo(location: string | null) {
  return async (_method: string, input: Record<string, unknown>): Promise<ApiResult<ExportOutcome>> => {
    const recipient = input['recipient'] as { memberId?: string; childId?: string } | undefined;
    return { ok: true, value: { status: 'saved', names: [`${recipient?.memberId ?? recipient?.childId ?? 'doc'}.docx`], location } };
  };
}

beforeEach(() => {
  // The meeting chosen is kept for the session; each test starts without a choice.
  sessionStorage.clear();
  answerApi(call);
  call.mockImplementation(async (method: string) =>
    method === 'settings.get'
      ? { ok: true, value: { ...TEST_SETTINGS, unit: { ...TEST_SETTINGS.unit, name: 'Perheneuvonpidot', postalAddress: 'PL 1\n00099 Kaupunki' }, convener: { ...TEST_SETTINGS.convener, phone: '09 310 1234' } } }
      : { ok: false, error: { code: 'internal', message: 'unexpected' } },
  );
  exportDocument.mockReset();
  exportDocument.mockImplementation(savedTo(FOLDER));
});

describe('the invitation letters', () => {
  it('lists everyone invited, in the language their letter will be in, and a child version for every child with how they take part', async () => {
    renderInConference(<DocumentsPage />, casePrep());

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((c) => c.textContent).slice(0, 2).join(' | '));
    const heads = within(table).getAllByRole('rowheader').map((h) => h.textContent);
    expect(heads).toEqual(['Aune Äijälä', 'Åsa Öhrnberg', 'Людмила Соколова', 'Pekka Lind', 'Äijö (lapsen versio)', 'Sanni (lapsen versio)']);
    expect(rows).toEqual([
      'suomi | Tulossa',
      'ruotsi | Ehkä',
      'suomi | Tulossa etänä',
      // Asked for written views only: the letter asking for them.
      'suomi | Näkemyspyyntö (vain kirjalliset näkemykset)',
      'suomi | lapsi · Paikalla',
      'suomi | lapsi · Piirustuksella',
    ]);
    expect(screen.getByText('1 henkilölle ei tehdä kirjettä (ei kutsuta).')).toBeInTheDocument();
    expect(screen.queryByText(/Ville Valmentaja/)).not.toBeInTheDocument();
  });

  it('exports every invitation in one batch, one file per person, and says where they went', async () => {
    renderInConference(<DocumentsPage />, casePrep());

    await userEvent.click(await screen.findByRole('button', { name: 'Vie kaikki kutsut (6)' }));

    expect(await screen.findByText(`6 tiedostoa tallennettu: ${FOLDER}`)).toBeInTheDocument();
    const inputs = exportDocument.mock.calls.map(([method, input]) => ({ method, input }));
    expect(inputs.map((c) => c.method)).toEqual(Array(6).fill('documents.invitation'));
    expect(inputs.map((c) => c.input['recipient'])).toEqual([
      { kind: 'member', memberId: grandma.id },
      { kind: 'member', memberId: godmother.id },
      { kind: 'member', memberId: aunt.id },
      { kind: 'member', memberId: writer.id },
      { kind: 'child', childId: casePrep().conference.children[0]!.id },
      { kind: 'child', childId: casePrep().conference.children[1]!.id },
    ]);
    const batches = new Set(inputs.map((c) => c.input['batch']));
    expect(batches.size).toBe(1);
    expect([...batches][0]).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows the progress of a batch and stops between files when asked', async () => {
    let release: () => void = () => undefined;
    exportDocument.mockImplementation(
      (method, input) => new Promise((resolve) => (release = () => resolve(savedTo(FOLDER)(method, input)))),
    );
    renderInConference(<DocumentsPage />, casePrep());
    await userEvent.click(await screen.findByRole('button', { name: 'Vie kaikki kutsut (6)' }));

    const progress = await screen.findByRole('progressbar', { name: 'Viedään 0/6' });
    expect(progress).toHaveAttribute('max', '6');
    expect(screen.getByText('Tehdään: Aune Äijälä')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Keskeytä' }));
    release();

    expect(await screen.findByText('Vienti keskeytettiin. Jo tallennetut tiedostot jäivät talteen.')).toBeInTheDocument();
    expect(screen.getByText(`1 tiedosto tallennettu: ${FOLDER}`)).toBeInTheDocument();
    expect(exportDocument).toHaveBeenCalledTimes(1);
  });

  it('goes on past a file that fails and names it with the reason', async () => {
    exportDocument.mockImplementation(async (method, input) =>
      (input['recipient'] as { memberId?: string }).memberId === godmother.id
        ? { ok: false, error: { code: 'invalid_input', message: 'x', issues: [{ path: ['recipient'], message: 'validation.invalid' }] } }
        : savedTo(FOLDER)(method, input),
    );
    renderInConference(<DocumentsPage />, casePrep());

    await userEvent.click(await screen.findByRole('button', { name: 'Vie kaikki kutsut (6)' }));

    expect(await screen.findByText(`5 tiedostoa tallennettu: ${FOLDER}`)).toBeInTheDocument();
    expect(screen.getByText('Näitä ei voitu tehdä:')).toBeInTheDocument();
    expect(screen.getByText('Åsa Öhrnberg: Virheellinen arvo.')).toBeInTheDocument();
  });

  it('stops at once when the folder dialog is cancelled', async () => {
    exportDocument.mockResolvedValue({ ok: true, value: { status: 'cancelled' } });
    renderInConference(<DocumentsPage />, casePrep());

    await userEvent.click(await screen.findByRole('button', { name: 'Vie kaikki kutsut (6)' }));

    expect(await screen.findByText('Vienti keskeytettiin. Jo tallennetut tiedostot jäivät talteen.')).toBeInTheDocument();
    expect(exportDocument).toHaveBeenCalledTimes(1);
  });

  it('in the browser says the files were downloaded', async () => {
    exportDocument.mockImplementation(savedTo(null));
    renderInConference(<DocumentsPage />, casePrep());

    await userEvent.click(await screen.findByRole('button', { name: 'Vie kutsu: Åsa Öhrnberg' }));

    expect(await screen.findByText('1 tiedosto ladattu selaimen latauksiin.')).toBeInTheDocument();
    expect(exportDocument.mock.calls[0]?.[1]).toEqual({ meetingId: casePrep().meetings[0]!.id, recipient: { kind: 'member', memberId: godmother.id } });
  });

  it('leaves someone who replied "not coming" out of the batch, says why, and still makes their letter alone', async () => {
    const decliner = makeMember({ name: 'Erkki Eituleva', invite: 'invite', reply: 'not_coming', language: 'fi' });
    const prep = casePrep();
    renderInConference(<DocumentsPage />, { ...prep, members: [...prep.members, decliner] });

    const table = await screen.findByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'Erkki Eituleva' })).toBeInTheDocument();
    expect(
      screen.getByText('1 henkilö on vastannut, ettei tule, joten hänen kirjettään ei viedä kaikkien kutsujen mukana. Sen voi viedä yksin rivin Vie-painikkeella.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Vie kaikki kutsut (6)' }));
    await screen.findByText(`6 tiedostoa tallennettu: ${FOLDER}`);
    const batchIds = exportDocument.mock.calls.map(([, input]) => (input['recipient'] as { memberId?: string }).memberId);
    expect(batchIds).not.toContain(decliner.id);

    exportDocument.mockClear();
    await userEvent.click(screen.getByRole('button', { name: 'Vie kutsu: Erkki Eituleva' }));
    await waitFor(() => expect(exportDocument).toHaveBeenCalledTimes(1));
    expect(exportDocument.mock.calls[0]?.[1]).toEqual({ meetingId: prep.meetings[0]!.id, recipient: { kind: 'member', memberId: decliner.id } });
  });

  it('waits for the time and place before letters can go, and says what is missing and where to add it', async () => {
    renderInConference(<DocumentsPage />, casePrep(makeMeeting()));

    expect(await screen.findByRole('button', { name: 'Vie kaikki kutsut (6)' })).toBeDisabled();
    const note = screen.getByRole('note', { name: 'Ennen kuin lähetät kutsut' });
    expect(within(note).getByText(/Tapaamisen päivämäärä ja kellonajat puuttuvat/)).toBeInTheDocument();
    expect(within(note).getByText(/Tapaamisen paikka puuttuu/)).toBeInTheDocument();
    expect(within(note).getAllByRole('link', { name: 'Täydennä Järjestelyt-välilehdellä' })[0]).toHaveAttribute(
      'href',
      `#/conferences/${casePrep().conference.id}/arrangements`,
    );
    expect(screen.getByRole('button', { name: 'Vie: Kalenterimerkintä (.ics)' })).toBeDisabled();
  });

  it('says which letters lack the room or directions in their own language, which they then leave out', async () => {
    const prep = casePrep();
    const meeting = prep.meetings[0]!;
    const venue = { ...meeting.venue, mainRoom: { fi: 'Sali 2', sv: '', en: '' }, parking: { fi: 'Bussi 79 ovelle.', sv: '', en: '' } };
    renderInConference(<DocumentsPage />, { ...prep, meetings: [{ ...meeting, venue }] });

    const note = await screen.findByRole('note', { name: 'Ennen kuin lähetät kutsut' });
    expect(
      within(note).getByText(/Kirjeistä, joiden kieli on ruotsi \(Åsa Öhrnberg\), puuttuu: huone, pysäköinti ja kulkuyhteydet\./),
    ).toBeInTheDocument();
    expect(within(note).queryByText(/kieli on suomi/)).not.toBeInTheDocument();
  });
});

describe('the other documents', () => {
  it('exports the commission agreement as one file without a batch', async () => {
    const prep = casePrep();
    renderInConference(<DocumentsPage />, prep);

    await userEvent.click(await screen.findByRole('button', { name: 'Vie: Toimeksiantosopimus' }));

    await waitFor(() => expect(exportDocument).toHaveBeenCalledWith('documents.commission', { conferenceId: prep.conference.id }));
    expect(await screen.findByText(`1 tiedosto tallennettu: ${FOLDER}`)).toBeInTheDocument();
  });

  it('exports the checklist, the participant list and the calendar event of the meeting', async () => {
    const prep = casePrep();
    renderInConference(<DocumentsPage />, prep);
    const meetingId = prep.meetings[0]!.id;

    for (const name of ['Käytännön järjestelyjen tarkistuslista', 'Osallistujalista', 'Kalenterimerkintä (.ics)']) {
      await userEvent.click(await screen.findByRole('button', { name: `Vie: ${name}` }));
      await screen.findByText(`1 tiedosto tallennettu: ${FOLDER}`);
    }

    expect(exportDocument.mock.calls).toEqual([
      ['documents.checklist', { meetingId }],
      ['documents.participants', { meetingId }],
      ['documents.calendar', { meetingId }],
    ]);
  });

  it('offers the latest version of the plan once there is one', async () => {
    const prep = casePrep();
    const plan = (id: string, number: number): Plan => ({
      ...planFieldsSchema.parse({}),
      items: [],
      services: [],
      recipients: [],
      dissents: [],
      id,
      conferenceId: prep.conference.id,
      meetingId: prep.meetings[0]!.id,
      number,
      version: 1,
      createdAt: '2027-03-04T12:00:00.000Z',
      updatedAt: '2027-03-04T12:00:00.000Z',
    });
    const first = plan('88888888-8888-4888-8888-000000000001', 1);
    const second = plan('88888888-8888-4888-8888-000000000002', 2);
    renderInConference(<DocumentsPage />, { ...prep, plans: [first, second] });

    await userEvent.click(await screen.findByRole('button', { name: 'Vie: Suunnitelma, versio 2' }));

    await waitFor(() => expect(exportDocument).toHaveBeenCalledWith('documents.plan', { planId: second.id }));
  });

  it('has no plan to export before the plan is started', async () => {
    renderInConference(<DocumentsPage />, casePrep());
    await screen.findByRole('button', { name: 'Vie: Toimeksiantosopimus' });
    expect(screen.queryByRole('button', { name: /Suunnitelma/ })).not.toBeInTheDocument();
  });
});

const FOLLOW_UP_ID = '77777777-7777-4777-8777-777777777772';

/** casePrep with an accepted plan that invites Aune and Людмила (and the social worker) to an open follow-up meeting. */
function withFollowUp(followUp: Partial<Meeting> = {}): Preparation {
  const prep = casePrep();
  const plan: Plan = {
    ...planFieldsSchema.parse({}),
    items: [],
    services: [],
    recipients: [],
    dissents: [],
    followUpDate: '2027-06-10',
    followUpInvitees: [
      { kind: 'member', memberId: grandma.id },
      { kind: 'member', memberId: aunt.id },
      { kind: 'social_worker' },
    ],
    decision: { outcome: 'accepted', reasons: '', date: '2027-03-04' },
    id: '88888888-8888-4888-8888-000000000001',
    conferenceId: prep.conference.id,
    meetingId: prep.meetings[0]!.id,
    number: 1,
    version: 2,
    createdAt: '2027-03-04T12:00:00.000Z',
    updatedAt: '2027-03-04T12:00:00.000Z',
  };
  const meeting = makeMeeting({
    id: FOLLOW_UP_ID,
    kind: 'follow_up',
    date: '2027-06-10',
    startTime: '09:00',
    endTime: '11:00',
    venue: { ...makeMeeting().venue, name: 'Perhekeskus Kaari' },
    invitation: { replyBy: '2027-05-27', purpose: { fi: '', sv: '', en: '' } },
    ...followUp,
  });
  return {
    ...prep,
    meetings: [...prep.meetings, meeting],
    plans: [plan],
    followUps: [makeFollowUp({ meetingId: FOLLOW_UP_ID, planId: plan.id })],
  };
}

describe('the documents of a follow-up meeting', () => {
  it('has no meeting to choose while the conference has only its own', async () => {
    renderInConference(<DocumentsPage />, casePrep());
    await screen.findByRole('table');
    expect(screen.queryByRole('combobox', { name: 'Kokous' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Kutsukirjeet' })).toBeInTheDocument();
  });

  it('shows the open follow-up by default: letters for the people its plan invites, with their replies to it', async () => {
    // Людмила took part in the conference remotely, but has said she is not coming to the follow-up; Aune has not replied.
    renderInConference(<DocumentsPage />, withFollowUp({ replies: [{ memberId: aunt.id, reply: 'not_coming', version: 2 }] }));

    const select = await screen.findByRole('combobox', { name: 'Kokous' });
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['Neuvonpito 4.3.2027', 'Seurantakokous 10.6.2027']);
    expect(select).toHaveDisplayValue('Seurantakokous 10.6.2027');
    expect(screen.getByRole('heading', { name: 'Kutsukirjeet · Seurantakokous 10.6.2027' })).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Vastaanottaja', 'Kirjeen kieli', 'Vastaus', 'Vie kutsu']);
    expect(within(table).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Aune Äijälä', 'Людмила Соколова', 'Äijö (lapsen versio)', 'Sanni (lapsen versio)']);
    const replyOf = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!.querySelectorAll('td')[1]!.textContent;
    expect(replyOf('Aune Äijälä')).toBe('Ei vielä kysytty');
    expect(replyOf('Людмила Соколова')).toBe('Ei tule');
    expect(screen.getByText('3 henkilölle ei tehdä kutsua tähän seurantakokoukseen.')).toBeInTheDocument();
    expect(screen.getByText(/Kirjeissä kerrotaan, että kyseessä on seurantakokous\./)).toBeInTheDocument();
    expect(screen.getByText(/1 henkilö on vastannut, ettei tule/)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Vie kaikki kutsut (3)' }));
    await screen.findByText(`3 tiedostoa tallennettu: ${FOLDER}`);
    expect(exportDocument.mock.calls.map(([, input]) => [input['meetingId'], input['recipient']])).toEqual([
      [FOLLOW_UP_ID, { kind: 'member', memberId: grandma.id }],
      [FOLLOW_UP_ID, { kind: 'child', childId: casePrep().conference.children[0]!.id }],
      [FOLLOW_UP_ID, { kind: 'child', childId: casePrep().conference.children[1]!.id }],
    ]);
  });

  it('makes the checklist, participant list, calendar event and follow-up record of the meeting chosen; the conference’s papers stay', async () => {
    const prep = withFollowUp();
    renderInConference(<DocumentsPage />, prep);
    const meetingPapers = await screen.findByRole('region', { name: 'Kokouksen asiakirjat · Seurantakokous 10.6.2027' });
    for (const name of ['Käytännön järjestelyjen tarkistuslista', 'Osallistujalista', 'Kalenterimerkintä (.ics)', 'Seurantakokouksen muistio']) {
      await userEvent.click(within(meetingPapers).getByRole('button', { name: `Vie: ${name}` }));
      await screen.findByText(`1 tiedosto tallennettu: ${FOLDER}`);
    }
    const conferencePapers = screen.getByRole('region', { name: 'Neuvonpidon asiakirjat' });
    expect(within(conferencePapers).getByRole('button', { name: 'Vie: Toimeksiantosopimus' })).toBeInTheDocument();
    expect(within(conferencePapers).getByRole('button', { name: 'Vie: Suunnitelma, versio 1' })).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Kokous' }), 'Neuvonpito 4.3.2027');
    await userEvent.click(screen.getByRole('button', { name: 'Vie: Osallistujalista' }));
    await waitFor(() => expect(exportDocument).toHaveBeenCalledTimes(5));
    expect(exportDocument.mock.calls.map(([method, input]) => [method, input['meetingId']])).toEqual([
      ['documents.checklist', FOLLOW_UP_ID],
      ['documents.participants', FOLLOW_UP_ID],
      ['documents.calendar', FOLLOW_UP_ID],
      ['documents.followUp', FOLLOW_UP_ID],
      ['documents.participants', prep.meetings[0]!.id],
    ]);
    // The conference's own meeting has no follow-up record.
    expect(screen.queryByRole('button', { name: 'Vie: Seurantakokouksen muistio' })).not.toBeInTheDocument();
    // Back on the conference's own meeting, its letters list the conference's invitees with their replies
    // and the one asked for written views (a follow-up asks no one for them).
    expect(within(screen.getByRole('table')).getAllByRole('rowheader')).toHaveLength(6);
    expect(screen.getByRole('columnheader', { name: 'Vastaus' })).toBeInTheDocument();
  });

  it('names a follow-up without a date as such, and says what is missing before its letters can go', async () => {
    renderInConference(<DocumentsPage />, withFollowUp({ date: null, startTime: null, endTime: null }));
    const select = await screen.findByRole('combobox', { name: 'Kokous' });
    expect(select).toHaveDisplayValue('Seurantakokous (ei päivää)');
    expect(screen.getByRole('button', { name: 'Vie kaikki kutsut (4)' })).toBeDisabled();
    expect(within(screen.getByRole('note', { name: 'Ennen kuin lähetät kutsut' })).getByText(/Tapaamisen päivämäärä ja kellonajat puuttuvat/)).toBeInTheDocument();
  });
});
