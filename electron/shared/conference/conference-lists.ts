/*
 * A conference's fixed lists, apart from its zod schemas: the list screen filters by phase
 * and kind without loading zod.
 */

export const PHASES = ['toimeksianto', 'valmistelu', 'neuvonpito', 'seuranta', 'paattynyt'] as const;
export type Phase = (typeof PHASES)[number];

/** Phases a convener moves between by hand; `paattynyt` is reached only by closing. */
export const OPEN_PHASES = ['toimeksianto', 'valmistelu', 'neuvonpito', 'seuranta'] as const;
export type OpenPhase = (typeof OPEN_PHASES)[number];

/** The list's phase filter: the open ones (the default), every one, or one phase. */
export const LIST_PHASES = ['active', 'all', ...PHASES] as const;
export type ListPhase = (typeof LIST_PHASES)[number];

/** The kinds of meeting a convener runs; each is described in `meeting-types.ts`. */
export const MEETING_TYPES = ['laheisneuvonpito', 'verkostokartoitus'] as const;
export type MeetingType = (typeof MEETING_TYPES)[number];

export const CLOSE_REASONS = ['plan_made', 'family_withdrew', 'other'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** Rows a list page holds unless asked otherwise (the screen's page). */
export const LIST_PAGE_SIZE = 50;
