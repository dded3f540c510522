import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi, type Mock } from 'vitest';
import type { ApiResult } from '../../electron/shared/api/result';
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

/*
 * A plan entered afterwards (issue 13 §5): the conference was held on 3.12.2026, before the
 * app. The plan tab says so, offers the held day for the decision, and does not hold the plan
 * against the summary's bottom lines, which the social worker weighed at the meeting.
 */

const call = api.call as unknown as Mock<(method: string, input: unknown) => Promise<ApiResult<unknown>>>;
const STAMP = '2027-01-20T12:00:00.000Z';
const grandma = makeMember({ name: 'Aune Äijälä', relation: 'mummo', invite: 'invite' });
const meeting = makeMeeting({ date: '2026-12-03', heldBeforeApp: true });
const plan: Plan = {
  ...planFieldsSchema.parse({}),
  items: [
    {
      id: '99999999-9999-4999-8999-000000000601',
      questionId: null,
      what: 'Mummo hakee Äijön koulusta tiistaisin.',
      owner: { kind: 'member', memberId: grandma.id },
      fromDate: null,
      byDate: null,
      followUp: '',
      checker: null,
      bottomLineIds: [],
    },
  ],
  services: [],
  recipients: [],
  dissents: [],
  id: '99999999-9999-4999-8999-000000000500',
  conferenceId: meeting.conferenceId,
  meetingId: meeting.id,
  number: 1,
  version: 1,
  createdAt: STAMP,
  updatedAt: STAMP,
};

function prepared(): Preparation {
  const base = makePreparation();
  return makePreparation({
    members: [grandma],
    summary: {
      ...base.summary,
      mustInclude: [{ id: '99999999-9999-4999-8999-000000000021', text: 'Koulumatkat on sovittu' }],
      notAcceptable: [{ id: '99999999-9999-4999-8999-000000000023', text: 'Lapset jäävät yöksi yksin' }],
    },
    meetings: [meeting],
    plans: [plan],
  });
}

describe('a plan entered afterwards', () => {
  it('says so, offers the held day for the decision, and is accepted without the bottom-line question', async () => {
    let current = prepared();
    answerApi(call, (method, input) => {
      if (method !== 'plan.update') throw new Error(`unexpected call ${method}`);
      const { id: _id, version, ...fields } = input as { id: string; version: number } & PlanFieldsInput;
      // Only the decision changes here: the plan's content is as it was given.
      const { decision } = planFieldsSchema.parse(fields);
      current = { ...current, plans: [{ ...plan, decision, version: version + 1 }] };
      return { ok: true, value: current };
    });
    renderInConference(<PlanPage />, current);
    const user = userEvent.setup();

    expect(await screen.findByText(/Neuvonpito pidettiin 3\.12\.2026 ennen sovelluksen käyttöönottoa\. Kirjaa suunnitelma/)).toBeInTheDocument();
    expect(screen.getByText('Kirjattu jälkikäteen')).toBeInTheDocument();
    expect(screen.queryByText(/Perhe esittelee suunnitelmansa neuvonpidon kolmannessa osassa/)).not.toBeInTheDocument();
    expect(screen.queryByText(/ei vielä täytä reunaehtoa/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Hyväksytty' }));
    expect(screen.getByLabelText('Päätöksen päivä')).toHaveValue('3.12.2026');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(apiCalls(call).filter(([method]) => method === 'plan.update')).toHaveLength(1));
    expect(screen.queryByRole('dialog', { name: 'Reunaehdot eivät vielä täyty' })).not.toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Tee uusi versio' })).toBeInTheDocument();
    expect(screen.getByText('Kirjattu jälkikäteen')).toBeInTheDocument();
  });
});
