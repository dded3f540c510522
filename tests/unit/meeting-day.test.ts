import { describe, expect, it } from 'vitest';
import type { Phase } from '../../electron/shared/conference/conference-lists';
import {
  applyTimerAction,
  emptyMeetingDay,
  isRunning,
  meetingHasStarted,
  phaseWhenMeetingStarts,
  usedMs,
} from '../../electron/shared/meeting-day/meeting-day-rules';
import type { PartTimer } from '../../electron/shared/meeting-day/meeting-day.schema';
import {
  changesBesidesRecipients,
  childOwnsPlanTask,
  isPlanLocked,
  memberPlanRoles,
  phaseAfterAcceptance,
  planReferenceIssues,
} from '../../electron/shared/plan/plan-rules';
import { planFieldsSchema, type Plan } from '../../electron/shared/plan/plan.schema';

/** 09:00 Helsinki on the meeting day, plus `minutes`, as the backend stamps it (UTC). */
const at = (minutes: number) => new Date(Date.parse('2027-02-24T07:00:00.000Z') + minutes * 60_000).toISOString();

const timer = (segments: [number, number | null][], endedAt: number | null = null): PartTimer => ({
  part: 'information',
  segments: segments.map(([start, end]) => ({ startedAt: at(start), endedAt: end === null ? null : at(end) })),
  endedAt: endedAt === null ? null : at(endedAt),
});

const minutesOf = (ms: number) => ms / 60_000;

describe('usedMs', () => {
  it('is zero for a part never started', () => {
    expect(usedMs(timer([]), new Date(at(30)))).toBe(0);
  });

  it('adds up the closed stretches and leaves out the pauses', () => {
    expect(minutesOf(usedMs(timer([[0, 30], [40, 55]]), new Date(at(120))))).toBe(45);
  });

  it('counts a running stretch up to now', () => {
    expect(minutesOf(usedMs(timer([[0, 30], [40, null]]), new Date(at(52))))).toBe(42);
  });

  it('never counts a stretch backwards when the clock reads earlier than its start', () => {
    expect(usedMs(timer([[10, null]]), new Date(at(5)))).toBe(0);
  });
});

describe('isRunning', () => {
  it('is true only while a stretch is open', () => {
    expect(isRunning(timer([]))).toBe(false);
    expect(isRunning(timer([[0, 30]]))).toBe(false);
    expect(isRunning(timer([[0, 30], [40, null]]))).toBe(true);
  });
});

describe('applyTimerAction', () => {
  const day = () => emptyMeetingDay().timers;
  const part = (timers: PartTimer[], name: PartTimer['part']) => timers.find((t) => t.part === name)!;

  it('starts a part, and starting it again changes nothing', () => {
    const started = applyTimerAction(day(), 'information', 'start', at(0));
    expect(part(started, 'information')).toEqual({
      part: 'information',
      segments: [{ startedAt: at(0), endedAt: null }],
      endedAt: null,
    });
    expect(applyTimerAction(started, 'information', 'start', at(5))).toBe(started);
  });

  it('runs one clock at a time: starting a part pauses the one running', () => {
    const information = applyTimerAction(day(), 'information', 'start', at(0));
    const privateTime = applyTimerAction(information, 'private_time', 'start', at(45));
    expect(part(privateTime, 'information').segments).toEqual([{ startedAt: at(0), endedAt: at(45) }]);
    expect(part(privateTime, 'information').endedAt).toBeNull();
    expect(privateTime.filter(isRunning).map((t) => t.part)).toEqual(['private_time']);
  });

  it('pauses and resumes, and a pause with nothing running changes nothing', () => {
    let timers = applyTimerAction(day(), 'plan', 'start', at(0));
    timers = applyTimerAction(timers, 'plan', 'pause', at(10));
    expect(applyTimerAction(timers, 'plan', 'pause', at(12))).toBe(timers);
    timers = applyTimerAction(timers, 'plan', 'start', at(20));
    expect(minutesOf(usedMs(part(timers, 'plan'), new Date(at(25))))).toBe(15);
  });

  it('ends a running or paused part once; a part never started cannot end', () => {
    const running = applyTimerAction(day(), 'private_time', 'start', at(0));
    const ended = applyTimerAction(running, 'private_time', 'end', at(90));
    expect(part(ended, 'private_time')).toEqual({
      part: 'private_time',
      segments: [{ startedAt: at(0), endedAt: at(90) }],
      endedAt: at(90),
    });
    expect(applyTimerAction(ended, 'private_time', 'end', at(95))).toBe(ended);
    expect(applyTimerAction(ended, 'plan', 'end', at(95))).toBe(ended);

    const paused = applyTimerAction(running, 'private_time', 'pause', at(30));
    expect(part(applyTimerAction(paused, 'private_time', 'end', at(40)), 'private_time').endedAt).toBe(at(40));
  });

  it('starts an ended part again, which is then no longer ended', () => {
    const ended = applyTimerAction(applyTimerAction(day(), 'information', 'start', at(0)), 'information', 'end', at(30));
    const again = applyTimerAction(ended, 'information', 'start', at(100));
    expect(part(again, 'information')).toMatchObject({ endedAt: null });
    expect(part(again, 'information').segments).toHaveLength(2);
  });

  it('never ends a stretch before it began when the computer’s clock is set back', () => {
    const started = applyTimerAction(day(), 'information', 'start', at(10));
    const ended = applyTimerAction(started, 'information', 'end', at(5));
    expect(part(ended, 'information')).toEqual({
      part: 'information',
      segments: [{ startedAt: at(10), endedAt: at(10) }],
      endedAt: at(10),
    });
  });
});

