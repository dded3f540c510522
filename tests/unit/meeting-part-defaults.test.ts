import { describe, expect, it } from 'vitest';
import { DEFAULT_PART_MINUTES } from '../../electron/shared/meeting-day/meeting-day.schema';
import { defaultPartMinutes, emptyMeetingDay } from '../../electron/shared/meeting-day/meeting-day-rules';

const sum = (minutes: Record<string, number>) => Object.values(minutes).reduce((a, b) => a + b, 0);

describe('the parts of a meeting before the convener sets them', () => {
  it('fill the booked time: 5 hours booked, the three parts take 5 hours in their usual proportions', () => {
    const minutes = defaultPartMinutes('conference', { startTime: '09:00', endTime: '14:00' });
    expect(minutes).toEqual({ information: 90, private_time: 140, plan: 70 });
    expect(sum(minutes)).toBe(300);
    expect(sum(emptyMeetingDay('conference', { startTime: '09:00', endTime: '14:00' }).plannedMinutes)).toBe(300);
  });

  it('fill a follow-up’s 2 hours, and an odd booking to the minute', () => {
    expect(sum(defaultPartMinutes('follow_up', { startTime: '13:00', endTime: '15:00' }))).toBe(120);
    expect(sum(defaultPartMinutes('conference', { startTime: '08:45', endTime: '12:10' }))).toBe(205);
  });

  it('keep the usual minutes while no time is booked, or the end is not after the start', () => {
    expect(defaultPartMinutes('conference')).toEqual(DEFAULT_PART_MINUTES.conference);
    expect(defaultPartMinutes('follow_up', { startTime: '09:00', endTime: null })).toEqual(DEFAULT_PART_MINUTES.follow_up);
    expect(defaultPartMinutes('conference', { startTime: '14:00', endTime: '09:00' })).toEqual(DEFAULT_PART_MINUTES.conference);
  });
});
