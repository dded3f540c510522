import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { ApiResult } from '../../electron/shared/api/result';
import { translate, type MessageKey } from '../../electron/shared/i18n';
import { planFieldsSchema, type Plan, type PlanFieldsInput } from '../../electron/shared/plan/plan.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { api } from '../../renderer/src/api/client';
import { PlanPage } from '../../renderer/src/features/plan/PlanPage';
import { makeMeeting, makeMember, makePreparation } from '../fixtures/preparation';
import { answerApi, apiCalls } from '../helpers/mock-api';
import { renderInConference } from '../helpers/render-in-conference';

vi.mock('../../renderer/src/api/client', () => ({
  api: { call: vi.fn() },
  isNetworkError: () => false,
}));

const call = api.call as unknown as Mock<(method: string, input: unknown) => Promise<ApiResult<unknown>>>;

const id = (n: number) => `99999999-9999-4999-8999-${String(n).padStart(12, '0')}`;
const Q_SCHOOL = id(1);
const Q_EVENINGS = id(2);
const GENERAL = [1, 2, 3, 4, 5].map((n) => ({
  id: id(10 + n),
  text: translate('fi', `summary.generalQuestion.${n}` as MessageKey),
}));
const MUST_SCHOOL = id(21);
const MUST_EVENINGS = id(22);
const NOT_ALONE = id(23);
const MEETING_ID = '77777777-7777-4777-8777-777777777771';
const FOLLOW_UP_MEETING_ID = '77777777-7777-4777-8777-777777777772';
const STAMP = '2027-01-20T12:00:00.000Z';

const grandma = makeMember({ name: 'Aune Äijälä', relation: 'mummo', invite: 'invite' });
const neighbour = makeMember({ name: 'Pekka Lind', relation: 'naapuri', invite: 'invite' });
const curator = makeMember({
  name: 'Cawo Maxamed Xuseen',
  relation: 'koulukuraattori',
  sector: 'professionals',
  invite: 'invite',
  worker: { organisation: 'Koulu', topic: 'Koulunkäynti', staysForPlan: true, sharingAllowed: true },
});

let itemSeq = 0;
const newId = () => id(1000 + ++itemSeq);

/** A stored plan version, as the API returns it: empty unless `overrides` says otherwise. */
function makePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    ...planFieldsSchema.parse({}),
    items: [],
    services: [],
    recipients: [],
    dissents: [],
    id: id(500),
    conferenceId: '11111111-1111-4111-8111-111111111111',
    meetingId: MEETING_ID,
    number: 1,
    version: 1,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...overrides,
  };
}

function item(questionId: string | null, what: string, overrides: Partial<Plan['items'][number]> = {}): Plan['items'][number] {
  return {
    id: newId(),
    questionId,
    what,
    owner: { kind: 'member', memberId: grandma.id },
    fromDate: null,
    byDate: '2027-03-01',
    followUp: '',
    checker: null,
    bottomLineIds: [],
    ...overrides,
  };
}

function prepWith(plans: Plan[], overrides: Partial<Preparation> = {}): Preparation {
  const base = makePreparation();
  return makePreparation({
    members: [grandma, neighbour, curator],
    summary: {
      ...base.summary,
      openQuestions: [
        { id: Q_SCHOOL, text: 'Miten Äijön koulunkäyntiä tuetaan?' },
        { id: Q_EVENINGS, text: 'Kuka on lasten kanssa iltaisin?' },
      ],
      generalQuestions: GENERAL,
      mustInclude: [
        { id: MUST_SCHOOL, text: 'Koulumatkat on sovittu' },
        { id: MUST_EVENINGS, text: 'Lapsilla on aikuinen iltaisin' },
      ],
      notAcceptable: [{ id: NOT_ALONE, text: 'Lapset jäävät yöksi yksin' }],
    },
    meetings: [makeMeeting({ date: '2027-01-20' })],
    plans,
    ...overrides,
  });
}

