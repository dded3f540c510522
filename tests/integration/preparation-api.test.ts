import { describe, expect, it } from 'vitest';
import type { Dispatch } from '../../electron/backend/api/dispatcher';
import { translate, type MessageKey } from '../../electron/shared/i18n';
import type { UiLanguage } from '../../electron/shared/i18n/locales';
import { makeConferenceInput, makeUpdateInput, type CreateInput } from '../fixtures/conference';
import { makeMemberInput, memberNamed, NAMES_IN_MANY_SCRIPTS } from '../fixtures/preparation';
import { childTakingPart, commissionUpdate, memberUpdate, summaryUpdate } from '../fixtures/record-updates';
import { call, makeClock, openTestBackend } from '../helpers/backend';
import { useTempDir } from '../helpers/temp-dir';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function generalQuestions(language: UiLanguage): string[] {
  return [1, 2, 3, 4, 5].map((n) => translate(language, `summary.generalQuestion.${n}` as MessageKey));
}

async function createConference(dispatch: Dispatch, overrides: Partial<CreateInput> = {}) {
  const conference = await call(dispatch, 'conference.create', makeConferenceInput(overrides));
  return { conference, prep: await call(dispatch, 'preparation.get', { conferenceId: conference.id }) };
}

describe('a new conference', () => {
  it('starts its preparation with the general questions in Finnish, the guardian in the network, and nothing else filled in', async () => {
    const { dispatch } = openTestBackend(useTempDir());
    const { conference, prep } = await createConference(dispatch);
    expect(conference.language).toBe('fi');
    expect(prep.conference).toEqual(conference);
    expect(prep.summary.generalQuestions.map((q) => q.text)).toEqual(generalQuestions('fi'));
    expect(prep.summary.generalQuestions[0]?.text).toBe(
      'Jos työntekijöiden apua ja tukea tarvitaan, keneltä ja mihin?',
    );
    expect(prep.summary.generalQuestions.every((q) => UUID.test(q.id))).toBe(true);
    expect(prep.summary).toMatchObject({
      text: '',
      openQuestions: [],
      mustInclude: [],
      notAcceptable: [],
      requestedDate: null,
      receivedDate: null,
      version: 1,
      updatedAt: '2027-01-11T08:00:00.000Z',
    });
    expect(prep.commission).toEqual({
      agreedDate: null,
      socialWorkerTookPart: true,
      guardianIds: [],
      childIds: [],
      concerns: [],
      voluntaryDate: null,
      contactConsentDate: null,
      waiverDate: null,
      notes: '',
      version: 1,
      updatedAt: '2027-01-11T08:00:00.000Z',
    });
    expect(prep.children).toEqual(
      conference.children.map((child) => ({ childId: child.id, participation: 'undecided', note: '', version: 1 })),
    );
    // The guardian is a person of the network: the family, close, invited; nothing else known of her yet.
    expect(prep.members).toEqual([
      {
        id: conference.guardians[0]!.memberId,
        conferenceId: conference.id,
        name: 'Maija Äijälä',
        relation: 'huoltaja',
        sector: 'family',
        closeness: 'close',
        phone: '',
        email: '',
        address: '',
        language: 'fi',
        otherLanguage: '',
        letterLanguage: null,
        interpreterNeeded: false,
        accessibility: '',
        diet: '',
        notes: '',
        invite: 'invite',
        notInvitedReason: '',
        reply: 'not_asked',
        supportForChildIds: [],
        chairsPrivateTime: false,
        takesNotes: false,
        preparedDate: null,
        supportBriefedDate: null,
        worker: null,
        version: 1,
        createdAt: '2027-01-11T08:00:00.000Z',
        updatedAt: '2027-01-11T08:00:00.000Z',
      },
    ]);
    expect(prep.contacts).toEqual([]);
  });

  it.each(['sv', 'en'] as const)('held in %s gets the general questions in that language', async (language) => {
    const { dispatch } = openTestBackend(useTempDir());
    const { conference, prep } = await createConference(dispatch, { language });
    expect(conference.language).toBe(language);
    expect(prep.summary.generalQuestions.map((q) => q.text)).toEqual(generalQuestions(language));
    expect(prep.summary.generalQuestions[0]?.text).not.toBe(generalQuestions('fi')[0]);
    // The guardian's relation is written in the conference's language too.
    expect(memberNamed(prep, 'Maija Äijälä').relation).toBe({ sv: 'vårdnadshavare', en: 'guardian' }[language]);
  });

  it('keeps its questions when the conference language changes later: they are the convener’s text now', async () => {
    const { dispatch } = openTestBackend(useTempDir());
    const { conference, prep } = await createConference(dispatch);
    const updated = await call(dispatch, 'conference.update', makeUpdateInput(conference, { language: 'sv' }));
    expect(updated.language).toBe('sv');
    const after = await call(dispatch, 'preparation.get', { conferenceId: conference.id });
    expect(after.summary).toEqual(prep.summary);
  });
});

