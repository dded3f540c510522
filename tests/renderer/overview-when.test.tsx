import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OverviewTab } from '../../renderer/src/features/conference/OverviewTab';
import { makeMeeting, makePreparation } from '../fixtures/preparation';
import { answerApi } from '../helpers/mock-api';
import { renderInConference } from '../helpers/render-in-conference';

const { call } = vi.hoisted(() => ({ call: vi.fn() }));
vi.mock('../../renderer/src/api/client', () => ({ api: { call }, isNetworkError: () => false }));

// The overview is a big screen to render in jsdom; the machine may be busy with other suites.
vi.setConfig({ testTimeout: 30_000 });

/** A conference commissioned on 11 January 2027 (window 8.2.–22.2.2027), its meeting on `date`. */
function prepMeetingOn(date: string | null) {
  const prep = makePreparation();
  return makePreparation({
    conference: { ...prep.conference, commissionDate: '2027-01-11' },
    meetings: [makeMeeting({ date, startTime: date ? '09:00' : null, endTime: date ? '14:00' : null })],
  });
}

describe('the overview says when the conference is', () => {
  beforeEach(() => answerApi(call));

  it('shows the agreed date first and the window second, flagging a date outside it', async () => {
    renderInConference(<OverviewTab onActionError={() => {}} />, prepMeetingOn('2027-02-24'));
    const card = await screen.findByRole('region', { name: 'Ajankohta' });
    expect(card.querySelector('.timing-meeting')!.textContent).toBe('ke 24.2. klo 9.00–14.002 päivää ikkunan jälkeen');
    expect(card.querySelector('.timing-window')!.textContent).toBe('Ikkuna 8.2.2027–22.2.2027');
    // With a date agreed, the days left in the window are no longer the point.
    expect(card).not.toHaveTextContent('päivää jäljellä');
  });

  it('without a date, shows the window and where today stands in it, as before', async () => {
    renderInConference(<OverviewTab onActionError={() => {}} />, prepMeetingOn(null));
    const card = await screen.findByRole('region', { name: 'Ajankohta' });
    expect(card.querySelector('.timing-meeting')).toBeNull();
    expect(card).toHaveTextContent('8.2.2027–22.2.2027Ikkuna avautuu 19 päivän päästä');
  });
});
