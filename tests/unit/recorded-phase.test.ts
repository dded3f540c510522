import { describe, expect, it } from 'vitest';
import { emptyMeetingDay } from '../../electron/shared/meeting-day/meeting-day-rules';
import {
  phaseOfRecordedWork,
  phaseWhenCommissionAgreed,
  recordedWork,
  workContradictedByMove,
  type RecordedWorkFacts,
} from '../../electron/shared/conference/recorded-phase';
import type { Decision } from '../../electron/shared/plan/plan.schema';

function meeting(kind: 'conference' | 'follow_up', startedAt?: string) {
  const day = emptyMeetingDay(kind);
  if (startedAt) day.timers[0] = { ...day.timers[0]!, segments: [{ startedAt, endedAt: null }] };
  return { kind, date: null, heldBeforeApp: false, day };
}

function plan(number: number, outcome?: Decision, date = '2027-03-03') {
  return { number, decision: outcome ? { outcome, reasons: '', date } : null };
}

function facts(overrides: Partial<RecordedWorkFacts> = {}): RecordedWorkFacts {
  return { commission: { agreedDate: null }, meetings: [meeting('conference')], plans: [], ...overrides };
}

describe('the phase the recorded work implies', () => {
  it('is "Toimeksianto" when nothing is recorded', () => {
    expect(recordedWork(facts())).toEqual([]);
    expect(phaseOfRecordedWork(recordedWork(facts()))).toBe('toimeksianto');
  });

  it('is "Valmistelu" once the commission is agreed, and that move moves only from "Toimeksianto"', () => {
    const work = recordedWork(facts({ commission: { agreedDate: '2027-02-01' } }));
    expect(work).toEqual([{ kind: 'commissionAgreed', phase: 'valmistelu', date: '2027-02-01' }]);
    expect(phaseOfRecordedWork(work)).toBe('valmistelu');
    expect(phaseWhenCommissionAgreed('toimeksianto')).toBe('valmistelu');
    for (const phase of ['valmistelu', 'neuvonpito', 'seuranta', 'paattynyt'] as const) {
      expect(phaseWhenCommissionAgreed(phase)).toBeNull();
    }
    // Moving back to "Toimeksianto" by hand contradicts the agreement, so it is asked first.
    expect(workContradictedByMove('valmistelu', 'toimeksianto', work)).toEqual(work);
  });

  it('is "Neuvonpito" once the meeting is started, on its Helsinki day', () => {
    // 23.30 UTC on 2.3. is already 3.3. in Helsinki.
    const work = recordedWork(facts({ meetings: [meeting('conference', '2027-03-02T23:30:00.000Z')] }));
    expect(work).toEqual([{ kind: 'meetingStarted', phase: 'neuvonpito', date: '2027-03-03' }]);
    expect(phaseOfRecordedWork(work)).toBe('neuvonpito');
  });

  it('is "Neuvonpito" with a plan begun or not accepted', () => {
    for (const outcome of [undefined, 'not_accepted'] as const) {
      const work = recordedWork(facts({ plans: [plan(1, outcome)] }));
      expect(work).toEqual([{ kind: 'planRecorded', phase: 'neuvonpito', number: 1 }]);
      expect(phaseOfRecordedWork(work)).toBe('neuvonpito');
    }
  });

  it('is "Seuranta" with an accepted plan, naming the latest accepted version and its day', () => {
    const work = recordedWork(
      facts({
        meetings: [meeting('conference', '2027-03-03T08:00:00.000Z'), meeting('follow_up', '2027-06-09T08:00:00.000Z')],
        plans: [plan(1, 'accepted'), plan(2, 'accepted_with_changes', '2027-06-09'), plan(3)],
      }),
    );
    expect(work).toEqual([
      { kind: 'planAccepted', phase: 'seuranta', number: 2, date: '2027-06-09' },
      { kind: 'meetingStarted', phase: 'neuvonpito', date: '2027-03-03' },
    ]);
    expect(phaseOfRecordedWork(work)).toBe('seuranta');
  });
});

describe('a move by hand that contradicts the record', () => {
  const work = recordedWork(
    facts({ meetings: [meeting('conference', '2027-03-03T08:00:00.000Z')], plans: [plan(1, 'accepted')] }),
  );

  it('names everything recorded after the phase moved to', () => {
    expect(workContradictedByMove('seuranta', 'toimeksianto', work).map((w) => w.kind)).toEqual([
      'planAccepted',
      'meetingStarted',
    ]);
    expect(workContradictedByMove('seuranta', 'neuvonpito', work).map((w) => w.kind)).toEqual(['planAccepted']);
  });

  it('is nothing for no move, a move to the recorded phase, or with nothing recorded', () => {
    expect(workContradictedByMove('toimeksianto', 'toimeksianto', work)).toEqual([]);
    expect(workContradictedByMove('toimeksianto', 'seuranta', work)).toEqual([]);
    expect(workContradictedByMove('valmistelu', 'toimeksianto', [])).toEqual([]);
  });
});
