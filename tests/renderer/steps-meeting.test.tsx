import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Meeting } from '../../electron/shared/arrangements/meeting.schema';
import { applyTimerAction } from '../../electron/shared/meeting-day/meeting-day-rules';
import { emptyMeetingDay } from '../../electron/shared/meeting-day/meeting-day-rules';
import type { MeetingDay, MeetingPart, PartTimer, TimerAction, TurnAction } from '../../electron/shared/meeting-day/meeting-day.schema';
import { applyTurnAction } from '../../electron/shared/meeting-day/turns';
import { planFieldsSchema, planItemSchema, type Plan } from '../../electron/shared/plan/plan.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { MeetingModePage } from '../../renderer/src/features/meeting-day/MeetingModePage';
import { INVENTED_IDENTITY_CODE } from '../fixtures/conference';
import { GUARDIAN_MEMBER_ID, makeConference, makeMeeting, makeMember, makePreparation } from '../fixtures/preparation';
import { answerApi, apiCalls } from '../helpers/mock-api';
import { renderInConference } from '../helpers/render-in-conference';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

/* A network-mapping meeting, 26 January 2027 in Helsinki (UTC+2): the clock stands at 10:25. */
const NOW = new Date('2027-01-26T08:25:00.000Z');
const at = (hhmm: string) => new Date(`2027-01-26T${hhmm}:00.000+02:00`).toISOString();

function people() {
  return {
    maija: makeMember({ id: GUARDIAN_MEMBER_ID, name: 'Maija Äijälä', relation: 'äiti', sector: 'family', invite: 'invite', reply: 'coming' }),
    aune: makeMember({ name: 'Aune Äijälä', relation: 'mummo', invite: 'invite', reply: 'coming' }),
    pekka: makeMember({ name: 'Pekka Lind', relation: 'naapuri', sector: 'friends', invite: 'invite', reply: 'remote' }),
    sirpa: makeMember({ name: 'Sirpa Öhman', relation: 'täti', invite: 'invite', reply: 'not_coming' }),
    ludmila: makeMember({ name: 'Людмила Соколова', relation: 'kummi', invite: 'written_views' }),
    cawo: makeMember({
      name: 'Cawo Maxamed Xuseen',
      relation: 'koulukuraattori',
      sector: 'professionals',
      invite: 'invite',
      reply: 'coming',
      worker: { organisation: 'Kuusikon koulu', topic: 'Koulunkäynti', staysForPlan: true, sharingAllowed: true },
    }),
  };
}

function timers(overrides: Partial<Record<MeetingPart, Partial<PartTimer>>>): PartTimer[] {
  return emptyMeetingDay('conference', undefined, 'verkostokartoitus').timers.map((timer) => ({ ...timer, ...overrides[timer.part] }));
}

function mappingPrep(day: Partial<MeetingDay> = {}, extra: Partial<Preparation> = {}) {
  const members = people();
  const meeting: Meeting = makeMeeting({
    date: '2027-01-26',
    startTime: '10:00',
    endTime: '11:30',
    day: { ...emptyMeetingDay('conference', undefined, 'verkostokartoitus'), ...day },
  });
  const prep = makePreparation({
    conference: makeConference({ reference: 'Kartoitus 2/2027', meetingType: 'verkostokartoitus' }),
    members: Object.values(members),
    meetings: [meeting],
    ...extra,
  });
  return { prep, members, meetingId: meeting.id };
}

/**
 * Answers as the backend does, with the same pure rules for the clocks and the turns, on its
 * own copy of the record: two calls in a row see each other's change before the screen does.
 */
function answerLikeBackend(initial: Preparation) {
  let stored = initial;
  answerApi(call, (method, input) => {
    const answer = answerOn(stored, method, input);
    if (answer.ok) stored = answer.value as Preparation;
    return answer;
  });
}

