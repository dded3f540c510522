import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { ApiResult } from '../../electron/shared/api/result';
import { translate, type MessageKey } from '../../electron/shared/i18n';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import type { UiLanguage } from '../../electron/shared/i18n/locales';
import { api } from '../../renderer/src/api/client';
import { SummaryPage } from '../../renderer/src/features/summary/SummaryPage';
import { makePreparation } from '../fixtures/preparation';
import { TEST_SETTINGS } from '../helpers/mock-api';
import { renderInConference } from '../helpers/render-in-conference';

vi.mock('../../renderer/src/api/client', () => ({
  api: { call: vi.fn() },
  isNetworkError: () => false,
}));

const call = api.call as unknown as Mock<(method: string, input: unknown) => Promise<ApiResult<unknown>>>;

const id = (n: number) => `66666666-6666-4666-8666-${String(n).padStart(12, '0')}`;

/** The five general questions as the backend prefills them, in `language`. */
function generalQuestions(language: UiLanguage) {
  return [1, 2, 3, 4, 5].map((n) => ({ id: id(n), text: translate(language, `summary.generalQuestion.${n}` as MessageKey) }));
}

function prepWithQuestions(language: UiLanguage = 'fi'): Preparation {
  const base = makePreparation();
  return makePreparation({
    conference: { ...base.conference, language },
    summary: { ...base.summary, generalQuestions: generalQuestions(language), version: 2 },
  });
}

async function renderPage(prep: Preparation) {
  call.mockImplementation(async (method, input) => {
    if (method === 'settings.get') return { ok: true, value: { ...TEST_SETTINGS, convener: { name: '', title: '', phone: '', email: '' } } };
    if (method === 'summary.update') {
      const { conferenceId: _c, version: _v, ...fields } = input as Record<string, unknown>;
      return { ok: true, value: { ...prep, summary: { ...prep.summary, ...fields, version: prep.summary.version + 1 } } };
    }
    throw new Error(`unexpected call ${method}`);
  });
  const view = renderInConference(<SummaryPage />, prep);
  await screen.findByRole('form', { name: 'Yhteenveto, kysymykset ja reunaehdot' });
  return { ...view, user: userEvent.setup() };
}

function generalQuestionValues(): string[] {
  return screen.getAllByRole('textbox', { name: /^Yleinen kysymys \d+$/ }).map((box) => (box as HTMLTextAreaElement).value);
}

function summaryCalls() {
  return call.mock.calls.filter(([method]) => method === 'summary.update');
}

