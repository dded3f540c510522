import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { PreparationGlance } from '../../renderer/src/features/preparation/PreparationGlance';
import { makeCompletePreparation, makePreparation } from '../fixtures/preparation';
import { answerApi, TEST_SETTINGS } from '../helpers/mock-api';
import { renderInConference } from '../helpers/render-in-conference';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

async function renderGlance(prep: Preparation, today?: string) {
  renderInConference(<PreparationGlance />, prep, today);
  return screen.findByRole('region', { name: 'Valmistelun tilanne' });
}

function itemTexts(list: HTMLElement): string[] {
  return within(list)
    .getAllByRole('listitem')
    .map((item) => item.querySelector('.glance-item-title')?.textContent ?? '');
}

describe('preparation at a glance', () => {
  beforeEach(() => {
    answerApi(call, () => ({ ok: false, error: { code: 'internal', message: 'x' } }));
  });

  it('shows exactly what is missing, each gap a link to where it is fixed', async () => {
    const { prep, neighbour: pekka } = makeCompletePreparation();
    const lacking: Preparation = {
      ...prep,
      commission: { ...prep.commission, waiverDate: null },
      contacts: prep.contacts.filter((c) => c.memberId !== pekka.id),
      members: prep.members.map((m) => (m.id === pekka.id ? { ...m, supportForChildIds: [], supportBriefedDate: null } : m)),
    };
    const id = prep.conference.id;
    const glance = await renderGlance(lacking);

    expect(glance).toHaveTextContent('9/12 valmiina');
    expect(glance).toHaveTextContent('3 kohtaa kesken');
    const open = within(glance).getByRole('list', { name: 'Kesken' });
    expect(itemTexts(open)).toEqual([
      'Kesken: Suostumukset annettu 2/3',
      'Kesken: Kaikkiin kutsuttaviin otettu yhteyttä 3/4',
      'Kesken: Lasten osallistuminen ja avustajat sovittu 1/2',
    ]);

    const [consents, contacted, children] = within(open).getAllByRole('listitem') as [HTMLElement, HTMLElement, HTMLElement];
    expect(consents).toHaveTextContent('Puuttuu: vapautus vaitiolovelvollisuudesta');
    expect(within(consents).getByRole('link', { name: 'vapautus vaitiolovelvollisuudesta' })).toHaveAttribute(
      'href',
      `#/conferences/${id}/commission`,
    );
    expect(contacted).toHaveTextContent('Ei yhteydenottoa: Pekka Lind');
    expect(within(contacted).getAllByRole('link')).toHaveLength(1);
    expect(within(contacted).getByRole('link', { name: 'Pekka Lind' })).toHaveAttribute(
      'href',
      `#/conferences/${id}/network/${pekka.id}`,
    );
    expect(children).toHaveTextContent('Sopimatta: Sanni (avustaja)');
    expect(within(children).getByRole('link', { name: 'Sanni' })).toHaveAttribute('href', `#/conferences/${id}/network`);

    // The rest is done, folded away under a count.
    expect(within(glance).getByText('Valmiit (9)')).toBeInTheDocument();
  });

  it('marks a missing check with words, not colour alone', async () => {
    const glance = await renderGlance(makePreparation());
    const open = within(glance).getByRole('list', { name: 'Kesken' });
    for (const item of within(open).getAllByRole('listitem')) {
      expect(item.querySelector('.visually-hidden')).toHaveTextContent('Kesken:');
    }
    expect(glance).toHaveTextContent('2/12 valmiina');
    expect(within(glance).getByRole('link', { name: 'Läheisiä ei ole vielä lisätty' })).toHaveAttribute(
      'href',
      `#/conferences/${makePreparation().conference.id}/network`,
    );
    expect(open).toHaveTextContent('0 tapaamista pidetty, suositus vähintään 2');
  });

  it('shows every check done for a complete preparation', async () => {
    const glance = await renderGlance(makeCompletePreparation().prep);
    expect(glance).toHaveTextContent('12/12 valmiina');
    expect(glance).toHaveTextContent('Kaikki valmistelun kohdat ovat valmiina.');
    expect(within(glance).queryByRole('list', { name: 'Kesken' })).toBeNull();
    const done = within(glance).getByRole('list', { name: 'Valmiit (12)' });
    const texts = itemTexts(done);
    expect(texts).toHaveLength(12);
    expect(texts.every((text) => text.startsWith('Valmis: '))).toBe(true);
    expect(within(glance).queryByText(/Puuttuu|Ei yhteydenottoa|Sopimatta/)).toBeNull();
  });

  it('counts the meetings with the family and the days left in the window', async () => {
    const { prep } = makeCompletePreparation();
    const oneMeeting = { ...prep, contacts: prep.contacts.filter((c) => c.date !== '2027-01-19') };
    // Commission 2027-01-11: the window closed on 2027-02-22, three days ago.
    const glance = await renderGlance(oneMeeting, '2027-02-25');
    const open = within(glance).getByRole('list', { name: 'Kesken' });
    expect(itemTexts(open)).toEqual(['Kesken: Tapaamiset perheen kanssa', 'Kesken: Aikaa 4–6 viikon ikkunassa']);
    expect(open).toHaveTextContent('1 tapaaminen pidetty, suositus vähintään 2');
    expect(within(open).getByRole('link', { name: 'Kirjaa tapaaminen' })).toHaveAttribute(
      'href',
      `#/conferences/${prep.conference.id}/contacts`,
    );
    expect(open).toHaveTextContent('Myöhässä 3 päivää');
  });

  it('folds what was left undone away once the meeting has been held', async () => {
    const base = makePreparation();
    const glance = await renderGlance({ ...base, conference: { ...base.conference, phase: 'seuranta' } });
    expect(glance).toHaveTextContent('2/12 valmiina');
    expect(glance).not.toHaveTextContent('10 kohtaa kesken');
    const folded = within(glance).getByText('Neuvonpito on pidetty. Valmistelusta jäi kesken 10 kohtaa').closest('details')!;
    expect(folded).not.toHaveAttribute('open');
    expect(within(folded).getAllByRole('listitem', { hidden: true })).toHaveLength(10);
  });

  it('speaks Swedish', async () => {
    TEST_SETTINGS.uiLanguage = 'sv';
    try {
      renderInConference(<PreparationGlance />, makePreparation());
      const glance = await screen.findByRole('region', { name: 'Förberedelsernas läge' });
      expect(glance).toHaveTextContent('2/12 klara');
      expect(glance).toHaveTextContent('10 punkter pågår');
    } finally {
      TEST_SETTINGS.uiLanguage = 'fi';
    }
  });
});
