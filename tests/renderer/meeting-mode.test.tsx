import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Meeting } from '../../electron/shared/arrangements/meeting.schema';
import { emptyMeetingDay } from '../../electron/shared/meeting-day/meeting-day-rules';
import type { MeetingDay, MeetingPart, PartTimer } from '../../electron/shared/meeting-day/meeting-day.schema';
import { planFieldsSchema, type Plan } from '../../electron/shared/plan/plan.schema';
import type { NetworkMember } from '../../electron/shared/preparation/network.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { MeetingModePage } from '../../renderer/src/features/meeting-day/MeetingModePage';
import { makeConference, makeFollowUp, makeMeeting, makeMember, makePreparation } from '../fixtures/preparation';
import { answerApi, apiCalls } from '../helpers/mock-api';
import { renderInConference } from '../helpers/render-in-conference';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

/* The meeting day, 26 January 2027 in Helsinki (UTC+2): the clock stands at 10:25. */
const NOW = new Date('2027-01-26T08:25:00.000Z');
const at = (hhmm: string) => new Date(`2027-01-26T${hhmm}:00.000+02:00`).toISOString();

function people() {
  return {
    aune: makeMember({ name: 'Aune Äijälä', relation: 'mummo', invite: 'invite', reply: 'coming' }),
    pekka: makeMember({ name: 'Pekka Lind', relation: 'naapuri', invite: 'invite', reply: 'remote' }),
    ludmila: makeMember({ name: 'Людмила Соколова', relation: 'täti', invite: 'written_views' }),
    cawo: makeMember({
      name: 'Cawo Maxamed Xuseen',
      relation: 'koulukuraattori',
      sector: 'professionals',
      invite: 'invite',
      reply: 'coming',
      worker: { organisation: 'Kuusikon koulu', topic: 'Koulunkäynti syksyllä', staysForPlan: true, sharingAllowed: true },
    }),
    notInvited: makeMember({ name: 'Åsa Öhrnberg', invite: 'not_invited', notInvitedReason: 'Perhe ei halua.' }),
  };
}

function prepWith(day: Partial<MeetingDay> = {}, extra: Partial<Preparation> = {}) {
  const base = makePreparation();
  const [aijo, sanni] = base.conference.children;
  const members = people();
  const meeting: Meeting = makeMeeting({ date: '2027-01-26', startTime: '09:00', endTime: '14:00', day: { ...emptyMeetingDay(), ...day } });
  meeting.venue = { ...meeting.venue, name: 'Perhekeskus Koivikko', privateRoom: 'Neuvotteluhuone Kuusi' };
  const prep = makePreparation({
    members: Object.values(members),
    children: [
      { childId: aijo!.id, participation: 'present', note: '', version: 2 },
      { childId: sanni!.id, participation: 'drawing', note: '', version: 2 },
    ],
    meetings: [meeting],
    ...extra,
  });
  return { prep, members };
}

function timers(overrides: Partial<Record<MeetingPart, Partial<PartTimer>>>): PartTimer[] {
  return emptyMeetingDay().timers.map((timer) => ({ ...timer, ...overrides[timer.part] }));
}

/**
 * Answers like the backend would: each meetingDay change is applied to the day of the
 * meeting it names and the whole preparation returned. Starting a part pauses the one running.
 */
