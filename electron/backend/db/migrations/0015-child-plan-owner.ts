import type { Migration } from './migration';

/** Reserved for issue 13 work in progress; replaced by the real step before it ships. */
export const migration0015: Migration = {
  version: 15,
  name: 'child-plan-owner',
  up() {},
};
