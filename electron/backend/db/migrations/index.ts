import { migration0001 } from './0001-initial';
import { migration0002 } from './0002-preparation';
import { migration0003 } from './0003-arrangements';
import { migration0004 } from './0004-meeting-day-and-plan';
import { migration0005 } from './0005-follow-up';
import { migration0006 } from './0006-decided-plan-kept';
import { migration0007 } from './0007-record-versions';
import { migration0008 } from './0008-conference-statistics';
import { migration0009 } from './0009-letter-language';
import { migration0010 } from './0010-checklist-facts';
import type { Migration } from './migration';

/** Every migration in order. Never edit one that has shipped: add the next. */
export const MIGRATIONS: readonly Migration[] = [
  migration0001,
  migration0002,
  migration0003,
  migration0004,
  migration0005,
  migration0006,
  migration0007,
  migration0008,
  migration0009,
  migration0010,
];

export const LATEST_VERSION = MIGRATIONS.length;
