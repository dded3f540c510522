import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConferenceListItem } from '../../electron/shared/conference/conference.schema';
import type { MeetingType } from '../../electron/shared/conference/conference-lists';
import type { NextDue } from '../../electron/shared/conference/next-due.types';
import { planFieldsSchema, type Plan, type PlanFieldsInput } from '../../electron/shared/plan/plan.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { RouterProvider } from '../../renderer/src/app/Router';
import { NoticeProvider } from '../../renderer/src/components/Notices';
import { emptyFormValues } from '../../renderer/src/features/conference/conference-form-values';
import { ConferenceForm } from '../../renderer/src/features/conference/ConferenceForm';
import { ConferenceListPage } from '../../renderer/src/features/conference/ConferenceListPage';
import { NextDueLine } from '../../renderer/src/features/conference/NextDueLine';
import { FollowUpPage } from '../../renderer/src/features/follow-up/FollowUpPage';
import { PlanPage } from '../../renderer/src/features/plan/PlanPage';
import { I18nProvider } from '../../renderer/src/i18n/I18nProvider';
import { makeMeeting, makeMember, makePreparation } from '../fixtures/preparation';
import { listAnswer } from '../helpers/list-answer';
import { answerApi, apiCalls } from '../helpers/mock-api';
import { renderInConference } from '../helpers/render-in-conference';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

const id = (n: number) => `99999999-9999-4999-8999-${String(n).padStart(12, '0')}`;

function wrap(ui: React.ReactNode) {
  return render(
    <I18nProvider>
      <NoticeProvider>
        <RouterProvider>{ui}</RouterProvider>
      </NoticeProvider>
    </I18nProvider>,
  );
}

/** A network-mapping meeting's preparation: its guardian is in the network. */
function mappingPrep(overrides: Partial<Preparation> = {}): Preparation {
  const base = makePreparation();
  const guardian = makeMember({ id: base.conference.guardians[0]!.memberId, name: 'Maija Äijälä', relation: 'äiti', invite: 'invite' });
  return {
    ...base,
    conference: { ...base.conference, meetingType: 'verkostokartoitus', phase: 'neuvonpito' },
    members: [guardian, makeMember({ name: 'Aune Äijälä', relation: 'mummo', invite: 'invite' })],
    meetings: [makeMeeting({ date: '2027-01-20' })],
    ...overrides,
  };
}

function makePlan(overrides: Partial<Plan> = {}): Plan {
  return {
    ...planFieldsSchema.parse({}),
    items: [],
    services: [],
    recipients: [],
    dissents: [],
    id: id(500),
    conferenceId: '11111111-1111-4111-8111-111111111111',
    meetingId: makeMeeting().id,
    number: 1,
    version: 1,
    createdAt: '2027-01-20T12:00:00.000Z',
    updatedAt: '2027-01-20T12:00:00.000Z',
    ...overrides,
  };
}

beforeEach(() => {
  answerApi(call);
});

