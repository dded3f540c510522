import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FeedbackResponse, MeetingFeedback } from '../../electron/shared/feedback/feedback.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { FeedbackPage } from '../../renderer/src/features/feedback/FeedbackPage';
import { makeMeeting, makePreparation } from '../fixtures/preparation';
import { answerApi, apiCalls } from '../helpers/mock-api';
import { renderInConference } from '../helpers/render-in-conference';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

/*
 * The feedback tab as a convener uses it with a stack of returned forms: each typed in with a few
 * clicks (the group stays chosen), corrected or removed in the list, all saved together; the
 * summary per group in Finnish number format; leaving with a form half entered asks.
 */

function prepWith(feedback: MeetingFeedback[] = []): Preparation {
  const meeting = makeMeeting({ date: '2027-02-24' });
  return makePreparation({ meetings: [meeting], feedback: feedback.length > 0 ? feedback : [{ meetingId: meeting.id, version: 1, responses: [] }] });
}

/** Answers feedback.save as the backend does: on the version stored, the forms replaced whole. */
function answerLikeBackend(initial: Preparation) {
  let stored = initial;
  answerApi(call, (method, input) => {
    if (method !== 'feedback.save') throw new Error(`unexpected call ${method}`);
    const current = stored.feedback.find((f) => f.meetingId === input.meetingId)!;
    if (current.version !== input.version) return { ok: false, error: { code: 'conflict', message: 'stale' } };
    const next = { meetingId: current.meetingId, version: current.version + 1, responses: input.responses as FeedbackResponse[] };
    stored = { ...stored, feedback: stored.feedback.map((f) => (f.meetingId === next.meetingId ? next : f)) };
    return { ok: true, value: stored };
  });
}

async function renderPage(prep: Preparation) {
  answerLikeBackend(prep);
  const view = renderInConference(<FeedbackPage />, prep, '2027-02-24');
  await screen.findByRole('heading', { name: 'Kirjaa palautettu lomake' });
  return { ...view, user: userEvent.setup() };
}

const entry = () => screen.getByRole('form', { name: 'Kirjaa palautettu lomake' });
const choice = (legend: string, name: string) =>
  within(within(entry()).getByRole('group', { name: legend })).getByRole('radio', { name });

/** Types one paper form in as the convener does: group (unless it stays), score, heard, plan, Add. */
async function typeForm(
  user: ReturnType<typeof userEvent.setup>,
  form: { group?: string; score?: string; heard?: string; plan?: string },
) {
  if (form.group) await user.click(choice('Ryhmä', form.group));
  if (form.score) await user.click(choice('Tyytyväisyys 1–10', form.score));
  if (form.heard) await user.click(choice('Tuli kuulluksi', form.heard));
  if (form.plan) await user.click(choice('Suunnitelma auttaa', form.plan));
  await user.click(within(entry()).getByRole('button', { name: '+ Lisää' }));
}

function summaryCells(group: string): string[] {
  const table = within(screen.getByRole('region', { name: 'Yhteenveto ryhmittäin' })).getByRole('table');
  const row = within(table).getByRole('rowheader', { name: group }).closest('tr')!;
  return within(row)
    .getAllByRole('cell')
    // Finnish puts a no-break space before the per cent sign.
    .map((cell) => (cell.textContent ?? '').replace(/\u00a0/g, ' '));
}

