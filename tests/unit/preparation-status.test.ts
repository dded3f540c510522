import { describe, expect, it } from 'vitest';
import type { NetworkMember } from '../../electron/shared/preparation/network.schema';
import {
  familyMeetingCount,
  preparationProgress,
  preparationStatus,
  type PreparationItem,
} from '../../electron/shared/preparation/preparation-status';
import { PREPARATION_CHECKS, type PreparationCheck } from '../../electron/shared/preparation/preparation-checks';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { GUARDIAN_MEMBER_ID, makeCompletePreparation, makeContact, makeMember, makePreparation } from '../fixtures/preparation';

const TODAY = '2027-01-20';
const [CHILD_A, CHILD_B] = makePreparation().conference.children.map((c) => c.id) as [string, string];

function check(prep: Preparation, id: PreparationCheck, today = TODAY): PreparationItem {
  const found = preparationStatus(prep, today).find((i) => i.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
}

function missingNames(item: PreparationItem): string[] {
  return item.missing.map((m) => (m.kind === 'field' ? m.field : m.name));
}

function withMember(prep: Preparation, member: NetworkMember, changes: Partial<NetworkMember>): Preparation {
  return { ...prep, members: prep.members.map((m) => (m.id === member.id ? { ...m, ...changes } : m)) };
}

describe('preparationStatus', () => {
  it('lists the twelve checks in order, all done for a complete preparation', () => {
    const items = preparationStatus(makeCompletePreparation().prep, TODAY);
    expect(items.map((i) => i.id)).toEqual([...PREPARATION_CHECKS]);
    expect(items.filter((i) => !i.done).map((i) => i.id)).toEqual([]);
    expect(items.flatMap((i) => i.missing)).toEqual([]);
    expect(preparationProgress(items)).toEqual({ done: 12, total: 12 });
  });

  it('finds a fresh conference missing everything but its timing', () => {
    const items = preparationStatus(makePreparation(), TODAY);
    expect(items.filter((i) => i.done).map((i) => i.id)).toEqual(['workers', 'timing']);
    expect(preparationProgress(items)).toEqual({ done: 2, total: 12 });
  });

  describe('1. commission agreed', () => {
    it('is done with a date and a concern', () => {
      expect(check(makeCompletePreparation().prep, 'commission')).toMatchObject({ done: true, missing: [], fix: { tab: 'commission' } });
    });

    it('names the missing date and the missing concerns, fixed on the commission tab', () => {
      const { prep } = makeCompletePreparation();
      const item = check({ ...prep, commission: { ...prep.commission, agreedDate: null, concerns: [] } }, 'commission');
      expect(item.done).toBe(false);
      expect(item.missing).toEqual([
        { kind: 'field', field: 'agreedDate', fix: { tab: 'commission' } },
        { kind: 'field', field: 'concerns', fix: { tab: 'commission' } },
      ]);
    });

    it('is not done with a date but no concern', () => {
      const { prep } = makeCompletePreparation();
      const item = check({ ...prep, commission: { ...prep.commission, concerns: [] } }, 'commission');
      expect(missingNames(item)).toEqual(['concerns']);
    });
  });

  describe('2. consents given', () => {
    it('is done with all three dates', () => {
      expect(check(makeCompletePreparation().prep, 'consents')).toMatchObject({ done: true, count: { done: 3, total: 3 } });
    });

    it('says which consents are missing', () => {
      const { prep } = makeCompletePreparation();
      const item = check({ ...prep, commission: { ...prep.commission, voluntaryDate: null, waiverDate: null } }, 'consents');
      expect(item.done).toBe(false);
      expect(missingNames(item)).toEqual(['voluntaryDate', 'waiverDate']);
      expect(item.count).toEqual({ done: 1, total: 3 });
    });
  });

  describe('3. network mapped', () => {
    it('is done when every member has an invite decision', () => {
      expect(check(makeCompletePreparation().prep, 'network')).toMatchObject({ done: true, count: { done: 5, total: 5 } });
    });

    it('lists the undecided members with links to them', () => {
      const { prep, aunt } = makeCompletePreparation();
      const item = check(withMember(prep, aunt, { invite: 'undecided' }), 'network');
      expect(item.done).toBe(false);
      expect(item.missing).toEqual([{ kind: 'member', memberId: aunt.id, name: 'Людмила Соколова', fix: { memberId: aunt.id } }]);
    });

    it('is not done without any members', () => {
      const item = check({ ...makeCompletePreparation().prep, members: [] }, 'network');
      expect(item.done).toBe(false);
      expect(item.missing).toEqual([{ kind: 'field', field: 'members', fix: { tab: 'network' } }]);
    });
  });

  describe('4. every invitee contacted', () => {
    it('counts written views too, and not those not invited', () => {
      expect(check(makeCompletePreparation().prep, 'contacted')).toMatchObject({ done: true, count: { done: 4, total: 4 } });
    });

    it('lists invitees and written-views members without a log entry', () => {
      const { prep, grandma, aunt } = makeCompletePreparation();
      const contacts = prep.contacts.filter((c) => c.memberId !== grandma.id && c.memberId !== aunt.id);
      const item = check({ ...prep, contacts }, 'contacted');
      expect(item.done).toBe(false);
      expect(missingNames(item)).toEqual(['Aune Äijälä', 'Людмила Соколова']);
      expect(item.count).toEqual({ done: 2, total: 4 });
    });

    it('does not count a contact with the family as contacting a member who is not a guardian', () => {
      const { prep, grandma } = makeCompletePreparation();
      const contacts = prep.contacts.filter((c) => c.memberId !== grandma.id);
      expect(missingNames(check({ ...prep, contacts }, 'contacted'))).toEqual(['Aune Äijälä']);
    });

    it('counts a contact with the family as one with each guardian', () => {
      const { prep } = makeCompletePreparation();
      const guardian = makeMember({ id: GUARDIAN_MEMBER_ID, name: 'Maija Äijälä', sector: 'family', invite: 'invite' });
      const withGuardian = { ...prep, members: [guardian, ...prep.members] };
      expect(check(withGuardian, 'contacted')).toMatchObject({ done: true, count: { done: 5, total: 5 } });
      const familyContacts = withGuardian.contacts.filter((c) => c.memberId === null);
      expect(familyContacts.length).toBeGreaterThan(0);
      const withoutFamily = { ...withGuardian, contacts: withGuardian.contacts.filter((c) => c.memberId !== null) };
      expect(missingNames(check(withoutFamily, 'contacted'))).toEqual(['Maija Äijälä']);
    });

    it('is not done while nobody is invited', () => {
      const item = check({ ...makeCompletePreparation().prep, members: [makeMember({ invite: 'not_invited', notInvitedReason: 'x' })] }, 'contacted');
      expect(item.done).toBe(false);
      expect(item.missing).toEqual([{ kind: 'field', field: 'invitees', fix: { tab: 'network' } }]);
    });
  });

  describe('5. every invitee prepared', () => {
    it('is done when every invited member has a preparation date (written views need none)', () => {
      expect(check(makeCompletePreparation().prep, 'prepared')).toMatchObject({ done: true, count: { done: 3, total: 3 } });
    });

    it('lists invited members without a preparation date', () => {
      const { prep, neighbour } = makeCompletePreparation();
      const item = check(withMember(prep, neighbour, { preparedDate: null }), 'prepared');
      expect(item.done).toBe(false);
      expect(missingNames(item)).toEqual(['Pekka Lind']);
    });

    it('does not ask to prepare someone who is not coming', () => {
      const { prep, neighbour } = makeCompletePreparation();
      const item = check(withMember(prep, neighbour, { preparedDate: null, reply: 'not_coming' }), 'prepared');
      expect(item.done).toBe(true);
      expect(item.count).toEqual({ done: 2, total: 2 });
    });
  });

  describe('6. every invitee replied', () => {
    it('takes coming, remote and not coming as replies', () => {
      const { prep, grandma } = makeCompletePreparation();
      expect(check(withMember(prep, grandma, { reply: 'not_coming' }), 'replied').done).toBe(true);
      expect(check(prep, 'replied')).toMatchObject({ done: true, count: { done: 3, total: 3 } });
    });

    it('lists those not asked yet and those who said maybe', () => {
      const { prep, grandma, curator } = makeCompletePreparation();
      const item = check(withMember(withMember(prep, grandma, { reply: 'maybe' }), curator, { reply: 'not_asked' }), 'replied');
      expect(item.done).toBe(false);
      expect(missingNames(item)).toEqual(['Aune Äijälä', 'Cawo Maxamed Xuseen']);
    });
  });

  describe("7. each child's participation and support person", () => {
    it('is done when every child has a way to take part and a support person', () => {
      expect(check(makeCompletePreparation().prep, 'children')).toMatchObject({ done: true, count: { done: 2, total: 2 } });
    });

    it('lists each child with what they lack, fixed on the network tab', () => {
      const { prep, neighbour } = makeCompletePreparation();
      const broken = withMember(
        { ...prep, children: [{ childId: CHILD_A, participation: 'undecided', note: '', version: 1 }, prep.children[1]!] },
        neighbour,
        { supportForChildIds: [] },
      );
      const item = check(broken, 'children');
      expect(item.done).toBe(false);
      expect(item.missing).toEqual([
        { kind: 'child', childId: CHILD_A, name: 'Äijö', lacks: ['participation'], fix: { childId: CHILD_A } },
        { kind: 'child', childId: CHILD_B, name: 'Sanni', lacks: ['supportPerson'], fix: { childId: CHILD_B } },
      ]);
      expect(item.fix).toEqual({ tab: 'network' });
    });

    it('lists both lacks for a child with neither', () => {
      const item = check(makePreparation(), 'children');
      expect(item.missing.map((m) => (m.kind === 'child' ? m.lacks : []))).toEqual([
        ['participation', 'supportPerson'],
        ['participation', 'supportPerson'],
      ]);
    });
  });

  describe('8. support persons briefed', () => {
    it('is done when every support person has a briefing date', () => {
      expect(check(makeCompletePreparation().prep, 'supportBriefed')).toMatchObject({ done: true, count: { done: 2, total: 2 } });
    });

    it('lists support persons not briefed', () => {
      const { prep, grandma } = makeCompletePreparation();
      const item = check(withMember(prep, grandma, { supportBriefedDate: null }), 'supportBriefed');
      expect(item.done).toBe(false);
      expect(missingNames(item)).toEqual(['Aune Äijälä']);
    });

    it('is not done while there are no support persons', () => {
      const { prep, grandma, neighbour } = makeCompletePreparation();
      const none = withMember(withMember(prep, grandma, { supportForChildIds: [] }), neighbour, { supportForChildIds: [] });
      expect(missingNames(check(none, 'supportBriefed'))).toEqual(['supportPersons']);
    });
  });

  describe('9. workers prepared', () => {
    it('is done when every invited worker has a preparation date', () => {
      expect(check(makeCompletePreparation().prep, 'workers')).toMatchObject({ done: true, count: { done: 1, total: 1 }, notes: [] });
    });

    it('lists invited workers without a preparation date', () => {
      const { prep, curator } = makeCompletePreparation();
      const item = check(withMember(prep, curator, { preparedDate: null }), 'workers');
      expect(item.done).toBe(false);
      expect(missingNames(item)).toEqual(['Cawo Maxamed Xuseen']);
    });

    it('ignores workers who are not invited', () => {
      const { prep, curator } = makeCompletePreparation();
      const item = check(withMember(prep, curator, { preparedDate: null, invite: 'written_views', reply: 'not_asked' }), 'workers');
      expect(item).toMatchObject({ done: true, count: { done: 0, total: 0 } });
    });

    it('notes, without blocking, a worker left out of the recorded waiver', () => {
      const { prep, curator } = makeCompletePreparation();
      const outside = withMember(prep, curator, { worker: { ...curator.worker!, sharingAllowed: false } });
      const item = check(outside, 'workers');
      expect(item.done).toBe(true);
      expect(item.notes.map((n) => (n.kind === 'member' ? n.memberId : ''))).toEqual([curator.id]);
      const noWaiver = { ...outside, commission: { ...outside.commission, waiverDate: null } };
      expect(check(noWaiver, 'workers').notes).toEqual([]);
    });
  });

  describe('10. summary received and gone through with the family', () => {
    it('is done with the three dates', () => {
      expect(check(makeCompletePreparation().prep, 'summary')).toMatchObject({ done: true, fix: { tab: 'summary' } });
    });

    it('says which dates are missing', () => {
      const { prep } = makeCompletePreparation();
      const item = check({ ...prep, summary: { ...prep.summary, childrenDate: null } }, 'summary');
      expect(item.done).toBe(false);
      expect(item.missing).toEqual([{ kind: 'field', field: 'childrenDate', fix: { tab: 'summary' } }]);
      expect(item.count).toEqual({ done: 2, total: 3 });
    });
  });

  describe("11. the convener's meetings with the family", () => {
    it('is done with two meetings', () => {
      expect(check(makeCompletePreparation().prep, 'familyMeetings')).toMatchObject({ done: true, count: { done: 2, total: 2 } });
    });

    it('counts only meetings with the family: 1/2', () => {
      const { prep, grandma } = makeCompletePreparation();
      const contacts = [
        ...prep.contacts.filter((c) => c.channel !== 'meeting').slice(0, 4),
        makeContact({ channel: 'meeting' }),
        makeContact({ channel: 'phone' }),
        makeContact({ channel: 'meeting', memberId: grandma.id }),
      ];
      expect(familyMeetingCount(contacts)).toBe(1);
      const item = check({ ...prep, contacts }, 'familyMeetings');
      expect(item.done).toBe(false);
      expect(item.count).toEqual({ done: 1, total: 2 });
      expect(item.missing).toEqual([{ kind: 'field', field: 'familyMeetings', fix: { tab: 'contacts' } }]);
    });
  });

  describe('12. days left in the 4–6 week window', () => {
    it('is done while the window has not passed, with the days left', () => {
      // Commission 2027-01-11: the window closes on 2027-02-22.
      const item = check(makeCompletePreparation().prep, 'timing', '2027-02-20');
      expect(item.done).toBe(true);
      expect(item.timing).toMatchObject({ status: 'open', daysLeft: 2 });
      expect(item.fix).toBeNull();
    });

    it('is not done once the window has passed, late by N days', () => {
      const item = check(makeCompletePreparation().prep, 'timing', '2027-02-25');
      expect(item.done).toBe(false);
      expect(item.timing).toMatchObject({ status: 'late', daysLeft: -3 });
    });
  });
});
