import { conferenceTiming, type ConferenceTiming } from '../../../../electron/shared/conference/conference-timing';
import type { ConferenceListItem, ListConferencesRequest } from '../../../../electron/shared/conference/conference.schema';
import { LIST_PAGE_SIZE, MEETING_TYPES, type ListPhase, type MeetingType } from '../../../../electron/shared/conference/conference-lists';
import { conferenceMeetingHeld } from '../../../../electron/shared/conference/next-due';
import { addDays } from '../../../../electron/shared/dates';

/** Every kind of meeting, or one of them. */
export type TypeFilter = 'all' | MeetingType;

export const TYPE_FILTERS: readonly TypeFilter[] = ['all', ...MEETING_TYPES];

/** The kind a conference is unless chosen otherwise: the list marks only the others. */
export const DEFAULT_MEETING_TYPE: MeetingType = MEETING_TYPES[0];

/** When the closed ones shown were closed: any time, within the last year, or in a calendar year. */
export type ClosedPeriod = 'any' | 'lastYear' | `${number}`;

/** What the list is narrowed by, and which page of it is shown. */
export interface ListFilter {
  query: string;
  phase: ListPhase;
  type: TypeFilter;
  closed: ClosedPeriod;
  page: number;
}

export const NO_FILTER: ListFilter = { query: '', phase: 'active', type: 'all', closed: 'any', page: 0 };

/** The closing periods offered on `today`: any time, the last year, this year and the four before it. */
export function closedPeriods(today: string): ClosedPeriod[] {
  const year = Number(today.slice(0, 4));
  return ['any', 'lastYear', ...Array.from({ length: 5 }, (_, i): ClosedPeriod => `${year - i}`)];
}

/** The closing period shows only where closed conferences can be listed. */
export function showsClosedPeriod(phase: ListPhase): boolean {
  return phase === 'all' || phase === 'paattynyt';
}

/** The request for the list's filter (the query as debounced) on `today`. */
export function listRequest(filter: ListFilter, query: string, today: string): ListConferencesRequest {
  const closed = showsClosedPeriod(filter.phase) ? filter.closed : 'any';
  const period =
    closed === 'any'
      ? {}
      : closed === 'lastYear'
        ? { closedFrom: addDays(today, -365), closedTo: today }
        : { closedFrom: `${closed}-01-01`, closedTo: `${closed}-12-31` };
  return {
    phase: filter.phase,
    meetingType: filter.type === 'all' ? null : filter.type,
    query,
    ...period,
    offset: filter.page * LIST_PAGE_SIZE,
    limit: LIST_PAGE_SIZE,
  };
}

/** True when a conference (or a line of one) is of the kind the filter asks for. */
export function matchesType(of: { meetingType: MeetingType }, filter: TypeFilter): boolean {
  return filter === 'all' || of.meetingType === filter;
}

export interface ListRow {
  conference: ConferenceListItem;
  timing: ConferenceTiming;
}

/** The rows of a page as the server ordered them, each with where it stands against its window. */
export function listRows(conferences: ConferenceListItem[], today: string): ListRow[] {
  return conferences.map((conference) => ({
    conference,
    timing: conferenceTiming(conference, today, conferenceMeetingHeld(conference.nextDue)),
  }));
}
