import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Plan } from '../../electron/shared/plan/plan.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { OverviewTab } from '../../renderer/src/features/conference/OverviewTab';
import { makeMeeting, makePreparation } from '../fixtures/preparation';
import { answerApi } from '../helpers/mock-api';
import { renderInConference } from '../helpers/render-in-conference';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

// The overview is a big screen to render in jsdom; the machine may be busy with other suites.
const TIMEOUT = { timeout: 15_000 };

/** Äijö does a task in the plan; Sanni does none. */
function preparationWithChildTask(): Preparation {
  const base = makePreparation();
  const meeting = makeMeeting({ date: '2027-03-03' });
  const plan: Plan = {
    id: '88888888-8888-4888-8888-000000000001',
    conferenceId: base.conference.id,
    meetingId: meeting.id,
    number: 1,
    items: [
      {
        id: '99999999-9999-4999-8999-000000000001',
        questionId: null,
        what: 'Äijö laittaa itse herätyksen.',
        owner: { kind: 'child', childId: base.conference.children[0]!.id },
        fromDate: null,
        byDate: null,
        followUp: '',
        checker: null,
        bottomLineIds: [],
      },
    ],
    services: [],
    problems: '',
    monitoring: '',
    recipients: [],
    followUpDate: null,
    followUpInvitees: [],
    dissents: [],
    checkedNotAcceptableIds: [],
    decision: null,
    kept: null,
    version: 2,
    createdAt: '2027-03-03T10:00:00.000Z',
    updatedAt: '2027-03-03T10:00:00.000Z',
  };
  return { ...base, meetings: [meeting], plans: [plan] };
}

describe('a child who does a task in the plan, on the overview', { timeout: 30_000 }, () => {
  it('cannot be removed, and the form says why; a child without a task can', async () => {
    answerApi(call, () => ({ ok: false, error: { code: 'internal', message: 'x' } }));
    renderInConference(<OverviewTab onActionError={vi.fn()} />, preparationWithChildTask());
    const aijo = await screen.findByRole('button', { name: 'Poista lapsi Äijö' }, TIMEOUT);
    expect(aijo).toBeDisabled();
    const row = aijo.closest('li')!;
    expect(within(row).getByText('Ei voi poistaa: lapsi tekee tehtävän suunnitelmassa.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Poista lapsi Sanni' })).toBeEnabled();
    expect(screen.getAllByText('Ei voi poistaa: lapsi tekee tehtävän suunnitelmassa.')).toHaveLength(1);
  });
});
