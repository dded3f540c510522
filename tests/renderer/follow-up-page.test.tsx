import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { ApiResult } from '../../electron/shared/api/result';
import type { ExportOutcome } from '../../electron/shared/documents/documents.schema';
import type { FollowUp, ReviewStatus } from '../../electron/shared/follow-up/follow-up.schema';
import { planFieldsSchema, type Plan } from '../../electron/shared/plan/plan.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { api } from '../../renderer/src/api/client';
import { FollowUpPage } from '../../renderer/src/features/follow-up/FollowUpPage';
import { makeConference, makeFollowUp, makeMeeting, makeMember, makePreparation } from '../fixtures/preparation';
import { answerApi, apiCalls } from '../helpers/mock-api';
import { renderInConference } from '../helpers/render-in-conference';

vi.mock('../../renderer/src/api/client', () => ({
  api: { call: vi.fn(), exportDocument: vi.fn() },
  isNetworkError: () => false,
}));

const call = api.call as unknown as Mock<(method: string, input: unknown) => Promise<ApiResult<unknown>>>;
const exportDocument = api.exportDocument as unknown as Mock<
  (method: string, input: Record<string, unknown>) => Promise<ApiResult<ExportOutcome>>
>;
const FOLDER = 'C:\\Users\\koollekutsuja\\Documents';

const id = (n: number) => `99999999-9999-4999-8999-${String(n).padStart(12, '0')}`;
const Q_SCHOOL = id(1);
const MEETING_ID = '77777777-7777-4777-8777-777777777771';
const FOLLOW_UP_ID = '77777777-7777-4777-8777-777777777772';
const NEXT_ID = '77777777-7777-4777-8777-777777777773';
const STAMP = '2027-05-25T11:00:00.000Z';

const grandma = makeMember({ name: 'Aune Äijälä', relation: 'mummo', invite: 'invite' });
const neighbour = makeMember({ name: 'Pentti Öhman', relation: 'naapuri', invite: 'invite' });

const WAKE = id(101);
const WALK = id(102);
const EVENINGS = id(103);

function item(itemId: string, questionId: string | null, what: string, memberId: string): Plan['items'][number] {
  return {
    id: itemId,
    questionId,
    what,
    owner: { kind: 'member', memberId },
    fromDate: null,
    byDate: null,
    followUp: '',
    checker: null,
    bottomLineIds: [],
  };
}

/** An accepted plan with three items, two answering the school question, and a follow-up on 9.6.2027. */
function makePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    ...planFieldsSchema.parse({}),
    items: [
      item(WAKE, Q_SCHOOL, 'Mummo herättää lapset koulupäivinä klo 7.', grandma.id),
      item(WALK, Q_SCHOOL, 'Naapuri saattaa lapset koulun portille.', neighbour.id),
      item(EVENINGS, null, 'Mummo soittaa iltaisin.', grandma.id),
    ],
    services: [],
    recipients: [],
    dissents: [],
    followUpDate: '2027-06-09',
    decision: { outcome: 'accepted', reasons: '', date: '2027-02-24' },
    id: id(500),
    conferenceId: '11111111-1111-4111-8111-111111111111',
    meetingId: MEETING_ID,
    number: 1,
    version: 4,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}

/** The follow-up of the accepted plan, as the API returns it. */
function followUpOf(overrides: Partial<FollowUp> = {}): FollowUp {
  return makeFollowUp({ meetingId: FOLLOW_UP_ID, planId: id(500), version: 3, createdAt: STAMP, updatedAt: STAMP, ...overrides });
}

function prepWith(overrides: Partial<Preparation> = {}): Preparation {
  const base = makePreparation();
  return makePreparation({
    members: [grandma, neighbour],
    summary: { ...base.summary, openQuestions: [{ id: Q_SCHOOL, text: 'Miten lasten koulunkäyntiä tuetaan?' }] },
    meetings: [makeMeeting({ date: '2027-02-24' })],
    plans: [makePlan()],
    ...overrides,
  });
}

const withFollowUp = (followUp: Partial<FollowUp> = {}, overrides: Partial<Preparation> = {}) =>
  prepWith({
    meetings: [makeMeeting({ date: '2027-02-24' }), makeMeeting({ id: FOLLOW_UP_ID, kind: 'follow_up', date: '2027-06-09' })],
    followUps: [followUpOf(followUp)],
    ...overrides,
  });