describe('phases that follow the meeting', () => {
  it('knows the meeting has started once any part has run', () => {
    expect(meetingHasStarted(emptyMeetingDay().timers)).toBe(false);
    expect(meetingHasStarted(applyTimerAction(emptyMeetingDay().timers, 'plan', 'start', at(0)))).toBe(true);
  });

  it.each<[Phase, Phase | null, Phase | null]>([
    ['toimeksianto', 'neuvonpito', 'seuranta'],
    ['valmistelu', 'neuvonpito', 'seuranta'],
    ['neuvonpito', null, 'seuranta'],
    ['seuranta', null, null],
    ['paattynyt', null, null],
  ])('from %s: the meeting starting → %s, the plan accepted → %s', (phase, started, accepted) => {
    expect(phaseWhenMeetingStarts(phase)).toBe(started);
    expect(phaseAfterAcceptance(phase)).toBe(accepted);
  });
});

describe('plan rules', () => {
  const AUNE = '44444444-4444-4444-8444-000000000001';
  const PENTTI = '44444444-4444-4444-8444-000000000002';
  const QUESTION = '77777777-7777-4777-8777-000000000001';
  const MUST = '77777777-7777-4777-8777-000000000002';
  const NOT_OK = '77777777-7777-4777-8777-000000000003';
  const aune = { kind: 'member', memberId: AUNE } as const;
  const pentti = { kind: 'member', memberId: PENTTI } as const;
  const CHILD = '22222222-2222-4222-8222-000000000001';
  const references = {
    memberIds: [AUNE, PENTTI],
    childIds: [CHILD],
    questionIds: [QUESTION],
    mustIncludeIds: [MUST],
    notAcceptableIds: [NOT_OK],
  };

  function plan(overrides: Partial<Plan> = {}): Plan {
    const { items: _i, services: _s, recipients: _r, dissents: _d, ...empty } = planFieldsSchema.parse({});
    return {
      ...empty,
      services: [],
      recipients: [],
      dissents: [],
      id: '88888888-8888-4888-8888-000000000001',
      conferenceId: '11111111-1111-4111-8111-111111111111',
      meetingId: '77777777-7777-4777-8777-777777777771',
      number: 1,
      items: [
        {
          id: '99999999-9999-4999-8999-000000000001',
          questionId: QUESTION,
          what: 'Mummo herättää lapset.',
          owner: aune,
          fromDate: null,
          byDate: null,
          followUp: '',
          checker: pentti,
          bottomLineIds: [MUST],
        },
      ],
      version: 2,
      createdAt: '2027-02-24T11:00:00.000Z',
      updatedAt: '2027-02-24T11:00:00.000Z',
      ...overrides,
    };
  }

  it('finds no issue in a plan that names only the conference’s people and lists', () => {
    expect(planReferenceIssues(plan({ checkedNotAcceptableIds: [NOT_OK] }), references)).toEqual([]);
  });

  it('names each field that refers to someone or something the conference does not have', () => {
    const stranger = { kind: 'member', memberId: '44444444-4444-4444-8444-000000000099' } as const;
    const fields = plan({
      items: [
        plan().items[0]!,
        { ...plan().items[0]!, questionId: MUST, owner: stranger, checker: stranger, bottomLineIds: [NOT_OK] },
      ],
      services: [{ id: 's1', worker: stranger, what: 'Perhetyö' }],
      recipients: [{ id: 'r1', recipient: stranger, sentDate: null, channel: 'post' }],
      followUpInvitees: [aune, stranger],
      dissents: [{ id: 'd1', person: stranger, text: 'Eri mieltä.' }],
      checkedNotAcceptableIds: [MUST],
    });
    expect(planReferenceIssues(fields, references)).toEqual([
      { path: ['items', 1, 'questionId'], message: 'validation.notInSummary' },
      { path: ['items', 1, 'owner'], message: 'validation.planOwner' },
      { path: ['items', 1, 'checker'], message: 'validation.notInNetwork' },
      { path: ['items', 1, 'bottomLineIds'], message: 'validation.notInSummary' },
      { path: ['services', 0, 'worker'], message: 'validation.notInNetwork' },
      { path: ['recipients', 0, 'recipient'], message: 'validation.notInNetwork' },
      { path: ['followUpInvitees', 1], message: 'validation.notInNetwork' },
      { path: ['dissents', 0, 'person'], message: 'validation.notInNetwork' },
      { path: ['checkedNotAcceptableIds'], message: 'validation.notInSummary' },
    ]);
  });

  it('lets one of the conference’s children own a task, but not a child of another conference', () => {
    const own = { ...plan().items[0]!, owner: { kind: 'child', childId: CHILD } as const };
    const other = { ...own, owner: { kind: 'child', childId: '22222222-2222-4222-8222-000000000099' } as const };
    expect(planReferenceIssues(plan({ items: [own], checkedNotAcceptableIds: [NOT_OK] }), references)).toEqual([]);
    expect(planReferenceIssues(plan({ items: [own, other], checkedNotAcceptableIds: [NOT_OK] }), references)).toEqual([
      { path: ['items', 1, 'owner'], message: 'validation.planOwner' },
    ]);
    expect(childOwnsPlanTask([plan({ items: [own] })], CHILD)).toBe(true);
    expect(childOwnsPlanTask([plan()], CHILD)).toBe(false);
  });

  it('locks a plan once accepted, with or without changes, but not one that was not accepted', () => {
    expect(isPlanLocked(plan())).toBe(false);
    expect(isPlanLocked(plan({ decision: { outcome: 'accepted', reasons: '', date: '2027-02-24' } }))).toBe(true);
    expect(
      isPlanLocked(plan({ decision: { outcome: 'accepted_with_changes', reasons: 'Muutos', date: '2027-02-24' } })),
    ).toBe(true);
    expect(isPlanLocked(plan({ decision: { outcome: 'not_accepted', reasons: 'Ei', date: '2027-02-24' } }))).toBe(false);
  });

  it('tells a change of the distribution log from a change of the plan, whatever the ids', () => {
    const stored = plan({ recipients: [{ id: 'r1', recipient: aune, sentDate: null, channel: 'by_hand' }] });
    const sent = { ...stored, recipients: [{ recipient: aune, sentDate: '2027-02-25', channel: 'post' as const }] };
    expect(changesBesidesRecipients(stored, sent)).toBe(false);
    const { id: _id, ...withoutId } = stored.items[0]!;
    expect(changesBesidesRecipients(stored, { ...stored, items: [withoutId] })).toBe(false);
    expect(changesBesidesRecipients(stored, { ...stored, items: [{ ...withoutId, checker: null }] })).toBe(true);
    expect(changesBesidesRecipients(stored, { ...stored, monitoring: 'Kuukausittain.' })).toBe(true);
    expect(changesBesidesRecipients(stored, { ...stored, followUpInvitees: [aune] })).toBe(true);
  });

  it('lists every role a member has in any version of the plan', () => {
    const first = plan({ dissents: [{ id: 'd1', person: pentti, text: 'Eri mieltä.' }] });
    const second = plan({
      items: [],
      followUpInvitees: [aune],
      recipients: [{ id: 'r1', recipient: aune, sentDate: null, channel: 'by_hand' }],
      services: [{ id: 's1', worker: { kind: 'social_worker' }, what: 'Perhetyö' }],
    });
    expect(memberPlanRoles([first, second], AUNE)).toEqual(['owner', 'recipient', 'invitee']);
    expect(memberPlanRoles([first, second], PENTTI)).toEqual(['checker', 'dissent']);
    expect(memberPlanRoles([first, second], '44444444-4444-4444-8444-000000000099')).toEqual([]);
  });
});
