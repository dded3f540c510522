import type { Migration } from './migration';

/** Reserved for issue 13 work in progress; replaced by the real step before it ships. */
export const migration0012: Migration = {
  version: 12,
  name: 'follow-up-replies',
  up() {},
};