function describedText(element: HTMLElement): string {
  const ids = (element.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((ref) => document.getElementById(ref)?.textContent ?? '').join(' ');
}

beforeEach(() => {
  call.mockReset();
});

describe('the summary and questions', () => {
  it('shows the guidance beside the summary field and ties it to the field', async () => {
    await renderPage(prepWithQuestions());
    const text = screen.getByRole('textbox', { name: 'Sosiaalityöntekijän yhteenveto' });
    const guidance = screen.getByRole('complementary', { name: 'Hyvä yhteenveto' });
    for (const line of [
      'Konkreettisia tapahtumia, ei tulkintoja eikä kuulopuheita.',
      'Mitä tukea on käytetty tai tarjottu.',
      'Perheen oma näkemys ja toiveet.',
      'Mikä toimii: vahvuudet.',
      'Lopuksi johdatus kysymyksiin.',
    ]) {
      expect(within(guidance).getByText(line)).toBeInTheDocument();
    }
    // Side by side: the field and the guidance share one layout row, and a screen reader hears it with the field.
    expect(text.parentElement?.parentElement).toBe(guidance.parentElement);
    expect(text).toHaveAccessibleDescription(/Konkreettisia tapahtumia/);
  });

  it('lists the prefilled general questions and lets one be removed', async () => {
    const prep = prepWithQuestions();
    const { user } = await renderPage(prep);
    expect(generalQuestionValues()).toEqual(generalQuestions('fi').map((q) => q.text));

    await user.click(screen.getByRole('button', { name: 'Poista Yleinen kysymys 4' }));
    expect(generalQuestionValues()).toHaveLength(4);
    expect(generalQuestionValues()).not.toContain('Kuka saa suunnitelman?');

    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(summaryCalls()).toHaveLength(1));
    const sent = summaryCalls()[0]?.[1] as { generalQuestions: unknown };
    expect(sent.generalQuestions).toEqual(generalQuestions('fi').filter((q) => q.id !== id(4)));
  });

  it('restores only the missing general question, in its place and in the conference language', async () => {
    const { user } = await renderPage(prepWithQuestions('sv'));
    const swedish = generalQuestions('sv').map((q) => q.text);
    // All five are there: nothing to restore.
    expect(screen.queryByRole('button', { name: /Palauta/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Poista Yleinen kysymys 2' }));
    await user.click(screen.getByRole('button', { name: 'Lisää yleinen kysymys' }));
    await user.type(screen.getByLabelText('Yleinen kysymys 5'), 'Miten isovanhemmat ovat mukana?');
    await user.click(screen.getByRole('button', { name: 'Palauta puuttuva yleinen kysymys' }));

    expect(generalQuestionValues()).toEqual([
      swedish[0],
      swedish[1],
      swedish[2],
      swedish[3],
      swedish[4],
      'Miten isovanhemmat ovat mukana?',
    ]);
    expect(screen.queryByRole('button', { name: /Palauta/ })).not.toBeInTheDocument();
    await screen.findByText('1 yleinen kysymys palautettu.');

    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(summaryCalls()).toHaveLength(1));
    const sent = (summaryCalls()[0]?.[1] as { generalQuestions: { id?: string; text: string }[] }).generalQuestions;
    expect(sent[1]).toEqual({ text: swedish[1] });
    expect(sent.map((q) => q.id)).toEqual([id(1), undefined, id(3), id(4), id(5), undefined]);
  });

  it('offers to restore all five when every general question was removed', async () => {
    const base = makePreparation();
    const { user } = await renderPage(base);
    expect(screen.getByText('Yleisiä kysymyksiä ei ole.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Palauta 5 puuttuvaa yleistä kysymystä' }));
    expect(generalQuestionValues()).toEqual(generalQuestions('fi').map((q) => q.text));
  });

  it('refuses a received date before the requested date, in Finnish, and sends nothing', async () => {
    const { user } = await renderPage(prepWithQuestions());
    await user.type(screen.getByLabelText('Pyydetty sosiaalityöntekijältä'), '15.1.2027');
    await user.type(screen.getByLabelText('Saatu'), '14.1.2027');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));

    await waitFor(() =>
      expect(describedText(screen.getByLabelText('Saatu'))).toBe('Saapumispäivä ei voi olla ennen pyyntöpäivää.'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Tarkista merkityt kentät');
    expect(summaryCalls()).toHaveLength(0);
  });

  it('refuses going through the summary before it was received', async () => {
    const { user } = await renderPage(prepWithQuestions());
    await user.type(screen.getByLabelText('Saatu'), '14.1.2027');
    await user.type(screen.getByLabelText('Käyty läpi vanhempien kanssa'), '13.1.2027');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() =>
      expect(describedText(screen.getByLabelText('Käyty läpi vanhempien kanssa'))).toBe(
        'Yhteenvetoa ei voi käydä läpi ennen kuin se on saatu.',
      ),
    );
    expect(summaryCalls()).toHaveLength(0);
  });

  it('saves the text, the lists in their order, the dates and what may be shared', async () => {
    const prep = prepWithQuestions();
    const { user, current } = await renderPage(prep);

    await user.type(screen.getByLabelText('Sosiaalityöntekijän yhteenveto'), 'Asiakkaana syksystä 2026.');
    for (const question of ['Miten Äijön koulumatkat hoidetaan?', 'Kuka auttaa iltaisin?', 'Missä Sanni viettää viikonloput?']) {
      await user.click(screen.getByRole('button', { name: 'Lisää kysymys' }));
      const boxes = screen.getAllByRole('textbox', { name: /^Kysymys \d+$/ });
      await user.type(boxes[boxes.length - 1]!, question);
    }
    await user.click(screen.getByRole('button', { name: 'Siirrä ylöspäin: Kysymys 3' }));
    await user.click(screen.getByRole('button', { name: 'Lisää rivi: on oltava' }));
    await user.type(screen.getByLabelText('On oltava 1'), 'Aikuinen on kotona, kun lapset tulevat koulusta.');
    await user.click(screen.getByRole('button', { name: 'Lisää rivi: ei hyväksyttävää' }));
    await user.type(screen.getByLabelText('Ei hyväksyttävää 1'), 'Lapset eivät ole yksin yön yli.');
    await user.type(screen.getByLabelText('Pyydetty sosiaalityöntekijältä'), '12.1.2027');
    await user.type(screen.getByLabelText('Saatu'), '19.1.2027');
    await user.type(screen.getByLabelText('Käyty läpi vanhempien kanssa'), '20.1.2027');
    await user.type(screen.getByLabelText(/Mitä perhe on sallinut kertoa/), 'Koulun tiedot, ei terveystietoja.');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));

    await waitFor(() => expect(summaryCalls()).toHaveLength(1));
    expect(summaryCalls()[0]?.[1]).toEqual({
      conferenceId: prep.conference.id,
      version: 2,
      text: 'Asiakkaana syksystä 2026.',
      openQuestions: [
        { text: 'Miten Äijön koulumatkat hoidetaan?' },
        { text: 'Missä Sanni viettää viikonloput?' },
        { text: 'Kuka auttaa iltaisin?' },
      ],
      generalQuestions: generalQuestions('fi'),
      mustInclude: [{ text: 'Aikuinen on kotona, kun lapset tulevat koulusta.' }],
      notAcceptable: [{ text: 'Lapset eivät ole yksin yön yli.' }],
      requestedDate: '2027-01-12',
      receivedDate: '2027-01-19',
      parentsDate: '2027-01-20',
      childrenDate: null,
      supportPersonDate: null,
      sharedWithNetwork: 'Koulun tiedot, ei terveystietoja.',
    });
    await screen.findByText('Muutokset tallennettu.');
    expect(current().summary.version).toBe(3);
  });

  it('shows a closed conference without letting it be changed', async () => {
    const base = prepWithQuestions();
    await renderPage({ ...base, conference: { ...base.conference, closure: { reason: 'other', text: 'Muutto', closedAt: '2027-03-01T10:00:00.000Z' } } });
    expect(screen.getByText(/Päättynyttä neuvonpitoa ei voi muokata/)).toBeInTheDocument();
    expect(screen.getByLabelText('Sosiaalityöntekijän yhteenveto')).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Poista Yleinen kysymys 1' })).toBeDisabled();
  });
});