describe('the commission agreement', () => {
  it('saves the agreement with who took part and the concerns in order, keeping concern ids', async () => {
    const clock = makeClock();
    const { dispatch } = openTestBackend(useTempDir(), { now: clock.now });
    const { conference } = await createConference(dispatch, {
      guardians: [{ name: 'Maija Äijälä' }, { name: 'Pekka Äijälä' }],
    });
    const [aijo, sanni] = conference.children;
    const [maija, pekka] = conference.guardians;
    clock.advanceMinutes(15);
    const first = await call(dispatch, 'commission.update', {
      conferenceId: conference.id,
      version: 1,
      agreedDate: '2027-01-12',
      socialWorkerTookPart: false,
      // Given out of order and once twice: stored once each, in the conference's order.
      guardianIds: [pekka!.id, maija!.id, pekka!.id],
      childIds: [sanni!.id],
      concerns: [{ text: 'Koulunkäynti ja aamut' }, { text: 'Äidin jaksaminen' }],
      voluntaryDate: '2027-01-12',
      contactConsentDate: '',
      waiverDate: null,
      notes: 'Sovittu perhekeskuksessa.',
    });
    expect(first.commission).toMatchObject({
      agreedDate: '2027-01-12',
      socialWorkerTookPart: false,
      guardianIds: [maija!.id, pekka!.id],
      childIds: [sanni!.id],
      voluntaryDate: '2027-01-12',
      contactConsentDate: null,
      waiverDate: null,
      notes: 'Sovittu perhekeskuksessa.',
      version: 2,
      updatedAt: '2027-01-11T08:15:00.000Z',
    });
    expect(first.commission.concerns.map((c) => c.text)).toEqual(['Koulunkäynti ja aamut', 'Äidin jaksaminen']);
    // Agreeing the commission moves the conference from "Toimeksianto" to "Valmistelu"
    // (issue 13 §4); its version moves with it, so an open conference form sees the change.
    expect(first.conference).toEqual({ ...conference, phase: 'valmistelu', version: 2, updatedAt: '2027-01-11T08:15:00.000Z' });

    const [school, mother] = first.commission.concerns;
    const second = await call(dispatch, 'commission.update', {
      ...commissionUpdate(first),
      guardianIds: [],
      childIds: [aijo!.id, sanni!.id],
      concerns: [{ ...mother!, text: 'Vanhempien jaksaminen' }, { text: 'Harrastukset' }],
    });
    expect(second.commission.concerns[0]).toEqual({ id: mother!.id, text: 'Vanhempien jaksaminen' });
    expect(second.commission.concerns[1]?.id).toMatch(UUID);
    expect(second.commission.concerns.map((c) => c.id)).not.toContain(school!.id);
    expect(second.commission).toMatchObject({ guardianIds: [], childIds: [aijo!.id, sanni!.id], version: 3 });
    // Other preparation changes leave the conference's own version alone.
    expect(second.conference).toEqual(first.conference);
    expect(await call(dispatch, 'preparation.get', { conferenceId: conference.id })).toEqual(second);
  });
});