/** Answers the follow-up methods as the backend would, on a copy it keeps. */
function answerFollowUps(prep: Preparation) {
  let current = prep;
  const edit = (change: (f: FollowUp) => FollowUp) => ({
    ...current,
    followUps: current.followUps.map((f) => (f.meetingId === FOLLOW_UP_ID ? change(f) : f)),
  });
  answerApi(call, (method, input) => {
    if (method === 'followUp.create') current = withFollowUp();
    else if (method === 'followUp.updateSummary') {
      const { meetingId: _m, version: _v, questions, ...fields } = input as Record<string, unknown> & {
        questions: { id?: string; text: string }[];
      };
      current = edit((f) => ({
        ...f,
        summary: {
          ...f.summary,
          ...(fields as Partial<FollowUp['summary']>),
          questions: questions.map((q, i) => ({ id: q.id ?? id(900 + i), text: q.text })),
        },
        version: f.version + 1,
      }));
    } else if (method === 'followUp.reviewItem') {
      const { itemId, status, comment, version } = input as { itemId: string; status: ReviewStatus; comment: string; version: number };
      current = edit((f) => ({
        ...f,
        reviews: [...f.reviews.filter((r) => r.itemId !== itemId), { itemId, status, comment, updatedAt: STAMP, version: version + 1 }],
      }));
    } else if (method === 'followUp.setOutcome') {
      const { outcome, nextDate } = input as { outcome: string; nextDate: string };
      if (outcome === 'another_follow_up') {
        current = edit((f) => ({ ...f, outcome: { kind: 'another_follow_up', nextMeetingId: NEXT_ID, recordedAt: STAMP }, version: f.version + 1 }));
        current = {
          ...current,
          meetings: [...current.meetings, makeMeeting({ id: NEXT_ID, kind: 'follow_up', date: nextDate })],
          followUps: [...current.followUps, followUpOf({ meetingId: NEXT_ID, version: 1 })],
        };
      }
    } else return { ok: false, error: { code: 'internal', message: 'unexpected' } };
    return { ok: true, value: current };
  });
}

async function renderPage(prep: Preparation) {
  const view = renderInConference(<FollowUpPage />, prep);
  await screen.findAllByRole('heading', { level: 2 });
  return { ...view, user: userEvent.setup() };
}

beforeEach(() => {
  answerFollowUps(prepWith());
  exportDocument.mockReset();
  exportDocument.mockResolvedValue({ ok: true, value: { status: 'saved', names: ['Seurantakokouksen muistio 2027-06-09.docx'], location: FOLDER } });
});

