import type { Migration } from './migration';

/** Reserved for issue 13 work in progress; replaced by the real step before it ships. */
export const migration0013: Migration = {
  version: 13,
  name: 'held-before-the-app',
  up() {},
};
