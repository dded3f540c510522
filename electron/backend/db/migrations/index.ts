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
import { migration0011 } from './0011-guardians-in-network';
import { migration0012 } from './0012-follow-up-replies';
import { migration0013 } from './0013-held-before-the-app';
import { migration0014 } from './0014-letters-per-language';
import { migration0015 } from './0015-child-plan-owner';
import { migration0016 } from './0016-network-mapping-meeting';
import { migration0017 } from './0017-hours-costs-feedback';
import { migration0018 } from './0018-statistics-indexes';
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
  migration0011,
  migration0012,
  migration0013,
  migration0014,
  migration0015,
  migration0016,
  migration0017,
  migration0018,
];

export const LATEST_VERSION = MIGRATIONS.length;
