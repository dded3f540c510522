import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContactEntry } from '../../electron/shared/preparation/contact.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { PreparationGlance } from '../../renderer/src/features/preparation/PreparationGlance';
import { makeMember, makePreparation } from '../fixtures/preparation';
import { renderInConference } from '../helpers/render-in-conference';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

const SETTINGS = { uiLanguage: 'fi', convener: { name: 'Kaisa Koollekutsuja', title: '', phone: '', email: '' } };

let contactSeq = 0;
function contact(overrides: Partial<ContactEntry>): ContactEntry {
  contactSeq += 1;
  return {
    id: `55555555-5555-4555-8555-${String(contactSeq).padStart(12, '0')}`,
    conferenceId: makePreparation().conference.id,
    memberId: null,
    date: '2027-01-12',
    channel: 'phone',
    discussed: 'Kerroin neuvonpidosta.',
    nextStep: '',
    nextStepDate: null,
    version: 1,
    createdAt: '2027-01-12T08:00:00.000Z',
    ...overrides,
  };
}

/** A preparation with every check done: two invitees who are each a child's support person. */
function completePreparation() {
  const base = makePreparation();
  const [childA, childB] = base.conference.children.map((c) => c.id) as [string, string];
  const aune = makeMember({
    name: 'Aune Äijälä',
    invite: 'invite',
    reply: 'coming',
    preparedDate: '2027-01-14',
    supportForChildIds: [childA],
    supportBriefedDate: '2027-01-15',
  });
  const pekka = makeMember({
    name: 'Pekka Lind',
    invite: 'invite',
    reply: 'remote',
    preparedDate: '2027-01-15',
    supportForChildIds: [childB],
    supportBriefedDate: '2027-01-16',
  });
  const prep: Preparation = {
    ...base,
    commission: {
      ...base.commission,
      agreedDate: '2027-01-11',
      concerns: [{ id: '66666666-6666-4666-8666-000000000001', text: 'Koulunkäynti' }],
      voluntaryDate: '2027-01-11',
      contactConsentDate: '2027-01-11',
      waiverDate: '2027-01-11',
    },
    children: [
      { childId: childA, participation: 'present', note: '' },
      { childId: childB, participation: 'drawing', note: '' },
    ],
    members: [aune, pekka],
    contacts: [
      contact({ memberId: aune.id }),
      contact({ memberId: pekka.id }),
      contact({ channel: 'meeting' }),
      contact({ channel: 'meeting', date: '2027-01-18' }),
    ],
    summary: { ...base.summary, receivedDate: '2027-01-15', parentsDate: '2027-01-16', childrenDate: '2027-01-17' },
  };
  return { prep, aune, pekka };
}

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
    call.mockReset();
    call.mockImplementation(async (method: string) =>
      method === 'settings.get' ? { ok: true, value: SETTINGS } : { ok: false, error: { code: 'internal', message: 'x' } },
    );
  });

  it('shows exactly what is missing, each gap a link to where it is fixed', async () => {
    const { prep, pekka } = completePreparation();
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
      'Kesken: Kaikkiin kutsuttaviin otettu yhteyttä 1/2',
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
    const glance = await renderGlance(completePreparation().prep);
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
    const { prep } = completePreparation();
    const oneMeeting = { ...prep, contacts: prep.contacts.filter((c) => c.date !== '2027-01-18') };
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

  it('speaks Swedish', async () => {
    SETTINGS.uiLanguage = 'sv';
    try {
      renderInConference(<PreparationGlance />, makePreparation());
      const glance = await screen.findByRole('region', { name: 'Förberedelsernas läge' });
      expect(glance).toHaveTextContent('2/12 klara');
      expect(glance).toHaveTextContent('10 punkter pågår');
    } finally {
      SETTINGS.uiLanguage = 'fi';
    }
  });
});
