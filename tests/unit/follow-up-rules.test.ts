import { describe, expect, it } from 'vitest';
import { isNextDateAfter, openFollowUp, planInForce } from '../../electron/shared/follow-up/follow-up-rules';
import type { Decision } from '../../electron/shared/plan/plan.schema';

const plan = (id: string, outcome: Decision | null) => ({
  id,
  decision: outcome && { outcome, reasons: outcome === 'accepted' ? '' : 'Perustelu', date: '2027-02-24' },
});

describe('planInForce', () => {
  it('is the latest accepted version, with or without changes; later undecided or refused ones do not count', () => {
    expect(planInForce([plan('1', 'accepted'), plan('2', null)])?.id).toBe('1');
    expect(planInForce([plan('1', 'accepted'), plan('2', 'accepted_with_changes')])?.id).toBe('2');
    expect(planInForce([plan('1', 'accepted'), plan('2', 'not_accepted')])?.id).toBe('1');
  });

  it('is none before any plan was accepted', () => {
    expect(planInForce([])).toBeUndefined();
    expect(planInForce([plan('1', null)])).toBeUndefined();
    expect(planInForce([plan('1', 'not_accepted')])).toBeUndefined();
  });
});

describe('openFollowUp', () => {
  it('is the follow-up whose outcome is not recorded', () => {
    const closed = { id: 'a', outcome: { kind: 'close' as const, reason: 'plan_made' as const, text: '', recordedAt: '' } };
    const open = { id: 'b', outcome: null };
    expect(openFollowUp([closed, open])).toBe(open);
    expect(openFollowUp([closed])).toBeUndefined();
  });
});

describe('isNextDateAfter', () => {
  it('wants the next follow-up after this one; an undated meeting allows any date', () => {
    expect(isNextDateAfter('2027-06-09', '2027-11-17')).toBe(true);
    expect(isNextDateAfter('2027-06-09', '2027-06-09')).toBe(false);
    expect(isNextDateAfter('2027-06-09', '2027-05-01')).toBe(false);
    expect(isNextDateAfter(null, '2027-05-01')).toBe(true);
  });
});
