import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Meeting } from '../../electron/shared/arrangements/meeting.schema';
import { emptyMeetingDay } from '../../electron/shared/meeting-day/meeting-day-rules';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { MeetingModePage } from '../../renderer/src/features/meeting-day/MeetingModePage';
import { NetworkPage } from '../../renderer/src/features/network/NetworkPage';
import { makeMeeting, makeMember, makePreparation } from '../fixtures/preparation';
import { answerApi, apiCalls } from '../helpers/mock-api';
import { renderInConference } from '../helpers/render-in-conference';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

/*
 * An editor opened in place with its own Save (a late arrival's time, a part's planned
 * minutes, a child's support person) holds typed or picked work like any form: leaving the
 * screen with it unsaved asks first, and a cancelled editor leaves nothing to ask about.
 */

const unsavedDialog = () => screen.findByRole('dialog', { name: 'Tallentamattomia muutoksia' });

/** Leaves by the hash, as a sidebar link does; the guard answers with its dialog or lets it go. */
async function leave(): Promise<void> {
  await act(async () => {
    window.location.hash = '#/settings';
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
}

/** Left without a question: the hash stays where it went and no dialog opens. */
async function leftWithoutAsking(): Promise<void> {
  expect(window.location.hash).toBe('#/settings');
  expect(screen.queryByRole('dialog', { name: 'Tallentamattomia muutoksia' })).toBeNull();
}

function meetingPrep(): Preparation {
  const aune = makeMember({ name: 'Aune Äijälä', relation: 'mummo', invite: 'invite', reply: 'coming' });
  const meeting: Meeting = makeMeeting({ date: '2027-01-26', startTime: '09:00', endTime: '14:00', day: emptyMeetingDay() });
  return makePreparation({ members: [aune], meetings: [meeting] });
}

async function renderMeeting() {
  const view = renderInConference(<MeetingModePage />, meetingPrep(), '2027-01-26');
  await screen.findByRole('heading', { level: 1 });
  return { ...view, user: userEvent.setup() };
}

describe('inline editors ask before their unsaved work is left behind', () => {
  beforeEach(() => {
    window.location.hash = '#/conferences';
    answerApi(call);
  });

  it('a late arrival’s time typed but not saved', async () => {
    const { user } = await renderMeeting();
    const aune = screen.getByText('Aune Äijälä').closest('li')!;
    await user.click(within(aune).getByRole('button', { name: 'Saapui myöhässä' }));
    const time = within(aune).getByLabelText('Saapumisaika');
    await user.clear(time);
    await user.type(time, '10.40');
    await leave();
    const dialog = await unsavedDialog();
    expect(dialog).toBeVisible();
    expect(apiCalls(call)).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Jatka muokkausta' }));
    expect(within(aune).getByLabelText('Saapumisaika')).toHaveValue('10.40');
  });

  it('a part’s planned minutes changed but not saved; cancelling leaves nothing to ask about', async () => {
    const { user } = await renderMeeting();
    const part = screen.getAllByRole('button', { name: 'Muuta kestoa' })[0]!;
    await user.click(part);
    const minutes = screen.getByLabelText('Suunniteltu kesto, min');
    await user.clear(minutes);
    await user.type(minutes, '40');
    await leave();
    await user.click(within(await unsavedDialog()).getByRole('button', { name: 'Jatka muokkausta' }));

    await user.click(screen.getByRole('button', { name: 'Peruuta' }));
    await leave();
    await leftWithoutAsking();
  });

  it('a child’s support person picked but not saved', async () => {
    const prep = makePreparation({ members: [makeMember({ name: 'Maija Äijälä', relation: 'äiti', invite: 'invite', reply: 'coming' })] });
    const child = prep.conference.children[0]!;
    renderInConference(<NetworkPage />, prep);
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Lapset' });
    const card = screen.getByRole('heading', { name: child.firstName }).closest('li')!;

    // Opening the picker is not a change yet.
    await user.click(within(card).getByRole('button', { name: 'Valitse avustaja' }));
    await leave();
    await leftWithoutAsking();
    await act(async () => {
      window.location.hash = '#/conferences';
      await new Promise((resolve) => setTimeout(resolve, 20));
    });

    await user.selectOptions(within(card).getByLabelText(`${child.firstName}: avustaja`), 'Maija Äijälä (äiti)');
    await leave();
    expect(await unsavedDialog()).toBeVisible();
    expect(apiCalls(call)).toEqual([]);
  });
});
