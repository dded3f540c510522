import { describe, expect, it } from 'vitest';
import { childrenSupportedBy, supportPersonOf } from '../../electron/shared/preparation/support-persons';

describe('who supports which child', () => {
  const children = [
    { id: 'c-1', firstName: 'Iida' },
    { id: 'c-2', firstName: 'Eetu' },
    { id: 'c-3', firstName: 'Venla' },
  ];
  const members = [
    { id: 'm-1', supportForChildIds: [] as string[] },
    { id: 'm-2', supportForChildIds: ['c-3', 'c-1'] },
  ];

  it("lists a member's children in the conference's order, not the order they were picked", () => {
    expect(childrenSupportedBy(members[1]!, children).map((c) => c.firstName)).toEqual(['Iida', 'Venla']);
    expect(childrenSupportedBy(members[0]!, children)).toEqual([]);
  });

  it("finds a child's support person, or nobody", () => {
    expect(supportPersonOf(members, 'c-3')?.id).toBe('m-2');
    expect(supportPersonOf(members, 'c-2')).toBeUndefined();
  });
});
