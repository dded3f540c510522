import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { OverviewTab } from '../../renderer/src/features/conference/OverviewTab';
import { makePlanPreparation } from '../fixtures/documents';
import { makeMeeting, makeMember, makePreparation } from '../fixtures/preparation';
import { answerApi, apiCalls } from '../helpers/mock-api';
import { renderInConference } from '../helpers/render-in-conference';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

// The overview is a big screen to render in jsdom; the machine may be busy with other suites.
const TIMEOUT = { timeout: 15_000 };
const SLOW = { timeout: 30_000 };

/** Äijö has every kind of record; Sanni has none. */
function preparationWithRecords(): Preparation {
  const base = makePreparation();
  const [aijo] = base.conference.children;
  const meeting = makeMeeting({ date: '2027-03-03' });
  return {
    ...base,
    commission: { ...base.commission, childIds: [aijo!.id], guardianIds: [base.conference.guardians[0]!.id] },
    children: base.children.map((c) =>
      c.childId === aijo!.id ? { ...c, participation: 'support_person', note: 'Haluaa istua mummon vieressä.' } : c,
    ),
    members: [makeMember({ name: 'Aune Äijälä', invite: 'invite', supportForChildIds: [aijo!.id] })],
    meetings: [
      {
        ...meeting,
        day: {
          ...meeting.day,
          children: [
            {
              childId: aijo!.id,
              heard: 'support_person',
              note: '',
              threeHouses: { worries: 'Aamut.', goodThings: 'Mummo.', dreams: 'Koira.' },
              version: 1,
            },
          ],
        },
      },
    ],
  };
}

function answerUpdates(prep: Preparation) {
  answerApi(call, (method, input) =>
    method === 'conference.update'
      ? { ok: true, value: { ...prep.conference, ...input, version: prep.conference.version + 1 } }
      : { ok: false, error: { code: 'internal', message: 'x' } },
  );
}

function childNames(): string[] {
  return screen.getAllByLabelText('Etunimi').map((input) => (input as HTMLInputElement).value);
}

describe('removing a child or guardian on the overview', SLOW, () => {
  let prep: Preparation;
  beforeEach(() => {
    prep = preparationWithRecords();
    answerUpdates(prep);
  });

  it('asks first, naming the child and each record that goes; cancel keeps the child', async () => {
    renderInConference(<OverviewTab onActionError={vi.fn()} />, prep);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Poista lapsi Äijö' }, TIMEOUT));

    const dialog = await screen.findByRole('dialog', { name: 'Poistetaanko Äijö?' });
    expect(dialog).toHaveTextContent('Kun tallennat lomakkeen, ne poistuvat lapsen mukana');
    expect(within(dialog).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Osallistuminen toimeksiantosopimukseen',
      'Osallistumistapa: Avustajan välityksellä, ja muistiinpano siitä',
      'Avustajana Aune Äijälä (henkilö jää läheisverkostoon)',
      'Neuvonpitopäivä 3.3.2027: miten lapsi tuli kuulluksi (Avustajan välityksellä)',
      'Neuvonpitopäivä 3.3.2027: kolmen talon kirjaus lapsen omin sanoin',
    ]);

    await user.click(within(dialog).getByRole('button', { name: 'Peruuta' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(childNames()).toEqual(['Äijö', 'Sanni']);
    // Nothing changed: nothing to save.
    expect(screen.queryByRole('button', { name: 'Tallenna' })).toBeNull();
    expect(apiCalls(call).filter(([method]) => method === 'conference.update')).toEqual([]);
  });

  it('removes the child once confirmed, and the save names the removed child', async () => {
    renderInConference(<OverviewTab onActionError={vi.fn()} />, prep);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Poista lapsi Äijö' }, TIMEOUT));
    const dialog = await screen.findByRole('dialog', { name: 'Poistetaanko Äijö?' });
    await user.click(within(dialog).getByRole('button', { name: 'Poista lapsi' }));
    expect(childNames()).toEqual(['Sanni']);

    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(apiCalls(call).some(([method]) => method === 'conference.update')).toBe(true));
    const [, input] = apiCalls(call).find(([method]) => method === 'conference.update')!;
    expect(input).toMatchObject({
      children: [prep.conference.children[1]],
      removedChildIds: [prep.conference.children[0]!.id],
      removedGuardianIds: [],
    });
  });

  it('removes a child without records at once, without a question', async () => {
    renderInConference(<OverviewTab onActionError={vi.fn()} />, prep);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Poista lapsi Sanni' }, TIMEOUT));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(childNames()).toEqual(['Äijö']);
  });

  it('asks before removing a guardian who took part in the commission agreement', async () => {
    renderInConference(<OverviewTab onActionError={vi.fn()} />, prep);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Poista huoltaja Maija Äijälä' }, TIMEOUT));
    const dialog = await screen.findByRole('dialog', { name: 'Poistetaanko Maija Äijälä?' });
    expect(within(dialog).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Osallistuminen toimeksiantosopimukseen',
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Peruuta' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByDisplayValue('Maija Äijälä')).toBeInTheDocument();
  });
});

describe('moving the phase by hand on the overview', SLOW, () => {
  it('asks before moving back before an accepted plan, saying what is recorded and that nothing is deleted', async () => {
    const { prep: planned } = makePlanPreparation();
    const prep: Preparation = { ...planned, conference: { ...planned.conference, phase: 'seuranta' } };
    answerUpdates(prep);
    renderInConference(<OverviewTab onActionError={vi.fn()} />, prep);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Toimeksianto/ }, TIMEOUT));

    const dialog = await screen.findByRole('dialog', { name: 'Siirretäänkö vaiheeseen Toimeksianto?' });
    expect(dialog).toHaveTextContent('Suunnitelma on hyväksytty 4.3.2027.');
    expect(dialog).toHaveTextContent('Mitään ei poisteta');
    // Back before the meeting, the 4–6 week window counts again: said, since the list will show it.
    expect(dialog).toHaveTextContent('4–6 viikon aikaraja on taas voimassa');
    await user.click(within(dialog).getByRole('button', { name: 'Peruuta' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(apiCalls(call).filter(([method]) => method === 'conference.update')).toEqual([]);

    await user.click(screen.getByRole('button', { name: /Toimeksianto/ }));
    const again = await screen.findByRole('dialog', { name: 'Siirretäänkö vaiheeseen Toimeksianto?' });
    await user.click(within(again).getByRole('button', { name: 'Siirrä vaiheeseen Toimeksianto' }));
    await waitFor(() => expect(apiCalls(call).some(([method]) => method === 'conference.update')).toBe(true));
    const [, input] = apiCalls(call).find(([method]) => method === 'conference.update')!;
    expect(input).toMatchObject({ phase: 'toimeksianto', confirmEarlierPhase: true });
  });

  it('moves at once when nothing recorded is later than the chosen phase', async () => {
    const prep = makePreparation();
    answerUpdates(prep);
    renderInConference(<OverviewTab onActionError={vi.fn()} />, prep);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /Toimeksianto/ }, TIMEOUT));
    await waitFor(() => expect(apiCalls(call).some(([method]) => method === 'conference.update')).toBe(true));
    expect(screen.queryByRole('dialog')).toBeNull();
    const [, input] = apiCalls(call).find(([method]) => method === 'conference.update')!;
    expect(input).toMatchObject({ phase: 'toimeksianto', confirmEarlierPhase: false });
  });
});