describe('the new-conference form', () => {
  it('offers the kinds of meeting as cards with what each is, and creates a mapping meeting dated by its request', async () => {
    const onSubmit = vi.fn(async (_values: unknown) => ({ ok: true as const, value: { id: 'x' } }));
    wrap(
      <ConferenceForm
        defaultValues={emptyFormValues('2027-01-11')}
        creating={{ submitLabel: 'Lisää neuvonpito' }}
        onSubmit={onSubmit}
        onSaved={() => {}}
      />,
    );
    const kinds = await screen.findByRole('radiogroup', { name: 'Tapaamisen tyyppi' });
    const conference = within(kinds).getByRole('radio', { name: /^Läheisneuvonpito/ });
    const mapping = within(kinds).getByRole('radio', { name: /^Läheisverkoston kartoitus/ });
    expect(conference).toBeChecked();
    expect(kinds).toHaveTextContent(/postitetaan asiakkaalle/);
    expect(screen.getByLabelText('Toimeksiannon päivämäärä')).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(mapping);
    // The commission of a mapping meeting is the social worker's request.
    expect(screen.getByLabelText('Pyynnön päivä')).toHaveValue('11.1.2027');
    expect(screen.queryByLabelText('Toimeksiannon päivämäärä')).not.toBeInTheDocument();

    await user.type(screen.getByLabelText('Tunnus'), 'Lahti 4/2027');
    await user.type(screen.getByLabelText('Etunimi'), 'Eetu');
    await user.type(screen.getByLabelText('Syntymävuosi'), '2016');
    await user.type(within(screen.getByRole('region', { name: 'Sosiaalityöntekijä' })).getByLabelText('Nimi'), 'Leena Korhonen');
    await user.click(screen.getByRole('button', { name: 'Lisää neuvonpito' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ meetingType: 'verkostokartoitus', commissionDate: '2027-01-11', reference: 'Lahti 4/2027' });
  });

  it('shows the refusal to change the kind of a begun meeting on the type field', async () => {
    const prep = mappingPrep();
    const onSubmit = vi.fn(async () => ({
      ok: false as const,
      error: { code: 'invalid_input' as const, message: 'x', issues: [{ path: ['meetingType'], message: 'validation.meetingTypeFixed' }] },
    }));
    wrap(
      <ConferenceForm
        defaultValues={{ ...emptyFormValues('2027-01-11'), reference: 'Lahti 4/2027', meetingType: 'verkostokartoitus',
          children: [{ firstName: 'Eetu', birthYear: 2016 }], socialWorker: { name: 'Leena Korhonen', unit: '', phone: '', email: '' } }}
        records={prep}
        onSubmit={onSubmit}
        onSaved={() => {}}
      />,
    );
    const type = await screen.findByLabelText('Tapaamisen tyyppi');
    const user = userEvent.setup();
    await user.selectOptions(type, 'laheisneuvonpito');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    // Next to the field (the save bar's summary names it too, as a link to the field).
    await waitFor(() => expect(type).toHaveAccessibleDescription(/Tapaamisen tyyppiä ei voi vaihtaa/));
    expect(type).toHaveAttribute('aria-invalid', 'true');
  });
});

describe('the conference list', () => {
  let seq = 0;
  function row(reference: string, meetingType: MeetingType, nextDue: NextDue | null): ConferenceListItem {
    seq += 1;
    const { conference } = makePreparation();
    return {
      ...conference,
      id: `11111111-1111-4111-8111-${String(seq).padStart(12, '0')}`,
      reference,
      meetingType,
      commissionDate: '2027-02-20',
      nextDue,
      meeting: null,
    };
  }

  it('marks a mapping meeting and narrows the list by kind beside the phase filter', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-01T08:00:00.000Z'));
    try {
      const lind = row('Lind 2/2027', 'laheisneuvonpito', { kind: 'setDate', meetingKind: 'conference', due: null, overdueDays: 0 });
      const lahti = row('Lahti 4/2027', 'verkostokartoitus', { kind: 'setDate', meetingKind: 'conference', due: null, overdueDays: 0 });
      answerApi(call, (method, input) => (method === 'conference.list' ? listAnswer([lind, lahti], input) : { ok: false }));
      wrap(<ConferenceListPage />);
      const table = await screen.findByRole('table');
      const rowOf = (name: string) => within(table).getByRole('row', { name: new RegExp(name) });
      expect(rowOf('Lahti 4/2027')).toHaveTextContent('Kartoitus');
      expect(within(rowOf('Lahti 4/2027')).getByRole('link', { name: 'Sovi kartoituksen aika' })).toBeInTheDocument();
      expect(within(rowOf('Lind 2/2027')).queryByText('Kartoitus')).not.toBeInTheDocument();
      expect(within(rowOf('Lind 2/2027')).getByRole('link', { name: 'Sovi neuvonpidon aika' })).toBeInTheDocument();

      const kind = screen.getByLabelText('Tyyppi');
      expect(within(kind).getAllByRole('option').map((o) => o.textContent)).toEqual([
        'Kaikki tyypit',
        'Läheisneuvonpito',
        'Läheisverkoston kartoitus',
      ]);
      const user = userEvent.setup();
      await user.selectOptions(kind, 'verkostokartoitus');
      // The server is asked again: the rows shown stay until its answer comes.
      await waitFor(() => expect(within(table).queryByText('Lind 2/2027')).not.toBeInTheDocument());
      expect(within(table).getByText('Lahti 4/2027')).toBeInTheDocument();
      expect(screen.getByText('1 neuvonpito')).toBeInTheDocument();
      // The phase filter still narrows on its own.
      expect(screen.getByLabelText('Vaihe')).toHaveValue('active');
      await user.selectOptions(kind, 'laheisneuvonpito');
      expect(await within(table).findByText('Lind 2/2027')).toBeInTheDocument();
      expect(within(table).queryByText('Lahti 4/2027')).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('"Seuraavaksi" for a mapping meeting', () => {
  const CONFERENCE = '11111111-1111-4111-8111-000000000009';
  const line = (next: NextDue, meetingType: MeetingType) =>
    wrap(<NextDueLine next={next} conferenceId={CONFERENCE} meetingType={meetingType} today="2027-03-01" />);

  it('calls its meeting "Kartoitus", a follow-up meeting still a follow-up meeting', async () => {
    line({ kind: 'meeting', meetingKind: 'conference', due: '2027-03-10', overdueDays: 0 }, 'verkostokartoitus');
    expect(await screen.findByRole('link', { name: 'Kartoitus' })).toHaveAttribute('href', `#/conferences/${CONFERENCE}/arrangements`);
    line({ kind: 'meeting', meetingKind: 'conference', due: '2027-03-10', overdueDays: 0 }, 'laheisneuvonpito');
    expect(await screen.findByRole('link', { name: 'Neuvonpito' })).toBeInTheDocument();
    line({ kind: 'meeting', meetingKind: 'follow_up', due: '2027-03-10', overdueDays: 0 }, 'verkostokartoitus');
    expect(await screen.findByRole('link', { name: 'Seurantakokous' })).toBeInTheDocument();
  });

  it('links posting the plan to the plan tab and closing to the follow-up tab', async () => {
    line({ kind: 'postPlan', due: '2027-02-25', overdueDays: 4 }, 'verkostokartoitus');
    line({ kind: 'close', due: null, overdueDays: 0 }, 'verkostokartoitus');
    expect(await screen.findByRole('link', { name: 'Postita suunnitelma asiakkaalle' })).toHaveAttribute(
      'href',
      `#/conferences/${CONFERENCE}/plan`,
    );
    expect(screen.getByText('Myöhässä 4 päivää')).toBeInTheDocument();
    // The second line renders on its own (its texts load apart from the first's): waited for too.
    expect(await screen.findByRole('link', { name: 'Ei sovittua seurantaa: päätä kartoitus' })).toHaveAttribute(
      'href',
      `#/conferences/${CONFERENCE}/followUp`,
    );
  });
});

describe("a mapping meeting's plan", () => {
  function answerPlans(prep: Preparation) {
    let current = prep;
    answerApi(call, (method, input) => {
      if (method !== 'plan.update') throw new Error(`unexpected call ${method}`);
      const { id: planId, version, ...fields } = input as { id: string; version: number } & PlanFieldsInput;
      const parsed = planFieldsSchema.parse(fields);
      let n = 900;
      const withIds = <T extends { id?: string }>(list: T[]) => list.map((r) => ({ ...r, id: r.id ?? id(++n) }));
      current = {
        ...current,
        plans: current.plans.map((plan) =>
          plan.id === planId
            ? { ...plan, ...parsed, items: withIds(parsed.items), services: withIds(parsed.services), recipients: withIds(parsed.recipients), dissents: withIds(parsed.dissents), version: version + 1 }
            : plan,
        ),
      };
      return { ok: true, value: current };
    });
  }

  it('lists only the agreed things, each with who is responsible, without questions or bottom lines', async () => {
    const prep = mappingPrep({ plans: [makePlan()] });
    answerPlans(prep);
    renderInConference(<PlanPage />, prep);
    const form = await screen.findByRole('form', { name: 'Suunnitelma' });
    const headings = within(form).getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings[0]).toBe('Sovitut asiat');
    expect(headings).not.toContain('Muut sopimukset');
    expect(headings).not.toContain('Tarkista ennen päätöstä');
    expect(within(form).queryByText(/Yleinen kysymys|Avoin kysymys/)).not.toBeInTheDocument();
    expect(within(form).queryByText('Sosiaalityöntekijä ei ole asettanut reunaehtoja.')).not.toBeInTheDocument();

    const user = userEvent.setup();
    const agreed = screen.getByRole('region', { name: 'Sovitut asiat' });
    await user.click(within(agreed).getByRole('button', { name: 'Lisää sopimus' }));
    const what = within(agreed).getByLabelText('Mitä tehdään');
    await user.click(what);
    await user.paste('Mummo hakee Äijön koulusta tiistaisin.');
    await user.selectOptions(within(agreed).getByLabelText('Kuka tekee'), 'Aune Äijälä (mummo)');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(apiCalls(call).length).toBe(1));
    const sent = apiCalls(call)[0]![1] as PlanFieldsInput;
    expect(sent.items).toEqual([
      expect.objectContaining({ questionId: null, what: 'Mummo hakee Äijön koulusta tiistaisin.', owner: { kind: 'member', memberId: prep.members[1]!.id } }),
    ]);
  });

  it("marks the guardian's copy posted today in one click", async () => {
    const prep = mappingPrep({
      plans: [makePlan({ decision: { outcome: 'accepted', reasons: '', date: '2027-01-20' } })],
    });
    answerPlans(prep);
    renderInConference(<PlanPage />, prep, '2027-01-22');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Postitettu asiakkaalle tänään' }));
    const copy = screen.getByRole('group', { name: 'Vastaanottaja 1' });
    expect(within(copy).getByLabelText('Vastaanottaja')).toHaveDisplayValue('Maija Äijälä (äiti)');
    expect(within(copy).getByLabelText(/Lähetetty/)).toHaveValue('22.1.2027');
    expect(within(copy).getByLabelText('Miten')).toHaveValue('post');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(apiCalls(call).length).toBe(1));
    expect((apiCalls(call)[0]![1] as PlanFieldsInput).recipients).toEqual([
      expect.objectContaining({ recipient: { kind: 'member', memberId: prep.conference.guardians[0]!.memberId }, sentDate: '2027-01-22', channel: 'post' }),
    ]);
  });
});

describe("a mapping meeting's follow-up tab", () => {
  it('says no follow-up is agreed and offers closing, or a follow-up meeting anyway', async () => {
    const prep = mappingPrep({
      plans: [makePlan({ decision: { outcome: 'accepted', reasons: '', date: '2027-01-20' }, followUpDate: null })],
    });
    const onClose = vi.fn();
    renderInConference(<FollowUpPage onClose={onClose} />, prep);
    expect(await screen.findByRole('heading', { name: 'Seurantaa ei ole sovittu' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Päätä ilman seurantaa' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Luo seurantakokous silti' }));
    expect(screen.queryByRole('heading', { name: 'Seurantaa ei ole sovittu' })).not.toBeInTheDocument();
    expect(screen.getByText('Suunnitelmassa ei ole sovittu seurantakokouksen päivää.')).toBeInTheDocument();
  });
});
