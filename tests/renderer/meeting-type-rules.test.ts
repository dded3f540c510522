import { describe, expect, it } from 'vitest';
import type { NextDue } from '../../electron/shared/conference/next-due.types';
import { nextDueTab } from '../../renderer/src/features/conference/NextDueLine';
import { postedCopies, type RecipientValues } from '../../renderer/src/features/plan/plan-form-values';
import { planLayout, planLayoutFor } from '../../renderer/src/features/plan/plan-layout';

const id = (n: number) => `99999999-9999-4999-8999-${String(n).padStart(12, '0')}`;

describe('where the next thing is done', () => {
  const due = (next: Pick<NextDue, 'kind'> & Partial<NextDue>) => ({ due: null, overdueDays: 0, ...next }) as NextDue;

  it('is a tab the kind of meeting has', () => {
    expect(nextDueTab(due({ kind: 'postPlan' }), 'verkostokartoitus')).toBe('plan');
    expect(nextDueTab(due({ kind: 'close' }), 'verkostokartoitus')).toBe('followUp');
    expect(nextDueTab(due({ kind: 'setDate', meetingKind: 'conference' }), 'verkostokartoitus')).toBe('arrangements');
    expect(nextDueTab(due({ kind: 'createFollowUp' }), 'laheisneuvonpito')).toBe('followUp');
  });
});

describe("a plan without the summary's questions", () => {
  const summary = {
    openQuestions: [{ id: id(1), text: 'Miten koulunkäyntiä tuetaan?' }],
    generalQuestions: [{ id: id(2), text: 'Mitä tukea tarvitaan palveluilta?' }],
  };

  it("is the agreed things and the follow-up for a kind without a summary, the questions' plan for the conference", () => {
    const mapping = planLayoutFor(summary, undefined, 'verkostokartoitus');
    expect(mapping.blocks.map((block) => [block.id, block.kind])).toEqual([[null, 'agreed']]);
    expect(mapping.standalone).toEqual(['followUp']);
    expect(mapping.bottomLines).toBe(false);

    const conference = planLayoutFor(summary, undefined, 'laheisneuvonpito');
    expect(conference.blocks.map((block) => block.kind)).toEqual(['open', 'general', 'other']);
    expect(conference.bottomLines).toBe(true);
    // The conference's plan is laid out as before the kinds.
    expect(conference).toEqual(planLayout(summary));
  });
});

describe("marking the client's copies posted", () => {
  const GUARDIAN = id(40);
  const OTHER_GUARDIAN = id(41);
  const GRANDMA = id(42);
  const line = (memberId: string, sentDate = '', channel: RecipientValues['channel'] = 'by_hand'): RecipientValues => ({
    recipient: { kind: 'member', memberId },
    sentDate,
    channel,
  });

  it("updates a guardian's listed line and adds the guardians not listed, by post today", () => {
    const recipients = [line(GRANDMA), line(GUARDIAN)];
    expect(postedCopies(recipients, [GUARDIAN, OTHER_GUARDIAN], '2027-03-01')).toEqual({
      update: [1],
      add: [{ recipient: { kind: 'member', memberId: OTHER_GUARDIAN }, sentDate: '2027-03-01', channel: 'post' }],
    });
  });

  it('adds nothing twice for a guardian named twice, and nothing without guardians', () => {
    expect(postedCopies([], [GUARDIAN, GUARDIAN], '2027-03-01').add).toHaveLength(1);
    expect(postedCopies([line(GRANDMA)], [], '2027-03-01')).toEqual({ update: [], add: [] });
  });
});
