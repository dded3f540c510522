import { describe, expect, it } from 'vitest';
import {
  addMonths,
  checkFollowUp,
  followUpWindow,
  planChecks,
  unresolvedBottomLines,
  type CheckedItem,
  type CheckedPlan,
} from '../../electron/shared/plan/plan-checks';

const id = (n: number) => `88888888-8888-4888-8888-${String(n).padStart(12, '0')}`;
const MEMBER = { kind: 'member', memberId: id(100) } as const;

function item(overrides: Partial<CheckedItem> = {}): CheckedItem {
  return { owner: MEMBER, fromDate: '2027-02-01', byDate: '2027-03-01', bottomLineIds: [], ...overrides };
}

function plan(overrides: Partial<CheckedPlan> = {}): CheckedPlan {
  return { items: [], followUpDate: '2027-05-20', checkedNotAcceptableIds: [], ...overrides };
}

const NO_LINES = { mustInclude: [], notAcceptable: [] };
const LINES = {
  mustInclude: [
    { id: id(1), text: 'Koulumatkat on sovittu' },
    { id: id(2), text: 'Äijöllä on aikuinen iltaisin' },
  ],
  notAcceptable: [
    { id: id(3), text: 'Lapset eivät jää yksin yöksi' },
    { id: id(4), text: 'Ei päihteitä lasten läsnä ollessa' },
  ],
};

describe('adding months', () => {
  it('keeps the day of the month', () => {
    expect(addMonths('2027-01-20', 3)).toBe('2027-04-20');
    expect(addMonths('2027-01-20', 6)).toBe('2027-07-20');
  });

  it('crosses the year', () => {
    expect(addMonths('2027-10-15', 3)).toBe('2028-01-15');
    expect(addMonths('2027-12-31', 6)).toBe('2028-06-30');
  });

  it('ends on the last day of a shorter month', () => {
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
  });

  it('refuses what is not a date', () => {
    expect(() => addMonths('20.1.2027', 3)).toThrow(RangeError);
  });
});

describe('the follow-up meeting date', () => {
  it('is usually 3–6 months after the meeting', () => {
    expect(followUpWindow('2027-01-20')).toEqual({ earliest: '2027-04-20', latest: '2027-07-20' });
  });

  it('is fine anywhere in the window, the ends included', () => {
    for (const date of ['2027-04-20', '2027-06-01', '2027-07-20']) {
      expect(checkFollowUp('2027-01-20', date).status).toBe('ok');
    }
  });

  it('is flagged a day before or after the window', () => {
    expect(checkFollowUp('2027-01-20', '2027-04-19').status).toBe('early');
    expect(checkFollowUp('2027-01-20', '2027-07-21').status).toBe('late');
  });

  it('is flagged as missing with the window to suggest', () => {
    expect(checkFollowUp('2027-01-20', null)).toEqual({
      status: 'missing',
      window: { earliest: '2027-04-20', latest: '2027-07-20' },
    });
  });

  it('cannot be judged while the meeting has no date', () => {
    expect(checkFollowUp(null, '2027-05-01')).toEqual({ status: 'no_meeting_date' });
  });
});

describe('the items', () => {
  it('finds items nobody has taken on, and items without a "by when"', () => {
    const checks = planChecks(
      plan({ items: [item(), item({ owner: null }), item({ byDate: null }), item({ owner: null, byDate: null })] }),
      NO_LINES,
      '2027-01-20',
    );
    expect(checks.withoutOwner).toEqual([1, 3]);
    expect(checks.withoutByDate).toEqual([2, 3]);
  });

  it('takes the social worker as an owner', () => {
    const checks = planChecks(plan({ items: [item({ owner: { kind: 'social_worker' } })] }), NO_LINES, '2027-01-20');
    expect(checks.withoutOwner).toEqual([]);
  });

  it('finds a "by when" before the "from when"', () => {
    const checks = planChecks(
      plan({ items: [item({ fromDate: '2027-03-01', byDate: '2027-02-01' }), item({ fromDate: null })] }),
      NO_LINES,
      '2027-01-20',
    );
    expect(checks.byBeforeFrom).toEqual([0]);
  });

  it('has nothing to say about an empty plan without bottom lines but the follow-up', () => {
    const checks = planChecks(plan({ followUpDate: null }), NO_LINES, '2027-01-20');
    expect(checks).toMatchObject({
      withoutOwner: [],
      withoutByDate: [],
      byBeforeFrom: [],
      mustInclude: [],
      unmetMustInclude: [],
      notAcceptable: [],
      uncheckedNotAcceptable: [],
      followUp: { status: 'missing' },
    });
    expect(unresolvedBottomLines(checks)).toBe(0);
  });
});

describe('the bottom lines', () => {
  it('lists for each "must include" line the items that fulfil it', () => {
    const checks = planChecks(
      plan({ items: [item({ bottomLineIds: [id(1)] }), item(), item({ bottomLineIds: [id(1), id(2)] })] }),
      LINES,
      '2027-01-20',
    );
    expect(checks.mustInclude.map((line) => line.itemIndexes)).toEqual([[0, 2], [2]]);
    expect(checks.unmetMustInclude).toEqual([]);
  });

  it('names the "must include" lines no item fulfils', () => {
    const checks = planChecks(plan({ items: [item({ bottomLineIds: [id(1)] })] }), LINES, '2027-01-20');
    expect(checks.unmetMustInclude).toEqual([{ id: id(2), text: 'Äijöllä on aikuinen iltaisin' }]);
  });

  it('names the "not acceptable" lines not yet checked', () => {
    const checks = planChecks(plan({ checkedNotAcceptableIds: [id(4)] }), LINES, '2027-01-20');
    expect(checks.notAcceptable.map((line) => line.checked)).toEqual([false, true]);
    expect(checks.uncheckedNotAcceptable).toEqual([{ id: id(3), text: 'Lapset eivät jää yksin yöksi' }]);
  });

  it('counts what is unresolved before the decision', () => {
    const open = planChecks(plan(), LINES, '2027-01-20');
    expect(unresolvedBottomLines(open)).toBe(4);

    const resolved = planChecks(
      plan({ items: [item({ bottomLineIds: [id(1), id(2)] })], checkedNotAcceptableIds: [id(3), id(4)] }),
      LINES,
      '2027-01-20',
    );
    expect(unresolvedBottomLines(resolved)).toBe(0);
  });

  it('ignores ticks for bottom lines that have since been removed', () => {
    const checks = planChecks(
      plan({ items: [item({ bottomLineIds: [id(9)] })], checkedNotAcceptableIds: [id(9)] }),
      LINES,
      '2027-01-20',
    );
    expect(unresolvedBottomLines(checks)).toBe(4);
  });
});
