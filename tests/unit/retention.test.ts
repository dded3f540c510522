import { describe, expect, it } from 'vitest';
import { isRetentionDue, retentionEnds } from '../../electron/shared/retention/retention';

describe('the end of a closed conference’s retention time', () => {
  it('is the same Helsinki date the chosen months later', () => {
    expect(retentionEnds('2027-01-12T10:00:00.000Z', 6)).toBe('2027-07-12');
    expect(retentionEnds('2027-01-12T10:00:00.000Z', 24)).toBe('2029-01-12');
    expect(retentionEnds('2027-10-12T10:00:00.000Z', 3)).toBe('2028-01-12');
  });

  it('counts from the Helsinki date of closing, not the UTC one', () => {
    // 23:30 UTC on 31 May is 02:30 on 1 June in Helsinki.
    expect(retentionEnds('2027-05-31T23:30:00.000Z', 6)).toBe('2027-12-01');
  });

  it('falls on the last day of a shorter month', () => {
    expect(retentionEnds('2027-08-31T09:00:00.000Z', 6)).toBe('2028-02-29');
    expect(retentionEnds('2028-08-31T09:00:00.000Z', 6)).toBe('2029-02-28');
    expect(retentionEnds('2027-12-31T09:00:00.000Z', 3)).toBe('2028-03-31');
  });

  it('is due from that date on, not the day before', () => {
    expect(isRetentionDue('2027-01-12T10:00:00.000Z', 6, '2027-07-11')).toBe(false);
    expect(isRetentionDue('2027-01-12T10:00:00.000Z', 6, '2027-07-12')).toBe(true);
    expect(isRetentionDue('2027-01-12T10:00:00.000Z', 6, '2028-01-01')).toBe(true);
  });
});