function answerOn(prep: Preparation, method: string, input: Record<string, unknown>): { ok: boolean; value?: Preparation; error?: unknown } {
  {
    const meeting = prep.meetings.find((m) => m.id === input.meetingId)!;
    const day = meeting.day;
    const withDay = (next: Partial<MeetingDay>) => ({
      ok: true,
      value: { ...prep, meetings: prep.meetings.map((m) => (m.id === meeting.id ? { ...meeting, day: { ...day, ...next } } : m)) },
    });
    const stamp = new Date().toISOString();
    switch (method) {
      case 'meetingDay.timer':
        return withDay({ timers: applyTimerAction(day.timers, input.part as MeetingPart, input.action as TimerAction, stamp) });
      case 'meetingDay.turn':
        return withDay({ turns: applyTurnAction(day.turns, input.memberId as string, input.action as TurnAction, stamp) });
      case 'meetingDay.flipChart': {
        if (input.version !== day.flipChart.version) return { ok: false, error: { code: 'conflict', message: 'stale' } };
        const { concerns, supportNeeds, clientView } = input as { concerns: string[]; supportNeeds: string[]; clientView: string };
        return withDay({ flipChart: { concerns, supportNeeds, clientView, version: day.flipChart.version + 1 } });
      }
    }
    throw new Error(`unexpected call ${method}`);
  }
}

async function renderMapping(prep: Preparation) {
  const view = renderInConference(<MeetingModePage />, prep, '2027-01-26');
  answerLikeBackend(prep);
  await screen.findByRole('heading', { level: 1, name: 'Kartoitus 2/2027' });
  return { ...view, user: userEvent.setup() };
}

function callsOf(method: string) {
  return apiCalls(call)
    .filter(([m]) => m === method)
    .map(([, input]) => input);
}

function step(name: string) {
  const title = screen.getByRole('heading', { level: 3, name });
  return title.closest('li')!;
}

