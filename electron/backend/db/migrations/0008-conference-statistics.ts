import type { Migration } from './migration';

/* Shape checks written out here: a shipped migration never changes. */
const MONTH = (column: string) => `CHECK (${column} GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]')`;
const COUNT = (column: string) => `CHECK (${column} >= 0)`;
const FLAG = (column: string) => `CHECK (${column} IN (0, 1))`;

/**
 * What is kept of a conference after it is deleted (by the convener or by retention): counts
 * and closed choices only, one row per deleted conference, with no name, no free text, no
 * date finer than a month and no link to the deleted rows (no conference id), so that no row
 * can be traced back to a family.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'conference-statistics',
  up(db) {
    db.exec(`
      CREATE TABLE conference_statistics (
        id INTEGER PRIMARY KEY,
        meeting_type TEXT NOT NULL CHECK (meeting_type IN ('laheisneuvonpito')),
        language TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
        commission_month TEXT NOT NULL ${MONTH('commission_month')},
        closed_month TEXT CHECK (closed_month IS NULL OR closed_month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
        close_reason TEXT CHECK (close_reason IN ('plan_made', 'family_withdrew', 'other')),
        phase_reached TEXT NOT NULL CHECK (phase_reached IN ('toimeksianto', 'valmistelu', 'neuvonpito', 'seuranta')),
        children INTEGER NOT NULL ${COUNT('children')},
        network_members INTEGER NOT NULL ${COUNT('network_members')},
        invited INTEGER NOT NULL ${COUNT('invited')},
        attended INTEGER NOT NULL ${COUNT('attended')},
        follow_up_meetings INTEGER NOT NULL ${COUNT('follow_up_meetings')},
        plan_decided INTEGER NOT NULL ${FLAG('plan_decided')},
        interpreter_used INTEGER NOT NULL ${FLAG('interpreter_used')},
        other_language_used INTEGER NOT NULL ${FLAG('other_language_used')},
        deleted_month TEXT NOT NULL ${MONTH('deleted_month')},
        deleted_by TEXT NOT NULL CHECK (deleted_by IN ('convener', 'retention')),
        CHECK ((closed_month IS NULL) = (close_reason IS NULL))
      ) STRICT;
    `);
  },
};