describe('the feedback tab', { timeout: 30_000 }, () => {
  beforeEach(() => {
    window.location.hash = '#/conferences';
  });

  it('records a stack of forms one after another and saves them together, with a summary per group', async () => {
    const prep = prepWith();
    const { user } = await renderPage(prep);
    expect(screen.getByText(/ei nimiä eikä kommentteja/)).toBeVisible();
    expect(screen.getByText('Lomakkeita ei ole vielä kirjattu.')).toBeVisible();

    await typeForm(user, { group: 'Vanhemmat', score: '9', heard: 'Kyllä', plan: 'Kyllä' });
    // The group stays chosen and the answers are cleared for the next form.
    expect(choice('Ryhmä', 'Vanhemmat')).toBeChecked();
    expect(choice('Tyytyväisyys 1–10', 'Ei vastausta')).toBeChecked();
    await typeForm(user, { score: '6', heard: 'Osittain', plan: 'Kyllä' });
    await typeForm(user, { group: 'Lapsi', score: '10', heard: 'Kyllä' });
    await typeForm(user, { group: 'Työntekijät', score: '8', heard: 'Ei', plan: 'Osittain' });

    const list = screen.getByRole('form', { name: 'Kirjatut lomakkeet' });
    expect(within(list).getAllByRole('row')).toHaveLength(5);
    expect(within(list).getByRole('combobox', { name: 'Lomake 3: Tyytyväisyys 1–10' })).toHaveValue('10');
    expect(within(list).getByRole('combobox', { name: 'Lomake 3: Suunnitelma auttaa' })).toHaveValue('');
    // Nothing is saved before Save; the summary says it counts what is not saved yet.
    expect(apiCalls(call)).toEqual([]);
    expect(screen.getByText('Yhteenveto sisältää tallentamattomat muutokset.')).toBeVisible();
    expect(summaryCells('Vanhemmat')).toEqual(['2', '7,5', '50 %', '100 %']);
    expect(summaryCells('Lapsi')).toEqual(['1', '10,0', '100 %', '–']);
    expect(summaryCells('Kaikki')).toEqual(['4', '8,3', '50 %', '67 %']);

    await user.click(within(list).getByRole('button', { name: 'Tallenna' }));
    await screen.findByText('Palaute tallennettu.');
    expect(apiCalls(call)).toEqual([
      [
        'feedback.save',
        {
          meetingId: prep.meetings[0]!.id,
          version: 1,
          responses: [
            { group: 'parents', satisfaction: 9, heard: 'yes', planHelps: 'yes' },
            { group: 'parents', satisfaction: 6, heard: 'partly', planHelps: 'yes' },
            { group: 'child', satisfaction: 10, heard: 'yes', planHelps: null },
            { group: 'workers', satisfaction: 8, heard: 'no', planHelps: 'partly' },
          ],
        },
      ],
    ]);
    expect(screen.queryByText('Yhteenveto sisältää tallentamattomat muutokset.')).toBeNull();

    // A correction and a removal, then a fifth form: saved on the next version.
    await user.selectOptions(within(list).getByRole('combobox', { name: 'Lomake 2: Tyytyväisyys 1–10' }), '7');
    await user.click(within(list).getByRole('button', { name: 'Poista lomake 4' }));
    await typeForm(user, { group: 'Muut läheiset', score: '5', heard: 'Kyllä', plan: 'Ei' });
    await user.click(within(list).getByRole('button', { name: 'Tallenna' }));
    await screen.findByText('Palaute tallennettu.');
    const second = apiCalls(call)[1]!;
    expect(second[1]).toMatchObject({
      version: 2,
      responses: [
        { group: 'parents', satisfaction: 9 },
        { group: 'parents', satisfaction: 7 },
        { group: 'child', satisfaction: 10 },
        { group: 'family', satisfaction: 5, heard: 'yes', planHelps: 'no' },
      ],
    });
    expect(summaryCells('Vanhemmat')).toEqual(['2', '8,0', '50 %', '100 %']);
    expect(within(screen.getByRole('region', { name: 'Yhteenveto ryhmittäin' })).queryByRole('rowheader', { name: 'Työntekijät' })).toBeNull();
  });

  it('asks for the group before a form is added', async () => {
    const { user } = await renderPage(prepWith());
    await user.click(choice('Tyytyväisyys 1–10', '8'));
    await user.click(within(entry()).getByRole('button', { name: '+ Lisää' }));
    expect(within(entry()).getByRole('alert')).toHaveTextContent('Valitse ryhmä.');
    expect(screen.getByText('Lomakkeita ei ole vielä kirjattu.')).toBeVisible();
  });

  it('shows the forms recorded before, and asks before leaving with a form half entered', async () => {
    const meeting = makeMeeting({ date: '2027-02-24' });
    const prep = makePreparation({
      meetings: [meeting],
      feedback: [{ meetingId: meeting.id, version: 3, responses: [{ group: 'workers', satisfaction: 7, heard: 'yes', planHelps: null }] }],
    });
    const { user } = await renderPage(prep);
    expect(screen.getByRole('combobox', { name: 'Lomake 1: Ryhmä' })).toHaveValue('workers');
    expect(summaryCells('Työntekijät')).toEqual(['1', '7,0', '100 %', '–']);
    await user.click(choice('Ryhmä', 'Lapsi'));
    await user.click(choice('Tyytyväisyys 1–10', '4'));
    await act(async () => {
      window.location.hash = '#/settings';
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    const dialog = await screen.findByRole('dialog', { name: 'Tallentamattomia muutoksia' });
    await user.click(within(dialog).getByRole('button', { name: 'Jatka muokkausta' }));
    expect(choice('Tyytyväisyys 1–10', '4')).toBeChecked();
  });
});