describe('the network', () => {
  it('adds, edits and removes members, in the order they were added', async () => {
    const clock = makeClock();
    const { dispatch } = openTestBackend(useTempDir(), { now: clock.now });
    const { conference } = await createConference(dispatch);
    const [aijo] = conference.children;

    const withAune = await call(
      dispatch,
      'network.addMember',
      makeMemberInput(conference.id, { supportForChildIds: [aijo!.id], preparedDate: '2027-01-14' }),
    );
    const aune = memberNamed(withAune, 'Aune Äijälä');
    expect(aune).toEqual({
      id: expect.stringMatching(UUID),
      conferenceId: conference.id,
      name: 'Aune Äijälä',
      relation: 'mummo',
      sector: 'relatives',
      closeness: 'close',
      phone: '040 765 4321',
      email: '',
      address: 'Kuusitie 4 B 12, 00950 Helsinki',
      language: 'fi',
      otherLanguage: '',
      letterLanguage: null,
      interpreterNeeded: false,
      accessibility: '',
      diet: '',
      notes: '',
      invite: 'invite',
      notInvitedReason: '',
      reply: 'not_asked',
      supportForChildIds: [aijo!.id],
      chairsPrivateTime: false,
      takesNotes: false,
      preparedDate: '2027-01-14',
      supportBriefedDate: null,
      worker: null,
      version: 1,
      createdAt: '2027-01-11T08:00:00.000Z',
      updatedAt: '2027-01-11T08:00:00.000Z',
    });

    const withWorker = await call(
      dispatch,
      'network.addMember',
      makeMemberInput(conference.id, {
        name: 'Ilkka Koulukuraattori',
        relation: 'koulukuraattori',
        sector: 'professionals',
        closeness: 'distant',
        language: 'other',
        otherLanguage: 'somali',
        interpreterNeeded: true,
        diet: 'Gluteeniton',
        worker: { organisation: 'Itäkeskuksen koulu', topic: 'Poissaolot', staysForPlan: true, sharingAllowed: true },
      }),
    );
    // Added in the same minute: still in the order they were added.
    // After the guardian, who came with the conference.
    expect(withWorker.members.map((m) => m.name)).toEqual(['Maija Äijälä', 'Aune Äijälä', 'Ilkka Koulukuraattori']);
    const worker = memberNamed(withWorker, 'Ilkka Koulukuraattori');
    expect(worker).toMatchObject({
      language: 'other',
      otherLanguage: 'somali',
      interpreterNeeded: true,
      diet: 'Gluteeniton',
      worker: { organisation: 'Itäkeskuksen koulu', topic: 'Poissaolot', staysForPlan: true, sharingAllowed: true },
    });

    clock.advanceMinutes(10);
    const edited = await call(
      dispatch,
      'network.updateMember',
      memberUpdate(aune, {
        reply: 'coming',
        chairsPrivateTime: true,
        takesNotes: true,
        supportForChildIds: [],
        supportBriefedDate: '2027-01-15',
      }),
    );
    expect(memberNamed(edited, 'Aune Äijälä')).toMatchObject({
      id: aune.id,
      reply: 'coming',
      chairsPrivateTime: true,
      takesNotes: true,
      supportForChildIds: [],
      // Not in the change, so kept: an update takes the complete member.
      preparedDate: '2027-01-14',
      supportBriefedDate: '2027-01-15',
      version: 2,
      createdAt: '2027-01-11T08:00:00.000Z',
      updatedAt: '2027-01-11T08:10:00.000Z',
    });

    const { conferenceId: _c, ...workerInput } = makeMemberInput(conference.id, {
      name: 'Ilkka Koulukuraattori',
      relation: 'koulukuraattori',
      sector: 'professionals',
      closeness: 'distant',
    });
    const noLongerWorker = await call(dispatch, 'network.updateMember', memberUpdate(worker, { ...workerInput, worker: null }));
    expect(memberNamed(noLongerWorker, 'Ilkka Koulukuraattori').worker).toBeNull();

    const removed = await call(dispatch, 'network.removeMember', { id: aune.id, version: 2 });
    expect(removed.members.map((m) => m.id)).toEqual([conference.guardians[0]!.memberId, worker.id]);
    expect(removed.conference).toEqual(conference);
  });

  it('records how each child takes part, in the conference’s order', async () => {
    const { dispatch } = openTestBackend(useTempDir());
    const { conference } = await createConference(dispatch);
    const [aijo, sanni] = conference.children;
    const first = await call(dispatch, 'network.updateChild', {
      conferenceId: conference.id,
      childId: sanni!.id,
      version: 1,
      participation: 'drawing',
      note: 'Piirtää perheestään.',
    });
    expect(first.children).toEqual([
      { childId: aijo!.id, participation: 'undecided', note: '', version: 1 },
      { childId: sanni!.id, participation: 'drawing', note: 'Piirtää perheestään.', version: 2 },
    ]);
    const second = await call(dispatch, 'network.updateChild', childTakingPart(first, sanni!.id, { participation: 'present', note: '' }));
    expect(second.children[1]).toEqual({ childId: sanni!.id, participation: 'present', note: '', version: 3 });
  });
});

