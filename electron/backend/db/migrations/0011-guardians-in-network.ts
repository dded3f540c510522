import type { Migration } from './migration';

/** Reserved for issue 13 work in progress; replaced by the real step before it ships. */
export const migration0011: Migration = {
  version: 11,
  name: 'guardians-in-network',
  up() {},
};