/** Answers plan.update as the backend would: the fields stored, ids given, the version bumped. */
function answerPlans(prep: Preparation) {
  let current = prep;
  answerApi(call, (method, input) => {
    if (method === 'plan.update') {
      const { id: planId, version, ...fields } = input as { id: string; version: number } & PlanFieldsInput;
      const parsed = planFieldsSchema.parse(fields);
      const withIds = <T extends { id?: string }>(list: T[]) => list.map((row) => ({ ...row, id: row.id ?? newId() }));
      current = {
        ...current,
        plans: current.plans.map((plan) =>
          plan.id === planId
            ? {
                ...plan,
                ...parsed,
                items: withIds(parsed.items),
                services: withIds(parsed.services),
                recipients: withIds(parsed.recipients),
                dissents: withIds(parsed.dissents),
                version: version + 1,
              }
            : plan,
        ),
      };
      return { ok: true, value: current };
    }
    if (method === 'plan.create') {
      current = { ...current, plans: [makePlan({ meetingId: (input as { meetingId: string }).meetingId })] };
      return { ok: true, value: current };
    }
    if (method === 'plan.revise') {
      const next = makePlan({ ...current.plans.at(-1)!, id: id(501), number: 2, decision: null, meetingId: (input as { meetingId: string }).meetingId });
      current = { ...current, plans: [...current.plans, next] };
      return { ok: true, value: current };
    }
    throw new Error(`unexpected call ${method}`);
  });
}

async function renderPlan(prep: Preparation) {
  answerPlans(prep);
  const view = renderInConference(<PlanPage />, prep);
  await screen.findByText(/^Versio \d|Suunnitelmaa ei ole vielä aloitettu/);
  return { ...view, user: userEvent.setup() };
}