describe('the contact log', () => {
  it('adds, edits and removes entries and lists them newest first', async () => {
    const clock = makeClock();
    const { dispatch } = openTestBackend(useTempDir(), { now: clock.now });
    const { conference } = await createConference(dispatch);
    const withMember = await call(dispatch, 'network.addMember', makeMemberInput(conference.id));
    const aune = memberNamed(withMember, 'Aune Äijälä');

    await call(dispatch, 'contact.add', {
      conferenceId: conference.id,
      date: '2027-01-12',
      channel: 'meeting',
      discussed: 'Ensitapaaminen perheen kanssa.',
    });
    clock.advanceMinutes(5);
    await call(dispatch, 'contact.add', {
      conferenceId: conference.id,
      memberId: aune.id,
      date: '2027-01-14',
      channel: 'phone',
      discussed: 'Kerroin neuvonpidosta.',
      nextStep: 'Soitan uudelleen',
      nextStepDate: '2027-01-18',
    });
    clock.advanceMinutes(5);
    // Same date as the first, written later: it comes before the first.
    const three = await call(dispatch, 'contact.add', {
      conferenceId: conference.id,
      memberId: null,
      date: '2027-01-12',
      channel: 'text_message',
      discussed: 'Vahvistin ajan.',
      nextStepDate: '',
    });
    expect(three.contacts.map((c) => c.discussed)).toEqual([
      'Kerroin neuvonpidosta.',
      'Vahvistin ajan.',
      'Ensitapaaminen perheen kanssa.',
    ]);
    const phoneCall = three.contacts[0]!;
    expect(phoneCall).toEqual({
      id: expect.stringMatching(UUID),
      conferenceId: conference.id,
      memberId: aune.id,
      date: '2027-01-14',
      channel: 'phone',
      discussed: 'Kerroin neuvonpidosta.',
      nextStep: 'Soitan uudelleen',
      nextStepDate: '2027-01-18',
      durationMinutes: null,
      version: 1,
      createdAt: '2027-01-11T08:05:00.000Z',
    });
    expect(three.contacts[1]).toMatchObject({ memberId: null, nextStep: '', nextStepDate: null });

    const edited = await call(dispatch, 'contact.update', {
      id: phoneCall.id,
      version: 1,
      memberId: null,
      date: '2027-01-10',
      channel: 'email',
      discussed: 'Lähetin esitteen.',
      nextStep: '',
      nextStepDate: null,
      durationMinutes: null,
    });
    expect(edited.contacts.map((c) => c.discussed)).toEqual([
      'Vahvistin ajan.',
      'Ensitapaaminen perheen kanssa.',
      'Lähetin esitteen.',
    ]);
    expect(edited.contacts[2]).toMatchObject({ id: phoneCall.id, memberId: null, version: 2, nextStepDate: null });

    const removed = await call(dispatch, 'contact.remove', { id: phoneCall.id, version: 2 });
    expect(removed.contacts.map((c) => c.id)).not.toContain(phoneCall.id);
    expect(removed.contacts).toHaveLength(2);
    expect(removed.conference).toEqual(conference);
  });
});

