import { describe, expect, it } from 'vitest';
import { childAge } from '../../electron/shared/conference/child-age';

describe("a child's age", () => {
  it('is the age the child turns in the year of today (only the year of birth is known)', () => {
    expect(childAge(2012, '2026-01-01')).toBe(14);
    expect(childAge(2012, '2026-12-31')).toBe(14);
    expect(childAge(2026, '2026-06-15')).toBe(0);
  });
});
