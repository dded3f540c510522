import type { Migration } from './migration';

/** Reserved for issue 13 work in progress; replaced by the real step before it ships. */
export const migration0014: Migration = {
  version: 14,
  name: 'letters-per-language',
  up() {},
};
