import {
  compareByAttention,
  conferenceTiming,
  type ConferenceTiming,
} from '../../../../electron/shared/conference/conference-timing';
import { PHASES, type Conference, type Phase } from '../../../../electron/shared/conference/conference.schema';

export type PhaseFilter = 'active' | 'all' | Phase;

export const PHASE_FILTERS: readonly PhaseFilter[] = ['active', 'all', ...PHASES];

export interface ListRow {
  conference: Conference;
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

/** The conferences to show, those needing attention first. */
export function listRows(
  conferences: Conference[],
  filter: { query: string; phase: PhaseFilter },
  today: string,
): ListRow[] {
  return conferences
    .filter((c) => matchesPhase(c, filter.phase) && matchesText(c, filter.query))
    .map((conference) => ({ conference, timing: conferenceTiming(conference, today) }))
    .sort(
      (a, b) =>
        compareByAttention(a.timing, b.timing) || a.conference.reference.localeCompare(b.conference.reference, 'fi'),
    );
}