function answerLikeBackend(current: () => Preparation) {
  answerApi(call, (method, input) => {
    const prep = current();
    const meeting = prep.meetings.find((m) => m.id === input.meetingId)!;
    const day = meeting.day;
    const withDay = (next: Partial<MeetingDay>, more: Partial<Preparation> = {}) => ({
      ok: true,
      value: {
        ...prep,
        ...more,
        meetings: prep.meetings.map((m) => (m.id === meeting.id ? { ...meeting, day: { ...day, ...next, version: day.version + 1 } } : m)),
      },
    });
    const stamp = new Date().toISOString();
    switch (method) {
      case 'meetingDay.timer': {
        const close = (t: PartTimer) => ({ ...t, segments: t.segments.map((s) => (s.endedAt ? s : { ...s, endedAt: stamp })) });
        return withDay({
          timers: day.timers.map((t) => {
            if (t.part !== input.part) return input.action === 'start' ? close(t) : t;
            if (input.action === 'start') return { ...t, endedAt: null, segments: [...t.segments, { startedAt: stamp, endedAt: null }] };
            return { ...close(t), endedAt: input.action === 'end' ? stamp : null };
          }),
        });
      }
      case 'meetingDay.setAttendance': {
        const { meetingId: _m, ...rest } = input;
        const record = { ...rest, version: (rest.version as number) + 1 } as unknown as MeetingDay['attendance'][number];
        return withDay({ attendance: [...day.attendance.filter((a) => a.memberId !== record.memberId), record] });
      }
      case 'meetingDay.addPerson': {
        const member = makeMember({
          name: input.name as string,
          relation: input.relation as string,
          sector: input.sector as NetworkMember['sector'],
          invite: 'invite',
        });
        return withDay(
          {
            attendance: [
              ...day.attendance,
              {
                memberId: member.id,
                presence: input.presence as 'remote',
                arrivedAt: input.arrivedAt as string,
                gaveInformation: false,
                viewsReceivedDate: null,
                version: 2,
              },
            ],
          },
          { members: [...prep.members, member] },
        );
      }
      case 'meetingDay.setChild': {
        const { meetingId: _m, ...record } = input;
        const saved = { ...record, version: (record.version as number) + 1 } as unknown as MeetingDay['children'][number];
        return withDay({
          children: [...day.children.filter((c) => c.childId !== input.childId), saved],
        });
      }
      case 'meetingDay.update': {
        const { meetingId: _m, version: _v, ...fields } = input;
        return withDay(fields as Partial<MeetingDay>);
      }
    }
    throw new Error(`unexpected call ${method}`);
  });
}

async function renderMeeting(prep: Preparation) {
  const view = renderInConference(<MeetingModePage />, prep, '2027-01-26');
  answerLikeBackend(() => view.current());
  await screen.findByRole('heading', { level: 1, name: 'Äijälä 1/2027' });
  return { ...view, user: userEvent.setup() };
}

function partCard(name: string) {
  return screen.getByRole('article', { name });
}

function callsOf(method: string) {
  return apiCalls(call)
    .filter(([m]) => m === method)
    .map(([, input]) => input);
}