describe('FollowUpPage', () => {
  it('says the follow-up is made from an accepted plan while there is none', async () => {
    answerFollowUps(prepWith({ plans: [makePlan({ decision: null })] }));
    await renderPage(prepWith({ plans: [makePlan({ decision: null })] }));
    expect(screen.getByRole('heading', { name: 'Ei vielä seurantakokousta' })).toBeInTheDocument();
    expect(screen.getByText(/luodaan hyväksytystä suunnitelmasta/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Luo seurantakokous' })).not.toBeInTheDocument();
  });

  it('creates the follow-up meeting from the plan in force, on the date the plan agreed', async () => {
    const { user } = await renderPage(prepWith());
    expect(screen.getByLabelText('Kokouksen päivä')).toHaveValue('9.6.2027');
    await user.click(screen.getByRole('button', { name: 'Luo seurantakokous' }));
    await waitFor(() =>
      expect(apiCalls(call)).toEqual([['followUp.create', { planId: id(500), version: 4, date: '2027-06-09' }]]),
    );
    expect(await screen.findByText('Päivä: 9.6.2027')).toBeInTheDocument();
    expect(screen.getByText(/järjestelyt, tarkistuslista ja kutsut tehdään samoin kuin neuvonpidon/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Luo seurantakokous' })).not.toBeInTheDocument();
  });

  it('saves the follow-up summary with its version', async () => {
    answerFollowUps(withFollowUp());
    const { user } = await renderPage(withFollowUp());
    await user.type(screen.getByLabelText('Mikä suunnitelmassa on toiminut ja voi jatkua'), 'Aamut sujuvat.');
    await user.click(screen.getByRole('button', { name: 'Lisää kysymys' }));
    await user.type(screen.getByLabelText('Kysymys 1'), 'Tarvitaanko saattamista enää?');
    await user.type(screen.getByLabelText('Yhteenveto pyydetty'), '10.5.2027');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(apiCalls(call)).toHaveLength(1));
    expect(apiCalls(call)[0]).toEqual([
      'followUp.updateSummary',
      expect.objectContaining({
        meetingId: FOLLOW_UP_ID,
        version: 3,
        worked: 'Aamut sujuvat.',
        questions: [{ text: 'Tarvitaanko saattamista enää?' }],
        requestedDate: '2027-05-10',
        receivedDate: null,
      }),
    ]);
    await screen.findByText('Muutokset tallennettu.');
  });

  it('saves a review as it is made: the choice at once, the comment when the field is left', async () => {
    const prep = withFollowUp({ reviews: [{ itemId: EVENINGS, status: 'done', comment: '', updatedAt: STAMP, version: 2 }] });
    answerFollowUps(prep);
    const { user } = await renderPage(prep);
    expect(screen.getByText('1/3 arvioitu')).toBeInTheDocument();
    const school = screen.getByRole('heading', { level: 3, name: 'Miten lasten koulunkäyntiä tuetaan?' }).parentElement!;
    const schoolItems = within(school).getAllByRole('listitem');
    expect(schoolItems.map((li) => within(li).getByText(/^Mummo herättää|^Naapuri saattaa/).textContent)).toEqual([
      'Mummo herättää lapset koulupäivinä klo 7.',
      'Naapuri saattaa lapset koulun portille.',
    ]);
    const walk = schoolItems[1]!;
    expect(within(walk).getByText('Vastuussa: Pentti Öhman (naapuri)')).toBeInTheDocument();

    await user.click(within(walk).getByRole('radio', { name: 'Osittain' }));
    await waitFor(() =>
      expect(apiCalls(call)).toEqual([
        ['followUp.reviewItem', { meetingId: FOLLOW_UP_ID, itemId: WALK, version: 1, status: 'partly', comment: '' }],
      ]),
    );
    expect(await screen.findByText('2/3 arvioitu')).toBeInTheDocument();
    await user.type(within(walk).getByLabelText(/Kommentti/), 'Kahtena aamuna viikossa.');
    await user.tab();
    await waitFor(() =>
      expect(apiCalls(call).at(-1)).toEqual([
        'followUp.reviewItem',
        // On the version the choice just saved: the comment follows it.
        { meetingId: FOLLOW_UP_ID, itemId: WALK, version: 2, status: 'partly', comment: 'Kahtena aamuna viikossa.' },
      ]),
    );
    expect(await within(walk).findByText('Tallennettu')).toBeInTheDocument();
    // No per-item save button: nothing waits for one.
    expect(screen.queryByRole('button', { name: /Tallenna/ })).not.toBeInTheDocument();
    // The hint to change the plan points to the plan tab.
    expect(screen.getByRole('link', { name: 'Muuta suunnitelmaa' })).toHaveAttribute(
      'href',
      expect.stringMatching(/\/plan$/),
    );
  });

  it('asks how an item went before saving only a comment, and asks before the comment is left behind', async () => {
    answerFollowUps(withFollowUp());
    const { user } = await renderPage(withFollowUp());
    const wake = screen.getByText('Mummo herättää lapset koulupäivinä klo 7.').closest('li')!;
    await user.type(within(wake).getByLabelText(/Kommentti/), 'Joka päivä.');
    await user.tab();
    expect(within(wake).getByRole('alert')).toHaveTextContent('Valitse ensin, miten sopimus toteutui.');
    expect(apiCalls(call)).toEqual([]);
    window.location.hash = '#/settings';
    expect(await screen.findByRole('dialog', { name: 'Tallentamattomia muutoksia' })).toBeInTheDocument();
    // Choosing how it went saves the comment with it, and then nothing is left unsaved.
    await user.click(screen.getByRole('button', { name: 'Jatka muokkausta' }));
    await user.click(within(wake).getByRole('radio', { name: 'Tehty' }));
    await waitFor(() =>
      expect(apiCalls(call)).toEqual([
        ['followUp.reviewItem', { meetingId: FOLLOW_UP_ID, itemId: WAKE, version: 1, status: 'done', comment: 'Joka päivä.' }],
      ]),
    );
  });

  it('refuses an identity code in a comment where it is typed, and keeps asking before leaving', async () => {
    const prep = withFollowUp({ reviews: [{ itemId: WAKE, status: 'done', comment: '', updatedAt: STAMP, version: 2 }] });
    answerFollowUps(prep);
    const { user } = await renderPage(prep);
    const wake = screen.getByText('Mummo herättää lapset koulupäivinä klo 7.').closest('li')!;
    await user.type(within(wake).getByLabelText(/Kommentti/), 'Lapsen hetu 010203A123B');
    await user.tab();
    expect(within(wake).getByText(/henkilötunnus/i)).toBeInTheDocument();
    expect(apiCalls(call)).toEqual([]);
    window.location.hash = '#/settings';
    expect(await screen.findByRole('dialog', { name: 'Tallentamattomia muutoksia' })).toBeInTheDocument();
  });

  it('agrees on another follow-up on a date after this meeting', async () => {
    answerFollowUps(withFollowUp());
    const { user } = await renderPage(withFollowUp());
    const another = screen.getByRole('group', { name: 'Uusi seurantakokous' });
    await user.click(within(another).getByRole('button', { name: 'Sovi uusi seurantakokous' }));
    expect(within(another).getByText('Pakollinen tieto.')).toBeInTheDocument();
    await user.type(within(another).getByLabelText('Seuraavan kokouksen päivä'), '1.6.2027');
    await user.click(within(another).getByRole('button', { name: 'Sovi uusi seurantakokous' }));
    expect(within(another).getByText('Seuraavan seurantakokouksen pitää olla tämän kokouksen jälkeen.')).toBeInTheDocument();
    expect(apiCalls(call)).toEqual([]);

    await user.clear(within(another).getByLabelText('Seuraavan kokouksen päivä'));
    await user.type(within(another).getByLabelText('Seuraavan kokouksen päivä'), '17.11.2027');
    await user.click(within(another).getByRole('button', { name: 'Sovi uusi seurantakokous' }));
    // Nothing is reviewed yet: the outcome waits for the convener's word, naming how many.
    const ask = await screen.findByRole('dialog', { name: 'Kaikkia kohtia ei ole arvioitu' });
    expect(ask).toHaveTextContent('3 kohtaa arvioimatta.');
    expect(apiCalls(call)).toEqual([]);
    await user.click(within(ask).getByRole('button', { name: 'Kirjaa päätös silti' }));
    await waitFor(() =>
      expect(apiCalls(call)).toEqual([
        [
          'followUp.setOutcome',
          {
            meetingId: FOLLOW_UP_ID,
            version: 3,
            outcome: 'another_follow_up',
            nextDate: '2027-11-17',
            closeReason: null,
            closeText: '',
            acceptUnreviewed: true,
          },
        ],
      ]),
    );
    // The next follow-up is the open one now; the screen moves on to it.
    expect(await screen.findByText('Päivä: 17.11.2027')).toBeInTheDocument();
    expect(screen.getByText('Päätös kirjattu.')).toBeInTheDocument();
  });

  it('records the outcome without asking once every item is reviewed, the last review saved first', async () => {
    const prep = withFollowUp({
      reviews: [
        { itemId: WAKE, status: 'done', comment: '', updatedAt: STAMP, version: 2 },
        { itemId: EVENINGS, status: 'done', comment: '', updatedAt: STAMP, version: 2 },
      ],
    });
    answerFollowUps(prep);
    const { user } = await renderPage(prep);
    const walk = screen.getByText('Naapuri saattaa lapset koulun portille.').closest('li')!;
    await user.click(within(walk).getByRole('radio', { name: 'Ei tehty' }));
    await user.type(within(walk).getByLabelText(/Kommentti/), 'Naapuri muutti.');
    const another = screen.getByRole('group', { name: 'Uusi seurantakokous' });
    await user.type(within(another).getByLabelText('Seuraavan kokouksen päivä'), '17.11.2027');
    await user.click(within(another).getByRole('button', { name: 'Sovi uusi seurantakokous' }));
    await waitFor(() => expect(apiCalls(call).map(([method]) => method)).toContain('followUp.setOutcome'));
    expect(screen.queryByRole('dialog', { name: 'Kaikkia kohtia ei ole arvioitu' })).not.toBeInTheDocument();
    expect(apiCalls(call)).toEqual([
      ['followUp.reviewItem', { meetingId: FOLLOW_UP_ID, itemId: WALK, version: 1, status: 'not_done', comment: '' }],
      ['followUp.reviewItem', { meetingId: FOLLOW_UP_ID, itemId: WALK, version: 2, status: 'not_done', comment: 'Naapuri muutti.' }],
      [
        'followUp.setOutcome',
        {
          meetingId: FOLLOW_UP_ID,
          version: 3,
          outcome: 'another_follow_up',
          nextDate: '2027-11-17',
          closeReason: null,
          closeText: '',
          acceptUnreviewed: false,
        },
      ],
    ]);
  });

  it('keeps an earlier follow-up openable, its reviews readable and correctable', async () => {
    const prep = withFollowUp(
      {
        reviews: [{ itemId: WAKE, status: 'partly', comment: 'Joskus myöhässä.', updatedAt: STAMP, version: 2 }],
        outcome: { kind: 'another_follow_up', nextMeetingId: NEXT_ID, recordedAt: STAMP },
      },
      {
        meetings: [
          makeMeeting({ date: '2027-02-24' }),
          makeMeeting({ id: FOLLOW_UP_ID, kind: 'follow_up', date: '2027-06-09' }),
          makeMeeting({ id: NEXT_ID, kind: 'follow_up', date: '2027-12-01' }),
        ],
      },
    );
    const withNext = { ...prep, followUps: [...prep.followUps, followUpOf({ meetingId: NEXT_ID, version: 1 })] };
    answerFollowUps(withNext);
    const { user } = await renderPage(withNext);
    // The open one first.
    expect(screen.getByText('Päivä: 1.12.2027')).toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Seurantakokous' }), 'Seurantakokous 9.6.2027 – päätös kirjattu');
    expect(await screen.findByText('Päivä: 9.6.2027')).toBeInTheDocument();
    expect(screen.getByText('Sovittiin uusi seurantakokous 1.12.2027.')).toBeInTheDocument();
    const wake = screen.getByText('Mummo herättää lapset koulupäivinä klo 7.').closest('li')!;
    expect(within(wake).getByRole('radio', { name: 'Osittain' })).toBeChecked();
    expect(within(wake).getByLabelText(/Kommentti/)).toHaveValue('Joskus myöhässä.');
    await user.click(within(wake).getByRole('radio', { name: 'Tehty' }));
    await waitFor(() =>
      expect(apiCalls(call)).toEqual([
        ['followUp.reviewItem', { meetingId: FOLLOW_UP_ID, itemId: WAKE, version: 2, status: 'done', comment: 'Joskus myöhässä.' }],
      ]),
    );
  });

  it('asks before closing the conference, and wants the reason told when it is "Muu syy"', async () => {
    answerFollowUps(withFollowUp());
    const { user } = await renderPage(withFollowUp());
    await user.click(screen.getByRole('button', { name: 'Päätä neuvonpito…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Päätetäänkö neuvonpito?' });
    expect(within(dialog).getByRole('alert')).toHaveTextContent('3 kohtaa arvioimatta.');
    expect(apiCalls(call)).toEqual([]);

    await user.click(within(dialog).getByRole('radio', { name: 'Muu syy' }));
    await user.click(within(dialog).getByRole('button', { name: 'Päätä neuvonpito' }));
    expect(within(dialog).getByText('Kerro syy, kun valitset "Muu syy".')).toBeInTheDocument();
    expect(apiCalls(call)).toEqual([]);

    await user.type(within(dialog).getByLabelText(/Lisätietoja/), 'Perhe pärjää omin voimin.');
    await user.click(within(dialog).getByRole('button', { name: 'Päätä neuvonpito' }));
    await waitFor(() =>
      expect(apiCalls(call)).toEqual([
        [
          'followUp.setOutcome',
          {
            meetingId: FOLLOW_UP_ID,
            version: 3,
            outcome: 'close',
            nextDate: null,
            closeReason: 'other',
            closeText: 'Perhe pärjää omin voimin.',
            acceptUnreviewed: true,
          },
        ],
      ]),
    );
  });

  it('shows a closed conference’s follow-up read-only, with its recorded outcome', async () => {
    const prep = withFollowUp(
      {
        summary: { ...followUpOf().summary, worked: 'Aamut sujuvat.' },
        reviews: [{ itemId: WAKE, status: 'done', comment: 'Joka koulupäivä.', updatedAt: STAMP, version: 2 }],
        outcome: { kind: 'close', reason: 'other', text: 'Perhe pärjää omin voimin.', recordedAt: STAMP },
      },
      { conference: makeConference({ closure: { reason: 'other', text: 'Perhe pärjää omin voimin.', closedAt: STAMP } }) },
    );
    answerFollowUps(prep);
    await renderPage(prep);
    expect(screen.getByText('Neuvonpito päätettiin: Muu syy.')).toBeInTheDocument();
    expect(screen.getByLabelText('Mikä suunnitelmassa on toiminut ja voi jatkua')).toBeDisabled();
    const wake = screen.getByText('Mummo herättää lapset koulupäivinä klo 7.').closest('li')!;
    expect(within(wake).getByText('Tehty')).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Tallenna|Luo seurantakokous|Päätä neuvonpito|Sovi uusi/ })).not.toBeInTheDocument();
    // The record of a closed conference can still be taken out as it is.
    expect(screen.getByRole('button', { name: 'Vie muistio Wordiin' })).toBeEnabled();
  });
});

describe('the follow-up record as a Word document', () => {
  it('exports the record of the follow-up shown and says where the file went', async () => {
    answerFollowUps(withFollowUp());
    const { user } = await renderPage(withFollowUp());
    expect(screen.getByText(/Muistioon tulevat läsnäolijat, yhteenveto, suunnitelman arviointi ja kokouksen päätös neuvonpidon kielellä \(suomi\)/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vie muistio Wordiin' }));
    expect(await screen.findByText(`1 tiedosto tallennettu: ${FOLDER}`)).toBeInTheDocument();
    expect(exportDocument.mock.calls).toEqual([['documents.followUp', { meetingId: FOLLOW_UP_ID }]]);
    // Exporting reads; nothing is saved through the follow-up methods.
    expect(apiCalls(call)).toEqual([]);
  });

  it('shows the latest follow-up’s record once another follow-up is agreed, and a download in the browser', async () => {
    exportDocument.mockResolvedValue({ ok: true, value: { status: 'saved', names: ['Seurantakokouksen muistio 2027-06-09.docx'], location: null } });
    const prep = withFollowUp(
      { outcome: { kind: 'another_follow_up', nextMeetingId: NEXT_ID, recordedAt: STAMP } },
      {
        meetings: [
          makeMeeting({ date: '2027-02-24' }),
          makeMeeting({ id: FOLLOW_UP_ID, kind: 'follow_up', date: '2027-06-09' }),
          makeMeeting({ id: NEXT_ID, kind: 'follow_up', date: '2027-12-01' }),
        ],
      },
    );
    const withNext = { ...prep, followUps: [...prep.followUps, followUpOf({ meetingId: NEXT_ID, version: 1 })] };
    answerFollowUps(withNext);
    const { user } = await renderPage(withNext);
    expect(screen.getByText('Päivä: 1.12.2027')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Vie muistio Wordiin' }));
    expect(await screen.findByText('1 tiedosto ladattu selaimen latauksiin.')).toBeInTheDocument();
    expect(exportDocument).toHaveBeenCalledWith('documents.followUp', { meetingId: NEXT_ID });
  });

  it('says why the record could not be made, and keeps the button for another try', async () => {
    exportDocument.mockResolvedValue({
      ok: false,
      error: { code: 'invalid_input', message: 'Invalid input', issues: [{ path: ['meetingId'], message: 'documents.error.noFollowUpRecord' }] },
    });
    answerFollowUps(withFollowUp());
    const { user } = await renderPage(withFollowUp());
    const button = screen.getByRole('button', { name: 'Vie muistio Wordiin' });
    await user.click(button);
    expect(await screen.findByText('Tälle seurantakokoukselle ei ole kirjattu yhteenvetoa eikä arviointia.')).toBeInTheDocument();
    expect(button).toBeEnabled();
  });

  it('is not offered before a follow-up meeting exists', async () => {
    await renderPage(prepWith());
    expect(screen.queryByRole('button', { name: 'Vie muistio Wordiin' })).not.toBeInTheDocument();
  });
});
