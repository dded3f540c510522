import { conferenceTiming, type ConferenceTiming } from '../../../../electron/shared/conference/conference-timing';
import {
  MEETING_TYPES,
  PHASES,
  type Conference,
  type ConferenceListItem,
  type MeetingType,
  type Phase,
} from '../../../../electron/shared/conference/conference.schema';
import { compareByNextDue, conferenceMeetingHeld } from '../../../../electron/shared/conference/next-due';

export type PhaseFilter = 'active' | 'all' | Phase;

export const PHASE_FILTERS: readonly PhaseFilter[] = ['active', 'all', ...PHASES];

/** Every kind of meeting, or one of them. */
export type TypeFilter = 'all' | MeetingType;

export const TYPE_FILTERS: readonly TypeFilter[] = ['all', ...MEETING_TYPES];

/** The kind a conference is unless chosen otherwise: the list marks only the others. */
export const DEFAULT_MEETING_TYPE: MeetingType = MEETING_TYPES[0];

/** What the list is narrowed by; the kind is all kinds unless asked. */
export interface ListFilter {
  query: string;
  phase: PhaseFilter;
  type?: TypeFilter;
}

export interface ListRow {
  conference: ConferenceListItem;
  timing: ConferenceTiming;
}

/** Lower case without diacritics, so "aijo" finds "Äijö". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('fi');
}

function matchesText(conference: Conference, query: string): boolean {
  const haystack = fold(
    [conference.reference, conference.socialWorker.name, ...conference.children.map((c) => c.firstName)].join(' '),
  );
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

function matchesPhase(conference: Conference, filter: PhaseFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'active') return conference.phase !== 'paattynyt';
  return conference.phase === filter;
}

/** True when a conference (or a line of one) is of the kind the filter asks for. */
export function matchesType(of: { meetingType: MeetingType }, filter: TypeFilter): boolean {
  return filter === 'all' || of.meetingType === filter;
}

/** The conferences to show, those needing attention first: whatever is overdue leads. */
export function listRows(
  conferences: ConferenceListItem[],
  filter: ListFilter,
  today: string,
): ListRow[] {
  return conferences
    .filter((c) => matchesPhase(c, filter.phase) && matchesType(c, filter.type ?? 'all') && matchesText(c, filter.query))
    .map((conference) => ({ conference, timing: conferenceTiming(conference, today, conferenceMeetingHeld(conference.nextDue)) }))
    .sort(
      (a, b) =>
        compareByNextDue({ timing: a.timing, nextDue: a.conference.nextDue }, { timing: b.timing, nextDue: b.conference.nextDue }) ||
        a.conference.reference.localeCompare(b.conference.reference, 'fi'),
    );
}
