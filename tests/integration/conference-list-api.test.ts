import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../electron/backend/api/dispatcher';
import type { ListConferencesRequest } from '../../electron/shared/conference/conference.schema';
import { makeChild, makeConferenceInput } from '../fixtures/conference';
import { call, callError, makeClock, openTestBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

/*
 * `conference.list` through the API: the server filters (phase, kind, text, closing period),
 * orders, counts and pages; the list screen shows what it answers.
 */

/** A backend holding three conferences in progress and two closed ones, closed on known days. */
async function cityOffice() {
  const clock = makeClock(new Date('2026-03-02T08:00:00.000Z'));
  const { dispatch } = openTestBackend(useTempDir(), { now: clock.now });
  const create = (reference: string, more: Parameters<typeof makeConferenceInput>[0] = {}) =>
    call(dispatch, 'conference.create', makeConferenceInput({ reference, commissionDate: '2026-03-02', ...more }));
  const close = async (id: string, at: string) => {
    clock.at = new Date(at);
    const { version } = await call(dispatch, 'conference.get', { id });
    await call(dispatch, 'conference.close', { id, version, reason: 'plan_made', text: '' });
  };
  const salo = await create('Salo 3/2026', { children: [makeChild({ firstName: 'Veeti', birthYear: 2014 })] });
  const ohman = await create('Öhman 4/2026', {
    children: [makeChild({ firstName: 'Iida', birthYear: 2016 })],
    socialWorker: { name: 'Pirkko Rautio', unit: 'Lastensuojelu', phone: '', email: '' },
  });
  await close(salo.id, '2026-06-15T09:00:00.000Z');
  // 00:30 on New Year's Day in Helsinki: closed in 2027 there, though still 2026 in UTC.
  await close(ohman.id, '2026-12-31T22:30:00.000Z');
  clock.at = new Date('2027-01-11T08:00:00.000Z');
  const aho = await create('Aho 1/2027', { commissionDate: '2027-01-04' });
  const bjork = await create('Björk 2/2027', { commissionDate: '2027-01-05', meetingType: 'verkostokartoitus' });
  const lind = await create('Lind 5/2027', {
    commissionDate: '2027-01-07',
    children: [makeChild({ firstName: 'Äijö', birthYear: 2015 })],
    socialWorker: { name: 'Pirkko Rautio', unit: 'Lastensuojelu', phone: '', email: '' },
  });
  return { dispatch, clock, create, salo, ohman, aho, bjork, lind };
}

const list = (dispatch: Dispatch, input: ListConferencesRequest) => call(dispatch, 'conference.list', input);
const references = async (dispatch: Dispatch, input: ListConferencesRequest) => (await list(dispatch, input)).items.map((c) => c.reference);

describe('the conference list through the API', () => {
  it('lists the conferences in progress by default, each with its next thing due, and counts them', async () => {
    const { dispatch } = await cityOffice();
    const page = await list(dispatch, {});
    expect(page).toMatchObject({ total: 3, offset: 0, limit: 50, anyConference: true });
    expect(page.items.map((c) => c.reference).sort()).toEqual(['Aho 1/2027', 'Björk 2/2027', 'Lind 5/2027']);
    expect(page.items.every((c) => c.closure === null && c.nextDue?.kind === 'setDate')).toBe(true);
  });

  it('lists every phase with the closed ones last, the most recently closed first, with nothing due for them', async () => {
    const { dispatch } = await cityOffice();
    const page = await list(dispatch, { phase: 'all' });
    expect(page.total).toBe(5);
    expect(page.items.slice(3).map((c) => [c.reference, c.nextDue, c.meeting])).toEqual([
      ['Öhman 4/2026', null, null],
      ['Salo 3/2026', null, null],
    ]);
    expect(await references(dispatch, { phase: 'paattynyt' })).toEqual(['Öhman 4/2026', 'Salo 3/2026']);
    expect(await references(dispatch, { phase: 'toimeksianto' })).toHaveLength(2);
  });

  it('finds a closed conference by its reference, a child or the social worker, case and diacritics aside', async () => {
    const { dispatch } = await cityOffice();
    expect(await references(dispatch, { phase: 'all', query: 'salo' })).toEqual(['Salo 3/2026']);
    // Öhman's reference, and Aho's and Björk's child Sanni-Öhman.
    expect((await references(dispatch, { phase: 'all', query: 'OHMAN' })).sort()).toEqual(['Aho 1/2027', 'Björk 2/2027', 'Öhman 4/2026']);
    expect(await references(dispatch, { phase: 'all', query: 'öhman 4/2026' })).toEqual(['Öhman 4/2026']);
    expect(await references(dispatch, { phase: 'all', query: 'veeti' })).toEqual(['Salo 3/2026']);
    expect(await references(dispatch, { phase: 'all', query: 'aijo lind' })).toEqual(['Lind 5/2027']);
    // Every word must be found, each anywhere.
    expect(await references(dispatch, { phase: 'all', query: 'rautio iida' })).toEqual(['Öhman 4/2026']);
    expect(await references(dispatch, { phase: 'all', query: 'rautio' })).toEqual(['Lind 5/2027', 'Öhman 4/2026']);
    // Among those in progress, the closed ones are not searched.
    expect(await list(dispatch, { query: 'salo' })).toMatchObject({ items: [], total: 0, anyConference: true });
  });

  it('narrows by the kind of meeting', async () => {
    const { dispatch } = await cityOffice();
    expect(await references(dispatch, { meetingType: 'verkostokartoitus' })).toEqual(['Björk 2/2027']);
    expect(await references(dispatch, { phase: 'all', meetingType: 'laheisneuvonpito' })).toHaveLength(4);
  });

  it('lists those closed within a period of Helsinki days, and only closed ones', async () => {
    const { dispatch } = await cityOffice();
    expect(await references(dispatch, { phase: 'all', closedFrom: '2027-01-01' })).toEqual(['Öhman 4/2026']);
    expect(await references(dispatch, { phase: 'all', closedTo: '2026-12-31' })).toEqual(['Salo 3/2026']);
    expect(await references(dispatch, { phase: 'all', closedFrom: '2026-06-15', closedTo: '2026-06-15' })).toEqual(['Salo 3/2026']);
    expect(await list(dispatch, { phase: 'all', closedFrom: '2026-07-01', closedTo: '2026-12-31' })).toMatchObject({ items: [], total: 0 });
    // Those in progress have closed in no period.
    expect(await list(dispatch, { closedFrom: '2026-01-01' })).toMatchObject({ items: [], total: 0 });
  });

  it('pages through the list in one order, the count the same on every page', async () => {
    const { dispatch, create } = await cityOffice();
    for (let i = 0; i < 4; i++) await create(`Uusi ${i + 1}/2027`, { commissionDate: '2027-01-10' });
    const everything = await references(dispatch, { phase: 'all' });
    expect(everything).toHaveLength(9);
    const pages = [];
    for (let offset = 0; offset < 9; offset += 2) {
      const page = await list(dispatch, { phase: 'all', offset, limit: 2 });
      expect(page.total).toBe(9);
      pages.push(...page.items.map((c) => c.reference));
    }
    expect(pages).toEqual(everything);
    // The page across the border of open and closed ones.
    expect(await references(dispatch, { phase: 'all', offset: 6, limit: 2 })).toEqual([everything[6], 'Öhman 4/2026']);
    expect(await list(dispatch, { phase: 'all', offset: 20 })).toMatchObject({ items: [], total: 9 });
  });

  it('says when there are no conferences at all, and a reopened one is in progress again', async () => {
    const empty = openTestBackend(useTempDir());
    expect(await list(empty.dispatch, {})).toEqual({ items: [], total: 0, offset: 0, limit: 50, anyConference: false });
    const { dispatch, salo } = await cityOffice();
    const { version } = await call(dispatch, 'conference.get', { id: salo.id });
    await call(dispatch, 'conference.reopen', { id: salo.id, version });
    expect((await references(dispatch, {})).sort()).toEqual(['Aho 1/2027', 'Björk 2/2027', 'Lind 5/2027', 'Salo 3/2026']);
  });

  it('refuses a filter it does not know, a page out of bounds and a search holding an identity code', async () => {
    const { dispatch } = await cityOffice();
    for (const input of [{ phase: 'kesken' }, { limit: 0 }, { limit: 501 }, { offset: -1 }, { closedFrom: '2027-02-30' }, { sort: 'reference' }]) {
      expect((await callError(dispatch, 'conference.list', input)).code).toBe('invalid_input');
    }
    const refused = await callError(dispatch, 'conference.list', { phase: 'all', query: 'Salo 131052-308T' });
    expect(refused.issues).toEqual([{ path: ['query'], message: 'validation.identityCode' }]);
  });
});
