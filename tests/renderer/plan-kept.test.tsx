import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { ApiResult } from '../../electron/shared/api/result';
import { translate, type MessageKey } from '../../electron/shared/i18n';
import { planFieldsSchema, type Plan, type PlanKept } from '../../electron/shared/plan/plan.schema';
import { api } from '../../renderer/src/api/client';
import { FollowUpReviews } from '../../renderer/src/features/follow-up/FollowUpReviews';
import { PlanPage } from '../../renderer/src/features/plan/PlanPage';
import { makeFollowUp, makeMeeting, makeMember, makePreparation } from '../fixtures/preparation';
import { answerApi, apiCalls } from '../helpers/mock-api';
import { renderInConference } from '../helpers/render-in-conference';

vi.mock('../../renderer/src/api/client', () => ({
  api: { call: vi.fn() },
  isNetworkError: () => false,
}));

const call = api.call as unknown as Mock<(method: string, input: unknown) => Promise<ApiResult<unknown>>>;

/*
 * A decided plan version reads what it answered and whom it named as they were when it
 * was decided, whatever the summary and the network say now (shared/plan/plan-kept.ts).
 */

const id = (n: number) => `99999999-9999-4999-8999-${String(n).padStart(12, '0')}`;
const QUESTION = id(1);
const MUST = id(21);
const NOT_OK = id(23);
const STAMP = '2027-01-20T12:00:00.000Z';
const GENERAL = [1, 2, 3, 4, 5].map((n) => ({ id: id(10 + n), text: translate('fi', `summary.generalQuestion.${n}` as MessageKey) }));

/** The grandmother as the network has her now: renamed since the plan was decided. */
const grandma = makeMember({ name: 'Aune Mäkinen', relation: 'isoäiti', invite: 'invite' });

const kept: PlanKept = {
  keptAt: STAMP,
  language: 'fi',
  summary: {
    openQuestions: [{ id: QUESTION, text: 'Miten Äijö pääsee kouluun ajoissa?' }],
    generalQuestions: GENERAL,
    mustInclude: [{ id: MUST, text: 'Aikuinen on kotona iltaisin' }],
    notAcceptable: [{ id: NOT_OK, text: 'Äijö jää yksin yöksi' }],
  },
  socialWorkerName: 'Leena Korhonen',
  members: [{ id: grandma.id, name: 'Aune Äijälä', relation: 'mummo', organisation: '' }],
  children: [],
  conferenceDate: '2027-01-20',
  meetingDate: '2027-01-20',
};

const decided: Plan = {
  ...planFieldsSchema.parse({}),
  id: id(500),
  conferenceId: '11111111-1111-4111-8111-111111111111',
  meetingId: '77777777-7777-4777-8777-777777777771',
  number: 1,
  items: [
    {
      id: id(600),
      questionId: QUESTION,
      what: 'Mummo herättää Äijön arkiaamuisin.',
      owner: { kind: 'member', memberId: grandma.id },
      fromDate: null,
      byDate: '2027-03-01',
      followUp: '',
      checker: null,
      bottomLineIds: [MUST],
    },
  ],
  services: [],
  recipients: [],
  dissents: [],
  checkedNotAcceptableIds: [NOT_OK],
  decision: { outcome: 'accepted', reasons: '', date: '2027-01-20' },
  kept,
  version: 3,
  createdAt: STAMP,
  updatedAt: STAMP,
};

/** The summary as it is now: the question and both bottom lines deleted and typed again. */
function prepNow() {
  const base = makePreparation();
  return makePreparation({
    members: [grandma],
    summary: {
      ...base.summary,
      openQuestions: [{ id: id(2), text: 'Miten Äijö pääsee kouluun?' }],
      generalQuestions: GENERAL,
      mustInclude: [{ id: id(31), text: 'Aikuinen on kotona illalla' }],
      notAcceptable: [{ id: id(33), text: 'Äijö jää yksin' }],
    },
    meetings: [makeMeeting({ id: decided.meetingId, date: '2027-01-20' })],
    plans: [decided],
  });
}

beforeEach(() => {
  call.mockReset();
});

describe('a decided plan on the Plan tab', () => {
  it('shows the question, bottom lines, check and names it was decided with, and saves its distribution log as it stands', async () => {
    const prep = prepNow();
    answerApi(call, (method) => (method === 'plan.update' ? { ok: true, value: prep } : { ok: false }));
    renderInConference(<PlanPage />, prep);
    const question = await screen.findByRole('region', { name: 'Miten Äijö pääsee kouluun ajoissa?' });
    expect(within(question).getByText('Mummo herättää Äijön arkiaamuisin.')).toBeInTheDocument();
    expect(within(question).getByText('Aune Äijälä (mummo)')).toBeInTheDocument();
    expect(within(question).getByText('Aikuinen on kotona iltaisin')).toBeInTheDocument();
    expect(screen.queryByText('Miten Äijö pääsee kouluun?')).not.toBeInTheDocument();
    expect(screen.queryByText(/Aune Mäkinen/)).not.toBeInTheDocument();
    expect(screen.queryByText('Muut sopimukset')).not.toBeInTheDocument();
    expect(screen.getByText(/Yhteenvetoa on muutettu tämän version päätöksen jälkeen/)).toBeInTheDocument();
    const checks = screen.getByRole('region', { name: 'Reunaehdot ja tarkistus' });
    expect(within(checks).getByText(/Äijö jää yksin yöksi/)).toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Lisää kaikki, joilla on tehtävä' }));
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    const [update] = apiCalls(call).filter(([method]) => method === 'plan.update');
    expect(update?.[1]).toMatchObject({
      id: decided.id,
      version: decided.version,
      items: [{ id: id(600), questionId: QUESTION, bottomLineIds: [MUST] }],
      checkedNotAcceptableIds: [NOT_OK],
      recipients: [{ recipient: { kind: 'member', memberId: grandma.id } }],
    });
  });
});

describe('a decided plan on the Seuranta tab', () => {
  it('groups the items under review by the questions the plan answered', async () => {
    const prep = prepNow();
    answerApi(call);
    const followUp = makeFollowUp({ meetingId: '77777777-7777-4777-8777-777777777772', planId: decided.id });
    renderInConference(<FollowUpReviews followUp={followUp} plan={decided} />, prep);
    const heading = await screen.findByRole('heading', { name: 'Miten Äijö pääsee kouluun ajoissa?' });
    expect(heading).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Muut sopimukset' })).not.toBeInTheDocument();
  });
});