describe('the summary', () => {
  it('saves the text, the four lists with their ids and the dates', async () => {
    const clock = makeClock();
    const { dispatch } = openTestBackend(useTempDir(), { now: clock.now });
    const { conference, prep } = await createConference(dispatch);
    const general = prep.summary.generalQuestions;
    clock.advanceMinutes(20);
    const first = await call(dispatch, 'summary.update', {
      conferenceId: conference.id,
      version: 1,
      text: 'Perhe on ollut asiakkaana syksystä 2026.\nVahvuudet: läheiset isovanhemmat.',
      openQuestions: [{ text: 'Miten aamut saadaan sujumaan?' }],
      generalQuestions: [general[1]!, { ...general[0]!, text: 'Kenen työntekijän apua tarvitaan?' }],
      mustInclude: [{ text: 'Lapsen koulunkäynnin tuki' }],
      notAcceptable: [{ text: 'Lapsi ei jää yksin yöksi' }],
      requestedDate: '2027-01-12',
      receivedDate: '2027-01-20',
      parentsDate: '2027-01-21',
      childrenDate: '',
      supportPersonDate: null,
      sharedWithNetwork: 'Koko yhteenveto.',
    });
    expect(first.summary).toMatchObject({
      text: 'Perhe on ollut asiakkaana syksystä 2026.\nVahvuudet: läheiset isovanhemmat.',
      requestedDate: '2027-01-12',
      receivedDate: '2027-01-20',
      parentsDate: '2027-01-21',
      childrenDate: null,
      supportPersonDate: null,
      sharedWithNetwork: 'Koko yhteenveto.',
      version: 2,
      updatedAt: '2027-01-11T08:20:00.000Z',
    });
    expect(first.summary.generalQuestions).toEqual([
      general[1],
      { id: general[0]!.id, text: 'Kenen työntekijän apua tarvitaan?' },
    ]);
    expect(first.summary.openQuestions.map((q) => q.text)).toEqual(['Miten aamut saadaan sujumaan?']);
    expect(first.summary.mustInclude.map((q) => q.text)).toEqual(['Lapsen koulunkäynnin tuki']);
    expect(first.summary.notAcceptable.map((q) => q.text)).toEqual(['Lapsi ei jää yksin yöksi']);
    expect(first.conference).toEqual(conference);

    // An id of another list is not reused across lists: the item is new in its list.
    const open = first.summary.openQuestions[0]!;
    const second = await call(dispatch, 'summary.update', {
      ...summaryUpdate(first),
      openQuestions: [],
      mustInclude: [open],
    });
    expect(second.summary.openQuestions).toEqual([]);
    expect(second.summary.mustInclude.map((q) => q.text)).toEqual(['Miten aamut saadaan sujumaan?']);
    expect(second.summary.mustInclude[0]?.id).not.toBe(open.id);
    // What the update did not change stays (the update took the complete summary).
    expect(second.summary.generalQuestions).toEqual(first.summary.generalQuestions);
    expect(second.summary).toMatchObject({ text: first.summary.text, requestedDate: '2027-01-12', version: 3 });
  });
});

describe('what is stored is what was typed', () => {
  it('round-trips names in many scripts everywhere, also after the backend restarts', async () => {
    const dir = useTempDir();
    const first = openTestBackend(dir);
    const { conference } = await createConference(first.dispatch, {
      guardians: NAMES_IN_MANY_SCRIPTS.map((name) => ({ name })),
    });
    let prep = await call(first.dispatch, 'preparation.get', { conferenceId: conference.id });
    for (const name of NAMES_IN_MANY_SCRIPTS) {
      prep = await call(first.dispatch, 'network.addMember', makeMemberInput(conference.id, { name, relation: name }));
      prep = await call(first.dispatch, 'contact.add', {
        conferenceId: conference.id,
        memberId: prep.members.at(-1)!.id,
        date: '2027-01-12',
        channel: 'phone',
        discussed: `Puhuttiin: ${name} 🙂 "lainaus" <b>ei html</b>`,
      });
    }
    await call(first.dispatch, 'commission.update', {
      ...commissionUpdate(prep),
      guardianIds: prep.conference.guardians.map((g) => g.id),
      concerns: NAMES_IN_MANY_SCRIPTS.map((text) => ({ text })),
    });
    prep = await call(first.dispatch, 'summary.update', {
      ...summaryUpdate(prep),
      text: NAMES_IN_MANY_SCRIPTS.join('\n'),
      openQuestions: NAMES_IN_MANY_SCRIPTS.map((text) => ({ text })),
    });

    expect(prep.conference.guardians.map((g) => g.name)).toEqual(NAMES_IN_MANY_SCRIPTS);
    // The guardians are the network's first members (made with the conference), then those added.
    expect(prep.members.map((m) => m.name)).toEqual([...NAMES_IN_MANY_SCRIPTS, ...NAMES_IN_MANY_SCRIPTS]);
    expect(prep.members.map((m) => m.relation)).toEqual([...NAMES_IN_MANY_SCRIPTS.map(() => 'huoltaja'), ...NAMES_IN_MANY_SCRIPTS]);
    expect(prep.commission.concerns.map((c) => c.text)).toEqual(NAMES_IN_MANY_SCRIPTS);
    expect(prep.summary.openQuestions.map((q) => q.text)).toEqual(NAMES_IN_MANY_SCRIPTS);
    expect(prep.summary.text).toBe(NAMES_IN_MANY_SCRIPTS.join('\n'));
    expect(prep.contacts.map((c) => c.discussed).sort()).toEqual(
      NAMES_IN_MANY_SCRIPTS.map((name) => `Puhuttiin: ${name} 🙂 "lainaus" <b>ei html</b>`).sort(),
    );
    first.close();

    const second = openTestBackend(dir);
    expect(await call(second.dispatch, 'preparation.get', { conferenceId: conference.id })).toEqual(prep);
  });
});