const clock = () => screen.getByRole('group', { name: 'Tapaamisen kello' });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(NOW);
  answerApi(call);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('the meeting view of a network-mapping meeting', () => {
  it('shows the eight steps with who leads each and one clock against 30–90 min, not the three parts; the start starts the first step', async () => {
    const { prep, meetingId } = mappingPrep();
    const { user } = await renderMapping(prep);

    const items = within(screen.getByRole('region', { name: 'Tapaamisen vaiheet' })).getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Tervetuloa ja toimintatapa',
      'Miksi ollaan koolla',
      'Läheisten haastattelu',
      'Jokainen vuorollaan, muut kuuntelevat',
      'Huolet ja tuen tarpeet fläpille',
      'Asiakkaan näkemys',
      'Kirjallinen suunnitelma',
      'Lopetus ja jatko',
    ]);
    expect(within(step('Miksi ollaan koolla')).getByText('Vetää: sosiaalityöntekijä')).toBeInTheDocument();
    expect(within(step('Huolet ja tuen tarpeet fläpille')).getByText('Vetää: työpari')).toBeInTheDocument();
    expect(within(step('Asiakkaan näkemys')).getByText('Vetää: asiakas')).toBeInTheDocument();
    expect(within(step('Asiakkaan näkemys')).getByText(/kysytään viimeisenä/)).toBeInTheDocument();
    expect(within(step('Tervetuloa ja toimintatapa')).getByText('Tulossa')).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Tiedonanto' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Takaisin kartoitukseen/ })).toBeInTheDocument();
    expect(clock()).toHaveTextContent('0:00:00');
    expect(clock()).toHaveTextContent('Ei aloitettu');
    expect(clock()).toHaveTextContent('Tavallinen kesto 30–90 min');
    // Who came is recorded here too.
    expect(screen.getByRole('heading', { level: 2, name: 'Läsnäolo' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Aloita tapaaminen' }));
    expect(callsOf('meetingDay.timer')).toEqual([{ meetingId, part: 'welcome', action: 'start' }]);
    expect(await within(step('Tervetuloa ja toimintatapa')).findByText('Nyt')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Aloita tapaaminen' })).not.toBeInTheDocument();
    expect(screen.getByText('Seuraavaksi: Miksi ollaan koolla')).toBeInTheDocument();
  });

  it('counts the whole meeting on one clock and says when it is under, inside or over the usual length', async () => {
    const { prep } = mappingPrep({
      timers: timers({
        welcome: { segments: [{ startedAt: at('10:00'), endedAt: at('10:10') }], endedAt: at('10:10') },
        purpose: { segments: [{ startedAt: at('10:10'), endedAt: null }] },
      }),
    });
    await renderMapping(prep);
    expect(clock()).toHaveTextContent('0:25:00');
    expect(clock()).toHaveTextContent('Alle tavallisen keston (30 min)');
    expect(clock()).toHaveTextContent('Käynnissä nyt: Miksi ollaan koolla');
    expect(within(step('Tervetuloa ja toimintatapa')).getByText('Tehty')).toBeInTheDocument();

    act(() => vi.advanceTimersByTime(5 * 60_000));
    expect(clock()).toHaveTextContent('0:30:00');
    expect(clock()).toHaveTextContent('Tavallisen keston sisällä');

    act(() => vi.advanceTimersByTime(61 * 60_000));
    expect(clock()).toHaveTextContent('1:31:00');
    expect(clock()).toHaveTextContent('Yli tavallisen keston (90 min)');
  });

  it('moves to the next step: the next clock starts and the step before ends; the last step ends the meeting', async () => {
    const { prep, meetingId } = mappingPrep({
      timers: timers({ written_plan: { segments: [{ startedAt: at('10:15'), endedAt: null }] } }),
    });
    const { user } = await renderMapping(prep);
    await user.click(screen.getByRole('button', { name: 'Seuraava vaihe' }));
    expect(callsOf('meetingDay.timer')).toEqual([
      { meetingId, part: 'closing', action: 'start' },
      { meetingId, part: 'written_plan', action: 'end' },
    ]);
    expect(await within(step('Kirjallinen suunnitelma')).findByText('Tehty')).toBeInTheDocument();
    expect(within(step('Lopetus ja jatko')).getByText('Nyt')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Seuraava vaihe' })).not.toBeInTheDocument();
    // The closing step's tool: the next steps are recorded with the plan.
    expect(screen.getByText(/Seurannan ajankohta ja jatkosta sovitut asiat/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Avaa suunnitelma/ })).toHaveAttribute('href', `#/conferences/${prep.conference.id}/plan`);

    await user.click(screen.getByRole('button', { name: 'Lopeta tapaaminen' }));
    expect(callsOf('meetingDay.timer').at(-1)).toEqual({ meetingId, part: 'closing', action: 'end' });
    expect(await screen.findByText(/Tapaaminen on päättynyt/)).toBeInTheDocument();
    expect(clock()).toHaveTextContent('Tapaaminen päättyi');
  });

  it('lists the close people expected for their turns, one speaking at a time, and takes a turn back', async () => {
    const { prep, members, meetingId } = mappingPrep({
      timers: timers({ interviews: { segments: [{ startedAt: at('10:20'), endedAt: null }] } }),
    });
    const { user } = await renderMapping(prep);
    const list = screen.getByRole('group', { name: 'Puheenvuorot' });
    // Not the client (the guardian), not the worker, not who is not coming or only sends views.
    const names = within(list).getAllByRole('listitem').map((li) => li.querySelector('.mm-person-name')!.textContent);
    expect(names).toEqual(['Aune Äijälä', 'Pekka Lind']);
    expect(within(list).getByText('0/2 puhunut')).toBeInTheDocument();

    const row = (name: string) => within(list).getByText(name).closest('li')!;
    await user.click(within(row('Aune Äijälä')).getByRole('button', { name: 'Anna puheenvuoro' }));
    expect(await within(row('Aune Äijälä')).findByText(/Puhuu nyt/)).toBeInTheDocument();
    await user.click(within(row('Pekka Lind')).getByRole('button', { name: 'Anna puheenvuoro' }));
    expect(await within(row('Pekka Lind')).findByText(/Puhuu nyt/)).toBeInTheDocument();
    // One at a time: Aune is done, with a tick.
    expect(within(row('Aune Äijälä')).getByText(/Puhunut/)).toBeInTheDocument();
    expect(within(row('Aune Äijälä')).getByText('✓')).toBeInTheDocument();
    expect(within(list).getAllByRole('button', { name: 'Puheenvuoro päättyi' })).toHaveLength(1);
    expect(within(list).getByText('2/2 puhunut')).toBeInTheDocument();

    await user.click(within(row('Pekka Lind')).getByRole('button', { name: 'Peru henkilön Pekka Lind puheenvuoro' }));
    expect(await within(row('Pekka Lind')).findByText(/Ei vielä puhunut/)).toBeInTheDocument();
    await user.click(within(row('Aune Äijälä')).getByRole('button', { name: 'Anna puheenvuoro' }));
    await user.click(await within(row('Aune Äijälä')).findByRole('button', { name: 'Puheenvuoro päättyi' }));
    expect(callsOf('meetingDay.turn')).toEqual([
      { meetingId, memberId: members.aune.id, action: 'speak' },
      { meetingId, memberId: members.pekka.id, action: 'speak' },
      { meetingId, memberId: members.pekka.id, action: 'undo' },
      { meetingId, memberId: members.aune.id, action: 'speak' },
      { meetingId, memberId: members.aune.id, action: 'done' },
    ]);
  });

  it('leaves someone marked absent on the day off the turn list', async () => {
    const { prep, members } = mappingPrep({
      timers: timers({ turns: { segments: [{ startedAt: at('10:20'), endedAt: null }] } }),
      attendance: [{ memberId: '', presence: 'absent', arrivedAt: null, gaveInformation: false, viewsReceivedDate: null, version: 2 }],
    });
    prep.meetings[0]!.day.attendance[0]!.memberId = members.pekka.id;
    await renderMapping(prep);
    const list = screen.getByRole('group', { name: 'Puheenvuorot' });
    expect(within(list).getByText('Aune Äijälä')).toBeInTheDocument();
    expect(within(list).queryByText('Pekka Lind')).not.toBeInTheDocument();
  });
});

describe('the flip chart', () => {
  const flipStep = () => timers({ flip_chart: { segments: [{ startedAt: at('10:20'), endedAt: null }] } });

  it('saves the concerns and the support needs with the save bar, on the flip chart’s version', async () => {
    const { prep, meetingId } = mappingPrep({
      timers: flipStep(),
      flipChart: { concerns: [], supportNeeds: [], clientView: 'Kuulin hyvää.', version: 3 },
    });
    const { user } = await renderMapping(prep);
    const chart = screen.getByRole('form', { name: 'Fläppitaulu' });
    await user.click(within(chart).getByRole('button', { name: '+ Lisää huoli' }));
    await user.type(within(chart).getByLabelText('Huoli 1'), 'Äidin jaksaminen iltaisin');
    await user.click(within(chart).getByRole('button', { name: '+ Lisää tuen tarve' }));
    await user.type(within(chart).getByLabelText('Tuen tarve 1'), 'Mummo hakee koulusta tiistaisin');
    await user.click(within(chart).getByRole('button', { name: 'Tallenna' }));

    await screen.findByText('Fläppitaulu tallennettu');
    expect(callsOf('meetingDay.flipChart')).toEqual([
      {
        meetingId,
        version: 3,
        concerns: ['Äidin jaksaminen iltaisin'],
        supportNeeds: ['Mummo hakee koulusta tiistaisin'],
        clientView: 'Kuulin hyvää.',
      },
    ]);
    expect(within(chart).queryByRole('button', { name: 'Tallenna' })).not.toBeInTheDocument();
  });

  it('refuses an identity code in a line next to the line, and sends nothing', async () => {
    const { prep } = mappingPrep({ timers: flipStep() });
    const { user } = await renderMapping(prep);
    const chart = screen.getByRole('form', { name: 'Fläppitaulu' });
    await user.click(within(chart).getByRole('button', { name: '+ Lisää huoli' }));
    await user.type(within(chart).getByLabelText('Huoli 1'), `Tunnus ${INVENTED_IDENTITY_CODE}`);
    await user.click(within(chart).getByRole('button', { name: 'Tallenna' }));
    // Next to the line (the save bar's summary names it too, as a link to the line).
    await waitFor(() => expect(within(chart).getByLabelText('Huoli 1')).toHaveAccessibleDescription(/henkilötunnus/i));
    expect(within(chart).getByLabelText('Huoli 1')).toHaveAttribute('aria-invalid', 'true');
    expect(callsOf('meetingDay.flipChart')).toEqual([]);
  });

  it('keeps what is typed and not saved in sight when the meeting moves on, and saves it there', async () => {
    const { prep, meetingId } = mappingPrep({ timers: flipStep() });
    const { user } = await renderMapping(prep);
    const chart = screen.getByRole('form', { name: 'Fläppitaulu' });
    await user.click(within(chart).getByRole('button', { name: '+ Lisää tuen tarve' }));
    await user.type(within(chart).getByLabelText('Tuen tarve 1'), 'Naapuri auttaa läksyissä');
    await user.click(screen.getByRole('button', { name: 'Seuraava vaihe' }));
    expect(await within(step('Asiakkaan näkemys')).findByText('Nyt')).toBeInTheDocument();

    // The client's view is the tool now; the unsaved flip chart stays with its text.
    expect(screen.getByRole('form', { name: 'Mitä asiakas kuuli ja mitä hän toivoo' })).toBeInTheDocument();
    const still = screen.getByRole('form', { name: 'Fläppitaulu' });
    expect(within(still).getByLabelText('Tuen tarve 1')).toHaveValue('Naapuri auttaa läksyissä');
    await user.click(within(still).getByRole('button', { name: 'Tallenna' }));
    await screen.findByText('Fläppitaulu tallennettu');
    expect(callsOf('meetingDay.flipChart')).toEqual([
      { meetingId, version: 1, concerns: [], supportNeeds: ['Naapuri auttaa läksyissä'], clientView: '' },
    ]);
    // Saved, it leaves the client's step to its own tool.
    expect(screen.queryByRole('form', { name: 'Fläppitaulu' })).not.toBeInTheDocument();
  });

  it('saves what the client heard and hopes with the flip chart as saved', async () => {
    const { prep, meetingId } = mappingPrep({
      timers: timers({ client_view: { segments: [{ startedAt: at('10:20'), endedAt: null }] } }),
      flipChart: { concerns: ['Koulumatkat'], supportNeeds: ['Kyyti tiistaisin'], clientView: '', version: 2 },
    });
    const { user } = await renderMapping(prep);
    const form = screen.getByRole('form', { name: 'Mitä asiakas kuuli ja mitä hän toivoo' });
    await user.type(within(form).getByLabelText('Asiakkaan omin sanoin'), 'Kuulin, että moni haluaa auttaa.');
    await user.click(within(form).getByRole('button', { name: 'Tallenna' }));
    await screen.findByText('Asiakkaan näkemys tallennettu');
    expect(callsOf('meetingDay.flipChart')).toEqual([
      { meetingId, version: 2, concerns: ['Koulumatkat'], supportNeeds: ['Kyyti tiistaisin'], clientView: 'Kuulin, että moni haluaa auttaa.' },
    ]);
  });

  it('shows the two lists full screen, and Escape returns to the meeting view', async () => {
    const { prep } = mappingPrep({
      timers: flipStep(),
      flipChart: { concerns: ['Äidin jaksaminen iltaisin'], supportNeeds: ['Mummo hakee tiistaisin', 'Naapuri auttaa läksyissä'], clientView: '', version: 2 },
    });
    const { user } = await renderMapping(prep);
    const toggle = screen.getByRole('button', { name: 'Näytä fläppitauluna' });
    await user.click(toggle);
    const dialog = screen.getByRole('dialog', { name: 'Fläppitaulu' });
    expect(within(within(dialog).getByRole('region', { name: 'Huolet' })).getByText('Äidin jaksaminen iltaisin')).toBeInTheDocument();
    expect(within(within(dialog).getByRole('region', { name: 'Tuen tarpeet' })).getAllByRole('listitem')).toHaveLength(2);
    expect(within(dialog).getByRole('button', { name: 'Sulje (Esc)' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(toggle).toHaveFocus();
  });
});

describe('the written plan step', () => {
  it('reads the agreed things with who does each, with the way to the plan tab', async () => {
    const { prep: base, members, meetingId } = mappingPrep({
      timers: timers({ written_plan: { segments: [{ startedAt: at('10:20'), endedAt: null }] } }),
    });
    const plan: Plan = {
      ...planFieldsSchema.parse({}),
      id: '88888888-8888-4888-8888-888888888871',
      conferenceId: base.conference.id,
      meetingId,
      number: 1,
      items: [
        { ...planItemSchema.parse({ what: 'Mummo hakee koulusta tiistaisin.', owner: { kind: 'member', memberId: members.aune.id } }), id: 'i1' },
        { ...planItemSchema.parse({ what: 'Sosiaalityöntekijä hakee tukihenkilön.', owner: { kind: 'social_worker' } }), id: 'i2' },
      ],
      services: [],
      recipients: [],
      dissents: [],
      version: 2,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
    };
    await renderMapping({ ...base, plans: [plan] });
    const panel = screen.getByRole('group', { name: 'Sovitut asiat' });
    expect(within(panel).getByText('Mummo hakee koulusta tiistaisin.')).toBeInTheDocument();
    expect(within(panel).getByText('Vastuussa: Aune Äijälä')).toBeInTheDocument();
    expect(within(panel).getByText('Vastuussa: Leena Korhonen')).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: /Avaa suunnitelma/ })).toHaveAttribute('href', `#/conferences/${base.conference.id}/plan`);
  });
});