beforeEach(() => {
  // Only the clock is faked: the screen's one-second tick and Date. Timeouts stay real for userEvent.
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(NOW);
  answerApi(call);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('meeting mode: the header and the agenda', () => {
  it('shows the conference, the day, and each part in words with its time used against the plan', async () => {
    const { prep } = prepWith({
      timers: timers({
        information: { segments: [{ startedAt: at('09:05'), endedAt: at('09:45') }], endedAt: at('09:45') },
        private_time: { segments: [{ startedAt: at('09:50'), endedAt: null }] },
      }),
    });
    await renderMeeting(prep);

    expect(screen.getByText('Tiistai 26.1.2027')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Takaisin neuvonpitoon/ })).toHaveAttribute('href', `#/conferences/${prep.conference.id}`);

    const information = partCard('Tiedonanto');
    expect(within(information).getByText('Päättynyt')).toBeInTheDocument();
    expect(within(information).getByText('0:40:00')).toBeInTheDocument();
    expect(within(information).getByText('klo 9.05–9.45')).toBeInTheDocument();

    const privateTime = partCard('Läheisten oma neuvonpito');
    expect(within(privateTime).getByText('Käynnissä')).toBeInTheDocument();
    expect(within(privateTime).getByText('0:35:00')).toBeInTheDocument();
    expect(within(privateTime).getByText('55 min jäljellä')).toBeInTheDocument();

    expect(within(partCard('Suunnitelman esittely ja hyväksyminen')).getByText('Ei aloitettu')).toBeInTheDocument();

    // The big clock shows the part running; the whole meeting is 75 min of the planned 3 t 15 min.
    const clock = screen.getByRole('group', { name: 'Käynnissä olevan osan kello' });
    expect(clock).toHaveTextContent('Käynnissä nyt: Läheisten oma neuvonpito');
    expect(clock).toHaveTextContent('0:35:00');
    expect(screen.getByRole('group', { name: 'Koko kokous' })).toHaveTextContent('1 t 15 min / 3 t 15 min');
  });

  it('ticks once a second from the recorded segments, without asking the backend', async () => {
    const { prep } = prepWith({
      timers: timers({
        information: {
          segments: [
            { startedAt: at('09:00'), endedAt: at('09:20') },
            { startedAt: at('10:00'), endedAt: null },
          ],
        },
      }),
    });
    await renderMeeting(prep);
    const information = partCard('Tiedonanto');
    expect(within(information).getByText('0:45:00')).toBeInTheDocument();

    act(() => vi.advanceTimersByTime(3000));
    expect(within(information).getByText('0:45:03')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Käynnissä olevan osan kello' })).toHaveTextContent('0:45:03');
    expect(apiCalls(call)).toEqual([]);
  });

  it('starts, pauses and ends a part, and says which part a start paused', async () => {
    const { prep } = prepWith();
    const { user } = await renderMeeting(prep);
    const meetingId = prep.meetings[0]!.id;

    await user.click(within(partCard('Tiedonanto')).getByRole('button', { name: 'Aloita' }));
    expect(callsOf('meetingDay.timer')).toEqual([{ meetingId, part: 'information', action: 'start' }]);
    expect(await within(partCard('Tiedonanto')).findByText('Käynnissä')).toBeInTheDocument();

    act(() => vi.advanceTimersByTime(65_000));
    expect(within(partCard('Tiedonanto')).getByText('0:01:05')).toBeInTheDocument();

    await user.click(within(partCard('Tiedonanto')).getByRole('button', { name: 'Tauko' }));
    expect(await within(partCard('Tiedonanto')).findByText('Tauolla')).toBeInTheDocument();
    await user.click(within(partCard('Tiedonanto')).getByRole('button', { name: 'Jatka' }));

    // Only one part runs: starting the private time pauses the information, and the screen says so.
    const privateTime = partCard('Läheisten oma neuvonpito');
    expect(within(privateTime).getByText('Aloittaminen siirtää osan ”Tiedonanto” tauolle.')).toBeInTheDocument();
    await user.click(within(privateTime).getByRole('button', { name: 'Aloita' }));
    await screen.findByText('Läheisten oma neuvonpito alkoi. Tiedonanto on tauolla.');
    expect(within(partCard('Tiedonanto')).getByText('Tauolla')).toBeInTheDocument();
    expect(within(partCard('Läheisten oma neuvonpito')).getByText('Käynnissä')).toBeInTheDocument();

    await user.click(within(partCard('Läheisten oma neuvonpito')).getByRole('button', { name: 'Päätä' }));
    expect(await within(partCard('Läheisten oma neuvonpito')).findByText('Päättynyt')).toBeInTheDocument();

    expect(callsOf('meetingDay.timer').map((input) => `${String(input.part)}:${String(input.action)}`)).toEqual([
      'information:start',
      'information:pause',
      'information:start',
      'private_time:start',
      'private_time:end',
    ]);
  });

  it('changes the planned length of a part with the day’s version', async () => {
    const { prep } = prepWith({ version: 4 });
    const { user } = await renderMeeting(prep);
    const plan = partCard('Suunnitelman esittely ja hyväksyminen');
    await user.click(within(plan).getByRole('button', { name: 'Muuta kestoa' }));
    const input = within(plan).getByLabelText('Suunniteltu kesto, min');
    await user.clear(input);
    await user.type(input, '60');
    await user.click(within(plan).getByRole('button', { name: 'Tallenna' }));

    expect(callsOf('meetingDay.update')).toEqual([
      {
        meetingId: prep.meetings[0]!.id,
        version: 4,
        plannedMinutes: { information: 60, private_time: 90, plan: 60 },
        socialWorkerPresent: true,
        questionsPresented: false,
      },
    ]);
    expect(await within(plan).findByText(/\/ 1 t$/)).toBeInTheDocument();
  });
});

describe('meeting mode: attendance', () => {
  it('lists the invited and those giving written views, and records presence with one click', async () => {
    const { prep, members } = prepWith();
    const { user } = await renderMeeting(prep);

    expect(screen.queryByRole('group', { name: 'Åsa Öhrnberg: läsnäolo' })).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Людмила Соколова: läsnäolo' })).toBeInTheDocument();

    const aune = screen.getByRole('group', { name: 'Aune Äijälä: läsnäolo' });
    await user.click(within(aune).getByRole('button', { name: 'Paikalla' }));
    const pekka = screen.getByRole('group', { name: 'Pekka Lind: läsnäolo' });
    await user.click(within(pekka).getByRole('button', { name: 'Etänä' }));
    const ludmila = screen.getByRole('group', { name: 'Людмила Соколова: läsnäolo' });
    await user.click(within(ludmila).getByRole('button', { name: 'Kirjalliset näkemykset' }));

    const meetingId = prep.meetings[0]!.id;
    expect(callsOf('meetingDay.setAttendance')).toEqual([
      { meetingId, memberId: members.aune.id, version: 1, presence: 'in_person', arrivedAt: null, gaveInformation: false, viewsReceivedDate: null },
      { meetingId, memberId: members.pekka.id, version: 1, presence: 'remote', arrivedAt: null, gaveInformation: false, viewsReceivedDate: null },
      { meetingId, memberId: members.ludmila.id, version: 1, presence: 'written_views', arrivedAt: null, gaveInformation: false, viewsReceivedDate: '2027-01-26' },
    ]);
    expect(within(aune).getByRole('button', { name: 'Paikalla' })).toHaveAttribute('aria-pressed', 'true');
    const counts = screen.getByRole('list', { name: 'Läsnäolo yhteensä' });
    expect(counts).toHaveTextContent('Paikalla 1');
    expect(counts).toHaveTextContent('Etänä 1');
    expect(counts).toHaveTextContent('Kirjalliset näkemykset 1');
    expect(counts).toHaveTextContent('Merkitsemättä 1');

    // A mistap is undone by pressing the same button again.
    await user.click(within(aune).getByRole('button', { name: 'Paikalla' }));
    expect(callsOf('meetingDay.setAttendance').at(-1)).toMatchObject({ memberId: members.aune.id, presence: 'unknown' });
    expect(counts).toHaveTextContent('Paikalla 0');
  });

  it('records the day written views arrived, today when marked, and lets the day be changed', async () => {
    const { prep, members } = prepWith();
    const { user } = await renderMeeting(prep);
    const ludmila = screen.getByRole('group', { name: 'Людмила Соколова: läsnäolo' });
    await user.click(within(ludmila).getByRole('button', { name: 'Kirjalliset näkemykset' }));
    const row = ludmila.closest('li')!;
    expect(await within(row).findByText('Näkemykset saapuivat 26.1.2027')).toBeInTheDocument();

    await user.click(within(row).getByRole('button', { name: 'Muuta saapumispäivää' }));
    const input = within(row).getByLabelText('Näkemysten saapumispäivä');
    await user.clear(input);
    await user.type(input, '22.1.2027');
    await user.click(within(row).getByRole('button', { name: 'Tallenna' }));
    expect(callsOf('meetingDay.setAttendance').at(-1)).toMatchObject({
      memberId: members.ludmila.id,
      presence: 'written_views',
      viewsReceivedDate: '2027-01-22',
    });
    expect(await within(row).findByText('Näkemykset saapuivat 22.1.2027')).toBeInTheDocument();
  });

  it('records a late arrival at the time now, and shows it', async () => {
    const { prep, members } = prepWith();
    const { user } = await renderMeeting(prep);
    const row = screen.getByRole('group', { name: 'Pekka Lind: läsnäolo' }).closest('li')!;

    await user.click(within(row).getByRole('button', { name: 'Saapui myöhässä' }));
    const time = within(row).getByLabelText('Saapumisaika');
    expect(time).toHaveValue('10.25');
    await user.clear(time);
    await user.type(time, '10.40');
    await user.click(within(row).getByRole('button', { name: 'Tallenna' }));

    expect(callsOf('meetingDay.setAttendance')).toEqual([
      { meetingId: prep.meetings[0]!.id, memberId: members.pekka.id, version: 1, presence: 'in_person', arrivedAt: '10:40', gaveInformation: false, viewsReceivedDate: null },
    ]);
    expect(await within(row).findByText('Saapui klo 10.40')).toBeInTheDocument();
  });

  it('adds someone who came though not on the list', async () => {
    const { prep } = prepWith();
    const { user, current } = await renderMeeting(prep);

    await user.click(screen.getByRole('button', { name: '+ Lisää paikalle tullut' }));
    const form = screen.getByRole('form', { name: 'Paikalle tuli joku, joka ei ollut listalla' });
    await user.click(within(form).getByRole('button', { name: 'Lisää läsnäolijoihin' }));
    expect(within(form).getAllByText('Pakollinen tieto.').length).toBeGreaterThan(0);
    expect(callsOf('meetingDay.addPerson')).toEqual([]);

    await user.type(within(form).getByLabelText('Nimi'), 'Väinö Väisänen');
    await user.type(within(form).getByLabelText(/Suhde lapseen/), 'eno');
    await user.selectOptions(within(form).getByLabelText(/Ryhmä/), 'Suku');
    await user.click(within(form).getByLabelText('Etänä'));
    expect(within(form).getByLabelText(/Saapui klo/)).toHaveValue('10.25');
    await user.click(within(form).getByRole('button', { name: 'Lisää läsnäolijoihin' }));

    expect(callsOf('meetingDay.addPerson')).toEqual([
      {
        meetingId: prep.meetings[0]!.id,
        name: 'Väinö Väisänen',
        relation: 'eno',
        sector: 'relatives',
        closeness: 'middle',
        presence: 'remote',
        arrivedAt: '10:25',
      },
    ]);
    await screen.findByText('Väinö Väisänen lisätty läsnäolijoihin.');
    const row = screen.getByRole('group', { name: 'Väinö Väisänen: läsnäolo' });
    expect(within(row).getByRole('button', { name: 'Etänä' })).toHaveAttribute('aria-pressed', 'true');
    expect(current().members.map((m) => m.name)).toContain('Väinö Väisänen');
  });

  it('records the social worker absent, a worker’s information and the questions presented', async () => {
    const { prep, members } = prepWith({ version: 2 });
    const { user } = await renderMeeting(prep);
    const meetingId = prep.meetings[0]!.id;

    const socialWorker = screen.getByRole('group', { name: 'Sosiaalityöntekijä: läsnäolo' });
    expect(within(socialWorker).getByRole('button', { name: 'Paikalla' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(within(socialWorker).getByRole('button', { name: 'Ei paikalla' }));
    expect(await within(socialWorker).findByRole('button', { name: 'Ei paikalla', pressed: true })).toBeInTheDocument();

    const workers = screen.getByRole('group', { name: 'Työntekijöiden tiedonannot' });
    expect(within(workers).getByText('Koulunkäynti syksyllä')).toBeInTheDocument();
    await user.click(within(workers).getByRole('button', { name: 'Antoi tiedonannon' }));
    expect(await within(workers).findByText('1/1 antanut tiedonannon')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Kysymykset esitelty' }));

    expect(callsOf('meetingDay.update')).toEqual([
      { meetingId, version: 2, plannedMinutes: { information: 60, private_time: 90, plan: 45 }, socialWorkerPresent: false, questionsPresented: false },
      // The day's newest version: marking the worker's information changed it in between.
      { meetingId, version: 4, plannedMinutes: { information: 60, private_time: 90, plan: 45 }, socialWorkerPresent: false, questionsPresented: true },
    ]);
    // Whoever gave information was there.
    expect(callsOf('meetingDay.setAttendance')).toEqual([
      { meetingId, memberId: members.cawo.id, version: 1, presence: 'in_person', arrivedAt: null, gaveInformation: true, viewsReceivedDate: null },
    ]);
  });
});

describe('meeting mode: the children and the private time', () => {
  it('chooses how a child was heard as planned and saves a Three Houses record in the child’s words', async () => {
    const { prep } = prepWith();
    const { user } = await renderMeeting(prep);
    const [aijo] = prep.conference.children;

    const sanniCard = screen.getByRole('form', { name: /Sanni/ });
    expect(within(sanniCard).getByRole('radio', { name: 'Piirustuksella' })).toBeChecked();
    expect(within(sanniCard).getByText('Suunniteltu: Piirustuksella')).toBeInTheDocument();

    const card = screen.getByRole('form', { name: /Äijö/ });
    expect(within(card).getByRole('radio', { name: 'Paikalla itse' })).toBeChecked();
    expect(within(card).getByText('Ei vielä kirjattu')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: '+ Lisää kolmen talon kirjaus' }));
    expect(within(card).getByText('Lapsen omin sanoin: kirjaa lapsen sanat sellaisinaan, älä tulkitse.')).toBeInTheDocument();
    await user.type(within(card).getByLabelText('Huolten talo'), 'Kun äiti on väsynyt.');
    await user.type(within(card).getByLabelText('Hyvien asioiden talo'), 'Mummolla saa leipoa.');
    await user.type(within(card).getByLabelText('Unelmien talo'), 'Oma huone ja koira.');
    await user.type(within(card).getByLabelText(/Huomio/), 'Kertoi itse alussa.');
    await user.click(within(card).getByRole('button', { name: 'Tallenna' }));

    expect(callsOf('meetingDay.setChild')).toEqual([
      {
        meetingId: prep.meetings[0]!.id,
        childId: aijo!.id,
        version: 1,
        heard: 'present',
        note: 'Kertoi itse alussa.',
        threeHouses: { worries: 'Kun äiti on väsynyt.', goodThings: 'Mummolla saa leipoa.', dreams: 'Oma huone ja koira.' },
      },
    ]);
    await screen.findByText('Äijö: tiedonanto tallennettu.');
    expect(within(card).getByText('Kirjattu')).toBeInTheDocument();
  });

  it('says nothing of the private time is recorded, and offers no field to write it in', async () => {
    const { prep } = prepWith({
      timers: timers({ private_time: { segments: [{ startedAt: at('10:05'), endedAt: at('11:35') }], endedAt: at('11:35') } }),
    });
    await renderMeeting(prep);
    const section = screen.getByRole('region', { name: /Läheisten oma neuvonpito/ });

    expect(
      within(section).getByText(
        'Läheisten omasta neuvonpidosta ei kirjata mitään. Vain alkamis- ja päättymisaika tallentuvat.',
      ),
    ).toBeInTheDocument();
    expect(within(section).getByText('klo 10.05')).toBeInTheDocument();
    expect(within(section).getByText('klo 11.35')).toBeInTheDocument();
    expect(within(section).getByText('Neuvotteluhuone Kuusi')).toBeInTheDocument();
    expect(within(section).queryAllByRole('textbox')).toEqual([]);
    expect(section.querySelectorAll('input, textarea, select, [contenteditable]')).toHaveLength(0);
  });

  it('links part 3 to the plan tab, from its step and from its section', async () => {
    const { prep } = prepWith();
    await renderMeeting(prep);
    const planTab = `#/conferences/${prep.conference.id}/plan`;
    const step = partCard('Suunnitelman esittely ja hyväksyminen');
    expect(within(step).getByRole('link', { name: /Avaa suunnitelma/ })).toHaveAttribute('href', planTab);
    const section = screen.getByRole('region', { name: /Suunnitelman esittely ja hyväksyminen/ });
    expect(within(section).getByRole('link', { name: /Avaa suunnitelma/ })).toHaveAttribute('href', planTab);
  });
});

const FOLLOW_UP_ID = '77777777-7777-4777-8777-777777777772';

/*
 * The conference met on 20.10.2026 (Aune was there); its accepted plan invites Aune, Pekka
 * (who took part remotely) and the social worker to today's follow-up, still open. The
 * worker Cawo is already marked on the follow-up's day; two questions await the network.
 */
function withFollowUp() {
  const { prep: base, members } = prepWith();
  const conferenceMeeting: Meeting = {
    ...base.meetings[0]!,
    date: '2026-10-20',
    day: { ...base.meetings[0]!.day, attendance: [{ memberId: members.aune.id, presence: 'in_person', arrivedAt: null, gaveInformation: false, viewsReceivedDate: null, version: 2 }] },
  };
  const member = (m: NetworkMember) => ({ kind: 'member' as const, memberId: m.id });
  const plan: Plan = {
    ...planFieldsSchema.parse({}),
    items: [],
    services: [],
    recipients: [],
    dissents: [],
    followUpDate: '2027-01-26',
    followUpInvitees: [member(members.aune), member(members.pekka), { kind: 'social_worker' }],
    decision: { outcome: 'accepted', reasons: '', date: '2026-10-20' },
    id: '99999999-9999-4999-8999-000000000001',
    conferenceId: base.conference.id,
    meetingId: conferenceMeeting.id,
    number: 1,
    version: 2,
    createdAt: '2026-10-20T12:00:00.000Z',
    updatedAt: '2026-10-20T12:30:00.000Z',
  };
  const followUpMeeting = makeMeeting({
    id: FOLLOW_UP_ID,
    kind: 'follow_up',
    date: '2027-01-26',
    startTime: '13:00',
    endTime: '15:00',
    day: {
      ...emptyMeetingDay(),
      plannedMinutes: { information: 30, private_time: 45, plan: 30 },
      attendance: [{ memberId: members.cawo.id, presence: 'in_person', arrivedAt: null, gaveInformation: false, viewsReceivedDate: null, version: 2 }],
    },
    // Pekka replied to the follow-up that he takes part remotely; Aune has not replied.
    replies: [{ memberId: members.pekka.id, reply: 'remote', version: 2 }],
  });
  followUpMeeting.venue = { ...followUpMeeting.venue, name: 'Perhekeskus Koivikko' };
  const followUp = makeFollowUp({ meetingId: FOLLOW_UP_ID, planId: plan.id });
  followUp.summary = { ...followUp.summary, questions: [
      { id: '99999999-9999-4999-8999-000000000011', text: 'Miten aamut sujuvat nyt?' },
      { id: '99999999-9999-4999-8999-000000000012', text: 'Tarvitaanko perhetyötä yhä?' },
    ] };
  const prep: Preparation = { ...base, meetings: [conferenceMeeting, followUpMeeting], plans: [plan], followUps: [followUp] };
  return { prep, members };
}

describe('meeting mode: an open follow-up meeting', () => {
  it('records the follow-up: the header says so, the list holds its plan’s invitees, and every change names its meeting', async () => {
    const { prep, members } = withFollowUp();
    const { user } = await renderMeeting(prep);

    const header = screen.getByRole('heading', { level: 1, name: 'Äijälä 1/2027' }).closest('header')!;
    expect(within(header).getByText('Seurantakokous')).toBeInTheDocument();
    expect(within(header).getByText('Tiistai 26.1.2027')).toBeInTheDocument();
    expect(within(header).getByText('klo 13.00–15.00')).toBeInTheDocument();
    // A follow-up is shorter than a conference: its 1 t 45 min is not measured against 3–6 hours.
    expect(screen.getByRole('group', { name: 'Koko kokous' })).toHaveTextContent('0 min / 1 t 45 min');
    expect(screen.queryByText('Neuvonpito kestää yleensä 3–6 tuntia.')).not.toBeInTheDocument();

    // The plan's invitees and whoever is already marked on this day; not the conference's list.
    const listed = screen.getAllByRole('group', { name: /: läsnäolo$/ }).map((group) => group.getAttribute('aria-label'));
    expect(listed).toEqual([
      'Sosiaalityöntekijä: läsnäolo',
      'Aune Äijälä: läsnäolo',
      'Pekka Lind: läsnäolo',
      'Cawo Maxamed Xuseen: läsnäolo',
    ]);
    const row = (name: string) => screen.getByRole('group', { name: `${name}: läsnäolo` }).closest('li')!;
    // What each replied to the follow-up, not to the conference (Aune came to the conference).
    expect(row('Aune Äijälä')).toHaveTextContent('mummo · Ennakkoon: Ei vielä kysytty');
    expect(row('Pekka Lind')).toHaveTextContent('naapuri · Ennakkoon: Tulossa etänä');
    expect(row('Cawo Maxamed Xuseen')).toHaveTextContent('koulukuraattori');
    expect(row('Cawo Maxamed Xuseen')).not.toHaveTextContent(/Kutsuttu|Ennakkoon/);
    expect(screen.getByText(/Listalla ovat ne, jotka suunnitelmassa kutsuttiin seurantakokoukseen/)).toBeInTheDocument();
    // Aune came to the conference; at the follow-up nobody has marked her yet.
    expect(within(row('Aune Äijälä')).getByRole('button', { name: 'Paikalla' })).toHaveAttribute('aria-pressed', 'false');

    await user.click(within(row('Aune Äijälä')).getByRole('button', { name: 'Paikalla' }));
    await user.click(within(row('Pekka Lind')).getByRole('button', { name: 'Etänä' }));
    await user.click(within(partCard('Tiedonanto')).getByRole('button', { name: 'Aloita' }));
    expect(await within(partCard('Tiedonanto')).findByText('Käynnissä')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Kysymykset esitelty' }));

    expect(callsOf('meetingDay.setAttendance')).toEqual([
      { meetingId: FOLLOW_UP_ID, memberId: members.aune.id, version: 1, presence: 'in_person', arrivedAt: null, gaveInformation: false, viewsReceivedDate: null },
      { meetingId: FOLLOW_UP_ID, memberId: members.pekka.id, version: 1, presence: 'remote', arrivedAt: null, gaveInformation: false, viewsReceivedDate: null },
    ]);
    expect(callsOf('meetingDay.timer')).toEqual([{ meetingId: FOLLOW_UP_ID, part: 'information', action: 'start' }]);
    expect(callsOf('meetingDay.update')).toEqual([
      {
        meetingId: FOLLOW_UP_ID,
        version: 4,
        plannedMinutes: { information: 30, private_time: 45, plan: 30 },
        socialWorkerPresent: true,
        questionsPresented: true,
      },
    ]);
    const counts = screen.getByRole('list', { name: 'Läsnäolo yhteensä' });
    expect(counts).toHaveTextContent('Paikalla 2');
    expect(counts).toHaveTextContent('Etänä 1');
  });

  it('adds someone unannounced to the follow-up’s day', async () => {
    const { prep } = withFollowUp();
    const { user } = await renderMeeting(prep);

    await user.click(screen.getByRole('button', { name: '+ Lisää paikalle tullut' }));
    const form = screen.getByRole('form', { name: 'Paikalle tuli joku, joka ei ollut listalla' });
    await user.type(within(form).getByLabelText('Nimi'), 'Väinö Väisänen');
    await user.type(within(form).getByLabelText(/Suhde lapseen/), 'eno');
    await user.click(within(form).getByRole('button', { name: 'Lisää läsnäolijoihin' }));

    expect(callsOf('meetingDay.addPerson')).toMatchObject([{ meetingId: FOLLOW_UP_ID, name: 'Väinö Väisänen', presence: 'in_person' }]);
    const row = screen.getByRole('group', { name: 'Väinö Väisänen: läsnäolo' });
    expect(within(row).getByRole('button', { name: 'Paikalla' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('reads right for a follow-up: the summary and the review on the follow-up tab, the refined plan as a new version', async () => {
    const { prep } = withFollowUp();
    await renderMeeting(prep);

    const information = screen.getByRole('region', { name: /Tiedonanto/ });
    expect(within(information).getByText(/esittelee seurantakokouksen yhteenvedon ja kysymykset/)).toBeInTheDocument();
    const questions = within(information).getByRole('group', { name: 'Sosiaalityöntekijän kysymykset' });
    expect(within(questions).getByText('Kysymyksiä verkostolle seurantakokouksen yhteenvedossa: 2.')).toBeInTheDocument();
    expect(within(questions).getByRole('link', { name: /Avaa yhteenveto ja arviointi/ })).toHaveAttribute(
      'href',
      `#/conferences/${prep.conference.id}/followUp`,
    );
    // The workers' information: Cawo is on this day's list.
    expect(within(information).getByRole('group', { name: 'Työntekijöiden tiedonannot' })).toHaveTextContent('Cawo Maxamed Xuseen');

    const privateTime = screen.getByRole('region', { name: /Läheisten oma neuvonpito/ });
    expect(within(privateTime).getByText(/Läheiset arvioivat suunnitelmaa ja tarkentavat sitä/)).toBeInTheDocument();

    const plan = screen.getByRole('region', { name: /Suunnitelman esittely ja hyväksyminen/ });
    expect(within(plan).getByText(/Tee suunnitelmasta uusi versio Suunnitelma-välilehdellä/)).toBeInTheDocument();
    expect(within(plan).getByRole('link', { name: /Avaa suunnitelma/ })).toHaveAttribute('href', `#/conferences/${prep.conference.id}/plan`);
  });
});

describe('meeting mode: a closed conference', () => {
  it('shows the day as recorded and changes nothing', async () => {
    const closed = makeConference({ closure: { reason: 'plan_made', text: '', closedAt: '2027-06-01T09:00:00.000Z' } });
    const { prep, members } = prepWith(
      {
        timers: timers({ information: { segments: [{ startedAt: at('09:05'), endedAt: at('09:45') }], endedAt: at('09:45') } }),
        attendance: [],
      },
      { conference: closed },
    );
    prep.meetings[0]!.day.attendance = [{ memberId: members.aune.id, presence: 'in_person', arrivedAt: null, gaveInformation: false, viewsReceivedDate: null, version: 2 }];
    await renderMeeting(prep);

    expect(screen.getByText(/Neuvonpito on päättynyt/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Aloita' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Jatka' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Muuta kestoa' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Lisää paikalle tullut/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tallenna' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Saapui myöhässä' })).not.toBeInTheDocument();

    const aune = screen.getByRole('group', { name: 'Aune Äijälä: läsnäolo' });
    expect(within(aune).getByRole('button', { name: 'Paikalla' })).toBeDisabled();
    expect(within(aune).getByRole('button', { name: 'Paikalla' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(screen.getByRole('form', { name: /Äijö/ })).getByRole('radio', { name: 'Paikalla itse' })).toBeDisabled();
    expect(within(partCard('Tiedonanto')).getByText('0:40:00')).toBeInTheDocument();
    expect(apiCalls(call)).toEqual([]);
  });
});