const updates = () => apiCalls(call).filter(([method]) => method === 'plan.update').map(([, input]) => input);
const section = (name: string | RegExp) => screen.getByRole('region', { name });
const itemGroups = (within_: HTMLElement) => within(within_).queryAllByRole('group', { name: /^Sopimus \d+$/ });
const save = (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Tallenna' }));

/** Puts `text` into a text field at once: typing long texts key by key only makes the test slow. */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

beforeEach(() => {
  call.mockReset();
  itemSeq = 0;
});

describe('before the plan is made', () => {
  it('explains that the plan is made in part 3 and starts it for the meeting', async () => {
    const { user } = await renderPlan(prepWith([]));
    expect(screen.getByText(/esittelevät sen kokouksen kolmannessa osassa/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Aloita suunnitelma' }));
    expect(apiCalls(call)).toEqual([['plan.create', { meetingId: MEETING_ID }]]);
    expect(await screen.findByRole('form', { name: 'Suunnitelma' })).toBeInTheDocument();
    expect(screen.getByText('Versio 1 (neuvonpito 20.1.2027)')).toBeInTheDocument();
  });

  it('offers nothing to start in a closed conference', async () => {
    const base = prepWith([]);
    await renderPlan({ ...base, conference: { ...base.conference, closure: { reason: 'other', text: 'Muutto', closedAt: STAMP } } });
    expect(screen.getByText('Suunnitelmaa ei ole vielä aloitettu')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Aloita suunnitelma' })).not.toBeInTheDocument();
  });
});

describe('the plan, question by question', () => {
  it('shows each item under its question, in the order the family presents them', async () => {
    await renderPlan(
      prepWith([
        makePlan({
          items: [
            item(Q_EVENINGS, 'Mummo on iltaisin lasten kanssa maanantaisin.'),
            item(Q_SCHOOL, 'Naapuri vie Äijön kouluun aamuisin.'),
            item(GENERAL[1]!.id, 'Mummo soittaa sosiaalityöntekijälle kerran kuussa.'),
            item(Q_EVENINGS, 'Pekka on lasten kanssa tiistaisin.'),
            item(null, 'Perhe käy uimahallissa yhdessä.'),
          ],
        }),
      ]),
    );
    expect(screen.getByText(/Kirjaa se samassa järjestyksessä/)).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.slice(0, 8)).toEqual([
      'Miten Äijön koulunkäyntiä tuetaan?',
      'Kuka on lasten kanssa iltaisin?',
      ...GENERAL.map((q) => q.text),
      'Muut sopimukset',
    ]);
    const whats = (name: string) =>
      itemGroups(section(name)).map((group) => (within(group).getByRole('textbox', { name: 'Mitä tehdään' }) as HTMLTextAreaElement).value);
    expect(whats('Miten Äijön koulunkäyntiä tuetaan?')).toEqual(['Naapuri vie Äijön kouluun aamuisin.']);
    expect(whats('Kuka on lasten kanssa iltaisin?')).toEqual([
      'Mummo on iltaisin lasten kanssa maanantaisin.',
      'Pekka on lasten kanssa tiistaisin.',
    ]);
    expect(whats(GENERAL[1]!.text)).toEqual(['Mummo soittaa sosiaalityöntekijälle kerran kuussa.']);
    expect(whats('Muut sopimukset')).toEqual(['Perhe käy uimahallissa yhdessä.']);
  });

  it('puts services, monitoring, problems and the follow-up under their general questions', async () => {
    await renderPlan(prepWith([makePlan()]));
    expect(within(section(GENERAL[0]!.text)).getByRole('button', { name: 'Lisää tuki' })).toBeInTheDocument();
    expect(within(section(GENERAL[1]!.text)).getByRole('textbox', { name: /Miten suunnitelmaa seurataan/ })).toBeInTheDocument();
    expect(within(section(GENERAL[2]!.text)).getByRole('textbox', { name: /Mitä tehdään, jos tulee ongelmia/ })).toBeInTheDocument();
    expect(within(section(GENERAL[4]!.text)).getByLabelText(/Seurantakokouksen päivä/)).toBeInTheDocument();
  });

  it('gives services, monitoring, problems and the follow-up their own sections when no question asks for them', async () => {
    const base = prepWith([makePlan()]);
    await renderPlan({ ...base, summary: { ...base.summary, generalQuestions: [{ id: id(11), text: 'Miten isovanhemmat ovat mukana?' }] } });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.slice(2, 8)).toEqual([
      'Miten isovanhemmat ovat mukana?',
      'Muut sopimukset',
      'Tuki palveluilta',
      'Suunnitelman seuranta',
      'Jos suunnitelma ei toteudu',
      'Seurantakokous',
    ]);
    expect(within(section('Seurantakokous')).getByLabelText(/Seurantakokouksen päivä/)).toBeInTheDocument();
  });

  it('lists the children, the network and the social worker as owners, and refuses an item nobody does', async () => {
    const { user } = await renderPlan(prepWith([makePlan()]));
    const school = section('Miten Äijön koulunkäyntiä tuetaan?');
    await user.click(within(school).getByRole('button', { name: 'Lisää sopimus' }));
    const [added] = itemGroups(school);
    const whatBox = within(added!).getByRole('textbox', { name: 'Mitä tehdään' });
    expect(whatBox).toHaveFocus();
    await user.type(whatBox, 'Joku hoitaa läksyt.');

    const owner = within(added!).getByRole('combobox', { name: 'Kuka tekee' });
    const options = within(owner).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual([
      'Valitse henkilö…',
      'Äijö (lapsi, 12 v)',
      'Sanni (lapsi, 8 v)',
      'Aune Äijälä (mummo)',
      'Pekka Lind (naapuri)',
      'Leena Korhonen (sosiaalityöntekijä)',
      'Cawo Maxamed Xuseen (koulukuraattori)',
    ]);

    await save(user);
    expect(await within(added!).findByText('Valitse, kuka tekee: joku läheisverkostosta tai sosiaalityöntekijä.')).toBeInTheDocument();
    expect(updates()).toEqual([]);
    expect(screen.getByText(/Tekijä puuttuu: sopimus 1 \(Miten Äijön koulunkäyntiä tuetaan\?\)/)).toBeInTheDocument();

    await user.selectOptions(owner, 'Leena Korhonen (sosiaalityöntekijä)');
    await save(user);
    await waitFor(() => expect(updates()).toHaveLength(1));
    expect((updates()[0] as { items: unknown[] }).items).toEqual([
      expect.objectContaining({ what: 'Joku hoitaa läksyt.', owner: { kind: 'social_worker' } }),
    ]);
  });

  it('lets a child do a task, listed among the children; only the task, not its check', async () => {
    const prep = prepWith([makePlan()]);
    const aijo = prep.conference.children[0]!;
    const { user } = await renderPlan(prep);
    const school = section('Miten Äijön koulunkäyntiä tuetaan?');
    await user.click(within(school).getByRole('button', { name: 'Lisää sopimus' }));
    const [added] = itemGroups(school);
    await user.type(within(added!).getByRole('textbox', { name: 'Mitä tehdään' }), 'Äijö tekee läksyt ennen iltapalaa.');
    const owner = within(added!).getByRole('combobox', { name: 'Kuka tekee' });
    const groups = within(owner).getAllByRole('group').map((g) => g.getAttribute('label'));
    expect(groups).toEqual(['Lapset', 'Läheisverkosto', 'Työntekijät']);
    const checker = within(added!).getByRole('combobox', { name: /Kuka tarkistaa/ });
    expect(within(checker).queryByRole('option', { name: /lapsi/ })).toBeNull();

    await user.selectOptions(owner, 'Äijö (lapsi, 12 v)');
    await save(user);
    await waitFor(() => expect(updates()).toHaveLength(1));
    expect((updates()[0] as { items: unknown[] }).items).toEqual([
      expect.objectContaining({ what: 'Äijö tekee läksyt ennen iltapalaa.', owner: { kind: 'child', childId: aijo.id } }),
    ]);
    expect(owner).toHaveDisplayValue('Äijö (lapsi, 12 v)');
  });

  it('moves an item within its question by keyboard, focus following it', async () => {
    const { user } = await renderPlan(
      prepWith([makePlan({ items: [item(Q_EVENINGS, 'Maanantait: mummo.'), item(Q_EVENINGS, 'Tiistait: Pekka.')] })]),
    );
    const evenings = section('Kuka on lasten kanssa iltaisin?');
    const down = within(evenings).getByRole('button', { name: 'Siirrä alaspäin: Sopimus 1' });
    down.focus();
    await user.keyboard('{Enter}');
    const whats = itemGroups(evenings).map((g) => (within(g).getByRole('textbox', { name: 'Mitä tehdään' }) as HTMLTextAreaElement).value);
    expect(whats).toEqual(['Tiistait: Pekka.', 'Maanantait: mummo.']);
    expect(within(evenings).getByRole('button', { name: 'Siirrä ylöspäin: Sopimus 2' })).toHaveFocus();

    await save(user);
    await waitFor(() => expect(updates()).toHaveLength(1));
    expect((updates()[0] as { items: { what: string }[] }).items.map((i) => i.what)).toEqual(['Tiistait: Pekka.', 'Maanantait: mummo.']);
  });

  it('warns when the follow-up meeting is outside 3–6 months from the meeting', async () => {
    const { user } = await renderPlan(prepWith([makePlan()]));
    const date = screen.getByLabelText(/Seurantakokouksen päivä/);
    expect(screen.getByText('Tavallisesti 20.4.2027–20.7.2027.')).toBeInTheDocument();

    await user.type(date, '1.9.2027');
    expect(screen.getByText(/Seurantakokous pidetään yleensä 3–6 kuukauden kuluttua/)).toBeInTheDocument();
    await user.clear(date);
    await user.type(date, '12.5.2027');
    expect(screen.queryByText(/Seurantakokous pidetään yleensä 3–6 kuukauden kuluttua/)).not.toBeInTheDocument();
  });

  it('records a dissent: who and what', async () => {
    const { user } = await renderPlan(prepWith([makePlan({ items: [item(Q_SCHOOL, 'Naapuri vie kouluun.')] })]));
    const dissents = section('Eriävät mielipiteet');
    expect(within(dissents).getByText(/vain, jos henkilö itse haluaa/)).toBeInTheDocument();
    await user.click(within(dissents).getByRole('button', { name: 'Lisää eriävä mielipide' }));
    await user.selectOptions(within(dissents).getByRole('combobox', { name: 'Kenen mielipide' }), 'Pekka Lind (naapuri)');
    await user.type(within(dissents).getByRole('textbox', { name: 'Mielipide hänen omin sanoin' }), 'Aamut ovat minulle liian aikaisin.');
    await save(user);
    await waitFor(() => expect(updates()).toHaveLength(1));
    expect((updates()[0] as { dissents: unknown }).dissents).toEqual([
      { person: { kind: 'member', memberId: neighbour.id }, text: 'Aamut ovat minulle liian aikaisin.' },
    ]);
  });
});

describe('the bottom lines and the decision', () => {
  it('flags the bottom lines in words until an item fulfils them and the plan is checked', async () => {
    const { user } = await renderPlan(prepWith([makePlan({ items: [item(Q_SCHOOL, 'Naapuri vie Äijön kouluun.')] })]));
    const panel = section('Tarkista ennen päätöstä');
    expect(within(panel).getByText('Suunnitelma ei vielä täytä reunaehtoa: Koulumatkat on sovittu')).toBeInTheDocument();
    expect(within(panel).getByText('Suunnitelma ei vielä täytä reunaehtoa: Lapsilla on aikuinen iltaisin')).toBeInTheDocument();
    const notAlone = within(panel).getByText('Lapset jäävät yöksi yksin').closest('li')!;
    expect(notAlone).toHaveTextContent('Ei vielä tarkistettu.');

    const [schoolItem] = itemGroups(section('Miten Äijön koulunkäyntiä tuetaan?'));
    await user.click(within(schoolItem!).getByRole('checkbox', { name: 'Koulumatkat on sovittu' }));
    expect(within(panel).queryByText('Suunnitelma ei vielä täytä reunaehtoa: Koulumatkat on sovittu')).not.toBeInTheDocument();
    expect(within(panel).getByText('Täyttää: sopimus 1 (Miten Äijön koulunkäyntiä tuetaan?)')).toBeInTheDocument();

    const box = within(panel).getByRole('checkbox', { name: 'Suunnitelma ei sisällä tätä' });
    expect(box).toHaveAccessibleDescription('Lapset jäävät yöksi yksin');
    await user.click(box);
    expect(notAlone).not.toHaveTextContent('Ei vielä tarkistettu.');

    await save(user);
    await waitFor(() => expect(updates()).toHaveLength(1));
    expect(updates()[0]).toMatchObject({
      items: [expect.objectContaining({ bottomLineIds: [MUST_SCHOOL] })],
      checkedNotAcceptableIds: [NOT_ALONE],
    });
  });

  it('asks before saving an acceptance while bottom lines are open', async () => {
    const { user } = await renderPlan(prepWith([makePlan({ items: [item(Q_SCHOOL, 'Naapuri vie Äijön kouluun.')] })]));
    await user.click(screen.getByRole('radio', { name: 'Hyväksytty' }));
    expect(screen.getByLabelText('Päätöksen päivä')).toHaveValue('20.1.2027');
    await save(user);

    const dialog = await screen.findByRole('dialog', { name: 'Reunaehdot eivät vielä täyty' });
    expect(dialog).toHaveTextContent('Suunnitelma ei vielä täytä reunaehtoa: Koulumatkat on sovittu');
    expect(dialog).toHaveTextContent('Tarkistamatta, ettei suunnitelma sisällä tätä: Lapset jäävät yöksi yksin');
    await user.click(within(dialog).getByRole('button', { name: 'Palaa tarkistamaan' }));
    expect(updates()).toEqual([]);

    await save(user);
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Tallenna päätös' }));
    await waitFor(() => expect(updates()).toHaveLength(1));
    expect(updates()[0]).toMatchObject({ decision: { outcome: 'accepted', reasons: '', date: '2027-01-20' } });
    // Accepted: the content now reads, and a new version is offered.
    expect(await screen.findByRole('button', { name: 'Tee uusi versio' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Mitä tehdään' })).not.toBeInTheDocument();
  });

  it('requires the reasons unless the plan is accepted as it is', async () => {
    const { user } = await renderPlan(prepWith([makePlan({ items: [item(Q_SCHOOL, 'Naapuri vie Äijön kouluun.')] })]));
    await user.click(screen.getByRole('radio', { name: 'Ei hyväksytty' }));
    await save(user);
    expect(
      await screen.findByText('Kerro perustelut, kun suunnitelma hyväksytään muutoksin tai sitä ei hyväksytä.'),
    ).toBeInTheDocument();
    expect(updates()).toEqual([]);

    await user.type(screen.getByRole('textbox', { name: 'Perustelut' }), 'Iltojen turvallisuus puuttuu.');
    await save(user);
    await waitFor(() => expect(updates()).toHaveLength(1));
    expect(updates()[0]).toMatchObject({
      decision: { outcome: 'not_accepted', reasons: 'Iltojen turvallisuus puuttuu.', date: '2027-01-20' },
    });
    // Not accepted: the family goes on with the plan, so it stays editable.
    expect(screen.getAllByRole('textbox', { name: 'Mitä tehdään' })).toHaveLength(1);
  });
});

describe('after the decision', () => {
  const accepted = () =>
    makePlan({
      items: [item(Q_SCHOOL, 'Naapuri vie Äijön kouluun.', { owner: { kind: 'member', memberId: neighbour.id } })],
      decision: { outcome: 'accepted_with_changes', reasons: 'Iltavuorot lisätään.', date: '2027-01-20' },
      checkedNotAcceptableIds: [NOT_ALONE],
    });

  it('keeps the distribution log open while the content only reads', async () => {
    const { user } = await renderPlan(prepWith([accepted()]));
    expect(screen.getByText('Naapuri vie Äijön kouluun.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Mitä tehdään' })).not.toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: 'Hyväksytty' })).not.toBeInTheDocument();
    // How to enter the plan is no longer the point once it is decided.
    expect(screen.queryByText(/Kirjaa se samassa järjestyksessä/)).not.toBeInTheDocument();
    expect(screen.getByText('Hyväksytty muutoksin 20.1.2027', { exact: false })).toBeInTheDocument();

    const log = section('Suunnitelman jakelu');
    await user.click(within(log).getByRole('button', { name: 'Lisää kaikki, joilla on tehtävä' }));
    await user.type(within(log).getByLabelText(/Lähetetty/), '22.1.2027');
    await user.selectOptions(within(log).getByRole('combobox', { name: 'Miten' }), 'Suojatulla sähköpostilla');
    await save(user);

    await waitFor(() => expect(updates()).toHaveLength(1));
    const sent = updates()[0] as Record<string, unknown>;
    expect(sent.recipients).toEqual([
      { recipient: { kind: 'member', memberId: neighbour.id }, sentDate: '2027-01-22', channel: 'secure_email' },
    ]);
    // The content goes back exactly as it was decided.
    expect(sent.items).toEqual([expect.objectContaining({ what: 'Naapuri vie Äijön kouluun.', questionId: Q_SCHOOL })]);
    expect(sent.decision).toEqual(accepted().decision);
  });

  it('makes a new version at the latest meeting', async () => {
    const followUp = makeMeeting({ id: FOLLOW_UP_MEETING_ID, kind: 'follow_up', date: '2027-06-12' });
    const prep = prepWith([accepted()]);
    const { user } = await renderPlan({ ...prep, meetings: [...prep.meetings, followUp] });
    await user.click(screen.getByRole('button', { name: 'Tee uusi versio' }));
    expect(apiCalls(call)).toEqual([['plan.revise', { id: id(500), version: 1, meetingId: FOLLOW_UP_MEETING_ID }]]);
    expect(await screen.findByText('Versio 2 (seurantakokous 12.6.2027)')).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Suunnitelma' })).toBeInTheDocument();
  });

  it('lets an earlier version be read, and only read', async () => {
    const followUp = makeMeeting({ id: FOLLOW_UP_MEETING_ID, kind: 'follow_up', date: '2027-06-12' });
    const second = makePlan({
      id: id(501),
      number: 2,
      meetingId: FOLLOW_UP_MEETING_ID,
      items: [item(Q_SCHOOL, 'Äijö kulkee kouluun itse.')],
    });
    const prep = prepWith([accepted(), second]);
    const { user } = await renderPlan({ ...prep, meetings: [...prep.meetings, followUp] });
    expect(screen.getByText('Versio 2 (seurantakokous 12.6.2027)')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'aiemmat versiot' }));
    await user.click(screen.getByRole('button', { name: 'Versio 1 (neuvonpito 20.1.2027)' }));
    expect(screen.getByText('Luet aiempaa versiota. Sitä ei voi muuttaa.')).toBeInTheDocument();
    expect(screen.getByText('Naapuri vie Äijön kouluun.')).toBeVisible();
    expect(screen.getByText('Iltavuorot lisätään.')).toBeVisible();
    expect(screen.queryByRole('textbox', { name: 'Mitä tehdään' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Palaa nykyiseen versioon 2' }));
    expect(screen.getByRole('textbox', { name: 'Mitä tehdään' })).toHaveValue('Äijö kulkee kouluun itse.');
  });

  it('only reads in a closed conference', async () => {
    const base = prepWith([makePlan({ items: [item(Q_SCHOOL, 'Naapuri vie Äijön kouluun.')] })]);
    await renderPlan({ ...base, conference: { ...base.conference, closure: { reason: 'plan_made', text: '', closedAt: STAMP } } });
    expect(screen.getByText('Naapuri vie Äijön kouluun.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Lisää|Tallenna|Tee uusi versio/ })).not.toBeInTheDocument();
  });
});

describe('what is sent', () => {
  it('sends the whole plan to plan.update with the version it was read at', async () => {
    const { user } = await renderPlan(prepWith([makePlan({ version: 3 })]));
    const evenings = section('Kuka on lasten kanssa iltaisin?');
    await user.click(within(evenings).getByRole('button', { name: 'Lisää sopimus' }));
    const [added] = itemGroups(evenings);
    const box = within(added!);
    await fill(user, box.getByRole('textbox', { name: 'Mitä tehdään' }), 'Mummo on lasten kanssa maanantai-iltaisin.');
    await user.selectOptions(box.getByRole('combobox', { name: 'Kuka tekee' }), 'Aune Äijälä (mummo)');
    await user.type(box.getByLabelText(/Mistä alkaen/), '1.2.2027');
    await user.type(box.getByLabelText(/Mihin mennessä/), '31.5.2027');
    await fill(user, box.getByRole('textbox', { name: /Miten seurataan/ }), 'Kerrotaan seurantakokouksessa.');
    await user.selectOptions(box.getByRole('combobox', { name: /Kuka tarkistaa/ }), 'Leena Korhonen (sosiaalityöntekijä)');
    await user.click(box.getByRole('checkbox', { name: 'Lapsilla on aikuinen iltaisin' }));

    const services = section(GENERAL[0]!.text);
    await user.click(within(services).getByRole('button', { name: 'Lisää tuki' }));
    const worker = within(services).getByRole('combobox', { name: 'Työntekijä' });
    expect(within(worker).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Valitse henkilö…',
      'Leena Korhonen (sosiaalityöntekijä)',
      'Cawo Maxamed Xuseen (koulukuraattori)',
    ]);
    await user.selectOptions(worker, 'Cawo Maxamed Xuseen (koulukuraattori)');
    await fill(user, within(services).getByRole('textbox', { name: 'Mihin tukea tarvitaan' }), 'Läksytuki kahdesti viikossa.');
    await fill(user, screen.getByRole('textbox', { name: /Miten suunnitelmaa seurataan/ }), 'Mummo kokoaa kuulumiset.');
    await fill(user, screen.getByRole('textbox', { name: /Mitä tehdään, jos tulee ongelmia/ }), 'Soitetaan sosiaalityöntekijälle.');
    await user.type(screen.getByLabelText(/Seurantakokouksen päivä/), '12.5.2027');
    const invitees = screen.getByRole('group', { name: 'Kenet seurantakokoukseen kutsutaan' });
    await user.click(within(invitees).getByRole('checkbox', { name: 'Pekka Lind (naapuri)' }));
    await user.click(within(invitees).getByRole('checkbox', { name: 'Aune Äijälä (mummo)' }));

    await save(user);
    await waitFor(() => expect(updates()).toHaveLength(1));
    expect(updates()[0]).toEqual({
      id: id(500),
      version: 3,
      items: [
        {
          questionId: Q_EVENINGS,
          what: 'Mummo on lasten kanssa maanantai-iltaisin.',
          owner: { kind: 'member', memberId: grandma.id },
          fromDate: '2027-02-01',
          byDate: '2027-05-31',
          followUp: 'Kerrotaan seurantakokouksessa.',
          checker: { kind: 'social_worker' },
          bottomLineIds: [MUST_EVENINGS],
        },
      ],
      services: [{ worker: { kind: 'member', memberId: curator.id }, what: 'Läksytuki kahdesti viikossa.' }],
      problems: 'Soitetaan sosiaalityöntekijälle.',
      monitoring: 'Mummo kokoaa kuulumiset.',
      recipients: [],
      followUpDate: '2027-05-12',
      // In the order of the list, not the order of the clicks.
      followUpInvitees: [
        { kind: 'member', memberId: grandma.id },
        { kind: 'member', memberId: neighbour.id },
      ],
      dissents: [],
      checkedNotAcceptableIds: [],
      decision: null,
    });
    await screen.findByText('Muutokset tallennettu.');
    // A whole plan filled in click by click: more than the default 5 s on a busy machine.
  });
});
